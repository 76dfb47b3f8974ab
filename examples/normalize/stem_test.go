package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/stem"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStemFlag(t *testing.T) {
	in := "بالمدرسة\nيستخدمون\n\nالمعلمون في المدارس، Elections 2017!\nمستشفى"
	var out, errOut bytes.Buffer
	code := run([]string{"-stem", "-preset", "display"}, strings.NewReader(in), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Equal(t, "مدرس\nاستخدم\n\nمعلم في مدارس، elect 2017!\nمستشفي", out.String())

	out.Reset()
	code = run([]string{"-stem"}, strings.NewReader("الشركة\nأخرى؟\n"), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Equal(t, "شرك\nاخري?\n", out.String(), "search preset: stems folded, punctuation folded")
}

func TestStemFlagKeepsLines(t *testing.T) {
	in := "\n\nكلمة\r\n" + strings.Repeat("الكتاب ", 100000) + "\nآخر"
	var out, errOut bytes.Buffer
	code := run([]string{"-stem"}, strings.NewReader(in), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Equal(t, strings.Count(in, "\n"), strings.Count(out.String(), "\n"))
	assert.True(t, strings.HasPrefix(out.String(), "\n\nكلم\r\nكتاب كتاب "), out.String()[:40])
}

// TestStemFlagOnSnowballWords runs -stem -preset display on the 50,000
// lines of the Snowball test list, one word a line: every line that is
// one Arabic word gives exactly the Snowball stem. The CLI splits
// punctuation off before stemming and leaves alone what has no letter, so
// it differs on some of the 197 lines with punctuation or Latin glued on
// (".هذا": the CLI stems هذا, Snowball the whole string) and on the 7
// lines that are only harakat (Snowball deletes them, leaving nothing).
func TestStemFlagOnSnowballWords(t *testing.T) {
	dir := shared.Path(t, "data", "snowball-arabic")
	voc, err := os.ReadFile(filepath.Join(dir, "voc.txt"))
	require.NoError(t, err)
	want := readLines(t, filepath.Join(dir, "output.txt"))
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-stem", "-preset", "display"}, bytes.NewReader(voc), &out, &errOut), errOut.String())
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	words := strings.Split(strings.TrimSuffix(string(voc), "\n"), "\n")
	require.Len(t, got, len(want))
	agree, oneWord, oneWordAgree, marksOnly := 0, 0, 0, 0
	for i, w := range words {
		toks := normalize.Tokenize(w)
		single := len(toks) == 1 && toks[0].Kind == normalize.ArabicWord && toks[0].Start == 0 && toks[0].End == len(w) &&
			stem.ScriptOf(w) == stem.Arabic
		if single {
			oneWord++
		}
		if len(toks) == 1 && stem.ScriptOf(w) == stem.Other && got[i] != want[i] {
			marksOnly++
		}
		if got[i] == want[i] {
			agree++
			if single {
				oneWordAgree++
			}
		} else if single {
			t.Errorf("line %d %q: -stem gives %q, Snowball %q", i+1, w, got[i], want[i])
		}
	}
	t.Logf("%d of %d lines agree with Snowball: %d of %d one-word lines; differ: %d lines of only harakat, %d others (punctuation or Latin glued on)",
		agree, len(want), oneWordAgree, oneWord, marksOnly, len(want)-agree-marksOnly)
	assert.Equal(t, oneWord, oneWordAgree)
	assert.Equal(t, 7, marksOnly)
}

func readLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(t, sc.Err())
	return lines
}
