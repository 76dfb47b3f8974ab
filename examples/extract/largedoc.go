package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// A huge document holds some 17 bytes of working memory per input byte
// at its peak on news (a 7 MB line: ~125 MB beside the ~30 MB of
// models), but far more on other shapes (a line of trigger words keeps
// a draft per word: ~55 bytes), and at GOGC=200 (see gcPercent) the heap
// grows to three times its live size between two collections. While
// documents of largeDocument bytes or more are in memory (from their
// reading to their output), the command runs the collector at
// largeGCPercent instead: the peak RSS stays within half again of the
// live heap, whatever the document's shape (~32 bytes per input byte of
// news). A soft memory limit in proportion to the input, as this was
// before, bounds the heap as well on news but not on a shape whose live
// heap passes it: there the collector ran almost without pause (an
// 8 MB line of trigger words, 2.5 times the user time). The percent
// goes back to what it was when no large document is left, so that a
// stream of articles runs as before; GOGC or GOMEMLIMIT set in the
// environment is left alone.
const (
	largeDocument  = 1 << 20
	largeGCPercent = 50
)

// largeDocs is the command's largeDocuments, set by main (nil in tests
// of run: the process's collector is not the test's to change).
var largeDocs *largeDocuments

// largeDocuments paces the collector for the large documents in memory.
// It is safe for concurrent use.
type largeDocuments struct {
	mu     sync.Mutex
	set    func(int) int // debug.SetGCPercent
	held   int           // large documents in memory
	before int           // the percent to go back to when held is 0
}

// newLargeDocuments returns the largeDocuments of the command, or nil
// when GOGC or GOMEMLIMIT is set.
func newLargeDocuments() *largeDocuments {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	return &largeDocuments{set: debug.SetGCPercent}
}

// hold counts a document of n bytes as in memory until release is
// called, once. Small documents change nothing.
func (l *largeDocuments) hold(n int) (release func()) {
	if l == nil || n < largeDocument {
		return func() {}
	}
	l.add(1)
	var once sync.Once
	return func() { once.Do(func() { l.add(-1) }) }
}

func (l *largeDocuments) add(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.held += n
	switch {
	case n > 0 && l.held == n:
		l.before = l.set(largeGCPercent)
	case n < 0 && l.held == 0:
		l.set(l.before)
	}
}
