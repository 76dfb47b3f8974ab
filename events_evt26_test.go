package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsElectionResults: a results sentence that names no election
// of its own (أظهرت النتائج فوز …، تقدم الحزب بـN مقعدا، حصدت القائمة
// N مقاعد) gives its winners, the list's backers and the runners-up to
// the election told before it; a poll's results, a word of winning with
// neither results nor seats, and a result with no election before give
// none.
func TestEventsElectionResults(t *testing.T) {
	for _, c := range []struct {
		text string
		who  []string
	}{
		{"عنوان\n\nوجرت الانتخابات البلدية في مدينة طرابلس يوم الأحد.\nوكشفت النتائج النهائية فوز قائمة \"الإنماء والعدالة\" المدعومة من تيار المستقبل بمعظم مقاعد المجلس.",
			[]string{"الإنماء والعدالة", "تيار المستقبل"}},
		{"عنوان\n\nوشارك نحو نصف الناخبين في الانتخابات التشريعية التي جرت في تونس يوم السبت.\nوتصدر حزب النهضة بـ52 مقعدا من أصل 217، تلاه حزب نداء تونس بـ38 مقعدا.",
			[]string{"حزب النهضة", "حزب نداء تونس"}},
		{"عنوان\n\nوأغلقت مراكز الاقتراع في الانتخابات النيابية في عمان مساء الثلاثاء.\nوحصد حزب جبهة العمل الإسلامي 31 مقعدا.",
			[]string{"حزب جبهة العمل الإسلامي"}},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "election")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		for _, w := range c.who {
			assert.Contains(t, evs[0].Participants, w, "%s: %+v", c.text, evs[0])
		}
	}
	for _, text := range []string{
		"عنوان\n\nوتجري الانتخابات الرئاسية في تونس يوم السبت المقبل.\nوأظهرت نتائج استطلاع للرأي تقدم حزب النهضة على منافسيه.",
		"عنوان\n\nوجرت الانتخابات البلدية في مدينة طرابلس يوم الأحد.\nوتقدم حزب النهضة بطعن أمام المحكمة الإدارية.",
	} {
		for _, e := range eventsOfType(t, text, "2021-03-04", "election") {
			assert.NotContains(t, e.Participants, "حزب النهضة", "%s: %+v", text, e)
		}
	}
	checkNotEvents(t, "عنوان\n\nوعقد المجلس جلسته في مدينة طرابلس يوم الأحد.\nوأظهرت النتائج فوز حزب النهضة بـ52 مقعدا.", "2021-03-04", "election")
}

// TestEventsVisitCompanions: those who went with a visitor, named after
// يرافقه، رافقه، برفقته or رفقة, take part in the visit; polling
// stations toured (جال على أقلام الاقتراع في المدينة) leave the place to
// the visit.
func TestEventsVisitCompanions(t *testing.T) {
	for _, c := range []struct {
		text, place string
		who         []string
	}{
		{"عنوان\n\nوجال الوزير سامر حمدان صباح الخميس على مراكز الاقتراع في مدينة حماة، يرافقه المحافظ خالد العلي، واطلع على سير التصويت.",
			"حماة", []string{"سامر حمدان", "خالد العلي"}},
		{"عنوان\n\nووصل رئيس الحكومة ماهر سليم إلى مدينة أغادير مساء الأحد في زيارة رسمية، رافقه خلالها وزير الداخلية فادي نصار.",
			"أغادير", []string{"ماهر سليم", "فادي نصار"}},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "visit")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Equal(t, c.place, evs[0].Place, "%+v", evs[0])
		for _, w := range c.who {
			assert.Contains(t, evs[0].Participants, w, "%s: %+v", c.text, evs[0])
		}
	}
	// A person named after another event between is not the visit's.
	for _, e := range eventsOfType(t, "عنوان\n\nوزار الوزير سامر حمدان مدينة حماة صباح الخميس، ثم التقى المحافظ يرافقه نائبه خالد العلي.", "2021-03-04", "visit") {
		assert.NotContains(t, e.Participants, "خالد العلي", "%+v", e)
	}
}

// TestEventsVisitFrame: a visit noun framing what the sentence's verb
// tells (أشرف الوزير على تدشين …، في إطار زيارة قادته إلى الولاية) is the
// visit of that verb's subject, to the place named before when it goes
// "to the province"; what is told on the sidelines of the visit (على
// هامش الزيارة) takes the visit's place and day when it has none.
func TestEventsVisitFrame(t *testing.T) {
	text := "عنوان\n\nأشرف وزير الموارد المائية، سامر حمدان، يوم الثلاثاء، بولاية بسكرة، على افتتاح سد جديد، في إطار زيارة عمل قادته إلى الولاية رفقة المدير العام للوكالة خالد العلي.\nوفي تصريح صحفي على هامش الزيارة، أكد حمدان أن المشروع سيزود ثلاثين ألف مسكن بالماء."
	evs := eventsOfType(t, text, "2021-03-04", "visit")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "بسكرة", evs[0].Place, "%+v", evs[0])
	assert.Equal(t, "2021-03-02", evs[0].Time, "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "سامر حمدان", "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "خالد العلي", "%+v", evs[0])
	evs = eventsOfType(t, text, "2021-03-04", "statement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "بسكرة", evs[0].Place, "%+v", evs[0])
	assert.Equal(t, "2021-03-02", evs[0].Time, "%+v", evs[0])
}

// TestEventsDateOfAnother: a date inside what something is about (مطالب
// متعلقة بانقطاع الكهرباء صيف 2020، حديث حول موسم 2023) or inside a
// relative clause about another noun, closed before the event (السفينة
// التي خطفها قراصنة في أكتوبر، واعتقلت) is not the event's time; the
// event's own date still is.
func TestEventsDateOfAnother(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nوعقد المحافظ سامر حمدان اجتماعا مع التجار في مقر الغرفة، ناقش خلاله شكاواهم المتعلقة بارتفاع الأسعار صيف 2019.", "meet"},
		{"عنوان\n\nوالتقى الوزير سامر حمدان رؤساء الأندية في دمشق، وتحدث معهم حول موسم 2020.", "meet"},
		{"عنوان\n\nوكانت البحرية الفرنسية قد حررت الرهائن الذين خطفهم مسلحون في نوفمبر 2018، واعتقلت 20 مسلحا.", "arrest"},
	} {
		for _, e := range eventsOfType(t, c.text, "2021-03-04", c.typ) {
			if e.Trigger != "احتجزها" && e.Trigger != "خطفهم" { // the relative clause's own event keeps its date
				assert.Empty(t, e.Time, "%s: %+v", c.text, e)
			}
		}
	}
	evs := eventsOfType(t, "عنوان\n\nوعقد المحافظ سامر حمدان اجتماعا مع التجار في مقر الغرفة يوم 3 شباط 2021، ناقش خلاله شكاواهم المتعلقة بارتفاع الأسعار صيف 2019.", "2021-03-04", "meet")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2021-02-03", evs[0].Time, "%+v", evs[0])
}
