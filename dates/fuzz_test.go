package dates

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/normalize"
)

var isoRe = regexp.MustCompile(`^(?:(?:\d{4}|XXXX)(?:-W\d{2}|-(?:\d{2}|XX)(?:-\d{2})?)?)(?:/(?:\d{4}|XXXX)(?:-W\d{2}|-(?:\d{2}|XX)(?:-\d{2})?)?)?$`)

// checkDates checks the invariants of a Find result on input s.
func checkDates(t *testing.T, s string, ds []Date) {
	t.Helper()
	prev := 0
	for _, d := range ds {
		if d.Start < prev || d.Start >= d.End || d.End > len(s) {
			t.Fatalf("bad span [%d:%d] after %d in %q", d.Start, d.End, prev, s)
		}
		prev = d.End
		if d.Text != s[d.Start:d.End] {
			t.Fatalf("text %q != input[%d:%d] %q", d.Text, d.Start, d.End, s[d.Start:d.End])
		}
		v := d.ISO()
		if v != "" && !isoRe.MatchString(v) {
			t.Fatalf("malformed value %q for %q", v, d.Text)
		}
		if d.Resolved && d.Last.Before(d.First) {
			t.Fatalf("interval ends before it starts: %v", d)
		}
		if d.Resolved && v == "" {
			t.Fatalf("resolved date without a value: %v", d)
		}
		if d.Vague && (d.Resolved || v != "") {
			t.Fatalf("vague date with a value: %v", d)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"التقى الحكيم صباح اليوم، بتاريخ ٢٨ حزيران الماضي، من ١٩ حتى ٢١ أيلول القادم",
		"٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م", "28/6/2017 و 2017-06-28 و28.06.2017",
		"بين عامي 2011 و2015", "منذ ثلاثة أيام", "الأسبوع الماضي يوم الجمعة", "في السنوات الأخيرة",
		"\u200f٢٨\u200f حزيران", "ﻻ ﷲ ٢٠١٧", "a\xffب ٢٠١٧", "", "9 مدنيين", "عيد الفطر 2017",
		"الربع الثالث من عام 2016", "السبعينيات", "بقية الأسبوع",
		"أول يوم جمعة من يوليو", "الأسبوع الأخير من عام 2015", "آخر يوم من شهر شباط", "الأحد الخامس",
		"القرن الأول الهجري", "عطلة نهاية الأسبوع", "في 3 أيار وفي اليوم التالي", "عيد الفصح الأرثوذكسي 2016",
		"يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م", "رمضان 2019", "أسبوع 16 سبتمبر",
		"في مثل هذا اليوم من عام 1948", "مثل هذا اليوم", "في 3 و10 أيار", "في وقت سابق من هذا الشهر",
		"الاثنين 3 الجاري", "نوفمبر بين 15 و19 منه", "الخميس قبل الماضي",
		"بعد يومين من عيد الفطر", "قبل أسبوع من 5 تموز", "الربع الأخير من العام", "الثلاثاء (4 يوليو)",
		// the clause's tense (clauseTense): cues before and after, after أن، at the text's ends
		"عقد الاجتماع في السابع من سبتمبر", "اجتماع يعقد في 27 سبتمبر", "قال أمس إن الاجتماع في 7 سبتمبر",
		"في 7 سبتمبر عقدت", "7 سبتمبر موعد", "عقد 7 سبتمبر", "أقيمت\n5 ربيع الأول", "من المقرر أن يعقد في 5 مايو",
		// five numbers: a range (monthDayEnd); six are not (insideNumeric)
		"2017-02-28-03-01", "٢٠١٧-٠٢-٢٨-٠٣-٠١", "١٤٣٦/١٠/٠٧/١٠/٠٩هـ", "2017/12/30/01/02", "2017-02-28-03-01-05",
		"28-2-2017-1-3-2017", "2017-02-28-03-", "-2017-02-28-03-01-", "2017-02-28-13-01",
		// يوم before a date (NewsSpans keeps it, RecognizersSpans does not): with proclitics,
		// ranges, holidays, bare days, a later/earlier phrase, at the text's ends
		"سيعقد يوم الأحد المقبل", "بيوم 28 حزيران الماضي", "ويوم الجمعة 28 حزيران 2019", "يوم 27 من الشهر الجاري",
		"في وقت مبكر من يوم الجمعة", "من يوم الأحد إلى يوم الثلاثاء", "يوم عيد الفطر", "يوم 27", "يوم",
		"يوم الخميس الأول من يونيو", "لليوم الأحد", "يوم يوم الأحد", "يوم\nالأحد", "يوم، الأحد", "يومي السبت والأحد",
	} {
		f.Add(s)
	}
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	noRef := MustNew(Options{})
	// Reference dates at the ends of the years ISO 8601 writes with four
	// digits: what resolves beyond them stays unresolved.
	first := MustNew(Options{Reference: time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC)})
	last := MustNew(Options{Reference: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)})
	recog := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC), Spans: RecognizersSpans})
	n := normalize.MustNew(normalize.Search)
	f.Fuzz(func(t *testing.T, s string) {
		a := p.Find(s)
		checkDates(t, s, a)
		// The span styles differ in where a span starts, never in what
		// is found nor in its value.
		r := recog.Find(s)
		checkDates(t, s, r)
		if len(r) != len(a) {
			t.Fatalf("NewsSpans and RecognizersSpans find %d and %d dates in %q:\n%v\n%v", len(a), len(r), s, a, r)
		}
		for k := range a {
			x, y := a[k], r[k]
			if x.Start > y.Start {
				t.Fatalf("NewsSpans starts after RecognizersSpans in %q: %q, %q", s, x.Text, y.Text)
			}
			x.Start, x.Text = y.Start, y.Text
			if !reflect.DeepEqual(x, y) {
				t.Fatalf("the span styles disagree on more than the start in %q:\n%+v\n%+v", s, a[k], r[k])
			}
		}
		checkDates(t, s, noRef.Find(s))
		checkDates(t, s, first.Find(s))
		checkDates(t, s, last.Find(s))
		tx := n.Analyze(s)
		b := p.FindText(tx)
		checkDates(t, s, b)
		// Analyze's text is Search-folded: AppendText's folded mode finds
		// the same dates.
		if c := p.AppendText(nil, tx, true); !reflect.DeepEqual(b, c) {
			t.Fatalf("AppendText folded and FindText disagree on %q:\n%v\n%v", s, c, b)
		}
		for _, tok := range tx.Tokens {
			if w := tx.Norm[tok.Start:tok.End]; tok.Kind == normalize.ArabicWord && string(foldKeyOf(w)) != w {
				t.Fatalf("word %q of a Search-folded text folds to %q", w, foldKeyOf(w))
			}
		}
		if utf8.ValidString(s) && len(a) != len(b) {
			t.Fatalf("Find and FindText disagree on %q:\n%v\n%v", s, a, b)
		}
	})
}

