package view_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba"
	"github.com/nabanlp/naba/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A page the team wrote, with every section kind.
const page = "وزير الخارجية يزور دمشقانفجار في حمص يؤدي لإصابة 9 مدنيينأمطار غزيرة في حلب\n\n" +
	"الرئيس يلتقي وفداً في دمشق\n\n" +
	"دمشق (سانا) - التقى الرئيس أحمد سالم وزير الخارجية خالد يوسف في دمشق يوم 12 آذار 2019، وبحث الجانبان <b>التعاون</b> & التنسيق.\n\n" +
	"وقال سالم إن الزيارة ناجحة.\n\n" +
	"المصدر: وكالة الأنباء\n\n" +
	"اترك تعليقاً\n"

// find returns the byte span of the n-th (from 1) occurrence of s in
// page.
func find(t testing.TB, s string, n int) (int, int) {
	t.Helper()
	off := 0
	for range n {
		i := strings.Index(page[off:], s)
		require.GreaterOrEqual(t, i, 0, "%q #%d not in page", s, n)
		off += i + len(s)
	}
	return off - len(s), off
}

// sampleDoc extracts page and replaces what the later stages find with
// values set by hand, so the view can be tested before and independently
// of them.
func sampleDoc(t testing.TB) *naba.Document {
	t.Helper()
	doc := extract(t, page)
	mention := func(l naba.Label, s string, n int, e string) naba.Mention {
		a, b := find(t, s, n)
		return naba.Mention{Label: l, Text: s, Form: s, Start: a, End: b, Entity: e, Section: doc.SectionAt(a, b)}
	}
	doc.Mentions = []naba.Mention{
		mention(naba.LOC, "دمشق", 1, "e3"), // in the ticker, glued
		mention(naba.LOC, "حمص", 1, "e4"),
		mention(naba.LOC, "دمشق", 2, "e3"),
		mention(naba.LOC, "دمشق", 3, "e3"), // the dateline
		mention(naba.PER, "أحمد سالم", 1, "e1"),
		mention(naba.PER, "خالد يوسف", 1, "e2"),
		mention(naba.LOC, "دمشق", 4, "e3"),
		mention(naba.PER, "سالم", 2, "e1"),
		mention(naba.ORG, "وكالة الأنباء", 1, "e5"),
	}
	doc.Entities = []naba.Entity{
		{ID: "e1", Label: naba.PER, Name: "أحمد سالم", Aliases: []string{"سالم"}, Roles: []naba.Role{{Title: "الرئيس"}}},
		{ID: "e2", Label: naba.PER, Name: "خالد يوسف", Roles: []naba.Role{{Title: "وزير الخارجية"}}},
		{ID: "e3", Label: naba.LOC, Name: "دمشق"},
		{ID: "e4", Label: naba.LOC, Name: "حمص"},
		{ID: "e5", Label: naba.ORG, Name: "وكالة الأنباء"},
	}
	da, db := find(t, "12 آذار 2019", 1)
	doc.Dates = []naba.Date{{Text: "12 آذار 2019", Start: da, End: db, Value: "2019-03-12", Grain: "day", Calendar: "gregorian", Section: doc.SectionAt(da, db)}}
	ta, tb := find(t, "التقى", 1)
	xa, xb := find(t, "انفجار", 1)
	doc.Events = []naba.Event{
		{Type: "meet", CAMEO: "04", Status: "past", Section: doc.SectionAt(ta, tb),
			Trigger: naba.Span{Text: "التقى", Start: ta, End: tb},
			Arguments: []naba.Argument{
				{Role: "participant", Entity: "e1", Text: "أحمد سالم", Date: -1},
				{Role: "participant", Entity: "e2", Text: "خالد يوسف", Date: -1},
				{Role: "place", Entity: "e3", Text: "دمشق", Date: -1},
				{Role: "time", Date: 0, Value: "2019-03-12"},
			}},
		{Type: "attack", CAMEO: "18", Status: "past", Section: doc.SectionAt(xa, xb),
			Trigger:    naba.Span{Text: "انفجار", Start: xa, End: xb},
			Arguments:  []naba.Argument{{Role: "place", Entity: "e4", Text: "حمص", Date: -1}},
			Casualties: &naba.Casualties{Injured: 9}},
	}
	return doc
}

