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

func ExampleMustNew() {
	// For package-level normalizers: every combination of options is
	// valid, so MustNew never panics today.
	digitsOnly := normalize.MustNew(normalize.Options{Digits: true})
	fmt.Println(digitsOnly.String("عام ٢٠١٧ أو ۱۳۹۶"))
	// Output: عام 2017 أو 1396
}

func ExampleNormalizer_Options() {
	n := normalize.MustNew(normalize.Search)
	fmt.Println(n.Options() == normalize.Search, n.Options().Hamza)
	// Output: true true
}

func ExamplePresetNames() {
	// For a command-line flag: -norm display|search.
	fmt.Println(strings.Join(normalize.PresetNames(), "|"))
	// Output: display|search
}

func ExampleNormalizer_Bytes() {
	// Bytes returns its input when nothing changes, and never modifies it.
	n := normalize.MustNew(normalize.Search)
	plain := []byte("زار الوفد دمشق")
	out := n.Bytes(plain)
	fmt.Println(&out[0] == &plain[0])
	marked := []byte("زارَ الوفدُ دمشقَ")
	fmt.Println(string(n.Bytes(marked)), string(marked))
	// Output:
	// true
	// زار الوفد دمشق زارَ الوفدُ دمشقَ
}

func ExampleNormalizer_Append() {
	// Lines normalized into one reused buffer.
	n := normalize.MustNew(normalize.Search)
	var buf []byte
	for _, line := range [][]byte{[]byte("السَّلامُ عليكم"), []byte("إلى اللقاء")} {
		buf = n.Append(buf[:0], line)
		fmt.Println(string(buf))
	}
	// Output:
	// السلام عليكم
	// الي اللقاء
}

func ExampleAppendTokens() {
	// Tokens of text after text in one slice.
	var toks []normalize.Token
	for _, s := range []string{"زار 3 وزراء #سوريا", "راجع www.sana.sy أو @sana"} {
		toks = normalize.AppendTokens(toks[:0], s)
		var out []string
		for _, tok := range toks {
			out = append(out, s[tok.Start:tok.End]+"/"+tok.Kind.String())
		}
		fmt.Println(strings.Join(out, " "))
	}
	// Output:
	// زار/arabic 3/number وزراء/arabic #سوريا/hashtag
	// راجع/arabic www.sana.sy/url أو/arabic @sana/mention
}

func ExampleAppendSentences() {
	s := "قال د. أحمد إن النمو بلغ 2.5 بالمئة. «انتهى.» ثم غادر؟! نعم"
	toks := normalize.Tokenize(s)
	var sents []normalize.Sentence
	sents = normalize.AppendSentences(sents[:0], s, toks)
	for _, sent := range sents {
		fmt.Printf("[%s] tokens %d:%d\n", s[sent.Start:sent.End], sent.First, sent.Last)
	}
	// Output:
	// [قال د. أحمد إن النمو بلغ 2.5 بالمئة.] tokens 0:10
	// [«انتهى.»] tokens 10:14
	// [ثم غادر؟!] tokens 14:18
	// [نعم] tokens 18:19
}

func ExampleKind_IsWord() {
	s := "زار Obama 3 مدن، #سوريا"
	for _, tok := range normalize.Tokenize(s) {
		fmt.Println(s[tok.Start:tok.End], tok.Kind, tok.Kind.IsWord())
	}
	// Output:
	// زار arabic true
	// Obama latin true
	// 3 number false
	// مدن arabic true
	// ، punct false
	// #سوريا hashtag false
}

func ExampleText_SourceSpan() {
	// A span found in the normalized text selects the original text,
	// with its marks, tatweel and the ligature it came from.
	src := "قالَ الرئيـــسُ إن ﷲ أكبر في ٢٠١٧"
	t := normalize.MustNew(normalize.Search).Map(src)
	for _, w := range []string{"الرييس", "الله", "2017"} {
		i := strings.Index(t.Norm, w)
		s, e := t.SourceSpan(i, i+len(w))
		fmt.Printf("%s → %q [%d:%d]\n", w, src[s:e], s, e)
	}
	// Output:
	// الرييس → "الرئيـــسُ" [9:29]
	// الله → "ﷲ" [35:38]
	// 2017 → "٢٠١٧" [53:61]
}

func ExampleText_NormSpan() {
	// The other way: a span of the input (a name a user selected) to the
	// normalized text a lookup reads.
	src := "وصلَ الوفدُ إلى بيروتَ"
	t := normalize.MustNew(normalize.Search).Map(src)
	i := strings.Index(src, "بيروتَ")
	s, e := t.NormSpan(i, i+len("بيروتَ"))
	fmt.Printf("%q [%d:%d] in %q\n", t.Norm[s:e], s, e, t.Norm)
	// Output: "بيروت" [25:35] in "وصل الوفد الي بيروت"
}

