package seqmodel

import "slices"

// A WordTable maps word ids (WordID) to small values. It is an
// open-addressing table, quick to build when a model loads. The zero
// value and nil are empty tables. It is immutable and safe for
// concurrent use.
type WordTable struct {
	keys []uint32 // key+1; 0 = empty
	vals []uint32
	mask uint32
	n    int
}

// NewWordTable builds a table from m.
func NewWordTable(m map[uint32]uint32) *WordTable {
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vals := make([]uint32, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return newWordTable(keys, vals)
}

func newWordTable(keys, vals []uint32) *WordTable {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	t := &WordTable{keys: make([]uint32, size), vals: make([]uint32, size), mask: uint32(size - 1), n: len(keys)}
	for i, k := range keys {
		j := mix32(k) & t.mask
		for t.keys[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.keys[j] = k + 1
		t.vals[j] = vals[i]
	}
	return t
}

// Len returns the number of entries.
func (t *WordTable) Len() int {
	if t == nil {
		return 0
	}
	return t.n
}

// Get returns the value of id, or 0.
func (t *WordTable) Get(id uint32) uint32 {
	if t == nil || t.n == 0 {
		return 0
	}
	j := mix32(id) & t.mask
	for {
		k := t.keys[j]
		if k == id+1 {
			return t.vals[j]
		}
		if k == 0 {
			return 0
		}
		j = (j + 1) & t.mask
	}
}

// sorted returns the entries in key order.
func (t *WordTable) sorted() (keys, vals []uint32) {
	if t == nil {
		return nil, nil
	}
	type kv struct{ k, v uint32 }
	var all []kv
	for j, k := range t.keys {
		if k != 0 {
			all = append(all, kv{k - 1, t.vals[j]})
		}
	}
	slices.SortFunc(all, func(a, b kv) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	for _, e := range all {
		keys = append(keys, e.k)
		vals = append(vals, e.v)
	}
	return keys, vals
}

func mix32(x uint32) uint32 {
	x ^= x >> 16
	x *= 0x7feb352d
	x ^= x >> 15
	x *= 0x846ca68b
	x ^= x >> 16
	return x
}
