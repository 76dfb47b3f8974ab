package normalize

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize/wordfreq"
)

// A Split is a word divided into its clitics and its stem.
//
// Stem is the word without proclitics and enclitic, with the definite
// article kept; after the preposition ل the article's alef, which Arabic
// spelling drops (ل + الائتلاف = للائتلاف), is restored: the Stem of
// للائتلاف is الائتلاف. Start and End give the stem's bytes inside the
// word; for للائتلاف, word[Start:End] is لائتلاف.
type Split struct {
	// Proclitic is the conjunctions, prepositions and future marker split
	// off the front ("و", "ف", "ب", "ك", "ل", "س", "وب", "فل", "وس", …),
	// without the article.
	Proclitic string
	// Article reports that the stem begins with the definite article ال.
	Article bool
	// Stem is the word without clitics, as described above.
	Stem string
	// Start and End are the byte span of the stem inside the word.
	Start, End int
	// Enclitic is the pronoun suffix split off the end (ه ها هم هما هن ك
	// كم كن ي نا), or "".
	Enclitic string
}

// A proclitic is a prefix of conjunctions, prepositions and the future
// marker. A word that may carry it is read as carrying it when
// cb(word) - cb(stem), its frequency relative to the stem's in
// centibels, is at most threshold.
type proclitic struct {
	form      string
	threshold int
}

// proclitics, longest first. Each threshold is the median of
// cb(prefix+word) - cb(word) over the words of the news corpus in the
// shared data folder that begin with no clitic letter, measured with the
// normalize/wordfreq table, plus a slack of 150 centibels: the ratios
// spread by about 100 centibels around the median (sentence-initial و
// makes وقال, 72 below قال, commoner than the median و-form, -144), while
// names that only look like clitic forms sit near or above zero (كمال -24
// against مال, فيصل -28 against يصل, وليد +112 against ليد). The future
// marker, measured over imperfect verbs only (median -252 for س), is
// frequent before the commonest verbs (سيتم is 64 below يتم), so its
// threshold is set by hand so that a form splits when the bare verb is at
// least as frequent (0), and وس, فس add it to those of و and ف.
var proclitics = procliticsArray[:]

var procliticsArray = [...]proclitic{
	{"وب", -390 + 150}, {"فب", -414 + 150}, {"وك", -410 + 150}, {"فك", -420 + 150},
	{"ول", -386 + 150}, {"فل", -406 + 150}, {"وس", -144 + 150 + 0}, {"فس", -350 + 150 + 0},
	{"و", -144 + 150}, {"ف", -350 + 150}, {"ب", -200 + 150}, {"ك", -366 + 150}, {"ل", -192 + 150}, {"س", 0},
}

// An enclitic is a pronoun suffix with the largest frequency ratio
// cb(word+suffix) - cb(word) at which a word is still read as carrying it.
type enclitic struct {
	form      string
	threshold int
}

// enclitics, longest first. The thresholds are set by hand, strict for
// the suffixes that end many stems on their own: ي ends every nisba
// adjective (عربي، لبناني) and ه every teh marbuta that Search folded
// (مدرسه، لبنانيه), so for those two neither the keep-whole lexicon nor a
// stem ending in ي counts as evidence.
var enclitics = []enclitic{
	{"هما", -100}, {"كما", -150}, {"هم", -50}, {"هن", -100}, {"ها", -50}, {"كم", -100}, {"كن", -150}, {"نا", -50},
	{"ه", -100}, {"ك", -150}, {"ي", -250},
}

// keepWhole holds words whose first or last letters only look like
// clitics, in their Search-folded spelling (see lexicon.go).
var keepWhole = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 2048)
	for _, w := range strings.Fields(keepWholeWords) {
		m[lexiconFold.String(w)] = true
	}
	return m
})

// lexiconFold is the Search normalizer used to look words up in lexicons
// and in the word-frequency table.
var lexiconFold = MustNew(Search)

