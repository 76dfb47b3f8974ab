package naba_test

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/nabanlp/naba"
)

func ExampleExtractor_Extract() {
	page := "زيارة وزير إلى حلبنقابة المهندسين تنتخب رئيساً جديداًأمطار في دمشق\n\n" +
		"وفد حكومي يزور ميناء طرطوس\n\n" +
		"طرطوس (سانا) - زار وفد حكومي ميناء طرطوس صباح اليوم.\n\n" +
		"اترك تعليقاً\n"
	x, err := naba.New(naba.Options{})
	if err != nil {
		panic(err)
	}
	doc, err := x.Extract(context.Background(), page, naba.ExtractOptions{})
	if err != nil {
		panic(err)
	}
	for _, s := range doc.Sections {
		fmt.Printf("%s %s: %s\n", s.Kind, s.Role, doc.Source()[s.Start:s.End])
	}
	// Output:
	// ticker : زيارة وزير إلى حلبنقابة المهندسين تنتخب رئيساً جديداًأمطار في دمشق
	// headline : زيارة وزير إلى حلب
	// headline : نقابة المهندسين تنتخب رئيساً جديداً
	// headline : أمطار في دمشق
	// title : وفد حكومي يزور ميناء طرطوس
	// dateline : طرطوس (سانا) -
	// paragraph : زار وفد حكومي ميناء طرطوس صباح اليوم.
	// boilerplate comment: اترك تعليقاً
}

func ExampleDocument_MarshalJSON() {
	doc, err := naba.Extract(context.Background(), "عنوان\n\nنص الخبر.\n", naba.ExtractOptions{Path: "a.txt"})
	if err != nil {
		panic(err)
	}
	b, _ := doc.MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// {"doc":{"path":"a.txt","ref_date":null,"inferred_date":null},"sections":[{"kind":"title","start":0,"end":5},{"kind":"paragraph","start":7,"end":16}],"mentions":[],"entities":[],"dates":[],"events":[],"splits":[]}
}

