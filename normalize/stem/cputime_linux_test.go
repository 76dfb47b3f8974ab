package stem

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// threadCPU returns the CPU time the calling OS thread has used.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuLoop runs body b.N times on one locked OS thread and reports, beside
// the wall-clock MB/s, the throughput per second of CPU time that thread
// used ("cpuMB/s"): on a shared machine it is what one core does when it
// runs the loop, however often the scheduler takes the core away.
func cpuLoop(b *testing.B, bytes int, body func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	start := threadCPU()
	n := 0
	for b.Loop() {
		body()
		n++
	}
	if cpu := threadCPU() - start; cpu > 0 && n > 0 {
		b.ReportMetric(float64(bytes)*float64(n)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}
