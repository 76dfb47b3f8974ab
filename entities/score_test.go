package entities

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// This file scores mentions the way ../shared/tools/score.py does:
// label + normalized form, gold alternatives, optional gold mentions
// neither rewarded nor penalized, each prediction used once.

var (
	scoreDiacritics = regexp.MustCompile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
	scorePunct      = regexp.MustCompile(`[\s\x{200c}\x{200d}\x{200e}\x{200f}\x{061f}\x{060c}\x{061b}.,:;!?"'«»“”„()\[\]{}|\-–—_*/\\]+`)
	scoreFold       = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي", "ک", "ك", "ی", "ي", "ۀ", "ه", "ﻻ", "لا")
)

func scoreNorm(s string) string {
	s = norm.NFKC.String(s)
	s = scoreFold.Replace(scoreDiacritics.ReplaceAllString(s, ""))
	return strings.ToLower(strings.TrimSpace(scorePunct.ReplaceAllString(s, " ")))
}

type goldMention struct {
	Label    string          `json:"label"`
	Form     json.RawMessage `json:"form"`
	Optional bool            `json:"optional"`
	Section  string          `json:"section"`
}

type goldEntity struct {
	Label   string   `json:"label"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Role    *struct {
		Title string `json:"title"`
		Org   string `json:"org"`
	} `json:"role"`
}

type goldDoc struct {
	Doc      string        `json:"doc"`
	Mentions []goldMention `json:"mentions"`
	Entities []goldEntity  `json:"entities"`
	Sections struct {
		Ticker []string `json:"ticker"`
	} `json:"sections"`
}

func (g goldMention) forms() []string {
	var one string
	if json.Unmarshal(g.Form, &one) == nil {
		return []string{scoreNorm(one)}
	}
	var many []string
	_ = json.Unmarshal(g.Form, &many)
	for i := range many {
		many[i] = scoreNorm(many[i])
	}
	return many
}

type prf struct{ tp, fp, fn int }

func (c prf) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

func (c prf) String() string {
	p, r := 0.0, 0.0
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r, c.f1(), c.tp, c.fp, c.fn)
}

// scoreMentions matches predicted mentions against gold like score.py
// and returns the counts and the misses (for error analysis).
func scoreMentions(gold []goldMention, pred []Mention) (c prf, misses []string) {
	type pm struct{ label, form string }
	preds := make([]pm, len(pred))
	for i, m := range pred {
		preds[i] = pm{string(m.Label), scoreNorm(m.Form)}
	}
	used := make([]bool, len(preds))
	golds := append([]goldMention(nil), gold...)
	sort.SliceStable(golds, func(i, j int) bool { return !golds[i].Optional && golds[j].Optional })
	for _, g := range golds {
		fs := g.forms()
		hit := -1
		for i, p := range preds {
			if !used[i] && p.label == g.Label && contains(fs, p.form) {
				hit = i
				break
			}
		}
		switch {
		case hit >= 0:
			used[hit] = true
			if !g.Optional {
				c.tp++
			}
		case !g.Optional:
			c.fn++
			misses = append(misses, fmt.Sprintf("FN %s %v", g.Label, fs))
		}
	}
	for i, p := range preds {
		if !used[i] {
			c.fp++
			misses = append(misses, fmt.Sprintf("FP %s %s (%s)", p.label, p.form, pred[i].Source))
		}
	}
	return c, misses
}

// scoreEntities scores entities like score.py: a gold entity is found
// when a predicted entity has its label and name; each gold alias must
// sit in that entity. Roles are checked the same way (title and the
// organization's name), an addition of ours.
func scoreEntities(gold []goldEntity, res *Result) (names, aliases, roles prf, misses []string) {
	used := make([]bool, len(res.Entities))
	for _, g := range gold {
		hit := -1
		for i, e := range res.Entities {
			if !used[i] && string(e.Label) == g.Label && scoreNorm(e.Name) == scoreNorm(g.Name) {
				hit = i
				break
			}
		}
		if hit < 0 {
			names.fn++
			misses = append(misses, "entity FN "+g.Label+" "+g.Name)
			continue
		}
		used[hit] = true
		names.tp++
		e := res.Entities[hit]
		have := map[string]bool{scoreNorm(e.Name): true}
		for _, a := range e.Aliases {
			have[scoreNorm(a)] = true
		}
		for _, a := range g.Aliases {
			if have[scoreNorm(a)] {
				aliases.tp++
			} else {
				aliases.fn++
				misses = append(misses, "alias FN "+g.Name+": "+a)
			}
		}
		if g.Role != nil {
			ok := false
			for _, r := range e.Roles {
				org := ""
				if r.Org >= 0 {
					org = res.Entities[r.Org].Name
				}
				if scoreNorm(r.Title) == scoreNorm(g.Role.Title) && scoreNorm(org) == scoreNorm(g.Role.Org) {
					ok = true
				}
			}
			if ok {
				roles.tp++
			} else {
				roles.fn++
				misses = append(misses, fmt.Sprintf("role FN %s: %s / %s (have %v)", g.Name, g.Role.Title, g.Role.Org, e.Roles))
			}
		}
	}
	return names, aliases, roles, misses
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func readGold(t *testing.T, path string) goldDoc {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var g goldDoc
	require.NoError(t, json.Unmarshal(b, &g))
	return g
}

// seedText returns the seed page with its glued ticker line replaced by
// the gold's 15 headlines, one per line (the pipeline's glued-word repair
// does this before calling the recognizer).
func seedText(t *testing.T, g goldDoc) string {
	b, err := os.ReadFile(shared.Path(t, "seeds", "000_d71596f88f27592e.txt"))
	require.NoError(t, err)
	src := string(b)
	first, rest, _ := strings.Cut(src, "\n")
	require.Equal(t, strings.Join(g.Sections.Ticker, ""), first, "the ticker line is the headlines glued")
	return strings.Join(g.Sections.Ticker, "\n") + "\n" + rest
}

func TestSeedMentionF1(t *testing.T) {
	g := readGold(t, shared.Path(t, "gold", "seed.json"))
	src := seedText(t, g)
	for _, cfg := range []struct {
		name string
		opts Options
	}{{"gazetteer+rules", Options{NoTagger: true}}, {"gazetteer+rules+tagger", Options{}}} {
		r, err := New(cfg.opts)
		require.NoError(t, err)
		res := r.RecognizeString(src)
		c, misses := scoreMentions(g.Mentions, res.Mentions)
		t.Logf("seed mentions, %s: %v", cfg.name, c)
		for _, m := range misses {
			t.Log("  ", m)
		}
		// Title and body alone (without the ticker).
		var body []goldMention
		for _, m := range g.Mentions {
			if m.Section != "ticker" {
				body = append(body, m)
			}
		}
		tickerEnd := len(strings.Join(g.Sections.Ticker, "\n"))
		var bodyPred []Mention
		for _, m := range res.Mentions {
			if m.Start > tickerEnd {
				bodyPred = append(bodyPred, m)
			}
		}
		cb, _ := scoreMentions(body, bodyPred)
		t.Logf("seed mentions, title+body+source only, %s: %v", cfg.name, cb)
		names, aliases, roles, emisses := scoreEntities(g.Entities, res)
		t.Logf("seed entities, %s: names %d/%d, aliases %d/%d, roles %d/%d", cfg.name,
			names.tp, names.tp+names.fn, aliases.tp, aliases.tp+aliases.fn, roles.tp, roles.tp+roles.fn)
		for _, m := range emisses {
			t.Log("  ", m)
		}
		if cfg.opts.NoTagger {
			require.GreaterOrEqual(t, c.f1(), 0.9, "seed mention F1 with gazetteer and rules")
		}
	}
}

func TestNewsMentionF1(t *testing.T) {
	dir := shared.Path(t, "gold", "news")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, cfg := range []struct {
		name string
		opts Options
	}{{"gazetteer+rules", Options{NoTagger: true}}, {"gazetteer+rules+tagger", Options{}}} {
		r, err := New(cfg.opts)
		require.NoError(t, err)
		var total, entNames, entAliases prf
		for _, f := range files {
			g := readGold(t, f)
			b, err := os.ReadFile(filepath.Join(shared.Dir(t), g.Doc))
			require.NoError(t, err)
			res := r.RecognizeString(string(b))
			c, misses := scoreMentions(g.Mentions, res.Mentions)
			names, aliases, _, emisses := scoreEntities(g.Entities, res)
			entNames.tp += names.tp
			entNames.fn += names.fn
			entAliases.tp += aliases.tp
			entAliases.fn += aliases.fn
			misses = append(misses, emisses...)
			total.tp += c.tp
			total.fp += c.fp
			total.fn += c.fn
			t.Logf("%s %s: %v", cfg.name, filepath.Base(f), c)
			if testing.Verbose() && os.Getenv("NABA_MISSES") != "" {
				for _, m := range misses {
					t.Log("  ", m)
				}
			}
		}
		t.Logf("gold/news mentions, %s, micro over %d articles: %v", cfg.name, len(files), total)
		t.Logf("gold/news entities, %s: names %d/%d, aliases %d/%d", cfg.name,
			entNames.tp, entNames.tp+entNames.fn, entAliases.tp, entAliases.tp+entAliases.fn)
	}
}
