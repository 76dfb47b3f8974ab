// Package datesbench compares naba's dates package with go-dateparser
// (github.com/markusmobius/go-dateparser, a Go port of Python's
// dateparser) on the shared Arabic date suites and on real news text, side
// by side in one run.
package datesbench

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	dp "github.com/markusmobius/go-dateparser"
	dpdate "github.com/markusmobius/go-dateparser/date"

	"github.com/nabanlp/naba/dates"
	"github.com/nabanlp/naba/internal/cputime"
	"github.com/nabanlp/naba/internal/recognizers"
	"github.com/nabanlp/naba/internal/shared"
)

// A found date, as either library reports it: its span in the sentence
// and the inclusive days it resolves to ("" when unresolved).
type found struct {
	start, end  int
	first, last string
}

type finder func(text string, ref time.Time) []found

func nabaFind(text string, ref time.Time) []found {
	var out []found
	for _, d := range dates.MustNew(dates.Options{Reference: ref}).Find(text) {
		f := found{start: d.Start, end: d.End}
		if d.Resolved {
			f.first, f.last = d.First.Format(time.DateOnly), d.Last.Format(time.DateOnly)
		}
		out = append(out, f)
	}
	return out
}

func dpFind(text string, ref time.Time) []found {
	cfg := &dp.Configuration{Languages: []string{"ar"}}
	if !ref.IsZero() {
		cfg.CurrentTime = ref
	}
	_, res, err := dp.Search(cfg, text)
	if err != nil {
		return nil
	}
	var out []found
	at := 0
	for _, r := range res {
		k := strings.Index(text[at:], r.Text)
		if k < 0 {
			k = strings.Index(text, r.Text)
			if k < 0 {
				continue
			}
		} else {
			k += at
		}
		f := found{start: k, end: k + len(r.Text)}
		at = f.end
		t := r.Date.Time
		if !t.IsZero() {
			d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			switch r.Date.Period {
			case dpdate.Month:
				d = d.AddDate(0, 0, 1-d.Day())
				f.first, f.last = d.Format(time.DateOnly), d.AddDate(0, 1, -1).Format(time.DateOnly)
			case dpdate.Year:
				d = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
				f.first, f.last = d.Format(time.DateOnly), d.AddDate(1, 0, -1).Format(time.DateOnly)
			default:
				f.first, f.last = d.Format(time.DateOnly), d.Format(time.DateOnly)
			}
		}
		out = append(out, f)
	}
	return out
}

// A suite case: a sentence, its reference date, the spans expected, and
// for each the acceptable (first, last) readings.
type suiteCase struct {
	text  string
	ref   time.Time
	spans [][2]int
	reads [][][2]string
}

