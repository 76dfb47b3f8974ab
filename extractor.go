package naba

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/normalize"
)

// Errors returned by Extract.
var (
	// ErrInvalidUTF8 is returned for input that is not valid UTF-8,
	// unless ExtractOptions.ReplaceInvalidUTF8 is set.
	ErrInvalidUTF8 = errors.New("naba: input is not valid UTF-8")
	// ErrEmpty is returned for input with nothing but spaces.
	ErrEmpty = errors.New("naba: empty input")
)

// Options configure an Extractor. The zero value is the default pipeline.
type Options struct {
	// NoGlueRepair turns glued-word repair off: tokens stay as the
	// tokenizer found them, and tickers are cut at bullets and glued stops
	// only.
	NoGlueRepair bool
}

// ExtractOptions are the per-document options of Extract.
type ExtractOptions struct {
	// Path is recorded in the document ("doc.path"); it is not read.
	Path string
	// RefDate is the document's reference (publication) date, against
	// which relative and year-less dates are resolved. When zero, the
	// date is inferred from the text where it gives one (see
	// InferredDate); otherwise such dates stay unresolved.
	RefDate time.Time
	// ReplaceInvalidUTF8 makes Extract replace each byte that is not
	// valid UTF-8 by U+FFFD instead of returning ErrInvalidUTF8. Spans then
	// index the repaired text, which Document.Source returns.
	ReplaceInvalidUTF8 bool
}

// An Extractor turns articles into Documents. It is built once, holds the
// normalizer and the stages' embedded data, and is safe for concurrent
// use by multiple goroutines.
type Extractor struct {
	opts Options
	norm *normalize.Normalizer
	stages
}

