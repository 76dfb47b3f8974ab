// Package gazetteer holds naba's lists of names and name cues — places,
// organizations, persons, given names, titles, organization and place
// head words, nationality adjectives — and finds them in a normalized
// text by longest match over its tokens.
//
// The lists are facts the team wrote, plus the Arabic names of countries
// and continents generated from CLDR (golang.org/x/text/language/display).
// They are embedded text files, compiled once, lazily, into a trie of
// folded token sequences.
//
// Lookups run on Search-folded, clitic-stripped forms: the first token of
// a phrase may carry proclitics (وسوريا, بحمص, للائتلاف الوطني), the other
// tokens match as written (folded).
package gazetteer

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// Kind is what a gazetteer phrase is. The order of the constants is the
// order of preference when one phrase has entries of several kinds.
type Kind uint8

// Kinds of entries.
const (
	// None is the zero Kind.
	None Kind = iota
	// Person is a full person name (PER): بشار الأسد، سيرغي لافروف.
	Person
	// Org is an organization name (ORG): الأمم المتحدة، الدفاع المدني السوري.
	Org
	// Place is a place name (LOC): سوريا، حمص، بلقسة، ريف حمص.
	Place
	// Misc is another named thing (MISC): a named event or conference.
	Misc
	// Title is a title or position that comes before a name: الرئيس،
	// وزير الخارجية، الأمين العام، مدير، الشيخ.
	Title
	// Nationality is a nationality or origin adjective (nisba): السوري،
	// المصرية، الأمريكيين. Not a mention by itself.
	Nationality
	// OrgHead is a word that begins an organization name: وزارة، هيئة،
	// منظمة، حزب، جبهة، وكالة، صحيفة …
	OrgHead
	// PlaceHead is a word that introduces a place name: مدينة، محافظة،
	// بلدة، قرية، ريف، ولاية …
	PlaceHead
	// GivenName is a person's given name, male or female: أحمد، محسنة.
	GivenName
	// NameParticle is a word inside person names that joins the next
	// word to the name: أبو، بن، ابن، آل، عبد، أم.
	NameParticle
	// FamilyName is a family name or surname that often ends a person's
	// name: شيراك، ميركل، سميث، الحريري. Not a mention by itself.
	FamilyName

	numKinds
)

var kindNames = [numKinds]string{"none", "person", "org", "place", "misc", "title", "nationality", "org-head", "place-head", "given-name", "name-particle", "family-name"}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "none"
}

// Label returns the named-entity label of a phrase of kind k: "PER",
// "ORG", "LOC" or "MISC", or "" for the cue kinds (titles, head words,
// given names …) that are not mentions by themselves.
func (k Kind) Label() string {
	switch k {
	case Person:
		return "PER"
	case Org:
		return "ORG"
	case Place:
		return "LOC"
	case Misc:
		return "MISC"
	}
	return ""
}

// Kinds returns all kinds except None, in order of preference.
func Kinds() []Kind {
	ks := make([]Kind, 0, numKinds-1)
	for k := Person; k < numKinds; k++ {
		ks = append(ks, k)
	}
	return ks
}

// A KindSet is a set of kinds. The zero KindSet is empty; AllKinds holds
// every kind.
type KindSet uint32

// kindsFit16 fails to compile unless every kind fits the 16 bits of
// scanTok.reach.
var _ [16 - numKinds]struct{}

// AllKinds is the set of every kind.
const AllKinds KindSet = (1<<numKinds - 1) &^ 1

// NameKinds is the set of the kinds that are mentions: Person, Org,
// Place, Misc.
const NameKinds = KindSet(1<<Person | 1<<Org | 1<<Place | 1<<Misc)

// SetOf returns the set of the given kinds.
func SetOf(kinds ...Kind) KindSet {
	var s KindSet
	for _, k := range kinds {
		s |= 1 << k
	}
	return s
}

// Has reports whether k is in s.
func (s KindSet) Has(k Kind) bool { return s&(1<<k) != 0 }

