package cputime

import (
	"syscall"
	"time"
)

// Thread returns the user + system CPU time the calling OS thread has
// used, or 0 where it cannot be read. Lock the goroutine to its thread
// (runtime.LockOSThread) between two readings.
func Thread() time.Duration { return rusage(syscall.RUSAGE_THREAD) }
