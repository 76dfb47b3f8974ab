package seqmodel

import (
	"strings"
	"unicode/utf8"
	"weak"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/stem"
	"github.com/nabanlp/naba/normalize/wordfreq"
)

// A Gazetteer marks the tokens of a sequence that lie inside names it
// knows. Mark writes one bit set per token of t.Tokens[first:last] into
// marks (len(marks) == last-first, zeroed by the caller): for example
// the kind and B/I position of longest matches, one bit each. The model
// learns what each bit is worth; a model must run with the gazetteer it
// was trained with.
type Gazetteer interface {
	Mark(t *normalize.Text, first, last int, marks []uint32)
}

// Features turns tokens into feature ids. Its zero value uses no word
// statistics and no gazetteer. A Features is immutable and safe for
// concurrent use.
type Features struct {
	// Stats maps the id of a folded bare stem (WordID of the stem
	// without clitics and article) to what a large word list says about
	// it, packed by PackStats: how frequent its forms are, how often it
	// takes the article and how often a pronoun suffix. Proper names
	// rarely take either.
	Stats *WordTable
	// Gazetteer, when set, adds gazetteer features.
	Gazetteer Gazetteer
}

// atoms are the per-token values the feature templates combine.
type atoms struct {
	word, stem, core, clit, shape uint64
	snow                          uint64 // Snowball stem
	stats                         uint32
	class                         uint8
	// The trigger classes (class) and cue class (quoteCue) of the
	// cue word of the quoted span holding the token and of the word
	// before it, as qpos below.
	qclass, qcueClass uint8
	gaz               uint32
	coreStr, wordStr  string
	kind              normalize.Kind
	nisba             uint8
	wfreq, sfreq      uint8 // frequency bins of the word and its stem
	punct             uint8 // quoteMark, sentenceMark or 0 (see punctClass)
	// The token's place in a short quoted span (markQuotes): qpos is
	// 0 outside one, else quoteFirst, quoteInner, quoteLast or
	// quoteOnly; qlen the span's length in tokens; qcue the distance
	// back to the token before the opening quote (the cue word, such as
	// برنامج or صحيفة; 0: none). They depend on the sequence: wordAtoms
	// and the caches leave them zero, and atomize (markQuotes) sets them
	// for the tokens in quotes.
	qpos, qlen, qcue uint8
}

// Scratch holds the buffers of one extraction and decoding; reuse it to
// avoid allocation. The zero value is ready to use. A Scratch serves one
// model between Releases.
type Scratch struct {
	atoms  []atoms
	marks  []uint32
	Feats  []uint32 // feature ids of all tokens
	Offs   []int32  // Feats[Offs[i]:Offs[i+1]] are token i's
	scores []float32
	buf    []byte
	back   []uint8
	Labels []uint8
	// cache maps the words seen since the last Release (the source text
	// of an Arabic word, the normalized text of any other token) to
	// their entry in words: a document repeats its words. wordAt[i] is
	// token i's entry, or -1.
	cache  map[string]int32
	words  []cachedWord
	wordAt []int32
	// byScan[k] is where atomize last found the token text that Scan
	// numbers k (gazetteer.Scan.Word): its entry among the Model's
	// frequent words and in words. The entries hold for the Scan
	// byScanOf while it has forgotten byScanForgets times, for the
	// frequent words byScanFreq and while words is not emptied
	// (syncByScan and Release empty byScan otherwise): a token whose
	// Scan number has an entry then has that entry's normalized text,
	// and atomize compares only its source. The Scan is held weakly
	// (a Scratch keeps no text alive), and until Release in scanNow as
	// well: the sequences of one text check it without weak.Make.
	byScan        []scanEntry
	byScanOf      weak.Pointer[gazetteer.Scan]
	scanNow       *gazetteer.Scan
	byScanForgets uint64
	byScanFreq    *frequentTable
	// freqAt[i] is token i's entry in the Model's frequentTable, or -1.
	freqAt []int32
	freq   *frequentTable
	// With UseMarks set, Marks are the gazetteer marks of every token
	// of the text (as the model's Gazetteer would give them), computed
	// by the caller: Extract uses them instead of calling the Gazetteer.
	Marks    []uint32
	UseMarks bool
	// With Scan set (a gazetteer.Scan over the text, for the model's
	// Lists), Extract reads the gazetteer marks of each sequence from
	// it (Scan.AppendTagsIn) instead of scanning the sequence again.
	Scan *gazetteer.Scan
	tags []gazetteer.Tags
	// The scorer's per-document sums (see Model.Tag): sums[sumAt[i]]
	// holds token i's; sums[sumBOS] and sums[sumEOS] stand for the
	// positions before and after the sequence.
	sums    []tokenSums
	sumAt   []int32
	sumPtrs []*tokenSums // the scorer's tokenSums by token (score.go)
	// The sums of the features that read two adjacent tokens, by the
	// pair of their word types (pairs.go).
	pairs pairTable
	emit  emitter
	// near caches the weights of nearOf's features that ctxNear emits.
	near   *nearWeights
	nearOf *Model
	tmp    [numOffsets][NumLabels]int32 // the scorer's sums of tokens whose sums are not kept
	used   int                          // the most atoms in use since the last Release
	limit  int                          // if > 0, replaces maxCached and maxSums (tests)
	// With Keep set, Release keeps the words and their sums for the
	// next texts (their strings are copied, so no text is retained),
	// until the Scratch holds as many as it may: a stream of documents
	// then computes each word once. The scores never depend on what is
	// kept.
	Keep bool
	// srcSpans[k-srcFrom] is the source span of token k of srcOf (see
	// MapSources), until Release.
	srcSpans []normalize.Span
	srcOf    *normalize.Text
	srcFrom  int
	// busy is set while Model.Tag runs: a Tag that did not finish (a
	// panic) may leave sums half made, and Release forgets them.
	busy bool
}

