package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSharedFamilyName: two persons bearing one family name stay two;
// the family name alone goes to the one named first before it (the
// article's person, the other named in passing), and every later one
// with it (their key is one), not to the other too.
func TestSharedFamilyName(t *testing.T) {
	tests := []struct {
		why, in, bare, owner, other string
	}{
		{"a minister, then a deputy in passing",
			"والتقى الوزير خالد الحمدان نظيره أمس، ثم استقبل النائب سامي الحمدان وفدا تجاريا. وأكد الحمدان أن اللقاء مثمر.",
			"الحمدان", "خالد الحمدان", "سامي الحمدان"},
		{"a player signed, his coach named after him",
			"وضم النادي المهاجم رامي الكبيسي قادما من الدوري التونسي. وقال المدير إن الكبيسي اجتاز الفحص الطبي بحضور المدرب نبيل الكبيسي. ويعد الكبيسي ثالث صفقات الموسم.",
			"الكبيسي", "رامي الكبيسي", "نبيل الكبيسي"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		owner := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.owner })
		other := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.other })
		require.GreaterOrEqual(t, owner, 0, "%s: %v", tt.why, mentions(res))
		require.GreaterOrEqual(t, other, 0, "%s: %v", tt.why, mentions(res))
		bare := 0
		for _, m := range res.Mentions {
			if m.Text == tt.bare {
				bare++
				assert.Equal(t, owner, m.Entity, "%s: %s", tt.why, tt.in)
			}
		}
		assert.Positive(t, bare, "%s: %v", tt.why, mentions(res))
	}
}
