package seqmodel

import (
	"strings"

	"github.com/nabanlp/naba/normalize"
)

//go:generate go run gen_frequent.go

// A frequentTable holds, for the most frequent Arabic word forms
// (frequentList, from wordfreq), their atoms and the summed weights of
// their one-token features at every offset without gazetteer marks:
// what the scorer computes for a word the first time a document uses
// it, computed once per Model. Two tokens in three of news text are
// such words, so a document computes far fewer sums of its own. It is
// immutable once built.
type frequentTable struct {
	index map[string]int32 // the word as written (the source) → entry
	words []frequentWord
}

type frequentWord struct {
	atoms
	src  string // the word as written: its key in index
	sums tokenSums
}

// frequent returns m's frequentTable, building it on first use.
func (m *Model) frequent() *frequentTable {
	m.freqOnce.Do(func() { m.freq = m.buildFrequent(frequentList) })
	return m.freq
}

// buildFrequent computes, for each word of list (one per line), its
// atoms and the sums of its one-token features at every offset without
// gazetteer marks.
//
// The word is analyzed alone, and its features are those of the middle
// token of five copies of itself (every one-token feature at every
// offset is then the word's): features reads only the atoms of the
// tokens, which are those of five copies analyzed together
// (TestBuildFrequent compares the two for the embedded list).
func (m *Model) buildFrequent(list string) *frequentTable {
	words := strings.Split(list, "\n")
	ft := &frequentTable{index: make(map[string]int32, len(words)), words: make([]frequentWord, 0, len(words))}
	classes := triggerClass()
	var buf []byte
	var five [numOffsets]atoms
	for _, w := range words {
		if _, dup := ft.index[w]; dup || w == "" {
			continue
		}
		t := Folder.Analyze(w)
		if len(t.Tokens) != 1 || t.Tokens[0].Kind != normalize.ArabicWord {
			continue
		}
		if s0, e0 := t.TokenSource(0); t.Source[s0:e0] != w {
			continue
		}
		fw := frequentWord{src: w, sums: tokenSums{next: -1, done: 1<<numOffsets - 1}}
		tok := t.Tokens[0]
		buf = m.wordAtoms(&fw.atoms, tok.Kind, t.Norm[tok.Start:tok.End], w, classes, buf)
		for k := range five {
			five[k] = fw.atoms
		}
		// The pair sums and the features that read several tokens go to
		// e.acc, which is dropped.
		e := emitter{m: m, some: true, prevPair: true, nextPair: true}
		for o := range e.vec {
			e.vec[o] = &fw.sums.sum[o]
		}
		m.features(five[:], maxOffset, &e)
		ft.index[w] = int32(len(ft.words))
		ft.words = append(ft.words, fw)
	}
	return ft
}
