package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsStatementNotDatedByWhatIsToCome: a statement told in the past
// (أعلنت، أكد) takes no date its text says is yet to come (المقبل،
// القادم): the date is of what was announced, the announcement is done.
// A date of the telling stays.
func TestEventsStatementNotDatedByWhatIsToCome(t *testing.T) {
	for _, tt := range []struct{ why, text, time string }{
		{"a school year announced", "عنوان\n\nوأعلنت وزارة التربية الأردنية أن العام الدراسي يبدأ في 12 أيلول المقبل.", ""},
		{"a vote set for next month", "عنوان\n\nوأكد رئيس المفوضية العليا للانتخابات أن التصويت سيجري في الشهر القادم.", ""},
		{"the day it was told stays", "عنوان\n\nوأعلنت وزارة التربية الأردنية، الأحد، أن العام الدراسي يبدأ في 12 أيلول المقبل.", "2018-10-14"},
	} {
		e, ok := eventOf(t, tt.text, "statement", "")
		if assert.True(t, ok, "%s: no statement: %+v", tt.why, eventsOf(t, tt.text, "2018-10-15")) {
			assert.Equal(t, tt.time, e.Time, tt.why)
		}
	}
}
