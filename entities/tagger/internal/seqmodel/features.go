package seqmodel

import (
	"math/bits"
	"strings"
	"unicode/utf8"

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
	gaz                           uint32
	coreStr, wordStr              string
	kind                          normalize.Kind
	nisba                         uint8
	wfreq, sfreq                  uint8 // frequency bins of the word and its stem
}

// Scratch holds the buffers of one extraction and decoding; reuse it to
// avoid allocation. The zero value is ready to use.
type Scratch struct {
	atoms  []atoms
	marks  []uint32
	Feats  []uint32 // feature ids of all tokens
	Offs   []int32  // Feats[Offs[i]:Offs[i+1]] are token i's
	scores []float32
	buf    []byte
	back   []uint8
	Labels []uint8
	// cache maps the source text of the Arabic words seen since the
	// last Release to their entry in words: a document repeats its
	// words.
	cache map[string]int32
	words []cachedWord
	// At run time (split set) the features that depend on the word
	// alone go to WFeats (WOffs), and are left out for a word whose
	// score is cached (wordAt[i] ≥ 0 and words[wordAt[i]].scored);
	// training keeps all features in Feats.
	split bool
	// With UseMarks set, Marks are the gazetteer marks of every token
	// of the text (as the model's Gazetteer would give them), computed
	// by the caller: Extract uses them instead of calling the Gazetteer.
	Marks    []uint32
	UseMarks bool
	WFeats   []uint32
	WOffs    []int32
	wordAt   []int32
}

// A cachedWord is what a document's Scratch remembers of a word: its
// atoms and, once a model has scored it, the sum of the weights of its
// word-only features.
type cachedWord struct {
	atoms
	scored bool
	sum    [NumLabels]int32
}

// maxCached bounds the word cache of a Scratch.
const maxCached = 1 << 14

// Release forgets the words cached from the texts read since the last
// Release (so that s holds no reference to them). Call it when a
// document is done.
func (s *Scratch) Release() {
	clear(s.cache)
	clear(s.words) // drop the strings
	s.words = s.words[:0]
}

var (
	atomBOS = hashString(101, "<s>")
	atomEOS = hashString(102, "</s>")
)

// WordID is the id of a folded word, the key of Features.Stats.
func WordID(word string) uint32 { return uint32(hashLower(1, word) >> 32) }

