package normalize

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNormalizerConcurrent: one Normalizer of each preset used by several
// goroutines at once (String, Analyze) gives what one goroutine gets. Run
// with -race, it checks that a Normalizer is safe for concurrent use.
func TestNormalizerConcurrent(t *testing.T) {
	normalizers := []*Normalizer{MustNew(Search), MustNew(Display)}
	type result struct {
		s  string
		tx *Text
	}
	want := make([][]result, len(normalizers))
	for k, n := range normalizers {
		for _, s := range fuzzSeeds {
			want[k] = append(want[k], result{n.String(s), n.Analyze(s)})
		}
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			for r := range 4 * len(fuzzSeeds) {
				k, i := (g+r)%len(normalizers), (g*3+r)%len(fuzzSeeds)
				n, s := normalizers[k], fuzzSeeds[i]
				assert.Equal(t, want[k][i].s, n.String(s), "goroutine %d, %q", g, s)
				assert.Equal(t, want[k][i].tx, n.Analyze(s), "goroutine %d, %q", g, s)
			}
		})
	}
	wg.Wait()
}
