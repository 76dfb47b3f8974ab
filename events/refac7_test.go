package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHappenVerbs pins the senses of the verbs of an event's happening:
// what the status reader (isPastHappening) takes and what only a verb
// before the noun or a relative clause after it tells.
func TestHappenVerbs(t *testing.T) {
	for _, w := range []string{"جرت", "اقيمت", "عقدت", "انعقد", "نفذت", "وقعت", "اندلعت", "بدا", "انطلق", "تم", "تمت", "تلتها", "تبعها", "اعقبتها"} {
		assert.True(t, isPastHappening(w), w)
	}
	for _, w := range []string{"شهدتها", "شهدها", "تجري", "يعقد", "ستقام", "قال", ""} {
		assert.False(t, isPastHappening(w), w)
	}
	assert.True(t, IsHappenVerb("شهدتها", HappenWitnessed))
	assert.False(t, IsHappenVerb("تلتها", HappenTook|HappenBegan|HappenDone|HappenWitnessed))
	assert.True(t, IsHappenVerb("اندلع", HappenBegan))
}
