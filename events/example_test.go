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

func ExampleFinder_AppendTriggers() {
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

func ExampleDefault() {
	// The embedded lexicon, built once on first use and shared. Spans are
	// in the Text's Norm; SourceSpan maps them to the input.
	src := "وصل وزير الخارجية إلى أنقرة، واجتمع بنظيره التركي، فيما قُتل ثلاثة جنود في انفجار."
	tx := normalize.MustNew(normalize.Search).Analyze(src)
	for _, tr := range events.Default().Find(tx, 0, len(tx.Tokens)) {
		start, end := tx.SourceSpan(tr.Start, tr.End)
		fmt.Printf("%s %s %s %q\n", src[start:end], tr.Type, tr.POS, tr.Proclitic)
	}
	// Output:
	// وصل visit perfect ""
	// اجتمع meet perfect "و"
	// قُتل death perfect ""
	// انفجار attack noun ""
}

func ExampleParse() {
	// A lexicon of one's own, in the format of the embedded list.
	lex, err := events.Parse(`
# Sports results
@match -
pv فاز هزم
n مباراة
iv يواجه
`)
	if err != nil {
		panic(err)
	}
	src := "فاز الوحدة على الجيش، وسيواجه الاتحاد في مباراة الأحد"
	tx := normalize.MustNew(normalize.Search).Analyze(src)
	for _, tr := range lex.Find(tx, 0, len(tx.Tokens)) {
		start, end := tx.SourceSpan(tr.Start, tr.End)
		fmt.Println(src[start:end], tr.Type, tr.POS, tr.Lemma, tr.Future())
	}
	_, err = events.Parse("@meet 04\nxx لقاء\n")
	fmt.Println(err)
	// Output:
	// فاز match perfect فاز false
	// يواجه match imperfect يواجه true
	// مباراة match noun مباراة false
	// line 2: unknown part of speech "xx"
}

func ExampleLexicon_Match() {
	// Proclitics and the article are split off; an ambiguous word must
	// pass its context check (بحث: discussed, or research).
	src := "وبحث الوزيران التعاون، وصدر بحث علمي عن الزيارات"
	tx := normalize.MustNew(normalize.Search).Analyze(src)
	for i := range tx.Tokens {
		if tr, ok := events.Default().Match(tx, i); ok {
			start, end := tx.SourceSpan(tr.Start, tr.End)
			fmt.Printf("%d %s %s %s %q %v\n", i, src[start:end], tr.Type, tr.Lemma, tr.Proclitic, tr.Article)
		}
	}
	// Output:
	// 0 بحث meet بحث "و" false
	// 8 الزيارات visit زيارة "" true
}

func ExampleLexicon_AppendTriggers() {
	// One slice serves sentence after sentence.
	tx := normalize.MustNew(normalize.Search).Analyze("اعتقلت الشرطة ثلاثة صحفيين. ثم أفرجت عنهم مساء.")
	var trs []events.Trigger
	for _, s := range tx.Sentences {
		trs = events.Default().AppendTriggers(trs[:0], tx, s.First, s.Last)
		for _, tr := range trs {
			fmt.Println(tr.Type, tx.Norm[tr.Start:tr.End])
		}
	}
	// Output:
	// arrest اعتقلت
	// release افرجت
}

func ExampleLexicon_AppendTriggersWords() {
	// A caller that reads the words many times folds them once.
	tx := normalize.MustNew(normalize.Search).Analyze("اتصل الرئيس هاتفيا بنظيره، ثم وقع الجانبان اتفاقية")
	words := events.AppendWords(nil, tx)
	for _, tr := range events.Default().AppendTriggersWords(nil, tx, words, 0, len(tx.Tokens)) {
		fmt.Println(tr.Type, words[tr.First:tr.Last], events.StatusWords(tx, words, tr, 0, len(tx.Tokens)))
	}
	// Output:
	// contact [اتصل] past
	// agreement [وقع] past
	// agreement [اتفاقيه] past
}

func ExampleLexicon_NewFinder() {
	// A worker keeps one Finder for its stream of texts: each distinct
	// word is split once.
	n := normalize.MustNew(normalize.Search)
	f := events.Default().NewFinder()
	var words []string
	var trs []events.Trigger
	for _, src := range []string{"تظاهر المئات في عمان", "وتظاهر آخرون في إربد"} {
		tx := n.Analyze(src)
		words = events.AppendSearchWords(words[:0], tx)
		trs = f.AppendTriggers(trs[:0], tx, words, 0, len(tx.Tokens))
		for _, tr := range trs {
			start, end := tx.SourceSpan(tr.Start, tr.End)
			fmt.Printf("%s %s %q\n", src[start:end], tr.Type, tr.Proclitic)
		}
	}
	// Output:
	// تظاهر protest ""
	// تظاهر protest "و"
}

func ExampleLexicon_AppendTails() {
	// The tails are a quick no: where a word has no TriggerTail, no
	// trigger begins; without TitleTail, no title.
	tx := normalize.MustNew(normalize.Search).Analyze("التقى الرئيس وفدا")
	words := events.AppendWords(nil, tx)
	tails := events.Default().AppendTails(nil, words)
	for i, w := range words {
		fmt.Println(w, tails[i]&events.TriggerTail != 0, tails[i]&events.TitleTail != 0)
	}
	// Output:
	// التقي true false
	// الرييس false true
	// وفدا false false
}

func ExampleFinder_AppendTriggersTails() {
	tx := normalize.MustNew(normalize.Search).Analyze("أعلنت الحكومة إطلاق سراح المعتقلين")
	lex := events.Default()
	words := events.AppendWords(nil, tx)
	tails := lex.AppendTails(nil, words)
	for _, tr := range lex.NewFinder().AppendTriggersTails(nil, tx, words, tails, 0, len(tx.Tokens)) {
		fmt.Println(tr.Type, words[tr.First:tr.Last])
	}
	// Output:
	// statement [اعلنت]
	// release [اطلاق سراح]
}

func ExampleAppendWords() {
	// The folded word of each token, "" for what is not an Arabic word.
	tx := normalize.MustNew(normalize.Display).Analyze("التقى الرئيسُ 3 وزراء، أمس")
	fmt.Printf("%q\n", events.AppendWords(nil, tx))
	// Output: ["التقي" "الرييس" "" "وزراء" "" "امس"]
}

func ExampleAppendSearchWords() {
	// On a Search-normalized text, the words are taken as they are.
	tx := normalize.MustNew(normalize.Search).Analyze("التقى الرئيسُ 3 وزراء، أمس")
	fmt.Printf("%q\n", events.AppendSearchWords(nil, tx))
	// Output: ["التقي" "الرييس" "" "وزراء" "" "امس"]
}

func ExampleStatus() {
	n := normalize.MustNew(normalize.Search)
	for _, src := range []string{
		"زار الوزير دمشق",
		"سيزور الوزير دمشق",
		"من المقرر أن يزور الوزير دمشق",
		"لم يلتق الوزير نظيره",
		"نفى الوزير زيارة دمشق",
		"يزور الوزير دمشق",
	} {
		tx := n.Analyze(src)
		for _, tr := range events.Default().Find(tx, 0, len(tx.Tokens)) {
			fmt.Printf("%s: %s → %s\n", src, tx.Norm[tr.Start:tr.End], events.Status(tx, tr, 0, len(tx.Tokens)))
		}
	}
	// Output:
	// زار الوزير دمشق: زار → past
	// سيزور الوزير دمشق: يزور → planned
	// من المقرر أن يزور الوزير دمشق: يزور → planned
	// لم يلتق الوزير نظيره: يلتق → negated
	// نفى الوزير زيارة دمشق: نفي → past
	// نفى الوزير زيارة دمشق: زياره → negated
	// يزور الوزير دمشق: يزور → ongoing
}

func ExampleTrigger_Future() {
	tx := normalize.MustNew(normalize.Search).Analyze("سيلتقي الوزير نظيره، ويلتقي غدا وفدا")
	for _, tr := range events.Default().Find(tx, 0, len(tx.Tokens)) {
		fmt.Println(tx.Norm[tr.Start:tr.End], tr.POS, tr.Future())
	}
	// Output:
	// يلتقي imperfect true
	// يلتقي imperfect false
}

func ExampleTitleAt() {
	tx := normalize.MustNew(normalize.Search).Analyze("قال المتحدث باسم الخارجية إن وزير الدفاع سيزور باريس")
	for i := 0; i < len(tx.Tokens); i++ {
		if next, ok := events.TitleAt(tx, i, len(tx.Tokens)); ok {
			start, _ := tx.TokenSource(i)
			_, end := tx.TokenSource(next - 1)
			fmt.Println(i, next, tx.Source[start:end])
			i = next - 1
		}
	}
	// Output:
	// 1 3 المتحدث باسم
	// 5 7 وزير الدفاع
}

func ExampleTitleProclitic() {
	// A title after ب or ل is no subject: اتصل بوزير الخارجية.
	tx := normalize.MustNew(normalize.Search).Analyze("اتصل بوزير الخارجية ثم ولرئيس الوزراء")
	for _, i := range []int{1, 4} {
		next, proclitic, ok := events.TitleProclitic(tx, i, len(tx.Tokens))
		fmt.Printf("%d %q %v\n", next, proclitic, ok)
	}
	// Output:
	// 3 "ب" true
	// 6 "ول" true
}

func ExampleIsNisba() {
	// It goes by the form of the word: الخارجية (foreign affairs) looks
	// like one too.
	for _, w := range []string{"السوري", "المصرية", "الأممي", "الخارجية", "سوري"} {
		fmt.Println(w, events.IsNisba(w))
	}
	// Output:
	// السوري true
	// المصرية true
	// الأممي true
	// الخارجية true
	// سوري false
}

func ExampleStatusWords() {
	// Status, with the words folded once for every trigger of the text.
	tx := normalize.MustNew(normalize.Search).Analyze("لن يشارك الوفد في المؤتمر المقبل، بعد اجتماع أمس")
	words := events.AppendWords(nil, tx)
	for _, tr := range events.Default().AppendTriggersWords(nil, tx, words, 0, len(tx.Tokens)) {
		fmt.Println(words[tr.First], events.StatusWords(tx, words, tr, 0, len(tx.Tokens)))
	}
	// Output:
	// الموتمر planned
	// اجتماع past
}

func ExampleTitleProcliticWords() {
	tx := normalize.MustNew(normalize.Search).Analyze("وقال وزير الخارجية إنه اتصل بالأمين العام")
	words := events.AppendWords(nil, tx)
	for i := range tx.Tokens {
		if next, proclitic, ok := events.TitleProcliticWords(tx, words, i, len(tx.Tokens)); ok {
			fmt.Printf("%v %q\n", words[i:next], proclitic)
		}
	}
	// Output:
	// [وزير الخارجيه] ""
	// [بالامين العام] "ب"
}

func ExampleIsUnderFireVerb() {
	// Words as AppendWords gives them (folded, Search preset).
	for _, w := range []string{"تعرضت", "وتعرض", "يتعرض", "عرض"} {
		fmt.Println(w, events.IsUnderFireVerb(w))
	}
	// Output:
	// تعرضت true
	// وتعرض true
	// يتعرض true
	// عرض false
}
