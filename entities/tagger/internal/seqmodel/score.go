package seqmodel

import (
	"math"
	"math/bits"

	"github.com/nabanlp/naba/normalize"
)

// maxOffset is the widest offset of a template that reads one token
// (e.tok in Features.features); raise it for a template that reads
// farther (a wider offset panics in every test).
const maxOffset = 2

const numOffsets = 2*maxOffset + 1

// The sums of the positions before and after a sequence.
const (
	sumBOS = 0
	sumEOS = 1
)

// tokenSums holds, for one word type with one gazetteer mark, the summed
// weights of the features that read that token alone, by the offset of
// the token from the one being scored.
type tokenSums struct {
	gaz  uint32
	next int32  // the sums of the same word with another mark, or -1
	done uint32 // bit o+maxOffset: sum[o+maxOffset] is complete
	sum  [numOffsets][NumLabels]int32
}

// An emitter receives the features of one token from Features.features.
// In flat mode it appends their ids to feats (training, the reference
// scorer); otherwise it adds their weights: those of a feature of the
// token at offset o to vec[o+maxOffset] (nil once that sum is known),
// the others to acc.
//
// With prevPair (nextPair) set, the scorer has the sums of the features
// that read the token and the one before (after) it together
// (Model.pairSides), and features does not emit them.
type emitter struct {
	vec                [numOffsets]*[NumLabels]int32
	some               bool // some vec is not nil
	acc                [NumLabels]int32
	flat               bool
	prevPair, nextPair bool
	feats              []uint32
	m                  *Model
	near               *nearWeights // the Scratch's, for ctxNear
}

// flatVec is where the vec of a flat emitter points: never written.
var flatVec [NumLabels]int32

func flatEmitter(feats []uint32) emitter {
	e := emitter{flat: true, some: true, feats: feats}
	for o := range e.vec {
		e.vec[o] = &flatVec
	}
	return e
}

// tok emits feat(t, x), a feature that reads the token at offset o
// alone.
func (e *emitter) tok(o int, t, x uint64) {
	if v := e.vec[o+maxOffset]; v != nil {
		e.addFeat(v, t, x)
	}
}

// addFeat emits feat(t, x) into v; kept out of line so that tok inlines.
//
//go:noinline
func (e *emitter) addFeat(v *[NumLabels]int32, t, x uint64) { e.add(v, feat(t, x)) }

// tokBits emits feat(t, b) for every set bit b of m, features that read
// the token at offset o alone.
func (e *emitter) tokBits(o int, t uint64, m uint32) {
	if v := e.vec[o+maxOffset]; v != nil {
		for m != 0 {
			b := bits.TrailingZeros32(m)
			e.add(v, feat(t, uint64(b)))
			m &^= 1 << b
		}
	}
}

// ctx emits a feature that reads more than one token or anything
// beyond one token's atoms.
func (e *emitter) ctx(id uint32) { e.add(&e.acc, id) }

// need reports whether the features of the token at offset o are
// wanted: false when the scorer already has their sum.
func (e *emitter) need(o int) bool { return e.vec[o+maxOffset] != nil }

func (e *emitter) add(v *[NumLabels]int32, id uint32) {
	if id == 0 {
		id = 1 // 0 is the empty key of the weight table
	}
	if e.flat {
		e.feats = append(e.feats, id)
		return
	}
	e.m.addWeight(v, id)
}

// ctxNear emits a feature e.ctx would, through the weights cache of
// the Scratch (see nearWeights): for the features a document repeats
// often and the pair sums do not cover, the shape trigrams.
func (e *emitter) ctxNear(id uint32) { addRow(&e.acc, e.nearRow(id)) }

// nearRow returns the weights of feature id from the weights cache,
// entering them first if need be.
func (e *emitter) nearRow(id uint32) *[NumLabels]int16 {
	if id == 0 {
		id = 1 // as e.add
	}
	c := &e.near[id&(nearSize-1)]
	if c.id != id {
		c.id = id
		c.w = e.m.weights(id)
	}
	return &c.w
}

// nearSize is the number of entries of a nearWeights (a power of 2).
const nearSize = 4096

// nearWeights is a direct-mapped cache of the weights of some features
// (see emitter.ctxNear), 96 KB: a feature the text repeats reads its
// weights there, in the processor's cache, instead of in the Model's
// table, several megabytes where almost every lookup misses the cache.
// The 38 articles of the news corpus make some 1,700 shape trigrams: a
// Session that has read them finds most of them there.
// An entry's id is 0 (the table's empty key, never a feature id) until
// filled. It serves one Model, as the Scratch that holds it.
type nearWeights [nearSize]struct {
	id uint32
	w  [NumLabels]int16
}

