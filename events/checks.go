package events

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// context is a trigger candidate at token i of t, for the checks of
// ambiguous words.
type context struct {
	t *normalize.Text
	i int
	// words are the folded words of t's tokens (see AppendWords), or nil
	// to fold each word when it is read.
	words []string
}

// word returns the folded text of token j, or "" outside the text or for
// a token that is not an Arabic word.
func (c context) word(j int) string {
	if j < 0 || j >= len(c.t.Tokens) || c.t.Tokens[j].Kind != normalize.ArabicWord {
		return ""
	}
	if j < len(c.words) {
		return c.words[j]
	}
	tok := c.t.Tokens[j]
	return foldWord(c.t.Norm[tok.Start:tok.End])
}

// endsSentence reports whether token j of t is a mark that ends a
// sentence or a clause for the searches that stay in one: a full stop, a
// colon, a semicolon, ! or ? (commas do not).
func endsSentence(t *normalize.Text, j int) bool {
	k := t.Tokens[j]
	return k.Kind == normalize.Punct && strings.ContainsAny(t.Norm[k.Start:k.End], ".:;!?") // Search-folded: ؟ ؛ are ? ;
}

// anyWord returns the folded text of token j of any kind.
func (c context) anyWord(j int) string {
	tok := c.t.Tokens[j]
	if tok.Kind == normalize.ArabicWord && j < len(c.words) {
		return c.words[j]
	}
	return foldWord(c.t.Norm[tok.Start:tok.End])
}

// AppendWords appends to dst the folded words of the tokens of t, one per
// token ("" for a token that is not an Arabic word), and returns the
// extended slice. Folding costs little on the pipeline's Search-folded
// Norm, but a document's rules read each word many times: the Words
// variants of Lexicon.AppendTriggers, TitleProclitic and Status read the
// words folded once from this slice.
func AppendWords(dst []string, t *normalize.Text) []string {
	dst = slices.Grow(dst, len(t.Tokens)) // one word a token: grown once
	for _, tok := range t.Tokens {
		w := ""
		if tok.Kind == normalize.ArabicWord {
			w = foldWord(t.Norm[tok.Start:tok.End])
		}
		dst = append(dst, w)
	}
	return dst
}

// AppendSearchWords is AppendWords for a text whose Norm is
// Search-normalized, as the naba pipeline's is: its words are folded
// already (folding is idempotent: TestSearchWordsFolded and
// FuzzSearchWords check it), so they are taken as they are, without the
// scan for letters to fold.
func AppendSearchWords(dst []string, t *normalize.Text) []string {
	// One word a token: grown once (appending to a long text's words
	// grew them a quarter at a time, four times their size in garbage).
	dst = slices.Grow(dst, len(t.Tokens))
	for _, tok := range t.Tokens {
		w := ""
		if tok.Kind == normalize.ArabicWord {
			w = t.Norm[tok.Start:tok.End]
		}
		dst = append(dst, w)
	}
	return dst
}

// seizedGoods reports goods told as seized or smuggled around the noun at
// token i, whose next word is token n: a verb or noun of seizing within
// the four words before it (ضبطت الجمارك شحنة، حجز شحنة، ضبط شحنة), or
// smuggled within the four words after it (شحنة من الأدوية المهربة).
func (c context) seizedGoods(n int) bool {
	for j := c.i - 1; j >= 0 && j >= c.i-4; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			break
		}
		// صادر is the verb alone (صادرت، يصادر), not صادرات (exports) nor
		// صادرة (issued: قرارات صادرة عن الحكومة).
		if w := trimWaw(c.word(j)); w == "صادر" || hasAnyPrefix(w, "ضبط", "تضبط", "يضبط", "حجز", "تحجز", "يحجز", "صادرت", "صادروا", "يصادر", "تصادر", "مصادره", "احبط", "تهريب") {
			return true
		}
	}
	for j := n; j < n+4 && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			break
		}
		if isAny(c.word(j), "المهربه", "مهربه") {
			return true
		}
	}
	return false
}

// clauseStart reports whether token i opens a clause: it is the first
// token, follows punctuation, or begins a line.
func (c context) clauseStart() bool {
	if c.i == 0 {
		return true
	}
	prev := c.t.Tokens[c.i-1]
	if prev.Kind == normalize.Punct {
		return true
	}
	return strings.ContainsAny(c.t.Norm[prev.End:c.t.Tokens[c.i].Start], "\n\r\u2028\u2029")
}

// tehMarbuta reports whether token i is written with a final ة: a noun,
// whatever its folded form says.
func (c context) tehMarbuta() bool {
	s, e := c.t.TokenSource(c.i)
	r, _ := utf8.DecodeLastRuneInString(c.t.Source[s:e])
	return r == 'ة' || r == '\ufe93' || r == '\ufe94'
}

// opensWithHamzaAbove reports whether token i, as the caller wrote it,
// opens with أ after its proclitics (و، ف، ب، ل، ك and the article),
// which folding makes alike with إ and ا: أحداث (events) against إحداث
// (creating).
func (c context) opensWithHamzaAbove() bool {
	s, e := c.t.TokenSource(c.i)
	w := c.t.Source[s:e]
	for range 2 {
		if r, n := utf8.DecodeRuneInString(w); n < len(w) && strings.ContainsRune("وفبلك", r) {
			w = w[n:]
		}
	}
	w = strings.TrimPrefix(w, "ال")
	r, _ := utf8.DecodeRuneInString(w)
	return r == 'أ'
}

// endsInPronoun reports whether token j is written, as the caller wrote
// it, with a final ه or ها (a pronoun: رئيسه، رئيسها), which folding makes
// alike with a final ة (رئيسة) and with ةا; a final mark (رئيسةً) is
// read past.
func (c context) endsInPronoun(j int) bool {
	s, e := c.t.TokenSource(j)
	w := c.t.Source[s:e]
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if r < '\u064b' || r > '\u0652' {
			break
		}
		w = w[:len(w)-n]
	}
	w = strings.TrimSuffix(w, "ا")
	r, _ := utf8.DecodeLastRuneInString(w)
	return r == 'ه' || r == '\ufeea' || r == '\ufeec'
}

// bare returns w without a conjunction and article: والبرلمان → برلمان.
func bare(w string) string {
	if len(w) > len("وال") {
		w = strings.TrimPrefix(w, "و")
	}
	if r, ok := strings.CutPrefix(w, "ال"); ok && long(r) {
		return r
	}
	return w
}

// bareOr reports f of the bare word w, or of w itself when it begins
// with و: bare takes و off as a conjunction, but it is the word's own
// first letter in وزارة، وزير، ولاية، وباء، وافد.
func bareOr(w string, f func(string) bool) bool {
	return f(bare(w)) || strings.HasPrefix(w, "و") && f(w)
}

// isPositionNoun reports a bare word of an office one takes up (تولى
// رئاسة الحكومة، منصب، حقيبة، وزارة الخارجية، ولاية).
func isPositionNoun(b string) bool {
	return hasAnyPrefix(b, "منصب", "رياس", "حقيب", "قياد", "زعام", "امار", "امان", "وزار", "مقاليد", "سده", "ولايه", "عرش", "مهام")
}

// isBodyNoun reports a bare word that begins with one of bodyNouns.
func isBodyNoun(b string) bool { return hasAnyPrefix(b, bodyNouns...) }

func hasAnyPrefix(w string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func isAny(w string, words ...string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// isBoardNoun reports a bare word of a body's board or office (المكتب
// المسير، المكتب التنفيذي), which is dissolved like a council.
func isBoardNoun(b string) bool { return isAny(b, "مكتب", "مكاتب") }

// Bodies that can be dissolved, formed or whose work is suspended (folded,
// without article).
var bodyNouns = []string{
	"برلمان", "مجلس", "حزب", "حكومه", "جمعيه", "اتحاد", "هييه", "لجنه", "ميليشيا", "ميليشيات", "مليشيا",
	"مليشيات", "فصايل", "كنيست", "جيش", "تنظيم", "جماعه", "شرطه", "كونغرس", "جهاز", "مجالس", "نقابه",
	"فريق", "تحالف", "جبهه", "قوه", "قوات", "وزاره", "محكمه", "مجموعه", "كتله", "ايتلاف", "اداره",
}

// detainedNouns begin the nouns of persons one detains (folded, without
// article): checkDetain. Words often the subject (رجال الأمن، عناصر
// الشرطة، قوات) are not among them.
var detainedNouns = []string{
	"مهاجر", "مشتبه", "شخص", "اشخاص", "متهم", "مطلوب", "ارهابي", "شاب", "شبان", "مواطن", "ناشط", "صحفي", "صحافي",
	"مسلح", "مهرب", "تاجر", "تجار", "لاجي", "امراه", "نساء", "طالب", "طلاب", "معارض", "متظاهر", "محتج", "قيادي",
	"جهادي", "متشدد", "مخالف", "متسلل", "مجرم", "سارق", "لصوص", "اجانب", "سايق",
}

// aidPurposeStems are parts of the words (folded) that tell money is
// aid: relief, reconstruction, the displaced and refugees, humanitarian
// needs, those struck by a disaster, or a pledge or grant told beside it
// (isAidPurposeWord).
var aidPurposeStems = []string{"اغاث", "اعمار", "مساعدات", "انسانيه", "لاجي", "نازح", "متضرر", "منكوب", "تعهد", "منحه", "مانحين", "مانحه"}

// isAidPurposeWord reports a word (folded) whose stem is one of
// aidPurposeStems (checkFund).
func isAidPurposeWord(w string) bool {
	for _, s := range aidPurposeStems {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// isGangWord reports a bare word (folded) of a network, a cell or a gang
// whose members are arrested together (ضبط شبكة، ضبط خلية، ضبط عصابة).
func isGangWord(b string) bool {
	return isAny(b, "شبكه", "شبكات", "خليه", "خلايا", "عصابه", "عصابات")
}

// goodsPrefixes begin the bare words (folded) of goods seized as
// contraband: drugs, arms, a shipment or a quantity of them (isGoodsWord).
var goodsPrefixes = []string{
	"مخدر", "حشيش", "شيرا", "كوكايين", "هيروين", "كبتاغون", "اقراص", "سلاح", "اسلحه", "ذخيره", "ذخاير",
	"متفجرات", "شحنه", "شحنات", "كميه", "كميات", "كيلوغرام", "كلغ", "بضايع", "سجاير",
}

// isGoodsWord reports a bare word (folded) of goods one seizes
// (checkGoods): a prefix of goodsPrefixes, or a weight in tonnes (طنا،
// أطنان; not طنجة, whose letters begin the same).
func isGoodsWord(b string) bool {
	return hasAnyPrefix(b, goodsPrefixes...) || isAny(b, "طن", "طنا", "طنين", "اطنان")
}

// thingAdjectives are the detainedNouns whose feminine (ة, folded ه)
// and its plural (ات) describe things: isDetainedWord.
var thingAdjectives = []string{"مهرب", "مسلح", "مخالف", "مطلوب"}

// detainedNisbas begin the nisbas that name persons one detains when
// they stand as nouns, without the article (أوقفت الشرطة مغربيا، اعتقلت
// أجنبيين); with it they are adjectives (أوقفت الحكومة الجزائرية العمل).
var detainedNisbas = []string{"اجنبي", "مغربي", "جزايري"}

// isDetainedWord reports a word (folded) naming persons one detains.
// The feminine and its plural in ات of مهرب، مسلح، مخالف، مطلوب name
// things, not persons: شحنة أسلحة مهربة، بضائع مهربة، ضبط 300 مخالفة
// (violations), the documents مطلوبة.
func isDetainedWord(w string) bool {
	b := bare(w)
	for _, p := range thingAdjectives {
		if r, ok := strings.CutPrefix(b, p); ok && (r == "ه" || r == "ات") {
			return false
		}
	}
	if hasAnyPrefix(b, detainedNouns...) {
		return true
	}
	w = trimWaw(w)
	return !strings.HasPrefix(w, "ال") && hasAnyPrefix(w, detainedNisbas...)
}

// ranked reports a rank or a role in the clause after the verb at c.i
// (حل التحالف أولا في الانتخابات، حلت القائمة في المرتبة الثانية، حل
// الحزب ضيفا على البرنامج، حل محله): حل is "came", not "dissolved". It
// reads at most ten words, up to punctuation.
func (c context) ranked() bool {
	for j := c.i + 1; j <= c.i+10 && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		w := c.word(j)
		if isAny(w, "اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "اخيرا", "ضيفا", "ضيفه", "ضيوفا", "محل", "محله", "محلها", "بالمرتبه", "بالمركز") {
			return true
		}
		if isAny(w, "المرتبه", "المركز", "المراتب", "المراكز") && isAny(c.word(j-1), "في", "وفي") {
			return true
		}
	}
	return false
}

// inClause reports whether a word for which is holds comes among the
// next n tokens, before punctuation ends the trigger's clause: the
// object that decides a verb's sense (أحرق نفسه، أوقفت 20 مهاجرا).
func (c context) inClause(n int, is func(w string) bool) bool {
	return c.inClauseBefore(n, nil, is)
}

// inClauseBefore is inClause that also stops at a word for which stop
// holds (nil: none), a clause of its own before the object (استقبل
// الرئيس الوزير الذي …، لبحث …).
func (c context) inClauseBefore(n int, stop, is func(w string) bool) bool {
	return c.inClauseAt(n, stop, func(j int) bool { return is(c.word(j)) })
}

// oathAfterSubject reports اليمين right after the comma that closes the
// subject of أدى set off by commas (أدى الرئيس الموريتاني فلان، اليمين
// الدستورية): the oath is the object. The subject is at most eight words,
// with no other mark nor إلى before the comma.
func (c context) oathAfterSubject() bool {
	for j := c.i + 1; j <= c.i+9 && j+1 < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return c.t.Norm[c.t.Tokens[j].Start:c.t.Tokens[j].End] == "," && c.word(j+1) == "اليمين"
		}
		if c.word(j) == "الي" {
			return false
		}
	}
	return false
}

// inClauseAt is inClauseBefore with is reading the token's index, for a
// test that needs more than its folded word.
func (c context) inClauseAt(n int, stop func(w string) bool, is func(j int) bool) bool {
	last := c.i + n
	for j := c.i + 1; j <= last && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			// أوقفت الشرطة، أمس الأحد، شخصين: a time set off by commas
			// is no clause boundary, nor counts as words.
			e := c.timeAside(j)
			if e < 0 {
				return false
			}
			last += e - j + 1 // the opening mark too: the word after the aside is reached
			j = e
			continue
		}
		w := c.word(j)
		if stop != nil && stop(w) {
			return false
		}
		if is(j) {
			return true
		}
	}
	return false
}

// pastQuotedName returns c moved to the closing mark of a name of one to
// four words in quotation marks right after it (علقت «تداول»، وبحث
// "حزب الله"), or c as it is.
func (c context) pastQuotedName() context {
	toks := c.t.Tokens
	if j := c.i + 1; j >= len(toks) || toks[j].Kind != normalize.Punct || c.t.Norm[toks[j].Start:toks[j].End] != "\"" {
		return c
	}
	for k := c.i + 3; k <= c.i+6 && k < len(toks); k++ {
		if toks[k].Kind != normalize.Punct {
			continue
		}
		if c.t.Norm[toks[k].Start:toks[k].End] == "\"" {
			c.i = k
		}
		return c
	}
	return c
}

// isSignedNoun reports a word (bare, folded) for what is signed: an
// agreement, a memorandum, a treaty, a contract, a protocol, a charter,
// a declaration, a loan, a deal.
func isSignedNoun(b string) bool {
	return hasAnyPrefix(b, "اتفاق", "مذكره", "معاهده", "عقد", "بروتوكول", "وثيقه", "ميثاق", "اعلان", "بيان", "قرض", "صفق")
}

// signedAfterAside returns the comma that closes a short aside opened by
// the comma at token j (shortAside: ، على هامش القمة، / ، أمس في برلين،)
// when an agreement noun, or على and one, follows it at once; else -1.
func (c context) signedAfterAside(j int) int {
	if e := c.shortAside(j); e > j && c.signedAt(e+1) {
		return e
	}
	return -1
}

// signedAt reports an agreement noun at token k, or على and one after it
// (وقعت الدولتان على اتفاقية): what وقّع signed, right there.
func (c context) signedAt(k int) bool {
	return bareOr(c.word(k), isSignedNoun) || bare(c.word(k)) == "علي" && bareOr(c.word(k+1), isSignedNoun)
}

// isComma reports a comma at token j.
func (c context) isComma(j int) bool {
	t := c.t.Tokens[j]
	return t.Kind == normalize.Punct && c.t.Norm[t.Start:t.End] == ","
}

// isIssuingVerb reports a verb (folded, without its و) that issues or
// adopts a decision, in the active: أصدر، اتخذ، اعتمد and their
// imperfects (checkDecision reads them before the decision, next to it or
// past the subject of a verb-first clause).
func isIssuingVerb(w string) bool {
	return hasAnyPrefix(w, "اصدر", "اتخذ", "يصدر", "تصدر", "يتخذ", "تتخذ", "اعتمد", "يعتمد")
}

// isDecreedAct reports a verbal noun with ب (folded) of an appointment, a
// dismissal or a suspension from work, which a decision decrees (قرار
// بتعيين، بإعفاء، بإقالة، بإيقاف): the act is the event the golds count,
// its issuer the actor. A body formed by decree (قرار بتشكيل لجنة) stays
// a decision with the body's forming beside it.
func isDecreedAct(w string) bool {
	switch w {
	case "بتعيين", "باعفاء", "باقاله", "بايقاف":
		return true
	}
	return false
}

// isIndefiniteSigned reports an agreement noun (folded) in the indefinite
// accusative, the object of وقّع after its partner: عقدا، اتفاقا،
// اتفاقية، مذكرة (ending in ة, folded ه), بروتوكولا; not the bare masdar
// عقد nor a definite الاتفاق (the caller also turns down a construct,
// اتفاقية السلام).
func isIndefiniteSigned(w string) bool {
	if strings.HasPrefix(w, "ال") || !strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "ه") {
		return false
	}
	return isSignedNoun(w)
}

// timeAside returns the comma that closes a time set off by commas from
// the comma at token j (، أمس الأحد، / ، الخميس، / ، يوم 8 نوفمبر،), or -1.
//
// The builder's dateOpenedBy and dateClosing (root package) read the same
// set-off time from the dates found; the trigger checks see the text
// alone (Lexicon.Find and Status take a normalize.Text, no dates), so
// they tell a time by its words (isTimeWord, a number), as the dates
// stage would not need to.
func (c context) timeAside(j int) int {
	if j < 0 || j >= len(c.t.Tokens) || !c.isComma(j) {
		return -1
	}
	timeWord := func(k int) bool {
		switch {
		case c.t.Tokens[k].Kind == normalize.Number, isTimeWord(trimWaw(c.word(k))):
			return true
		case trimWaw(c.word(k)) == "اول" && c.word(k+1) == "امس":
			return true // ، أول أمس الأحد،: the day before yesterday
		}
		// ، يوم الاقتراع، / ، ليلة الحادث،: the day named by what
		// happened on it is a time too.
		return k == j+2 && c.dayOfEvent(k)
	}
	if e := c.closingComma(j+1, j+5, timeWord); e > j+1 {
		return e
	}
	return -1
}

// TimeAside returns the comma that closes a time set off by commas from
// the comma at token j of t (، أمس الأحد، / ، يوم الاقتراع،), or -1: what
// the trigger checks read past between a verb and its object, for the
// naba pipeline to read past alike. words are t's folded words
// (AppendWords), or nil.
func TimeAside(t *normalize.Text, words []string, j int) int {
	return context{t: t, words: words}.timeAside(j)
}

// dayOfEvent reports a definite noun at token k right after a word of a
// day or its part that opens the aside (يوم الاقتراع، ليلة الحادث، صباح
// العيد): the day told by what happened on it.
func (c context) dayOfEvent(k int) bool {
	return isAny(trimWaw(c.word(k-1)), "يوم", "ليله", "صباح", "مساء", "فجر") && strings.HasPrefix(c.word(k), "ال") && long(c.word(k)[len("ال"):])
}

// subjectTitleAside returns the comma that closes an office set off by
// commas after the verb's subject (افتتح الدكتور فلان، رئيس مجلس الوزراء،):
// the subject takes at most four words before the opening comma, the
// office opens with a title and takes at most eight words, no other mark.
// Else -1.
func (c context) subjectTitleAside() int {
	// The subject's words end at the opening comma, the first mark.
	open := c.closingComma(c.i+2, c.i+5, nil)
	if open < 0 {
		return -1
	}
	if _, _, ok := TitleProcliticWords(c.t, c.words, open+1, open+9); !ok {
		return -1
	}
	return c.closingComma(open+2, open+9, nil)
}

// closingComma returns the comma that is the first mark among tokens
// [from, last], or -1 when the first mark is another or none comes, or a
// word before it is not one the aside holds (holds; nil: any word): the
// end of an aside whose words were read up to it. Every reader of an
// aside set off by commas in the trigger checks finds its end here.
func (c context) closingComma(from, last int, holds func(k int) bool) int {
	toks := c.t.Tokens
	for k := from; k <= last && k < len(toks); k++ {
		if toks[k].Kind == normalize.Punct {
			if c.t.Norm[toks[k].Start:toks[k].End] == "," {
				return k
			}
			return -1
		}
		if holds != nil && !holds(k) {
			return -1
		}
	}
	return -1
}

// shortAside returns the comma that closes a short aside opened by the
// comma at token j: one to six words, no other mark (، على هامش القمة، /
// ، أمس في برلين،); else -1.
func (c context) shortAside(j int) int {
	if !c.isComma(j) {
		return -1
	}
	if e := c.closingComma(j+1, j+7, nil); e > j+1 {
		return e
	}
	return -1
}

