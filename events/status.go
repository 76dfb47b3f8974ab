package events

import (
	"strings"

	"github.com/nabanlp/naba/normalize"
)

// Status returns the status of the event named by tr, read from the words
// around it in the tokens [first, last) of t (its sentence): Negated
// after لم، لن، لا، عدم or a verb of denial; Planned for a verb with the
// future prefix (سيزور), after سوف، من المقرر، يعتزم، يستعد or before
// المقبل، القادم، المرتقب; Ongoing for an imperfect verb or after يواصل،
// لا يزال (before مستمر، متواصل); Past otherwise.
//
// News headlines tell past events with imperfect verbs (تركيا تؤكد):
// callers reading a headline should take Ongoing as Past.
func Status(t *normalize.Text, tr Trigger, first, last int) string {
	return StatusWords(t, nil, tr, first, last)
}

// StatusWords is Status reading the folded words of t's tokens from
// words (see AppendWords).
func StatusWords(t *normalize.Text, words []string, tr Trigger, first, last int) string {
	first = max(first, 0)
	last = min(last, len(t.Tokens))
	c := context{t: t, i: tr.First, words: words}
	// Words before the trigger, nearest first, up to punctuation, and
	// their tokens.
	var before [5]string
	var beforeTok [5]int
	nb := 0
	// The words are read as c.word does, the given ones without its
	// call (most triggers read eleven).
	wordAt := func(j int, k normalize.Kind) string {
		if j < len(words) {
			if k != normalize.ArabicWord {
				return ""
			}
			return words[j]
		}
		return c.word(j)
	}
	for j := tr.First - 1; j >= first && nb < len(before); j-- {
		k := t.Tokens[j].Kind
		if k == normalize.Punct {
			if isQuote(t.Norm[t.Tokens[j].Start:t.Tokens[j].End]) {
				continue // بصدد "تشكيل لجنة": the quoted words are the phrase's
			}
			break
		}
		before[nb], beforeTok[nb] = wordAt(j, k), j
		nb++
	}
	var after [6]string
	na := 0
	for j := tr.Last; j < last && na < len(after); j++ {
		k := t.Tokens[j].Kind
		if k == normalize.Punct && !isQuote(t.Norm[t.Tokens[j].Start:t.Tokens[j].End]) {
			break
		}
		after[na] = wordAt(j, k)
		na++
	}
	if negated(before[:nb]) && !(tr.Article && na > 0 && isWhich(after[0]) && rejectedOnly(before[:nb])) || c.deniedBeing(before[:nb], beforeTok[:nb], first) {
		// (أعرب عن رفضه الهجوم الذي استهدف السفارة: a definite event
		// that a relative clause tells took place is condemned, not
		// undone.)
		return Negated
	}
	if tr.Future() {
		return Planned
	}
	for k, w := range before[:nb] {
		if isPlannedBefore(w) { // على وشك: و is the word's own letter
			return Planned
		}
		w = trimConj(w)
		if isPlannedBefore(w) {
			return Planned
		}
		if k == 0 && isAny(w, "يتم", "تتم") && nb > 1 && strings.HasPrefix(trimConj(before[1]), "س") {
			return Planned
		}
	}
	for k, w := range after[:na] {
		if isPlannedAfter(w) && !comingFrom(after[k:na]) {
			return Planned
		}
		if isWhich(w) && k+1 < na && hasAnyPrefix(after[k+1], "سي", "ست", "سين") && len(after[k+1]) > len("سيتم") {
			return Planned
		}
		if tr.POS != Perfect && w == "بعد" && k+1 < na && isVagueSpan(after[k+1]) && (k+2 == na || !isAny(after[k+2], "من", "علي")) &&
			!(tr.POS == Noun && nb > 0 && isPastHappening(trimConj(before[0]))) {
			// (وجرت محاكمته بعد أسابيع: a past verb of its happening
			// governs the noun, weeks later.)
			// الانتخابات النيابية بعد أيام: in some days from now. Not
			// after a past verb (أفرج عنه بعد أيام: days later), nor with
			// من (بعد أيام من الاحتجاجات: days after something else).
			return Planned
		}
		if k < 2 && tr.POS == Noun && isAny(w, "محتمل", "محتملا", "المحتمل", "محتمله", "المحتمله",
			"متوقع", "متوقعا", "المتوقع", "متوقعه", "المتوقعه", "مرتقب", "مرتقبا", "مرتقبه", "يتوقع", "يرتقب") && nounPhrase(after[:k]) &&
			!(nb > 0 && isPastHappening(trimConj(before[0]))) {
			// هجوم عسكري محتمل على إدلب، الضربة المحتملة، هجوم متوقع،
			// لهجوم من المتوقع أن يشنه الجيش: an event that may or is
			// expected to come, not one that took place (but وقع الهجوم
			// المتوقع: it came).
			return Planned
		}
		if k < 6 && tr.POS == Noun && isPlannedNounAfter(w) && nounPhrase(after[:k]) {
			// الاجتماع سيعقد في طهران; التوقيع النهائي على الاتفاق الشامل
			// سيجري في أديس أبابا: the noun's phrase, then its future verb.
			return Planned
		}
	}
	for k, w := range before[:nb] {
		if k >= 3 {
			break
		}
		w = trimConj(w)
		if isOngoingBefore(w) {
			return Ongoing
		}
	}
	if nb > 1 && before[0] == "علي" {
		// وتعمل الحكومة على إنشاء محطة، يعكف الفريق على إعداد: what
		// one works at is under way, not done. The subject may stand
		// between (up to three words).
		for _, w := range before[1:nb] {
			if isWorkingAt(trimConj(w)) {
				return Ongoing
			}
		}
	}
	for k, w := range after[:na] {
		if k >= 3 {
			break
		}
		if isOngoingAfter(w) {
			return Ongoing
		}
	}
	if tr.POS == Imperfect {
		return Ongoing
	}
	return Past
}

