package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsShipmentAidGoods (refac5): a shipment (شحنة) reads its goods
// as a vehicle's load is read (isAidGoods, one list for both): supplies
// (مواد، إمدادات، مستلزمات) are aid only with a word of relief, health,
// shelter or food after them, so a shipment of explosives or of military
// supplies is no aid delivery; tents and blankets are aid goods in a
// shipment too. Food stays aid in a shipment (not on a truck). Sentences
// written for this test.
func TestEventsShipmentAidGoods(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوضبط خفر السواحل شحنة مواد متفجرة قبالة سواحل طبرق.",
		"عنوان\n\nووصلت إلى ميناء بانياس شحنة من الإمدادات العسكرية للجيش.",
		"عنوان\n\nوتسلمت الشركة شحنة مستلزمات البناء الأولى أمس.",
		// food on a truck (unchanged)
		"عنوان\n\nووصلت إلى السوق المركزي شاحنات محملة بالمواد الغذائية.",
	} {
		checkNotEvents(t, text, "2018-03-05", "aid")
	}
	for _, text := range []string{
		"عنوان\n\nووصلت إلى مطار الموصل شحنة خيام مقدمة من الهلال الأحمر.",
		"عنوان\n\nووصلت إلى مطار الحديدة شحنة بطانيات للأسر النازحة.",
		"عنوان\n\nووصلت إلى ميناء عدن شحنة من المواد الطبية.",
		"عنوان\n\nووصلت إلى ميناء عدن شحنة مستلزمات طبية.",
		"عنوان\n\nووصلت إلى ميناء عدن شحنة أغذية.",
		"عنوان\n\nووصلت إلى ميناء عدن شحنة من المواد الغذائية.",
		// a vehicle's medical supplies (new: مواد was no vehicle's aid)
		"عنوان\n\nووصلت إلى مدينة تعز شاحنات محملة بالمواد الطبية.",
	} {
		evs := eventsOfType(t, text, "2018-03-05", "aid")
		assert.Len(t, evs, 1, "%s: %+v", text, evs)
	}
}