// timeAndPlaceAside returns the comma that closes an aside set off by
// commas from the comma at token j that opens with a word of time, most
// often with a place after it (، يوم الثلاثاء بنيامي، / ، أمس في
// الخرطوم، / ، مساء اليوم الخميس بمدينة نواذيبو،; the place is not
// checked: ، أمس الأحد، passes too): six words at most between the
// commas, no other mark. Else -1.
func (c context) timeAndPlaceAside(j int) int {
	if !isTimeWord(trimWaw(c.word(j + 1))) {
		return -1
	}
	return c.shortAside(j)
}

// blockedByPeople reports a road or a railway closed by people in
// protest (أغلق محتجون الطريق، 4 شبان أغلقوا السكة الحديدية بالعجلات
// المطاطية المشتعلة): a road word in the verb's clause, and either a noun
// of protesters or residents right before the verb or the means of a
// blockade (tyres, stones, barricades) in its clause. The authorities'
// closure of a road or a crossing is none, though they close roads with
// barricades and earth berms too (أغلقت قوات الجيش الطرق بالسواتر
// الترابية، قوات الأمن أغلقت الشوارع بالمتاريس): a force or an authority
// as the verb's subject, before the road.
func (c context) blockedByPeople() bool {
	road, means, byAuthority := false, false, false
	for j := c.i + 1; j <= c.i+12 && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			break
		}
		w := carriedBare(c.word(j))
		byAuthority = byAuthority || !road && isClosingAuthority(w)
		road = road || hasAnyPrefix(w, "طريق", "طرق", "سكه", "شارع", "جسر")
		means = means || hasAnyPrefix(w, "عجلات", "اطارات", "حجار", "متاريس", "سواتر")
	}
	for j := c.i - 1; j >= 0 && j >= c.i-2 && c.t.Tokens[j].Kind != normalize.Punct; j-- {
		byAuthority = byAuthority || isClosingAuthority(bare(c.word(j)))
	}
	if !road || byAuthority {
		return false
	}
	if means {
		return true
	}
	if c.i == 0 || c.t.Tokens[c.i-1].Kind == normalize.Punct {
		return false
	}
	return isAny(bare(c.word(c.i-1)), "شبان", "محتجون", "محتجين", "متظاهرون", "متظاهرين", "غاضبون", "غاضبين", "سكان", "اهالي", "مواطنون", "مواطنين")
}

// isClosingAuthority reports a bare word (folded) of the forces or the
// authorities that close roads themselves (قوات، السلطات، الشرطة، الجيش،
// الأمن، عناصر، الدرك): the subject of a closure that is no
// protest (blockedByPeople).
func isClosingAuthority(b string) bool {
	return isAny(b, "قوات", "سلطات", "سلطه", "شرطه", "جيش", "امن", "عناصر", "دوريات", "درك", "جنود", "حكومه", "بلديه")
}

// bracketedAside returns the closing bracket of one to three words in
// brackets opened at token j (the acronym after a body's name: الوكالة
// المغربية للطاقة المستدامة (مازن)، منظمة الأمم المتحدة للطفولة
// (يونيسف)), or -1.
func (c context) bracketedAside(j int) int {
	toks := c.t.Tokens
	if j < 0 || j >= len(toks) || c.t.Norm[toks[j].Start:toks[j].End] != "(" {
		return -1
	}
	for k := j + 2; k <= j+4 && k < len(toks); k++ {
		if toks[k].Kind == normalize.Punct {
			if c.t.Norm[toks[k].Start:toks[k].End] == ")" {
				return k
			}
			return -1
		}
	}
	return -1
}

// A ComplementizerForm is a form of the complementizer أنّ / إنّ
// (Complementizer).
type ComplementizerForm uint8

const (
	// BareComplementizer is أن or إن with no pronoun (ان، بان، وان): the
	// subject of the clause it opens follows it.
	BareComplementizer ComplementizerForm = 1 + iota
	// BecauseComplementizer is لأن, bare too, a reason's rather than a
	// saying's.
	BecauseComplementizer
	// PronounComplementizer carries the pronoun of its subject (إنه، أنها،
	// بأنهم، إنهما): what is claimed of one told before.
	PronounComplementizer
)

// Complementizer returns the form of w (folded) among the complementizers,
// or 0: the one list the checks here (isThatWord) and naba's clause
// readers ask.
func Complementizer(w string) ComplementizerForm {
	switch w {
	case "ان", "بان", "وان":
		return BareComplementizer
	case "لان":
		return BecauseComplementizer
	case "انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم":
		return PronounComplementizer
	}
	return 0
}

// IsAnnounceVerb reports the folded perfect and imperfect of أعلن
// (announced, declared), without و or ف: the one list of its forms, which
// the checks of a state declared (checkDeclared) or a cancelling
// announced (checkAnnulled) and naba's reader of a measure declared here
// ask.
func IsAnnounceVerb(w string) bool {
	switch w {
	case "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "يعلنون":
		return true
	}
	return false
}

// isThatWord reports the complementizers (folded) that open what is said,
// with a pronoun or without (not لأن): past them the words are no object
// of the verb.
func isThatWord(w string) bool {
	f := Complementizer(w)
	return f == BareComplementizer || f == PronounComplementizer
}

// isScoreWord reports the words (folded, without article) of what a
// player adds to a score (checkAdded).
func isScoreWord(w string) bool {
	switch w {
	case "هدف", "هدفا", "هدفين", "اهداف", "هدفه", "هدفها", "نقطه", "نقاط", "نقطتين", "رميه", "سله":
		return true
	}
	return false
}

// isMarketWord reports the words (folded, without article) of a market's
// session that closes (checkClosed).
func isMarketWord(w string) bool {
	switch w {
	case "بورصه", "مويشر", "موشر", "تعاملات", "تعاملاتها", "تداولات", "تداولاتها", "اسهم", "سوق", "جلسه", "جلستها", "ارتفاع", "انخفاض", "تراجع":
		return true
	}
	return false
}

// isExchangeWord reports a word (folded, with its conjunction, article
// or ب or ل) only a stock exchange's report uses, next being the word
// after it: البورصة، بورصة عمان، المؤشر، الأسهم، أسهم المصارف، التداول،
// التعاملات. Unlike isMarketWord it has no word a meeting's report
// shares (جلسة، ارتفاع، سوق), and it leaves out the words' other
// readings: the verbs أسهمت (contributed) and تداولت (circulated), مؤشر
// على (a sign of) and التداول على السلطة (the transfer of power).
func isExchangeWord(w, next string) bool {
	w = strings.TrimPrefix(w, "و")
	if isExchangeStem(w, false, next) {
		return true
	}
	for _, p := range [...]string{"بال", "لل", "ال", "ب", "ل"} {
		if r, ok := strings.CutPrefix(w, p); ok && isExchangeStem(r, p != "ب" && p != "ل", next) {
			return true
		}
	}
	return false
}

// isExchangeStem is isExchangeWord for a word without its proclitics;
// article tells whether it had the article.
func isExchangeStem(s string, article bool, next string) bool {
	switch {
	case hasAnyPrefix(s, "بورص", "تعاملات"):
		return true
	case s == "موشر" || s == "مويشر":
		return article || !isAny(next, "علي", "الي") // في مؤشر على تحسن العلاقات
	case strings.HasPrefix(s, "اسهم"):
		// أسهمت الجلسة في، أسهم اللقاء في: the verb
		return article || !isAny(s, "اسهمت", "اسهموا", "اسهما", "اسهمتا") && !(s == "اسهم" && next == "في")
	case strings.HasPrefix(s, "تداول"):
		if isAny(next, "علي", "السلمي") {
			return false // التداول على السلطة، التداول السلمي للسلطة
		}
		return article || !isAny(s, "تداولت", "تداولوا", "تداولا", "تداولتا")
	}
	return false
}

// fireAfterAgent reports النار or الرصاص one or two words after the
// verbal noun إطلاق at c.i, its agent in the genitive between (إثر إطلاق
// مسلحين مجهولين النار على دورية، بعد إطلاق مجهولين الرصاص على سيارته):
// the words between are persons, no preposition, سراح, وقف or a second
// إطلاق (إطلاق سراح … بعد، حملة لوقف إطلاق النار).
func (c context) fireAfterAgent() bool {
	for j := c.i + 1; j <= c.i+3 && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind != normalize.ArabicWord {
			return false
		}
		w := c.word(j)
		if j > c.i+1 && isAny(w, "النار", "الرصاص") {
			return true
		}
		if strings.HasPrefix(w, "ال") || hasAnyPrefix(w, "وقف", "ووقف", "لوقف", "ولوقف", "بوقف", "اطلاق", "واطلاق", "لاطلاق", "سراح") ||
			isAny(w, "علي", "في", "من", "بعد", "قبل", "الي", "عن", "عند", "اثر", "عقب", "خلال", "امام", "نحو", "تجاه", "باتجاه", "ضد") {
			return false
		}
	}
	return false
}

// IsCurrency reports the words (folded, without article) of a currency
// an amount of money is counted in (checkPledge, checkGave; the root
// package's sumBetween).
func IsCurrency(w string) bool {
	switch w {
	case "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "جنيهات", "ريال", "ريالا", "ريالات",
		"دينار", "دينارا", "دنانير", "درهم", "درهما", "دراهم", "ليره", "ليرات", "فرنك", "فرنكا", "استرليني":
		return true
	}
	return false
}

// isMatchWord reports the words (folded) of a sports match: its round,
// its ground, its league or cup.
func isMatchWord(w string) bool {
	switch bare(w) {
	case "جوله", "مباراه", "مباراتي", "دوري", "ستاد", "ملعب", "بطوله", "كاس", "منافسات", "ذهاب", "اياب", "مرمي":
		return true
	}
	return false
}

// courtOpensClause reports a court that opens the verb's clause and
// stands at most three words before it: a headline's subject told first
// (محكمة باتنة تدين 12 متهما، المحكمة العليا تبرئ الوزير). Only the clause's
// first word counts, so a court named in another phrase (أمام المحكمة)
// does not make the verb the court's.
func (c context) courtOpensClause() bool {
	if c.clauseStart() {
		return false
	}
	for j := c.i - 1; j >= 0 && j >= c.i-3; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		at := c
		at.i = j
		if at.clauseStart() {
			return hasAnyPrefix(bare(c.word(j)), "محكم", "قاضي", "قاض")
		}
	}
	return false
}

// courtAfter reports a court named in the two words after the verb
// (محكمة، القاضي). A chamber or a panel (دائرة، غرفة، هيئة) is one too
// when anyChamber is set, for a verb only a court's chamber has (قضت
// الدائرة الجنائية); else only with a word of the court after it (هيئة
// المحكمة، الدائرة الجنائية، غرفة الاتهام), not هيئة علماء المسلمين، دائرة
// شؤون المفاوضات، غرفة تجارة الكويت (which condemn with أدان).
func (c context) courtAfter(anyChamber bool) bool {
	for j := c.i + 1; j <= c.i+2 && j < len(c.t.Tokens); j++ {
		w := bare(c.word(j))
		if hasAnyPrefix(w, "محكم", "قاضي", "قاض") {
			return true
		}
		if anyChamber && hasAnyPrefix(w, "دايره", "غرفه", "هييه") ||
			isAny(w, "دايره", "غرفه", "هييه") && hasAnyPrefix(bare(c.word(j+1)), "محكم", "قضا", "جناي", "جزاي", "اتهام", "استيناف") {
			return true
		}
	}
	return false
}

// isTimeWord reports the words (folded) of a short time aside: days,
// parts of the day, yesterday and today.
func isTimeWord(w string) bool {
	switch w {
	case "امس", "اليوم", "يوم", "مساء", "صباح", "فجر", "ليل", "ليله", "ظهر", "عصر",
		"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت":
		return true
	}
	return false
}

// afterTalks reports that the nearest event noun before token i in its
// sentence, the one خلاله or خلالها points back to, is a call or a
// meeting (اتصال، مكالمة، اجتماع، لقاء، مباحثات، محادثات): talks held
// during it are its content, with its own other side.
func (c context) afterTalks() bool {
	for j := c.i - 1; j >= 0 && j >= c.i-40; j-- {
		if endsSentence(c.t, j) {
			break
		}
		b := bare(c.word(j))
		if r, ok := strings.CutPrefix(b, "ب"); ok && long(r) {
			b = bare(r) // باتصال، بالاتصال
		}
		switch {
		case isAny(b, "اتصال", "اتصالا", "اجتماع", "اجتماعا") || hasAnyPrefix(b, "مكالمه", "مكالمت", "لقاء", "لقاي", "مباحثات", "محادثات"):
			return true
		case hasAnyPrefix(b, "زياره", "زيارت", "قمه", "موتمر", "منتدي"):
			return false
		}
	}
	return false
}

// firstInClause returns the first of the next n tokens whose word (folded)
// is holds for, before a mark ends the trigger's clause; else -1.
func (c context) firstInClause(n int, is func(w string) bool) int {
	for j := c.i + 1; j <= c.i+n && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return -1
		}
		if is(c.word(j)) {
			return j
		}
	}
	return -1
}

// within reports whether one of words comes among the next n tokens.
func (c context) within(n int, words ...string) bool {
	for j := c.i + 1; j <= c.i+n && j < len(c.t.Tokens); j++ {
		if isAny(c.word(j), words...) {
			return true
		}
	}
	return false
}