func ExampleText_SourceOffset() {
	// A character replaced by one of another length maps to its start:
	// the ASCII 2 and 0 of "20" map to ٢ (bytes 7-8) and ٠ (9-10), and
	// the end of Norm to the end of the source.
	src := "عام ٢٠"
	t := normalize.MustNew(normalize.Search).Map(src)
	for i := range len(t.Norm) + 1 {
		fmt.Print(t.SourceOffset(i), " ")
	}
	fmt.Println()
	// Output: 0 1 2 3 4 5 6 7 9 11
}

func ExampleText_NormOffset() {
	// Removed characters (the damma and shadda after ر) produce no byte:
	// an offset inside them gives the first output byte after them.
	src := "مرُّوا"
	t := normalize.MustNew(normalize.Search).Map(src)
	for i := range len(src) + 1 {
		fmt.Print(t.NormOffset(i), " ")
	}
	fmt.Printf("(norm %q, %d bytes)\n", t.Norm, len(t.Norm))
	// Output: 0 1 2 3 4 4 4 4 4 5 6 7 8 (norm "مروا", 8 bytes)
}

func ExampleText_TokenSource() {
	src := "أعلنَ وزيرُ الخارجيّة"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	for i := range t.Tokens {
		s, e := t.TokenSource(i)
		fmt.Printf("%s → %s\n", t.TokenText(i), src[s:e])
	}
	// Output:
	// اعلن → أعلنَ
	// وزير → وزيرُ
	// الخارجيه → الخارجيّة
}

func ExampleText_TokenText() {
	// TokenText is the normalized token, what lookups compare.
	t := normalize.MustNew(normalize.Search).Analyze("إلى مؤتمرٍ في ٢٠١٧")
	for i := range t.Tokens {
		fmt.Print(t.TokenText(i), "|")
	}
	fmt.Println()
	// Output: الي|موتمر|في|2017|
}

func ExampleSpanCursor_SourceSpan() {
	// Mentions found in text order, mapped to the source with one cursor.
	src := "زارَ وفدٌ سُورِيَة ولُبْنانَ ومِصْرَ"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	c := t.Cursor()
	for _, w := range []string{"سوريه", "لبنان", "مصر"} {
		i := strings.Index(t.Norm, w)
		s, e := c.SourceSpan(i, i+len(w))
		fmt.Println(w, src[s:e])
	}
	// Output:
	// سوريه سُورِيَة
	// لبنان لُبْنانَ
	// مصر مِصْرَ
}

func ExampleSpanCursor_NormSpan() {
	src := "زارَ وفدٌ سُورِيَة ولُبْنانَ"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	c := t.Cursor()
	for _, w := range []string{"سُورِيَة", "لُبْنانَ"} {
		i := strings.Index(src, w)
		s, e := c.NormSpan(i, i+len(w))
		ts, te := t.NormSpan(i, i+len(w)) // the same answer
		fmt.Println(t.Norm[s:e], s == ts && e == te)
	}
	// Output:
	// سوريه true
	// لبنان true
}

func ExampleSpanCursor_NormOffset() {
	src := "زارَ وفدٌ سُورِيَة"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	c := t.Cursor()
	for _, w := range []string{"وفدٌ", "سُورِيَة"} {
		i := c.NormOffset(strings.Index(src, w))
		fmt.Println(i, t.Norm[i:])
	}
	// Output:
	// 7 وفد سوريه
	// 14 سوريه
}

func ExampleSpanCursor_TokenSource() {
	// The sources of every token in order, each a step from the last.
	src := "أعلنَ وزيرُ الخارجيّة"
	t := normalize.MustNew(normalize.Search).Analyze(src)
	c := t.Cursor()
	for i := range t.Tokens {
		s, e := c.TokenSource(i)
		fmt.Print(src[s:e], "|")
	}
	fmt.Println()
	// Output: أعلنَ|وزيرُ|الخارجيّة|
}

func ExampleTransformer_Transform() {
	// A Transformer plugs the normalizer into golang.org/x/text/transform
	// (String, Bytes, NewReader, NewWriter, Chain); its output is
	// Normalizer.String's.
	n := normalize.MustNew(normalize.Search)
	src := "قالَ الرئيسُ ٢٠١٧"
	out, _, err := transform.String(n.NewTransformer(), src)
	fmt.Println(out, err, out == n.String(src))
	// Output: قال الرييس 2017 <nil> true
}

func ExampleTransformer_Reset() {
	// One Transformer for stream after stream: Reset between them (the
	// transform package's String, Bytes and NewReader call it).
	t := normalize.MustNew(normalize.Search).NewTransformer()
	dst := make([]byte, 64)
	for _, src := range []string{"مؤتمرٌ", "إلى"} {
		t.Reset()
		n, _, err := t.Transform(dst, []byte(src), true)
		fmt.Println(string(dst[:n]), err)
	}
	// Output:
	// موتمر <nil>
	// الي <nil>
}
