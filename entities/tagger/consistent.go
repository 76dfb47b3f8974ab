package tagger

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// ConsistencyWindow is how many sentences before and after a sentence
// TagSentences reads for names to repeat.
const ConsistencyWindow = 10

// TagSentences tags consecutive sentences of one document, each given as
// words (see TagWords), and returns one tag slice per sentence. It then
// makes the tags consistent within the document: a sequence of words
// tagged as a name in one sentence is tagged the same where it recurs
// untagged within ConsistencyWindow sentences, also with a proclitic on
// its first word (بنفيكا … وكان وبنفيكا). A name tagged with two types
// takes the more frequent one. The tagger decodes sentence by sentence, so
// a name it found once in a sentence that made it clear is carried to the
// sentences that did not; on ANERcorp dev this adds about 0.3 F1 points,
// on AQMAR dev about 1.4.
func (m *Model) TagSentences(sents [][]string) [][]Tag {
	out := make([][]Tag, len(sents))
	sm := m.wordsModel(sents...) // one domain for the document
	for i, ws := range sents {
		out[i] = m.tagWords(sm, ws, nil)
	}
	consistent(sents, out, ConsistencyWindow)
	return out
}

// A nameKey is a tagged name: its folded words joined by spaces.
type nameKey struct {
	words string
	typ   string
}

// consistent tags the untagged recurrences of the names tagged in tags
// (one slice per sentence of words) within window sentences. It reads the
// names of the tags as given, so the result does not depend on the order
// in which sentences are changed.
func consistent(words [][]string, tags [][]Tag, window int) {
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
		orig  []string // the words as written
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
		var origs = map[string][]string{}
		for k := max(0, i-window); k < min(len(tags), i+window+1); k++ {
			for _, n := range names[k] {
				key := nameKey{strings.Join(n.words, " "), n.typ}
				if count[key] == 0 {
					keys = append(keys, key)
					if _, ok := seqs[key.words]; !ok {
						seqs[key.words], origs[key.words] = n.words, n.orig
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
		if len(order) == 0 {
			continue
		}
		// Longer names first; among equals, the first met.
		sortByLength(order, seqs)
		starts := firstWords(folded[i])
		for _, w := range order {
			seq, typ := seqs[w], best[w].typ
			relabel(folded[i], words[i], orig[i], tags[i], seq, origs[w], typ, starts[seq[0]])
		}
	}
}

// firstWords maps each first word of a name that the folded words may
// begin (see sameFirst) to the positions of the words that do, in
// order: relabel then visits only those, so that a sentence is not read
// once per name (quadratic in a sentence of thousands of names).
func firstWords(words []string) map[string][]int {
	starts := make(map[string][]int, len(words))
	add := func(k string, a int) {
		if ps := starts[k]; len(ps) == 0 || ps[len(ps)-1] != a {
			starts[k] = append(ps, a)
		}
	}
	for a, w := range words {
		add(w, a)
		for _, p := range proclitics {
			rest, ok := strings.CutPrefix(w, p)
			if !ok {
				continue
			}
			add(rest, a)
			if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
				add("ا"+rest, a) // للامم is ل + الامم
			}
		}
	}
	return starts
}

// relabel tags every untagged occurrence of seq in the sentence (words
// folded, written as written, orig its tags as the tagger gave them)
// with typ; starts are the positions, in order, of the words that are
// seq's first word (see sameFirst and firstWords). A word that ends
// with ى where the name's ends with ي, or the other way round, is
// another word: على "on" is not the name علي, which folds like it.
func relabel(words, written []string, orig, tags []Tag, seq, seqWritten []string, typ string, starts []int) {
	bTag, _ := ParseTag("B-" + typ)
	iTag, _ := ParseTag("I-" + typ)
	n := len(seq)
	for _, a := range starts {
		if a+n > len(words) {
			break
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = words[a+k] == seq[k]
		}
		for k := 0; k < n && ok; k++ {
			ok = orig[a+k] == O && tags[a+k] == O && maqsuraEnd(written[a+k]) == maqsuraEnd(seqWritten[k])
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

// maqsuraEnd reports whether the word as written ends with ى (alef
// maqsura), past any diacritics.
func maqsuraEnd(w string) bool {
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
			w = w[:len(w)-size]
			continue
		}
		return r == 'ى'
	}
	return false
}

// proclitics are the prefixes a name's first word may carry where it
// recurs: و ف ب ل ك and their pairs.
var proclitics = []string{"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"}

// sameFirst reports whether the folded word w is the folded first word
// of a name, bare or with a proclitic (وبنفيكا، للامم for الامم).
func sameFirst(w, first string) bool {
	if w == first {
		return true
	}
	for _, p := range proclitics {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		if rest == first {
			return true
		}
		// ل before the article drops its alef: للامم is ل + الامم.
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(first, "ال") && "ا"+rest == first {
			return true
		}
	}
	return false
}

// sortByLength sorts the names longest first, keeping the order of
// names of one length.
func sortByLength(order []string, seqs map[string][]string) {
	slices.SortStableFunc(order, func(a, b string) int { return len(seqs[b]) - len(seqs[a]) })
}

// fold is the folding the names are compared under.
var fold = normalize.MustNew(normalize.Search)