func (c context) pass(ch check, pos POS, pro string, article bool) bool {
	n := c.i + 1
	if n < len(c.t.Tokens) && c.t.Tokens[n].Kind == normalize.Punct && c.t.Norm[c.t.Tokens[n].Start:c.t.Tokens[n].End] == "\"" {
		n++ // وبحث "حزب الله" و"حركة أمل": the word inside the mark (Norm folds « » to ")
	}
	next := c.word(n)
	prev := c.word(c.i - 1)
	switch ch {
	case checkDiscuss:
		// وبحث الوزيران …, بحث الرئيس مع …; not بحث عن (searched for),
		// and not the noun.
		if next == "" || c.within(3, "عن") {
			return false
		}
		if isAny(next, "خلاله", "خلالها", "خلالهما", "فيه", "فيها") {
			// أجرى اتصالا هاتفيا …، بحث خلاله الجانبان: what was
			// discussed during the event told before, no meeting; but
			// في زيارة …، يبحث خلالها مع الرئيس فلان: talks with one the
			// event told before did not name, a meeting of their own; not
			// after a call or a meeting, whose other side the talks name
			// again (تلقى اتصالا من نظيره فلان، بحث خلاله مع الوزير).
			return c.word(c.i+2) == "مع" && !c.afterTalks()
		}
		if pos == Imperfect {
			return true // يبحث المجلس الوضع: only the verb has this form
		}
		return strings.ContainsAny(pro, "وف") || c.clauseStart() || isAny(prev, "حيث", "كما", "قد", "وقد", "وكان", "كان")
	case checkToward:
		// توجه إلى، عاد إلى، عاد لعدن، يتوجه دي ميستورا إلى نيويورك;
		// not الذي توجه فيه (is directed). The subject may be long
		// (وسيتوجه الرئيس الفلسطيني محمود عباس رئيس السلطة إلى
		// نيويورك): إلى within the clause, at most twenty words on.
		if isAny(prev, "الذي", "التي") {
			return false
		}
		if strings.HasPrefix(next, "ل") && !strings.HasPrefix(next, "لل") && long(next[len("ل"):]) {
			return true
		}
		if c.returnees() {
			// عاد مئات اللاجئين من لبنان إلى بلداتهم: refugees going
			// home are displaced people returning, no visit.
			return false
		}
		// Past the fifth word only after a title (ويعود آخر تقرير قدمه
		// دي ميستورا إلى مجلس الأمن: dates back, and the إلى is the
		// relative clause's).
		for j := c.i + 1; j <= c.i+20 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if w := c.word(j); w == "الي" || w == "نحو" && !approximate(c.t, j) {
				if j <= c.i+5 {
					return true
				}
				_, _, ok := TitleProcliticWords(c.t, c.words, c.i+1, j)
				return ok
			}
		}
		return false
	case checkExpress, checkQuote:
		// عبّر الملك … عن تعازيه؛ نقلت الوكالة عن الوزير.
		// The subject may be long: عبّر العاهل الأردني الملك عبد الله
		// الثاني، عن تعازيه.
		return (strings.ContainsAny(pro, "وف") || c.clauseStart()) && c.within(10, "عن")
	case checkArrive:
		// وصل الوفد إلى دمشق; not وصول عون إلى رئاسة الجمهورية, وصل الدور
		// إلى, وصلت المفاوضات إلى طريق مسدود.
		for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			if c.word(j) != "الي" {
				continue
			}
			w := bare(c.word(j + 1))
			if hasAnyPrefix(w, "رياس", "حكم", "سلطه", "سده", "منصب", "نتيج", "اتفاق", "طريق", "مرحله", "حد", "مستوي", "ذروه", "نهايه") {
				return false
			}
			break
		}
		return !isAny(bare(next), "دور")
	case checkPhone:
		// اتصل الملك برئيس الوزراء. The caller may be a title and a long
		// name before the callee (اتصل العاهل السعودي الملك سلمان بن عبد
		// العزيز بالرئيس الأمريكي): up to ten words, within the clause.
		// A newsroom calling someone for comment (اتصلت الوكالة بمكتب
		// الوزير للتعليق) tells how the story was gathered, no contact of
		// its actors.
		for j := c.i + 1; j <= c.i+10 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if w := c.word(j); strings.HasPrefix(w, "ب") && len(w) > len("بال") {
				return !c.forComment(j + 1)
			}
		}
		return false
	case checkReturn:
		b := bare(next)
		if strings.HasPrefix(next, "عن") {
			return false // لا عودة عنها: going back on
		}
		if c.refugeesAfter() {
			return false // عودة نحو 1200 نازح: refugees going home, a displacement
		}
		return next != "" && !isAny(b, "طوعيه", "امنه", "لاجيين", "نازحين", "مهجرين", "حياه", "هدوء", "استقرار", "امن", "علاقات", "تيار", "كهرباء", "مياه", "اوضاع", "مدارس", "دراسه")
	case checkAppoint:
		// عيّن / تعيّن: not the noun عين after a preposition (في عين
		// العرب), nor with the article.
		return !article && !isAny(prev, "في", "من", "الي", "علي", "بين") && next != "" &&
			!isAny(bare(next), "عرب", "تينه", "حلوه", "ترما", "فيجه", "ديوان", "شمس", "صالح", "عيسي", "البيضاء", "بيضاء")
	case checkEstablish:
		if pos == Noun {
			// تشكيل الحكومة، إحداث هيئة: forming a body; but أحداث مجلس
			// الوزراء، أحداث محمد محمود (written with the hamza above) are
			// events, the plural of حدث, folded alike with إحداث.
			return bareOr(next, isBodyNoun) && !c.opensWithHamzaAbove()
		}
		// شكّل الرئيس لجنة، تشكلت الحكومة، وكانت الحكومة، …، قد شكلت في
		// 31 كانون الثاني: a body formed, named within seven words after
		// the verb (its subject between, no mark) or, past قد, as the
		// subject كان opened the sentence with. Not شكلت الحكومة تحديا،
		// شكل الهجوم ضربة للحكومة (constituted: an indefinite accusative
		// after it; not a definite word nor the feminine elatives in ا,
		// عليا and دنيا: شكل الرئيس لجنة عليا، الهيئة العليا).
		for j := c.i + 1; j <= c.i+7 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			w := c.word(j)
			if bareOr(w, isBodyNoun) {
				for k := j + 1; k <= j+3 && k < len(c.t.Tokens) && c.t.Tokens[k].Kind != normalize.Punct; k++ {
					x := c.word(k)
					accusative := strings.HasSuffix(x, "ا") && !strings.HasPrefix(x, "ال") && !isAny(x, "عليا", "دنيا") && !bareOr(x, isBodyNoun)
					if accusative || hasAnyPrefix(x, "نسبه", "اكثر", "حوالي", "جزء", "مصدر") {
						return false
					}
				}
				return true
			}
		}
		if prev != "قد" {
			return false
		}
		for j := c.i - 2; j >= 0 && j >= c.i-20; j-- {
			if w := c.word(j); isAny(w, "كانت", "وكانت", "كان", "وكان") {
				return bareOr(c.word(j+1), isBodyNoun)
			}
			if c.t.Tokens[j].Kind == normalize.Punct && c.anyWord(j) != "," {
				return false
			}
		}
		return false
	case checkDissolve:
		// حل البرلمان; not حل سياسي, إيجاد حل.
		if isAny(prev, "ايجاد", "الي", "لايجاد", "عن") {
			return false
		}
		// حل المكتب المسير للنادي، حل المكتب السياسي: a board (the
		// Maghrebi press's المكتب المسير of a club or a federation) is a
		// body dissolved too.
		return (bareOr(next, isBodyNoun) || bareOr(next, isBoardNoun)) && !c.ranked()
	case checkSeized:
		// أعلنت الوزارة إيقاف 12 شخصا، تم إيقاف المشتبه بهم، إيقاف عنصرين
		// من الشبكة: people held, a count of them or their kind within the
		// next four words of the clause; not إيقاف المباراة، إيقاف اللاعب
		// (a ban), إيقاف العمل (stopped: suspend).
		for j := c.i + 1; j <= c.i+4 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if isSeizedWord(bare(c.word(j))) {
				return true
			}
		}
		return false
	case checkDeferred:
		// تأجيل الانتخابات، إرجاء الزيارة: put off; not تأجيل النظر في
		// القضية (a hearing adjourned: the trial's, read by @trial).
		return bare(next) != "نظر"
	case checkTaking:
		// تسلم قيادة الجيش، تسلم اللواء فلان، صباح اليوم، مهامه: an office
		// taken up. Not what an office receives: a feminine verb right
		// before قيادة، رئاسة has it as its subject (تسلمت رئاسة الجمهورية
		// رسالة، استلمت قيادة الشرطة بلاغا); nor duties named past a
		// preposition or another noun that governs them (تسلم الجيش شحنة
		// أسلحة تساعده على أداء مهامه، باشر الدفاع المدني أعمال الإنقاذ
		// ضمن مهامه).
		if isAny(next, "قياده", "رياسه", "منصب", "مهام") {
			return !c.feminineVerb(pos)
		}
		for j := c.i + 1; j <= c.i+12 && j < len(c.t.Tokens) && !endsSentence(c.t, j); j++ {
			w := c.word(j)
			if isAny(w, "مهامه", "مهامها", "مهامهم", "منصبه", "منصبها") {
				return true
			}
			if isAny(w, "في", "علي", "الي", "عن", "ضمن", "مع", "خلال", "عبر", "اداء", "لاداء", "باداء", "اطار", "ممارسه",
				"لممارسه", "تاديه", "لتاديه", "انجاز", "لانجاز") {
				return false
			}
		}
		return false
	case checkCeremony:
		// وحضر الاحتفال فلان، شارك في الحفل، في احتفال أقيم بالمنفذ: a
		// ceremony someone attends, opens or holds is a meeting of its
		// guests; not احتفالات بعيد الاستقلال, celebrations at large.
		if pos != Noun {
			return false
		}
		p := trimWaw(prev)
		if isAny(p, "حضر", "حضرت", "حضره", "حضرها", "حضروا", "يحضر", "تحضر", "افتتح", "افتتحت", "تراس", "تراست", "رعي", "رعت", "اقام", "اقامت", "نظم", "نظمت") {
			return true
		}
		if p == "في" || p == "خلال" {
			return isAny(next, "اقيم", "اقيمت", "نظم", "نظمته", "نظمتها", "حضره", "حضرها", "رسمي")
		}
		return false
	case checkSitting:
		// أشغال الدورة الثالثة للجنة المشتركة، انعقاد الدورة العادية
		// لمجلس الجامعة، الدورة 73 للجمعية العامة: a body's session is a
		// meeting; not a training course (دورة تدريبية), a tournament's
		// edition (الدورة الأولمبية) nor a cycle (دورة الحياة).
		if pos != Noun {
			return false
		}
		if w := c.word(c.i); c.endsInPronoun(c.i) && !strings.HasSuffix(w, "الدوره") && !strings.HasSuffix(w, "للدوره") {
			return false // ثمن الرئيس دوره الكبير للحكومة: his role, folded like دورة
		}
		if isAny(trimWaw(prev), "اشغال", "باشغال") {
			return true
		}
		if isAny(trimWaw(prev), "رياسه", "لرياسه", "برياسه") {
			// تتولى الكويت رئاسة الدورة الحالية لمجلس الأمن: a body's
			// rotating presidency, a term held, no session.
			return false
		}
		if isTrainingWord(bare(next)) {
			return false // دورة تدريبية للشرطة: a course for the police, no session
		}
		for j := c.i + 1; j <= c.i+4 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			w := c.word(j)
			r, ok := strings.CutPrefix(w, "لل")
			if !ok || !isBodyNoun(r) {
				r, ok = strings.CutPrefix(w, "ل") // للجنة: ل + لجنة
			}
			if ok && isBodyNoun(r) {
				return !c.sportsBody(j)
			}
		}
		return false
	case checkBail:
		// أخلت النيابة العامة سبيل الناشط: سبيل after the subject, at
		// most six words on in the clause; not في سبيل, على سبيل (for the
		// sake of, for instance).
		for j := c.i + 1; j <= c.i+7 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if c.word(j) == "سبيل" {
				return j > c.i+1 && !isAny(c.word(j-1), "في", "علي", "وفي")
			}
		}
		return false
	case checkSuspend:
		// علّق العمل بـ، تعليق عضوية; not علّق على (commented on).
		if next == "علي" {
			return false
		}
		b := bare(next)
		if strings.HasPrefix(b, "احتجاجي") {
			return false // وقفة احتجاجية: a protest vigil, nothing stopped
		}
		if suspended(b) {
			return true
		}
		if pos != Noun && strings.Contains(c.word(c.i), "قطع") {
			// قطعت السعودية والبحرين علاقاتهما الدبلوماسية مع طهران:
			// its relations cut are read past the subject; قطع's other
			// objects (الطريق، الكهرباء، مسافة) only right after it.
			return c.inClauseBefore(8, func(w string) bool { return w == "علي" || isThatWord(w) }, func(w string) bool {
				// the subject's own relations (علاقاتها، علاقاته): بعد قطع
				// كل العلاقات مع التنظيم is a condition, no act.
				return strings.HasPrefix(bare(w), "علاقاته")
			})
		}
		if pos == Noun || !strings.Contains(c.word(c.i), "علق") {
			// تعليق takes its object right after it, and so is أوقف
			// read: only علق and قطع look past their subject.
			return false
		}
		// علقت شركة الخطوط الجوية الجزائرية رحلاتها: the subject between;
		// علق الوزير على …، علق قائلا إن …: a comment. A subject in
		// quotation marks (وعلقت «تداول» التداول) is read past its marks.
		c = c.pastQuotedName()
		return c.inClauseBefore(8, func(w string) bool {
			return w == "علي" || isThatWord(w) || strings.HasPrefix(w, "قايل") || w == "بالقول"
		}, func(w string) bool { return suspended(bare(w)) })
	case checkCourt:
		// قضت المحكمة العسكرية بإعدام، قضت محكمة مصرية بسجن; not قضى
		// ليلته (spent), قضى على (ended), قضى نحبه (died).
		if c.courtAfter(true) {
			return true // قضت الدائرة الجنائية، قضت هيئة المحكمة
		}
		// قضت الدائرة المختصة في قضايا الإرهاب بالمحكمة الابتدائية
		// بتونس بالسجن: the sentence in the clause; not قضى عشرين عاما
		// بالسجن (spent in prison).
		// A span after بعد/قبل/خلال/منذ is when the court ruled (قضت
		// المحكمة بعد أيام من المداولة بسجن), none spent.
		spent := false
		return c.inClauseAt(14, nil, func(j int) bool {
			w := c.word(j)
			spent = spent || isSpan(w, spanSpent) && !isAny(trimWaw(c.word(j-1)), "بعد", "قبل", "خلال", "منذ")
			return !spent && hasAnyPrefix(w, "بالسجن", "بسجن", "بالاعدام", "باعدام", "بالحبس", "بحبس", "بالبراءه", "ببراءه", "بالموبد", "بالاشغال")
		})
	case checkConvict, checkCondemn:
		// أدانت المحكمة المتهمين، برأت محكمة الاستئناف الوزير: a court
		// as the subject right after the verb convicts or acquits; any
		// other subject condemns (أدانت الخارجية الهجوم), even a ruling
		// (أدانت منظمة العفو الحكم بسجن الناشط).
		return (c.courtAfter(false) || c.courtOpensClause()) == (ch == checkConvict)
	case checkVerdict:
		// حكم بالسجن، أصدرت المحكمة حكما، الحكم على …; not حكم البلاد.
		if isAny(prev, "اصدر", "اصدرت", "صدر", "يصدر", "تصدر", "اصدار", "نطق", "نطقت", "بالغيابي") {
			return true
		}
		for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			w := c.word(j)
			if hasAnyPrefix(w, "بالسجن", "بسجن", "بالاعدام", "باعدام", "بالحبس", "بحبس", "بالبراءه", "ببراءه", "بالموبد", "بالاشغال", "غيابيا", "بالغرامه", "بغرامه") {
				return true
			}
		}
		// أحكاما تراوحت بين سنة و20 سنة سجنا، أحكام تصل إلى 20 سنة سجنا:
		// the term's accusative (سجنا، حبسا) after its length, in the
		// clause; not حكم البلاد عشرين عاما.
		return c.inClause(12, func(w string) bool { return isAny(w, "سجنا", "حبسا") })
	case checkPardon:
		return c.pardon(pos, prev, next)
	case checkChosen:
		// وقع الاختيار على فلان رئيسا: the choice fell on a person;
		// اختير فلان أمينا عاما، تسمية فلان سفيرا: the office in the
		// accusative, in the clause. Not اختيار الوقت المناسب، تسمية
		// الأشياء بأسمائها.
		if pos == Noun && bare(c.word(c.i)) == "اختيار" && (!isAny(prev, "وقع", "ووقع") || next != "علي") {
			return false
		}
		// Not a pronoun's ه taken for ة: اختير رئيسه في الحزب ("his
		// president") is no office in the accusative.
		return c.inClauseAt(12, nil, func(j int) bool { return isOfficeAccusative(c.word(j)) && !c.endsInPronoun(j) })
	case checkSign:
		// وقّع على الاتفاق، وقّعت في الرياض أمس اتفاقية؛ not وقع انفجار.
		// A time set off by commas, with the place after it (وقعت تونس
		// وليبيا، يوم الأحد بطرابلس، على ثلاث اتفاقيات), is passed over.
		// So is the acronym in brackets after the signer's name (وقعت
		// الوكالة المغربية للطاقة المستدامة (مازن) عقد …).
		last := c.i + 7
		for j := c.i + 1; j <= last && j < len(c.t.Tokens); j++ {
			e := c.timeAndPlaceAside(j)
			if e < 0 {
				e = c.bracketedAside(j)
			}
			if e > j {
				last += e - j + 1
				j = e
				continue
			}
			if e := c.signedAfterAside(j); e > j {
				return true // وقعت مصر والأردن، على هامش القمة، اتفاقية
			}
			w := c.word(j)
			if bare(w) == "علي" {
				continue
			}
			if bareOr(w, isSignedNoun) {
				return true
			}
		}
		// A long subject (وقعت الحكومة الانتقالية في السودان وأطراف العملية
		// السلمية، اليوم السبت، على اتفاق السلام) puts the agreement past
		// that window: read on to the fourteenth word, in the clause, for
		// على and the agreement noun right after it, or the agreement right
		// after a time set off by commas.
		// Any short aside set off by commas is passed over so (، على هامش
		// القمة، / ، أمس في برلين،). A partner told with مع before the
		// object (وقعت وزارة الكهرباء العراقية مع شركة سيمنس الألمانية
		// عقدا) leaves the object indefinite, in the accusative: an
		// agreement noun so shaped after مع is what was signed (not مع عقد
		// الاجتماع, the verb's masdar in a phrase).
		with := false
		for j := c.i + 1; j <= last && j < len(c.t.Tokens); j++ {
			with = with || c.word(j) == "مع"
		}
		for j := last + 1; j <= c.i+14 && j+1 < len(c.t.Tokens); j++ {
			if c.isComma(j) {
				if e := c.shortAside(j); e > j {
					if c.signedAt(e + 1) {
						return true // ، أمس في برلين، اتفاقية
					}
					j = e
				}
				continue
			}
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			w := c.word(j)
			if bare(w) == "علي" && c.signedAt(j) {
				return true
			}
			with = with || w == "مع"
			if with && isIndefiniteSigned(w) && !strings.HasPrefix(c.word(j+1), "ال") {
				return true
			}
		}
		return false
	case checkKidnap:
		// اختطف مسلحون ثلاثة مهندسين، خطفتهم كتيبة، اختطاف صحفي: people
		// held by force, an arrest; not what a player or a film snatched
		// (خطف الفوز، خطف الأضواء، خطف الأنظار، خطف الموت الفنان) nor a
		// vehicle hijacked (اختطف قراصنة سفينة), an attack on it.
		for j := c.i + 1; j <= c.i+5 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if bareOr(c.word(j), isSnatchedThing) {
				return false
			}
		}
		if w := c.word(c.i); (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها")) && isAny(c.word(c.i-1), "التي", "الذي") {
			// السفينة "روين" التي خطفها قراصنة: what the pronoun stands
			// for, told before the relative pronoun.
			for j := c.i - 2; j >= 0 && j >= c.i-5; j-- {
				if bareOr(c.word(j), isSnatchedThing) {
					return false
				}
			}
		}
		return true
	case checkCharged:
		// كلف الرئيس فلانا بتشكيل الحكومة، كلفه بتسيير شؤون الوزارة،
		// كلف الملك فلانا تشكيل الحكومة: an office given; كلف المحافظ
		// الوحدة المحلية برفع الأنقاض، كلف الوزير لجنة بالتحقيق: a job
		// given, no appointment. The words with ب in the clause tell
		// which: an office among them (a name may begin with ب too: كلف
		// نجلاء بودن بتشكيل الحكومة), or none at all, is an appointment.
		tasked := false
		for j := c.i + 1; j <= c.i+12 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if t, ok := strings.CutPrefix(c.word(j), "ب"); ok && j > c.i+1 && utf8.RuneCountInString(t) >= 3 {
				// (Not right after the verb: its subject's name, كلف بشار
				// الأسد فلانا.)
				if isOfficeTask(strings.TrimPrefix(t, "ال")) {
					return true
				}
				tasked = true
			}
		}
		return !tasked
	case checkCoach:
		// أعلن النادي التعاقد مع المدرب التونسي فلان، تعاقد الفريق مع
		// مدرب جديد: a coach or a manager hired is appointed; the contract
		// of a club with a firm or a player is none.
		with := c.firstInClause(6, func(w string) bool { return w == "مع" })
		if with < 0 {
			return false
		}
		return context{t: c.t, words: c.words, i: with}.within(3, "المدرب", "مدرب", "مدربا", "المدير", "مديرا", "الاطار")
	case checkPosition:
		// تولى الحريري رئاسة الحكومة، تولي منصب; not الوساطة التي
		// تولاها (a task), nor تولى الإشراف.
		if w := c.word(c.i); strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") {
			return false
		}
		for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			if bareOr(c.word(j), isPositionNoun) {
				return true
			}
		}
		return false
	case checkClause:
		// قال …، داعيا إلى; قال إن …"، مطالبا: the participle opens its
		// clause right after a comma (not الداعية, nor a noun مطالبة in
		// the middle of a phrase).
		if c.i == 0 {
			return false
		}
		// Without the comma (قال إن الوضع خطير داعيا إلى الهدوء) only the
		// masculine forms, which no noun shares (not داعية, a preacher,
		// nor مطالبة, a demand): the accusative ending ا and the plural
		// ين.
		w := c.word(c.i)
		masculine := strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ين")
		prev := c.t.Tokens[c.i-1]
		if prev.Kind == normalize.Punct {
			// متعهدا بأن …، وداعيا الشركات إلى: joined by و, a masculine
			// participle goes on after the comma (not ، ومطالبة الحكومة:
			// the noun).
			return c.t.Norm[prev.Start:prev.End] == "," && (pro == "" || masculine)
		}
		// A participle joined by و goes on only right after a comma (not
		// حفلا وداعيا, a farewell party).
		return pro == "" && masculine
	case checkDetain:
		// بعد توقف دام أربعة أيام، إثر توقف المفاوضات: after a
		// preposition توقف is the noun, a stoppage, not "she detains".
		if pos == Imperfect && isAny(trimWaw(prev), "بعد", "قبل", "منذ", "اثر", "عقب", "اثناء", "خلال", "جراء", "بسبب", "رغم", "لدي") {
			return false
		}
		// أوقفت السلطات 20 مهاجرا، أوقف الأمن مشتبها به، ضبطت الشرطة
		// ثلاثة أشخاص: persons as the object; not أوقف العمل (suspended),
		// ضبط النفس (restraint). The subject may come first: the words up
		// to punctuation, at most ten (أوقفت مديرية المخابرات في الجيش
		// اللبناني ثلاثة مطلوبين: a subject of five words, then the count).
		if strings.Contains(c.word(c.i), "ضبط") && isAny(next, "النفس", "نفسه", "نفسها", "انفسهم", "انفسنا") {
			// دعت الطرفين إلى ضبط النفس وعدم استهداف المسلحين: restraint,
			// whoever the clause names after it.
			return false
		}
		if c.inClause(10, isDetainedWord) {
			return true
		}
		// ضبطت الشرطة شبكة لتهريب البشر، ضبط خلية إرهابية: seizing a
		// network or a gang is arresting its members, as تفكيك is (not
		// أوقف, which stops a network of lines or a service).
		if strings.Contains(c.word(c.i), "ضبط") && c.inClause(10, func(w string) bool { return isGangWord(bare(w)) }) {
			return true
		}
		if !strings.Contains(c.word(c.i), "ضبط") && !c.offDuty() && (c.inClause(12, isSuspicionWord) || c.countedPersons(10)) {
			// أوقف الأمن فلانا بتهمة الاحتيال، أوقفت اللجنة 11 أميرا
			// وأربعة وزراء (the Maghrebi and Gulf أوقف, detained): a
			// charge, or persons counted, in the clause; not أوقفت
			// الوزارة ثلاثة أطباء عن العمل (suspended from duty).
			return true
		}
		// The passive, its subject before it: الداعية محمد حسان أوقف في
		// الكويت أمس، كان قد أوقف منذ أسبوعين. A preposition or a time
		// right after the verb leaves no room for an object; a subject
		// (a word, not the clause's start) stands before.
		// A jailing told right after it in the clause (أوقف في الكويت
		// عام 1983 وسجن هناك) makes it the passive of detaining too,
		// with no subject named before.
		if pos == Perfect && pro == "" && c.atCheckpoint(n) {
			return true
		}
		return pos == Perfect && pro == "" && !c.clauseStart() && isPassiveNext(next) &&
			(c.personBefore() || c.inClause(10, isJailedWord))
	case checkRate:
		// رفع البنك المركزي سعر الفائدة، خفض أسعار الفائدة، تثبيت معدل
		// الفائدة، حددت اللجنة سعر صرف العملة: the rate of interest or
		// exchange named within six words, in the clause (not حدد الرئيس
		// موعد الانتخابات, nor the price of goods).
		for j, n := c.i+1, 0; n < 6 && j+1 < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				if c.t.Norm[c.t.Tokens[j].Start:c.t.Tokens[j].End] == "\"" {
					continue // حددت آلية "صناع السوق" سعر الصرف: a name in quotes
				}
				return false
			}
			n++
			if isAny(bare(c.word(j)), "سعر", "اسعار", "سعري", "معدل", "معدلات") && (isAny(bare(c.word(j+1)), "فايده", "صرف") || IsCurrency(bare(c.word(j+1)))) {
				return true
			}
		}
		return false
	case checkFire:
		// أطلق مسلح النار، فتحت قوات الأمن المصرية النار، رشق شبان الجنود
		// بالحجارة: the verb's object is fixed, so up to three words
		// before it are its subject (or, for رشق, the target); no
		// preposition nor سراح among them (أطلق سراح … بعد إطلاق النار،
		// فتح تحقيقا في إطلاق النار: another act).
		// Missiles and shells are fired too (أطلقت الحركة صواريخ على
		// المدن); fired after them, the verb carries them as its pronoun
		// (صواريخ "إيرانية" أطلقها الحوثيون). Without the pronoun (صاروخ
		// أُطلق عبر الجولان) the launch is told of the strike already.
		if pos == Noun && c.fireAfterAgent() {
			return true
		}
		if pos == Noun {
			// تعرض المعبر لإطلاق قذائف، إطلاق صواريخ على المدن: the noun
			// with the shells or missiles right after it, fired at a
			// target (one that came under fire before it, or على, باتجاه
			// … in its clause); not منصات لإطلاق الصواريخ, launchers.
			if !isProjectile(strings.TrimPrefix(next, "ال")) {
				return false
			}
			return strings.HasSuffix(pro, "ل") && c.underFireBefore() ||
				c.inClause(8, func(w string) bool {
					return isAny(w, "علي", "باتجاه", "نحو", "تجاه", "ضد")
				})
		}
		for j, n := c.i-1, 0; j >= 0 && n < 3 && hasObjectPronoun(c.word(c.i)); j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				if isAny(c.t.Norm[c.t.Tokens[j].Start:c.t.Tokens[j].End], "\"", "«", "»") {
					continue
				}
				break
			}
			n++
			if w := trimWaw(c.word(j)); isProjectile(strings.TrimPrefix(w, "ال")) || c.droneAt(j) {
				return true
			}
		}
		for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			w := c.word(j)
			if j > c.i+1 && j <= c.i+4 && isAny(w, "النار", "نارا", "الرصاص", "بالرصاص", "بالحجاره") {
				return true
			}
			if j > c.i+1 && (isProjectile(strings.TrimPrefix(w, "ال")) || c.droneAt(j)) {
				return true // أطلقت حركة الجهاد عشرات الصواريخ، أطلق الحوثيون طائرة مسيرة
			}
			if isAny(w, "سراح", "علي", "في", "من", "بعد", "قبل", "الي", "عن", "عند", "اثر", "عقب", "خلال", "امام", "نحو", "تجاه", "باتجاه", "ضد", "ان", "انه", "بان") {
				return false
			}
		}
		return false
	case checkCall:
		// هاتف الرئيس نظيره: phoned; not the device: هاتف آيفون، هاتف
		// ذكي، إطلاق هاتف جديد، عبر هاتف محمول.
		if isAny(strings.TrimPrefix(prev, "و"), "علي", "عبر", "في", "من", "الي", "عن") {
			return false
		}
		if j := c.i + 1; j < len(c.t.Tokens) && next == "" && c.t.Tokens[j].Kind != normalize.Punct {
			return false // a Latin name or a number: هاتف iPhone، هاتف X10
		}
		return !isDeviceWord(bare(next))
	case checkWound:
		// أصيب بجروح، إصابة ثلاثة جنود; not an infection: 15 إصابة جديدة
		// بفيروس كورونا، أصيب بالكوليرا، إصابات كورونا. The disease
		// comes within four words, in the clause.
		return !c.inClause(4, func(w string) bool {
			if r, ok := strings.CutPrefix(w, "ب"); ok && long(r) {
				w = r
			}
			return bareOr(w, isDisease)
		})
	case checkStudent:
		// طالب الوزير بفتح تحقيق: called for; not the noun طالب "a
		// student", which stands where no verb does: after a preposition
		// or a number (القبض على طالب في كلية الهندسة، 3200 طالب), before
		// an indefinite nisba (طالب جامعي) or before في and a place of
		// learning (طالب في كلية الطب، طالب في جامعة).
		if pro == "" && (isPreposition(prev) || c.i > 0 && c.t.Tokens[c.i-1].Kind == normalize.Number || isCountWord(prev)) {
			return false
		}
		if next != "في" && !strings.HasPrefix(next, "ال") && strings.HasSuffix(next, "ي") && long(next) {
			return false
		}
		return !(next == "في" && isSchoolWord(bare(c.word(n+1))))
	case checkReceive:
		// استقبل الرئيس وزير الخارجية: a meeting; not what one takes in
		// (ستستقبل مزيدا من اللاجئين، استقبل المستشفى الجرحى، يستقبل
		// الميناء البضائع، استقبلت المدينة آلاف السياح): the object in
		// the clause, before a purpose or a relative clause.
		return !c.inClauseBefore(10, isReceiveStop, func(w string) bool { return bareOr(w, isReceived) })
	case checkBurn:
		// أحرق محتجون مقر القنصلية، أحرق مسلحون منازل: an attack; not one
		// who burns himself (أحرق نفسه احتجاجا) nor a flag, a picture or
		// an effigy burnt in protest (أحرق متظاهرون العلم): the object in
		// the clause, six words at most.
		return !c.inClause(6, func(w string) bool { return isBurntSymbol(bare(w)) })
	case checkAdded:
		// وأضاف الوزير أن …: he said more; not وأضاف صلاح الهدف الثالث،
		// أضاف هدفا ثانيا (a goal scored) nor أضاف نقطة.
		return !c.inClauseBefore(5, isThatWord, func(w string) bool { return isScoreWord(bare(w)) })
	case checkClosed:
		// أغلقت السلطات المعبر: a closure; not a market's session that
		// ends (أغلقت البورصة المصرية تعاملاتها على ارتفاع، أغلق المؤشر
		// عند 14 ألف نقطة), nor an index that closes at a level, its
		// subject further back (ارتفع المؤشر … ليغلق عند 7500 نقطة).
		if next == "عند" && n+1 < len(c.t.Tokens) && (c.t.Tokens[n+1].Kind == normalize.Number || bare(c.word(n+1)) == "مستوي") {
			return false
		}
		return !c.inClauseBefore(5, isThatWord, func(w string) bool { return isMarketWord(bare(w)) }) && !c.blockedByPeople()
	case checkBlockade:
		return c.blockedByPeople()
	case checkFlight:
		// فرار المدنيين من القصف: people fleeing; not desertion, a crime
		// (عفو عن جرائم الفرار الداخلي والخارجي، بتهمة الفرار من الخدمة
		// العسكرية).
		if isAny(bare(prev), "جرايم", "جريمه", "جرم", "بجرم", "تهمه", "بتهمه", "تهم", "عقوبه", "لجرايم", "بجرايم") ||
			isAny(bare(next), "داخلي", "خارجي") {
			return false
		}
		return !(next == "من" && isAny(bare(c.word(c.i+2)), "خدمه", "جنديه"))
	case checkOath:
		// أدى الرئيس المنتخب اليمين الدستورية: the oath is the object, the
		// subject between; not أدى ذلك إلى صعود اليمين المتطرف (led to the
		// rise of the right).
		return c.inClauseBefore(8, func(w string) bool { return w == "الي" }, func(w string) bool { return w == "اليمين" }) ||
			c.oathAfterSubject()
	case checkSummit:
		// قمة الرياض، القمة العربية، قمة العشرين، لقاء القمة بين الزعيمين:
		// a summit; not a league's top match (قمة الدوري، مباراة القمة)
		// nor the top of a table, a mountain or a feeling (في قمة
		// السعادة).
		if isAny(bare(prev), "مباراه", "مباراتي", "مواجهه") {
			return false
		}
		if bare(next) == "مجموعه" && isAny(bare(c.word(c.i+2)), "عشرين", "سبع", "ثماني", "ثمانيه", "بريكس") {
			return true // قمة مجموعة العشرين: the club of states, not a group's top of the table
		}
		return !isSummitTop(bare(next))
	case checkAssault:
		// تعرض الفريق لاعتداء، اعتدى مسلحون على حاجز: an assault; not
		// the trespass on what is owned or due (الاعتداء على الأراضي
		// الزراعية، على المال العام، على الدستور) nor a sexual or verbal
		// assault. What follows على within the clause, four words at most.
		if isAny(bare(next), "جنسي", "جنسيه", "لفظي", "لفظيه") {
			return false
		}
		for j := c.i + 1; j <= c.i+4 && j+1 < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return true
			}
			if c.word(j) == "علي" {
				return !isTrespassed(bare(c.word(j + 1)))
			}
		}
		return true
	case checkDestroy:
		// دمرت غارة مبنى، دمر الطيران مخازن للأسلحة، دمرت القوات أربع
		// منصات: a strike, a force or a weapon destroys, or what is
		// destroyed is a weapon or a stronghold; not دمرت الحرب الاقتصاد.
		// The clause, eight words at most.
		return c.inClause(8, func(w string) bool { w = bare(w); return isDestroyer(w) || isMilitaryTarget(w) })
	case checkCell:
		// خلية إرهابية فككت في طنجة، خلية أخرى كان المكتب قد فككها: a
		// cell, a network or a gang named before the verb in its sentence
		// (sixteen tokens at most) is what was broken up (the noun after the
		// verb is its own line, +خلية); not فكك الخبراء العبوة (a device
		// defused) nor فككت السلطات المخيم.
		// Not past a complementizer: وذكرت خلية الإعلام الأمني أن
		// القوات فككت عبوات ناسفة (a body named خلية tells what others
		// did; the cell broken up is in the clause of the verb).
		for j := c.i - 1; j >= 0 && j >= c.i-16; j-- {
			if endsSentence(c.t, j) || isThatWord(c.word(j)) {
				return false
			}
			if isCellWord(bare(c.word(j))) {
				return true
			}
		}
		return false
	case checkPeople:
		// شردت السيول آلاف الأسر، تشرد أكثر من 4 آلاف أسرة، ترحيل
		// المهاجرين غير الشرعيين: people (a count, families, residents,
		// migrants or refugees) within the next five words of the clause;
		// not شرد ذهنه (a mind wandering), ترحيل الملف إلى الجلسة المقبلة
		// (a file deferred) nor ترحيل النفايات.
		for j := c.i + 1; j <= c.i+5 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if IsPeopleNoun(bare(c.word(j)), PeopleUprooted) {
				return true
			}
		}
		// عمليات الترحيل التي انطلقت في 2014 … أعيد بموجبها 30 ألف مهاجر:
		// the operations of deporting, the people they move told in the
		// sentence, before or after.
		if c.word(c.i) != "الترحيل" || !isAny(c.word(c.i-1), "عمليات", "عمليه") {
			return false
		}
		for _, dir := range []int{-1, 1} {
			for j := c.i + dir; j >= 0 && j < len(c.t.Tokens) && j >= c.i-20 && j <= c.i+25; j += dir {
				if endsSentence(c.t, j) {
					break
				}
				if IsPeopleNoun(bare(trimConj(c.word(j))), PeopleUprooted) {
					return true
				}
			}
		}
		return false
	case checkStone:
		// وضع الوزير حجر الأساس لمستشفى: حجر with الأساس after it,
		// right after وضع or within the sentence after the verb; not
		// وضعت السلطات مسافرين في حجر صحي (quarantine) nor خطة تعد حجر
		// الزاوية (a cornerstone).
		return c.nearInSentenceAt(0, 20, func(j int) bool {
			return c.word(j) == "حجر" && isAny(c.word(j+1), "الاساس", "اساس")
		})
	case checkTour:
		// جال الوزير على مراكز الاقتراع، يجول في الأسواق: touring; not
		// صال وجال (strutted about) nor جال في خاطره (came to mind).
		if c.nearInSentence(6, 0, func(w string) bool { return isAny(trimWaw(w), "صال", "صالت", "يصول", "تصول") }) {
			return false
		}
		return !c.nearInSentence(0, 4, func(w string) bool {
			return isAny(bare(w), "خاطر", "خاطره", "خاطرها", "بخاطر", "بخاطره", "ذهن", "ذهنه", "بال", "باله", "خلد", "خلده", "بخلده")
		})
	case checkRound:
		// قام الوزير بجولة شملت الرياض وأبوظبي، يبدأ الوزير غدا جولة في
		// المنطقة تشمل جدة، جولة قام بها الوزير على المنافذ: a tour one
		// makes, begins or took, or one that takes in places; not a round
		// of talks, of a league or of a vaccination campaign (جولة
		// مباحثات، الجولة الثامنة، جولة ثالثة شملت مليون طفل).
		if article {
			return false
		}
		switch bare(next) {
		case "شملت", "تشمل", "شمل", "يشمل":
			return true
		case "قام", "قامت":
			return hasAnyPrefix(c.word(n+1), "بها")
		case "في", "علي", "الي":
			if strings.Contains(pro, "ب") && isAny(trimWaw(prev), "قام", "قامت", "يقوم", "تقوم") {
				return true
			}
			return c.nearInSentence(8, 0, func(w string) bool {
				return isAny(trimWaw(w), "بدا", "بدات", "يبدا", "تبدا", "استهل", "استهلت", "يستهل", "تستهل")
			})
		}
		return strings.Contains(pro, "ب") && isAny(trimWaw(prev), "قام", "قامت", "يقوم", "تقوم") && isAny(bare(next), "شملت", "تشمل")
	case checkFreed:
		// حررت القوات الرهائن، حرر الجيش البحارة المخطوفين: those freed
		// are the object, within six words after the verb and before any
		// preposition; حرر الصحفي تقريرا عن الرهائن wrote a report.
		for j := c.i + 1; j < len(c.t.Tokens) && j <= c.i+6; j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			w := bare(c.word(j))
			if isAny(w, "رهاين", "مختطفين", "مخطوفين", "اسري", "بحاره", "طاقم", "سفينه", "محتجزين") {
				return true
			}
			// في goes on: a time or a place between the verb and those
			// freed (حررت البحرية في مارس الماضي السفينة).
			if isAny(c.word(j), "عن", "حول", "بشان", "علي", "الي", "من", "ضد") || hasAnyPrefix(w, "تقرير", "مخالف", "محضر", "مقال", "بيان", "رساله") {
				return false
			}
		}
		return false
	case checkPromise:
		// وعد رئيس الوزراء، الخميس، بسحب مشروع القانون، تعهدت الحكومة
		// بأن …: a promise to act, told as a statement; money promised
		// (تعهدت تركيا بتقديم 5 مليارات دولار) is aid (checkPledge), and
		// the noun right before its ب-word is a name (وعد بلفور). The
		// ب-word within the clause, twelve words at most.
		if c.inClause(8, func(w string) bool { return IsCurrency(bare(w)) }) || next == "من" {
			return false // (وعد من المجلس البلدي: the noun, a promise from)
		}
		return PromisedAfter(c.t, c.words, c.i, nil)
	case checkRaid:
		return !c.searchRaid()
	case checkSearchRaid:
		return c.searchRaid()
	case checkLifted:
		// رفع القوة القاهرة، رفع حالة الطوارئ، رفع حالة القوة القاهرة:
		// force majeure or a state of emergency lifted; not رفع القوة
		// الشرائية (a power raised) nor رفع حالة التأهب، رفع حالة الاحتقان
		// (a state raised). رفع الحظر needs no more.
		next := strings.TrimPrefix(c.word(c.i+2), "ال")
		switch c.word(c.i + 1) {
		case "القوه":
			return next == "قاهره"
		case "حاله":
			return isAny(next, "قوه", "طواري", "طواريء", "حصار", "حظر", "اغلاق", "منع")
		}
		return true
	case checkShell:
		// مقتل طفلين بقذيفة حوثية، أصيب ثلاثة جنود بصاروخ: the shell
		// that killed or wounded, with ب, within four words after a
		// death or injury word: the attack that caused them. Not a shell
		// named otherwise (سقوط قذيفة has its own line; صاروخ باليستي
		// تجربة).
		if pos != Noun || !strings.Contains(pro, "ب") {
			return false
		}
		for j := c.i - 1; j >= 0 && j >= c.i-4; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			w := trimConj(c.word(j))
			if isAny(w, "مقتل", "قتل", "قتلي", "مصرع", "استشهاد", "استشهد", "اصابه", "اصيب", "اصيبوا", "جرح", "جرحي", "قتلوا", "استشهدوا") {
				return true
			}
		}
		return false
	case checkSentenced:
		// السجن بين سنتين و15 سنة لأعضاء خلية، السجن 10 سنوات لمسؤول
		// سابق: a clause that opens with السجن, a term of years and then
		// those sentenced after ل, is the heading of a sentence passed;
		// not the prison (في السجن، خرج من السجن).
		if c.word(c.i) != "السجن" || !c.clauseStart() {
			return false
		}
		term := false
		for j := c.i + 1; j <= c.i+8 && j < len(c.t.Tokens); j++ {
			if endsSentence(c.t, j) {
				return false
			}
			w := trimConj(c.word(j))
			if isSpan(w, spanTerm) || w == "الموبد" || w == "موبد" {
				term = true
				continue
			}
			if term && strings.HasPrefix(w, "ل") && len(w) > len("ل")+2 {
				return true
			}
		}
		return false
	case checkForce:
		// أعلنت المؤسسة حالة القوة القاهرة، فرض القوة القاهرة على
		// الصادرات: declared; not رفع حالة القوة القاهرة (lifted: work
		// resumes) nor إنهاء.
		return !c.nearInSentence(4, 0, func(w string) bool {
			return hasAnyPrefix(bare(trimWaw(w)), "رفع", "ترفع", "يرفع", "انهاء", "انهت", "ينهي", "الغاء", "الغت", "لغي")
		})
	case checkToll:
		// وقد خلف القتال أكثر من 930 مدنيا، خلفت الغارات عشرات القتلى: a
		// number of persons left (dead), in the clause after the verb's
		// subject; not خلف والده (succeeded), خلف الكواليس (behind), nor
		// a toll of wounded (خلف 20 جريحا: the injury word is the event).
		seen := false
		for j := c.i + 1; j <= c.i+7 && j < len(c.t.Tokens); j++ {
			tok := c.t.Tokens[j]
			if tok.Kind == normalize.Punct {
				return false
			}
			w := bare(c.word(j))
			if tok.Kind == normalize.Number || isAny(w, "عشرات", "مءات", "ميات", "الاف", "مايه", "مييه") {
				seen = true
				continue
			}
			if seen && hasAnyPrefix(w, "مدني", "شخص", "طفل", "مواطن", "اشخاص", "قتيل", "قتلي") {
				return true
			}
			if hasAnyPrefix(w, "جريح", "جرحي", "مصاب") {
				return false
			}
		}
		return false
	case checkHurt:
		// حريق يقتل ثلاثة ويصيب ثمانية آخرين، أصاب الانفجار 20 شخصا: a
		// number of people wounded, within the clause after the verb
		// (its subject may come first); not أصاب الهدف، أصابت القذيفة
		// منزلا (what was hit), nor أصاب 20 في المئة (a share), nor those
		// an epidemic infected (الوباء أودى بحياة 37 شخصا وأصاب 1900
		// آخرين: the disease is named before, in the sentence).
		for j := c.i - 1; j >= 0 && j >= c.i-10; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if bareOr(c.word(j), isDisease) {
				return false
			}
		}
		seen := false
		for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			tok := c.t.Tokens[j]
			if tok.Kind == normalize.Punct {
				return false
			}
			w := bare(c.word(j))
			if tok.Kind == normalize.Number || isCountWord(w) || isAny(w, "عشرات", "مءات", "ميات", "الاف") {
				seen = true
				continue
			}
			if seen {
				return hasAnyPrefix(w, "اخرين", "اخري", "شخص", "اشخاص", "مدني", "طفل", "اطفال", "مواطن", "جندي", "جنود", "عامل", "عمال", "عناصر", "افراد")
			}
		}
		return false
	case checkInspect:
		// خلال تفقده موقع الحادث، لدى تفقد المحافظ المستشفى، وتفقد
		// الوزير الجرحى: an official's inspection visit; not تفقد الليرة
		// قيمتها (loses), the same letters as the feminine imperfect of
		// فقد. The noun after a word of the time of a visit or with ب or
		// ل; the verb with a title right after it, its subject.
		if pos == Noun {
			return strings.ContainsAny(pro, "بل") || isAny(trimWaw(prev), "خلال", "اثناء", "لدي", "عند", "بعد", "قبل", "عقب", "اثر", "في")
		}
		if _, _, ok := TitleProcliticWords(c.t, c.words, c.i+1, c.i+6); ok {
			return true
		}
		return c.pluperfectTitle(prev)
	case checkOpened:
		// افتتحت المنظمة مركزا لعلاج الكوليرا، افتتاح ثلاثة مراكز، يفتتح
		// الوزير مستشفى ميدانيا: a facility among the next three words of
		// the clause after the noun (a number may stand before it), seven
		// after the verb (its subject first); not افتتح الجلسة، افتتاح
		// المؤتمر (a meeting's opening: افتتح is its light verb) nor
		// افتتاح الموسم.
		n := 3
		if pos != Noun {
			n = 7
		}
		facility := func(j int) bool {
			b := bare(c.word(j))
			if !isOpenedFacility(b, func() bool { return c.endsInPronoun(j) }) || isFacilityAdjective(b) {
				return false // البنك المركزي، القطاع المصرفي: no facility
			}
			if hasAnyPrefix(b, "محور") && isAny(trimWaw(c.word(j-1)), "يناقش", "تناقش", "ناقش", "ناقشت", "يتناول", "تتناول", "تناول", "حول", "بعنوان") {
				return false // ملتقى يناقش محور التنمية: a theme discussed, no road
			}
			// افتتح الوزير البطولة على ملعب الجنوب: a stadium after على/في
			// is where the games open, not what is opened.
			return !hasAnyPrefix(b, "ملعب", "ملاعب") || !isAny(c.word(j-1), "في", "علي", "وفي", "وعلي")
		}
		if c.inClauseAt(n, nil, facility) {
			return true
		}
		// افتتح الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم الخميس،
		// محور كلابشة: the subject's office set off by commas, and a time
		// after it, stand between the verb and the facility.
		if k := c.subjectTitleAside(); pos != Noun && k > 0 {
			return context{t: c.t, words: c.words, i: k - 1}.inClauseAt(7, nil, facility)
		}
		return false
	case checkCarried:
		// وصلت طائرة تابعة لمنظمة اليونيسف تحمل 36 طنا من الأدوية، سفينة
		// على متنها مساعدات، شاحنات محملة بالخيام: a word of carrying
		// within six words of the vehicle, in its clause, then aid goods
		// within eight words of it (not المواد الغذائية alone: trucks of
		// trade carry them too). The trucks of a convoy told just before
		// (قافلة من ١٥ شاحنة محملة) are that convoy's, no other delivery.
		// Vehicles let into a place (دخول 46 شاحنة محملة بالمواد الغذائية،
		// إدخال شاحنات محملة بالمواد الغذائية والطبية إلى المخيمات) bring
		// relief, food alone too: trade is not news of being let in.
		food, convoy := c.vehicleLead()
		if convoy {
			return false
		}
		for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if !isCarrying(c.word(j), c.word(j+1)) {
				continue
			}
			for k := j + 1; k <= j+8 && k < len(c.t.Tokens); k++ {
				if tok := c.t.Tokens[k]; tok.Kind == normalize.Punct && c.t.Norm[tok.Start:tok.End] != "," {
					// a comma (، or , once normalized) lists on
					return false
				}
				if isAidGoods(carriedBare(c.word(k)), carriedBare(c.word(k+1)), food) {
					return true
				}
			}
			return false
		}
		return false
	case checkConvoy:
		// قافلة برية من جمعية الهلال الأحمر، قافلة من برنامج الأغذية
		// العالمي: من and a relief body within four words of the convoy
		// (an adjective may stand between: برية، جديدة), in its clause; not
		// قافلة عسكرية من الجيش.
		for j := c.i + 1; j <= c.i+4 && j+1 < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if c.word(j) != "من" {
				continue
			}
			for k := j + 1; k <= j+2 && k < len(c.t.Tokens); k++ {
				if isReliefBodyWord(bare(c.word(k))) {
					return true
				}
			}
			return false
		}
		return false
	case checkReturnees:
		return c.returnees()
	case checkAlighted:
		return c.alighted(prev, next)
	case checkHospital:
		return c.fieldHospital()
	case checkToldThat:
		return c.toldThat()
	case checkCrossers:
		// عبر 14 ألف لاجئ الحدود، لاجئون يعبرون إلى تشاد، عبور آلاف
		// النازحين: refugees crossing a border are displaced people on
		// the move. The bare عبر is also the preposition (via: وصلوا عبر
		// معبر، تواصل عبر الهاتف): the refugees must follow it.
		if pos != Imperfect && trimWaw(c.word(c.i)) == "عبر" || pos == Noun {
			return c.refugeesAfter()
		}
		return c.returnees()
	case checkCamp:
		// مخيم النازحين، مخيما للنازحين، مراكز إيواء النازحين: where
		// the displaced live names them; no one is displaced there.
		return !hasAnyPrefix(bare(strings.TrimPrefix(prev, "ل")), "مخيم", "ايواء", "مراكز", "مركز", "ملاجي")
	case checkDescribed:
		// ووصف النقيب فلان الأحكام بـ"القاسية"، ووصفت الداخلية الحادثة
		// بالعمل الجبان: a verdict on something, a statement. Not what a
		// relative clause names (لما وصفته بـ"هدف معاد"، بما وصفه بـ),
		// nor a patient's state (وصفت مصادر طبية حالة اثنين منهم
		// بالحرجة).
		if isAny(trimWaw(prev), "ما", "لما", "بما", "مما", "عما", "الذي", "التي", "الذين") {
			return false
		}
		return !c.inClause(6, func(w string) bool { return hasAnyPrefix(bare(w), "حاله", "حالت", "حالات") })
	case checkEscape:
		// فرّ عشرات السجناء من مؤسسة الإصلاح، هروب 12 معتقلا، هرب ثلاثة
		// من السجن المركزي: prisoners or detainees who flee, or anyone
		// fleeing from a prison, within the next six words of the clause,
		// are freed from it (a release); not one who fled the country
		// after a prison sentence (فر من البلاد بعد الحكم عليه بالسجن).
		return c.inClauseAt(6, nil, func(j int) bool {
			b := bare(c.word(j))
			if hasAnyPrefix(b, "سجنا", "سجين", "مساجين", "نزلا", "نزيل", "معتقلين", "محتجزين", "موقوفين") {
				return true
			}
			return trimWaw(c.word(j)) == "من" && hasAnyPrefix(bare(c.word(j+1)), "سجن", "معتقل", "زنزان")
		})
	case checkGoods:
		// حجزت الجمارك، أول أمس الأحد، طنا من الشيرا، ضبطت الشرطة شحنة
		// أسلحة، مصادرة كمية من المخدرات: goods seized are a discovery
		// of the seizers. A cache named right after is the cache's
		// discovery (ضبط مخبأ للأسلحة). The goods must come before any
		// person, network or smuggling the clause tells of: ضبط شبكة
		// لتهريب المخدرات، ضبطت الشرطة ثلاثة أشخاص بحوزتهم أسلحة are
		// arrests (checkDetain), ضبط النفس no seizure at all. A verbal
		// seizure joined by و to an arrest told before it in its sentence
		// goes on with that act (أعلنت الشرطة اعتقال خمسة مشتبه بهم وضبط
		// أسلحة: one raid, its arrest).
		if isAny(bare(next), "مخبا", "مخابي") {
			return false
		}
		if trimWaw(c.word(c.i)) == "صادر" && isAny(next, "عن", "عنه", "عنها", "عنهم", "من", "منه", "منها") {
			// قرار صادر عن مجلس الوزراء بشأن كميات الوقود: the
			// participle of issuing (issued by), no confiscation, which
			// takes its goods right after it (صادر الأموال).
			return false
		}
		if strings.Contains(pro, "و") && c.nearInSentence(15, 0, func(w string) bool {
			for _, a := range [...]string{"اعتقال", "اعتقل", "توقيف", "القبض", "اوقف", "احتجاز", "احتجز"} {
				if strings.Contains(w, a) {
					return true
				}
			}
			return false
		}) {
			return false
		}
		return c.inClauseBefore(10, func(w string) bool {
			return isDetainedWord(w) || isGangWord(bare(w)) || hasAnyPrefix(trimWaw(w), "تهريب", "لتهريب", "بتهريب")
		}, func(w string) bool { return isGoodsWord(bare(w)) })
	case checkHanded:
		// سلّم المركز 20 طنا من المستلزمات الطبية لمستشفى المدينة، تسليم
		// شحنة أدوية: aid goods in the clause, ten words at most; not سلم
		// المتهم، سلم رسالة، تسليم السلطة.
		// Pesticides handed over or received (سلمت المنظمة السلطات 15 ألف
		// لتر من المبيدات) are a relief body's aid against a pest, as
		// medicines are against an epidemic.
		return c.inClauseAt(10, nil, func(j int) bool {
			w := carriedBare(c.word(j))
			return isAidGoods(w, carriedBare(c.word(j+1)), true) || w == "مبيدات"
		})
	case checkShipment:
		// شحنة لقاحات، أول شحنة من الأدوية: aid goods right after the
		// noun or after من; not شحنة أسلحة، شحنة نفط. Nor goods seized
		// or smuggled (ضبطت الجمارك شحنة من الأدوية المهربة): contraband.
		if c.seizedGoods(n) {
			return false
		}
		if isAidGoods(bare(next), bare(c.word(n+1)), true) {
			return true
		}
		if next != "من" {
			return false
		}
		// شحنة من 500 ألف جرعة من اللقاح، شحنة من 20 طنا من الأدوية: a
		// quantity first, its goods after it.
		k := c.pastQuantity(n + 1)
		return isAidGoods(bare(c.word(k)), bare(c.word(k+1)), true)
	case checkDeclared:
		// أعلنت السلطات حالة الطوارئ، فرض حالة الطوارئ، تمديد حالة
		// الطوارئ، رفع حالة الطوارئ: declared, imposed, extended or lifted
		// (the verb or its noun right before); not في ظل حالة الطوارئ.
		// The verb may stand before its subject, in the clause: six words
		// back at most (أعلنت الحكومة الإثيوبية حالة الطوارئ).
		for j := c.i - 1; j >= 0 && j >= c.i-6; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if w := trimConj(c.word(j)); IsAnnounceVerb(w) || isAny(w, "اعلان", "فرض", "فرضت", "يفرض", "تفرض",
				"مدد", "مددت", "يمدد", "تمدد", "تمديد", "رفع", "رفعت", "يرفع", "ترفع", "رفعوا") {
				return true
			}
		}
		return false
	case checkCalled:
		// دعا الملك مجلس الأمة إلى دورة استثنائية، مرسوم بدعوة البرلمان
		// للانعقاد، يدعو الرئيس المجلس إلى الانعقاد: a body convened to
		// its session (إلى or ل + دورة or انعقاد after the body, in the
		// clause) is no appeal; دعا إلى عقد دورة (called for one) and دعا
		// الحكومة إلى الحوار stay appeals.
		for j := c.i + 1; j <= c.i+8 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return true
			}
			w := c.word(j)
			if w == "الي" && j > c.i+1 {
				return !isConvenedSession(bare(c.word(j + 1)))
			}
			if j > c.i+1 && strings.HasPrefix(w, "ل") && isConvenedSession(bare(strings.TrimPrefix(strings.TrimPrefix(w, "ل"), "ل"))) {
				return false
			}
		}
		return true
	case checkAnnulled:
		// أعلنت الهيئة إلغاء نتائج الصناديق، أعلن الاتحاد عن إلغاء
		// المباراة: a cancelling its announcer decided, the object of a
		// verb of announcing among the ten tokens before in the clause
		// (its subject and a time set off by commas between); not طالب بإلغاء القانون (called for:
		// ب before it), ناقش إلغاء الرسوم nor a cancelling told alone.
		if strings.Trim(pro, "وف") != "" {
			return false
		}
		for j := c.i - 1; j >= 0 && j >= c.i-10; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				if c.t.Norm[c.t.Tokens[j].Start:c.t.Tokens[j].End] == "," {
					continue // أعلنت الهيئة، مساء الأحد، إلغاء: a time set off
				}
				return false
			}
			if IsAnnounceVerb(trimConj(c.word(j))) {
				return true
			}
			if w := c.word(j); isThatWord(w) || isAny(w, "الذي", "التي") {
				return false
			}
		}
		return false
	case checkOrdered:
		// أمرت النيابة بحبس المتهم أربعة أيام، تأمر بحبس المالك: the
		// detention an order gives, its verb before in the sentence (a
		// subject and a phrase set off by commas may stand between, at
		// most twenty tokens); not حبس الأنفاس, and not قضت المحكمة بحبس
		// (a sentence: the trial's word).
		for j := c.i - 1; j >= 0 && j >= c.i-20; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				if endsSentence(c.t, j) {
					return false
				}
				continue
			}
			if isAny(trimWaw(c.word(j)), "امر", "امرت", "امروا", "امرا", "تامر", "يامر", "ستامر", "سيامر",
				"قرر", "قررت", "قرروا", "قررا", "تقرر", "يقرر") {
				// (قررت النيابة حبس السائق: the detention a prosecutor
				// decides is ordered.)
				return true
			}
		}
		return false
	case checkEvacuate:
		// إخلاء المباني المجاورة، إخلاء السكان; not إخلاء سبيل (a
		// release), إخلاء مسؤولية (a disclaimer), إخلاء طرف.
		return !isAny(bare(next), "سبيل", "مسووليه", "مسووليته", "مسووليتها", "مسووليات", "طرف", "ذمه")
	case checkFamilies:
		// نقل 36 أسرة إلى مراكز إيواء، نقل الأهالي: families or
		// residents moved, named before the إلى of where they go (six
		// words at most, in the clause); not نقل المصابين إلى المستشفى.
		// (The noun only: the verb نقل is a quote's, نقلت الوكالة عن.)
		return c.inClauseBefore(6, func(w string) bool { return w == "الي" }, func(w string) bool {
			return isAny(bare(w), "اسره", "اسر", "اسرا", "عايله", "عايلات", "عوايل", "سكان", "اهالي", "نازحين", "لاجيين", "مهجرين", "مدنيين")
		})
	case checkForced:
		// أجبرت المعارك آلاف الأسر على مغادرة منازلها: people forced
		// to leave; not أجبرته الإصابة على مغادرة الملعب (a player off
		// the pitch) nor على ترك منصبه (a dismissal). The word of
		// leaving comes within twenty words (the trigger's +~ list).
		for j := c.i + 1; j <= c.i+20 && j < len(c.t.Tokens); j++ {
			if isAny(bare(c.word(j)), "مغادره", "ترك", "نزوح", "رحيل") {
				return !hasAnyPrefix(bare(c.word(j+1)), "ملعب", "مباراه", "منصب", "اجتماع", "جلسه", "قاعه", "سباق", "بطوله", "منتخب", "فريق", "نادي")
			}
		}
		return false
	case checkEvacuated:
		// أجلت السلطات مئات السكان; not أجّلت المحكمة النظر في القضية
		// إلى الأحد المقبل, أجّل البرلمان التصويت (postponed: the same
		// letters unvoweled). A court, or a thing put off, in the clause
		// tells the postponement.
		return !c.inClause(8, func(w string) bool {
			w = bare(w)
			return isCourtWord(w) || isAny(w, "بت", "اجل") || hasAnyPrefix(w, "نظر", "جلس", "تصويت", "اجتماع", "مناقش", "نطق", "حكم", "انتخاب", "مباراه", "مفاوضات", "محادثات")
		})
	case checkSession, checkHearing:
		// عقد مجلس الوزراء جلسة استثنائية: a meeting; في جلسة 14 يناير
		// أحالت المحكمة أوراق المتهمين, جلسة النطق بالحكم: a court's
		// hearing, a step of the trial.
		if ch == checkSession && isAny(next, "مباحثات", "محادثات", "مشاورات", "مفاوضات") {
			return false // جلسة مباحثات: one meeting, told by the talks after it
		}
		if ch == checkSession && c.nearInSentenceAt(20, 6, func(j int) bool { return isExchangeWord(c.word(j), c.word(j+1)) }) && !c.nearInSentence(8, 0, func(w string) bool { return bareOr(w, isBodyNoun) }) {
			// أغلق المؤشر العام للبورصة جلسة الخميس على ارتفاع، تراجع حاد
			// في أسهم الشركات في جلسة الأحد: a day of trading, no meeting
			// (but عقد مجلس النواب جلسة لمناقشة قانون تداول الأوراق
			// المالية: a body's).
			return false
		}
		return c.courtNear() == (ch == checkHearing)
	case checkExecuted:
		// نفذت السلطات حكم الإعدام بحق ثلاثة: an execution; not أحكام
		// الإعدام (death sentences) nor رأي المفتي في إعدامهم (a death
		// sentence to come).
		sentence := false
		for j := c.i - 1; j >= 0 && j >= c.i-4; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			w := bare(c.word(j))
			if hasAnyPrefix(w, "نفذ", "تنفيذ", "ينفذ", "تنفذ") {
				return true
			}
			sentence = sentence || isAny(w, "احكام", "حكم", "حكما", "احكاما", "بحكم", "عقوبه", "بعقوبه", "رايه", "شرعي", "مفتي")
		}
		return !sentence
	case checkApproval:
		// موافقة المجلس التنفيذي للصندوق، في 29 يونيو، على صرف الشريحة،
		// وافق البرلمان على القانون: a council, a parliament or a
		// government approves (its word right after the trigger, ال or
		// not), and على follows in the sentence within twelve words; not
		// وافق مبدئيا على قيمة الصفقة, nor a person's consent.
		if !bareOr(next, isBodyNoun) {
			return false
		}
		for j := c.i + 2; j <= c.i+12 && j < len(c.t.Tokens); j++ {
			if endsSentence(c.t, j) {
				return false
			}
			if c.word(j) == "علي" {
				return true
			}
		}
		return false
	case checkDirective:
		if c.word(c.i) == "امر" && isCommandedUnit(next) {
			// آمر المنطقة العسكرية الوسطى، آمر لواء المشاة: the commander
			// of a unit (آمر folds as أمر), no order given.
			return false
		}
		// وجّه الرئيس بتسخير الإمكانيات، يوجه الملك بصرف المساعدات: a
		// directive, a verbal noun with ب after the verb or its subject
		// (eight tokens at most, in the clause); not في وجه الأزمة (the
		// noun face), وجّه رسالة (sent), وجّه بدوره انتقادات (in turn).
		if pro != "" && !strings.ContainsAny(pro, "وفس") || isAny(trimWaw(prev), "في", "علي", "امام", "الي", "من", "عن", "نفس", "ذات", "كل", "الذي", "التي", "الذين", "اللذين", "اللتين", "ما") {
			return false // … الضربات التي وجهتها: a relative clause of what was sent
		}
		for _, suf := range [...]string{"هه", "ها", "هم", "هما", "هن"} {
			if strings.HasSuffix(c.word(c.i), suf) {
				return false // وجهها، يوجههم: an object, no directive
			}
		}
		// Not a preposition (بشأن، بخصوص، بحق، بعد، بسبب، بمناسبة) nor an
		// adverb (بدوره، بشكل، بصفته، باسم); a time set off by commas may
		// stand between (وجّه الرئيس، الأحد، بسرعة إنجاز …).
		bNoun := func(w string) (string, bool) {
			r, ok := strings.CutPrefix(w, "ب")
			// (the verbal nouns of holding and release that keep the
			// article before their preposition: أمرت النيابة بالقبض على،
			// بالتحفظ على، أمر بالإفراج عن)
			return r, ok && long(r) && (!strings.HasPrefix(r, "ال") || isAny(r, "القبض", "التحفظ", "الافراج"))
		}
		stop := func(w string) bool {
			if r, ok := bNoun(w); ok {
				// (بعدم: the negation of the verbal noun, وجّه بعدم
				// التهاون, a directive, no بعد.)
				return r != "عدم" && hasAnyPrefix(r, "دور", "شكل", "صفت", "اسم", "شان", "خصوص", "حق", "عد", "ين", "سبب", "مناسب", "دل", "موجب", "هدف", "غيه", "ذلك", "هذا", "هذه", "نفس")
			}
			// وجّه الوزير رسالة بشأن …: what was sent is the object
			return hasAnyPrefix(bare(w), "رساله", "رسايل", "دعوه", "دعوات", "انتقاد", "اتهام", "تهم", "كلمه", "خطاب", "سوال", "اسيل", "نداء", "تحيه", "شكر", "ضربه", "ضربات", "انذار", "تحذير", "لوم", "نقد", "طلب", "مذكره", "برقيه")
		}
		return c.inClauseBefore(8, stop, func(w string) bool { _, ok := bNoun(w); return ok })
	case checkClaim:
		// وتبنت الحركة الهجوم: a claim; not one told inside what another
		// says (قال المتحدث إن "مجموعة" تبنت الهجوم): no complementizer
		// among the six tokens before it in its sentence.
		for j := c.i - 1; j >= 0 && j >= c.i-6; j-- {
			if endsSentence(c.t, j) {
				break
			}
			if isThatWord(c.word(j)) {
				return false
			}
		}
		return true
	case checkHeld:
		// اعتقال الصحفي، توقيف المشتبه بهم: an arrest; not the detention
		// a court extends, a form of مدد or تمديد among the five words
		// before it in its clause (مددت المحكمة العسكرية اعتقال الصحفي,
		// تمديد توقيفه: a step of the trial, read by مدد). Nor a
		// warrant (صدرت بحقه مذكرة توقيف دولية، أصدر القاضي أمر اعتقال):
		// the arrest noun in its construct names what is ordered, and no
		// one is held; an order told by its verb (أمرت النيابة بالقبض على)
		// is the arrest it orders.
		if c.i > 0 && isAny(bare(trimWaw(c.word(c.i-1))), "مذكره", "مذكرات", "مذكرتي", "مذكرتا", "امر", "اوامر") {
			return false
		}
		if c.i > 0 && isAny(bare(strings.TrimPrefix(trimWaw(c.word(c.i-1)), "ب")), "مراكز", "مركز", "مرافق", "مرفق", "معسكر", "معسكرات", "مقر", "مقرات") {
			// إعادة المهاجرين قسرا إلى مراكز احتجاز، في مركز الاحتجاز:
			// where people are held, a place, not one held now.
			return false
		}
		for j := c.i - 1; j >= 0 && j >= c.i-5; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if hasAnyPrefix(bare(trimWaw(c.word(j))), "مدد", "تمديد", "يمدد", "تمدد", "ستمدد", "سيمدد") {
				return false
			}
		}
		return true
	case checkVote:
		// صوّت البرلمان على التعديل، صوت مجلس النواب لصالح القانون، يصوت
		// النواب غدا على الموازنة: a body or its members right after the
		// verb, then what they voted on (على، لصالح، ضد) within twelve
		// words of the sentence; not voters at the polls (صوت الناخبون
		// لمرشحهم), nor the noun (بأغلبية 167 صوتا).
		if !bareOr(next, isBodyNoun) && !isAny(bare(next), "نواب", "اعضاء", "برلمانيون", "برلمانيين") {
			return false
		}
		// The session and the majority may stand between, set off by
		// commas (صوت المجلس، في جلسته الطارئة مساء الخميس، بأغلبية 12
		// عضوا لصالح القرار): twenty-four tokens, or the majority itself.
		for j := c.i + 2; j <= c.i+24 && j < len(c.t.Tokens); j++ {
			if endsSentence(c.t, j) {
				return false
			}
			if w := c.word(j); isAny(w, "علي", "ضد", "بالاجماع", "باغلبيه", "بالاغلبيه") || strings.HasPrefix(w, "لصالح") {
				return true
			}
		}
		return false
	case checkMotive:
		// تظاهر الآلاف احتجاجا على، قطع محتجون الطريق احتجاجا على: a
		// protest; not the motive of a resignation (قدم استقالته احتجاجا
		// على) or of a state's act (انسحب المغرب من المنظمة احتجاجا على،
		// استدعت الخارجية سفيرها احتجاجا على), where the act told is
		// the event. Only the accusative of motive (احتجاجا) says so.
		if !strings.HasSuffix(c.word(c.i), "ا") {
			return true
		}
		for j := c.i - 1; j >= 0 && j >= c.i-12 && !endsSentence(c.t, j); j-- {
			if c.motiveActAt(j) {
				return false
			}
			if isStrikeOrSitIn(c.word(j)) {
				// تنفيذ إضراب عام جهوي يوم الخميس، احتجاجا على: the
				// motive of the strike or sit-in told before it in its
				// sentence, not a second protest.
				return false
			}
		}
		return true
	case checkMade:
		// أجرى الوزير اتصالات مع نظرائه، يجري الرئيس اتصالا بنظيره: a
		// contact its maker's verb comes before, the maker between (a
		// call by phone is read by the line before, with هاتفي); not
		// telecoms (وزارة الاتصالات، قطاع الاتصالات), even after the verb
		// (تجري شركة الاتصالات مفاوضات): the noun with the article after a
		// head in construct.
		if article && bareOr(prev, func(w string) bool {
			return hasAnyPrefix(w, "شرك", "وزار", "قطاع", "هيي", "شبك", "خدم", "سوق", "مجال", "تقني", "تكنولوجيا")
		}) {
			return false
		}
		// The calls are the verb's object: no preposition governs them,
		// before them or on them (يجري العمل على تحديث شبكة اتصالات،
		// تجري الشرطة تحقيقا في اتصالات، لا يجري البحث باتصالات); a
		// preposition between the verb and the calls ends the search, as
		// the intransitive يجري/تجري ("takes place") of a process is
		// followed by its subject and a phrase, not by calls it makes.
		if hasAnyPrefix(trimWaw(c.word(c.i)), "باتصال", "لاتصال", "كاتصال") {
			return false
		}
		for j := c.i - 1; j >= 0 && j >= c.i-8; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			w := trimWaw(c.word(j))
			if isAny(w, "اجري", "اجرت", "اجروا", "يجري", "تجري", "يجرون", "سيجري", "ستجري") {
				return true
			}
			if bareOr(c.word(j), isPreposition) && (j == c.i-1 || trimWaw(c.word(j)) != "في") {
				// not في farther back: أجرى الرئيس في قصر بعبدا اتصالات,
				// a place phrase between the caller and the calls
				return false
			}
		}
		return false
	case checkMarch:
		// مسيرة احتجاجية، مسيرات العودة، مواكب ليلية، خلال موكب الأحد،
		// خرجت مسيرة حاشدة: a march of protesters, known by a word of
		// protest or of a crowd around it, or the day it marched; not a
		// drone (طائرة مسيرة), a career or a process (مسيرة السلام،
		// مسيرته المهنية), nor an official's motorcade (موكب الرئيس).
		if hasAnyPrefix(bare(prev), "طاير", "طيار") {
			return false
		}
		if isMarchWord(bare(next)) || isWeekday(bare(next)) {
			return true
		}
		// In its sentence: a protest told before it is another's
		// (فرقت الشرطة المتظاهرين. وتعثرت مسيرة السلام).
		if prev == "الي" && c.nearInSentence(10, 0, func(w string) bool { return hasAnyPrefix(trimWaw(w), "دعا", "دعت", "يدعو", "تدعو") }) {
			return true // دعا التجمع إلى موكب جديد نحو القصر: a march called for
		}
		return c.nearInSentence(6, 8, func(w string) bool { return isProtestWord(bare(w)) })
	case checkPledge:
		// تعهدت تركيا بتقديم 5 مليارات دولار، بتعهدات قيمتها 30 مليار
		// دولار، تبرعت الإمارات بـ50 مليون دولار، يمنح البنك الدولي
		// الصومال 80 مليون دولار: money promised or given, an amount in a
		// currency in the clause (eight words at most); not a promise to
		// act (تعهد بمحاسبة المسؤولين) nor منح الثقة (a vote of confidence).
		return c.inClause(8, func(w string) bool { return IsCurrency(bare(w)) }) || c.donatedInKind()
	case checkFund:
		// أعلنت الحكومة تخصيص ملياري دينار لإعادة إعمار درنة، تلقى
		// البرنامج تمويلا إضافيا بقيمة 30 مليون يورو، أعلنت السعودية
		// تخصيص مليار دولار after pledges told (تعهدت تركيا بتقديم …):
		// an amount in a currency in the clause, and relief,
		// reconstruction, refugees or a pledge in the sentence. Not an
		// allocation of a budget to projects (خصصت الحكومة 250 مليار
		// دينار لمشاريع البنى التحتية), nor a company's financing.
		return c.inClause(8, func(w string) bool { return IsCurrency(bare(w)) }) &&
			c.nearInSentence(30, 20, isAidPurposeWord)
	case checkGave:
		// قدمت قطر مليار دولار، أعلن تقديم بلاده ملياري دولار، بتقديم 5
		// مليارات دولار: the amount right after the verb and its giver
		// (the currency within four words); not قدم استقالته, nor a draft
		// that costs an amount (قدمت الحكومة مشروع موازنة بقيمة …).
		if c.inClauseBefore(4, func(w string) bool {
			return hasAnyPrefix(bare(w), "قيمه", "بقيمه", "كلفه", "بكلفه", "تكلفه", "بتكلفه")
		},
			func(w string) bool { return IsCurrency(bare(w)) }) {
			return true
		}
		// بكلفة بلغت 4.5 ملايين دولار قدمها صندوق قطر للتنمية، منحة بقيمة
		// 10 ملايين يورو قدمتها الحكومة اليابانية: the amount told first,
		// the verb's pronoun its object and the giver after it (the
		// currency in the three words before, in the clause).
		if pos != Noun && hasObjectPronoun(c.word(c.i)) {
			for j := c.i - 1; j >= 0 && j >= c.i-3; j-- {
				if c.t.Tokens[j].Kind == normalize.Punct {
					break
				}
				if IsCurrency(bare(c.word(j))) {
					return true
				}
			}
		}
		// قدمت لهم فرق المنظمة الإسعافات الأولية والمواد الغذائية: relief
		// goods given, named after the giver in the verb's clause (the
		// nouns of aid itself, مساعدات، معونات, are triggers of their own).
		return pos != Noun && c.inClauseAt(8, nil, func(j int) bool {
			w := carriedBare(c.word(j))
			return w == "اسعافات" || isAidGoods(w, carriedBare(c.word(j+1)), true) && !isAidNoun(w)
		})
	case checkCampaign:
		// دشن المحافظ حملة التحصين، انطلاق حملة تطعيم: the campaign run;
		// not one told to come by the future verb of its phrase (حملة
		// التطعيم ستنطلق السبت المقبل، حملة تطعيم واسعة ستنطلق في
		// إقليمين): a plan the golds leave out, as the other planned
		// things a speaker announces.
		for j := c.i + 2; j <= c.i+6 && j < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if isPlannedNounAfter(c.word(j)) {
				return false
			}
		}
		return true
	case checkTender:
		// طلب الوزير من الحكومة: asked for; not the noun in a call for
		// tenders or bids (طلب عروض، طلب العروض), which a verb of
		// launching or a body's plans name: a procurement, no appeal.
		return !isAny(bare(next), "عروض", "العروض")
	case checkSent:
		// أرسلت تركيا فرق إنقاذ إلى المغرب، طائرتان لإطفاء الحرائق
		// أرسلتهما الحكومة القبرصية، إرسال أطنان من الأدوية: rescue or
		// firefighting means or relief goods sent, in the clause after the
		// word (six words), or before a verb whose object is a pronoun
		// (what it sent was named first); not troops, a letter or a
		// delegation.
		for j := c.i + 1; j <= c.i+6 && j+1 < len(c.t.Tokens); j++ {
			if c.t.Tokens[j].Kind == normalize.Punct {
				break
			}
			if hasAnyPrefix(carriedBare(c.word(j)), "قافل", "قوافل", "شحن") {
				return false // إرسال قافلة محملة بالخيام: the convoy is the event
			}
			if c.reliefMeansAt(j) {
				return true
			}
		}
		if pos == Noun || !c.endsInPronoun(c.i) && !strings.HasSuffix(c.word(c.i), "هما") && !strings.HasSuffix(c.word(c.i), "هم") {
			return false
		}
		for j := c.i - 1; j >= 0 && j >= c.i-6; j-- {
			if c.t.Tokens[j].Kind == normalize.Punct {
				return false
			}
			if c.reliefMeansAt(j) {
				return true
			}
		}
		return false
	case checkMatch:
		// التقى الوزير نظيره; not يلتقي الإسماعيلي مع المصري في الجولة
		// التاسعة على ستاد الإسماعيلية (a match): a word of a match in
		// the verb's clause, twelve tokens at most.
		return !c.inClause(12, isMatchWord)
	case checkBlast:
		// فجر انتحاري نفسه، فجروا المبنى; not the dawn: فجر يوم
		// الأربعاء، فجر 14 مارس، الساعة 3:40 فجر.
		if trimWaw(c.word(c.i)) == "فجرا" && !isAny(next, "نفسيهما", "انفسهما") && !(strings.HasPrefix(next, "ال") && !isTimeWord(next) && !isAny(next, "الي", "الا")) {
			// فجرا is mostly the adverb (قتل ثلاثة فجرا في …، اعتقلت
			// الشرطة فجرا خمسة): the dual verb has its object right after
			// it (فجرا نفسيهما، فجرا العبوة).
			return false
		}
		n := c.i + 1
		if n < len(c.t.Tokens) && c.t.Tokens[n].Kind == normalize.Number || isTimeWord(trimWaw(next)) {
			return false
		}
		if c.i > 0 && c.t.Tokens[c.i-1].Kind == normalize.Number {
			return false
		}
		return !isAny(trimWaw(prev), "الساعه", "حتي", "منذ", "قبيل", "عند", "مع", "صلاه") && !isAny(prev, "وقت", "ووقت")
	case checkHeldOff:
		// تريث في تقديم استقالته، تراجع عن استقالته، التراجع عن
		// الاستقالة: a resignation held off or taken back is suspended;
		// not waiting in general (تمنى عليه التريث في الرد) nor a fall
		// (تراجع الأسعار، تراجعت القوات): the resignation within eight
		// words of its clause (تراجع وزير المالية رضا شلغوم عن
		// استقالته), with no preposition of time or cause before it
		// (تراجعت الليرة بعد استقالة الحكومة: a fall the resignation
		// caused).
		if w := c.word(c.i); pos != Noun && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما")) {
			return false // تريثه: the noun with its owner, not the verb with an object it does not take
		}
		// تراجع takes a resignation back only with عن before it; without
		// it the fall is of its own genitive (وسط تراجع شعبيته قدم الوزير
		// استقالته).
		back, an := isTakeBack(bare(trimWaw(c.word(c.i)))), false
		return c.inClauseAt(8, func(w string) bool { return isCauseOrTimePrep(bare(trimWaw(w))) }, func(j int) bool {
			w := c.word(j)
			an = an || w == "عن"
			return strings.Contains(w, "استقال") && (an || !back)
		})
	case checkResigned:
		// قدم استقالته، أعلن استقالته: a resignation; not one suspended,
		// held off or taken back (علق استقالته، يعلق رئيس الحكومة
		// استقالته، تريثه في تقديم استقالته، التراجع عن الاستقالة): that
		// is the suspension the verb before it tells, not a second event.
		return !c.heldOffBefore()
	case checkDecision:
		// أصدر قرارا، اتخذت قرارا، قرار مجلس الأمن; not every mention of
		// a decision.
		if isDecreedAct(next) {
			// أصدر الرئيس قرارا بتعيين فلان: the decision is the
			// appointment it decrees, told by the verbal noun after it (one
			// event, whose issuer is its actor), not a second one.
			return false
		}
		for j := c.i - 1; j >= c.i-2 && j >= 0; j-- {
			w := strings.TrimPrefix(c.word(j), "و")
			if isIssuingVerb(w) || hasAnyPrefix(w, "صدر", "تبني", "تبن", "صوت", "يصوت") {
				return true
			}
			if w == "مشروع" || j == c.i-1 && isAny(w, "ضد") {
				return false // صوتت ضد القرار: a vote against it, no decision issued
			}
		}
		// The verb in verb-subject order, its subject between (أصدر
		// الرئيس عبد الفتاح السيسي قرارا بتمديد حالة الطوارئ): an
		// indefinite decision in the accusative, the verb at most eight
		// words before it in the clause.
		if isAny(strings.TrimPrefix(c.word(c.i), "و"), "قرارا", "قرارين", "قرارات") {
			for j := c.i - 3; j >= c.i-8 && j >= 0; j-- {
				if c.t.Tokens[j].Kind == normalize.Punct {
					break
				}
				if isIssuingVerb(strings.TrimPrefix(c.word(j), "و")) {
					return true
				}
			}
		}
		// The verb that issued it after it (90 قرارا أصدرها الحوثيون،
		// القرارات التي أصدرتها اللجنة).
		if hasAnyPrefix(next, "اصدر", "اتخذ") || isAny(next, "التي", "الذي") && hasAnyPrefix(c.word(c.i+2), "اصدر", "اتخذ") {
			return true
		}
		return bareOr(next, func(b string) bool {
			return hasAnyPrefix(b, "مجلس", "محكمه", "حكومه", "رييس", "رياسه", "وزير", "وزاره", "برلمان", "جمعيه", "قياده")
		})
	}
	return true
}

