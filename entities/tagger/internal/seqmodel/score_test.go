package seqmodel

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/internal/conll"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// TestViterbiBIO checks that the decoder that skips forbidden
// transitions picks the labels of the plain one, ties included (scores
// on a coarse grid tie often), with and without its dominance table:
// with emissions far apart (scale) most positions take the table's
// shortcut, and a large common offset makes the float32 sums round.
func TestViterbiBIO(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		scale, offset float32
	}{{0.5, 0}, {8, 0}, {40, 0}, {8, 3e5}, {0.0625, 1e6}, {1, 1 << 24}} {
		for k := range 2000 {
			var trans [NumLabels + 1][NumLabels]float32
			for p := range trans {
				for c := range trans[p] {
					trans[p][c] = float32(rng.IntN(5) - 2)
					if !Allowed(uint8(p), uint8(c)) {
						trans[p][c] = negInf
					}
				}
			}
			n := 1 + rng.IntN(12)
			em := make([]float32, n*NumLabels)
			for i := range em {
				em[i] = float32(rng.IntN(7)-3) * tc.scale
				if i%NumLabels == 0 {
					em[i] += tc.offset
				}
			}
			want := make([]uint8, n)
			viterbi(n, em, &trans, make([]uint8, n*NumLabels), want)
			tt := transpose(&trans)
			dom := newDominance(&tt)
			for _, d := range []*dominance{nil, &dom} {
				got := make([]uint8, n)
				viterbiBIOT(n, em, &trans[NumLabels], &tt, d, make([]uint8, n*NumLabels), got)
				require.Equal(t, want, got, "scale %v offset %v case %d dominance %v", tc.scale, tc.offset, k, d != nil)
			}
		}
	}
}

// TestDominance checks when the previous label O beats every other.
func TestDominance(t *testing.T) {
	var trans [NumLabels + 1][NumLabels]float32
	for p := range trans {
		for c := range trans[p] {
			trans[p][c] = float32(p%3) - float32(c%2) // into O and B-x: 0, 1 or 2 below 1
			if !Allowed(uint8(p), uint8(c)) {
				trans[p][c] = negInf
			}
		}
	}
	tt := transpose(&trans)
	d := newDominance(&tt)
	require.True(t, d.on)
	assert.Equal(t, float32(2), d.span)
	assert.Equal(t, float32(2), d.lead[0][2], "from 2, two more than from 0")
	assert.Equal(t, float32(-2), d.lead[2][0])
	p := [NumLabels]float32{0, -10, -10, -10, -10, -10, -10, -10, -10}
	beaten := func() bool { return d.beatenByO(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]) }
	assert.True(t, beaten())
	p[2] = -2 // -2+2 ties with 0+0 into every label: no winner
	assert.False(t, beaten())
	p[2] = -2.01 // loses by 0.01, well above the margin
	assert.True(t, beaten())
	p[0] = 1e6 // the margin grows with the scores: 0.01 is too close
	p[2] = 1e6 - 2.01
	assert.False(t, beaten())
	p[2] = 1e6 - 20 // the margin is (1e6+2)/2^16, some 15
	assert.True(t, beaten())
	p[5] = float32(math.NaN())
	assert.False(t, beaten())
	p[5] = -10
	p[0] = float32(math.Inf(1))
	assert.False(t, beaten())
	var none *dominance
	assert.False(t, none.beatenByO(0, -10, -10, -10, -10, -10, -10, -10, -10))
	tt[0][3] = float32(math.Inf(1))
	assert.False(t, newDominance(&tt).on, "infinite transitions: no table")
}

func embeddedModel(tb testing.TB) *Model {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "model.bin"))
	require.NoError(tb, err)
	m, err := Read(bytes.NewReader(data))
	require.NoError(tb, err)
	return m
}