func foldKeyOf(w string) []byte { return (&scanner{ft: theFold()}).foldKey(w) }

// TestISOYears: relative dates resolved against a reference date at the
// ends of the years 1 to 9999 get a value inside them, or none (never
// "-001", "0000" or "10000").
func TestISOYears(t *testing.T) {
	text := "أمس والعام الماضي وقبل عامين وغدا والعام المقبل والشهر المقبل والقرن الماضي"
	tests := []struct {
		ref  time.Time
		want map[string]string
	}{
		{time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), map[string]string{
			"أمس": "0001-01-01", "العام الماضي": "", "قبل عامين": "", "غدا": "0001-01-03",
			"العام المقبل": "0002", "الشهر المقبل": "0001-02", "القرن الماضي": ""}},
		{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), map[string]string{
			"أمس": "9999-12-30", "العام الماضي": "9998", "قبل عامين": "9997-12-31", "غدا": "",
			"العام المقبل": "", "الشهر المقبل": "", "القرن الماضي": "9800/9899"}},
	}
	for _, tc := range tests {
		got := map[string]string{}
		for _, d := range MustNew(Options{Reference: tc.ref}).Find(text) {
			got[d.Text] = d.ISO()
			if d.ISO() == "" && d.Resolved {
				t.Errorf("%q resolved without a value", d.Text)
			}
		}
		assert.Equal(t, tc.want, got, "reference %v", tc.ref)
	}
}

