package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsRelationsCut: relations cut (قطعت X علاقاتها مع Y) are a
// suspension of both, read past the subject as علّق is; قطع's other
// objects (a road, a speech) are none.
func TestEventsRelationsCut(t *testing.T) {
	tests := []struct {
		name, text string
		parts      []string
	}{
		{"two countries, their relations", "عنوان\n\nوقطعت جيبوتي وموريتانيا علاقاتهما الدبلوماسية مع الدوحة مطلع الشهر.",
			[]string{"جيبوتي", "موريتانيا", "الدوحة"}},
		{"a day between", "عنوان\n\nوقطعت جزر القمر يوم الثلاثاء علاقاتها مع طهران.",
			[]string{"جزر القمر", "طهران"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2020-06-01", "suspend")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Subset(t, evs[0].Participants, tt.parts, "%+v", evs[0])
		})
	}
	for _, text := range []string{
		"عنوان\n\nوقطع سائقو الشاحنات الطريق الدولي احتجاجا على الرسوم.",
		"عنوان\n\nوقطع الوزير حديثه ليرد على سؤال عن العلاقات مع الجوار.",
		"عنوان\n\nوعرضت أنقرة على المسلحين الانضمام إلى الفصائل بعد قطع كل العلاقات مع التنظيم.",
	} {
		checkNotEvents(t, text, "2020-06-01", "suspend")
	}
}

// TestEventsAppealDatedByItsCommunique: an appeal made in a communiqué
// set off by commas (طالبت النقابة، في بيان أصدرته اليوم، بفتح تحقيق) is
// dated by the communiqué, as a statement is; a participle of the same
// speaker after his dated statement (رحب …، في كلمة مساء الأحد، بالقرار،
// داعيا إلى …) is dated with it.
func TestEventsAppealDatedByItsCommunique(t *testing.T) {
	tests := []struct {
		name, text, typ, time string
	}{
		{"communiqué issued today", "عنوان\n\nوطالبت نقابة الصحفيين التونسيين، في بيان أصدرته اليوم، بالإفراج عن الصحفيين الموقوفين.", "appeal", "2020-06-03"},
		{"communiqué of a named day", "عنوان\n\nوناشدت منظمة العفو الدولية، في بيان صدر مساء الإثنين، بوقف الإعدامات.", "appeal", "2020-06-01"},
		{"participle after a dated statement", "عنوان\n\nورحب رئيس البرلمان العربي عادل العسومي، في كلمة ألقاها مساء الإثنين، بالاتفاق، داعيا الأطراف إلى الالتزام ببنوده.", "appeal", "2020-06-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2020-06-03", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs[0])
		})
	}
}

// TestEventsClaimDescribesThing: a relative clause that describes a thing
// by who claims something of it (المنظمة التي تقول الحكومة إنها واجهة
// للجماعة) or a denial after وهو ما (وهو ما تنفيه أنقرة) is no statement of
// the article's; a statement of its own after و is.
func TestEventsClaimDescribesThing(t *testing.T) {
	checkNotEvents(t, "عنوان\n\nوحظرت السلطات جمعية النور التي تقول الحكومة الإثيوبية إنها واجهة لجماعة مسلحة.", "2020-06-01", "statement")
	checkNotEvents(t, "عنوان\n\nوتتهم واشنطن الفصائل بتهريب النفط، وهو ما تنفيه طهران.", "2020-06-01", "statement:تنفيه")
	for _, text := range []string{
		"عنوان\n\nوقالت الحكومة الإثيوبية إنها ستحظر الجمعية.",
		"عنوان\n\nوتظاهر المئات في الوقت الذي قالت فيه الحكومة الإثيوبية إنها ستحظر الجمعية.",
		"عنوان\n\nوأدى الانفجار، الذي قالت الحكومة الإثيوبية إنه أوقع عشرة قتلى، إلى إغلاق الطريق.",
	} {
		evs := eventsOfType(t, text, "2020-06-01", "statement")
		assert.Len(t, evs, 1, text)
	}
}
