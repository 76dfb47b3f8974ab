package arabic

import "unicode/utf8"

// The among lists of the Snowball routines. e(minLen, repl, strings...)
// gives the command "$word_len >= minLen" then "<- repl" (delete when repl
// is empty); Snowball's "$word_len > k" is written minLen k+1.
var (
	amongPrefixStep1 = mk(cat(
		e(4, "أ", "أأ", "أؤ"),
		e(4, "آ", "أآ"),
		e(4, "ا", "أا"),
		e(4, "إ", "أإ"),
	)...)
	amongPrefixStep2     = mk(e(4, "", "ف", "و")...)
	amongPrefixStep3Noun = mk(cat(
		e(6, "", "بال", "كال"),
		e(5, "", "لل", "ال"),
	)...)
	amongPrefixStep3bNoun = mk(cat(
		e(4, "", "ب"),
		e(4, "ب", "بب"),
		e(4, "ك", "كك"),
	)...)
	amongPrefixStep3Verb = mk(cat(
		e(5, "ي", "سي"),
		e(5, "ت", "ست"),
		e(5, "ن", "سن"),
		e(5, "أ", "سأ"),
	)...)
	amongPrefixStep4Verb = mk(e(5, "است", "يست", "نست", "تست")...)

	amongSuffixNounStep1a = mk(cat(
		e(4, "", "ي", "ك", "ه"),
		e(5, "", "نا", "كم", "ها", "هن", "هم"),
		e(6, "", "كما", "هما"),
	)...)
	amongSuffixNounStep1b  = mk(e(6, "", "ن")...)
	amongSuffixNounStep2a  = mk(e(5, "", "ا", "ي", "و")...)
	amongSuffixNounStep2b  = mk(e(5, "", "ات")...)
	amongSuffixNounStep2c1 = mk(e(4, "", "ت")...)
	amongSuffixNounStep2c2 = mk(e(4, "", "ة")...)
	amongSuffixNounStep3   = mk(e(3, "", "ي")...)

	amongSuffixVerbStep1 = mk(cat(
		e(4, "", "ه", "ك"),
		e(5, "", "ني", "نا", "ها", "هم", "هن", "كم", "كن"),
		e(6, "", "هما", "كما", "كمو"),
	)...)
	amongSuffixVerbStep2a = mk(cat(
		e(4, "", "ت"),
		e(4, "", "ا", "ن", "ي"),
		e(5, "", "نا", "تا", "تن"),
		e(6, "", "ان", "ون", "ين"),
		e(6, "", "تما"),
	)...)
	amongSuffixVerbStep2b = mk(e(5, "", "وا", "تم")...)
	amongSuffixVerbStep2c = mk(cat(
		e(4, "", "و"),
		e(6, "", "تمو"),
	)...)
	amongSuffixAllAlefMaqsura = mk(e(0, "ي", "ى")...)

	runesFehAlef = []rune("فا")
	runesWawAlef = []rune("وا")
	runesBehAlef = []rune("با")
)

// checks1 is Checks1: it guesses from the definite article that the word
// is a noun. It runs on the word as given, before Normalize_pre, so marks
// count in word_len.
func checks1(w *env, s string) {
	if k := definiteMinLen(s); k > 0 && runesAtLeast(s, k) {
		w.isNoun, w.isVerb, w.isDefined = true, false, true
	}
}

// definiteMinLen is the test of Checks1 on the start of the word: the
// number of characters the word must have at least to be taken as
// definite, 5 when it starts with بال or كال ($word_len > 4), 4 when it
// starts with لل or ال ($word_len > 3), or 0 when it starts otherwise.
// (word_len is only read by the among conditions, which set it again, so
// only the test $word_len > k matters here.)
func definiteMinLen(s string) int {
	if len(s) < 4 {
		return 0
	}
	switch s[:4] {
	case "با", "كا": // بال, كال
		if len(s) >= 6 && s[4:6] == "ل" {
			return 5
		}
	case "لل", "ال":
		return 4
	}
	return 0
}

