package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nabanlp/naba/normalize"
	"golang.org/x/text/transform"
)

func ExampleNormalizer_String() {
	search := normalize.MustNew(normalize.Search)
	display := normalize.MustNew(normalize.Display)
	s := "قالَ الرئيسُ في مؤتمرٍ صحفيّ عام ٢٠١٧: «نعم»"
	fmt.Println(search.String(s))
	fmt.Println(display.String("العربيــــة\u200f"))
	// Output:
	// قال الرييس في موتمر صحفي عام 2017: "نعم"
	// العربية
}

func ExampleNormalizer_Map() {
	n := normalize.MustNew(normalize.Search)
	src := "زارَ وفدٌ مِنْ سُورِيَة"
	t := n.Map(src)
	i := strings.Index(t.Norm, "سوريه")
	s, e := t.SourceSpan(i, i+len("سوريه"))
	fmt.Println(t.Norm)
	fmt.Println(src[s:e])
	// Output:
	// زار وفد من سوريه
	// سُورِيَة
}

func ExampleNormalizer_Analyze() {
	n := normalize.MustNew(normalize.Search)
	src := "وصل الوفد إلى بيروت. ثم غادر!"
	t := n.Analyze(src)
	for _, se := range t.Sentences {
		s, e := t.SourceSpan(se.Start, se.End)
		fmt.Printf("%d tokens: %s\n", se.Last-se.First, src[s:e])
	}
	// Output:
	// 5 tokens: وصل الوفد إلى بيروت.
	// 3 tokens: ثم غادر!
}

func ExampleNormalizer_AnalyzeInto() {
	n := normalize.MustNew(normalize.Search)
	var t normalize.Text // reused for every text
	for _, src := range []string{"قال الرئيس.", "وصل الوفد إلى بيروت."} {
		n.AnalyzeInto(&t, src)
		fmt.Println(len(t.Tokens), t.Norm)
	}
	// Output:
	// 3 قال الرييس.
	// 5 وصل الوفد الي بيروت.
}

func ExampleNormalizer_AppendString() {
	n := normalize.MustNew(normalize.Search)
	var buf []byte
	for _, line := range []string{"أحمد", "مدرسة"} {
		buf = n.AppendString(buf[:0], line) // reuses buf: no allocation once it is large enough
		fmt.Println(string(buf))
	}
	// Output:
	// احمد
	// مدرسه
}

func ExampleNormalizer_AppendMap() {
	n := normalize.MustNew(normalize.Search)
	out, offs := n.AppendMap(nil, nil, "أَب")
	fmt.Println(string(out), offs)
	// Output: اب [0 1 4 5]
}

func ExampleNormalizer_Reader() {
	n := normalize.MustNew(normalize.Search)
	r := n.Reader(strings.NewReader("سطرٌ أوّل\nسطرٌ ثانٍ\n"))
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// سطر اول
	// سطر ثان
}

func ExampleTokenize() {
	s := "نما الاقتصاد ٢٫٥% حسب https://example.com #اقتصاد"
	for _, t := range normalize.Tokenize(s) {
		fmt.Printf("%s %s\n", t.Kind, s[t.Start:t.End])
	}
	// Output:
	// arabic نما
	// arabic الاقتصاد
	// number ٢٫٥
	// punct %
	// arabic حسب
	// url https://example.com
	// hashtag #اقتصاد
}

func ExampleIsArabicLetter() {
	for _, r := range "بـً1a\u200d" {
		fmt.Printf("%U %v\n", r, normalize.IsArabicLetter(r))
	}
	// Output:
	// U+0628 true
	// U+0640 true
	// U+064B true
	// U+0031 false
	// U+0061 false
	// U+200D true
}

func ExampleSentences() {
	s := "قال د. أحمد إنه مستعد. وأضاف: «سنبدأ غداً.» ثم غادر"
	toks := normalize.Tokenize(s)
	for _, se := range normalize.Sentences(s, toks) {
		fmt.Println(s[se.Start:se.End])
	}
	// Output:
	// قال د. أحمد إنه مستعد.
	// وأضاف: «سنبدأ غداً.»
	// ثم غادر
}

func ExamplePreset() {
	opts, ok := normalize.Preset("display")
	fmt.Println(ok, opts == normalize.Display, normalize.PresetNames())
	// Output: true true [display search]
}

func ExampleNew() {
	// Fold only diacritics and alef variants, on top of the cleanup.
	n, err := normalize.New(normalize.Options{Diacritics: true, Alef: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.String("إِنَّ المدرسةَ على حقّ"))
	// Output: ان المدرسة على حق
}

func ExampleNormalizer_NewTransformer() {
	n := normalize.MustNew(normalize.Search)
	s, _, err := transform.String(n.NewTransformer(), "مُحَمَّدٌ ﷺ")
	fmt.Println(s, err)
	// Output: محمد صلي الله عليه وسلم <nil>
}

func ExampleParsePreset() {
	_, err := normalize.ParsePreset("loud")
	fmt.Println(err)
	// Output: normalize: unknown preset "loud" (want one of display, search)
}

func ExampleText_AppendTokenSources() {
	n := normalize.MustNew(normalize.Search)
	src := "أعلنَ الرئيسُ عن مبادرة"
	t := n.Analyze(src)
	// The source of every token in one pass (TokenSource maps one).
	for i, sp := range t.AppendTokenSources(nil, 0, len(t.Tokens)) {
		fmt.Printf("%s -> %s\n", t.TokenText(i), src[sp.Start:sp.End])
	}
	// Output:
	// اعلن -> أعلنَ
	// الرييس -> الرئيسُ
	// عن -> عن
	// مبادره -> مبادرة
}

// A SpanCursor maps spans given in the text's order (here the source
// spans of some names, as a recognizer would report them) with the same
// answers as the Text's own methods, searching on from its last answer.
func ExampleText_Cursor() {
	n := normalize.MustNew(normalize.Search)
	src := "زارَ وفدٌ مِنْ سُورِيَة لُبْنانَ ثم عادَ إلى مِصْرَ"
	t := n.Analyze(src)
	c := t.Cursor()
	for _, name := range []string{"سُورِيَة", "لُبْنانَ", "مِصْرَ"} {
		i := strings.Index(src, name)
		s, e := c.NormSpan(i, i+len(name))
		fmt.Println(t.Norm[s:e])
	}
	// Output:
	// سوريه
	// لبنان
	// مصر
}
