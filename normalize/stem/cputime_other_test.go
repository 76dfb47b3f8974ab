//go:build !linux

package stem

import "testing"

func cpuLoop(b *testing.B, bytes int, body func()) {
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		body()
	}
}
