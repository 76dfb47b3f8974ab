package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPressAsideAfterComma: a press conference set off by commas
// in the clause of a statement (قال الوزير، في مؤتمر صحفي مع نظيره، إن)
// is where the words were said, as it is with no commas: no meeting of
// its own. The comparison with the Arabic comma never matched the folded
// text, where every comma is ",".
func TestEventsPressAsideAfterComma(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقال وزير الخارجية سامح شكري، خلال مؤتمر صحفي مع نظيره الأردني أيمن الصفدي في القاهرة، إن البلدين اتفقا.",
		"عنوان\n\nوأكد وزير الخارجية سامح شكري، في مؤتمر صحفي مشترك مع نظيره الأردني أيمن الصفدي في القاهرة، أن الحوار مستمر.",
	} {
		checkNotEvents(t, text, "2019-01-01", "meet")
	}
}

// TestEventsStrikeMotiveWithClitics: احتجاجا على after a strike or a
// sit-in written with ل or ب and the article (للإضراب، بالإضراب،
// للاعتصام) is that strike's motive, as after إضراب and الإضراب: no
// second protest with the motive's own date.
func TestEventsStrikeMotiveWithClitics(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nودعت نقابة المعلمين في عمان أعضاءها للإضراب يوم الأحد، احتجاجا على الزيادة في الضرائب المقررة في 3 يناير.",
		"عنوان\n\nوهدد عمال الميناء في العقبة بالإضراب يوم الأحد، احتجاجا على الزيادة في الضرائب المقررة في 3 يناير.",
		"عنوان\n\nودعا اتحاد الطلبة في إربد للاعتصام يوم الأحد، احتجاجا على رفع الرسوم المقرر في 3 يناير.",
	} {
		checkNotEvents(t, text, "2019-01-01", "protest:احتجاجا")
	}
}

// TestEventsBrokeOutDaysLater: a definite event noun right after a past
// verb of its beginning or taking place (اندلعت الاشتباكات، عقدت القمة،
// بدأ الإضراب) with بعد أيام after it happened days later: no event to
// come, as after جرت or أقيمت. One table of such verbs serves the status
// and the merge's "told here" readers.
func TestEventsBrokeOutDaysLater(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nوقتل مسلحون جنديا في درعا يوم الأحد، واندلعت الاشتباكات بعد أيام في المدينة.", "attack"},
		{"عنوان\n\nوهاجم مسلحون حاجزا في حماة في مايو، واندلعت المواجهات بعد أسابيع في ريفها.", "attack"},
	} {
		for _, e := range eventsOfType(t, c.text, "2019-01-01", c.typ) {
			assert.NotEqual(t, "planned", e.Status, "%s: %+v", c.text, e)
		}
	}
}

// TestEventsSinceAfterAName: a name before منذ (ضربت الأردن منذ الخميس)
// has the letters of an elative (الأسوأ، الأعلى) but compares nothing:
// the clause tells a span of its own, and what it reports takes no day
// of its telling.
func TestEventsSinceAfterAName(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nأعلن المحافظ، اليوم الأحد، أن السيول التي ضربت الأردن منذ الخميس أدت إلى تشريد آلاف الأسر في المفرق.",
		"عنوان\n\nأكد المسؤول، اليوم الأحد، أن الأمطار التي تهطل على الأردن منذ الخميس أدت إلى تشريد مئات العائلات في مادبا.",
	} {
		for _, e := range eventsOfType(t, text, "2019-01-01", "displacement") {
			assert.NotEqual(t, "2018-12-30", e.Time, "%s: %+v", text, e)
		}
	}
}

// TestEventsShipmentNearExportsOrIssued: صادرات (exports) and صادرة
// (issued) before a shipment of aid share the letters of صادر (seized)
// but tell no seizure: the shipment is the aid sent, its trigger whole.
func TestEventsShipmentNearExportsOrIssued(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقالت الوزارة في عمان إن صادرات الأردن شملت شحنة مساعدات طبية إلى غزة.",
		"عنوان\n\nوأرسلت المملكة بموجب قرارات صادرة عن الحكومة شحنة مساعدات طبية إلى غزة.",
	} {
		evs := eventsOfType(t, text, "2019-01-01", "aid")
		if assert.Len(t, evs, 1, text) {
			assert.Equal(t, "شحنة مساعدات", evs[0].Trigger, text)
		}
	}
	for _, text := range []string{
		"عنوان\n\nوصادرت الجمارك في العقبة شحنة مساعدات مهربة.",
	} {
		checkNotEvents(t, text, "2019-01-01", "aid:شحنة مساعدات")
	}
}
