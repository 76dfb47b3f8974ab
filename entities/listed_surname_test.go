package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListedSurnameOfAnother: a person the text names in full whose short
// form (a family name) is also a listed person's short form does not take
// that listed person's name as an alias; a text naming only the short
// form, or the listed person in full, still gets it.
func TestListedSurnameOfAnother(t *testing.T) {
	r := fullOnce()
	aliasesOf := func(src, name string) []string {
		res := r.RecognizeString(src)
		checkInvariants(t, src, res)
		i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == name })
		require.GreaterOrEqual(t, i, 0, "%q: %+v", src, res.Entities)
		return res.Entities[i].Aliases
	}
	assert.NotContains(t, aliasesOf("وعين الرئيس أحمد سالم ولد البشير مديرا للميناء. وقال ولد البشير إن العمل سيبدأ غدا.", "أحمد سالم ولد البشير"), "عمر البشير")
	assert.NotContains(t, aliasesOf("والتقى الوزير خالد عثمان البشير وفدا تجاريا. وأكد البشير أهمية الاستثمار.", "خالد عثمان البشير"), "عمر البشير")
	assert.Contains(t, aliasesOf("وقال الرئيس السوداني عمر حسن البشير إن البشير لن يترشح.", "عمر حسن البشير"), "عمر البشير")
}
