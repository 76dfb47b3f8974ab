package dates

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestSeedPage checks the seed page of the issue with reference 2017-07-10:
// exactly three dates, and nothing from the ticker.
func TestSeedPage(t *testing.T) {
	src, err := os.ReadFile(shared.Path(t, "seeds", "000_d71596f88f27592e.txt"))
	require.NoError(t, err)
	text := string(src)
	p := MustNew(Options{Reference: day("2017-07-10")})
	type dv struct{ Text, Value string }
	var got []dv
	for _, d := range p.Find(text) {
		got = append(got, dv{d.Text, d.ISO()})
		assert.Equal(t, d.Text, text[d.Start:d.End])
	}
	assert.Equal(t, []dv{
		{"صباح اليوم", "2017-07-10"},
		{"٢٨ حزيران الماضي", "2017-06-28"},
		{"من ١٩ حتى ٢١ أيلول القادم", "2017-09-19/2017-09-21"},
	}, got)
	// The pipeline path gives the same.
	var got2 []dv
	for _, d := range p.FindText(normalize.MustNew(normalize.Search).Analyze(text)) {
		got2 = append(got2, dv{d.Text, d.ISO()})
	}
	assert.Equal(t, got, got2)
	// The ticker has no reference date: nothing there at all.
	ticker := strings.SplitN(text, "\n", 2)[0]
	assert.Empty(t, MustNew(Options{}).Find(ticker))
}

type findCase struct {
	in   string
	text string // the span found ("" = in itself)
	iso  string
}

func runCases(t *testing.T, p *Parser, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		got := p.Find(c.in)
		want := c.text
		if want == "" {
			want = c.in
		}
		if c.iso == "-" {
			assert.Empty(t, got, c.in)
			continue
		}
		if !assert.Len(t, got, 1, "%s: %v", c.in, got) {
			continue
		}
		assert.Equal(t, want, got[0].Text, c.in)
		assert.Equal(t, c.iso, got[0].ISO(), c.in)
	}
}

var ref2017 = MustNew(Options{Reference: day("2017-07-10")}) // a Monday

func TestDigits(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"28 حزيران 2017", "", "2017-06-28"},
		{"٢٨ حزيران ٢٠١٧", "", "2017-06-28"},
		{"۲۸ حزیران ۲۰۱۷", "", "2017-06-28"}, // Extended Arabic-Indic digits, Persian yeh
		{"٢8 حزيران 2٠١7", "", "2017-06-28"},
		{"\u200f٢٨\u200f حزيران \u200e٢٠١٧", "٢٨\u200f حزيران \u200e٢٠١٧", "2017-06-28"},
		{"28/6/2017", "", "2017-06-28"},
		{"٢٨-٦-٢٠١٧", "", "2017-06-28"},
		{"2017/06/28", "", "2017-06-28"},
		{"28.06.2017", "", "2017-06-28"},
		{"١١/٨/٢٠١٥م", "", "2015-08-11"},
	})
}

func TestGregorianMonths(t *testing.T) {
	months := [][]string{
		{"كانون الثاني", "يناير", "جانفي", "كانون 2"},
		{"شباط", "فبراير", "فيفري", "فبراير"},
		{"آذار", "مارس", "مارس", "مارس"},
		{"نيسان", "أبريل", "أفريل", "إبريل", "ابريل"},
		{"أيار", "مايو", "ماي", "ماي"},
		{"حزيران", "يونيو", "جوان", "يونيه"},
		{"تموز", "يوليو", "جويلية", "يوليوز", "يوليه"},
		{"آب", "أغسطس", "أوت", "غشت", "اغسطس"},
		{"أيلول", "سبتمبر", "سبتمبر", "شتنبر"},
		{"تشرين الأول", "أكتوبر", "أكتوبر", "تشرين 1"},
		{"تشرين الثاني", "نوفمبر", "نوفمبر", "نونبر"},
		{"كانون الأول", "ديسمبر", "ديسمبر", "دجنبر"},
	}
	for m, names := range months {
		for _, name := range names {
			in := "٣ " + name + " ٢٠١٦"
			got := ref2017.Find(in)
			if assert.Len(t, got, 1, in) {
				assert.Equal(t, in, got[0].Text)
				assert.Equal(t, time.Date(2016, time.Month(m+1), 3, 0, 0, 0, 0, time.UTC), got[0].First, in)
				assert.Equal(t, Fields{Year: 2016, Month: m + 1, Day: 3}, got[0].Written, in)
			}
		}
	}
	runCases(t, ref2017, []findCase{
		{"شباط/فبراير 2017", "", "2017-02"},
		{"أيلول (سبتمبر) 2016", "", "2016-09"},
		{"١٥ نيسان/أبريل ٢٠١٨", "", "2018-04-15"},
		{"في الشهر التاسع", "الشهر التاسع", "2016-09"},
		{"في شهر 9 من العام الماضي", "شهر 9 من العام الماضي", "2016-09"},
		{"في مارس", "مارس", "2017-03"},
		{"مارس الرياضة", "", "-"}, // the verb, not March
		{"توفي أب لثلاثة أطفال", "", "-"},
		{"سيارة نيسان", "", "-"},
	})
}

