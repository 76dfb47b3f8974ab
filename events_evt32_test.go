package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsArrestNotWhereWoundedTaken: the hospital the wounded or the
// dead were carried to (نقلت سيارات الإسعاف المصابين إلى مستشفى …) is where
// they went after the incident, not where a later clause's arrest was
// made: the arrest, ordered or made, takes no place from it, nor the
// incident's place lent across it. An arrest whose own clause names a
// place keeps it. Sentences written for this test.
func TestEventsArrestNotWhereWoundedTaken(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nأصيب خمسة أشخاص في تصادم حافلتين على طريق المنيا الصحراوي، ونقل المصابون إلى مستشفى ملوي العام، وأمرت النيابة العامة بحبس سائق الحافلة.", ""},
		{"عنوان\n\nوقع حادث سير مساء الجمعة، ونقلت سيارات الإسعاف الجثث إلى مستشفى طنطا الجامعي، وقررت النيابة العامة حبس السائق أربعة أيام.", ""},
		{"عنوان\n\nونقلت سيارات الإسعاف الجرحى إلى مستشفى سوهاج العام، وأمرت النيابة بالتحفظ على مالك المصنع في مدينة أخميم.", "أخميم"},
	} {
		evs := eventsOfType(t, c.text, "2025-10-18", "arrest")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsBranchAnnouncerArrests: a body named with its branch and the
// branch's city (جهاز المباحث الجنائية فرع صبراتة، مديرية الأمن فرع
// الزاوية) that announces an arrest made it, and there: the city after
// the branch's noun ends the announcer and is the arrest's place.
// Sentences written for this test.
func TestEventsBranchAnnouncerArrests(t *testing.T) {
	for _, c := range []struct{ text, who, place string }{
		{"عنوان\n\nوأعلن جهاز الأمن الداخلي فرع مصراتة القبض على خمسة أشخاص يشتبه في تهريب الوقود.", "جهاز الأمن الداخلي", "مصراتة"},
		{"عنوان\n\nكما أعلن جهاز المباحث الجنائية فرع طرابلس القبض على ثلاثة مطلوبين في قضايا سرقة.", "جهاز المباحث الجنائية", "طرابلس"},
	} {
		evs := eventsOfType(t, c.text, "2024-03-10", "arrest")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsStatementDatedByMediumBeforePronounClause: a communiqué set off
// by commas after the speech verb (أعلنت المنظمة، في بيان صدر اليوم الإثنين،
// أنها …) dates the statement when what was said opens with a
// complementizer that carries its subject's pronoun (أنه، أنها، أنهم),
// as it does before a bare أن. Sentences written for this test.
func TestEventsStatementDatedByMediumBeforePronounClause(t *testing.T) {
	for _, c := range []struct{ text, when string }{
		{"عنوان\n\nوأعلنت منظمة الصحة العالمية، في بيان صدر اليوم الأربعاء، أنها سترسل فريقا من الخبراء إلى المنطقة.", "2025-03-12"},
		{"عنوان\n\nوذكر الهلال الأحمر التركي، في بيان نشره أمس، أنه يواصل عمليات الإغاثة في المناطق المنكوبة.", "2025-03-11"},
	} {
		evs := eventsOfType(t, c.text, "2025-03-12", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.when, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsCallForTendersIsNoAppeal: طلب before عروض is the noun of a
// call for tenders (ستطلق الوكالة طلب عروض جديدا، أطلقت الشركة طلب العروض),
// a procurement step, no appeal; the verb طلب before its subject or
// object still asks. Sentences written for this test.
func TestEventsCallForTendersIsNoAppeal(t *testing.T) {
	checkNotEvents(t, "عنوان\n\nوأكد المدير أن الوكالة المغربية للطاقة المستدامة ستطلق الشهر المقبل طلب عروض دوليا لبناء محطة شمسية.", "2025-11-20", "appeal")
	checkNotEvents(t, "عنوان\n\nوأطلقت الشركة الوطنية للكهرباء طلب العروض الخاص بالمحطة في مارس الماضي.", "2025-11-20", "appeal")
	eventsOfType(t, "عنوان\n\nوطلب وزير الخارجية أحمد عطاف من السفير تقديم توضيحات.", "2025-11-20", "appeal")
}

// TestEventsLeadProtestInDatelineCity: a strike or a sit-in told by the
// story's first sentence with no place of its own is in the city the
// story was filed from (its dateline, a section of its own or opening the
// sentence); a protest of a later sentence takes none from it.
// Sentences written for this test.
func TestEventsLeadProtestInDatelineCity(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nتونس (وات) - نفذ أعوان الشركة الوطنية للنقل، اليوم الثلاثاء، إضرابا عن العمل للمطالبة بتسوية وضعياتهم المهنية.", "تونس"},
		{"عنوان\n\nالرباط –\n\nخاض الأطباء الداخليون، يومي الأربعاء والخميس، إضرابا وطنيا عن العمل احتجاجا على ظروف التكوين.", "الرباط"},
		{"عنوان\n\nالرباط –\n\nأعلنت وزارة الصحة تمديد الحجر الصحي. ونفذ الأطباء الداخليون إضرابا عن العمل يوم الخميس.", ""},
	} {
		evs := eventsOfType(t, c.text, "2025-03-12", "protest")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsPlaceBetweenLightVerbAndBareDate: في + place told right after a
// light verb of holding or chairing, before a date with no commas and the
// meeting noun (ترأس الوزير في الرباط صباح أمس اجتماعا), is the meeting's
// place, as it is with the date set off by commas. Sentences written for
// this test.
func TestEventsPlaceBetweenLightVerbAndBareDate(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوترأس رئيس الحكومة عزيز أخنوش في الرباط صباح أمس اجتماعا للجنة الوزارية لتتبع البرنامج.", "الرباط"},
		{"عنوان\n\nوكان الوزير أيمن الصفدي قد عقد في عمان يوم الأحد الماضي لقاء مع السفراء العرب.", "عمان"},
	} {
		evs := eventsOfType(t, c.text, "2025-03-12", "meet")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsVisitToTheHospital: زار with the hospital the story told of as
// its object (وزار الوزير المستشفى صباح اليوم) is a visit, told by its
// visitor alone, as a visit to the site of an incident is. Sentences
// written for this test.
func TestEventsVisitToTheHospital(t *testing.T) {
	text := "عنوان\n\nاندلع حريق في مستشفى الكندي ببغداد فجر اليوم. وزار وزير الصحة صالح الحسناوي المستشفى بعد ساعات، واطلع على أوضاع المصابين."
	evs := eventsOfType(t, text, "2026-01-14", "visit")
	if assert.Len(t, evs, 1, text) {
		assert.Equal(t, []string{"صالح الحسناوي"}, evs[0].Participants, "%+v", evs)
	}
}

// TestEventsRaidOfArrest: a raid told after في or خلال right after an
// arrest (اعتقال خمسة مطلوبين في مداهمات نفذتها الشرطة فجر اليوم في حي X)
// is how the arrest was made, no assault of its own: the arrest takes
// its place and time. Sentences written for this test.
func TestEventsRaidOfArrest(t *testing.T) {
	text := "عنوان\n\nوأعلن مدير الشرطة العميد سالم الحربي اعتقال خمسة مطلوبين في مداهمات نفذتها قوات الأمن فجر اليوم في حي الشيخ عثمان."
	checkNotEvents(t, text, "2025-03-12", "attack")
	evs := eventsOfType(t, text, "2025-03-12", "arrest")
	if assert.Len(t, evs, 1, text) {
		assert.Equal(t, "الشيخ عثمان", evs[0].Place, "%+v", evs)
		assert.Equal(t, "2025-03-12", evs[0].Time, "%+v", evs)
	}
}