// isSummitTop reports the word after قمة (folded, without article) that
// makes it a top, not a summit (checkSummit): a league, a group or a
// table in sport, a height, a feeling or a state.
func isSummitTop(w string) bool {
	switch w {
	case "دوري", "مجموعه", "ترتيب", "جدول", "كره", "مسابقه", "بطوله", "هدافين", "الكلاسيكو",
		"جبل", "هرم", "برج", "تل", "تله", "شجره",
		"سعاده", "فرح", "اناقه", "اثاره", "تالق", "نشوه", "غضب", "حزن", "قلق", "نجاح", "عطاء", "اولويات", "اهتمام", "اهتمامات", "مجد":
		return true
	}
	return false
}

// isBurntSymbol reports, without article, what is burnt in protest or
// by oneself rather than in an attack (checkBurn): oneself, flags,
// pictures, effigies, copies of a book.
func isBurntSymbol(w string) bool {
	switch w {
	case "نفسه", "نفسها", "انفسهم", "انفسهما", "انفسهن", "علم", "علما", "اعلام", "اعلاما", "صور", "صوره", "صورا",
		"دميه", "دمي", "مجسم", "مجسما", "نسخه", "نسخا", "مصحف", "قران", "اطارات":
		return true
	}
	return false
}

// isUnderFireVerb reports تعرض (came under) in the perfect or the
// imperfect, as a subject's verb (folded): تعرض المعبر لإطلاق قذائف،
// تتعرض المدينة لقصف.
func isUnderFireVerb(w string) bool {
	switch w {
	case "تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون", "يتعرضان", "تتعرضان":
		return true
	}
	return false
}