// An Entry is one meaning of a gazetteer phrase.
type Entry struct {
	// Kind is what the phrase is.
	Kind Kind
	// Name is the canonical name of the phrase: the first name on its
	// line in the lists (سورية → سوريا; الخوذ البيضاء → الدفاع المدني
	// السوري). It is spelled with hamzas and ة as the list writes it.
	Name string
	// Weak marks phrases that are also common words (the given names
	// أمل، نصر، جمال): they need context before they count as a name.
	Weak bool
	// Foreign marks given names of foreign origin (جون، سيرغي، هاكان),
	// whose family names do not take the article ال.
	Foreign bool
}

// A Match is a gazetteer phrase found in a Text.
type Match struct {
	// Start and End are the tokens [Start, End) of the Text that the
	// phrase covers.
	Start, End int
	// NormStart and NormEnd are the bytes of the Text's Norm that the
	// phrase covers. NormStart is past the proclitics of the first token
	// when the phrase matched its clitic-stripped stem (وسوريا → سوريا;
	// للائتلاف → لائتلاف, whose form is الائتلاف).
	NormStart, NormEnd int
	// Stripped reports that the first token matched without its
	// proclitics.
	Stripped bool
	// Entry is the preferred meaning of the phrase among the kinds asked
	// for.
	Entry Entry
	// Kinds is the set of the kinds of all the phrase's entries.
	Kinds KindSet
}

// A Gazetteer is a compiled set of phrases. It is immutable and safe for
// concurrent use. The zero value is an empty gazetteer that matches
// nothing; Default returns the one built from naba's embedded lists.
type Gazetteer struct {
	vocab map[string]uint32 // folded token → id (≥ 1)
	edges edgeTable         // parent node << 32 | token id → child node
	nodes []node            // nodes[0] is the root
	count [numKinds]int     // entries per kind
	// surnames holds the last words, with the article, of the listed
	// persons' names of two words or more (see Surname).
	surnames map[string]bool
}

type node struct {
	kinds   KindSet
	strong  KindSet // kinds with an entry that is not weak
	below   KindSet // the kinds of this node and of every node under it
	entries []Entry // in order of preference
}

// Default returns the gazetteer built from the embedded lists. It is
// built on first use and shared; it is safe for concurrent use.
func Default() *Gazetteer { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := parseFS(dataFS, "data")
	if err != nil {
		// The embedded lists are part of the program: a parse error is
		// a bug caught by the package tests.
		panic("gazetteer: embedded lists: " + err.Error())
	}
	return g
})

// Count returns the number of phrases of kind k (every alias counts).
func (g *Gazetteer) Count(k Kind) int {
	if g == nil || k >= numKinds {
		return 0
	}
	return g.count[k]
}

// fold is the normalizer for lookup keys: Search folding, which returns
// its input unchanged, without allocating, when it is already folded.
var fold = normalize.MustNew(normalize.Search)

// Surname reports whether the Search-folded word w, which begins with the
// article ال, is the last word of a listed person's name of two words or
// more that is not weak (الحكيم of عمار الحكيم, البغدادي of أبو بكر
// البغدادي): a family name that news gives to more people than the
// listed ones. The family names of the lists' family-name kind are
// looked up as phrases.
func (g *Gazetteer) Surname(w string) bool { return g != nil && g.surnames[w] }

// Lookup returns the entries of the phrase, written in any spelling; its
// first word may carry proclitics. It returns nil when the phrase is not
// in the gazetteer. The returned slice is shared: do not modify it.
func (g *Gazetteer) Lookup(phrase string) []Entry {
	if g == nil || len(g.nodes) == 0 {
		return nil
	}
	t := fold.Analyze(phrase)
	if len(t.Tokens) == 0 {
		return nil
	}
	s := g.Scan(t)
	m, ok := s.Longest(0, len(t.Tokens), AllKinds)
	if !ok || m.End != len(t.Tokens) {
		return nil
	}
	return g.nodes[s.lastNode].entries
}

