package conll

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A Chunk is an entity found in a tag sequence: tokens [Start, End) of
// type Type.
type Chunk struct {
	Start, End int
	Type       string
}

func splitTag(tag string) (prefix byte, typ string) {
	if tag == "" || tag == "O" {
		return 'O', ""
	}
	if len(tag) >= 2 && tag[1] == '-' {
		return tag[0], tag[2:]
	}
	return 'B', tag
}

// Chunks returns the entities of an IOB2 (or IOB1) tag sequence with the
// conlleval/seqeval default rules: a chunk starts at B-x, and also at
// I-x after O or after a chunk of another type; it ends where the next
// tag does not continue it.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		p, t := byte('O'), ""
		if i < len(tags) {
			p, t = splitTag(tags[i])
		}
		continues := start >= 0 && p == 'I' && t == typ
		if start >= 0 && !continues {
			out = append(out, Chunk{start, i, typ})
			start = -1
		}
		if p != 'O' && !continues {
			start, typ = i, t
		}
	}
	return out
}

// Counts are the entity counts of one type.
type Counts struct {
	// Gold, Pred and Correct count gold chunks, predicted chunks and
	// predicted chunks that match a gold chunk exactly (span and type).
	Gold, Pred, Correct int
}

// Precision is Correct/Pred (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall is Correct/Gold (0 when there is no gold chunk).
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Score accumulates entity counts over sentences.
type Score struct {
	// ByType holds the counts per entity type.
	ByType map[string]*Counts
}

// Add scores one sentence: gold and pred are its gold and predicted tags
// (same length).
func (s *Score) Add(gold, pred []string) {
	if s.ByType == nil {
		s.ByType = map[string]*Counts{}
	}
	get := func(t string) *Counts {
		c := s.ByType[t]
		if c == nil {
			c = &Counts{}
			s.ByType[t] = c
		}
		return c
	}
	g, p := Chunks(gold), Chunks(pred)
	set := make(map[Chunk]bool, len(g))
	for _, c := range g {
		set[c] = true
		get(c.Type).Gold++
	}
	for _, c := range p {
		cnt := get(c.Type)
		cnt.Pred++
		if set[c] {
			cnt.Correct++
		}
	}
}

// Micro returns the counts summed over all types.
func (s *Score) Micro() Counts {
	var m Counts
	for _, c := range s.ByType {
		m.Gold += c.Gold
		m.Pred += c.Pred
		m.Correct += c.Correct
	}
	return m
}

// Types returns the entity types seen, sorted.
func (s *Score) Types() []string {
	ts := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Report writes a seqeval-style table: precision, recall, F1 and support
// per type, then the micro average.
func (s *Score) Report(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %9s %9s %9s %9s\n", "", "precision", "recall", "f1", "support")
	for _, t := range s.Types() {
		c := s.ByType[t]
		fmt.Fprintf(&b, "%-10s %9.4f %9.4f %9.4f %9d\n", t, c.Precision(), c.Recall(), c.F1(), c.Gold)
	}
	m := s.Micro()
	fmt.Fprintf(&b, "%-10s %9.4f %9.4f %9.4f %9d\n", "micro avg", m.Precision(), m.Recall(), m.F1(), m.Gold)
	_, err := io.WriteString(w, b.String())
	return err
}
