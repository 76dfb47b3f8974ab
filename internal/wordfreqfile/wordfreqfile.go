// Package wordfreqfile reads wordfreq's word lists in their gzip'd msgpack
// "cB" format, such as wordfreq_large_ar.msgpack.gz (Robyn Speer, CC BY-SA
// 4.0) in the shared data folder. The go:generate programs that build
// tables from the list (normalize/wordfreq, the entity tagger's frequent
// word forms) share it; nothing at run time reads the list.
package wordfreqfile

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/nabanlp/naba/internal/shared"
)

// ReadLargeArabic reads the list at path or, when path is "",
// wordfreq_large_ar.msgpack.gz from the shared data folder; it fails when
// that folder cannot be found.
func ReadLargeArabic(path string) ([][]string, error) {
	if path == "" {
		root := shared.Root()
		if root == "" {
			return nil, errors.New("shared data folder not found: set NABA_SHARED or pass -in")
		}
		path = filepath.Join(root, "data", "wordfreq", "wordfreq_large_ar.msgpack.gz")
	}
	return ReadFile(path)
}

// ReadFile reads a gzip'd cB list: element i of the result holds the
// words at -i centibels (frequency 10^(-i/100)), in the list's order.
func ReadFile(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return Read(z)
}

// Read reads an uncompressed cB list: a msgpack array whose first element
// is a header map and whose element i+1 is the array of words at -i
// centibels. Only the msgpack types that format uses are understood.
func Read(r io.Reader) ([][]string, error) {
	m := &mp{r: bufio.NewReader(r)}
	n, err := m.arrayLen()
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("msgpack: empty cB list, no header")
	}
	if err := m.skip(); err != nil { // header
		return nil, err
	}
	bins := make([][]string, 0, n-1)
	for i := 1; i < n; i++ {
		k, err := m.arrayLen()
		if err != nil {
			return nil, fmt.Errorf("bin %d: %w", i-1, err)
		}
		words := make([]string, k)
		for j := range words {
			if words[j], err = m.str(); err != nil {
				return nil, fmt.Errorf("bin %d: %w", i-1, err)
			}
		}
		bins = append(bins, words)
	}
	return bins, nil
}

type mp struct{ r *bufio.Reader }

func (m *mp) uint(n int) (int, error) {
	v := 0
	for range n {
		c, err := m.r.ReadByte()
		if err != nil {
			return 0, err
		}
		v = v<<8 | int(c)
	}
	return v, nil
}

func (m *mp) arrayLen() (int, error) {
	c, err := m.r.ReadByte()
	if err != nil {
		return 0, err
	}
	switch {
	case c&0xf0 == 0x90:
		return int(c & 0x0f), nil
	case c == 0xdc:
		return m.uint(2)
	case c == 0xdd:
		return m.uint(4)
	}
	return 0, fmt.Errorf("msgpack: expected an array, got 0x%02x", c)
}

func (m *mp) str() (string, error) {
	c, err := m.r.ReadByte()
	if err != nil {
		return "", err
	}
	var n int
	switch {
	case c&0xe0 == 0xa0:
		n = int(c & 0x1f)
	case c == 0xd9:
		n, err = m.uint(1)
	case c == 0xda:
		n, err = m.uint(2)
	case c == 0xdb:
		n, err = m.uint(4)
	default:
		return "", fmt.Errorf("msgpack: expected a string, got 0x%02x", c)
	}
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	_, err = io.ReadFull(m.r, b)
	return string(b), err
}

// skip skips one value of the types a cB header uses.
func (m *mp) skip() error {
	c, err := m.r.ReadByte()
	if err != nil {
		return err
	}
	switch {
	case c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3:
		return nil
	case c&0xf0 == 0x80:
		for range 2 * int(c&0x0f) {
			if err := m.skip(); err != nil {
				return err
			}
		}
		return nil
	case c&0xf0 == 0x90:
		for range int(c & 0x0f) {
			if err := m.skip(); err != nil {
				return err
			}
		}
		return nil
	case c&0xe0 == 0xa0:
		_, err := m.r.Discard(int(c & 0x1f))
		return err
	case c == 0xcc || c == 0xd0: // uint8, int8
		_, err := m.r.Discard(1)
		return err
	case c == 0xcd || c == 0xd1: // uint16, int16
		_, err := m.r.Discard(2)
		return err
	case c == 0xce || c == 0xd2: // uint32, int32
		_, err := m.r.Discard(4)
		return err
	}
	return errors.New("msgpack: unexpected type in header")
}
