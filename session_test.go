package naba

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

// TestSession checks that a Session extracts a stream of documents (the
// team's articles, then news articles, twice) as Extract does.
func TestSession(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	var texts []string
	for _, gc := range goldenCases {
		src, err := os.ReadFile(filepath.Join("testdata", gc.file))
		require.NoError(t, err)
		texts = append(texts, string(src))
	}
	if dir := shared.Root(); dir != "" {
		names, _ := filepath.Glob(filepath.Join(dir, "corpus", "news", "*.txt"))
		sort.Strings(names)
		for _, n := range names[:min(len(names), 8)] {
			src, err := os.ReadFile(n)
			require.NoError(t, err)
			texts = append(texts, string(src))
		}
	}
	ctx := context.Background()
	sess := x.NewSession()
	for range 2 {
		for i, text := range texts {
			want, err := x.Extract(ctx, text, ExtractOptions{})
			require.NoError(t, err)
			got, err := sess.Extract(ctx, text, ExtractOptions{})
			require.NoError(t, err)
			a, err := json.Marshal(want)
			require.NoError(t, err)
			b, err := json.Marshal(got)
			require.NoError(t, err)
			assert.Equal(t, string(a), string(b), "document %d", i)
		}
	}
	_, err = sess.Extract(ctx, "  ", ExtractOptions{})
	assert.ErrorIs(t, err, ErrEmpty)
}