// isCourtWord reports the words (bare: without a conjunction and the
// article) of a court and a trial: محكمة، محاكمة، قاض (قاضي، قاضيا)،
// المتهمين، الدعوى، النيابة.
func isCourtWord(w string) bool {
	return hasAnyPrefix(w, "محكم", "محاكم", "قاض", "قضاه", "متهم", "دعوي", "نيابه", "مرافع")
}

// courtNear reports a court word among the ten words before token i and
// the eight after it, in its sentence (commas and a date between do not
// stop it: وكانت المحكمة، برئاسة المستشار …، قد أحالت في جلسة 14 يناير
// أوراق المتهمين).
func (c context) courtNear() bool {
	return c.nearInSentence(10, 8, func(w string) bool { return isCourtWord(bare(w)) })
}

// nearInSentence reports a word (folded) for which is holds among the
// before tokens before token i and the after tokens after it, in its
// sentence: a full stop, a colon, a semicolon, ! or ? ends the search on
// that side (commas do not).
func (c context) nearInSentence(before, after int, is func(w string) bool) bool {
	return c.nearInSentenceAt(before, after, func(j int) bool { return is(c.word(j)) })
}

// nearInSentenceAt is nearInSentence with a test of token j, which may
// read the words around it.
func (c context) nearInSentenceAt(before, after int, is func(j int) bool) bool {
	for j := c.i - 1; j >= 0 && j >= c.i-before; j-- {
		if endsSentence(c.t, j) {
			break
		}
		if is(j) {
			return true
		}
	}
	for j := c.i + 1; j < len(c.t.Tokens) && j <= c.i+after; j++ {
		if endsSentence(c.t, j) {
			break
		}
		if is(j) {
			return true
		}
	}
	return false
}

