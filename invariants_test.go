package naba

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocument fails t unless doc keeps the promises the package makes
// to its users about any Document extracted from src (the input as
// given, before any ReplaceInvalidUTF8 repair): its source is src, or
// src with each byte that is not UTF-8 replaced by U+FFFD; every span is
// in bounds and selects its text (Source()[Start:End] == Text); sections
// come in text order and never overlap except a ticker's headlines
// inside it; mentions and dates come in text order without overlapping;
// every mention names an entity of its label, every index (section,
// date, role's organization) points at something, and the JSON form
// gives the same spans in code points.
func checkDocument(t testing.TB, src string, doc *Document) {
	t.Helper()
	s := doc.Source()
	if s != src && !sameRepair(src, s) {
		t.Fatalf("source %q is neither the input %q nor its repair", s, src)
	}
	if !utf8.ValidString(s) {
		t.Fatalf("source %q is not UTF-8", s)
	}
	inBounds := func(what string, a, e int) {
		t.Helper()
		if a < 0 || a > e || e > len(s) {
			t.Fatalf("%s span [%d,%d) out of [0,%d] in %q", what, a, e, len(s), s)
		}
	}
	span := func(what string, a, e int, text string) {
		t.Helper()
		inBounds(what, a, e)
		if s[a:e] != text {
			t.Fatalf("%s text %q is not input[%d:%d] %q", what, text, a, e, s[a:e])
		}
	}
	section := func(what string, i int) {
		t.Helper()
		if i < -1 || i >= len(doc.Sections) {
			t.Fatalf("%s names section %d of %d", what, i, len(doc.Sections))
		}
	}
	end := 0
	for i, sc := range doc.Sections {
		inBounds("section", sc.Start, sc.End)
		if sc.Start >= sc.End {
			t.Fatalf("empty section %d %+v", i, sc)
		}
		if sc.Parent >= 0 {
			if sc.Parent >= i {
				t.Fatalf("section %d has parent %d", i, sc.Parent)
			}
			if p := doc.Sections[sc.Parent]; sc.Start < p.Start || sc.End > p.End {
				t.Fatalf("section %d %+v outside its parent %+v", i, sc, p)
			}
			continue
		}
		if sc.Start < end {
			t.Fatalf("section %d %+v overlaps the one before (ending at %d)", i, sc, end)
		}
		end = sc.End
	}
	ids := map[string]Label{}
	for _, e := range doc.Entities {
		if _, dup := ids[e.ID]; dup || e.ID == "" {
			t.Fatalf("entity ID %q empty or repeated", e.ID)
		}
		ids[e.ID] = e.Label
	}
	for _, e := range doc.Entities {
		for _, r := range e.Roles {
			if _, ok := ids[r.Org]; r.Org != "" && !ok {
				t.Fatalf("role %+v of %s names no entity", r, e.ID)
			}
		}
	}
	end = 0
	for _, m := range doc.Mentions {
		span("mention", m.Start, m.End, m.Text)
		if m.Start < end || m.Start == m.End {
			t.Fatalf("mention %+v empty, out of order or overlapping (previous ends at %d)", m, end)
		}
		end = m.End
		if l, ok := ids[m.Entity]; !ok || l != m.Label {
			t.Fatalf("mention %+v names no %s entity", m, m.Label)
		}
		section("mention", m.Section)
	}
	end = 0
	for _, d := range doc.Dates {
		span("date", d.Start, d.End, d.Text)
		if d.Start < end || d.Start == d.End {
			t.Fatalf("date %+v empty, out of order or overlapping (previous ends at %d)", d, end)
		}
		end = d.End
		section("date", d.Section)
	}
	for _, ev := range doc.Events {
		span("trigger", ev.Trigger.Start, ev.Trigger.End, ev.Trigger.Text)
		section("event", ev.Section)
		for _, a := range ev.Arguments {
			if _, ok := ids[a.Entity]; a.Entity != "" && !ok {
				t.Fatalf("argument %+v names no entity", a)
			}
			if a.Date < -1 || a.Date >= len(doc.Dates) || a.Role == "time" && a.Date < 0 {
				t.Fatalf("argument %+v names date %d of %d", a, a.Date, len(doc.Dates))
			}
		}
	}
	if id := doc.Doc.InferredDate; id != nil && id.Evidence.End > id.Evidence.Start {
		span("evidence", id.Evidence.Start, id.Evidence.End, id.Evidence.Text)
	}
	prev := 0
	for _, sp := range doc.Splits {
		if sp.At <= prev || sp.At >= len(s) || !utf8.RuneStart(s[sp.At]) {
			t.Fatalf("split at %d (after %d) not inside the input or not at a character", sp.At, prev)
		}
		prev = sp.At
	}
	tx := doc.Text()
	for i := range tx.Tokens {
		a, e := tx.TokenSource(i)
		inBounds("token", a, e)
	}
	checkCodePoints(t, doc)
}