// weights returns the weights of feature id (zero for an unknown
// feature).
func (m *Model) weights(id uint32) [NumLabels]int16 {
	j := id & m.mask
	for {
		sl := &m.slots[j]
		if sl.key == id {
			return sl.w
		}
		if sl.key == 0 {
			return [NumLabels]int16{}
		}
		j = (j + 1) & m.mask
	}
}

// addWeight adds the weights of feature id to acc.
func (m *Model) addWeight(acc *[NumLabels]int32, id uint32) {
	j := id & m.mask
	for {
		sl := &m.slots[j]
		if sl.key == id {
			addRow(acc, &sl.w)
			return
		}
		if sl.key == 0 {
			return
		}
		j = (j + 1) & m.mask
	}
}

// Tag decodes tokens t.Tokens[first:last] as one sequence into s.Labels.
//
// A token's score is the sum of the weights of its features. Most
// templates read one token (e.tok in Features.features), and a
// document repeats its words, so the scorer keeps in s, for every word
// type and gazetteer mark, the sum of those features at each offset,
// computed the first time it is needed: a token then costs its
// templates over several tokens (bigrams) and a few vector additions.
// The sums are kept until s.Release, so s must serve one model between
// Releases. The scores equal those of the plain sum (scoresReference)
// exactly.
func (m *Model) Tag(t *normalize.Text, first, last int, s *Scratch) {
	n := last - first
	s.busy = true
	s.freq = m.frequent()
	m.score(t, first, last, s)
	s.back = grow(s.back, n*NumLabels)
	s.Labels = grow(s.Labels, n)
	viterbiBIOT(n, s.scores, &m.trans[NumLabels], &m.transT, &m.dom, s.back, s.Labels)
	s.busy = false
}

// scoreSums scores token i of t (as the sequence of all its tokens)
// without the frequent words' table, to build it.
func (m *Model) scoreSums(t *normalize.Text, i int, s *Scratch) {
	s.freq = nil
	m.scoreRange(t, 0, len(t.Tokens), s, i, i+1)
	s.busy = false
}

// score computes the scores of tokens t.Tokens[first:last] into
// s.scores, with the frequent words' sums of s.freq.
func (m *Model) score(t *normalize.Text, first, last int, s *Scratch) {
	m.scoreRange(t, first, last, s, 0, last-first)
}

// scoreRange is score for the tokens [lo, hi) of the sequence only.
func (m *Model) scoreRange(t *normalize.Text, first, last int, s *Scratch, lo, hi int) {
	n := last - first
	m.atomize(t, first, last, s, s.freq)
	m.assignSums(s, n)
	s.scores = grow(s.scores, n*NumLabels)
	e := &s.emit
	if s.nearOf != m {
		if s.near == nil {
			s.near = new(nearWeights)
		}
		clear(s.near[:])
		s.nearOf = m
	}
	*e = emitter{m: m, near: s.near}
	as := s.atoms[:n]
	// ptrs[i+o] is the tokenSums of the token at offset o-maxOffset
	// from token i, or unkept.
	s.sumPtrs = grow(s.sumPtrs, n+2*maxOffset)
	ptrs := s.sumPtrs
	for k := range ptrs {
		ptrs[k] = s.sumsOf(k-maxOffset, n)
	}
	tmp := &s.tmp // sums of tokens whose sums are not kept
	// The pair sums of tokens (i-1, i): the previous token's next pair.
	// prevToR stays zero unless prevOK, and so do the sums of none.
	var prevToR [NumLabels]int16
	var none pairSums
	prevOK := false
	if lo > 0 {
		prevOK = m.pairAt(s, as, lo-1, nil, &prevToR)
	}
	for i := lo; i < hi; i++ {
		e.prevPair = prevOK
		var sl *pairSums
		if i+1 < n {
			sl = m.pairSlot(s, as, i)
		}
		e.nextPair = sl != nil
		prevOK = e.nextPair
		if sl == nil {
			sl = &none
		}
		sc := (*[NumLabels]float32)(s.scores[i*NumLabels : i*NumLabels+NumLabels])
		// Most often every offset's sum is known: features then emits
		// only what reads more than one token, and the score is the sum
		// of the sums in one pass.
		pt := (*[numOffsets]*tokenSums)(ptrs[i : i+numOffsets])
		// (unkept is never done.)
		if p0, p1, p2, p3, p4 := pt[0], pt[1], pt[2], pt[3], pt[4]; p0.done&(p1.done>>1)&(p2.done>>2)&(p3.done>>3)&(p4.done>>4)&1 != 0 {
			if e.prevPair && e.nextPair && as[i].qpos == 0 {
				// Inside the sequence the pair sums hold every feature
				// over two tokens but the shape trigram (and the quote
				// features of a token in quotes: ctxFeatures).
				left, right := classWindow(as, i)
				if left|right == 0 {
					// No trigger class near: both class sums are zero
					// (classFeatures emits nothing), most tokens.
					scoreInsideNoClass(sc, e.nearRow(shapeTrigram(as, i)), &prevToR, sl, pt, m.scale)
				} else {
					m.scoreInside(sc, e.nearRow(shapeTrigram(as, i)), &prevToR, sl, left, right, pt)
				}
			} else {
				e.acc = [NumLabels]int32{}
				left, right := m.ctxFeatures(as, i, e)
				toScores(sc, &e.acc, &prevToR, &sl.toL, &m.classSums[0][left&classMask], &m.classSums[1][right&classMask],
					&p0.sum[0], &p1.sum[1], &p2.sum[2], &p3.sum[3], &p4.sum[4], m.scale)
			}
			prevToR = sl.toR
			continue
		}
		pairAcc(&e.acc, &prevToR, &sl.toL)
		prevToR = sl.toR
		e.some = false
		// add[o] is the sum of offset o; pending the offsets whose sums
		// features completes.
		var add [numOffsets]*[NumLabels]int32
		var pending uint32
		for o, ts := range pt {
			switch {
			case ts == &unkept:
				tmp[o] = [NumLabels]int32{}
				e.vec[o] = &tmp[o]
				add[o] = &tmp[o]
				e.some = true
			case ts.done&(1<<o) != 0:
				e.vec[o] = nil
				add[o] = &ts.sum[o]
			default:
				e.vec[o] = &ts.sum[o]
				add[o] = &ts.sum[o]
				e.some = true
				pending |= 1 << o
			}
		}
		m.features(as, i, e)
		toScores6(sc, &e.acc, add[0], add[1], add[2], add[3], add[4], m.scale)
		for pending != 0 {
			// never written when done: the Model's are shared
			o := bits.TrailingZeros32(pending)
			pending &^= 1 << o
			ptrs[i+o].done |= 1 << o
		}
	}
}

