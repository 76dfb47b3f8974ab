package naba

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/normalize"
)

// Article structure. A scraped page is read line by line: each non-blank
// line is a block, classified by what it says (comment forms, buttons,
// related-story links, attribution) and where it stands (a ticker or the
// title before the body, teasers after it). Nothing is deleted: every
// block becomes a section with its offsets.

// pageLine is one non-blank line of the input.
type pageLine struct {
	start, end int // source span, trimmed of spaces and invisible marks
	// ntStart, ntEnd are the tokens of the line (indices into tx.Tokens).
	ntStart, ntEnd int
	fold           string // the line's Search-normalized text
	words          int
	kind           SectionKind
	role           string
}

// segmenter holds the state of one segmentation.
type segmenter struct {
	tx     *normalize.Text
	lines  []pageLine
	splits []Split
	repair bool      // run the loose glued-word repair in ticker lines
	glue   *glueMemo // remembers the repair's word splits, or nil
	// cut and more are the loose repair's cuts and splits in the ticker
	// lines read so far, not yet made (tickers makes them at the end):
	// the lines keep their tokens' indices meanwhile.
	cut  []glueCut
	more []Split
	// seen is the memory of duplicates' set of lines, or nil.
	seen map[string]bool
}

// lineKind markers used while classifying.
const (
	unclassified SectionKind = ""
	// tickerLine is one headline of a ticker written a headline per
	// line; consecutive ones make one Ticker section.
	tickerLine SectionKind = "ticker-line"
)

// segment splits the page into sections. It runs the loose glued-word
// repair inside ticker lines (remembering words in glue, if not nil), so
// it returns the updated splits too.
// Its lines are read into mem's memory, if mem is not nil.
func segment(tx *normalize.Text, splits []Split, repair bool, glue *glueMemo, mem *scratch) ([]Section, []Split) {
	sg := &segmenter{tx: tx, splits: splits, repair: repair, glue: glue}
	if mem != nil {
		sg.lines = mem.lines[:0]
		if mem.seenLines == nil {
			mem.seenLines = make(map[string]bool)
		}
		sg.seen = mem.seenLines
	}
	sg.readLines()
	sg.classify()
	secs := sg.sections()
	if mem != nil {
		clear(sg.lines) // drop the lines' strings
		mem.lines = sg.lines[:0]
	}
	return secs, sg.splits
}

// isSpace is unicode.IsSpace, which searches a table for every rune past
// Latin-1, with the Arabic letters answered at once: no space lies from
// U+0600 up to U+1680.
func isSpace(r rune) bool {
	if 0x600 <= r && r < 0x1680 {
		return false
	}
	return unicode.IsSpace(r)
}

// isInvisibleSpace reports whether r is trimmed from the ends of a line.
func isInvisibleSpace(r rune) bool {
	if 0x600 <= r && r < 0x1680 && r != 0x061C {
		return false // the Arabic letters: no space up to U+1680
	}
	return isSpace(r) || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F ||
		r == 0xFEFF || r == 0x061C || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x2060 || r == 0xAD
}

// nextLineEnd returns the offset in s of the first line end, a line feed
// or a carriage return not followed by one (the line ends of old Mac
// files: the page of a file that has no other is not one line), or
// len(s). A CR before an LF is trimmed with the line's spaces.
func nextLineEnd(s string) int {
	lf := strings.IndexByte(s, '\n')
	if lf < 0 {
		lf = len(s)
	}
	// The first CR before the first LF is a line end unless it is the CR
	// of a CR LF.
	if cr := strings.IndexByte(s[:lf], '\r'); cr >= 0 && (cr != lf-1 || lf == len(s)) {
		return cr
	}
	return lf
}

// lineBreaks counts the line ends of s (see nextLineEnd).
func lineBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); {
		k := nextLineEnd(s[i:])
		if k == len(s)-i {
			break
		}
		n++
		i += k + 1
	}
	return n
}

