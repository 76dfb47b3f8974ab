package normalize

import (
	"bytes"
	"strings"
	"sync"

	"github.com/nabanlp/naba/normalize/wordfreq"
)

// notFutureWords are frequent nouns and names that open as a future verb
// does (س, then ي، ت، ن or ا), spelled as usually written; FutureStem and
// IsFutureVerb fold them with Search. Written by the team from general
// knowledge (it was the dates lexicon's list).
const notFutureWords = `
سياسة سياسي سياسية سياسيا سياسات سياسيين سياسيون سيارة سيارات سيارتين سيطرة سيطر سيطرت سيادة سيد سيدة سيدات سيناء
سيول سيئة سيئ سيف سيرة سير سيرا سيريلانكا سيرك سيمون سيما سينما سيناريو سيبيريا سيئول سيكولوجي سيراليون سينغال سيستاني سيكتور
ستة ستين ستون ستار ستالين ستوكهولم ستراتيجية ستراتيجي ستراسبورغ ستيفن ستيف ستانلي ستاد ستاره ستينات ستوديو ستر ستارت
سنة سنوات سنوي سنوية سنويا سنين سنتين سنتان سنغافورة سنجار سني سنية سنود سنيورة سنن سنا سناتور سند سندات
سابق سابقة سابقا سابقين سابقون ساعة ساعات ساحة ساحات ساحل سالم سامي سامر سارة ساهم ساهمت ساعد ساعدت سافر سافرت ساد سادت سائر ساخن
ساخنة سام سامح ساري سارية سارع سارعت ساق ساقت سامراء سانت ساو ساكن ساكنين ساكنة سائق سائقين ساقط سان سالف سالفة ساعي سابع سابعة سادس سادسة ساكت
`

// notFuture holds notFutureWords in their Search-folded spelling.
var notFuture = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 128)
	for _, w := range strings.Fields(notFutureWords) {
		m[lexiconFold.String(w)] = true
	}
	return m
})

// FutureStem returns the Search-folded word w without the future prefix س
// when w opens as an imperfect verb with it: س, the imperfect's person
// prefix ي، ت، ن or ا (أ folded: سأعود) and two letters or more after
// that (سيتم → يتم, ستعقد → تعقد, سنعمل → نعمل, سأرجع → ارجع). Otherwise,
// and for the frequent nouns and names that open the same way (سيطرت،
// سنوات، ستالين، ساعة, a short list), it returns an empty value. It reads
// the shape only, so the caller looks the stem up in a list of verbs (is
// يتم a light verb?); a conjunction before the prefix (وسيتم) is the
// caller's to remove.
func FutureStem[S ~string | ~[]byte](w S) S {
	if !futurePrefix(w) || letters(w) < 4 || notFuture()[string(w)] {
		return w[:0]
	}
	return w[len("س"):]
}

// IsFutureVerb reports whether the Search-folded word w is an imperfect
// verb with the future prefix س: FutureStem reads it, it has five letters
// or more (سيزور، ستعقد، سنواصل، سأرجع) or is سيتم or ستتم, the frequent
// auxiliary of the passive, and no alef follows the person prefix
// (سياسة، سيارة، ستافان are nouns and names; the few verbs that have it,
// سيأتي, only a list knows). Other words of four letters are left out
// because as many nouns have that shape (سيول، ستار، سيدة). The shape
// is not enough for names and nouns of five letters or more (سيرغي،
// ستيفاني، ساعتين، سيطرتها): the word's frequency in general text
// (wordfreq) tells them apart, as presentStem reads it.
func IsFutureVerb[S ~string | ~[]byte](w S) bool {
	if !futurePrefix(w) {
		return false
	}
	if n := letters(w); n < 5 {
		if n != 4 || string(w) != "سيتم" && string(w) != "ستتم" {
			return false
		}
	} else if w[4] == 0xD8 && w[5] == 0xA7 { // ا
		return false
	}
	return !notFuture()[string(w)] && presentStem(w)
}

// presentStem reports whether the word w read as a future verb has a
// present tense in use: a verb's form without س (يزور for سيزور) is
// written at least as often as the form with it, where a name or a noun
// that opens so (سيرغي، ستيفاني) is far more frequent than what is left
// without its first letter (يرغي، تيفاني), or leaves no word at all
// (ساعتين، سيطرتها، سيديبي). An object pronoun is read off when the
// form with it is unknown (سيستأنفها: يستأنف). A word the table does not
// know at all, nor its stem, is left to its shape.
func presentStem[S ~string | ~[]byte](w S) bool {
	var buf [2 * maxFutureLetters]byte
	if len(w) > len(buf) {
		return true // unknown to the table: the shape decides
	}
	key := append(buf[:0], w...)
	cw, wordKnown := wordfreq.CentibelsBytes(key)
	cs, stemKnown := wordfreq.CentibelsBytes(key[len("س"):])
	if !stemKnown {
		if cut, ok := cutObjectPronoun(key); ok {
			key = cut
			cw, wordKnown = wordfreq.CentibelsBytes(key)
			cs, stemKnown = wordfreq.CentibelsBytes(key[len("س"):])
		}
	}
	switch {
	case !stemKnown:
		return !wordKnown
	case !wordKnown:
		return true
	}
	return cs >= cw
}

// maxFutureLetters bounds the words presentStem looks up (on the stack):
// the longest the wordfreq table holds.
const maxFutureLetters = 64

// cutObjectPronoun returns w without an object pronoun of the third
// person (ها، هم، هما، ه), leaving five letters or more.
func cutObjectPronoun(w []byte) ([]byte, bool) {
	for _, p := range []string{"هما", "ها", "هم", "ه"} {
		if cut, ok := bytes.CutSuffix(w, []byte(p)); ok && letters(cut) >= 5 {
			return cut, true
		}
	}
	return nil, false
}

// futurePrefix reports whether w opens with س (D8 B3) and a person prefix
// ي (D9 8A), ت (D8 AA), ن (D9 86) or ا (D8 A7), with a byte after them.
func futurePrefix[S ~string | ~[]byte](w S) bool {
	return len(w) > 4 && w[0] == 0xD8 && w[1] == 0xB3 &&
		(w[2] == 0xD9 && (w[3] == 0x8A || w[3] == 0x86) || w[2] == 0xD8 && (w[3] == 0xAA || w[3] == 0xA7))
}

// letters counts the characters of the UTF-8 text w (its bytes that do not
// continue a character).
func letters[S ~string | ~[]byte](w S) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
