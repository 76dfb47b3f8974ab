package main

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMemoryLimit: the limit follows the large documents in memory,
// small ones change nothing, a release counts once, and the limit is
// lifted when no large document is left.
func TestMemoryLimit(t *testing.T) {
	var set []int64
	m := &memoryLimit{set: func(n int64) int64 { set = append(set, n); return 0 }}
	m.hold(largeDocument - 1)()
	assert.Empty(t, set, "a small document")
	a := m.hold(4 << 20)
	b := m.hold(2 << 20)
	a()
	a()
	b()
	assert.Equal(t, []int64{
		limitBase + limitPerByte*4<<20,
		limitBase + limitPerByte*6<<20,
		limitBase + limitPerByte*2<<20,
		math.MaxInt64,
	}, set)
	var none *memoryLimit // GOMEMLIMIT set
	none.hold(8 << 20)()
}
