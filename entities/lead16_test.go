package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hasMention reports whether res holds a mention of label whose form is form.
func hasMention(res *Result, label Label, form string) bool {
	return slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == label && m.Form == form })
}

// TestDefiniteGivenNames: the Maghrebi, Libyan and Sudanese given names
// written with the article (الحبيب، الطيب، المنصف، الصديق) begin a
// person's name after a title, with the family name after them; alone
// after a title, or without one, they are the adjectives they also are.
func TestDefiniteGivenNames(t *testing.T) {
	tests := []struct{ why, in, person string }{
		{"a speaker of parliament", "وترأس رئيس البرلمان الحبيب الجملي جلسة المساء.", "الحبيب الجملي"},
		{"a former president", "وانتقد الرئيس السابق المنصف المرزوقي القرار.", "المنصف المرزوقي"},
		{"a prosecutor", "وأمر النائب العام الصديق الصور بفتح تحقيق.", "الصديق الصور"},
		{"a minister", "وصرح وزير الصحة الطاهر بن عمار للصحفيين بأن الوضع مستقر.", "الطاهر بن عمار"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.True(t, hasMention(res, PER, tt.person), "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
	for _, in := range []string{"وكان المناخ الطيب سببا في نجاح اللقاء.", "والتقى الحبيب بحبيبته في الحديقة."} {
		res := rulesOnce().RecognizeString(in)
		assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == PER }), "%s: %v", in, mentions(res))
	}
}

// TestTayyibErdogan: a given name with the article before a listed
// person's name (الرئيس الطيب أردوغان) makes no other person of them.
func TestTayyibErdogan(t *testing.T) {
	in := "وقال الرئيس الطيب أردوغان إن بلاده لن تسمح بذلك."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.False(t, hasMention(res, PER, "الطيب أردوغان"), "%v", mentions(res))
}

// TestPossessedNounNoPlace: a listed place written with ة whose text
// writes ه instead, where the word without it is a frequent noun, is
// that noun and the pronoun (في حديثه "in his talk", not Haditha); with
// ة as written, or placed by a compass word, it stays the place.
func TestPossessedNounNoPlace(t *testing.T) {
	tests := []struct {
		why, in string
		want    bool
	}{
		{"his talk to the press", "وأكد المتحدث في حديثه للصحفيين أن الهدنة صامدة.", false},
		{"her talk on television", "وقالت الوزيرة خلال حديثه مع القناة إن الموازنة جاهزة.", false},
		{"the town with ة", "وسيطرت القوات العراقية على مدينة حديثة بعد معارك.", true},
		{"the town placed by a compass word", "وانسحب المسلحون من حديثه غرب الانبار.", true},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && (m.Form == "حديثة" || m.Form == "حديثه") })
		assert.Equal(t, tt.want, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
	}
}

// TestFacilityNamedAfterPlace: a facility head, a listed place and the
// adjective that ends a facility's name are one place (مطار بيروت
// الدولي، مستشفى الموصل العام); without the adjective the city stays.
func TestFacilityNamedAfterPlace(t *testing.T) {
	tests := []struct{ why, in, place string }{
		{"an international airport", "وحطت الطائرة في مطار بيروت الدولي مساء أمس.", "مطار بيروت الدولي"},
		{"a general hospital behind ب", "ونقل المصابون بسيارات الإسعاف وأدخلوا بمستشفى الموصل العام.", "مستشفى الموصل العام"},
		{"a military airport", "واستهدفت الصواريخ مطار كويرس العسكري شرق حلب.", "مطار كويرس العسكري"},
		{"a teaching hospital", "ونقل الجرحى بمستشفى الحلة التعليمي.", "مستشفى الحلة التعليمي"},
		{"no adjective", "وحطت الطائرة في مطار بيروت مساء أمس.", "بيروت"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.True(t, hasMention(res, LOC, tt.place), "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
}

// TestAppointedNames: two words no list holds, right before an office in
// the accusative and its ل or لدى, after a verb of appointment or in the
// list of appointees after one, are a person (a Maghrebi given name the
// lists lack, a feminine office written in ة).
func TestAppointedNames(t *testing.T) {
	tests := []struct{ why, in, person string }{
		{"a woman ambassador", "وعين العاهل المغربي نزهة العلوي سفيرة لدى السويد.", "نزهة العلوي"},
		{"a list of appointees", "وعين الملك ثلاثة سفراء: يوسف بنجلون سفيرا لدى اليابان، ومريم زنيبر سفيرة لدى النرويج.", "مريم زنيبر"},
		{"a minister after the decree", "وقضى المرسوم بتعيين أوشن تيغرين وزيرا للثقافة.", "أوشن تيغرين"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.True(t, hasMention(res, PER, tt.person), "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
	for _, in := range []string{"وعين المجلس لجنة جديدة مكلفة بالملف.", "وقال إن الحكومة ستعين خبراء دوليين مستشارين للوزارة.",
		"وعملت ملوكة زنيبر سفيرة لدى السويد، وثورية بنعلي سفيرة لدى النرويج."} {
		res := rulesOnce().RecognizeString(in)
		assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == PER }), "%s: %v", in, mentions(res))
	}
}

// TestUplandsRegion: جرود and a town is a region, as ريف and a town is.
func TestUplandsRegion(t *testing.T) {
	for _, in := range []string{"وقصف الجيش مواقع المسلحين في جرود الهرمل.", "وفر المقاتلون إلى جرود القلمون الغربي."} {
		res := rulesOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		assert.True(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool {
			return m.Label == LOC && len(m.Form) > len("جرود ") && m.Form[:len("جرود")] == "جرود"
		}), "%s: %v", in, mentions(res))
	}
}

// TestGivenNameBeforeFamily: a given name that is also the short form of
// a listed person (صالح for علي عبد الله صالح، عون for ميشال عون) begins
// another person's name after a title when a family name follows it;
// alone after the title it stays the listed person.
func TestGivenNameBeforeFamily(t *testing.T) {
	tests := []struct{ why, in, person string }{
		{"a deputy", "وطالب النائب صالح الخشمان بإقالة المدير.", "صالح الخشمان"},
		{"a minister", "وافتتح وزير الزراعة صالح الخرابشة المعرض.", "صالح الخرابشة"},
		{"the listed person alone", "وقال الرئيس صالح في خطابه إن الحرب مستمرة.", "صالح"},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.True(t, hasMention(res, PER, tt.person), "%s: %s: %v", tt.why, tt.in, mentions(res))
	}
}