func TestDays(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"الأول من أيار", "", "2017-05-01"},
		{"الثامن والعشرين من حزيران", "", "2017-06-28"},
		{"في ٢٨ من حزيران", "٢٨ من حزيران", "2017-06-28"},
		{"فاتح ماي", "", "2017-05-01"},
		{"الخميس ٢٨ حزيران", "", "2017-06-28"},
		{"يوم الاثنين 12 يناير 2016", "يوم الاثنين 12 يناير 2016", "2016-01-12"},
		{"واحد وعشرين مايو", "", "2017-05-21"},
		{"الحادي عشر من سبتمبر 2001", "", "2001-09-11"},
	})
}

func TestYears(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"عام 2017", "", "2017"},
		{"عام ٢٠١٧", "", "2017"},
		{"سنة 1990", "", "1990"},
		{"2017م", "", "2017"},
		{"العام ٢٠١١ م", "", "2011"},
		{"في 2014 قررت الحكومة", "2014", "2014"},
		{"منذ 2012", "", "2012"},
		{"عام ألفين وسبعة عشر", "", "2017"},
		{"قتل 2000 شخص", "", "-"},
		{"مؤتمر NCT USA 2017 في واشنطن", "", "-"},
		{"من ١٩٧٨ وحتى ٢٠١٢", "", "1978/2012"},
		{"حزيران من عام 2015", "", "2015-06"},
	})
	// A Hijri year.
	got := ref2017.Find("عام ١٤٣٨ هـ")
	require.Len(t, got, 1)
	assert.Equal(t, Hijri, got[0].Calendar)
	assert.Equal(t, 1438, got[0].WrittenHijri.Year)
	assert.Equal(t, "2016-10-02/2017-09-20", got[0].ISO())
}

func TestHijri(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"٧/١٠/١٤٣٦هـ", "", "2015-07-23"},
		{"26 شوال 1436هـ", "", "2015-08-11"},
		{"١٠ ذو الحجة ١٤٣٧ هـ", "", "2016-09-11"},
		{"15 ربيع الأول 1438", "", "2016-12-14"},
		{"1 جمادى الآخرة 1438 هـ", "", "2017-02-28"},
		{"في صفر", "صفر", "2016-11-01/2016-11-29"},
		{"صفر بالمئة", "", "-"},
		{"ارتفع من صفر إلى ثلاثة", "", "-"},
		{"٣ صفر ١٤٣٨", "", "2016-11-03"},
		{"شهر رمضان", "", "2017-05-27/2017-06-24"},
		{"عيد الفطر", "", "2017-06-25/2017-06-27"},
		{"عيد الأضحى المقبل", "", "2017-09-01/2017-09-04"},
		{"رأس السنة الهجرية", "", "2016-10-02"},
		{"قال رجب طيب أردوغان", "", "-"},
	})
	// A dual date is one date with both calendars.
	got := ref2017.Find("في ٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م")
	require.Len(t, got, 1)
	d := got[0]
	assert.Equal(t, "٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م", d.Text)
	assert.True(t, d.Dual)
	assert.Equal(t, Hijri, d.Calendar)
	assert.Equal(t, Fields{1436, 10, 26}, d.WrittenHijri)
	assert.Equal(t, Fields{2015, 8, 11}, d.Written)
	assert.Equal(t, "2015-08-11", d.ISO())
}