// checkScores tags each sequence of text with the factorized scorer (one
// Scratch for the whole text, as package tagger does) and compares every
// token's scores, and the labels, with the plain sum of all features.
func checkScores(t *testing.T, m *Model, text *normalize.Text, seqs [][2]int, s *Scratch, name string) {
	t.Helper()
	var ref Scratch
	for _, q := range seqs {
		first, last := q[0], q[1]
		m.Tag(text, first, last, s)
		want := m.scoresReference(text, first, last, &ref)
		n := last - first
		if !assert.Equal(t, want, s.scores[:n*NumLabels], "%s: tokens %d-%d", name, first, last) {
			return
		}
		labels := append([]uint8(nil), s.Labels[:n]...)
		m.tagReference(text, first, last, &ref)
		require.Equal(t, ref.Labels[:n], labels, "%s: tokens %d-%d", name, first, last)
	}
	s.Release()
}

// TestFactorizedScores checks that the scorer, which sums the features
// of one token once per word type, gazetteer mark and offset
// (Model.Tag), gives exactly the scores of the plain sum of every
// feature of every token, on the news corpus (sentence by sentence, and
// each article as one sequence, with the caller's gazetteer scan too)
// and on ANERcorp dev. A template in Features.features that reads the
// context through e.tok fails here.
func TestFactorizedScores(t *testing.T) {
	m := embeddedModel(t)
	var s Scratch
	for k, doc := range shared.News(t) {
		if raceEnabled && k%8 != 0 {
			continue
		}
		name := doc.Name
		text := Folder.Analyze(doc.Text)
		var sents [][2]int
		for _, st := range text.Sentences {
			sents = append(sents, [2]int{st.First, st.Last})
		}
		checkScores(t, m, text, sents, &s, filepath.Base(name))
		checkScores(t, m, text, [][2]int{{0, len(text.Tokens)}}, &s, filepath.Base(name)+" whole")
		s.Scan = gazetteer.Default().Scan(text)
		checkScores(t, m, text, sents, &s, filepath.Base(name)+" scan")
		s.Scan = nil
		s.MapSources(text, 1, len(text.Tokens)) // token 0 by TokenSource
		checkScores(t, m, text, sents, &s, filepath.Base(name)+" mapped sources")
	}
	f, err := os.Open(shared.Path(t, "data", "anercorp", "train.txt"))
	require.NoError(t, err)
	defer f.Close()
	sents, err := conll.Read(f)
	require.NoError(t, err)
	for k, st := range sents[len(sents)-len(sents)/10:] {
		if raceEnabled && k%8 != 0 {
			continue
		}
		text, _ := AlignWords(st.Words)
		checkScores(t, m, text, [][2]int{{0, len(text.Tokens)}}, &s, "ANERcorp dev sentence "+string(rune('0'+k%10)))
	}
}

// TestNoClassSumsZero: scoreInsideNoClass leaves out the class sums of
// a token with no trigger class near, which holds because they are zero
// in every model (classFeatures emits nothing for none).
func TestNoClassSumsZero(t *testing.T) {
	m := embeddedModel(t)
	assert.Zero(t, m.classSums[0][0])
	assert.Zero(t, m.classSums[1][0])
	var e emitter
	e.flat = true
	classFeatures(&e, 0, 0)
	assert.Empty(t, e.feats)
}

// TestFactorizedScoresBounded checks the scorer when a document has more
// words than the Scratch keeps: tokens past the bounds are scored alone.
func TestFactorizedScoresBounded(t *testing.T) {
	m := embeddedModel(t)
	var b strings.Builder
	for _, d := range shared.News(t) {
		b.WriteString(d.Text)
	}
	src := b.String()
	if raceEnabled {
		src = src[:len(src)/8]
	}
	text := Folder.Analyze(src)
	var sents [][2]int
	for _, st := range text.Sentences {
		sents = append(sents, [2]int{st.First, st.Last})
	}
	var s Scratch
	s.limit = 300 // keep few words and sums
	checkScores(t, m, text, sents, &s, "news, few words kept")
}

