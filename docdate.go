package naba

import (
	"slices"
	"strconv"
	"time"

	"github.com/nabanlp/naba/dates"
	"github.com/nabanlp/naba/normalize"
)

// Document-date inference. Without a reference date from the caller, the
// text may still date itself:
//
//  1. a dateline with a full date (موسكو 26 شوال 1436 هـ الموافق 11 أغسطس
//     2015 م واس, or a date line under the title): that day;
//  2. a dual Hijri/Gregorian date opening the article (the title, the
//     dateline or the first paragraph): that day;
//  3. a year written in the text (مؤتمر NCT USA 2017) in a sentence with
//     a date said to be past or coming (٢٨ حزيران الماضي، أيلول القادم):
//     if the document is of that year, it was written after every past
//     date and before every coming one, which bounds it to an interval.
//
// Otherwise there is no document date, and year-less and relative dates
// stay unresolved.

// inferDocDate returns the inferred document date and the interval
// [lo, hi] it lies in (lo == hi for a day), or nil.
func (x *Extractor) inferDocDate(doc *Document, body *normalize.Text, plain []dates.Date) (*InferredDate, time.Time, time.Time) {
	// 1 and 2: a full date at the top of the article.
	firstPara := -1
	for i, s := range doc.Sections {
		if s.Kind == Paragraph && s.Role == "" {
			firstPara = i
			break
		}
	}
	for _, d := range plain {
		if !d.Resolved || d.Relative || d.Grain != dates.Day || d.Range || !d.First.Equal(d.Last) {
			continue
		}
		sec := doc.SectionAt(d.Start, d.End)
		if sec < 0 {
			continue
		}
		kind := doc.Sections[sec].Kind
		method := ""
		switch {
		case kind == Dateline:
			method = "dateline"
		case d.Dual && (kind == Title || sec == firstPara):
			method = "dual-date"
		}
		if method == "" {
			continue
		}
		return &InferredDate{Value: d.First.Format(time.DateOnly), Method: method,
			Evidence: Span{Text: d.Text, Start: d.Start, End: d.End}}, d.First, d.First
	}
	return yearConstraints(doc, body, plain)
}

// A yearMention is a four-digit year written in the text.
type yearMention struct {
	year       int
	start, end int // source span
	sentence   int // index in the view's sentences
}

// yearConstraints implements step 3.
func yearConstraints(doc *Document, body *normalize.Text, plain []dates.Date) (*InferredDate, time.Time, time.Time) {
	type directed struct {
		d        dates.Date
		sentence int
	}
	var dirs []directed
	var sents sentenceSpans
	for _, d := range plain {
		if d.Vague || d.Relative || d.Calendar == dates.Hijri || d.Written.Year != 0 || d.Written.Month == 0 {
			continue
		}
		if d.Direction != dates.Past && d.Direction != dates.Future {
			continue
		}
		if sents.end == nil {
			sents = newSentenceSpans(body)
		}
		dirs = append(dirs, directed{d, sents.at(d.Start)})
	}
	if len(dirs) == 0 {
		return nil, time.Time{}, time.Time{}
	}
	// The sentences of the directed dates, sorted: a year mention looks
	// its own up, not every date (a long text of many dates).
	dirSents := make([]int, len(dirs))
	for i, dd := range dirs {
		dirSents[i] = dd.sentence
	}
	slices.Sort(dirSents)
	// Group the year mentions by year; a year is linked to the directed
	// dates when one of its mentions shares a sentence with one of them
	// (مؤتمر NCT USA 2017 الذي سينعقد … أيلول القادم).
	type cand struct {
		y      yearMention
		lo, hi time.Time
		linked bool
	}
	var cands []cand
	for _, y := range yearMentions(body) {
		_, linked := slices.BinarySearch(dirSents, y.sentence)
		known := false
		for i := range cands {
			if cands[i].y.year == y.year {
				known = true
				if linked && !cands[i].linked {
					cands[i].y, cands[i].linked = y, true
				}
			}
		}
		if known {
			continue
		}
		lo := time.Date(y.year, 1, 1, 0, 0, 0, 0, time.UTC)
		hi := time.Date(y.year, 12, 31, 0, 0, 0, 0, time.UTC)
		for _, dd := range dirs {
			first, last := writtenBounds(dd.d, y.year)
			if dd.d.Direction == dates.Past {
				lo = later(lo, last.AddDate(0, 0, 1))
			} else {
				hi = earlier(hi, first.AddDate(0, 0, -1))
			}
		}
		cands = append(cands, cand{y, lo, hi, linked})
	}
	// The year must be written in a sentence with a directed date and
	// fit every directed date; two years that fit leave the date unknown.
	// A year written elsewhere is most often a past one (تدخل روسيا في
	// الحرب عام 2015، 19 يوليو 2012), not the document's.
	var best *cand
	n := 0
	for i := range cands {
		if cands[i].linked && !cands[i].lo.After(cands[i].hi) {
			best = &cands[i]
			n++
		}
	}
	if n != 1 {
		return nil, time.Time{}, time.Time{}
	}
	value := best.lo.Format(time.DateOnly)
	if !best.lo.Equal(best.hi) {
		value += "/" + best.hi.Format(time.DateOnly)
	}
	src := doc.Source()
	return &InferredDate{Value: value, Method: "year-constraints",
		Evidence: Span{Text: src[best.y.start:best.y.end], Start: best.y.start, End: best.y.end}}, best.lo, best.hi
}