// New returns an Extractor for opts. The embedded data of the stages (the
// gazetteer, the entity tagger's model, the event lexicon) is loaded once
// per process, on first use, and shared by every Extractor. An error means
// that data could not be read: a bug, not a condition to handle.
func New(opts Options) (*Extractor, error) {
	n, err := normalize.New(normalize.Search)
	if err != nil {
		return nil, fmt.Errorf("naba: building the normalizer: %w", err)
	}
	st, err := newStages(opts)
	if err != nil {
		return nil, err
	}
	return &Extractor{opts: opts, norm: n, stages: st}, nil
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

// Extract runs the default Extractor (zero Options) on text.
func Extract(ctx context.Context, text string, opts ExtractOptions) (*Document, error) {
	x, err := defaultExtractor()
	if err != nil {
		return nil, err
	}
	return x.Extract(ctx, text, opts)
}

// Extract reads one article: it normalizes the text once, repairs glued
// words, segments the page into sections, finds dates (resolved against
// opts.RefDate or the inferred document date), entities and events, and
// returns them as a Document whose spans index text.
//
// Input that is not valid UTF-8 gives ErrInvalidUTF8 (see
// ExtractOptions.ReplaceInvalidUTF8); input with nothing but spaces gives
// ErrEmpty. Extract stops early with ctx's error when ctx is done.
func (x *Extractor) Extract(ctx context.Context, text string, opts ExtractOptions) (*Document, error) {
	return x.extract(ctx, text, opts, x.recognizer, nil, nil, nil)
}

// A Session extracts documents one after another for one goroutine. It
// keeps what the entity tagger computed for the words it has read (see
// entities.Session), how the event lexicon reads them (see
// events.Finder) and how the glued-word repair splits them (at most
// 16,384 words of each kind), for the next documents, and reuses the
// memory of what it builds and drops (see scratch): over a stream of
// documents it is faster than Extractor.Extract, whose results it
// returns. It is not safe for concurrent use: give each goroutine its
// own.
type Session struct {
	x      *Extractor
	rec    *entities.Session
	events *eventSession
	// glue remembers how the glued-word repair splits each word.
	glue glueMemo
	mem  scratch
}

// scratch is memory a Session reuses from one document to the next for
// what the front of the pipeline builds and drops before the Document is
// returned: the tokens as the tokenizer finds them and the sentences (the
// Document gets a copy of the final lists), the page's lines and the set
// that finds repeated ones, and the token and sentence lists of the views
// the dates and entities stages read. The nil *scratch makes every step
// allocate its own.
type scratch struct {
	tokens          []normalize.Token
	sentences       []normalize.Sentence
	sentenceSection []int
	lines           []pageLine
	seenLines       map[string]bool // the set of duplicates, emptied after use
	// views: the entities' view, the dates' body and ticker views.
	views [3]viewMemory
	// dateLists: the dates found, emptied after use (see findDates).
	dateLists dateLists
}

// sameArray reports whether a and b share their first element's memory.
func sameArray[T any](a, b []T) bool {
	return cap(a) > 0 && cap(b) > 0 && &a[:1][0] == &b[:1][0]
}

// viewMemory is the memory of one view's token and sentence lists.
type viewMemory struct {
	tokens    []normalize.Token
	sentences []normalize.Sentence
}

// Views of a scratch.
const (
	entitiesView = iota
	datesBodyView
	datesTickerView
)

// view returns the memory of view k, or nil.
func (m *scratch) view(k int) *viewMemory {
	if m == nil {
		return nil
	}
	return &m.views[k]
}

// NewSession returns a new Session of x, for one goroutine.
func (x *Extractor) NewSession() *Session {
	return &Session{x: x, rec: x.recognizer.NewSession(), events: newEventSession()}
}

// Extract is Extractor.Extract, with what s kept from the documents
// before: the Document is the same. It must not be called concurrently
// on one Session.
func (s *Session) Extract(ctx context.Context, text string, opts ExtractOptions) (*Document, error) {
	doc, err := s.x.extract(ctx, text, opts, s.rec, s.events, &s.glue, &s.mem)
	s.mem.shrink()
	return doc, err
}

// keptScratch bounds the lists (in elements: tokens, sentences, lines) a
// Session keeps for the next document: 65,536 tokens is some 600 KB of
// text, far above a news article. A longer document's lists are dropped
// once it is done, so that a Session that read one huge text does not
// hold its memory while it reads the short ones after it.
const keptScratch = 1 << 16

// shrink drops the lists of m longer than keptScratch.
func (m *scratch) shrink() {
	m.tokens = keptOrNil(m.tokens)
	m.sentences = keptOrNil(m.sentences)
	m.sentenceSection = keptOrNil(m.sentenceSection)
	if cap(m.lines) > keptScratch {
		m.lines, m.seenLines = nil, nil // the set's buckets too
	}
	for k := range m.views {
		m.views[k].tokens = keptOrNil(m.views[k].tokens)
		m.views[k].sentences = keptOrNil(m.views[k].sentences)
	}
	for k := range m.dateLists {
		m.dateLists[k] = keptOrNil(m.dateLists[k])
	}
}

// dropStage drops the memory of a stage that is done, its views' and,
// after the dates, the date lists, when the text has more than
// keptScratch tokens: it would otherwise sit beside the next stages'
// memory (the entity stage's is the peak). m may be nil.
func (m *scratch) dropStage(tokens int, views ...int) {
	if m == nil || tokens <= keptScratch {
		return
	}
	for _, k := range views {
		m.views[k] = viewMemory{}
		if k == datesBodyView {
			m.dateLists = dateLists{}
		}
	}
}

// keptOrNil returns s emptied, or nil when its capacity passes
// keptScratch.
func keptOrNil[T any](s []T) []T {
	if cap(s) > keptScratch {
		return nil
	}
	return s[:0]
}

// A recognizer finds the entities of a text: an *entities.Recognizer
// or one of its Sessions.
type recognizer interface {
	Recognize(*normalize.Text) *entities.Result
}

func (x *Extractor) extract(ctx context.Context, text string, opts ExtractOptions, rec recognizer, es *eventSession, glue *glueMemo, mem *scratch) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !validUTF8(text) {
		if !opts.ReplaceInvalidUTF8 {
			return nil, fmt.Errorf("%w (first bad byte at offset %d)", ErrInvalidUTF8, firstInvalid(text))
		}
		text = replaceInvalid(text)
	}
	if isBlank(text) {
		return nil, ErrEmpty
	}
	// Analyze without its sentences: sectionSentences below splits each
	// section into sentences anew.
	tx := x.norm.Map(text)
	var toks []normalize.Token
	if mem != nil {
		toks = mem.tokens[:0]
	}
	tx.Tokens = normalize.AppendTokens(toks, tx.Norm)
	toks = tx.Tokens
	var splits []Split
	if !x.opts.NoGlueRepair {
		splits = repairGlue(tx, 0, len(tx.Tokens), glueStrict, glue)
	}
	var secs []Section
	secs, splits = segment(tx, splits, !x.opts.NoGlueRepair, glue, mem)
	if mem != nil {
		// The Document owns its tokens: copy them out of the scratch
		// memory, unless the glued-word repair made a new list.
		switch {
		case cap(toks) > keptScratch:
			// A long text's list is the Document's, not copied (a
			// copy would double it at the memory's peak), or dropped
			// now when the repair made a new one; the next document
			// grows a list of its own.
			mem.tokens = nil
		case sameArray(tx.Tokens, toks):
			tx.Tokens = slices.Clone(tx.Tokens)
			fallthrough
		default:
			mem.tokens = toks[:0]
		}
	}
	var secOf []int
	if mem != nil {
		// As the tokens: built in scratch memory, copied out at their
		// length.
		mem.sentences, mem.sentenceSection = sectionSentences(tx, secs, mem.sentences[:0], mem.sentenceSection[:0])
		tx.Sentences, secOf = slices.Clone(mem.sentences), slices.Clone(mem.sentenceSection)
	} else {
		tx.Sentences, secOf = sectionSentences(tx, secs, nil, nil)
	}

	doc := &Document{
		Doc:             DocInfo{Path: opts.Path},
		Sections:        secs,
		Splits:          splits,
		text:            tx,
		sentenceSection: secOf,
	}
	if !opts.RefDate.IsZero() {
		doc.Doc.RefDate = opts.RefDate.Format(time.DateOnly)
		doc.Doc.InferredDate = &InferredDate{Value: doc.Doc.RefDate, Method: "ref-date"}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := guard("dates", func() { x.findDates(doc, opts.RefDate, mem) }); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	mem.dropStage(len(tx.Tokens), datesBodyView, datesTickerView)
	if err := guard("entities", func() { findEntities(doc, rec, mem) }); err != nil {
		return nil, err
	}
	mem.dropStage(len(tx.Tokens), entitiesView)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := guard("events", func() { doc.Events = findEventsWith(doc, es) }); err != nil {
		return nil, err
	}
	return doc, nil
}

// ErrInternal wraps a bug in a stage: Extract turns a stage's panic into
// this error, so that one bad document never brings down a program
// reading many. Please report it with the input.
var ErrInternal = errors.New("naba: internal error")

// guard runs one stage and converts its panic into an ErrInternal error.
func guard(stage string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w in the %s stage: %v", ErrInternal, stage, r)
		}
	}()
	f()
	return nil
}

