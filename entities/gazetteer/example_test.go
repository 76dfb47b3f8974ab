package gazetteer_test

import (
	"fmt"
	"testing/fstest"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/normalize"
)

func Example() {
	src := "وصل وزير الخارجية إلى دمشق قادماً من للائتلاف الوطني في اسطنبول"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	g := gazetteer.Default()
	for _, m := range g.Matches(t, 0, len(t.Tokens), gazetteer.NameKinds) {
		start, end := t.SourceSpan(m.NormStart, m.NormEnd)
		fmt.Printf("%s %s (%s)\n", m.Entry.Kind.Label(), src[start:end], m.Entry.Name)
	}
	// Output:
	// LOC دمشق (دمشق)
	// ORG لائتلاف الوطني (الائتلاف الوطني لقوى الثورة والمعارضة السورية)
	// LOC اسطنبول (إسطنبول)
}

func ExampleGazetteer_Lookup() {
	for _, e := range gazetteer.Default().Lookup("سورية") {
		fmt.Println(e.Kind, e.Name)
	}
	// Output:
	// place سوريا
	// nationality سوري
}

func ExampleScan_AppendTags() {
	t := normalize.MustNew(normalize.Search).Analyze("الرئيس الروسي فلاديمير بوتين")
	tags := gazetteer.Default().Scan(t).AppendTags(nil)
	for i, tag := range tags {
		fmt.Println(t.TokenText(i), tag)
	}
	// Output:
	// الرييس B-title
	// الروسي B-nationality
	// فلاديمير B-person B-given-name
	// بوتين I-person B-family-name
}

func ExampleScan_May() {
	t := normalize.MustNew(normalize.Search).Analyze("وصل الرئيس إلى دمشق")
	s := gazetteer.Default().Scan(t)
	places := gazetteer.SetOf(gazetteer.Place)
	for i := range t.Tokens {
		// May is a quick no: where it says false, Longest finds nothing.
		fmt.Println(t.TokenText(i), s.May(i, places))
	}
	// Output:
	// وصل false
	// الرييس false
	// الي false
	// دمشق true
}

func ExampleDefault() {
	// Default is built once, on first use, and shared. Lookups take any
	// spelling; the first word may carry proclitics.
	g := gazetteer.Default()
	for _, phrase := range []string{"الإمارات العربية المتحدة", "والامارات", "الخوذ البيضاء"} {
		for _, e := range g.Lookup(phrase) {
			fmt.Printf("%s → %s %s (%s)\n", phrase, e.Kind.Label(), e.Name, e.Kind)
		}
	}
	// Output:
	// الإمارات العربية المتحدة → LOC الإمارات (place)
	// والامارات → LOC الإمارات (place)
	// والامارات → ORG الإمارات (org)
	// الخوذ البيضاء → ORG الدفاع المدني السوري (org)
}

func ExampleNew() {
	// A program with lists of its own builds its gazetteer from a folder
	// of list files (here in memory): "@kind" says what the lines after
	// it are, a line is a canonical name and its aliases.
	lists := fstest.MapFS{
		"lists/clubs.txt": {Data: []byte("# Football clubs\n@kind org\nالوحدة الدمشقي | نادي الوحدة\nالاتحاد السكندري\n")},
		"lists/towns.txt": {Data: []byte("@kind place\nالقرداحة\n")},
	}
	g, err := gazetteer.New(lists, "lists")
	if err != nil {
		panic(err)
	}
	fmt.Println(g.Count(gazetteer.Org), g.Count(gazetteer.Place), g.Count(gazetteer.Person))
	src := "فاز نادي الوحدة على الاتحاد السكندري في القرداحة"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	for _, m := range g.Matches(t, 0, len(t.Tokens), gazetteer.NameKinds) {
		start, end := t.SourceSpan(m.NormStart, m.NormEnd)
		fmt.Printf("%s %s → %s\n", m.Entry.Kind.Label(), src[start:end], m.Entry.Name)
	}
	// Output:
	// 3 1 0
	// ORG نادي الوحدة → الوحدة الدمشقي
	// ORG الاتحاد السكندري → الاتحاد السكندري
	// LOC القرداحة → القرداحة
}

