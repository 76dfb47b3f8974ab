package conll

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	in := "-DOCSTART- O\n\nفي O\nوسوريا B-LOC\n\n\nبشار B-PERS\nx y I-PERS\nlone\n"
	got, err := Read(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, []Sentence{
		{Words: []string{"في", "وسوريا"}, Tags: []string{"O", "B-LOC"}},
		{Words: []string{"بشار", "x", "lone"}, Tags: []string{"B-PERS", "I-PERS", ""}},
	}, got)
}

func TestNormalizeTag(t *testing.T) {
	for in, want := range map[string]string{
		"B-PERS": "B-PER", "I-PER": "I-PER", "B-LOC": "B-LOC", "I-ORG": "I-ORG",
		"B-MISC": "B-MISC", "B-MIS0": "B-MISC", "I-MIS3": "I-MISC", "B-MIS-1": "B-MISC",
		"O": "O", "": "O", "X": "O", "E-LOC": "O",
	} {
		assert.Equal(t, want, NormalizeTag(in), in)
	}
}

func TestChunks(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want []Chunk
	}{
		{nil, nil},
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		// seqeval/conlleval: I-x after O or another type starts a chunk.
		{[]string{"I-PER", "I-PER", "I-LOC"}, []Chunk{{0, 2, "PER"}, {2, 3, "LOC"}}},
		{[]string{"B-PER", "B-PER", "I-PER"}, []Chunk{{0, 1, "PER"}, {1, 3, "PER"}}},
		{[]string{"B-ORG", "I-LOC"}, []Chunk{{0, 1, "ORG"}, {1, 2, "LOC"}}},
	} {
		assert.Equal(t, tc.want, Chunks(tc.tags), "%v", tc.tags)
	}
}

func TestScore(t *testing.T) {
	var s Score
	s.Add([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "I-PER", "O", "B-ORG"})
	s.Add([]string{"B-LOC", "O"}, []string{"B-LOC", "B-LOC"})
	m := s.Micro()
	assert.Equal(t, Counts{Gold: 3, Pred: 4, Correct: 2}, m)
	assert.InDelta(t, 0.5, m.Precision(), 1e-9)
	assert.InDelta(t, 2.0/3, m.Recall(), 1e-9)
	assert.InDelta(t, 2*0.5*(2.0/3)/(0.5+2.0/3), m.F1(), 1e-9)
	assert.Equal(t, []string{"LOC", "ORG", "PER"}, s.Types())
	assert.Equal(t, Counts{Gold: 2, Pred: 2, Correct: 1}, *s.ByType["LOC"])
	var b strings.Builder
	require.NoError(t, s.Report(&b))
	assert.Contains(t, b.String(), "micro avg")
	assert.Zero(t, Counts{}.F1())
}
