package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpanWords pins the senses of the span words: every vague plural is
// also a span one spends (isVagueSpan's words were missing two of them,
// أسابيع and ساعات, in the court's reading), and the singulars, duals and
// accusatives are spent spans only (بعد يوما is no vague span).
func TestSpanWords(t *testing.T) {
	vague := []string{"ساعات", "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام"}
	spentOnly := []string{"يوما", "شهرا", "عام", "عاما", "عامين", "سنه", "سنتين", "ليال", "ليله", "ليلته"}
	for _, w := range vague {
		assert.True(t, isVagueSpan(w), w)
		assert.True(t, isSpan(w, spanSpent), w)
	}
	for _, w := range spentOnly {
		assert.False(t, isVagueSpan(w), w)
		assert.True(t, isSpan(w, spanSpent), w)
	}
	for _, w := range []string{"الايام", "يوم", "ساعه", "دقايق", "مرات", ""} {
		assert.False(t, isSpan(w, spanSpent|spanVague), w)
	}
}
