//go:build unix

package dates

import (
	"syscall"
	"time"
)

// cpuNow returns the CPU time (user + system) the process has used: on a
// shared machine it measures our work, where wall time also counts the
// time other programs held the cores.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
