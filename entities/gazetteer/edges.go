package gazetteer

import "math/bits"

// An edgeTable maps parent node << 32 | token id to the child node of
// the trie: an open-addressing table filled once, when the gazetteer is
// built, and read by every step of every lookup, where a map costs
// several times more. Keys are never 0 (token ids start at 1), so a
// zero key marks an empty slot. Its zero value is empty.
type edgeTable struct {
	slots []edgeSlot // a power of two of them, at most half full
	shift uint8      // 64 - log2(len(slots))
}

type edgeSlot struct {
	key   uint64
	child uint32
}

// newEdgeTable returns the table of the edges of m.
func newEdgeTable(m map[uint64]uint32) edgeTable {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := edgeTable{slots: make([]edgeSlot, size), shift: uint8(64 - bits.TrailingZeros(uint(size)))}
	mask := uint64(size - 1)
	for key, child := range m {
		i := t.home(key)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = edgeSlot{key, child}
	}
	return t
}

// home is the first slot where key may be: the top bits of a
// multiplicative hash (Fibonacci hashing).
func (t *edgeTable) home(key uint64) uint64 { return (key * 0x9e3779b97f4a7c15) >> t.shift }

// get returns the child of the edge key, and whether there is one.
func (t *edgeTable) get(key uint64) (uint32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == 0 {
			return 0, false // the zero key too: it is never an edge
		}
		if s.key == key {
			return s.child, true
		}
	}
}
