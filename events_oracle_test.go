package naba

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// TestEventsOracle measures the events stage alone: it reads the gold
// files of the shared data (the seed and gold/news), places the gold
// mentions, entities and dates in the text as if the earlier stages had
// found them exactly, runs findEvents, and writes each document's JSON to
// the folder $NABA_EVENTS_ORACLE, to be scored with score.py:
//
//	NABA_EVENTS_ORACLE=/tmp/oracle go test -run TestEventsOracle .
//	python3 ../shared/tools/score.py --pairs ../shared/gold/news /tmp/oracle/news
//	python3 ../shared/tools/score.py ../shared/gold/seed.json /tmp/oracle/seed.json
//
// Without the variable (or the shared data) the test is skipped.
func TestEventsOracle(t *testing.T) {
	out := os.Getenv("NABA_EVENTS_ORACLE")
	if out == "" {
		t.Skip("set NABA_EVENTS_ORACLE to a folder to write the oracle predictions")
	}
	root := shared.Dir(t)
	x, err := New(Options{})
	require.NoError(t, err)
	golds, err := filepath.Glob(filepath.Join(root, "gold", "news", "*.json"))
	require.NoError(t, err)
	golds = append(golds, filepath.Join(root, "gold", "seed.json"))
	require.NoError(t, os.MkdirAll(filepath.Join(out, "news"), 0o755))
	for _, g := range golds {
		var gold oracleGold
		b, err := os.ReadFile(g)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &gold))
		text, err := os.ReadFile(filepath.Join(root, gold.Doc))
		require.NoError(t, err)
		ref, err := time.Parse(time.DateOnly, gold.RefDate)
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), string(text), ExtractOptions{RefDate: ref, Path: gold.Doc})
		require.NoError(t, err)
		placeGold(doc, &gold)
		doc.Events = findEvents(doc)
		js, err := json.MarshalIndent(doc, "", " ")
		require.NoError(t, err)
		name := filepath.Join(out, "news", filepath.Base(g))
		if filepath.Base(g) == "seed.json" {
			name = filepath.Join(out, "seed.json")
		}
		require.NoError(t, os.WriteFile(name, js, 0o644))
	}
}

type oracleGold struct {
	Doc      string `json:"doc"`
	RefDate  string `json:"ref_date"`
	Mentions []struct {
		Label string          `json:"label"`
		Form  json.RawMessage `json:"form"`
	} `json:"mentions"`
	Entities []struct {
		Label   string   `json:"label"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
		Role    *struct {
			Title string `json:"title"`
			Org   string `json:"org"`
		} `json:"role"`
	} `json:"entities"`
	Dates []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
		Grain string `json:"grain"`
	} `json:"dates"`
}

func forms(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(raw, &many)
	return many
}

// findFolded finds the first occurrence of phrase (folded) in the
// document's Norm at or after from, starting a token or after a
// proclitic, and returns its Norm span.
func findFolded(doc *Document, phrase string, from int) (int, int, bool) {
	tx := doc.text
	p := fold.String(phrase)
	variants := []string{p}
	if rest, ok := strings.CutPrefix(p, "ال"); ok {
		variants = append(variants, "ل"+rest) // للائتلاف
	}
	best, bestEnd := -1, -1
	for _, v := range variants {
		for at := from; at < len(tx.Norm); {
			i := strings.Index(tx.Norm[at:], v)
			if i < 0 {
				break
			}
			s := at + i
			e := s + len(v)
			if boundaryOK(tx, s, e) && (best < 0 || s < best) {
				best, bestEnd = s, e
				break
			}
			at = s + 1
		}
	}
	return best, bestEnd, best >= 0
}

func boundaryOK(tx *normalize.Text, s, e int) bool {
	toks := tx.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > s })
	if i >= len(toks) || toks[i].Start > s || s-toks[i].Start > len("وبال") {
		return false
	}
	if s > toks[i].Start && !strings.ContainsRune("وفبلك", []rune(tx.Norm[toks[i].Start:s])[0]) {
		return false
	}
	j := sort.Search(len(toks), func(k int) bool { return toks[k].End >= e })
	return j < len(toks) && toks[j].End == e
}

func placeGold(doc *Document, g *oracleGold) {
	tx := doc.text
	doc.Mentions = nil
	doc.Entities = nil
	doc.Dates = nil
	ids := map[string]string{} // folded name or alias -> entity ID
	newEntity := func(label Label, name string, aliases []string) string {
		id := "e" + itoa(len(doc.Entities)+1)
		doc.Entities = append(doc.Entities, Entity{ID: id, Label: label, Name: name, Aliases: aliases})
		for _, n := range append([]string{name}, aliases...) {
			if _, ok := ids[string(label)+fold.String(n)]; !ok {
				ids[string(label)+fold.String(n)] = id
			}
		}
		return id
	}
	for _, e := range g.Entities {
		newEntity(Label(e.Label), e.Name, e.Aliases)
	}
	for i, e := range g.Entities {
		if e.Role != nil {
			org := ""
			for _, l := range []string{"ORG", "LOC"} {
				if id, ok := ids[l+fold.String(e.Role.Org)]; ok {
					org = id
				}
			}
			doc.Entities[i].Roles = []Role{{Title: e.Role.Title, Org: org}}
		}
	}
	cur := 0
	for _, m := range g.Mentions {
		fs := forms(m.Form)
		best, bestEnd, bestForm := -1, -1, ""
		for _, f := range fs {
			s, e, ok := findFolded(doc, f, cur)
			if ok && (best < 0 || s < best || (s == best && e > bestEnd)) {
				best, bestEnd, bestForm = s, e, f
			}
		}
		if best < 0 {
			continue
		}
		cur = best + 1 // nested gold mentions (خلية السلط, السلط) start inside
		ss, se := tx.SourceSpan(best, bestEnd)
		label := Label(m.Label)
		id, ok := ids[m.Label+fold.String(bestForm)]
		if !ok {
			for _, f := range fs {
				if id, ok = ids[m.Label+fold.String(f)]; ok {
					break
				}
			}
		}
		if !ok {
			id = newEntity(label, fs[0], fs[1:])
		}
		doc.Mentions = append(doc.Mentions, Mention{Label: label, Text: tx.Source[ss:se], Form: bestForm, Start: ss, End: se, Entity: id, Section: doc.SectionAt(ss, se)})
	}
	cur = 0
	for _, d := range g.Dates {
		s, e, ok := findFolded(doc, d.Text, cur)
		if !ok {
			s, e, ok = findFolded(doc, d.Text, 0)
		}
		if !ok {
			continue
		}
		cur = e
		ss, se := tx.SourceSpan(s, e)
		doc.Dates = append(doc.Dates, Date{Text: tx.Source[ss:se], Start: ss, End: se, Value: d.Value, Grain: d.Grain, Section: doc.SectionAt(ss, se)})
	}
	sortDates(doc.Dates)
}

func sortDates(ds []Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