// readLines collects the non-blank lines with their tokens.
func (sg *segmenter) readLines() {
	src := sg.tx.Source
	toks := sg.tx.Tokens
	ti := 0
	// The lines come in order: a cursor maps them without a search each.
	spans := sg.tx.Cursor()
	cr := strings.IndexByte(src, '\r') >= 0 // else the lines end at LF alone
	for pos := 0; pos < len(src); {
		end := len(src)
		if cr {
			end = pos + nextLineEnd(src[pos:])
		} else if nl := strings.IndexByte(src[pos:], '\n'); nl >= 0 {
			end = pos + nl
		}
		s, e := pos, end
		for s < e {
			r, size := utf8.DecodeRuneInString(src[s:e])
			if !isInvisibleSpace(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(src[s:e])
			if !isInvisibleSpace(r) {
				break
			}
			e -= size
		}
		if e > s {
			ns, ne := spans.NormSpan(s, e)
			for ti < len(toks) && toks[ti].Start < ns {
				ti++
			}
			first, words := ti, 0
			for ; ti < len(toks) && toks[ti].Start < ne; ti++ {
				if k := toks[ti].Kind; k.IsWord() || k == normalize.Number {
					words++
				}
			}
			sg.lines = append(sg.lines, pageLine{start: s, end: e, ntStart: first, ntEnd: ti, fold: sg.tx.Norm[ns:ne], words: words})
		}
		pos = end + 1
	}
}

// Phrase lists are written in plain Arabic and folded once, on first use.
var pagePhrases = sync.OnceValue(func() map[string][]string {
	n := normalize.MustNew(normalize.Search)
	m := pagePhraseLists()
	for _, list := range m {
		for i, p := range list {
			list[i] = asciiLower(n.String(p))
		}
	}
	return m
})

// pageLists are the phrase lists furniture reads for every line, out of
// pagePhrases' map, and the length of the longest phrase it looks for at
// the start of a line (source, related, tags).
type pageLists struct {
	comment, footer, source, related, button, share, tags []string
	prefixLen                                             int
}

var thePageLists = sync.OnceValue(func() *pageLists {
	ph := pagePhrases()
	pl := &pageLists{comment: ph["comment"], footer: ph["footer"], source: ph["source"], related: ph["related"],
		button: ph["button"], share: ph["share"], tags: ph["tags"]}
	for _, list := range [][]string{pl.source, pl.related, pl.tags} {
		for _, p := range list {
			pl.prefixLen = max(pl.prefixLen, len(p))
		}
	}
	return pl
})

func pagePhraseLists() map[string][]string {
	return map[string][]string{
		"comment": {
			"اترك تعليقاً", "اترك تعليقا", "اترك رداً", "اترك ردا", "أضف تعليق", "أضف تعليقك", "اكتب تعليقك",
			"لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية مشار إليها", "الحقول المطلوبة",
			"إرسال التعليق", "أرسل التعليق", "نشر التعليق", "إلغاء الرد", "احفظ اسمي", "التعليقات مغلقة",
			"لا توجد تعليقات", "كن أول من يعلق", "كن أول من يعلّق", "عدد التعليقات",
		},
		// Buttons and navigation: a short line equal to or starting with one of these.
		"button": {
			"زر الذهاب إلى الأعلى", "الذهاب إلى الأعلى", "العودة إلى الأعلى", "إلى الأعلى", "اقرأ المزيد", "إقرأ المزيد",
			"المزيد", "عرض المزيد", "شارك", "شارك الخبر", "شارك المقال", "شارك هذا المقال", "شارك هذا الخبر", "مشاركة",
			"طباعة", "اطبع", "أرسل لصديق", "إرسال لصديق", "تابعنا", "تابعونا", "تابعونا على", "تابعنا على",
			"الرئيسية", "آخر الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "عاجل", "نسخ الرابط", "رابط مختصر",
			"حمل التطبيق", "حمّل التطبيق", "اشترك", "اشترك في النشرة", "النشرة البريدية", "التالي", "السابق",
			"الخبر التالي", "الخبر السابق", "المقال التالي", "المقال السابق",
		},
		// Share bars: a short line made only of these words.
		"share": {
			"فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "آب", "اب", "تيليجرام", "تلغرام", "تليجرام", "لينكدإن", "لينكد",
			"إن", "انستغرام", "إنستغرام", "انستجرام", "يوتيوب", "بريد", "البريد", "الإلكتروني", "طباعة", "شارك", "مشاركة",
			"نسخ", "الرابط", "على", "عبر", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email", "e-mail",
			"print", "share", "pinterest", "reddit", "messenger", "tumblr", "x",
		},
		// Footers: a line containing one of these.
		"footer": {"جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "©", "copyright", "all rights reserved"},
		// Related-story lines: a line starting with one of these.
		"related": {
			"اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "إقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد:", "للمزيد:", "للمزيد :",
			"شاهد أيضاً", "شاهد أيضا", "طالع أيضاً", "طالع أيضا", "انظر أيضاً", "انظر أيضا", "مواضيع ذات صلة",
			"أخبار ذات صلة", "مقالات ذات صلة", "قد يهمك أيضاً", "قد يهمك أيضا", "قد يهمك", "ذات صلة", "read more", "related",
		},
		// Source lines: a line starting with one of these.
		"source": {"المصدر:", "المصدر :", "المصادر:", "مصدر الخبر:", "المصدر -", "المصدر –", "source:"},
		// Tag lists: a line starting with one of these, or a tail of the
		// last paragraph after its final stop.
		"tags": {"سمات", "الوسوم:", "الوسوم", "وسوم:", "كلمات مفتاحية:", "كلمات مفتاحية", "الكلمات الدالة:", "tags:"},
		// A line that dates the page.
		"dateline": {"نشر في", "نُشر في", "تاريخ النشر", "آخر تحديث", "بتاريخ", "تم النشر"},
	}
}

func hasAnyPrefix(s string, list []string) string {
	for _, p := range list {
		// The phrase's last byte first: most phrases fail there, without
		// a call to compare the bytes before it.
		if n := len(p); n <= len(s) && (n == 0 || s[n-1] == p[n-1]) && s[:n] == p {
			return p
		}
	}
	return ""
}

func containsAny(s string, list []string) bool {
	for _, p := range list {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// furniture classifies a line that is page furniture by what it says, or
// returns "".
func (sg *segmenter) furniture(ln *pageLine) (SectionKind, string) {
	ph := thePageLists()
	f := ln.fold
	if ln.words > 40 {
		// Long lines can only match by their first words.
		f = f[:runeBoundary(f, 300)]
	}
	key := ln.words <= 24 && sg.hasFurnitureWord(ln)
	if !key && ln.words > 8 {
		// Only the prefix lists are read: lower the line's head alone.
		f = f[:min(len(f), ph.prefixLen)]
	}
	f = asciiLower(f)
	switch {
	case key && containsAny(f, ph.comment):
		return Boilerplate, RoleComment
	case key && ln.words <= 16 && containsAny(f, ph.footer):
		return Boilerplate, "footer"
	case hasAnyPrefix(f, ph.source) != "" && ln.words <= 25:
		return Source, ""
	case hasAnyPrefix(f, ph.related) != "":
		return Boilerplate, RoleRelated
	}
	if src := sg.tx.Source[ln.start:ln.end]; isMenu(src) && !(ln.words <= 8 && hasNumericDate(src)) {
		// (نشر في: 12/09/2018، السبت 2018/9/15: a date line, not a menu.)
		return Boilerplate, RoleButton
	}
	if ln.words <= 8 {
		bare := strings.Trim(f, " .:|-•·/\\>»«\"'")
		for _, p := range ph.button {
			if bare == p || ln.words <= 4 && len(bare) > len(p) && bare[len(p)] == ' ' && strings.HasPrefix(bare, p) {
				return Boilerplate, RoleButton
			}
		}
		if ln.words > 0 && allWordsIn(sg.tx, ln, ph.share) {
			return Boilerplate, RoleButton
		}
	}
	if p := hasAnyPrefix(f, ph.tags); p != "" && ln.words <= 30 && (p != "سمات" || ln.words >= 2) {
		return Boilerplate, RoleTags
	}
	return unclassified, ""
}

// furnitureWords are the words one of which every comment-form and
// footer phrase contains (Search-folded, lower case).
var furnitureWords = setOf(`تعليقا تعليق تعليقك التعليق التعليقات ردا الرد رد بريدك الالزاميه المطلوبه اسمي يعلق محفوظه copyright rights ©`)

// furnitureFilter passes every word of furnitureWords and few others, so
// that most words of a line are not looked up in the map.
var furnitureFilter = newWordFilter(furnitureWords)

// A wordFilter has a bit for the length and last byte of each word of a
// set: a word whose bit is not set is not in the set.
type wordFilter [4]uint64

func newWordFilter(set map[string]bool) (f wordFilter) {
	for w := range set {
		if w != "" {
			b := filterBit(w)
			f[b>>6] |= 1 << (b & 63)
		}
	}
	return f
}

func filterBit(w string) uint { return (uint(len(w))*37 + uint(w[len(w)-1])) & 255 }

// may reports whether w may be in the set.
func (f *wordFilter) may(w string) bool {
	if w == "" {
		return true
	}
	b := filterBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// hasFurnitureWord reports whether the line has a word of furnitureWords.
func (sg *segmenter) hasFurnitureWord(ln *pageLine) bool {
	for k := ln.ntStart; k < ln.ntEnd; k++ {
		tok := sg.tx.Tokens[k]
		if tok.Kind == normalize.Punct {
			continue
		}
		w := sg.tx.Norm[tok.Start:tok.End]
		if w[0] < utf8.RuneSelf {
			w = asciiLower(w)
		}
		if furnitureFilter.may(w) && furnitureWords[w] {
			return true
		}
	}
	return false
}

// hasBullet reports whether s holds a bullet character.
func hasBullet(s string) bool {
	// Every bullet is U+00B7 or in U+2000–U+2FFF: lead byte C2 or E2.
	// Arabic text has neither, so search for each (strings.IndexByte)
	// rather than read byte by byte.
	for _, lead := range [...]byte{0xC2, 0xE2} {
		for i := 0; i < len(s); i++ {
			j := strings.IndexByte(s[i:], lead)
			if j < 0 {
				break
			}
			i += j
			if r, _ := utf8.DecodeRuneInString(s[i:]); isBullet(r) {
				return true
			}
		}
	}
	return false
}

// isMenu reports whether a line is a menu or a breadcrumb trail: three or
// more short items between | or › » > separators (أخبار | رياضة | اقتصاد،
// الرئيسية » أخبار » سوريا).
func isMenu(line string) bool {
	for _, sep := range [...]string{"|", "»", "›", ">", "/"} {
		if strings.Count(line, sep) < 2 {
			continue
		}
		short := true
		for rest := line; short; {
			item, after, found := strings.Cut(rest, sep)
			if n := countFields(item, 4); n == 0 || n > 3 {
				short = false
			}
			if !found {
				break
			}
			rest = after
		}
		if short {
			return true
		}
	}
	return false
}

// countFields returns len(strings.Fields(s)), counting at most max fields.
func countFields(s string, max int) int {
	n := 0
	inField := false
	for _, r := range s {
		if isSpace(r) {
			inField = false
			continue
		}
		if !inField {
			inField = true
			if n++; n == max {
				return n
			}
		}
	}
	return n
}

// allWordsIn reports whether every word of the line is in list.
func allWordsIn(tx *normalize.Text, ln *pageLine, list []string) bool {
	for k := ln.ntStart; k < ln.ntEnd; k++ {
		tok := tx.Tokens[k]
		if !tok.Kind.IsWord() {
			if tok.Kind == normalize.Punct || tok.Kind == normalize.Symbol {
				continue
			}
			return false
		}
		w := asciiLower(tx.Norm[tok.Start:tok.End])
		found := false
		for _, p := range list {
			if w == p {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// classify labels every line.
func (sg *segmenter) classify() {
	lines := sg.lines
	for i := range lines {
		lines[i].kind, lines[i].role = sg.furniture(&lines[i])
	}
	sg.tickerBlock()
	sg.tickers()
	// Body: the rest.
	firstBody := -1
	for i := range lines {
		ln := &lines[i]
		if ln.kind != unclassified {
			continue
		}
		ln.kind = Paragraph
		if firstBody < 0 {
			firstBody = i
		}
	}
	sg.bylineAndDates(firstBody)
	sg.duplicates()
	sg.teasers()
	sg.relatedBlocks()
	sg.subheadings()
}

// tickers finds the lines of glued headlines, and the title. The loose
// glued-word repair of the candidate lines cuts their tokens once, after
// the last line.
func (sg *segmenter) tickers() {
	lines := sg.lines
	titleSeen := false
	for i := range lines {
		ln := &lines[i]
		if ln.kind != unclassified {
			continue
		}
		if sg.isTicker(ln, titleSeen) {
			ln.kind = Ticker
			continue
		}
		if !titleSeen {
			// The first content line is the title when it is short and
			// more content follows.
			titleSeen = true
			if ln.words <= 40 && sg.moreContent(i+1) {
				ln.kind = Title
				continue
			}
		}
	}
	if len(sg.cut) > 0 {
		// The lines come in order, so cut and more are in order too.
		sg.tx.Tokens = cutTokens(sg.tx.Tokens, sg.cut)
		sg.splits = mergeSplits(sg.splits, sg.more)
		sg.cut, sg.more = nil, nil
		sg.reindexTokens()
	}
}

// relatedBlocks extends a bare related-stories header (مواضيع ذات صلة،
// اقرأ أيضاً) to the short headline lines under it.
func (sg *segmenter) relatedBlocks() {
	ph := pagePhrases()
	for i := 0; i < len(sg.lines); i++ {
		ln := &sg.lines[i]
		if ln.kind != Boilerplate || ln.role != RoleRelated || ln.words > 4 {
			continue
		}
		if p := hasAnyPrefix(asciiLower(ln.fold), ph["related"]); p == "" || len(strings.Fields(p)) < ln.words {
			continue // a header followed by its story on the same line
		}
		for k := i + 1; k < len(sg.lines); k++ {
			next := &sg.lines[k]
			if next.kind != Paragraph || next.words > 20 || strings.HasSuffix(next.fold, ".") {
				break
			}
			next.kind, next.role = Boilerplate, RoleRelated
		}
	}
}

// moreContent reports whether a line from i on is not furniture.
func (sg *segmenter) moreContent(i int) bool {
	for ; i < len(sg.lines); i++ {
		if sg.lines[i].kind == unclassified {
			return true
		}
	}
	return false
}

// bullets separate headlines in some tickers.
func isBullet(r rune) bool {
	switch r {
	case '•', '·', '◄', '►', '▪', '■', '●', '★', '◆', '♦', '▶', '◀', '⬅', '➤':
		return true
	}
	return false
}

// headlineSeams counts, in a line, the places where one headline runs
// into the next: glued-word splits, bullets, and a stop glued to the next
// word (هي؟وثائق).
func (sg *segmenter) headlineSeams(ln *pageLine) int {
	n := sg.splitsIn(ln)
	src := sg.tx.Source[ln.start:ln.end]
	for i := 0; i < len(src); i++ {
		// Every bullet's UTF-8 begins with C2 or E2, which no other
		// byte of a character can be: the rest are not decoded.
		if c := src[i]; c == 0xC2 || c == 0xE2 {
			if r, _ := utf8.DecodeRuneInString(src[i:]); isBullet(r) {
				n++
			}
		}
	}
	n += len(gluedStops(src))
	return n
}

// splitsIn counts the glued-word splits inside a line, with those of
// the loose repair not yet made (more).
func (sg *segmenter) splitsIn(ln *pageLine) int {
	n := splitsBetween(sg.splits, ln.start, ln.end)
	if len(sg.more) > 0 {
		n += splitsBetween(sg.more, ln.start, ln.end)
	}
	return n
}

// splitsBetween counts the splits of a sorted list in [start, end).
func splitsBetween(splits []Split, start, end int) int {
	i := sort.Search(len(splits), func(k int) bool { return splits[k].At >= start })
	j := sort.Search(len(splits), func(k int) bool { return splits[k].At >= end })
	return j - i
}

// gluedStops returns the offsets in s just after a ? ! ؟ or . that is
// glued to a following letter, where a new headline starts.
func gluedStops(s string) []int {
	var at []int
	for i := 0; i < len(s); i++ {
		c := s[i]
		stop := c == '?' || c == '!' || c == '.'
		if !stop && c == 0xD8 && i+1 < len(s) && s[i+1] == 0x9F { // ؟
			stop = true
			i++
		}
		if !stop {
			continue
		}
		// Skip a run of stops (..).
		j := i + 1
		for j < len(s) && (s[j] == '.' || s[j] == '?' || s[j] == '!') {
			j++
		}
		if j < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(next) && !(c == '.' && next < utf8.RuneSelf) {
				at = append(at, j)
			}
		}
		i = j - 1
	}
	return at
}

// runeBoundary returns the largest rune boundary of s at or before n.
func runeBoundary(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// asciiLower lowers ASCII letters only (the phrase lists' Latin words),
// returning s itself when it has no capitals.
func asciiLower(s string) string {
	i := firstCapital(s)
	if i < 0 {
		return s
	}
	b := []byte(s)
	for k := i; k < len(b); k++ {
		if 'A' <= b[k] && b[k] <= 'Z' {
			b[k] += 'a' - 'A'
		}
	}
	return string(b)
}

// firstCapital returns the index of the first ASCII capital letter of s,
// or -1. It tests eight bytes at a time: the lines it reads are mostly
// Arabic, with no capital.
func firstCapital(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// Per byte b < 0x80: b+(0x80-'A') has its high bit set from 'A'
		// on, b+(0x80-'Z'-1) from past 'Z'; bytes ≥ 0x80 are no capital.
		low := x &^ highs
		if (low+(0x80-'A')*ones)&^(low+(0x80-'Z'-1)*ones)&^x&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return -1
}

// isTicker decides whether a line is a ticker of glued headlines. Lines
// that are candidates get the loose glued-word repair first.
func (sg *segmenter) isTicker(ln *pageLine, afterTitle bool) bool {
	if ln.words < 8 {
		return false
	}
	if sg.splitsIn(ln) == 0 && !hasBullet(ln.fold) && strings.HasSuffix(ln.fold, ".") {
		return false // an ordinary paragraph: no seam of any kind
	}
	seams := sg.headlineSeams(ln)
	if seams == 0 {
		return false
	}
	commas := strings.Count(ln.fold, ",")
	stops := strings.Count(ln.fold, ". ")
	if stops > seams || (afterTitle && commas >= seams) {
		return false
	}
	// Run the loose repair inside the line and count again. Its cuts are
	// made once, after the last line (tickers): the line's tokens are
	// read where they were.
	if sg.repair {
		n := len(sg.more)
		sg.cut, sg.more = findGlue(sg.tx, ln.ntStart, ln.ntEnd, glueLoose, sg.glue, sg.cut, sg.more)
		if len(sg.more) > n {
			seams = sg.headlineSeams(ln)
		}
	}
	need := 2
	if afterTitle {
		need = 3
	}
	return seams >= need
}

// tickerBlock finds a ticker written one headline per line at the top of
// the page: three or more short lines with no blank line between them
// and none ending in a full stop, then a blank line, then the title and
// the body. Without the block, its first line would pass for the title.
func (sg *segmenter) tickerBlock() {
	first := -1
	for i := range sg.lines {
		if sg.lines[i].kind == unclassified {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	src := sg.tx.Source
	end := first
	for end < len(sg.lines) {
		ln := &sg.lines[end]
		if ln.kind != unclassified || ln.words < 3 || ln.words > 20 || strings.HasSuffix(strings.TrimRight(src[ln.start:ln.end], " "), ".") {
			break
		}
		end++
		if end < len(sg.lines) && lineBreaks(src[ln.end:sg.lines[end].start]) > 1 {
			break // a blank line closes the block
		}
	}
	if end-first < 3 || end+1 >= len(sg.lines) || lineBreaks(src[sg.lines[end-1].end:sg.lines[end].start]) < 2 {
		return
	}
	// The title after the block is a line of its own, with the body
	// after a blank line.
	title := &sg.lines[end]
	if title.kind != unclassified || title.words > 40 || lineBreaks(src[title.end:sg.lines[end+1].start]) < 2 {
		return
	}
	for i := first; i < end; i++ {
		sg.lines[i].kind = tickerLine
	}
}

// reindexTokens recomputes every line's token range after tokens were
// split.
func (sg *segmenter) reindexTokens() {
	toks := sg.tx.Tokens
	ti := 0
	for i := range sg.lines {
		ln := &sg.lines[i]
		ns, ne := sg.tx.NormSpan(ln.start, ln.end)
		for ti < len(toks) && toks[ti].Start < ns {
			ti++
		}
		ln.ntStart = ti
		for ti < len(toks) && toks[ti].Start < ne {
			ti++
		}
		ln.ntEnd = ti
	}
}

// mergeSplits merges two sorted lists of splits.
func mergeSplits(a, b []Split) []Split {
	out := make([]Split, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i].At <= b[j].At {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// bylineAndDates finds, between the title and the first paragraph, short
// attribution lines ("عين اليوم – متابعات") and date lines.
func (sg *segmenter) bylineAndDates(firstBody int) {
	if firstBody < 0 {
		return
	}
	ph := pagePhrases()
	for i := firstBody; i < len(sg.lines) && i < firstBody+3; i++ {
		ln := &sg.lines[i]
		if ln.kind != Paragraph {
			continue
		}
		if i+1 >= len(sg.lines) || !sg.hasParagraphAfter(i) {
			return
		}
		src := sg.tx.Source[ln.start:ln.end]
		switch {
		case ln.words <= 12 && sg.datelineEnd(ln) >= ln.end, ln.words <= 8 && sg.placeByline(ln):
			// دمشق - سانا؛ الرياض 12 شوال … واس؛ بيروت: ثائر عباس؛ عدن –
			// الرياض، وكالات؛ القاهرة ـ «الحياة»: a line of its own.
			ln.kind = Dateline
		case ln.words <= 12 && hasAnyPrefix(ln.fold, ph["dateline"]) != "" || ln.words <= 7 && (sg.isDateOnly(ln) || hasNumericDate(src)):
			ln.kind = Dateline
		case ln.words <= 6 && !strings.ContainsAny(src, ".،,؟?!") && strings.ContainsAny(src, "–—-/|"):
			ln.kind = Source
		default:
			return
		}
	}
}

// placeByline reports a short line that opens with a place and a
// separator, then a reporter's or an outlet's name: بيروت: ثائر عباس،
// جدة – خالد الشهري، عدن – الرياض، وكالات، القاهرة ـ «الحياة» (the
// tatweel ـ is a dash there). The place must be a listed one.
func (sg *segmenter) placeByline(ln *pageLine) bool {
	src := sg.tx.Source[ln.start:ln.end]
	if strings.ContainsAny(src, ".؟?!") {
		return false
	}
	cut := strings.IndexAny(src, ":–—-ـ«")
	if cut <= 0 {
		return false
	}
	place := strings.TrimSpace(src[:cut])
	rest := strings.Trim(src[cut:], ":–—-ـ«»\"' ")
	if place == "" || rest == "" || strings.Count(place, " ") > 2 || strings.ContainsAny(place, "،,()") {
		return false
	}
	if bylineWords[fold.String(rest)] {
		return false // الرياض – متابعات: the paper's own byline, a source
	}
	for _, e := range gazetteer.Default().Lookup(place) {
		if e.Kind == gazetteer.Place && !e.Weak {
			return true
		}
	}
	return false
}

// bylineWords are what an outlet writes after its name when no reporter
// signs (Search-folded).
var bylineWords = setOf(`متابعات وكالات الوكالات خاص مراسلون متابعه`)

func (sg *segmenter) hasParagraphAfter(i int) bool {
	for k := i + 1; k < len(sg.lines); k++ {
		if sg.lines[k].kind == Paragraph {
			return true
		}
	}
	return false
}

// isDateOnly reports whether a short line is a date: a month name and a
// four-digit year among few words.
func (sg *segmenter) isDateOnly(ln *pageLine) bool {
	month, year := false, false
	for k := ln.ntStart; k < ln.ntEnd; k++ {
		tok := sg.tx.Tokens[k]
		w := sg.tx.Norm[tok.Start:tok.End]
		switch {
		case tok.Kind == normalize.Number && len(w) == 4:
			year = true
		case tok.Kind == normalize.ArabicWord && monthWords()[w]:
			month = true
		}
	}
	return month && year
}

// hasNumericDate reports whether s holds a numeric date with a four-digit
// year, day first or year first: 12/09/2018، 12-09-2018، 2018/9/15،
// ١٢/٠٩/٢٠١٨ (a date line's date).
func hasNumericDate(s string) bool {
	var runs [3]int // digit counts of the last three number runs
	n, seps := 0, 0 // digits in the current run; separators since the run before
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹':
			n++
			continue
		case n > 0 && (r == '/' || r == '-' || r == '.'):
			runs[0], runs[1], runs[2] = runs[1], runs[2], n
			n, seps = 0, 1
			if dateRuns(runs) {
				return true
			}
			continue
		}
		if n > 0 {
			runs[0], runs[1], runs[2] = runs[1], runs[2], n
			if seps == 1 && dateRuns(runs) {
				return true
			}
		}
		runs = [3]int{}
		n, seps = 0, 0
	}
	if n > 0 {
		runs[0], runs[1], runs[2] = runs[1], runs[2], n
		return seps == 1 && dateRuns(runs)
	}
	return false
}

// dateRuns reports whether three runs of digits make a date: d/m/yyyy or
// yyyy/m/d.
func dateRuns(r [3]int) bool {
	small := func(k int) bool { return k == 1 || k == 2 }
	return small(r[0]) && small(r[1]) && r[2] == 4 || r[0] == 4 && small(r[1]) && small(r[2])
}

// duplicates labels lines that repeat an earlier title or paragraph.
func (sg *segmenter) duplicates() {
	seen := sg.seen
	if seen == nil {
		seen = make(map[string]bool)
	}
	defer clear(seen) // the lines' text is the document's
	for i := range sg.lines {
		ln := &sg.lines[i]
		if ln.kind != Title && ln.kind != Paragraph {
			continue
		}
		if ln.words < 5 && !(ln.kind == Paragraph && ln.words >= 2 && seen[ln.fold]) {
			// Short lines repeat naturally (subheadings); only a repeat of
			// the title counts.
			if ln.kind == Title {
				seen[ln.fold] = true
			}
			continue
		}
		if seen[ln.fold] {
			ln.kind, ln.role = Boilerplate, RoleDuplicate
			continue
		}
		seen[ln.fold] = true
	}
}

// continuation reports whether a paragraph continues the story before it
// (وقال، كما، بدوره، من جانبه …) rather than opening a new one.
func continuation(fold string) bool {
	first, rest, _ := strings.Cut(fold, " ")
	first = strings.Trim(first, ",:")
	switch first {
	case "كما", "بدوره", "بدورها", "اما", "لكن", "الا", "ثم", "بينما", "فيما", "واضاف", "وقال":
		return true
	case "من", "في":
		second, _, _ := strings.Cut(rest, " ")
		second = strings.Trim(second, ",:")
		return first == "من" && (second == "جانبه" || second == "جانبها" || second == "جهته" || second == "جهتها") ||
			first == "في" && (second == "المقابل" || second == "السياق" || second == "الاثناء" || second == "غضون")
	}
	if strings.HasPrefix(first, "و") && len(first) >= 6 && !wNouns[first] {
		return true
	}
	return false
}

// wNouns begin with و without being a conjunction (Search-folded).
var wNouns = setOf(`وزير وزيره وزاره وزراء وكاله وفد وسائل واشنطن وحده وسط ولي ولايه وليد وائل وفاء وفق وقت وقف وضع وصول واقع وجود وراء`)

// teasers labels the trailing paragraphs that open other stories (CNN
// pages end with five teasers of other articles).
func (sg *segmenter) teasers() {
	cnn := false
	var most [64]int // the paragraphs of most pages, without an allocation
	body := most[:0]
	for i := range sg.lines {
		ln := &sg.lines[i]
		if ln.kind == Paragraph {
			body = append(body, i)
			if len(body) == 1 && strings.Contains(sg.tx.Source[ln.start:min(ln.end, ln.start+200)], "CNN") {
				cnn = true
			}
		}
	}
	if len(body) < 4 {
		return
	}
	run := 0
	ledes := 0
	for k := len(body) - 1; k >= 2; k-- {
		ln := &sg.lines[body[k]]
		if ln.words < 15 || continuation(ln.fold) {
			break
		}
		run++
		if hasLedeWeekday(sg.tx, ln) {
			ledes++
		}
	}
	if run < 2 || !cnn && ledes < run {
		return
	}
	for k := len(body) - run; k < len(body); k++ {
		ln := &sg.lines[body[k]]
		ln.kind, ln.role = Boilerplate, RoleRelated
	}
}

// hasLedeWeekday reports whether a weekday stands among the first words
// of a paragraph, set off by commas, as in a news lede ("أعلن الجيش،
// الأحد، …").
func hasLedeWeekday(tx *normalize.Text, ln *pageLine) bool {
	for k := ln.ntStart + 1; k < ln.ntEnd && k < ln.ntStart+16; k++ {
		w := tx.Norm[tx.Tokens[k].Start:tx.Tokens[k].End]
		if weekdayWords[w] {
			prev := tx.Norm[tx.Tokens[k-1].Start:tx.Tokens[k-1].End]
			return prev == "," || prev == "صباح" || prev == "مساء"
		}
	}
	return false
}

var weekdayWords = setOf(`السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه`)

// subheadings labels short headings between paragraphs.
func (sg *segmenter) subheadings() {
	for i := 1; i+1 < len(sg.lines); i++ {
		ln := &sg.lines[i]
		if ln.kind != Paragraph || ln.words > 8 || sg.lines[i-1].kind != Paragraph || sg.lines[i+1].kind != Paragraph {
			continue
		}
		text := sg.tx.Source[ln.start:ln.end]
		last, size := utf8.DecodeLastRuneInString(text)
		if strings.ContainsRune("\"»”'", last) && ln.words <= 5 && !strings.ContainsAny(text, ":.،,؟?!") &&
			strings.Count(text, string(last)) == 2-boolInt(last == '»') && strings.ContainsAny(text[:len(text)-size], "\"«“'") {
			// قانون التقشف و"الجدل": a heading that ends on a quoted word.
			ln.role = RoleSubheading
			continue
		}
		if strings.ContainsRune(".،,:;\"»”'", last) {
			continue
		}
		ln.role = RoleSubheading
	}
}

// sections turns the classified lines into sections: tickers with their
// headlines, datelines cut off the front of the first paragraph, tag
// lists cut off the end of the last.
func (sg *segmenter) sections() []Section {
	secs := make([]Section, 0, len(sg.lines)+16)
	firstBody := true
	lastPara := -1
	for i := range sg.lines {
		if sg.lines[i].kind == Paragraph {
			lastPara = i
		}
	}
	for i := range sg.lines {
		ln := &sg.lines[i]
		switch ln.kind {
		case tickerLine:
			if i == 0 || sg.lines[i-1].kind != tickerLine {
				secs = append(secs, Section{Kind: Ticker, Start: ln.start, End: ln.end, Parent: -1})
			}
			parent := len(secs) - 1
			for parent > 0 && secs[parent].Kind != Ticker {
				parent--
			}
			secs[parent].End = ln.end
			secs = append(secs, Section{Kind: Headline, Start: ln.start, End: ln.end, Parent: parent})
		case Ticker:
			parent := len(secs)
			secs = append(secs, Section{Kind: Ticker, Start: ln.start, End: ln.end, Parent: -1})
			for _, h := range sg.headlines(ln) {
				secs = append(secs, Section{Kind: Headline, Start: h[0], End: h[1], Parent: parent})
			}
		case Paragraph:
			start, end := ln.start, ln.end
			if firstBody && ln.role == "" {
				firstBody = false
				if dl := sg.datelineEnd(ln); dl > start {
					secs = append(secs, Section{Kind: Dateline, Start: start, End: dl, Parent: -1})
					start = skipSpaces(sg.tx.Source, dl, end)
				}
			}
			var tags int
			if i == lastPara {
				tags = sg.trailingTags(ln)
			}
			if tags > start {
				pe := trimSpacesBack(sg.tx.Source, start, tags)
				secs = append(secs, Section{Kind: Paragraph, Role: ln.role, Start: start, End: pe, Parent: -1})
				secs = append(secs, Section{Kind: Boilerplate, Role: RoleTags, Start: tags, End: end, Parent: -1})
				continue
			}
			if end > start {
				secs = append(secs, Section{Kind: Paragraph, Role: ln.role, Start: start, End: end, Parent: -1})
			}
		default:
			secs = append(secs, Section{Kind: ln.kind, Role: ln.role, Start: ln.start, End: ln.end, Parent: -1})
		}
	}
	return secs
}

func skipSpaces(s string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:end])
		if !isInvisibleSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimSpacesBack(s string, start, i int) int {
	for i > start {
		r, size := utf8.DecodeLastRuneInString(s[start:i])
		if !isInvisibleSpace(r) {
			break
		}
		i -= size
	}
	return i
}

// headlines cuts a ticker line into its headlines at its seams.
func (sg *segmenter) headlines(ln *pageLine) [][2]int {
	src := sg.tx.Source
	var cuts []int
	i := sort.Search(len(sg.splits), func(k int) bool { return sg.splits[k].At >= ln.start })
	for ; i < len(sg.splits) && sg.splits[i].At < ln.end; i++ {
		cuts = append(cuts, sg.splits[i].At)
	}
	for _, at := range gluedStops(src[ln.start:ln.end]) {
		cuts = append(cuts, ln.start+at)
	}
	for k, r := range src[ln.start:ln.end] {
		if isBullet(r) {
			cuts = append(cuts, ln.start+k)
		}
	}
	sort.Ints(cuts)
	var out [][2]int
	prev := ln.start
	add := func(s, e int) {
		// Trim spaces and bullets.
		for s < e {
			r, size := utf8.DecodeRuneInString(src[s:e])
			if !isInvisibleSpace(r) && !isBullet(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(src[s:e])
			if !isInvisibleSpace(r) && !isBullet(r) {
				break
			}
			e -= size
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
	}
	for _, c := range cuts {
		if c <= prev {
			continue
		}
		add(prev, c)
		prev = c
	}
	add(prev, ln.end)
	return out
}

// trailingTags returns the source offset where a tag list glued to the end
// of the last paragraph begins ("… فيها. سمات الحوثيون اليمن"), or 0.
func (sg *segmenter) trailingTags(ln *pageLine) int {
	toks := sg.tx.Tokens
	for k := ln.ntEnd - 1; k > ln.ntStart+1; k-- {
		w := sg.tx.Norm[toks[k].Start:toks[k].End]
		if w == "سمات" || w == "الوسوم" {
			prev := sg.tx.Norm[toks[k-1].Start:toks[k-1].End]
			if prev == "." || prev == "!" || prev == "?" {
				s, _ := sg.tx.SourceSpan(toks[k].Start, toks[k].End)
				return s
			}
		}
		if ln.ntEnd-k > 30 {
			break
		}
	}
	return 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