// sameRepair reports whether s is src with each byte that is not UTF-8
// replaced by U+FFFD (what ReplaceInvalidUTF8 promises).
func sameRepair(src, s string) bool {
	var b strings.Builder
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(src[i : i+n])
		}
		i += n
	}
	return b.String() == s
}

// checkCodePoints decodes doc's JSON and checks that every object with a
// start and an end in code points (and a text) selects that text from the
// source, as a consumer in another language reads it.
func checkCodePoints(t testing.TB, doc *Document) {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil || !json.Valid(b) {
		t.Fatalf("bad JSON (%v): %q", err, b)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Source())
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			st, ok1 := v["start"].(float64)
			en, ok2 := v["end"].(float64)
			if ok1 && ok2 {
				a, e := int(st), int(en)
				if a < 0 || a > e || e > len(runes) {
					t.Fatalf("%s: code points [%d,%d) out of [0,%d]", path, a, e, len(runes))
				}
				if text, ok := v["text"].(string); ok && string(runes[a:e]) != text {
					t.Fatalf("%s: code points [%d,%d) select %q, not %q", path, a, e, string(runes[a:e]), text)
				}
			}
			for k, x := range v {
				walk(path+"."+k, x)
			}
		case []any:
			for i, x := range v {
				walk(path+"["+itoa(i)+"]", x)
			}
		}
	}
	walk("", v)
}

// checkExtract extracts src with x (repairing bad UTF-8) and checks the
// document's invariants, that the result does not depend on what a
// Session read before, and that without the repair bad UTF-8 is refused
// with ErrInvalidUTF8 naming the first bad byte. It returns the document,
// or nil when src is blank.
func checkExtract(t testing.TB, x *Extractor, src string) *Document {
	t.Helper()
	ctx := context.Background()
	opts := ExtractOptions{ReplaceInvalidUTF8: true}
	doc, err := x.Extract(ctx, src, opts)
	if err != nil {
		if !errors.Is(err, ErrEmpty) {
			t.Fatalf("unexpected error %v on %q", err, src)
		}
		if !isBlank(replaceInvalid(src)) {
			t.Fatalf("ErrEmpty for %q, which is not blank", src)
		}
		return nil
	}
	checkDocument(t, src, doc)
	want, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	// The same input again, through a Session that has read another
	// document first: the same output.
	sess := x.NewSession()
	if _, err := sess.Extract(ctx, shortPage, opts); err != nil {
		t.Fatal(err)
	}
	again, err := sess.Extract(ctx, src, opts)
	if err != nil {
		t.Fatalf("a Session fails (%v) where Extract did not, on %q", err, src)
	}
	if got, _ := json.Marshal(again); string(got) != string(want) {
		t.Fatalf("not deterministic on %q:\n%s\n%s", src, want, got)
	}
	if !utf8.ValidString(src) {
		_, err := x.Extract(ctx, src, ExtractOptions{})
		if !errors.Is(err, ErrInvalidUTF8) || !strings.Contains(err.Error(), "offset "+itoa(firstInvalid(src))+")") {
			t.Fatalf("error %v for %q, want ErrInvalidUTF8 at offset %d", err, src, firstInvalid(src))
		}
	}
	return doc
}