// Matches returns the phrases of the given kinds in the tokens [start,
// end) of t, found left to right by longest match, without overlap.
func (g *Gazetteer) Matches(t *normalize.Text, start, end int, kinds KindSet) []Match {
	return g.Scan(t).AppendMatches(nil, start, end, kinds)
}

// Tags returns the per-token membership of t's tokens in phrases of every
// kind (see Scan.AppendTags).
func (g *Gazetteer) Tags(t *normalize.Text) []Tags {
	return g.Scan(t).AppendTags(nil)
}

// A Scan is a Text whose tokens have been keyed for one Gazetteer, so that
// many lookups over it are cheap. Build it with Gazetteer.Scan, or Reset a
// zero Scan before its first use. A Scan is not safe for concurrent use;
// the Gazetteer and the Text it reads are.
type Scan struct {
	g *Gazetteer
	t *normalize.Text
	// toks[i] is what Reset keyed for token i.
	toks     []scanTok
	lastNode uint32
	// The split of a token with toks[i].split set (normalize.SplitClitics
	// of the folded token, which may carry a proclitic) is its
	// remembered word's (words[wordAt[i]].sp); the tokens without one
	// (every token without Remember) keep theirs in splits, in token
	// order, splitTok[k] being the token of splits[k]. One Split a token
	// (72 bytes) was most of a long text's Scan.
	splits   []normalize.Split
	splitTok []int32
	// newSplit is the split keyToken made of the token it keyed last.
	newSplit normalize.Split
	// With remember set (Remember), words holds what Reset computed for
	// each distinct token text, and memo maps the text to its entry.
	remember bool
	memoOf   *Gazetteer // the Gazetteer of the remembered words
	memo     wordMemo
	words    []scanWord
	wordAt   []int32 // token i's entry in words, or -1
	forgets  uint64  // how many times the Scan forgot its words
}

// A scanTok is what Reset keys for one token: one value, copied at once
// from a remembered word.
type scanTok struct {
	// raw is the id of the token as written (folded), stem the id of
	// its clitic-stripped stem when that differs, else 0.
	raw, stem uint32
	// firstRaw and firstStem are the trie nodes that raw and stem lead
	// to from the root, plus one (0: none): every lookup starting at
	// the token begins there.
	firstRaw, firstStem uint32
	// stemAt is the offset in Norm where the stem begins (in a
	// scanWord: from the token's start).
	stemAt int32
	// reach is the set of the kinds of the phrases that may start at
	// the token (the kinds below its first nodes): a lookup of other
	// kinds finds nothing there. A KindSet in 16 bits (the kinds fit:
	// kindsFit16), so that a scanTok is 24 bytes, not 28.
	reach uint16
	// short marks a stem shorter than SplitClitics allows: it may only
	// begin a phrase of two tokens or more.
	short bool
	// split reports that the token may carry a proclitic and has a
	// split (Scan.splits, scanWord.sp).
	split bool
}

// A scanWord is what Reset computes for one token text: a function of
// the text (and whether it is an Arabic word) alone.
type scanWord struct {
	key    string // the token text (its key in Scan.memo)
	arabic bool
	tok    scanTok // with stemAt from the token's start
	sp     normalize.Split
}

// maxRemembered bounds the words a Scan remembers; past it, Reset
// forgets them all and starts over, so memory stays flat.
const maxRemembered = 1 << 14

// Remember makes Reset remember what it computes for each distinct token
// text (up to a bound, with the strings copied), for the rest of the
// text and the texts after it: a document, and a stream of documents,
// repeats its words. The lookups give the same results either way; call
// it once on a Scan that serves many texts of one Gazetteer.
func (s *Scan) Remember() { s.remember = true }

