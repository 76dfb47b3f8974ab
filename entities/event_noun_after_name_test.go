package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameStopsAtEventNoun: a name ending in a rare word is not extended
// over the event noun that follows it (قدم فلان استقالة حكومته).
func TestNameStopsAtEventNoun(t *testing.T) {
	r := fullOnce()
	for _, tt := range []struct{ src, name string }{
		{"وقدم رئيس الحكومة محمد ولد بلال استقالة حكومته إلى الرئيس.", "محمد ولد بلال"},
		{"قدم رئيس الوزراء إسماعيل ولد بدة استقالة حكومته صباح الاثنين.", "إسماعيل ولد بدة"},
	} {
		res := r.RecognizeString(tt.src)
		checkInvariants(t, tt.src, res)
		var persons []string
		for _, m := range res.Mentions {
			if m.Label == PER {
				persons = append(persons, tt.src[m.Start:m.End])
			}
		}
		assert.Contains(t, persons, tt.name, tt.src)
	}
}
