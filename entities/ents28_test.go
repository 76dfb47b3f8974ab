package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountryAfterStateWord: دولة before the name of a country is the
// style in which the Gulf press writes it, not part of the name: the
// entity is the country named without it, and the styled form is an
// alias of that entity. (A republic or a sultanate is named with its
// head: جمهورية السنغال.)
func TestCountryAfterStateWord(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"ووقع الوزير مذكرة تفاهم مع دولة الكويت في مجال الطاقة.", "الكويت", "دولة الكويت"},
		{"وأكد السفير أن دولة قطر تدعم الحوار، وأن قطر لن تتخلى عن دورها.", "قطر", "دولة قطر"},
		{"وأعلنت دولة الإمارات العربية المتحدة عن منحة جديدة للمدارس.", "الإمارات العربية المتحدة", "دولة الإمارات العربية المتحدة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := entityNamed(res, tt.name)
			require.NotNil(t, e, "%s: %v", tt.in, res.Entities)
			assert.Equal(t, LOC, e.Label)
			assert.Contains(t, e.Aliases, tt.alias)
			assert.NotContains(t, e.Aliases, tt.name)
		}
	}
}
