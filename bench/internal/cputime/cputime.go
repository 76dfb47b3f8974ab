// Package cputime reads the CPU time the process has used, for benchmark
// metrics that hold up on a shared machine: wall time there counts the
// time other programs held the cores, CPU time does not.
package cputime

import (
	"syscall"
	"time"
)

// Now returns the user + system CPU time used so far by the process (all
// threads, so garbage collection work is included).
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
