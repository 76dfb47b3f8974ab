package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsComingFromNotNext: القادم من / القادمة من after an event is
// "coming from" a place, so the event is told as done; القادم alone
// (الأسبوع القادم) still makes it one to come.
func TestEventsComingFromNotNext(t *testing.T) {
	for _, c := range []struct{ text, typ, status string }{
		{"عنوان\n\nوهاجمت الكتيبة القادمة من مصراتة مواقع للقوات الحكومية جنوب المدينة.", "attack", "past"},
		{"عنوان\n\nوقصفت المدفعية القوافل القادمة من الحدود الشمالية.", "attack", "past"},
		{"عنوان\n\nواعتقلت الشرطة الصحفي أحمد علي القادم عبر مطار بيروت.", "arrest", "past"},
		{"عنوان\n\nويزور الرئيس المغربي مدينة وجدة الأسبوع القادم.", "visit", "planned"},
		{"عنوان\n\nوتعقد اللجنة اجتماعها القادم في عمان.", "meet", "planned"},
	} {
		checkFirstStatus(t, c.text, "2019-04-10", c.typ, c.status)
	}
}

// checkFirstStatus checks the status of the first event of type typ in
// text.
func checkFirstStatus(t *testing.T, text, ref, typ, status string) {
	t.Helper()
	evs := eventsOfType(t, text, ref, typ)
	require.NotEmpty(t, evs, text)
	assert.Equal(t, status, evs[0].Status, "%s: %+v", text, evs)
}

// TestEventsDefiniteNamesItsOwnWord: a definite event noun told again
// (جراء الغارات التي طالت بلدة …) is the event told before with the same
// word, not another of its type told between them (قصفت المدفعية …): the
// strikes take its place.
func TestEventsDefiniteNamesItsOwnWord(t *testing.T) {
	text := "عنوان\n\nوشنت الطائرات الحربية منذ مساء الجمعة عشرات الغارات على مواقع المسلحين، فيما قصفت المدفعية طرق الإمداد قرب مدينة الرستن.\n" +
		"وقال المرصد إن 20 مسلحا قتلوا في المعارك منذ الجمعة. وأشار مدير المرصد إلى مقتل سبعة مدنيين، بينهم طفلان، جراء الغارات التي طالت بلدة الزعفرانة وقرى مجاورة."
	evs := eventsOfType(t, text, "2019-04-10", "attack")
	require.Len(t, evs, 2, "%+v", evs)
	assert.Equal(t, "الغارات", evs[0].Trigger, "%+v", evs)
	assert.Equal(t, "الزعفرانة", evs[0].Place, "%+v", evs)
}

// TestEventsReporterDoesNotDoTheAct: a statement verb after ما (وفق ما
// ذكره، بحسب ما أعلنه، مثلما قال) has ما as its object: the event noun
// after its subject is not what it announced, so the reporter takes no
// part in it. كما at a clause's start is "also": كما أعلن الصندوق عن جسر
// جوي is the fund's news, and its own airlift.
func TestEventsReporterDoesNotDoTheAct(t *testing.T) {
	for _, c := range []struct{ text, typ, reporter string }{
		{"عنوان\n\nووقعت الوزيرة سلمى الحسن وفق ما ذكره الناطق باسم الحكومة علي السعدي مذكرة تفاهم مع البنك الدولي.", "agreement", "علي السعدي"},
		{"عنوان\n\nوعقد وزير الخارجية ماهر فارس بحسب ما أعلنه المتحدث سمير ديب اجتماعا مع السفير الفرنسي.", "meet", "سمير ديب"},
	} {
		for _, e := range eventsOfType(t, c.text, "2021-05-03", c.typ) {
			assert.NotContains(t, e.Participants, c.reporter, "%s: %+v", c.text, e)
		}
	}
	text := "عنوان\n\nووصلت أمس إلى مطار الخرطوم طائرة إغاثة سعودية. كما أعلن صندوق الكويت للتنمية عن جسر جوي من أربع طائرات يبدأ الأحد المقبل."
	evs := eventsOfType(t, text, "2021-05-03", "aid")
	assert.Contains(t, evs[len(evs)-1].Participants, "صندوق الكويت للتنمية", "%+v", evs)
}

// TestEventsWorkingAtIsUnderWay: what one works at (تعمل الحكومة على
// إنشاء، يعكف الفريق على) is under way, not told as done; what one
// worked at and did (عملت على) stays past.
func TestEventsWorkingAtIsUnderWay(t *testing.T) {
	for _, c := range []struct{ text, typ, status string }{
		{"عنوان\n\nوتعمل وزارة الكهرباء على إنشاء محطة جديدة في محافظة نينوى.", "establish", "ongoing"},
		{"عنوان\n\nوتعكف الشركة على إنشاء مصنع جديد في مدينة حمص.", "establish", "ongoing"},
		{"عنوان\n\nوعملت وزارة الكهرباء على إنشاء محطة جديدة في محافظة نينوى.", "establish", "past"},
		{"عنوان\n\nوأنشأت وزارة الكهرباء محطة جديدة في محافظة نينوى.", "establish", "past"},
	} {
		checkFirstStatus(t, c.text, "2021-05-03", c.typ, c.status)
	}
}