// underFireBefore reports تعرض among the five words before token i, in
// its clause: تعرض المعبر لـ، تعرضت مدينة حلب لـ (verb, subject, then
// the attack with ل) or المعبر تعرض لـ.
func (c context) underFireBefore() bool {
	for j := c.i - 1; j >= 0 && j >= c.i-5; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if IsUnderFireVerb(c.word(j)) {
			return true
		}
	}
	return false
}

// IsUnderFireVerb reports whether the folded word w is تعرض (came
// under) in the perfect or the imperfect, with or without a conjunction
// و: the subject of تعرض لقصف، تعرضت لإطلاق نار is what was attacked.
func IsUnderFireVerb(w string) bool {
	return isUnderFireVerb(strings.TrimPrefix(w, "و"))
}

// isJailedWord reports a verb of jailing joined to the one before it
// (folded): وسجن، ثم سجن، وسجنت (checkDetain).
func isJailedWord(w string) bool {
	switch w {
	case "وسجن", "وسجنت", "وسجنوا", "سجن", "سجنت", "سجنوا":
		return true
	}
	return false
}

// isDestroyer reports the subjects of دمر that make it an attack (folded,
// without article): strikes, shells and missiles, aircraft and forces.
func isDestroyer(w string) bool {
	switch w {
	case "غاره", "غارات", "قصف", "ضربه", "ضربات", "صاروخ", "صواريخ", "قذيفه", "قذايف", "انفجار", "تفجير",
		"طيران", "طايرات", "مقاتلات", "مروحيات", "مدفعيه", "تحالف", "جيش", "قوات", "مقاتلون", "مسلحون":
		return true
	}
	return false
}

// isTrespassed reports a bare word of what one encroaches on rather
// than attacks (اعتداء على): land, property, money, rights, freedoms and
// laws.
func isTrespassed(b string) bool {
	return isAny(b, "ارض", "اراضي", "املاك", "ممتلكات", "مال", "اموال", "حق", "حقوق", "حريه", "حريات",
		"دستور", "قانون", "ملكيه", "شرعيه", "صلاحيات", "اختصاصات", "مياه", "ارصفه", "طريق")
}

// isMilitaryTarget reports the weapons and strongholds one destroys in
// an attack (folded, without article): launchers, depots, armour,
// fortifications, positions.
func isMilitaryTarget(w string) bool {
	switch w {
	case "منصه", "منصات", "مخازن", "مخزن", "مستودع", "مستودعات", "اليات", "اليه", "دبابه", "دبابات", "مدرعه",
		"مدرعات", "عربات", "تحصينات", "مواقع", "معاقل", "انفاق", "نفق", "راجمه", "راجمات":
		return true
	}
	return false
}

// isProjectile reports the missiles and shells one fires (folded), in
// the accusative after the verb or before it as its object.
func isProjectile(w string) bool {
	switch w {
	case "صاروخ", "صاروخا", "صاروخين", "صواريخ", "قذيفه", "قذيفتين", "قذايف":
		return true
	}
	return false
}

// droneAt reports a drone at token j: مسيرة (مسيرتين) after طائرة
// (طائرات، طائرتين), fired as a missile is (طائرة مسيرة أطلقها الحوثيون،
// أطلق الحوثيون طائرتين مسيرتين); مسيرة alone is also a march.
func (c context) droneAt(j int) bool {
	if j < 1 || !isAny(strings.TrimPrefix(c.word(j), "ال"), "مسيره", "مسيرتين", "مسيرات") {
		return false
	}
	w := strings.TrimPrefix(trimWaw(c.word(j-1)), "ال")
	return isAny(w, "طايره", "طايرات", "طايرتين", "بطايره", "بطايرات")
}

// trimWaw returns w without a conjunction و.
func trimWaw(w string) string {
	if r, ok := strings.CutPrefix(w, "و"); ok && len(r) > len("و") {
		return r
	}
	return w
}

// hasObjectPronoun reports a verb (folded) ending in an object pronoun
// (اطلقها، اطلقه، اطلقوه، اطلقتهم).
func hasObjectPronoun(w string) bool {
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "ه")
}

// isDeviceWord reports a word (folded, without article) that makes هاتف
// the device: an adjective of phones or a product name.
func isDeviceWord(w string) bool {
	switch w {
	case "ذكي", "جديد", "محمول", "نقال", "خلوي", "ثابت", "جوال", "ارضي", "مستعمل", "مسروق",
		"ايفون", "اي", "جالاكسي", "غالاكسي", "سامسونج", "سامسونغ", "نوكيا", "هواوي", "شاومي", "بلاكبيري", "ابل", "اندرويد":
		return true
	}
	return false
}

// isDisease reports a word (folded, without article and ب) that names a
// disease or its agent: one is infected with it, not wounded.
func isDisease(w string) bool {
	switch w {
	case "فيروس", "فايروس", "كورونا", "كوفيد", "كوليرا", "سرطان", "حصبه", "ايدز", "مرض", "امراض", "انفلونزا",
		"ملاريا", "سل", "التهاب", "عدوي", "وباء", "وبا", "حمي", "ايبولا", "زيكا", "جدري", "طاعون",
		"شلل", "سكري", "جرب", "دفتيريا", "خناق", "تيفوييد", "ميكروب", "بكتيريا", "فطر":
		return true
	}
	return false
}

// isReceiveStop reports the words after استقبل that open another clause
// or a purpose before its object (folded): a relative pronoun, حيث, a
// topic (حول، بشأن، لبحث، لمناقشة) or a second verb (وبحث، وناقش).
func isReceiveStop(w string) bool {
	return isAny(w, "الذي", "التي", "الذين", "حيث", "حول", "بشان", "وبحث", "وناقش") ||
		strings.HasPrefix(w, "لبحث") || strings.HasPrefix(w, "لمناقش")
}

// isReceived reports the beginning of a noun (folded, without article) of
// what one receives without a meeting: refugees, patients, visitors,
// goods, calls.
func isReceived(w string) bool {
	if isAny(w, "طالب", "طالبا", "طلبه") {
		return true // تستقبل الجامعة 3200 طالب: students enrolled (طالبان, the Taliban, is no prefix of these)
	}
	return hasAnyPrefix(w, "طلاب", "طالبات", "تلاميذ", "تلامذه", "لاجي", "مهاجر", "نازح", "مهجر", "مرضي", "مريض", "جرحي", "مصاب", "حجاج", "حجيج",
		"سياح", "سايح", "زوار", "زاير", "اتصالات", "مكالم", "بضايع", "بضاع", "سلع", "شحن", "مساعدات",
		"طلبات", "شكاوي", "رسايل", "مسافر", "ركاب", "مصلين", "معتمر", "وافد", "رحلات")
}

// isCountWord reports a number word or a scale word (folded): ثلاثة،
// عشرين، آلاف.
func isCountWord(w string) bool {
	tab := numbers()
	_, unit := tab.units[w]
	_, hundred := tab.hundreds[w]
	_, scale := tab.scales[w]
	return unit || hundred || scale
}

// isSchoolWord reports a place of learning (bare): كلية، جامعة، مدرسة،
// معهد، ثانوية.
func isSchoolWord(w string) bool {
	return isAny(w, "كليه", "جامعه", "مدرسه", "معهد", "ثانويه", "اكاديميه")
}

// afterFacility reports whether token i follows a building's noun (قصر،
// مبنى، فندق، مطار، قاعة، صالة) with at most a conjunction or a
// preposition on it: a trigger noun there names the building (في قصر
// بيان، بقاعة المؤتمرات), it tells no event.
func (c context) afterFacility() bool {
	w := c.word(c.i - 1)
	if len(w) < len("قصر") {
		return false
	}
	for _, p := range [...]string{"", "و", "ف", "ب", "ل"} {
		if r, ok := strings.CutPrefix(w, p); ok && isFacilityNoun(r) {
			return true // فندق is no ف + ندق: the word as written first
		}
		if p != "" && strings.HasPrefix(w, p) {
			w = w[len(p):] // وب، فب، ول
		}
	}
	return false
}

// isFacilityNoun reports a building's noun (folded, as written after its
// proclitics): قصر، مبنى، فندق، مطار، قاعة، صالة (afterFacility).
func isFacilityNoun(w string) bool {
	switch w {
	case "قصر", "مبني", "فندق", "مطار", "قاعه", "صاله":
		return true
	}
	return false
}

// isPassiveNext reports a word that, right after a perfect verb of
// detaining, makes it the passive: a preposition or a time (أوقف في
// الكويت، أوقف منذ أسبوعين، أوقف أمس، أوقف بتهمة التزوير).
func isPassiveNext(w string) bool {
	switch w {
	case "في", "منذ", "امس", "بتهمه", "بتهم", "بسبب", "اثناء", "خلال", "عند", "لدي", "بعد", "فور", "عقب", "اليوم":
		return true
	}
	return false
}

// personBefore reports a person named by a title or a noun of persons
// (الداعية المصري محمد حسان، رجل الأعمال، المتهم) among the eight
// tokens before token i, in its clause: the subject of a passive verb of
// detaining (not مشروع نيوم أوقف في: a project is stopped).
func (c context) personBefore() bool {
	for j := c.i - 1; j >= 0 && j >= c.i-8; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		w := bare(c.word(j))
		if isThatWord(w) || isAny(w, "الذي", "التي") {
			return false // the clause begins: وقال الوزير إن مشروع نيوم أوقف
		}
		if isAny(w, "رجل", "داعيه", "شيخ", "امام", "فنان", "لاعب", "مدرب", "كاتب", "محامي", "مدون", "رييس") || hasAnyPrefix(w, detainedNouns...) {
			return true
		}
		if _, _, ok := TitleProcliticWords(c.t, c.words, j, c.i); ok {
			return true
		}
	}
	return false
}

