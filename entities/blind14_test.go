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

// TestDualHeadBeforeListedPlace: a dual place head (ولايتي، محافظتي)
// before two listed places names them, and is no person though ولايتي is
// also a family name. Sentences written for this test.
func TestDualHeadBeforeListedPlace(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"two wilayas", "وامتدت النيران إلى ولايتي جيجل والبويرة مساء السبت.",
			map[string]Label{"جيجل": LOC, "البويرة": LOC}, []string{"ولايتي"}},
		{"two wilayas named in full", "وأعلن الوالي حالة الطوارئ في ولايتي تيزي وزو وبومرداس.",
			map[string]Label{"تيزي وزو": LOC, "بومرداس": LOC}, []string{"ولايتي"}},
		{"the family name keeps its person", "وقال علي أكبر ولايتي إن بلاده لن تتراجع.",
			map[string]Label{"علي أكبر ولايتي": PER}, nil},
	})
}
