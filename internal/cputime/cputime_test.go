package cputime

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

// spin burns some CPU so that the clocks have something to count.
func spin() int {
	x := 0
	for i := range 20_000_000 {
		x += i ^ x>>3
	}
	return x
}

func TestClocksAdvance(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU time is read on Linux and other Unix systems only")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p0, t0 := Process(), Thread()
	_ = spin()
	assert.Greater(t, Process(), p0)
	assert.Greater(t, Thread(), t0)
}

func BenchmarkLoop(b *testing.B) {
	s := make([]byte, 1<<10)
	Loop(b, len(s), func() {
		for i := range s {
			s[i]++
		}
	})
}