// Split returns normalize.SplitClitics of the Search-folded token i, as
// Scan computed it, but for a listed name that begins with ل after the
// preposition ل (لليبيا): SplitClitics reads ل + اليبيا, the article's
// alef dropped, or keeps the word whole, where Split gives ل + ليبيا
// (Article false) when a list has ليبيا and not what SplitClitics
// leaves. For a token that cannot carry a proclitic (it does
// not begin with one of و ف ب ك ل س, or it is not an Arabic word) ok is
// false and sp the zero Split: the token is its own stem.
func (s *Scan) Split(i int) (sp normalize.Split, ok bool) {
	if i < 0 || i >= len(s.toks) || !s.toks[i].split {
		return normalize.Split{}, false
	}
	if i < len(s.wordAt) {
		if j := s.wordAt[i]; j >= 0 {
			return s.words[j].sp, true
		}
	}
	k, _ := slices.BinarySearch(s.splitTok, int32(i))
	return s.splits[k], true
}

// Scan keys the tokens of t for lookups. It reads t.Norm and t.Tokens and
// never changes them.
func (g *Gazetteer) Scan(t *normalize.Text) *Scan {
	s := &Scan{}
	s.Reset(g, t)
	return s
}

// Reset reuses s for the Text t and gazetteer g, keeping its buffers.
func (s *Scan) Reset(g *Gazetteer, t *normalize.Text) {
	n := len(t.Tokens)
	s.g, s.t = g, t
	s.wordAt = s.wordAt[:0]
	if cap(s.toks) < n {
		s.toks = make([]scanTok, n)
	}
	s.toks = s.toks[:n]
	clear(s.splits) // drop the strings
	s.splits, s.splitTok = s.splits[:0], s.splitTok[:0]
	if g == nil || len(g.nodes) == 0 {
		clear(s.toks)
		return
	}
	if s.remember && (s.memoOf == nil || len(s.words) >= maxRemembered || s.memoOf != g) {
		s.forget()
		s.memoOf = g
	}
	if s.remember {
		if cap(s.wordAt) < n {
			s.wordAt = make([]int32, 0, n)
		}
		s.wordAt = s.wordAt[:n]
	}
	toks := t.Tokens
	if !s.remember {
		for i, tok := range toks {
			s.keyNew(i, tok, t.Norm[tok.Start:tok.End])
		}
		return
	}
	// The remembered words, the usual case, are looked up in one loop
	// and copied in another, both without calls (keyNew does the rest);
	// they read and write through slices of the tokens' length: no
	// bounds checks.
	keyed, wordAt := s.toks[:len(toks)], s.wordAt[:len(toks)]
	s.memo.findEach(s.words, t.Norm, toks, wordAt)
	words := s.words
	for i, tok := range toks {
		j := wordAt[i]
		if uint(j) >= uint(len(words)) || words[j].arabic != (tok.Kind == normalize.ArabicWord) {
			// Not found, or a word that an earlier token of this text
			// added: looked up again.
			word := t.Norm[tok.Start:tok.End]
			var ok bool
			if j, ok = s.memo.find(words, word); !ok || words[j].arabic != (tok.Kind == normalize.ArabicWord) {
				wordAt[i] = s.keyNew(i, tok, word)
				words = s.words // keyNew may have added to it
				continue
			}
			wordAt[i] = j
		}
		w := &words[j]
		st := w.tok
		st.stemAt += int32(tok.Start)
		keyed[i] = st
	}
}

// keyNew keys token i, whose text is word, without a remembered word:
// it computes what Reset copies from one, and remembers it when s
// remembers and has room. It returns the number of the word kept, or -1.
func (s *Scan) keyNew(i int, tok normalize.Token, word string) int32 {
	st := s.keyToken(i, tok, word)
	st.firstRaw, st.firstStem = s.root(st.raw), s.root(st.stem)
	st.reach = uint16(s.g.below(st.firstRaw) | s.g.below(st.firstStem))
	s.toks[i] = st
	if s.remember && len(s.words) < maxRemembered {
		if j := s.keep(i, tok, word); j >= 0 {
			return j
		}
	}
	if st.split {
		s.splits = append(s.splits, s.newSplit)
		s.splitTok = append(s.splitTok, int32(i))
	}
	return -1
}

