package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListedNameAndFamilyName: a listed person's name followed by a
// family name is another, longer name (the lists name محمد علي, the
// pasha): the mention runs over the family name and takes none of the
// listed bearer's aliases. An ordinal, a time word or a common noun
// after a listed name ends it.
func TestListedNameAndFamilyName(t *testing.T) {
	tests := []struct {
		why, in string
		name    string   // the entity that must be there
		not     []string // aliases it must not take
		tagger  bool     // the family name is a frequent word: only the tagger reads it
	}{
		{"a family name that ends other listed names (الحكيم)",
			"وأكد وزير الخارجية العراقي محمد علي الحكيم أن العلاقات بين البلدين متينة.",
			"محمد علي الحكيم", []string{"محمد علي باشا"}, true},
		{"a listed family name, after a title",
			"وقال النائب أحمد حسن الجبوري إن البرلمان سيصوت على القانون.",
			"أحمد حسن الجبوري", nil, false},
		{"a listed family name, without a title",
			"وقال المحلل محمد صلاح العبيدي إن الوضع الأمني صعب.",
			"محمد صلاح العبيدي", nil, false},
		{"the family name of a place",
			"وقال محمد علي الزعتري إن المخيم يحتاج إلى مساعدات.",
			"محمد علي الزعتري", []string{"محمد علي باشا"}, false},
		{"a rare nisba",
			"وقال الشيخ علي جمعة الأزهري إن الفتوى صحيحة.",
			"علي جمعة الأزهري", nil, false},
		{"the short name later in the same text",
			"وأكد وزير الخارجية العراقي محمد علي الحكيم أن العلاقات متينة. وقال محمد علي إن بلاده تدعم الحوار.",
			"محمد علي الحكيم", []string{"محمد علي باشا"}, true},
		{"a frequent word that ends a listed name is the verb's object",
			"وألقى محمود عباس الخطاب أمام الجمعية العامة.",
			"محمود عباس", nil, false},
		{"a king's ordinal is his listed name",
			"واستقبل العاهل الأردني الملك عبد الله الثاني وفدا في عمان.",
			"عبد الله الثاني", nil, false},
		{"a common noun after a listed name is the verb's object",
			"وحمل الرئيس محمود عباس الاحتلال المسؤولية.",
			"محمود عباس", nil, false},
		{"a one-word listing is a surname already",
			"وقال أردوغان الأناضولي إن تركيا لن تتراجع.",
			"أردوغان", nil, false},
		{"a weekday after a listed name",
			"وقال عمرو موسى الخميس إن الحل سياسي.",
			"عمرو موسى", nil, false},
	}
	for _, tt := range tests {
		rs := []*Recognizer{rulesOnce(), fullOnce()}
		if tt.tagger {
			rs = rs[1:]
		}
		for _, r := range rs {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
			require.GreaterOrEqual(t, i, 0, "%s: no entity %q: %v", tt.why, tt.name, res.Entities)
			for _, e := range res.Entities {
				for _, a := range tt.not {
					assert.NotContains(t, e.Aliases, a, "%s: %v", tt.why, res.Entities)
				}
			}
		}
	}
}
