package cputime

import (
	"syscall"
	"time"
)

// Thread returns the user + system CPU time the calling OS thread has
// used, or 0 where it cannot be read. Lock the goroutine to its thread
// (runtime.LockOSThread) between two readings.
func Thread() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