func TestRanges(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"١٩–٢١ أيلول", "", "2016-09-19/2016-09-21"},
		{"19-21 أيلول 2017", "", "2017-09-19/2017-09-21"},
		{"19/21 أيلول 2017", "", "2017-09-19/2017-09-21"},
		{"من ١٩ حتى ٢١ أيلول القادم", "", "2017-09-19/2017-09-21"},
		{"من ١٩ إلى ٢١ أيلول 2017", "", "2017-09-19/2017-09-21"},
		{"بين ١٩ و٢١ أيلول 2017", "", "2017-09-19/2017-09-21"},
		{"بين الفترة الممتدة من ١٩ حتى ٢١ أيلول القادم", "من ١٩ حتى ٢١ أيلول القادم", "2017-09-19/2017-09-21"},
		{"من 28 حزيران حتى 3 تموز 2017", "", "2017-06-28/2017-07-03"},
		{"من 28 ديسمبر 2016 إلى 3 يناير 2017", "", "2016-12-28/2017-01-03"},
		{"من يناير إلى مارس 2017", "", "2017-01/2017-03"},
		{"بين عامي 2011 و2015", "", "2011/2015"},
		{"2014-2018", "", "2014/2018"},
	})
}

func TestRelative(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"اليوم", "", "2017-07-10"},
		{"أمس", "", "2017-07-09"},
		{"بالأمس", "الأمس", "2017-07-09"},
		{"البارحة", "", "2017-07-09"},
		{"أول أمس", "", "2017-07-08"},
		{"أول من أمس", "", "2017-07-08"},
		{"غداً", "", "2017-07-11"},
		{"بعد غد", "", "2017-07-12"},
		{"صباح اليوم", "", "2017-07-10"},
		{"مساء أمس", "", "2017-07-09"},
		{"ليلة الخميس", "", "2017-07-06"},
		{"الأسبوع الماضي", "", "2017-07-03/2017-07-09"},
		{"الأسبوع المقبل", "", "2017-07-17/2017-07-23"},
		{"الشهر الماضي", "", "2017-06"},
		{"العام الماضي", "", "2016"},
		{"العام المقبل", "", "2018"},
		{"هذا العام", "", "2017"},
		{"منذ ثلاثة أيام", "", "2017-07-07"},
		{"قبل يومين", "", "2017-07-08"},
		{"بعد أسبوع", "", "2017-07-17"},
		{"الخميس الماضي", "", "2017-07-06"},
		{"الخميس المقبل", "", "2017-07-13"},
		{"الاثنين", "", "2017-07-10"},
		{"أيار الماضي", "", "2017-05"},
		{"أيار المقبل", "", "2018-05"},
		{"عصر أمس السبت", "", "2017-07-08"},
		{"اليوم العالمي للمرأة", "", "2017-03-08"}, // International Women's Day
		{"اليوم العالمي للطفل", "", "-"},
		{"قبل أسبوع من الانتخابات", "", "-"},
	})
	// Vague expressions are flagged and never resolved.
	for _, in := range []string{"خلال الأيام الماضية", "في السنوات الأخيرة", "في الأسابيع المقبلة"} {
		got := ref2017.Find(in)
		if assert.Len(t, got, 1, in) {
			assert.True(t, got[0].Vague, in)
			assert.False(t, got[0].Resolved, in)
			assert.Equal(t, "", got[0].ISO(), in)
		}
	}
}

func TestYearPolicy(t *testing.T) {
	// Past-leaning by default; the future when the clause says so.
	runCases(t, ref2017, []findCase{
		{"التقى الوزير في ٢٨ أيلول", "٢٨ أيلول", "2016-09-28"},
		{"سيزور الوزير دمشق في ٢٨ أيلول", "٢٨ أيلول", "2017-09-28"},
		{"من المقرر أن يعقد المؤتمر في ٢٨ أيلول", "٢٨ أيلول", "2017-09-28"},
		{"٢٨ أيلول القادم", "", "2017-09-28"},
		{"٢٨ حزيران الماضي", "", "2017-06-28"},
	})
	future := MustNew(Options{Reference: day("2017-07-10"), YearPolicy: AlwaysFuture})
	assert.Equal(t, "2018-06-28", future.Find("٢٨ حزيران")[0].ISO())
	nearest := MustNew(Options{Reference: day("2017-07-10"), YearPolicy: Nearest})
	assert.Equal(t, "2017-08-02", nearest.Find("٢ آب")[0].ISO())
	_, err := New(Options{YearPolicy: 9})
	assert.ErrorIs(t, err, ErrPolicy)
	_, err = New(Options{Calendar: 7})
	assert.ErrorIs(t, err, ErrCalendar)
	_, err = New(Options{Spans: 5})
	assert.ErrorIs(t, err, ErrSpans)
}