// A cachedWord is what a document's Scratch remembers of a word: its
// atoms (gaz aside, which depends on the context) and the first of its
// tokenSums, or -1.
type cachedWord struct {
	atoms
	key  string // its key in Scratch.cache
	sums int32
	rare bool // not among the Model's frequent words (see atomize)
}

// A scanEntry is what atomize found for a token text of a
// gazetteer.Scan: its entry in the frequentTable and in Scratch.words,
// or -1.
type scanEntry struct{ freq, word int32 }

// maxCached bounds the word cache of a Scratch, and maxSums its sums.
const (
	maxCached = 1 << 14
	maxSums   = 1 << 14
)

// bound returns n, or s.limit when set.
func (s *Scratch) bound(n int) int {
	if s.limit > 0 {
		return s.limit
	}
	return n
}

// Release drops every reference to the texts read since the last
// Release and forgets their words, unless s.Keep is set and s may hold
// more. Call it when a document is done.
func (s *Scratch) Release() {
	clear(s.atoms[:s.used])
	s.used = 0
	clear(s.sumPtrs) // may point into sums that are dropped
	s.srcOf, s.srcSpans = nil, s.srcSpans[:0]
	s.Scan, s.scanNow = nil, nil
	if s.Keep && !s.busy && len(s.words) < s.bound(maxCached) && len(s.sums) < s.bound(maxSums) {
		return
	}
	s.busy = false
	s.byScan = s.byScan[:0] // numbers entries of words
	clear(s.cache)
	clear(s.words) // drop the strings
	s.words = s.words[:0]
	s.sums = s.sums[:0]
	s.pairs.reset() // keyed by the entries of words
}

// MapSources maps the tokens [first, last) of t to their spans in the
// source in one pass (normalize.Text.AppendTokenSources), for the Tags
// and Extracts of sequences among them until Release: the features of
// an Arabic word read its source, and a TokenSource per token searches
// the offset map anew.
func (s *Scratch) MapSources(t *normalize.Text, first, last int) {
	first, last = max(first, 0), min(last, len(t.Tokens))
	s.srcSpans = t.AppendTokenSources(s.srcSpans[:0], first, last)
	s.srcOf, s.srcFrom = t, first
}

