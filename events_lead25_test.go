package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsAnnouncedInStatement: an act announced "in a statement", "at
// a press conference" or "at the meeting's close" (أعلنت الوزارة، في بيان
// نشرته وكالة الأنباء، تعليق الرحلات؛ أعلن في ختام الاجتماع تشكيل لجنة) is
// done by its announcers, every name of the subject joined by و, as when
// the act follows the verb directly.
func TestEventsAnnouncedInStatement(t *testing.T) {
	tests := []struct {
		name, text, typ string
		parts           []string
	}{
		{"statement aside set off by commas", "عنوان\n\nوأعلنت وزارة النقل الكويتية، في بيان نشرته على موقعها مساء الثلاثاء، تعليق الرحلات الجوية إلى بيروت.",
			"suspend", []string{"وزارة النقل الكويتية"}},
		{"joint statement, two announcers", "عنوان\n\nوأعلنت مصر والأردن في بيان مشترك تأسيس لجنة عليا للتعاون الاقتصادي.",
			"establish", []string{"مصر", "الأردن"}},
		{"joined subjects, no aside", "عنوان\n\nوأعلنت تونس والجزائر إغلاق المعابر الحدودية بين البلدين.",
			"suspend", []string{"تونس", "الجزائر"}},
		{"at the meeting's close", "عنوان\n\nوأعلن رئيس الوزراء الأردني بشر الخصاونة في ختام الاجتماع تشكيل لجنة وزارية لمتابعة الملف.",
			"establish", []string{"بشر الخصاونة"}},
		{"after the talks", "عنوان\n\nوأعلنت الحكومة الليبية عقب اللقاء وقف الرحلات إلى مطار معيتيقة.",
			"suspend", []string{"الحكومة الليبية"}},
		{"press conference", "عنوان\n\nوأعلن وزير الداخلية العراقي عثمان الغانمي في مؤتمر صحفي اعتقال خمسة مطلوبين.",
			"arrest", []string{"عثمان الغانمي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2020-06-01", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Subset(t, evs[0].Participants, tt.parts, "%+v", evs[0])
		})
	}
	// What the speaker says happened after إن is not his act.
	text := "عنوان\n\nوقال المتحدث باسم الصليب الأحمر، فابريزيو كاربوني، في تصريحات صحفية إن الغارات الجوية عرضت القافلة للخطر."
	for _, ev := range eventsOf(t, text, "2020-06-01") {
		if ev.Type != "statement" {
			assert.NotContains(t, ev.Participants, "فابريزيو كاربوني", "%+v", ev)
		}
	}
}