func ExampleGazetteer_Count() {
	// Every alias counts as a phrase.
	lists := fstest.MapFS{"l/a.txt": {Data: []byte("@kind place\nسوريا | سورية | الجمهورية العربية السورية\n")}}
	g, err := gazetteer.New(lists, "l")
	if err != nil {
		panic(err)
	}
	fmt.Println(g.Count(gazetteer.Place), gazetteer.Default().Count(gazetteer.Place) > 1000)
	// Output: 3 true
}

func ExampleGazetteer_Matches() {
	// The kinds asked for decide what is found: the cue kinds too.
	src := "قال وزير الخارجية السعودي عادل الجبير في الرياض"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	g := gazetteer.Default()
	for _, kinds := range []gazetteer.KindSet{gazetteer.NameKinds, gazetteer.SetOf(gazetteer.Title, gazetteer.Nationality)} {
		for _, m := range g.Matches(t, 0, len(t.Tokens), kinds) {
			start, end := t.SourceSpan(m.NormStart, m.NormEnd)
			fmt.Printf("%s [tokens %d:%d] %s\n", m.Entry.Kind, m.Start, m.End, src[start:end])
		}
	}
	// Output:
	// person [tokens 4:6] عادل الجبير
	// place [tokens 7:8] الرياض
	// title [tokens 1:3] وزير الخارجية
	// nationality [tokens 3:4] السعودي
}

func ExampleGazetteer_Tags() {
	t := normalize.MustNew(normalize.Search).Analyze("نقابة أطباء سوريا في دمشق")
	for i, tags := range gazetteer.Default().Tags(t) {
		fmt.Println(t.TokenText(i), tags)
	}
	// Output:
	// نقابه B-org-head
	// اطباء O
	// سوريا B-place B-nationality
	// في O
	// دمشق B-place
}

func ExampleGazetteer_Scan() {
	// A Scan keys the tokens once for many lookups.
	t := normalize.MustNew(normalize.Search).Analyze("وصل وزير الخارجية إلى بغداد")
	s := gazetteer.Default().Scan(t)
	for i := range t.Tokens {
		if m, ok := s.Longest(i, len(t.Tokens), gazetteer.AllKinds); ok {
			fmt.Println(i, m.End, m.Entry.Kind, m.Entry.Name)
		}
	}
	// Output:
	// 1 3 title وزير الخارجية
	// 4 5 place بغداد
}

func ExampleScan_Longest() {
	// The longest phrase wins; end bounds it; the first token may carry
	// proclitics.
	src := "وللائتلاف الوطني لقوى الثورة والمعارضة السورية"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	s := gazetteer.Default().Scan(t)
	for _, end := range []int{len(t.Tokens), 2} {
		m, ok := s.Longest(0, end, gazetteer.NameKinds)
		start, stop := t.SourceSpan(m.NormStart, m.NormEnd)
		fmt.Printf("%v [tokens %d:%d] stripped %v: %s → %s\n", ok, m.Start, m.End, m.Stripped, src[start:stop], m.Entry.Name)
	}
	// Output:
	// true [tokens 0:6] stripped true: لائتلاف الوطني لقوى الثورة والمعارضة السورية → الائتلاف الوطني لقوى الثورة والمعارضة السورية
	// true [tokens 0:2] stripped true: لائتلاف الوطني → الائتلاف الوطني لقوى الثورة والمعارضة السورية
}

func ExampleScan_AppendMatches() {
	// One slice serves sentence after sentence.
	t := normalize.MustNew(normalize.Search).Analyze("وصل الوفد إلى دمشق. ثم غادر إلى حلب وحمص.")
	s := gazetteer.Default().Scan(t)
	var ms []gazetteer.Match
	for _, sent := range t.Sentences {
		ms = s.AppendMatches(ms[:0], sent.First, sent.Last, gazetteer.SetOf(gazetteer.Place))
		for _, m := range ms {
			fmt.Print(t.Norm[m.NormStart:m.NormEnd], " ")
		}
		fmt.Println(len(ms))
	}
	// Output:
	// دمشق 1
	// حلب حمص 2
}

func ExampleScan_AppendTagsIn() {
	// Phrases never cross the ends of the range: المتحدة alone is in no
	// phrase.
	t := normalize.MustNew(normalize.Search).Analyze("الأمم المتحدة")
	s := gazetteer.Default().Scan(t)
	fmt.Println(s.AppendTags(nil))
	fmt.Println(s.AppendTagsIn(nil, 1, 2))
	// Output:
	// [B-org I-org]
	// [O]
}