// keepWord returns the entry of a word for s.words and its key in
// s.cache, with its strings copied when s.Keep is set.
func (s *Scratch) keepWord(key string, a *atoms) (string, cachedWord) {
	w := cachedWord{atoms: *a, key: key, sums: -1}
	w.gaz = 0
	if !s.Keep {
		return key, w
	}
	key = strings.Clone(key)
	w.key = key
	if w.wordStr == key {
		w.wordStr = key
	} else {
		w.wordStr = strings.Clone(w.wordStr)
	}
	if i := strings.Index(w.wordStr, w.coreStr); i >= 0 {
		w.coreStr = w.wordStr[i : i+len(w.coreStr)]
	} else {
		w.coreStr = strings.Clone(w.coreStr)
	}
	return key, w
}

var (
	atomBOS = hashString(101, "<s>")
	atomEOS = hashString(102, "</s>")
)

// WordID is the id of a folded word, the key of Features.Stats.
func WordID(word string) uint32 { return uint32(hashLower(1, word) >> 32) }

// Extract computes the features of tokens t.Tokens[first:last] as one
// sequence into s.Feats and s.Offs: the features of each token in the
// order training has always used.
func (f *Features) Extract(t *normalize.Text, first, last int, s *Scratch) {
	n := last - first
	f.atomize(t, first, last, s, nil)
	e := &s.emit
	*e = flatEmitter(s.Feats[:0])
	s.Offs = append(s.Offs[:0], 0)
	for i := range n {
		f.features(s.atoms[:n], i, e)
		s.Offs = append(s.Offs, int32(len(e.feats)))
	}
	s.Feats = e.feats
	e.feats = nil
}

// atomize computes the atoms of tokens t.Tokens[first:last] into
// s.atoms and s.wordAt.
//
// ft, if not nil, holds the atoms of frequent words (of a Model): a word
// found there without gazetteer marks takes them (freqAt).
func (f *Features) atomize(t *normalize.Text, first, last int, s *Scratch, ft *frequentTable) {
	n := last - first
	s.atoms = grow(s.atoms, n)
	s.used = max(s.used, n)
	s.wordAt = grow(s.wordAt, n)
	s.freqAt = grow(s.freqAt, n)
	// The gazetteer marks first: they never depend on the atoms.
	s.marks = grow(s.marks, n)
	clear(s.marks)
	if f.Gazetteer != nil {
		switch {
		case s.Scan != nil:
			s.tags = s.Scan.AppendTagsIn(s.tags[:0], first, last)
			for i, tg := range s.tags {
				s.marks[i] = uint32(tg)
			}
		case s.UseMarks:
			copy(s.marks, s.Marks[first:last])
		default:
			f.Gazetteer.Mark(t, first, last, s.marks)
		}
	}
	if s.Scan != nil {
		s.syncByScan(ft)
	}
	classes := triggerClass()
	mapped := s.srcOf == t // the source spans of MapSources are t's
	// Sliced to n: the loop needs no bounds checks on them.
	as, wordAt, freqAt, marks := s.atoms[:n], s.wordAt[:n], s.freqAt[:n], s.marks[:n]
	toks := t.Tokens[first:last]
	for i := range n {
		wordAt[i] = -1
		freqAt[i] = -1
		k := first + i
		tok := toks[i]
		w := t.Norm[tok.Start:tok.End]
		// The atoms of an Arabic word are a function of its source text
		// and its normalized form (Snowball reads the source); those of
		// other tokens of the normalized form.
		key := w
		var src string
		if tok.Kind == normalize.ArabicWord {
			var srcStart, srcEnd int
			if j := k - s.srcFrom; mapped && j >= 0 && j < len(s.srcSpans) {
				srcStart, srcEnd = s.srcSpans[j].Start, s.srcSpans[j].End
			} else {
				srcStart, srcEnd = t.TokenSource(k)
			}
			src = t.Source[srcStart:srcEnd]
			key = src
		}
		gaz := marks[i]
		// The entries found for this token text before, if the Scan
		// numbers it: their normalized text is w (see byScan).
		var se *scanEntry
		if s.Scan != nil {
			if num, _ := s.Scan.Word(k); num >= 0 {
				if int(num) >= len(s.byScan) {
					s.growByScan(int(num) + 1)
				}
				se = &s.byScan[num]
			}
		}
		// rare: the word was looked up among ft's just now, and is not.
		rare := false
		if ft != nil && gaz == 0 && tok.Kind == normalize.ArabicWord {
			if se != nil && se.freq >= 0 { // computed: atomize set it
				if fw := &ft.words[se.freq]; fw.src == src {
					as[i] = fw.atoms
					freqAt[i] = se.freq
					continue
				}
			}
			// A word of s.words that was looked up before needs no
			// second lookup. (Were se.word another text's, a frequent
			// word would take its own entry in s.words: the scores are
			// the same either way.)
			if se == nil || se.word < 0 || int(se.word) >= len(s.words) || !s.words[se.word].rare {
				if j, ok := ft.index[src]; ok && ft.word(j) != nil && ft.words[j].wordStr == w {
					as[i] = ft.words[j].atoms
					freqAt[i] = j
					if se != nil {
						se.freq = j
					}
					continue
				}
				rare = true
			}
		}
		if se != nil && se.word >= 0 && int(se.word) < len(s.words) {
			// The key of a token other than an Arabic word is w.
			if cw := &s.words[se.word]; cw.kind == tok.Kind && (tok.Kind != normalize.ArabicWord || cw.key == src) {
				as[i] = cw.atoms
				as[i].gaz = gaz
				wordAt[i] = se.word
				cw.rare = cw.rare || rare
				continue
			}
		}
		j, seen := s.cache[key]
		if seen && s.words[j].kind == tok.Kind && s.words[j].wordStr == w {
			as[i] = s.words[j].atoms
			as[i].gaz = gaz
			wordAt[i] = j
			s.words[j].rare = s.words[j].rare || rare
			if se != nil {
				se.word = j
			}
			continue
		}
		a := &as[i]
		s.buf = f.wordAtoms(a, tok.Kind, w, src, classes, s.buf)
		if !seen && len(s.words) < s.bound(maxCached) {
			if s.cache == nil {
				s.cache = make(map[string]int32, 512)
			}
			key, w := s.keepWord(key, a)
			w.rare = rare
			wordAt[i] = int32(len(s.words))
			s.cache[key] = int32(len(s.words))
			s.words = append(s.words, w)
			if se != nil {
				se.word = wordAt[i]
			}
		}
		a.gaz = gaz
	}
	s.markQuotes(t, first, as)
}

