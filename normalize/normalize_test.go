package normalize

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOperations(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		in   string
		want string
	}{
		// Cleanup, done by every normalizer.
		{"tatweel", Display, "العربيــــة", "العربية"},
		{"tatweel in a name", Display, "روبرـــــت", "روبرت"},
		{"bidi marks", Display, "\u200fمرحبا\u200e \u061cنص", "مرحبا نص"},
		{"bidi embeddings and isolates", Display, "\u202bنص\u202c \u2067نص\u2069", "نص نص"},
		{"BOM, ZWSP, NBSP", Display, "\ufeffنص\u200bآخر\u00a0هنا", "نص آخر هنا"},
		{"ZWNJ between words is a space", Display, "کتاب\u200cخانه", "کتاب خانه"},
		{"ZWNJ next to a space vanishes", Display, "كتاب \u200cخانه\u200c", "كتاب خانه"},
		{"ZWNJ at the start vanishes", Display, "\u200cكتاب", "كتاب"},
		{"ZWJ removed", Display, "ع\u200dم", "عم"},
		{"soft hyphen and word joiner", Display, "a\u00adb\u2060c", "abc"},
		{"exotic spaces", Display, "a\u2003b\u202fc\u3000d", "a b c d"},
		{"line structure kept", Display, "سطر\nسطر\r\nسطر\t!", "سطر\nسطر\r\nسطر\t!"},
		{"presentation forms", Display, "ﺃﺣﻤﺪ", "أحمد"},
		{"lam-alef ligatures", Display, "ﻻ ﻼ ﻷ ﻹ ﻵ", "لا لا لأ لإ لآ"},
		{"allah ligature", Display, "ﷲ", "الله"},
		{"salla ligature", Display, "محمد ﷺ", "محمد صلى الله عليه وسلم"},
		{"a phrase ligature never glues words", Display, "محمدﷺقال", "محمد صلى الله عليه وسلم قال"},
		{"a word ligature may follow a clitic", Display, "بﷲ.", "بالله."},
		{"rial sign kept", Display, "١٠٠ ﷼", "١٠٠ ﷼"},
		{"isolated haraka form is the bare mark", Display, "ب\ufe76", "بَ"},
		{"medial haraka form is the bare mark", Display, "ب\ufe77ت", "بَت"},
		{"shadda ligature is the bare marks", Display, "ب\ufc60", "بَّ"},
		{"combining hamza composes", Display, "ا\u0654 ا\u0653 ا\u0655 و\u0654 ي\u0654", "أ آ إ ؤ ئ"},
		{"combining hamza across tatweel", Display, "اـ\u0654", "أ"},
		{"uncombinable hamza mark kept", Display, "ب\u0654", "ب\u0654"},
		{"uncombinable hamza mark kept after a change", Display, "ـب\u0654", "ب\u0654"},
		{"diacritics kept by default", Display, "مُحَمَّدٌ", "مُحَمَّدٌ"},
		{"hamza kept by default", Display, "أحمد إسلام آمن سؤال رئيس شيء", "أحمد إسلام آمن سؤال رئيس شيء"},
		{"letters kept by default", Display, "مستشفى مدرسة", "مستشفى مدرسة"},
		{"invalid UTF-8 becomes U+FFFD per byte", Display, "a\xffb\xe2\x80c", "a\ufffdb\ufffd\ufffdc"},
		{"empty", Search, "", ""},

		// Folds, one option at a time.
		{"diacritics", Options{Diacritics: true}, "مُحَمَّدٌ وَلَداً", "محمد ولدا"},
		{"superscript alef", Options{Diacritics: true}, "هٰذا الرَّحْمٰن", "هذا الرحمن"},
		{"quranic marks", Options{Diacritics: true}, "لَا رَيْبَ ۛ فِيهِ ۛ ۞", "لا ريب  فيه  ۞"},
		{"honorific signs", Options{Diacritics: true}, "محمد\u0610", "محمد"},
		{"diacritics keep composed hamza", Options{Diacritics: true}, "ا\u0654حمد", "أحمد"},
		{"diacritics drop a lone hamza mark", Options{Diacritics: true}, "ب\u0654", "ب"},
		{"diacritics keep hamza letters", Options{Diacritics: true}, "أَحْمَد", "أحمد"},
		{"alef", Options{Alef: true}, "أحمد إسلام آمن ٱلله", "احمد اسلام امن الله"},
		{"alef from combining hamza", Options{Alef: true}, "ا\u0654حمد", "احمد"},
		{"alef maksura", Options{AlefMaksura: true}, "مستشفى على", "مستشفي علي"},
		{"teh marbuta", Options{TehMarbuta: true}, "مدرسة", "مدرسه"},
		{"hamza carriers", Options{Hamza: true}, "سؤال رئيس شيء", "سوال رييس شيء"},
		{"persian", Options{Persian: true}, "کتاب فارسی گل پل چای ژاله ۀ ھ ے ڤ", "كتاب فارسي كل بل جاي زاله ه ه ي ف"},
		{"digits", Options{Digits: true}, "٢٠٢٤ ۲۰۲۴", "2024 2024"},
		{"punctuation", Options{Punctuation: true}, "نعم، لا؛ لماذا؟ ٣٫٥ ١٬٠٠٠ ٥٪", "نعم, لا; لماذا? ٣.٥ ١,٠٠٠ ٥%"},
		{"quotes and dashes", Options{Quotes: true}, "«هذا» “قال” ‘ما’ 1–2 — x", `"هذا" "قال" 'ما' 1-2 - x`},

		// The presets.
		{"search", Search, "أَحْمَدُ فِي المَدْرَسَةِ عَلَى ٢٠١٧، «نعم»", `احمد في المدرسه علي 2017, "نعم"`},
		{"search presentation forms fold too", Search, "ﺃﺣﻤﺪ ﻷ", "احمد لا"},
		{"display keeps everything a reader sees", Display, "«أَحْمَدُ» عَلَى ٢٠١٧؟", "«أَحْمَدُ» عَلَى ٢٠١٧؟"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := MustNew(tt.opts)
			got := n.String(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want, string(n.Bytes([]byte(tt.in))))
			assert.Equal(t, "x"+tt.want, string(n.AppendString([]byte("x"), tt.in)))
			assert.Equal(t, tt.want, n.Map(tt.in).Norm)
			assert.Equal(t, tt.want, streamString(t, n, tt.in, 1, utf8.UTFMax))
			assert.Equal(t, got, n.String(got), "idempotent")
		})
	}
}