func ExampleExtract() {
	page := "عنوان الخبر\n\nالرياض 12 رمضان 1438 هـ الموافق 7 يونيو 2017 م واس\nأعلنت الوزارة اليوم نتائج الاجتماع الذي عقد في ٢٨ أيار الماضي."
	doc, err := naba.Extract(context.Background(), page, naba.ExtractOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println("document date:", doc.Doc.InferredDate.Value, "from the", doc.Doc.InferredDate.Method)
	for _, d := range doc.Dates {
		fmt.Printf("%s → %s\n", d.Text, d.Value)
	}
	// Output:
	// document date: 2017-06-07 from the dateline
	// 12 رمضان 1438 هـ الموافق 7 يونيو 2017 م → 2017-06-07
	// اليوم → 2017-06-07
	// ٢٨ أيار الماضي → 2017-05-28
}

// A program reading a stream of documents gives each worker goroutine
// its own Session.
func ExampleExtractor_NewSession() {
	x, err := naba.New(naba.Options{})
	if err != nil {
		panic(err)
	}
	sess := x.NewSession() // one per goroutine
	for _, text := range []string{"وصل وزير الخارجية المصري إلى دمشق.", "غادر الوفد دمشق إلى القاهرة."} {
		doc, err := sess.Extract(context.Background(), text, naba.ExtractOptions{})
		if err != nil {
			panic(err)
		}
		for _, m := range doc.Mentions {
			fmt.Println(m.Label, m.Text)
		}
	}
	// Output:
	// LOC دمشق
	// LOC دمشق
	// LOC القاهرة
}

func ExampleDocument_AppendJSON() {
	x, err := naba.New(naba.Options{})
	if err != nil {
		panic(err)
	}
	var buf []byte // reused for every document of a stream
	for _, text := range []string{"عنوان\n\nنص الخبر.\n", "عنوان آخر\n"} {
		doc, err := x.Extract(context.Background(), text, naba.ExtractOptions{})
		if err != nil {
			panic(err)
		}
		buf = append(doc.AppendJSON(buf[:0]), '\n') // one JSON line per document
		fmt.Print(string(buf))
	}
	// Output:
	// {"doc":{"path":"","ref_date":null,"inferred_date":null},"sections":[{"kind":"title","start":0,"end":5},{"kind":"paragraph","start":7,"end":16}],"mentions":[],"entities":[],"dates":[],"events":[],"splits":[]}
	// {"doc":{"path":"","ref_date":null,"inferred_date":null},"sections":[{"kind":"paragraph","start":0,"end":9}],"mentions":[],"entities":[],"dates":[],"events":[],"splits":[]}
}

func ExampleNew() {
	// Build one Extractor and share it: it is safe for concurrent use.
	x, err := naba.New(naba.Options{})
	if err != nil {
		panic(err)
	}
	text := "القاهرة - التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري في القاهرة أمس."
	doc, err := x.Extract(context.Background(), text, naba.ExtractOptions{RefDate: time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, m := range doc.Mentions {
		fmt.Println(m.Label, m.Entity, text[m.Start:m.End])
	}
	for _, d := range doc.Dates {
		fmt.Println(d.Text, d.Value)
	}
	for _, e := range doc.Events {
		fmt.Println(e.Type, e.Status, e.Trigger.Text)
		for _, a := range e.Arguments {
			if a.Role == "time" {
				fmt.Println("  ", a.Role, doc.Dates[a.Date].Text, a.Value)
			} else {
				fmt.Println("  ", a.Role, a.Text, a.Entity)
			}
		}
	}
	// Output:
	// LOC e1 القاهرة
	// PER e2 عبد الفتاح السيسي
	// PER e3 جون كيري
	// LOC e1 القاهرة
	// أمس 2015-08-01
	// meet past التقى
	//    participant عبد الفتاح السيسي e2
	//    participant جون كيري e3
	//    place القاهرة e1
	//    time أمس 2015-08-01
}

func ExampleSession_Extract() {
	x, err := naba.New(naba.Options{})
	if err != nil {
		panic(err)
	}
	texts := []string{
		"وصل وزير الخارجية المصري إلى دمشق.",
		"غادر الوفد دمشق إلى القاهرة.",
		"التقى الرئيس السوري بشار الأسد الوفد في دمشق.",
	}
	// Each worker goroutine reads its documents through its own Session;
	// the Extractor behind them is shared.
	jobs := make(chan int)
	places := make([]int, len(texts))
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			sess := x.NewSession()
			for i := range jobs {
				doc, err := sess.Extract(context.Background(), texts[i], naba.ExtractOptions{})
				if err != nil {
					panic(err)
				}
				for _, m := range doc.Mentions {
					if m.Label == naba.LOC {
						places[i]++
					}
				}
			}
		})
	}
	for i := range texts {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println(places)
	// Output: [1 2 1]
}

func ExampleDocument_Source() {
	// With ReplaceInvalidUTF8, spans index the repaired text that Source
	// returns, not the bytes passed in.
	doc, err := naba.Extract(context.Background(), "زار الوفد\xff دمشق.", naba.ExtractOptions{ReplaceInvalidUTF8: true})
	if err != nil {
		panic(err)
	}
	for _, m := range doc.Mentions {
		fmt.Printf("%s %q [%d:%d]\n", m.Label, doc.Source()[m.Start:m.End], m.Start, m.End)
	}
	fmt.Printf("%q\n", doc.Source())
	// Output:
	// LOC "دمشق" [21:29]
	// "زار الوفد� دمشق."
}

func ExampleDocument_SectionAt() {
	text := "وفد حكومي يزور ميناء طرطوس\n\nطرطوس (سانا) - زار وفد حكومي ميناء طرطوس صباح اليوم.\n"
	doc, err := naba.Extract(context.Background(), text, naba.ExtractOptions{})
	if err != nil {
		panic(err)
	}
	for _, m := range doc.Mentions {
		i := doc.SectionAt(m.Start, m.End) // the same as m.Section
		fmt.Println(m.Label, m.Text, m.Start, i, doc.Sections[i].Kind)
	}
	// The blank line after the title lies in no section.
	title := len("وفد حكومي يزور ميناء طرطوس")
	fmt.Println(doc.SectionAt(title, title+2))
	// Output:
	// LOC طرطوس 38 0 title
	// LOC طرطوس 50 1 dateline
	// ORG سانا 62 1 dateline
	// LOC طرطوس 110 2 paragraph
	// -1
}

func ExampleSection_Area() {
	page := "زيارة وزير إلى حلبنقابة المهندسين تنتخب رئيساً جديداًأمطار في دمشق\n\n" +
		"وفد حكومي يزور ميناء طرطوس\n\n" +
		"طرطوس (سانا) - زار وفد حكومي ميناء طرطوس صباح اليوم.\n\n" +
		"المصدر: سانا\n\n" +
		"اترك تعليقاً\n"
	doc, err := naba.Extract(context.Background(), page, naba.ExtractOptions{})
	if err != nil {
		panic(err)
	}
	for _, s := range doc.Sections {
		fmt.Printf("%s → %s\n", s.Kind, s.Area())
	}
	// Output:
	// ticker → ticker
	// headline → ticker
	// headline → ticker
	// headline → ticker
	// title → title
	// dateline → body
	// paragraph → body
	// source → source
	// boilerplate → boilerplate
}

func ExampleDocument_Text() {
	// Text is the analysis the stages shared: the Search normalization
	// with its offset map, and the tokens after glued-word repair.
	doc, err := naba.Extract(context.Background(), "أعلنت الوزارةالمصرية نتائج الاجتماع", naba.ExtractOptions{})
	if err != nil {
		panic(err)
	}
	t := doc.Text()
	fmt.Println(t.Norm)
	for i := range t.Tokens {
		s, e := t.TokenSource(i)
		fmt.Printf("%s|", t.Source[s:e])
	}
	fmt.Println()
	for _, s := range doc.Splits {
		fmt.Println(s.At, s.Cue)
	}
	// Output:
	// اعلنت الوزارهالمصريه نتايج الاجتماع
	// أعلنت|الوزارة|المصرية|نتائج|الاجتماع|
	// 25 teh-marbuta
}

func ExampleDocument_String() {
	doc, err := naba.Extract(context.Background(), "وصل وزير الخارجية المصري إلى دمشق أمس.", naba.ExtractOptions{Path: "a.txt"})
	if err != nil {
		panic(err)
	}
	fmt.Println(doc)
	// Output: Document{"a.txt": 1 sections, 1 mentions, 1 entities, 1 dates, 1 events}
}