// wordAtoms sets a to the atoms of a token of kind kind whose
// normalized text is w and source text src (Arabic words only), without
// gazetteer marks; classes is triggerClass(). It returns buf, the
// scratch space of the Snowball stem, maybe grown.
func (f *Features) wordAtoms(a *atoms, kind normalize.Kind, w, src string, classes map[string]uint8, buf []byte) []byte {
	*a = atoms{kind: kind, wordStr: w}
	switch kind {
	case normalize.ArabicWord:
		a.word = hashString(1, w)
		sp := normalize.SplitClitics(w)
		a.stem = hashString(2, sp.Stem)
		core := sp.Stem
		if sp.Article {
			core = strings.TrimPrefix(core, "ال")
		}
		a.coreStr = core
		a.core = hashString(3, core)
		clit := hashString(4, sp.Proclitic)
		if sp.Article {
			clit ^= 0x5bd1e995
		}
		a.clit = mix(clit ^ hashString(5, sp.Enclitic))
		a.class = classes[core]
		if a.class == 0 && core != sp.Stem {
			a.class = classes[sp.Stem]
		}
		if a.class == 0 {
			a.class = classes[w]
		}
		a.shape = hashString(6, "A") + uint64(min(utf8.RuneCountInString(core), 8))
		a.nisba = nisba(core, sp.Article)
		a.wfreq = freqBin(w)
		a.sfreq = freqBin(sp.Stem)
		buf = stem.AppendStem(buf[:0], src)
		a.snow = hashBytes(11, buf) // Snowball normalizes hamza itself
		if f.Stats != nil {
			a.stats = f.Stats.Get(WordID(core)) | statsKnown
		}
	case normalize.LatinWord:
		a.word = hashLower(1, w)
		a.stem, a.core = a.word, a.word
		a.coreStr = w
		a.shape = hashString(6, latinShape(w))
	case normalize.Number:
		a.word = hashString(7, "N") + uint64(min(len(w), 6))
		a.stem, a.core = a.word, a.word
		a.shape = a.word
	default:
		a.word = hashString(8, w)
		a.stem, a.core = a.word, a.word
		a.shape = a.word
		a.punct = punctClass(w)
	}
	return buf
}

