package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsVotedActTakesBody: the act a body votes on or decides (صوّت
// المجلس على إقالة فلان، قررت الوزارة إغلاق الطريق) is the event told,
// with the body as its actor, even when an aside set off by commas stands
// between (the session it was taken in); no separate decision is left. A
// deferral decided (تأجيل الاقتراع) stays a decision, and what a vote
// approves that is no act of the body (اتفاق السلام) keeps the vote.
// Sentences written for this test.
func TestEventsVotedActTakesBody(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nصوّت مجلس محافظة نينوى، في جلسة طارئة عقدها مساء أمس، على إقالة المحافظ نوفل العاكوب.", "dismiss", "مجلس محافظة نينوى"},
		{"عنوان\n\nوصوت مجلس النواب على إقالة وزير الدفاع خالد العبيدي بعد استجوابه.", "dismiss", "مجلس النواب"},
		{"عنوان\n\nقررت وزارة النقل إغلاق الطريق الصحراوي أمام الشاحنات بسبب العاصفة.", "suspend", "وزارة النقل"},
		{"عنوان\n\nقررت وزارة الداخلية حظر التجول في مدينة البصرة حتى إشعار آخر.", "suspend", "وزارة الداخلية"},
		{"عنوان\n\nوقررت الحكومة الأردنية، في جلستها الأسبوعية أمس، تعليق الدراسة في المدارس الحكومية.", "suspend", "الحكومة الأردنية"},
	} {
		evs := eventsOf(t, c.text, "2020-03-02")
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
		for _, e := range evs {
			assert.NotEqual(t, "decision", e.Type, "%s: %+v", c.text, evs)
		}
	}
	for _, text := range []string{
		"عنوان\n\nوقررت اللجنة العليا للانتخابات تأجيل الاقتراع إلى الشهر المقبل.",
		"عنوان\n\nوصوت البرلمان الكولومبي على اتفاق السلام مع المتمردين.",
	} {
		evs := eventsOf(t, text, "2020-03-02")
		assert.True(t, hasType(evs, "decision", ""), "%s: %+v", text, evs)
	}
}
