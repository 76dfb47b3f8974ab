package gazetteer

// A wordMemo maps the token texts a remembering Scan keeps to their
// entries in Scan.words, whose key fields hold the texts: an
// open-addressing table with a cheap hash of the bytes, cheaper than a
// map[string]int32 for the one lookup Reset makes per token. Its zero
// value is empty.
type wordMemo struct {
	// slots[h&mask] holds hash<<32 | entry+1, or 0 when empty; a key
	// lives at the first free slot from its hash on (linear probing).
	slots []uint64
	n     int // the entries held
}

// memoHash hashes s eight bytes at a time (multiply and xor; the high
// half of each product depends on every bit before it).
func memoHash(s string) uint32 {
	const p = 0x9e3779b97f4a7c15
	h := uint64(len(s)+1) * p
	for len(s) >= 8 {
		h = (h ^ le64(s)) * p
		s = s[8:]
	}
	switch {
	case len(s) >= 4:
		h = (h ^ (uint64(le32(s)) | uint64(le32(s[len(s)-4:]))<<32)) * p
	case len(s) > 0:
		h = (h ^ (uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16)) * p
	}
	return uint32(h >> 32)
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// find returns the entry of words whose key is s. Reset calls it for
// every token: memoHash and sameBytes are written out in it, as calls
// cost as much as the work on a short token (TestWordMemo checks find
// against add, which calls memoHash).
func (m *wordMemo) find(words []scanWord, s string) (int32, bool) {
	if len(m.slots) == 0 {
		return -1, false
	}
	// memoHash(s)
	const p = 0x9e3779b97f4a7c15
	hh := uint64(len(s)+1) * p
	t := s
	for len(t) >= 8 {
		hh = (hh ^ le64(t)) * p
		t = t[8:]
	}
	switch {
	case len(t) >= 4:
		hh = (hh ^ (uint64(le32(t)) | uint64(le32(t[len(t)-4:]))<<32)) * p
	case len(t) > 0:
		hh = (hh ^ (uint64(t[0]) | uint64(t[len(t)/2])<<8 | uint64(t[len(t)-1])<<16)) * p
	}
	h := uint32(hh >> 32)
	mask := uint32(len(m.slots) - 1)
	n := len(s)
	for i := h & mask; ; i = (i + 1) & mask {
		e := m.slots[i]
		if e == 0 {
			return -1, false
		}
		j := int32(uint32(e)) - 1
		if uint32(e>>32) != h || uint(j) >= uint(len(words)) {
			continue
		}
		// sameBytes(words[j].key, s)
		k := words[j].key
		if len(k) != n {
			continue
		}
		same := true
		switch {
		case n >= 8:
			same = le64(k[n-8:]) == le64(s[n-8:])
			for o := 0; same && o < n-8; o += 8 {
				same = le64(k[o:]) == le64(s[o:])
			}
		case n >= 4:
			same = le32(k) == le32(s) && le32(k[n-4:]) == le32(s[n-4:])
		default:
			for o := range n {
				if k[o] != s[o] {
					same = false
					break
				}
			}
		}
		if same {
			return j, true
		}
	}
}

// add records that words[j] has the key s, which m does not hold yet.
func (m *wordMemo) add(words []scanWord, s string, j int32) {
	if 2*(m.n+1) > len(m.slots) {
		m.grow(words)
	}
	m.put(memoHash(s), j)
	m.n++
}

func (m *wordMemo) put(h uint32, j int32) {
	mask := uint32(len(m.slots) - 1)
	i := h & mask
	for m.slots[i] != 0 {
		i = (i + 1) & mask
	}
	m.slots[i] = uint64(h)<<32 | uint64(uint32(j+1))
}

// grow doubles the slots (1024 at first) and puts the entries back.
func (m *wordMemo) grow(words []scanWord) {
	old := m.slots
	m.slots = make([]uint64, max(1024, 2*len(old)))
	for _, e := range old {
		if e != 0 {
			m.put(uint32(e>>32), int32(uint32(e))-1)
		}
	}
}

// reset empties m, keeping its slots.
func (m *wordMemo) reset() {
	clear(m.slots)
	m.n = 0
}
