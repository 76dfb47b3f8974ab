package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsConjoinedNeedsConjunction: a name between a light verb's
// subject and its event noun joins the subject only after the
// conjunction و (عقد الوزير فلان ونظيره فلان اجتماعا), not after a word
// whose first letter is و (وسط غياب، وفق توجيهات): someone absent, or
// whose instructions were followed, took no part.
func TestEventsConjoinedNeedsConjunction(t *testing.T) {
	for _, c := range []struct{ text, typ, subject, not string }{
		{"عنوان\n\nعقد رئيس البرلمان نبيه بري وسط غياب رئيس الحكومة نجيب ميقاتي اجتماعا للجنة المال والموازنة في بيروت.", "meet", "نبيه بري", "نجيب ميقاتي"},
		{"عنوان\n\nعقد محافظ نينوى نجم الجبوري وفق توجيهات رئيس الوزراء عادل عبد المهدي اجتماعا مع رؤساء الدوائر في الموصل.", "meet", "نجم الجبوري", "عادل عبد المهدي"},
		{"عنوان\n\nأجرى وزير الزراعة فهد العتيبي وسط مقاطعة وزارة الاقتصاد مباحثات مع الوفد الهندي في الرياض.", "meet", "فهد العتيبي", "وزارة الاقتصاد"},
	} {
		for _, e := range eventsOfType(t, c.text, "2020-03-01", c.typ) {
			assert.Contains(t, e.Participants, c.subject, c.text)
			assert.NotContains(t, e.Participants, c.not, c.text)
		}
	}
	// A real و still joins the second subject.
	for _, e := range eventsOfType(t, "عنوان\n\nعقد وزير الخارجية المغربي ناصر بوريطة ونظيره الموريتاني محمد ولد مرزوك اجتماعا في الرباط.", "2020-03-01", "meet") {
		assert.Contains(t, e.Participants, "ناصر بوريطة")
		assert.Contains(t, e.Participants, "محمد ولد مرزوك")
	}
}

// TestEventsStrikeCalledWithLongSubject: a strike a union calls its
// members to for a weekday is set for the coming one, planned, however
// long the union's name and place (دعت نقابة المعلمين في إربد أعضاءها
// للإضراب يوم الأحد); it was dated to the Sunday past and told as held.
func TestEventsStrikeCalledWithLongSubject(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nودعت نقابة الممرضين في الزرقاء أعضاءها للإضراب يوم الأحد.",
		"عنوان\n\nودعت نقابة الممرضين في الزرقاء أعضاءها إلى إضراب يوم الأحد.",
	} {
		for _, e := range eventsOfType(t, text, "2021-03-02", "protest") {
			assert.Equal(t, "planned", e.Status, text)
			assert.Equal(t, "2021-03-07", e.Time, text)
		}
	}
}

// TestEventsSoughtByEveryForm: what one seeks or aims at (بهدف، تسعى
// إلى) is no event that took place, in every person and form of the
// verb and its nouns (يسعون، نسعى، سعيا، في إطار سعيها، يهدف، بغية), not
// in some of them only.
func TestEventsSoughtByEveryForm(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nوقال المزارعون إنهم يسعون إلى إنشاء مصنع للألبان في المفرق.", "establish"},
		{"عنوان\n\nويهدف المشروع إلى إنشاء مستشفى ميداني في الكرك.", "establish"},
		{"عنوان\n\nوخصصت البلدية أرضا بغية إنشاء مدرسة في الطفيلة.", "establish"},
		{"عنوان\n\nووصل الوفد إلى الرباط سعيا لعقد اجتماع في المغرب.", "meet"},
	} {
		checkNotEvents(t, c.text, "2021-03-02", c.not)
	}
}

// TestEventsSourceNoSubjectOfLightVerb: a body or a person named after a
// word of attribution (بحسب، وفق، حسب) between a light verb's subject and
// its event noun is the report's source, not a second subject: the
// subject alone holds the call or the meeting.
func TestEventsSourceNoSubjectOfLightVerb(t *testing.T) {
	for _, c := range []struct{ text, typ, subject, not string }{
		{"عنوان\n\nأجرى الوزير كمال الفقي بحسب وزارة الداخلية اتصالا هاتفيا مع نظيره الليبي.", "contact", "كمال الفقي", "وزارة الداخلية"},
		{"عنوان\n\nأجرى السفير نبيل الهاشمي وفق وزارة الخارجية اتصالا مع المسؤولين في عدن.", "contact", "نبيل الهاشمي", "وزارة الخارجية"},
	} {
		for _, e := range eventsOfType(t, c.text, "2021-03-02", c.typ) {
			assert.Contains(t, e.Participants, c.subject, c.text)
			assert.NotContains(t, e.Participants, c.not, c.text)
		}
	}
}
