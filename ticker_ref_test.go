package naba

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/normalize"
)

// isTickerRef and tickersRef are isTicker and the ticker loop of
// classify as first written: every candidate line's loose repair cut the
// page's tokens at once (a copy of every token), merged its splits into
// the page's and recomputed every line's token range, quadratic in a page
// of ticker lines. They are kept to check that tickers, which cuts once
// after the last line, segments alike.
func (sg *segmenter) isTickerRef(ln *pageLine, afterTitle bool) bool {
	if ln.words < 8 {
		return false
	}
	if sg.splitsIn(ln) == 0 && !hasBullet(ln.fold) && strings.HasSuffix(ln.fold, ".") {
		return false // an ordinary paragraph: no seam of any kind
	}
	seams := sg.headlineSeams(ln)
	if seams == 0 {
		return false
	}
	commas := strings.Count(ln.fold, ",")
	stops := strings.Count(ln.fold, ". ")
	if stops > seams || (afterTitle && commas >= seams) {
		return false
	}
	// Run the loose repair inside the line and count again.
	var more []Split
	if sg.repair {
		more = repairGlue(sg.tx, ln.ntStart, ln.ntEnd, glueLoose, sg.glue)
	}
	if len(more) > 0 {
		sg.splits = mergeSplits(sg.splits, more)
		sg.reindexTokens()
		seams = sg.headlineSeams(ln)
	}
	need := 2
	if afterTitle {
		need = 3
	}
	return seams >= need
}

func (sg *segmenter) tickersRef() {
	lines := sg.lines
	titleSeen := false
	for i := range lines {
		ln := &lines[i]
		if ln.kind != unclassified {
			continue
		}
		if sg.isTickerRef(ln, titleSeen) {
			ln.kind = Ticker
			continue
		}
		if !titleSeen {
			titleSeen = true
			if ln.words <= 40 && sg.moreContent(i+1) {
				ln.kind = Title
				continue
			}
		}
	}
}

// segmentRef is segment with tickersRef for tickers.
func segmentRef(tx *normalize.Text, splits []Split, repair bool, glue *glueMemo) ([]Section, []Split) {
	sg := &segmenter{tx: tx, splits: splits, repair: repair, glue: glue}
	sg.readLines()
	lines := sg.lines
	for i := range lines {
		lines[i].kind, lines[i].role = sg.furniture(&lines[i])
	}
	sg.tickerBlock()
	sg.tickersRef()
	firstBody := -1
	for i := range lines {
		ln := &lines[i]
		if ln.kind != unclassified {
			continue
		}
		ln.kind = Paragraph
		if firstBody < 0 {
			firstBody = i
		}
	}
	sg.bylineAndDates(firstBody)
	sg.duplicates()
	sg.teasers()
	sg.relatedBlocks()
	sg.subheadings()
	return sg.sections(), sg.splits
}

// tickerPages returns random pages of many lines: the ticker lines of
// testdata/article_ticker.txt, lines of glued pieces, bullets, glued
// stops and ordinary paragraphs, with and without blank lines between.
func tickerPages(t testing.TB, n int) []string {
	b, err := os.ReadFile(filepath.Join("testdata", "article_ticker.txt"))
	require.NoError(t, err)
	var lines []string
	for l := range strings.SplitSeq(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	pieces := []string{"للسويداء", "إحداث", "عمان", "تعيين", "مدينة", "على", "أن", "حتى", "لا", "الرئيس", "سوريا",
		"مجموعة", "بالإضافة", "دمشق", "انفجار", "حلب", "نقابة", "النظام", "أول", "صور", " | ", " • ", "؟", ".", " ", " ", "\u200c", "2024"}
	r := rand.New(rand.NewPCG(7, 7))
	var pages []string
	for range n {
		var page strings.Builder
		for k := 1 + r.IntN(60); k > 0; k-- {
			switch r.IntN(3) {
			case 0:
				page.WriteString(lines[r.IntN(len(lines))])
			default:
				for m := 3 + r.IntN(40); m > 0; m-- {
					page.WriteString(pieces[r.IntN(len(pieces))])
				}
			}
			page.WriteString([]string{"\n", "\n\n", "\r\n", "\n \n"}[r.IntN(4)])
		}
		pages = append(pages, page.String())
	}
	return pages
}

// TestTickersAsReference compares segment with segmentRef (sections,
// splits and tokens) on the team's articles, the news corpus, the seeds
// and random pages of many ticker lines, with and without a glueMemo.
func TestTickersAsReference(t *testing.T) {
	texts := articleTexts(t, 0, filepath.Join("corpus", "news"), "seeds")
	texts = append(texts, tickerPages(t, 400)...)
	n := normalize.MustNew(normalize.Search)
	memo, memoRef := &glueMemo{}, &glueMemo{}
	tickers := 0
	for _, s := range texts {
		for _, glue := range [][2]*glueMemo{{nil, nil}, {memo, memoRef}} {
			tx := n.Map(s)
			tx.Tokens = normalize.AppendTokens(nil, tx.Norm)
			splits := repairGlue(tx, 0, len(tx.Tokens), glueStrict, glue[0])
			txRef := *tx
			txRef.Tokens = slices.Clone(tx.Tokens)
			splitsRef := slices.Clone(splits)
			secs, splits := segment(tx, splits, true, glue[0], nil)
			secsRef, splitsRef := segmentRef(&txRef, splitsRef, true, glue[1])
			require.Equal(t, secsRef, secs, s)
			require.Equal(t, splitsRef, splits, s)
			require.Equal(t, txRef.Tokens, tx.Tokens, s)
			for _, sec := range secs {
				if sec.Kind == Ticker {
					tickers++
				}
			}
		}
	}
	require.Greater(t, tickers, 1000, "the pages have ticker lines")
}

// BenchmarkTickerLines segments a page of 2,000 ticker lines (the first
// line of testdata/article_ticker.txt, with blank lines between): every
// line is a ticker and gets the loose repair. Its cost grows with the
// page, not with its square.
func BenchmarkTickerLines(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "article_ticker.txt"))
	require.NoError(b, err)
	line, _, _ := strings.Cut(string(src), "\n")
	page := strings.Repeat(line+"\n\n", 2000)
	x, err := New(Options{})
	require.NoError(b, err)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), page, ExtractOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
