package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsRoleIsNoSession: دوره written with ه is "his role", which
// folding makes alike with دورة (a session): a role for a body (دوره
// الكبير للحكومة) is no meeting. A session written with ة, or with the
// article and a final ه (الدوره), still is. Sentences written for this
// test.
func TestEventsRoleIsNoSession(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوثمن الأمير دوره الكبير للحكومة في مواجهة الأزمة بالرياض أمس.",
		"عنوان\n\nوقال النائب إن الوزير أدى دوره كاملا للوزارة في بغداد.",
		"عنوان\n\nوأشاد السفير بالمدير الذي أدى دوره في الدعم المقدم للجيش في عمان.",
	} {
		checkNotEvents(t, text, "2021-04-05", "meet")
	}
	for _, text := range []string{
		"عنوان\n\nوعقدت أمس في تونس الدورة الثانية للجنة العليا المشتركة بين البلدين.",
		"عنوان\n\nوعقدت أمس في تونس الدوره الثانية للجنة العليا المشتركة بين البلدين.",
	} {
		evs := eventsOfType(t, text, "2021-04-05", "meet")
		require.Len(t, evs, 1, "%+v", evs)
	}
}

// TestEventsGamesEditionIsNoSession: a دورة of a body named for a sport or
// games (للاتحاد العربي لكرة القدم، لاتحاد الألعاب الآسيوية) is a
// tournament's edition, no session; a general assembly of such a
// federation, an Olympic committee's session or a council of youth and
// sport still meets. Sentences written for this test.
func TestEventsGamesEditionIsNoSession(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتوج النادي بلقب الدورة الأخيرة للاتحاد الخليجي لكرة اليد في المنامة.",
		"عنوان\n\nوتنطلق في الجزائر الدورة المقبلة لاتحاد الألعاب المتوسطية.",
	} {
		checkNotEvents(t, text, "2021-04-05", "meet")
	}
	for _, text := range []string{
		"عنوان\n\nوافتتحت أمس في الدوحة الدورة 70 للجمعية العمومية للاتحاد الدولي لكرة اليد.",
		"عنوان\n\nوافتتحت أمس في طوكيو الدورة 138 للجنة الأولمبية الدولية.",
		"عنوان\n\nوعقدت أمس في الرباط الدورة العادية للمجلس الأعلى للشباب والرياضة.",
	} {
		evs := eventsOfType(t, text, "2021-04-05", "meet")
		require.Len(t, evs, 1, "%+v", evs)
	}
}

// TestEventsTollNotASpan: in a phrase of time or cause between the verb
// and its victims, a number that counts hours, days or years (خلال 48
// ساعة) or events (في ثلاث غارات) is no toll; the count after it is.
// Sentences written for this test.
func TestEventsTollNotASpan(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"عنوان\n\nوقتل خلال 72 ساعة 15 مدنيا في ريف درعا.", 15},
		{"عنوان\n\nوقتل خلال خمسة أيام من القتال نحو 60 مسلحا.", 60},
		{"عنوان\n\nوقتل في ثلاث غارات متتالية 11 شخصا.", 11},
	} {
		evs := eventsOfType(t, c.text, "2019-08-12", "death")
		require.Len(t, evs, 1, "%+v", evs)
		assert.Equal(t, c.n, evs[0].Killed, "%s: %+v", c.text, evs)
	}
}

// TestEventsOfficeTakenNotReceived: تسلم / استلم / باشر take up an office
// when its duties are their object; not when an office is the subject
// that receives something (a feminine verb right before قيادة، رئاسة),
// nor when the duties are named in another phrase (على أداء مهامه، ضمن
// مهامه). A minister who takes up her duties still is appointed.
// Sentences written for this test.
func TestEventsOfficeTakenNotReceived(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتسلمت رئاسة الوزراء مذكرة احتجاج من نقابة المعلمين صباح اليوم.",
		"عنوان\n\nواستلمت قيادة شرطة البصرة شكوى من أهالي الحي أمس.",
		"عنوان\n\nوتسلم الحرس الوطني معدات حديثة تساعده على أداء مهامه في الصحراء.",
		"عنوان\n\nوباشرت فرق الإطفاء عمليات الإخماد ضمن مهامها في الميناء.",
	} {
		checkNotEvents(t, text, "2021-04-05", "appoint")
	}
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوتسلمت الوزيرة سلوى الهاشمي مهامها رسميا في مقر الوزارة بالرباط.", "سلوى الهاشمي"},
		{"عنوان\n\nوتسلم قيادة الأسطول الفريق البحري خالد المنصوري في حفل أقيم بالقاعدة.", "خالد المنصوري"},
	} {
		evs := eventsOfType(t, c.text, "2021-04-05", "appoint")
		require.Len(t, evs, 1, "%+v", evs)
		assert.Contains(t, evs[0].Participants, c.who, "%+v", evs)
	}
}

// TestEventsElectionLastWord: a text that ends with an election noun, no
// mark after it (a headline, a scraped line), is read without an internal
// error (the elected council's reader looked at the token after it).
func TestEventsElectionLastWord(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	for _, text := range []string{
		"انتخاب",
		"وحددت اللجنة العليا موعد الانتخابات",
		"عنوان\n\nوقال الوزير إن الحكومة ستدعم إجراء الانتخابات",
	} {
		_, err := x.Extract(context.Background(), text, ExtractOptions{})
		assert.NoError(t, err, text)
	}
}
