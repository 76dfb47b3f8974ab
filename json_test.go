package naba

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const shortPage = "خبر أول عن عمانخبر ثان عن دمشق• خبر ثالث عن حلب\n\nعنوان المقال هنا\n\nبيروت (رويترز) - قال مسؤول إن الاجتماع انتهى.\nوأضاف أن اللجنة ستجتمع مجددا.\n\nاترك تعليقاً\n"

// checkJSON marshals doc and checks that every start/end pair is in code
// points and selects the same text as the byte span of the Go value.
func checkJSON(t *testing.T, doc *Document) map[string]any {
	t.Helper()
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	require.True(t, json.Valid(b))
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	runes := []rune(doc.Source())
	secs := m["sections"].([]any)
	require.Len(t, secs, len(doc.Sections))
	for i, s := range secs {
		js := s.(map[string]any)
		st, en := int(js["start"].(float64)), int(js["end"].(float64))
		require.True(t, 0 <= st && st <= en && en <= len(runes), "section %d span", i)
		assert.Equal(t, doc.Source()[doc.Sections[i].Start:doc.Sections[i].End], string(runes[st:en]))
	}
	return m
}

func TestDocumentJSON(t *testing.T) {
	doc, err := Extract(context.Background(), shortPage, ExtractOptions{Path: "short.txt"})
	require.NoError(t, err)
	m := checkJSON(t, doc)
	for _, k := range []string{"doc", "sections", "mentions", "entities", "dates", "events"} {
		assert.Contains(t, m, k)
	}
	d := m["doc"].(map[string]any)
	assert.Equal(t, "short.txt", d["path"])
	assert.Contains(t, d, "ref_date")
	assert.Contains(t, d, "inferred_date")
	var kinds []string
	for _, s := range doc.Sections {
		kinds = append(kinds, string(s.Kind))
	}
	assert.Equal(t, []string{"ticker", "headline", "headline", "headline", "title", "dateline", "paragraph", "paragraph", "boilerplate"}, kinds)
	assert.Equal(t, "بيروت (رويترز) -", doc.Source()[doc.Sections[5].Start:doc.Sections[5].End])
}

func TestRefDateRecorded(t *testing.T) {
	ref := mustDate(t, "2017-07-10")
	doc, err := Extract(context.Background(), shortPage, ExtractOptions{RefDate: ref})
	require.NoError(t, err)
	assert.Equal(t, "2017-07-10", doc.Doc.RefDate)
	require.NotNil(t, doc.Doc.InferredDate)
	assert.Equal(t, "ref-date", doc.Doc.InferredDate.Method)
}

func TestBadInput(t *testing.T) {
	_, err := Extract(context.Background(), "", ExtractOptions{})
	assert.ErrorIs(t, err, ErrEmpty)
	_, err = Extract(context.Background(), " \n\t\u200f\n", ExtractOptions{})
	assert.ErrorIs(t, err, ErrEmpty)
	_, err = Extract(context.Background(), "سوريا \xff\xfe دمشق", ExtractOptions{})
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	doc, err := Extract(context.Background(), "سوريا \xff\xfe دمشق", ExtractOptions{ReplaceInvalidUTF8: true})
	require.NoError(t, err)
	assert.True(t, utf8.ValidString(doc.Source()))
	assert.Equal(t, "سوريا \uFFFD\uFFFD دمشق", doc.Source())
	checkJSON(t, doc)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Extract(ctx, shortPage, ExtractOptions{})
	assert.True(t, errors.Is(err, context.Canceled))
}

func TestLongSentenceCapped(t *testing.T) {
	page := "عنوان\n\n" + strings.Repeat("قال الوزير إن الحكومة ستجتمع في دمشق ", 300)
	doc, err := Extract(context.Background(), page, ExtractOptions{})
	require.NoError(t, err)
	tx := doc.Text()
	for _, s := range tx.Sentences {
		assert.LessOrEqual(t, s.Last-s.First, maxSentenceTokens)
		assert.True(t, s.First < s.Last && s.Start < s.End)
		assert.Equal(t, tx.Tokens[s.First].Start, s.Start)
		assert.Equal(t, tx.Tokens[s.Last-1].End, s.End)
	}
	checkJSON(t, doc)
}

// TestRuneCounter checks code point offsets asked for in any order, with
// offsets inside characters (which count the character), on valid and
// invalid UTF-8.
func TestRuneCounter(t *testing.T) {
	for _, src := range []string{"plain ascii", "قالَ الرئيسُ 🇸🇾 في دمشق — ok", "bad \xff\xfe bytes في"} {
		want := func(b int) int {
			n := 0
			for i := 0; i < b; {
				_, size := utf8.DecodeRuneInString(src[i:])
				i += size
				n++
			}
			return n
		}
		rc := newRuneCounter(src)
		seed := uint32(7)
		for range 500 {
			seed = seed*1664525 + 1013904223
			b := int(seed>>8) % (len(src) + 3)
			assert.Equal(t, want(min(b, len(src))), rc.at(b), "%q at %d", src, b)
		}
	}
}
