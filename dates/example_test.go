package dates_test

import (
	"fmt"
	"time"

	"github.com/nabanlp/naba/dates"
	"github.com/nabanlp/naba/normalize"
)

func ExampleParser_Find() {
	p := dates.MustNew(dates.Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	text := "التقى الحكيم صباح اليوم مدير الدفاع المدني، بعد ورشة أقيمت بتاريخ ٢٨ حزيران الماضي، " +
		"قبل مؤتمر سينعقد بين الفترة الممتدة من ١٩ حتى ٢١ أيلول القادم."
	for _, d := range p.Find(text) {
		fmt.Printf("%s → %s (%s)\n", d.Text, d.ISO(), d.Grain)
	}
	// Output:
	// صباح اليوم → 2017-07-10 (day)
	// ٢٨ حزيران الماضي → 2017-06-28 (day)
	// من ١٩ حتى ٢١ أيلول القادم → 2017-09-19/2017-09-21 (day)
}

func ExampleParser_FindText() {
	// The pipeline normalizes once and hands the analyzed text on.
	src := "وصل الوفد أمس الأحد بعد جولة بدأت في ٢٠ أيار ٢٠١٧"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	p := dates.MustNew(dates.Options{Reference: time.Date(2017, 5, 29, 0, 0, 0, 0, time.UTC)})
	for _, d := range p.FindText(t) {
		fmt.Println(src[d.Start:d.End], d.ISO(), d.Relative)
	}
	// Output:
	// أمس الأحد 2017-05-28 true
	// ٢٠ أيار ٢٠١٧ 2017-05-20 false
}

func ExampleParser_AppendText() {
	// One slice holds the dates of text after text; the texts come from a
	// Search normalizer, so the parser may take their words as folded.
	n := normalize.MustNew(normalize.Search)
	p := dates.MustNew(dates.Options{Reference: time.Date(2017, 5, 29, 0, 0, 0, 0, time.UTC)})
	var ds []dates.Date
	for _, src := range []string{"وصل الوفد أمس الأحد", "بدأت الجولة في ٢٠ أيار ٢٠١٧"} {
		ds = p.AppendText(ds[:0], n.Analyze(src), true)
		for _, d := range ds {
			fmt.Println(d.Text, d.ISO())
		}
	}
	// Output:
	// أمس الأحد 2017-05-28
	// ٢٠ أيار ٢٠١٧ 2017-05-20
}

func ExampleNew() {
	// Without a reference date nothing is invented: the year stays unknown.
	p, err := dates.New(dates.Options{})
	if err != nil {
		panic(err)
	}
	d := p.Find("عقد الاجتماع في ٢٨ حزيران الماضي")[0]
	fmt.Println(d.ISO(), d.Resolved, d.Direction, d.Written)
	// Output: XXXX-06-28 false past {0 6 28}
}

func ExampleParser_WithReference() {
	base := dates.MustNew(dates.Options{YearPolicy: dates.PastUnlessFuture})
	for _, ref := range []string{"2017-07-10", "2018-03-01"} {
		r, _ := time.Parse(time.DateOnly, ref)
		d := base.WithReference(r).Find("الأسبوع الماضي")[0]
		fmt.Println(ref, d.ISO(), d.Week())
	}
	// Output:
	// 2017-07-10 2017-07-03/2017-07-09 2017-W27
	// 2018-03-01 2018-02-19/2018-02-25 2018-W08
}

func ExampleDate_ISO() {
	p := dates.MustNew(dates.Options{Reference: time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC)})
	for _, d := range p.Find("صدر في ٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م، وفي رمضان ١٤٣٦، وعام ٢٠١٤، وبين عامي 2011 و2013") {
		fmt.Println(d.ISO(), d.Calendar, d.Grain)
	}
	// Output:
	// 2015-08-11 hijri day
	// 2015-06-18/2015-07-16 hijri month
	// 2014 gregorian year
	// 2011/2013 gregorian year
}

