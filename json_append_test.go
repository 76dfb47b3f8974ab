package naba

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/require"
)

// requireReferenceJSON checks that MarshalJSON and AppendJSON write
// exactly the bytes of the reference route (encoding/json over the struct
// tree, json_ref_test.go).
func requireReferenceJSON(t testing.TB, doc *Document, what string) {
	t.Helper()
	want, err := referenceJSON(doc)
	require.NoError(t, err, what)
	got, err := doc.MarshalJSON()
	require.NoError(t, err, what)
	if !bytes.Equal(want, got) {
		t.Fatalf("%s: JSON differs from the reference\n got: %s\nwant: %s", what, got, want)
	}
	prefix := []byte("prefix")
	if got := doc.AppendJSON(prefix); !bytes.Equal(got[len(prefix):], want) || string(got[:len(prefix)]) != "prefix" {
		t.Fatalf("%s: AppendJSON differs from the reference", what)
	}
}

// fuzzCorpus returns the inputs saved under testdata/fuzz/FuzzExtract.
func fuzzCorpus(t *testing.T) []string {
	names, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzExtract", "*"))
	require.NoError(t, err)
	var out []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, line := range strings.Split(string(b), "\n") {
			if q, ok := strings.CutPrefix(line, "string("); ok {
				s, err := strconv.Unquote(strings.TrimSuffix(q, ")"))
				require.NoError(t, err, name)
				out = append(out, s)
			}
		}
	}
	return out
}

// TestJSONMatchesReference compares the written JSON with the reference
// route on the golden articles, the fuzz corpus and the shared news
// corpus (when present), each read with and without a reference date.
func TestJSONMatchesReference(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	ref := time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)
	check := func(name, text string) {
		for _, opts := range []ExtractOptions{{Path: name, ReplaceInvalidUTF8: true}, {Path: name, RefDate: ref, ReplaceInvalidUTF8: true}} {
			doc, err := x.Extract(context.Background(), text, opts)
			if err != nil {
				require.ErrorIs(t, err, ErrEmpty, name)
				return
			}
			requireReferenceJSON(t, doc, name)
		}
	}
	texts := map[string]string{"shortPage": shortPage}
	for _, gc := range goldenCases {
		b, err := os.ReadFile(filepath.Join("testdata", gc.file))
		require.NoError(t, err)
		texts[gc.file] = string(b)
	}
	for i, s := range fuzzCorpus(t) {
		texts["fuzz"+strconv.Itoa(i)] = s
	}
	for name, text := range texts {
		check(name, text)
	}
	t.Run("news", func(t *testing.T) {
		for _, a := range shared.News(t) {
			check(a.Name, a.Text)
		}
	})
}

// awkward are strings that need every kind of escape: quotes, controls,
// HTML characters, U+2028/U+2029, invalid and truncated UTF-8, surrogates
// written in UTF-8, and characters of every length.
var awkward = []string{
	"", "plain", `"quoted" \back\slash/`, "\x00\x01\x1f\x7f\b\f\n\r\t", "<b>&amp;</b>", "a\u2028b\u2029c\u2027",
	"\xff\xfe", "\xd9", "قال\xd9", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "مصر 🇸🇾 ﷲ €",
	"\ufffd", "\u00e9\u0800\U00010000\U0010ffff",
}

// TestAppendJSONString compares the escaping with encoding/json's on
// every byte alone, every pair of bytes in a small alphabet, and the
// awkward strings.
func TestAppendJSONString(t *testing.T) {
	cases := append([]string(nil), awkward...)
	for b := range 256 {
		cases = append(cases, string([]byte{byte(b)}), "x"+string([]byte{byte(b)})+"\u0645")
	}
	alphabet := []byte{0, 'a', '"', '<', 0x7f, 0x80, 0xbf, 0xc2, 0xd9, 0xdf, 0xe0, 0xe2, 0xed, 0xf0, 0xf4, 0xff}
	for _, a := range alphabet {
		for _, b := range alphabet {
			for _, c := range alphabet {
				cases = append(cases, string([]byte{a, b, c}), string([]byte{0xe2, a, b, c}))
			}
		}
	}
	// appendJSONString reads eight bytes at a time: every byte at every
	// offset of strings longer than a word, and random strings of every
	// length up to 40 made of pieces that matter.
	for _, bg := range []string{"abcdefghijklmnopqrs", "قال الرئيس في", "«مصر» \u2028 ok"} {
		for k := range len(bg) {
			for c := range 256 {
				b := []byte(bg)
				b[k] = byte(c)
				cases = append(cases, string(b))
			}
		}
	}
	pieces := []string{"a", " ", "1", "\"", "\\", "<", ">", "&", "\x00", "\n", "\x1f", "\x7f", "م", "«", "\u00e9", "€",
		"\u2028", "\u2029", "\u2027", "🇸", "\xd9", "\x80", "\xc0\xaf", "\xc1\xbf", "\xed\xa0\x80", "\xff"}
	seed := uint64(3)
	for range 20000 {
		seed = seed*6364136223846793005 + 1442695040888963407
		var sb strings.Builder
		for n := int(seed>>40) % 41; sb.Len() < n; {
			seed = seed*6364136223846793005 + 1442695040888963407
			sb.WriteString(pieces[int(seed>>33)%len(pieces)])
		}
		cases = append(cases, sb.String())
	}
	for _, s := range cases {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	}
}