func extract(tb testing.TB, text string) *naba.Document {
	tb.Helper()
	doc, err := naba.Extract(context.Background(), text, naba.ExtractOptions{Path: "sample.txt"})
	require.NoError(tb, err)
	return doc
}

// An element of the rendered page.
type element struct {
	name  string
	attrs map[string]string
	text  string // its text content
}

// parse checks that markup is well-formed (every element closed, in
// order) and returns its elements. Scripts and styles are dropped first.
func parse(t testing.TB, markup string) []element {
	t.Helper()
	for _, tag := range []string{"script", "style"} {
		for {
			i := strings.Index(markup, "<"+tag+">")
			j := strings.Index(markup, "</"+tag+">")
			if i < 0 || j < i {
				break
			}
			markup = markup[:i] + markup[j+len(tag)+3:]
		}
	}
	markup = strings.Replace(markup, "<!DOCTYPE html>", "", 1)
	// XML forbids some control characters that HTML text may hold.
	markup = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return ' '
		}
		return r
	}, markup)
	dec := xml.NewDecoder(strings.NewReader("<root>" + markup + "</root>"))
	dec.Strict = true
	var out []element
	var open []int // indexes into out of the open elements
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "malformed markup")
		switch tok := tok.(type) {
		case xml.StartElement:
			e := element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
			open = append(open, len(out)-1)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			for _, i := range open {
				out[i].text += string(tok)
			}
		}
	}
	return out
}

func withAttr(els []element, attr string) []element {
	var out []element
	for _, e := range els {
		if _, ok := e.attrs[attr]; ok {
			out = append(out, e)
		}
	}
	return out
}

