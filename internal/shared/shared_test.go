package shared

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNews(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "corpus", "news")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("ثانية"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("أولى"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("x"), 0o644))
	t.Setenv("NABA_SHARED", root)
	assert.Equal(t, []Article{
		{Name: filepath.Join(dir, "a.txt"), Text: "أولى"},
		{Name: filepath.Join(dir, "b.txt"), Text: "ثانية"},
	}, News(t))
}

func TestNewsSkipsWithoutArticles(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "corpus", "news"), 0o755))
	t.Setenv("NABA_SHARED", root)
	ran := t.Run("empty", func(t *testing.T) {
		News(t)
		t.Error("News returned without articles")
	})
	assert.True(t, ran, "a skipped subtest counts as passed")
}