// syncByScan empties s.byScan unless its entries were found for the
// Scan s.Scan under its present numbering and for the frequent words ft.
func (s *Scratch) syncByScan(ft *frequentTable) {
	_, forgets := s.Scan.Words()
	if s.Scan == s.scanNow && forgets == s.byScanForgets && ft == s.byScanFreq {
		return
	}
	if of := weak.Make(s.Scan); of != s.byScanOf || forgets != s.byScanForgets || ft != s.byScanFreq {
		s.byScan = s.byScan[:0]
		s.byScanOf, s.byScanForgets, s.byScanFreq = of, forgets, ft
	}
	s.scanNow = s.Scan
}

// growByScan grows s.byScan to n entries, the new ones empty.
func (s *Scratch) growByScan(n int) {
	for len(s.byScan) < n {
		s.byScan = append(s.byScan, scanEntry{-1, -1})
	}
}

// The atoms of token i of a sequence as (n = len(as)), with the
// sentence boundaries beyond its ends.
func atomWord(as []atoms, i int) uint64 {
	switch {
	case i < 0:
		return atomBOS
	case i >= len(as):
		return atomEOS
	}
	return as[i].word
}

func atomCore(as []atoms, i int) uint64 {
	switch {
	case i < 0:
		return atomBOS
	case i >= len(as):
		return atomEOS
	}
	return as[i].core
}

func atomShape(as []atoms, i int) uint64 {
	switch {
	case i < 0:
		return atomBOS
	case i >= len(as):
		return atomEOS
	}
	return as[i].shape
}

func atomAt(as []atoms, i int) *atoms {
	if i < 0 || i >= len(as) {
		return nil
	}
	return &as[i]
}