func TestHamzaPreservedByDefault(t *testing.T) {
	// NFD, removing marks, then NFC would turn أ into ا; the zero value
	// keeps every hamza, precomposed or not.
	var zero Options
	n := MustNew(zero)
	for _, s := range []string{"أ", "إ", "آ", "ؤ", "ئ", "ء", "سأل", "مسؤول", "رئيس"} {
		assert.Equal(t, s, n.String(s))
	}
	assert.Equal(t, "سأل", n.String("سا\u0654ل"))
	assert.Equal(t, "سأل", MustNew(Options{Diacritics: true}).String("سَا\u0654لَ"))
}

func TestZWNJNeverGlues(t *testing.T) {
	for _, o := range []Options{Display, Search} {
		n := MustNew(o)
		for _, s := range []string{"می\u200cخواهم", "a\u200cb", "سلام\u200b\u200cعليكم", "كلمة\u200c\u200fأخرى"} {
			got := n.String(s)
			assert.Len(t, strings.Fields(got), 2, "%q -> %q", s, got)
		}
	}
}

func TestUnchangedReturnsInput(t *testing.T) {
	n := MustNew(Display)
	s := "قال الرئيس إن الاجتماع ناجح. 2017"
	out := n.String(s)
	assert.Equal(t, s, out)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = n.String(s) }))
	b := []byte(s)
	assert.Equal(t, &b[0], &n.Bytes(b)[0])
	// A hamza mark after a letter it does not combine with is no change.
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { _ = n.String("ب\u0654") }))
}

