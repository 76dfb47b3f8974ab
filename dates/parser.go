package dates

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nabanlp/naba/dates/hijri"
	"github.com/nabanlp/naba/normalize"
)

// YearPolicy chooses the year (or week, or month) of a date written
// without one, such as ٢٨ حزيران or الخميس.
type YearPolicy uint8

// Year policies.
const (
	// PastUnlessFuture, the default, is the news policy: the tense of
	// the date's clause decides. A future cue (القادم/المقبل after the
	// date, سينعقد، سيزور، سوف، يعقد، تعقد، يقام، من المقرر، من المنتظر،
	// يتوقع، يستعد، موعد) takes the nearest occurrence on or after the
	// reference date; a past one (عقد، عقدت، انعقد، جرى، جرت، أقيم، أمس،
	// الماضي) the nearest on or before it. The nearest cue within the
	// date's clause counts; a past cue before أن/إن is not the date's.
	// With no cue, the nearest occurrence on or before the reference,
	// unless one starts within two weeks after it (a meeting on 7
	// September announced on the 3rd).
	PastUnlessFuture YearPolicy = iota
	// Nearest takes the occurrence closest to the reference date.
	Nearest
	// AlwaysPast takes the nearest occurrence on or before the reference.
	AlwaysPast
	// AlwaysFuture takes the nearest occurrence on or after the reference.
	AlwaysFuture
)

// SpanStyle chooses what a date's span covers where conventions differ.
// It changes spans only, never values.
type SpanStyle uint8

// Span styles.
const (
	// NewsSpans, the default, marks a date as a newsroom reader does (and
	// as the team's annotations do): the noun يوم written right before a
	// weekday or a day number and month is part of the span (يوم الأحد
	// المقبل، يوم 28 حزيران، يوم 27 من الشهر الجاري); a proclitic on it
	// is not (بيوم الأحد → يوم الأحد), as for names.
	NewsSpans SpanStyle = iota
	// RecognizersSpans leaves that يوم out (الأحد المقبل، 28 حزيران), as
	// Microsoft's Recognizers-Text suite marks Arabic dates. Before a
	// bare day number (يوم 27) and a holiday (يوم عيد الفطر) يوم is in
	// the span either way.
	RecognizersSpans
)

// Options configure a Parser. The zero value is useful: no reference
// date (year-less and relative dates stay unresolved) and the news year
// policy.
type Options struct {
	// Reference is the date expressions are resolved against, usually the
	// publication date of the document. Only its calendar day counts. The
	// zero time means there is none.
	Reference time.Time
	// Location is the time zone in which Reference's calendar day is
	// taken; nil means Reference's own location.
	Location *time.Location
	// YearPolicy chooses the year of dates written without one.
	YearPolicy YearPolicy
	// Calendar is the calendar of years written without هـ or م in
	// numeric dates (٧/١٠/١٤٣٦) and alone (عام 1436). The zero value
	// decides by the year: numeric dates with years 1300–1500 are Hijri,
	// and a year alone is Hijri when it is the reference's Hijri year or
	// next to it. Set Hijri for sources that write Hijri years bare (Saudi
	// government texts), Gregorian to never guess Hijri. A month name
	// always decides its own calendar.
	Calendar Calendar
	// Spans chooses what a span covers: the zero value, NewsSpans, puts
	// the noun يوم before a weekday or a day and month in it;
	// RecognizersSpans leaves it out.
	Spans SpanStyle
}

// A Parser finds and resolves date expressions in Arabic text.
//
// A Parser is immutable and safe for concurrent use. It is cheap to build
// (the tables it reads are built once per process, on first use), so a
// pipeline can build one per document with that document's reference
// date.
type Parser struct {
	opts   Options
	hasRef bool
	ref    int // day number of the reference
}

// Errors of New.
var (
	ErrPolicy   = errors.New("dates: unknown year policy")
	ErrCalendar = errors.New("dates: unknown calendar")
	ErrSpans    = errors.New("dates: unknown span style")
)

