package seqmodel

import (
	"strings"

	"github.com/nabanlp/naba/normalize"
)

// Folder is the normalizer whose tokens the model reads (Search: every
// fold on).
var Folder = normalize.MustNew(normalize.Search)

// AlignWords analyzes pre-tokenized words (CoNLL tokens such as
// ANERcorp's, with clitics attached and punctuation sometimes glued) as
// one sequence: it joins them with spaces, analyzes the result with
// Folder, and returns the text and, for every token, the index of the
// word it came from. Words that produce no token (only marks or
// controls) own no token.
func AlignWords(words []string) (*normalize.Text, []int32) {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	t := Folder.Analyze(b.String())
	owner := make([]int32, len(t.Tokens))
	wi := 0
	for k := range t.Tokens {
		s, _ := t.TokenSource(k)
		for wi+1 < len(words) && starts[wi+1] <= s {
			wi++
		}
		owner[k] = int32(wi)
	}
	return t, owner
}

// IsPunct reports whether token k of t is punctuation or a symbol.
func IsPunct(t *normalize.Text, k int) bool {
	kind := t.Tokens[k].Kind
	return kind == normalize.Punct || kind == normalize.Symbol || kind == normalize.Invalid
}

// SpreadLabels gives every token the label its word carries: the first
// non-punctuation token of a word gets the word's label and later ones
// continue it (I-x); punctuation gets O, except inside an entity (before
// the word's text in an I-x word, or after it when the next word
// continues the entity), where it continues the entity.
func SpreadLabels(t *normalize.Text, owner []int32, wordLabels []uint8) []uint8 {
	out := make([]uint8, len(t.Tokens))
	seen := make([]bool, len(wordLabels))
	lastText := make([]int, len(wordLabels)) // last non-punctuation token of each word
	for k := range t.Tokens {
		if !IsPunct(t, k) {
			lastText[owner[k]] = k
		}
	}
	for k := range t.Tokens {
		w := owner[k]
		l := wordLabels[w]
		if l == O {
			continue
		}
		inside := l
		if !IsInside(l) {
			inside = l + 1
		}
		if IsPunct(t, k) {
			switch {
			case !seen[w] && IsInside(l), seen[w] && k < lastText[w]:
				out[k] = inside
			case seen[w] && int(w)+1 < len(wordLabels) && wordLabels[w+1] == inside:
				out[k] = inside
			}
			continue
		}
		if seen[w] {
			out[k] = inside
		} else {
			out[k] = l
			seen[w] = true
		}
	}
	makeIOB2(out)
	return out
}

// makeIOB2 keeps a label sequence valid IOB2: an I-x that may not follow
// the label before it (O, or another type) becomes B-x.
func makeIOB2(labels []uint8) {
	prev := uint8(NumLabels)
	for k, l := range labels {
		if IsInside(l) && !Allowed(prev, l) {
			labels[k] = l - 1
		}
		prev = labels[k]
	}
}

// GatherLabels turns token labels back into one label per word: a word
// takes the label of its first non-punctuation token that is not O (or
// of its first labelled token at all), and the word sequence is then
// made valid IOB2.
func GatherLabels(owner []int32, isPunct func(k int) bool, labels []uint8, nwords int, dst []uint8) []uint8 {
	base := len(dst)
	for range nwords {
		dst = append(dst, O)
	}
	words := dst[base:]
	// Pass 1: word tokens; pass 2: punctuation for words still unlabelled.
	done := make([]bool, nwords)
	for pass := 0; pass < 2; pass++ {
		for k, l := range labels {
			w := owner[k]
			if done[w] || isPunct(k) != (pass == 1) {
				continue
			}
			if pass == 0 && l == O {
				// The word's first word token says O: the word is O unless a
				// later piece starts an entity.
				continue
			}
			if l != O {
				words[w] = l
				done[w] = true
			}
		}
	}
	makeIOB2(words)
	return dst
}

// TagWords tags pre-tokenized words (see AlignWords) as one sequence and
// appends one label per word to dst.
func (m *Model) TagWords(words []string, s *Scratch, dst []uint8) []uint8 {
	t, owner := AlignWords(words)
	m.Tag(t, 0, len(t.Tokens), s)
	defer s.Release()
	return GatherLabels(owner, func(k int) bool { return IsPunct(t, k) }, s.Labels[:len(t.Tokens)], len(words), dst)
}

// WordExample builds the training example of a sentence given as words
// with their gold labels.
func (f *Features) WordExample(words []string, gold []uint8) *Example {
	t, owner := AlignWords(words)
	var s Scratch
	f.Extract(t, 0, len(t.Tokens), &s)
	return &Example{Feats: s.Feats, Offs: s.Offs, Gold: SpreadLabels(t, owner, gold)}
}