// forget drops the remembered words.
func (s *Scan) forget() {
	s.forgets++
	s.memo.reset()
	clear(s.words) // drop the strings
	s.words = s.words[:0]
}

// keep remembers what keyToken computed for token i, whose text is word,
// and returns its entry, or -1 when it is not kept.
func (s *Scan) keep(i int, tok normalize.Token, word string) int32 {
	if _, ok := s.memo.find(s.words, word); ok {
		return -1 // the same text as another kind of token: not kept
	}
	key := strings.Clone(word)
	w := scanWord{key: key, arabic: tok.Kind == normalize.ArabicWord, tok: s.toks[i]}
	w.tok.stemAt -= int32(tok.Start)
	if w.tok.split {
		w.sp = cloneSplit(s.newSplit)
	}
	s.words = append(s.words, w)
	s.memo.add(s.words, key, int32(len(s.words)-1))
	return int32(len(s.words) - 1)
}

// Word returns the number under which a remembering Scan (see Remember)
// keeps the text of token i, or -1 when it keeps none for it, and how
// many times the Scan has forgotten what it kept: a number stands for
// one token text while that count is unchanged. The numbers are given
// in the order the texts are first seen, from 0; tokens of one text
// that Reset read as different kinds of token may have none. A caller
// can keep its own facts about a text by this number instead of
// looking the text up.
func (s *Scan) Word(i int) (num int32, forgets uint64) {
	if i < 0 || i >= len(s.wordAt) {
		return -1, s.forgets
	}
	return s.wordAt[i], s.forgets
}

// Words returns Word(i) of every token i of the text in one slice (nil
// unless the Scan remembers), and the count Word returns. The slice is
// the Scan's own, valid until the next Reset: read it, never change it.
func (s *Scan) Words() (nums []int32, forgets uint64) { return s.wordAt, s.forgets }

// cloneSplit returns sp with its strings copied, so that it keeps no
// text alive.
func cloneSplit(sp normalize.Split) normalize.Split {
	sp.Proclitic = strings.Clone(sp.Proclitic)
	sp.Stem = strings.Clone(sp.Stem)
	sp.Enclitic = strings.Clone(sp.Enclitic)
	return sp
}

// keyToken returns the ids of token i, whose text is word, and its
// stem's offset (the trie nodes and kinds are left to Reset), and sets
// newSplit when it splits the token.
func (s *Scan) keyToken(i int, tok normalize.Token, word string) scanTok {
	g := s.g
	key := fold.String(word)
	st := scanTok{raw: g.vocab[key], stemAt: int32(tok.Start)}
	if tok.Kind != normalize.ArabicWord || !MayHaveProclitic(key) {
		return st
	}
	sp := normalize.SplitClitics(key)
	s.newSplit, st.split = sp, true
	if st = s.keySplit(tok, word, key, sp, st); st.stem != 0 && !st.short {
		return st
	}
	// SplitClitics reads ل + لـ… as ل + الـ… with the article's alef
	// dropped (لليمن: ل + اليمن), or keeps the word whole. A name that
	// begins with ل takes the preposition the same way (لليبيا، للندن،
	// لليفربول: ل + ليبيا): where no list knows what SplitClitics leaves,
	// the stem is the listed word written after the preposition.
	if id, at := g.lamStem(key); id != 0 {
		st.stem, st.short = id, false
		st.stemAt = int32(tok.Start + byteOffsetOfRune(word, runeIndex(key, at)))
		s.newSplit = normalize.Split{Proclitic: key[:at], Stem: key[at:], Start: at, End: len(key)}
	}
	return st
}