// toScores6 writes the sum of a and the five offsets' sums o0…o4,
// scaled, to sc: one pass over the labels (unrolled like addSum)
// instead of five addSums through memory. The int32 sums wrap alike in
// any order.
func toScores6(sc *[NumLabels]float32, a, o0, o1, o2, o3, o4 *[NumLabels]int32, scale float32) {
	sc[0] = float32(a[0]+o0[0]+o1[0]+o2[0]+o3[0]+o4[0]) * scale
	sc[1] = float32(a[1]+o0[1]+o1[1]+o2[1]+o3[1]+o4[1]) * scale
	sc[2] = float32(a[2]+o0[2]+o1[2]+o2[2]+o3[2]+o4[2]) * scale
	sc[3] = float32(a[3]+o0[3]+o1[3]+o2[3]+o3[3]+o4[3]) * scale
	sc[4] = float32(a[4]+o0[4]+o1[4]+o2[4]+o3[4]+o4[4]) * scale
	sc[5] = float32(a[5]+o0[5]+o1[5]+o2[5]+o3[5]+o4[5]) * scale
	sc[6] = float32(a[6]+o0[6]+o1[6]+o2[6]+o3[6]+o4[6]) * scale
	sc[7] = float32(a[7]+o0[7]+o1[7]+o2[7]+o3[7]+o4[7]) * scale
	sc[8] = float32(a[8]+o0[8]+o1[8]+o2[8]+o3[8]+o4[8]) * scale
}

// toScores is toScores6 for the fast path of scoreRange: it adds, in
// the same pass, the pair sums r and l (int16) and the trigger class
// sums cl and cr, which the slow path adds to a first.
func toScores(sc *[NumLabels]float32, a *[NumLabels]int32, r, l *[NumLabels]int16, cl, cr, o0, o1, o2, o3, o4 *[NumLabels]int32, scale float32) {
	sc[0] = float32(a[0]+int32(r[0])+int32(l[0])+cl[0]+cr[0]+o0[0]+o1[0]+o2[0]+o3[0]+o4[0]) * scale
	sc[1] = float32(a[1]+int32(r[1])+int32(l[1])+cl[1]+cr[1]+o0[1]+o1[1]+o2[1]+o3[1]+o4[1]) * scale
	sc[2] = float32(a[2]+int32(r[2])+int32(l[2])+cl[2]+cr[2]+o0[2]+o1[2]+o2[2]+o3[2]+o4[2]) * scale
	sc[3] = float32(a[3]+int32(r[3])+int32(l[3])+cl[3]+cr[3]+o0[3]+o1[3]+o2[3]+o3[3]+o4[3]) * scale
	sc[4] = float32(a[4]+int32(r[4])+int32(l[4])+cl[4]+cr[4]+o0[4]+o1[4]+o2[4]+o3[4]+o4[4]) * scale
	sc[5] = float32(a[5]+int32(r[5])+int32(l[5])+cl[5]+cr[5]+o0[5]+o1[5]+o2[5]+o3[5]+o4[5]) * scale
	sc[6] = float32(a[6]+int32(r[6])+int32(l[6])+cl[6]+cr[6]+o0[6]+o1[6]+o2[6]+o3[6]+o4[6]) * scale
	sc[7] = float32(a[7]+int32(r[7])+int32(l[7])+cl[7]+cr[7]+o0[7]+o1[7]+o2[7]+o3[7]+o4[7]) * scale
	sc[8] = float32(a[8]+int32(r[8])+int32(l[8])+cl[8]+cr[8]+o0[8]+o1[8]+o2[8]+o3[8]+o4[8]) * scale
}

