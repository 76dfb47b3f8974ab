package naba

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are the articles the team wrote, in testdata/, with the
// reference date each is read with ("" lets the date be inferred).
var goldenCases = []struct {
	name, file, ref string
}{
	{"article_ticker", "article_ticker.txt", ""},
	{"article_ticker.ref", "article_ticker.txt", "2019-03-14"},
	{"article_hijri", "article_hijri.txt", ""},
	{"article_related", "article_related.txt", ""},
	{"article_related.ref", "article_related.txt", "2019-10-06"},
	{"article_layouts", "article_layouts.txt", ""},
	{"article_layouts.ref", "article_layouts.txt", "2021-03-15"},
}

// TestGolden extracts each article and compares the JSON with
// testdata/golden/NAME.json. Run with -update to rewrite the files, then
// review the diff.
func TestGolden(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	for _, gc := range goldenCases {
		t.Run(gc.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", gc.file))
			require.NoError(t, err)
			opts := ExtractOptions{Path: "testdata/" + gc.file}
			if gc.ref != "" {
				opts.RefDate, err = time.Parse(time.DateOnly, gc.ref)
				require.NoError(t, err)
			}
			doc, err := x.Extract(context.Background(), string(src), opts)
			require.NoError(t, err)
			got, err := json.MarshalIndent(doc, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", gc.name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden file: run go test -run TestGolden -update")
			assert.Equal(t, string(want), string(got),
				"the output changed; if the change is intended (a better tagger, date rule or event), "+
					"run go test -run TestGolden -update . and review the diff of testdata/golden")
		})
	}
}