// adversarial are inputs that have broken text pipelines: nothing,
// only marks, bytes that are not UTF-8, control characters, odd line
// ends, invisible characters in words, numbers and dates out of range.
var adversarial = []struct{ name, text string }{
	{"empty", ""},
	{"spaces", " \t\n\r\n \u00a0\u2028\u3000"},
	{"invisible only", "\u200f\u200c\ufeff\u200e\u2066\u2069"},
	{"diacritics only", strings.Repeat("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652", 50)},
	{"tatweel only", strings.Repeat("\u0640", 500)},
	{"tatweel and marks", strings.Repeat("\u0640\u064e\u0651", 100) + "\n\n" + strings.Repeat("\u0670\u0656", 20)},
	{"one mark on many", "م" + strings.Repeat("\u0651", 5000) + " دمشق"},
	{"invalid bytes", "قال الرئيس \xff\xfe\xd9 في دمشق \xc0\x80 يوم ٢٨ حزيران ٢٠١٧"},
	{"cut character", "قال الرئيس في دمشق\xd9"},
	{"surrogate", "بشار الأسد\xed\xa0\x80في دمشق"},
	{"lone continuation", "\x80\x80 حلب"},
	{"NUL bytes", "قال\x00الرئيس\x00 بشار الأسد في\x00دمشق\x00\x00"},
	{"BOM", "\ufeffقال الرئيس السوري بشار الأسد في دمشق.\n"},
	{"BOM mid-text", "قال الرئيس السوري بشار ال\ufeffأسد في دم\ufeffشق."},
	{"CRLF", "عنوان الخبر\r\n\r\nدمشق (سانا) - قال الرئيس السوري بشار الأسد.\r\nوأضاف أن الحكومة ستجتمع.\r\n"},
	{"lone CR", "عنوان الخبر\r\rدمشق (سانا) - قال الرئيس السوري بشار الأسد.\rوأضاف أن الحكومة ستجتمع.\r"},
	{"bidi controls", "قال \u200fالرئيس \u200fالسوري بشار ال\u200cأسد \u202bفي دمشق\u202c \u2066يوم\u2069 ٢٨\u200f حزيران"},
	{"zero-width in names", "بشار\u200b الأسد وال\u200dأمم المتحدة في ح\u200cلب"},
	{"C0 and C1 controls", "\x01\x02\x1b[31mقال\x7f الرئيس\u0085 في دمشق\u2029"},
	{"long number", "٩٩٩٩٩٩٩٩٩٩٩٩ أيلول"},
	{"longer number", "في " + strings.Repeat("٩", 5000) + " أيلول " + strings.Repeat("1", 500) + " 2017"},
	{"February 31", "وصل الوفد في ٣١/٠٢/٢٠١٧ إلى دمشق"},
	{"month 13 Hijri", "صدر القرار في ٣٠/١٣/١٤٣٦هـ"},
	{"year 0", "في العام 0 وفي 1 كانون الثاني 0000 وفي 0/0/0"},
	{"year 99999", "في العام 99999 وفي ٣١ ديسمبر ٩٩٩٩٩ م وفي 30 رمضان 99999 هـ"},
	{"huge year", "في 1 يناير 1099511627776 و 99999999999999999999999999 يناير 2017"},
	{"Hijri day 30 of a 29-day month", "في ٣٠ ذو الحجة ١٤٣٦ هـ الموافق ٣١ ديسمبر ٢٠١٥ م"},
	{"ISO out of range", "في 2017-13-45 و 2017-02-29T25:61 و 2016-02-30"},
	{"presentation forms", strings.Repeat("ﷲ ﻻ ﷺ ﷽ ", 20) + "قال الرئيس"},
	{"emoji and flags", "🇸🇾 قال الرئيس 👨‍👩‍👧 في دمشق \U0010ffff \ufffd"},
	{"glued ticker", strings.Repeat("عمانتعيين", 300)},
	{"many short lines", strings.Repeat("خبر عاجل عن دمشق\n", 3000)},
	{"one long word", strings.Repeat("ب", 100000)},
	{"punctuation only", strings.Repeat("،.؟!«»()-–—…", 100)},
	{"digits only", strings.Repeat("٠١٢٣٤٥٦٧٨٩ 0123456789 ", 100)},
}