// scoreInside is toScores for a token whose features over several
// tokens are all in the pair sums (r, the previous pair's toR, and
// pair.toL) but one, of weights w; left and right are its trigger
// classes, pt its offsets' tokenSums. It takes them as they are at
// hand, so that its arguments stay in registers.
func (m *Model) scoreInside(sc *[NumLabels]float32, w, r *[NumLabels]int16, pair *pairSums, left, right uint8, pt *[numOffsets]*tokenSums) {
	l := &pair.toL
	cl, cr := &m.classSums[0][left&classMask], &m.classSums[1][right&classMask]
	o0, o1, o2, o3, o4 := &pt[0].sum[0], &pt[1].sum[1], &pt[2].sum[2], &pt[3].sum[3], &pt[4].sum[4]
	scale := m.scale
	sc[0] = float32(int32(w[0])+int32(r[0])+int32(l[0])+cl[0]+cr[0]+o0[0]+o1[0]+o2[0]+o3[0]+o4[0]) * scale
	sc[1] = float32(int32(w[1])+int32(r[1])+int32(l[1])+cl[1]+cr[1]+o0[1]+o1[1]+o2[1]+o3[1]+o4[1]) * scale
	sc[2] = float32(int32(w[2])+int32(r[2])+int32(l[2])+cl[2]+cr[2]+o0[2]+o1[2]+o2[2]+o3[2]+o4[2]) * scale
	sc[3] = float32(int32(w[3])+int32(r[3])+int32(l[3])+cl[3]+cr[3]+o0[3]+o1[3]+o2[3]+o3[3]+o4[3]) * scale
	sc[4] = float32(int32(w[4])+int32(r[4])+int32(l[4])+cl[4]+cr[4]+o0[4]+o1[4]+o2[4]+o3[4]+o4[4]) * scale
	sc[5] = float32(int32(w[5])+int32(r[5])+int32(l[5])+cl[5]+cr[5]+o0[5]+o1[5]+o2[5]+o3[5]+o4[5]) * scale
	sc[6] = float32(int32(w[6])+int32(r[6])+int32(l[6])+cl[6]+cr[6]+o0[6]+o1[6]+o2[6]+o3[6]+o4[6]) * scale
	sc[7] = float32(int32(w[7])+int32(r[7])+int32(l[7])+cl[7]+cr[7]+o0[7]+o1[7]+o2[7]+o3[7]+o4[7]) * scale
	sc[8] = float32(int32(w[8])+int32(r[8])+int32(l[8])+cl[8]+cr[8]+o0[8]+o1[8]+o2[8]+o3[8]+o4[8]) * scale
}

// scoreInsideNoClass is scoreInside for a token with no trigger class
// within its window (left and right 0), whose class sums are zero
// (newModel's classSums[0][0] and classSums[1][0]): they are not added.
// The int32 sums are the same without them.
func scoreInsideNoClass(sc *[NumLabels]float32, w, r *[NumLabels]int16, pair *pairSums, pt *[numOffsets]*tokenSums, scale float32) {
	l := &pair.toL
	o0, o1, o2, o3, o4 := &pt[0].sum[0], &pt[1].sum[1], &pt[2].sum[2], &pt[3].sum[3], &pt[4].sum[4]
	sc[0] = float32(int32(w[0])+int32(r[0])+int32(l[0])+o0[0]+o1[0]+o2[0]+o3[0]+o4[0]) * scale
	sc[1] = float32(int32(w[1])+int32(r[1])+int32(l[1])+o0[1]+o1[1]+o2[1]+o3[1]+o4[1]) * scale
	sc[2] = float32(int32(w[2])+int32(r[2])+int32(l[2])+o0[2]+o1[2]+o2[2]+o3[2]+o4[2]) * scale
	sc[3] = float32(int32(w[3])+int32(r[3])+int32(l[3])+o0[3]+o1[3]+o2[3]+o3[3]+o4[3]) * scale
	sc[4] = float32(int32(w[4])+int32(r[4])+int32(l[4])+o0[4]+o1[4]+o2[4]+o3[4]+o4[4]) * scale
	sc[5] = float32(int32(w[5])+int32(r[5])+int32(l[5])+o0[5]+o1[5]+o2[5]+o3[5]+o4[5]) * scale
	sc[6] = float32(int32(w[6])+int32(r[6])+int32(l[6])+o0[6]+o1[6]+o2[6]+o3[6]+o4[6]) * scale
	sc[7] = float32(int32(w[7])+int32(r[7])+int32(l[7])+o0[7]+o1[7]+o2[7]+o3[7]+o4[7]) * scale
	sc[8] = float32(int32(w[8])+int32(r[8])+int32(l[8])+o0[8]+o1[8]+o2[8]+o3[8]+o4[8]) * scale
}