// SplitClitics splits word into proclitics, stem and enclitic,
// conservatively. The word may be in any normalization; lexicons and word
// frequencies are consulted on its Search-folded form.
//
// A word in the keep-whole lexicon of names and words that only look like
// they carry clitics (لبنان، وليد، بلال، فلسطين، كركوك، باريس، بغداد)
// stays whole. Otherwise a proclitic is split off when what remains is in
// that lexicon (ولبنان), or begins with the article and is a known word
// (والصالح, وبالتالي), or when the word is no more frequent, relative to
// what remains, than words carrying that proclitic usually are (وسوريا,
// بحمص, but not كمال against مال), or, for words too rare to judge, when
// what remains begins with the article. At least three letters
// remain, two after the article; the future marker س goes only before
// an imperfect verb. A pronoun enclitic is split off the same way, never
// after the article, with stricter thresholds for ي, ه, ك.
//
// SplitClitics is safe for concurrent use.
func SplitClitics(word string) Split {
	sp := Split{Stem: word, Start: 0, End: len(word)}
	// The folded forms are built in buffers on the stack (a word too long
	// for them is folded on the heap).
	var fbuf [128]byte
	folded := lexiconFold.AppendString(fbuf[:0], word)
	if !isArabicLetters(word) || keepWhole()[string(folded)] {
		sp.Article = bytes.HasPrefix(folded, articleBytes)
		return sp
	}
	splitProclitic(&sp, word, folded)
	splitEnclitic(&sp, word)
	return sp
}

var articleBytes = []byte("ال")

// A candidate is a proclitic that word may carry.
type candidate struct {
	pi      int    // the proclitic: proclitics[pi] (an index, so that the folded stem can stay on the stack)
	alef    bool   // the stem is ا + the rest of the word (ل + الائتلاف)
	foldedS []byte // the stem, folded
}

// splitProclitic chooses the proclitic of word, if any.
func splitProclitic(sp *Split, word string, folded []byte) {
	var arena [512]byte // the folded stems of the candidates
	scratch := arena[:0]
	var buf [len(procliticsArray)]candidate
	n := 0
	for pi, p := range proclitics {
		rest, ok := strings.CutPrefix(word, p.form)
		if !ok || rest == "" {
			continue
		}
		alef := strings.HasSuffix(p.form, "ل") && strings.HasPrefix(rest, "ل") && !strings.HasPrefix(rest, "ال")
		k := len(scratch)
		if alef {
			scratch = append(scratch, "ا"...) // ل + الائتلاف is written للائتلاف
		}
		scratch = lexiconFold.AppendString(scratch, rest)
		fs := scratch[k:len(scratch):len(scratch)]
		letters := utf8.RuneCount(fs)
		if bytes.HasPrefix(fs, articleBytes) {
			if letters < 4 {
				continue
			}
		} else if letters < 3 {
			continue
		}
		if strings.HasSuffix(p.form, "س") && !bytes.ContainsAny(fs[:2], "يتنا") {
			continue // the future marker only before an imperfect verb
		}
		buf[n] = candidate{pi, alef, fs}
		n++
	}
	cands := buf[:n]
	if len(cands) == 0 {
		return
	}
	pick := -1
	kw := keepWhole()
	for k, c := range cands {
		form := proclitics[c.pi].form
		if kw[string(c.foldedS)] && (len(form) == 2 || innerSplits(form[2:], c.foldedS)) {
			pick = k
			break
		}
	}
	if pick < 0 {
		cbw, wok := wordfreq.CentibelsBytes(folded)
		for k, c := range cands {
			p := proclitics[c.pi]
			cbs, sok := wordfreq.CentibelsBytes(c.foldedS)
			article := bytes.HasPrefix(c.foldedS, articleBytes)
			if !article && len(p.form) == 4 && !innerSplits(p.form[2:], c.foldedS) {
				continue // وبعيد is و + بعيد, not وب + عيد
			}
			switch {
			case sok && len(p.form) == 2 && !article && takesArticle(c.foldedS, cbs, -100) && !takesArticle(folded, cbw, -150):
				// What remains is a noun that takes the article while the
				// word does not: a set phrase (بشكل, بواسطة, لمدة), which
				// is commoner than its noun, not a word of its own
				// (كمال: الكمال; وزير: الوزير).
				pick = k
			case sok && (!wok || article || cbw-cbs <= p.threshold):
				// A known stem with the article after a proclitic is the
				// clitic reading even in set phrases (وبالتالي is
				// commoner than بالتالي).
				pick = k
			case !sok && !wok && article:
				pick = k
			}
			if pick >= 0 {
				break
			}
		}
	}
	if pick < 0 {
		return
	}
	form := proclitics[cands[pick].pi].form
	sp.Proclitic = form
	sp.Start = len(form)
	sp.Stem = word[len(form):]
	if cands[pick].alef {
		sp.Stem = "ا" + sp.Stem
	}
	sp.Article = bytes.HasPrefix(cands[pick].foldedS, articleBytes)
}

