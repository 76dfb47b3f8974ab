package seqmodel

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func names(ls []uint8) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = LabelNames[l]
	}
	return strings.Join(s, " ")
}

func parse(s string) []uint8 {
	var out []uint8
	for _, f := range strings.Fields(s) {
		out = append(out, ParseLabel(f))
	}
	return out
}

func TestSpreadAndGather(t *testing.T) {
	for _, tc := range []struct {
		words, word, tokens string
	}{
		{"فرانكفورت (د ب أ)", "B-LOC O O O", "B-LOC O O O O O"},
		{"وسوريا .", "B-LOC O", "B-LOC O"},
		{"(سانا) قالت", "B-ORG O", "O B-ORG O O"},
		{"سي.أن.أن قالت", "B-ORG O", "B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"بي. بي. سي", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"الأمم (المتحدة)", "B-ORG I-ORG", "B-ORG I-ORG I-ORG O"},
	} {
		words := strings.Fields(tc.words)
		text, owner := AlignWords(words)
		got := SpreadLabels(text, owner, parse(tc.word))
		assert.Equal(t, tc.tokens, names(got), tc.words)
		back := GatherLabels(owner, func(k int) bool { return IsPunct(text, k) }, got, len(words), nil)
		assert.Equal(t, tc.word, names(back), tc.words)
	}
}

func TestGatherRepairsIOB2(t *testing.T) {
	owner := []int32{0, 1, 2}
	got := GatherLabels(owner, func(int) bool { return false }, parse("I-PER B-LOC I-ORG"), 3, nil)
	assert.Equal(t, "B-PER B-LOC B-ORG", names(got))
}

func TestAllowed(t *testing.T) {
	assert.True(t, Allowed(NumLabels, BPer))
	assert.False(t, Allowed(NumLabels, IPer))
	assert.True(t, Allowed(BPer, IPer))
	assert.True(t, Allowed(IPer, IPer))
	assert.False(t, Allowed(BLoc, IPer))
	assert.False(t, Allowed(O, IMisc))
}

// TestEmbeddedModelRoundTrip checks that the embedded model file is in
// the current format (a model.bin from an older training program is
// converted by entities/tagger/convert_model.go) and reads exactly:
// written again, it gives the same bytes.
func TestEmbeddedModelRoundTrip(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "model.bin"))
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(data, []byte(magic2)), "model.bin is not in format version 2: run go run convert_model.go in entities/tagger")
	m, err := ReadBytes(data)
	require.NoError(t, err)
	var b bytes.Buffer
	_, err = m.WriteTo(&b)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(data, b.Bytes()), "model.bin written again differs")
}

// TestTrainRoundTrip trains on a toy corpus, checks the model learns it,
// and that writing and reading the model keeps its decisions.
func TestTrainRoundTrip(t *testing.T) {
	corpus := []struct{ words, tags string }{
		{"قال الرئيس بشار الأسد في دمشق", "O O B-PER I-PER O B-LOC"},
		{"وصل الوزير وليد المعلم إلى بيروت", "O O B-PER I-PER O B-LOC"},
		{"أعلنت الأمم المتحدة في جنيف", "O B-ORG I-ORG O B-LOC"},
		{"قالت وكالة رويترز إن حلب هادئة", "O O B-ORG O B-LOC O"},
	}
	var f Features
	tr := &Trainer{MinCount: 1, Seed: 1}
	for _, c := range corpus {
		tr.Add(f.WordExample(strings.Fields(c.words), parse(c.tags)))
	}
	for range 10 {
		tr.Epoch()
	}
	m := tr.Model(f)
	var b bytes.Buffer
	_, err := m.WriteTo(&b)
	require.NoError(t, err)
	var b2 bytes.Buffer
	_, err = tr.Model(f).WriteTo(&b2)
	require.NoError(t, err)
	assert.Equal(t, b.Bytes(), b2.Bytes(), "the model file is deterministic")
	m2, err := Read(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, m.NumFeatures(), m2.NumFeatures())
	var s Scratch
	for _, c := range corpus {
		got := m2.TagWords(strings.Fields(c.words), &s, nil)
		assert.Equal(t, c.tags, names(got))
	}
	// Version 1 of the file reads to the same model.
	var b1 bytes.Buffer
	_, err = m.write(&b1, 1)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(b1.Bytes(), []byte(magic1)))
	m1, err := ReadBytes(b1.Bytes())
	require.NoError(t, err)
	var b3 bytes.Buffer
	_, err = m1.WriteTo(&b3)
	require.NoError(t, err)
	assert.Equal(t, b.Bytes(), b3.Bytes(), "version 1 reads to the same model")
	// A truncated file is an error, not a panic.
	for _, f := range [][]byte{b.Bytes(), b1.Bytes()} {
		for n := 0; n < len(f); n += 1 + n/64 {
			_, err := ReadBytes(f[:n])
			require.Error(t, err, n)
		}
	}
}

