package naba

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/internal/wordtab"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/wordfreq"
)

// Glued-word repair. Scraped pages run words together where markup
// separated them (a ticker's headlines: عمانتعيين, للسويداءإحداث,
// بالطاقةصور, حلبنقابة, النظامأول, دمشقانفجار). The repair splits token
// entries of a normalize.Text; it never changes the text, so every span
// still points into the input.
//
//  1. Hard cues first: ة and ى only end words, so a word goes on after
//     them only when two words were glued (kept whole when what follows
//     is a pronoun suffix: علىه is a misspelling of عليه, not على + ه);
//     and إ only begins words, so ءإ is always a seam. Script switches
//     (Arabic glued to Latin letters or digits) are already token
//     boundaries.
//  2. Then only tokens that are not known words are split, by word
//     frequency: the split into two or three parts with the best summed
//     log frequency wins, where each part is a known word of at least
//     three letters or a listed function word, and no part is a
//     standalone suffix or a bare prefix.

// Split cues.
const (
	CueTehMarbuta  = "teh-marbuta"
	CueAlefMaksura = "alef-maksura"
	CueHamzaAlef   = "hamza-alef"
	CueAlefInitial = "alef-hamza-below"
	CueFrequency   = "frequency"
)

// glueFunctionWords may stand as a part of a glued token although they are
// short (Search-folded).
var glueFunctionWords = setOf(`في من علي الي عن مع ان لا ما لم لن قد هل او ثم بل لو كل بعد قبل عند منذ حتي متي لدي سوي ضد دون عبر بين تحت فوق هذا هذه ذلك تلك التي الذي الذين وفي ومن وعلي والي`)

// glueSuffixes may not stand as a part of their own: pronoun and
// inflection suffixes (Search-folded).
var glueSuffixes = setOf(`ه ها هم هما هن ك كم كن كما نا ني ي ون ين ات ان تان تين يه تي ته تها تهم تهن تهما وا`)

