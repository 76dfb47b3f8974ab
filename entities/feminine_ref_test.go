package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFeminineTitleRef: a title in the feminine used alone (المتحدثة،
// الوزيرة) refers back only to a woman who holds that title; a man named
// before with the masculine title (المتحدث باسم الجيش) does not take it
// as an alias. A woman with the title does.
func TestFeminineTitleRef(t *testing.T) {
	for _, tt := range []struct {
		why, in, person, alias string
		has                    bool
	}{
		{"a spokeswoman of another body after a spokesman",
			"وقال المتحدث باسم الشرطة العقيد سامي ناصر إن التحقيق بدأ. وأصدرت المفوضية بيانا، وقالت المتحدثة باسمها إن الأرقام أولية.",
			"سامي ناصر", "المتحدثة", false},
		{"a woman minister after a man minister",
			"وقال وزير المالية الأردني عمر ملحس إن العجز تراجع. وأكدت الوزيرة أن الخطة مستمرة.",
			"عمر ملحس", "الوزيرة", false},
		{"a woman minister, then the title alone",
			"وقالت وزيرة الصحة التونسية سميرة مرعي إن الوباء تراجع. وأكدت الوزيرة أن الحملة مستمرة.",
			"سميرة مرعي", "الوزيرة", true},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.person })
		require.GreaterOrEqual(t, i, 0, "%s: no entity %q: %v", tt.why, tt.person, res.Entities)
		assert.Equal(t, tt.has, slices.Contains(res.Entities[i].Aliases, tt.alias), "%s: %q", tt.why, res.Entities[i].Aliases)
	}
}

// TestFeminineOfficialSpokeswoman: الناطقة/المتحدثة الرسمية باسم + a
// portfolio (الحكومة، الخارجية) is a portfolio title like its masculine:
// the name after it takes the whole title.
func TestFeminineOfficialSpokeswoman(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a government's official spokeswoman", "وقالت الناطقة الرسمية باسم الحكومة ليلى الخطيب إن الجلسة تأجلت.",
			"ليلى الخطيب", []string{"الناطقة الرسمية باسم الحكومة"}, "", nil},
		{"a foreign ministry's official spokeswoman", "وأكدت المتحدثة الرسمية باسم الخارجية هالة زايد أن الزيارة ألغيت.",
			"هالة زايد", []string{"المتحدثة الرسمية باسم الخارجية"}, "", nil},
	})
}