// recognizersCases reads the date-level Recognizers-Text specs (every
// expected entity a date or date range, or nothing expected).
func recognizersCases(t *testing.T) []suiteCase {
	f, err := os.Open(shared.Path(t, "data", "dates", "recognizers_ar_datetime.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	specs, err := recognizers.ReadSpecs(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []suiteCase
	for _, row := range specs {
		c := suiteCase{text: row.Text}
		if row.Ref != "" {
			c.ref, _ = time.Parse("2006-01-02T15:04:05", row.Ref[:min(19, len(row.Ref))])
		}
		if row.Entities != "NONE" {
			level := true
			folded := recognizers.SpanFold.Replace(c.text)
			for _, part := range strings.Split(row.Entities, " || ") {
				e, ok := recognizers.ParseEntity(part)
				if !ok {
					level = false
					break
				}
				switch strings.TrimPrefix(e.Type, "datetimeV2.") {
				case "date", "daterange":
				default:
					level = false
				}
				k := strings.Index(folded, recognizers.SpanFold.Replace(e.Span))
				span := [2]int{-1, -1}
				if k >= 0 {
					span = [2]int{k, k + len(e.Span)}
				}
				c.spans = append(c.spans, span)
				c.reads = append(c.reads, e.Reads)
			}
			if !level {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// score reports whether the spans match (every expected span overlapped,
// nothing else found) and, when the case has readings and a reference,
// whether every expected date resolved to one of them.
func score(c suiteCase, got []found) (span, res, resChecked bool) {
	span = true
	used := make([]bool, len(got))
	resChecked = !c.ref.IsZero()
	res = resChecked
	anyReads := false
	for _, r := range c.reads {
		if len(r) > 0 {
			anyReads = true
		}
	}
	for i, w := range c.spans {
		hit := -1
		for gi, g := range got {
			if w[0] < g.end && g.start < w[1] {
				hit = gi
				used[gi] = true
				break
			}
		}
		if hit < 0 {
			span, res = false, false
			continue
		}
		if len(c.reads[i]) == 0 {
			continue
		}
		ok := false
		for _, r := range c.reads[i] {
			if got[hit].first != "" && r == [2]string{got[hit].first, got[hit].last} {
				ok = true
			}
		}
		if !ok {
			res = false
		}
	}
	for _, u := range used {
		if !u {
			span = false
		}
	}
	if len(c.spans) > 0 && !anyReads {
		resChecked, res = false, false
	}
	return
}

// TestCompareRecognizers scores both libraries on the date-level
// Recognizers-Text Arabic specs.
func TestCompareRecognizers(t *testing.T) {
	cases := recognizersCases(t)
	var b strings.Builder
	fmt.Fprintf(&b, "Recognizers-Text Arabic, %d date-level specs (span: every expected span overlapped and nothing else; resolution: inclusive days equal a future or past reading)\n", len(cases))
	for _, impl := range []struct {
		name string
		f    finder
	}{{"naba/dates", nabaFind}, {"go-dateparser", dpFind}} {
		spans, res, resN := 0, 0, 0
		for _, c := range cases {
			s, r, rc := score(c, impl.f(c.text, c.ref))
			if s {
				spans++
			}
			if rc {
				resN++
				if r {
					res++
				}
			}
		}
		fmt.Fprintf(&b, "  %-14s span %4d/%d (%.1f%%)   resolution %4d/%d (%.1f%%)\n", impl.name, spans, len(cases), pct(spans, len(cases)), res, resN, pct(res, resN))
	}
	t.Log(b.String())
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// TestCompareDateparser scores both on dateparser's own Arabic cases that
// name a day (relative dates with now = 2014-09-01, Hijri dates, dates in
// running text): the day found must be the expected one.
func TestCompareDateparser(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data", "dates", "dateparser_ar.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dayRe := regexp.MustCompile(`(?:^|=> |, )(\d{4}-\d{2}-\d{2})T`)
	type dcase struct {
		text string
		want []string
	}
	var cases []dcase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan()
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		var want []string
		for _, m := range dayRe.FindAllStringSubmatch(fs[1], -1) {
			want = append(want, m[1])
		}
		if len(want) > 0 {
			cases = append(cases, dcase{strings.TrimSpace(fs[0]), want})
		}
	}
	now := time.Date(2014, 9, 1, 10, 30, 0, 0, time.UTC)
	var b strings.Builder
	fmt.Fprintf(&b, "dateparser Arabic cases with an expected day: %d\n", len(cases))
	for _, impl := range []struct {
		name string
		f    finder
	}{{"naba/dates", nabaFind}, {"go-dateparser", dpFind}} {
		pass := 0
		for _, c := range cases {
			var got []string
			for _, g := range impl.f(c.text, now) {
				if g.first != "" {
					got = append(got, g.first)
				}
			}
			if fmt.Sprint(got) == fmt.Sprint(c.want) {
				pass++
			}
		}
		fmt.Fprintf(&b, "  %-14s %2d/%d\n", impl.name, pass, len(cases))
	}
	t.Log(b.String())
}

// newsLines returns the non-empty lines of the news corpus.
func newsLines(b *testing.B) ([]string, int) {
	var lines []string
	size := 0
	for _, d := range shared.News(b) {
		for _, l := range strings.Split(d.Text, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
				size += len(l)
			}
		}
	}
	return lines, size
}

// BenchmarkSearch runs each library over the same news lines (every line
// of the corpus, one call per line), reporting wall and CPU throughput.
func BenchmarkSearch(b *testing.B) {
	lines, size := newsLines(b)
	ref := time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC)
	b.Run("impl=naba", func(b *testing.B) {
		p := dates.MustNew(dates.Options{Reference: ref})
		b.SetBytes(int64(size))
		b.ReportAllocs()
		c0 := cputime.Process()
		for b.Loop() {
			for _, l := range lines {
				p.Find(l)
			}
		}
		b.ReportMetric(float64(size)*float64(b.N)/(cputime.Process()-c0).Seconds()/1e6, "cpu-MB/s")
	})
	b.Run("impl=go-dateparser", func(b *testing.B) {
		cfg := &dp.Configuration{Languages: []string{"ar"}, CurrentTime: ref}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		c0 := cputime.Process()
		for b.Loop() {
			for _, l := range lines {
				dp.Search(cfg, l)
			}
		}
		b.ReportMetric(float64(size)*float64(b.N)/(cputime.Process()-c0).Seconds()/1e6, "cpu-MB/s")
	})
}
