package events_test

import (
	"fmt"

	"github.com/nabanlp/naba/events"
	"github.com/nabanlp/naba/normalize"
)

func ExampleLexicon_Find() {
	n := normalize.MustNew(normalize.Search)
	tx := n.Analyze("وسيلتقي الوزير نظيره غداً، بعد انفجار أدى إلى إصابة تسعة مدنيين.")
	for _, tr := range events.Default().Find(tx, 0, len(tx.Tokens)) {
		fmt.Println(tr.Type, tr.CAMEO, tx.Norm[tr.Start:tr.End], events.Status(tx, tr, 0, len(tx.Tokens)))
	}
	// Output:
	// meet 04 يلتقي planned
	// attack 18 انفجار past
	// injury  اصابه past
}

func ExampleNumber() {
	n := normalize.MustNew(normalize.Search)
	tx := n.Analyze("خمسة وعشرون جريحاً")
	count, next, ok := events.Number(tx, 0, len(tx.Tokens))
	fmt.Println(count, next, ok)
	// Output:
	// 25 2 true
}

func ExampleCAMEO() {
	for _, t := range []string{events.Meet, events.Visit, events.Attack, events.Arrest} {
		fmt.Printf("%s %q\n", t, events.CAMEO(t))
	}
	// Output:
	// meet "04"
	// visit "042"
	// attack "18"
	// arrest ""
}

func ExampleFinder() {
	n := normalize.MustNew(normalize.Search)
	f := events.Default().NewFinder() // one per goroutine, kept for the next texts
	for _, s := range []string{"التقى الرئيس نظيره في برلين", "وعقد الوزيران اجتماعاً مطولاً"} {
		tx := n.Analyze(s)
		words := events.AppendWords(nil, tx) // the folded words, once per text
		for _, tr := range f.AppendTriggers(nil, tx, words, 0, len(tx.Tokens)) {
			fmt.Println(tr.Type, tx.Norm[tr.Start:tr.End], events.StatusWords(tx, words, tr, 0, len(tx.Tokens)))
		}
	}
	// Output:
	// meet التقي past
	// meet اجتماعا past
}

func ExampleAppendTitleStarts() {
	n := normalize.MustNew(normalize.Search)
	tx := n.Analyze("قال وزير الخارجية المصري إن الاجتماع انتهى")
	words := events.AppendWords(nil, tx)
	may := events.AppendTitleStarts(nil, words)
	for k := range tx.Tokens {
		if !may[k] {
			continue // no title begins here
		}
		if next, _, ok := events.TitleProcliticWords(tx, words, k, len(tx.Tokens)); ok {
			fmt.Println(words[k:next])
		}
	}
	// Output:
	// [وزير الخارجيه]
}
