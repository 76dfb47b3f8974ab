package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestComplementizerListsAgree: the checks that stop at a complementizer,
// or read past one to what is said, know the same forms (Complementizer):
// أنهم، بأنهم، أنهما as أنه and بأنه. And يعلنون is a form of أعلن as
// يعلن is (IsAnnounceVerb), for a state declared as for a cancelling
// announced.
func TestComplementizerListsAgree(t *testing.T) {
	has := func(s, text string) bool {
		for _, f := range triggers(t, s) {
			if f.text == text {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name, text, trigger string
		want                bool
	}{
		// checkAdded: the goal after بأنهم is what was said, no goal added.
		{"added past bianahum", "وأضاف المدرب بأنهم سجلوا هدفا في الشوط الثاني", "اضاف", true},
		{"added a goal", "وأضاف اللاعب هدفا ثانيا في الدقيقة الأخيرة", "اضاف", false},
		// checkPromise: a promise told with أنهم, as with أنه.
		{"promise anahum", "وتعهد القادة أنهم سيعملون على إنهاء الأزمة", "تعهد", true},
		// checkAnnulled: a cancelling after أنهم is what they decided, no
		// object of the announcing verb, as after أنه.
		{"annulled past anahum", "أعلن المنظمون أنهم قرروا إلغاء الحفل", "الغاء", false},
		{"annulled announced", "أعلن المنظمون إلغاء الحفل", "الغاء", true},
		// checkDetain: the subject of a passive detaining stands in its own
		// clause, not before بأنها.
		{"detained past biannaha", "وأكد رجل الأعمال بأنها أوقفت في المطار", "اوقفت", false},
		// checkDeclared: the imperfect plural declares too.
		{"declared yuelinun", "والمحتجون يعلنون حالة الطوارئ في المدينة", "حاله الطواري", true},
	} {
		assert.Equal(t, c.want, has(c.text, c.trigger), "%s: %s %v", c.name, c.text, triggers(t, c.text))
	}
}
