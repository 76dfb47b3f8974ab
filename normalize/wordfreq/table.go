package wordfreq

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"sync"
)

//go:embed wordfreq.bin
var tableData []byte

// table is the loaded word list: records [len][cbq][letters…] in blob,
// and an open-addressing hash table of record offsets (+1; 0 is empty).
type table struct {
	blob  []byte
	slots []uint32
	mask  uint32
}

var load = sync.OnceValue(func() *table {
	t, err := decode(tableData)
	if err != nil {
		// The embedded table is generated and tested; a broken one is a
		// build error, reported by the tests. Serve an empty table.
		return &table{slots: make([]uint32, 1)}
	}
	return t
})

func decode(data []byte) (*table, error) {
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		return nil, err
	}
	if len(raw) < 8 || string(raw[:4]) != "NWF1" {
		return nil, io.ErrUnexpectedEOF
	}
	n := int(binary.LittleEndian.Uint32(raw[4:8]))
	size := 1
	for size < 2*n {
		size <<= 1
	}
	t := &table{blob: make([]byte, 0, len(raw)*2), slots: make([]uint32, size), mask: uint32(size - 1)}
	var prev []byte
	p := 8
	for range n {
		if p+2 > len(raw) {
			return nil, io.ErrUnexpectedEOF
		}
		shared, suffix := int(raw[p]), int(raw[p+1])
		p += 2
		if shared > len(prev) || p+suffix+1 > len(raw) {
			return nil, io.ErrUnexpectedEOF
		}
		off := len(t.blob)
		t.blob = append(t.blob, byte(shared+suffix), raw[p+suffix])
		t.blob = append(t.blob, prev[:shared]...)
		t.blob = append(t.blob, raw[p:p+suffix]...)
		p += suffix + 1
		key := t.blob[off+2:]
		prev = key
		h := hash(key) & t.mask
		for t.slots[h] != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = uint32(off + 1)
	}
	return t, nil
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
	key, ok := encode(buf[:0], folded)
	if !ok {
		return 0, false
	}
	t := load()
	h := hash(key) & t.mask
	for {
		s := t.slots[h]
		if s == 0 {
			return 0, false
		}
		off := int(s - 1)
		n := int(t.blob[off])
		if n == len(key) && bytes.Equal(t.blob[off+2:off+2+n], key) {
			return -4 * int(t.blob[off+1]), true
		}
		h = (h + 1) & t.mask
	}
}

// Known reports whether the folded word form is in the table.
func Known(folded string) bool {
	_, ok := Centibels(folded)
	return ok
}

// encode appends the one-byte codes of the letters of s to dst; ok is
// false if s is empty, too long, or holds anything but the letters
// U+0621–U+064A.
func encode(dst []byte, s string) ([]byte, bool) {
	if s == "" {
		return dst, false
	}
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || len(dst) == maxLetters {
			return dst, false
		}
		// U+0621–U+063F are D8 A1–BF; U+0640–U+064A are D9 80–8A.
		c0, c1 := s[i], s[i+1]
		var r int
		switch c0 {
		case 0xD8:
			r = 0x600 + int(c1-0x80)
		case 0xD9:
			r = 0x640 + int(c1-0x80)
		default:
			return dst, false
		}
		if r < 0x621 || r > 0x64A || r == 0x640 {
			return dst, false
		}
		dst = append(dst, byte(r-0x620))
	}
	return dst, true
}
