package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// readWordfreq reads a wordfreq "cBpack" file (gzip'd msgpack: a header
// map, then one list of words per centibel of frequency, most frequent
// first) and returns each word's frequency (10^(-cB/100)).
func readWordfreq(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("wordfreq: %w", err)
	}
	d := &mpDecoder{r: bufio.NewReader(zr)}
	n, err := d.arrayLen()
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("wordfreq: empty pack")
	}
	if err := d.skip(); err != nil { // header
		return nil, err
	}
	out := map[string]float64{}
	for cb := 0; cb < n-1; cb++ {
		m, err := d.arrayLen()
		if err != nil {
			return nil, err
		}
		freq := math.Pow(10, -float64(cb)/100)
		for range m {
			w, err := d.str()
			if err != nil {
				return nil, err
			}
			out[w] += freq
		}
	}
	return out, nil
}

// mpDecoder reads the msgpack subset wordfreq uses.
type mpDecoder struct{ r *bufio.Reader }

func (d *mpDecoder) uint(n int) (int, error) {
	v := 0
	for range n {
		b, err := d.r.ReadByte()
		if err != nil {
			return 0, err
		}
		v = v<<8 | int(b)
	}
	return v, nil
}

func (d *mpDecoder) arrayLen() (int, error) {
	b, err := d.r.ReadByte()
	if err != nil {
		return 0, err
	}
	switch {
	case b>>4 == 0x9:
		return int(b & 0xf), nil
	case b == 0xdc:
		return d.uint(2)
	case b == 0xdd:
		return d.uint(4)
	}
	return 0, fmt.Errorf("wordfreq: msgpack type %#x, want array", b)
}

func (d *mpDecoder) str() (string, error) {
	b, err := d.r.ReadByte()
	if err != nil {
		return "", err
	}
	var n int
	switch {
	case b>>5 == 0x5:
		n = int(b & 0x1f)
	case b == 0xd9:
		n, err = d.uint(1)
	case b == 0xda:
		n, err = d.uint(2)
	case b == 0xdb:
		n, err = d.uint(4)
	default:
		return "", fmt.Errorf("wordfreq: msgpack type %#x, want str", b)
	}
	if err != nil {
		return "", err
	}
	buf := make([]byte, n)
	_, err = io.ReadFull(d.r, buf)
	return string(buf), err
}

// skip skips one value of any type wordfreq's header uses.
func (d *mpDecoder) skip() error {
	b, err := d.r.ReadByte()
	if err != nil {
		return err
	}
	switch {
	case b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3:
		return nil
	case b>>4 == 0x8: // fixmap
		for range 2 * int(b&0xf) {
			if err := d.skip(); err != nil {
				return err
			}
		}
		return nil
	case b>>4 == 0x9:
		for range int(b & 0xf) {
			if err := d.skip(); err != nil {
				return err
			}
		}
		return nil
	case b>>5 == 0x5:
		_, err := d.r.Discard(int(b & 0x1f))
		return err
	case b == 0xcc || b == 0xd0:
		_, err := d.r.Discard(1)
		return err
	case b == 0xcd || b == 0xd1:
		_, err := d.r.Discard(2)
		return err
	case b == 0xce || b == 0xd2:
		_, err := d.r.Discard(4)
		return err
	}
	return fmt.Errorf("wordfreq: msgpack type %#x in header", b)
}
