package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsStatementPlaceInAsideBeforeAnnouncedNoun: a statement whose
// verb takes an event noun as its object (أعلن فلان … تريثه، أعلن … فوز
// فلان) and tells where it was made in an aside set off by commas before
// that object (من القصر الجمهوري في بعبدا، في مؤتمر صحفي عقده في مقر
// الهيئة بضاحية X) was made there, as one whose words follow إن. A place
// head with ب before the name (بضاحية، بحي، بمنطقة، بولاية) sets the
// place as ب on the name does. Sentences written for this test.
func TestEventsStatementPlaceInAsideBeforeAnnouncedNoun(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوأعلن رئيس الحكومة الأردنية هاني الملقي، مساء اليوم الأحد، من قصر الحسينية في عمان، استقالة حكومته.", "عمان"},
		{"عنوان\n\nوأعلن رئيس اللجنة العليا للانتخابات المستشار محمود حسن، في مؤتمر صحفي عقده اليوم في مقر اللجنة بحي الدقي، فوز المرشح أحمد علي بمقعد الدائرة.", "الدقي"},
		{"عنوان\n\nوقال وزير الداخلية في مؤتمر صحفي عقده في مقر الوزارة بضاحية مصر الجديدة إن الأمن مستتب.", "مصر الجديدة"},
	} {
		evs := eventsOfType(t, c.text, "2025-06-01", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsSpeechDatedByItsOccasion: words said at an occasion told
// before them (في كلمة خلال حفل الافتتاح، في كلمة بالمناسبة، في تصريح عقب
// الجولة) were said on the occasion's day: the statement with no day of
// its own takes the day of the opening, the signing or the tour before
// it. A statement with no occasion takes none. Sentences written for this
// test.
func TestEventsSpeechDatedByItsOccasion(t *testing.T) {
	for _, c := range []struct{ text, when string }{
		{"عنوان\n\nافتتح وزير الصحة محمد الأمين، أمس الأحد، مستشفى الولادة الجديد في مدينة كسلا بسعة ٢٠٠ سرير.\n\nوقال الوزير في كلمة خلال حفل الافتتاح إن المستشفى سيخدم أكثر من مليون نسمة.", "2025-05-04"},
		{"عنوان\n\nوقعت وزارة الطاقة وشركة سيمنس، أمس الأحد في بغداد، عقدا لتأهيل محطات الكهرباء.\n\nوأوضح وزير الطاقة فاضل الحسن، في كلمة بالمناسبة، أن العقد سيضيف ألفي ميغاواط.", "2025-05-04"},
		{"عنوان\n\nوتفقد والي الجزيرة الطاهر عبد الله، أمس الأحد، القرى التي غمرتها المياه، وأكد في تصريح صحفي عقب الجولة أن السلطات تعمل على إيواء المتضررين.", "2025-05-04"},
		{"عنوان\n\nافتتح وزير الصحة محمد الأمين، أمس الأحد، مستشفى الولادة الجديد في مدينة كسلا.\n\nوقال مدير المستشفى عمر صالح إن العمل سيبدأ الشهر المقبل.", ""},
	} {
		evs := eventsOfType(t, c.text, "2025-05-05", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.when, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsSignedDateOfAnotherText: a date after "الموقعة في" or "المبرم
// في" (the one signed on, the one concluded on) is the day another text
// was signed, not the day of the signing told: the signing keeps its own
// day told before. Sentences written for this test.
func TestEventsSignedDateOfAnotherText(t *testing.T) {
	for _, c := range []struct{ text, when string }{
		{"عنوان\n\nوقع وزير الخارجية المغربي ناصر بوريطة ونظيره الإسباني خوسيه مانويل ألباريس، أمس الأحد، في قصر المونكلوا بمدريد، مذكرة تفاهم جديدة للتعاون الأمني، تحل محل المذكرة الموقعة في 5 مارس 2012.", "2025-05-04"},
		{"عنوان\n\nوقع وزير الطاقة الأردني صالح الخرابشة ونظيره العراقي فاضل الحسن، أمس الأحد، في عمان، مذكرة تفاهم جديدة للربط الكهربائي، تعدل المذكرة المبرمة في 14 يناير 2019.", "2025-05-04"},
	} {
		evs := eventsOfType(t, c.text, "2025-05-05", "agreement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.when, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsRequestHandledByOthers: a body that receives, refers, weighs or
// answers a request (أحال المجلس طلب استجواب، تلقى المجلس طلبا من الحكومة،
// ناقش المجلس طلب الشركة) does not ask anything itself: the call is not
// its own (the one whose request it is may still ask). A body that files
// the request (قدم النائب طلب استجواب) or asks (طلب المجلس من الحكومة)
// still does. Sentences written for this test.
func TestEventsRequestHandledByOthers(t *testing.T) {
	for _, c := range []struct{ text, body string }{
		{"عنوان\n\nأحال مجلس النواب طلب استجواب وزير الصحة إلى لجنة الشؤون القانونية.", "مجلس النواب"},
		{"عنوان\n\nوتلقى مجلس الشورى طلبا من الحكومة بتمديد العمل بالقانون.", "مجلس الشورى"},
		{"عنوان\n\nوناقش مجلس الوزراء طلب الشركة الوطنية للنفط تمديد العقد.", "مجلس الوزراء"},
	} {
		for _, e := range eventsOf(t, c.text, "2025-05-05") {
			if e.Type == "appeal" {
				assert.NotContains(t, e.Participants, c.body, "%s: %+v", c.text, e)
			}
		}
	}
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوقدم النائب محمد الدلال طلب استجواب لوزير المالية.", "محمد الدلال"},
		{"عنوان\n\nوطلب مجلس النواب من الحكومة تقديم تقرير عن الموازنة.", "مجلس النواب"},
	} {
		evs := eventsOfType(t, c.text, "2025-05-05", "appeal")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsTollDatedInItsOwnClause: a toll told in a clause opened by
// فيما or بينما takes no day from the clause before it when its own
// clause tells one, and a toll with no day of its own takes its cause's
// day (أصيب ثلاثة بانفجار لغم … يوم الأحد الماضي). Sentences written for
// this test.
func TestEventsTollDatedInItsOwnClause(t *testing.T) {
	for _, c := range []struct{ text, when string }{
		{"عنوان\n\nوكانت وحدات الهندسة قد فككت أمس الثلاثاء عبوتين ناسفتين على طريق حمص - تدمر، فيما أصيب أربعة مدنيين، بينهم طفلان، بانفجار لغم أرضي قرب قرية الفرقلس يوم الأحد الماضي.", "2025-05-04"},
		{"عنوان\n\nوافتتح الوزير أمس الثلاثاء مركزا صحيا في المدينة، بينما أصيب ثلاثة جنود بانفجار عبوة ناسفة قرب بلدة القريتين يوم الأحد الماضي.", "2025-05-04"},
	} {
		evs := eventsOfType(t, c.text, "2025-05-07", "injury")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.when, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}
