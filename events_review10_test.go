package naba

import "testing"

// TestEventsExchangeWordsOtherReadings: the words that make جلسة a day of
// trading (TestEventsTradingSessionNoMeeting) have other readings that a
// meeting's report uses: the verbs أسهم (contributed) and تداول
// (circulated), مؤشر على (a sign of), التداول على السلطة (the transfer of
// power). Near them a session stays a meeting; a bare بورصة (بورصة عمان)
// is the exchange's as much as البورصة.
func TestEventsExchangeWordsOtherReadings(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوعقد الوفدان جلسة مغلقة في عمان أسهمت في تقريب المواقف.",
		"عنوان\n\nوعقد الطرفان جلسة مغلقة في عمان، في مؤشر على تحسن العلاقات.",
		"عنوان\n\nوتداولت صفحات المعارضة صورا من جلسة الحوار في جنيف.",
		"عنوان\n\nوعقد الوفدان جلسة مغلقة في تونس حول التداول على السلطة.",
	} {
		eventsOfType(t, text, "2018-06-05", "meet")
	}
	for _, text := range []string{
		"عنوان\n\nوأغلقت بورصة عمان جلسة الأربعاء على ارتفاع طفيف.",
		"عنوان\n\nوأنهت بورصة الكويت جلسة الأحد على تراجع.",
	} {
		checkNotEvents(t, text, "2018-06-05", "meet")
	}
}

// TestEventsFallIsNoTakingBack: تراجع takes a resignation back only with
// عن (تراجع عن استقالته, TestEventsEvt17's cases); a fall of its own
// genitive before a resignation (وسط تراجع شعبيته قدم الوزير استقالته)
// leaves the resignation told, and is no suspension.
func TestEventsFallIsNoTakingBack(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوفي ظل تراجع شعبيته قدم وزير الداخلية استقالته إلى رئيس الحكومة الأحد.",
		"عنوان\n\nومع تراجع الدعم قدم وزير المالية استقالته أمس.",
		"عنوان\n\nوأمام تراجع نفوذ حزبه أعلن رئيس البرلمان استقالته.",
	} {
		eventsOfType(t, text, "2018-06-05", "dismiss")
		checkNotEvents(t, text, "2018-06-05", "suspend")
	}
}

// TestEventsVisitThenWoundedCount: the wounded counted in a clause of
// time or cause after a visit (زار الوزير المدينة بعد سقوط عشرين جريحا)
// are no one visited (TestEventsVisitToWounded): their injury stays.
func TestEventsVisitThenWoundedCount(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوزار الوزير طرابلس أمس بعد سقوط عشرين جريحا بالاشتباكات.",
		"عنوان\n\nوزار قائد الجيش مدينة سرت الأحد إثر سقوط 12 جريحا بانفجار لغم.",
		"عنوان\n\nوتفقد المحافظ مدينة الحديدة السبت عقب سقوط ثلاثين مصابا بالقصف.",
	} {
		eventsOfType(t, text, "2018-06-05", "injury")
	}
}
