package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSeatedBodySpeaks: a body with its seat after في (وزارة الصحة
// في غزة، مكتب الأمم المتحدة في جنيف) before a verb in subject-verb order
// (وكانت … قد أعلنت) is the verb's subject; the place only seats it.
func TestEventsSeatedBodySpeaks(t *testing.T) {
	checkEventCases(t, []eventCase{
		{name: "a ministry with its city, pluperfect",
			text: "عنوان\n\nوكانت وزارة الصحة في رفح قد أعلنت صباح الأحد أن عدد الجرحى ارتفع إلى أربعين.",
			typ:  "statement", part: "وزارة الصحة"},
		{name: "a UN office with its city calls",
			text: "عنوان\n\nوكان مكتب الأمم المتحدة في جنيف قد دعا أطراف النزاع إلى ضبط النفس.",
			typ:  "appeal", part: "الأمم المتحدة"},
		{name: "a commission with its region announces",
			text: "عنوان\n\nوكانت المفوضية العليا للانتخابات في كردستان قد أعلنت أن النتائج نهائية.",
			typ:  "statement", part: "المفوضية العليا للانتخابات"},
	})
}

// TestEventsEventsOfABodyNoEstablishing: أحداث (events, the plural of
// حدث, written with the hamza above) before a body's name (أحداث مجلس
// الشورى) is not إحداث (creating a body), which folding makes alike.
func TestEventsEventsOfABodyNoEstablishing(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقضت محكمة النقض بتأييد أحكام السجن في القضية المعروفة إعلاميا بـ\"أحداث مجلس الشورى\".",
		"عنوان\n\nوتحدث النائب عن أحداث مجلس الشعب في جلسة أمس.",
		"عنوان\n\nوتذكر الطلاب أحداث جامعة القاهرة في الذكرى الخامسة.",
	} {
		checkNotEvents(t, text, "2018-06-05", "establish")
	}
	// Unvocalized احداث stays the creating one. (The body named: an
	// indefinite لجنة وطنية للتحقيق is no name since ents27, and the
	// event of an unnamed president creating an unnamed body has no
	// participant to give.)
	evs := eventsOfType(t, "عنوان\n\nوقرر الرئيس احداث هيئة مكافحة الفساد في البلاد.", "2018-06-05", "establish")
	assert.Len(t, evs, 1)
}

// TestEventsTradingSessionNoMeeting: جلسة in a stock exchange's report
// (البورصة، المؤشر، الأسهم، التداول within the sentence) is a day of
// trading, no meeting; a body's session about a trading law stays one.
func TestEventsTradingSessionNoMeeting(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأنهى المؤشر الرئيسي لبورصة عمان جلسة الأربعاء مرتفعا بنسبة 0.4 بالمئة.",
		"عنوان\n\nوتراجعت أسهم المصارف المدرجة في سوق دبي المالي بأكثر من ثلاثة بالمئة خلال الشهر، وسط تداولات ضعيفة في جلسة الخميس.",
		"عنوان\n\nوسجلت البورصة القطرية في ختام جلسة تداول الاثنين أكبر مكاسبها منذ شهر.",
	} {
		checkNotEvents(t, text, "2018-06-05", "meet")
	}
	evs := eventsOfType(t, "عنوان\n\nوعقد مجلس الشورى جلسة الأحد لمناقشة مشروع قانون تداول الأوراق المالية.", "2018-06-05", "meet")
	if len(evs) > 0 {
		assert.Equal(t, []string{"مجلس الشورى"}, evs[0].Participants)
	}
}

// TestEventsCargoArrives: aid carried by a vehicle (طائرة، سفينة، شاحنات)
// takes the place the vehicle arrives at (وصلت إلى، هبطت في، رست في),
// told before the vehicle with an adjective or a time between.
func TestEventsCargoArrives(t *testing.T) {
	checkEventCases(t, []eventCase{
		{name: "a plane lands, a time between",
			text: "عنوان\n\nوهبطت في مطار بنغازي، مساء الاثنين، طائرة كويتية تحمل عشرين طنا من المساعدات الطبية.",
			typ:  "aid", place: "بنغازي"},
		{name: "a ship docks, laden",
			text: "عنوان\n\nورست في ميناء طرطوس سفينة روسية محملة بالمساعدات الغذائية للمتضررين.",
			typ:  "aid", place: "طرطوس"},
		{name: "a plane from one city to another",
			text: "عنوان\n\nووصلت من جدة إلى مطار عدن طائرة سعودية تحمل مساعدات طبية.",
			typ:  "aid", place: "عدن"},
		{name: "lorries arrive",
			text: "عنوان\n\nووصلت إلى مدينة الرقة شاحنات تحمل مساعدات إنسانية من الأمم المتحدة.",
			typ:  "aid", place: "الرقة"},
	})
}

// TestEventsDualPossessive: an event noun in ة read in the dual's
// construct with a possessive (استقالتيهما، زيارتيهما) is the event, as
// its singular with one is (استقالته).
func TestEventsDualPossessive(t *testing.T) {
	checkEventCases(t, []eventCase{
		{name: "two ministers resign",
			text: "عنوان\n\nوقدم وزيرا الصحة سامر الخطيب والنقل رنا الحسن استقالتيهما على خلفية الحادث.",
			typ:  "dismiss", part: "رنا الحسن"},
		{name: "two ministers end their visit",
			text: "عنوان\n\nوأنهى سامح شكري وأيمن الصفدي زيارتيهما إلى بغداد أمس.",
			typ:  "visit", part: "أيمن الصفدي", place: "بغداد"},
	})
}