// TestSpanStyles: NewsSpans, the default, puts the noun يوم before a
// weekday or a day and month in the span (not its proclitic);
// RecognizersSpans leaves it out. The values are the same.
func TestSpanStyles(t *testing.T) {
	ref := day("2019-06-20")
	news := MustNew(Options{Reference: ref})
	recog := MustNew(Options{Reference: ref, Spans: RecognizersSpans})
	for _, tt := range []struct{ in, news, recog, iso string }{
		{"سيعقد الاجتماع يوم الأحد المقبل في عمان", "يوم الأحد المقبل", "الأحد المقبل", "2019-06-23"},
		{"وقع الهجوم يوم 28 حزيران الماضي", "يوم 28 حزيران الماضي", "28 حزيران الماضي", "2018-06-28"},
		{"وقع الهجوم بيوم 28 حزيران", "يوم 28 حزيران", "28 حزيران", "2019-06-28"},
		{"ويوم السبت وصل الوفد", "يوم السبت", "السبت", "2019-06-15"},
		{"وقع يوم الجمعة 28 حزيران 2019", "يوم الجمعة 28 حزيران 2019", "الجمعة 28 حزيران 2019", "2019-06-28"},
		{"وقع الهجوم يوم 27 من الشهر الجاري", "يوم 27 من الشهر الجاري", "27 من الشهر الجاري", "2019-06-27"},
		{"وصل الوفد يوم الخميس الأول من يونيو 2017", "يوم الخميس الأول من يونيو 2017", "الخميس الأول من يونيو 2017", "2017-06-01"},
		{"تحطمت في وقت مبكر من يوم الجمعة", "يوم الجمعة", "الجمعة", "2019-06-14"},
		// يوم is in the span either way before a bare day number and a
		// holiday, and inside a range or after a time word.
		{"وصل يوم 27", "يوم 27", "يوم 27", "2019-06-27"},
		{"يوم عيد الفطر", "يوم عيد الفطر", "يوم عيد الفطر", "2019-06-04/2019-06-06"},
		{"من يوم الأحد إلى يوم الثلاثاء", "من يوم الأحد إلى يوم الثلاثاء", "من يوم الأحد إلى يوم الثلاثاء", "2019-06-16/2019-06-18"},
		{"وقع الهجوم صباح يوم الخميس", "صباح يوم الخميس", "صباح يوم الخميس", "2019-06-20"},
		// Not before a relative day.
		{"وصل يوم أمس", "أمس", "أمس", "2019-06-19"},
	} {
		for _, c := range []struct {
			p    *Parser
			want string
		}{{news, tt.news}, {recog, tt.recog}} {
			got := c.p.Find(tt.in)
			if !assert.Len(t, got, 1, "%s: %v", tt.in, got) {
				continue
			}
			assert.Equal(t, c.want, got[0].Text, tt.in)
			assert.Equal(t, c.want, tt.in[got[0].Start:got[0].End], tt.in)
			assert.Equal(t, tt.iso, got[0].ISO(), tt.in)
		}
	}
}

func TestCalendarOption(t *testing.T) {
	ref15 := day("2015-08-02") // 17 Shawwal 1436
	// A bare year next to the reference's Hijri year is Hijri.
	d := MustNew(Options{Reference: ref15}).Find("خلال عام 1436")
	require.Len(t, d, 1)
	assert.Equal(t, Hijri, d[0].Calendar)
	assert.Equal(t, "2014-10-25/2015-10-13", d[0].ISO())
	// A historical year stays Gregorian.
	d = MustNew(Options{Reference: ref15}).Find("في عام 1453")
	require.Len(t, d, 1)
	assert.Equal(t, Gregorian, d[0].Calendar)
	// Forced either way.
	d = MustNew(Options{Reference: ref15, Calendar: Gregorian}).Find("خلال عام 1436")
	require.Len(t, d, 1)
	assert.Equal(t, Gregorian, d[0].Calendar)
	d = MustNew(Options{Calendar: Hijri}).Find("في 10/3/1437")
	require.Len(t, d, 1)
	assert.Equal(t, Hijri, d[0].Calendar)
	d = MustNew(Options{Calendar: Gregorian}).Find("في 10/3/1437")
	require.Len(t, d, 1)
	assert.Equal(t, Gregorian, d[0].Calendar)
}

