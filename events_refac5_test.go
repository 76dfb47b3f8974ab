package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestDatelineWeekdayAndSecondPlace (refac4's leftovers): a dated
// dateline whose date opens with the day's name (PLACE - WEEKDAY DATE -),
// or writes its month with the other name after a slash (21 أيار/مايو
// 2018), and a bare one with a second listed place after the first's
// dash, closed by a slash or a dash (PLACE - PLACE /), are set apart
// whole. Sentences written for this test.
func TestDatelineWeekdayAndSecondPlace(t *testing.T) {
	for _, tt := range []struct{ first, want string }{
		{"نابلس - الأحد ١٤ شوال ١٤٤٠هـ الموافق ١٦ حزيران ٢٠١٩ - أصيب شابان برصاص الجيش.", "نابلس - الأحد ١٤ شوال ١٤٤٠هـ الموافق ١٦ حزيران ٢٠١٩ -"},
		{"الخليل – الثلاثاء 3 آذار 2020 – هدمت الجرافات منزلين.", "الخليل – الثلاثاء 3 آذار 2020 –"},
		{"بيروت - 14 تشرين الأول/أكتوبر 2019 - اندلعت حرائق في الجبل.", "بيروت - 14 تشرين الأول/أكتوبر 2019 -"},
		{"جنين - الخميس 9 كانون الثاني/يناير 2020 - اعتقل الجيش ثلاثة شبان.", "جنين - الخميس 9 كانون الثاني/يناير 2020 -"},
		{"القدس - عمان / التقى وزيرا الخارجية في العاصمة الأردنية.", "القدس - عمان /"},
		{"دمشق - بيروت - أعيد فتح المعبر الحدودي.", "دمشق - بيروت -"},
		// a second word that is no listed place stays out
		{"دمشق - المصدر / أعلنت الوزارة أسعارا جديدة.", "دمشق -"},
	} {
		page := "عنوان الخبر\n\n" + tt.first + "\n\nوأضاف أن العمل يبدأ قريباً."
		doc, err := Extract(context.Background(), page, ExtractOptions{})
		require.NoError(t, err)
		got := ""
		for _, s := range doc.Sections {
			if s.Kind == Dateline {
				got = page[s.Start:s.End]
			}
		}
		assert.Equal(t, tt.want, got, tt.first)
	}
}