// nounPhrase reports words that can go on an event noun's phrase before
// its verb: definite adjectives and nouns (النهائي، الاتفاق، الشامل) and
// the prepositions of its object (على، بين، حول، بشأن، مع) with the noun
// right after one (على اتفاق السلام). A lone word may be indefinite
// (اجتماع وزاري).
func nounPhrase(ws []string) bool {
	prep := func(w string) bool { return isAny(w, "علي", "بين", "حول", "بشان", "مع") }
	for i, w := range ws {
		w = trimConj(w)
		if strings.HasPrefix(w, "ال") || len(ws) == 1 || prep(w) || i > 0 && prep(trimConj(ws[i-1])) {
			continue
		}
		return false
	}
	return true
}

// isPastHappening reports a verb in the past that tells an event noun
// after it took place (جرت محاكمته، تمت الصفقة، أقيمت الانتخابات،
// تلتها انتخابات): بعد أيام after the noun is then days later.
func isPastHappening(w string) bool {
	return IsHappenVerb(w, HappenTook|HappenBegan|HappenDone|HappenFollowed)
}

// spanSense is what a word of a span of time stands for in the rules
// that read one (a bit set).
type spanSense uint8

const (
	// spanSpent: a span one spends somewhere (قضى عشرين عاما في السجن،
	// قضى أسابيع بالسجن): no court's sentence (checkCourt).
	spanSpent spanSense = 1 << iota
	// spanVague: a plural unit a vague span counts (بعد أيام، خلال
	// أسابيع): no number, so no date (statusOf).
	spanVague
	// spanCounted: a unit of time counted by a number before it (48
	// ساعة، ثلاثة أيام، عشر دقائق): no count of people (IsSpanUnit).
	spanCounted
	// spanTerm: a term of prison in years or months (السجن 10 سنوات،
	// السجن سنتين، السجن ستة أشهر): a sentence's heading (checkSentenced).
	spanTerm
)

// spanWords holds the folded words of a span of time with their senses.
var spanWords = map[string]spanSense{
	"ساعات":   spanSpent | spanVague | spanCounted,
	"ايام":    spanSpent | spanVague | spanCounted,
	"اسابيع":  spanSpent | spanVague | spanCounted,
	"اشهر":    spanSpent | spanVague | spanCounted | spanTerm,
	"شهور":    spanSpent | spanVague | spanCounted,
	"سنوات":   spanSpent | spanVague | spanCounted | spanTerm,
	"اعوام":   spanSpent | spanVague | spanCounted | spanTerm,
	"يوما":    spanSpent | spanCounted,
	"شهرا":    spanSpent | spanCounted | spanTerm,
	"عام":     spanSpent | spanCounted,
	"عاما":    spanSpent | spanCounted | spanTerm,
	"عامين":   spanSpent | spanCounted | spanTerm,
	"سنه":     spanSpent | spanCounted | spanTerm,
	"سنتين":   spanSpent | spanCounted | spanTerm,
	"ليال":    spanSpent | spanCounted,
	"ليله":    spanSpent | spanCounted,
	"ليلته":   spanSpent,
	"ساعه":    spanCounted,
	"ساعتين":  spanCounted,
	"دقيقه":   spanCounted,
	"دقايق":   spanCounted,
	"دقيقتين": spanCounted,
	"يوم":     spanCounted,
	"يومين":   spanCounted,
	"اسبوع":   spanCounted,
	"اسبوعا":  spanCounted,
	"اسبوعين": spanCounted,
	"شهر":     spanCounted,
	"شهرين":   spanCounted | spanTerm,
	"سنين":    spanCounted,
	"ليلتين":  spanCounted,
	"سنتان":   spanTerm,
}