func TestNoReference(t *testing.T) {
	p := MustNew(Options{})
	got := p.Find("٢٨ حزيران الماضي")
	require.Len(t, got, 1)
	d := got[0]
	assert.False(t, d.Resolved)
	assert.Equal(t, "XXXX-06-28", d.ISO())
	assert.Equal(t, Past, d.Direction)
	assert.Equal(t, Fields{Month: 6, Day: 28}, d.Written)
	got = p.Find("من ١٩ حتى ٢١ أيلول")
	require.Len(t, got, 1)
	assert.Equal(t, "XXXX-09-19/XXXX-09-21", got[0].ISO())
	got = p.Find("أمس")
	require.Len(t, got, 1)
	assert.True(t, got[0].Relative)
	assert.False(t, got[0].Resolved)
	assert.Equal(t, "", got[0].ISO())
	// A full date needs no reference.
	got = p.Find("28 حزيران 2017")
	require.Len(t, got, 1)
	assert.True(t, got[0].Resolved)
	assert.False(t, got[0].YearInferred)
}

func TestFlags(t *testing.T) {
	d := ref2017.Find("٢٨ حزيران الماضي")[0]
	assert.True(t, d.YearInferred)
	assert.True(t, d.AnchorInferred)
	assert.False(t, d.Relative)
	assert.Equal(t, Past, d.Direction)
	d = ref2017.Find("أيلول القادم")[0]
	assert.Equal(t, Future, d.Direction)
	assert.Equal(t, Month, d.Grain)
	d = ref2017.Find("اليوم")[0]
	assert.True(t, d.Relative)
	assert.True(t, d.AnchorInferred)
	d = ref2017.Find("الخميس ٢٨ حزيران ٢٠١٧")[0]
	assert.True(t, d.HasWeekday)
	assert.Equal(t, time.Thursday, d.Weekday)
	assert.False(t, d.YearInferred)
	d = ref2017.Find("مطلع نيسان/أبريل")[0]
	assert.Equal(t, Early, d.Part)
	assert.Equal(t, "2017-04", d.ISO())
}

// TestFindMatchesFindText checks that Find, which folds the text itself,
// agrees with FindText over Analyze on real news.
func TestFindMatchesFindText(t *testing.T) {
	n := normalize.MustNew(normalize.Search)
	total := 0
	for _, art := range shared.News(t) {
		p := MustNew(Options{Reference: day("2018-05-01")})
		a := p.Find(art.Text)
		c := p.FindText(n.Analyze(art.Text))
		assert.Equal(t, a, c, art.Name)
		total += len(a)
	}
	assert.Greater(t, total, 50)
}

func TestSpansAndInvalidInput(t *testing.T) {
	for _, in := range []string{"", "\xff\xfe", "ـــ", "\u064e\u064f", strings.Repeat("٢٠١٧ ", 3000), "في\x00 ٢٨ حزيران"} {
		for _, d := range ref2017.Find(in) {
			assert.True(t, 0 <= d.Start && d.Start < d.End && d.End <= len(in))
			assert.Equal(t, in[d.Start:d.End], d.Text)
		}
	}
	assert.Nil(t, ref2017.FindText(nil))
}

// TestFindTextRefinedTokens checks FindText on a token list the pipeline
// has refined: a glued headline split into words.
func TestFindTextRefinedTokens(t *testing.T) {
	src := "وصل الوفدصباح اليوم إلى دمشق"
	tx := normalize.MustNew(normalize.Search).Analyze(src)
	// Split the glued token "الوفدصباح" after "الوفد".
	var toks []normalize.Token
	for i, tok := range tx.Tokens {
		if tx.TokenText(i) == "الوفدصباح" {
			cut := tok.Start + len("الوفد")
			toks = append(toks, normalize.Token{Start: tok.Start, End: cut, Kind: tok.Kind}, normalize.Token{Start: cut, End: tok.End, Kind: tok.Kind})
			continue
		}
		toks = append(toks, tok)
	}
	require.Greater(t, len(toks), len(tx.Tokens))
	refined := *tx
	refined.Tokens = toks
	got := ref2017.FindText(&refined)
	require.Len(t, got, 1)
	assert.Equal(t, "صباح اليوم", got[0].Text)
	assert.Equal(t, "2017-07-10", got[0].ISO())
	// Without the split the glued word hides صباح.
	plain := ref2017.FindText(tx)
	require.Len(t, plain, 1)
	assert.Equal(t, "اليوم", plain[0].Text)
}