func TestArticle(t *testing.T) {
	doc := sampleDoc(t)
	var b bytes.Buffer
	require.NoError(t, view.Page(&b, view.Options{Title: "عينة"}, doc))
	html := b.String()
	assert.True(t, strings.HasPrefix(html, "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
	assert.Contains(t, html, "<title>عينة</title>")
	assert.NotContains(t, html, "<b>التعاون</b>", "article text never becomes markup")
	assert.Contains(t, html, "&lt;b&gt;التعاون&lt;/b&gt; &amp; التنسيق")
	assert.NotRegexp(t, `(?i)(src|href)="?(https?:)?//`, html, "no external assets")

	els := parse(t, html)

	// Every mention is one element with its label and entity, and its
	// text is the mention's.
	ms := withAttr(els, "data-label")
	require.Len(t, ms, len(doc.Mentions))
	for i, m := range doc.Mentions {
		assert.Equal(t, string(m.Label), ms[i].attrs["data-label"])
		assert.Equal(t, m.Entity, ms[i].attrs["data-entity"])
		assert.Equal(t, m.Text, ms[i].text)
		assert.Equal(t, "span", ms[i].name)
	}
	// The tooltip gives the canonical name and the aliases.
	assert.Equal(t, "PER: أحمد سالم\nأيضاً: سالم", ms[7].attrs["title"])

	ds := withAttr(els, "data-value")
	require.Len(t, ds, 1)
	assert.Equal(t, "2019-03-12", ds[0].attrs["data-value"])
	assert.Equal(t, "12 آذار 2019", ds[0].text)
	assert.Contains(t, ds[0].attrs["title"], "2019-03-12")

	ts := withAttr(els, "data-event")
	require.Len(t, ts, 2)
	assert.Equal(t, "attack", ts[0].attrs["data-event"]) // in the ticker
	assert.Equal(t, "meet", ts[1].attrs["data-event"])
	assert.Equal(t, "التقى", ts[1].text)

	// Sections are visible: the ticker's headlines, the title as a
	// heading, the boilerplate marked as such.
	var kinds []string
	for _, e := range withAttr(els, "data-section") {
		kinds = append(kinds, e.attrs["data-section"])
	}
	assert.Equal(t, []string{"ticker", "headline", "headline", "headline", "title", "dateline", "paragraph", "paragraph", "source", "boilerplate"}, kinds)
	var h1 []string
	for _, e := range els {
		if e.name == "h1" {
			h1 = append(h1, e.text)
		}
	}
	assert.Equal(t, []string{"الرئيس يلتقي وفداً في دمشق"}, h1)

	// The tables: entities grouped by label with their mention counts,
	// roles and aliases; events with their arguments.
	assert.Contains(t, html, `data-ref="e1" title="e1">أحمد سالم</button></td><td>سالم</td><td class="num">2</td><td>الرئيس</td>`)
	assert.Contains(t, html, `data-ref="e3" title="e3">دمشق</button></td><td></td><td class="num">4</td>`)
	assert.Less(t, strings.Index(html, "chip-PER\">PER</span> أشخاص"), strings.Index(html, "chip-ORG\">ORG</span> منظمات"))
	assert.Less(t, strings.Index(html, "chip-ORG\">ORG</span> منظمات"), strings.Index(html, "chip-LOC\">LOC</span> أماكن"))
	assert.Contains(t, html, `<bdi dir="ltr" class="ev-type"><b>attack</b> <small title="CAMEO">18</small> <small class="ev-status ev-past">past</small></bdi><br /><span class="trig">انفجار</span>`)
	assert.Contains(t, html, "<td>جرحى 9</td>")
	assert.Contains(t, html, `<bdi>2019-03-12</bdi>`)
}

func TestArticleEmpty(t *testing.T) {
	doc, err := naba.Extract(context.Background(), "نص قصير", naba.ExtractOptions{})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, view.Article(&b, doc))
	parse(t, b.String())
	assert.Contains(t, b.String(), "نص قصير")
	assert.Contains(t, b.String(), "تاريخ الوثيقة غير معروف")
	assert.Error(t, view.Article(&b, nil))
}

func TestScriptHash(t *testing.T) {
	h := view.ScriptHash()
	assert.True(t, strings.HasPrefix(h, "'sha256-") && strings.HasSuffix(h, "'"), h)
}

// FuzzArticle checks that any text, with any spans, gives well-formed
// markup that holds all of the text.
func FuzzArticle(f *testing.F) {
	f.Add(page, 3, 17, 20, 40)
	f.Add("<script>alert(1)</script>\n\n&amp; \"'", 0, 8, 1, 30)
	f.Add("عنوان\n\nنص", 2, 4, 0, 100)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		doc, err := naba.Extract(context.Background(), text, naba.ExtractOptions{ReplaceInvalidUTF8: true})
		if err != nil {
			return
		}
		src := doc.Source()
		// Crossing spans of every kind, anywhere (even out of range).
		doc.Mentions = append(doc.Mentions, naba.Mention{Label: naba.PER, Start: a, End: c, Entity: "e1"}, naba.Mention{Label: naba.LOC, Start: b, End: d})
		doc.Dates = append(doc.Dates, naba.Date{Start: b, End: c, Value: "2020"})
		doc.Events = append(doc.Events, naba.Event{Type: "meet", Trigger: naba.Span{Start: a, End: d}})
		var out bytes.Buffer
		require.NoError(t, view.Article(&out, doc))
		els := parse(t, out.String())
		var body string
		for _, e := range els {
			if e.attrs["class"] == "doc-text" {
				body = e.text
			}
		}
		// Every non-blank character of the source is shown, in order.
		squeeze := func(s string) string {
			return strings.Map(func(r rune) rune {
				if r <= ' ' || r == utf8.RuneError || r == 0x85 || r == 0xA0 || r >= 0x2000 && r <= 0x206F || r == 0x3000 || r == 0xFEFF || r == 0xFFFE || r == 0xFFFF {
					return -1
				}
				return r
			}, s)
		}
		if squeeze(body) != squeeze(src) {
			t.Fatalf("the view's text differs from the source:\n%q\n%q", squeeze(body), squeeze(src))
		}
	})
}