// features emits the features of token i of the sequence as through e.
// (The scorer's fast path calls ctxFeatures, its e.ctx part alone.)
//
// Every template says which tokens it reads, and the scorer relies on
// it (see Model.Tag):
//   - e.tok(o, t, x) is template t over x, a value computed from the
//     atoms of the token at offset o alone (as[i+o], or the sentence
//     boundary beyond the ends: atomWord and its like give atomBOS and
//     atomEOS there, atomAt nil). Its condition, if any, may read that
//     token only. Word identity, stems, affixes, shape, the token's
//     gazetteer marks, frequency and list statistics are of this kind,
//     at any offset within ±maxOffset. The scorer sums these once per
//     word type, gazetteer mark and offset in a document.
//   - e.ctx(id) is anything else: two tokens together (word bigrams,
//     shape trigrams), a window summary (trigger classes within three
//     tokens), the position in the sentence. Scored token by token.
//
// A template that reads the context but goes through e.tok gives wrong
// scores: TestFactorizedScores compares the scorer with the plain sum
// of every feature on real text, and catches it. The order of the
// calls is the order of the features in training examples.
func (f *Features) features(as []atoms, i int, e *emitter) {
	a := &as[i]
	// e.some is false when the scorer has the sums of every offset:
	// the e.tok calls below would emit nothing.
	if e.some {
		e.tok(0, 1, 0)
		e.tok(0, 2, a.word)
		e.tok(0, 3, a.stem)
		e.tok(0, 4, a.core)
		e.tok(0, 5, a.clit)
		e.tok(0, 7, a.snow)
		e.tok(0, 6, a.shape)
		e.tok(-1, 15, atomWord(as, i-1))
		e.tok(1, 16, atomWord(as, i+1))
		e.tok(-2, 17, atomWord(as, i-2))
		e.tok(2, 18, atomWord(as, i+2))
		e.tok(-1, 19, atomCore(as, i-1))
		e.tok(1, 20, atomCore(as, i+1))
	}
	// Features 21, 22, 24, 25, 105 and 106 read a token and its
	// neighbour: Model.pairSides computes them too.
	if !e.prevPair {
		e.ctx(feat2(21, atomWord(as, i-1), a.word))
	}
	if !e.nextPair {
		e.ctx(feat2(22, a.word, atomWord(as, i+1)))
	}
	e.ctx(shapeTrigram(as, i))
	if !e.prevPair {
		e.ctx(feat2(24, atomCore(as, i-1), a.core))
	}
	if !e.nextPair {
		e.ctx(feat2(25, a.core, atomCore(as, i+1)))
	}
	if a.coreStr != "" && e.need(0) {
		c := a.coreStr
		for r, end := 1, 0; r <= 4; r++ {
			_, sz := utf8.DecodeRuneInString(c[end:])
			if end+sz > len(c) || sz == 0 {
				break
			}
			end += sz
			e.tok(0, uint64(30+r), hashString(9, c[:end]))
		}
		for r, start := 1, len(c); r <= 4; r++ {
			_, sz := utf8.DecodeLastRuneInString(c[:start])
			if sz == 0 {
				break
			}
			start -= sz
			e.tok(0, uint64(40+r), hashString(10, c[start:]))
		}
	}
	if a.nisba != 0 && e.some {
		e.tok(0, 50, uint64(a.nisba))
	}
	// Trigger classes around the token.
	left, right := classWindow(as, i)
	if e.some {
		if p := atomAt(as, i-1); p != nil && p.class != 0 {
			e.tok(-1, 51, uint64(p.class))
		}
		if p := atomAt(as, i+1); p != nil && p.class != 0 {
			e.tok(1, 52, uint64(p.class))
		}
		if a.class != 0 {
			e.tok(0, 53, uint64(a.class))
		}
	}
	if e.flat {
		classFeatures(e, left, right)
	} else {
		addSum(&e.acc, &e.m.classSums[0][left&classMask])
		addSum(&e.acc, &e.m.classSums[1][right&classMask])
	}
	if a.kind == normalize.ArabicWord && e.some {
		e.tok(0, 120, uint64(a.wfreq))
		e.tok(0, 121, uint64(a.sfreq))
		e.tok(0, 122, uint64(a.wfreq)<<8|uint64(a.sfreq))
	}
	if f.Stats != nil && a.stats != 0 {
		st := a.stats
		if e.some {
			e.tok(0, 100, uint64(st&0xff))
			e.tok(0, 101, uint64(st>>8&0xff))
			e.tok(0, 102, uint64(st>>16&0xff))
			e.tok(0, 103, uint64(st&0xffff))
			e.tok(0, 104, uint64(st))
			e.tok(0, 107, uint64(st>>24&0x7f))
		}
		if p := atomAt(as, i-1); p != nil && !e.prevPair {
			e.ctx(feat2(105, uint64(p.stats), uint64(st&0xff)))
		}
		if p := atomAt(as, i+1); p != nil && !e.nextPair {
			e.ctx(feat2(106, uint64(p.stats&0xffff), uint64(st&0xffff)))
		}
	}
	if f.Gazetteer != nil && e.some {
		e.tokBits(0, 90, a.gaz)
		if p := atomAt(as, i-1); p != nil {
			e.tokBits(-1, 91, p.gaz)
		}
		if p := atomAt(as, i+1); p != nil {
			e.tokBits(1, 92, p.gaz)
		}
		if a.gaz != 0 {
			e.tok(0, 93, uint64(a.gaz))
		}
	}
	if a.qpos != 0 {
		quoteFeatures(as, i, e, false)
	}
}

