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

// TestEventsVisitMadeByClause: an indefinite visit noun whose relative
// clause tells it was made (زيارة أدتها إلى، زيارة قام بها إلى) is the
// visit of the sentence's subject, as زيارته is. Sentences written for
// this test.
func TestEventsVisitMadeByClause(t *testing.T) {
	for _, c := range []struct{ text, who, place string }{
		{"عنوان\n\nوأعلنت وزيرة الصحة سلوى الهادي، خلال زيارة أدتها إلى مدينة القيروان يوم الجمعة، عن رصد اعتمادات لبناء مستشفى.", "سلوى الهادي", "القيروان"},
		{"عنوان\n\nوقال الرئيس خالد سعيد خلال زيارة قام بها إلى مدينة سوسة إن الحكومة ستدعم المستشفى.", "خالد سعيد", "سوسة"},
	} {
		evs := eventsOfType(t, c.text, "2021-11-17", "visit")
		assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
	// The clause names its own visitor: the sentence's subject is no part.
	evs := eventsOfType(t, "عنوان\n\nواستقبل الرئيس خالد سعيد أمس الوزير سامي فؤاد، في أول زيارة يقوم بها وزير مصري إلى تونس.", "2021-11-17", "visit")
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "خالد سعيد", "%+v", evs)
	}
}

// TestEventsSentenceHeading: a verbless clause opening with السجن, a term
// of years and those sentenced after ل (السجن بين ثلاث سنوات و20 سنة
// لأعضاء شبكة) is a trial; the prison (قضى في السجن، خرج من السجن) is
// none. Sentences written for this test.
func TestEventsSentenceHeading(t *testing.T) {
	for _, text := range []string{
		"السجن بين ثلاث سنوات و20 سنة لأعضاء شبكة تهريب في طنجة\n\nنص الخبر.",
		"السجن المؤبد لقاتل طالبة جامعية في مدينة المنصورة\n\nنص الخبر.",
	} {
		evs := eventsOfType(t, text, "2020-03-02", "trial")
		assert.NotEmpty(t, evs[0].Place, "%s: %+v", text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوخرج الناشط من السجن بعد خمس سنوات لأسباب صحية في القاهرة.",
		"عنوان\n\nالسجن المركزي في مدينة طنطا يستقبل الزوار.",
	} {
		for _, e := range eventsOf(t, text, "2020-03-02") {
			assert.NotEqual(t, "trial", e.Type, "%s: %+v", text, e)
		}
	}
}

// TestEventsDeportationOperations: the operations of deporting (عمليات
// الترحيل) with the people they move told in the sentence, before or
// after, and a relative clause of their start (التي انطلقت في ديسمبر
// 2014), are a displacement; ترحيل of a file is none. Sentences written
// for this test.
func TestEventsDeportationOperations(t *testing.T) {
	text := "عنوان\n\nوتواصلت عمليات الترحيل التي انطلقت في ديسمبر 2014، والتي أعيد بموجبها أكثر من 30 ألف مهاجر إلى بلادهم عبر مدينة أرليت."
	evs := eventsOfType(t, text, "2019-02-13", "displacement")
	assert.Equal(t, "2014-12", evs[0].Time, "%+v", evs)
	for _, e := range eventsOf(t, "عنوان\n\nوقررت المحكمة عمليات الترحيل للملفات إلى الجلسة المقبلة.", "2019-02-13") {
		assert.NotEqual(t, "displacement", e.Type, "%+v", e)
	}
}

// TestEventsSignedPlaceBeforeDateAside: a place told with في right after
// a signing or light verb and its subject, then a day set off by commas
// and a count before the event noun (ووقع الوزيران في الدوحة، الخميس،
// أربع مذكرات تفاهم), is where the agreement was signed. Sentences
// written for this test.
func TestEventsSignedPlaceBeforeDateAside(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nووقع الجانبان في الرباط، الثلاثاء، ثلاث مذكرات تفاهم في مجال الطاقة.", "الرباط"},
		{"عنوان\n\nوأبرم البلدان في عمان، أمس، خمس اتفاقيات للتعاون.", "عمان"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-02", "agreement")
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
}

// TestEventsSeizedGoodsNoAid: a shipment seized or smuggled (ضبطت
// الجمارك شحنة من الأدوية المهربة) is contraband, no aid; a shipment of
// medicine delivered stays aid. Sentences written for this test.
func TestEventsSeizedGoodsNoAid(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوضبطت دوريات الجمارك شحنة من الأدوية المهربة في ميناء العقبة.",
		"عنوان\n\nوأحبطت الشرطة تهريب شحنة أدوية عبر معبر رفح.",
	} {
		for _, e := range eventsOf(t, text, "2020-03-02") {
			assert.NotEqual(t, "aid", e.Type, "%s: %+v", text, e)
		}
	}
	evs := eventsOfType(t, "عنوان\n\nووصلت إلى ميناء الحديدة شحنة من الأدوية مقدمة من منظمة الصحة العالمية.", "2020-03-02", "aid")
	assert.Equal(t, []string{"منظمة الصحة العالمية"}, evs[0].Participants, "%+v", evs)
}
