package naba

import "github.com/nabanlp/naba/normalize"

// A SectionKind says what part of a scraped page a section is.
type SectionKind string

// Section kinds, as they appear in the JSON output.
const (
	// Ticker is a site's ticker: a line of other stories' headlines,
	// often glued together without separators. Its headlines follow it
	// as Headline sections lying inside it.
	Ticker SectionKind = "ticker"
	// Headline is one headline of a ticker.
	Headline SectionKind = "headline"
	// Title is the article's headline.
	Title SectionKind = "title"
	// Dateline is the place, date or agency that opens a story
	// ("دبي، الإمارات العربية المتحدة (CNN)--"). It is the front of the
	// line it opens; the paragraph section starts after it.
	Dateline SectionKind = "dateline"
	// Paragraph is a paragraph of the body (Role "subheading" for a
	// short heading between paragraphs).
	Paragraph SectionKind = "paragraph"
	// Source is an attribution line ("المصدر: …", "عين اليوم – متابعات").
	Source SectionKind = "source"
	// Boilerplate is page furniture that is not the article: comment
	// forms, buttons, share and print lines, related-story lines, tag
	// lists, repeated blocks. It is labelled, never deleted; Role says
	// which kind.
	Boilerplate SectionKind = "boilerplate"
)

// Section roles refine a section's kind.
const (
	RoleRelated    = "related"    // a related-story line or teaser (Boilerplate)
	RoleComment    = "comment"    // a comment form line (Boilerplate)
	RoleButton     = "button"     // navigation, share, print, read-more (Boilerplate)
	RoleTags       = "tags"       // a tag list (Boilerplate)
	RoleDuplicate  = "duplicate"  // a repeat of an earlier block (Boilerplate)
	RoleSubheading = "subheading" // a heading between paragraphs (Paragraph)
)

// A Section is a labelled span of the input. Sections come in text order;
// they never overlap, except that the Headline sections of a ticker lie
// inside their Ticker section (Parent gives its index).
type Section struct {
	Kind SectionKind
	// Role refines Kind (see the Role constants), or is "".
	Role string
	// Start and End are byte offsets into the input: input[Start:End] is
	// the section's text, without surrounding spaces.
	Start, End int
	// Parent is the index in Document.Sections of the enclosing section
	// (a headline's ticker), or -1.
	Parent int
}

// Area returns the coarse part of the page a section belongs to, the
// value of the "section" field of mentions, dates and events: "ticker"
// (a ticker or one of its headlines), "title", "body" (paragraphs and
// datelines), "source", "related" (related-story lines) or "boilerplate".
func (s Section) Area() string {
	switch s.Kind {
	case Ticker, Headline:
		return "ticker"
	case Title:
		return "title"
	case Paragraph, Dateline:
		return "body"
	case Source:
		return "source"
	case Boilerplate:
		if s.Role == RoleRelated {
			return "related"
		}
		return "boilerplate"
	}
	return "body"
}

// A Label is the type of a named entity: "PER", "ORG", "LOC" or "MISC".
type Label string

// Entity labels.
const (
	PER  Label = "PER"
	ORG  Label = "ORG"
	LOC  Label = "LOC"
	MISC Label = "MISC"
)

// A Mention is one occurrence of a named entity in the input.
type Mention struct {
	Label Label
	// Text is input[Start:End]: the name as written, without proclitics.
	Text string
	// Form is the name without clitics, with لل restored to ال
	// (للائتلاف → الائتلاف).
	Form string
	// Start and End are byte offsets into the input.
	Start, End int
	// Entity is the ID of the entity the mention refers to ("e1").
	Entity string
	// Section is the index in Document.Sections of the innermost section
	// holding the mention, or -1.
	Section int
}

// A Role is a position a person holds, as the text states it.
type Role struct {
	Title string
	// Org is the ID of the organization's entity, or "".
	Org string
}

// An Entity is a person, organization, place or other named thing the
// document mentions, with its canonical name (its longest full form) and
// the other names the text calls it by.
type Entity struct {
	ID      string
	Label   Label
	Name    string
	Aliases []string
	Roles   []Role
}

// A Date is a date expression found in the input and its resolved value.
type Date struct {
	// Text is input[Start:End].
	Text       string
	Start, End int
	// Value is the ISO 8601 value: a day "2017-06-28", a month "2017-06",
	// a year "2017", an interval "2017-09-19/2017-09-21" (inclusive end;
	// a whole week too, as the gold annotation writes it:
	// "2017-06-26/2017-07-02"; dates.Date.Week gives "2017-W26" and the
	// dates CLI writes that), or with the year unknown
	// "XXXX-06-28". It is "" when the expression could not be resolved.
	Value string
	// Grain is "day", "week", "month", "year", … .
	Grain string
	// Calendar is the calendar the date is written in ("gregorian",
	// "hijri", or "dual" for a date written in both).
	Calendar string
	// Section is the index in Document.Sections of the section holding
	// the date, or -1.
	Section int
}

// A Span is a piece of the input.
type Span struct {
	Text       string
	Start, End int
}

