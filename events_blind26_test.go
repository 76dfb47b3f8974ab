package naba

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDeathVerbPhraseSharesWithInjury: لقي … حتفهم is one verb
// phrase however long its subject; an injury joined by و right after it
// (لقي X حتفهم، وأصيب Y، فجر أمس …) is the toll's second part, so the
// deaths take the time and place told after the injury. Two deaths told
// apart keep their own. Sentences written for this test.
func TestEventsDeathVerbPhraseSharesWithInjury(t *testing.T) {
	for _, c := range []struct{ text, time string }{
		{"عنوان\n\nلقي سبعة أشخاص بين عمال وسائقين حتفهم، وأصيب 14 آخرون بجروح، مساء الأحد، في انهيار جسر قيد الإنشاء بمدينة الحلة.", "2024-05-12"},
		{"عنوان\n\nلقي 4 من أفراد أسرة واحدة مصرعهم، وأصيب ثلاثة آخرون، فجر الاثنين، إثر حريق اندلع في منزلهم بمدينة الزرقاء.", "2024-05-13"},
	} {
		evs := eventsOfType(t, c.text, "2024-05-14", "death")
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsDayOfEventAside: a day named by what happened on it, set off
// by commas (، يوم الاقتراع، / ، ليلة الحادث،), is a time aside like
// ، يوم الأحد،: the persons held after it are still the verb's object.
// Work stopped after it is still no arrest. Sentences written for this
// test.
func TestEventsDayOfEventAside(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوأوقفت عناصر الدرك الوطني بولاية البويرة، يوم الاقتراع، ثلاثة أشخاص بتهمة تمزيق ملصقات المترشحين.", true},
		{"عنوان\n\nوأوقفت الشرطة الإسبانية، ليلة الحادث، شخصين يشتبه في تورطهما في الحريق.", true},
		{"عنوان\n\nوأوقفت الوزارة، يوم الحادث، العمل في المصنع إلى حين انتهاء التحقيق.", false},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "arrest" }), "%s: %+v", c.text, evs)
	}
}

// TestEventsOpenedRoadOrBridge: the Egyptian press's road or bridge
// (محور كلابشة، كوبري الجلاء) and a tunnel are facilities opened, also past
// the subject's office and a time set off by commas; a theme named محور
// (محور التنمية) is no road. Sentences written for this test.
func TestEventsOpenedRoadOrBridge(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nافتتح وزير النقل محور الضبعة الجديد بتكلفة 4 مليارات جنيه.", true},
		{"عنوان\n\nافتتح المهندس أحمد سمير، محافظ سوهاج، صباح اليوم، كوبري أخميم العلوي بعد تطويره.", true},
		{"عنوان\n\nوافتتح الوزير نفق الشهيد عبد المنعم رياض أمام حركة السيارات.", true},
		{"عنوان\n\nافتتح الوزير أعمال الملتقى الذي يناقش محور التنمية المستدامة في الصعيد.", false},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "establish" }), "%s: %+v", c.text, evs)
	}
}

// TestEventsDonationInKind: تبرع with goods counted after its ب (بـ 24
// حافلة، بعشر سيارات إسعاف) is aid as money given is; persons counted
// after it (بـ 30 متطوعا) and blood given by people counted before it are
// not. Sentences written for this test.
func TestEventsDonationInKind(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوتبرعت شركة الاتصالات المغربية بـ 40 حاسوبا لفائدة مدارس إقليم تازة.", true},
		{"عنوان\n\nوتبرعت مؤسسة خليفة بن زايد للأعمال الإنسانية بخمس سيارات إسعاف لمستشفى المكلا.", true},
		{"عنوان\n\nوتبرعت جمعية الهلال الأحمر بـ 30 متطوعا للحملة في مدينة سطيف.", false},
		{"عنوان\n\nوتبرع 300 شخص بالدم لمستشفى المكلا خلال الحملة.", false},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "aid" }), "%s: %+v", c.text, evs)
	}
}

// TestEventsParticipleAppealCallsOn: the one a circumstantial participle
// of appealing names right before what is asked (داعيا الجامعة العربية
// إلى، مطالبة البرلمان بـ) is called on and takes part, as after a verb;
// the speaker stays the statement's. Sentences written for this test.
func TestEventsParticipleAppealCallsOn(t *testing.T) {
	for _, c := range []struct{ text, speaker, called string }{
		{"عنوان\n\nوقال وزير الخارجية التونسي نبيل عمار إن الوضع مقلق، داعيا جامعة الدول العربية إلى عقد اجتماع طارئ.", "نبيل عمار", "جامعة الدول العربية"},
		{"عنوان\n\nوأكدت منظمة هيومن رايتس ووتش أن الاعتقالات تعسفية، مطالبة مجلس الأمن الدولي بالتحرك العاجل.", "منظمة هيومن رايتس ووتش", "مجلس الأمن الدولي"},
	} {
		evs := eventsOfType(t, c.text, "2024-05-14", "appeal")
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, c.speaker, evs[0].Participants[0], "%s: %+v", c.text, evs)
			assert.Contains(t, evs[0].Participants, c.called, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsMeetingAttendedBy: the persons named after بحضور take part in
// the meeting, also when the meeting's own words (its body, where it was
// held) run long before it and a comma stands between. Sentences written
// for this test.
func TestEventsMeetingAttendedBy(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nترأس محافظ ظفار اجتماعا طارئا للجنة الدائمة بمقر المحافظة، بحضور العميد سالم بن علي المعشني.", "سالم بن علي المعشني"},
		{"عنوان\n\nعقد وزير الزراعة أمس اجتماعا موسعا للجنة الفنية الدائمة بمقر الوزارة، بحضور المهندس سعيد بن علي الحارثي.", "سعيد بن علي الحارثي"},
	} {
		evs := eventsOfType(t, c.text, "2024-05-14", "meet")
		if assert.NotEmpty(t, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}
