package normalize

import (
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
var proclitics = []proclitic{
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
	folded := lexiconFold.String(word)
	if !isArabicLetters(word) || keepWhole()[folded] {
		sp.Article = strings.HasPrefix(folded, "ال")
		return sp
	}
	splitProclitic(&sp, word, folded)
	splitEnclitic(&sp, word)
	return sp
}

// splitProclitic chooses the proclitic of word, if any.
func splitProclitic(sp *Split, word, folded string) {
	type candidate struct {
		p       proclitic
		stem    string // the stem, with ال restored after ل
		foldedS string
	}
	var cands []candidate
	for _, p := range proclitics {
		rest, ok := strings.CutPrefix(word, p.form)
		if !ok || rest == "" {
			continue
		}
		stem := rest
		if strings.HasSuffix(p.form, "ل") && strings.HasPrefix(rest, "ل") && !strings.HasPrefix(rest, "ال") {
			stem = "ا" + rest // ل + الائتلاف is written للائتلاف
		}
		fs := lexiconFold.String(stem)
		letters := utf8.RuneCountInString(fs)
		if strings.HasPrefix(fs, "ال") {
			if letters < 4 {
				continue
			}
		} else if letters < 3 {
			continue
		}
		if strings.HasSuffix(p.form, "س") && !strings.ContainsAny(fs[:2], "يتنا") {
			continue // the future marker only before an imperfect verb
		}
		cands = append(cands, candidate{p, stem, fs})
	}
	if len(cands) == 0 {
		return
	}
	pick := -1
	kw := keepWhole()
	for k, c := range cands {
		if kw[c.foldedS] && (len(c.p.form) == 2 || innerSplits(c.p.form[2:], c.foldedS)) {
			pick = k
			break
		}
	}
	if pick < 0 {
		cbw, wok := wordfreq.Centibels(folded)
		for k, c := range cands {
			cbs, sok := wordfreq.Centibels(c.foldedS)
			article := strings.HasPrefix(c.foldedS, "ال")
			if !article && len(c.p.form) == 4 && !innerSplits(c.p.form[2:], c.foldedS) {
				continue // وبعيد is و + بعيد, not وب + عيد
			}
			switch {
			case sok && len(c.p.form) == 2 && !article && takesArticle(c.foldedS, cbs, -100) && !takesArticle(folded, cbw, -150):
				// What remains is a noun that takes the article while the
				// word does not: a set phrase (بشكل, بواسطة, لمدة), which
				// is commoner than its noun, not a word of its own
				// (كمال: الكمال; وزير: الوزير).
				pick = k
			case sok && (!wok || article || cbw-cbs <= c.p.threshold):
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
	c := cands[pick]
	sp.Proclitic = c.p.form
	sp.Start = len(c.p.form)
	sp.Stem = c.stem
	sp.Article = strings.HasPrefix(c.foldedS, "ال")
}

// takesArticle reports whether the folded word w, of frequency cb, is
// also used with the definite article at least 10^(min/100) times as
// often as without it.
func takesArticle(w string, cb, min int) bool {
	cba, ok := wordfreq.Centibels("ال" + w)
	return ok && cba-cb >= min
}

// innerSplits reports whether the one-letter proclitic inner followed by
// the folded stem reads as carrying that proclitic by itself: the test a
// two-letter proclitic passes for its second letter.
func innerSplits(inner, stem string) bool {
	cbs, sok := wordfreq.Centibels(stem)
	if !sok {
		return false
	}
	cbw, wok := wordfreq.Centibels(inner + stem)
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
	fs := lexiconFold.String(stem)
	if keepWhole()[fs] {
		return
	}
	cbs, sok := wordfreq.Centibels(fs)
	for _, e := range enclitics {
		rest, ok := strings.CutSuffix(fs, e.form)
		if !ok || utf8.RuneCountInString(rest) < 3 || !strings.HasSuffix(word, e.form) {
			continue
		}
		cbr, rok := wordfreq.Centibels(rest)
		// A feminine noun ends in ت before a suffix: حكومته is حكومة + ه.
		if base, ok := strings.CutSuffix(rest, "ت"); ok {
			if cbt, tok := wordfreq.Centibels(base + "ه"); tok && (!rok || cbt > cbr) {
				cbr, rok = cbt, true
			}
		}
		weak := e.form == "ي" || e.form == "ه"
		if weak && strings.HasSuffix(rest, "ي") {
			continue
		}
		if (weak || !keepWhole()[rest]) && (!rok || sok && cbs-cbr > e.threshold) {
			continue
		}
		sp.Enclitic = e.form
		sp.End = len(word) - len(e.form)
		sp.Stem = stem[:len(stem)-len(e.form)]
		return
	}
}

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
