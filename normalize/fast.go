package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// The fast loops of the normalization. A character of U+0600–U+06FF is
// two UTF-8 bytes b0 b1, b0 in D8–DB and b1 a continuation byte; v = b0 |
// b1<<8 is the pair read as a little-endian uint16.
const (
	pairMask = 0xC0FC // v&pairMask == pairPat: v is a character of U+0600–U+06FF
	pairPat  = 0x80D8
)

// pairIndex is the index into a pairTable of the character v of
// U+0600–U+06FF: b1 | (b0&3)<<8, that is the bits in which such
// characters differ.
func pairIndex(v uint16) uint16 { return bits.RotateLeft16(v, 8) & 0x3FF }

// A pairTable says what becomes of each character of U+0600–U+06FF,
// indexed by pairIndex. An entry holds the bytes the character becomes in
// its low 16 bits (its own when kept; unused bytes zero), their number
// (0, 1 or 2) from bit pairLenShift, and pairRare for a hamza or madda
// mark, which combines with the letter before it and is handled out of
// the table. The entries at indexes that are no such character are never
// read.
type pairTable [1 << 10]uint32

const (
	pairLenShift = 16
	pairSame     = 2 << pairLenShift // entry>>pairLenShift == 2: the character keeps its length
	pairRare     = 1 << 20
)

// newPairTable builds the pairTable of n from its class and replacement
// tables.
func newPairTable(n *Normalizer) *pairTable {
	t := new(pairTable)
	for r := rune(0x600); r <= 0x6FF; r++ {
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		v := uint16(b[0]) | uint16(b[1])<<8
		x := arIndex(r)
		var e uint32
		switch n.cls[x] {
		case keep:
			e = uint32(v) | pairSame
		case replace1:
			e = uint32(n.rep[x][0]) | 1<<pairLenShift
		case replace2:
			e = uint32(n.rep[x][0]) | uint32(n.rep[x][1])<<8 | pairSame
		case remove:
			e = 0
		case mark:
			e = pairRare
		}
		t[pairIndex(v)] = e
	}
	return t
}

// A blockTable lets the loops handle seven bytes at a time without a
// branch. It is indexed by every two adjacent bytes b0 b1 of the text,
// as the uint16 b0 | b1<<8, and says what the normalization does to
// them: an entry is zero when nothing changes there, the XOR of the
// bytes with what they become when a character of U+0600–U+06FF is
// replaced by one of the same length (ة → ه), and has bit 7 (blockStop)
// set wherever the block loops must stop: a character that changes its
// length, a hamza mark, a byte that is neither ASCII nor part of a
// two-byte character of U+0600–U+06FF.
//
// A pair at position k of a block is looked up and its entry shifted to
// byte k, and the entries of all positions are ORed: a continuation
// byte's pair with the next byte is zero, so the entry of each character
// lands on its own bytes. The XOR never sets bit 6 or 7 of a byte (the
// lead bytes D8–DB differ in bits 0–1, continuation bytes in bits 0–5),
// so blockStop tells the stops apart from the changes in every byte.
type blockTable [1 << 16]uint16

const (
	blockStop  = 0x80
	blockStop8 = 0x8080808080808080

	// blockMin is how much text is left when the block loops start:
	// below it, the table is not worth building.
	blockMin = 64
)

func newBlockTable(n *Normalizer) *blockTable {
	t := new(blockTable)
	isLead := func(b int) bool { return b >= 0xD8 && b <= 0xDB }
	isCont := func(b int) bool { return b&0xC0 == 0x80 }
	for b1 := range 256 {
		for b0 := range 256 {
			e := uint16(blockStop)
			switch {
			case b0 < utf8.RuneSelf || isCont(b0):
				// A continuation byte here ends a character that the
				// pair before it checked.
				if b1 < utf8.RuneSelf || isLead(b1) {
					e = 0
				}
			case isLead(b0) && isCont(b1):
				x := (b0&3)<<6 | b1&0x3F
				switch n.cls[x] {
				case keep:
					e = 0
				case replace2:
					e = uint16(n.rep[x][0]^byte(b0)) | uint16(n.rep[x][1]^byte(b1))<<8
				}
			}
			t[b0|b1<<8] = e
		}
	}
	return t
}

