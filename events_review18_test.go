package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPreventNoPastVerb: a form of منع keeps its object from taking
// place (منعت الشرطة دخول القافلة), but a past verb after it, joined by و,
// tells an act of its own (ومنعت الشرطة المحتجين واعتقلت عشرة منهم).
func TestEventsPreventNoPastVerb(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nومنعت قوات الأمن الطلاب واعتقلت ثلاثة منهم أمام جامعة الموصل يوم الأحد.", "arrest"},
		{"عنوان\n\nومنع الجيش الأهالي وأطلق النار على حشد منهم في بلدة الرامة يوم الخميس.", "attack"},
	} {
		eventsOfType(t, c.text, "2021-05-06", c.typ)
	}
	checkNotEvents(t, "عنوان\n\nومنعت الشرطة دخول قافلة مساعدات إلى بلدة الرامة يوم الخميس.", "2021-05-06", "aid")
}

// TestEventsLiftedMeasureOnly: رفع is a decision when a measure is lifted
// (رفع القوة القاهرة، رفع حالة الطوارئ، رفع الحظر), not when a power or a
// state is raised (رفع القوة الشرائية، رفع حالة الاحتقان، رفع حالة التأهب).
func TestEventsLiftedMeasureOnly(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتهدف الزيادة في المنح إلى رفع القوة الشرائية للأسر في المغرب.",
		"عنوان\n\nوأدى غلاء الخبز إلى رفع حالة الاحتقان في مدن الجنوب الأسبوع الماضي.",
		"عنوان\n\nوأعلنت وزارة الدفاع رفع حالة التأهب في صفوف قواتها بمدينة بنغازي.",
	} {
		checkNotEvents(t, text, "2021-05-06", "decision")
	}
	for _, text := range []string{
		"عنوان\n\nوأعلنت شركة الخليج رفع القوة القاهرة عن حقل السرير يوم الاثنين.",
		"عنوان\n\nوقررت الحكومة رفع حالة الطوارئ في ولاية نابل يوم الاثنين.",
		"عنوان\n\nوأعلنت الوزارة رفع الحظر عن تصدير الأغنام يوم الاثنين.",
	} {
		eventsOfType(t, text, "2021-05-06", "decision")
	}
}

// TestEventsCelebratedKeepsOwnPlace: an event people celebrate takes no
// place from the celebration told before it, but keeps the place its own
// words name after it (ابتهاجا بالإفراج عن الأسرى من سجن …).
func TestEventsCelebratedKeepsOwnPlace(t *testing.T) {
	text := "عنوان\n\nوتجمع المئات في مدينة جنين ابتهاجا بالإفراج عن المعتقلين من سجن مجدو."
	evs := eventsOfType(t, text, "2021-05-06", "release")
	if len(evs) > 0 {
		assert.Equal(t, "سجن مجدو", evs[0].Place, "%+v", evs)
	}
}

// TestEventsDuringRelativeNoun: خلالها in a relative clause of another noun
// (الحرب التي قتل خلالها، الأزمة التي اعتقل خلالها) tells of that noun, not
// of a meeting or a visit told before it: the act takes neither its day
// nor its place.
func TestEventsDuringRelativeNoun(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nوالتقى الوزير سالم الهاشمي السفير الإيطالي في عمان يوم الاثنين، واستعرض معه الحرب التي قتل خلالها آلاف المدنيين في سوريا.", "death"},
		{"عنوان\n\nوعقدت الهيئة اجتماعا في بنزرت يوم الاثنين، وناقشت الأزمة التي اعتقل خلالها عشرات النقابيين.", "arrest"},
	} {
		for _, e := range eventsOfType(t, c.text, "2021-05-06", c.typ) {
			assert.NotEqual(t, "2021-05-03", e.Time, "%s: %+v", c.text, e)
		}
	}
}

