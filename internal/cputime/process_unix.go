//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Process returns the user + system CPU time used so far by the process
// (all threads, so garbage collection work is included), or 0 where it
// cannot be read.
func Process() time.Duration { return rusage(syscall.RUSAGE_SELF) }

// rusage returns the user + system CPU time getrusage reports for who
// (RUSAGE_SELF, RUSAGE_THREAD), or 0 where it cannot be read.
func rusage(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
