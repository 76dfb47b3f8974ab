package entities

import "testing"

// TestVerbGivenNameAfterParticle: a given name written as a feminine
// past verb (رفعت، عزت، حكمت) right after a particle only a verb follows
// (التي، قد، حين، عندما) is the verb, with any object after it.
// Sentences written for this test.
func TestVerbGivenNameAfterParticle(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"after a relative pronoun", "وأشاد التجار بالوزارة التي رفعت القيود عن الاستيراد.",
			nil, []string{"رفعت القيود", "القيود"}},
		{"after a conjunction of time", "وتراجع الطلب حين رفعت الشركة الرسوم الشهرية.",
			nil, []string{"رفعت الشركة", "رفعت الرسوم"}},
		{"after قد", "وكانت النقابة قد عزت الإضراب إلى تأخر الرواتب.",
			nil, []string{"عزت الإضراب", "الإضراب"}},
		{"a person after a verb keeps his name", "وصرح عزت الدوري في تسجيل صوتي بأن المعركة مستمرة.",
			map[string]Label{"عزت الدوري": PER}, nil},
	})
}