// An Argument is a participant, place, time or position of an event.
type Argument struct {
	// Role is "participant" (or "agent", "recipient"), "place", "time" or
	// "position".
	Role string
	// Entity is the ID of the entity filling the role, or "".
	Entity string
	// Text is the argument as written (a name, a facility, a position).
	Text string
	// Date is the index in Document.Dates of a time argument, or -1.
	Date int
	// Value is the resolved value of a time argument.
	Value string
}

// Casualties are the numbers of people an event killed and injured.
type Casualties struct {
	Killed, Injured int
}

// An Event is one reported real-world event.
type Event struct {
	// Type is the event type (meet, contact, visit, statement, appeal,
	// appoint, dismiss, establish, suspend, attack, aid, arrest, release,
	// trial, protest, agreement, discovery, decision, death, injury,
	// election, displacement).
	Type string
	// CAMEO is the CAMEO root code where one exists ("04"), or "".
	CAMEO string
	// Status is "past", "ongoing", "planned" or "negated".
	Status string
	// Section is the index in Document.Sections of the section holding
	// the trigger, or -1.
	Section    int
	Trigger    Span
	Arguments  []Argument
	Casualties *Casualties
}

// A Split is a point where glued-word repair divided a run-together token
// (عمانتعيين → عمان + تعيين). The input is never changed: At is the byte
// offset in the input where the second word begins.
type Split struct {
	At int
	// Cue is what justified the split: "teh-marbuta" or "alef-maksura"
	// (a letter that only ends words), "hamza-alef" (ءإ) or
	// "alef-hamza-below" (إ only begins words), or "frequency" (the whole
	// is not a known word and its parts are).
	Cue string
}

// An InferredDate is the document (publication) date and how it was
// found.
type InferredDate struct {
	// Value is the ISO value: a day, or an interval when the text only
	// bounds the date, or a year.
	Value string
	// Method is how the date was found: "ref-date" (given by the caller),
	// "dateline", "dual-date" (a Hijri date with its Gregorian
	// equivalent), or "year-constraints" (a year in the text together
	// with dates said to be past or coming).
	Method string
	// Evidence is the text the date was read from, with its span (empty
	// for "ref-date").
	Evidence Span
}

// DocInfo describes the document as a whole.
type DocInfo struct {
	// Path is the file the document was read from, if any.
	Path string
	// RefDate is the reference date given by the caller (YYYY-MM-DD), or
	// "".
	RefDate string
	// InferredDate is the document date used to resolve relative dates,
	// or nil when neither the caller nor the text gives one.
	InferredDate *InferredDate
}

// A Document is everything naba reads from one article. Its JSON form
// (see MarshalJSON) is the output contract of the extract command; the Go
// values keep byte offsets into the input, the JSON gives code points.
//
// A Document is not modified after Extract returns it and may be read
// concurrently.
type Document struct {
	Doc      DocInfo
	Sections []Section
	Mentions []Mention
	Entities []Entity
	Dates    []Date
	Events   []Event
	// Splits are the glued-word repairs made before analysis.
	Splits []Split

	// text is the analysis: the input, its normalization and the
	// repaired tokens and sentences that the stages shared.
	text *normalize.Text
	// sentenceSection[i] is the index in Sections of sentence i of text.
	sentenceSection []int
}

// Source returns the input the document was extracted from: every span's
// Start and End index into it. It is the text passed to Extract, except
// with ExtractOptions.ReplaceInvalidUTF8, where it is the repaired text
// (each invalid byte became the three bytes of U+FFFD).
func (d *Document) Source() string {
	if d.text == nil {
		return ""
	}
	return d.text.Source
}

// Text returns the normalized analysis shared by the stages: the input,
// its Search normalization, the tokens after glued-word repair and the
// sentences recomputed per section. Its Source is Source(). Callers must
// not modify it; like the Document, it may be read concurrently.
func (d *Document) Text() *normalize.Text { return d.text }

// SectionAt returns the index in d.Sections of the innermost section
// holding the byte span [start, end) of the input, or -1 if none does
// (a span in the blank lines between sections). A span is placed by where
// it starts: end is not checked. It is the Section field of the
// document's mentions, dates and events.
func (d *Document) SectionAt(start, end int) int {
	return sectionAt(d.Sections, start, end)
}

// sectionAt finds the innermost section holding byte offset start:
// sections are sorted by Start, top-level ones never overlap, and a
// headline comes after the ticker that holds it. end is accepted for
// symmetry; a span is placed by where it starts.
func sectionAt(secs []Section, start, _ int) int {
	lo, hi := 0, len(secs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if secs[m].Start <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo - 1; i >= 0; {
		s := secs[i]
		if s.Start <= start && start < s.End {
			return i
		}
		if s.Parent < 0 || s.Parent >= i {
			return -1
		}
		i = s.Parent
	}
	return -1
}

// area returns the coarse section name for section index i.
func (d *Document) area(i int) string {
	if i < 0 || i >= len(d.Sections) {
		return ""
	}
	return d.Sections[i].Area()
}