// writtenBounds returns the first and last day a year-less date covers in
// year y (a day, a range of days, a month).
func writtenBounds(d dates.Date, y int) (time.Time, time.Time) {
	w, we := d.Written, d.WrittenEnd
	if we.IsZero() {
		we = w
	}
	if we.Month == 0 {
		we.Month = w.Month
	}
	first := time.Date(y, time.Month(w.Month), max(w.Day, 1), 0, 0, 0, 0, time.UTC)
	endYear := y
	if we.Month < w.Month {
		endYear++
	}
	var last time.Time
	if we.Day != 0 {
		last = time.Date(endYear, time.Month(we.Month), we.Day, 0, 0, 0, 0, time.UTC)
	} else {
		last = time.Date(endYear, time.Month(we.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return first, last
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// yearMentions returns the four-digit numbers of the view that can be
// years of current news (1950–2100), in text order.
func yearMentions(v *normalize.Text) []yearMention {
	var out []yearMention
	for si, s := range v.Sentences {
		for k := s.First; k < s.Last; k++ {
			tok := v.Tokens[k]
			if tok.Kind != normalize.Number || tok.End-tok.Start != 4 {
				continue
			}
			y, err := strconv.Atoi(v.Norm[tok.Start:tok.End])
			if err != nil || y < 1950 || y > 2100 {
				continue
			}
			a, e := v.SourceSpan(tok.Start, tok.End)
			out = append(out, yearMention{year: y, start: a, end: e, sentence: si})
		}
	}
	return out
}

// sentenceSpans holds the source spans of a view's sentences, in order
// (sentences are disjoint and come in order, so both grow).
type sentenceSpans struct{ start, end []int }

// newSentenceSpans maps the sentences of v to the source once: a cursor
// maps them in order without a search each.
func newSentenceSpans(v *normalize.Text) sentenceSpans {
	ss := sentenceSpans{start: make([]int, len(v.Sentences)), end: make([]int, len(v.Sentences))}
	spans := v.Cursor()
	for i, s := range v.Sentences {
		ss.start[i], ss.end[i] = spans.SourceSpan(s.Start, s.End)
	}
	return ss
}

// at returns the index of the sentence holding the source offset off, or
// -1: the first sentence that ends after it, if it begins at or before it.
func (ss sentenceSpans) at(off int) int {
	i, _ := slices.BinarySearchFunc(ss.end, off, func(e, off int) int {
		if e <= off {
			return -1
		}
		return 1
	})
	if i < len(ss.end) && ss.start[i] <= off {
		return i
	}
	return -1
}
