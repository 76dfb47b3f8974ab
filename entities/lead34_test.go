package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUntitledNisbaFamily: a given name that is also a common word (سعيد
// "happy", كريم "generous", حازم "firm") is a person's first name before a
// definite nisba with no title before it, for an indefinite noun takes no
// definite adjective; a nisba after the word with a preposition on it is
// not a name (لصالح الفريق المحلي), nor a time word, a nationality or a
// noun that ends in ي (كامل الأراضي "the whole territory").
func TestUntitledNisbaFamily(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"وصرح سعيد البلوشي بأن المحصول تضاعف هذا العام.", "سعيد البلوشي"},
		{"وحضر الندوة كريم الزبيدي وخالد العمري.", "كريم الزبيدي"},
		{"وأفرجت السلطات عن اثنين هما منصور الشمري وحازم الكعبي.", "حازم الكعبي"},
		{"وأفرجت السلطات عن اثنين هما منصور الشمري وحازم الكعبي.", "منصور الشمري"},
	} {
		res := fullOnce().RecognizeString(c.text)
		checkInvariants(t, c.text, res)
		assert.True(t, hasMention(res, PER, c.name), "%s: %v", c.text, mentions(res))
	}
	for _, in := range []string{
		"وانتهت المباراة بهدفين لصالح الفريق المحلي.",
		"ووصل الوفد في رمضان الماضي.",
		"وقال نجم المنتخب المصري إن الفريق جاهز.",
		"وتعهدت الحكومة باستعادة كامل الأراضي المحتلة.",
		"وتوقف فتح المباني الحكومية أمام المراجعين.",
	} {
		res := fullOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		for _, m := range res.Mentions {
			assert.NotEqual(t, PER, m.Label, "%s: %v", in, mentions(res))
		}
	}
}