// ctxFeatures is features for a scorer that has the sums of every
// offset (e.some false, every e.vec nil, not flat): it emits only what
// reads more than one token, without testing for the rest. A template
// added to features through e.ctx goes here too: TestFactorizedScores
// compares the scores with the plain sum and catches a miss. It returns
// the trigger classes around the token (classWindow) instead of adding
// their sums (Model.classSums): the caller adds them with the rest.
func (f *Features) ctxFeatures(as []atoms, i int, e *emitter) (left, right uint8) {
	a := &as[i]
	if !e.prevPair {
		e.ctx(feat2(21, atomWord(as, i-1), a.word))
	}
	if !e.nextPair {
		e.ctx(feat2(22, a.word, atomWord(as, i+1)))
	}
	// A few hundred shape trigrams make a document: the weights cache
	// holds them.
	e.ctxNear(shapeTrigram(as, i))
	if !e.prevPair {
		e.ctx(feat2(24, atomCore(as, i-1), a.core))
	}
	if !e.nextPair {
		e.ctx(feat2(25, a.core, atomCore(as, i+1)))
	}
	left, right = classWindow(as, i)
	if f.Stats != nil && a.stats != 0 {
		st := a.stats
		if p := atomAt(as, i-1); p != nil && !e.prevPair {
			e.ctx(feat2(105, uint64(p.stats), uint64(st&0xff)))
		}
		if p := atomAt(as, i+1); p != nil && !e.nextPair {
			e.ctx(feat2(106, uint64(p.stats&0xffff), uint64(st&0xffff)))
		}
	}
	if a.qpos != 0 {
		quoteFeatures(as, i, e, true)
	}
	return left, right
}

// shapeTrigram is feature 23 of token i: the shapes of the token and
// its neighbours.
func shapeTrigram(as []atoms, i int) uint32 {
	return feat2(23, mix(atomShape(as, i-1))+as[i].shape, atomShape(as, i+1))
}

// classWindow returns the trigger classes within three tokens before
// token i and two after.
func classWindow(as []atoms, i int) (left, right uint8) {
	if i >= 3 {
		left = as[i-1].class | as[i-2].class | as[i-3].class
	} else {
		for j := range i {
			left |= as[j].class
		}
	}
	if i+2 < len(as) {
		right = as[i+1].class | as[i+2].class
	} else if i+1 < len(as) {
		right = as[i+1].class
	}
	return left, right
}

// classMask keeps the trigger classes of a class set.
const classMask = 1<<numClasses - 1

// classFeatures emits the features of the trigger classes left and
// right of a token (features 54 and 55); a scoring emitter adds their
// sums from Model.classSums instead.
func classFeatures(e *emitter, left, right uint8) {
	for b := range numClasses {
		if left&(1<<b) != 0 {
			e.ctx(feat(54, uint64(b)))
		}
		if right&(1<<b) != 0 {
			e.ctx(feat(55, uint64(b)))
		}
	}
}

// statsKnown marks an Arabic word whose stats were looked up (found or
// not).
const statsKnown = 1 << 31

// PackStats packs what a word list says about a bare stem into a Stats
// value, a byte each: freqBin bins the total frequency of its forms;
// articleBin, suffixBin and nisbaBin the share of those forms with the
// article, with a pronoun suffix, and of the adjectives of origin made
// from it (لبنان → لبناني).
func PackStats(freqBin, articleBin, suffixBin, nisbaBin uint8) uint32 {
	return uint32(freqBin) | uint32(articleBin)<<8 | uint32(suffixBin)<<16 | uint32(nisbaBin&0x7f)<<24
}

// freqBin bins the frequency of a Search-folded word form in general
// text (normalize/wordfreq): 1 for unknown, then one bin per 50
// centibels.
func freqBin(folded string) uint8 {
	cb, ok := wordfreq.Centibels(folded)
	if !ok {
		return 1
	}
	return uint8(2 + min(-cb/50, 20))
}

// nisba classifies the adjective endings that make names of peoples and
// places (سوري، السورية، الفرنسيين).
func nisba(core string, article bool) uint8 {
	if utf8.RuneCountInString(core) < 4 {
		return 0
	}
	var c uint8
	switch {
	case strings.HasSuffix(core, "يون"), strings.HasSuffix(core, "يين"):
		c = 1
	case strings.HasSuffix(core, "يه"):
		c = 2
	case strings.HasSuffix(core, "ي"):
		c = 3
	default:
		return 0
	}
	if article {
		c += 4
	}
	return c
}

func latinShape(w string) string {
	upper, lower, digit := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		case '0' <= c && c <= '9':
			digit++
		}
	}
	first := len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
	switch {
	case digit > 0:
		return "Ld"
	case upper > 0 && lower == 0:
		return "LU"
	case first:
		return "LC"
	case upper == 0:
		return "Ll"
	}
	return "Lm"
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}