func ExampleScan_Listed() {
	// فرحان is a listed given name: it is not ف + رحان. وسوريا as written
	// is listed nowhere: its lookups strip the و.
	t := normalize.MustNew(normalize.Search).Analyze("فرحان وسوريا")
	s := gazetteer.Default().Scan(t)
	for i := range t.Tokens {
		fmt.Println(t.TokenText(i), s.Listed(i))
	}
	// Output:
	// فرحان true
	// وسوريا false
}

func ExampleScan_Split() {
	// Tokens that cannot carry a proclitic have no split (ok is false):
	// they are their own stem.
	t := normalize.MustNew(normalize.Search).Analyze("وبالتالي بحمص فرحان دمشق")
	s := gazetteer.Default().Scan(t)
	for i := range t.Tokens {
		sp, ok := s.Split(i)
		fmt.Printf("%s: %q + %q %v\n", t.TokenText(i), sp.Proclitic, sp.Stem, ok)
	}
	// Output:
	// وبالتالي: "وب" + "التالي" true
	// بحمص: "ب" + "حمص" true
	// فرحان: "" + "فرحان" true
	// دمشق: "" + "" false
}

func ExampleScan_Reset() {
	// A worker keeps one Scan and resets it for each text; Remember makes
	// it keep what it computed for the words it has seen.
	g := gazetteer.Default()
	n := normalize.MustNew(normalize.Search)
	var s gazetteer.Scan
	s.Remember()
	for _, src := range []string{"وصل الوفد إلى دمشق", "غادر الوفد دمشق إلى عمان"} {
		t := n.Analyze(src)
		s.Reset(g, t)
		nums, _ := s.Words()
		fmt.Println(s.Gazetteer() == g, s.Text() == t, nums)
	}
	// Output:
	// true true [0 1 2 3]
	// true true [4 1 3 2 5]
}

func ExampleScan_Word() {
	// A remembering Scan numbers the token texts it has seen: a caller
	// can keep its own facts about a word under that number.
	n := normalize.MustNew(normalize.Search)
	s := gazetteer.Default().Scan(n.Analyze(""))
	s.Remember()
	facts := map[int32]string{}
	for _, src := range []string{"دمشق عاصمة سوريا", "زار دمشق"} {
		t := n.Analyze(src)
		s.Reset(gazetteer.Default(), t)
		for i := range t.Tokens {
			num, forgets := s.Word(i)
			if _, seen := facts[num]; seen {
				fmt.Println(t.TokenText(i), num, forgets, "seen before")
			}
			facts[num] = t.TokenText(i)
		}
	}
	// Output: دمشق 0 1 seen before
}

func ExampleTags() {
	t := normalize.MustNew(normalize.Search).Analyze("الرئيس بشار الأسد في الهلال")
	tags := gazetteer.Default().Tags(t)
	fmt.Println("token tags begin-person inside-person in-title weak-org")
	for i, tg := range tags {
		fmt.Println(t.TokenText(i), tg, tg.Begin(gazetteer.Person), tg.Inside(gazetteer.Person), tg.In(gazetteer.Title), tg.Weak(gazetteer.Org))
	}
	// Output:
	// token tags begin-person inside-person in-title weak-org
	// الرييس B-title false false true false
	// بشار B-person B-given-name true false false false
	// الاسد I-person B-family-name false true false false
	// في O false false false false
	// الهلال B-org(weak) false false false true
}

func ExampleKinds() {
	for _, k := range gazetteer.Kinds() {
		fmt.Printf("%s %q\n", k, k.Label())
	}
	// Output:
	// person "PER"
	// org "ORG"
	// place "LOC"
	// misc "MISC"
	// title ""
	// nationality ""
	// org-head ""
	// place-head ""
	// given-name ""
	// name-particle ""
	// family-name ""
}

func ExampleKindSet_Has() {
	// A phrase can have entries of several kinds: Match.Kinds holds them
	// all, Match.Entry the preferred one among those asked for.
	t := normalize.MustNew(normalize.Search).Analyze("الأردن")
	m, _ := gazetteer.Default().Scan(t).Longest(0, 1, gazetteer.AllKinds)
	fmt.Println(m.Entry.Kind, m.Kinds.Has(gazetteer.Place), m.Kinds.Has(gazetteer.Person))
	fmt.Println(gazetteer.NameKinds.Has(gazetteer.Org), gazetteer.NameKinds.Has(gazetteer.Title))
	// Output:
	// place true false
	// true false
}

