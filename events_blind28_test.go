package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsCourtBeforeHeadlineVerb: a headline tells a verdict subject
// first, in the present (محكمة الجنايات تدين …، محكمة الاستئناف تبرئ …): a
// court that opens the clause makes يدين a conviction, as أدانت المحكمة is
// one; any other subject still condemns. Sentences written for this test.
func TestEventsCourtBeforeHeadlineVerb(t *testing.T) {
	for _, text := range []string{
		"محكمة الجنايات بوهران تدين 7 متهمين في قضية تهريب الوقود",
		"قضية الفساد: محكمة الاستئناف بتيبازة تبرئ الوزير الأسبق من كل التهم",
		"عنوان الخبر\n\nمحكمة سطيف تدين مسؤولين سابقين بالسجن خمس سنوات.",
	} {
		evs := eventsOfType(t, text, "2026-06-24", "trial")
		if assert.NotEmpty(t, evs, text) {
			assert.Contains(t, []string{"تدين", "تبرئ"}, evs[0].Trigger, text)
		}
		checkNotEvents(t, text, "2026-06-24", "statement")
	}
	// Another subject condemns; a court named elsewhere in the clause
	// does not make the verb its ruling.
	for _, text := range []string{
		"وزارة الخارجية الجزائرية تدين الهجوم على السفارة في طرابلس",
		"عنوان الخبر\n\nوقال المحامي أمام المحكمة إن الرابطة الجزائرية لحقوق الإنسان تدين توقيف الناشطين.",
	} {
		eventsOfType(t, text, "2026-06-24", "statement")
		checkNotEvents(t, text, "2026-06-24", "trial")
	}
}

// TestEventsVaccinationCampaignAid: a vaccination campaign (حملة التحصين،
// حملة تطعيم، حملات التلقيح) is health relief brought to a population, an
// aid event, and who launches it (دشن المحافظ الحملة) takes part in it as
// who opens a meeting does. Other campaigns are no aid. Sentences written
// for this test.
func TestEventsVaccinationCampaignAid(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان الخبر\n\nدشن وزير الصحة سالم المري، اليوم، حملة التطعيم ضد الحصبة في محافظة ذمار.", "ذمار"},
		{"انطلاق حملة تحصين ضد شلل الأطفال في ولاية الجزيرة", "الجزيرة"},
		{"عنوان الخبر\n\nوتتواصل حملات التلقيح ضد الكوليرا في مدينة الحديدة لليوم الثالث.", "الحديدة"},
	} {
		evs := eventsOfType(t, c.text, "2026-03-10", "aid")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Place, c.place, c.text)
		}
	}
	evs := eventsOfType(t, "عنوان الخبر\n\nدشن وزير الصحة سالم المري، اليوم، حملة التطعيم ضد الحصبة في محافظة ذمار.", "2026-03-10", "aid")
	if assert.NotEmpty(t, evs) {
		assert.Contains(t, evs[0].Participants, "سالم المري")
	}
	for _, text := range []string{
		"عنوان الخبر\n\nأطلق الحزب حملته الانتخابية في مدينة الحديدة أمس.",
		"عنوان الخبر\n\nنفذت الشرطة حملة اعتقالات في مدينة ذمار أمس.",
		// a campaign told to come is a plan, not yet relief
		"عنوان الخبر\n\nوقال المسؤول إن حملة التطعيم ستنطلق السبت المقبل في مديرية الزيدية.",
	} {
		checkNotEvents(t, text, "2026-03-10", "aid")
	}
}

// TestEventsSignerAcronymInBrackets: the acronym in brackets after the
// signer's name (وقعت الهيئة الوطنية للمياه (هنم)، أمس بعمان، اتفاقية …) is
// part of the subject; the agreement noun after it is still the
// signing's object. Sentences written for this test.
func TestEventsSignerAcronymInBrackets(t *testing.T) {
	for _, text := range []string{
		"عنوان الخبر\n\nوقعت الوكالة الوطنية لتنمية الطاقات المتجددة (أنات)، أمس الاثنين بنواكشوط، عقد إنجاز محطة رياح.",
		"عنوان الخبر\n\nووقع الصندوق الكويتي للتنمية الاقتصادية العربية (الصندوق الكويتي)، اليوم، اتفاقية قرض مع الحكومة الأردنية.",
	} {
		evs := eventsOfType(t, text, "2026-12-08", "agreement")
		if assert.NotEmpty(t, evs, text) {
			assert.Contains(t, []string{"وقعت", "وقع"}, evs[0].Trigger, text)
		}
	}
}

