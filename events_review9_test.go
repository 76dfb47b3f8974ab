package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsCountOfWounded: a count of injury cases (حالة إصابة، حالات
// الإصابة) in a sentence of shots, clashes or a blast counts the wounded,
// not the sick; a count of cases of a disease stays none.
func TestEventsCountOfWounded(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوسجل المسعفون خمسين حالة إصابة بالرصاص الحي قرب السياج في خان يونس أمس.",
		"عنوان\n\nوارتفعت حالات الإصابة في المواجهات مع الشرطة إلى عشرين في نابلس أمس.",
		"عنوان\n\nونقلت سيارات الإسعاف عشر حالات إصابة بجروح متوسطة بعد انفجار العبوة في الرمادي.",
	} {
		eventsOfType(t, text, "2018-06-05", "injury")
	}
	evs := eventsOf(t, "عنوان\n\nوسجلت مديرية الصحة في إب ثلاثين حالة إصابة بالحصبة الأسبوع الماضي.", "2018-06-05")
	assert.False(t, hasType(evs, "injury", ""), "%+v", evs)
}

// TestEventsHarmToABody: an attack or an arrest noun with ل after a body's
// head noun (تعرض مقر الحزب للهجوم) is what the body underwent, an event
// told, not a part of the body's name (الهيئة العليا للانتخابات).
func TestEventsHarmToABody(t *testing.T) {
	for _, tt := range []struct{ text, typ string }{
		{"عنوان\n\nوتعرض مبنى المحكمة للقصف في مدينة درعا فجر الأحد.", "attack"},
		{"عنوان\n\nوتعرضت مكاتب الجمعية للهجوم في مدينة حمص مساء السبت.", "attack"},
		{"عنوان\n\nوتعرض ثلاثة من قادة الحزب للاعتقال في القاهرة الأسبوع الماضي.", "arrest"},
	} {
		eventsOfType(t, tt.text, "2018-06-05", tt.typ)
	}
}

// TestEventsJointPressConference: a press conference held with another
// side (مؤتمرا صحفيا مع نظيره، مؤتمر صحفي جمعه بنظيره) or by two holders
// (الوزير ونظيره، X وY) is a joint one, a meeting; one held alone stays
// none (TestEventsWrongSenses).
func TestEventsJointPressConference(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوعقد وزير الخارجية الأردني أيمن الصفدي مؤتمرا صحفيا مع نظيره المصري سامح شكري في عمان أمس.",
		"عنوان\n\nوعقد وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري مؤتمرا صحفيا في عمان أمس.",
		"عنوان\n\nوتحدث الرئيس التونسي الباجي قائد السبسي في مؤتمر صحفي جمعه بالرئيس الفرنسي إيمانويل ماكرون في تونس.",
	} {
		eventsOfType(t, text, "2018-06-05", "meet")
	}
}

// TestEventsAttributedBodyNoParticipant: an organization after a word of
// attribution or a preposition that opens the sentence (بحسب وزارة
// الخارجية، وفق المجلس) is the source or the setting, not the subject
// whose own meeting a possessive noun (اجتماعه) tells.
func TestEventsAttributedBodyNoParticipant(t *testing.T) {
	for _, tt := range []struct{ text, body string }{
		{"عنوان\n\nوبحسب وزارة الخارجية فإن الوزير بحث خلال اجتماعه مع السفير الياباني في عمان العلاقات الثنائية.", "وزارة الخارجية"},
		{"عنوان\n\nوفي مجلس الأمن الدولي أكد المندوب خلال اجتماعه مع الصحفيين في نيويورك رفض الهجوم.", "مجلس الأمن الدولي"},
	} {
		for _, e := range eventsOfType(t, tt.text, "2018-06-05", "meet") {
			assert.NotContains(t, e.Participants, tt.body, "%+v", e)
		}
	}
}

// TestEventsThreatThenAct: an act told with ب in a clause of its own after
// a threat (هدد بالرد بعد قيام الطائرات بقصف، عقب قيام الشرطة باعتقال) took
// place; the threat's own ب-object stays none (TestEventsThreatened).
func TestEventsThreatThenAct(t *testing.T) {
	for _, tt := range []struct{ text, typ string }{
		{"عنوان\n\nوهدد الجيش بالرد بعد قيام الطائرات بقصف مواقعه في درعا أمس.", "attack"},
		{"عنوان\n\nوهددت النقابة بالإضراب عقب قيام الشرطة باعتقال ثلاثة من أعضائها في تونس.", "arrest"},
	} {
		eventsOfType(t, tt.text, "2018-06-05", tt.typ)
	}
}
