package main

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// A huge document holds some 17 bytes of working memory per input byte
// at its peak (a 7 MB line of news: ~125 MB beside the ~30 MB of models),
// and at GOGC=200 (see gcPercent) the heap grows to three times its live
// size between two collections: ~50 bytes of peak RSS per input byte.
// While documents of largeDocument bytes or more are in memory (from
// their reading to their output), the command sets the collector a soft
// memory limit (debug.SetMemoryLimit) of limitBase plus limitPerByte
// bytes per byte of them: the collector runs more often as the heap
// nears it, and the peak RSS stays near the live heap (~28 bytes per
// input byte). The limit is lifted when none is left, so that a stream
// of articles runs as before; GOMEMLIMIT set in the environment is left
// alone.
const (
	largeDocument = 1 << 20
	limitBase     = 64 << 20
	limitPerByte  = 16
)

// memLimit is the command's memoryLimit, set by main (nil in tests of
// run: the process's limit is not the test's to change).
var memLimit *memoryLimit

// A memoryLimit sets the soft memory limit for the large documents in
// memory. It is safe for concurrent use.
type memoryLimit struct {
	mu    sync.Mutex
	set   func(int64) int64 // debug.SetMemoryLimit
	large int64             // bytes of large documents in memory
}

// newMemoryLimit returns the memoryLimit of the command, or nil when
// GOMEMLIMIT is set.
func newMemoryLimit() *memoryLimit {
	if os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	return &memoryLimit{set: debug.SetMemoryLimit}
}

// hold counts a document of n bytes as in memory until release is
// called, once. Small documents change nothing.
func (m *memoryLimit) hold(n int) (release func()) {
	if m == nil || n < largeDocument {
		return func() {}
	}
	m.add(int64(n))
	var once sync.Once
	return func() { once.Do(func() { m.add(-int64(n)) }) }
}

func (m *memoryLimit) add(n int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.large += n
	if m.large <= 0 {
		m.set(math.MaxInt64) // no limit: Go's default
		return
	}
	m.set(limitBase + limitPerByte*m.large)
}
