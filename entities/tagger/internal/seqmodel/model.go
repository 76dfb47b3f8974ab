package seqmodel

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unsafe"
)

// A Model holds quantized feature weights in an open-addressing table
// keyed by feature id, the label transition weights and the Features it
// was trained with. It is immutable and safe for concurrent use.
type Model struct {
	Features
	slots []slot // open addressing by feature id; key 0 = empty
	mask  uint32
	scale float32
	// trans[p][c] is the weight of label c after label p; row NumLabels
	// is the start of a sequence. Forbidden transitions are -inf.
	trans [NumLabels + 1][NumLabels]float32
	// transT is trans without its last row, transposed (viterbiBIOT).
	transT [NumLabels][NumLabels]float32
	dom    dominance // of transT
	nfeat  int
	// classSums[0][c] and classSums[1][c] are the summed weights of
	// the features of the trigger classes c left and right of a token
	// (classFeatures).
	classSums [2][classMask + 1][NumLabels]int32
	// The sums of the frequent words, built on first use (frequent.go).
	freqOnce sync.Once
	freq     *frequentTable
}

// A slot holds a feature id and its weights side by side, so that a
// lookup touches one cache line.
type slot struct {
	key uint32
	w   [NumLabels]int16
}

// NumFeatures reports how many feature ids have weights.
func (m *Model) NumFeatures() int { return m.nfeat }

var negInf = float32(math.Inf(-1))

// newModel builds a model from feature ids (nonzero, distinct) with
// their quantized weights.
func newModel(f Features, ids []uint32, w []int16, scale float32, trans *[NumLabels + 1][NumLabels]float32) *Model {
	m := &Model{Features: f, scale: scale, nfeat: len(ids)}
	// At most two thirds full: at half full, a model of just over 2^17
	// features took a table of 2^19 slots, 12 MB.
	size := 1
	for 2*size < 3*len(ids)+1 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint32(size - 1)
	for i, id := range ids {
		j := id & m.mask
		for m.slots[j].key != 0 {
			j = (j + 1) & m.mask
		}
		m.slots[j].key = id
		m.slots[j].w = [NumLabels]int16(w[i*NumLabels : (i+1)*NumLabels])
	}
	m.trans = *trans
	for p := 0; p <= NumLabels; p++ {
		for c := range NumLabels {
			if !Allowed(uint8(p), uint8(c)) {
				m.trans[p][c] = negInf
			}
		}
	}
	m.transT = transpose(&m.trans)
	m.dom = newDominance(&m.transT)
	e := emitter{m: m}
	for c := range classMask + 1 {
		e.acc = [NumLabels]int32{}
		classFeatures(&e, uint8(c), 0)
		m.classSums[0][c] = e.acc
		e.acc = [NumLabels]int32{}
		classFeatures(&e, 0, uint8(c))
		m.classSums[1][c] = e.acc
	}
	return m
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
	backtrack(n, &prev, back, out)
}

// backtrack writes to out the best of the n labels whose last scores are
// prev, following the back pointers of viterbi and viterbiBIOT.
func backtrack(n int, prev *[NumLabels]float32, back []uint8, out []uint8) {
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

// The magic strings of the model file's versions. Version 1 writes the
// word table, the feature ids (delta-coded) and the weights (zigzag) as
// varints; version 2, which WriteTo writes, writes them fixed-width
// (uint32 and int16, little-endian), which reads several times faster
// for a file a third larger. Read reads both.
const (
	magic1 = "NABATAG1"
	magic2 = "NABATAG2"
)

// flagLists in the header says the model reads DefaultLists.
const flagLists = 1

// WriteTo writes the model in its file format (version 2): a header,
// the transition weights, the word statistics and the feature weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	return m.write(w, 2)
}

