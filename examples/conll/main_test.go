package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/entities/tagger"
	"github.com/nabanlp/naba/internal/conll"
)

func TestRunOneLinePerToken(t *testing.T) {
	m, err := tagger.Default()
	require.NoError(t, err)
	in := "-DOCSTART- O\n\nفرانكفورت B-LOC\n(د O\nب O\nأ) O\nأعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\n\nوقال\nالرئيس\nبشار B-PERS\nالأسد I-PERS\n"
	var out strings.Builder
	var sc conll.Score
	require.NoError(t, run(m, strings.NewReader(in), &out, &sc))
	inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, outLines, len(inLines))
	for i := range inLines {
		inF, outF := strings.Fields(inLines[i]), strings.Fields(outLines[i])
		if len(inF) == 0 {
			assert.Empty(t, outF)
			continue
		}
		assert.Equal(t, inF[0], outF[0], "token kept")
		if inF[0] == "-DOCSTART-" {
			continue
		}
		if len(inF) == 2 {
			require.Len(t, outF, 3)
			assert.Equal(t, conll.NormalizeTag(inF[1]), outF[1], "gold mapped")
		} else {
			require.Len(t, outF, 2)
		}
		_, ok := tagger.ParseTag(outF[len(outF)-1])
		assert.True(t, ok, "pred is an IOB2 tag: %q", outLines[i])
	}
	assert.Equal(t, "فرانكفورت B-LOC B-LOC", outLines[2])
	assert.Equal(t, 3, sc.Micro().Gold, "LOC, ORG and PER gold entities")
}