func isBlank(s string) bool {
	for _, r := range s {
		if !isInvisibleSpace(r) {
			return false
		}
	}
	return true
}

// validUTF8 is utf8.ValidString, eight bytes at a time through ASCII and
// the two-byte sequences Arabic text is made of (lead C2–DF, one
// continuation byte); eight bytes holding a longer sequence's byte are
// decoded by package utf8.
func validUTF8(s string) bool {
	const highs = 0x8080808080808080
	i := 0
	for {
		// carry is 0x80 when the byte before i is a two-byte lead.
		var carry uint64
		for ; i+8 <= len(s); i += 8 {
			x := load64(s, i)
			if x&highs|carry == 0 {
				continue
			}
			// In each byte's high bit: bit 7 and 6 and 5 set (a longer
			// sequence's lead, or no UTF-8 byte), a two-byte lead (110),
			// a continuation byte (10).
			if x&(x<<1)&(x<<2)&highs != 0 {
				break
			}
			lead := x & (x << 1) & highs
			cont := x &^ (x << 1) & highs
			// Each lead is followed by a continuation byte and each
			// continuation byte follows a lead; C0 and C1 (bits 1–4
			// zero) lead overlong forms.
			if lead<<8|carry != cont || lead&^nonzeroNibbles(x>>1) != 0 {
				return false
			}
			carry = lead >> 56
		}
		if carry != 0 {
			i-- // decode the sequence from its lead
		}
		for end := min(i+8, len(s)); i < end; {
			if s[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
			i += size
		}
		if i >= len(s) {
			return true
		}
	}
}

// load64 reads the eight bytes of s at i as a little-endian word (one
// load: the compiler merges the bytes).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nonzeroNibbles sets the high bit of each byte of x whose low four bits
// are not all zero. Adding 0x7F to a byte of at most 0x0F never carries
// into the next byte.
func nonzeroNibbles(x uint64) uint64 {
	const low4, ones7, highs = 0x0F0F0F0F0F0F0F0F, 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	y := x & low4
	return (y + ones7) & highs
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// replaceInvalid replaces each invalid byte of s by U+FFFD.
func replaceInvalid(s string) string {
	b := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// sectionSentences recomputes the sentences of tx so that none crosses a
// section boundary: each leaf section (every section but a ticker, whose
// headlines are its leaves) is split into sentences on its own. secOf
// gives each sentence's section. The sentences and their sections are
// appended to out and secOf.
func sectionSentences(tx *normalize.Text, secs []Section, out []normalize.Sentence, secOf []int) ([]normalize.Sentence, []int) {
	toks := tx.Tokens
	ti := 0
	// The sections come in the text's order, mostly: a cursor maps
	// them without a search each (and answers one out of order alike).
	spans := tx.Cursor()
	for i, s := range secs {
		if s.Kind == Ticker && i+1 < len(secs) && secs[i+1].Parent == i {
			continue
		}
		ns, ne := spans.NormSpan(s.Start, s.End)
		for ti > 0 && toks[ti-1].Start >= ns {
			ti--
		}
		for ti < len(toks) && toks[ti].Start < ns {
			ti++
		}
		first := ti
		for ti < len(toks) && toks[ti].Start < ne {
			ti++
		}
		if ti == first {
			continue
		}
		n := len(out)
		out = normalize.AppendSentences(out, tx.Norm, toks[first:ti])
		for k := n; k < len(out); k++ {
			out[k].First += first
			out[k].Last += first
		}
		out = capSentences(out, n, toks)
		for k := n; k < len(out); k++ {
			secOf = append(secOf, i)
		}
	}
	return out, secOf
}

// maxSentenceTokens bounds a sentence. Real news sentences stay far below
// it; text without punctuation (a 10 MB line of words) would otherwise be
// one sentence, and the stages that look across a sentence (the date of
// an event, its participants) would take time quadratic in its length.
const maxSentenceTokens = 400

// capSentences cuts the sentences out[from:] longer than
// maxSentenceTokens into pieces, preferably after a comma.
func capSentences(out []normalize.Sentence, from int, toks []normalize.Token) []normalize.Sentence {
	long := false
	for _, s := range out[from:] {
		if s.Last-s.First > maxSentenceTokens {
			long = true
			break
		}
	}
	if !long {
		return out
	}
	capped := make([]normalize.Sentence, 0, len(out)-from+8)
	for _, s := range out[from:] {
		for s.Last-s.First > maxSentenceTokens {
			cut := s.First + maxSentenceTokens
			// Back up to just after a comma or other pause, if one is near.
			for k := cut - 1; k > s.First+maxSentenceTokens/2; k-- {
				if toks[k].Kind == normalize.Punct {
					cut = k + 1
					break
				}
			}
			capped = append(capped, normalize.Sentence{Start: toks[s.First].Start, End: toks[cut-1].End, First: s.First, Last: cut})
			s.First, s.Start = cut, toks[cut].Start
		}
		capped = append(capped, s)
	}
	return append(out[:from], capped...)
}