// write writes the model in file format version 1 or 2.
func (m *Model) write(w io.Writer, version int) (int64, error) {
	var b bytes.Buffer
	fixed := version == 2
	if fixed {
		b.WriteString(magic2)
	} else {
		b.WriteString(magic1)
	}
	putU := func(x uint64) { b.Write(binary.AppendUvarint(nil, x)) }
	putU(NumLabels)
	var flags uint64
	if m.Gazetteer != nil {
		flags |= flagLists
	}
	putU(flags)
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
	putTable(&b, m.Stats, fixed)
	var prev uint32
	var ids []uint32
	for _, sl := range m.slots {
		if sl.key != 0 {
			ids = append(ids, sl.key)
		}
	}
	slices.Sort(ids)
	putU(uint64(len(ids)))
	prev = 0
	for _, id := range ids {
		if fixed {
			b.Write(binary.LittleEndian.AppendUint32(nil, id))
		} else {
			putU(uint64(id - prev))
		}
		prev = id
	}
	for _, id := range ids {
		j := id & m.mask
		for m.slots[j].key != id {
			j = (j + 1) & m.mask
		}
		for _, v := range m.slots[j].w {
			if fixed {
				b.Write(binary.LittleEndian.AppendUint16(nil, uint16(v)))
			} else {
				b.Write(binary.AppendVarint(nil, int64(v)))
			}
		}
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// putTable writes a word table: its size, then its keys in order
// (delta-coded varints, or fixed uint32), then their values (varints or
// uint32).
func putTable(b *bytes.Buffer, t *WordTable, fixed bool) {
	keys, vals := t.sorted()
	b.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	var prev uint32
	for _, k := range keys {
		if fixed {
			b.Write(binary.LittleEndian.AppendUint32(nil, k))
		} else {
			b.Write(binary.AppendUvarint(nil, uint64(k-prev)))
		}
		prev = k
	}
	for _, v := range vals {
		if fixed {
			b.Write(binary.LittleEndian.AppendUint32(nil, v))
		} else {
			b.Write(binary.AppendUvarint(nil, uint64(v)))
		}
	}
}

// decoder reads the fields of a model file: b[i:] is what is left. The
// first error sticks; later reads return zero. The long runs of varints
// (word table, feature ids, weights) are read by loops over b with a
// local index, which read a one-byte varint inline: most are. In version
// 2 they are fixed-width.
type decoder struct {
	b     []byte
	i     int
	err   error
	fixed bool // version 2: table, ids and weights fixed-width
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
}

const errVarint = "truncated or bad varint"

// uvarintAt reads the unsigned varint at b[i] as binary.Uvarint does
// and returns it with the index after it, or next < 0 if it is truncated
// or overflows. A varint of up to four bytes (all of a model's) is read
// from one 32-bit load when four bytes are left.
func uvarintAt(b []byte, i int) (v uint64, next int) {
	if i >= 0 && i <= len(b)-4 {
		x := binary.LittleEndian.Uint32(b[i:])
		if m := ^x & 0x80808080; m != 0 {
			end := bits.TrailingZeros32(m) + 1 // bits of the varint's bytes: 8, 16, 24 or 32
			x &= uint32(1<<end - 1)
			x = x&0x7f | x>>1&0x3f80 | x>>2&0x1fc000 | x>>3&0xfe00000
			return uint64(x), i + end/8
		}
	}
	for s := uint(0); s < 64 && i >= 0 && i < len(b); s += 7 {
		c := b[i]
		i++
		if c < 0x80 {
			if s == 63 && c > 1 {
				return 0, -1 // overflows 64 bits
			}
			return v | uint64(c)<<s, i
		}
		v |= uint64(c&0x7f) << s
	}
	return 0, -1
}

// nextUvarint is uvarintAt with the one-byte case, the commonest in
// delta-coded tables, inlined at the caller.
func nextUvarint(b []byte, i int) (uint64, int) {
	if i < len(b) && b[i] < 0x80 {
		return uint64(b[i]), i + 1
	}
	return uvarintAt(b, i)
}

// varintAt is uvarintAt for a zigzag-coded signed varint
// (binary.Varint).
func varintAt(b []byte, i int) (int64, int) {
	u, next := uvarintAt(b, i)
	return int64(u>>1) ^ -int64(u&1), next
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, next := uvarintAt(d.b, d.i)
	if next < 0 {
		d.fail(errVarint)
		return 0
	}
	d.i = next
	return v
}

func (d *decoder) float32() float32 {
	if d.err != nil {
		return 0
	}
	if len(d.b)-d.i < 4 {
		d.fail("truncated")
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(d.b[d.i:]))
	d.i += 4
	return v
}

// left returns the number of bytes not read yet.
func (d *decoder) left() int { return len(d.b) - d.i }

// table reads a table written by putTable (nil when empty).
func (d *decoder) table() *WordTable {
	n := d.uvarint()
	if n > uint64(d.left()) {
		d.fail("implausible table size")
	}
	if n == 0 || d.err != nil {
		return nil
	}
	keys := d.increasing(int(n), 0, "bad table key")
	if keys == nil {
		return nil
	}
	vals := make([]uint32, n)
	if d.fixed {
		if uint64(d.left()) < 4*n {
			d.fail("truncated")
			return nil
		}
		readUint32s(vals, d.b[d.i:d.i+int(4*n)], littleEndian)
		d.i += int(4 * n)
		return newWordTable(keys, vals)
	}
	b, i := d.b, d.i
	for k := range vals {
		var v uint64
		if v, i = nextUvarint(b, i); i < 0 {
			d.fail(errVarint)
			return nil
		}
		if v > math.MaxUint32 {
			d.fail("bad table value")
			return nil
		}
		vals[k] = uint32(v)
	}
	d.i = i
	return newWordTable(keys, vals)
}

// ids reads n feature ids, nonzero and increasing.
func (d *decoder) ids(n int) []uint32 { return d.increasing(n, 1, "bad feature id") }

// increasing reads n strictly increasing uint32s, the first at least
// least (fixed-width, or delta-coded varints in version 1), as the
// table keys and the feature ids are written. On a value out of order
// it fails with msg and returns nil.
func (d *decoder) increasing(n int, least uint64, msg string) []uint32 {
	if d.err != nil {
		return nil
	}
	v := make([]uint32, n)
	if d.fixed {
		if d.left() < 4*n {
			d.fail("truncated")
			return nil
		}
		readUint32s(v, d.b[d.i:d.i+4*n], littleEndian)
		for _, x := range v {
			if uint64(x) < least {
				d.fail(msg)
				return nil
			}
			least = uint64(x) + 1
		}
		d.i += 4 * n
		return v
	}
	b, i := d.b, d.i
	var prev uint64
	for k := range v {
		var dl uint64
		if dl, i = nextUvarint(b, i); i < 0 {
			d.fail(errVarint)
			return nil
		}
		prev += dl
		if prev < least || prev > math.MaxUint32 {
			d.fail(msg)
			return nil
		}
		v[k] = uint32(prev)
		least = prev + 1
	}
	d.i = i
	return v
}

// littleEndian tells whether integers are stored little-endian in memory,
// as in the model file.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// readInt16s sets w to the little-endian int16s of b (2*len(w) bytes).
// When the machine is little-endian (native), the bytes are w's bytes:
// they are copied at once.
func readInt16s(w []int16, b []byte, native bool) {
	if native && len(w) > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), 2*len(w)), b)
		return
	}
	for k := range w {
		w[k] = int16(binary.LittleEndian.Uint16(b[2*k:]))
	}
}

