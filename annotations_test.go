package naba

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

// TestAnnotations extracts the news articles the team annotated itself
// (testdata/annotations: gold-format files whose texts stay in the shared
// data folder, corpus/news) and checks floors on what matters most: every
// annotated person is found under its canonical name, and the events are
// found (type and one shared argument, as score.py counts them). The
// floors sit a little under the scores measured when the files were
// written (see the README); score.sh gives the full score.py figures.
func TestAnnotations(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "annotations", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	root := shared.Dir(t)
	x, err := New(Options{})
	require.NoError(t, err)
	var persons, found, tp, fp, fn int
	for _, f := range files {
		var g annotation
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &g), f)
		text, err := os.ReadFile(filepath.Join(root, g.Doc))
		if err != nil {
			t.Skipf("%s: %v", g.Doc, err)
		}
		ref, err := time.Parse(time.DateOnly, g.RefDate)
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), string(text), ExtractOptions{RefDate: ref})
		require.NoError(t, err)
		names := map[string]bool{}
		for _, e := range doc.Entities {
			names[string(e.Label)+" "+fold.String(e.Name)] = true
		}
		for _, e := range g.Entities {
			if e.Label == "PER" {
				persons++
				if names["PER "+fold.String(e.Name)] {
					found++
				} else {
					t.Logf("%s: person %s not found", filepath.Base(f), e.Name)
				}
			}
		}
		a, b2, c := matchEvents(doc, g.Events)
		tp, fp, fn = tp+a, fp+b2, fn+c
	}
	f1 := 2 * float64(tp) / float64(2*tp+fp+fn)
	t.Logf("persons %d/%d; events tp %d fp %d fn %d, F1 %.3f", found, persons, tp, fp, fn, f1)
	assert.GreaterOrEqual(t, float64(found)/float64(persons), 0.9)
	assert.GreaterOrEqual(t, f1, 0.8)
}

type annotation struct {
	Doc      string `json:"doc"`
	RefDate  string `json:"ref_date"`
	Entities []struct {
		Label string `json:"label"`
		Name  string `json:"name"`
	} `json:"entities"`
	Events []annotatedEvent `json:"events"`
}

type annotatedEvent struct {
	Type         string          `json:"type"`
	Participants []string        `json:"participants"`
	Place        json.RawMessage `json:"place"` // a name or a list of acceptable names
	Time         string          `json:"time"`
	Optional     bool            `json:"optional"`
}

// matchEvents counts the events of doc against the annotated ones the
// way score.py does: a predicted event of the same type matches when it
// shares a participant, the place or the time (or anything, when the
// annotation gives no argument); optional events neither count nor cost.
func matchEvents(doc *Document, gold []annotatedEvent) (tp, fp, fn int) {
	norm := func(s string) string { return strings.Join(strings.Fields(fold.String(s)), " ") }
	names := map[string][]string{}
	for _, e := range doc.Entities {
		ns := []string{norm(e.Name)}
		for _, a := range e.Aliases {
			ns = append(ns, norm(a))
		}
		names[e.ID] = ns
	}
	used := make([]bool, len(doc.Events))
	order := make([]int, 0, len(gold))
	for i, g := range gold {
		if !g.Optional {
			order = append(order, i)
		}
	}
	for i, g := range gold {
		if g.Optional {
			order = append(order, i)
		}
	}
	for _, gi := range order {
		g := gold[gi]
		want := map[string]bool{}
		for _, p := range g.Participants {
			want[norm(p)] = true
		}
		var places []string
		if len(g.Place) > 0 && json.Unmarshal(g.Place, &places) != nil {
			var one string
			if json.Unmarshal(g.Place, &one) == nil && one != "" {
				places = []string{one}
			}
		}
		for _, p := range places {
			want[norm(p)] = true
		}
		best, bestScore := -1, -1
		for i, e := range doc.Events {
			if used[i] || e.Type != g.Type {
				continue
			}
			score := 0
			for _, a := range e.Arguments {
				vals := append([]string{norm(a.Text)}, names[a.Entity]...)
				if a.Role == "time" {
					if g.Time != "" && a.Value == g.Time {
						score++
					}
					continue
				}
				for _, v := range vals {
					if want[v] {
						score++
						break
					}
				}
			}
			if (len(want) > 0 || g.Time != "") && score == 0 {
				continue
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		switch {
		case best >= 0:
			used[best] = true
			if !g.Optional {
				tp++
			}
		case !g.Optional:
			fn++
		}
	}
	for _, u := range used {
		if !u {
			fp++
		}
	}
	return tp, fp, fn
}