// New returns a Parser with the given options. An unknown YearPolicy,
// Calendar or SpanStyle gives an error wrapping ErrPolicy, ErrCalendar or
// ErrSpans.
func New(opts Options) (*Parser, error) {
	if opts.YearPolicy > AlwaysFuture {
		return nil, fmt.Errorf("%w %d", ErrPolicy, opts.YearPolicy)
	}
	if opts.Calendar > Hijri {
		return nil, fmt.Errorf("%w %d", ErrCalendar, opts.Calendar)
	}
	if opts.Spans > RecognizersSpans {
		return nil, fmt.Errorf("%w %d", ErrSpans, opts.Spans)
	}
	p := &Parser{opts: opts}
	if !opts.Reference.IsZero() {
		t := opts.Reference
		if opts.Location != nil {
			t = t.In(opts.Location)
		}
		p.hasRef = true
		p.ref = hijri.DayNumber(t)
	}
	return p, nil
}

// MustNew is like New but panics on error; for options known to be valid.
func MustNew(opts Options) *Parser {
	p, err := New(opts)
	if err != nil {
		panic(err)
	}
	return p
}

// WithReference returns a copy of p that resolves against ref (the zero
// time for none).
func (p *Parser) WithReference(ref time.Time) *Parser {
	o := p.opts
	o.Reference = ref
	q, _ := New(o)
	return q
}

// Options returns the options p was built with (for a Parser made by
// WithReference, with its new Reference).
func (p *Parser) Options() Options { return p.opts }

// Reference returns the reference day (midnight UTC), the calendar day of
// Options.Reference in Options.Location, and whether there is one.
func (p *Parser) Reference() (time.Time, bool) {
	if !p.hasRef {
		return time.Time{}, false
	}
	return hijri.DayTime(p.ref), true
}

// expandYear reads a two-digit year.
func (p *Parser) expandYear(yy int) int {
	pivot := 49
	if p.hasRef {
		ry, _, _ := ymd(p.ref)
		pivot = ry%100 + 10
		if ry < 2000 {
			return 1900 + yy
		}
	}
	if yy <= pivot {
		return 2000 + yy
	}
	return 1900 + yy
}

// scanners are reused across calls: their token and key buffers are the
// only per-call state worth keeping.
var scanners = sync.Pool{New: func() any {
	sc := &scanner{}
	sc.m = &matcher{sc: sc}
	return sc
}}

func getScanner(p *Parser, text string, src *normalize.Text) *scanner {
	sc := scanners.Get().(*scanner)
	lx := theLexicon()
	sc.lx, sc.ft, sc.text, sc.src, sc.p = lx, theFold(), text, src, p
	if src != nil {
		sc.spans = src.Cursor()
	}
	sc.m.p, sc.m.lx = p, lx
	sc.toks, sc.key, sc.out, sc.base = sc.toks[:0], sc.key[:0], nil, 0
	sc.nl, sc.stop = false, false
	return sc
}

func putScanner(sc *scanner) []Date {
	out := sc.out
	sameDayYear(out[sc.base:])
	sc.out, sc.text, sc.src, sc.p, sc.m.p = nil, "", nil, nil, nil
	sc.spans = normalize.SpanCursor{} // let go of the text
	if cap(sc.toks) <= 4*maxSegment {
		scanners.Put(sc)
	}
	return out
}

// emit turns a match into a Date with its span in the caller's text.
func (sc *scanner) emit(c *cand, tn tense) {
	start := c.startAt
	if start < 0 {
		start = sc.m.ts[c.i].cut
	}
	end := sc.m.ts[c.j-1].end
	if sc.src != nil {
		s, e := sc.spans.SourceSpan(start, end)
		sc.out = sc.p.appendDate(sc.out, sc.base, c, tn, sc.src.Source, s, e)
		return
	}
	sc.out = sc.p.appendDate(sc.out, sc.base, c, tn, sc.text, start, end)
}