// readUint32s is readInt16s for uint32s (4*len(v) bytes).
func readUint32s(v []uint32, b []byte, native bool) {
	if native && len(v) > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), 4*len(v)), b)
		return
	}
	for k := range v {
		v[k] = binary.LittleEndian.Uint32(b[4*k:])
	}
}

// weights reads n int16 weights (zigzag varints in version 1).
func (d *decoder) weights(n int) []int16 {
	w := make([]int16, n)
	if d.fixed {
		if d.left() < 2*n {
			d.fail("truncated")
			return nil
		}
		readInt16s(w, d.b[d.i:d.i+2*n], littleEndian)
		d.i += 2 * n
		return w
	}
	b, i := d.b, d.i
	for k := range w {
		if i < len(b) && b[i] < 0x80 { // -64 … 63
			u := int16(b[i])
			w[k] = u>>1 ^ -(u & 1)
			i++
			continue
		}
		var v int64
		if v, i = varintAt(b, i); i < 0 {
			d.fail(errVarint)
			return nil
		}
		if v < math.MinInt16 || v > math.MaxInt16 {
			d.fail("bad weight")
			return nil
		}
		w[k] = int16(v)
	}
	d.i = i
	return w
}

// Read reads a model written by WriteTo. A model trained with the
// name lists (DefaultLists) reads them again.
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("seqmodel: reading model: %w", err)
	}
	return ReadBytes(data)
}

// ReadBytes is Read for a model file held in memory, which it reads
// without copying and does not keep.
func ReadBytes(data []byte) (*Model, error) {
	d := &decoder{b: data, i: len(magic2)}
	switch {
	case bytes.HasPrefix(data, []byte(magic2)):
		d.fixed = true
	case bytes.HasPrefix(data, []byte(magic1)):
	default:
		return nil, errors.New("seqmodel: not a model file")
	}
	if nl := d.uvarint(); d.err == nil && nl != NumLabels {
		return nil, fmt.Errorf("seqmodel: model has %d labels, want %d", nl, NumLabels)
	}
	flags := d.uvarint()
	scale := d.float32()
	var trans [NumLabels + 1][NumLabels]float32
	for p := range trans {
		for c := range trans[p] {
			trans[p][c] = d.float32()
		}
	}
	var f Features
	if flags&flagLists != 0 {
		f.Gazetteer = DefaultLists()
	}
	f.Stats = d.table()
	nf := d.uvarint()
	if nf > uint64(d.left()) {
		d.fail("implausible feature count")
	}
	if d.err != nil {
		return nil, fmt.Errorf("seqmodel: reading model: %w", d.err)
	}
	ids := d.ids(int(nf))
	var w []int16
	if d.err == nil {
		w = d.weights(int(nf) * NumLabels)
	}
	if d.err == nil && d.left() != 0 {
		d.fail("trailing data after model")
	}
	if d.err != nil {
		return nil, fmt.Errorf("seqmodel: reading model: %w", d.err)
	}
	return newModel(f, ids, w, scale, &trans), nil
}
