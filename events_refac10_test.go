package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsSignerPastReport: a clause telling whose report it is (وفق
// ما ذكره المتحدث فلان، بحسب ما أعلنه مكتبه، مثلما أعلنه) between the
// light verb's subject and its noun is passed over: the subject signs,
// the reporter does not.
func TestEventsSignerPastReport(t *testing.T) {
	for _, c := range []struct{ text, signer, reporter string }{
		{"عنوان\n\nووقعت الوزيرة سلمى الحسن، وفق ما ذكره الناطق باسم الحكومة علي السعدي، مذكرة تفاهم مع البنك الدولي.", "سلمى الحسن", "علي السعدي"},
		{"عنوان\n\nووقع وزير المالية كريم يوسف وفق ما ذكره الناطق سمير ديب اتفاقية قرض مع صندوق النقد الدولي.", "كريم يوسف", "سمير ديب"},
		{"عنوان\n\nووقع وزير المالية كريم يوسف، بحسب ما أعلنه مكتبه، اتفاقية قرض مع صندوق النقد الدولي.", "كريم يوسف", ""},
		{"عنوان\n\nووقع وزير المالية كريم يوسف، مثلما أعلنه مكتبه، اتفاقية قرض مع صندوق النقد الدولي.", "كريم يوسف", ""},
	} {
		evs := eventsOfType(t, c.text, "2021-05-03", "agreement")
		require.NotEmpty(t, evs, c.text)
		assert.Contains(t, evs[0].Participants, c.signer, "%s: %+v", c.text, evs)
		if c.reporter != "" {
			assert.NotContains(t, evs[0].Participants, c.reporter, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsPlaceNotWhereItCameFrom: the place after القادم من / القادمة
// من right after the event noun is where the thing came from (ComingFrom),
// not where the event was: the aid lands where the sentence says it
// arrived. What is struck is where it stands: the supply lines from a
// region keep it.
func TestEventsPlaceNotWhereItCameFrom(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nووصلت إلى مطار مصراتة في ليبيا أمس أولى طائرات المساعدات القادمة من الجزائر.", "aid", "مصراتة"},
		{"عنوان\n\nووصلت قافلة المساعدات القادمة من الأردن إلى مدينة درعا مساء الأحد.", "aid", "درعا"},
		{"عنوان\n\nوقصفت المدفعية قوافل الإمداد القادمة من ريف حلب الشمالي.", "attack", "ريف حلب الشمالي"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-03", c.typ)
		require.NotEmpty(t, evs, c.text)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
}

// TestEventsPromiseThatAfterName: a promise told with أن after the
// promiser's name (تعهد الرئيس فلاديمير بوتين أن …) is a statement: its
// trigger's check and the pipeline read what is promised alike
// (events.PromisedAfter), past the ب that begins a name.
func TestEventsPromiseThatAfterName(t *testing.T) {
	text := "عنوان\n\nوتعهد الرئيس فلاديمير بوتين أن تواصل روسيا دعم الحكومة السورية."
	evs := eventsOfType(t, text, "2021-05-03", "statement")
	require.NotEmpty(t, evs, text)
	assert.Equal(t, "تعهد", evs[0].Trigger, "%+v", evs)
	// A title with no mark at its end: the body's first ب-word is no act
	// promised (the check stops at the line's end).
	checkNotEvents(t, "تعهد رئيس الحكومة سامي فؤاد\n\nبموجب القرار الجديد تبدأ الوزارات العمل بالنظام الإلكتروني.", "2021-05-03", "statement")
}

// TestEventsCallInHisMedium: a call told in its maker's own text (في
// رسالته، في بيانه) before what it asks keeps the last speaker, as one
// told in a tweet does (speechMediumAt reads the text nouns lastSpeaker
// reads, isTextMedium).
func TestEventsCallInHisMedium(t *testing.T) {
	text := "عنوان\n\nوقال وزير الخارجية نبيل فهمي إن الوضع في المدينة خطير. وطالب الأمم المتحدة في رسالته بالتدخل العاجل."
	evs := eventsOfType(t, text, "2021-05-03", "appeal")
	require.NotEmpty(t, evs, text)
	assert.Contains(t, evs[0].Participants, "نبيل فهمي", "%+v", evs)
}

// TestEventsCallPastSetOff: a call noun after its light verb (وجه، أطلق)
// keeps the verb's subject when a time or a report set off by commas
// stands between (وجهت الوزيرة، بحسب ما أفاد به مكتبها، دعوة إلى …).
func TestEventsCallPastSetOff(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nووجهت وزيرة التضامن هالة منصور، بحسب ما أفاد به مكتبها، دعوة إلى رجال الأعمال للتبرع.",
		"عنوان\n\nووجهت وزيرة التضامن هالة منصور، مساء الأحد، دعوة إلى رجال الأعمال للتبرع.",
	} {
		evs := eventsOfType(t, text, "2021-05-03", "appeal")
		require.NotEmpty(t, evs, text)
		assert.Contains(t, evs[0].Participants, "هالة منصور", "%s: %+v", text, evs)
	}
}
