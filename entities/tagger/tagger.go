// Package tagger is naba's statistical named-entity tagger: it gives every
// token of a normalized text one IOB2 tag over PER, LOC, ORG and MISC.
//
// The model is a linear sequence model (the mean of eight averaged
// structured perceptrons over hashed features of the folded word, its
// clitics, stems and affixes, shape, trigger words in a window, nisba
// endings, the name lists of entities/gazetteer, word-list statistics
// and, for a word in a short quoted span, the word before the quotes)
// decoded with a BIO-constrained Viterbi search. It is trained on
// ANERcorp (CC BY-SA 4.0; Benajiba et al. 2007, CAMeL Lab split of Obeid
// et al. 2020) and on the AQMAR dev articles (CC BY-SA 3.0; Mohit et al.
// 2012), by feature augmentation (Daumé III 2007): each feature has a
// general weight and a weight per domain, news for ANERcorp and
// encyclopedic for AQMAR, whose conventions differ, and the embedded
// model holds the general plus news weights. The model file is derived
// from both corpora and from wordfreq's Arabic list (CC BY-SA 4.0).
// Retrain it with
//
//	go run ./entities/tagger/internal/train -final -out entities/tagger/model.bin
//
// Package entities turns the tags into mentions; use this package
// directly to tag pre-tokenized text (CoNLL files) or to build another
// recognizer.
package tagger

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/entities/tagger/internal/seqmodel"
	"github.com/nabanlp/naba/normalize"
)

// A Tag is an IOB2 tag: O, or B-x / I-x for x in PER, LOC, ORG, MISC.
// The zero value is O.
type Tag uint8

// The tags.
const (
	O     Tag = Tag(seqmodel.O)
	BPer  Tag = Tag(seqmodel.BPer)
	IPer  Tag = Tag(seqmodel.IPer)
	BLoc  Tag = Tag(seqmodel.BLoc)
	ILoc  Tag = Tag(seqmodel.ILoc)
	BOrg  Tag = Tag(seqmodel.BOrg)
	IOrg  Tag = Tag(seqmodel.IOrg)
	BMisc Tag = Tag(seqmodel.BMisc)
	IMisc Tag = Tag(seqmodel.IMisc)
)

// String returns the IOB2 spelling of t ("O", "B-PER", "I-LOC", …).
func (t Tag) String() string {
	if int(t) < len(seqmodel.LabelNames) {
		return seqmodel.LabelNames[t]
	}
	return "O"
}

// Type returns the entity type of t: "PER", "LOC", "ORG", "MISC", or ""
// for O.
func (t Tag) Type() string {
	if t == O || int(t) >= seqmodel.NumLabels {
		return ""
	}
	return seqmodel.LabelNames[t][2:]
}

// Begins reports whether t starts an entity (B-x).
func (t Tag) Begins() bool { return t != O && int(t) < seqmodel.NumLabels && t%2 == 1 }

// Continues reports whether t continues an entity (I-x).
func (t Tag) Continues() bool { return seqmodel.IsInside(uint8(t)) && int(t) < seqmodel.NumLabels }

// ParseTag returns the Tag spelled s in IOB2 over PER, LOC, ORG, MISC,
// exactly as String writes it (case matters: "b-per" is no tag); ok is
// false (and the tag O) for anything else.
func ParseTag(s string) (t Tag, ok bool) {
	for i, n := range seqmodel.LabelNames {
		if n == s {
			return Tag(i), true
		}
	}
	return O, false
}

// A Model tags tokens. It is immutable and safe for concurrent use.
//
// The embedded model reads each text in the weights of its domain: news
// (what ANERcorp holds, and what naba reads) or encyclopedic text (what
// AQMAR's Wikipedia articles hold). Both were trained together, each
// feature as a shared copy and one of its domain's (Daumé III 2007), and
// a small detector decides a text's domain from the text alone (reporting
// verbs, datelines and agencies against definitions, encyclopedic verbs
// and years in brackets): every call reads the whole text it is given,
// so a text tagged sentence by sentence is tagged in one domain.
type Model struct {
	m       *seqmodel.Model
	scratch sync.Pool // *seqmodel.Scratch
	// With det set, det reads each text's domain and enc's model tags
	// the encyclopedic ones (read on first use), with scratches of its
	// own (a Scratch serves one model).
	det        *seqmodel.Detector
	enc        func() *seqmodel.Model
	encScratch sync.Pool
}

//go:embed model.bin
var modelFile []byte

//go:embed model_encyc.bin
var encModelFile []byte

//go:embed model_domain.txt
var detectorFile []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := seqmodel.ReadBytes(modelFile) // Load without copying the file
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	det, err := seqmodel.ParseDetector(detectorFile)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	tm := newModel(m)
	tm.det = det
	tm.enc = encModel
	tm.encScratch.New = func() any { return new(seqmodel.Scratch) }
	return tm, nil
})

