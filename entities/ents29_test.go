package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamePartsThatAreCommonWords: a person's name whose later part is
// also a common word stays whole where the construction says it is a
// name: صباح "morning" between a given name and another name word is
// the father's name; a one-word title with the article right after a
// given name read after a title, before a comma, is the family name; a
// rare word after a given name that is also an adjective, ending the
// speaker's phrase, is the family name. The morning of a day (صباح
// الخميس), a title after أن (the object of a verb of telling) and a
// common word after the adjective stay out of the name.
func TestNamePartsThatAreCommonWords(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وصرح مدير الشرطة المحلية العقيد فراس صباح جاسم بأن التحقيقات متواصلة.", "فراس صباح جاسم"},
		{"وأوضح خالد صباح ناصر أن الطريق أعيد فتحه.", "خالد صباح ناصر"},
		{"وحضر الافتتاح اللواء منير الأمير، محافظ المنطقة، وعدد من المسؤولين.", "منير الأمير"},
		{"وقال المستشار أيمن القاضي: إن الجلسة أرجئت إلى الشهر المقبل.", "أيمن القاضي"},
		{"وقال مسؤول الملف هادي قرطوش، في حديث للإذاعة، إن المفاوضات مستمرة.", "هادي قرطوش"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
	notNames := []struct{ in, form string }{
		{"ووصل الوزير خالد صباح الخميس إلى المدينة.", "خالد صباح"},
		{"وأبلغ الرئيس أيمن الوزير أن الحكومة ستستقيل.", "أيمن الوزير"},
		{"وبقي الوضع هادي نسبيا، قبل أن يتجدد القصف.", "هادي نسبيا"},
	}
	for _, tt := range notNames {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.Nil(t, ents21Has(res, PER, tt.form), "%s: %v", tt.in, mentions(res))
	}
}
