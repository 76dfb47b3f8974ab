package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// dayRunLine repeats days joined by و (8 و9 و8 و9 …) to about size
// bytes: a run of listed days that never reaches a month, each day of it
// able to start a list. With sep instead of و the same days list nothing.
func dayRunLine(days []string, sep string, size int) string {
	unit := strings.Join(days, " "+sep) + " " + sep
	return strings.Repeat(unit, max(1, size/len(unit)))
}

// fastestFind is the shortest of three runs of Find over s (the machine
// may be shared: the least disturbed run is the one to compare).
func fastestFind(p *Parser, s string) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		t0 := time.Now()
		p.Find(s)
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	return best
}

// TestDayListRunLinear: a long run of listed days with no month after
// them costs about what the same days joined by ثم cost. The list reader
// once read the rest of the run (up to a segment of 2,048 tokens) from
// every day in it: 26 s for a 2 MB line, some 300 times the ثم line's
// time; now each day reads at most the days above it (31 at most).
// Three wordings: digits, Arabic-Indic digits, three days in a row
// before the run starts again.
func TestDayListRunLinear(t *testing.T) {
	for _, days := range [][]string{{"8", "9"}, {"٣", "٤"}, {"20", "21", "22"}} {
		run := dayRunLine(days, "و", 60_000)
		plain := dayRunLine(days, "ثم ", 60_000)
		assert.Empty(t, ref2017.Find(run), days[0])
		tr, tp := fastestFind(ref2017, run), fastestFind(ref2017, plain)
		tp = max(tp, time.Millisecond) // a timer's grain on a fast machine
		// The old reader cost some 300 times the ثم line; the bound is
		// a third of that, since on a loaded machine the linear reader
		// was once measured at 31 times (the bound was 30 then).
		assert.Less(t, float64(tr)/float64(tp), 100.0, "%v: %v for the run, %v joined by ثم", days[:2], tr, tp)
	}
}

// The days of a list still take the month that ends it, however long
// the run before them that reached none.
func TestDayListAfterRun(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"تدرس الطلبة في 11 و12 و13 تشرين الأول", "11 و12 و13 تشرين الأول", "2016-10-11/2016-10-13"},
		{"أقيمت الأمسيات في العاشر والحادي عشر من نيسان", "العاشر والحادي عشر من نيسان", "2017-04-10/2017-04-11"},
	})
	got := ref2017.Find(dayRunLine([]string{"8", "9"}, "و", 1000) + "ثم اجتمعوا يومي 20 و21 شباط")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "يومي 20 و21 شباط", got[0].Text)
		assert.Equal(t, "2017-02-20/2017-02-21", got[0].ISO())
	}
	// a day after a larger one starts no list: each its own date
	got = ref2017.Find("فتحت المعابر في 9 و2 حزيران")
	if assert.Len(t, got, 1, "%v", got) {
		assert.Equal(t, "2 حزيران", got[0].Text)
	}
}

// BenchmarkFindDayRun: Find over a 300 KB line of listed days with no
// month.
func BenchmarkFindDayRun(b *testing.B) {
	s := dayRunLine([]string{"8", "9"}, "و", 300_000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		ref2017.Find(s)
	}
}
