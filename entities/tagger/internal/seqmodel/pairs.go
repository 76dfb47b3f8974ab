package seqmodel

// The scorer's pair sums. The templates that read two adjacent tokens
// together (word and core bigrams, the statistics of neighbours) are a
// function of the two word types alone, and a document, or a stream of
// documents, repeats its bigrams: the scorer keeps, for each pair of
// word types it has met, the summed weights of those features for
// either token, so that a repeated bigram costs one lookup instead of
// six weight lookups. pairSides computes what Features.features emits
// for a pair when the scorer does not supply it (TestFactorizedScores
// compares the two on real text).

// The sums of one pair of word types (l, r): toL those of the features
// of l that read r (22, 25, 106), toR those of r that read l (21, 24,
// 105). A sum of three int16 weights may not fit an int16: the table
// keeps only the pairs whose sums do (all of them in the news corpus),
// which halves its size (see narrowPair).
type pairSums struct {
	toL, toR [NumLabels]int16
}

// narrowPair returns toL and toR as pairSums, and whether every sum
// fits: v fits an int16 when v+2^15, as a uint32, has no bit above the
// 16th. (Written out: a pair's sums are narrowed once, but a stream
// meets tens of thousands of pairs.)
func narrowPair(toL, toR *[NumLabels]int32) (ps pairSums, ok bool) {
	const h = 1 << 15
	l, r := toL, toR
	ps.toL = [NumLabels]int16{int16(l[0]), int16(l[1]), int16(l[2]), int16(l[3]), int16(l[4]), int16(l[5]), int16(l[6]), int16(l[7]), int16(l[8])}
	ps.toR = [NumLabels]int16{int16(r[0]), int16(r[1]), int16(r[2]), int16(r[3]), int16(r[4]), int16(r[5]), int16(r[6]), int16(r[7]), int16(r[8])}
	wide := uint32(l[0]+h) | uint32(l[1]+h) | uint32(l[2]+h) | uint32(l[3]+h) | uint32(l[4]+h) |
		uint32(l[5]+h) | uint32(l[6]+h) | uint32(l[7]+h) | uint32(l[8]+h) |
		uint32(r[0]+h) | uint32(r[1]+h) | uint32(r[2]+h) | uint32(r[3]+h) | uint32(r[4]+h) |
		uint32(r[5]+h) | uint32(r[6]+h) | uint32(r[7]+h) | uint32(r[8]+h)
	return ps, wide>>16 == 0
}

// A pairSlot is an entry of the pairTable's index: the key of a pair and
// where its sums are. The sums live apart, so that probing reads 16-byte
// slots, four to a cache line, and not the sums of the pairs it passes.
type pairSlot struct {
	key uint64 // pairKey; 0 when empty
	gen uint32 // the slot is empty unless gen is the table's
	at  uint32 // the pair's sums are sums[at]
}

// A pairTable is an open-addressing index of pairSlots over the sums,
// which are kept in the order the pairs came; reset empties it in
// constant time (a new generation).
type pairTable struct {
	slots []pairSlot
	sums  []pairSums
	gen   uint32
}

// maxPairs bounds the pairs a Scratch keeps (the table has twice as
// many slots); past it, the table starts over.
const maxPairs = 1 << 15

func (p *pairTable) reset() {
	p.gen++
	if p.gen == 0 { // wrapped: slots of generation 0 may remain
		clear(p.slots)
		p.gen = 1
	}
	p.sums = p.sums[:0]
}

func pairHash(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> 32 }

// find returns the slot of key, and whether it holds key; when not, the
// slot is where it goes (see add).
func (p *pairTable) find(key uint64) (*pairSlot, bool) {
	mask := uint64(len(p.slots) - 1)
	for j := pairHash(key) & mask; ; j = (j + 1) & mask {
		sl := &p.slots[j]
		if sl.gen != p.gen || sl.key == 0 {
			return sl, false
		}
		if sl.key == key {
			return sl, true
		}
	}
}

// lookup returns the sums of key, or nil when the table has none,
// making room first: then add gives the sums to fill.
func (p *pairTable) lookup(key uint64, bound int) *pairSums {
	if p.slots == nil {
		p.slots = make([]pairSlot, 1024)
		p.sums = make([]pairSums, 0, len(p.slots)/2)
		p.gen = 1
	}
	if sl, ok := p.find(key); ok {
		return &p.sums[sl.at]
	}
	if len(p.sums) >= bound {
		p.reset()
	} else if 2*(len(p.sums)+1) > len(p.slots) {
		p.grow()
	}
	return nil
}

// add enters key, which lookup has just not found, with its sums ps,
// and returns where they are kept.
func (p *pairTable) add(key uint64, ps *pairSums) *pairSums {
	sl, _ := p.find(key)
	sl.key, sl.gen, sl.at = key, p.gen, uint32(len(p.sums))
	p.sums = append(p.sums, *ps)
	return &p.sums[len(p.sums)-1]
}

// grow doubles the index, keeping the current generation's slots, and
// makes room for as many sums as it may hold (half its slots).
func (p *pairTable) grow() {
	old := p.slots
	p.slots = make([]pairSlot, 2*len(old))
	p.sums = append(make([]pairSums, 0, len(p.slots)/2), p.sums...)
	for k := range old {
		if sl := &old[k]; sl.gen == p.gen && sl.key != 0 {
			dst, _ := p.find(sl.key)
			*dst = *sl
		}
	}
}

// pairID is the word type of token i of the sequence in s for pair keys
// (its entry among the Model's frequent words or the Scratch's words),
// or 0 when it has none.
func (s *Scratch) pairID(i int) uint32 {
	if f := s.freqAt[i]; f >= 0 {
		return 1<<31 | uint32(f)
	}
	if j := s.wordAt[i]; j >= 0 {
		return uint32(j) + 1
	}
	return 0
}

// pairSides returns the summed weights of the features that read the
// adjacent tokens l and r together: those of token l (toL) and of token
// r (toR). Features.features emits the same through e.ctx when the
// scorer does not supply them (see emitter.prevPair and nextPair).
func (m *Model) pairSides(l, r *atoms) (toL, toR [NumLabels]int32) {
	add := func(v *[NumLabels]int32, id uint32) {
		if id == 0 {
			id = 1 // 0 is the empty key of the weight table
		}
		m.addWeight(v, id)
	}
	add(&toR, feat2(21, l.word, r.word))
	add(&toL, feat2(22, l.word, r.word))
	add(&toR, feat2(24, l.core, r.core))
	add(&toL, feat2(25, l.core, r.core))
	if m.Stats != nil {
		if r.stats != 0 {
			add(&toR, feat2(105, uint64(l.stats), uint64(r.stats&0xff)))
		}
		if l.stats != 0 {
			add(&toL, feat2(106, uint64(r.stats&0xffff), uint64(l.stats&0xffff)))
		}
	}
	return toL, toR
}