// TestEventsHeldAtIncidentOtherMatter: a counted arrest in a sentence
// that turns to another matter (وفي سياق منفصل، من جهة أخرى) is no arrest
// of the incident told before it and takes not its place; without such a
// turn it still does (TestEventsHeldAtIncident).
func TestEventsHeldAtIncidentOtherMatter(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقتل جنديان في هجوم على نقطة تفتيش في مدينة معان مساء الجمعة.\nوفي سياق منفصل، أوقفت الشرطة خمسة أشخاص بتهمة تزوير العملة.",
		"عنوان\n\nوأصيب أربعة مدنيين بانفجار عبوة في سوق مدينة الرمادي.\nومن جهة أخرى، اعتقلت قوات الأمن ستة أشخاص بتهمة الاتجار بالمخدرات.",
	} {
		for _, e := range eventsOfType(t, text, "2021-05-06", "arrest") {
			assert.Empty(t, e.Place, "%s: %+v", text, e)
		}
	}
	evs := eventsOfType(t, "عنوان\n\nوقتل جنديان في هجوم على نقطة تفتيش في مدينة معان مساء الجمعة.\nوأضاف المتحدث أن الشرطة أوقفت خمسة أشخاص.", "2021-05-06", "arrest")
	if len(evs) > 0 {
		assert.Equal(t, "معان", evs[0].Place, "%+v", evs)
	}
}

// TestEventsMonitorNoAllot: رصد and ترصد are also "monitor": who watches
// aid come in or be handed out (رصد المرصد دخول قافلة مساعدات) gives none;
// who sets a sum aside for it (رصدت الحكومة 5 ملايين دينار) does.
func TestEventsMonitorNoAllot(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nورصدت الشبكة الحقوقية دخول شاحنات مساعدات غذائية إلى بلدة مضايا يوم الثلاثاء.", "الشبكة الحقوقية"},
		{"عنوان\n\nوسترصد بعثة الأمم المتحدة توزيع المساعدات الطبية في مدينة تعز.", "بعثة الأمم المتحدة"},
	} {
		for _, e := range eventsOfType(t, c.text, "2021-05-06", "aid") {
			assert.NotContains(t, e.Participants, c.not, "%s: %+v", c.text, e)
			assert.NotEqual(t, "planned", e.Status, "%s: %+v", c.text, e)
		}
	}
	evs := eventsOfType(t, "عنوان\n\nورصدت الحكومة التونسية 5 ملايين دينار للمساعدات في ولاية القصرين.", "2021-05-06", "aid")
	if len(evs) > 0 {
		assert.Contains(t, evs[0].Participants, "الحكومة التونسية", "%+v", evs)
	}
}

// TestEventsDuringObservanceDay: a weekday after خلال الإضراب (أثناء
// الحداد) dates the fact told in that frame, which is past, even when a
// verb of announcing stands before it: the strike was not declared for
// the coming Sunday.
func TestEventsDuringObservanceDay(t *testing.T) {
	text := "عنوان\n\nوأعلنت مديرية الصحة إصابة خمسة عمال خلال الإضراب يوم الأحد في مدينة الزرقاء."
	for _, e := range eventsOfType(t, text, "2021-03-02", "injury", "protest") {
		assert.NotEqual(t, "2021-03-07", e.Time, "%+v", e)
		assert.NotEqual(t, "planned", e.Status, "%+v", e)
	}
}

// TestEventsOtherSensesOfNewTriggers: وضع … حجر is a first stone laid only
// with الأساس (not a quarantine, في حجر صحي, nor حجر الزاوية); جال is no
// tour in صال وجال; حرر is a release only when those freed are its
// object (not حرر تقريرا عن الرهائن).
func TestEventsOtherSensesOfNewTriggers(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nووضعت وزارة الصحة 35 عاملا في حجر صحي بمدينة نابلس يوم الاثنين.", "establish"},
		{"عنوان\n\nووضع رئيس الحكومة الليبية خطة اقتصادية تعد حجر الزاوية في إصلاح المالية العامة.", "establish"},
		{"عنوان\n\nوصال النجم محمد أبو تريكة وجال في استاد برج العرب الدولي يوم الجمعة.", "visit"},
		{"عنوان\n\nوحررت الصحفية منى الطويل مقالا عن الرهائن المحتجزين في مدينة جنين.", "release"},
	} {
		checkNotEvents(t, c.text, "2021-05-06", c.typ)
	}
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nووضع محافظ الكرك حجر الأساس لمدرسة جديدة في بلدة مؤتة يوم الاثنين.", "establish"},
		{"عنوان\n\nوحررت وحدات البحرية البحارة المخطوفين قرب ميناء بربرة يوم الاثنين.", "release"},
	} {
		eventsOfType(t, c.text, "2021-05-06", c.typ)
	}
}
