package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFunctionWordsNoNames: a function word that folds onto a name (على
// "on" onto علي, لصالح "in favour of" onto ل + صالح, مني "from me" onto
// منى) is never a person's mention nor a reference back to a person of
// the document with that name; the name written as a name still is.
func TestFunctionWordsNoNames(t *testing.T) {
	tests := []struct {
		why, in string
		person  string   // the entity that must keep its own mentions
		refs    []string // the texts that refer back to it
		never   []string // texts that are no mention at all
	}{
		{"a minister named … علي, then على four times",
			"وأكد وزير الخارجية العراقي محمد علي الحكيم أن العلاقات متينة. وأطلق مسلح النار على مصلين في مسجد. " +
				"واعتقل الناشط على يد قوات الأمن. وقتل جنديان في هجوم على نقطة تفتيش. وصدر حكم على 75 شخصا.",
			"محمد علي الحكيم", nil, []string{"على"}},
		{"a doctor whose last name is علي, written with ي again",
			"قال الطبيب حسن علي إن المستشفى استقبل عشرات الجرحى. وأشار إلى أن القصف تركز على الأحياء الشرقية. " +
				"وأكد علي أن الأطباء عملوا طوال الليل، وعلى الجميع التبرع بالدم.",
			"حسن علي", []string{"علي"}, []string{"على", "وعلى"}},
		{"a listed name that a preposition with ل folds onto",
			"استقبل الرئيس اليمني السابق علي عبد الله صالح وفدا قبليا في صنعاء. وصوت البرلمان لصالح القرار، وقال صالح إن الحوار هو الحل.",
			"علي عبد الله صالح", []string{"صالح"}, []string{"لصالح"}},
		{"a surname written with ى, a pronoun with ي",
			"وقالت الناشطة سارة منى إن الشرطة اعتقلتها. وطلب مني الضابط التوقيع، وأضافت منى أنها رفضت.",
			"سارة منى", []string{"منى"}, []string{"مني"}},
		{"a surname written with ى, a verb with ي",
			"وقال المدرب طه يحيى إن الفريق جاهز للمباراة. والجمهور يحيي اللاعبين بعد الفوز، وقال يحيى إن الفوز مستحق.",
			"طه يحيى", []string{"يحيى"}, []string{"يحيي"}},
		{"a one-word name that is a time word",
			"وقال المتحدث إن القصف استمر طوال ليل الأحد، وإن فرق الإنقاذ عملت حتى ليل الإثنين.",
			"", nil, []string{"ليل"}},
	}
	r := fullOnce()
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			for _, m := range res.Mentions {
				assert.False(t, slices.Contains(tt.never, m.Text), "%q is no mention: %v", m.Text, mentions(res))
			}
			if tt.person == "" {
				return
			}
			e := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.person })
			if !assert.GreaterOrEqual(t, e, 0, "no entity %q: %v", tt.person, res.Entities) {
				return
			}
			var refs []string
			for _, m := range res.Mentions {
				if m.Entity == e && m.Form != tt.person {
					refs = append(refs, m.Text)
				}
			}
			assert.Equal(t, tt.refs, refs)
			assert.NotContains(t, res.Entities[e].Aliases, "على")
		})
	}
}
