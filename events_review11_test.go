package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsSpeechSettingOwnClause: the day told after the gathering a
// speech was given at dates the speech only when it is the gathering's;
// a day told in a clause about the people met (a relative pronoun, or
// another event's verb) is of another time.
func TestEventsSpeechSettingOwnClause(t *testing.T) {
	tests := []struct{ name, text, time string }{
		{"the people met came in another month",
			"عنوان\n\nوقال وزير التجارة خلال لقائه المستثمرين الذين قدموا إلى العاصمة في نيسان الماضي على رأس بعثة إن الرسوم ستلغى.", ""},
		{"a delegation that toured the country on another day",
			"عنوان\n\nوقال رئيس الحكومة خلال اجتماعه مع وفد زار المحافظات الجنوبية السبت بدعوة من البرلمان إن الإصلاحات مستمرة.", ""},
		{"the gathering's own day",
			"عنوان\n\nوقال رئيس الحكومة خلال اجتماعه مع وفد البنك الدولي الأحد بحضور الوزراء إن الإصلاحات مستمرة.", "2018-06-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "statement")
			require.NotEmpty(t, evs)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
}
