package wordfreq

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"sync"
	"unsafe"
)

//go:embed wordfreq.bin
var tableData []byte

// table is the loaded word list: records [len][cbq][letters…] in blob,
// and an open-addressing hash table of slots. A slot holds the record's
// offset + 1 in its low offBits bits (0 is empty) and the top bits of the
// key's hash above them, so that a probe rarely touches the blob for a
// key that is not there.
type table struct {
	blob  []byte
	slots []uint32
	mask  uint32
}

const (
	offBits = 23
	offMask = 1<<offBits - 1
)

var load = sync.OnceValue(func() *table {
	t, err := decode(tableData)
	if err != nil {
		// The embedded table is generated and tested; a broken one is a
		// build error, reported by the tests. Serve an empty table.
		return &table{slots: make([]uint32, 1)}
	}
	return t
})

// decode reads the file gen.go writes: "NWF3"; the number of records n
// (uint32, little-endian); n uint32 places, one per record in order,
// each the record's slot value without its offset (the top bits of the
// key's hash) and the index of its slot; then the blob, the n records in
// key order. Nothing is compressed (gzip made the file a quarter of the
// size but inflating it was most of the load time), the blob is used in
// place and the slots are filled from the places without hashing a key.
func decode(data []byte) (*table, error) {
	if len(data) < 8 || string(data[:4]) != "NWF3" {
		return nil, io.ErrUnexpectedEOF
	}
	n := int(binary.LittleEndian.Uint32(data[4:8]))
	if n > (len(data)-8)/4 {
		return nil, io.ErrUnexpectedEOF
	}
	places := data[8 : 8+4*n]
	blob := data[8+4*n : len(data) : len(data)]
	size := slotsFor(n)
	slots := make([]uint32, size)
	off := 0
	for ; len(places) >= 4; places = places[4:] {
		if off+2 > len(blob) {
			return nil, io.ErrUnexpectedEOF
		}
		end := off + 2 + int(blob[off])
		if end > len(blob) || off+1 > offMask {
			return nil, io.ErrUnexpectedEOF
		}
		p := binary.LittleEndian.Uint32(places)
		h := int(p & offMask)
		if h >= len(slots) || slots[h] != 0 {
			return nil, errors.New("wordfreq: bad slot in table")
		}
		slots[h] = p&^offMask | uint32(off+1)
		off = end
	}
	if off != len(blob) {
		return nil, errors.New("wordfreq: trailing data in table")
	}
	return &table{blob: blob, slots: slots, mask: uint32(size - 1)}, nil
}

// slotsFor returns the number of slots of a table of n records, a power
// of two at least 2n.
func slotsFor(n int) int {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return size
}

func hash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// maxLetters is the longest word looked up; longer ones are unknown.
const maxLetters = 64

// Centibels returns the frequency of the folded word form as centibels
// (100·log10 of its frequency: -300 is one word in a thousand) and
// whether the form is known. Forms rarer than MinCentibels, and strings
// that are not folded Arabic letters only, are unknown.
func Centibels(folded string) (cb int, ok bool) {
	var buf [maxLetters]byte
	key, full, ok := encodeHash(buf[:0], folded)
	if !ok {
		return 0, false
	}
	return lookup(key, full)
}

// CentibelsBytes is Centibels for a word held in a byte slice, which it
// does not keep: callers that build the keys in a buffer look them up
// without allocating.
func CentibelsBytes(folded []byte) (cb int, ok bool) {
	// A string view of folded, for the call only: Centibels reads it and
	// keeps nothing of it, so the bytes need not be copied.
	return Centibels(unsafe.String(unsafe.SliceData(folded), len(folded)))
}

// lookup finds the encoded key, of hash full, in the table.
func lookup(key []byte, full uint32) (cb int, ok bool) {
	t := load()
	fp := full &^ offMask
	for h := full & t.mask; ; h = (h + 1) & t.mask {
		s := t.slots[h]
		if s == 0 {
			return 0, false
		}
		if s&^offMask != fp {
			continue
		}
		off := int(s&offMask) - 1
		n := int(t.blob[off])
		if n == len(key) && string(t.blob[off+2:off+2+n]) == string(key) {
			return -4 * int(t.blob[off+1]), true
		}
	}
}

// Known reports whether the folded word form is in the table.
func Known(folded string) bool {
	_, ok := Centibels(folded)
	return ok
}

// encodeHash appends the one-byte codes of the letters of s to dst and
// returns them with their hash; ok is false if s is empty, too long, or
// holds anything but the letters U+0621–U+064A.
func encodeHash(dst []byte, s string) ([]byte, uint32, bool) {
	h := uint32(2166136261)
	if len(s) == 0 || len(s)%2 != 0 || len(s) > 2*maxLetters {
		return dst, 0, false
	}
	for i := 0; i < len(s); i += 2 {
		// U+0621–U+063F are D8 A1–BF; U+0640–U+064A are D9 80–8A.
		c0, c1 := s[i], s[i+1]
		var code byte
		switch {
		case c0 == 0xD8 && c1 >= 0xA1 && c1 <= 0xBF:
			code = c1 - 0xA0 // U+0621 → 1
		case c0 == 0xD9 && c1 >= 0x81 && c1 <= 0x8A:
			code = c1 - 0x80 + 0x20 // U+0641 → 0x21
		default:
			return dst, 0, false
		}
		dst = append(dst, code)
		h ^= uint32(code)
		h *= 16777619
	}
	return dst, h, true
}
