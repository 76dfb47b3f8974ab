package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/entities/tagger"
)

// TestBlankInput: input of blank lines only (spaces, tabs, CR) comes out
// as as many empty lines; empty input as nothing.
func TestBlankInput(t *testing.T) {
	m, err := tagger.Default()
	require.NoError(t, err)
	for in, want := range map[string]string{"": "", "\n": "\n", "\n \n\t\n\r\n": "\n\n\n\n"} {
		var out strings.Builder
		require.NoError(t, run(m, strings.NewReader(in), &out, nil))
		assert.Equal(t, want, out.String(), "%q", in)
	}
}

// TestLongSentence: one sentence of 100,000 tokens (20,000 under -race),
// names among them, gives exactly one line per token, the token first
// (the consistency pass once read the sentence again for every name:
// minutes).
func TestLongSentence(t *testing.T) {
	m, err := tagger.Default()
	require.NoError(t, err)
	words := []string{"وقال", "الرئيس", "بشار", "الأسد", "في", "دمشق", "،", "وسوريا", "(د", "الأمم", "المتحدة", "2017"}
	var in strings.Builder
	n := 100000
	if raceEnabled {
		n = 20000
	}
	for i := range n {
		in.WriteString(words[(i*7+i/len(words))%len(words)])
		if i%2 == 0 {
			in.WriteString(" O")
		}
		in.WriteByte('\n')
	}
	var out strings.Builder
	require.NoError(t, run(m, strings.NewReader(in.String()), &out, nil))
	inLines := strings.Split(strings.TrimSuffix(in.String(), "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, outLines, n)
	for i := range inLines {
		inF, outF := strings.Fields(inLines[i]), strings.Fields(outLines[i])
		require.Len(t, outF, len(inF)+1, "line %d: %q", i+1, outLines[i])
		require.Equal(t, inF[0], outF[0], "line %d", i+1)
	}
}

// TestLongLine: a line longer than the limit stops the run with an error
// naming it, after the sentences before it are written.
func TestLongLine(t *testing.T) {
	m, err := tagger.Default()
	require.NoError(t, err)
	in := "قال O\nالرئيس O\n\n" + strings.Repeat("ب", maxLine) + " O\nدمشق B-LOC\n"
	var out strings.Builder
	err = run(m, strings.NewReader(in), &out, nil)
	assert.EqualError(t, err, "conll: line 4 is longer than 16 MiB")
	assert.Equal(t, "قال O O\nالرئيس O O\n\n", out.String())
}
