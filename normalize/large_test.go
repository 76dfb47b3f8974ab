package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLargeInputs runs the entry points on lines of 10 MB of pathological
// text: nothing but diacritics, one endless word, and alternating
// ligatures and invalid bytes.
func TestLargeInputs(t *testing.T) {
	const size = 10 << 20
	inputs := map[string]string{
		"only diacritics":  strings.Repeat("\u064e\u0651", size/4),
		"one endless word": strings.Repeat("كتب", size/6),
		// Each ﷺ spells out 33 bytes: 1 MB of them is an 8.6 MB result.
		"ligatures and bad": strings.Repeat("ﷺ\xff", size/40),
	}
	n := MustNew(Search)
	for name, s := range inputs {
		t.Run(name, func(t *testing.T) {
			tx := n.Analyze(s)
			require.True(t, utf8.ValidString(tx.Norm))
			if len(tx.Tokens) > 0 {
				last := tx.Tokens[len(tx.Tokens)-1]
				_, e := tx.SourceSpan(last.Start, last.End)
				assert.LessOrEqual(t, e, len(s))
			}
			got, err := readAll(n, s)
			require.NoError(t, err)
			assert.Equal(t, tx.Norm, got)
		})
	}
}