// gluePrefixes may not stand as a part of their own: clitics and the
// article.
var gluePrefixes = setOf(`و ف ب ك ل س ال وال فال بال كال لل ولل فلل وب ول فب فل وس`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// alefPrefixes may come before إ inside a word (Search-folded).
var alefPrefixes = setOf(`و ف ب ل ك لب وب فب ول فل وك فك ال وال فال بال كال لل ولل فلل وبال فبال وكال`)

// glueNotRight are particles with a pronoun suffix: frequent, but they
// never begin a headline, so they are not taken as the second part of a
// split (وبحرفيه is not وبحر + فيه).
var glueNotRight = setOf(`فيه فيها فيهم له لها لهم منه منها منهم عنه عنها به بها بهم عليه عليها اليه اليها ايها وله ولها وبه معه معها انه انها`)

// A glueMode sets how readily the frequency step splits.
type glueMode uint8

const (
	// glueStrict is used on all text: parts of four letters or more, both
	// frequent. Rare names (تسيغانكوف, الرفدان) are left alone.
	glueStrict glueMode = iota
	// glueLoose is used inside a ticker, where glued headlines are the
	// rule: three-letter parts and function words are allowed.
	glueLoose
)

// Frequency thresholds, in centibels (wordfreq: -300 is one word in a
// thousand).
const (
	glueStrictCB = -600 // every part, strict mode
	// glueAnchorCB: in strict mode one part at least must be this
	// frequent (one word in 30,000). Outside a ticker a glued seam is
	// rare and a rare foreign name is not: كلاوديو ديسكالزي is no
	// ديسك (-584) + الزي (-484), while وحذرالرئيس is وحذر + الرئيس (-260).
	glueAnchorCB = -450
	glueLooseCB  = -640 // parts of four letters or more, loose mode
	glueShortCB  = -480 // three-letter parts, loose mode
	glueTailCB   = -520 // the known tail after a rare name, loose mode
	// glueMinLetters is the shortest token the frequency step looks at.
	glueMinLetters = 6
)

// repairGlue splits the glued tokens of tx whose index is in [from, to)
// and returns the splits made, in input order. tx.Tokens is replaced by a
// new slice when anything is split; token spans stay in tx.Norm. memo, if
// not nil, remembers the frequency step's split of each word read.
func repairGlue(tx *normalize.Text, from, to int, mode glueMode, memo *glueMemo) []Split {
	cut, splits := findGlue(tx, from, to, mode, memo, nil, nil)
	if len(cut) > 0 {
		tx.Tokens = cutTokens(tx.Tokens, cut)
	}
	return splits
}

// findGlue finds the cuts repairGlue makes in the tokens of tx whose
// index is in [from, to), without making them: it appends them to cut
// (in token order) and their splits to splits (in input order), and
// leaves tx.Tokens alone. The ticker lines of a page are read this way
// and their tokens cut once, by cutTokens, after the last: cutting at
// each line copied every token of the page, quadratic in a page of
// ticker lines.
func findGlue(tx *normalize.Text, from, to int, mode glueMode, memo *glueMemo, cut []glueCut, splits []Split) ([]glueCut, []Split) {
	var cuts []int // scratch: Norm offsets of cuts in one token
	var cues []string
	to = min(to, len(tx.Tokens))
	var hard hardLetters
	if from >= 0 && from < to {
		hard.init(tx, tx.Tokens[from].Start, tx.Tokens[to-1].End)
	}
	for i := from; i < to; i++ {
		tok := tx.Tokens[i]
		cuts, cues = cuts[:0], cues[:0]
		if tok.Kind == normalize.ArabicWord && tok.End-tok.Start >= 4 {
			// hard.cueIn, its usual case (quiet) inlined.
			cue := hard.norm[hardAlef] < tok.End
			if !hard.quiet(tok.Start, tok.End) {
				cue = hard.cueIn(tok.Start, tok.End)
			}
			if cue {
				cuts, cues = glueCuts(tx, tok, mode, memo, cuts, cues)
			} else if tok.End-tok.Start >= 2*glueMinLetters {
				// No hard cue: the frequency step alone, as glueCuts
				// would end (it reads no shorter word).
				cuts, cues = freqCuts(tx, tok.Start, tok.End, mode, memo, cuts, cues)
			}
		}
		for k, c := range cuts {
			cut = append(cut, glueCut{tok: i, at: c})
			splits = append(splits, Split{At: tx.SourceOffset(c), Cue: cues[k]})
		}
	}
	return cut, splits
}

// A glueCut is a cut at Norm offset at inside token tok.
type glueCut struct{ tok, at int }

// cutTokens returns a new slice of toks with the cuts made (in token
// order): the tokens are copied once into a slice of their new number
// (appending to one as the cuts came grew a long text's tokens a quarter
// at a time, four times their size in garbage).
func cutTokens(toks []normalize.Token, cuts []glueCut) []normalize.Token {
	out := make([]normalize.Token, 0, len(toks)+len(cuts))
	next := 0 // the first token not yet copied
	for k := 0; k < len(cuts); {
		i := cuts[k].tok
		out = append(out, toks[next:i]...)
		tok := toks[i]
		start := tok.Start
		for ; k < len(cuts) && cuts[k].tok == i; k++ {
			out = append(out, normalize.Token{Start: start, End: cuts[k].at, Kind: normalize.ArabicWord})
			start = cuts[k].at
		}
		out = append(out, normalize.Token{Start: start, End: tok.End, Kind: normalize.ArabicWord})
		next = i + 1
	}
	return append(out, toks[next:]...)
}

// hardSource are the source characters a hard cue reads: ة, ى, إ and
// the other forms of ة and ى that isTehMarbuta and isAlefMaksura accept.
// hardAlef is the index of إ, the only one that begins words.
var hardSource = [...]string{"ة", "ى", "إ", "ۃ", "\ufe93", "\ufe94", "\ufeef", "\ufef0"}

const hardAlef = 2

// hardLetters finds the letters of Norm that a hard-cue source character
// became. A hard cue of glueCuts reads such a character behind one of its
// token's letters, so a token with none where a cue can stand skips the
// letter-by-letter reading of the cues. Each character of hardSource is
// searched for (strings.Index) once, forward, as the tokens move on.
type hardLetters struct {
	tx *normalize.Text
	// hi ends the source searched; src[k] is the source offset of the
	// next hardSource[k] and norm[k] its letter's Norm offset
	// (math.MaxInt when there is none).
	hi        int
	src, norm [len(hardSource)]int
	// first is the least of norm but norm[hardAlef].
	first int
}

func (h *hardLetters) init(tx *normalize.Text, start, end int) {
	h.tx = tx
	h.hi = min(tx.SourceOffset(end)+4, len(tx.Source))
	lo := tx.SourceOffset(start)
	h.first = math.MaxInt
	for k := range hardSource {
		h.find(k, lo)
		if k != hardAlef {
			h.first = min(h.first, h.norm[k])
		}
	}
}

// find sets the next hardSource[k] at or after source byte from that may
// stand where a cue can: ة and ى followed by a space end their token,
// and إ after a space begins its token, so those (most of them) are
// passed over without mapping them to Norm.
func (h *hardLetters) find(k, from int) {
	src := h.tx.Source
	for from < h.hi {
		i := indexLetter(src[from:h.hi], hardSource[k])
		if i < 0 {
			break
		}
		p := from + i
		from = p + len(hardSource[k])
		if k == hardAlef {
			if p == 0 || isSpaceByte(src[p-1]) {
				continue
			}
		} else if from >= len(src) || isSpaceByte(src[from]) {
			continue
		}
		h.src[k], h.norm[k] = p, h.tx.NormOffset(p)
		return
	}
	h.src[k], h.norm[k] = math.MaxInt, math.MaxInt
}

// indexLetter is strings.Index(s, letter) for a letter of hardSource.
// One whose first byte is D8 or D9, as that of most Arabic letters (ة،
// ى، إ), is looked for by its last byte, rare in Arabic text, where
// strings.Index stops at every letter of the block and compares.
func indexLetter(s, letter string) int {
	n := len(letter)
	if n != 2 || letter[0] != 0xD8 && letter[0] != 0xD9 {
		return strings.Index(s, letter)
	}
	for i := 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], letter[1])
		if j < 0 {
			return -1
		}
		i += j
		if s[i-1] == letter[0] {
			return i - 1
		}
	}
	return -1
}