// pluperfectTitle reports a verb after قد whose subject, a title, stands
// before قد in its clause with كان/كانت opening it (وكان وزير الداخلية
// قد تفقد، وكانت الوزيرة قد تفقدت): the pluperfect, told of an office
// holder. Not قد تفقد alone (may lose: قد تفقد العملة قيمتها) nor a
// title of another clause (prev is the word before the verb).
func (c context) pluperfectTitle(prev string) bool {
	if prev != "قد" {
		return false
	}
	title := false
	for j := c.i - 2; j >= 0 && j >= c.i-10; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if _, _, ok := TitleProcliticWords(c.t, c.words, j, c.i-1); ok {
			title = true
		}
		if w := trimWaw(c.word(j)); w == "كان" || w == "كانت" {
			return title
		}
	}
	return false
}

// atCheckpoint reports a verb of detaining whose next word (token n)
// tells where it was done, at a checkpoint (أوقف على حاجز للجيش، اعتقلت
// عند نقطة تفتيش، الذين أوقفوا على حاجز أمني): one is stopped there, the
// passive with no object between; not أوقف العمل (suspended).
func (c context) atCheckpoint(n int) bool {
	if !isAny(c.word(n), "علي", "عند", "لدي") {
		return false
	}
	return isAny(bare(c.word(n+1)), "حاجز", "حواجز", "نقطه", "معبر", "كمين")
}

// isConvenedSession reports a bare folded word of the session a body is
// convened to (دورة، انعقاد).
func isConvenedSession(b string) bool {
	return isAny(b, "دوره", "انعقاد", "انعقادها", "انعقاده", "انعقادي")
}

// heldOffBefore reports a verb or a verbal noun that suspends, holds off
// or takes back what follows among the eight tokens before the trigger in
// its clause (its subject may stand between: علق رئيس الوزراء الأردني
// هاني الملقي استقالته) (علق، يعلق، تعليق، تريث، التراجع عن، أرجأ، تأجيل), with no
// preposition of time or cause between (علق المفاوضات بعد استقالته: the
// resignation stands) nor على (علق على استقالته: a comment).
func (c context) heldOffBefore() bool {
	an := false // عن seen between: تراجع عن استقالته
	for j := c.i - 1; j >= 0 && j >= c.i-8; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		w := bare(trimWaw(c.word(j)))
		if w == "علي" || isCauseOrTimePrep(w) {
			return false
		}
		an = an || w == "عن"
		if isTakeBack(w) && !an {
			continue // وسط تراجع شعبيته قدم استقالته: a fall, not تراجع عن
		}
		if hasAnyPrefix(w, "علق", "يعلق", "تعلق", "سيعلق", "ستعلق", "تعليق", "تريث", "يتريث", "تتريث", "تراجع", "يتراجع", "تتراجع",
			"ارجا", "يرجي", "ترجي", "ارجاء", "تاجيل", "يوجل", "توجل", "جمد", "يجمد", "تجمد", "تجميد") || postponedAt(c, j) {
			return true
		}
	}
	return false
}

// postponedAt reports the perfect of أجّل at token j (أجل، أجلت، أجلوا،
// أجلا, with و): not a prefix, which إجلاء (an evacuation) and الأجل
// (a term) share, and not the noun of من أجل (for the sake of).
func postponedAt(c context, j int) bool {
	if !isAny(trimWaw(c.word(j)), "اجل", "اجلت", "اجلوا", "اجلا") {
		return false
	}
	return j == 0 || trimWaw(c.word(j-1)) != "من"
}

// isTakeBack reports تراجع (bare, with its tense prefixes): taking back
// with عن (تراجع عن استقالته), a fall without it (تراجع الأسعار).
func isTakeBack(w string) bool {
	return hasAnyPrefix(w, "تراجع", "يتراجع", "تتراجع", "سيتراجع", "ستتراجع")
}

// isCauseOrTimePrep reports a bare preposition of time, cause or topic
// that opens a phrase of its own between a verb and its object (بعد،
// إثر، بسبب، حول).
func isCauseOrTimePrep(w string) bool {
	return isAny(w, "بعد", "اثر", "عقب", "قبل", "بسبب", "رغم", "منذ", "حول", "بشان", "جراء")
}

// suspended reports the bare words a suspension stops (علق العمل،
// تعليق العضوية، علقت الشركة رحلاتها).
func suspended(b string) bool {
	return hasAnyPrefix(b, "استقال", "عمل", "عضوي", "مشارك", "دراس", "رحلات", "مفاوض", "محادث", "دعم", "تعاون", "انشط", "نشاط", "صلا", "حوار",
		"اتفاق", "مساعد", "خدم", "تمويل", "علاقات", "امدادات", "تصدير", "استيراد", "بث",
		// a protest one calls off (تعليق الاحتجاجات، علقت النقابة الإضراب)
		"احتجاج", "اضراب", "اعتصام", "تظاهر", "مظاهر", "مسير", "حراك",
		// a market's trading halted (علقت السوق التداول على السهم)
		"تداول")
}

// isMarchWord reports the words (bare) that make a march one of
// protesters when they follow it: سلمية، حاشدة، احتجاجية، ليلية، العودة
// (the Gaza marches of return), جماهيرية، مليونية، غاضبة.
func isMarchWord(w string) bool {
	return hasAnyPrefix(w, "سلمي", "حاشد", "احتجاج", "ليلي", "جماهيري", "مليوني", "غاضب", "شعبي", "تضامني", "عوده", "راجل")
}

// isMotiveAct reports a folded word of an act done in protest that is
// no protest itself: a resignation, a withdrawal, a boycott, an envoy
// recalled or summoned (استقال، استقالته، انسحب، انسحابه، قاطعت،
// مقاطعة، استدعى، استدعاء، سحبت سفيرها). Boycotting and withdrawing an
// envoy are matched by their forms, not by their stems as prefixes,
// which also begin a crossroads (تقاطع) and video clips (مقاطع فيديو);
// bare قاطع and سحب are not matched here: they are also an adjective
// ("categorical": رفض قاطع) and a noun ("clouds": سحب الدخان), and
// motiveActAt reads them by the words around them.
func isMotiveAct(w string) bool {
	if isAny(w, "قاطعوا", "سحبوا") {
		return true
	}
	return hasAnyPrefix(w, "استقال", "يستقيل", "تستقيل", "انسحب", "انسحاب", "ينسحب", "تنسحب", "قاطعت", "مقاطعه", "مقاطعت", "يقاطع",
		"استدع", "يستدع", "تستدع", "سحبت", "يسحب", "تسحب")
}

// motiveActAt reports token j as an act done in protest (isMotiveAct).
// Bare قاطع is the verb "boycotted" when a definite noun follows it
// (قاطع الحزب الانتخابات), or another noun and و, ف or قد comes before it
// or nothing of its clause does (وقاطع نواب المعارضة الجلسة); after a
// noun it qualifies, before a preposition or the clause's end, it is
// "categorical" (رفض قاطع، بشكل قاطع، دليل قاطع على). Bare سحب is a
// withdrawal, by verb or noun, when one of the next two words is what a
// state or a party withdraws (سحب سفيره، سحب المغرب قواته، سحب الثقة،
// سحب ترشيحه); otherwise it is clouds (سحب الدخان، سحب كثيفة).
func (c context) motiveActAt(j int) bool {
	w := c.word(j)
	b := trimWaw(w)
	switch {
	case b == "قاطع" || w == "فقاطع":
		next := c.word(j + 1)
		if strings.HasPrefix(next, "ال") {
			return true
		}
		if next == "" || strings.HasPrefix(next, "لل") || isAny(next, "علي", "من", "في", "لكل", "لما", "لاي", "له", "لها", "لهم", "لهذا", "لهذه") {
			return false // رفض واضح وقاطع لما ورد، بشكل قاطع.
		}
		prev := c.word(j - 1)
		return w != b || w == "فقاطع" || prev == "" || isAny(prev, "قد", "لقد", "وقد")
	case b == "سحب" || w == "فسحب":
		for k := j + 1; k <= j+2; k++ {
			if bareOr(c.word(k), isWithdrawnThing) {
				return true
			}
		}
		return false
	}
	return isMotiveAct(b)
}

// IsPreposition reports a folded preposition standing as a word of its
// own (في، عن، على، مع، خلال، بعد، منذ، بشأن …).
func IsPreposition(w string) bool { return isPreposition(w) }

// isPreposition reports a preposition or an adverb of place or time
// standing alone (folded): في، عن، على، عبر، وسط، بعد.
func isPreposition(w string) bool {
	return isAny(w, "في", "عن", "علي", "الي", "من", "مع", "عبر", "حول", "خلال", "وسط", "بين", "بعد", "قبل", "عقب", "اثر", "منذ",
		"حتي", "لدي", "عند", "دون", "بدون", "ضد", "نحو", "بشان", "حيال", "ازاء", "تجاه")
}

// isWithdrawnThing reports what a state or a party withdraws in protest
// (bare): its envoy or mission, troops, a candidacy, recognition,
// confidence, membership.
func isWithdrawnThing(b string) bool {
	return hasAnyPrefix(b, "سفير", "سفرا", "بعث", "ممثل", "مندوب", "دبلوماسي", "قنصل", "وفد", "قوات", "جنود", "ترشيح",
		"مرشح", "اعتراف", "ثقه", "عضوي", "مشارك")
}

// isStrikeOrSitIn reports a strike or a sit-in (folded) with the
// proclitics it may carry: و, then the article or ب/ل with or without it
// (الإضراب، بإضراب، للإضراب، بالاعتصام، لاعتصام).
func isStrikeOrSitIn(w string) bool {
	w = trimWaw(w)
	for _, p := range [...]string{"", "بال", "لل", "ال", "ب", "ل"} {
		if r, ok := strings.CutPrefix(w, p); ok && hasAnyPrefix(r, "اضراب", "اعتصام") {
			return true
		}
	}
	return false
}

// isProtestWord reports the words (bare) of protest near a march:
// متظاهرين، المحتجون، احتجاجا، تظاهرات، هتف، شعارات، منددين.
func isProtestWord(w string) bool {
	return hasAnyPrefix(w, "متظاهر", "محتج", "احتجاج", "تظاهر", "مظاهر", "هتف", "هتاف", "شعارات", "لافتات", "منددين", "تنديد", "اعتصام", "معتصم")
}

// isWeekday reports a day of the week (bare): موكب الأحد، مسيرة الجمعة.
func isWeekday(w string) bool {
	return isAny(w, "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت")
}

// pardon reports a pardon granted (checkPardon): the verb عفا with عن in
// its clause, its subject between (عفا الرئيس عن مئة سجين), but not عفا
// الله عنه (God forgave); the noun with عن after it, a ruler's adjective
// (عفو ملكي، عفوا رئاسيا، العفو الأميري) or a verb that grants it before
// it (أصدر الملك عفوا، شملهم العفو، بموجب عفو). Not the word of
// politeness (عفوا، لم أقصد), منظمة العفو الدولية, nor a law of amnesty
// (قانون العفو العام: a decision's topic).
func (c context) pardon(pos POS, prev, next string) bool {
	if isAny(next, "الله", "الدوليه", "دوليه") || isAny(trimWaw(prev), "منظمه", "قانون", "مشروع", "الله") {
		return false
	}
	if pos != Noun {
		return c.inClause(8, func(w string) bool {
			return isAny(w, "عن", "عنه", "عنها", "عنهم", "عنهما", "عنهن")
		})
	}
	if isAny(next, "عن", "عنه", "عنها", "عنهم", "عنهما", "عنهن") {
		return true
	}
	b := strings.TrimSuffix(bare(next), "ا")
	if isAny(b, "ملكي", "رياسي", "اميري", "سلطاني", "شامل", "عام", "خاص") {
		return true
	}
	p := trimWaw(prev)
	return hasAnyPrefix(p, "اصدر", "صدر", "شمل", "منح") || isAny(p, "بموجب", "مرسوم", "قرار")
}

// officeStems are offices one is chosen or named for (folded), as their
// accusative reads without its ا: رئيسا، أمينا، وليا (للعهد)، سفيرا.
var officeStems = []string{"رييس", "امين", "ولي", "نايب", "مدير", "سفير", "محافظ", "وزير", "قايد", "مستشار",
	"ممثل", "مبعوث", "متحدث", "ناطق", "عضو", "حاكم", "مفتي", "عميد", "قنصل", "مندوب", "خليفه", "مرشح"}

// isOfficeAccusative reports an office in the accusative (folded): the
// masculine with its ا, or the feminine in ة (رئيسة، folded رييسه)
// with ا or none.
func isOfficeAccusative(w string) bool {
	if s, ok := strings.CutSuffix(w, "ه"); ok {
		return isAny(s, officeStems...) // رئيسةً, its tanween unwritten
	}
	s, ok := strings.CutSuffix(w, "ا")
	if !ok {
		return false
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "ت"), "ه")
	return isAny(s, officeStems...)
}

// isSuspicionWord reports a charge or a suspicion (folded) that a
// detention gives as its cause: بتهمة، بتهم، للاشتباه، بشبهة.
func isSuspicionWord(w string) bool {
	return isAny(trimWaw(w), "بتهمه", "بتهم", "للاشتباه", "بشبهه", "بشبهات", "لاتهامه", "لاتهامهم", "بجريمه", "بجرايم")
}

// countedPersons reports, among the next n tokens of the clause, a
// number (in digits or words) right before a noun of persons that a
// detention counts and that is seldom the subject after a count: أمراء،
// وزراء، مسؤولين، ضباط، رجال أعمال، موظفين.
func (c context) countedPersons(n int) bool {
	last := min(c.i+1+n, len(c.t.Tokens))
	for j := c.i + 1; j < last; j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if _, next, ok := Number(c.t, j, last); ok && next < last {
			b := strings.TrimPrefix(c.word(next), "ال") // its و is the word's (وزراء)
			if hasAnyPrefix(b, "امير", "امرا", "وزير", "وزرا", "مسوول", "ضابط", "ضباط", "رجال", "موظف", "عضو", "اعضا", "نواب", "قاضي", "قضاه") {
				return true
			}
			if countedNisba(c.word(next)) {
				return true
			}
			j = next - 1
		}
	}
	return false
}

// donatedInKind reports a donation of goods counted after its ب (تبرعت
// الشركة بـ 24 حافلة، تبرع المصنع بعشر سيارات إسعاف، بـ 500 سرير): the verb
// or noun of تبرع, a count with the ب, in the clause within ten words (the
// donor's name first), and a thing after it; not persons counted (بـ 30 متطوعا) nor a share (بـ 20
// في المئة).
func (c context) donatedInKind() bool {
	if !strings.Contains(c.word(c.i), "تبرع") {
		return false
	}
	last := min(c.i+11, len(c.t.Tokens))
	for j := c.i + 1; j < last; j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		w := c.word(j)
		next := -1
		switch {
		case w == "ب":
			// بـ 24 حافلة: the ب alone, the count in digits after it
			if n, e, ok := Number(c.t, j+1, last+2); ok && n >= 2 {
				next = e
			}
		case strings.HasPrefix(w, "ب") && numbers().units[w[len("ب"):]] >= 2:
			next = j + 1 // بعشر سيارات
		}
		if next < 0 || next >= len(c.t.Tokens) || c.t.Tokens[next].Kind != normalize.ArabicWord {
			continue
		}
		thing := c.word(next)
		return !hasAnyPrefix(thing, "شخص", "اشخاص", "متطوع", "مواطن", "فرد", "افراد", "عامل", "طبيب", "اطبا", "في", "بالميه", "بالمايه", "من")
	}
	return false
}

// countedNisba reports a nisba standing as a noun of persons after a
// count, without the article: the accusative singular in يا or the
// plural in يين (أوقفت الشرطة 12 مصريا، 40 سوريا، ثلاثة يمنيين), a stem
// of three letters at least; not the broken plurals in ايا (قضايا،
// ضحايا، سرايا: cases, victims, companies).
func countedNisba(w string) bool {
	if strings.HasPrefix(w, "ال") {
		return false
	}
	for _, suf := range []string{"يين", "يا"} {
		if s, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(s) >= 3 && !strings.HasSuffix(s, "ا") {
			return true
		}
	}
	return false
}

// offDuty reports عن العمل (or عن مهامه، عن ممارسة) in the clause after
// token c.i: suspended from duty, not detained.
func (c context) offDuty() bool {
	for j := c.i + 1; j+1 < len(c.t.Tokens) && j <= c.i+14; j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if c.word(j) == "عن" && hasAnyPrefix(c.word(j+1), "العمل", "عمل", "مهام", "ممارس", "مزاول", "الدراس", "التدريس", "اللعب") {
			return true
		}
	}
	return false
}

// isOpenedFacility reports a bare folded noun of a facility one opens
// (checkOpened): a centre, a hospital, a clinic, a school, a road, a
// bridge, a factory, an office, a mission, a border crossing (منفذ), a
// stadium, a refinery, an institute or a bank's branch. heh says whether
// the word is written with a final ه (the pronoun), which folding makes
// alike with ة.
func isOpenedFacility(b string, heh func() bool) bool {
	for _, f := range openedFacilities {
		if rest, ok := strings.CutPrefix(b, f); ok {
			// The noun with a case, number or pronoun ending (مركزا،
			// مستشفيين، مقرها، مقره), not another word it begins
			// (المقرر، المركزي، المصرفي; طريقة "a way", whose ة folds
			// to the ه of طريقه "his road"; مكتبة, a library, is listed
			// of its own).
			switch rest {
			case "", "ا", "ان", "ين", "ات", "ها", "هم":
				return true
			case "ه":
				return heh()
			}
		}
	}
	return false
}

// openedFacilities are the folded nouns isOpenedFacility reads.
var openedFacilities = []string{"مركز", "مراكز", "مستشفي", "مستشفيات", "مستوصف", "عياده", "عيادات", "مدرسه", "مدارس", "مكتبه",
	"طريق", "جسر", "جسور", "مصنع", "مصانع", "محطه", "محطات", "مكتب", "مقر", "فرع", "سفاره", "قنصليه", "معبر",
	"مطار", "ميناء", "مخيم", "مشروع", "مشاريع", "مختبر", "جامعه", "مسجد", "متحف", "منفذ", "منافذ", "ملعب", "ملاعب",
	"مصفاه", "معهد", "مصرف",
	// the Egyptian press's road or bridge over the Nile (افتتح الرئيس محور روض الفرج، كوبري
	// الجلاء) and a tunnel
	"محور", "كوبري", "نفق",
	// a power or rail link (دشن الرئيسان الربط الكهربائي بين البلدين)
	"ربط"}

// isCarrying reports a word of a vehicle carrying a load (تحمل، يحمل،
// محملة، حاملة، تقل) or على متنها (w and the word after it, folded).
func isCarrying(w, next string) bool {
	switch w {
	case "تحمل", "يحمل", "تحملان", "محمله", "محملا", "محملين", "محملات", "حامله", "تنقل", "تقل":
		return true
	case "علي", "وعلي":
		return strings.HasPrefix(next, "متن")
	}
	return false
}

// forComment reports للتعليق or لطلب/للحصول على تعليق within eight
// words from j, in the clause: a call a newsroom made for comment.
func (c context) forComment(j int) bool {
	for k := j; k < j+8 && k < len(c.t.Tokens); k++ {
		if c.t.Tokens[k].Kind == normalize.Punct {
			return false
		}
		switch w := c.word(k); w {
		case "للتعليق", "لتعليق", "للاستيضاح":
			return true
		case "لطلب", "للحصول", "لاخذ":
			next := c.word(k + 1)
			if next == "علي" {
				next = c.word(k + 2) // للحصول على تعليق
			}
			return isAny(next, "تعليق", "تعليقه", "تعليقها", "تعليقات", "رد", "رده", "ردها", "التعليق")
		}
	}
	return false
}

// vehicleLead reads once the words before the vehicle at c.i
// (checkCarried): letIn, a word of letting in or entering among the four
// before it in its clause, a count or the subject between (دخول 46 شاحنة،
// إدخال شاحنات، دخلت عشر شاحنات، أدخلت السلطات شاحنتين), that no word of
// blocking keeps out (blockedAt); convoy, a convoy among the three before
// it, marks or not (قافلة من ١٥ شاحنة: the convoy's trucks).
func (c context) vehicleLead() (letIn, convoy bool) {
	read := false // letIn is read: an entering word or a mark was met
	for j := c.i - 1; j >= 0 && j >= c.i-4; j-- {
		w := bare(c.word(j))
		if j >= c.i-3 && (w == "قافله" || w == "قوافل") {
			return false, true
		}
		if read {
			continue
		}
		switch w {
		case "دخول", "ادخال", "دخلت", "دخل", "ادخلت", "ادخل", "تدخل", "يدخل":
			letIn, read = !c.blockedAt(j), true
		default:
			read = c.t.Tokens[j].Kind == normalize.Punct
		}
	}
	return letIn, false
}

// blockedAt reports a verb or noun of blocking or refusing among the
// six words before token j, in its clause (منعت قوات الاحتلال أمس دخول
// 20 شاحنة، رفضت الحكومة إدخال شاحنات): what is let in was kept out.
func (c context) blockedAt(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if c.t.Tokens[k].Kind == normalize.Punct {
			return false
		}
		if isBlockWord(bare(c.word(k))) {
			return true
		}
	}
	return false
}

// isBlockWord reports the bare folded words of blocking (IsPreventWord)
// or refusing.
func isBlockWord(w string) bool {
	if IsPreventWord(w) {
		return true
	}
	switch w {
	case "رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "عرقل", "عرقلت", "عرقله", "تعرقل", "يعرقل", "اوقف", "اوقفت", "حظر", "حظرت":
		return true
	}
	return false
}

// IsPreventWord reports the folded forms of منع (prevent) that keep what
// follows from taking place: the root package's irrealis words and
// blockedAt's share them.
func IsPreventWord(w string) bool {
	switch w {
	case "منع", "لمنع", "بمنع", "منعت", "منعوا", "منعه", "لمنعه", "بمنعه", "منعها", "لمنعها", "بمنعها", "يمنع", "تمنع":
		return true
	}
	return false
}

