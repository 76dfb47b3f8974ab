package naba_test

import (
	"context"
	"fmt"

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
