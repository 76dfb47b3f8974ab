package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPlacesTiedToEvent: the place an event is tied to, told past
// what was read before: the crossing refugees pass through (عبر معبر
// المصنع), the place a meeting was held told in a relative clause after
// a comma (، الذي عقد في … بالرياض), where a toll's cause struck after a
// comma (، جراء زلزال … ضرب إقليم تازة), where a country's strike fell
// (قصفت إسرائيل مواقع في حلب), and a place that is the object of a verb
// whose subject is the event noun (هز دمشق انفجار).
func TestEventsPlacesTiedToEvent(t *testing.T) {
	for _, c := range []struct {
		text, typ, place string
	}{
		{"عنوان\n\nعبر أكثر من 900 نازح الحدود إلى لبنان عبر معبر المصنع مساء الأحد.", "displacement", "معبر المصنع"},
		{"عنوان\n\nوقالت المنظمة إن 3 آلاف لاجئ نزحوا إلى تركيا عبر معبر باب الهوى خلال يومين.", "displacement", "معبر باب الهوى"},
		{"عنوان\n\nواختتمت أعمال اجتماع اللجنة الوزارية المشتركة بين البلدين، الذي عقد في المقر الرئاسي بالرياض مساء الأحد.", "meet", "الرياض"},
		{"عنوان\n\nوصدر البيان في ختام اجتماع المجلس التنسيقي بين الجانبين، الذي انعقد في المجمع الحكومي بالدوحة.", "meet", "الدوحة"},
		{"عنوان\n\nلقي خمسة أشخاص حتفهم وأصيب 40 آخرون بجروح طفيفة، جراء زلزال بقوة 6 درجات على سلم ريشتر ضرب ليلة الأحد إقليم تازة.", "injury", "تازة"},
		{"عنوان\n\nقصفت إسرائيل مواقع عسكرية في حلب فجر الأحد.", "attack", "حلب"},
		{"عنوان\n\nقصفت تركيا مواقع للمسلحين في قضاء سنجار مساء الأحد.", "attack", "سنجار"},
		{"عنوان\n\nهز حمص انفجار عنيف صباح الأحد.", "attack", "حمص"},
		{"عنوان\n\nوضرب الموصل هجوم انتحاري مساء الأحد.", "attack", "الموصل"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", c.typ)
		if len(evs) == 0 {
			continue // eventsOfType failed the test
		}
		assert.Contains(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		assert.NotEmpty(t, evs[0].Place, "%s: %+v", c.text, evs[0])
	}
	// The country that strikes stays the attacker.
	evs := eventsOfType(t, "عنوان\n\nقصفت إسرائيل مواقع عسكرية في حلب فجر الأحد.", "2021-03-04", "attack")
	assert.Contains(t, evs[0].Participants, "إسرائيل", "%+v", evs[0])
	// A refugee's way told by a medium is no crossing point; the country
	// they reach stays the place.
	evs = eventsOfType(t, "عنوان\n\nوقالت المنظمة عبر موقعها إن 3 آلاف لاجئ نزحوا إلى تركيا خلال يومين.", "2021-03-04", "displacement")
	assert.Equal(t, "تركيا", evs[0].Place, "%+v", evs[0])
}

// TestEventsCoChairs: two who chair a meeting together (برئاسة فلان،
// وفخامة الرئيس فلان) both take part, and the place after the second
// stays the meeting's; a clause after the comma (وقال فلان) is not a
// co-chair.
func TestEventsCoChairs(t *testing.T) {
	for _, c := range []struct {
		text, place string
		who         []string
	}{
		{"عنوان\n\nوعقدت القمة برئاسة الرئيس سامر حمدان، وفخامة الرئيس خالد العلي في الجزائر مساء الأحد.",
			"الجزائر", []string{"سامر حمدان", "خالد العلي"}},
		{"عنوان\n\nوعقد اجتماع اللجنة العليا برئاسة ولي العهد الأمير فيصل بن سعود، والرئيس سامر حمدان.",
			"", []string{"فيصل بن سعود", "سامر حمدان"}},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "meet")
		if !assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			continue
		}
		for _, w := range c.who {
			assert.Contains(t, evs[0].Participants, w, "%s: %+v", c.text, evs[0])
		}
		if c.place != "" {
			assert.Equal(t, c.place, evs[0].Place, "%+v", evs[0])
		}
	}
	for _, e := range eventsOfType(t, "عنوان\n\nوعقد الاجتماع برئاسة الرئيس سامر حمدان، وقال الوزير خالد العلي إن النتائج جيدة.", "2021-03-04", "meet") {
		assert.NotContains(t, e.Participants, "خالد العلي", "%+v", e)
	}
}
