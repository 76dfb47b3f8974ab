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

// buildFrequent scores each word of list (one per line) as the middle
// of five copies of itself, without gazetteer marks: every one-token
// feature at every offset is then the word's, and scoring the middle
// token makes the sums of every offset.
//
// The word is analyzed alone and the text of its five copies is made
// from it, with the tokens' source spans given (MapSources' spans): the
// features read only the tokens, their normalized text and their
// source, which are those of five copies analyzed together
// (TestBuildFrequent compares the two for the embedded list).
func (m *Model) buildFrequent(list string) *frequentTable {
	words := strings.Split(list, "\n")
	ft := &frequentTable{index: make(map[string]int32, len(words)), words: make([]frequentWord, 0, len(words))}
	s := Scratch{Keep: true, UseMarks: true, Marks: make([]uint32, numOffsets), limit: 2*len(words) + 16}
	var five normalize.Text
	five.Tokens = make([]normalize.Token, numOffsets)
	var src, norm []byte
	for _, w := range words {
		if _, dup := ft.index[w]; dup || w == "" {
			continue
		}
		t := Folder.Analyze(w)
		if len(t.Tokens) != 1 || t.Tokens[0].Kind != normalize.ArabicWord {
			continue
		}
		tok := t.Tokens[0]
		if s0, e0 := t.TokenSource(0); t.Source[s0:e0] != w {
			continue
		}
		nw := t.Norm[tok.Start:tok.End]
		src, norm = src[:0], norm[:0]
		s.srcSpans = s.srcSpans[:0]
		for k := range numOffsets {
			if k > 0 {
				src, norm = append(src, ' '), append(norm, ' ')
			}
			s.srcSpans = append(s.srcSpans, normalize.Span{Start: len(src), End: len(src) + len(w)})
			five.Tokens[k] = normalize.Token{Start: len(norm), End: len(norm) + len(nw), Kind: normalize.ArabicWord}
			src, norm = append(src, w...), append(norm, nw...)
		}
		five.Source, five.Norm = string(src), string(norm)
		s.srcOf, s.srcFrom = &five, 0
		m.scoreSums(&five, maxOffset, &s)
		mid := s.sumAt[maxOffset]
		if mid < 0 || s.sums[mid].done != 1<<numOffsets-1 || s.wordAt[maxOffset] < 0 {
			continue // not one word type five times
		}
		fw := frequentWord{atoms: s.words[s.wordAt[maxOffset]].atoms, src: w, sums: s.sums[mid]}
		fw.sums.next = -1
		ft.index[w] = int32(len(ft.words))
		ft.words = append(ft.words, fw)
		s.Release() // s keeps the words (the sums are exact whatever it holds)
	}
	return ft
}