// searchRaid reports a raid (داهم، مداهمة، مداهمات) told as a search for
// people, the way arrests are made: homes raided (داهمت الشرطة منازل،
// مداهمة منزل المشتبه به), a search for someone (بحثا عن), a campaign
// of raids (حملة مداهمات) or raids joined to arrests (مداهمات واعتقالات).
// A raid that meets fighting (اشتباك، تبادل لإطلاق النار، مقتل) is an
// assault whatever its target (داهمت القوات منزلا تحصن فيه مسلحون
// واشتبكت معهم), and so is one by gunmen or settlers (داهم مستوطنون
// منازل القرية), who arrest no one.
func (c context) searchRaid() bool {
	if c.nearInSentenceAt(12, 16, func(j int) bool {
		w := bare(c.word(j))
		if !hasAnyPrefix(w, "اشتباك", "اشتبك", "تبادل", "مقتل", "قتل", "تحصن", "اسفرت", "اسفر") {
			return false
		}
		// منزل المشتبه به في قتل الشاب، المطلوب بتهمة قتل: the killing
		// the one sought is suspected of, no fighting in the raid.
		return !isAny(c.word(j-1), "في", "بتهمه")
	}) {
		return false
	}
	if isAny(bare(c.word(c.i-1)), "حمله", "حملات") {
		return true
	}
	if c.arrestedInRaid() {
		return true
	}
	if c.irregularRaiders() {
		return false
	}
	search, object := false, true
	for j := c.i + 1; j < len(c.t.Tokens) && j <= c.i+12; j++ {
		if endsSentence(c.t, j) {
			break
		}
		w := bare(c.word(j))
		if isAny(c.word(j), "في", "علي", "الي", "عن", "ضد") {
			object = false // the raided place comes before any preposition (داهمت الشرطة التركية منزله في …)
		}
		if object && j <= c.i+6 && hasAnyPrefix(w, "منازل", "منزل", "بيوت", "مساكن", "مسكن", "شقه", "شقق") {
			return true
		}
		if isAny(w, "اعتقالات", "اعتقال", "توقيفات", "بحثا") && (w != "بحثا" || c.word(j+1) == "عن") {
			search = true
		}
	}
	return search
}

// arrestedInRaid reports a raid noun after في or خلال that tells how an
// arrest named in the six words before it, in its clause, was made
// (اعتقال سبعة مشتبه بهم في مداهمات نفذتها قوات الأمن، ألقت القبض على
// المتهمين خلال مداهمات): the arrest's raid, not an assault.
func (c context) arrestedInRaid() bool {
	if c.i < 2 || !isAny(trimWaw(c.word(c.i-1)), "في", "خلال", "اثناء") {
		return false
	}
	for j := c.i - 2; j >= 0 && j >= c.i-7; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if hasAnyPrefix(bare(trimWaw(c.word(j))), "اعتقال", "اعتقل", "توقيف", "اوقف", "القبض") {
			return true
		}
	}
	return false
}

// irregularRaiders reports gunmen, settlers, masked or unknown men, a
// gang or thieves as the subject right after the raid at c.i (داهم
// مستوطنون منازل القرية، داهمت مجموعة مسلحة منزلا، داهم عشرات
// المستوطنين): those who raid are no force that arrests; an assault. Only
// the subject: a force's raid on a gang's den or the armed forces' raid
// (داهمت الشرطة وكر عصابة، داهمت القوات المسلحة منازل) stay a search.
func (c context) irregularRaiders() bool {
	s := c.i + 1
	if isAny(bare(c.word(s)), "عدد", "مجموعه", "عشرات", "ميات") {
		s++
		if c.word(s) == "من" {
			s++
		}
	}
	return hasAnyPrefix(bare(c.word(s)), "مسلح", "مستوطن", "مجهول", "ملثم", "عصابه", "عصابات", "لصوص", "ارهابي")
}

// isAidGoods reports whether the bare folded word b, before the bare
// word next, names the goods of aid, as what a vehicle carries
// (checkCarried: طائرة تحمل أدوية، شاحنات محملة بالخيام) or a shipment
// holds (checkShipment: شحنة لقاحات، شحنة من الأدوية): aid, relief,
// medicine, vaccines, tents, blankets; supplies (إمدادات، مستلزمات، مواد)
// only with a word of relief, health, shelter or food after them
// (إمدادات طبية، مستلزمات إيواء، مواد إغاثية), not military or building
// ones (إمدادات عسكرية، مواد متفجرة). Food (أغذية، المواد الغذائية) is
// aid goods when food counts: a shipment of it is aid, a truck carrying
// it may be trade (the one difference between the two readers).
func isAidGoods(b, next string, food bool) bool {
	switch b {
	case "مساعدات", "مساعده", "اغاثه", "اغاثيه", "معونات", "ادويه", "لقاحات", "لقاح", "خيام", "بطانيات":
		return true
	case "اغذيه":
		return food
	case "امدادات", "مستلزمات", "مواد":
		switch next {
		case "طبيه", "انسانيه", "اغاثيه", "اغاثه", "ايواء":
			return true
		case "غذاييه":
			return food || b != "مواد"
		}
	}
	return false
}

// isAidNoun reports the bare folded nouns of aid that are triggers of
// their own (مساعدات، معونات، إغاثة), not goods given.
func isAidNoun(b string) bool {
	switch b {
	case "مساعدات", "مساعده", "معونات", "اغاثه", "اغاثيه":
		return true
	}
	return false
}

// reliefMeansAt reports relief named at token j: aid goods (isAidGoods,
// not food alone nor the nouns of aid, which are triggers of their own), or teams, aircraft or vehicles named by the rescue,
// firefighting, relief or medical work they are for (فرق إنقاذ، طائرتان
// لإطفاء الحرائق، فريق طبي، مروحيات إطفاء).
func (c context) reliefMeansAt(j int) bool {
	w, next := carriedBare(c.word(j)), carriedBare(c.word(j+1))
	if isAidGoods(w, next, false) {
		// (not a noun of aid itself, مساعدات أرسلتها الأمم المتحدة: that
		// noun is the event; nor food alone, which a name holds too:
		// برنامج الأغذية العالمي)
		return !isAidNoun(w)
	}
	if !hasAnyPrefix(w, "فرق", "فريق", "طاير", "مروحي", "صهاريج", "سيارات") {
		return false
	}
	next = strings.TrimPrefix(strings.TrimPrefix(next, "ل"), "ال")
	if hasAnyPrefix(w, "طاير") && isAny(next, "اغاثه", "اغاثيه", "مساعدات") {
		return false // طائرات إغاثة: a trigger of its own (إرسال طائرات إغاثة)
	}
	return isAny(next, "انقاذ", "اطفاء", "اغاثه", "اغاثيه", "طبيه", "طبي", "اسعاف", "اسعافيه", "دفاع")
}

// pastQuantity returns the token after a quantity beginning at token j,
// a count with or without its unit and the من after it (500 ألف جرعة
// من، 20 طنا من، عشرة أطنان من), or j when no count begins there.
func (c context) pastQuantity(j int) int {
	_, k, ok := Number(c.t, j, len(c.t.Tokens))
	if !ok {
		return j
	}
	if isQuantityUnit(bare(c.word(k))) {
		k++
	}
	if c.word(k) == "من" {
		k++
	}
	return k
}

// isQuantityUnit reports a bare folded unit of goods counted (a tonne, a
// dose, a carton, a parcel): طن، أطنان، جرعة، طرد.
func isQuantityUnit(b string) bool {
	switch b {
	case "طن", "طنا", "اطنان", "جرعه", "جرعات", "كرتونه", "كراتين", "طرد", "طرود", "طردا", "سله", "سلال", "لتر", "لترا", "كيلوغرام", "كيلوغراما":
		return true
	}
	return false
}

// carriedBare is the folded word w without ب or و and the article
// (بالأدوية: ادويه), as isAidGoods reads it.
func carriedBare(w string) string {
	return strings.TrimPrefix(bare(strings.TrimPrefix(w, "ب")), "ال")
}

// isFacilityAdjective reports a bare folded adjective of a facility's
// noun (مركزي، المصرفية: central, banking) that isOpenedFacility's
// prefixes would take for the noun.
func isFacilityAdjective(b string) bool {
	switch b {
	case "مركزي", "مركزيه", "مصرفي", "مصرفيه":
		return true
	}
	return false
}

// approximate reports نحو at token j before a number in digits or words
// (عاد نحو 900 لاجئ، نحو ألف: about, not toward).
func approximate(t *normalize.Text, j int) bool {
	if j+1 >= len(t.Tokens) {
		return false
	}
	if _, _, ok := Number(t, j+1, j+2); ok {
		return true // نحو 900، نحو خمسين
	}
	// A scale word alone (نحو ألف، نحو آلاف، نحو مليون: isCountWord) or a
	// vague count (نحو مئات، نحو عشرات).
	tok := t.Tokens[j+1]
	w := foldWord(t.Norm[tok.Start:tok.End])
	return isCountWord(w) || w == "ميات" || w == "عشرات"
}

// returnees reports refugees or displaced people as the subject right
// after the verb at c.i, behind a count at most (عاد نحو 700 لاجئ سوري،
// عاد آلاف النازحين، يعود اللاجئون): they go home. A refugee word
// further on is no subject: وعاد وزير شؤون اللاجئين إلى عمان (the
// minister of their affairs), عاد الملك بعد أن زار مخيم اللاجئين.
func (c context) returnees() bool {
	return c.refugeesBefore() || c.refugeesAfter()
}

// refugeesBefore reports refugees or displaced people as the subject
// told before the verb at c.i, after a count or at its clause's start
// (إن 4120 لاجئا سوريا مسجلين لديها عادوا، آلاف اللاجئين يعبرون).
func (c context) refugeesBefore() bool {
	// The subject before the verb (إن 4120 لاجئا سوريا مسجلين لديها
	// عادوا): a refugee word after a count or at its clause's start.
	for j := c.i - 1; j >= c.i-5 && j > 0; j-- {
		if c.t.Tokens[j].Kind == normalize.Punct {
			break
		}
		if IsPeopleNoun(bare(c.word(j)), PeopleDisplaced) {
			p := c.word(j - 1)
			return c.t.Tokens[j-1].Kind == normalize.Number || c.t.Tokens[j-1].Kind == normalize.Punct ||
				isCountWord(p) || isCountWord(bare(p)) || isAny(bare(p), "ميات", "عشرات", "الاف") || isAny(p, "ان", "وان")
		}
	}
	return false
}

// refugeesAfter reports refugees or displaced people as the subject
// right after the verb or noun at c.i, behind a count at most (عاد نحو
// 700 لاجئ سوري، عبور آلاف النازحين).
func (c context) refugeesAfter() bool {
	for j := c.i + 1; j <= c.i+6 && j < len(c.t.Tokens); j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if c.t.Tokens[j].Kind == normalize.Number {
			continue
		}
		w := c.word(j)
		if IsPeopleNoun(bare(w), PeopleDisplaced) {
			return true
		}
		// آلاف، الآلاف (bare would take ال off آلاف itself), مئات، نحو.
		if !isCountWord(w) && !isCountWord(bare(w)) && !isAny(bare(w), "ميات", "عشرات", "الاف", "نحو", "قرابه", "حوالي", "زهاء", "اكثر", "من", "ما", "يقارب", "يزيد", "عن") {
			return false
		}
	}
	return false
}

// isReliefBodyWord reports a bare folded word that names a relief body
// after من (جمعية الهلال الأحمر، الصليب الأحمر، برنامج الأغذية، مركز الملك
// سلمان للإغاثة، اليونيسف، المفوضية).
func isReliefBodyWord(b string) bool {
	switch b {
	case "هلال", "صليب", "اغاثه", "اغذيه", "يونيسف", "مفوضيه", "اونروا":
		return true
	}
	return false
}

// isCellWord reports a bare word of a cell, a network or a gang (what
// the security services break up: خلية، شبكة، عصابة).
func isCellWord(b string) bool {
	return isAny(b, "خليه", "خلايا", "شبكه", "شبكات", "عصابه", "عصابات")
}

// sportsBody reports a body at token j whose name, in the three words
// after it, is a sport's or a games' (للاتحاد العربي لكرة القدم، لاتحاد
// الألعاب الآسيوية): a دورة of it is a tournament's edition, no session.
// The general assembly of such a federation (الدورة 69 للجمعية العمومية
// للاتحاد الدولي لكرة القدم) is read before it: its body comes first; an
// Olympic committee's session (الدورة 134 للجنة الأولمبية الدولية) is one.
func (c context) sportsBody(j int) bool {
	for k := j; k <= j+3 && k < len(c.t.Tokens); k++ {
		if c.t.Tokens[k].Kind == normalize.Punct {
			return false
		}
		w := strings.TrimPrefix(strings.TrimPrefix(c.word(k), "ل"), "ل")
		if isSportsWord(w) || isSportsWord(bare(w)) {
			return true
		}
	}
	return false
}

// isSportsWord reports a folded word, without ل and the article, of a
// sport (كرة، ألعاب، رياضية، بطولة).
func isSportsWord(w string) bool {
	return hasAnyPrefix(w, "كره", "العاب", "رياضي", "بطوله", "بطولات")
}

// feminineVerb reports a trigger verb at token i in the feminine of the
// third person: the perfect with a final ت (تسلمت، استلمت), the imperfect
// with ت before its stem's ت or س (تتسلم، تستلم، ستتسلم).
func (c context) feminineVerb(pos POS) bool {
	w := c.word(c.i)
	for _, p := range []string{"و", "ف"} {
		if r, ok := strings.CutPrefix(w, p); ok && len(r) > len("تت") {
			w = r
		}
	}
	if pos == Perfect {
		return strings.HasSuffix(w, "ت")
	}
	w = strings.TrimPrefix(w, "س")
	return strings.HasPrefix(w, "تت") || strings.HasPrefix(w, "تست")
}

// isTrainingWord reports the bare adjectives of a course or a games'
// edition after دورة (تدريبية، تكوينية، تأهيلية، رياضية، أولمبية): no
// body's session, whatever body it is for.
func isTrainingWord(b string) bool {
	return hasAnyPrefix(b, "تدريب", "تكوين", "تاهيل", "تعليم", "رياضي", "اولمبي", "تثقيفي", "توعوي")
}

// PromisedAfter reports what the promise at token i (وعد، تعهد) is to
// do, told after it within its clause (only commas between, on its
// line) and twelve words: a ب-word (بسحب، بعدم، بالرد) or a complementizer (بأن، أن).
// A ب-word right after the bare وعد is the noun's name (وعد بلفور), no
// act (وعدت بالعمل has its subject in the verb). words are t's folded
// words (AppendWords), or nil; skip, if not nil, reports tokens passed
// over, the caller's names (تعهد الرئيس فلاديمير بوتين بالعمل: the ب
// of بوتين is the name's first letter). The trigger's check and the
// naba pipeline, which knows the names, read it alike.
func PromisedAfter(t *normalize.Text, words []string, i int, skip func(j int) bool) bool {
	c := context{t: t, words: words, i: i}
	for j := i + 1; j < len(t.Tokens) && j <= i+12; j++ {
		if strings.ContainsAny(t.Norm[t.Tokens[j-1].End:t.Tokens[j].Start], "\n\r\u2028\u2029") {
			return false // a title with no mark at its end (تعهد الرئيس فلان): the body's ب-word is no act of it
		}
		if skip != nil && skip(j) {
			continue
		}
		if t.Tokens[j].Kind == normalize.Punct && t.Norm[t.Tokens[j].Start:t.Tokens[j].End] != "," {
			return false
		}
		w := c.word(j)
		if isThatWord(w) {
			return true
		}
		if r, ok := strings.CutPrefix(w, "ب"); ok && long(r) {
			return j > i+1 || len(c.word(i)) > len("وعد") // وعدت بالعمل: the subject in the verb
		}
	}
	return false
}

// alighted reports حل (arrived, in Maghrebi and Gulf press) with the
// place it arrived in after ب within ten words of its clause, a subject
// and a time set off by commas between (وحل وزير الداخلية، مساء أمس،
// بمدينة وجدة; حل الوفد ضيفا على): not حل البرلمان (dissolved), حل محل
// (replaced), حل ثانيا، حل بالمركز الثالث (ranked), nor حل بهم (befell),
// nor the verbal noun inside a clause (تعمل على حل الأزمة بالحوار).
func (c context) alighted(prev, next string) bool {
	if isAny(prev, "ايجاد", "الي", "لايجاد", "عن") || bareOr(next, isBodyNoun) ||
		isAny(bare(next), "محل", "مكان", "اولا", "ثانيا", "ثالثا", "رابعا") || next == "وصيفا" {
		return false
	}
	if !c.clauseStart() && !isAny(prev, "قد", "وقد", "لقد", "ثم", "حيث", "كما", "عندما", "حين", "حينما", "لما", "بعدما", "فيما", "بينما",
		"الذي", "التي", "الذين", "كان", "وكان") && !(prev == "ان" && isAny(trimWaw(c.word(c.i-2)), "بعد", "منذ", "قبل")) {
		// يريد الرئيس فلان حل الأزمة في ليبيا بالحوار، تعزيز التعاون
		// وحل الخلافات، تعمل على حل الأزمة: the verbal noun (solving),
		// whose object follows it; the verb opens its clause or comes
		// after a particle (وكان الوزير قد حل بالمدينة، بعد أن حل).
		return false
	}
	for j := c.i + 1; j < len(c.t.Tokens) && j <= c.i+10; j++ {
		if tok := c.t.Tokens[j]; tok.Kind == normalize.Punct {
			if c.t.Norm[tok.Start:tok.End] != "," {
				return false
			}
			continue
		}
		w := trimWaw(c.word(j))
		if w == "ضيفا" {
			return true
		}
		if r, ok := strings.CutPrefix(w, "ب"); ok && long(r) {
			r = strings.TrimPrefix(r, "ال")
			return !hasAnyPrefix(r, "مركز", "مرتب", "ترتيب", "صدار", "ديل", "سبب", "عد", "ين", "شكل", "كل", "قرار", "تعادل")
		}
	}
	return false
}

// fieldHospital reports a field hospital as what the verb at c.i sets up
// (أقامت القوات المسلحة مستشفى ميدانيا بإمزورن، تقيم الهيئة مستشفيات
// ميدانية): the hospital within twelve words of its clause, ميداني among
// the three words after it (مستشفى طبيا جراحيا ميدانيا); not ميدانيا elsewhere in the sentence (أقامت القوات حواجز
// في الخليل وانتشرت ميدانيا).
func (c context) fieldHospital() bool {
	for j := c.i + 1; j+1 < len(c.t.Tokens) && j <= c.i+12; j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		if !isAny(trimWaw(c.word(j)), "مستشفي", "مستشفيات", "مستشفيين", "مستشفيان") {
			continue
		}
		for k := j + 1; k < len(c.t.Tokens) && k <= j+3 && c.t.Tokens[k].Kind != normalize.Punct; k++ {
			if strings.HasPrefix(c.word(k), "ميداني") {
				return true // مستشفى طبيا جراحيا ميدانيا: other adjectives between
			}
		}
	}
	return false
}

// toldThat reports أبلغ / يبلغ (informed) with its أن clause in the
// verb's own clause, within twelve words (أبلغ سلام مجلس الوزراء أنه تلقى
// اتصالا): not يبلغ "amounts to, is aged", folded alike, whose أن belongs
// to a later clause (ويبلغ الرئيس فلان من العمر 88 عاما، ويؤكد مقربون
// منه أن صحته جيدة).
func (c context) toldThat() bool {
	for j := c.i + 1; j < len(c.t.Tokens) && j <= c.i+12; j++ {
		if c.t.Tokens[j].Kind == normalize.Punct {
			return false
		}
		w := c.word(j)
		if isAny(w, "العمر", "عمر", "عمره", "عمرها") {
			return false
		}
		if isThatWord(w) {
			return true
		}
	}
	return false
}

// isSnatchedThing reports what is snatched but no person kidnapped: a
// win, a title, a place in a table, attention, a life (خطف الفوز، خطف
// اللقب، خطف الصدارة، خطف الأضواء، خطف الموت), or a vehicle hijacked
// (سفينة، طائرة، ناقلة).
func isSnatchedThing(w string) bool {
	switch w {
	case "فوز", "لقب", "صداره", "نقاط", "نقطه", "بطاقه", "ميداليه", "كاس", "تاهل", "هدف", "اضواء", "انظار", "اهتمام",
		"قلوب", "انفاس", "موت", "روح", "ارواح",
		"سفينه", "طايره", "ناقله", "باخره", "قارب", "مركب", "سفن", "طايرات":
		return true
	}
	return false
}

// isOfficeTask reports the verbal nouns of an office one is charged with
// after كلف ب (folded, without ب and the article): forming a government,
// running a ministry, the duties, the presidency, caretaking (تشكيل،
// تسيير، مهام، إدارة، رئاسة، تصريف، قيادة، حقيبة، منصب، تولي).
func isOfficeTask(w string) bool {
	return isPositionNoun(w) || hasAnyPrefix(w, "تشكيل", "تسيير", "اداره", "تصريف", "تولي", "مهمه")
}

// isCommandedUnit reports a military unit or area right after آمر (its
// commander): المنطقة، الفوج، الكتيبة، القاطع، الفرقة، السرية، القطاع،
// القاعدة، المعسكر، the indefinite لواء (a brigade; اللواء with the
// article is the rank of the one who orders), folded.
func isCommandedUnit(w string) bool {
	switch w {
	case "المنطقه", "منطقه", "الفوج", "فوج", "الكتيبه", "كتيبه", "القاطع", "قاطع", "الفرقه", "فرقه", "السريه", "سريه",
		"القطاع", "قطاع", "القاعده", "قاعده", "المعسكر", "معسكر", "لواء", "عمليات", "العمليات", "قوه", "القوه":
		return true
	}
	return false
}
