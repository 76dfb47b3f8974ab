// Package entities finds the people, organizations, places and other
// named things (PER, ORG, LOC, MISC) of an Arabic text, with exact spans
// in the caller's input; groups the mentions of one document into its
// entities with their canonical names and aliases; and reads the roles a
// text gives people (a title and an organization).
//
// A Recognizer combines three sources: the gazetteer (entities/gazetteer:
// names and name cues the team wrote down), rules over the cues (title +
// name, organization head + name, place head + name, given name +
// family name …), and the statistical tagger (entities/tagger) for the
// names no list holds. It reads a *normalize.Text — the pipeline's
// normalized text with its tokens — and never normalizes or tokenizes it
// again.
package entities

import (
	"fmt"
	"strings"
	"sync"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/entities/tagger"
	"github.com/nabanlp/naba/normalize"
)

// Label is the type of a mention or entity: PER, ORG, LOC or MISC.
type Label string

// The labels.
const (
	PER  Label = "PER"
	ORG  Label = "ORG"
	LOC  Label = "LOC"
	MISC Label = "MISC"
)

// Source says how a mention was found.
type Source uint8

// Sources of mentions.
const (
	// FromGazetteer is a name in the gazetteer.
	FromGazetteer Source = iota + 1
	// FromRule is a name found by a rule over gazetteer cues (title +
	// name, organization head + name, place head + name …).
	FromRule
	// FromTagger is a name found by the statistical tagger.
	FromTagger
	// FromDocument is a short reference to a name found elsewhere in the
	// document (a surname alone: الحكيم after نذير الحكيم).
	FromDocument
)

var sourceNames = [...]string{"", "gazetteer", "rule", "tagger", "document"}

func (s Source) String() string {
	if int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return ""
}

// A Mention is one occurrence of a name in the text.
type Mention struct {
	// Label is the mention's type.
	Label Label
	// Start and End are byte offsets in the original input (the Text's
	// Source): input[Start:End] is the mention's text. Proclitics are
	// left out: in وسوريا the mention is سوريا.
	Start, End int
	// Text is input[Start:End].
	Text string
	// Form is the name as written without its proclitics, with the
	// article of لل restored: للائتلاف الوطني gives Text لائتلاف الوطني
	// and Form الائتلاف الوطني. It keeps the source's spelling (hamzas,
	// diacritics, Persian letters) and is cleaned as the Display preset of
	// normalize cleans (no tatweel, presentation forms or bidi controls:
	// ﺍﻟﺴﻴﺴﻲ gives السيسي), as are entity names, aliases and titles.
	Form string
	// First and Last are the tokens [First, Last) of the Text that the
	// mention covers.
	First, Last int
	// Entity is the index in Result.Entities of the entity the mention
	// refers to.
	Entity int
	// Source says how the mention was found.
	Source Source
}

// An Entity is one person, organization, place or thing of the document,
// with every mention that refers to it.
type Entity struct {
	// ID is "e1", "e2" … in the order of the entities' first mentions.
	ID string
	// Label is the entity's type.
	Label Label
	// Name is the canonical name: the longest full form in the text
	// (for places, without generic words such as مدينة).
	Name string
	// Aliases are the other ways the text refers to the entity: short
	// forms, surnames, known aliases (الخوذ البيضاء for الدفاع المدني
	// السوري), and for a person with a role the title alone when the text
	// uses it to refer back (الأمين العام). Sorted by first use.
	Aliases []string
	// Roles are the positions the text gives a person.
	Roles []Role
	// Mentions are the indices in Result.Mentions of the entity's
	// mentions, in text order.
	Mentions []int
}

// A Role is a position a text gives a person: الأمين العام للائتلاف …
// gives Title الأمين العام and Org the coalition's entity.
type Role struct {
	// Title is the title as written, without proclitics and cleaned as
	// Mention.Form is: الأمين العام، مدير، وزير الخارجية. Three readings
	// build it from the words around: a title with the pronoun ها takes
	// its bare form (رئيسها التنفيذي → الرئيس التنفيذي), a spokesman
	// whose باسم takes a pronoun takes باسم alone (المتحدثة باسمها →
	// المتحدثة باسم, Org the body the pronoun refers to), and a person
	// appointed to an office takes the office in the nominative (عين …
	// رئيسا للحكومة → رئيس الحكومة).
	Title string
	// Org is the index in Result.Entities of the organization, or -1.
	Org int
}

// A Result is what a Recognizer finds in one text.
type Result struct {
	// Mentions in text order; they never overlap.
	Mentions []Mention
	// Entities in the order of their first mentions.
	Entities []Entity
}

// Options configure a Recognizer. The zero value uses the embedded
// gazetteer and tagger model.
type Options struct {
	// Gazetteer holds the name lists; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// Tagger is the statistical model; nil means tagger.Default().
	Tagger *tagger.Model
	// NoTagger turns the statistical tagger off: only the gazetteer and
	// the rules find names. Faster, more precise, lower recall.
	NoTagger bool
}

// A Recognizer finds mentions and entities. It is immutable and safe for
// concurrent use; build it once with New.
type Recognizer struct {
	g      *gazetteer.Gazetteer
	tagger *tagger.Model
	words  *wordLists
	pool   sync.Pool // *doc
}