// pairAt gives the pair sums of tokens (i, i+1) of the sequence as of
// s, computing them the first time: toL of token i, toR of token i+1
// (either may be nil). It reports false when either token has no word
// type (see pairID), or when the table does not keep their sums (see
// pairSums): their pair features are then emitted one by one.
func (m *Model) pairAt(s *Scratch, as []atoms, i int, toL, toR *[NumLabels]int16) bool {
	sl := m.pairSlot(s, as, i)
	if sl == nil {
		return false
	}
	if toL != nil {
		*toL = sl.toL
	}
	if toR != nil {
		*toR = sl.toR
	}
	return true
}

// pairSlot is pairAt's sums, or nil: valid until the next pairSlot,
// which may empty or move the table.
func (m *Model) pairSlot(s *Scratch, as []atoms, i int) *pairSums {
	l, r := s.pairID(i), s.pairID(i+1)
	if l == 0 || r == 0 {
		return nil
	}
	key := uint64(l)<<32 | uint64(r)
	if ps := s.pairs.lookup(key, s.bound(maxPairs)); ps != nil {
		return ps
	}
	toL, toR := m.pairSides(&as[i], &as[i+1])
	ps, ok := narrowPair(&toL, &toR)
	if !ok {
		return nil // the same every time: emitted one by one
	}
	return s.pairs.add(key, &ps)
}

// unkept stands for the tokenSums of a token whose sums are not kept:
// none of them is done, and it is never written.
var unkept = tokenSums{next: -1}

// sumsOf returns the tokenSums of token k of a sequence of n tokens (the
// boundary's beyond the ends, the Model's for a frequent word), or
// &unkept when none are kept for it.
func (s *Scratch) sumsOf(k, n int) *tokenSums {
	switch {
	case k < 0:
		return &s.sums[sumBOS]
	case k >= n:
		return &s.sums[sumEOS]
	}
	switch j := s.sumAt[k]; {
	case j >= 0:
		return &s.sums[j]
	case j <= -2:
		return &s.freq.words[-2-j].sums
	}
	return &unkept
}

// assignSums gives every token of the sequence in s its tokenSums,
// keyed by word type and gazetteer mark.
func (m *Model) assignSums(s *Scratch, n int) {
	if len(s.sums) == 0 {
		s.sums = append(s.sums[:0], tokenSums{next: -1}, tokenSums{next: -1})
	}
	s.sumAt = grow(s.sumAt, n)
	// Sliced to n: the loop needs no bounds checks on them.
	sumAt, freqAt, wordAt, as := s.sumAt[:n], s.freqAt[:n], s.wordAt[:n], s.atoms[:n]
	for i := range n {
		sumAt[i] = -1
		if f := freqAt[i]; f >= 0 {
			sumAt[i] = -2 - f // the Model's sums (no gazetteer marks)
			continue
		}
		j := wordAt[i]
		if j < 0 {
			continue
		}
		gaz := as[i].gaz
		w := &s.words[j]
		prev := int32(-1)
		k := w.sums
		for k >= 0 && s.sums[k].gaz != gaz {
			prev, k = k, s.sums[k].next
		}
		if k < 0 {
			if len(s.sums) >= s.bound(maxSums) {
				continue
			}
			k = int32(len(s.sums))
			s.sums = append(s.sums, tokenSums{gaz: gaz, next: -1})
			if prev < 0 {
				w.sums = k
			} else {
				s.sums[prev].next = k
			}
		}
		sumAt[i] = k
	}
}

// scoresReference computes the emission scores of tokens
// t.Tokens[first:last] the plain way, summing the weights of every
// feature of every token (Extract), into s.scores.
func (m *Model) scoresReference(t *normalize.Text, first, last int, s *Scratch) []float32 {
	m.Extract(t, first, last, s)
	n := last - first
	s.scores = grow(s.scores, n*NumLabels)
	for i := range n {
		var acc [NumLabels]int32
		for _, id := range s.Feats[s.Offs[i]:s.Offs[i+1]] {
			m.addWeight(&acc, id)
		}
		sc := s.scores[i*NumLabels : i*NumLabels+NumLabels]
		for l := range NumLabels {
			sc[l] = float32(acc[l]) * m.scale
		}
	}
	return s.scores[:n*NumLabels]
}