// keySplit sets the stem of st, the token tok whose text is word and
// folded key, from sp, SplitClitics of key.
func (s *Scan) keySplit(tok normalize.Token, word, key string, sp normalize.Split, st scanTok) scanTok {
	g := s.g
	if sp.Start == 0 || sp.Start >= len(key) {
		// SplitClitics keeps at least three letters; a one-letter
		// proclitic before a short first word of a longer phrase
		// (لبي بي سي) is still tried, for phrases of two tokens or
		// more.
		if rest := key[2:]; len(rest) >= 4 {
			if id := g.vocab[rest]; id != 0 {
				if _, ok := g.edges.get(uint64(id)); ok {
					st.stem = id
					st.stemAt = int32(tok.Start + byteOffsetOfRune(word, 1))
					st.short = true
				}
			}
		}
		return st
	}
	// The stem with everything after it: names keep their endings.
	stem := sp.Stem + key[sp.End:]
	id := g.vocab[stem]
	if id == 0 {
		return st
	}
	st.stem = id
	// key and word may differ in length when word was not folded:
	// find the stem's start in word by counting runes.
	st.stemAt = int32(tok.Start + byteOffsetOfRune(word, runeIndex(key, sp.Start)))
	return st
}

// lamStem returns the id of the word that the folded key writes after
// the preposition ل (and a conjunction before it: وللندن) when that word
// begins with ل itself (لليبيا: ل + ليبيا), is three letters or more and
// a listed name by itself (not weak), and the byte offset where it starts in key; or
// 0.
func (g *Gazetteer) lamStem(key string) (id uint32, at int) {
	if strings.HasPrefix(key, "و") || strings.HasPrefix(key, "ف") {
		at = len("و")
	}
	if !strings.HasPrefix(key[at:], "لل") {
		return 0, 0
	}
	at += len("ل")
	if utf8.RuneCountInString(key[at:]) < 3 {
		return 0, 0
	}
	if id = g.vocab[key[at:]]; id == 0 {
		return 0, 0
	}
	if n, ok := g.edges.get(uint64(id)); !ok || g.nodes[n].strong&NameKinds == 0 {
		// Not a name by itself: for the head of a longer name (للواء
		// الخامس) ل + الـ… is the likelier reading (ل + اللواء).
		return 0, 0
	}
	return id, at
}

// MayHaveProclitic reports whether a folded word begins with a letter
// that can be a proclitic (و ف ب ك ل س); only such words are split.
func MayHaveProclitic(word string) bool {
	if len(word) < 2 || word[0] != 0xD9 && word[0] != 0xD8 {
		return false
	}
	switch word[:2] {
	case "و", "ف", "ب", "ك", "ل", "س":
		return true
	}
	return false
}

// Listed reports whether token i, as written (folded, with any
// proclitics), begins some gazetteer phrase: فرحان is a listed given
// name, not ف + رحان.
func (s *Scan) Listed(i int) bool {
	if s.g == nil || i < 0 || i >= len(s.toks) {
		return false
	}
	return s.toks[i].firstRaw != 0
}

// runeIndex returns the number of runes in s[:i].
func runeIndex(s string, i int) int {
	n := 0
	for range s[:i] {
		n++
	}
	return n
}

// byteOffsetOfRune returns the byte offset of rune number r of s, skipping
// the marks and tatweel that Search folding removes.
func byteOffsetOfRune(s string, r int) int {
	n := 0
	for i, c := range s {
		if isDropped(c) {
			continue
		}
		if n == r {
			return i
		}
		n++
	}
	return len(s)
}

func isDropped(c rune) bool {
	return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x0610 && c <= 0x061A)
}

// below returns the kinds below first, a node plus one (0: none).
func (g *Gazetteer) below(first uint32) KindSet {
	if first == 0 {
		return 0
	}
	return g.nodes[first-1].below
}

// May reports whether a phrase of a kind in kinds may start at token i:
// when it says no, Longest(i, end, kinds) finds nothing, whatever end.
func (s *Scan) May(i int, kinds KindSet) bool {
	return i >= 0 && i < len(s.toks) && KindSet(s.toks[i].reach)&kinds != 0
}

// root returns the node that word id tok leads to from the root, plus
// one, or 0 when it leads nowhere.
func (s *Scan) root(tok uint32) uint32 {
	if n, ok := s.walk(0, tok); ok {
		return n + 1
	}
	return 0
}