// TestFactorizedScoresRemembered checks the scorer with remembering
// Scans (gazetteer.Scan.Remember), whose word numbers atomize trusts for
// a token's normalized text (Scratch.byScan): a stream of documents read
// through two Scans in turn, now and then a new one, by a Scratch that
// keeps its words and by one that forgets them, and a text whose words
// are written in several ways that fold to one normalized word (their
// sources, which Snowball reads, differ).
func TestFactorizedScoresRemembered(t *testing.T) {
	m := embeddedModel(t)
	g := gazetteer.Default()
	variants := "قال أحمد إن احمد وأحمد والاحمد في المدرسة والمدرسه ومدرسة على علي " +
		"الأمم المتحدة الامم المتحده إلى الى إلي مصر مِصر مصرُ مـصـر Ahmed AHMED 12 ١٢ ."
	texts := []*normalize.Text{Folder.Analyze(strings.Repeat(variants+"\n", 3))}
	names := []string{"variants"}
	docs := shared.News(t)
	if raceEnabled {
		docs = docs[:4]
	}
	for _, d := range docs {
		texts = append(texts, Folder.Analyze(d.Text))
		names = append(names, filepath.Base(d.Name))
	}
	for _, keep := range []bool{true, false} {
		s := Scratch{Keep: keep, limit: 1000}
		var scans [2]*gazetteer.Scan
		k := 0
		for round := range 2 {
			for j, text := range texts {
				if scans[k%2] == nil || k%7 == 6 {
					scans[k%2] = new(gazetteer.Scan)
					scans[k%2].Remember()
				}
				scan := scans[k%2]
				k++
				scan.Reset(g, text)
				var sents [][2]int
				for _, st := range text.Sentences {
					sents = append(sents, [2]int{st.First, st.Last})
				}
				s.Scan = scan
				checkScores(t, m, text, sents, &s, fmt.Sprintf("%s (keep %v, round %d)", names[j], keep, round))
			}
		}
	}
}

// TestFactorizedScoresKept checks the scorer of a Scratch that keeps the
// words of one document for the next (Keep), through a stream that
// fills it several times, and that what it keeps holds no reference to
// the documents.
func TestFactorizedScoresKept(t *testing.T) {
	m := embeddedModel(t)
	names, err := filepath.Glob(filepath.Join(shared.Path(t, "corpus", "news"), "*.txt"))
	require.NoError(t, err)
	sort.Strings(names)
	s := Scratch{Keep: true, limit: 1000}
	if raceEnabled {
		names = names[:4]
		s.limit = 150
	}
	restarts := 0
	for round := range 2 {
		for _, name := range names {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			text := Folder.Analyze(string(data))
			var sents [][2]int
			for _, st := range text.Sentences {
				sents = append(sents, [2]int{st.First, st.Last})
			}
			before := len(s.words)
			if round == 1 {
				s.Scan = gazetteer.Default().Scan(text)
			}
			checkScores(t, m, text, sents, &s, filepath.Base(name))
			if len(s.words) < before {
				restarts++
			}
			lo := uintptr(unsafe.Pointer(unsafe.StringData(text.Source)))
			hi := lo + uintptr(len(text.Source))
			nlo := uintptr(unsafe.Pointer(unsafe.StringData(text.Norm)))
			nhi := nlo + uintptr(len(text.Norm))
			for k, w := range s.cache {
				for _, str := range []string{k, s.words[w].wordStr, s.words[w].coreStr} {
					if str == "" {
						continue
					}
					p := uintptr(unsafe.Pointer(unsafe.StringData(str)))
					require.False(t, lo <= p && p < hi || nlo <= p && p < nhi, "%s: kept %q points into the document", name, str)
				}
			}
			assert.Nil(t, s.Scan, "the scan is dropped")
		}
	}
	assert.Positive(t, restarts, "the stream fills the Scratch")
}

// BenchmarkBuildFrequent measures building the frequent words' table
// with every entry computed (a Model computes an entry the first time a
// text uses its word).
func BenchmarkBuildFrequent(b *testing.B) {
	m := embeddedModel(b)
	b.ReportAllocs()
	var ft *frequentTable
	for b.Loop() {
		ft = m.buildFrequent(frequentList)
	}
	b.ReportMetric(float64(len(ft.words)), "words")
}

// BenchmarkNewFrequent measures making the frequent words' table, none
// of its entries computed, which the first Tag of a Model does.
func BenchmarkNewFrequent(b *testing.B) {
	m := embeddedModel(b)
	b.ReportAllocs()
	for b.Loop() {
		m.newFrequent(frequentList)
	}
}

