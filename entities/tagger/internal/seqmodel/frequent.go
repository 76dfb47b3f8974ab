package seqmodel

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/nabanlp/naba/normalize"
)

//go:generate go run gen_frequent.go

// A frequentTable holds, for the most frequent Arabic word forms
// (frequentList, from wordfreq), their atoms and the summed weights of
// their one-token features at every offset without gazetteer marks:
// what the scorer computes for a word the first time a document uses
// it, computed once per Model. Two tokens in three of news text are
// such words, so a document computes far fewer sums of its own.
//
// An entry is computed the first time a text uses its word (word), not
// when the table is made: a process that tags a few texts computes the
// few hundred words they use, not the five thousand of the list. The
// table is safe for concurrent use.
type frequentTable struct {
	index map[string]int32 // the word as written (the source) → entry
	words []frequentWord
	m     *Model
	mu    sync.Mutex // held while an entry is computed
	buf   []byte     // the Snowball stems of the entries, under mu
}

type frequentWord struct {
	// state is frequentNew until the entry is computed, then
	// frequentOK, or frequentNone when the word does not analyze as
	// one Arabic word of the same source (never used). Set under
	// frequentTable.mu, after the fields below.
	state atomic.Uint32
	atoms
	src  string // the word as written: its key in index
	sums tokenSums
}

// The states of a frequentWord.
const (
	frequentNew = iota
	frequentOK
	frequentNone
)

// frequent returns m's frequentTable, making it on first use.
func (m *Model) frequent() *frequentTable {
	m.freqOnce.Do(func() { m.freq = m.newFrequent(frequentList) })
	return m.freq
}

// newFrequent returns the frequentTable of the words of list (one per
// line), none of them computed yet.
func (m *Model) newFrequent(list string) *frequentTable {
	words := strings.Split(list, "\n")
	ft := &frequentTable{index: make(map[string]int32, len(words)), m: m}
	srcs := make([]string, 0, len(words))
	for _, w := range words {
		if _, dup := ft.index[w]; !dup && w != "" {
			ft.index[w] = int32(len(srcs))
			srcs = append(srcs, w)
		}
	}
	ft.words = make([]frequentWord, len(srcs))
	for j, w := range srcs {
		ft.words[j].src = w
	}
	return ft
}

// word returns entry j, computing it first if need be, or nil when its
// word is never used (frequentNone).
func (ft *frequentTable) word(j int32) *frequentWord {
	fw := &ft.words[j]
	st := fw.state.Load()
	if st == frequentNew {
		st = ft.compute(fw)
	}
	if st != frequentOK {
		return nil
	}
	return fw
}

// compute computes the entry fw and returns its state.
//
// The word is analyzed alone, and its features are those of the middle
// token of five copies of itself (every one-token feature at every
// offset is then the word's): features reads only the atoms of the
// tokens, which are those of five copies analyzed together
// (TestBuildFrequent compares the two for the embedded list).
func (ft *frequentTable) compute(fw *frequentWord) uint32 {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	if st := fw.state.Load(); st != frequentNew {
		return st // computed meanwhile
	}
	w := fw.src
	t := Folder.Analyze(w)
	if len(t.Tokens) != 1 || t.Tokens[0].Kind != normalize.ArabicWord {
		fw.state.Store(frequentNone)
		return frequentNone
	}
	if s0, e0 := t.TokenSource(0); t.Source[s0:e0] != w {
		fw.state.Store(frequentNone)
		return frequentNone
	}
	m := ft.m
	tok := t.Tokens[0]
	ft.buf = m.wordAtoms(&fw.atoms, tok.Kind, t.Norm[tok.Start:tok.End], w, triggerClass(), ft.buf)
	fw.sums = tokenSums{next: -1, done: 1<<numOffsets - 1}
	var five [numOffsets]atoms
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
	fw.state.Store(frequentOK)
	return frequentOK
}

// buildFrequent is newFrequent with every entry computed.
func (m *Model) buildFrequent(list string) *frequentTable {
	ft := m.newFrequent(list)
	for j := range ft.words {
		ft.word(int32(j))
	}
	return ft
}
