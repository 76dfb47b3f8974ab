package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMeasureDeclaredByPluralImperfect: a measure with the article
// that the plural imperfect يعلنون declares (events.IsAnnounceVerb) is
// told here, as after أعلن or يعلن: not a measure told before.
func TestEventsMeasureDeclaredByPluralImperfect(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوفي المساء، كان أعضاء المجلس يعلنون الحداد الرسمي ثلاثة أيام اعتبارا من اليوم الأربعاء.", "2026-01-14", "decision")
	assert.Len(t, evs, 1, "%+v", evs)
}