// tagReference is Tag with scoresReference.
func (m *Model) tagReference(t *normalize.Text, first, last int, s *Scratch) {
	n := last - first
	m.scoresReference(t, first, last, s)
	s.back = grow(s.back, n*NumLabels)
	s.Labels = grow(s.Labels, n)
	viterbi(n, s.scores, &m.trans, s.back, s.Labels)
}

// transpose returns tt with tt[c][p] = trans[p][c], the transitions
// into each label, which viterbiBIOT reads.
func transpose(trans *[NumLabels + 1][NumLabels]float32) (tt [NumLabels][NumLabels]float32) {
	for p := range NumLabels {
		for c := range NumLabels {
			tt[c][p] = trans[p][c]
		}
	}
	return tt
}

// viterbiBIOT is viterbi for transitions where an inside label (I-x)
// follows only its B-x or itself, all others being -inf, as in every
// Model: it skips the forbidden transitions and gives the same labels.
// It takes the start transitions apart and the others transposed (see
// transpose), as a Model keeps them. The loop is written out for the
// nine labels (B-x is odd and I-x = B-x + 1, labels.go), with the
// previous position's scores in variables: the compiler keeps them in
// registers. With dom (see dominance; nil for none), a position where
// the previous O beats every other label costs eight comparisons
// instead of 45.
func viterbiBIOT(n int, em []float32, start *[NumLabels]float32, tt *[NumLabels][NumLabels]float32, dom *dominance, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	p0, p1, p2, p3, p4, p5, p6, p7, p8 := start[0]+em[0], start[1]+em[1], start[2]+em[2],
		start[3]+em[3], start[4]+em[4], start[5]+em[5],
		start[6]+em[6], start[7]+em[7], start[8]+em[8]
	// dom.beatenByO written out below: a call (never inlined, it is too
	// big) made the loop keep the nine scores in memory, not registers.
	on := dom != nil && dom.on
	var span float32
	var lead *[NumLabels]float32
	if on {
		span, lead = dom.span, &dom.lead[0]
	}
	for i := 1; i < n; i++ {
		e := (*[NumLabels]float32)(em[i*NumLabels : i*NumLabels+NumLabels])
		b := (*[NumLabels]uint8)(back[i*NumLabels : i*NumLabels+NumLabels])
		// The labels O and B-x from any label. Most often O beats every
		// other previous label into each of them (see dominance): they
		// all come from O.
		var c0, c1, c3, c5, c7 float32
		var a0, a1, a3, a5, a7 uint8
		beaten := false
		if on {
			abs := math.Float32frombits(math.Float32bits(p0) &^ (1 << 31))
			t := p0 - (abs+span)*0x1p-16
			beaten = p1 < t-lead[1] && p2 < t-lead[2] && p3 < t-lead[3] && p4 < t-lead[4] &&
				p5 < t-lead[5] && p6 < t-lead[6] && p7 < t-lead[7] && p8 < t-lead[8]
		}
		if beaten {
			c0, c1, c3, c5, c7 = p0+tt[0][0], p0+tt[1][0], p0+tt[3][0], p0+tt[5][0], p0+tt[7][0]
		} else {
			// label 0 from any label: the first maximum
			t0 := &tt[0]
			c0, a0 = p0+t0[0], uint8(0)
			if v := p1 + t0[1]; v > c0 {
				c0, a0 = v, 1
			}
			if v := p2 + t0[2]; v > c0 {
				c0, a0 = v, 2
			}
			if v := p3 + t0[3]; v > c0 {
				c0, a0 = v, 3
			}
			if v := p4 + t0[4]; v > c0 {
				c0, a0 = v, 4
			}
			if v := p5 + t0[5]; v > c0 {
				c0, a0 = v, 5
			}
			if v := p6 + t0[6]; v > c0 {
				c0, a0 = v, 6
			}
			if v := p7 + t0[7]; v > c0 {
				c0, a0 = v, 7
			}
			if v := p8 + t0[8]; v > c0 {
				c0, a0 = v, 8
			}
			// label 1 from any label: the first maximum
			t1 := &tt[1]
			c1, a1 = p0+t1[0], uint8(0)
			if v := p1 + t1[1]; v > c1 {
				c1, a1 = v, 1
			}
			if v := p2 + t1[2]; v > c1 {
				c1, a1 = v, 2
			}
			if v := p3 + t1[3]; v > c1 {
				c1, a1 = v, 3
			}
			if v := p4 + t1[4]; v > c1 {
				c1, a1 = v, 4
			}
			if v := p5 + t1[5]; v > c1 {
				c1, a1 = v, 5
			}
			if v := p6 + t1[6]; v > c1 {
				c1, a1 = v, 6
			}
			if v := p7 + t1[7]; v > c1 {
				c1, a1 = v, 7
			}
			if v := p8 + t1[8]; v > c1 {
				c1, a1 = v, 8
			}
			// label 3 from any label: the first maximum
			t3 := &tt[3]
			c3, a3 = p0+t3[0], uint8(0)
			if v := p1 + t3[1]; v > c3 {
				c3, a3 = v, 1
			}
			if v := p2 + t3[2]; v > c3 {
				c3, a3 = v, 2
			}
			if v := p3 + t3[3]; v > c3 {
				c3, a3 = v, 3
			}
			if v := p4 + t3[4]; v > c3 {
				c3, a3 = v, 4
			}
			if v := p5 + t3[5]; v > c3 {
				c3, a3 = v, 5
			}
			if v := p6 + t3[6]; v > c3 {
				c3, a3 = v, 6
			}
			if v := p7 + t3[7]; v > c3 {
				c3, a3 = v, 7
			}
			if v := p8 + t3[8]; v > c3 {
				c3, a3 = v, 8
			}
			// label 5 from any label: the first maximum
			t5 := &tt[5]
			c5, a5 = p0+t5[0], uint8(0)
			if v := p1 + t5[1]; v > c5 {
				c5, a5 = v, 1
			}
			if v := p2 + t5[2]; v > c5 {
				c5, a5 = v, 2
			}
			if v := p3 + t5[3]; v > c5 {
				c5, a5 = v, 3
			}
			if v := p4 + t5[4]; v > c5 {
				c5, a5 = v, 4
			}
			if v := p5 + t5[5]; v > c5 {
				c5, a5 = v, 5
			}
			if v := p6 + t5[6]; v > c5 {
				c5, a5 = v, 6
			}
			if v := p7 + t5[7]; v > c5 {
				c5, a5 = v, 7
			}
			if v := p8 + t5[8]; v > c5 {
				c5, a5 = v, 8
			}
			// label 7 from any label: the first maximum
			t7 := &tt[7]
			c7, a7 = p0+t7[0], uint8(0)
			if v := p1 + t7[1]; v > c7 {
				c7, a7 = v, 1
			}
			if v := p2 + t7[2]; v > c7 {
				c7, a7 = v, 2
			}
			if v := p3 + t7[3]; v > c7 {
				c7, a7 = v, 3
			}
			if v := p4 + t7[4]; v > c7 {
				c7, a7 = v, 4
			}
			if v := p5 + t7[5]; v > c7 {
				c7, a7 = v, 5
			}
			if v := p6 + t7[6]; v > c7 {
				c7, a7 = v, 6
			}
			if v := p7 + t7[7]; v > c7 {
				c7, a7 = v, 7
			}
			if v := p8 + t7[8]; v > c7 {
				c7, a7 = v, 8
			}
		}
		// label 2 (I-x) from 1 (B-x) or itself
		c2, a2 := p1+tt[2][1], uint8(1)
		if v := p2 + tt[2][2]; v > c2 {
			c2, a2 = v, 2
		}
		// label 4 (I-x) from 3 (B-x) or itself
		c4, a4 := p3+tt[4][3], uint8(3)
		if v := p4 + tt[4][4]; v > c4 {
			c4, a4 = v, 4
		}
		// label 6 (I-x) from 5 (B-x) or itself
		c6, a6 := p5+tt[6][5], uint8(5)
		if v := p6 + tt[6][6]; v > c6 {
			c6, a6 = v, 6
		}
		// label 8 (I-x) from 7 (B-x) or itself
		c8, a8 := p7+tt[8][7], uint8(7)
		if v := p8 + tt[8][8]; v > c8 {
			c8, a8 = v, 8
		}
		p0, p1, p2, p3, p4, p5, p6, p7, p8 = c0+e[0], c1+e[1], c2+e[2], c3+e[3], c4+e[4], c5+e[5], c6+e[6], c7+e[7], c8+e[8]
		b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8] = a0, a1, a2, a3, a4, a5, a6, a7, a8
	}
	prev := [NumLabels]float32{p0, p1, p2, p3, p4, p5, p6, p7, p8}
	backtrack(n, &prev, back, out)
}