// TestEventsAidGivenAfterAmount: the amount told first and the giver
// after the verb whose pronoun is that amount (بكلفة بلغت 3 ملايين دولار
// قدمها الصندوق السعودي للتنمية) is money given, as قدم الصندوق 3 ملايين
// دولار is; and relief goods provided with وفّر (وفرت المنظمة مليون جرعة
// من اللقاح) are aid as with قدّم. Not a text submitted (قدمها الوزير إلى
// البرلمان) nor jobs provided. Sentences written for this test.
func TestEventsAidGivenAfterAmount(t *testing.T) {
	for _, c := range []struct{ text, giver string }{
		{"عنوان الخبر\n\nوشملت الأعمال ترميم المدرجات بكلفة بلغت ٣ ملايين دولار قدمها الصندوق السعودي للتنمية.", "الصندوق السعودي للتنمية"},
		{"عنوان الخبر\n\nوأكدت منظمة الصحة العالمية أنها وفرت أكثر من مليون جرعة من اللقاح لمحافظة الحديدة.", "منظمة الصحة العالمية"},
	} {
		evs := eventsOfType(t, c.text, "2026-03-10", "aid")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, c.giver, c.text)
		}
	}
	for _, text := range []string{
		"عنوان الخبر\n\nوكان المشروع جاهزا منذ أشهر وقدمه الوزير إلى البرلمان الأسبوع الماضي.",
		"عنوان الخبر\n\nووفرت الحكومة فرص عمل لآلاف الشباب في محافظة الحديدة.",
	} {
		checkNotEvents(t, text, "2026-03-10", "aid")
	}
}

// TestEventsOpeningAttendees: an opening is a ceremony, and those named
// after بحضور take part in it as in a meeting; وذلك بحضور takes the
// sentence's event up again past a clause between, for an opening and for
// a meeting. Sentences written for this test.
func TestEventsOpeningAttendees(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان الخبر\n\nجرى أمس افتتاح مستشفى الأمل في مدينة طرطوس بحضور وزير الصحة نزار الخطيب.", "establish"},
		{"عنوان الخبر\n\nأعيد أمس افتتاح مستشفى الأمل في مدينة حماة، بعد انتهاء أعمال ترميمه التي بدأت قبل عامين، وذلك بحضور وزير الصحة نزار الخطيب.", "establish"},
		{"عنوان الخبر\n\nعقد المجلس البلدي في حماة اجتماعا أمس، بعد تأجيله مرتين خلال الشهر الماضي، وذلك بحضور وزير الصحة نزار الخطيب.", "meet"},
	} {
		evs := eventsOfType(t, c.text, "2026-10-27", c.typ)
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, "نزار الخطيب", c.text)
		}
	}
	// Who opened it is its actor; the guests of the ceremony are not.
	text := "عنوان الخبر\n\nافتتح رئيس الوزراء حسين عرنوس، اليوم، جسر الرستن في مدينة حماة، وذلك بحضور وزير الصحة نزار الخطيب."
	evs := eventsOfType(t, text, "2026-10-27", "establish")
	if assert.NotEmpty(t, evs, text) {
		assert.Contains(t, evs[0].Participants, "حسين عرنوس", text)
		assert.NotContains(t, evs[0].Participants, "نزار الخطيب", text)
	}
}

// TestEventsProtestCalledBy: the body after بدعوة من called the strike or
// the protest and leads it, one of its actors, however far in its
// sentence it is told. Sentences written for this test.
func TestEventsProtestCalledBy(t *testing.T) {
	for _, c := range []struct{ text, caller string }{
		{"عنوان الخبر\n\nنفذ عمال الموانئ، اليوم الثلاثاء، إضرابا عاما في ميناء صفاقس بدعوة من الاتحاد الجهوي للشغل بصفاقس.", "الاتحاد الجهوي للشغل بصفاقس"},
		{"عنوان الخبر\n\nونظم المئات وقفة احتجاجية أمام مقر البرلمان في الرباط، بدعوة من النقابة الوطنية للصحافة المغربية.", "النقابة الوطنية للصحافة المغربية"},
	} {
		evs := eventsOfType(t, c.text, "2026-11-17", "protest")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, c.caller, c.text)
		}
	}
}

// TestEventsAgreementWithConsortium: the members named after مع تحالف يضم
// (or ائتلاف مكون من) are the other side of the signing, however far from
// its verb. Sentences written for this test.
func TestEventsAgreementWithConsortium(t *testing.T) {
	text := "عنوان الخبر\n\nوقعت وزارة الكهرباء، أمس الاثنين في بغداد، عقد إنشاء محطة لتوليد الطاقة بقدرة 500 ميغاواط مع تحالف يضم شركة \"سيمنس\" الألمانية ومجموعة \"أوراسكوم\" المصرية."
	evs := eventsOfType(t, text, "2026-12-08", "agreement")
	if assert.NotEmpty(t, evs, text) {
		assert.Contains(t, evs[0].Participants, "أوراسكوم", text)
		assert.Contains(t, evs[0].Participants, "سيمنس", text)
	}
}

// TestEventsRoadBlockedInProtest: a road or a railway closed by
// protesters or residents, or with burning tyres or stones, is a protest;
// the authorities' closure of a crossing stays a suspension. Sentences
// written for this test.
func TestEventsRoadBlockedInProtest(t *testing.T) {
	for _, text := range []string{
		"عنوان الخبر\n\nوأغلق محتجون غاضبون الطريق الرابط بين صفاقس وقابس أمس.",
		"عنوان الخبر\n\nوأغلق عشرات الشبان السكة الحديدية في مدينة الرديف بالعجلات المطاطية المشتعلة أمس.",
	} {
		eventsOfType(t, text, "2026-11-17", "protest")
		checkNotEvents(t, text, "2026-11-17", "suspend")
	}
	text := "عنوان الخبر\n\nوأغلقت السلطات الأردنية معبر جابر الحدودي أمس."
	eventsOfType(t, text, "2026-11-17", "suspend")
	checkNotEvents(t, text, "2026-11-17", "protest")
}