// TestBuildFrequent checks that the entries of the frequent words'
// table, computed from each word analyzed alone, are those that
// analyzing five copies of the word together gives
// (buildFrequentFive, the way it was first written): the same words,
// atoms and sums.
func TestBuildFrequent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the table twice")
	}
	m := embeddedModel(t)
	want := m.buildFrequentFive(frequentList)
	got := m.buildFrequent(frequentList)
	require.Greater(t, len(want), 4000)
	n := 0
	for w, j := range got.index {
		fw := got.word(j)
		e, ok := want[w]
		if !ok {
			assert.Nil(t, fw, w)
			continue
		}
		require.NotNil(t, fw, w)
		require.Equal(t, w, fw.src)
		require.Equal(t, e.atoms, fw.atoms, w)
		require.Equal(t, e.sums, fw.sums, w)
		n++
	}
	assert.Equal(t, len(want), n)
}

// TestFrequentLazy checks that a frequent words' table computes an
// entry when asked, once, from goroutines at the same time too (go test
// -race checks the rest).
func TestFrequentLazy(t *testing.T) {
	m := embeddedModel(t)
	ft := m.newFrequent(frequentList)
	j, ok := ft.index["الذي"]
	require.True(t, ok)
	var wg sync.WaitGroup
	got := make([]*frequentWord, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = ft.word(j)
		}()
	}
	wg.Wait()
	for _, fw := range got {
		require.NotNil(t, fw)
		assert.Same(t, &ft.words[j], fw)
	}
	assert.Equal(t, uint32(frequentOK), ft.words[j].state.Load())
	computed := 0
	for k := range ft.words {
		if ft.words[k].state.Load() != frequentNew {
			computed++
		}
	}
	assert.Equal(t, 1, computed, "the other entries wait for their word")
}

// A fiveEntry is what buildFrequentFive finds for a word.
type fiveEntry struct {
	atoms atoms
	sums  tokenSums
}

// buildFrequentFive computes the frequent words' entries analyzing the
// text of five copies of each word.
func (m *Model) buildFrequentFive(list string) map[string]fiveEntry {
	words := strings.Split(list, "\n")
	ft := map[string]fiveEntry{}
	s := Scratch{Keep: true, UseMarks: true, Marks: make([]uint32, numOffsets), limit: 2*len(words) + 16}
	var b strings.Builder
	for _, w := range words {
		if _, dup := ft[w]; dup || w == "" {
			continue
		}
		b.Reset()
		for k := range numOffsets {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		t := Folder.Analyze(b.String())
		if len(t.Tokens) != numOffsets || t.Tokens[0].Kind != normalize.ArabicWord {
			continue
		}
		if s0, e0 := t.TokenSource(0); t.Source[s0:e0] != w {
			continue
		}
		m.scoreSums(t, maxOffset, &s)
		mid := s.sumAt[maxOffset]
		if mid < 0 || s.sums[mid].done != 1<<numOffsets-1 || s.wordAt[maxOffset] < 0 {
			continue
		}
		e := fiveEntry{atoms: s.words[s.wordAt[maxOffset]].atoms, sums: s.sums[mid]}
		e.sums.next = -1
		ft[w] = e
		s.Release()
	}
	return ft
}

func TestNarrowPair(t *testing.T) {
	for _, tc := range []struct {
		v    int32
		fits bool
	}{{0, true}, {-1, true}, {math.MaxInt16, true}, {math.MinInt16, true}, {math.MaxInt16 + 1, false}, {math.MinInt16 - 1, false}, {3 * math.MaxInt16, false}} {
		for k := range NumLabels {
			var toL, toR [NumLabels]int32
			toL[k], toR[NumLabels-1-k] = 7, -7
			for _, v := range []*int32{&toL[k], &toR[k]} {
				was := *v
				*v = tc.v
				ps, ok := narrowPair(&toL, &toR)
				assert.Equal(t, tc.fits, ok, "%d at label %d", tc.v, k)
				if ok {
					for j := range NumLabels {
						assert.Equal(t, toL[j], int32(ps.toL[j]))
						assert.Equal(t, toR[j], int32(ps.toR[j]))
					}
				}
				*v = was
			}
		}
	}
}