func TestAppendNoAllocSteadyState(t *testing.T) {
	n := MustNew(Search)
	s := "أَحْمَدُ فِي المَدْرَسَةِ عَلَى ٢٠١٧، «نعم» \u200fﻻ"
	buf := make([]byte, 0, 256)
	offs := make([]int32, 0, 256)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { buf = n.AppendString(buf[:0], s) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { buf, offs = n.AppendMap(buf[:0], offs[:0], s) }))
}

func TestAppendMapOffsets(t *testing.T) {
	n := MustNew(Search)
	src := "\u200fأَحْمَد ﻻ"
	out, offs := n.AppendMap(nil, nil, src)
	require.Equal(t, "احمد لا", string(out))
	require.Len(t, offs, len(out))
	// ا replaces أ at 3 byte for byte; the fathas and the sukun belong to
	// the letters before them; copied bytes map to themselves; لا, four
	// bytes, comes from ﻻ at 18.
	assert.Equal(t, []int32{3, 4, 7, 8, 11, 12, 15, 16, 17, 18, 18, 18, 18}, offs)
	tx := n.Map(src)
	for i, o := range offs {
		assert.Equal(t, int(o), tx.SourceOffset(i), "byte %d", i)
	}
}

// streamString normalizes s through a Transformer fed srcChunk bytes at a
// time into a dst of dstSize bytes.
func streamString(t testing.TB, n *Normalizer, s string, srcChunk, dstSize int) string {
	tr := n.NewTransformer()
	var out []byte
	src := []byte(s)
	dst := make([]byte, dstSize)
	avail := 0 // src[:avail] has been offered
	pos := 0
	for iter := 0; ; iter++ {
		if iter > 10*len(s)+1000 {
			t.Fatalf("transformer makes no progress on %q", s)
		}
		avail = min(len(src), max(avail, pos)+srcChunk)
		atEOF := avail == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[pos:avail], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		switch err {
		case nil:
			if atEOF && pos == len(src) {
				return string(out)
			}
		case errShortDst, errShortSrc:
		default:
			t.Fatalf("transform %q: %v", s, err)
		}
	}
}

func TestTransformerChunks(t *testing.T) {
	inputs := []string{
		"",
		"plain ascii",
		"أَحْمَدُ فِي المَدْرَسَةِ عَلَى ٢٠١٧، «نعم»",
		"کتاب\u200cخانه \u200c \u200b\u200cx\u200c",
		"اـــــــ\u0654 و\u0654 ي\u200f\u0654 ا",
		"ﷺﷺ ﻻ\ufe76 \xff\xe2\x80 \xd8",
		"\ufeffنص\u200bآخر\u00a0هنا\u2028سطر",
	}
	for _, o := range []Options{Display, Search, {Diacritics: true}} {
		n := MustNew(o)
		for _, s := range inputs {
			want := n.String(s)
			for _, chunk := range []int{1, 2, 3, 5, 64} {
				for _, d := range []int{4, 5, 7, 64} {
					assert.Equal(t, want, streamString(t, n, s, chunk, d), "%q chunk %d dst %d", s, chunk, d)
				}
			}
			got, err := readAll(n, s)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		}
	}
}

func TestLuceneVectors(t *testing.T) {
	path := shared.Path(t, "data", "normalize", "lucene_arabic_test_vectors.tsv")
	n := MustNew(Search)
	count := 0
	for _, row := range readTSV(t, path) {
		if len(row) < 3 || row[0] != "normalize" {
			continue
		}
		count++
		assert.Equal(t, row[2], n.String(row[1]), "lucene vector %q", row[1])
	}
	assert.Equal(t, 15, count)
}

