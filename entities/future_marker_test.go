package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNoFutureMarkerBeforeName: the future marker س goes before a verb,
// never before a name: سنيم (an acronym) is no س + نيم, a listed place.
func TestNoFutureMarkerBeforeName(t *testing.T) {
	r := fullOnce()
	for _, src := range []string{
		"ويعمل في شركة المناجم (سنيم) منذ سنوات.",
		"وقال إن سنيم ستزيد إنتاجها.",
	} {
		res := r.RecognizeString(src)
		checkInvariants(t, src, res)
		for _, m := range res.Mentions {
			assert.NotEqual(t, "نيم", src[m.Start:m.End], "%q: %+v", src, m)
		}
	}
}