// isSpaceByte reports the ASCII spaces that always separate tokens.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// cueIn reports whether a hard letter lies where glueCuts may read a cue
// in the token spanning [start, end) of Norm: ة or ى (a two-byte letter
// in Norm) before the token's last letter, or إ after its first.
// Successive calls must not move start back, nor into an earlier token.
func (h *hardLetters) cueIn(start, end int) bool {
	if h.tx == nil {
		return false
	}
	if h.first < start {
		h.first = math.MaxInt
		for k := range hardSource {
			if k == hardAlef {
				continue
			}
			for h.norm[k] < start {
				h.find(k, h.src[k]+len(hardSource[k]))
			}
			h.first = min(h.first, h.norm[k])
		}
	}
	if h.first < end-2 {
		return true
	}
	for h.norm[hardAlef] <= start {
		h.find(hardAlef, h.src[hardAlef]+len(hardSource[hardAlef]))
	}
	return h.norm[hardAlef] < end
}

// quiet reports the usual case of cueIn, which callers inline: no hard
// letter behind start or in the token before its last letter, and the
// next إ past start; cueIn then moves nothing and answers whether that
// إ is in the token.
func (h *hardLetters) quiet(start, end int) bool {
	return h.first >= max(start, end-2) && h.norm[hardAlef] > start
}