// anchorAgreements lists, for each probe of anchor_probe.tsv, the preset
// whose documented behaviour agrees with another library's real output.
var anchorAgreements = []struct{ probe, preset, anchor string }{
	{"alef hamza above/below, madda, wasla", "display", "icu.NFKC"},
	{"alef hamza above/below, madda, wasla", "search", "camel.normalize_alef_ar"},
	{"alef maksura", "search", "lucene.ArabicNormalizer"},
	{"teh marbuta", "search", "lucene.ArabicNormalizer"},
	{"tatweel", "display", "pyarabic.strip_tatweel"},
	{"tatweel", "search", "lucene.ArabicNormalizer"},
	{"harakat+shadda+tanwin", "display", "icu.NFKC"},
	{"harakat+shadda+tanwin", "search", "lucene.ArabicNormalizer"},
	{"superscript alef U+0670", "search", "camel.dediac_ar"},
	{"quranic small high marks U+06D6..", "search", "camel.arclean"},
	{"hamza on waw/yeh/line", "display", "lucene.ArabicNormalizer"},
	{"combining hamza U+0654 / madda U+0653", "display", "icu.NFKC"},
	{"presentation forms: contextual letters", "display", "icu.NFKC"},
	{"presentation forms: lam-alef ligatures", "display", "icu.NFKC"},
	{"arabic-indic digits U+0660", "search", "lucene.DecimalDigitFilter"},
	{"extended arabic-indic digits U+06F0", "search", "lucene.DecimalDigitFilter"},
	{"arabic punctuation", "search", "camel.arclean"},
	{"arabic punctuation", "display", "icu.NFKC"},
	{"LRM/RLM/ALM", "display", "icu.NFKC_Casefold"},
	{"bidi embed/isolate", "display", "icu.NFKC_Casefold"},
}

func TestAnchorProbes(t *testing.T) {
	path := shared.Path(t, "data", "normalize", "anchor_probe.tsv")
	seen := map[int]bool{}
	for _, row := range readTSV(t, path) {
		if len(row) < 4 || row[0] == "probe" {
			continue
		}
		for k, a := range anchorAgreements {
			if a.probe != row[0] || a.anchor != row[2] {
				continue
			}
			seen[k] = true
			o, _ := Preset(a.preset)
			in, want := unescapeProbe(row[1]), unescapeProbe(row[3])
			assert.Equal(t, want, MustNew(o).String(in), "%s (%s as %s)", a.probe, a.preset, a.anchor)
		}
	}
	assert.Len(t, seen, len(anchorAgreements), "every listed agreement is in the probe file")
}

var probeEscape = regexp.MustCompile(`<U\+([0-9A-Fa-f]{4,6})>`)

func unescapeProbe(s string) string {
	return probeEscape.ReplaceAllStringFunc(s, func(m string) string {
		v, _ := strconv.ParseUint(m[3:len(m)-1], 16, 32)
		return string(rune(v))
	})
}

func readTSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	require.NoError(t, sc.Err())
	return rows
}

func TestSourceSpanRoundTrip(t *testing.T) {
	n := MustNew(Search)
	src := "\u200fوسوريا مُحَمَّد ٢٠١٧"
	tx := n.Analyze(src)
	var got []string
	for i := range tx.Tokens {
		s, e := tx.TokenSource(i)
		got = append(got, src[s:e])
	}
	assert.Equal(t, []string{"وسوريا", "مُحَمَّد", "٢٠١٧"}, got)
}

func TestDecodeRuneMatchesUTF8(t *testing.T) {
	inputs := []string{"a", "é", "م", "€", "😀", "\xff", "\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x8f\xbf\xbf", "\xe2\x80", "\xf0\x9f\x98"}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		r2, size2 := decodeRune(s, 0)
		r3, size3 := decodeRune([]byte(s), 0)
		assert.Equal(t, []int{int(r), size}, []int{int(r2), size2}, "%q", s)
		assert.Equal(t, []int{int(r), size}, []int{int(r3), size3}, "%q", s)
	}
}
