package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsPlaceStruckByEventNoun: a capital or a country right after a
// verb of attack is where the attack fell when an event noun follows it,
// the verb's subject (استهدف دمشق قصف صاروخي); it is the attacker only
// when what it fired or struck follows (أطلقت إيران صواريخ).
func TestEventsPlaceStruckByEventNoun(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nواستهدف طهران قصف جوي عنيف فجر اليوم.", "طهران"},
		{"عنوان\n\nوقد استهدفت القاهرة هجمات متكررة خلال الشهر الماضي.", "القاهرة"},
	} {
		evs := eventsOfType(t, c.text, "2022-08-09", "attack")
		require.NotEmpty(t, evs, c.text)
		assert.Equal(t, c.place, evs[0].Place, "%+v", evs[0])
		assert.NotContains(t, evs[0].Participants, c.place, "%+v", evs[0])
	}
}
