// Package shared locates the third-party data folder that tests,
// benchmarks and training programs read (never copied into the project).
//
// The folder is $NABA_SHARED when set, otherwise ../shared next to the
// module root. Tests call Dir or Path, which skip the test with a clear
// message when the folder is absent, so a fresh clone passes go test.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared data folder, or "" if it cannot be found.
func Root() string {
	if d := os.Getenv("NABA_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			// The module root (or a nested module such as bench/): look
			// beside it, then keep climbing for the main module.
			cand := filepath.Join(dir, "..", "shared")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return filepath.Clean(cand)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Dir returns the shared data folder or skips tb when it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	d := Root()
	if d == "" {
		tb.Skip("shared data folder not found (set NABA_SHARED or place it at ../shared beside the module); skipping")
	}
	return d
}

// Path returns the path of a file or folder inside the shared data folder,
// skipping tb when it is absent.
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not found; skipping", p)
	}
	return p
}

// An Article is one text of the news corpus: Name is its file's path.
type Article struct {
	Name, Text string
}

// News returns the articles of the news corpus (corpus/news/*.txt) in
// file name order, skipping tb when the corpus is absent or empty and
// failing it when a file cannot be read.
func News(tb testing.TB) []Article {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(Path(tb, "corpus", "news"), "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(names) == 0 {
		tb.Skip("no articles in the shared news corpus; skipping")
	}
	docs := make([]Article, len(names))
	for i, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = Article{Name: name, Text: string(b)}
	}
	return docs
}
