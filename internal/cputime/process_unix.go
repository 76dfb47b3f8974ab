//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Process returns the user + system CPU time used so far by the process
// (all threads, so garbage collection work is included), or 0 where it
// cannot be read.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
