package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLargeDocuments: the collector runs at largeGCPercent from the
// first large document in memory to the release of the last, small
// ones change nothing, and a release counts once.
func TestLargeDocuments(t *testing.T) {
	var set []int
	percent := gcPercent
	l := &largeDocuments{set: func(p int) int { set = append(set, p); p, percent = percent, p; return p }}
	l.hold(largeDocument - 1)()
	assert.Empty(t, set, "a small document")
	a := l.hold(4 << 20)
	b := l.hold(2 << 20)
	a()
	a()
	b()
	assert.Equal(t, []int{largeGCPercent, gcPercent}, set)
	assert.Equal(t, gcPercent, percent)
	var none *largeDocuments // GOGC or GOMEMLIMIT set
	none.hold(8 << 20)()
}