// glueCuts returns the Norm offsets inside tok where it should be split,
// in order, with their cues.
func glueCuts(tx *normalize.Text, tok normalize.Token, mode glueMode, memo *glueMemo, cuts []int, cues []string) ([]int, []string) {
	// Pass 1: hard cues, read from the source since Search folds ة and ى:
	// only a Norm ه, ي or ا can come from ة, ى or إ, and only those are
	// looked up in the source.
	start := tok.Start
	norm := tx.Norm
	// The token's last run of letters starts at letters: the part after a
	// cut is all letters (isLetters) when the cut is in it. Found at the
	// first cue (the rest of the token read once, as isLetters reads it,
	// and backwards from its end only when it is not all letters), so
	// that a cut costs the same in a token of any length: reading the
	// rest of the token at each cut was quadratic in the token.
	letters := -1
	for p := tok.Start; p+1 < tok.End; {
		c0, c1 := norm[p], norm[p+1]
		size := 1
		switch {
		case c0 >= 0xF0:
			size = 4
		case c0 >= 0xE0:
			size = 3
		case c0 >= 0xC0:
			size = 2
		}
		next := p + size
		if next >= tok.End || size != 2 {
			p = next
			continue
		}
		cue := ""
		switch {
		case c0 == 0xD9 && (c1 == 0x87 || c1 == 0x8A): // ه ي
			src, _ := utf8.DecodeRuneInString(tx.Source[tx.SourceOffset(p):])
			if isTehMarbuta(src) {
				cue = CueTehMarbuta
			} else if isAlefMaksura(src) {
				cue = CueAlefMaksura
			}
		}
		if cue == "" && norm[next] == 0xD8 && next+1 < len(norm) && norm[next+1] == 0xA7 { // ا next
			nextSrc, _ := utf8.DecodeRuneInString(tx.Source[tx.SourceOffset(next):])
			if nextSrc == 'إ' {
				if c0 == 0xD8 && c1 == 0xA1 { // ء
					cue = CueHamzaAlef
				} else if !inGlueSet(alefPrefixes, norm[start:next]) {
					// إ only begins a word, after at most clitics and the
					// article (وإحداث, بالإضافة, للإعلام).
					cue = CueAlefInitial
				}
			}
		}
		if cue != "" && letters < 0 {
			if isLetters(norm[next:tok.End]) {
				letters = next
			} else {
				letters = tok.End
				for letters-2 >= tok.Start && isLetters(norm[letters-2:letters]) {
					letters -= 2
				}
			}
		}
		if cue != "" && tx.SourceOffset(next) > tx.SourceOffset(start) && hardCutOK(norm[start:next], norm[next:tok.End], cue, next >= letters) {
			// The part before a hard cut may itself be glued.
			cuts, cues = freqCuts(tx, start, next, mode, memo, cuts, cues)
			cuts = append(cuts, next)
			cues = append(cues, cue)
			start = next
		}
		p = next
	}
	return freqCuts(tx, start, tok.End, mode, memo, cuts, cues)
}

func isTehMarbuta(r rune) bool  { return r == 'ة' || r == 'ۃ' || r == 0xFE93 || r == 0xFE94 }
func isAlefMaksura(r rune) bool { return r == 'ى' || r == 0xFEEF || r == 0xFEF0 }

// hardCutOK checks a cut after a word-final letter: what follows must be a
// word, not a suffix (علىه, علىها are misspellings of عليه, عليها), and
// after ى what precedes must be a known word too (ى is also a common
// misspelling of ي inside words: رىيس).
func hardCutOK(left, right, cue string, rightLetters bool) bool {
	// right is all letters (rightLetters: the caller knows where the
	// token's last run of letters starts), at least two of them.
	if !rightLetters || len(right) < 4 {
		return false
	}
	if inGlueSet(glueFunctionWords, left) && inGlueSet(glueFunctionWords, right) {
		return true // علىأن, حتىلا
	}
	if inGlueSet(glueSuffixes, right) {
		return false
	}
	switch cue {
	case CueAlefMaksura:
		// ى also stands for ي inside misspelled words (داىما): a short
		// function word after it needs a function word before it.
		if len(right) == 4 && !inGlueSet(glueFunctionWords, left) {
			return false
		}
		// A right longer than any word the table knows, even with a
		// clitic, is no known part (and is not read again).
		return len(right) <= 2*64+2 && wordfreq.Known(left) &&
			(glueFunctionWords[right] || knownPart(right, glueLoose) || knownWithClitics(right))
	case CueTehMarbuta:
		return utf8.RuneCountInString(left) >= 2
	}
	return true
}

