package dates

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

// dpCase is one of dateparser's Arabic test cases as this package reads
// it: the days it should find (ISO), or none.
type dpCase struct {
	text, kind, expected string
	want                 []string // ISO days expected, in order; empty: no date
	note                 string   // why a case cannot pass here, if so
}

var (
	dpDateTime = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})T`)
	dpArrow    = regexp.MustCompile(`=> (\d{4}-\d{2}-\d{2})`)
	dpAgo      = regexp.MustCompile(`translation='(\d+) day ago'`)
	dpSearch   = regexp.MustCompile(`, (\d{4}-\d{2}-\d{2})T`)
)

// dateparserCases reads dateparser_ar.tsv and derives what each case
// expects of a date finder. now = 2014-09-01 for the relative cases.
func dateparserCases(t *testing.T) []dpCase {
	f, err := os.Open(shared.Path(t, "data", "dates", "dateparser_ar.tsv"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan()
	var out []dpCase
	now := day("2014-09-01")
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 3 {
			continue
		}
		c := dpCase{text: strings.TrimSpace(fs[0]), expected: fs[1], kind: fs[2]}
		switch {
		case dpDateTime.MatchString(c.expected):
			c.want = []string{dpDateTime.FindStringSubmatch(c.expected)[1]}
		case dpArrow.MatchString(c.expected):
			c.want = []string{dpArrow.FindStringSubmatch(c.expected)[1]}
		case dpAgo.MatchString(c.expected):
			n, _ := strconv.Atoi(dpAgo.FindStringSubmatch(c.expected)[1])
			c.want = []string{now.AddDate(0, 0, -n).Format(time.DateOnly)}
		case strings.Contains(c.expected, "translation='ago"):
			// hours ago, counted back to a day: the reference day
			c.want = []string{now.Format(time.DateOnly)}
		case strings.HasPrefix(c.expected, "translation='"), strings.HasPrefix(c.expected, "is_applicable"):
			// a duration (يومين، 4 عام) or a language check: not a date
		case strings.HasPrefix(c.expected, "split tokens"):
			c.want = []string{"2015-01-08"} // the date the tokens spell: 8 يناير، 2015
		case strings.Contains(c.expected, "whole string as one date"):
			// the date of the string, as its translation case gives it
			if strings.HasPrefix(c.text, "6 ") {
				c.want = []string{"2015-01-06"}
			} else {
				c.want = []string{"2015-01-07"}
			}
		case strings.HasPrefix(c.expected, "[("):
			for _, m := range dpSearch.FindAllStringSubmatch(c.expected, -1) {
				c.want = append(c.want, m[1])
			}
		case strings.HasPrefix(c.expected, "detected language"):
			c.want = []string{"1938-07-29", "1939-05-11"} // the dates of the text
		}
		if strings.Contains(c.expected, "2-digit Hijri year") {
			c.note = "a two-digit Hijri year is read by dateparser's Hijri-only API; in running text 30-02-33 is not a date"
		}
		if strings.HasPrefix(c.text, "1 عام") {
			c.note = "a bare list of durations with no منذ/قبل is not a date expression here"
		}
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestDateparserSuite runs dateparser's 31 Arabic cases.
func TestDateparserSuite(t *testing.T) {
	cases := dateparserCases(t)
	require.Equal(t, 31, len(cases))
	p := MustNew(Options{Reference: day("2014-09-01"), Spans: RecognizersSpans})
	pass := 0
	var lines []string
	for _, c := range cases {
		var got []string
		for _, d := range p.Find(c.text) {
			if v := d.ISO(); v != "" {
				got = append(got, v)
			}
		}
		ok := fmt.Sprint(got) == fmt.Sprint(c.want) || len(got) == 0 && len(c.want) == 0
		if ok {
			pass++
			continue
		}
		lines = append(lines, fmt.Sprintf("  %q (%s): want %v got %v %s", c.text, c.kind, c.want, got, c.note))
	}
	t.Logf("dateparser Arabic cases: %d/%d pass (day values, or no date for durations and language checks)\n%s", pass, len(cases), strings.Join(lines, "\n"))
	assert.GreaterOrEqual(t, pass, dateparserFloor)
}

const dateparserFloor = 28