func ExampleMayHaveProclitic() {
	// It looks at the first letter only: لبنان may, and Scan keeps it
	// whole because the word is listed.
	for _, w := range []string{"وسوريا", "بحمص", "دمشق", "لبنان"} {
		fmt.Println(w, gazetteer.MayHaveProclitic(w))
	}
	// Output:
	// وسوريا true
	// بحمص true
	// دمشق false
	// لبنان true
}

func ExampleKind_Label() {
	// Only the name kinds are mentions; the cue kinds help find them.
	for _, k := range []gazetteer.Kind{gazetteer.Person, gazetteer.Place, gazetteer.Title, gazetteer.GivenName} {
		fmt.Printf("%s %q\n", k, k.Label())
	}
	// Output:
	// person "PER"
	// place "LOC"
	// title ""
	// given-name ""
}

func ExampleSetOf() {
	// Look for the cues that open a place name: a head word (مدينة) or a
	// place itself.
	src := "دخلت القوات مدينة تدمر في ريف حمص"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	places := gazetteer.SetOf(gazetteer.Place, gazetteer.PlaceHead)
	for _, m := range gazetteer.Default().Matches(t, 0, len(t.Tokens), places) {
		start, end := t.SourceSpan(m.NormStart, m.NormEnd)
		fmt.Println(m.Entry.Kind, src[start:end])
	}
	// Output:
	// place-head مدينة
	// place تدمر
	// place ريف حمص
}

func ExampleScan_Remember() {
	// A worker's Scan remembers the words of its stream: the lookups are
	// the same as a fresh Scan's, with less work for the words seen.
	// (الوفد, the delegation, is also the Wafd party: a weak name.)
	g := gazetteer.Default()
	n := normalize.MustNew(normalize.Search)
	var s gazetteer.Scan
	s.Remember() // once, before the first Reset
	for _, src := range []string{"وصل الوفد إلى دمشق", "غادر الوفد دمشق"} {
		t := n.Analyze(src)
		s.Reset(g, t)
		fresh := g.Scan(t)
		for i := range t.Tokens {
			m, ok := s.Longest(i, len(t.Tokens), gazetteer.NameKinds)
			fm, fok := fresh.Longest(i, len(t.Tokens), gazetteer.NameKinds)
			if ok {
				fmt.Println(t.TokenText(i), m.Entry.Kind, m.Entry.Weak, m == fm && ok == fok)
			}
		}
	}
	// Output:
	// الوفد org true true
	// دمشق place false true
	// الوفد org true true
	// دمشق place false true
}

func ExampleScan_Words() {
	// A word's number is the same in every text while the forget count
	// stays; a Scan that does not remember has none.
	n := normalize.MustNew(normalize.Search)
	var s gazetteer.Scan
	nums, _ := s.Words()
	fmt.Println(nums == nil)
	s.Remember()
	for _, src := range []string{"دمشق عاصمة سوريا", "سوريا ودمشق"} {
		t := n.Analyze(src)
		s.Reset(gazetteer.Default(), t)
		nums, forgets := s.Words()
		fmt.Println(nums, forgets)
	}
	// Output:
	// true
	// [0 1 2] 1
	// [2 3] 1
}

func ExampleTags_Weak() {
	// A weak name is also a common word: it needs context to count.
	t := normalize.MustNew(normalize.Search).Analyze("فاز الهلال على النصر في الرياض")
	for i, tags := range gazetteer.Default().Tags(t) {
		if tags.In(gazetteer.Org) || tags.In(gazetteer.Place) {
			fmt.Println(t.TokenText(i), tags, tags.Weak(gazetteer.Org), tags.Weak(gazetteer.Place))
		}
	}
	// Output:
	// الهلال B-org(weak) true false
	// النصر B-org(weak) true false
	// الرياض B-place false false
}

func ExampleGazetteer_Surname() {
	fold := normalize.MustNew(normalize.Search)
	g := gazetteer.Default()
	for _, w := range []string{"الحكيم", "البغدادي", "الرئيس"} {
		fmt.Println(w, g.Surname(fold.String(w)))
	}
	// Output:
	// الحكيم true
	// البغدادي true
	// الرئيس false
}
