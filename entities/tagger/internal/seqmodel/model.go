package seqmodel

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/nabanlp/naba/normalize"
)

// A Model holds quantized feature weights in an open-addressing table
// keyed by feature id, the label transition weights and the Features it
// was trained with. It is immutable and safe for concurrent use.
type Model struct {
	Features
	keys  []uint32 // 0 = empty slot
	rows  []int16  // NumLabels weights per slot
	mask  uint32
	scale float32
	// trans[p][c] is the weight of label c after label p; row NumLabels
	// is the start of a sequence. Forbidden transitions are -inf.
	trans [NumLabels + 1][NumLabels]float32
	nfeat int
}

// NumFeatures reports how many feature ids have weights.
func (m *Model) NumFeatures() int { return m.nfeat }

var negInf = float32(math.Inf(-1))

// newModel builds a model from feature ids (nonzero, distinct) with
// their quantized weights.
func newModel(f Features, ids []uint32, w []int16, scale float32, trans *[NumLabels + 1][NumLabels]float32) *Model {
	m := &Model{Features: f, scale: scale, nfeat: len(ids)}
	size := 1
	for size < 2*len(ids)+1 {
		size <<= 1
	}
	m.keys = make([]uint32, size)
	m.rows = make([]int16, size*NumLabels)
	m.mask = uint32(size - 1)
	for i, id := range ids {
		slot := id & m.mask
		for m.keys[slot] != 0 {
			slot = (slot + 1) & m.mask
		}
		m.keys[slot] = id
		copy(m.rows[int(slot)*NumLabels:], w[i*NumLabels:(i+1)*NumLabels])
	}
	m.trans = *trans
	for p := 0; p <= NumLabels; p++ {
		for c := range NumLabels {
			if !Allowed(uint8(p), uint8(c)) {
				m.trans[p][c] = negInf
			}
		}
	}
	return m
}

// Tag decodes tokens t.Tokens[first:last] as one sequence into s.Labels.
func (m *Model) Tag(t *normalize.Text, first, last int, s *Scratch) {
	m.Extract(t, first, last, s)
	n := last - first
	s.scores = grow(s.scores, n*NumLabels)
	for i := range n {
		var acc [NumLabels]int32
		for _, id := range s.Feats[s.Offs[i]:s.Offs[i+1]] {
			slot := id & m.mask
			for {
				k := m.keys[slot]
				if k == id {
					r := m.rows[int(slot)*NumLabels : int(slot)*NumLabels+NumLabels]
					for l := range NumLabels {
						acc[l] += int32(r[l])
					}
					break
				}
				if k == 0 {
					break
				}
				slot = (slot + 1) & m.mask
			}
		}
		sc := s.scores[i*NumLabels : i*NumLabels+NumLabels]
		for l := range NumLabels {
			sc[l] = float32(acc[l]) * m.scale
		}
	}
	s.back = grow(s.back, n*NumLabels)
	s.Labels = grow(s.Labels, n)
	viterbi(n, s.scores, &m.trans, s.back, s.Labels)
}

