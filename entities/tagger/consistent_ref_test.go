package tagger

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// consistentRef is consistent as first written: each name read against
// every word of the sentence (quadratic in a long sentence of many
// names), kept to check that the indexed version tags alike.
func consistentRef(words [][]string, tags [][]Tag, window int) {
	folded := make([][]string, len(words))
	for i, ws := range words {
		folded[i] = make([]string, len(ws))
		for j, w := range ws {
			folded[i][j] = fold.String(w)
		}
	}
	// The names of each sentence, from the tags as the tagger gave them.
	type name struct {
		words []string
		orig  []string
		typ   string
	}
	names := make([][]name, len(tags))
	for i, ts := range tags {
		for a := 0; a < len(ts); a++ {
			if !ts[a].Begins() {
				continue
			}
			b := a + 1
			for b < len(ts) && ts[b].Continues() {
				b++
			}
			names[i] = append(names[i], name{folded[i][a:b], words[i][a:b], ts[a].Type()})
			a = b - 1
		}
	}
	orig := make([][]Tag, len(tags))
	for i, ts := range tags {
		orig[i] = append([]Tag(nil), ts...)
	}
	for i := range tags {
		// Count the types of each name in the window; longer names
		// first, so that a long name claims its words before a short
		// one inside it.
		count := map[nameKey]int{}
		var keys []nameKey
		var seqs = map[string][]string{}
		var origs = map[string][]string{} // as first written
		for k := max(0, i-window); k < min(len(tags), i+window+1); k++ {
			for _, n := range names[k] {
				key := nameKey{strings.Join(n.words, " "), n.typ}
				if count[key] == 0 {
					keys = append(keys, key)
					seqs[key.words] = n.words
					if _, ok := origs[key.words]; !ok {
						origs[key.words] = n.orig
					}
				}
				count[key]++
			}
		}
		best := map[string]nameKey{}
		var order []string
		for _, key := range keys {
			b, ok := best[key.words]
			if !ok {
				order = append(order, key.words)
			}
			if !ok || count[key] > count[b] {
				best[key.words] = key
			}
		}
		// Longer names first; among equals, the first met.
		sortByLengthRef(order, seqs)
		for _, w := range order {
			seq, typ := seqs[w], best[w].typ
			relabelRef(folded[i], words[i], orig[i], tags[i], seq, origs[w], typ)
		}
	}
}

// relabel tags every untagged occurrence of seq in the sentence (words
// folded, written as written, orig its tags as the tagger gave them) with
// typ, but where a word ends with ى and the name's with ي or the other
// way round.
func relabelRef(words, written []string, orig, tags []Tag, seq, seqWritten []string, typ string) {
	bTag, _ := ParseTag("B-" + typ)
	iTag, _ := ParseTag("I-" + typ)
	n := len(seq)
	for a := 0; a+n <= len(words); a++ {
		if !sameFirst(words[a], seq[0]) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = words[a+k] == seq[k]
		}
		for k := 0; k < n && ok; k++ {
			ok = orig[a+k] == O && tags[a+k] == O && endsWithMaqsuraRef(written[a+k]) == endsWithMaqsuraRef(seqWritten[k])
		}
		if !ok || a+n < len(tags) && tags[a+n].Continues() {
			continue
		}
		tags[a] = bTag
		for k := 1; k < n; k++ {
			tags[a+k] = iTag
		}
	}
}

// endsWithMaqsuraRef reports whether w as written ends with ى once its
// diacritics and tatweel are taken off the end.
func endsWithMaqsuraRef(w string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(w, func(r rune) bool {
		return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640
	}), "ى")
}

func sortByLengthRef(order []string, seqs map[string][]string) {
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && len(seqs[order[j]]) > len(seqs[order[j-1]]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
}

// TestConsistentAsReference compares consistent with consistentRef on
// random documents: words from a small vocabulary with and without
// proclitics (so that names recur in every form sameFirst accepts) and
// random IOB2 tags.
func TestConsistentAsReference(t *testing.T) {
	vocab := []string{"الامم", "المتحده", "بنفيكا", "لامم", "ل", "و", "ب", "", "x", "الاسد", "بشار", "لبنان", "ال", "علي", "على",
		"علىً", "علىـ", "عليّ"} // marks and tatweel after the final letter
	procl := append([]string{""}, proclitics...)
	r := rand.New(rand.NewPCG(4, 4))
	types := []Tag{BPer, BLoc, BOrg, BMisc}
	for range 300 {
		ns := 1 + r.IntN(30)
		words := make([][]string, ns)
		tags := make([][]Tag, ns)
		for i := range words {
			n := r.IntN(25)
			for j := 0; j < n; j++ {
				words[i] = append(words[i], procl[r.IntN(len(procl))]+vocab[r.IntN(len(vocab))])
				switch k := r.IntN(8); {
				case k == 0:
					tags[i] = append(tags[i], types[r.IntN(4)])
				case k == 1 && j > 0 && tags[i][j-1] != O:
					b := tags[i][j-1]
					in, _ := ParseTag("I-" + b.Type())
					tags[i] = append(tags[i], in)
				default:
					tags[i] = append(tags[i], O)
				}
			}
		}
		want := make([][]Tag, ns)
		for i := range tags {
			want[i] = slices.Clone(tags[i])
		}
		window := r.IntN(12)
		consistentRef(words, want, window)
		consistent(words, tags, window)
		require.Equal(t, want, tags, "%q", words)
	}
}

// TestFirstWords checks that firstWords lists a position under a word
// exactly when sameFirst accepts the word as that first word.
func TestFirstWords(t *testing.T) {
	words := []string{"الامم", "للامم", "لامم", "ولامم", "و", "", "ل", "وللامم", "فالامم", "بنفيكا", "وبنفيكا", "لل"}
	starts := firstWords(words)
	for _, first := range append(slices.Clone(words), "امم", "ا", "الل", "ال") {
		var want []int
		for a, w := range words {
			if sameFirst(w, first) {
				want = append(want, a)
			}
		}
		assert.Equal(t, want, starts[first], "%q", first)
	}
}

// TestConsistentLongSentence: one sentence of 99,999 words, a third of
// them distinct names, each repeated untagged right after, is made
// consistent (it took minutes when each name read the whole sentence).
func TestConsistentLongSentence(t *testing.T) {
	const n = 99999
	words := make([]string, n)
	tags := make([]Tag, n)
	for a := range words {
		switch a % 3 {
		case 0:
			words[a], tags[a] = "name"+strconv.Itoa(a), BPer
		case 1:
			words[a] = "و" + words[a-1] // the name again, with a proclitic
		default:
			words[a] = "قال"
		}
	}
	consistent([][]string{words}, [][]Tag{tags}, ConsistencyWindow)
	for a := 0; a < n; a += 3 {
		require.Equal(t, []Tag{BPer, BPer, O}, tags[a:a+3], "words %d-%d", a, a+2)
	}
}
