package arabic

import "testing"

// BenchmarkStem stems the 50,000 words of the Snowball test list; ns/op is
// per word.
func BenchmarkStem(b *testing.B) {
	voc, _ := vocabulary(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Stem(voc[i%len(voc)], true)
	}
}

// BenchmarkAppendStem is BenchmarkStem with a reused output buffer.
func BenchmarkAppendStem(b *testing.B) {
	voc, _ := vocabulary(b)
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		buf = AppendStem(buf[:0], voc[i%len(voc)])
	}
}
