package naba

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractConcurrent: one Extractor used by several goroutines at
// once (directly and through a Session each), and the package-level
// Extract called concurrently, give the documents one goroutine gets.
// Run with -race, it checks that an Extractor is safe for concurrent use.
func TestExtractConcurrent(t *testing.T) {
	var texts []string
	for _, gc := range goldenCases {
		src, err := os.ReadFile(filepath.Join("testdata", gc.file))
		require.NoError(t, err)
		texts = append(texts, string(src))
	}
	for _, tc := range adversarial {
		if !isBlank(replaceInvalid(tc.text)) && len(tc.text) < 5000 {
			texts = append(texts, tc.text)
		}
	}
	x, err := New(Options{})
	require.NoError(t, err)
	ctx := context.Background()
	opts := ExtractOptions{ReplaceInvalidUTF8: true}
	want := make([]string, len(texts))
	for i, s := range texts {
		doc, err := x.Extract(ctx, s, opts)
		require.NoError(t, err)
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			extract := x.Extract
			switch g % 3 {
			case 1:
				extract = x.NewSession().Extract
			case 2:
				extract = Extract
			}
			for k := range texts {
				i := (k + g*5) % len(texts) // each goroutine in another order
				doc, err := extract(ctx, texts[i], opts)
				if !assert.NoError(t, err) {
					return
				}
				b, err := json.Marshal(doc)
				assert.NoError(t, err)
				assert.Equal(t, want[i], string(b), "goroutine %d, text %d", g, i)
			}
		})
	}
	wg.Wait()
}