func (s *Scan) walk(from uint32, tok uint32) (uint32, bool) {
	if tok == 0 {
		return 0, false
	}
	n, ok := s.g.edges.get(uint64(from)<<32 | uint64(tok))
	return n, ok
}

// longestFrom follows the trie from the first-token node over the tokens
// after i and returns the end and node of the longest phrase with a kind
// in kinds.
func (s *Scan) longestFrom(n uint32, i, end int, kinds KindSet) (bestEnd int, bestNode uint32) {
	bestEnd = -1
	for j := i + 1; ; j++ {
		nd := &s.g.nodes[n]
		if nd.kinds&kinds != 0 {
			bestEnd, bestNode = j, n
		}
		if j >= end || nd.below&kinds == 0 {
			break
		}
		next, ok := s.walk(n, s.toks[j].raw)
		if !ok {
			break
		}
		n = next
	}
	return bestEnd, bestNode
}

// Longest returns the longest phrase with a kind in kinds that starts at
// token i and ends at or before token end. The first token matches as
// written or without its proclitics; on a tie the written form wins.
func (s *Scan) Longest(i, end int, kinds KindSet) (Match, bool) {
	if s.g == nil || i < 0 || i >= end || end > len(s.toks) || KindSet(s.toks[i].reach)&kinds == 0 {
		return Match{}, false
	}
	st := &s.toks[i]
	bestEnd, bestNode, stripped := -1, uint32(0), false
	if n := st.firstRaw; n != 0 {
		bestEnd, bestNode = s.longestFrom(n-1, i, end, kinds)
	}
	if n := st.firstStem; n != 0 {
		n--
		if e, nd := s.longestFrom(n, i, end, kinds); e > bestEnd && (!st.short || e-i >= 2) {
			bestEnd, bestNode, stripped = e, nd, true
		}
	}
	if bestEnd < 0 {
		return Match{}, false
	}
	s.lastNode = bestNode
	nd := &s.g.nodes[bestNode]
	m := Match{Start: i, End: bestEnd, Stripped: stripped, Kinds: nd.kinds}
	m.NormStart = s.t.Tokens[i].Start
	if stripped {
		m.NormStart = int(st.stemAt)
	}
	m.NormEnd = s.t.Tokens[bestEnd-1].End
	for _, e := range nd.entries {
		if kinds.Has(e.Kind) {
			m.Entry = e
			break
		}
	}
	return m, true
}

// AppendMatches appends to dst the phrases with a kind in kinds found in
// the tokens [start, end), left to right by longest match, without
// overlap, and returns the extended slice.
func (s *Scan) AppendMatches(dst []Match, start, end int, kinds KindSet) []Match {
	start = max(start, 0)
	end = min(end, len(s.toks))
	for i := start; i < end; {
		m, ok := s.Longest(i, end, kinds)
		if !ok {
			i++
			continue
		}
		dst = append(dst, m)
		i = m.End
	}
	return dst
}

// Tags is the membership of one token in gazetteer phrases: for each kind,
// whether the token begins (B) or continues (I) a phrase of that kind.
// Each kind is matched on its own, left to right by longest match, so a
// token can be in a Place and an Org phrase at once (سوريا in نقابة
// أطباء سوريا is B-place and, if the org were listed, I-org). For the
// name kinds it also says whether the phrase is weak (see Weak).
type Tags uint32

// Begin reports whether the token begins a phrase of kind k.
func (t Tags) Begin(k Kind) bool { return t&(1<<(2*k)) != 0 }

// Inside reports whether the token continues a phrase of kind k.
func (t Tags) Inside(k Kind) bool { return t&(1<<(2*k+1)) != 0 }

// In reports whether the token is in a phrase of kind k.
func (t Tags) In(k Kind) bool { return t&(3<<(2*k)) != 0 }

// String returns the tags as "B-place I-org …", or "O".
func (t Tags) String() string {
	if t == 0 {
		return "O"
	}
	var b strings.Builder
	for k := Person; k < numKinds; k++ {
		switch {
		case t.Begin(k):
			b.WriteString(" B-" + k.String())
		case t.Inside(k):
			b.WriteString(" I-" + k.String())
		default:
			continue
		}
		if t.Weak(k) {
			b.WriteString("(weak)")
		}
	}
	return b.String()[1:]
}

