package dates

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/recognizers"
	"github.com/nabanlp/naba/internal/shared"
)

// Conventions where this package deliberately differs from the suites.
// The suite tests accept either reading and say so:
//
//   - Intervals end inclusively here (من ١٩ حتى ٢١ = the 19th to the 21st);
//     Recognizers-Text writes most ranges with an exclusive end (a month
//     ends on the 1st of the next), but explicit day ranges with the last
//     day itself. An expected end E is met by our Last == E or Last == E-1.
//   - Dates without a year lean to the past unless the clause speaks of the
//     future (the news policy); Recognizers gives both a future and a past
//     reading. Its sentences mostly use the future tense (سأعود), which
//     our policy detects; the value is compared with both readings.
//   - "الأحد القادم" is the coming Sunday here; Recognizers reads it as the
//     Sunday of next week. Such rows count as failures, not skips.
//   - A count of units after في or خلال (في 3 سنوات، خلال أسبوعين) is a
//     duration here, not a date; a bare day number (في 15، عدت إلى 27) is
//     not a date in news text; مطلع/أواخر keep the whole unit.

type recSpec struct {
	text, spec, ref string
	ents            []recEnt
	none            bool
}

type recEnt struct {
	span, typ string
	reads     [][2]string // acceptable (first, last) readings, ISO days
}

func parseRecognizers(t *testing.T) []recSpec {
	f, err := os.Open(shared.Path(t, "data", "dates", "recognizers_ar_datetime.tsv"))
	require.NoError(t, err)
	defer f.Close()
	specs, err := recognizers.ReadSpecs(f)
	require.NoError(t, err)
	var out []recSpec
	for _, row := range specs {
		s := recSpec{text: row.Text, spec: strings.TrimPrefix(row.File, "Specs/DateTime/Arabic/"), ref: row.Ref}
		if row.Entities == "NONE" {
			s.none = true
			out = append(out, s)
			continue
		}
		for _, part := range strings.Split(row.Entities, " || ") {
			r, ok := recognizers.ParseEntity(part)
			if !ok {
				continue
			}
			e := recEnt{span: r.Span, typ: r.Type, reads: r.Reads}
			s.ents = append(s.ents, e)
		}
		out = append(out, s)
	}
	return out
}

func dateLevel(typ string) bool {
	switch strings.TrimPrefix(typ, "datetimeV2.") {
	case "date", "daterange":
		return true
	}
	return false
}

type suiteCount struct{ n, spanOverlap, spanExact, resN, res int }

