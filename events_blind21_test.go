package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSayingJoinedToAct: a verb of saying or calling joined by و to
// an act of the same sentence, with no subject of its own (وكان الوزير
// قد زار المدينة، وقال إن; التقى الرئيس نظيره، ودعا إلى), is said by the
// one who did that act; after a statement in the sentence the speaker
// goes on instead (قال الوزير إن القوات اعتقلت ثلاثة، وأضاف), and a verb
// that does not agree with the act's keeps no subject.
func TestEventsSayingJoinedToAct(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوكان محافظ البنك المركزي رامي السعدي قد زار مدينة صيدا صباح الخميس، وقال للصحفيين إن المصارف ستفتح أبوابها.", "statement", "رامي السعدي"},
		{"عنوان\n\nواستقبل وزير الزراعة نبيل الخوري في مكتبه وفدا من المزارعين، ودعا البلديات إلى دعم التعاونيات.", "appeal", "نبيل الخوري"},
		{"عنوان\n\nوتفقدت الوزيرة ليلى الصافي أمس مستشفى المدينة، وأكدت أن الأجهزة الجديدة ستصل قريبا.", "statement", "ليلى الصافي"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", c.typ)
		if len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
	// A head named by a title alone receives the one named: he does not speak.
	for _, e := range eventsOf(t, "عنوان\n\nواستقبل الأمير الوزير سعيد الكندي في القصر، ودعا إلى تعزيز التعاون.", "2021-05-06") {
		if e.Type == "appeal" {
			assert.NotContains(t, e.Participants, "سعيد الكندي", "%+v", e)
		}
	}
	// The speaker of the sentence keeps its statements.
	evs := eventsOfType(t, "عنوان\n\nقال المتحدث باسم الشرطة فادي النمر إن الدورية اعتقلت ثلاثة مهربين قرب الحدود، وأضاف أن التحقيق مستمر.", "2021-05-06", "statement")
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "الدورية", "%+v", evs)
	}
}

// TestEventsTourInaugurateFree: touring a town's sites (جال على، يجول
// في، جولة تفقدية) is a visit; inaugurating a facility (دشن محطة، تدشين
// مصنع، with who oversees it: أشرف الوزير على تدشين) or laying a work's
// first stone (وضع حجر الأساس) establishes it, but a campaign or a line
// launched does not; freeing hostages, a crew or a seized ship (حرر،
// تحرير الرهائن) is a release, taking a town back is not.
func TestEventsTourInaugurateFree(t *testing.T) {
	for _, c := range []struct{ text, typ, who, place string }{
		{"عنوان\n\nوجال وزير الصحة محمد عرقاب صباح اليوم على مستشفيات مدينة حمص.", "visit", "محمد عرقاب", "حمص"},
		{"عنوان\n\nوقام الوزير محمد عرقاب بجولة تفقدية في مدينة بسكرة.", "visit", "محمد عرقاب", "بسكرة"},
		{"عنوان\n\nوأشرف الوزير محمد عرقاب أمس على تدشين مصنع للأسمدة في مدينة وهران.", "establish", "محمد عرقاب", "وهران"},
		{"عنوان\n\nودشن الوزير محمد عرقاب أمس مستشفى جديدا في مدينة سطيف.", "establish", "محمد عرقاب", "سطيف"},
		{"عنوان\n\nووضع الوزير محمد عرقاب أمس حجر الأساس لمدرسة جديدة في مدينة بسكرة.", "establish", "محمد عرقاب", "بسكرة"},
		{"عنوان\n\nوحررت البحرية الفرنسية أمس البحارة المخطوفين قبالة جيبوتي.", "release", "البحرية الفرنسية", "جيبوتي"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", c.typ)
		if len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
	checkNotEvents(t, "عنوان\n\nوقررت اللجنة أمس تدشين حملة لتعقيم خزانات المياه في مدينة تعز.", "2021-05-06", "establish")
	checkNotEvents(t, "عنوان\n\nوحرر الجيش مدينة الرمادي من التنظيم عام 2015.", "2021-05-06", "release")
}

// TestEventsPressPlaceAfterTownWord: the place of a press conference, or
// of any setting of a statement, written with its town word (في مدينة
// سوسة، بمدينة قابس، في محافظة المنيا) is where the statement was made,
// as the bare name is (في سوسة، بقابس).
func TestEventsPressPlaceAfterTownWord(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوقال المتحدث باسم الوزارة سامي الطرابلسي، في مؤتمر صحفي عقده أمس في مدينة سوسة، إن الموسم سينطلق قريبا.", "سوسة"},
		{"عنوان\n\nوأكد الوزير سامي الطرابلسي خلال مؤتمر صحفي بمدينة قابس أن المشروع سينتهي العام المقبل.", "قابس"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", "statement")
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}
