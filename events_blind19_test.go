package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsTriggersBlind19: triggers the nineteenth blind measure found
// missing, in sentences written for this test. One who takes up an office
// (تسلم / استلم / باشر مهامه, تسلم قيادة الجيش) is appointed; the Maghreb's
// verbal noun of closing (غلق المعبر) is a suspension as إغلاق is; a drone
// launched (طائرة مسيرة أطلقها، أطلق طائرتين مسيرتين) is an attack as a
// missile is.
func TestEventsTriggersBlind19(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوتسلم اللواء سامي الحلبي، صباح اليوم، مهامه رئيسا لأركان الجيش خلال حفل أقيم في مقر القيادة.", "appoint", "سامي الحلبي"},
		{"عنوان\n\nوباشرت الوزيرة هالة الصباغ مهامها أمس في مقر الوزارة بعد أدائها اليمين.", "appoint", "هالة الصباغ"},
		{"الفريق منصور العتيبي يتسلم قيادة القوات البحرية\n\nنص الخبر.", "appoint", "منصور العتيبي"},
		{"عنوان\n\nوقررت الولاية غلق المعبر الحدودي برأس جدير يوم الأحد بسبب الاكتظاظ.", "suspend", ""},
		{"عنوان\n\nوأسقطت الدفاعات الجوية طائرة مسيرة أطلقها المتمردون باتجاه مدينة جازان.", "attack", ""},
		{"عنوان\n\nوأطلق المتمردون فجر اليوم طائرتين مسيرتين على مطار أبها.", "attack", ""},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", c.typ)
		if c.who != "" && len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsTriggersBlind19Not: the same words in other senses: a letter,
// a shipment or a prize received (تسلم رسالة، استلم شحنة) appoints no one,
// nor does one who begins his work's tasks later in a clause that names no
// office of his own (تسلم الرئيس رسالة); a march launched (مسيرة أطلقها
// الناشطون) is no attack.
func TestEventsTriggersBlind19Not(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nوتسلم الرئيس رسالة خطية من نظيره التونسي تتعلق بالعلاقات الثنائية.", "appoint"},
		{"عنوان\n\nواستلمت وزارة الصحة شحنة من اللقاحات مقدمة من الصين.", "appoint"},
		{"عنوان\n\nوانطلقت مسيرة حاشدة أطلقها الناشطون في شوارع المدينة.", "attack"},
	} {
		checkNotEvents(t, c.text, "2020-03-04", c.not)
	}
}
