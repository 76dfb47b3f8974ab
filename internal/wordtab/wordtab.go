// Package wordtab is a hash table from words to values, for the
// per-document and per-Session memos of the pipeline's stages (what a
// word splits into, what it folds to, how it reads): a map[string]V
// costs some 150 instructions a lookup of a ten- to twenty-byte word
// (the hash of the runtime, its probing, a call to compare the bytes);
// a Table, an open-addressing index with a cheap hash of eight bytes at a
// time and the entries kept apart, costs about three fifths as much
// (BenchmarkGet, eight words: 882 instructions, a map 1,418).
//
// A Table is for lookups of short keys that mostly hit; it never
// deletes but all at once (Clear). It is not safe for concurrent use,
// except for Get on a Table that nothing writes any more.
package wordtab

// A Table maps strings to values of type V. Its zero value is empty and
// ready to use.
type Table[V any] struct {
	// slots[h&mask] holds hash<<32 | entry+1, or 0 when empty; a key
	// lives at the first free slot from its hash on (linear probing).
	slots   []uint64
	entries []entry[V]
}

type entry[V any] struct {
	key string
	val V
}

// Hash hashes s eight bytes at a time (multiply and xor; the high half of
// each product depends on every bit before it). Get writes it out, and so
// does the gazetteer's word memo (entities/gazetteer, which calls Hash
// too): they must stay alike (TestTableAgainstMap, TestWordMemo).
func Hash(s string) uint32 {
	const p = 0x9e3779b97f4a7c15
	h := uint64(len(s)+1) * p
	for len(s) >= 8 {
		h = (h ^ Load64(s)) * p
		s = s[8:]
	}
	switch {
	case len(s) >= 4:
		h = (h ^ (uint64(Load32(s)) | uint64(Load32(s[len(s)-4:]))<<32)) * p
	case len(s) > 0:
		h = (h ^ (uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16)) * p
	}
	return uint32(h >> 32)
}

// Load64 returns the first eight bytes of s as a little-endian number
// (s holds eight at least).
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load32 returns the first four bytes of s as a little-endian number
// (s holds four at least).
func Load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Len returns the number of keys in t.
func (t *Table[V]) Len() int { return len(t.entries) }

// Get returns the value of key, and whether t holds key.
func (t *Table[V]) Get(key string) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	// Hash(key), written out: the call cost a tenth of a lookup.
	const p = 0x9e3779b97f4a7c15
	hh := uint64(len(key)+1) * p
	s := key
	for len(s) >= 8 {
		hh = (hh ^ Load64(s)) * p
		s = s[8:]
	}
	switch {
	case len(s) >= 4:
		hh = (hh ^ (uint64(Load32(s)) | uint64(Load32(s[len(s)-4:]))<<32)) * p
	case len(s) > 0:
		hh = (hh ^ (uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16)) * p
	}
	h := uint32(hh >> 32)
	slots := t.slots
	mask := uint32(len(slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := slots[i&mask]
		if e == 0 {
			var zero V
			return zero, false
		}
		if uint32(e>>32) == h {
			if en := &t.entries[uint32(e)-1]; en.key == key {
				return en.val, true
			}
		}
	}
}

// Put sets the value of key to v. The Table keeps key as it is: the
// caller copies it first if it must not hold the text it comes from.
func (t *Table[V]) Put(key string, v V) {
	p, _ := t.Ref(key)
	*p = v
}

// Ref returns where t keeps the value of key, and whether t held key
// already; if not, it enters key with the zero value first. The pointer
// is valid until the next Put or Ref. The Table keeps key as it is (see
// Put).
func (t *Table[V]) Ref(key string) (*V, bool) {
	h := Hash(key)
	if len(t.slots) > 0 {
		mask := uint32(len(t.slots) - 1)
		for i := h & mask; ; i = (i + 1) & mask {
			e := t.slots[i]
			if e == 0 {
				break
			}
			if uint32(e>>32) == h {
				if en := &t.entries[uint32(e)-1]; en.key == key {
					return &en.val, true
				}
			}
		}
	}
	if 2*(len(t.entries)+1) > len(t.slots) {
		t.grow()
	}
	t.entries = append(t.entries, entry[V]{key: key})
	t.put(h, uint32(len(t.entries)))
	return &t.entries[len(t.entries)-1].val, false
}

// put enters the hash h of entry j-1 in the first free slot.
func (t *Table[V]) put(h, j uint32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint64(h)<<32 | uint64(j)
}

// grow doubles the slots (64 at first) and enters the entries again.
func (t *Table[V]) grow() {
	n := max(64, 2*len(t.slots))
	t.slots = make([]uint64, n)
	for j := range t.entries {
		t.put(Hash(t.entries[j].key), uint32(j+1))
	}
}

// Clear empties t, dropping its keys and values, and keeps its memory.
func (t *Table[V]) Clear() {
	clear(t.slots)
	clear(t.entries)
	t.entries = t.entries[:0]
}