// A dominance table tells viterbiBIOT when the previous label O beats
// every other into all the labels that any label may precede (O and
// B-x): then each of them comes from O, and the 45 comparisons of a
// position reduce to eight (beatenByO). On the news corpus O wins so at
// most positions.
//
// Label k loses to label j into c when p[k]+into[c][k] < p[j]+into[c][j],
// that is when p[j]-p[k] exceeds into[c][k]-into[c][j]; lead[j][k] is the
// largest of these over c. The sums are rounded to float32, so
// beatenByO asks for a margin above lead: where it cannot tell, it says
// no, and the decoder compares in full. The labels are exactly those of
// the full comparison, ties included: a label that beats every other is
// the first maximum.
type dominance struct {
	lead [NumLabels][NumLabels]float32 // lead[j][j] = -inf: j never loses to itself
	span float32                       // the largest |into[c][k]| over those c
	on   bool                          // those transitions are all finite
}

// newDominance returns the dominance table of the transitions into, as
// viterbiBIOT takes them (transpose).
func newDominance(into *[NumLabels][NumLabels]float32) dominance {
	d := dominance{on: true}
	for _, c := range anyBefore {
		for k := range NumLabels {
			v := into[c][k]
			if math.IsInf(float64(v), 0) || math.IsNaN(float64(v)) {
				return dominance{}
			}
			d.span = max(d.span, float32(math.Abs(float64(v))))
		}
	}
	for j := range NumLabels {
		for k := range NumLabels {
			d.lead[j][k] = negInf
			if k == j {
				continue
			}
			for _, c := range anyBefore {
				d.lead[j][k] = max(d.lead[j][k], into[c][k]-into[c][j])
			}
		}
	}
	return d
}

