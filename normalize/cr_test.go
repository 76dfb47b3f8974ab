package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSentencesLoneCR: a lone CR ends a line as LF does (old Mac files),
// and CR LF as one line end.
func TestSentencesLoneCR(t *testing.T) {
	n := MustNew(Search)
	for _, s := range []string{"قال الرئيس\nوقال الوزير\n\nدمشق", "قال الرئيس\rوقال الوزير\r\rدمشق", "قال الرئيس\r\nوقال الوزير\r\n\r\nدمشق"} {
		assert.Len(t, n.Analyze(s).Sentences, 3, "%q", s)
	}
}