// TestReadInt16s checks that copying the bytes (on a little-endian
// machine) reads the int16s the portable loop reads.
func TestReadInt16s(t *testing.T) {
	b := []byte{0, 0, 1, 0, 0xff, 0xff, 0x00, 0x80, 0xff, 0x7f, 0x34, 0x12}
	want := []int16{0, 1, -1, math.MinInt16, math.MaxInt16, 0x1234}
	got := make([]int16, len(want))
	readInt16s(got, b, false)
	assert.Equal(t, want, got)
	if littleEndian {
		got = make([]int16, len(want))
		readInt16s(got, b, true)
		assert.Equal(t, want, got)
	}
	readInt16s(nil, nil, littleEndian)
}

// TestReadUint32s checks that copying the bytes (on a little-endian
// machine) reads the uint32s the portable loop reads.
func TestReadUint32s(t *testing.T) {
	b := []byte{0, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x78, 0x56, 0x34, 0x12}
	want := []uint32{0, 1, math.MaxUint32, 0x12345678}
	got := make([]uint32, len(want))
	readUint32s(got, b, false)
	assert.Equal(t, want, got)
	if littleEndian {
		got = make([]uint32, len(want))
		readUint32s(got, b, true)
		assert.Equal(t, want, got)
	}
	readUint32s(nil, nil, littleEndian)
}

// TestVarintAt checks uvarintAt and varintAt against encoding/binary,
// bad and truncated varints included.
func TestVarintAt(t *testing.T) {
	cases := [][]byte{
		{}, {0}, {1}, {0x7f}, {0x80}, {0x80, 1}, {0xff, 0x7f}, {0xff, 0xff, 3}, {0x81, 0x82, 0x83, 4},
		{0xff, 0xff, 0xff, 0x7f}, {0x80, 0x80, 0x80, 0x80, 1},
		binary.AppendUvarint(nil, 1<<63), binary.AppendUvarint(nil, math.MaxUint64),
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0},
		binary.AppendVarint(nil, math.MinInt64), binary.AppendVarint(nil, -300),
	}
	tails := [][]byte{nil, {0}, {0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff}}
	for _, c := range cases {
		for _, tail := range tails {
			for pre := range 2 {
				b := append(append(make([]byte, pre), c...), tail...)
				u, next := uvarintAt(b, pre)
				wu, n := binary.Uvarint(b[pre:])
				if n <= 0 {
					assert.Negative(t, next, "%x", b)
				} else {
					assert.Equal(t, wu, u, "%x", b)
					assert.Equal(t, pre+n, next, "%x", b)
				}
				v, next := varintAt(b, pre)
				wv, n := binary.Varint(b[pre:])
				if n <= 0 {
					assert.Negative(t, next, "%x", b)
				} else {
					assert.Equal(t, wv, v, "%x", b)
					assert.Equal(t, pre+n, next, "%x", b)
				}
			}
		}
	}
}

// FuzzReadBytes checks that a model file of any bytes reads to a model
// or an error, never a panic.
func FuzzReadBytes(f *testing.F) {
	var fe Features
	tr := &Trainer{MinCount: 1, Seed: 1}
	tr.Add(fe.WordExample(strings.Fields("قال الرئيس بشار الأسد في دمشق"), parse("O O B-PER I-PER O B-LOC")))
	tr.Epoch()
	m := tr.Model(fe)
	for _, version := range []int{1, 2} {
		var b bytes.Buffer
		_, err := m.write(&b, version)
		require.NoError(f, err)
		f.Add(b.Bytes())
		f.Add(b.Bytes()[:b.Len()/2])
	}
	f.Add([]byte(magic2))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadBytes(data)
		if err == nil {
			var b bytes.Buffer
			_, err = m.WriteTo(&b)
			require.NoError(t, err)
		}
	})
}
