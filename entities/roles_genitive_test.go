package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlaceInGenitiveOfTitle: a listed place in the genitive right after
// an indefinite title (رئيس إقليم كردستان العراق، أمير الكويت، سفير
// السعودية) is the role's organization, as for محافظ حلب, with a style
// between the place and the name or not; an office of two words that
// the lists write with the article stands in construct the same way
// (ولي عهد أبوظبي: ولي العهد).
func TestPlaceInGenitiveOfTitle(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a region in the genitive", "واستقبل رئيس إقليم كردستان العراق نيجيرفان بارزاني وفدا أمريكيا في أربيل.",
			"نيجيرفان بارزاني", []string{"رئيس"}, "إقليم كردستان العراق", nil},
		{"a country in the genitive, a style before the name", "وهنأ أمير الكويت الشيخ صباح الأحمد الجابر الصباح الرئيس المصري بالعيد.",
			"صباح الأحمد الجابر الصباح", []string{"أمير"}, "الكويت", nil},
		{"another emir, a listed name after the style", "وأكد أمير قطر الشيخ تميم بن حمد آل ثاني دعم بلاده للحوار.",
			"تميم بن حمد آل ثاني", []string{"أمير"}, "قطر", nil},
		{"an ambassador of a country", "وقال سفير السعودية لدى الولايات المتحدة خالد بن سلمان إن بلاده تدعم الاتفاق.",
			"خالد بن سلمان", []string{"سفير"}, "السعودية", nil},
		{"the crown prince in construct with his emirate", "وافتتح ولي عهد أبوظبي الشيخ محمد بن زايد معرضا للكتاب.",
			"محمد بن زايد", []string{"ولي العهد"}, "أبوظبي", nil},
		{"the crown prince after و, another country", "وبحث ولي عهد البحرين الأمير سلمان بن حمد مع الوفد العلاقات الثنائية.",
			"سلمان بن حمد", []string{"ولي العهد"}, "البحرين", nil},
	})
	// The office alone further on refers back to the crown prince.
	r := fullOnce()
	src := "واستقبل ولي عهد أبوظبي الشيخ محمد بن زايد الوفد. وقال ولي العهد إن العلاقات متينة."
	res := r.RecognizeString(src)
	checkInvariants(t, src, res)
	i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == "محمد بن زايد" })
	require.GreaterOrEqual(t, i, 0, "%v", res.Entities)
	assert.Contains(t, res.Entities[i].Aliases, "ولي العهد", src)
	assert.Contains(t, res.Entities[i].Aliases, "ولي عهد أبوظبي", src)
}