// anyBefore are the labels that any label may precede: O and B-x.
var anyBefore = [...]uint8{O, BPer, BLoc, BOrg, BMisc}

// beatenByO reports whether the previous label O, of score p0, beats
// every other label into O and B-x.
//
// The margin: a float32 sum x+y is within u = 2^-24 of |x+y| of the
// exact sum, so the sums compared, p[k]+into[c][k] and p0+into[c][O],
// and the thresholds computed here differ from the exact values by a
// few u times |p0|+span at most (a |p[k]| larger than that only makes k
// lose by more). A margin of 2^-16 times |p0|+span covers them many
// times over: when p[k] lies below its threshold, the rounded sums
// compare as the exact ones do, strictly. Infinite or NaN scores fail
// the comparisons, and the caller compares in full.
func (d *dominance) beatenByO(p0, p1, p2, p3, p4, p5, p6, p7, p8 float32) bool {
	if d == nil || !d.on {
		return false
	}
	abs := math.Float32frombits(math.Float32bits(p0) &^ (1 << 31))
	t := p0 - (abs+d.span)*0x1p-16
	l := &d.lead[0]
	return p1 < t-l[1] && p2 < t-l[2] && p3 < t-l[3] && p4 < t-l[4] &&
		p5 < t-l[5] && p6 < t-l[6] && p7 < t-l[7] && p8 < t-l[8]
}

// addRow adds w to acc (unrolled: the loop costs as much as the adds).
func addRow(acc *[NumLabels]int32, w *[NumLabels]int16) {
	acc[0] += int32(w[0])
	acc[1] += int32(w[1])
	acc[2] += int32(w[2])
	acc[3] += int32(w[3])
	acc[4] += int32(w[4])
	acc[5] += int32(w[5])
	acc[6] += int32(w[6])
	acc[7] += int32(w[7])
	acc[8] += int32(w[8])
}

// addSum and the unrolled offsets of scoreRange are written for the
// offsets -2..2.
const _ = uint(numOffsets-5) + uint(5-numOffsets)

// pairAcc sets acc to the sum of the pair sums r and l.
func pairAcc(acc *[NumLabels]int32, r, l *[NumLabels]int16) {
	acc[0] = int32(r[0]) + int32(l[0])
	acc[1] = int32(r[1]) + int32(l[1])
	acc[2] = int32(r[2]) + int32(l[2])
	acc[3] = int32(r[3]) + int32(l[3])
	acc[4] = int32(r[4]) + int32(l[4])
	acc[5] = int32(r[5]) + int32(l[5])
	acc[6] = int32(r[6]) + int32(l[6])
	acc[7] = int32(r[7]) + int32(l[7])
	acc[8] = int32(r[8]) + int32(l[8])
}

// addSum adds v to acc.
func addSum(acc, v *[NumLabels]int32) {
	acc[0] += v[0]
	acc[1] += v[1]
	acc[2] += v[2]
	acc[3] += v[3]
	acc[4] += v[4]
	acc[5] += v[5]
	acc[6] += v[6]
	acc[7] += v[7]
	acc[8] += v[8]
}

// addRow, addSum, pairAcc, toScores, scoreInside, scoreInsideNoClass, toScores6 and
// viterbiBIOT are written for 9 labels.
const _ = uint(NumLabels-9) + uint(9-NumLabels)
