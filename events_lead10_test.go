package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsReliefGoods: relief goods sent, carried or handed over (المواد
// الإغاثية، مواد إغاثية) are an aid delivery, whatever verb carries them.
func TestEventsReliefGoods(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"a plane carrying relief goods",
			"عنوان\n\nوأرسلت جمعية خيرية أردنية الخميس طائرة تحمل عشرين طنا من المواد الإغاثية إلى مطار أربيل.", "أربيل"},
		{"trucks loaded with relief goods",
			"عنوان\n\nودخلت أمس عشر شاحنات محملة بمواد إغاثية وطبية إلى مدينة دوما.", "دوما"},
		{"goods handed over",
			"عنوان\n\nوسلم الهلال الأحمر المواد الإغاثية إلى الأسر المتضررة في بلدة عرسال.", "عرسال"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "aid")
			if len(evs) > 0 {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
	// Prices of food are no aid: مواد alone, or with another adjective.
	for _, text := range []string{
		"عنوان\n\nوارتفعت أسعار المواد الغذائية في الأسواق بنسبة عشرة في المئة.",
		"عنوان\n\nوضبطت الشرطة مواد متفجرة في مستودع بالمدينة.",
	} {
		checkNotEvents(t, text, "2018-06-05", "aid")
	}
}

// TestEventsVictimsVisitedLater: the injured or the dead named again in a
// later clause that tells another event (a visit, a funeral) do not give
// that event's day to the injuries or deaths of the story.
func TestEventsVictimsVisitedLater(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"the injured visited",
			"عنوان\n\nوأعلنت الوزارة إصابة أربعين شخصا في انهيار جسر بمدينة الكوت.\n\nووصل المحافظ إلى المستشفى صباح الاثنين لتفقد أحوال المصابين.", "injury"},
		{"the wounded received",
			"عنوان\n\nوأكد الجيش إصابة خمسة جنود في انفجار لغم قرب الحدود.\n\nواستقبل وزير الدفاع مساء الأحد الجرحى في المستشفى العسكري.", "injury"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-06-05", tt.typ) {
				assert.Empty(t, e.Time, "%+v", e)
			}
		})
	}
}

// TestEventsWinnerOfOffice: فاز / يفوز with an office, a seat or the
// elections in its sentence is an election won by its subject; two winners
// are two races; a match or a prize won is no election.
func TestEventsWinnerOfOffice(t *testing.T) {
	text := "عنوان\n\nوفاز المرشح المستقل أحمد سالم برئاسة بلدية صفاقس يوم الأحد.\n\nوفازت سعاد عبد الرحيم برئاسة بلدية تونس."
	evs := eventsOfType(t, text, "2018-07-05", "election")
	assert.Len(t, evs, 2, "%+v", evs)
	text = "عنوان\n\nويتوقع مراقبون أن يفوز حزب الشعب بأغلبية مقاعد البرلمان في انتخابات الشهر المقبل."
	evs = eventsOfType(t, text, "2018-07-05", "election")
	if assert.NotEmpty(t, evs) {
		assert.Equal(t, "planned", evs[0].Status, "%+v", evs)
	}
	for _, text := range []string{
		"عنوان\n\nوفاز الفريق الأهلي على ضيفه بثلاثة أهداف نظيفة.",
		"عنوان\n\nوفازت الروائية بجائزة الرواية العربية لهذا العام.",
	} {
		checkNotEvents(t, text, "2018-07-05", "election")
	}
}

// TestEventsDecreeOrders: the orders a decree holds, told after the day it
// was issued (قضى المرسوم بإعفاء …، شملت القرارات …، كما أعفي …), take that
// day; an order told without a decree does not.
func TestEventsDecreeOrders(t *testing.T) {
	text := "عنوان\n\nأصدر الرئيس مساء الخميس 3 أيار 2018 مرسوما بتعديل وزاري محدود.\n\n" +
		"وقضى المرسوم بإعفاء وزير المالية سمير حداد من منصبه، وتعيين كريم منصور وزيرا للمالية.\n\n" +
		"كما أعفي محافظ البنك المركزي نبيل سلامة من مهامه.\n\n" +
		"وشملت القرارات إحالة اللواء فؤاد العلي إلى التقاعد."
	for _, typ := range []string{"dismiss", "appoint"} {
		for _, e := range eventsOfType(t, text, "2018-05-04", typ) {
			assert.Equal(t, "2018-05-03", e.Time, "%+v", e)
		}
	}
	text = "عنوان\n\nالتقى الرئيس مساء الخميس 3 أيار 2018 وفدا برلمانيا.\n\nوأعلن الحزب إعفاء أمينه العام خالد يوسف من منصبه."
	for _, e := range eventsOfType(t, text, "2018-05-04", "dismiss") {
		assert.NotEqual(t, "2018-05-03", e.Time, "%+v", e)
	}
}