// encModel returns the embedded encyclopedic weights, read on first use:
// news, what naba reads, never needs them. The tests read the file, so
// nil (a corrupt file) is a bug; the news weights then tag every text.
var encModel = sync.OnceValue(func() *seqmodel.Model {
	m, err := seqmodel.ReadBytes(encModelFile)
	if err != nil {
		return nil
	}
	return m
})

// Default returns the embedded model, loaded on first use and shared by
// every caller. An error means the embedded file is corrupt: a bug.
func Default() (*Model, error) { return defaultModel() }

// Load reads a model file written by the training program, for a program
// that tags with a model of its own; Default needs no file. It returns
// an error for anything else. The model reads every text as news.
func Load(r io.Reader) (*Model, error) {
	m, err := seqmodel.Read(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	return newModel(m), nil
}

func newModel(m *seqmodel.Model) *Model {
	return &Model{m: m, scratch: sync.Pool{New: func() any { return new(seqmodel.Scratch) }}}
}

// encyclopedic reports whether m reads t with its encyclopedic weights.
func (m *Model) encyclopedic(t *normalize.Text) bool {
	return m.det != nil && m.det.Domain(t) == seqmodel.Encyclopedic
}

// get returns the weights to read t with and a scratch for them; put
// gives the scratch back.
func (m *Model) get(t *normalize.Text) (*seqmodel.Model, *seqmodel.Scratch) {
	if m.encyclopedic(t) {
		if em := m.enc(); em != nil {
			return em, m.encScratch.Get().(*seqmodel.Scratch)
		}
	}
	return m.m, m.scratch.Get().(*seqmodel.Scratch)
}

func (m *Model) put(sm *seqmodel.Model, s *seqmodel.Scratch) {
	if sm != m.m {
		m.encScratch.Put(s)
		return
	}
	m.scratch.Put(s)
}

// Tag appends one tag per token of t.Tokens[first:last] to dst and
// returns the extended slice. The range is clamped to the tokens of t.
// Each sentence of t.Sentences that the range overlaps is decoded as one
// sequence (the whole range when t has no sentences), so tagging a
// document sentence by sentence or all at once gives the same tags; all
// at once is faster (the document's words are scored once). The tags
// always form valid IOB2: an I-x follows a B-x or I-x.
func (m *Model) Tag(t *normalize.Text, first, last int, dst []Tag) []Tag {
	if t == nil {
		return dst
	}
	first, last = max(first, 0), min(last, len(t.Tokens))
	if first >= last {
		return dst
	}
	sm, s := m.get(t)
	defer m.put(sm, s)
	return tag(sm, t, first, last, s, dst)
}

// sourceWindow is how many tokens' source spans tag maps at once (a
// whole news article).
const sourceWindow = 1 << 13

func tag(sm *seqmodel.Model, t *normalize.Text, first, last int, s *seqmodel.Scratch, dst []Tag) []Tag {
	defer s.Release()
	first, last = max(first, 0), min(last, len(t.Tokens))
	if first >= last {
		return dst
	}
	mapped := first // the sources of the tokens [first, mapped) are mapped
	for start := first; start < last; {
		end := min(sentenceEnd(t.Sentences, start), last)
		if end <= start {
			end = last
		}
		if end > mapped {
			// A window of sentences at a time: a long text's spans
			// would be 16 bytes a token, at the memory's peak.
			mapped = min(last, max(end, start+sourceWindow))
			s.MapSources(t, start, mapped)
		}
		sm.Tag(t, start, end, s)
		for _, l := range s.Labels[:end-start] {
			dst = append(dst, Tag(l))
		}
		start = end
	}
	return dst
}

// TagMarked is Tag for a caller that has already matched the name lists
// of entities/gazetteer over the whole text: gaz holds one
// gazetteer.Tags per token of t (len(gaz) == len(t.Tokens)), as
// gazetteer.Scan.AppendTags returns them, and the model reads them
// instead of matching the lists again. With gaz == nil, or of another
// length, it is Tag. The tags equal Tag's except where a listed phrase
// runs across a sentence boundary.
func (m *Model) TagMarked(t *normalize.Text, first, last int, gaz []gazetteer.Tags, dst []Tag) []Tag {
	if t == nil || gaz == nil || len(gaz) != len(t.Tokens) || m.m.Gazetteer == nil {
		return m.Tag(t, first, last, dst)
	}
	sm, s := m.get(t)
	defer m.put(sm, s)
	s.Marks = s.Marks[:0]
	for _, g := range gaz {
		s.Marks = append(s.Marks, uint32(g))
	}
	s.UseMarks = true
	defer func() { s.UseMarks = false }()
	return tag(sm, t, first, last, s, dst)
}

// TagScan is Tag for a caller that has keyed the text for the name
// lists of entities/gazetteer: scan is a gazetteer.Scan over t and
// gazetteer.Default() (the lists the model was trained with), and the
// model reads each sentence's gazetteer tags from it
// (Scan.AppendTagsIn) instead of scanning the sentence again. The tags
// equal Tag's. With any other scan, or nil, it is Tag.
func (m *Model) TagScan(t *normalize.Text, first, last int, scan *gazetteer.Scan, dst []Tag) []Tag {
	if !m.reads(t, scan) {
		return m.Tag(t, first, last, dst)
	}
	sm, s := m.get(t)
	defer m.put(sm, s)
	s.Scan = scan // until s.Release
	return tag(sm, t, first, last, s, dst)
}

// A Session tags texts one after another for one goroutine, keeping
// what the model computed for every word it has read (its features and
// their summed weights) for the next texts: a stream of documents then
// computes each word once instead of once per document, and tagging
// costs about half as much once the common words are known. The tags
// are always those of Model.Tag. A Session holds no reference to the
// texts it tagged (it keeps copies of the words), and at most some
// sixteen thousand words (a few megabytes): when full it starts afresh.
// It is not safe for concurrent use; use one per goroutine. The zero
// value is not usable: call Model.NewSession.
type Session struct {
	m  *Model
	s  seqmodel.Scratch
	es seqmodel.Scratch // for the encyclopedic weights
}

// NewSession returns a new Session of m.
func (m *Model) NewSession() *Session {
	ss := &Session{m: m}
	ss.s.Keep = true
	ss.es.Keep = true
	return ss
}

// get returns the weights to read t with and the session's scratch for
// them.
func (ss *Session) get(t *normalize.Text) (*seqmodel.Model, *seqmodel.Scratch) {
	if ss.m.encyclopedic(t) {
		if em := ss.m.enc(); em != nil {
			return em, &ss.es
		}
	}
	return ss.m.m, &ss.s
}

// Tag is Model.Tag.
func (ss *Session) Tag(t *normalize.Text, first, last int, dst []Tag) []Tag {
	if t == nil {
		return dst
	}
	sm, s := ss.get(t)
	return tag(sm, t, first, last, s, dst)
}

// TagScan is Model.TagScan.
func (ss *Session) TagScan(t *normalize.Text, first, last int, scan *gazetteer.Scan, dst []Tag) []Tag {
	if !ss.m.reads(t, scan) {
		return ss.Tag(t, first, last, dst)
	}
	sm, s := ss.get(t)
	s.Scan = scan
	return tag(sm, t, first, last, s, dst)
}

// reads reports whether the model can read t's gazetteer tags from scan.
func (m *Model) reads(t *normalize.Text, scan *gazetteer.Scan) bool {
	l, ok := m.m.Gazetteer.(*seqmodel.Lists)
	return t != nil && scan != nil && scan.Text() == t && ok && l.Reads(scan.Gazetteer())
}

// sentenceEnd returns the end (Last) of the sentence holding token k, or
// -1 when no sentence holds it.
func sentenceEnd(ss []normalize.Sentence, k int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Last > k })
	if i < len(ss) && ss[i].First <= k {
		return ss[i].Last
	}
	return -1
}

