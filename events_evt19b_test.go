package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsAppealAfterPronoun: an appeal verb after أن/أنه/أنها whose
// pronoun agrees with the statement verb before it is the speaker's
// appeal (the name after the verb is the one asked, after the speaker);
// a verb joined to it by و asks for the same speaker, one appeal with it.
// Sentences written for this test.
func TestEventsAppealAfterPronoun(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوأكدت وزارة الخارجية الفلبينية أنها طلبت من السلطات الكويتية السماح لموظفي السفارة بزيارة العمال.", "وزارة الخارجية الفلبينية"},
		{"عنوان\n\nوأعلن حزب الوفد أنه دعا الحكومة المصرية إلى مراجعة قانون الإيجارات.", "حزب الوفد"},
		{"عنوان\n\nوذكرت منظمة العفو الدولية أنها طالبت السلطات بالإفراج عن الصحفيين المحتجزين.", "منظمة العفو الدولية"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "appeal", c.who), "%s: %+v", c.text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوأكدت وزارة الخارجية الفلبينية أنها طلبت من السلطات الكويتية السماح لموظفيها بزيارة العمال، ودعت إلى الإفراج عنهم سريعا.", "2019-03-12")
	appeals := eventsWhere(t, evs, "no appeal", func(e ev) bool { return e.Type == "appeal" })
	assert.Len(t, appeals, 1, "one speaker's two appeals are one: %+v", evs)
	assert.True(t, hasType(appeals, "appeal", "وزارة الخارجية الفلبينية"), "%+v", evs)
}

// TestEventsConvenedNoAppeal: a body convened to its session (دعا/دعوة X
// إلى دورة، للانعقاد) is no appeal; a call for a session to be held or on
// a government to act stays one.
func TestEventsConvenedNoAppeal(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nويرتقب أن يصدر الرئيس التونسي قيس سعيد أمرا بدعوة البرلمان إلى دورة استثنائية الأسبوع المقبل.",
		"عنوان\n\nودعا الملك محمد السادس مجلس النواب للانعقاد في دورة استثنائية يوم الجمعة.",
		"عنوان\n\nويدعو الأمير تميم بن حمد مجلس الشورى إلى الانعقاد في دورته العادية مطلع الشهر.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "appeal", ""), "%s: %+v", text, evs)
	}
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nودعت حركة النهضة إلى عقد دورة استثنائية للبرلمان التونسي.", "حركة النهضة"},
		{"عنوان\n\nودعا الرئيس الفرنسي إيمانويل ماكرون الحكومة الإيطالية إلى الحوار.", "إيمانويل ماكرون"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "appeal", c.who), "%s: %+v", c.text, evs)
	}
}