// viterbi finds the best label sequence for emission scores em (n rows
// of NumLabels) under transition weights trans, using back as scratch.
func viterbi(n int, em []float32, trans *[NumLabels + 1][NumLabels]float32, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	var prev, cur [NumLabels]float32
	for c := range NumLabels {
		prev[c] = trans[NumLabels][c] + em[c]
	}
	for i := 1; i < n; i++ {
		e := em[i*NumLabels : i*NumLabels+NumLabels]
		b := back[i*NumLabels : i*NumLabels+NumLabels]
		for c := range NumLabels {
			best, arg := negInf, uint8(0)
			for p := range NumLabels {
				if v := prev[p] + trans[p][c]; v > best {
					best, arg = v, uint8(p)
				}
			}
			cur[c] = best + e[c]
			b[c] = arg
		}
		prev = cur
	}
	best, arg := negInf, uint8(0)
	for c := range NumLabels {
		if prev[c] > best {
			best, arg = prev[c], uint8(c)
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = back[i*NumLabels+int(arg)]
		out[i-1] = arg
	}
}

const magic = "NABATAG1"

// WriteTo writes the model in its file format: gzip over a header, the
// transition weights, the word clusters and the feature weights, with
// ids delta-coded and weights as zigzag varints.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	putU := func(x uint64) { b.Write(binary.AppendUvarint(nil, x)) }
	putU(NumLabels)
	binary.Write(&b, binary.LittleEndian, m.scale)
	for p := 0; p <= NumLabels; p++ {
		for c := range NumLabels {
			v := m.trans[p][c]
			if math.IsInf(float64(v), -1) {
				v = 0
			}
			binary.Write(&b, binary.LittleEndian, v)
		}
	}
	putTable(&b, m.Clusters)
	putTable(&b, m.Stats)
	var prev uint32
	var ids []uint32
	for _, k := range m.keys {
		if k != 0 {
			ids = append(ids, k)
		}
	}
	slices.Sort(ids)
	putU(uint64(len(ids)))
	prev = 0
	for _, id := range ids {
		putU(uint64(id - prev))
		prev = id
	}
	for _, id := range ids {
		slot := id & m.mask
		for m.keys[slot] != id {
			slot = (slot + 1) & m.mask
		}
		for _, v := range m.rows[int(slot)*NumLabels : int(slot)*NumLabels+NumLabels] {
			b.Write(binary.AppendVarint(nil, int64(v)))
		}
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// putTable writes a word table: its size, then its keys delta-coded in
// order, each followed by its value.
func putTable(b *bytes.Buffer, t map[uint32]uint32) {
	keys := make([]uint32, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	var prev uint32
	for _, k := range keys {
		b.Write(binary.AppendUvarint(nil, uint64(k-prev)))
		b.Write(binary.AppendUvarint(nil, uint64(t[k])))
		prev = k
	}
}

// readTable reads a table written by putTable (nil when empty).
func readTable(br io.ByteReader) (map[uint32]uint32, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("implausible table size")
	}
	if n == 0 {
		return nil, nil
	}
	t := make(map[uint32]uint32, n)
	var prev uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		prev += d
		if prev > math.MaxUint32 || v > math.MaxUint32 {
			return nil, errors.New("bad table entry")
		}
		t[uint32(prev)] = uint32(v)
	}
	return t, nil
}

// Read reads a model written by WriteTo. The gazetteer, which is code,
// is not part of the file: the caller sets it.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("seqmodel: %w", err)
	}
	br := bufio.NewReader(zr)
	fail := func(err error) (*Model, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("seqmodel: reading model: %w", err)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return fail(err)
	}
	if string(head) != magic {
		return nil, errors.New("seqmodel: not a model file")
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	if nl != NumLabels {
		return nil, fmt.Errorf("seqmodel: model has %d labels, want %d", nl, NumLabels)
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return fail(err)
	}
	var trans [NumLabels + 1][NumLabels]float32
	if err := binary.Read(br, binary.LittleEndian, &trans); err != nil {
		return fail(err)
	}
	var f Features
	if f.Clusters, err = readTable(br); err != nil {
		return fail(err)
	}
	if f.Stats, err = readTable(br); err != nil {
		return fail(err)
	}
	nf, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	if nf > 1<<26 {
		return nil, errors.New("seqmodel: implausible feature count")
	}
	ids := make([]uint32, nf)
	var prev uint64
	for i := range ids {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(err)
		}
		prev += d
		if prev == 0 || prev > math.MaxUint32 || (i > 0 && uint32(prev) == ids[i-1]) {
			return nil, errors.New("seqmodel: bad feature id")
		}
		ids[i] = uint32(prev)
	}
	w := make([]int16, int(nf)*NumLabels)
	for i := range w {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return fail(err)
		}
		w[i] = int16(v)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		if err == nil {
			return nil, errors.New("seqmodel: trailing data after model")
		}
		return fail(err)
	}
	return newModel(f, ids, w, scale, &trans), nil
}