// New returns a Recognizer for opts. Unless opts gives a Tagger or sets
// NoTagger it loads the embedded tagger model (tagger.Default, read once
// per process and shared); the error is that model's failing to load.
func New(opts Options) (*Recognizer, error) {
	r := &Recognizer{g: opts.Gazetteer}
	if r.g == nil {
		r.g = gazetteer.Default()
	}
	if !opts.NoTagger {
		r.tagger = opts.Tagger
		if r.tagger == nil {
			m, err := tagger.Default()
			if err != nil {
				return nil, fmt.Errorf("entities: loading the tagger model: %w", err)
			}
			r.tagger = m
		}
	}
	r.words = defaultWordLists()
	r.pool.New = func() any { return new(doc) }
	return r, nil
}

// searchNorm is the normalizer of RecognizeString.
var searchNorm = normalize.MustNew(normalize.Search)

// displayNorm cleans the names, forms and titles a Result gives.
var displayNorm = normalize.MustNew(normalize.Display)

// RecognizeString normalizes src with the Search preset and recognizes
// its names. Spans point into src.
func (r *Recognizer) RecognizeString(src string) *Result {
	return r.Recognize(searchNorm.Analyze(src))
}

// Recognize finds the names of t, a text normalized and tokenized by
// normalize (Normalizer.Analyze with the Search preset is what the
// lookups expect; other presets work, a little less well). Spans in the
// Result point into t.Source. t is read, never changed.
func (r *Recognizer) Recognize(t *normalize.Text) *Result {
	if t == nil {
		return &Result{}
	}
	d := r.pool.Get().(*doc)
	defer r.pool.Put(d)
	return d.recognize(r, t)
}

// A Session recognizes texts one after another for one goroutine. It
// keeps its buffers, and what the tagger computed for the words it has
// read (see tagger.Session), for the next texts: over a stream of
// documents it is faster than Recognize, whose results it returns. Its
// buffers refer to the last text it read until it reads the next. It is
// not safe for concurrent use; use one per goroutine.
type Session struct {
	r *Recognizer
	d doc
}

// NewSession returns a new Session of r.
func (r *Recognizer) NewSession() *Session {
	s := &Session{r: r}
	if r.tagger != nil {
		s.d.tagger = r.tagger.NewSession()
	}
	return s
}

// Recognize is Recognizer.Recognize. The Result is the caller's: the next
// call does not change it.
func (s *Session) Recognize(t *normalize.Text) *Result {
	if t == nil {
		return &Result{}
	}
	res := s.d.recognize(s.r, t)
	if s.d.n > keptTokens {
		// A long text's per-token lists are dropped with the words
		// remembered for it, so that the Session does not hold them
		// while it reads the short texts after it.
		s.d = doc{tagger: s.d.tagger}
	}
	return res
}

// keptTokens bounds the texts (in tokens) whose per-token lists a
// Session keeps for the next: 65,536 tokens is some 600 KB of text, far
// above a news article.
const keptTokens = 1 << 16

func (d *doc) recognize(r *Recognizer, t *normalize.Text) *Result {
	d.reset(r, t)
	d.findCandidates()
	d.placesListedAfterIn()
	d.subordinatePlaces()
	d.affiliatedGroups()
	d.orgShortForms()
	if r.tagger != nil {
		d.addTagged()
		d.dropLoneCommonTagged()
		d.particleTagged()
		d.stripTaggedClitics()
		d.linkTaggedNames()
	}
	d.hyphenatedNames()
	d.personsInList()
	d.resolveWeak()
	d.headedPlacesAgain()
	d.facilityNames()
	d.facilityGivenNames()
	d.facilityPlaces()
	d.appointedNames()
	if r.tagger != nil {
		d.dropCommonSurnamesAlone()
	}
	d.mergeAcronyms()
	d.extendNasab()
	d.nameBeforeThat()
	d.addSurnames()
	d.headlineFamilyNames()
	d.extendSurnames()
	d.extendGiven()
	d.extendBeforeListedSurname()
	d.yieldListedSurnames()
	d.yieldListedPrefixes()
	d.joinSplitNames()
	d.resolveConstructs()
	d.appointedTitles()
	d.counterparts()
	d.nicknames()
	d.stormNames()
	d.sourceNames()
	return d.result()
}

// CountryOfNationality returns the name of the country of a nationality
// adjective in any form (سعودي، السعودية، الأردنيين → السعودية، الأردن),
// and whether the adjective is known. It reads the same
// list the recognizer uses to link الرئيس السوري to سوريا.
func CountryOfNationality(word string) (string, bool) {
	w := searchNorm.String(word)
	if !mayBeNisba(w) {
		return "", false // most words: the events stage asks of every word
	}
	c, ok := countryNames()[nisbaKey(w)]
	return c, ok
}

// mayBeNisba reports whether nisbaKey of the folded word w may be a key
// of countryNames: every key ends with ي (TestNisbaKeys), so w ends with
// ي or with a suffix nisbaStem strips (ه، ا، ن، ت).
func mayBeNisba(w string) bool {
	if len(w) < 2 {
		return false
	}
	switch w[len(w)-2:] {
	case "ي", "ه", "ا", "ن", "ت":
		return true
	}
	return false
}

// countryNames maps a folded nationality adjective to its country's name
// as data/demonyms.txt writes it.
var countryNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for line := range dataLines("data/demonyms.txt") {
		if adj, country, ok := strings.Cut(line, "|"); ok {
			m[searchNorm.String(strings.TrimSpace(adj))] = strings.TrimSpace(country)
		}
	}
	return m
})

// countrySet holds the countries' names (folded) that the demonyms name.
var countrySet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range countryNames() {
		m[searchNorm.String(c)] = true
	}
	return m
})
