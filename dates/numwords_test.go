package dates

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

// tokensOf returns the compact tokens of text.
func tokensOf(text string) []token {
	var out []token
	sc := &scanner{lx: theLexicon(), ft: theFold(), text: text}
	sc.m = &matcher{sc: sc}
	sc.sink = func(ts []token) { out = append(out, ts...) }
	sc.scanSource(text)
	return out
}

func TestNumberWords(t *testing.T) {
	for _, c := range []struct {
		in  string
		v   int
		ord bool
	}{
		{"واحد وعشرين", 21, false},
		{"ثلاثة عشر", 13, false},
		{"الحادي والعشرين", 21, true},
		{"الثامن والعشرين", 28, true},
		{"الحادي عشر", 11, true},
		{"ألفين وسبعة عشر", 2017, false},
		{"ألف وتسعمائة وثمانية وسبعين", 1978, false},
		{"ثلاثمائة وخمسين", 350, false},
		{"خمسمائة و خمسة و عشرون", 525, false},
		{"ثلاثة آلاف", 3000, false},
		{"العشرين", 20, true},
	} {
		ts := tokensOf(c.in)
		v, j, ord, ok := parseNumberWords(ts, 0)
		assert.True(t, ok, c.in)
		assert.Equal(t, c.v, v, c.in)
		assert.Equal(t, c.ord, ord, c.in)
		assert.Equal(t, len(ts), j, c.in)
	}
}

// TestNumeralSuite reads the cardinals and ordinals of Duckling's Arabic
// numeral corpus (numeral_ar.tsv) written in words, and counts how many
// read whole to the right value. Decimals (فاصلة) are out of scope.
func TestNumeralSuite(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data", "dates", "numeral_ar.tsv"))
	require.NoError(t, err)
	defer f.Close()
	digits := regexp.MustCompile(`[0-9٠-٩]`)
	sc := bufio.NewScanner(f)
	sc.Scan()
	n, pass := 0, 0
	var fails []string
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 4 || fs[3] == "duration" || digits.MatchString(fs[0]) || strings.Contains(fs[0], "فاصلة") {
			continue
		}
		want, err := strconv.Atoi(fs[1])
		if err != nil {
			continue
		}
		n++
		ts := tokensOf(fs[0])
		v, j, ord, ok := parseNumberWords(ts, 0)
		if ok && v == want && j == len(ts) && ord == (fs[3] == "ordinal") {
			pass++
			continue
		}
		fails = append(fails, fs[0]+"="+fs[1])
	}
	t.Logf("numeral_ar.tsv number words read whole and right: %d/%d; missed: %s", pass, n, strings.Join(fails, ", "))
	assert.GreaterOrEqual(t, pass, numeralFloor)
}

const numeralFloor = 108