// isSpan reports whether the folded word w is a word of a span of time in
// one of the senses s.
func isSpan(w string, s spanSense) bool { return spanWords[w]&s != 0 }

// IsSpanWord reports whether the folded word w is a word of a span of
// time spent or vague (أيام، سنوات، عاما).
func IsSpanWord(w string) bool { return spanWords[w]&(spanSpent|spanVague) != 0 }

// IsSpanUnit reports whether the folded word w is a unit of time counted
// by a number before it (48 ساعة، ثلاثة أيام، عشر دقائق، خمس سنوات).
func IsSpanUnit(w string) bool { return isSpan(w, spanCounted) }

// isVagueSpan reports the plural time units a vague span counts (بعد
// أيام، خلال أسابيع): no number, so no date.
func isVagueSpan(w string) bool { return isSpan(w, spanVague) }

// isWhich reports الذي، التي، الذين.
func isWhich(w string) bool {
	switch w {
	case "الذي", "التي", "الذين":
		return true
	}
	return false
}

// isNotYet reports لم and لن.
func isNotYet(w string) bool { return w == "لم" || w == "لن" }

// negated reports whether the words before a trigger (nearest first)
// negate it.
func negated(before []string) bool {
	if len(before) == 0 {
		return false
	}
	w := trimConj(before[0])
	if isNegation(w) {
		return true
	}
	// لم يتم الاتفاق، لن تعقد القمة: a negated verb before an event
	// noun.
	// لم/لن first: rarer than a verb of the present.
	if len(before) > 1 && isNotYet(trimConj(before[1])) && (isAny(w, "يتم", "تتم", "يجر", "تجر", "يكن", "تكن") || hasAnyPrefix(w, "ي", "ت", "ن")) {
		return true
	}
	for k, w := range before {
		if k >= 3 {
			break
		}
		if isDenial(trimConj(w)) {
			return true
		}
	}
	// أكدوا رفضهم تهجير الفلسطينيين، رفضت الحكومة الإفراج عن: what is
	// rejected right before the event word has not happened; the
	// rejection may be qualified first (رفضهم القاطع تهجير).
	return rejectedOnly(before)
}

// deniedBeing reports an event told in a clause أن يكون / أن تكون … قد
// whose verb of denial stands before أن, past an aside set off by commas
// (نفت وزارة الدفاع، في بيان، أن تكون طائراتها قد قصفت مستشفى): what is
// denied has not happened by the teller's word. before holds the words
// before the trigger, nearest first, up to the first mark, and beforeTok
// their tokens; the verb is read back from أن over commas, at most twelve
// tokens, not past first.
func (c context) deniedBeing(before []string, beforeTok []int, first int) bool {
	at := -1 // the token of أن
	for i := 1; i < len(before); i++ {
		if before[i] == "ان" && isAny(before[i-1], "يكون", "تكون", "يكونوا", "يكونا", "تكونا") {
			at = beforeTok[i]
			break
		}
	}
	if at < 0 {
		return false
	}
	for j := at - 1; j >= first && j >= at-12; j-- {
		tk := c.t.Tokens[j]
		if tk.Kind == normalize.Punct {
			if c.t.Norm[tk.Start:tk.End] == "," {
				continue
			}
			return false
		}
		if isDenial(trimConj(c.word(j))) {
			return true
		}
	}
	return false
}

// rejectedOnly reports whether the words before a trigger (nearest
// first) negate it only as the object of a rejection (رفضهم تهجير،
// رفضه القاطع الهجوم), no negation or denial.
func rejectedOnly(before []string) bool {
	if len(before) == 0 {
		return false
	}
	w := trimConj(before[0])
	return isRejection(w) || len(before) > 1 && isRejectionDegree(w) && isRejection(trimConj(before[1]))
}

// isRejectionDegree reports the adjectives that qualify a rejection
// before its object (رفضهم القاطع، رفضها التام، رفضه المطلق), folded.
func isRejectionDegree(w string) bool {
	switch w {
	case "القاطع", "التام", "المطلق", "الكامل", "الشديد", "الصريح", "الحازم", "الثابت":
		return true
	}
	return false
}

// isRejection reports the forms of رفض (rejected, rejects, their
// rejection of) that take the event noun after them as their object
// (folded, without a conjunction).
func isRejection(w string) bool {
	switch w {
	case "رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "رفضه", "رفضها", "رفضهم", "رفضنا", "رافضا", "رافضه", "رافضين":
		return true
	}
	return false
}

