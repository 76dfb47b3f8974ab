package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDeadlineExtended: extending a deadline (مدد، يمدد، تمديد with
// مهلة) is a decision, with the subject between verb and object too.
// Sentences written for this test.
func TestEventsDeadlineExtended(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nومددت هيئة الاستثمار مهلة تقديم العروض أسبوعين إضافيين.",
		"النقابة تمدد مهلتها للحكومة حتى نهاية الشهر\n\nنص الخبر.",
		"عنوان\n\nوأعلن مجلس إدارة الصندوق تمديد المهلة الممنوحة للمقترضين.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "decision", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوتمدد الجسر الجديد فوق نهر الفرات في مدينة الرقة.", "2019-02-11")
	assert.False(t, hasType(evs, "decision", ""), "%+v", evs)
}

// TestEventsElectionWin: the verbal noun فوز with a seat, an office or a
// term near it is an election, as the verbs فاز and يفوز are; a team's
// win is none.
func TestEventsElectionWin(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأعلنت لجنة الانتخابات فوز مرشح المستقلين خليل داود بمقعد الدائرة الأولى.",
		"فوز منصور الحكيم برئاسة البلدية للمرة الثالثة\n\nنص الخبر.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "election", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوحقق نادي الوحدة فوزا ثمينا على ضيفه نادي الشباب في الدوري.", "2019-02-11")
	assert.False(t, hasType(evs, "election", ""), "%+v", evs)
}

// TestEventsVaccineShipment: a shipment of vaccines is aid, as one of
// medicines is.
func TestEventsVaccineShipment(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتسلمت وزارة الصحة في مطار بيروت شحنة لقاحات مقدمة من منظمة الصحة العالمية.",
		"وصول شحنات اللقاحات الأولى إلى مطار عمان\n\nنص الخبر.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "aid", ""), "%s: %+v", text, evs)
	}
}