// AppendTags appends one Tags per token of the Text to dst and returns
// the extended slice. For each kind separately, phrases are found left to
// right by longest match without overlap; one trie walk per token serves
// every kind.
func (s *Scan) AppendTags(dst []Tags) []Tags { return s.AppendTagsIn(dst, 0, len(s.toks)) }

// AppendTagsIn is AppendTags for the tokens [first, last) alone, as if
// the Text held only them: phrases are matched inside the range (a
// sentence, say), never across its ends. It appends last-first Tags
// (none when the range is empty or out of bounds).
func (s *Scan) AppendTagsIn(dst []Tags, first, last int) []Tags {
	first, last = max(first, 0), min(last, len(s.toks))
	if first >= last {
		return dst
	}
	base := len(dst)
	dst = slices.Grow(dst, last-first)[:base+last-first]
	clear(dst[base:])
	if s.g == nil || len(s.g.nodes) == 0 {
		return dst
	}
	tags := dst[base:]        // tags[i-first] is token i's
	var covered [numKinds]int // tokens before covered[k] are in a phrase of kind k
	var ends [numKinds]int
	for i := first; i < last; i++ {
		if s.toks[i].reach == 0 {
			continue // no phrase starts here
		}
		found, weak := s.endsAt(i, last, &ends)
		for found != 0 {
			k := Kind(bits.TrailingZeros32(uint32(found)))
			found &^= 1 << k
			e := ends[k]
			ends[k] = 0
			if e <= i || i < covered[k] {
				continue
			}
			w := Tags(0)
			if k <= Misc && weak.Has(k) {
				w = weakBit << (k - Person)
			}
			tags[i-first] |= 1<<(2*k) | w
			for j := i + 1; j < e; j++ {
				tags[j-first] |= 1<<(2*k+1) | w
			}
			covered[k] = e
		}
	}
	return dst
}

// weakBit is the first of the four bits of Tags that mark a person, org,
// place or misc phrase whose every entry of that kind is weak.
const weakBit Tags = 1 << (2 * numKinds)

// Weak reports whether the phrase of kind k (Person, Org, Place or Misc)
// that covers the token is weak: a common word that needs context
// (الهلال the crescent, or the club). It is false for the other kinds.
func (t Tags) Weak(k Kind) bool {
	return k >= Person && k <= Misc && t&(weakBit<<(k-Person)) != 0
}

// Gazetteer returns the gazetteer s was built for.
func (s *Scan) Gazetteer() *Gazetteer { return s.g }

// Text returns the Text s keys.
func (s *Scan) Text() *normalize.Text { return s.t }

// endsAt records in ends[k], for every kind k of found, the end (at
// most last) of the longest phrase of kind k starting at token i; ends
// is zero for the others and must be zero on entry for all.
func (s *Scan) endsAt(i, last int, ends *[numKinds]int) (found, weak KindSet) {
	st := &s.toks[i]
	for f, first := range [2]uint32{st.firstRaw, st.firstStem} {
		if first == 0 {
			continue
		}
		n := first - 1
		for j := i + 1; ; j++ {
			if ks := s.g.nodes[n].kinds & AllKinds; ks != 0 && (f == 0 || !st.short || j-i >= 2) {
				found |= ks
				strong := s.g.nodes[n].strong
				for ks != 0 {
					k := Kind(bits.TrailingZeros32(uint32(ks)))
					ks &^= 1 << k
					if j > ends[k] {
						ends[k] = j
						weak &^= 1 << k
						if !strong.Has(k) {
							weak |= 1 << k
						}
					}
				}
			}
			if j >= last {
				break
			}
			next, ok := s.walk(n, s.toks[j].raw)
			if !ok {
				break
			}
			n = next
		}
	}
	return found, weak
}
