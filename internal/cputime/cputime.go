// Package cputime reads the CPU time a process or an OS thread has used,
// for benchmark metrics that hold up on a shared machine: wall time there
// counts the time other programs held the cores, CPU time does not. Only
// tests and benchmarks (here and in bench/) import it.
package cputime

import (
	"runtime"
	"testing"
)

// Loop runs body b.N times on one locked OS thread and reports, beside
// the wall-clock MB/s, the throughput per second of CPU time that thread
// used ("cpuMB/s"): on a shared machine it is what one core does when it
// runs the loop, however often the scheduler takes the core away. Where
// Thread is not measured (not Linux) it reports MB/s and allocations only.
func Loop(b *testing.B, bytes int, body func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	start := Thread()
	n := 0
	for b.Loop() {
		body()
		n++
	}
	if cpu := Thread() - start; cpu > 0 && n > 0 {
		b.ReportMetric(float64(bytes)*float64(n)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}
