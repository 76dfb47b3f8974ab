package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsRefugeesCrossing: refugees or displaced people crossing a
// border (عبر آلاف اللاجئين الحدود، لاجئون يعبرون إلى، عبور مئات النازحين)
// are on the move: a displacement. The preposition عبر (via) is none,
// with refugees before it or not.
func TestEventsRefugeesCrossing(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوعبر نحو ثلاثة آلاف لاجئ الحدود إلى أوغندا يوم الجمعة هربا من المعارك.", "أوغندا"},
		{"عنوان\n\nمئات النازحين السوريين يعبرون كل يوم إلى مدينة الرقة.", "الرقة"},
		{"عنوان\n\nوسجلت السلطات التركية عبور ألف لاجئ إلى ولاية هاتاي خلال الشهر الماضي.", "هاتاي"},
	} {
		evs := eventsOfType(t, c.text, "2022-03-11", "displacement")
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
	for _, text := range []string{
		"عنوان\n\nووصل وزير الداخلية الأردني إلى عمان عبر معبر الكرامة أمس.",
		"عنوان\n\nوأعلنت المفوضية أن 200 لاجئ عبر جسر الملك حسين وصلوا إلى مخيم الزعتري أمس.",
		"عنوان\n\nوعبر وزير الخارجية أيمن الصفدي عن قلقه من أوضاع اللاجئين في المخيمات.",
	} {
		checkNotEvents(t, text, "2022-03-11", "displacement:عبر", "displacement:وعبر")
	}
}

// TestEventsAppealLaunched: an appeal launched, directed or renewed
// (أطلقت المنظمة نداء، وجه الوزير نداء إلى المانحين) is an appeal of its
// subject; firing (أطلق النار) is none.
func TestEventsAppealLaunched(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوأطلقت منظمة الصحة العالمية أمس نداء عاجلا لجمع 40 مليون دولار لمكافحة الحصبة.", "منظمة الصحة العالمية"},
		{"عنوان\n\nووجه وزير الخارجية التونسي نبيل عمار نداء إلى الدول المانحة لدعم المدارس.", "نبيل عمار"},
	} {
		evs := eventsOfType(t, c.text, "2022-03-11", "appeal")
		if assert.NotEmpty(t, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
	checkNotEvents(t, "عنوان\n\nوأطلقت الشرطة النار على سيارة لم تتوقف عند الحاجز في مدينة نابلس.", "2022-03-11", "appeal")
}

// TestEventsHaltAnnounced: a halt announced of shipping, flights or
// output (أعلنت الهيئة توقف الملاحة في الميناء) is a suspension.
func TestEventsHaltAnnounced(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوأعلنت مؤسسة الموانئ الكويتية توقف الملاحة في ميناء الشويخ بسبب الضباب الكثيف.", "2022-03-11", "suspend")
	if assert.NotEmpty(t, evs) {
		assert.Contains(t, evs[0].Participants, "مؤسسة الموانئ الكويتية", "%+v", evs)
	}
	checkNotEvents(t, "عنوان\n\nوتوقف اللاعب عن التدريب بسبب الإصابة قبل المباراة.", "2022-03-11", "suspend")
}

// TestEventsStyleBeforeTitle: a style of address before a title (جلالة
// الملك، سمو الأمير، معالي الوزير) is no actor of its own: the title after
// it is read as it stands alone; and a title after a person's name ends
// at the comma (عبدالله الثاني ملك الأردن، وفخامة الرئيس ماكرون): the
// person after the comma does not take the first one's title.
func TestEventsStyleBeforeTitle(t *testing.T) {
	lead := "عنوان\n\nاختتمت القمة أعمالها برئاسة الملك عبدالله الثاني ملك الأردن، وفخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية.\n\n"
	for _, c := range []struct{ text, typ string }{
		{lead + "وكان جلالة الملك قد وصل إلى باريس مساء أمس في زيارة رسمية.", "visit"},
		{lead + "وكان الملك قد وصل إلى باريس مساء أمس في زيارة رسمية.", "visit"},
		{lead + "من جانبه، أعرب جلالة الملك عن تقديره للدور الفرنسي في المنطقة.", "statement"},
	} {
		evs := eventsOfType(t, c.text, "2022-03-11", c.typ)
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, []string{"عبدالله الثاني"}, evs[len(evs)-1].Participants, "%s: %+v", c.text, evs)
		}
	}
	// Two signatories, each with his title after his name: the title
	// alone later is the first one's, not the name after the comma.
	evs := eventsOfType(t, "عنوان\n\nوقع الاتفاق عن الجانب الأردني المهندس ماهر أبو السمن وزير النقل، وعن الجانب العراقي السيد رزاق محيبس وزير الإعمار، في العاصمة عمان.\n\nوأكد معالي وزير النقل في تصريح صحفي أن الطريق سيفتح العام المقبل.", "2022-03-11", "statement")
	if assert.NotEmpty(t, evs) {
		assert.NotContains(t, evs[0].Participants, "رزاق محيبس", "%+v", evs)
	}
}

// TestEventsDoneAtMeeting: an agreement or a statement told as done at a
// meeting (وذلك في ختام اجتماع …، على هامش المنتدى) takes the meeting's
// place when it names none itself.
func TestEventsDoneAtMeeting(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nوقعت الكويت والمغرب أمس مذكرة تفاهم في مجال الطاقة، وذلك في ختام اجتماع اللجنة المشتركة الذي عقد في مدينة الرباط.", "agreement", "الرباط"},
		{"عنوان\n\nووقع العراق والأردن اتفاقا للربط الكهربائي على هامش المنتدى الاقتصادي المنعقد في مدينة العقبة.", "agreement", "العقبة"},
	} {
		evs := eventsOfType(t, c.text, "2022-03-11", c.typ)
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsVisitWelcomedBy: the person who welcomed a visitor (وكان في
// استقباله بالمطار فلان) takes part in the visit.
func TestEventsVisitWelcomedBy(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nووصل رئيس الوزراء العراقي محمد شياع السوداني إلى عمان ظهر اليوم، وكان في استقباله في مطار ماركا رئيس الوزراء الأردني جعفر حسان.", "2025-02-11", "visit")
	if assert.NotEmpty(t, evs) {
		assert.Contains(t, evs[0].Participants, "جعفر حسان", "%+v", evs)
		assert.Contains(t, evs[0].Participants, "محمد شياع السوداني", "%+v", evs)
	}
}
