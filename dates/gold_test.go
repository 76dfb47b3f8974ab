package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// TestGoldNews scores Find on the annotated news pages of shared/gold (the
// seed and gold/news): a gold date is found when a found date overlaps its
// text, and right when the value matches too. Found dates that overlap no
// gold date are counted as extra (vague expressions, which the gold leaves
// out, are not counted).
func TestGoldNews(t *testing.T) {
	root := shared.Dir(t)
	files, _ := filepath.Glob(filepath.Join(root, "gold", "news", "*.json"))
	files = append(files, filepath.Join(root, "gold", "seed.json"))
	n := normalize.MustNew(normalize.Search)
	gold, found, right, extra := 0, 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var doc struct {
			Doc   string `json:"doc"`
			Ref   string `json:"ref_date"`
			Dates []struct {
				Text, Value string
				Optional    bool
			} `json:"dates"`
		}
		require.NoError(t, json.Unmarshal(b, &doc))
		src, err := os.ReadFile(filepath.Join(root, doc.Doc))
		require.NoError(t, err)
		ref, err := time.Parse(time.DateOnly, doc.Ref)
		require.NoError(t, err)
		text := string(src)
		got := MustNew(Options{Reference: ref}).Find(text)
		// Locate the gold texts in order in the folded text.
		folded := n.Analyze(text)
		used := make([]bool, len(got))
		at := 0
		for _, g := range doc.Dates {
			if g.Optional {
				continue
			}
			gold++
			k := strings.Index(folded.Norm[at:], n.String(g.Text))
			if k < 0 {
				t.Logf("%s: gold %q not located", doc.Doc, g.Text)
				continue
			}
			s, e := folded.SourceSpan(at+k, at+k+len(n.String(g.Text)))
			at += k + len(n.String(g.Text)) // past this gold text: the next may not sit inside it
			hit := false
			for i, d := range got {
				if !used[i] && d.Start < e && s < d.End {
					used[i] = true
					found++
					hit = true
					if d.ISO() == g.Value {
						right++
					} else {
						t.Logf("%s: %q = %s, want %s", doc.Doc, d.Text, d.ISO(), g.Value)
					}
					break
				}
			}
			if !hit {
				t.Logf("%s: missed %q (%s)", doc.Doc, g.Text, g.Value)
			}
		}
		for i, d := range got {
			if !used[i] && !d.Vague {
				extra++
				t.Logf("%s: extra %q = %s", doc.Doc, d.Text, d.ISO())
			}
		}
	}
	t.Logf("gold news dates: %d, found %d, right value %d, extra %d", gold, found, right, extra)
	assert.GreaterOrEqual(t, right, goldRightFloor)
}

const goldRightFloor = 37
