package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsTwoAppointeesTwoActs: one sentence that appoints two persons,
// each to an office of his own (عيّن المجلس فلانا مديرا لـ…، وفلانا مديرا
// لـ…), tells two appointments, each of one appointee with the body that
// made them, its time, and the place named with his own office; a list
// that a decree or a reshuffle includes (شمل التعديل تعيين …) stays one
// act of all its appointees.
func TestEventsTwoAppointeesTwoActs(t *testing.T) {
	for _, c := range []struct {
		text        string
		first, next string
		place2      string
	}{
		{"عنوان\n\nوعيّن مجلس الإدارة أمس المهندس سمير الخطيب مديراً للمشاريع، والدكتور هشام حداد مديراً للشؤون المالية.", "سمير الخطيب", "هشام حداد", ""},
		{"عنوان\n\nوقررت الحكومة في جلستها الأسبوعية تعيين اللواء ماهر سليم محافظاً لحمص، واللواء عادل زيدان محافظاً لحماة.", "ماهر سليم", "عادل زيدان", "حماة"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "appoint")
		require.Len(t, evs, 2, "%s: %+v", c.text, evs)
		assert.Contains(t, evs[0].Participants, c.first, "%+v", evs)
		assert.NotContains(t, evs[0].Participants, c.next, "%+v", evs)
		assert.Contains(t, evs[1].Participants, c.next, "%+v", evs)
		assert.NotContains(t, evs[1].Participants, c.first, "%+v", evs)
		assert.Equal(t, evs[0].Time, evs[1].Time, "%+v", evs)
		assert.Equal(t, c.place2, evs[1].Place, "%+v", evs)
	}
	evs := eventsOfType(t, "عنوان\n\nوشمل التعديل الوزاري تعيين سامر حمدان وزيرا للمالية، وفادي نصار وزيرا للتجارة.", "2020-03-04", "appoint")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Subset(t, evs[0].Participants, []string{"سامر حمدان", "فادي نصار"})
}

// TestEventsSignedAgreementToldAgain: a verb of signing whose object is
// the agreement named just before (وقّع الاتفاقية عن الجانب الأول فلان،
// وعن الجانب الثاني فلان) tells that agreement again: one event, which
// its signatories join.
func TestEventsSignedAgreementToldAgain(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"عنوان\n\nوقعت الأردن والعراق اليوم في بغداد اتفاقية للتعاون في مجال النقل البري.\n\nووقع الاتفاقية عن الجانب الأردني الوزير خالد المومني، وعن الجانب العراقي الوزير حسين الربيعي.", "خالد المومني", "حسين الربيعي"},
		{"عنوان\n\nوقعت تونس والجزائر أمس اتفاقا لتنظيم الصيد البحري.\n\nووقّع الاتفاق عن تونس الوزير منير الشابي، وعن الجزائر الوزير سمير العيادي.", "منير الشابي", "سمير العيادي"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "agreement")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Subset(t, evs[0].Participants, []string{c.a, c.b}, "%+v", evs)
		assert.NotEmpty(t, evs[0].Time, "%+v", evs)
	}
}

// TestEventsAgreementAtMeeting: an agreement reached or signed during a
// meeting (خلال اجتماعهما المنعقد يوم …، خلال الاجتماع) takes the
// meeting's time and place, told with the meeting noun or with the
// meeting the definite noun names again.
func TestEventsAgreementAtMeeting(t *testing.T) {
	for _, c := range []struct{ text, time, place string }{
		{"عنوان\n\nوتأتي الخطوة تنفيذا للاتفاق الذي توصل إليه وزير الداخلية سمير العلي ونظيره الأردني فادي نصار خلال اجتماعهما المنعقد يوم 12 شباط في عمّان.", "2020-02-12", "عمّان"},
		{"عنوان\n\nوعقد وزيرا الخارجية اجتماعا يوم الأحد في الرباط لبحث العلاقات الثنائية.\n\nووقّع الجانبان خلال الاجتماع اتفاقية للتعاون الثقافي.", "2020-03-01", "الرباط"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "agreement")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
}
