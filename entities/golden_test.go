package entities

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenResult is the Result in a reviewable shape.
type goldenResult struct {
	Mentions []goldenMention `json:"mentions"`
	Entities []goldenEntity  `json:"entities"`
}

type goldenMention struct {
	Label  Label  `json:"label"`
	Text   string `json:"text"`
	Form   string `json:"form"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Entity string `json:"entity"`
	Source string `json:"source"`
}

type goldenEntity struct {
	ID      string       `json:"id"`
	Label   Label        `json:"label"`
	Name    string       `json:"name"`
	Aliases []string     `json:"aliases,omitempty"`
	Roles   []goldenRole `json:"roles,omitempty"`
}

type goldenRole struct {
	Title string `json:"title"`
	Org   string `json:"org,omitempty"`
}

// TestGolden runs the recognizer (gazetteer and rules, which do not change
// when the tagger is retrained) over articles the team wrote and compares
// with the reviewed output in testdata/*.golden.json. Regenerate with
// go test ./entities -run Golden -update, and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			res := rulesOnce().RecognizeString(string(src))
			checkInvariants(t, string(src), res)
			var g goldenResult
			for _, m := range res.Mentions {
				g.Mentions = append(g.Mentions, goldenMention{m.Label, m.Text, m.Form, m.Start, m.End,
					res.Entities[m.Entity].ID, m.Source.String()})
			}
			for _, e := range res.Entities {
				ge := goldenEntity{ID: e.ID, Label: e.Label, Name: e.Name, Aliases: e.Aliases}
				for _, r := range e.Roles {
					gr := goldenRole{Title: r.Title}
					if r.Org >= 0 {
						gr.Org = res.Entities[r.Org].ID
					}
					ge.Roles = append(ge.Roles, gr)
				}
				g.Entities = append(g.Entities, ge)
			}
			got, err := json.MarshalIndent(g, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := f[:len(f)-len(".txt")] + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create it")
			require.JSONEq(t, string(want), string(got))
		})
	}
}
