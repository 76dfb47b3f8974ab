package arabic

// stopWords are frequent Arabic function words (prepositions, conjunctions,
// particles, pronouns, demonstratives, relatives), written down by the naba
// team. They are compared after Normalize_pre (no marks, no tatweel).
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		// prepositions
		"في", "فى", "من", "على", "علي", "إلى", "الى", "إلي", "عن", "مع", "حتى", "حتي", "منذ", "مذ",
		"عند", "لدى", "لدي", "بين", "ضد", "نحو", "حول", "خلال", "عبر", "دون", "بدون", "تحت", "فوق",
		"أمام", "امام", "خلف", "وراء", "قبل", "بعد", "لكي", "كي",
		// conjunctions and particles
		"و", "ف", "ثم", "أو", "او", "أم", "ام", "بل", "لكن", "لكنّ", "ولكن", "إن", "ان", "أن", "إنّ", "أنّ",
		"لا", "لم", "لن", "ما", "ماذا", "لماذا", "هل", "قد", "لقد", "سوف", "إذا", "اذا", "إذ", "اذ",
		"لو", "لولا", "كأن", "كأنّ", "ليت", "لعل", "إما", "اما", "أما", "إلا", "الا", "غير", "سوى",
		"كل", "بعض", "أي", "اي", "أيضا", "ايضا", "كما", "مثل", "حيث", "عندما", "بينما", "كيف", "أين",
		"اين", "متى", "متي", "نعم", "كلا", "يا",
		// pronouns
		"أنا", "انا", "نحن", "أنت", "انت", "أنتم", "انتم", "أنتما", "أنتن", "هو", "هي", "هما", "هم", "هن",
		// demonstratives and relatives
		"هذا", "هذه", "هذان", "هذين", "هاتان", "هاتين", "هؤلاء", "ذلك", "تلك", "ذاك", "أولئك", "اولئك",
		"هنا", "هناك", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي", "من",
		// frequent verbs of being
		"كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست",
	} {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether word is one of the Arabic function words that
// Stem leaves alone when stemStopWords is false. Marks and tatweel are
// ignored: هُوَ is a stop word.
func IsStopWord(word string) bool {
	var rbuf [bufRunes]rune
	return isStopWord(rbuf[:0], word)
}

// isStopWord is IsStopWord with buf as scratch space.
func isStopWord(buf []rune, s string) bool {
	if len(s) > 64 {
		return false
	}
	var bbuf [2 * bufRunes]byte
	key := appendRunes(bbuf[:0], normalizePre(buf, s))
	return stopWords[string(key)]
}