// Find returns the date expressions of text, in order, with byte spans in
// text. It folds the text the way normalize's Search preset does (every
// hamza, spelling and digit variant is the same) without building a
// normalized copy.
func (p *Parser) Find(text string) []Date {
	sc := getScanner(p, text, nil)
	sc.scanSource(text)
	return putScanner(sc)
}

// FindText returns the date expressions of an analyzed text, with byte
// spans in t.Source. It reads t.Norm and t.Tokens as they are (it neither
// normalizes nor tokenizes again), so a caller may pass a Text whose token
// list it has refined, for example with glued words split.
func (p *Parser) FindText(t *normalize.Text) []Date {
	return p.AppendText(nil, t, false)
}

// AppendText appends the date expressions of t to dst, as FindText finds
// them, and returns the extended slice: a caller that finds the dates of
// text after text can reuse one slice (dst[:0]) and allocate nothing for
// them. The dates already in dst play no part (an anaphoric expression
// never counts from one of them).
//
// When folded is true, the caller promises that t.Norm was written by a
// normalizer with the normalize.Search preset, as Analyze or Map returns
// it: every word is then taken as its own folded form, without checking
// it letter by letter. A text that breaks the promise gets no error and
// no panic, but some of its dates may be missed; pass false when unsure.
func (p *Parser) AppendText(dst []Date, t *normalize.Text, folded bool) []Date {
	if t == nil {
		return dst
	}
	sc := getScanner(p, t.Norm, t)
	sc.out, sc.base = dst, len(dst)
	sc.scanText(t, folded)
	return putScanner(sc)
}

// appendDate appends the date of the match c at [s, e) of src to out,
// whose dates from base on are those of this text.
func (p *Parser) appendDate(out []Date, base int, c *cand, tn tense, src string, s, e int) []Date {
	if s < 0 || e > len(src) || s >= e {
		return out
	}
	if n := len(out); n > base && s < out[n-1].End {
		return out // never overlap an earlier date
	}
	q := p
	if c.anaphor {
		q = p.anaphorBase(out[base:], c, src, s)
		if q == p && c.needAnchor {
			return out // في نفس اليوم with no day before it
		}
	}
	d := q.toDate(c, tn)
	d.Start, d.End, d.Text = s, e, src[s:e]
	return append(out, d)
}

// anaphorReach is how far back (in bytes, about 500 Arabic letters) the
// date an anaphoric expression counts from may be.
const anaphorReach = 1000

// sameDayReach is how far back (in bytes, about 1250 Arabic letters, a few
// paragraphs) the day that اليوم نفسه or في نفس اليوم repeats may be: the
// expression names the day told before and counts nothing from it, so
// the last day told is the one meant even past a paragraph or two with no
// date (لقي سبعة أشخاص مصرعهم أمس الثلاثاء … وزار رئيس الحكومة، مساء
// اليوم نفسه، الجرحى), where an expression counted from a date (اليوم
// التالي، الشهر السابق) keeps the shorter reach.
const sameDayReach = 2500

// anaphorBase returns the parser to resolve an expression counted from
// the date before it (في اليوم التالي، العام السابق): the previous date,
// when it is close, resolved and no coarser than the unit
// counted, becomes the reference (its last day for التالي, its first for
// السابق). Otherwise the reference stays.
func (p *Parser) anaphorBase(out []Date, c *cand, src string, s int) *Parser {
	if len(out) == 0 {
		return p
	}
	prev := out[len(out)-1]
	reach := anaphorReach
	if c.needAnchor {
		reach = sameDayReach
	}
	if !prev.Resolved || prev.Vague || prev.End > s || s-prev.End > reach {
		return p
	}
	unitGrain := c.unit.grain()
	if c.kind == cRelDay {
		unitGrain = Day
	}
	if prev.Grain > unitGrain || prev.Grain == NoGrain {
		return p
	}
	at := prev.First
	if c.off > 0 {
		at = prev.Last
	}
	q := *p
	q.hasRef, q.ref = true, hijri.DayNumber(at)
	return &q
}
