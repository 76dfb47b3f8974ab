package gazetteer

import (
	"github.com/nabanlp/naba/internal/wordtab"
	"github.com/nabanlp/naba/normalize"
)

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

// find returns the entry of words whose key is s.
func (m *wordMemo) find(words []scanWord, s string) (int32, bool) {
	var num [1]int32
	m.findEach(words, s, []normalize.Token{{End: len(s)}}, num[:])
	return num[0], num[0] >= 0
}

// findEach stores in nums[k] the entry of words whose key is the text
// norm[toks[k].Start:toks[k].End], or -1, for every token of toks; nums
// has room for them. Reset looks up every token of a text: one loop
// without calls (wordtab.Hash and the comparison of the bytes written out)
// costs less than a call per token. TestWordMemo checks it against add,
// which calls wordtab.Hash.
func (m *wordMemo) findEach(words []scanWord, norm string, toks []normalize.Token, nums []int32) {
	nums = nums[:len(toks)]
	if len(m.slots) == 0 {
		for k := range nums {
			nums[k] = -1
		}
		return
	}
	slots := m.slots
	mask := uint32(len(slots) - 1)
	for k, tok := range toks {
		s := norm[tok.Start:tok.End]
		// wordtab.Hash(s)
		const p = 0x9e3779b97f4a7c15
		hh := uint64(len(s)+1) * p
		t := s
		for len(t) >= 8 {
			hh = (hh ^ wordtab.Load64(t)) * p
			t = t[8:]
		}
		switch {
		case len(t) >= 4:
			hh = (hh ^ (uint64(wordtab.Load32(t)) | uint64(wordtab.Load32(t[len(t)-4:]))<<32)) * p
		case len(t) > 0:
			hh = (hh ^ (uint64(t[0]) | uint64(t[len(t)/2])<<8 | uint64(t[len(t)-1])<<16)) * p
		}
		h := uint32(hh >> 32)
		nums[k] = -1
		n := len(s)
	probe:
		for i := h & mask; ; i = (i + 1) & mask {
			e := slots[i]
			if e == 0 {
				break
			}
			j := int32(uint32(e)) - 1
			if uint32(e>>32) != h || uint(j) >= uint(len(words)) {
				continue
			}
			// The bytes of words[j].key and s.
			key := words[j].key
			if len(key) != n {
				continue
			}
			switch {
			case n >= 8:
				if wordtab.Load64(key[n-8:]) != wordtab.Load64(s[n-8:]) {
					continue probe
				}
				for o := 0; o < n-8; o += 8 {
					if wordtab.Load64(key[o:]) != wordtab.Load64(s[o:]) {
						continue probe
					}
				}
			case n >= 4:
				if wordtab.Load32(key) != wordtab.Load32(s) || wordtab.Load32(key[n-4:]) != wordtab.Load32(s[n-4:]) {
					continue
				}
			default:
				for o := range n {
					if key[o] != s[o] {
						continue probe
					}
				}
			}
			nums[k] = j
			break
		}
	}
}

// add records that words[j] has the key s, which m does not hold yet.
func (m *wordMemo) add(words []scanWord, s string, j int32) {
	if 2*(m.n+1) > len(m.slots) {
		m.grow(words)
	}
	m.put(wordtab.Hash(s), j)
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
