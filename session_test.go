package naba

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
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

// TestSessionDocumentsKeepTheirText checks that a Document a Session
// returned is not changed when the Session reads the next documents in
// the memory it reuses (the tokens, the page's lines, the stages' views).
func TestSessionDocumentsKeepTheirText(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	sess := x.NewSession()
	ctx := context.Background()
	type snapshot struct {
		doc    *Document
		json   string
		tokens []normalize.Token
		sents  []normalize.Sentence
	}
	var snaps []snapshot
	for _, gc := range goldenCases {
		src, err := os.ReadFile(filepath.Join("testdata", gc.file))
		require.NoError(t, err)
		doc, err := sess.Extract(ctx, string(src), ExtractOptions{})
		require.NoError(t, err)
		js, err := json.Marshal(doc)
		require.NoError(t, err)
		snaps = append(snaps, snapshot{doc, string(js), slices.Clone(doc.Text().Tokens), slices.Clone(doc.Text().Sentences)})
	}
	require.NotEmpty(t, snaps)
	for i, s := range snaps {
		js, err := json.Marshal(s.doc)
		require.NoError(t, err)
		assert.Equal(t, s.json, string(js), "document %d", i)
		assert.Equal(t, s.tokens, s.doc.Text().Tokens, "document %d", i)
		assert.Equal(t, s.sents, s.doc.Text().Sentences, "document %d", i)
	}
}