// centibelsOf returns the frequency of the folded word a followed by b
// (see wordfreq.Centibels), joined in a buffer on the stack.
func centibelsOf(a string, b []byte) (int, bool) {
	var key [2*64 + 8]byte // longer keys are not in the table
	if len(a)+len(b) > len(key) {
		return 0, false
	}
	n := copy(key[:], a)
	n += copy(key[n:], b)
	return wordfreq.CentibelsBytes(key[:n])
}

// takesArticle reports whether the folded word w, of frequency cb, is
// also used with the definite article at least 10^(min/100) times as
// often as without it.
func takesArticle(w []byte, cb, min int) bool {
	cba, ok := centibelsOf("ال", w)
	return ok && cba-cb >= min
}

// innerSplits reports whether the one-letter proclitic inner followed by
// the folded stem reads as carrying that proclitic by itself: the test a
// two-letter proclitic passes for its second letter.
func innerSplits(inner string, stem []byte) bool {
	cbs, sok := wordfreq.CentibelsBytes(stem)
	if !sok {
		return false
	}
	cbw, wok := centibelsOf(inner, stem)
	for _, p := range proclitics {
		if p.form == inner {
			return !wok || cbw-cbs <= p.threshold
		}
	}
	return false
}

// splitEnclitic splits a pronoun suffix off sp.Stem, if any.
func splitEnclitic(sp *Split, word string) {
	if sp.Article {
		return // a definite noun takes no pronoun suffix
	}
	stem := sp.Stem
	var sbuf [128]byte
	fs := lexiconFold.AppendString(sbuf[:0], stem)
	kw := keepWhole()
	if kw[string(fs)] {
		return
	}
	cbs, sok := wordfreq.CentibelsBytes(fs)
	for _, e := range enclitics {
		if !strings.HasSuffix(string(fs), e.form) {
			continue
		}
		rest := fs[:len(fs)-len(e.form)]
		if utf8.RuneCount(rest) < 3 || !strings.HasSuffix(word, e.form) {
			continue
		}
		cbr, rok := wordfreq.CentibelsBytes(rest)
		// A feminine noun ends in ت before a suffix: حكومته is حكومة + ه.
		if base, ok := bytes.CutSuffix(rest, tehBytes); ok {
			if cbt, tok := centibelsOf(string(base), hehBytes); tok && (!rok || cbt > cbr) {
				cbr, rok = cbt, true
			}
		}
		weak := e.form == "ي" || e.form == "ه"
		if weak && bytes.HasSuffix(rest, yehBytes) {
			continue
		}
		if (weak || !kw[string(rest)]) && (!rok || sok && cbs-cbr > e.threshold) {
			continue
		}
		sp.Enclitic = e.form
		sp.End = len(word) - len(e.form)
		sp.Stem = stem[:len(stem)-len(e.form)]
		return
	}
}

var tehBytes, hehBytes, yehBytes = []byte("ت"), []byte("ه"), []byte("ي")

// isArabicLetters reports whether s is a non-empty run of Arabic letters
// and marks.
func isArabicLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isArabicLetter(r) {
			return false
		}
	}
	return true
}