// TestAdversarialInputs checks every promise of checkExtract on the
// adversarial inputs, and that blank input is ErrEmpty.
func TestAdversarialInputs(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range adversarial {
		t.Run(tc.name, func(t *testing.T) {
			doc := checkExtract(t, x, tc.text)
			if blank := isBlank(replaceInvalid(tc.text)); blank != (doc == nil) {
				t.Fatalf("blank %v but document %v", blank, doc != nil)
			}
		})
	}
}

// longLine is n bytes or so of news sentences on one line: one paragraph
// of thousands of sentences, names, titles with a nationality, dates.
func longLine(n int) string {
	const sentence = "قال الرئيس السوري بشار الأسد في دمشق يوم ٢٨ حزيران ٢٠١٧ إن الحكومة ستجتمع. "
	return strings.Repeat(sentence, n/len(sentence)+1)
}

// TestLongLine checks the invariants on a 10 MB single line, a page
// without a line break. It takes a few seconds (it took minutes when the
// entities stage read every mention for each title with a nationality),
// so it is skipped with -short and under the race detector.
func TestLongLine(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("10 MB of text: skipped with -short and under -race")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := longLine(10 << 20)
	doc, err := x.Extract(context.Background(), src, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, src, doc)
	if len(doc.Mentions) < 2*len(src)/len(longLine(1)) {
		t.Fatalf("%d mentions in %d sentences", len(doc.Mentions), len(src)/len(longLine(1)))
	}
}

// BenchmarkExtractLongLine extracts a 1 MB single line (see TestLongLine):
// the time per byte stays that of a news article.
func BenchmarkExtractLongLine(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	src := longLine(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), src, ExtractOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSessionAdversarialStream: one Session reading the adversarial
// inputs and the team's articles in turn, twice, returns for each what
// Extract returns: nothing a Session keeps from a document (its word
// caches, its reused memory) changes the next one.
func TestSessionAdversarialStream(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for i, tc := range adversarial {
		texts = append(texts, tc.text)
		if gc := goldenCases[i%len(goldenCases)]; i%4 == 0 {
			src, err := os.ReadFile(filepath.Join("testdata", gc.file))
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(src))
		}
	}
	ctx := context.Background()
	opts := ExtractOptions{ReplaceInvalidUTF8: true}
	sess := x.NewSession()
	for round := range 2 {
		for i, s := range texts {
			want, werr := x.Extract(ctx, s, opts)
			got, gerr := sess.Extract(ctx, s, opts)
			if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
				t.Fatalf("round %d, text %d: error %v, want %v", round, i, gerr, werr)
			}
			if werr != nil {
				continue
			}
			a, _ := json.Marshal(want)
			b, _ := json.Marshal(got)
			if string(a) != string(b) {
				t.Fatalf("round %d, text %d (%.40q): the Session differs from Extract", round, i, s)
			}
		}
	}
}

// TestLoneCRLikeLF: a page whose lines end with a lone CR (old Mac
// files) reads as the same page with LF: same sections, sentences,
// mentions, dates and events at the same offsets (CR and LF are one byte
// each). The whole page was one line: a ticker of the article's lines.
func TestLoneCRLikeLF(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gc := range goldenCases {
		src, err := os.ReadFile(filepath.Join("testdata", gc.file))
		if err != nil {
			t.Fatal(err)
		}
		lf := strings.ReplaceAll(string(src), "\r\n", "\n")
		cr := strings.ReplaceAll(lf, "\n", "\r")
		a, err := x.Extract(context.Background(), lf, ExtractOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := x.Extract(context.Background(), cr, ExtractOptions{})
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, cr, b)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("%s: lone CR line ends read differently from LF", gc.file)
		}
		if len(a.Text().Sentences) != len(b.Text().Sentences) {
			t.Errorf("%s: %d sentences with LF, %d with CR", gc.file, len(a.Text().Sentences), len(b.Text().Sentences))
		}
	}
}
