package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestYearlessDaysLinear: the days written without a year, each of which
// may take the year of the same day told elsewhere with one
// (sameDayYear), cost a lookup each. sameDayYear once compared every such
// day with every date of the text: a 2 MB line of dated قبل أن clauses
// (some 40,000 dates) took 12-14 s in the whole pipeline; 20,000 such
// days took it seconds alone. Now the days told with a year are indexed
// once: milliseconds, far under the bound even on a loaded machine.
func TestYearlessDaysLinear(t *testing.T) {
	ds := make([]Date, 20_000)
	for i := range ds {
		ds[i] = Date{Resolved: true, YearInferred: true, Grain: Day, Calendar: Gregorian, Written: Fields{Month: 5, Day: 1 + i%28}}
	}
	ds[len(ds)-1].Written.Year = 2019 // one told with its year, last
	t0 := time.Now()
	sameDayYear(ds)
	assert.Less(t, time.Since(t0), 500*time.Millisecond)
}

// The days without a year still take the value of the same day told
// with a direction, however many come before it.
func TestYearlessDaysTakeToldYear(t *testing.T) {
	ref := MustNew(Options{Reference: time.Date(2019, 6, 19, 0, 0, 0, 0, time.UTC)})
	text := strings.Repeat("ويلتقي الوفد بالمسؤولين في 9 آب، ", 50) + "على أن يعود في 9 آب المقبل، ثم في 10 آب"
	ds := ref.Find(text)
	require.Len(t, ds, 52)
	for _, d := range ds[:51] {
		assert.Equal(t, "2019-08-09", d.First.Format(time.DateOnly), d.Text)
	}
	assert.Equal(t, "2019-08-10", ds[51].First.Format(time.DateOnly))
}

// TestPastRelativeAfterComing: a date in a relative clause whose verb is
// in the past (الحريق الذي اندلع في 10 يونيو) is no date to come because
// a date to come was told a few words before it (review14: it was read
// as the next 10 June, a year on); a relative clause in the present or
// to come, or no relative clause, still takes the coming one.
func TestPastRelativeAfterComing(t *testing.T) {
	ref := MustNew(Options{Reference: time.Date(2019, 6, 19, 0, 0, 0, 0, time.UTC)})
	for _, c := range []struct{ in, date, iso string }{
		{"وتناقش اللجنة الأسبوع المقبل نتائج التحقيق في الحريق الذي اندلع في 10 يونيو", "10 يونيو", "2019-06-10"},
		{"ويدرس البرلمان في 27 الشهر الجاري آثار الزلزال الذي ضرب المنطقة في 4 يونيو", "4 يونيو", "2019-06-04"},
		{"وتنظر المحكمة غدا في الطعون التي قدمت في 3 يونيو", "3 يونيو", "2019-06-03"},
		{"ويستعرض الوزراء الأسبوع المقبل حصيلة الحملة التي انطلقت في الأول من يونيو", "الأول من يونيو", "2019-06-01"},
		// to come still
		{"وتناقش اللجنة الأسبوع المقبل ترتيبات المعرض الذي سيفتتح في 10 يونيو", "10 يونيو", "2020-06-10"},
		{"وتناقش اللجنة الأسبوع المقبل ترتيبات المعرض الذي يفتتح في 10 يونيو", "10 يونيو", "2020-06-10"},
		{"وتناقش اللجنة الأسبوع المقبل ترتيبات المعرض الذي من المقرر افتتاحه في 10 يونيو", "10 يونيو", "2020-06-10"},
		{"ويفتتح المعرض الأسبوع المقبل ويستمر حتى 10 يونيو", "حتى 10 يونيو", "2020-06-10"},
	} {
		var got []string
		for _, d := range ref.Find(c.in) {
			if d.Text == c.date {
				got = append(got, d.ISO())
			}
		}
		assert.Equal(t, []string{c.iso}, got, c.in)
	}
}

// TestDayOfTheMonthBare (refac4's leftover): a day in digits after في
// and before الشهر alone is that day of the reference's month, as with
// من or الجاري after it (في 20 الشهر الجاري، في العشرين من الشهر); a
// direction after الشهر still counts the month from the reference.
func TestDayOfTheMonthBare(t *testing.T) {
	ref := MustNew(Options{Reference: time.Date(2019, 6, 19, 0, 0, 0, 0, time.UTC)})
	runCases(t, ref, []findCase{
		{"وتنطلق امتحانات الدور الثاني في 24 الشهر", "24 الشهر", "2019-06-24"},
		{"وكانت الشركة قد أعلنت في ٣ الشهر عن خطتها", "٣ الشهر", "2019-06-03"},
		{"وتسلم الموظفون رواتبهم في 5 الشهر.", "5 الشهر", "2019-06-05"},
		{"ويعقد المجلس جلسته في 24 الشهر المقبل", "24 الشهر المقبل", "2019-07-24"},
		{"وتسلم الموظفون رواتبهم في 5 الشهر الماضي", "5 الشهر الماضي", "2019-05-05"},
	})
}