// glueSetLongest is the longest word, in bytes, of the glue word sets.
var glueSetLongest = func() int {
	n := 0
	for _, set := range []map[string]bool{glueFunctionWords, glueSuffixes, gluePrefixes, glueNotRight, alefPrefixes} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

// inGlueSet is set[w] for a glue word set, without hashing a w longer
// than any word of the sets: the parts of a long token are looked up at
// each cue, and hashing them all was quadratic in the token.
func inGlueSet(set map[string]bool, w string) bool {
	return len(w) <= glueSetLongest && set[w]
}

// freqCuts splits the Norm span [start, end) when it is not a known word
// and a split into known words exists, appending the cuts. memo, if not
// nil, remembers the split of each word read.
func freqCuts(tx *normalize.Text, start, end int, mode glueMode, memo *glueMemo, cuts []int, cues []string) ([]int, []string) {
	w := tx.Norm[start:end]
	if len(w) < 2*glueMinLetters {
		return cuts, cues
	}
	split := memo.split(w, mode)
	for _, c := range split.at[:split.n] {
		pos := start + int(c)
		if tx.SourceOffset(pos) <= tx.SourceOffset(start) || tx.SourceOffset(pos) >= tx.SourceOffset(end) {
			continue
		}
		cuts = append(cuts, pos)
		cues = append(cues, CueFrequency)
	}
	return cuts, cues
}

// A wordSplit is where the frequency step splits a word: n byte offsets
// inside it (none, one or two; a word of more than 24 letters is never
// split, so they fit in a byte).
type wordSplit struct {
	n  uint8
	at [2]uint8
}

// freqSplit returns the split of w, at least glueMinLetters letters'
// bytes, by the frequency step: none when w is not all folded letters
// (isLetters), is a known word, or no split into known words exists. It
// depends on w and mode alone. (A glueMemo remembers the words that are
// not letters too: then a word it knows is not read letter by letter.)
func freqSplit(w string, mode glueMode) wordSplit {
	var split wordSplit
	if !isLetters(w) || wordfreq.Known(w) {
		return split
	}
	best := bestSegmentation(w, mode)
	if best == nil || knownWord(w) || gazetteer.Default().Lookup(w) != nil {
		// A listed name is one word however it splits (جونيشيرو is no
		// جوني + شيرو, برنتفورد no برنت + فورد); the lookup runs only for
		// the rare unknown word that would split, and a Session
		// remembers its answer (glueMemo).
		return split
	}
	for _, c := range best {
		split.at[split.n] = uint8(c)
		split.n++
	}
	return split
}

// A glueMemo remembers the split freqSplit returned for each word, in
// each mode, so that a Session reading one document after another asks
// the word table (megabytes: a lookup reads two cache lines at random)
// about a word once, not at each occurrence. It remembers at most
// glueMemoWords words a mode, copied, and starts afresh when full, so
// memory stays flat over a stream. The nil *glueMemo remembers nothing.
// A glueMemo is not safe for concurrent use. (A wordtab.Table, not a
// map: a Session looks up most long words of a text, some 7,000 a pass
// over the news corpus, and a map's lookup cost half as much again.)
type glueMemo struct {
	words [2]wordtab.Table[wordSplit] // by glueMode
}

const glueMemoWords = 1 << 14

// split returns freqSplit(w, mode), remembered.
func (m *glueMemo) split(w string, mode glueMode) wordSplit {
	if m == nil {
		return freqSplit(w, mode)
	}
	words := &m.words[mode]
	if split, ok := words.Get(w); ok {
		return split
	}
	split := freqSplit(w, mode)
	if words.Len() >= glueMemoWords {
		words.Clear()
	}
	words.Put(strings.Clone(w), split)
	return split
}

// proclitics and enclitics the known-word check takes off (Search-folded),
// longest first.
var (
	glueProclitics = []string{"وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"}
	glueEnclitics  = []string{"هما", "كما", "تهم", "تها", "يين", "تين", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ان", "ين", "ون", "ات", "يه", "ته", "ه", "ك", "ي"}
)

// knownWord reports whether w is a word: in the table as written, or once
// clitics and inflection suffixes are taken off (لاسمايها, والقياديان),
// leaving at least three letters.
func knownWord(w string) bool {
	if wordfreq.Known(w) {
		return true
	}
	if knownStem(w) {
		return true
	}
	for _, p := range glueProclitics {
		if !strings.HasPrefix(w, p) {
			continue
		}
		rest := w[len(p):]
		if len(rest) < 6 {
			continue
		}
		if p == "لل" {
			// ل + ال: the article's alef is dropped in writing.
			if wordfreq.Known("ا" + rest) {
				return true
			}
			continue
		}
		if wordfreq.Known(rest) || knownStem(rest) {
			return true
		}
	}
	return false
}

// knownStem reports whether w is a known word once an enclitic or
// inflection suffix is taken off, leaving at least three letters.
func knownStem(w string) bool {
	for _, e := range glueEnclitics {
		if strings.HasSuffix(w, e) && len(w)-len(e) >= 6 && wordfreq.Known(w[:len(w)-len(e)]) {
			return true
		}
	}
	return false
}

// stemLetters returns the number of letters of w after its proclitics and
// article.
func stemLetters(w string) int {
	for _, p := range glueProclitics {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return (len(w) - len(p)) / 2
		}
	}
	return len(w) / 2
}

// partScore returns the score of w as one part of a glued token, and false
// if w cannot be a part.
func partScore(w string, first bool, mode glueMode) (int, bool) {
	if gluePrefixes[w] || !first && (glueSuffixes[w] || glueNotRight[w]) {
		return 0, false
	}
	n := len(w) / 2
	function := mode == glueLoose && glueFunctionWords[w]
	if !function && (first && stemLetters(w) < 3 || n < 3 || mode == glueStrict && n < 4) {
		// Too short whatever its frequency: the word table need not be
		// asked.
		return 0, false
	}
	cb, ok := wordfreq.Centibels(w)
	if !ok {
		return 0, false
	}
	if function {
		return cb, true
	}
	switch {
	case mode == glueStrict:
		if cb < glueStrictCB {
			return 0, false
		}
	case n == 3:
		if cb < glueShortCB {
			return 0, false
		}
	default:
		if cb < glueLooseCB {
			return 0, false
		}
	}
	return cb, true
}

func knownPart(w string, mode glueMode) bool {
	_, ok := partScore(w, false, mode)
	return ok
}

// knownWithClitics reports whether w is a known word once a conjunction
// or preposition is taken off its front.
func knownWithClitics(w string) bool {
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if strings.HasPrefix(w, p) && knownPart(w[len(p):], glueLoose) {
			return true
		}
	}
	return false
}