// runesAtLeast reports whether s has at least n characters, an invalid
// byte counting as one (as utf8.RuneCountInString counts them).
func runesAtLeast(s string, n int) bool {
	if len(s) >= 4*n {
		return true // no character is longer than 4 bytes
	}
	for ; n > 0; n-- {
		if len(s) == 0 {
			return false
		}
		if len(s) >= 2 && s[0]&0xE0 == 0xC0 && s[0] >= 0xC2 && s[1]&0xC0 == 0x80 {
			s = s[2:] // a character of two bytes: all of Arabic
			continue
		}
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return true
}

// prefixStep1 is Prefix_Step1: a doubled initial hamza form (أأ أآ أؤ أا
// أإ) is reduced to one letter.
func prefixStep1(w *env, c int) (int, bool) { return w.prefix(c, &amongPrefixStep1) }

// prefixStep2 is Prefix_Step2: the conjunctions ف and و, unless followed by
// ا.
func prefixStep2(w *env, c int) (int, bool) {
	w.wordLen = len(w.RS)
	if hasPrefixAt(w.RS, c, runesFehAlef) || hasPrefixAt(w.RS, c, runesWawAlef) {
		return c, false
	}
	return w.prefix(c, &amongPrefixStep2)
}

// prefixStep3aNoun is Prefix_Step3a_Noun: the definite article with or
// without ب or ك, and لل.
func prefixStep3aNoun(w *env, c int) (int, bool) { return w.prefix(c, &amongPrefixStep3Noun) }

// prefixStep3bNoun is Prefix_Step3b_Noun: the preposition ب (not before ا),
// and doubled بب or كك reduced to one letter.
func prefixStep3bNoun(w *env, c int) (int, bool) {
	w.wordLen = len(w.RS)
	if hasPrefixAt(w.RS, c, runesBehAlef) {
		return c, false
	}
	return w.prefix(c, &amongPrefixStep3bNoun)
}

// prefixStep3Verb is Prefix_Step3_Verb: the future marker س before the
// imperfect prefixes ي ت ن أ.
func prefixStep3Verb(w *env, c int) (int, bool) { return w.prefix(c, &amongPrefixStep3Verb) }

// prefixStep4Verb is Prefix_Step4_Verb: يست نست تست become است (form X),
// and the word is taken to be a verb.
func prefixStep4Verb(w *env, c int) (int, bool) {
	c, ok := w.prefix(c, &amongPrefixStep4Verb)
	if ok {
		w.isVerb, w.isNoun = true, false
	}
	return c, ok
}

// suffixNounStep1a is Suffix_Noun_Step1a: possessive pronoun suffixes.
func suffixNounStep1a(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep1a) }

// suffixNounStep1b is Suffix_Noun_Step1b: a final ن.
func suffixNounStep1b(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep1b) }

// suffixNounStep2a is Suffix_Noun_Step2a: a final ا ي و.
func suffixNounStep2a(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep2a) }

// suffixNounStep2b is Suffix_Noun_Step2b: the feminine plural ات.
func suffixNounStep2b(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep2b) }

// suffixNounStep2c1 is Suffix_Noun_Step2c1: a final ت.
func suffixNounStep2c1(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep2c1) }

// suffixNounStep2c2 is Suffix_Noun_Step2c2: the feminine ة.
func suffixNounStep2c2(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep2c2) }

// suffixNounStep3 is Suffix_Noun_Step3: the nisba ي.
func suffixNounStep3(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixNounStep3) }

// suffixVerbStep1 is Suffix_Verb_Step1: object pronoun suffixes.
func suffixVerbStep1(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixVerbStep1) }

// suffixVerbStep2a is Suffix_Verb_Step2a: subject suffixes of the perfect
// and the imperfect.
func suffixVerbStep2a(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixVerbStep2a) }

// suffixVerbStep2b is Suffix_Verb_Step2b: وا and تم.
func suffixVerbStep2b(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixVerbStep2b) }

// suffixVerbStep2c is Suffix_Verb_Step2c: و and تمو.
func suffixVerbStep2c(w *env, c int) (int, bool) { return w.suffix(c, &amongSuffixVerbStep2c) }

// suffixAllAlefMaqsura is Suffix_All_alef_maqsura: a final ى is written ي.
func suffixAllAlefMaqsura(w *env, c int) (int, bool) {
	return w.suffix(c, &amongSuffixAllAlefMaqsura)
}