// TestJSONEveryField checks a document that uses every optional field,
// with awkward strings in every string field, and the zero Document.
func TestJSONEveryField(t *testing.T) {
	requireReferenceJSON(t, &Document{}, "zero Document")
	doc, err := Extract(context.Background(), shortPage, ExtractOptions{Path: "short.txt"})
	require.NoError(t, err)
	for _, s := range awkward {
		requireReferenceJSON(t, withStrings(doc, s), strconv.Quote(s))
	}
}

// withStrings returns a copy of doc with s in every string field and
// every optional field used, offsets left as they are (and one out of
// range).
func withStrings(doc *Document, s string) *Document {
	d := *doc
	d.Doc = DocInfo{Path: s, RefDate: s, InferredDate: &InferredDate{Value: s, Method: s, Evidence: Span{Text: s, Start: 1, End: 9}}}
	d.Sections = append([]Section(nil), doc.Sections...)
	for i := range d.Sections {
		d.Sections[i].Role = s
	}
	d.Sections = append(d.Sections, Section{Kind: SectionKind(s), Start: -5, End: 1 << 30, Parent: 0})
	d.Mentions = append(d.Mentions, Mention{Label: Label(s), Text: s, Form: s, Start: 3, End: 2, Entity: s, Section: 99})
	d.Entities = append([]Entity(nil), doc.Entities...)
	d.Entities = append(d.Entities,
		Entity{ID: s, Label: Label(s), Name: s, Aliases: []string{s, s}, Roles: []Role{{Title: s}, {Title: s, Org: s}}},
		Entity{ID: s, Aliases: []string{}})
	d.Dates = append(d.Dates, Date{Text: s, Start: 0, End: 4, Value: s, Grain: s, Calendar: s, Section: -1})
	d.Events = append(d.Events, Event{Type: s, CAMEO: s, Status: s, Section: 0, Trigger: Span{Text: s, Start: 2, End: 7},
		Arguments:  []Argument{{Role: s, Entity: s, Text: s, Date: 0, Value: s}, {Role: s, Date: -1}},
		Casualties: &Casualties{Killed: 3, Injured: -1}})
	d.Splits = append(d.Splits, Split{At: 5, Cue: s})
	return &d
}

// TestCodePointsRandom compares the offset conversion with runeCounter
// at every offset of random UTF-8 texts of one- to four-byte characters,
// of every length up to 300 bytes (the counting goes by words of eight
// bytes and blocks of 64).
func TestCodePointsRandom(t *testing.T) {
	chars := []string{"a", " ", "\n", "م", "ب", "«", "\u00e9", "€", "\u2028", "ﷲ", "🇸", "\U0010ffff"}
	seed := uint64(5)
	for n := range 301 {
		var sb strings.Builder
		for sb.Len() < n {
			seed = seed*6364136223846793005 + 1442695040888963407
			sb.WriteString(chars[int(seed>>33)%len(chars)])
		}
		src := sb.String()
		rc := newRuneCounter(src)
		cp := newCodePoints(src, nil)
		for b := -1; b <= len(src)+1; b++ {
			require.Equal(t, rc.at(b), cp.at(b), "%q at %d", src, b)
		}
	}
}

// TestCodePoints compares the offset conversion with runeCounter around
// the block boundaries, on offsets asked for in any order.
func TestCodePoints(t *testing.T) {
	for _, src := range []string{"", "plain ascii", "قالَ الرئيسُ 🇸🇾 في دمشق — ok", strings.Repeat("مصر €🇸🇾 a", 40), strings.Repeat("ب", 97)} {
		rc := newRuneCounter(src)
		cp := newCodePoints(src, nil)
		for b := -2; b <= len(src)+2; b++ {
			require.Equal(t, rc.at(b), cp.at(b), "%q at %d", src, b)
		}
		seed := uint32(7)
		for range 300 {
			seed = seed*1664525 + 1013904223
			b := int(seed>>8) % (len(src) + 3)
			require.Equal(t, rc.at(b), cp.at(b), "%q at %d", src, b)
		}
	}
}

// FuzzDocumentJSON: the JSON of any extracted document is valid and
// byte-identical to the reference route, and so is that of the document
// with the raw input (any bytes) in every string field.
func FuzzDocumentJSON(f *testing.F) {
	for _, s := range append([]string{shortPage, "عمانتعيين", "٢٨ حزيران الماضي", "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس قال"}, awkward...) {
		f.Add(s)
	}
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := x.Extract(context.Background(), s, ExtractOptions{ReplaceInvalidUTF8: true})
		if err != nil {
			doc = &Document{}
		}
		for _, d := range []*Document{doc, withStrings(doc, s)} {
			b, err := d.MarshalJSON()
			if err != nil || !json.Valid(b) || !utf8.Valid(b) {
				t.Fatalf("bad JSON (%v): %q", err, b)
			}
			requireReferenceJSON(t, d, "fuzz")
		}
	})
}

// BenchmarkDocumentJSON writes the JSON of the news corpus's documents,
// by AppendJSON into one buffer and by the reference route; bytes are
// the articles' text.
func BenchmarkDocumentJSON(b *testing.B) {
	x, err := New(Options{})
	require.NoError(b, err)
	var docs []*Document
	size := 0
	for _, a := range shared.News(b) {
		doc, err := x.Extract(context.Background(), a.Text, ExtractOptions{Path: a.Name})
		require.NoError(b, err)
		docs = append(docs, doc)
		size += len(a.Text)
	}
	b.Run("append", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		var buf []byte
		for b.Loop() {
			for _, d := range docs {
				buf = d.AppendJSON(buf[:0])
			}
		}
	})
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, d := range docs {
				_, _ = d.MarshalJSON()
			}
		}
	})
	b.Run("reference", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, d := range docs {
				_, _ = referenceJSON(d)
			}
		}
	})
}