// trimConj removes a conjunction و or ف from a word of three letters or
// more (ولم → لم); the result is only compared with word lists.
func trimConj(w string) string {
	if len(w) >= len("ولم") && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[len("و"):]
	}
	return w
}

func isQuote(p string) bool {
	return strings.ContainsAny(p, "\"'«»“”")
}

// The word lists of Status, as switches (a binary search by length and
// value rather than a scan).

func isDenial(w string) bool {
	switch w {
	case "نفي", "ينفي", "نفت", "تنفي", "نفوا", "ينفون", "نافيا", "نافيه":
		return true
	}
	return false
}

func isNegation(w string) bool {
	switch w {
	case "لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "بعدم", "لعدم", "ولا":
		return true
	}
	return false
}

func isOngoingAfter(w string) bool {
	switch w {
	case "مستمر", "مستمره", "متواصل", "متواصله", "جاريه", "جاري", "مستمرا", "متواصلا",
		"قايمه", "قايم":
		return true
	}
	return false
}

// isWorkingAt reports the present forms of عمل and عكف (folded), "to
// work at" before على: يعمل على، تعكف على.
func isWorkingAt(w string) bool {
	switch w {
	case "يعمل", "تعمل", "نعمل", "اعمل", "يعملون", "تعملون", "يعملان", "تعملان", "يعكف", "تعكف", "نعكف", "يعكفون", "تعكفان", "يعكفان":
		return true
	}
	return false
}

func isOngoingBefore(w string) bool {
	switch w {
	case "يواصل", "تواصل", "يواصلون", "تتواصل", "يتواصل", "مازال", "ماتزال", "لايزال", "لاتزال",
		"لازال", "يزال", "تزال", "زال", "يستمر", "تستمر", "جار", "جاري", "جاريه":
		return true
	}
	return false
}

// IsPlannedAfter reports whether a folded word after an event or a date
// says it is yet to come (المقبل، القادم، المرتقب، المزمع).
func IsPlannedAfter(w string) bool { return isPlannedAfter(w) }

func isPlannedAfter(w string) bool {
	switch w {
	case "المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه", "المقبلين", "المزمع",
		"المزمعه":
		return true
	}
	return false
}

// comingFrom reports القادم or القادمة (folded, ws[0]) before من or عبر
// (ws[1]): "coming from" a place (هاجم اللواء القادم من ترهونة، طرق
// الإمداد القادمة من ريف إدلب), not "the next" (الأسبوع القادم), nor the
// next one before من المنتظر / من المقرر / من أجل (القمة القادمة من
// المنتظر أن تعقد، جلسته القادمة من أجل بحث الأزمة).
func comingFrom(ws []string) bool {
	if len(ws) < 2 || ws[0] != "القادم" && ws[0] != "القادمه" || ws[1] != "من" && ws[1] != "عبر" {
		return false
	}
	return len(ws) < 3 || !isPlannedBefore(ws[2]) && ws[2] != "اجل"
}

// ComingFrom is comingFrom for the naba pipeline: ws are folded words
// from القادم on.
func ComingFrom(ws []string) bool { return comingFrom(ws) }

func isPlannedBefore(w string) bool {
	switch w {
	case "سوف", "المقرر", "المنتظر", "المتوقع", "المزمع", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي",
		"ينوون", "يستعد", "تستعد", "يستعدون", "تستعدان", "يزمع", "تزمع", "يتوقع", "يرتقب", "سيتم",
		"ستتم", "سيجري", "ستجري", "سيعقد", "ستعقد", "سيقوم", "ستقوم", "سيشارك", "ستشارك", "سيبدا",
		"ستبدا", "سينطلق", "ستنطلق", "سيطلق", "ستطلق", "سيشن", "ستشن", "سينفذ", "ستنفذ", "سيوقع",
		"ستوقع", "سيصدر", "ستصدر", "سيرسل", "سترسل",
		"بصدد", "وشك": // الحكومة بصدد تشكيل لجنة، على وشك توقيع اتفاق: about to
		return true
	}
	return false
}

func isPlannedNounAfter(w string) bool {
	switch w {
	case "سيعقد", "ستعقد", "سيتم", "ستتم", "سيجري", "ستجري", "سيبحث", "ستبحث", "سيركز", "ستركز",
		"سيتناول", "ستتناول", "سيناقش", "ستناقش", "سيكون", "ستكون", "سينطلق", "ستنطلق", "سيضم", "ستضم",
		"سيبدا", "ستبدا", "سيستمر", "ستستمر", "سيشهد", "ستشهد":
		return true
	}
	return false
}