// glueSplitPenalty is what each extra part costs, so that three parts must
// be clearly better than two.
const glueSplitPenalty = 60

// bestSegmentation returns the byte offsets inside w of the best split of
// w into two or three parts, or nil. w is Search-folded letters (two bytes
// each).
func bestSegmentation(w string, mode glueMode) []int {
	n := len(w) / 2
	if n > 24 {
		return nil
	}
	bestScore, bestCuts := 0, []int(nil)
	for a := 2; a <= n-2; a++ {
		s1, ok1 := partScore(w[:2*a], true, mode)
		if !ok1 {
			continue
		}
		if s2, ok2 := partScore(w[2*a:], false, mode); ok2 {
			if s := s1 + s2 - glueSplitPenalty; (bestCuts == nil || s > bestScore) && anchored(mode, s1, s2, s2) {
				bestScore, bestCuts = s, []int{2 * a}
			}
		}
		// Three parts: the rest splits again.
		for b := a + 2; b <= n-2; b++ {
			s2, ok2 := partScore(w[2*a:2*b], false, mode)
			if !ok2 {
				continue
			}
			s3, ok3 := partScore(w[2*b:], false, mode)
			if !ok3 {
				continue
			}
			if s := s1 + s2 + s3 - 2*glueSplitPenalty; (bestCuts == nil || s > bestScore) && anchored(mode, s1, s2, s3) {
				bestScore, bestCuts = s, []int{2 * a, 2 * b}
			}
		}
	}
	if bestCuts == nil && mode == glueLoose {
		return tailSegmentation(w)
	}
	return bestCuts
}

// anchored reports whether a split into parts of these scores may be
// taken in mode: in strict mode one part must reach glueAnchorCB.
func anchored(mode glueMode, s1, s2, s3 int) bool {
	return mode != glueStrict || max(s1, s2, s3) >= glueAnchorCB
}

// tailSegmentation is the ticker's last resort for a token whose first
// part is a rare name (التنفانخفاض: التنف + انخفاض): the longest frequent
// word of five letters or more that ends the token, after at least three
// letters.
func tailSegmentation(w string) []int {
	n := len(w) / 2
	for a := 3; a <= n-5; a++ {
		right := w[2*a:]
		if glueSuffixes[right] || glueNotRight[right] || stemLetters(w[:2*a]) < 3 {
			continue
		}
		if cb, ok := wordfreq.Centibels(right); ok && cb >= glueTailCB {
			return []int{2 * a}
		}
	}
	return nil
}

// isLetters reports whether s is all Search-folded Arabic letters.
func isLetters(s string) bool {
	if s == "" || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		c0, c1 := s[i], s[i+1]
		if !(c0 == 0xD8 && c1 >= 0xA1 && c1 <= 0xBF || c0 == 0xD9 && c1 >= 0x81 && c1 <= 0x8A) {
			return false
		}
	}
	return true
}
