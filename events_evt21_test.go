package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMeetingActsAsBody: a definite meeting noun right after the
// verb of a body's act (وانتخب المؤتمر فلانا، وعين الاجتماع) is the verb's
// subject, no meeting of its own: the act is read with its object, and
// the organization of the meeting of that noun told before takes part.
// Sentences written for this test.
func TestEventsMeetingActsAsBody(t *testing.T) {
	for _, c := range []struct{ text, typ, who, body string }{
		{"عنوان\n\nوانتخب المؤتمر وزير الزراعة الموريتاني سيدي ولد التاه رئيسا للمنظمة خلفا لنظيره السوداني.", "election", "سيدي ولد التاه", ""},
		{"عنوان\n\nعقد حزب جبهة التحرير الوطني مؤتمره العاشر في الجزائر العاصمة.\n\nوانتخب المؤتمر أبو الفضل بعجي أمينا عاما للحزب.", "election", "أبو الفضل بعجي", "حزب جبهة التحرير الوطني"},
		{"عنوان\n\nاختتم المؤتمر السنوي لحزب الأصالة والمعاصرة أشغاله في مراكش.\n\nوانتخب المؤتمر عبد اللطيف وهبي أمينا عاما جديدا.", "election", "عبد اللطيف وهبي", "حزب الأصالة والمعاصرة"},
	} {
		evs := eventsOfType(t, c.text, "2020-02-09", c.typ)
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
		if c.body != "" {
			assert.True(t, hasType(evs, c.typ, c.body), "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsInstitutionPair: the dual of an institution's head noun
// (البنكان، الشركتان، الحزبان) as a subject is the two institutions of
// that head the text named before, a bank's بنك and مصرف one kind; a
// third one named leaves it unread.
func TestEventsInstitutionPair(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nأعلن بنك مسقط ومصرف ظفار عن خطة للاندماج.\n\nوكان البنكان قد وقعا مذكرة تفاهم في مارس الماضي.", "agreement"},
		{"عنوان\n\nبحث مدير شركة أرامكو مع مدير شركة سابك في الظهران سبل التعاون.\n\nووقعت الشركتان اتفاقية لتوريد الغاز.", "agreement"},
		{"عنوان\n\nوافق البنك المركزي على اندماج بنك الخرطوم مع مصرف السلام، بحسب ما أعلنه البنكان في بيان مشترك.", "statement"},
	} {
		evs := eventsOfType(t, c.text, "2020-05-04", c.typ)
		if len(evs) == 0 {
			continue
		}
		assert.Len(t, evs[len(evs)-1].Participants, 2, "%s: %+v", c.text, evs)
	}
	text := "عنوان\n\nأعلنت شركة أرامكو وشركة سابك وشركة الاتصالات السعودية عن مشروع مشترك.\n\nووقعت الشركتان اتفاقية لتوريد الغاز."
	for _, e := range eventsOf(t, text, "2020-05-04") {
		if e.Type == "agreement" {
			assert.NotEqual(t, 2, len(e.Participants), "%+v", e)
		}
	}
}

// TestEventsBodyHeadSubject: the head noun of an institution named before,
// opening its clause right before a verb (أن الهيئة قررت، والمجلس أصدر
// قراره), is that institution; after a construct (رئيس الهيئة) it is not.
func TestEventsBodyHeadSubject(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nاجتمعت لجنة الانتخابات المركزية في رام الله أمس.\n\nوذكر البيان أن اللجنة قررت تأجيل الاقتراع إلى الشهر المقبل.", "decision", "لجنة الانتخابات المركزية"},
		{"عنوان\n\nعقدت محكمة النقض جلستها في القاهرة أمس.\n\nوالمحكمة أصدرت قرارها بعد مداولة قصيرة.", "decision", "محكمة النقض"},
		{"عنوان\n\nأعلنت النقابة الوطنية للصحفيين رفضها للقانون.\n\nوكانت النقابة قد قررت مقاطعة أنشطة الوزارة.", "decision", "النقابة الوطنية للصحفيين"},
	} {
		evs := eventsOfType(t, c.text, "2020-05-04", c.typ)
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nاجتمعت لجنة الانتخابات المركزية في رام الله أمس.\n\nوقال الناطق إن رئيس اللجنة قرر تأجيل الاقتراع.", "2020-05-04")
	assert.False(t, hasType(evs, "decision", "لجنة الانتخابات المركزية"), "%+v", evs)
}
