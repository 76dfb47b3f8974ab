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

// TestEventsAppealAddressee: the one an appeal calls on, named right after
// the one who calls and before what is asked (طالب النائب فلان رئيس
// الوزراء فلانا بإرسال، دعا فلان الحكومة العراقية إلى), takes part in it,
// after its caller; a crowd or a common noun called on (المواطنين) names
// no one. Sentences written for this test.
func TestEventsAppealAddressee(t *testing.T) {
	for _, c := range []struct{ text, caller, called string }{
		{"عنوان\n\nطالب النائب عن محافظة الأنبار أحمد الدليمي رئيس الوزراء مصطفى الكاظمي بإرسال قوات إضافية إلى الحدود.", "أحمد الدليمي", "مصطفى الكاظمي"},
		{"عنوان\n\nودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الحكومة العراقية إلى حماية المحتجين السلميين.", "أنطونيو غوتيريش", "الحكومة العراقية"},
		{"عنوان\n\nوطالبت منظمة هيومن رايتس ووتش المحكمة الجنائية الدولية بفتح تحقيق في الهجوم.", "منظمة هيومن رايتس ووتش", "المحكمة الجنائية الدولية"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-02", "appeal")
		assert.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Equal(t, []string{c.caller, c.called}, evs[0].Participants, "%s: %+v", c.text, evs)
	}
	evs := eventsOfType(t, "عنوان\n\nودعا رئيس الوزراء مصطفى الكاظمي المواطنين إلى التزام الهدوء.", "2020-03-02", "appeal")
	assert.Equal(t, []string{"مصطفى الكاظمي"}, evs[0].Participants, "%+v", evs)
}

// TestEventsTollTakesCauseDay: a toll told after another clause's date
// (فككت الوحدات أمس عبوتين، فيما أصيب …) takes the day its cause tells
// after it (بانفجار لغم … يوم الأحد الماضي), not the clause's before.
// Sentences written for this test.
func TestEventsTollTakesCauseDay(t *testing.T) {
	for _, c := range []struct{ text, typ, time string }{
		{"عنوان\n\nوفككت وحدات الهندسة أمس الثلاثاء عبوتين ناسفتين في بلدة الصور، فيما أصيب أربعة مدنيين بانفجار لغم أرضي قرب قرية الشميطية يوم الأحد الماضي.", "injury", "2018-11-11"},
		{"عنوان\n\nوعثرت الشرطة أمس على مخزن للأسلحة، فيما قتل جندي بانفجار عبوة ناسفة قرب الحدود صباح الأحد.", "death", "2018-11-11"},
		{"عنوان\n\nوأصيب ثلاثة عمال أمس الثلاثاء بانفجار قنبلة في المصنع.", "injury", "2018-11-13"},
	} {
		evs := eventsOfType(t, c.text, "2018-11-14", c.typ)
		assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
	}
}

// TestEventsQuotedDateStays: a date inside quotation marks tells the time
// of what the quote says; an event told after the quote closes (مضيفا أن
// المجلس كلّف فلانا) does not carry it. Sentences written for this test.
func TestEventsQuotedDateStays(t *testing.T) {
	text := "عنوان\n\nوقال رئيس المجلس، في مؤتمر صحفي، إن \"الردود التي قدمها الوزير خلال جلسة استجوابه في العاشر من أيلول الماضي لم تكن مقنعة\"، مضيفا أن المجلس كلّف الوكيل الأقدم للوزارة خالد السامرائي بإدارة شؤونها."
	evs := eventsOfType(t, text, "2019-10-20", "appoint")
	assert.Empty(t, evs[0].Time, "%+v", evs)
}