// TestRecognizersSuite runs the 1,590 Arabic specs of Microsoft
// Recognizers-Text and scores the date-level ones (every expected entity a
// date or date range, and the specs that expect nothing) on span and on
// resolution (NABA_DATES_VERBOSE=1 logs every failing spec with our
// output). Time-of-day, duration and set specs are out of scope and
// only counted.
func TestRecognizersSuite(t *testing.T) {
	specs := parseRecognizers(t)
	require.Equal(t, 1590, len(specs))
	per := map[string]*suiteCount{}
	var total suiteCount
	outOfScope := 0
	verbose := os.Getenv("NABA_DATES_VERBOSE") != ""
	for _, s := range specs {
		level := s.none
		if !s.none {
			level = len(s.ents) > 0
			for _, e := range s.ents {
				if !dateLevel(e.typ) {
					level = false
				}
			}
		}
		if !level {
			outOfScope++
			continue
		}
		opts := Options{Spans: RecognizersSpans} // the suite leaves يوم out of spans
		if s.ref != "" {
			ref, err := time.Parse("2006-01-02T15:04:05", s.ref[:min(19, len(s.ref))])
			require.NoError(t, err)
			opts.Reference = ref
		}
		got := MustNew(opts).Find(s.text)
		c := per[s.spec]
		if c == nil {
			c = &suiteCount{}
			per[s.spec] = c
		}
		c.n++
		overlap, exact, resOK, resChecked := scoreSpec(s, got)
		if overlap {
			c.spanOverlap++
		}
		if exact {
			c.spanExact++
		}
		if resChecked {
			c.resN++
			if resOK {
				c.res++
			}
		}
		if verbose && (!exact || resChecked && !resOK) {
			why := "RES"
			if !overlap {
				why = "SPAN"
			} else if !exact {
				why = "EXACT"
				if resChecked && !resOK {
					why = "EXACT+RES"
				}
			}
			var gs []string
			for _, d := range got {
				gs = append(gs, fmt.Sprintf("«%s» %s", d.Text, d.ISO()))
			}
			var es []string
			for _, e := range s.ents {
				es = append(es, fmt.Sprintf("«%s» %v", e.span, e.reads))
			}
			t.Logf("FAIL %s %s ref=%s %q\n  want %s\n  got  %s", why, s.spec, s.ref, s.text, strings.Join(es, " | "), strings.Join(gs, " | "))
		}
	}
	var names []string
	for k := range per {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "Recognizers-Text Arabic date-level specs (%d of 1590; %d time/duration/set specs out of scope):\n", 1590-outOfScope, outOfScope)
	fmt.Fprintf(&b, "  %-28s %5s %8s %8s %10s\n", "spec", "n", "span~", "span=", "resolution")
	for _, k := range names {
		c := per[k]
		fmt.Fprintf(&b, "  %-28s %5d %8d %8d %5d/%-4d\n", k, c.n, c.spanOverlap, c.spanExact, c.res, c.resN)
		total.n += c.n
		total.spanOverlap += c.spanOverlap
		total.spanExact += c.spanExact
		total.resN += c.resN
		total.res += c.res
	}
	fmt.Fprintf(&b, "  %-28s %5d %8d %8d %5d/%-4d\n", "TOTAL", total.n, total.spanOverlap, total.spanExact, total.res, total.resN)
	fmt.Fprintf(&b, "  span~ = every expected span overlapped and nothing else found; span= = the same spans exactly.\n")
	fmt.Fprintf(&b, "  resolution: our value equals the future or the past reading (inclusive end), over the specs with a reference and a resolution.")
	t.Log(b.String())
	// Floors: regressions fail.
	assert.GreaterOrEqual(t, total.spanOverlap, recognizersSpanFloor, "span pass count fell")
	assert.GreaterOrEqual(t, total.res, recognizersResFloor, "resolution pass count fell")
	assert.GreaterOrEqual(t, total.spanExact, recognizersExactFloor, "exact span pass count fell")
}

const (
	recognizersSpanFloor  = 745
	recognizersResFloor   = 196
	recognizersExactFloor = 687
)

// scoreSpec compares what Find returned with a spec.
func scoreSpec(s recSpec, got []Date) (overlap, exact, resOK, resChecked bool) {
	if s.none {
		return len(got) == 0, len(got) == 0, false, false
	}
	type span struct{ s, e int }
	var want []span
	text := recognizers.SpanFold.Replace(s.text)
	for _, e := range s.ents {
		k := strings.Index(text, recognizers.SpanFold.Replace(e.span))
		if k < 0 {
			want = append(want, span{-1, -1})
			continue
		}
		want = append(want, span{k, k + len(e.span)})
	}
	overlaps := func(a, b span) bool { return a.s < b.e && b.s < a.e }
	overlap = true
	exact = len(got) == len(want)
	used := make([]bool, len(got))
	resChecked = s.ref != ""
	resOK = resChecked
	for wi, w := range want {
		found := -1
		for gi, g := range got {
			if overlaps(w, span{g.Start, g.End}) {
				found = gi
				used[gi] = true
				break
			}
		}
		if found < 0 {
			overlap, exact, resOK = false, false, false
			continue
		}
		g := got[found]
		if g.Start != w.s || g.End != w.e {
			exact = false
		}
		e := s.ents[wi]
		if len(e.reads) == 0 {
			continue
		}
		ours := [2]string{g.First.Format(time.DateOnly), g.Last.Format(time.DateOnly)}
		ok := false
		for _, r := range e.reads {
			if g.Resolved && r == ours {
				ok = true
			}
		}
		if !ok {
			resOK = false
		}
	}
	for _, u := range used {
		if !u {
			overlap, exact = false, false
		}
	}
	allUnreadable := true
	for _, e := range s.ents {
		if len(e.reads) > 0 {
			allUnreadable = false
		}
	}
	if allUnreadable {
		resChecked, resOK = false, false
	}
	return
}