// Extract computes the features of tokens t.Tokens[first:last] as one
// sequence into s.Feats and s.Offs.
func (f *Features) Extract(t *normalize.Text, first, last int, s *Scratch) {
	n := last - first
	s.atoms = grow(s.atoms, n)
	s.wordAt = grow(s.wordAt, n)
	classes := triggerClass()
	for i := range n {
		s.wordAt[i] = -1
		k := first + i
		tok := t.Tokens[k]
		w := t.Norm[tok.Start:tok.End]
		a := &s.atoms[i]
		*a = atoms{kind: tok.Kind, wordStr: w}
		switch tok.Kind {
		case normalize.ArabicWord:
			srcStart, srcEnd := t.TokenSource(k)
			src := t.Source[srcStart:srcEnd]
			if j, ok := s.cache[src]; ok {
				*a = s.words[j].atoms
				s.wordAt[i] = j
				continue
			}
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
			s.buf = stem.AppendStem(s.buf[:0], src)
			a.snow = hashBytes(11, s.buf) // Snowball normalizes hamza itself
			if f.Stats != nil {
				a.stats = f.Stats.Get(WordID(core)) | statsKnown
			}
			if s.cache == nil {
				s.cache = make(map[string]int32, 512)
			}
			if len(s.words) < maxCached {
				s.wordAt[i] = int32(len(s.words))
				s.cache[src] = int32(len(s.words))
				s.words = append(s.words, cachedWord{atoms: *a})
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
		}
	}
	if f.Gazetteer != nil {
		s.marks = grow(s.marks, n)
		if s.UseMarks {
			copy(s.marks, s.Marks[first:last])
		} else {
			clear(s.marks)
			f.Gazetteer.Mark(t, first, last, s.marks)
		}
		for i := range n {
			s.atoms[i].gaz = s.marks[i]
		}
	}
	s.Feats = s.Feats[:0]
	s.Offs = append(s.Offs[:0], 0)
	at := func(i int) *atoms {
		if i < 0 || i >= n {
			return nil
		}
		return &s.atoms[i]
	}
	word := func(i int) uint64 {
		if i < 0 {
			return atomBOS
		}
		if i >= n {
			return atomEOS
		}
		return s.atoms[i].word
	}
	core := func(i int) uint64 {
		if i < 0 {
			return atomBOS
		}
		if i >= n {
			return atomEOS
		}
		return s.atoms[i].core
	}
	shape := func(i int) uint64 {
		if i < 0 {
			return atomBOS
		}
		if i >= n {
			return atomEOS
		}
		return s.atoms[i].shape
	}
	s.WFeats = s.WFeats[:0]
	s.WOffs = append(s.WOffs[:0], 0)
	for i := range n {
		a := &s.atoms[i]
		fs := s.Feats
		// Word-only features go to ws: Feats at training, WFeats (or
		// nowhere, when the word's score is cached) at run time. The
		// order within each list is what training has always used.
		ws, wsStart := fs, len(s.Feats)
		cached := false
		if s.split {
			ws, wsStart = s.WFeats, len(s.WFeats)
			cached = s.wordAt[i] >= 0 && s.words[s.wordAt[i]].scored
		}
		wl := func(ids ...uint32) {
			if cached {
				return
			}
			if s.split {
				ws = append(ws, ids...)
			} else {
				fs = append(fs, ids...)
			}
		}
		wl(feat(1, 0),
			feat(2, a.word),
			feat(3, a.stem),
			feat(4, a.core),
			feat(5, a.clit),
			feat(7, a.snow),
			feat(6, a.shape))
		fs = append(fs,
			feat(15, word(i-1)),
			feat(16, word(i+1)),
			feat(17, word(i-2)),
			feat(18, word(i+2)),
			feat(19, core(i-1)),
			feat(20, core(i+1)),
			feat2(21, word(i-1), a.word),
			feat2(22, a.word, word(i+1)),
			feat2(23, mix(shape(i-1))+shape(i), shape(i+1)),
			feat2(24, core(i-1), a.core),
			feat2(25, a.core, core(i+1)),
		)
		if a.coreStr != "" && !cached {
			c := a.coreStr
			for r, end := 1, 0; r <= 4; r++ {
				_, sz := utf8.DecodeRuneInString(c[end:])
				if end+sz > len(c) || sz == 0 {
					break
				}
				end += sz
				wl(feat(uint64(30+r), hashString(9, c[:end])))
			}
			for r, start := 1, len(c); r <= 4; r++ {
				_, sz := utf8.DecodeLastRuneInString(c[:start])
				if sz == 0 {
					break
				}
				start -= sz
				wl(feat(uint64(40+r), hashString(10, c[start:])))
			}
		}
		if a.nisba != 0 {
			wl(feat(50, uint64(a.nisba)))
		}
		// Trigger classes around the token.
		var left, right uint8
		for d := 1; d <= 3; d++ {
			if p := at(i - d); p != nil {
				left |= p.class
			}
			if p := at(i + d); p != nil && d <= 2 {
				right |= p.class
			}
		}
		if p := at(i - 1); p != nil && p.class != 0 {
			fs = append(fs, feat(51, uint64(p.class)))
		}
		if p := at(i + 1); p != nil && p.class != 0 {
			fs = append(fs, feat(52, uint64(p.class)))
		}
		if a.class != 0 {
			wl(feat(53, uint64(a.class)))
		}
		for b := range numClasses {
			if left&(1<<b) != 0 {
				fs = append(fs, feat(54, uint64(b)))
			}
			if right&(1<<b) != 0 {
				fs = append(fs, feat(55, uint64(b)))
			}
		}
		if a.kind == normalize.ArabicWord {
			wl(feat(120, uint64(a.wfreq)), feat(121, uint64(a.sfreq)), feat(122, uint64(a.wfreq)<<8|uint64(a.sfreq)))
		}
		if f.Stats != nil && a.stats != 0 {
			st := a.stats
			wl(feat(100, uint64(st&0xff)),
				feat(101, uint64(st>>8&0xff)),
				feat(102, uint64(st>>16&0xff)),
				feat(103, uint64(st&0xffff)),
				feat(104, uint64(st)),
				feat(107, uint64(st>>24&0x7f)))
			if p := at(i - 1); p != nil {
				fs = append(fs, feat2(105, uint64(p.stats), uint64(st&0xff)))
			}
			if p := at(i + 1); p != nil {
				fs = append(fs, feat2(106, uint64(p.stats&0xffff), uint64(st&0xffff)))
			}
		}
		if f.Gazetteer != nil {
			fs = appendBits(fs, 90, a.gaz)
			if p := at(i - 1); p != nil {
				fs = appendBits(fs, 91, p.gaz)
			}
			if p := at(i + 1); p != nil {
				fs = appendBits(fs, 92, p.gaz)
			}
			if a.gaz != 0 {
				fs = append(fs, feat(93, uint64(a.gaz)))
			}
		}
		for j := len(s.Feats); j < len(fs); j++ {
			if fs[j] == 0 {
				fs[j] = 1
			}
		}
		s.Feats = fs
		s.Offs = append(s.Offs, int32(len(fs)))
		if s.split {
			for j := wsStart; j < len(ws); j++ {
				if ws[j] == 0 {
					ws[j] = 1
				}
			}
			s.WFeats = ws
			s.WOffs = append(s.WOffs, int32(len(ws)))
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

// appendBits adds one feature per set bit of m.
func appendBits(fs []uint32, t uint64, m uint32) []uint32 {
	for m != 0 {
		b := bits.TrailingZeros32(m)
		fs = append(fs, feat(t, uint64(b)))
		m &^= 1 << b
	}
	return fs
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
