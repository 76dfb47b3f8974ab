package gazetteer_test

import (
	"fmt"

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