// TagWords tags a sentence given as words, such as the tokens of a CoNLL
// file (ANERcorp's words carry their clitics and sometimes glued
// punctuation: `وسوريا`, `(د`), and appends one tag per word to dst.
// The words are joined with spaces, normalized and tokenized like any
// text; a word takes the tag of its first word token that is tagged, and
// the result is valid IOB2. The sentence is read as a text of its own,
// its domain too (see Model); TagSentences reads one domain for all the
// sentences of a document.
func (m *Model) TagWords(words []string, dst []Tag) []Tag {
	return m.tagWords(m.wordsModel(words), words, dst)
}

// wordsModel returns the weights to read a document given as words with.
func (m *Model) wordsModel(words ...[]string) *seqmodel.Model {
	if m.det == nil {
		return m.m
	}
	var all []string
	for _, ws := range words {
		all = append(all, ws...)
	}
	t, _ := seqmodel.AlignWords(all)
	if m.encyclopedic(t) {
		if em := m.enc(); em != nil {
			return em
		}
	}
	return m.m
}

func (m *Model) tagWords(sm *seqmodel.Model, words []string, dst []Tag) []Tag {
	pool := &m.scratch
	if sm != m.m {
		pool = &m.encScratch
	}
	s := pool.Get().(*seqmodel.Scratch)
	defer pool.Put(s)
	base := len(dst)
	labels := sm.TagWords(words, s, nil)
	dst = append(dst, make([]Tag, len(labels))...)
	for i, l := range labels {
		dst[base+i] = Tag(l)
	}
	return dst
}