func ExampleDate_Week() {
	p := dates.MustNew(dates.Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	for _, d := range p.Find("عقد الاجتماع الأسبوع الماضي، وسيعقد التالي في الأسبوع الأول من أكتوبر") {
		fmt.Println(d.Text, d.ISO(), d.Week())
	}
	// Output:
	// الأسبوع الماضي 2017-07-03/2017-07-09 2017-W27
	// الأسبوع الأول من أكتوبر 2017-10-02/2017-10-08 2017-W40
}

func ExampleMustNew() {
	// MustNew suits options written in the program; New reports an
	// unknown policy or calendar as an error instead.
	p := dates.MustNew(dates.Options{Reference: time.Date(2017, 6, 7, 0, 0, 0, 0, time.UTC)})
	for _, d := range p.Find("وصل الوفد أمس، وسيغادر يوم الأحد المقبل") {
		fmt.Println(d.Text, d.ISO())
	}
	_, err := dates.New(dates.Options{YearPolicy: 99})
	fmt.Println(err)
	// Output:
	// أمس 2017-06-06
	// يوم الأحد المقبل 2017-06-11
	// dates: unknown year policy 99
}

func ExampleSpanStyle() {
	// The default spans keep the noun يوم before a weekday or a day and
	// month, without its proclitic; RecognizersSpans leaves it out, as
	// the Recognizers-Text suite marks dates. The values are the same.
	ref := time.Date(2019, 6, 20, 0, 0, 0, 0, time.UTC)
	const text = "سيعقد الاجتماع يوم الأحد المقبل، بعد أن أرجئ بيوم 28 حزيران الماضي."
	for _, spans := range []dates.SpanStyle{dates.NewsSpans, dates.RecognizersSpans} {
		for _, d := range dates.MustNew(dates.Options{Reference: ref, Spans: spans}).Find(text) {
			fmt.Printf("%q %s\n", d.Text, d.ISO())
		}
	}
	// Output:
	// "يوم الأحد المقبل" 2019-06-23
	// "يوم 28 حزيران الماضي" 2018-06-28
	// "الأحد المقبل" 2019-06-23
	// "28 حزيران الماضي" 2018-06-28
}

func ExampleParser_Reference() {
	// Only the calendar day of the reference counts, taken in
	// Options.Location when it is set.
	ref := time.Date(2017, 6, 6, 22, 30, 0, 0, time.UTC)
	riyadh := time.FixedZone("AST", 3*60*60)
	for _, p := range []*dates.Parser{
		dates.MustNew(dates.Options{}),
		dates.MustNew(dates.Options{Reference: ref}),
		dates.MustNew(dates.Options{Reference: ref, Location: riyadh}),
	} {
		r, ok := p.Reference()
		fmt.Println(r.Format(time.DateOnly), ok)
	}
	// Output:
	// 0001-01-01 false
	// 2017-06-06 true
	// 2017-06-07 true
}

func ExampleParser_Options() {
	p := dates.MustNew(dates.Options{Calendar: dates.Hijri})
	q := p.WithReference(time.Date(2015, 8, 11, 0, 0, 0, 0, time.UTC))
	fmt.Println(q.Options().Calendar, q.Options().Reference.Format(time.DateOnly))
	// Output: hijri 2015-08-11
}

func ExampleFields_IsZero() {
	p := dates.MustNew(dates.Options{Reference: time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC)})
	for _, d := range p.Find("صدر في ٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م، ثم في ٢٠ أغسطس") {
		fmt.Println(d.Text, "|", d.Written, d.Written.IsZero(), "|", d.WrittenHijri, d.WrittenHijri.IsZero())
	}
	// Output:
	// ٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م | {2015 8 11} false | {1436 10 26} false
	// ٢٠ أغسطس | {0 8 20} false | {0 0 0} true
}

func ExampleDate_String() {
	p := dates.MustNew(dates.Options{})
	fmt.Println(p.Find("في ٢٨ حزيران الماضي")[0])
	// Output: "٢٨ حزيران الماضي" [5:35] XXXX-06-28 day
}
