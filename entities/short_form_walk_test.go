package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestShortFormsOnALongLine reads lines of 2 MB that write a short
// form after its longer name again and again: a listed place after a
// listed place whose name extends it, a surname after its person, an
// organization's first words after its name. Each short form used to
// walk every longer mention of its form (the mentions' square: some 20
// seconds of one core for the places' line, a minute on a loaded
// machine); it takes a fraction of a second now, and the groups are
// those of a short text: the two places apart, the surname with its
// person, the short body with its name. Skipped with -short.
func TestShortFormsOnALongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("2 MB lines: skipped with -short")
	}
	for _, tt := range []struct {
		why, pattern string
		entities     int
	}{
		{"two listed places", "الخرطوم بحري والخرطوم ", 2},
		{"a surname", "سامر حداد وحداد ", 1},
		{"a short body", "الائتلاف الوطني لقوى الثورة والمعارضة والائتلاف الوطني ", 1},
	} {
		small := rulesOnce().RecognizeString(tt.pattern + tt.pattern)
		require.Len(t, small.Entities, tt.entities, "%s: %v", tt.why, entityNames(small))
		times := 1 << 20 / len(tt.pattern) // twice the pattern each time
		text := strings.Repeat(tt.pattern, 2*times)
		res := rulesOnce().RecognizeString(text)
		checkInvariants(t, text, res)
		// Each entity of the short text is one of the long text, named
		// alike, with as many mentions a pattern.
		require.Len(t, res.Entities, len(small.Entities), "%s: %v", tt.why, entityNames(res))
		for e, want := range small.Entities {
			got := res.Entities[e]
			assert.Equal(t, want.Name, got.Name, tt.why)
			assert.Equal(t, want.Label, got.Label, "%s: %s", tt.why, want.Name)
			assert.Equal(t, len(want.Mentions)*times, len(got.Mentions), "%s: %s", tt.why, want.Name)
		}
	}
}

// entityNames lists the names of res's entities.
func entityNames(res *Result) []string {
	var names []string
	for _, e := range res.Entities {
		names = append(names, e.Name)
	}
	return names
}
