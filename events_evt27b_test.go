package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsTriggersMissed: arriving told "حل بـ" (Maghrebi and Gulf
// press) is a visit, a field hospital set up (أقام مستشفى ميدانيا) aid,
// and a cache of arms found or seized (مخبأ أسلحة) a discovery; حل
// البرلمان, a ranking (حل بالمركز الثالث) and a replacement (حل محل) are
// no visit.
func TestEventsTriggersMissed(t *testing.T) {
	for _, c := range []struct {
		text, typ, place, who string
	}{
		{"عنوان\n\nوحل وزير الفلاحة سامر حمدان، مساء الأحد، بمدينة وجدة في زيارة عمل.", "visit", "وجدة", "سامر حمدان"},
		{"عنوان\n\nحل رئيس الحكومة خالد العلي صباح الأحد بالرباط.", "visit", "الرباط", "خالد العلي"},
		{"عنوان\n\nوأقامت الهيئة الخيرية الهاشمية مستشفى ميدانيا في مدينة المفرق.", "aid", "المفرق", ""},
		{"عنوان\n\nوضبطت قوات الأمن مخبأ أسلحة في مدينة الزرقاء مساء الأحد.", "discovery", "الزرقاء", ""},
		{"عنوان\n\nوكشفت الأجهزة الأمنية عن مخبأ للأسلحة والذخائر في منطقة الفلوجة.", "discovery", "الفلوجة", ""},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", c.typ)
		if len(evs) == 0 {
			continue
		}
		assert.Contains(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		assert.NotEmpty(t, evs[0].Place, "%s: %+v", c.text, evs[0])
		if c.who != "" {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs[0])
		}
	}
	for _, text := range []string{
		"عنوان\n\nوحل المنتخب المغربي بالمركز الثالث في الترتيب العام.",
		"عنوان\n\nوحل الرئيس البرلمان بمرسوم مساء الأحد.",
		"عنوان\n\nوحل الفريق محل المنتخب في البطولة بالرباط.",
	} {
		checkNotEvents(t, text, "2021-03-04", "visit")
	}
}

// TestEventsFalseOrDoubled: a pardon's release told after على أن is the
// pardon's term, no second release; the next item joined by و to what a
// decision decided (قرر فلان تعطيل الدوام، وتأجيل الامتحانات) is part of
// that decision, no event of its own; words aimed at the press (هاجمت
// طهران صحف المعارضة) are no attack.
func TestEventsFalseOrDoubled(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوأصدر العاهل الأردني عفوا خاصا عن 300 محكوم بمناسبة العيد، على أن يفرج عنهم خلال الأسبوع الجاري.", "2021-03-04", "release")
	assert.Len(t, evs, 1, "%+v", evs)
	for _, e := range eventsOf(t, "عنوان\n\nوقرر محافظ نينوى سامر حمدان، اليوم الأحد، تعطيل الدوام الرسمي في المدارس ليوم غد، وتأجيل الامتحانات المقررة فيه.", "2021-03-04") {
		assert.NotEqual(t, "تأجيل", e.Trigger, "%+v", e)
	}
	checkNotEvents(t, "عنوان\n\nهاجمت طهران صحف المعارضة بسبب تقاريرها عن الانتخابات.", "2021-03-04", "attack")
	// An armed attack on a newspaper's office stays an attack.
	eventsOfType(t, "عنوان\n\nهاجم مسلحون مقر صحيفة محلية في بغداد.", "2021-03-04", "attack")
}
