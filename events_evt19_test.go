package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsAttributionClause pins the convention of
// testdata/written/CONVENTIONS.md: a verb of saying after بحسب ما / وفق
// ما / حسب ما with a named subject is a statement of that subject; an
// unnamed source gives none, and an agency that only carries the words
// (نقلته) is no speaker.
func TestEventsAttributionClause(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nويصل الوفد إلى عمان يوم الأحد في زيارة تستمر يومين، بحسب ما أعلنت وزارة الخارجية الأردنية.", "وزارة الخارجية الأردنية"},
		{"عنوان\n\nوارتفع عدد المصابين إلى عشرين شخصا، وفق ما أفادت وزارة الصحة الفلسطينية.", "وزارة الصحة الفلسطينية"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "statement", c.who), "%s: %+v", c.text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوتأجلت الجلسة إلى الشهر المقبل، بحسب ما أفاد مصدر قضائي.",
		"عنوان\n\nوتأجلت الجلسة إلى الشهر المقبل، وفق ما ذكر مسؤول محلي.",
		"عنوان\n\nوبحث الجانبان العلاقات الثنائية، بحسب ما نقلته وكالة الأنباء الأردنية.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "statement", ""), "%s: %+v", text, evs)
	}
}

// TestEventsInspectionPluperfect: تفقد after كان + a title + قد is an
// inspection visit told of the office holder before قد; قد تفقد alone
// (may lose) is none. Sentences written for this test.
func TestEventsInspectionPluperfect(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوكان وزير الصحة الأردني سعد جابر قد تفقد صباح الأحد مستشفى الكندي في بغداد.", "سعد جابر"},
		{"عنوان\n\nوكانت وزيرة التضامن نيفين القباج قد تفقدت أمس دار الرعاية في القاهرة.", "نيفين القباج"},
		{"عنوان\n\nكان محافظ البصرة أسعد العيداني قد تفقد يوم الجمعة مشروع الماء في الزبير.", "أسعد العيداني"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "visit", c.who), "%s: %+v", c.text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nويرى خبراء أن العملة قد تفقد نصف قيمتها قبل نهاية العام الحالي في مصر.",
		"عنوان\n\nوقال الوزير أحمد سالم إن الشركات قد تفقد أسواقها في أوروبا يوم الأحد.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "visit", ""), "%s: %+v", text, evs)
	}
}

// TestEventsDetainedAtCheckpoint: a verb of detaining followed right away
// by على/عند حاجز (at a checkpoint) is an arrest, the passive with no
// object named; أوقف with work or a project after it stays none.
func TestEventsDetainedAtCheckpoint(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوبين الموقوفين الناشط سامر خليل، الذي أوقف على حاجز للشرطة في مدينة نابلس مطلع العام الماضي.",
		"عنوان\n\nوتقول عائلتها إنها أوقفت عند حاجز للجيش قرب مدينة جنين في آذار الماضي.",
		"عنوان\n\nوالشاب الذي أوقف على نقطة تفتيش في بلدة قباطية أفرج عنه لاحقا.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.True(t, hasType(evs, "arrest", ""), "%s: %+v", text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوأوقفت الشركة العمل في مصنع الإسمنت في مدينة حمص أمس.",
		"عنوان\n\nوأوقف المشروع على الحدود مع تركيا في آذار الماضي.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "arrest", ""), "%s: %+v", text, evs)
	}
}

// TestEventsExchangeRateSet: a central bank or a committee that fixes,
// raises or lowers the rate of exchange of a currency (سعر صرف، سعر
// + a currency) takes a decision, a name in quotes between; a date fixed
// (حدد موعد) is none.
func TestEventsExchangeRateSet(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوحدد البنك المركزي المصري سعر صرف الجنيه عند ستة عشر جنيها للدولار أمس.", "البنك المركزي المصري"},
		{"عنوان\n\nورفع مصرف لبنان سعر الدولار في المصارف إلى ثمانية آلاف ليرة يوم الاثنين.", "مصرف لبنان"},
		{"عنوان\n\nوخفض البنك المركزي التركي سعر صرف الليرة الرسمي يوم الجمعة.", "البنك المركزي التركي"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "decision", c.who), "%s: %+v", c.text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوحددت وزارة الداخلية المصرية موعد الانتخابات البلدية أمس.", "2019-03-12")
	assert.False(t, hasType(evs, "decision", ""), "%+v", evs)
}

// TestEventsAnnouncedCancelling: إلغاء as the object of a verb of
// announcing (أعلن X إلغاء، أعلن عن إلغاء) is a decision of the
// announcer, no statement of its own; a cancelling called for or told
// alone is none.
func TestEventsAnnouncedCancelling(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوأعلنت وزارة الشباب والرياضة المصرية إلغاء الدوري الممتاز هذا الموسم.", "وزارة الشباب والرياضة المصرية"},
		{"عنوان\n\nأعلن الاتحاد الأردني لكرة القدم، مساء الخميس، عن إلغاء مباراة الكأس في إربد.", "الاتحاد الأردني لكرة القدم"},
		{"عنوان\n\nوتعلن اللجنة العليا للانتخابات اليوم إلغاء نتائج ثلاث لجان في محافظة سوهاج.", "اللجنة العليا للانتخابات"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "decision", c.who), "%s: %+v", c.text, evs)
		assert.False(t, hasType(evs, "statement", c.who), "%s: %+v", c.text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوطالبت نقابة الصحفيين المصريين بإلغاء الضريبة الجديدة على الورق.",
		"عنوان\n\nوقال الاتحاد الأردني لكرة القدم إن إلغاء المباراة غير وارد.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "decision", ""), "%s: %+v", text, evs)
	}
}
