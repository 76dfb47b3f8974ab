package normalize

import (
	"strings"
	"unicode/utf8"
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

// proclitics are the conjunction + preposition/future prefixes, longest
// first.
var proclitics = []string{"وب", "فب", "وك", "فك", "ول", "فل", "وس", "فس", "و", "ف", "ب", "ك", "ل", "س"}

// keepWhole holds words whose first letters only look like clitics, in
// their Search-folded spelling.
var keepWhole = map[string]bool{}

func init() {
	for _, w := range strings.Fields(keepWholeWords) {
		keepWhole[w] = true
	}
}

// keepWholeWords is a lexicon of frequent names and words that begin with
// و ف ب ك ل س but carry no clitic (Search-folded).
const keepWholeWords = `
لبنان ليبيا لندن لاهاي لوس لشبونه ليون لاتفيا ليتوانيا لوكسمبورغ لاوس ليبيريا ليسوتو لبناني ليبي
بغداد بيروت باريس برلين بروكسل بكين بلغراد بوخارست بودابست بنغازي بنغلاديش باكستان بلجيكا بلغاريا بولندا بريطانيا بيلاروسيا بوليفيا بنما بيرو برازيل البرازيل بورما بوتان بوروندي بنين بوتسوانا
فرنسا فلسطين فنزويلا فنلندا فيتنام فيينا فلوريدا فيلادلفيا فاس
كركوك كابول كوبا كندا كينيا كوريا كولومبيا كرواتيا كمبوديا كازاخستان كاراكاس كيب كيف كويت الكويت
سوريا سوريه سويسرا السويد سيراليون سنغافوره سريلانكا سلوفاكيا سلوفينيا سودان السودان سيول سراييفو سبها سامراء سيناء سوسه سطيف سلا
واشنطن وارسو ويلز ولنغتون وهران
وليد وائل وفاء وسام وجدي وحيد وديع وصفي ولاء وئام وداد وهبه وهيب
بلال بسام بشار بشير بدر بكر بهاء باسل باسم بسمه بثينه بشري بلقيس
فيصل فؤاد فهد فادي فاطمه فايز فريد فراس فواز فيروز فائزه فرح فتحي فاروق فوزي فخري
كمال كريم كاظم كامل كوثر كلثوم كنان
ليلي لمياء لينا لؤي لطفي لبني لطيفه لقمان
سعد سعيد سمير سامي سليم سليمان سلمان سالم سلمي سعاد سميره سوسن سناء سهي سيف ساره سهام
وزير وزاره وكاله وفد وقت واقع وضع وطن وطني ولايه وسط وثيقه وجه وحده وصول
فريق فتره فصل فكره فيلم فوز فرع
بيان بلد بلاد بحث بعد بين بنك برنامج باب بحر بيت
كلمه كتاب كل كان كانت كما كبير
لجنه لقاء لواء لغه لعبه لكن
سلاح سلام سياسه سنه ساعه سوق سجن سفير سوري
`

// SplitClitics splits word into proclitics, stem and enclitic,
// conservatively: a word in the keep-whole lexicon stays whole, and a
// clitic is split off only if at least three letters remain (two after an
// article). The word may be in any normalization; the lexicon is consulted
// on its Search-folded form.
func SplitClitics(word string) Split {
	sp := Split{Stem: word, Start: 0, End: len(word)}
	folded := foldForLexicon(word)
	if keepWhole[folded] {
		sp.Article = strings.HasPrefix(folded, "ال")
		return sp
	}
	pos := 0
	// A rest that is itself a kept word wins (ولبنان is و + لبنان, not
	// ول + بنان); otherwise the longest proclitic that leaves enough.
	for _, p := range proclitics {
		if strings.HasPrefix(word, p) && keepWhole[foldForLexicon(word[len(p):])] {
			pos = len(p)
			sp.Proclitic = p
			break
		}
	}
	for _, p := range proclitics {
		if pos > 0 {
			break
		}
		if !strings.HasPrefix(word, p) {
			continue
		}
		rest := word[len(p):]
		if runeCount(rest) >= 3 {
			pos = len(p)
			sp.Proclitic = p
		}
	}
	// The future marker س goes only on imperfect verbs: keep it out of
	// nouns by requiring a verbal prefix after it.
	if strings.HasSuffix(sp.Proclitic, "س") {
		rest := word[pos:]
		if !(strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن") || strings.HasPrefix(rest, "أ")) {
			sp.Proclitic = strings.TrimSuffix(sp.Proclitic, "س")
			pos -= len("س")
		}
	}
	sp.Start = pos
	stem := word[pos:]
	if strings.HasSuffix(sp.Proclitic, "ل") && strings.HasPrefix(stem, "ل") && !strings.HasPrefix(stem, "ال") && !keepWhole[foldForLexicon(stem)] {
		sp.Stem = "ا" + stem
		sp.Article = true
	} else {
		sp.Stem = stem
		sp.Article = strings.HasPrefix(stem, "ال")
	}
	return sp
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// lexiconFold is the Search normalizer used to look words up in lexicons.
var lexiconFold = MustNew(Search)

func foldForLexicon(s string) string { return lexiconFold.String(s) }