// TestNumericDateParts: a numeric date written without spaces is read
// whole from its first number; when the whole is no date (31 February,
// a 13th month, 99/99), no part of it becomes one (٠٢/٢٠١٧ out of
// ٣١/٠٢/٢٠١٧ was February 2017); a number after another separator still
// starts a date (the end of a range).
func TestNumericDateParts(t *testing.T) {
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	tests := map[string][]string{
		"وصل في ٣١/٠٢/٢٠١٧ إلى دمشق": nil,
		"صدر القرار في ٣٠/١٣/١٤٣٦هـ": nil,
		"في 99/99/2017":                        nil,
		"في 29/02/2019 وفي 29/02/2020":         {"29/02/2020"},
		"من 1/1/2017-3/1/2017":                 {"من 1/1/2017-3/1/2017"},
		"في ٢٨/٦/٢٠١٧ و2017-06-28 و28.06.2017": {"٢٨/٦/٢٠١٧", "2017-06-28", "28.06.2017"},
		"19-21 أيلول و2014-2018":               {"19-21 أيلول", "2014-2018"},
		// Year first: the year alone is no part of a whole that is no date.
		"وقع في 2017/13/45 الحادث":                   nil,
		"وقع في 2017-02-30 الحادث":                   nil,
		"صدر في ١٤٣٦/١٣/٠١هـ":                        nil,
		"في 2014-2015-2016":                          nil,
		"بين 2014-2015-2016 ومن 2017/13/45 حتى 2018": {"حتى 2018"},
		"بين 2014-2015 و2016-2017":                   {"بين 2014-2015", "2016-2017"},
		"في 2017/02/28 و2017-02-28 و2017/2/1":        {"2017/02/28", "2017-02-28", "2017/2/1"},
		"في ١٤٣٦/١٢/٠١هـ":                            {"١٤٣٦/١٢/٠١هـ"},
		// Two dates joined by the same separator: a range, as with two.
		"من 2017-02-28-2017-03-01":         {"من 2017-02-28-2017-03-01"},
		"في 2017-02-28-2017-03-01 عقدت":    {"2017-02-28-2017-03-01"},
		"من 2017/02/28-2017/03/01":         {"من 2017/02/28-2017/03/01"},
		"من ٢٠١٧-٠٢-٢٨-٢٠١٧-٠٣-٠١":         {"من ٢٠١٧-٠٢-٢٨-٢٠١٧-٠٣-٠١"},
		"من 28-02-2017-01-03-2017":         {"من 28-02-2017-01-03-2017"},
		"في 2017-02-28-2017-13-01":         {"2017-02-28"},
		"في 2014-2015-2016-2017-2018-2019": nil,
		"رقم 1-2-3-4-5-6":                  nil,
		// A year-first date, then the month and day of the second.
		"من 2017-02-28-03-01":        {"من 2017-02-28-03-01"},
		"في ٢٠١٧-٠٢-٢٨-٠٣-٠١ عقدت":   {"٢٠١٧-٠٢-٢٨-٠٣-٠١"},
		"في 2017-02-28-13-01":        {"2017-02-28"},
		"في 2017-02-28-03-01-05":     {"2017-02-28"},
		"هاتف 2014-2015-2016-2017":   nil,
		"هاتف 0933-12-28-03-01":      nil,
		"من 2017-02-28-28-02-2017":   {"2017-02-28"},
		"في 2017-02-28-03-01-2017-3": {"2017-02-28"},
	}
	for text, want := range tests {
		var got []string
		for _, d := range p.Find(text) {
			got = append(got, d.Text)
		}
		assert.Equal(t, want, got, text)
	}
}

// TestNumericRangeValues: the values of numeric ranges written without
// spaces, six numbers or five (the end's month and day after a year-first
// date, the end taking the start's year).
func TestNumericRangeValues(t *testing.T) {
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	for _, c := range []struct{ in, iso string }{
		{"2017-02-28-03-01", "2017-02-28/2017-03-01"},
		{"2017-02-28-2017-03-01", "2017-02-28/2017-03-01"},
		{"٢٠١٧-٠٢-٢٨-٠٣-٠١", "2017-02-28/2017-03-01"},
		{"۲۰۱۷/۰۲/۲۸/۰۳/۰۱", "2017-02-28/2017-03-01"},
		{"2017/12/30/01/02", "2017-12-30/2018-01-02"},
		{"١٤٣٦/١٠/٠٧/١٠/٠٩", "2015-07-23/2015-07-25"},
		{"28-02-2017-01-03-2017", "2017-02-28/2017-03-01"},
		{"28-2-2017-1-3-2017", "2017-02-28/2017-03-01"},
	} {
		got := p.Find(c.in)
		if assert.Len(t, got, 1, c.in) {
			assert.Equal(t, c.in, got[0].Text)
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
			assert.True(t, got[0].Range, c.in)
		}
	}
}

// TestLoneCR: a lone CR ends a line as LF does (old Mac files): a date
// does not run across it, and CR LF reads as LF.
func TestLoneCR(t *testing.T) {
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	texts := func(ds []Date) (out []string) {
		for _, d := range ds {
			out = append(out, d.Text)
		}
		return out
	}
	lf := "وصل الوفد في ٢٨\nحزيران ٢٠١٧ إلى دمشق\n\nوفي ٣ تموز"
	want := texts(p.Find(lf))
	assert.Equal(t, []string{"حزيران ٢٠١٧", "٣ تموز"}, want)
	assert.Equal(t, want, texts(p.Find(strings.ReplaceAll(lf, "\n", "\r"))), "lone CR")
	assert.Equal(t, want, texts(p.Find(strings.ReplaceAll(lf, "\n", "\r\n"))), "CR LF")
}
