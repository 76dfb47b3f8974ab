package hijri

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

func parseDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	require.NoError(t, err, s)
	return d
}

func parseHijri(t *testing.T, s string) Date {
	t.Helper()
	p := strings.Split(s, "-")
	require.Len(t, p, 3, s)
	y, _ := strconv.Atoi(p[0])
	m, _ := strconv.Atoi(p[1])
	d, _ := strconv.Atoi(p[2])
	return Date{y, m, d}
}

func readTSV(t *testing.T, name string) (map[string]int, [][]string) {
	t.Helper()
	f, err := os.Open(shared.Path(t, "data", "dates", name))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	col := map[string]int{}
	for i, h := range strings.Split(sc.Text(), "\t") {
		col[h] = i
	}
	var rows [][]string
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return col, rows
}

// TestReferencePairs checks every day pair attested in primary sources
// (Umm al-Qura newspaper issues, the KFUPM calendar, the official calendar
// site), both ways.
func TestReferencePairs(t *testing.T) {
	col, rows := readTSV(t, "hijri_reference_pairs.tsv")
	exact := 0
	for _, r := range rows {
		h := parseHijri(t, r[col["hijri_ymd"]])
		g := parseDay(t, r[col["gregorian_ymd"]])
		got, err := h.Gregorian()
		back := FromGregorian(g)
		if err == nil && got.Equal(g) && back == h {
			exact++
			continue
		}
		t.Errorf("%s: got %v (%v), want %s; back %s", h, got, err, g.Format(time.DateOnly), back)
	}
	t.Logf("Umm al-Qura reference pairs exact both ways: %d/%d", exact, len(rows))
	assert.Equal(t, len(rows), exact)
	assert.Equal(t, 1892, len(rows))
}

// TestTable checks the generated table against its source, and the
// tabular fallback against the islamic-civil column of the same file.
func TestTable(t *testing.T) {
	col, rows := readTSV(t, "hijri_month_starts.tsv")
	civilOK, civilN := 0, 0
	for _, r := range rows {
		y, _ := strconv.Atoi(r[col["hijri_year"]])
		m, _ := strconv.Atoi(r[col["hijri_month"]])
		want := DayNumber(parseDay(t, r[col["gregorian_day1_ummalqura_hijridate"]]))
		assert.Equal(t, want, MonthStart(y, m), "%d-%d", y, m)
		n, _ := strconv.Atoi(r[col["month_length_uq"]])
		assert.Equal(t, n, MonthLength(y, m), "%d-%d length", y, m)
		if c := r[col["islamic_civil_day1"]]; c != "" {
			civilN++
			if tabularMonthStart(y, m) == DayNumber(parseDay(t, c)) {
				civilOK++
			}
		}
	}
	assert.Equal(t, civilN, civilOK, "tabular civil calendar month starts")
}

func TestRoundTrip(t *testing.T) {
	// Across the table edges and far outside it.
	for _, span := range [][2]int{{-600000, -590000}, {-17000, -16000}, {39000, 41000}, {100000, 101000}} {
		for n := span[0]; n < span[1]; n++ {
			d := FromDayNumber(n)
			if !assert.True(t, d.Valid(), "%d -> %s", n, d) {
				return
			}
			if !assert.Equal(t, n, d.DayNumber(), "%d -> %s", n, d) {
				return
			}
		}
	}
}

func TestCivilDays(t *testing.T) {
	for _, s := range []string{"1970-01-01", "2017-07-10", "1924-08-01", "2000-02-29", "1900-03-01", "2077-10-18"} {
		tm := parseDay(t, s)
		assert.Equal(t, int(tm.Unix()/86400), DayNumber(tm), s)
		assert.True(t, DayTime(DayNumber(tm)).Equal(tm), s)
	}
}

func TestInvalid(t *testing.T) {
	_, err := Date{1433, 2, 30}.Gregorian() // Safar 1433 has 29 days
	assert.Error(t, err)
	_, err = Date{1433, 13, 1}.Gregorian()
	assert.Error(t, err)
	// DayNumber rolls over instead.
	assert.Equal(t, Date{1433, 3, 1}, FromDayNumber(Date{1433, 2, 30}.DayNumber()))
}