// blocks returns the blockTable of n, built on first use.
func (n *Normalizer) blocks() *blockTable {
	n.blockOnce.Do(func() { n.blk = newBlockTable(n) })
	return n.blk
}

func load64[S bytestring](s S, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32[S bytestring](s S, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// blockDelta returns the entries of the seven pairs of bytes that start
// in the first seven bytes of v, each at its byte (see blockTable).
func blockDelta(t *blockTable, v uint64) uint64 {
	return uint64(t[uint16(v)]) | uint64(t[uint16(v>>8)])<<8 | uint64(t[uint16(v>>16)])<<16 |
		uint64(t[uint16(v>>24)])<<24 | uint64(t[uint16(v>>32)])<<32 | uint64(t[uint16(v>>40)])<<40 |
		uint64(t[uint16(v>>48)])<<48
}

// skipBlocks returns how far the text from src[i] is left unchanged,
// seven bytes at a time; the rest of the run is for the caller to find.
// i is at the start of a character and so is the result.
func skipBlocks[S bytestring](t *blockTable, src S, i int) int {
	i0 := i
	if i < len(src) && src[i]&0xC0 == 0x80 {
		return i // a stray continuation byte, which no pair before it checked
	}
	for i+8 <= len(src) && blockDelta(t, load64(src, i)) == 0 {
		i += 7
	}
	if i > i0 && i < len(src) && src[i]&0xC0 == 0x80 {
		i-- // the block ended inside a character
	}
	return i
}

// sameBlocks writes src[i:] to out[w:] seven bytes at a time for as long
// as the characters are ASCII or characters of U+0600–U+06FF that keep
// their length, and returns the new w and i, both at the start of a
// character. out must have room for what is left of src plus one byte.
func sameBlocks[S bytestring](t *blockTable, out []byte, w int, src S, i int) (int, int) {
	i0 := i
	if i < len(src) && src[i]&0xC0 == 0x80 {
		return w, i // a stray continuation byte, which no pair before it checked
	}
	var carry uint64 // the change to the first byte, from the block before
	for i+8 <= len(src) {
		v := load64(src, i)
		d := blockDelta(t, v) | carry
		if d&blockStop8 != 0 {
			break
		}
		binary.LittleEndian.PutUint64(out[w:w+8], v^d)
		carry = d >> 56
		w += 7
		i += 7
	}
	if i > i0 && i < len(src) && src[i]&0xC0 == 0x80 {
		i-- // the block ended inside a character
		w--
	}
	return w, i
}

// skipKeep returns the end of the run of ASCII bytes and kept characters
// of the Arabic block that starts at src[i].
func skipKeep[S bytestring](n *Normalizer, src S, i int) int {
	t := &n.pair
	if len(src)-i >= blockMin {
		i = skipBlocks(n.blocks(), src, i)
	}
	for i+1 < len(src) {
		v := uint16(src[i]) | uint16(src[i+1])<<8
		if v&pairMask == pairPat {
			if t[pairIndex(v)] != uint32(v)|pairSame {
				return i
			}
			i += 2
			continue
		}
		if v&0x80 != 0 {
			return i
		}
		i++
	}
	if i < len(src) && src[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// keepsAll reports whether every character of the short text src is an
// ASCII byte or a kept character of the Arabic block, so that its
// normalization is src itself: the quick answer for the words and numbers
// that callers fold one at a time.
func keepsAll[S bytestring](t *pairTable, src S) bool {
	i := 0
	// Two characters at a time while both are of the Arabic block (words
	// and stems mostly are).
	for ; i+3 < len(src); i += 4 {
		v := uint32(src[i]) | uint32(src[i+1])<<8 | uint32(src[i+2])<<16 | uint32(src[i+3])<<24
		if v&(pairMask|pairMask<<16) != pairPat|pairPat<<16 {
			break
		}
		if t[pairIndex(uint16(v))] != uint32(uint16(v))|pairSame || t[pairIndex(uint16(v>>16))] != v>>16|pairSame {
			return false
		}
	}
	for i+1 < len(src) {
		v := uint16(src[i]) | uint16(src[i+1])<<8
		if v&pairMask == pairPat {
			if t[pairIndex(v)] != uint32(v)|pairSame {
				return false
			}
			i += 2
			continue
		}
		if v&0x80 != 0 {
			return false
		}
		i++
	}
	return i == len(src) || src[i] < utf8.RuneSelf
}

// writeRun writes the normalization of src[i:] to out[w:] for as long as
// the characters are ASCII or characters of the Arabic block that the
// table handles (all but the hamza and madda marks), and returns the new
// w and i: src[i] is then the first other character, or i is len(src).
// out must have room for what is left of src plus two bytes.
func writeRun[S bytestring](n *Normalizer, out []byte, w int, src S, i int) (int, int) {
	t := &n.pair
	var bt *blockTable
	if len(src)-i >= blockMin {
		bt = n.blocks()
	}
	for {
		if bt != nil {
			w, i = sameBlocks(bt, out, w, src, i)
		}
		// One character, of any length.
		if i+1 < len(src) {
			v := uint16(src[i]) | uint16(src[i+1])<<8
			if v&pairMask == pairPat {
				e := t[pairIndex(v)]
				if e >= pairRare {
					return w, i
				}
				binary.LittleEndian.PutUint16(out[w:w+2], uint16(e))
				w += int(e >> pairLenShift)
				i += 2
				continue
			}
		}
		if i < len(src) && src[i] < utf8.RuneSelf {
			out[w] = src[i]
			w++
			i++
			continue
		}
		return w, i
	}
}

// writeDense is writeRun for text where changes are dense, as in
// diacritized text under Options.Diacritics, where every other character
// is removed: it writes every character through the pairTable, without
// branching on what the character becomes.
func writeDense[S bytestring](n *Normalizer, out []byte, w int, src S, i int) (int, int) {
	t := &n.pair
	for i+1 < len(src) {
		// Two characters of the Arabic block at a time (a letter and its
		// mark): four bytes tested at once, both entries written.
		for i+4 <= len(src) {
			v := load32(src, i)
			if v&(pairMask|pairMask<<16) != pairPat|pairPat<<16 {
				break
			}
			e0, e1 := t[pairIndex(uint16(v))], t[pairIndex(uint16(v>>16))]
			if e0|e1 >= pairRare {
				break
			}
			// The bytes of both, in one store: e0's length is 0, 1 or 2.
			n0 := e0 >> pairLenShift
			binary.LittleEndian.PutUint32(out[w:w+4], e0&0xFFFF|(e1&0xFFFF)<<(8*n0&31))
			w += int(n0 + e1>>pairLenShift)
			i += 4
		}
		if i+1 >= len(src) {
			break
		}
		v := uint16(src[i]) | uint16(src[i+1])<<8
		if v&pairMask == pairPat {
			e := t[pairIndex(v)]
			if e >= pairRare {
				return w, i
			}
			binary.LittleEndian.PutUint16(out[w:w+2], uint16(e))
			w += int(e >> pairLenShift)
			i += 2
			continue
		}
		if v&0x80 != 0 {
			return w, i
		}
		out[w] = byte(v)
		w++
		i++
	}
	if i < len(src) && src[i] < utf8.RuneSelf {
		out[w] = src[i]
		w++
		i++
	}
	return w, i
}

// sameRun is writeRun for the characters that keep their length (ASCII
// bytes, characters of the Arabic block kept or replaced by another
// letter): their output maps byte for byte to the source.
func sameRun[S bytestring](n *Normalizer, out []byte, w int, src S, i int) (int, int) {
	t := &n.pair
	var bt *blockTable
	if len(src)-i >= blockMin {
		bt = n.blocks()
	}
	for {
		if bt != nil {
			w, i = sameBlocks(bt, out, w, src, i)
		}
		if i+1 < len(src) {
			v := uint16(src[i]) | uint16(src[i+1])<<8
			if v&pairMask == pairPat {
				e := t[pairIndex(v)]
				if e>>pairLenShift != 2 {
					return w, i
				}
				binary.LittleEndian.PutUint16(out[w:w+2], uint16(e))
				w += 2
				i += 2
				continue
			}
		}
		if i < len(src) && src[i] < utf8.RuneSelf {
			out[w] = src[i]
			w++
			i++
			continue
		}
		return w, i
	}
}
