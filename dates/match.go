package dates

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/dates/hijri"
)

// ckind is the kind of a parsed expression.
type ckind uint8

const (
	cAbs     ckind = iota // calendar fields, possibly partial (q: a quarter or half, season: a season)
	cRelDay               // days (or months, years: unit) from the reference (اليوم، أمس، منذ ثلاثة أيام، قبل شهرين)
	cRelUnit              // whole units from the reference (الشهر الماضي، العام المقبل)
	cWeekday              // a weekday, optionally anchored to a week
	cHoliday              // a named holiday
	cSpan                 // an interval of whole units counted from the reference (الأيام الثلاثة الماضية)
	cRest                 // the rest of a unit from the reference (بقية الأسبوع)
	cDecade               // a decade without its century (السبعينيات): off is 70
	cVague                // a vague expression
	cNth                  // an ordinal inside a period (nthKind, nth, base)
	cCentury              // a century: off is its number, or yearRel/yoff from the reference's
)

// A cand is a parsed expression before resolution.
type cand struct {
	i, j     int // tokens [i, j)
	startAt  int // text offset where the span starts (-1: the start of token i)
	kind     ckind
	cal      Calendar
	f        Fields // written fields in cal
	g        Fields // the Gregorian side of a dual date
	dual     bool
	grain    Grain
	dir      Direction
	off      int  // cRelDay: days; cRelUnit, cSpan: units
	unit     unit // cRelUnit, cSpan
	wd       int8 // weekday or -1
	weekAnch bool // the weekday is in the week weekOff from the reference's
	weekOff  int
	monthRel bool // the month is counted from the reference's (off months)
	yearRel  bool // the year is counted from the reference's (yoff years)
	moff     int
	yoff     int
	hol      int8
	part     Part
	hasYear  bool
	end      *cand // the end of a range
	hijriYr  bool  // the year was read as Hijri by its value alone
	gYear    bool  // a Hijri month with a Gregorian year (رمضان 2019): f.Year is Gregorian
	md       int16 // holNational: month*100 + day
	coming   bool  // after حلول، اقتراب: the coming (or current) occurrence
	anaphor  bool  // counted from the date before it (اليوم التالي، الشهر السابق), if any
	// needAnchor drops an anaphoric expression with no date before it
	// (في نفس اليوم).
	needAnchor bool
	nthKind    nthKind
	nth        int8  // cNth: 1–5 (days: 1–31), or nthLast
	base       *cand // cNth: the period the ordinal picks from; cRelDay: the date counted from (بعد يومين من عيد الفطر)
	nthAlt     int8  // a weekday with a small ordinal day: the nth weekday if the day is not that weekday
	q          int8  // cAbs: first month of a quarter, half or season …
	qlen       int8  // … and its length in months
	dayNoun    bool  // the span starts at the يوم NewsSpans keeps
	listHead   bool  // a day listed before another of its month (27 of في 27 و29 نيسان)
}

// yearless reports whether c is a day or a month of the calendar written
// without a year and not counted from the reference's (20 يونيو، في
// يوليو، 5 ربيع الأول, not العاشر من الشهر): the tense of its clause
// picks its year. Not a range.
func (c *cand) yearless() bool {
	return c.kind == cAbs && !c.hasYear && !c.yearRel && !c.monthRel && c.end == nil && c.f.Month != 0
}

func newCand(i, j int, k ckind) cand {
	return cand{i: i, j: j, startAt: -1, kind: k, wd: -1, cal: Gregorian}
}

// A matcher finds expressions in one segment of tokens.
type matcher struct {
	p  *Parser
	lx *lexicon
	ts []token
	sc *scanner // receives what is found (see scanner.emit)
	// dualDepth counts the dates of the other calendar withDual is
	// reading (core inside withDual): a date line may give a day in two
	// calendars, and a third at most; a longer chain (12 سبتمبر 2018 -
	// 02 محرم 1440 هـ - 12 سبتمبر 2018 - …) read anew from each of its
	// dates cost the square of its length.
	dualDepth int
	// dayDepth counts the words يوم core is reading a date after, one
	// inside the other: a text of يوم يوم يوم … read the rest of the
	// chain from each of its words, the square of its length.
	dayDepth int
}

func (m *matcher) tok(i int) *token {
	if i >= 0 && i < len(m.ts) {
		return &m.ts[i]
	}
	return nil
}

// word returns the lexicon entry of token i, or nil.
func (m *matcher) word(i int) *entry {
	if i >= 0 && i < len(m.ts) && m.ts[i].kind == tWord {
		return m.ts[i].e
	}
	return nil
}

func (m *matcher) has(i int, r role) bool {
	e := m.word(i)
	return e != nil && e.roles&r != 0
}

func (m *matcher) isPrep(i int, p prep) bool {
	e := m.word(i)
	return e != nil && e.roles&rPrep != 0 && e.prep == p
}

func (m *matcher) wa(i int) bool {
	t := m.tok(i)
	return t != nil && t.flags&fWa != 0
}

func (m *matcher) isPunct(i int, set string) bool {
	t := m.tok(i)
	return t != nil && t.kind == tPunct && strings.ContainsRune(set, t.p)
}

func (m *matcher) num(i int) int {
	if t := m.tok(i); t != nil {
		return t.num()
	}
	return -1
}

func (m *matcher) digits(i int) int {
	if t := m.tok(i); t != nil && t.kind == tNum {
		return int(t.nd[0])
	}
	return 0
}

// starters are the roles a match can begin with.
const starters = rGMonth | rHMonth | rMonthHead | rWeekday | rRelDay | rPartOfDay | rUnit | rDir | rCard | rOrd |
	rPrep | rYearWord | rMonthWord | rEdge | rHoliday | rRest | rDecade | rQuarter | rSeason | rLast | rWeekend | rCentury

// match finds the expressions of ts that start before limit, reports
// them, and returns the index of the first token not consumed at or
// after limit.
func (m *matcher) match(ts []token, limit int) int {
	m.ts = ts
	i := 0
	var c cand
	// listTense is the tense of a day listed before another (27 of في 27
	// و29 نيسان) while the next match may be that other day, which takes
	// it: the days of one list resolve alike (a cue twelve words back may
	// reach the first and not the second).
	listTense, listEnd := noTense, -1
	// futureEnd is the end of the last date of the segment (a sentence)
	// that is to come (أيار المقبل، الشهر المقبل, or a future clause's):
	// a year-less date soon after it with no tense of its own is to come
	// too (تبدأ الحملات مطلع الشهر المقبل وتستمر حتى 4 أيار).
	futureEnd := -1
	for i < limit {
		t := &ts[i]
		if !(t.kind == tNum || t.kind == tWord && t.e.roles&starters != 0) {
			i++
			continue
		}
		// A preposition starts a match only when a date word follows it
		// closely (most do not: من، في، إلى are everywhere).
		if t.kind == tWord && t.e.roles&(starters&^rPrep) == 0 && !m.dateish(i+1) && !m.dateish(i+2) {
			i++
			continue
		}
		var ok bool
		c, ok = m.expr(i)
		if !ok || c.j <= i {
			i++
			continue
		}
		if c.kind != cVague && c.kind != cSpan && c.i > 0 && m.ts[c.i-1].kind != tNum && !c.dayNoun {
			// Not over the يوم that NewsSpans adds: في وقت مبكر من يوم
			// الجمعة is marked يوم الجمعة, as it was الجمعة before (the
			// span style changes no Part).
			m.laterEarlier(&c)
		}
		tn := futureTense
		switch {
		case c.coming:
		case m.isPrep(c.i, pMundh):
			// منذ (since) looks back to a time that has come, whatever
			// the clause says of what follows: مغلق حتى الثلاثاء المقبل
			// بعد أن توقفت الرحلات منذ الجمعة is the last Friday.
			tn = pastTense
		case (c.i == listEnd || c.i == listEnd+1 && m.isPrep(listEnd, pWa)) && !c.listHead:
			tn = listTense
		default:
			tn = m.clauseTense(c.i, c.j)
			if tn == noTense && c.dir == NoDirection && (c.kind == cWeekday && !c.weekAnch || c.yearless()) {
				// قبل أن يغادر البلاد السبت: the clause of what he does
				// then has the time of the clause it depends on; بعد أن
				// غادر البلاد السبت, its own past. A day or a month
				// written without its year the same (قبل أن يغادر في 3
				// يوليو: the coming July 3 after a visit to come, the
				// last after one told in the past).
				if k, present := m.dependentClause(c.i); k >= 0 && present {
					tn = m.governingTense(k, futureEnd)
					if tn == pastTense && c.yearless() && m.isPrep(k, pQabl) {
						// عقدت البعثة اجتماعها أمس، قبل أن تسلم تقريرها
						// في 2 يوليو: what comes after an act told in the
						// past may still be to come, and a year back
						// would put it before that act; the date keeps
						// its own reading (the two-week rule).
						tn = noTense
					}
				} else if k >= 0 && m.isPrep(k, pBaad) {
					tn = pastTense
				}
			}
			if tn == noTense && c.kind == cWeekday && c.dir == NoDirection && m.dayAheadBefore(c.i) {
				tn = futureTense // النقابات تمضي في إضراب الأربعاء
			}
			if tn == noTense && c.dir == NoDirection && (c.kind == cWeekday && !c.weekAnch || c.yearless()) && m.forecastBefore(c.i) {
				tn = futureTense // توقعت الهيئة أن تنحسر العاصفة يوم الأربعاء
			}
			if tn == noTense && c.kind == cAbs && !c.hasYear && !c.yearRel && c.dir == NoDirection && c.i > 0 && m.lastWordIn(c.i-1, m.lx.byWords) {
				tn = futureTense // بحلول 23 آب: a deadline, the coming one
			}
			if tn == noTense && m.toComeBefore(&c) {
				tn = futureTense // الجولة المقبلة في سبتمبر، زيارة يقوم بها في يونيو
			}
		}
		if tn == noTense && futureEnd >= 0 && m.soonAfter(futureEnd, c.i) && !m.pastRelativeBetween(futureEnd, c.i) {
			tn = futureTense
		}
		listTense, listEnd = noTense, -1
		if c.listHead {
			listTense, listEnd = tn, c.j
		}
		if tn == futureTense || c.dir == Future || c.monthRel && c.moff > 0 || c.yearRel && c.yoff > 0 {
			futureEnd = c.j
		}
		n := len(m.sc.out)
		m.sc.emit(&c, tn)
		if futureEnd != c.j && m.comingFromReference(&c, n) {
			futureEnd = c.j // ويصل الوفد غدا، في 25 الشهر الجاري
		}
		i = c.j
	}
	m.ts = nil
	return i
}

// wordCount is how many words token t stands for: a gap holds the words
// between two date words, every other token is one.
func (t *token) wordCount() int {
	if t.kind == tGap {
		return int(t.words)
	}
	return 1
}

// comingFromReference reports whether candidate c, whose date (if it
// resolved) was emitted at index n of the output, is a day counted from
// the reference that comes after it, with no direction word to tell so:
// a relative day (غدا، بعد غد) or a day of the reference's month (في 25
// الشهر الجاري). It is a date to come as أيار المقبل is (futureEnd).
func (m *matcher) comingFromReference(c *cand, n int) bool {
	if n >= len(m.sc.out) || !m.sc.p.hasRef || c.anaphor || c.base != nil || c.end != nil {
		return false
	}
	if !(c.kind == cRelDay && c.off > 0 || c.kind == cAbs && c.monthRel && c.moff == 0 && c.f.Day != 0) {
		return false
	}
	d := &m.sc.out[n]
	return d.Resolved && !d.Range && hijri.DayNumber(d.First) > m.sc.p.ref
}

// soonAfter reports whether token i comes at most twelve words after
// token k ends, on the same line. It reads at most the thirteen tokens
// after k: a date long after the last one to come costs no more.
func (m *matcher) soonAfter(k, i int) bool {
	words := 0
	for ; k <= i; k++ {
		t := &m.ts[k]
		if t.flags&fNewline != 0 {
			return false
		}
		if k == i {
			break
		}
		words += t.wordCount()
		if words > 12 {
			return false
		}
	}
	return true
}

// pastRelativeBetween reports whether a relative clause whose verb is in
// the past opens after token k and before token i, the date, on its line
// and with no mark between it and the date: الذي/التي and a word that has
// no shape of a verb in the present or to come (الهجوم الذي استهدف
// السفارة، الحريق الذي اندلع، الطعون التي قدمت، الهجوم الذي تم تنفيذه:
// تم is the past of the passive, though it begins like a present; الشكوى
// التي تقدمت بها، الذين تظاهروا: pastOfT; الطلب الذي تقدم به: pastOfTWith). What such a clause tells
// has happened: a date in it is not to come because a date to come was
// told before it (ويبحث المجلس الأسبوع المقبل تداعيات الهجوم الذي استهدف
// السفارة في 2 يونيو). A clause in the present or to come (الذي يعقد،
// الذي سيعقد، التي من المقرر أن) is not one.
func (m *matcher) pastRelativeBetween(k, i int) bool {
	found := false
	next, after := "", ""
	m.wordsBack(i-1, func(w string, _, j int) bool {
		if j < k || m.ts[j].flags&fFuture != 0 {
			return false
		}
		if next != "" && m.foldIn(w, m.lx.relativeWords) {
			found = next != "#" && (m.foldEq(next, "تم") || m.foldEq(next, "تمت") ||
				utf8.RuneCountInString(next) >= 3 && (!m.presentVerb(next) || m.pastOfT(next) || m.pastOfTWith(next, after)) && !strings.HasPrefix(next, "س"))
			return false
		}
		next, after = w, next
		return true
	})
	return found
}

// laterEarlier extends c back over "في وقت لاحق/سابق/مبكر/متأخر (من)"
// or "لاحقا (في)" before it (في وقت سابق من هذا الشهر، في وقت لاحق اليوم،
// لاحقا في هذا الأسبوع): part of the expression, as the suites and
// TimeML read it. The value keeps the period, with Part set for
// early and late (like مطلع and أواخر).
func (m *matcher) laterEarlier(c *cand) {
	k := c.i - 1
	if m.ts[c.i].flags&fNewline != 0 {
		return
	}
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		if m.ts[k].flags&fNewline != 0 || m.ts[k].cut != m.ts[k].start {
			return
		}
		k--
	}
	t := m.tok(k)
	if t == nil || t.kind != tGap || t.flags&fLatin != 0 {
		return
	}
	s := m.sc.text[t.start:t.end]
	lastAt := lastWordStart(s)
	last := s[lastAt:]
	if r, _ := utf8.DecodeRuneInString(last); r != 'ل' && r != 'م' && r != 'س' {
		return // most words: none of لاحقا، لاحق، متأخر، مبكر، سابق
	}
	part := Whole
	start := t.start + lastAt
	switch {
	case m.foldEq(last, "لاحقا"):
		part = Late
	case m.foldEq(last, "لاحق") || m.foldEq(last, "متاخر") || m.foldEq(last, "مبكر") || m.foldEq(last, "سابق"):
		if lastAt == 0 {
			return
		}
		prevAt := lastWordStart(strings.TrimRight(s[:lastAt], " \t\u00a0"))
		if !m.foldEq(strings.TrimRight(s[prevAt:lastAt], " \t\u00a0"), "وقت") {
			return
		}
		start = t.start + prevAt
		switch {
		case m.foldEq(last, "مبكر"):
			part = Early
		case !m.foldEq(last, "سابق"):
			part = Late
		}
		if prevAt == 0 && m.isPrep(k-1, pFi) && t.flags&fNewline == 0 {
			k--
			start = m.ts[k].cut
		}
	default:
		return
	}
	c.i, c.startAt = k, start
	if c.part == Whole {
		c.part = part
	}
}

// thisDay parses (في) مثل هذا اليوم من عام 1990: the reference's day and
// month in that year, the way news recalls an anniversary.
func (m *matcher) thisDay(i int) (cand, bool) {
	k := i + 2
	if n := m.word(k); n != nil && n.roles&(rOrd|rCard|rFirstLast|rVagueQ|rLaterWord|rSame) != 0 {
		return cand{}, false // هذا اليوم الأخير
	}
	if !m.afterMithl(i) {
		return cand{}, false // هذا اليوم: اليوم alone is the date (as the suites mark it)
	}
	t := m.tok(i - 1)
	s := m.sc.text[t.start:t.end]
	at := lastWordStart(s)
	// في مثل هذا اليوم: a year must follow (من عام 1990، قبل عامين is
	// not read), and a reference gives the day
	kk := k
	if m.isPrep(kk, pMin) {
		kk++
	}
	if m.isPrep(k, pQabl) {
		// في مثل هذا اليوم قبل عامين
		if a, ok := m.agoAfter(k); ok {
			a.i, a.startAt = i, t.start+at
			return a, true
		}
	}
	y := 0
	j := kk
	if m.tok(kk) == nil {
		return cand{}, false
	} else if yc, ok := m.yearAlone(kk); ok && yc.kind == cAbs && yc.hasYear && yc.f.Month == 0 && yc.cal == Gregorian {
		y, j = yc.f.Year, yc.j
	} else if off, j2, ok := m.relYear(kk); ok && off != 0 && m.p.hasRef {
		y, j = refYear(m.p)+off, j2
	}
	if y == 0 || !m.p.hasRef {
		return cand{}, false
	}
	_, mo, d := ymd(m.p.ref)
	a := newCand(i, j, cAbs)
	a.startAt = t.start + at
	a.f = Fields{Year: y, Month: mo, Day: d}
	a.hasYear, a.grain = true, Day
	if !validDay(Gregorian, a.f) {
		return cand{}, false
	}
	return a, true
}

// oneWord reports whether token i is a word, or a gap of one word.
func (m *matcher) oneWord(i int) bool {
	t := m.tok(i)
	return t != nil && (t.kind == tWord || t.kind == tGap && t.words == 1)
}

// afterMithl reports whether the word before token i is مثل.
func (m *matcher) afterMithl(i int) bool {
	t := m.tok(i - 1)
	if t == nil || t.kind != tGap || t.flags&fLatin != 0 || m.ts[i].flags&fNewline != 0 {
		return false
	}
	s := m.sc.text[t.start:t.end]
	return m.foldEq(s[lastWordStart(s):], "مثل")
}

// lastWordStart returns where the last space-separated word of s starts.
func lastWordStart(s string) int {
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] == ' ' || s[k] == '\t' || s[k] == '\n' {
			return k + 1
		}
	}
	return 0
}

// dateWords are the roles that can carry a date after a preposition.
const dateWords = starters &^ rPrep

// dateish reports whether token i is a number or a word that can be part
// of a date.
func (m *matcher) dateish(i int) bool {
	t := m.tok(i)
	return t != nil && (t.kind == tNum || t.kind == tWord && t.e.roles&(dateWords|rApprox|rVagueQ) != 0)
}

// futureContext reports whether the clause around tokens [i, j) speaks
// of the future (see clauseTense).
func (m *matcher) futureContext(i, j int) bool {
	return m.clauseTense(i, j) == futureTense
}

// clauseTense reads the tense of the clause around tokens [i, j) from
// the nearest cue in the twelve words before, else in the three words
// after: a future verb or cue (سينعقد، سيزور، يعقد، من المقرر، يستعد،
// موعد) makes it futureTense; a past one (عقد، جرى، أقيم)
// pastTense, unless a new clause (أن، إن) begins between the cue and the
// date: in قال أمس إن الاجتماع في 7 سبتمبر, أمس is when it was said. A
// future cue before أن stays the date's (من المقرر أن يعقد).
func (m *matcher) clauseTense(i, j int) tense {
	words := 0
	for k := i - 1; k >= 0 && words < 12; k-- {
		t := &m.ts[k]
		if t.flags&fFuture != 0 || t.flags&fPostpone != 0 && m.toBetween(k, i) {
			return futureTense
		}
		if t.flags&fPast != 0 && !m.thatBetween(k, i) {
			return pastTense
		}
		words += t.wordCount()
		if t.flags&fNewline != 0 {
			break
		}
	}
	words = 0
	for k := j; k < len(m.ts) && words < 3; k++ {
		t := &m.ts[k]
		if t.flags&fNewline != 0 || t.kind == tPunct || m.firstWordIn(k, m.lx.thatWords) {
			break // أعلنت الأربعاء أنها ستطلق: the future is the clause's after أن
		}
		if t.flags&fFuture != 0 {
			return futureTense
		}
		if t.flags&fPast != 0 {
			return pastTense
		}
		words += t.wordCount()
	}
	return noTense
}

// dayAheadBefore reports whether the verb of a planned act (تبدأ، تمضي،
// تنطلق) comes in the six words before token i, on its line, with no
// clause (أن، إن) begun between.
func (m *matcher) dayAheadBefore(i int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < 6; k-- {
		t := &m.ts[k]
		if t.flags&fDayAhead != 0 && words+t.wordCount() <= 8 {
			return !m.thatBetween(k, i)
		}
		if t.kind == tPunct {
			return false
		}
		words += t.wordCount()
		if t.flags&fNewline != 0 {
			break
		}
	}
	return false
}

// toBetween reports whether إلى stands after token k and at or before
// token i: a postponement's date is the new one (أجلت القضية إلى جلسة 12
// أبريل) when it follows إلى.
func (m *matcher) toBetween(k, i int) bool {
	for k++; k <= i; k++ {
		if m.isPrep(k, pIla) {
			return true
		}
	}
	return false
}

// thatBetween reports whether a token after k and before i begins with
// أن، إن or the like: a clause starts there.
func (m *matcher) thatBetween(k, i int) bool {
	for k++; k < i; k++ {
		if m.firstWordIn(k, m.lx.thatWords) {
			return true
		}
	}
	return false
}

// expr parses the longest expression starting at token i.
func (m *matcher) expr(i int) (cand, bool) {
	e := m.word(i)
	if e != nil && e.roles&rPrep != 0 {
		switch e.prep {
		case pMin, pBayn, pYawmay:
			if c, ok := m.rangeFrom(i); ok {
				return c, true
			}
		case pMa:
			if m.isPrep(i+1, pBayn) {
				if c, ok := m.rangeFrom(i + 1); ok {
					c.i = i
					c.startAt = -1
					return c, true
				}
			}
			return cand{}, false
		case pMundh:
			// منذ عام 2014 is the year, منذ عام a count: the longer wins.
			ago, okAgo := m.agoAfter(i)
			if c, ok := m.core(i + 1); ok && (!okAgo || c.j > ago.j) {
				c.i = i
				c.startAt = m.ts[i].cut
				return m.continueRange(c), true
			}
			return ago, okAgo
		case pHatta:
			if c, ok := m.core(i + 1); ok && c.kind != cVague {
				c.i = i
				c.startAt = m.ts[i].cut
				return c, true
			}
			return cand{}, false
		case pQabl, pBaad:
			c, ok := m.agoAfter(i)
			if c2, ok2 := m.relDay(i); ok2 && (!ok || c2.j > c.j) {
				c, ok = c2, true
			}
			return c, ok
		case pFi, pKhilal, pTiwal:
			if c, ok := m.spanOrVague(i + 1); ok {
				if c.kind == cVague {
					// في الأيام الأخيرة من شهر يونيو: late June, not vague
					if d, ok := m.core(i + 1); ok && d.j > c.j {
						return d, true
					}
				}
				c.i = i
				c.startAt = m.ts[i].cut
				return c, true
			}
			return cand{}, false
		default:
			return cand{}, false
		}
	}
	c, ok := m.core(i)
	if !ok {
		return cand{}, false
	}
	c = m.withExplicitDay(c)
	c = m.continueRange(c)
	return c, true
}

// withExplicitDay joins a relative day or weekday to the date written
// right after it (الأحد المقبل 16 تموز، أمس الأحد 9 تموز، السبت الماضي
// الموافق 8 يوليو، الجمعة الماضي (7 تموز)): one expression, whose day is
// the written one.
func (m *matcher) withExplicitDay(c cand) cand {
	if c.end != nil || c.grain != Day || !(c.kind == cWeekday && !c.weekAnch || c.kind == cRelDay && c.base == nil && c.moff == 0 && c.off >= -2 && c.off <= 2 && !c.anaphor) {
		return c
	}
	k := c.j
	if m.isPunct(k, ",") {
		k++
	} else if m.has(k, rDualMark) {
		k++
		if m.wordIs(k, m.lx.lamWords) {
			k++ // السبت الماضي الموافق لـ 8 يوليو: the preposition apart
		}
	}
	paren := m.isPunct(k, "(")
	if paren {
		k++
	}
	t := m.tok(k)
	if t == nil || t.kind != tNum && !(t.kind == tWord && t.e.roles&rOrd != 0) {
		return c
	}
	d, ok := m.dayMonth(k)
	if !ok {
		d, ok = m.numeric(k)
	}
	if !ok || d.kind != cAbs || d.grain != Day || d.end != nil || d.f.Month == 0 && !d.monthRel || d.dual {
		return c
	}
	if paren {
		if !m.isPunct(d.j, ")") {
			return c
		}
		d.j++
	} else {
		// أمس السبت 15 صفر 1439هـ الموافق 4 نوفمبر 2017م: the written
		// date with its equivalent in the other calendar, one date
		d, _ = m.withDual(d, true)
	}
	d.i, d.startAt = c.i, c.startAt
	if c.wd >= 0 {
		d.wd = c.wd
	}
	if d.dir == NoDirection && !d.hasYear {
		d.dir = c.dir
		if c.kind == cRelDay {
			d.dir = dirOf(c.off)
		}
	}
	return d
}

// continueRange extends c into a range when a connector and a second
// date follow it (٢ أكتوبر إلى ٢٢ أكتوبر، اليوم حتى الغد، 28 حزيران - 3 تموز).
func (m *matcher) continueRange(c cand) cand {
	if c.kind == cVague || c.end != nil {
		return c
	}
	k := c.j
	switch {
	case m.isPrep(k, pHatta) || m.isPrep(k, pIla) || m.isPrep(k, pLighaya):
		k++
	case m.isPunct(k, "-"):
		k++
	default:
		return c
	}
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		k++
	}
	if m.word(k) != nil && m.word(k).roles&rUnit != 0 && m.word(k).unit == uDay && m.word(k).count == 1 && !m.word(k).def {
		k++ // يوم
	}
	end, ok := m.core(k)
	if !ok && (m.isPrep(k, pBaad) || m.isPrep(k, pQabl)) {
		end, ok = m.relDay(k)
	}
	if !ok && c.kind == cAbs && c.grain == Year && c.hasYear && c.q == 0 {
		// العام 2015-2016، عام 2011 حتى 2013: a bare year ends the range
		if t := m.tok(k); t != nil && t.kind == tNum && t.np == 1 && t.nd[0] == 4 && t.flags&fBadNum == 0 &&
			int(t.v[0]) > c.f.Year && int(t.v[0]) <= c.f.Year+100 && !m.followedByCount(k+1) && !m.firstWordIn(k+1, m.lx.amountWords) {
			end = newCand(k, k+1, cAbs)
			end.f.Year, end.hasYear, end.grain, end.cal = int(t.v[0]), true, Year, c.cal
			ok = true
		}
	}
	if !ok && c.kind == cAbs && c.grain == Month {
		if t := m.tok(k); t != nil && t.kind == tWord && t.e.roles&rGMonth != 0 && t.e.amb && c.cal == Gregorian {
			end, ok = m.monthFirst(k, true) // يناير إلى مارس
		}
	}
	if !ok || end.kind == cVague || end.kind == cSpan {
		return c
	}
	if !compatible(&c, &end) {
		return c
	}
	if end.kind == cAbs && end.grain == Year && (m.followedByCount(end.j) || m.firstWordIn(end.j, m.lx.amountWords)) {
		return c // ارتفع عام 2011 إلى 2013 دولارا: an amount
	}
	r := c
	e := end
	r.end = &e
	r.j = end.j
	return r
}

// compatible reports whether two expressions can be the ends of one range.
func compatible(a, b *cand) bool {
	if a.kind == cAbs && b.kind == cAbs {
		if a.grain != b.grain && !(a.grain == Day && b.grain == Day) {
			return false
		}
		return true
	}
	rel := func(c *cand) bool {
		return c.kind == cRelDay || c.kind == cWeekday || c.kind == cHoliday || c.kind == cAbs && c.grain == Day
	}
	return rel(a) && rel(b)
}

// core parses a single date expression (no range marker) at i.
func (m *matcher) core(i int) (cand, bool) {
	t := m.tok(i)
	if t == nil {
		return cand{}, false
	}
	if t.kind == tNum {
		if m.insideNumeric(i) {
			return cand{}, false
		}
		best, ok := m.numeric(i)
		if c, ok2 := m.dayMonth(i); ok2 && (!ok || c.j > best.j) {
			best, ok = c, true
		}
		if c, ok2 := m.yearAlone(i); ok2 && (!ok || c.j > best.j) {
			best, ok = c, true
		}
		if c, ok2 := m.countSpan(i); ok2 && (!ok || c.j > best.j) {
			best, ok = c, true
		}
		if c, ok2 := m.fromNow(i); ok2 && (!ok || c.j > best.j) {
			best, ok = c, true
		}
		if sep := m.numericSep(i + 1); sep != 0 && m.numericSep(i+3) == sep && (!ok || best.j < i+5) {
			// Three numbers written without spaces are read whole: when
			// they are no date, their first is not one alone either (the
			// 2017 of 2017/13/45 or 2017-02-30, the 2014-2015 of
			// 2014-2015-2016), as insideNumeric leaves the others.
			return cand{}, false
		}
		return m.withDual(best, ok)
	}
	if t.kind != tWord {
		return cand{}, false
	}
	e := t.e
	var best cand
	ok := false
	try := func(c cand, good bool) {
		if good && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	if e.roles&rPartOfDay != 0 {
		try(m.partOfDay(i))
	}
	if e.roles&rEdge != 0 {
		try(m.edgeOf(i))
	}
	if e.roles&rWeekday != 0 {
		if e.def {
			try(m.weekday(i))
		} else {
			try(m.weekdayOfWeek(i))
		}
	}
	if e.roles&(rOrd|rLast) != 0 || e.roles&rUnit != 0 && e.def && e.count == 1 && (e.unit == uWeek || e.unit == uDay) {
		try(m.nthOf(i))
	}
	if e.roles&rUnit != 0 && e.unit == uWeek && e.count == 1 && !e.def {
		try(m.weekOf(i))
	}
	if e.roles&rUnit != 0 && e.def && e.count == 0 || e.roles&rCard != 0 && e.num <= 31 {
		try(m.firstLastN(i))
	}
	if e.roles&(rOrd|rLast) != 0 {
		try(m.holidayDay(i))
	}
	if e.roles&rWeekend != 0 {
		try(m.weekend(i))
	}
	if e.roles&rRelDay != 0 || e.roles&rOrd != 0 && e.num == 1 {
		try(m.relDay(i))
	}
	if e.roles&(rUnit|rDir) != 0 {
		try(m.unitRel(i))
	}
	if e.roles&(rUnit|rCard) != 0 {
		try(m.fromNow(i))
	}
	if e.roles&(rHoliday|rUnit) != 0 {
		try(m.holiday(i))
	}
	if e.roles&(rCard|rOrd) != 0 {
		try(m.dayMonth(i))
		try(m.yearAlone(i))
	}
	if e.roles&(rGMonth|rHMonth|rMonthHead|rMonthWord) != 0 {
		try(m.monthFirst(i, m.monthContext(i)))
	}
	if e.roles&rDir != 0 && e.dir == Current {
		// هذا الثلاثاء، هذا يوم الجمعة: this week's
		k := i + 1
		if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def {
			k++
		}
		if w := m.word(k); w != nil && w.roles&rWeekday != 0 && w.def && !m.wa(k) {
			c := newCand(i, k+1, cWeekday)
			// هذا الجمعة: the coming one (today included), as Duckling and
			// Recognizers read it
			c.wd, c.grain, c.dir = w.weekday, Day, Current
			try(c, true)
		}
		if d := m.word(i + 1); d != nil && d.roles&rRelDay != 0 && d.rel == 0 && d.roles&rUnit != 0 && !m.wa(i+1) {
			try(m.thisDay(i))
		}
		if q := m.word(i + 1); q != nil && q.roles&rQuarter != 0 && q.num == 3 && !q.amb && !m.wa(i+1) {
			c := newCand(i, i+2, cRelUnit) // هذا الربع
			c.unit, c.dir, c.grain = uQuarter, Current, Month
			try(c, true)
		}
		// هذا أيار، هذا الصيف
		if c, good := m.monthFirst(i+1, true); good && c.f.Year == 0 && c.dir == NoDirection {
			c.i = i
			c.dir = Current
			try(c, true)
		}
		if c, good := m.season(i+1, true); good && c.f.Year == 0 && c.dir == NoDirection {
			c.i = i
			c.dir = Current
			try(c, true)
		}
	}
	if e.roles&rRest != 0 {
		try(m.rest(i))
	}
	if e.roles&rLast != 0 || e.roles&rOrd != 0 && e.num == 1 && !m.definite(i) {
		// أول الشهر، آخر الأسبوع المقبل، آخر العام: the unit with its part
		if u := m.word(i + 1); u != nil && u.roles&rUnit != 0 && u.def && u.count == 1 && !m.wa(i+1) &&
			(u.unit == uWeek || u.unit == uMonth || u.unit == uYear) && !m.isPrep(i+2, pMin) {
			off, j, ok := m.relUnitAt(i+1, u.unit)
			if !ok {
				off, j = 0, i+2
			}
			c := newCand(i, j, cRelUnit)
			c.unit, c.off, c.dir = u.unit, off, dirOf(off)
			c.anaphor = off != 0 && m.has(j-1, rLaterWord)
			if !ok {
				c.dir = NoDirection
			}
			c.grain = u.unit.grain()
			c.part = Early
			if e.roles&rLast != 0 {
				c.part = Late
			}
			try(c, true)
		}
	}
	if e.roles&rLast != 0 {
		// آخر يوم, ending the clause: the day before the reference
		if u := m.word(i + 1); u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def && !m.wa(i+1) && m.clauseEnds(i+2) {
			c := newCand(i, i+2, cRelDay)
			c.off, c.grain = -1, Day
			try(c, true)
		}
		// آخر 3 سنوات: the last units up to the reference
		if c, good := m.spanOrVague(i + 1); good && c.kind == cSpan && c.dir == NoDirection {
			c.i, c.dir = i, Past
			try(c, true)
		}
	}
	if e.roles&rDecade != 0 && (e.num != 0 || m.timePrep(i-1)) && !m.ageDecade(i) {
		// السبعينيات; الألفين only after في، منذ، مطلع …
		try(m.decade(i), true)
	}
	if e.roles&rCentury != 0 {
		try(m.century(i))
	}
	if e.roles&rQuarter != 0 {
		try(m.quarter(i))
	}
	if e.roles&rSeason != 0 {
		// A bare season after a preposition (في الصيف، خلال الصيف) is a
		// date in a clause about what is to come only: told of the past
		// it is vague (which summer?), and the annotations leave it out.
		try(m.season(i, m.timePrep(i-1) && m.futureContext(i, i+1)))
	}
	if e.roles&rYearWord != 0 {
		try(m.yearAlone(i))
	}
	if e.roles&rUnit != 0 && e.unit == uDay && e.count == 1 && !e.def {
		// يوم + a date: the word is in the span before a bare day number
		// (يوم 27) and a holiday; before a weekday or a day number and
		// month unless the Recognizers' spans are asked for (NewsSpans).
		var c cand
		good := false
		if m.dayDepth < maxDayDepth {
			m.dayDepth++
			c, good = m.core(i + 1)
			m.dayDepth--
		}
		if good && c.kind != cVague && c.kind != cSpan {
			if c.kind == cHoliday && !m.wa(i+1) {
				c.i, c.startAt = i, -1 // يوم عيد الفطر: the day of the holiday
			} else if m.p.opts.Spans == NewsSpans && c.i == i+1 && !m.wa(i+1) && (c.wd >= 0 || c.kind == cAbs && c.f.Day != 0) {
				c.i, c.startAt, c.dayNoun = i, -1, true // يوم الأحد المقبل، يوم 28 حزيران
			}
			try(c, true)
		} else if d := m.num(i + 1); d >= 1 && d <= 31 && m.digits(i+1) <= 2 && !m.followedByCount(i+2) {
			c := newCand(i, i+2, cAbs)
			c.f.Day = d
			c.grain = Day
			try(c, true)
		}
	}
	if ok && best.kind == cAbs && best.f.Month == 0 && best.f.Day == 0 && best.f.Year == 0 && !best.yearRel && best.q == 0 {
		return cand{}, false
	}
	return m.withDual(best, ok)
}

// isEquals reports an equals sign at i (a symbol, so a gap token).
func (m *matcher) isEquals(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tGap && t.end-t.start == 1 && m.sc.text[t.start] == '='
}

// followedByCount reports whether token i continues a count rather than a
// date (a unit, a number word, a percent sign).
func (m *matcher) followedByCount(i int) bool {
	t := m.tok(i)
	if t == nil {
		return false
	}
	if t.kind == tWord && t.e.roles&(rUnit|rCard) != 0 {
		return true
	}
	if m.firstWordIn(i, m.lx.percentWords) || m.isPrep(i, pFi) && m.firstWordIn(i+1, m.lx.percentWords) {
		return true // 15 في المئة، 15 بالمائة
	}
	return t.kind == tPunct && (t.p == '%' || t.p == '٪')
}

// withDual extends a date with its equivalent in the other calendar
// (٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م).
// maxDualDepth is how many dates of the other calendar withDual reads
// after a date, one inside the other (see matcher.dualDepth).
const maxDualDepth = 2

// maxDayDepth is how many words يوم core reads a date after, one inside
// the other (يوم يوم الأحد; see matcher.dayDepth).
const maxDayDepth = 2

func (m *matcher) withDual(c cand, ok bool) (cand, bool) {
	if !ok || c.kind != cAbs || c.f.Year == 0 {
		return c, ok
	}
	k := c.j
	paren, dash := false, false
	if m.isPunct(k, ",") {
		k++
	}
	switch {
	case m.has(k, rDualMark):
		k++
		if m.wordIs(k, m.lx.lamWords) {
			k++ // الموافق لـ 29 رجب 1444
		}
		if m.isPunct(k, "(") {
			paren = true
			k++
		}
	case m.isPunct(k, "(/"):
		paren = m.isPunct(k, "(")
		k++
	case m.isEquals(k):
		k++ // 626 هـ = 1230 م
	case m.isPunct(k, "-–—") && c.grain == Day:
		// الأربعاء 12 سبتمبر 2018 - 02 محرم 1440 هـ: a date line
		// gives the day in both calendars, joined by a dash. Only a
		// full day in the other calendar reads so; a range keeps its
		// calendar.
		dash = true
		k++
	default:
		return c, ok
	}
	if m.dualDepth >= maxDualDepth {
		return c, ok
	}
	m.dualDepth++
	o, ok2 := m.core(k)
	m.dualDepth--
	if !ok2 || o.kind != cAbs || o.cal == c.cal || o.f.Year == 0 || dash && (o.grain != Day || o.f.Day == 0) {
		return c, ok
	}
	j := o.j
	if paren && m.isPunct(j, ")") {
		j++
	}
	if c.cal == Hijri {
		c.g = o.f
	} else {
		// Keep the Hijri fields in f and the Gregorian ones in g.
		c.g, c.f = c.f, o.f
		c.cal = Hijri
	}
	c.dual = true
	c.j = j
	if o.grain < c.grain {
		c.grain = o.grain
	}
	return c, ok
}

// day reads a day of the month at i: 1–31 in digits or words.
func (m *matcher) day(i int) (d int, j int, ok bool) {
	t := m.tok(i)
	if t == nil {
		return 0, i, false
	}
	if t.kind == tNum {
		v := t.num()
		if v >= 1 && v <= 31 && t.nd[0] <= 2 {
			return v, i + 1, true
		}
		return 0, i, false
	}
	if t.kind != tWord || t.e.roles&(rCard|rOrd) == 0 || t.e.nk == nkZero || t.e.roles&rWeekday != 0 {
		return 0, i, false
	}
	if t.e.roles&rOrd == 0 && m.definite(i) && !m.has(i+1, rCard) || t.e.nk == nkTeenBase {
		// الأشهر الثلاثة من أبريل: a count, not the 3rd; عشر من آذار is
		// the tail of الرابع عشر
		return 0, i, false
	}
	v, j, _, ok := parseNumberWords(m.ts, i)
	if !ok || v < 1 || v > 31 {
		return 0, i, false
	}
	if j == i+1 && t.e.roles&rCard == 0 && !m.has(i-1, rWeekday) && m.feminineOrdinal(i) {
		// الأولى في يناير، الثانية من مارس: a lone feminine ordinal
		// counts a feminine noun (المرة، الجولة، الدفعة); a day of the
		// month is masculine (اليوم الأول، الثاني من مارس). Compounds
		// (الثانية والعشرون من يونيو) are still read as days, and so is
		// an ordinal agreeing with a weekday (الجمعة الأولى من رمضان),
		// which the weekday reading takes up.
		return 0, i, false
	}
	return v, j, true
}

// feminineOrdinal reports an ordinal word at i in the feminine
// (الأولى، الثانية، الحادية، ثالثة).
// It runs for every ordinal read as a day, so it folds in place (foldEq
// and the fold table) rather than allocating folded strings.
func (m *matcher) feminineOrdinal(i int) bool {
	t := m.tok(i)
	if t == nil || t.kind != tWord {
		return false
	}
	s := m.sc.text[t.start:t.end]
	if k := strings.IndexByte(s, ' '); k >= 0 {
		s = s[:k]
	}
	if m.foldEq(s, "غره") {
		return false // غرة رمضان: the first day of the month, a noun of its own
	}
	for _, f := range m.lx.femOrdinals {
		if m.foldEq(s, f) {
			return true
		}
	}
	var last rune // the last letter that folding keeps
	for _, r := range s {
		if r >= utf8.RuneSelf {
			var cls uint8
			if r, cls = m.sc.ft.fold(r); cls == clsDrop {
				continue
			}
		}
		last = r
	}
	return last != 0 && last == m.lx.femEnd
}

// month reads a month name at i: a Gregorian or Hijri name, a two-word
// name (كانون الثاني، ربيع الأول، ذو الحجة, كانون 2), a double name
// (شباط/فبراير، أيلول (سبتمبر)), a numbered month (الشهر التاسع، شهر 9).
// amb reports a name that is also a common word, read without context.
func (m *matcher) month(i int) (cal Calendar, mo int, j int, amb bool, ok bool) {
	e := m.word(i)
	if e == nil {
		return 0, 0, i, false, false
	}
	if e.roles&rMonthWord != 0 {
		// شهر + month name, or a numbered month.
		if c, mo, j, _, ok := m.month(i + 1); ok {
			return c, mo, j, false, true
		}
		if v := m.num(i + 1); v >= 1 && v <= 12 && m.digits(i+1) <= 2 {
			return Gregorian, v, i + 2, false, true
		}
		if m.has(i+1, rOrd) {
			if v, j, ord, ok := parseNumberWords(m.ts, i+1); ok && ord && v >= 1 && v <= 12 {
				return Gregorian, v, j, false, true
			}
		}
		if !e.def && m.has(i+1, rCard) && !m.wa(i+1) {
			// شهر ثلاثة، شهر عشرة (شهر واحد is a count)
			if v, j, ord, ok := parseNumberWords(m.ts, i+1); ok && !ord && v >= 2 && v <= 12 && !(m.has(j, rUnit) && m.word(j).count != 1) {
				return Gregorian, v, j, false, true
			}
		}
		return 0, 0, i, false, false
	}
	switch {
	case e.roles&rGMonth != 0:
		cal, mo, j, amb = Gregorian, int(e.month), i+1, e.amb
	case e.roles&rHMonth != 0:
		cal, mo, j, amb = Hijri, int(e.hmonth), i+1, e.amb
	case e.roles&rMonthHead != 0:
		q := 0
		if qe := m.word(i + 1); qe != nil && qe.roles&rMonthQual != 0 && m.ts[i+1].flags&fWa == 0 {
			q = int(qe.qual)
		} else if v := m.num(i + 1); (v == 1 || v == 2) && m.digits(i+1) == 1 {
			q = v
		} else if (e.head == hdKanun || e.head == hdTishrin) && !m.wa(i+1) && m.oneWord(i+1) {
			// كانون ثان، تشرين أول: the qualifier without its article
			if m.wordIs(i+1, m.lx.firstSecondWords) {
				q = 1
				if !m.wordIs(i+1, m.lx.firstWords) {
					q = 2
				}
			}
		}
		switch {
		case e.head == hdKanun && q == 1:
			cal, mo = Gregorian, 12
		case e.head == hdKanun && q == 2:
			cal, mo = Gregorian, 1
		case e.head == hdTishrin && (q == 1 || q == 2):
			cal, mo = Gregorian, 9+q
		case e.head == hdRabi && (q == 1 || q == 2):
			cal, mo = Hijri, 2+q
		case e.head == hdJumada && (q == 1 || q == 2):
			cal, mo = Hijri, 4+q
		case e.head == hdDhu && (q == 11 || q == 12):
			cal, mo = Hijri, q
		default:
			return 0, 0, i, false, false
		}
		j = i + 2
	default:
		return 0, 0, i, false, false
	}
	// A double name: the same month in another system.
	k := j
	paren, quote := false, false
	if m.isPunct(k, "/-(،,\"") {
		paren, quote = m.isPunct(k, "("), m.isPunct(k, "\"")
		k++
	}
	if k > j || m.tok(k) != nil {
		if c2, mo2, j2, _, ok2 := m.month1(k); ok2 && c2 == cal && mo2 == mo {
			if paren && m.isPunct(j2, ")") || quote && m.isPunct(j2, "\"") {
				j2++
			}
			return cal, mo, j2, false, true
		}
	}
	return cal, mo, j, amb, true
}

// month1 reads a month name without a double name.
func (m *matcher) month1(i int) (Calendar, int, int, bool, bool) {
	e := m.word(i)
	if e == nil || e.roles&(rGMonth|rHMonth|rMonthHead) == 0 {
		return 0, 0, i, false, false
	}
	if e.roles&rGMonth != 0 {
		return Gregorian, int(e.month), i + 1, e.amb, true
	}
	if e.roles&rHMonth != 0 {
		return Hijri, int(e.hmonth), i + 1, e.amb, true
	}
	// two-word names: reuse month on a single token range
	c, mo, j, amb, ok := m.month(i)
	return c, mo, j, amb, ok
}

// yearAfter reads the year that may follow a day and month: ", 2017",
// "من عام 2017", "٢٠١٧ م", "١٤٣٨ هـ", "ألفين وسبعة عشر".
func (m *matcher) yearAfter(i int) (y int, era Calendar, j int, ok bool) {
	k := i
	if m.isPunct(k, ",") || m.isPunct(k, ".") && m.digits(k+1) == 4 {
		k++
	}
	if m.isPrep(k, pMin) && (m.has(k+1, rYearWord) || m.digits(k+1) == 4 || m.has(k+1, rCard)) || m.isPrep(k, pFi) && m.has(k+1, rYearWord) {
		k++
	}
	word := false
	if m.has(k, rYearWord) && !m.wa(k) {
		k++
		word = true
	}
	t := m.tok(k)
	if t == nil {
		return 0, 0, i, false
	}
	switch {
	case t.kind == tNum && t.np == 1 && t.flags&fBadNum == 0 && (t.nd[0] == 4 || word && t.nd[0] == 3 && t.v[0] >= 100 || m.smallYearEra(k+1, word)):
		y = int(t.v[0])
		k++
	case t.kind == tWord && t.e.roles&rCard != 0 && t.flags&fWa == 0:
		v, j2, ok := m.yearWords(k)
		if !ok || v < 100 && !word || v < 1000 && !word {
			return 0, 0, i, false
		}
		y = v
		k = j2
	default:
		return 0, 0, i, false
	}
	if y == 0 || m.bcAfter(k) || y > 2200 && !m.has(k, rEra) {
		return 0, 0, i, false
	}
	if e := m.word(k); e != nil && e.roles&rEra != 0 && !m.wa(k) {
		era = e.era
		k++
	}
	if y > 9999 || era == Hijri && y > 2000 {
		return 0, 0, i, false // ١١٤٣٦ هـ: no year ISO can write
	}
	return y, era, k, true
}

// smallYearEra reports an era mark at k that makes a number of one to
// three digits before it a year: هـ always (636 هـ), م only after a year
// word (عام 533م; 20 م alone is twenty metres).
func (m *matcher) smallYearEra(k int, word bool) bool {
	e := m.word(k)
	return e != nil && e.roles&rEra != 0 && !m.wa(k) && (e.era == Hijri || word)
}

// bcAfter reports a "before Christ" mark at k: ق.م، ق م، قبل الميلاد.
func (m *matcher) bcAfter(k int) bool {
	if m.isPrep(k, pQabl) {
		e := m.word(k + 1)
		return e != nil && e.roles&rHolPart != 0 && e.hol == holChristmas
	}
	t := m.tok(k)
	if t == nil || t.kind != tGap || t.flags&fLatin != 0 || !m.firstWordIn(k, m.lx.bcWords) {
		return false
	}
	j := k + 1
	if m.isPunct(j, ".") {
		if m.tok(j+1) == nil {
			return true // ق. then a new segment (the full stop ends it)
		}
		j++
	}
	return m.has(j, rEra) // ق.م، ق م
}

// yearWords reads a year written in words: ألفين وسبعة عشر، ألف وتسعمائة
// وثمانية وسبعين، or in two pairs: تسعة عشر تسعة وتسعون (19|99).
func (m *matcher) yearWords(k int) (int, int, bool) {
	v, j, ord, ok := parseNumberWords(m.ts, k)
	if !ok || ord {
		return 0, k, false
	}
	if v >= 10 && v <= 20 && m.has(j, rCard) && !m.wa(j) {
		if v2, j2, ord2, ok2 := parseNumberWords(m.ts, j); ok2 && !ord2 && v2 < 100 {
			return v*100 + v2, j2, true
		}
	}
	if m.isPrep(j, pWa) || m.wa(j) {
		// تسعة عشر وثمانية وسبعين
		if v >= 10 && v <= 20 {
			t := m.tok(j)
			if t.kind == tWord && t.e.roles&rCard != 0 {
				saved := t.flags
				t.flags &^= fWa
				v2, j2, ord2, ok2 := parseNumberWords(m.ts, j)
				t.flags = saved
				if ok2 && !ord2 && v2 < 100 {
					return v*100 + v2, j2, true
				}
			}
		}
	}
	if v > 2200 {
		return 0, k, false
	}
	return v, j, true
}

// yearFollows reports whether a year starts at i.
func (m *matcher) yearFollows(i int) bool {
	_, _, _, ok := m.yearAfter(i)
	return ok
}

// direction reads a direction cue at i (الماضي، القادم، الجاري …).
func (m *matcher) direction(i int) (Direction, int) {
	e := m.word(i)
	if e != nil && e.roles&rDir != 0 && m.ts[i].flags&fWa == 0 && e.dir != Current || e != nil && e.roles&rDir != 0 && e.dir == Current && m.ts[i].wlen > 3 {
		return e.dir, i + 1
	}
	// الخميس الأخير، الأسبوع الأخير: the last one (but الأسبوع الأخير من
	// يوليو is the last week of July)
	if e != nil && e.roles&rVagueQ != 0 && e.dir == Past && !m.wa(i) && !m.isPrep(i+1, pMin) {
		return Past, i + 1
	}
	return NoDirection, i
}

// unitOffset reads the direction cue at k after a definite unit (الشهر
// الماضي، العام المقبل، الأسبوع الجاري): the unit's offset from the
// reference's (-1, +1 or 0) and where the cue ends; ok is false without
// a cue.
func (m *matcher) unitOffset(k int) (off int, j int, ok bool) {
	d, j := m.direction(k)
	if d != Past && d != Future && d != Current {
		return 0, k, false
	}
	return dirOfOff(d), j, true
}

// relYear reads "العام الماضي/المقبل/الجاري" (or "من العام الماضي") after a
// month: the year counted from the reference.
func (m *matcher) relYear(i int) (off int, j int, ok bool) {
	k := i
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		k++
	}
	e := m.word(k)
	if e == nil || e.roles&rUnit == 0 || e.unit != uYear || !e.def || m.wa(k) {
		// هذا العام
		if e != nil && e.roles&rDir != 0 && e.dir == Current && m.word(k+1) != nil && m.word(k+1).unit == uYear && m.word(k+1).def {
			return 0, k + 2, true
		}
		return 0, i, false
	}
	if off, j, ok := m.unitOffset(k + 1); ok {
		return off, j, true
	}
	return 0, i, false
}

// sameYear reads من العام نفسه، في العام ذاته at i, after a month or a
// day and month: the year of the date told before (وقعت الكارثة في 24
// نيسان 2021، وحريق آخر في تموز من العام ذاته: July 2021), which the
// candidate, anaphoric, counts from.
func (m *matcher) sameYear(i int) (j int, ok bool) {
	k := i
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		k++
	}
	e := m.word(k)
	if e == nil || e.roles&rUnit == 0 || e.unit != uYear || !e.def || m.wa(k) || !m.has(k+1, rSame) {
		return i, false
	}
	return k + 2, true
}

// relMonth reads "الشهر الماضي/المقبل/الجاري" or "هذا الشهر" at i.
func (m *matcher) relMonth(i int) (off int, j int, ok bool) {
	e := m.word(i)
	if e == nil {
		return 0, i, false
	}
	if e.roles&rDir != 0 && e.dir == Current {
		if u := m.word(i + 1); u != nil && u.roles&rUnit != 0 && u.unit == uMonth && u.def {
			return 0, i + 2, true
		}
		return 0, i, false
	}
	if e.roles&rUnit == 0 || e.unit != uMonth || !e.def || e.count != 1 {
		return 0, i, false
	}
	if off, j, ok := m.unitOffset(i + 1); ok {
		return off, j, true
	}
	return 0, i, false
}

// dayMonth parses a date led by its day: ٢٨ حزيران ٢٠١٧، الثامن والعشرين
// من يونيو، 20 من الشهر القادم, and day ranges ١٩–٢١ أيلول.
func (m *matcher) dayMonth(i int) (cand, bool) {
	d, k, ok := m.day(i)
	if !ok {
		return cand{}, false
	}
	c := newCand(i, k, cAbs)
	c.f.Day = d
	c.grain = Day
	if l, ok := m.dayListTail(i, k, d); ok {
		return l, true
	}
	// A day range written with a dash or slash, or إلى/حتى: ١٩–٢١ أيلول،
	// 13 إلى 15 تموز.
	var end *cand
	if (m.isPunct(k, "-/") || m.isPrep(k, pIla) || m.isPrep(k, pHatta)) && m.tok(k+1) != nil && m.tok(k+1).kind == m.tok(i).kind {
		if d2, k2, ok := m.day(k + 1); ok && d2 > d {
			k3 := k2
			if m.isPrep(k3, pFi) || m.isPrep(k3, pMin) {
				k3++
			}
			_, _, _, _, okm := m.month(k2)
			_, _, okr := m.relMonth(k3)
			if !okm && !okr && m.tok(i).kind == tNum {
				if _, _, okb := m.bareMonthDir(k2); okb {
					k3, okr = k2, true
				}
			}
			if okm || okr {
				e := newCand(k+1, k2, cAbs)
				e.f.Day = d2
				e.grain = Day
				end = &e
				k = k2
				if !okm {
					k = k3
				}
			}
		}
	}
	// ٢٨-نوفمبر، 2. أكتوبر، 2/ أكتوبر
	if end == nil && m.isPunct(k, "-./") {
		if _, _, _, _, okm := m.month(k + 1); okm {
			k++
		}
	}
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		if _, _, _, _, okm := m.month(k + 1); okm {
			k++
		} else if off, j, ok := m.relMonth(k + 1); ok {
			c.monthRel, c.moff = true, off
			c.j = j
			c.dir = dirOf(off)
			return m.finishDayMonth(c, end)
		} else if u := m.word(k + 1); end == nil && m.isPrep(k, pMin) && u != nil && u.roles&rUnit != 0 && u.unit == uMonth && u.def && u.count == 1 &&
			!m.wa(k+1) && !m.has(k+2, rSame) && !m.has(k+2, rDir) {
			// في العشرين من الشهر: of this month
			c.monthRel = true
			c.j = k + 2
			return m.finishDayMonth(c, end)
		}
	}
	if off, j, ok := m.relMonth(k); ok && (m.tok(i).kind == tNum || end != nil) {
		// في 25 الشهر الجاري; a day in words needs its من (العاشر من
		// الشهر المقبل): right before الشهر it is an adjective of the noun
		// before it (اجتماعها الأول الشهر المقبل: its first meeting).
		c.monthRel, c.moff = true, off
		c.j = j
		c.dir = dirOf(off)
		return m.finishDayMonth(c, end)
	}
	if u := m.word(k); end == nil && m.tok(i).kind == tNum && m.isPrep(i-1, pFi) && u != nil && u.roles&rUnit != 0 && u.unit == uMonth &&
		u.def && u.count == 1 && !m.wa(k) && !m.has(k+1, rSame) && !m.has(k+1, rDir) {
		// في 20 الشهر: of this month, as في 20 من الشهر and في 20
		// الشهر الجاري (a day in digits after في: a count of months is
		// no definite singular).
		c.monthRel = true
		c.j = k + 1
		return m.finishDayMonth(c, end)
	}
	if off, j, ok := m.bareMonthDir(k); ok && m.tok(i).kind == tNum {
		c.monthRel, c.moff = true, off
		c.j = j
		c.dir = dirOf(off)
		return m.finishDayMonth(c, end)
	}
	cal, mo, k2, amb, ok := m.month(k)
	if !ok {
		return cand{}, false
	}
	if amb && cal == Hijri && (m.isPunct(k-1, "-") || mo == 2 && !m.yearFollows(k2) && !m.timePrep(i-1)) {
		return cand{}, false // 1 - صفر، فاز 3 صفر: scores
	}
	c.cal = cal
	c.f.Month = mo
	c.j = k2
	if end != nil {
		end.cal, end.f.Month = cal, mo
	}
	return m.finishDayMonth(c, end)
}

// bareMonthDir reads a masculine direction word standing for the month
// right after a day in digits (في 8 الجاري، الاثنين 3 الجاري، يوم 28 الماضي: the
// day of this, last or next month, as Gulf news writes it). Feminine and
// plural forms follow counts (24 ساعة الماضية), not days.
func (m *matcher) bareMonthDir(k int) (off int, j int, ok bool) {
	e := m.word(k)
	if e == nil || !e.monthDir || e.roles&rUnit != 0 || m.wa(k) || m.prepClitic(k) {
		return 0, k, false
	}
	if d := e.dir; d == Past || d == Future || d == Current {
		return dirOfOff(d), k + 1, true
	}
	return 0, k, false
}

// dayListTail reads a day d at [i, k) listed before another day of the
// same month (في 16 و17 أيار، في 3 و10 أيار، الخامس والسادس من آذار):
// two days in a row are one interval; otherwise the first day alone,
// with the month and year of the next (which is found on its own).
func (m *matcher) dayListTail(i, k, d int) (cand, bool) {
	kk := k
	switch {
	case m.isPrep(k, pWa):
		kk = k + 1
	case m.wa(k):
	default:
		return cand{}, false
	}
	t := m.tok(kk)
	if t == nil || t.kind != m.tok(i).kind {
		return cand{}, false
	}
	saved := t.flags
	t.flags &^= fWa
	// The next day must come after this one before its own date is read:
	// each step of the list then raises the day, so a list is read at most
	// 31 days deep from any start, and a long run of days that never
	// reaches a month (8 و9 و8 و9 …) costs linear time, not one read of
	// the whole run from every day in it.
	tail, ok := cand{}, false
	if d2, _, okd := m.day(kk); okd && d2 > d {
		tail, ok = m.dayMonth(kk)
	}
	t.flags = saved
	if !ok || tail.grain != Day || tail.f.Day <= d || tail.dual {
		return cand{}, false
	}
	c := tail
	c.i, c.startAt, c.f.Day, c.end = i, -1, d, nil
	switch {
	case tail.end == nil && tail.f.Day == d+1:
		e := tail
		e.i = kk
		c.end = &e
	case tail.end != nil && tail.f.Day == d+1 && tail.f.Month == tail.end.f.Month:
		// أيام 8 و9 و10 أيار: the next days already make one interval
		// (9 و10 أيار), and this day comes right before it: one interval
		// of all three.
		c.end = tail.end
	default:
		c.j = k
		c.listHead = true
	}
	if !validDay(c.cal, c.f) {
		return cand{}, false
	}
	return c, true
}

func dirOf(off int) Direction {
	switch {
	case off < 0:
		return Past
	case off > 0:
		return Future
	}
	return Current
}

// finishDayMonth reads what may follow a day and month: a year, a
// direction cue, a relative year; and validates the day.
func (m *matcher) finishDayMonth(c cand, end *cand) (cand, bool) {
	k := c.j
	if !c.monthRel {
		if y, era, j, ok := m.yearAfter(k); ok {
			c.f.Year = y
			c.hasYear = true
			k = j
			c.cal = yearCalendar(c.cal, y, era)
			c.gYear = gregorianYearOfHijriMonth(c.cal, y, era)
		} else if j, ok := m.sameYear(k); ok {
			c.yearRel, c.anaphor, c.unit = true, true, uYear
			k = j
		} else if off, j, ok := m.relYear(k); ok {
			c.yearRel, c.yoff = true, off
			c.dir = dirOf(off)
			k = j
		}
		if !c.hasYear && !c.yearRel {
			if d, j := m.direction(k); d != NoDirection {
				c.dir = d
				k = j
			}
		}
	}
	c.j = k
	if !validDay(c.cal, c.f) {
		return cand{}, false
	}
	if !c.hasYear && m.lastWordIn(c.i-1, m.lx.nameHeads) && !m.wa(c.i) {
		return cand{}, false // شارع 26 سبتمبر، تيار 14 آذار: a name
	}
	if !c.hasYear && !c.yearRel && !c.monthRel && c.cal == Gregorian && c.dir == NoDirection && m.lastWordIn(c.i-1, m.lx.eventHeads) {
		// ثورة 25 يناير: the event's own year
		if y, ok := namedEventYear[c.f.Month*100+c.f.Day]; ok && (!m.p.hasRef || y <= refYear(m.p)) {
			c.f.Year, c.hasYear = y, true
		}
	}
	if end != nil {
		e := *end
		e.f.Year, e.hasYear, e.yearRel, e.yoff, e.dir, e.cal, e.monthRel, e.moff = c.f.Year, c.hasYear, c.yearRel, c.yoff, c.dir, c.cal, c.monthRel, c.moff
		e.j = c.j
		if !validDay(e.cal, e.f) {
			return cand{}, false
		}
		c.end = &e
	}
	return c, true
}

// yearCalendar decides the calendar of a date whose month is written in
// cal and whose year is y with era mark era.
func yearCalendar(cal Calendar, y int, era Calendar) Calendar {
	if era != 0 {
		if era == Hijri && cal == Gregorian {
			return Gregorian // a Gregorian month with هـ: keep the month's calendar
		}
		return cal
	}
	return cal
}

// gregorianYearOfHijriMonth reports whether the year y written after a
// month of calendar cal is a Gregorian year for a Hijri month (رمضان 2019،
// شوال 2015 م): marked م, or too large to be a Hijri year.
func gregorianYearOfHijriMonth(cal Calendar, y int, era Calendar) bool {
	return cal == Hijri && (era == Gregorian || era == 0 && y > 1600)
}

func validDay(cal Calendar, f Fields) bool {
	if f.Day == 0 {
		return true
	}
	if f.Month == 0 {
		return f.Day <= 31
	}
	if cal == Hijri {
		return f.Day <= 30
	}
	return f.Day <= daysIn(f.Year, f.Month)
}

// nextDay reports whether b is the day after a, both written days of one
// calendar: يومي 21 و22 آب, and across a month's end يومي 31 آذار و1 نيسان.
// A Hijri month has 29 or 30 days by sighting, so either may be its last.
func nextDay(cal Calendar, a, b Fields) bool {
	if a.Month == b.Month && a.Year == b.Year {
		return b.Day == a.Day+1
	}
	if b.Day != 1 || a.Month == 0 || b.Month == 0 {
		return false
	}
	switch {
	case b.Month == a.Month+1 && (a.Year == b.Year || a.Year == 0 || b.Year == 0):
	case a.Month == 12 && b.Month == 1 && (a.Year == 0 || b.Year == 0 || b.Year == a.Year+1):
	default:
		return false
	}
	if cal == Hijri {
		return a.Day == 29 || a.Day == 30
	}
	y := a.Year
	if y == 0 && a.Month != 12 {
		y = b.Year // يومي 28 فبراير و1 مارس 2019: one year
	}
	if y == 0 && a.Month == 2 {
		// No year yet: February ends on the 28th in most years (daysIn
		// answers 29, the longest, for validDay).
		return a.Day == 28 || a.Day == 29
	}
	return a.Day == daysIn(y, a.Month)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// monthFirst parses a date led by its month: حزيران ٢٠١٧، شهر يناير،
// يناير 1، أيلول القادم، يونيو من العام الماضي، رمضان ١٤٣٨.
func (m *matcher) monthFirst(i int, ctx bool) (cand, bool) {
	cal, mo, k, amb, ok := m.month(i)
	if !ok {
		return cand{}, false
	}
	if m.afterNamedDay(i) {
		return cand{}, false // شارع 26 سبتمبر، قوى الرابع عشر من آذار: not the month either
	}
	c := newCand(i, k, cAbs)
	c.cal = cal
	c.f.Month = mo
	c.grain = Month
	c.coming = m.lastWordIn(i-1, m.lx.arrivalWords) // مع حلول شهر رمضان
	// Month then day (يناير 1، مايو الحادي عشر، يناير-1، أكتوبر/ 2).
	kd := k
	if m.isPunct(kd, "-/") && m.tok(kd+1) != nil && m.tok(kd+1).kind == tNum {
		if amb {
			return cand{}, false // صفر - 1: a score
		}
		kd++
	}
	endDay, endAt := 0, 0
	if d, j, ok := m.day(kd); ok && (!m.followedByCount(j) && !(m.tok(j) != nil && m.tok(j).kind == tGap) || m.yearFollows(j) || m.dayRangeAfter(j, d) > 0) {
		c.f.Day = d
		c.grain = Day
		k = j
		c.j = k
		amb = false
		// يوليو 13-15، تموز 13 إلى 15
		if d2 := m.dayRangeAfter(j, d); d2 > 0 {
			endDay, endAt = d2, j+1
			k = j + 2
			c.j = k
		}
	}
	if y, era, j, ok := m.yearAfter(k); ok {
		c.f.Year = y
		c.hasYear = true
		c.cal = yearCalendar(cal, y, era)
		c.gYear = gregorianYearOfHijriMonth(c.cal, y, era)
		c.j = j
		amb = false
	} else if j, ok := m.sameYear(k); ok {
		c.yearRel, c.anaphor, c.unit, c.j = true, true, uYear, j
		amb = false
	} else if off, j, ok := m.relYear(k); ok {
		c.yearRel, c.yoff = true, off
		c.dir = dirOf(off)
		c.j = j
		amb = false
	} else if d, j := m.direction(k); d != NoDirection {
		c.dir = d
		c.j = j
		amb = false
	}
	if c.f.Day == 0 && endDay == 0 {
		// نوفمبر بين 15 و19، شهر أيلول من 10 إلى 15 (منه): days of the month
		if d, d2, j := m.daysInMonthAfter(c.j); d > 0 {
			c.f.Day, c.grain = d, Day
			endDay, endAt = d2, c.j+1
			c.j = j
			amb = false
		}
	}
	if amb && !ctx {
		return cand{}, false
	}
	if cal == Hijri && mo == 9 && c.f.Day == 0 {
		c.hol = holRamadan
	}
	if !validDay(c.cal, c.f) {
		return cand{}, false
	}
	if endDay > 0 {
		e := c
		e.i, e.f.Day = endAt, endDay
		if !validDay(e.cal, e.f) {
			return cand{}, false
		}
		c.end = &e
	} else if c.grain == Month && m.has(i, rMonthWord) && (m.isPrep(c.j, pWa) || m.wa(c.j)) && m.wordIs(i, m.lx.monthsWords) {
		// شهري يونيو ويوليو: the two months, one interval
		if e, ok := m.secondMonth(c.j); ok && e.cal == c.cal && completeRange(&c, &e) {
			c.end = &e
			c.j = e.j
			if c.dir == NoDirection {
				c.dir = e.dir
			}
		}
	}
	return c, true
}

// secondMonth reads the month after و at k (شهري يونيو ويوليو).
func (m *matcher) secondMonth(k int) (cand, bool) {
	if m.isPrep(k, pWa) {
		k++
	}
	t := m.tok(k)
	if t == nil || t.kind != tWord {
		return cand{}, false
	}
	saved := t.flags
	t.flags &^= fWa
	e, ok := m.monthFirst(k, true)
	t.flags = saved
	if !ok || e.grain != Month || e.end != nil {
		return cand{}, false
	}
	return e, true
}

// daysInMonthAfter reads a range of days after a month at k: بين 15 و19،
// من 10 إلى 15، with منه after it. It returns the two days and the end
// of the range, or d == 0.
func (m *matcher) daysInMonthAfter(k int) (d, d2, j int) {
	between := m.isPrep(k, pBayn)
	if !between && !m.isPrep(k, pMin) {
		return 0, 0, k
	}
	d, j, ok := m.day(k + 1)
	if !ok || m.followedByCount(j) {
		return 0, 0, k
	}
	switch {
	case between && m.isPrep(j, pWa):
		j++
	case between && m.wa(j):
	case !between && (m.isPrep(j, pHatta) || m.isPrep(j, pIla)):
		j++
	default:
		return 0, 0, k
	}
	t := m.tok(j)
	if t == nil {
		return 0, 0, k
	}
	saved := t.flags
	t.flags &^= fWa
	d2, j2, ok := m.day(j)
	t.flags = saved
	if !ok || d2 <= d || m.followedByCount(j2) || m.tok(j2) != nil && m.tok(j2).kind == tGap && !m.wordIs(j2, m.lx.ofItWords) {
		return 0, 0, k
	}
	if m.wordIs(j2, m.lx.ofItWords) {
		j2++
	}
	return d, d2, j2
}

// dayRangeAfter returns the day after a dash or إلى/حتى at k that ends a
// range of days starting on day d (يوليو 13-15), or 0.
func (m *matcher) dayRangeAfter(k, d int) int {
	if !(m.isPunct(k, "-") || m.isPrep(k, pIla) || m.isPrep(k, pHatta)) {
		return 0
	}
	t := m.tok(k + 1)
	if t == nil || t.kind != tNum || m.digits(k+1) > 2 {
		return 0
	}
	d2, j, ok := m.day(k + 1)
	if !ok || d2 <= d || j != k+2 || m.followedByCount(j) || m.tok(j) != nil && m.tok(j).kind == tGap {
		return 0
	}
	return d2
}

// monthContext reports whether the words around an ambiguous month name
// (مارس، آب، نيسان، رمضان، رجب، صفر) make it a month: a preposition of
// time or an edge word before it; for Hijri names, which are also
// personal names (رجب طيب), only when no other word follows.
func (m *matcher) monthContext(i int) bool {
	e := m.word(i)
	if e == nil || !e.amb {
		return true
	}
	if m.prepClitic(i) {
		return false // باب، لآب: a word, not August
	}
	p := m.word(i - 1)
	if p == nil {
		return false
	}
	ok := p.roles&rEdge != 0
	if p.roles&rPrep != 0 {
		switch p.prep {
		case pFi, pKhilal, pMundh, pTiwal:
			ok = true
		case pHatta, pQabl, pBaad:
			ok = e.roles&rHMonth == 0 || e.hmonth == 9
		case pMin, pIla:
			ok = e.roles&rHMonth != 0 && e.hmonth == 9 // العشر الأواخر من رمضان
		}
	}
	if ok && e.roles&rHMonth != 0 {
		if t := m.tok(i + 1); t != nil && t.kind == tGap && t.flags&fNewline == 0 {
			return false
		}
	}
	return ok
}

// startsWithAl reports whether token i is a gap whose first word begins
// with the article (a definite noun).
func (m *matcher) startsWithAl(i int) bool {
	t := m.tok(i)
	if t == nil || t.kind != tGap || t.flags&fLatin != 0 {
		return false
	}
	s := m.sc.text[t.start:t.end]
	r1, n1 := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n1:])
	return (r1 == 'ا' || r1 == 'أ' || r1 == 'إ' || r1 == 'آ' || r1 == 'ٱ') && r2 == 'ل'
}

// prepClitic reports whether the word at i carries a clitic preposition
// (ب ل ك), beyond a conjunction.
func (m *matcher) prepClitic(i int) bool {
	t := m.tok(i)
	if t == nil || t.kind != tWord || t.cut <= t.start {
		return false
	}
	return t.flags&fWa == 0 || t.cut-t.start > 2
}

// rest parses بقية/باقي + a unit: from the reference to the end of it.
func (m *matcher) rest(i int) (cand, bool) {
	k := i + 1
	if m.has(k, rDir) && m.word(k).dir == Current {
		k++
	}
	u := m.word(k)
	if u == nil || u.roles&rUnit == 0 || !u.def || u.count != 1 || u.unit == uDay {
		return cand{}, false
	}
	k++
	if d, j := m.direction(k); d == Current {
		k = j
	}
	c := newCand(i, k, cRest)
	c.unit = u.unit
	c.grain = Day
	return c, true
}

// quarter parses الربع/النصف + an ordinal + a year: الربع الثالث من عام
// 2016، النصف الأول من العام الجاري. الفصل (amb) is a quarter only with an
// ordinal and a year named or counted (الفصل الرابع من 2017، الفصل الأول
// من العام الماضي), never of a school or university year (الفصل الثاني من
// العام الدراسي).
func (m *matcher) quarter(i int) (cand, bool) {
	size, amb := int(m.word(i).num), m.word(i).amb
	if amb {
		c, ok := m.quarterOf(i, size, false)
		if !ok || m.wordIs(c.j, m.lx.academicAdjs) {
			return cand{}, false
		}
		return c, true
	}
	if size == 3 && !m.wa(i) {
		// الربع المقبل، الربع الماضي، الربع الحالي: counted from the reference's
		if d, j := m.direction(i + 1); m.has(i+1, rDir) && (d != NoDirection || m.word(i+1).dir == Current && !m.wa(i+1)) {
			if d == NoDirection {
				d, j = Current, i+2
			}
			c := newCand(i, j, cRelUnit)
			c.unit, c.off, c.dir, c.grain = uQuarter, dirOfOff(d), d, Month
			c.anaphor = d != Current && m.has(j-1, rLaterWord)
			return c, true
		}
	}
	return m.quarterOf(i, size, true)
}

// quarterOf parses the ordinal and the year after a quarter or half word
// at i; bare allows الأخير and a bare من العام (this year).
func (m *matcher) quarterOf(i, size int, bare bool) (cand, bool) {
	v, k, ord, ok := parseNumberWords(m.ts, i+1)
	if l := m.word(i + 1); !ok && bare && l != nil && l.roles&rVagueQ != 0 && l.dir == Past && !m.wa(i+1) {
		v, k, ord, ok = 12/size, i+2, true, true // الربع الأخير
	}
	if !ok || !ord || v < 1 || v > 12/size {
		return cand{}, false
	}
	c := newCand(i, k, cAbs)
	c.grain = Month
	c.q, c.qlen = int8((v-1)*size+1), int8(size)
	if y, era, j, ok := m.yearAfter(k); ok {
		c.f.Year, c.hasYear, c.j = y, true, j
		c.cal = yearCalendar(Gregorian, y, era)
		return c, true
	}
	kk := k
	if m.isPrep(kk, pMin) {
		kk++
	}
	if off, j, ok := m.relUnitAt(kk, uYear); ok {
		c.yearRel, c.yoff, c.j = true, off, j
		c.dir = dirOf(off)
		return c, true
	}
	if u := m.word(kk); bare && kk > k && u != nil && u.roles&rUnit != 0 && u.unit == uYear && u.def && u.count == 1 && !m.wa(kk) && !m.has(kk+1, rSame) {
		// الربع الأخير من العام (not من العام نفسه: the year told before): of this year, as نهاية العام is
		c.yearRel, c.j = true, kk+1
		return c, true
	}
	return cand{}, false
}

// season parses الصيف الماضي، هذا الصيف، صيف 2016، ربيع عام 1978 (a
// season needs a year, a direction, or ctx: a preposition of time before
// it in a future clause, ستجري في الصيف).
func (m *matcher) season(i int, ctx bool) (cand, bool) {
	e := m.word(i)
	if e == nil || e.roles&rSeason == 0 || m.wa(i) {
		return cand{}, false
	}
	c := newCand(i, i+1, cAbs)
	c.grain = Month
	c.q, c.qlen = int8(e.num), 3
	if y, era, j, ok := m.yearAfter(i + 1); ok && era != Hijri {
		if era == 0 && y >= 1300 && y <= 1500 {
			return cand{}, false // ربيع 1438: a Hijri year (ربيع الأول cut short), no season
		}
		c.f.Year, c.hasYear, c.j = y, true, j
		return c, true
	}
	if off, j, ok := m.relYear(i + 1); ok {
		c.yearRel, c.yoff, c.j = true, off, j
		c.dir = dirOf(off)
		return c, true
	}
	if d, j := m.direction(i + 1); d != NoDirection && e.def {
		c.dir, c.j = d, j
		return c, true
	}
	if ctx && e.def && e.num != 3 {
		return c, true
	}
	if p := m.tok(i - 1); e.def && e.num != 3 && p != nil && p.kind == tGap && p.flags&fFuture != 0 && m.clauseEnds(i+1) {
		return c, true // سأرحل الصيف
	}
	return cand{}, false
}

// insideNumeric reports whether the number at i is the second or third
// part of a numeric date written without spaces (the ٠٢ or the ٢٠١٧ of
// ٣١/٠٢/٢٠١٧, the ١٤٣٦ of ٣٠/١٣/١٤٣٦هـ): the whole is read from its
// first number, and when it is no date no part of it is one either. A
// number after another separator stays a start (the 3/1/2017 of
// 1/1/2017-3/1/2017).
//
// Six numbers joined by one separator are two such dates, a range
// (2017-02-28-2017-03-01, as 1/1/2017-3/1/2017): the fourth starts the
// second. Whether a number is that fourth is read from at most seven
// separators around it, so a long run of numbers costs no more a number.
func (m *matcher) insideNumeric(i int) bool {
	sep := m.numericSep(i - 1)
	if sep == 0 || m.numericSep(i+1) != sep && m.numericSep(i-3) != sep {
		return false
	}
	// Both dates year first, or both day first: 2017-02-28-03-01-05 (a
	// phone number, or a date and three numbers) is no range.
	fourthOfSix := m.numericSep(i-3) == sep && m.numericSep(i-5) == sep && m.numericSep(i-7) != sep &&
		m.numericSep(i+1) == sep && m.numericSep(i+3) == sep && m.numericSep(i+5) != sep &&
		(m.tok(i - 6).nd[0] == 4) == (m.tok(i).nd[0] == 4)
	return !fourthOfSix
}

// inNumericWhole reports whether the number at k is one of three or
// more written without spaces (2014-2015-2016, 2017/13/45): core reads
// them whole, and a range's bare year or day may not take one of them.
func (m *matcher) inNumericWhole(k int) bool {
	if m.insideNumeric(k) {
		return true
	}
	sep := m.numericSep(k + 1)
	return sep != 0 && m.numericSep(k+3) == sep
}

// numericSep returns the date separator (/, - or .) that token k is when
// it joins the numbers k-1 and k+1 without spaces, or 0.
func (m *matcher) numericSep(k int) rune {
	p, a, b := m.tok(k), m.tok(k-1), m.tok(k+1)
	if p == nil || a == nil || b == nil || p.kind != tPunct || a.kind != tNum || b.kind != tNum ||
		a.end != p.start || p.end != b.start || p.p != '/' && p.p != '-' && p.p != '.' {
		return 0
	}
	return p.p
}

// numeric parses numeric dates: 28/6/2017، ٢٨-٦-٢٠١٧، 2017/06/28،
// 28.06.2017، ٧/١٠/١٤٣٦هـ، 3/2015، 4/22، and year ranges 2014-2018.
func (m *matcher) numeric(i int) (cand, bool) {
	t := m.tok(i)
	var parts [3]int
	var nd [3]int
	n := 0
	k := i
	var sep rune
	spaced := false
	switch {
	case t.np >= 2 && t.sep == '.' && t.flags&fBadNum == 0:
		for p := 0; p < int(t.np); p++ {
			parts[p], nd[p] = int(t.v[p]), int(t.nd[p])
		}
		n = int(t.np)
		sep = '.'
		k = i + 1
	case t.np == 1 && t.flags&fBadNum == 0:
		parts[0], nd[0] = int(t.v[0]), int(t.nd[0])
		n = 1
		k = i + 1
		for n < 3 && m.isPunct(k, "/-.") {
			p := m.tok(k).p
			if sep != 0 && p != sep {
				break
			}
			nt := m.tok(k + 1)
			if nt == nil || nt.kind != tNum || nt.np != 1 || nt.flags&fBadNum != 0 {
				break
			}
			if nt.start != m.tok(k).end && m.tok(k).start != m.ts[k-1].end {
				spaced = true // 19 / 10 / 1436: only a whole date with its year
			}
			sep = p
			parts[n], nd[n] = int(nt.v[0]), int(nt.nd[0])
			n++
			k += 2
		}
	default:
		return cand{}, false
	}
	if n < 2 || spaced && (n != 3 || nd[0] != 4 && nd[2] != 4) {
		return cand{}, false
	}
	c := newCand(i, k, cAbs)
	era := Calendar(0)
	if e := m.word(k); e != nil && e.roles&rEra != 0 && !m.wa(k) {
		era = e.era
		c.j = k + 1
	}
	if n == 2 {
		a, b := parts[0], parts[1]
		// A year range: 2014-2018.
		if nd[0] == 4 && nd[1] == 4 && sep != '.' && a < b && a >= 1000 && b-a < 200 {
			c.grain = Year
			c.f.Year = a
			c.hasYear = true
			c.cal = m.eraOrValue(era, a)
			e := c
			e.f.Year = b
			e.i = k - 1
			c.end = &e
			return c, true
		}
		// A season or school year: 2017/18، 2017-18.
		if nd[0] == 4 && nd[1] == 2 && sep != '.' && a >= 1900 && a <= 2100 && b == (a+1)%100 {
			c.grain = Year
			c.f.Year = a
			c.hasYear = true
			c.cal = Gregorian
			e := c
			e.f.Year = a + 1
			e.i = k - 1
			c.end = &e
			return c, true
		}
		// A year and month: 2015/3، 2015-03.
		if nd[0] == 4 && a >= 1000 && nd[1] <= 2 && b >= 1 && b <= 12 && !m.followedByCount(c.j) {
			c.grain = Month
			c.f = Fields{Year: a, Month: b}
			c.hasYear = true
			c.cal = m.eraOrValue(era, a)
			return c, true
		}
		// A month and year: 3/2015.
		if nd[1] == 4 && b >= 1000 && a >= 1 && a <= 12 && nd[0] <= 2 {
			c.grain = Month
			c.f = Fields{Year: b, Month: a}
			c.hasYear = true
			c.cal = m.eraOrValue(era, b)
			return c, true
		}
		if nd[0] > 2 || nd[1] > 2 {
			return cand{}, false
		}
		// 19-21 أيلول، 4-23 في الشهر المقبل: a range of days, not a date
		k2 := c.j
		if m.isPrep(k2, pFi) || m.isPrep(k2, pMin) {
			k2++
		}
		if _, _, _, _, okm := m.month(k2); okm {
			return cand{}, false
		}
		if _, _, okr := m.relMonth(k2); okr {
			return cand{}, false
		}
		// Day and month without a year: only with a slash, or after a
		// preposition of time (scores and decimals look the same).
		if sep != '/' && !m.timePrep(i-1) {
			return cand{}, false
		}
		if !m.timePrep(i-1) && !m.has(i-1, rWeekday) && m.tok(c.j) != nil && m.tok(c.j).kind == tGap && m.tok(c.j).flags&fNewline == 0 {
			return cand{}, false // سجل 12/15 محاولة، نسبة 3/4 السكان: fractions
		}
		if !m.timePrep(i-1) && m.isPrep(c.j, pMin) {
			return cand{}, false // 3/4 من السكان
		}
		if sep == '.' && (m.followedByCount(c.j) || m.tok(c.j) != nil && m.tok(c.j).kind == tGap) || m.followedByCount(c.j) {
			return cand{}, false // منذ 5- 8 مليون سنة
		}
		if m.firstWordIn(c.j, m.lx.amountWords) {
			return cand{}, false // اعتقل في 5-6 أشخاص: a range of a count
		}
		if sep == '-' && nd[0] == 1 && nd[1] == 1 && m.wordBefore(i, 8, m.lx.scoreWords) {
			return cand{}, false // فاز الفريق في المباراة في 2-1: a score
		}
		if sep == '.' && !m.clauseEnds(c.j) {
			// يستقر في 10.2 في المائة، ارتفع في 3.5 خلال العام: a decimal
			// with words after it (a glued المائة too); a day and month
			// with a dot and no year ends its clause (سأعود في 4.22).
			return cand{}, false
		}
		d, mo := a, b
		if mo > 12 || d > 31 {
			d, mo = b, a
		}
		if mo < 1 || mo > 12 || d < 1 || d > daysIn(0, mo) {
			return cand{}, false
		}
		// 11/12, 2016
		if m.isPunct(c.j, ",") {
			if nt := m.tok(c.j + 1); nt != nil && nt.kind == tNum && nt.np == 1 && (nt.nd[0] == 4 || nt.nd[0] == 2) {
				y := int(nt.v[0])
				if nt.nd[0] == 2 {
					y = m.p.expandYear(y)
				}
				c.f.Year = y
				c.hasYear = true
				c.j += 2
			}
		}
		c.grain = Day
		c.f.Day, c.f.Month = d, mo
		c.cal = Gregorian
		return c, validDay(c.cal, c.f)
	}
	// Three parts.
	var y, mo, d int
	switch {
	case nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2:
		y, mo, d = parts[0], parts[1], parts[2]
	case (nd[2] == 4 || nd[2] == 2) && nd[0] <= 2 && nd[1] <= 2:
		d, mo, y = parts[0], parts[1], parts[2]
		if mo > 12 && d <= 12 {
			d, mo = mo, d // month first when day first cannot be
		}
		if nd[2] == 2 {
			y = m.p.expandYear(y)
		}
	default:
		return cand{}, false
	}
	if mo < 1 || mo > 12 || d < 1 || y < 1000 {
		return cand{}, false
	}
	c.cal = m.eraOrValue(era, y)
	c.f = Fields{Year: y, Month: mo, Day: d}
	c.hasYear = true
	c.grain = Day
	if c.cal == Hijri {
		if d > 30 {
			return cand{}, false
		}
	} else if !validDay(c.cal, c.f) {
		return cand{}, false
	}
	if nd[0] == 4 && era == 0 && sep != '.' && !spaced {
		m.monthDayEnd(&c, k, sep)
	}
	return c, true
}

// monthDayEnd makes the year-first date c, whose third number ends
// before token k, a range when the month and day of its end follow,
// joined by the same separator and nothing after them
// (2017-02-28-03-01, ١٤٣٦/١٠/٠٧/١٠/٠٩): the end takes its year from the
// start (the next year when it would come before it). Five numbers are
// read as one whole only so: insideNumeric leaves the fourth and fifth,
// and a sixth (a phone number, 2017-02-28-03-01-05) keeps c a day.
func (m *matcher) monthDayEnd(c *cand, k int, sep rune) {
	if m.numericSep(k) != sep || m.numericSep(k+2) != sep || m.numericSep(k+4) != 0 {
		return
	}
	a, b := m.tok(k+1), m.tok(k+3)
	if a.np != 1 || b.np != 1 || a.nd[0] > 2 || b.nd[0] > 2 || (a.flags|b.flags)&fBadNum != 0 {
		return
	}
	mo, d := int(a.v[0]), int(b.v[0])
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(0, mo) || c.cal == Hijri && d > 30 {
		return
	}
	if mo == c.f.Month && d == c.f.Day {
		return
	}
	if e := m.word(k + 4); e != nil && e.roles&rEra != 0 {
		return // an era mark after the whole: not a form news writes
	}
	e := *c
	e.f = Fields{Month: mo, Day: d}
	e.hasYear = false
	e.i, e.j = k+1, k+4
	e.startAt = -1
	c.end = &e
	c.j = k + 4
}

// eraOrValue picks the calendar of a numeric date's year: the era mark
// if any, else Options.Calendar, else Hijri for years 1300–1500 (no
// Gregorian date of that range turns up in numeric form in news).
func (m *matcher) eraOrValue(era Calendar, y int) Calendar {
	if era != 0 {
		return era
	}
	if c := m.p.opts.Calendar; c != 0 {
		return c
	}
	if y >= 1300 && y <= 1500 {
		return Hijri
	}
	return Gregorian
}

// yearCalendarAlone picks the calendar of a year written alone (عام
// 1436): the era mark if any, else Options.Calendar, else Hijri when the
// year is the reference's Hijri year or next to it (and far from its
// Gregorian year), else Gregorian.
func (m *matcher) yearCalendarAlone(era Calendar, y int) Calendar {
	if era != 0 {
		return era
	}
	if c := m.p.opts.Calendar; c != 0 {
		return c
	}
	if m.p.hasRef {
		hy := hijri.FromDayNumber(m.p.ref).Year
		gy, _, _ := ymd(m.p.ref)
		if y >= hy-2 && y <= hy+1 && (y < gy-50 || y > gy+50) {
			return Hijri
		}
	}
	return Gregorian
}

// timePrep reports whether token i is a preposition that introduces a
// time (في، منذ، حتى، يوم، بتاريخ …).
func (m *matcher) timePrep(i int) bool {
	e := m.word(i)
	if e == nil {
		return false
	}
	if e.roles&rPrep != 0 {
		switch e.prep {
		case pFi, pMundh, pHatta, pIla, pMin, pTarikh, pQabl, pBaad, pKhilal, pLighaya:
			return true
		}
	}
	if e.roles&rUnit != 0 && e.unit == uDay && e.count == 1 && !e.def {
		return true
	}
	return e.roles&(rWeekday|rEdge) != 0
}

// yearAlone parses a year: عام ٢٠١٧، سنة 1990، ٢٠١٧م، ١٤٣٨ هـ، في 2017،
// عام ألفين وسبعة عشر, and year ranges written with عامي/سنتي.
func (m *matcher) yearAlone(i int) (cand, bool) {
	t := m.tok(i)
	word := false
	k := i
	era0 := Calendar(0)
	if t.kind == tWord && t.e.roles&rYearWord != 0 {
		word = true
		k++
		// العام الهجري 1438، السنة الميلادية 2017
		if h := m.word(k); h != nil && h.roles&rHolPart != 0 && (h.hol == holHijriNewYear || h.hol == holNewYear) && !m.wa(k) &&
			m.tok(k+1) != nil && m.tok(k+1).kind == tNum {
			era0 = Gregorian
			if h.hol == holHijriNewYear {
				era0 = Hijri
			}
			k++
		}
	}
	nt := m.tok(k)
	if nt == nil {
		return cand{}, false
	}
	var y int
	j := k + 1
	wordsYear := false
	switch {
	case nt.kind == tNum && nt.np == 1 && nt.flags&fBadNum == 0:
		y = int(nt.v[0])
		if word && nt.nd[0] == 2 && !m.followedByCount(k+1) && !m.smallYearEra(k+1, word) {
			y = m.p.expandYear(y) // عام 48، في عام 91
		} else if !(nt.nd[0] == 4 || word && nt.nd[0] == 3 && y >= 100 || m.smallYearEra(k+1, word)) {
			return cand{}, false
		}
		if k > i && nt.flags&fWa != 0 {
			return cand{}, false
		}
	case word && nt.kind == tWord && nt.e.roles&rDecade != 0 && nt.e.num == 0 && nt.flags&fWa == 0:
		y = 2000 // عام الألفين
	case nt.kind == tWord && nt.e.roles&rCard != 0 && (word || k == i) && nt.flags&fWa == 0:
		v, j2, ok := m.yearWords(k)
		if !ok || v < 100 || !word && (v < 1000 || !m.timePrep(i-1) && !m.lastWordIn(i-1, m.lx.birthWords)) {
			return cand{}, false
		}
		if !word && v == 1000 && j2 == k+1 {
			return cand{}, false // من آلاف الجزر، في ألف: a count
		}
		y, j = v, j2
		wordsYear = true
	default:
		return cand{}, false
	}
	if y == 0 {
		return cand{}, false
	}
	if m.bcAfter(j) || y > 2200 && !m.has(j, rEra) {
		return cand{}, false // سنة 3000 ق.م.
	}
	if e := m.word(j); !word && e != nil && e.roles&rEra != 0 && e.era == Gregorian && (y > 2100 || m.tok(j+1) != nil && m.tok(j+1).kind == tNum) {
		return cand{}, false // 3850 م2: square metres
	}
	c := newCand(i, j, cAbs)
	c.grain = Year
	c.f.Year = y
	c.hasYear = true
	era := era0
	if e := m.word(j); e != nil && e.roles&rEra != 0 && !m.wa(j) {
		era = e.era
		c.j = j + 1
	}
	if y > 9999 || era == Hijri && y > 2000 {
		return cand{}, false // 10000 هـ: no year ISO can write
	}
	if !word && era == 0 {
		// A bare four-digit number is a year after a preposition of time,
		// when it is a plausible year and no count follows.
		if (y < 1900 || y > 2100) && !wordsYear || m.followedByCount(j) || m.firstWordIn(j, m.lx.amountWords) {
			return cand{}, false // إلى 2013 دولارا: an amount
		}
		if p := m.tok(i - 2); m.isPrep(i-1, pMin) && p != nil && p.kind == tWord && p.e.roles&rApprox != 0 {
			return cand{}, false // أكثر من 1900 آخرين، أقل من 2000: a count compared, not "since"
		}
		if !m.timePrep(i-1) && (wordsYear || !m.bareYear(i)) && !m.lastWordIn(i-1, m.lx.birthWords) {
			return cand{}, false
		}
		if p := m.tok(i - 1); p != nil && p.kind == tGap && p.flags&fLatin != 0 {
			return cand{}, false
		}
	}
	if word && m.followedByCount(c.j) {
		return cand{}, false
	}
	c.cal = m.yearCalendarAlone(era, y)
	// عامي 2011 و2015، العامين 2009 و2011: a year range.
	dualDef := word && m.word(i).roles&rUnit != 0 && m.word(i).unit == uYear && m.word(i).count == 2
	if word && m.word(i).roles&rYearWord != 0 && strings.HasSuffix(m.wordText(i), "ي") || dualDef {
		k := c.j
		if m.isPrep(k, pWa) {
			k++
		}
		if et := m.tok(k); et != nil && et.kind == tNum && et.np == 1 && et.nd[0] == 4 && int(et.v[0]) > y {
			e := c
			e.f.Year = int(et.v[0])
			e.j = k + 1
			c.end = &e
			c.j = k + 1
		} else if dualDef {
			return cand{}, false
		}
	}
	return c, true
}

// bareYear reports whether the four-digit number at i reads as a year
// with no preposition: after an Arabic noun (حرب 1967، انتخابات 2018) and
// before the end of the clause, never before a noun it could count (نحو
// 2000 شخص) nor after a word of quantity.
func (m *matcher) bareYear(i int) bool {
	p := m.tok(i - 1)
	if m.isPrep(i-1, pWa) && m.yearNumber(i-2) && m.clauseEnds(i+1) {
		return true // the second of two coordinated years (2005 و2009)
	}
	if p == nil || p.kind == tNum || p.kind == tPunct || p.flags&fLatin != 0 {
		return false
	}
	if p.kind == tWord && p.e.roles&(rApprox|rPrep|rCard|rUnit) != 0 {
		return false
	}
	if m.lastWordIn(i-1, m.lx.quantityWords) {
		return false // بواقع 2000، بمعدل 1990
	}
	if y := m.tok(i).v[0]; m.p.hasRef {
		ry, _, _ := ymd(m.p.ref)
		if int(y) > ry+15 {
			return false
		}
	}
	n := m.tok(i + 1)
	if m.isPrep(i+1, pWa) && m.yearNumber(i+2) && m.clauseEnds(i+3) {
		return true // برلماني 2005 و2009
	}
	switch {
	case n == nil || n.flags&fNewline != 0:
		return true
	case n.kind == tPunct:
		return n.p != '%' && n.p != '/' && n.p != '-' && n.p != '.' || n.p == '.' && m.tok(i+2) == nil
	case n.kind == tWord:
		return n.e.roles&(rPrep|rDir|rEra) != 0 && n.e.roles&rUnit == 0 || n.flags&fWa != 0 && n.e.roles&(rCard|rUnit) == 0
	}
	return false
}

func refYear(p *Parser) int {
	y, _, _ := ymd(p.ref)
	return y
}

// decade parses a decade at i (السبعينيات), with the century it may
// name after it: السبعينيات من القرن التاسع عشر (1870–1879), الخمسينات من
// القرن الماضي.
func (m *matcher) decade(i int) cand {
	e := m.word(i)
	c := newCand(i, i+1, cDecade)
	c.off = int(e.num)
	c.grain = Year
	k := i + 1
	if m.isPrep(k, pMin) {
		k++
	}
	cc, good := m.century(k)
	if !good || !m.has(k, rCentury) || cc.cal == Hijri || e.num == 0 {
		return c
	}
	n := cc.off
	if cc.yearRel {
		if !m.p.hasRef {
			return c
		}
		n = refYear(m.p)/100 + 1 + cc.yoff
	}
	c = newCand(i, cc.j, cAbs)
	c.grain, c.f.Year, c.hasYear = Year, (n-1)*100+int(e.num), true
	end := c
	end.f.Year += 9
	c.end = &end
	return c
}

// ageDecade reports a decade told of a person's age (في العشرينات من
// عمره، الستينيات من العمر): the decade of a life, not of the calendar.
func (m *matcher) ageDecade(i int) bool {
	k := i + 1
	if m.isPrep(k, pMin) {
		k++
	}
	return m.tok(k) != nil && m.firstWordIn(k, m.lx.ageWords)
}

// namedMonth reports whether a month is named at k (a month name, or
// شهر + a name or a number), not a bare شهر or الشهر.
func (m *matcher) namedMonth(k int) bool {
	e := m.word(k)
	if e == nil {
		return false
	}
	if e.roles&(rGMonth|rHMonth|rMonthHead) != 0 {
		return true
	}
	return e.roles&rMonthWord != 0 && !e.def && m.tok(k+1) != nil && (m.tok(k+1).kind == tNum || m.has(k+1, rGMonth|rHMonth|rMonthHead|rCard))
}

// afterNamedDay reports whether the month at i follows a day that a name
// word governs (شارع 26 سبتمبر، قوى الرابع عشر من آذار).
func (m *matcher) afterNamedDay(i int) bool {
	k := i - 1
	if m.isPrep(k, pMin) {
		k--
	}
	n := 0
	for ; n < 3 && k >= 0; n++ {
		t := m.tok(k)
		if !(t.kind == tNum || t.kind == tWord && t.e.roles&(rCard|rOrd) != 0 || t.kind == tWord && t.e.prep == pWa && t.e.roles&rPrep != 0) {
			break
		}
		k--
	}
	return n > 0 && m.lastWordIn(k, m.lx.nameHeads)
}

// yearNumber reports a plain four-digit number 1900–2100 at i.
func (m *matcher) yearNumber(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tNum && t.np == 1 && t.flags&fBadNum == 0 && t.nd[0] == 4 && t.v[0] >= 1900 && t.v[0] <= 2100
}

// clauseEnds reports that nothing or a clause-ending mark comes at i.
func (m *matcher) clauseEnds(i int) bool {
	n := m.tok(i)
	return n == nil || n.flags&fNewline != 0 || n.kind == tPunct && n.p != '%' && n.p != '/' && n.p != '-'
}

// wordText is only used for the dual year words; it checks the entry.
func (m *matcher) wordText(i int) string {
	e := m.word(i)
	if e == nil {
		return ""
	}
	if e.roles&rYearWord != 0 && e.roles&rUnit == 0 {
		return "ي" // عامي، سنتي (the dual construct forms carry no unit role)
	}
	return ""
}

// weekday parses a weekday with what follows it: a date (الخميس ٢٨
// حزيران), a direction (الخميس الماضي), a week (الجمعة من الأسبوع المقبل).
func (m *matcher) weekday(i int) (cand, bool) {
	e := m.word(i)
	if !e.def {
		return cand{}, false
	}
	if m.namedByDay(i) {
		return cand{}, false // سوق الأحد، خطيب الجمعة: a thing named by its day
	}
	k := i + 1
	if m.isPunct(k, ",") {
		k++
	}
	if m.has(k, rDualMark) {
		k++ // السبت الموافق 8 تموز
		if m.wordIs(k, m.lx.lamWords) {
			k++ // الأحد الموافق لـ 5 مارس: the preposition apart
		}
	}
	if c, ok := m.nthOf(i); ok {
		return c, true // الاثنين الأخير من آذار
	}
	if m.isPunct(k, "(") && m.tok(k+1) != nil && m.tok(k+1).kind == tNum {
		// الثلاثاء (11 يوليو/تموز)
		if c, ok := m.dayMonth(k + 1); ok && c.end == nil && m.isPunct(c.j, ")") {
			c.i, c.j = i, c.j+1
			c.wd = e.weekday
			return c, true
		}
	}
	if m.isPrep(k, pFi) || m.isPrep(k, pWa) {
		// الخميس في ٢٨ حزيران
		if c, ok := m.dayMonth(k + 1); ok {
			c.i = i
			c.wd = e.weekday
			return c, true
		}
	}
	if c, ok := m.dayMonth(k); ok {
		c.i = i
		c.wd = e.weekday
		if _, ok := m.ordinalAt(k, true); ok && c.f.Day <= 5 && c.end == nil {
			// الثلاثاء الثالث من أيلول: the 3rd if it is a Tuesday, else
			// the third Tuesday (see Parser.nthAsDate)
			c.nthAlt = int8(c.f.Day)
		}
		return c, true
	}
	// الأحد الثاني: the second Sunday of this month; السبت السادس عشر:
	// Saturday the 16th
	if m.has(k, rOrd) && !m.has(k, rWeekday) && m.definite(k) && k == i+1 {
		if v, j, ord, ok := parseNumberWords(m.ts, k); ok && ord && v >= 1 && v <= 31 {
			if _, small := m.ordinalAt(k, true); small && j == k+1 {
				if !m.isPrep(j, pAla) {
					base := newCand(j, j, cRelUnit)
					base.unit, base.grain = uMonth, Month
					c := newCand(i, j, cNth)
					c.nthKind, c.nth, c.wd, c.grain, c.base = nthWeekday, int8(v), e.weekday, Day, &base
					return c, true
				}
			} else if v > 5 {
				c := newCand(i, j, cAbs)
				c.f.Day, c.grain, c.wd = v, Day, e.weekday
				return c, true
			}
		}
	}
	if c, ok := m.monthFirst(k, true); ok && c.grain == Day {
		c.i = i
		c.wd = e.weekday
		return c, true
	}
	if t := m.tok(k); t != nil && t.kind == tNum {
		if c, ok := m.numeric(k); ok && c.grain == Day {
			c.i = i
			c.wd = e.weekday
			return c, true
		}
	}
	// الجمعة 15: a weekday and a day of the month
	if d := m.num(k); d >= 1 && d <= 31 && m.digits(k) <= 2 && !m.followedByCount(k+1) && !(m.tok(k+1) != nil && m.tok(k+1).kind == tGap) {
		c := newCand(i, k+1, cAbs)
		c.f.Day, c.grain, c.wd = d, Day, e.weekday
		return c, true
	}
	// الجمعة في الثاني (حتى …)، الجمعة في خمسة عشر: a weekday on a day of
	// this month, when the clause or a range ends there
	if m.isPrep(k, pFi) {
		if d, j, ok := m.day(k + 1); ok && (m.clauseEnds(j) || m.isPrep(j, pHatta) || m.isPrep(j, pIla)) {
			c := newCand(i, j, cAbs)
			c.f.Day, c.grain, c.wd = d, Day, e.weekday
			return c, true
		}
	}
	c := newCand(i, i+1, cWeekday)
	c.wd = e.weekday
	c.grain = Day
	// الاثنين والثلاثاء الماضيين: the direction after the second weekday
	// is the first's too; two days in a row are one interval
	k2 := i + 1
	if m.isPrep(k2, pWa) {
		k2++ // و written apart
	}
	if k2 > i+1 || m.wa(i+1) {
		if w2 := m.word(k2); w2 != nil && w2.roles&rWeekday != 0 && w2.def {
			if d, j := m.direction(k2 + 1); d == Past || d == Future {
				c.dir = d
				if int(w2.weekday) == (int(e.weekday)+1)%7 {
					e2 := c
					e2.i, e2.j, e2.wd = k2, j, w2.weekday
					c.end, c.j = &e2, j
				}
				return c, true
			}
		}
	}
	// الخميس قبل الماضي، الجمعة بعد المقبل: one week further
	if m.isPrep(i+1, pQabl) || m.isPrep(i+1, pBaad) {
		if d, j := m.direction(i + 2); d == Past && m.isPrep(i+1, pQabl) || d == Future && m.isPrep(i+1, pBaad) {
			c.dir, c.j, c.off = d, j, 1
			return c, true
		}
	}
	if d, j := m.direction(i + 1); d != NoDirection && d != Current {
		c.dir = d
		c.j = j
		return c, true
	}
	// الاثنين هذا: this week's
	if d := m.word(i + 1); d != nil && d.roles&rDir != 0 && d.dir == Current && !m.wa(i+1) && (m.tok(i+2) == nil || !m.has(i+2, rUnit)) {
		c.dir, c.j = Current, i+2
		return c, true
	}
	// الجمعة (من) الأسبوع المقبل / هذا الأسبوع
	k = i + 1
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		k++
	}
	if off, j, ok := m.relWeek(k); ok {
		c.weekAnch, c.weekOff = true, off
		c.dir = dirOf(off)
		c.j = j
	}
	return c, true
}

// wordBefore reports whether one of forms is among the n words before
// token i on its line.
func (m *matcher) wordBefore(i, n int, forms []string) bool {
	words := 0
	for k := i - 1; k >= 0 && words < n; k-- {
		t := &m.ts[k]
		if t.kind == tGap && t.flags&fLatin == 0 {
			for _, w := range strings.Fields(m.sc.text[t.start:t.end]) {
				if m.foldIn(w, forms) {
					return true
				}
			}
		} else if t.kind == tWord && m.foldIn(m.sc.text[t.start:t.end], forms) {
			return true
		}
		words += t.wordCount()
		if t.flags&fNewline != 0 {
			break
		}
	}
	return false
}

// namedByDay reports whether the weekday at i is the second term of a
// construct that names a thing (سوق الأحد، حي الأربعاء، خطيب الجمعة):
// an indefinite head noun of dayNameHeads right before it, on its line,
// with no direction after the weekday (سوق الأحد المقبل is a day).
func (m *matcher) namedByDay(i int) bool {
	if i == 0 || m.wa(i) || m.ts[i].flags&fNewline != 0 || strings.TrimSpace(m.sc.text[m.ts[i-1].end:m.ts[i].start]) != "" {
		return false
	}
	if d, _ := m.direction(i + 1); d != NoDirection {
		return false
	}
	return m.lastWordIn(i-1, m.lx.dayNameHeads)
}

// relWeek reads "الأسبوع الماضي/المقبل/الحالي"، "هذا الأسبوع"، "الأسبوع
// بعد القادم"، "الأسبوع قبل الماضي".
func (m *matcher) relWeek(i int) (off int, j int, ok bool) {
	return m.relUnitAt(i, uWeek)
}

// relUnitAt reads a definite unit with a direction, or هذا + unit.
func (m *matcher) relUnitAt(i int, u unit) (off int, j int, ok bool) {
	e := m.word(i)
	if e == nil {
		return 0, i, false
	}
	if e.roles&rDir != 0 && e.dir == Current && e.roles&rUnit == 0 {
		if ue := m.word(i + 1); ue != nil && ue.roles&rUnit != 0 && ue.unit == u && ue.def && ue.count == 1 {
			return 0, i + 2, true
		}
		return 0, i, false
	}
	if e.roles&rUnit == 0 || e.unit != u || !e.def || e.count != 1 {
		return 0, i, false
	}
	// الأسبوع قبل الماضي / بعد القادم
	if m.isPrep(i+1, pQabl) {
		if d, j := m.direction(i + 2); d == Past {
			return -2, j, true
		}
	}
	if m.isPrep(i+1, pBaad) {
		if d, j := m.direction(i + 2); d == Future {
			return 2, j, true
		}
	}
	if off, j, ok := m.unitOffset(i + 1); ok {
		return off, j, true
	}
	return 0, i, false
}

// relDay parses اليوم، أمس، غداً، البارحة، أول أمس، أمس الأول، بعد غد،
// قبل أمس, with a weekday after (أمس السبت).
func (m *matcher) relDay(i int) (cand, bool) {
	e := m.word(i)
	if e == nil {
		return cand{}, false
	}
	k := i
	off := 0
	anaphor, needAnchor := false, false
	switch {
	case e.roles&rPrep != 0 && (e.prep == pBaad || e.prep == pQabl):
		// بعد غد، بعد الغد، قبل أمس، قبل يوم أمس
		k = i + 1
		if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def {
			k++
		}
		r := m.word(k)
		if r == nil || r.roles&rRelDay == 0 || m.wa(k) {
			return cand{}, false
		}
		if e.prep == pBaad && r.rel == 1 {
			off = 2
		} else if e.prep == pQabl && r.rel == -1 {
			off = -2
		} else {
			return cand{}, false
		}
		k++
	case e.roles&rOrd != 0 && e.num == 1 && e.roles&rRelDay == 0:
		// أول أمس، أول من أمس
		k = i + 1
		if m.isPrep(k, pMin) {
			k++
		}
		r := m.word(k)
		if r == nil || r.roles&rRelDay == 0 || r.rel != -1 || m.wa(k) {
			return cand{}, false
		}
		off = -2
		k++
	case e.roles&rRelDay != 0:
		off = int(e.rel)
		k = i + 1
		if off == 0 && e.roles&rUnit != 0 {
			// اليوم: not "the day" of a named or numbered day
			if n := m.word(k); n != nil && !m.wa(k) {
				switch {
				case n.roles&rSame != 0:
					anaphor, needAnchor = true, true // في اليوم نفسه: the day told before
					k++
				case n.roles&rVagueQ != 0 && n.dir == Past && m.clauseEnds(k+1):
					off = -1 // سأعود في اليوم الأخير: the day before (Recognizers' reading)
					k++
				case n.roles&(rOrd|rDayAdj|rCard|rFirstLast) != 0 && n.roles&rWeekday == 0,
					n.roles&rVagueQ != 0 && n.dir == Past:
					return cand{}, false // اليوم الأول، اليوم الأخير للمهرجان
				case n.roles&rLaterWord != 0 && n.roles&rDir != 0,
					n.roles&rDir != 0 && n.dir == Future && n.roles&rUnit == 0:
					// اليوم التالي/الآتي/القادم: the day after the date told
					// before (or the reference)
					if n.dir == Future {
						off = 1
					} else {
						off = -1
					}
					k++
					anaphor = true
				case n.roles&rDir != 0 && n.dir == Past:
					off = -1
					k++
				}
			}
			if m.isPrep(i-1, pMin) && m.has(i-2, rOrd) {
				return cand{}, false // في اليوم الأول من …
			}
			if m.has(i-1, rNameBeforeToday) && !m.wa(i) {
				return cand{}, false // عين اليوم، روسيا اليوم: a name
			}
			if m.has(i-1, rDir) && m.word(i-1).dir == Current && m.afterMithl(i-1) {
				return cand{}, false // مثل هذا اليوم without a year: an anniversary
			}
			if m.firstWordIn(k, m.lx.relativeWords) || m.isPrep(k, pIla) {
				// اليوم الذي بعد الغد، اليوم الي قبل امبارح: that day
				if t := m.tok(k); (t.kind != tGap || t.words == 1) && (m.isPrep(k+1, pBaad) || m.isPrep(k+1, pQabl)) {
					if r, ok := m.relDay(k + 1); ok {
						r.i = i
						return r, true
					}
				}
				if !m.isPrep(k, pIla) {
					return cand{}, false // اليوم الذي: the day that …
				}
			}
			if m.isPrep(i-1, pFi) && (m.lastWordIn(i-2, m.lx.timesWords) || m.num(i-3) > 0 && m.tok(i-2).kind == tGap) {
				return cand{}, false // مرتين في اليوم، 10 سجائر في اليوم: a rate
			}
			if m.lastWordIn(i-1, m.lx.sameWords) && !m.wa(i) {
				anaphor, needAnchor = true, true // في نفس اليوم: the day told before
			}
		}
		if off == 0 && e.roles&rUnit == 0 && m.has(k, rDir) && !m.wa(k) {
			// الليلة الماضية is last night; الليلة المقبلة tonight
			switch m.word(k).dir {
			case Past:
				off = -1
				k++
			case Future:
				k++
			}
		}
		if off == -1 && m.has(k, rOrd) && !m.has(k, rWeekday) && m.word(k).num == 1 && !m.wa(k) {
			off = -2 // أمس الأول
			k++
		}
	default:
		return cand{}, false
	}
	if off == 0 && e.roles&rRelDay != 0 {
		// اليوم 6 مايو: the date says which day today is
		if d, ok := m.dayMonth(k); ok && d.grain == Day {
			d.i = i
			return d, true
		}
	}
	c := newCand(i, k, cRelDay)
	c.off = off
	c.grain = Day
	c.anaphor, c.needAnchor = anaphor, needAnchor
	// اليوم السبت، أمس الأحد
	if w := m.word(k); w != nil && w.roles&rWeekday != 0 && w.def && !m.wa(k) {
		c.wd = w.weekday
		c.j = k + 1
	}
	return c, true
}

// partOfDay parses صباح اليوم، مساء أمس، ليلة الخميس، فجر السبت، صباح
// يوم الخميس، ظهر ٢٨ حزيران.
func (m *matcher) partOfDay(i int) (cand, bool) {
	k := i + 1
	if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def {
		k++
	}
	e := m.word(k)
	t := m.tok(k)
	if t == nil || m.wa(k) {
		return cand{}, false
	}
	var c cand
	ok := false
	switch {
	case e != nil && e.roles&rRelDay != 0:
		c, ok = m.relDay(k)
	case e != nil && e.roles&rWeekday != 0:
		c, ok = m.weekday(k)
		// ليل الجمعة السبت: the night between the two days runs over both,
		// as the annotations write it (a range of the two days)
		if w := m.word(c.j); ok && c.kind == cWeekday && c.j == k+1 && w != nil && w.roles&rWeekday != 0 && w.def &&
			!m.wa(c.j) && int(w.weekday) == (int(c.wd)+1)%7 {
			e := newCand(c.j, c.j+1, cWeekday)
			e.wd, e.grain = w.weekday, Day
			c.end = &e
			c.j++
		}
	case t.kind == tNum || e != nil && e.roles&(rOrd|rCard) != 0:
		c, ok = m.dayMonth(k)
	case e != nil && e.roles&rHoliday != 0:
		c, ok = m.holiday(k)
		if ok && c.hol == holNewYear && !m.lastWordIn(i, m.lx.eveWords) {
			c.hol = holNewYearEve // ليلة رأس السنة: 31 December (عشية: the eve, below)
		}
	}
	if !ok || c.kind == cVague {
		return cand{}, false
	}
	if m.lastWordIn(i, m.lx.eveWords) && c.grain == Day && c.end == nil {
		// عشية عيد الميلاد، عشية الجمعة: the day before
		base := c
		e := newCand(i, c.j, cNth)
		e.nthKind, e.grain, e.dir, e.base, e.hol = nthEve, Day, c.dir, &base, c.hol
		return e, true
	}
	c.i = i
	c.startAt = -1
	return c, true
}

// edgeOf parses مطلع/منتصف/أواخر/نهاية + a month, year, or relative unit:
// the value is the period itself, with Part set.
func (m *matcher) edgeOf(i int) (cand, bool) {
	e := m.word(i)
	k := i + 1
	var c cand
	ok := false
	if e.amb {
		// نص شهر آذار، نصف شهر مارس: only with a month named
		if c, ok = m.monthFirst(k, true); !ok || c.grain != Month || !m.namedMonth(k) {
			return cand{}, false
		}
		c.i, c.startAt, c.part = i, -1, Middle
		return c, true
	}
	if t := m.tok(k); t != nil && !m.wa(k) {
		if ce := m.word(k); ce != nil && ce.roles&rSeason != 0 {
			c, ok = m.season(k, true)
		}
		if ce := m.word(k); !ok && ce != nil && ce.roles&(rGMonth|rHMonth|rMonthHead|rMonthWord) != 0 {
			c, ok = m.monthFirst(k, true)
			if !ok && ce.roles&rMonthWord != 0 {
				if off, j, ok2 := m.relMonth(k); ok2 {
					c = newCand(k, j, cRelUnit)
					c.unit, c.off, c.grain, c.dir = uMonth, off, Month, dirOf(off)
					ok = true
				}
			}
		}
		if !ok {
			if c2, ok2 := m.unitRel(k); ok2 && c2.kind == cRelUnit {
				c, ok = c2, true
			}
		}
		if !ok {
			if c2, ok2 := m.yearAlone(k); ok2 {
				c, ok = c2, true // نهاية العام 2011
			}
		}
		if !ok {
			// نهاية الأسبوع، مطلع العام، نهاية الشهر: the current one
			if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.def && u.count == 1 && (u.unit == uWeek || u.unit == uMonth || u.unit == uYear) {
				c = newCand(k, k+1, cRelUnit)
				c.unit = u.unit
				c.grain = u.unit.grain()
				ok = true
			}
		}
		if ce := m.word(k); !ok && ce != nil && ce.roles&rCentury != 0 {
			c, ok = m.century(k) // مطلع القرن العشرين
		}
		if ce := m.word(k); !ok && ce != nil && ce.roles&rDecade != 0 {
			c, ok = m.decade(k), true // مطلع التسعينيات
		}
		if !ok && t.kind == tNum && t.nd[0] == 4 && t.np == 1 {
			if y := int(t.v[0]); y >= 1900 && y <= 2100 {
				c = newCand(k, k+1, cAbs)
				c.f.Year, c.grain, c.hasYear = y, Year, true
				ok = true
			}
		}
	}
	if !ok {
		return cand{}, false
	}
	if e.roles&rWeekend != 0 && c.kind == cRelUnit && c.unit == uWeek && c.off == 0 && m.has(i+1, rDir) {
		// نهاية هذا الأسبوع: this weekend (نهاية الأسبوع keeps the week, as
		// مطلع الشهر keeps the month; the Recognizers suite reads them so)
		base := c
		w := newCand(i, c.j, cNth)
		w.nthKind, w.grain, w.dir, w.base, w.part = nthWeekend, Day, base.dir, &base, Late
		return w, true
	}
	c.i = i
	c.startAt = -1
	switch e.edge {
	case eEarly:
		c.part = Early
	case eMid:
		c.part = Middle
	case eLate:
		c.part = Late
	}
	return c, true
}

// unitRel parses a unit counted from the reference: الأسبوع الماضي،
// الشهر المقبل، العام الجاري، هذا العام، السنة القادمة, with a weekday after
// a week (الأسبوع المقبل يوم الجمعة), and spans of days (اليومين المقبلين،
// الأيام الثلاثة الماضية) or vague ones (الأيام الماضية).
func (m *matcher) unitRel(i int) (cand, bool) {
	if c, ok := m.spanOrVague(i); ok {
		return c, true
	}
	for _, u := range [...]unit{uWeek, uMonth, uYear, uDecade} {
		off, j, ok := m.relUnitAt(i, u)
		if !ok {
			continue
		}
		if u == uYear && m.lastWordIn(i-1, m.lx.generalHeads) && !m.wa(i) && !m.scheduledAfterNoun(i-1) {
			return cand{}, false // المدير العام السابق: the former director general
		}
		c := newCand(i, j, cRelUnit)
		c.unit, c.off = u, off
		c.dir = dirOf(off)
		c.anaphor = off != 0 && m.has(j-1, rLaterWord)
		c.grain = u.grain()
		if u == uWeek {
			// الأسبوع المقبل (يوم) الجمعة
			k := j
			if w := m.word(k); w != nil && w.roles&rUnit != 0 && w.unit == uDay && w.count == 1 && !w.def {
				k++
			}
			if w := m.word(k); w != nil && w.roles&rWeekday != 0 && w.def && !m.wa(k) {
				c.kind = cWeekday
				c.wd = w.weekday
				c.weekAnch, c.weekOff = true, off
				c.grain = Day
				c.j = k + 1
			} else if (m.isPrep(j, pMin) || m.isPrep(j, pBayn)) && m.has(j+1, rWeekday) {
				// الأسبوع المقبل من الأربعاء إلى الجمعة
				if r, ok := m.rangeFrom(j); ok && r.kind == cWeekday && r.end != nil && r.end.kind == cWeekday {
					e := *r.end
					r.weekAnch, r.weekOff, e.weekAnch, e.weekOff = true, off, true, off
					r.end = &e
					r.i, r.startAt = i, -1
					r.dir = dirOf(off)
					return r, true
				}
			}
		}
		return c, true
	}
	return cand{}, false
}

// spanOrVague parses plural spans counted from the reference: الأيام
// الثلاثة الماضية، اليومين المقبلين، 3 أيام القادمة، الأشهر الستة المقبلة;
// without a count (الأيام الماضية، السنوات الأخيرة) they are vague.
func (m *matcher) spanOrVague(i int) (cand, bool) {
	k := i
	n := 0
	// a count before the unit: 3 أيام القادمة، ثلاثة أيام
	if v := m.num(k); v > 0 && m.digits(k) <= 3 {
		n = v
		k++
	} else if m.has(k, rCard) && !m.wa(k) {
		if v, j, ord, ok := parseNumberWords(m.ts, k); ok && !ord && v > 0 {
			n = v
			k = j
		}
	}
	u := m.word(k)
	if u == nil || u.roles&rUnit == 0 || m.wa(k) {
		return cand{}, false
	}
	if n > 0 && u.def {
		return cand{}, false
	}
	if n == 0 && (!u.def || u.count == 1) {
		return cand{}, false
	}
	if u.count == 2 {
		n = 2
	}
	k++
	vague := false
	// a count or quantifier after a definite plural: الأيام الثلاثة الماضية، الأسابيع القليلة الماضية
	if n == 0 {
		if t := m.tok(k); t != nil && t.kind == tGap && t.words == 1 && m.tok(k+1) != nil && m.tok(k+1).kind == tNum &&
			m.foldEq(m.sc.text[t.start:t.end], "ال") {
			k++ // الأشهر الـ12 الماضية
		}
		if v := m.num(k); v > 0 && m.digits(k) <= 3 {
			n = v
			k++
		} else if m.has(k, rCard|rOrd) && !m.wa(k) {
			// (العشرين، الاثنا عشر read as ordinals too; after a plural they count)
			if v, j, ord, ok := parseNumberWords(m.ts, k); ok && (!ord || m.word(k).nk == nkTens || v >= 11 && v <= 19) && v > 0 {
				n = v
				k = j
			}
		} else if m.has(k, rVagueQ) && !m.wa(k) {
			vague = true
			k++
		}
	}
	d, j := m.direction(k)
	if d == NoDirection && vague && m.has(k-1, rVagueQ) && m.word(k-1).dir == Past {
		d, j = Past, k // السنوات الأخيرة
	}
	last := false
	if d == NoDirection && m.has(k, rVagueQ) && !m.wa(k) {
		// السنوات الأخيرة
		last = true
		d = Past
		j = k + 1
	}
	if d != Past && d != Future {
		if n > 0 && !u.def && m.has(i-1, rLast) {
			d, j = NoDirection, k // آخر 3 سنوات: the caller sets the direction
		} else {
			return cand{}, false
		}
	}
	c := newCand(i, j, cSpan)
	c.dir = d
	c.unit = u.unit
	if n == 0 || vague || last && n == 0 {
		c.kind = cVague
		return c, true
	}
	if n > 1000 || u.unit == uHour || u.unit == uMinute {
		return cand{}, false
	}
	if m.isPrep(i-1, pKhilal) || m.isPrep(i-1, pTiwal) || m.lastWordIn(i-1, m.lx.durationWords) {
		// خلال العامين الماضيين، على مدى الأيام الثلاثة المقبلة: how long
		// something lasted, a duration (news annotation leaves them out)
		return cand{}, false
	}
	c.off = n
	switch u.unit {
	case uDay, uWeek, uMonth, uYear:
		c.grain = Day
	case uDecade:
		c.grain = Year
	}
	return c, true
}

// countSpan parses a count before a plural unit and a direction
// (3 أيام القادمة), led by a number token.
func (m *matcher) countSpan(i int) (cand, bool) {
	return m.spanOrVague(i)
}

// agoAfter parses منذ/قبل/بعد + a count of units: منذ ثلاثة أيام، قبل
// يومين، بعد أسبوع، منذ 21 يوما، بعد أسبوعين من الآن. A count of units
// measured from some other event (قبل أسبوع من الانتخابات) is not a date.
func (m *matcher) agoAfter(i int) (cand, bool) {
	p := m.word(i).prep
	k := i + 1
	if m.has(k, rApprox) && !m.wa(k) {
		k++
		if m.isPrep(k, pMin) {
			k++ // أكثر من عامين
		}
	}
	months, days, u, k2, vague, ok := m.unitChain(k)
	if !ok {
		return cand{}, false
	}
	if k2 == k+1 && m.word(k).count == 1 && (m.startsWithAl(k2) || m.definite(k2) || m.has(k, rYearWord) && m.digits(k2) >= 3) {
		// قبل يوم الإضراب، بعد يوم الأحد: before the day of something;
		// بعد سنة 3000: after the year
		return cand{}, false
	}
	k = k2
	if p == pBaad && (u == uHour || u == uMinute) && months == 0 && days == 0 {
		return cand{}, false // بعد تسع ساعات: hours after some event
	}
	if p == pBaad && (u == uYear || u == uMonth || u == uDecade) && (m.isPrep(k, pFi) && m.wordIs(k+1, m.lx.stayWords) || m.wordIs(k, m.lx.spentWords)) {
		// بعد 18 عاما في سجون الاحتلال، بعد عشرين عاما خلف القضبان،
		// بعد ثلاثين عاما قضاها في المنفى: the years spent somewhere, a
		// duration that ends with the event, no date to come.
		return cand{}, false
	}
	if p == pBaad && (u == uYear || u == uDecade) && months >= 5*12 && !(m.isPrep(k, pMin) && m.has(k+1, rNow)) {
		// ترفع العقوبات عن السودان بعد عشرين عاما، يعود إلى بلاده بعد
		// ثلاثين عاما: five years or more after بعد is how long it took
		// until the event, the lapse news headlines tell; a date that far
		// ahead is given by its year (بحلول عام 2040) or from now (بعد
		// عشر سنوات من الآن).
		return cand{}, false
	}
	c := newCand(i, k, cRelDay)
	if m.isPrep(k, pMin) && m.has(k+1, rNow) {
		c.j = k + 2
	} else if m.isPrep(k, pMin) && p != pMundh && !vague {
		// بعد يومين من عيد الفطر، قبل أسبوع من 5 تموز: counted from that
		// day; قبل أسبوع من الانتخابات is no date
		a, ok := m.core(k + 1)
		if !ok || a.end != nil || a.grain != Day || !(a.kind == cAbs || a.kind == cHoliday || a.kind == cWeekday || a.kind == cRelDay && a.base == nil) {
			return cand{}, false
		}
		c.base, c.j = new(cand), a.j
		*c.base = a // (a copy: a itself stays on the stack when this fails)
	} else if (m.isPrep(k, pMin) || m.isPrep(k, pAla)) && p != pMundh {
		return cand{}, false // قبل أسبوع من الانتخابات
	}
	if vague {
		c.kind = cVague
		return c, true
	}
	sign := -1
	if p == pBaad {
		sign = 1
		c.dir = Future
	} else {
		c.dir = Past
	}
	c.off, c.moff, c.grain = sign*days, sign*months, Day
	if months != 0 {
		c.unit = uMonth
	}
	if p == pMundh && days == 0 && c.base == nil && c.j == k {
		// منذ 22 عاما، منذ ثلاثة أشهر: a count of whole years or months
		// back from the reference dates to that year or month, as the
		// annotations write it (منذ 22 عاما is 1996, not a day of it)
		switch {
		case (u == uYear || u == uDecade) && months%12 == 0:
			c.grain = Year
		case u == uMonth:
			c.grain = Month
		}
	}
	return c, true
}

// fromNow parses a count of units followed by من الآن (1 شهر و 21 يوما
// من الآن): after the reference in a future clause, before it otherwise.
func (m *matcher) fromNow(i int) (cand, bool) {
	months, days, _, k, vague, ok := m.unitChain(i)
	if !ok || vague || !m.isPrep(k, pMin) || !m.has(k+1, rNow) {
		return cand{}, false
	}
	c := newCand(i, k+2, cRelDay)
	sign := -1
	c.dir = Past
	if m.futureContext(i, k+2) {
		sign, c.dir = 1, Future
	}
	c.off, c.moff, c.grain = sign*days, sign*months, Day
	if months != 0 {
		c.unit = uMonth
	}
	return c, true
}

// unitChain reads counts of units joined by و or commas (شهر و21 يوماً،
// عامين و3 أشهر) and returns them in months and days, with the first unit.
func (m *matcher) unitChain(k int) (months, days int, first unit, j int, vague, ok bool) {
	n, u, k2, vague, ok := m.countUnit(k, false)
	if !ok {
		return 0, 0, 0, k, false, false
	}
	first = u
	k = k2
	add := func(n int, u unit) {
		switch u {
		case uDay:
			days += n
		case uWeek:
			days += 7 * n
		case uMonth:
			months += n
		case uYear:
			months += 12 * n
		case uDecade:
			months += 120 * n
		case uHour:
			days += n / 24
		case uMinute:
			days += n / 1440
		}
	}
	add(n, u)
	// منذ عامين ونصف، منذ شهر ونصف: and a half of the unit
	if !vague && m.wa(k) && m.has(k, rEdge) && m.word(k).edge == eMid && m.word(k).amb && m.oneWord(k) {
		switch u {
		case uYear:
			months += 6
			k++
		case uMonth:
			days += 15
			k++
		case uWeek:
			days += 3
			k++
		case uDecade:
			months += 60
			k++
		}
	}
	// منذ شهر و21 يوماً، بعد عامين و3 أشهر: more units joined to it.
	for !vague {
		k3 := k
		if m.isPrep(k3, pWa) || m.isPunct(k3, ",") {
			k3++
		} else if !m.wa(k3) && m.num(k3) <= 0 {
			break
		}
		n2, u2, k4, vague2, ok2 := m.countUnit(k3, true)
		if !ok2 || vague2 {
			break
		}
		add(n2, u2)
		k = k4
	}
	if months > 60000 || days > 2000000 {
		return 0, 0, 0, k, false, false
	}
	return months, days, first, k, vague, true
}

// countUnit reads a count of units at k: 3 أيام، ثلاثة أيام، يومين، أسبوع،
// يوم واحد، بضعة أشهر (vague). A conjunction on its first word is allowed
// when wa is set.
func (m *matcher) countUnit(k int, wa bool) (n int, u unit, j int, vague bool, ok bool) {
	if !wa && m.wa(k) {
		return 0, 0, k, false, false
	}
	if v := m.num(k); v > 0 && m.digits(k) <= 3 {
		n = v
		k++
	} else if m.has(k, rCard) && !m.has(k, rUnit) {
		t := m.tok(k)
		saved := t.flags
		t.flags &^= fWa
		v, j2, ord, ok2 := parseNumberWords(m.ts, k)
		t.flags = saved
		if !ok2 || ord || v <= 0 {
			return 0, 0, k, false, false
		}
		n, k = v, j2
	} else if m.has(k, rVagueQ) {
		vague = true
		k++
	}
	e := m.word(k)
	if e == nil || e.roles&rUnit == 0 || e.def || (m.wa(k) && (n > 0 || vague || !wa)) {
		return 0, 0, k, false, false
	}
	switch {
	case n == 0 && !vague && e.count == 1:
		n = 1
		if w := m.word(k + 1); w != nil && w.roles&rCard != 0 && w.num == 1 && !m.wa(k+1) {
			k++ // يوم واحد
		}
	case n == 0 && !vague && e.count == 2:
		n = 2
	case n > 0 && e.count == 2:
		return 0, 0, k, false, false
	case n == 0 && !vague:
		return 0, 0, k, false, false
	}
	return n, e.unit, k + 1, vague, true
}

// holiday parses عيد الفطر، عيد الأضحى، رأس السنة (الهجرية)، المولد
// النبوي، عاشوراء، يوم عرفة، عيد الميلاد، عيد العمال, with a year after.
func (m *matcher) holiday(i int) (cand, bool) {
	e := m.word(i)
	k := i + 1
	hol := int8(holNone)
	md := int16(0)
	switch {
	case e.hol == holHajj:
		// الحج: the season, after في، خلال، قبل، بعد (not وزارة الحج)
		if !m.timePrep(i-1) || m.prepClitic(i) {
			return cand{}, false
		}
		hol = e.hol
	case e.hol == holAshura || (e.hol == holNewYear || e.hol == holChristmas) && e.roles&rHoliday != 0:
		hol = e.hol
	case e.hol == holIsra:
		// (ذكرى) الإسراء والمعراج; الإسراء alone is a sura or a place name
		if !m.wordIs(k, m.lx.mirajWords) || m.tok(k).kind == tGap && m.tok(k).words != 1 {
			return cand{}, false
		}
		hol = e.hol
		k++
	case e.roles&rUnit != 0 && e.unit == uDay && e.count == 1 && e.def && m.has(k, rDayAdj) && !m.wa(k) &&
		m.has(k+1, rHolPart) && m.word(k+1).hol == holWomen && m.prepClitic(k+1):
		// اليوم العالمي للمرأة: 8 March, like يوم المرأة العالمي
		hol = holWomen
		k += 2
	case e.roles&rUnit != 0 && e.unit == uDay && e.count == 1 && e.def:
		// اليوم الوطني السعودي
		n := m.word(k)
		if n == nil || m.wa(k) || n.roles&rHolPart == 0 || n.hol != holNational {
			return cand{}, false
		}
		v, ok := m.nationAt(k + 1)
		if !ok {
			return cand{}, false
		}
		hol, md = holNational, v
		k++
		if m.tok(k).kind != tGap || m.tok(k).words == 1 {
			k++ // (a gap of several words stays out of the span)
		}
	case e.roles&rHoliday != 0 || e.roles&rUnit != 0 && e.unit == uDay && e.count == 1 && !e.def:
		n := m.word(k)
		if n == nil || m.wa(k) {
			return cand{}, false
		}
		isDay := e.roles&rUnit != 0
		switch {
		case n.roles&rHolPart != 0 && n.hol == holNational:
			// عيد الاستقلال اللبناني، العيد الوطني الكويتي، يوم الاستقلال الأمريكي
			v, ok := m.nationAt(k + 1)
			if !ok {
				return cand{}, false
			}
			hol, md = holNational, v
			if m.tok(k+1).kind != tGap || m.tok(k+1).words == 1 {
				k++
			}
		case n.roles&rHolPart != 0 && n.hol == holHajj && !isDay:
			hol = holHajj // موسم الحج
		case n.roles&rHolPart != 0 && n.hol == holEaster && !isDay:
			hol = holEaster // عيد الفصح (الشرقي، الأرثوذكسي: the Orthodox one)
			if m.orthodox(k + 1) {
				hol = holOrthodoxEaster
				if t := m.tok(k + 1); t.kind != tGap || t.words == 1 {
					k++ // (a gap of several words stays out of the span)
				}
			}
		case isDay && n.roles&rHolPart != 0 && (n.hol == holArafa || n.hol == holThanksgiving || n.hol == holFather || n.hol == holMother ||
			n.hol == holLandDay || n.hol == holLabour || n.hol == holWomen):
			hol = n.hol
			if hol == holWomen && m.wordIs(k+1, m.lx.worldAdjs) && (m.tok(k+1).kind != tGap || m.tok(k+1).words == 1) {
				k++ // يوم المرأة العالمي
			}
		case isDay:
			return cand{}, false
		case n.roles&rHolPart != 0 && (n.hol == holFitr || n.hol == holAdha || n.hol == holChristmas || n.hol == holLabour || n.hol == holMawlid || n.hol == holArafa ||
			n.hol == holThanksgiving || n.hol == holMother || n.hol == holValentine):
			hol = n.hol
		case n.roles&rUnit != 0 && n.unit == uYear && n.def:
			// رأس السنة [الهجرية|الميلادية]
			hol = holNewYear
			if h := m.word(k + 1); h != nil && h.roles&rHolPart != 0 {
				switch h.hol {
				case holHijriNewYear:
					hol = holHijriNewYear
					k++
				case holNewYear:
					k++
				}
			} else if m.wordIs(k+1, m.lx.newAdjs) && (m.tok(k+1).kind != tGap || m.tok(k+1).words == 1) {
				k++ // رأس السنة الجديدة
			}
		default:
			return cand{}, false
		}
		k++
	default:
		return cand{}, false
	}
	if hol == holChristmas && m.isGlory(k) && (m.tok(k).kind != tGap || m.tok(k).words == 1) {
		k++ // عيد الميلاد المجيد
	}
	c := newCand(i, k, cHoliday)
	c.hol = hol
	c.md = md
	c.coming = m.lastWordIn(i-1, m.lx.arrivalWords) // قبل حلول عيد الأضحى
	c.grain = Day
	c.cal = Hijri
	switch hol {
	case holNewYear, holChristmas, holLabour, holThanksgiving, holFather, holMother, holValentine, holLandDay,
		holEaster, holOrthodoxEaster, holNational, holNewYearEve, holWomen:
		c.cal = Gregorian
	}
	if y, era, j, ok := m.yearAfter(k); ok {
		c.f.Year = y
		c.hasYear = true
		if era != 0 {
			c.hijriYr = era == Hijri
		} else {
			c.hijriYr = y >= 1300 && y <= 1500
		}
		c.j = j
	} else if off, j, ok := m.relYear(k); ok {
		c.yearRel, c.yoff, c.j = true, off, j // عيد الفطر العام الماضي
		c.dir = dirOf(off)
	} else if d, j := m.direction(k); d != NoDirection {
		c.dir = d
		c.j = j
	}
	return c, true
}

// wordsOf returns f of the first word of token i (a word, or a gap's
// words), or of its last word when last is set (gapWords reads it).
func (m *matcher) wordsOf(i int, last bool, f func(w string) bool) bool {
	t := m.tok(i)
	if t == nil || t.kind == tNum || t.kind == tPunct || t.flags&fLatin != 0 {
		return false
	}
	s := m.sc.text[t.start:t.end]
	if t.kind == tWord {
		return f(s)
	}
	if last {
		found := false
		m.gapWords(t, func(w string, _ int) bool {
			found = f(w)
			return false
		})
		return found
	}
	for len(s) > 0 {
		var w string
		k := strings.IndexAny(s, " \u00a0\t")
		if k < 0 {
			w, s = s, ""
		} else {
			w, s = s[:k], s[k+1:]
		}
		if w != "" {
			return f(w)
		}
	}
	return false
}

// firstWordIn reports whether the first word of token i, folded, is one
// of forms (folded).
func (m *matcher) firstWordIn(i int, forms []string) bool {
	return m.wordsOf(i, false, func(w string) bool { return m.foldIn(w, forms) })
}

// lastWordIn reports whether the last word of token i is one of forms.
func (m *matcher) lastWordIn(i int, forms []string) bool {
	return m.wordsOf(i, true, func(w string) bool { return m.foldIn(w, forms) })
}

func (m *matcher) foldIn(w string, forms []string) bool {
	// A word that folds to itself (every word of a Search-folded text)
	// folds to a form when it is the form.
	same := m.sc.ft.foldsToItself(w)
	for n := 0; ; n++ {
		if same {
			if slices.Contains(forms, w) {
				return true
			}
		} else {
			for _, f := range forms {
				if m.foldEq(w, f) {
					return true
				}
			}
		}
		// with a clitic: وشارع، بمدينة، لحركة
		if n == 2 || len(w) <= 2 {
			return false
		}
		r, size := utf8.DecodeRuneInString(w)
		if r != 'و' && r != 'ف' && r != 'ب' && r != 'ل' && r != 'ك' {
			return false
		}
		w = w[size:]
	}
}

// foldsToItself reports whether every character of w folds to itself
// (none is dropped, none is U+FFFD or an invalid byte): then foldEq(w, f)
// is w == f.
func (ft *foldTable) foldsToItself(w string) bool {
	for _, r := range w {
		if r < utf8.RuneSelf {
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if f, cls := ft.fold(r); cls == clsDrop || f != r {
			return false
		}
	}
	return true
}

// foldEq reports whether the word w folds to f (already folded), without
// allocating.
func (m *matcher) foldEq(w, f string) bool {
	j := 0
	for _, r := range w {
		if r >= utf8.RuneSelf {
			var cls uint8
			if r, cls = m.sc.ft.fold(r); cls == clsDrop {
				continue
			}
		}
		if j >= len(f) {
			return false
		}
		fr, n := utf8.DecodeRuneInString(f[j:])
		if fr != r {
			return false
		}
		j += n
	}
	return j == len(f)
}

// foldPrefix reports whether the word w folds to a word that begins with
// f (already folded), without allocating: آلأول، اَلأول and ٱلأول begin
// with the article as الأول does.
func (m *matcher) foldPrefix(w, f string) bool {
	j := 0
	for _, r := range w {
		if j >= len(f) {
			return true
		}
		if r >= utf8.RuneSelf {
			var cls uint8
			if r, cls = m.sc.ft.fold(r); cls == clsDrop {
				continue
			}
		}
		fr, n := utf8.DecodeRuneInString(f[j:])
		if fr != r {
			return false
		}
		j += n
	}
	return j == len(f)
}

// nationAt returns the national day of the country whose adjective is the
// first word of token i (السعودي، اللبنانية).
func (m *matcher) nationAt(i int) (int16, bool) {
	if m.wa(i) {
		return 0, false
	}
	md := int16(0)
	ok := m.wordsOf(i, false, func(w string) bool {
		if m.sc.ft.foldsToItself(w) {
			// The nations are sorted by form: the first of w's.
			k, found := slices.BinarySearchFunc(m.lx.nations, w, func(n nationDay, w string) int { return strings.Compare(n.form, w) })
			if found {
				md = m.lx.nations[k].md
			}
			return found
		}
		for _, n := range m.lx.nations {
			if m.foldEq(w, n.form) {
				md = n.md
				return true
			}
		}
		return false
	})
	return md, ok
}

// orthodox reports whether the word at i says Orthodox or Eastern
// (الأرثوذكسي، الشرقي) after عيد الفصح.
func (m *matcher) orthodox(i int) bool {
	return m.wordIs(i, m.lx.easternAdjs)
}

// isGlory reports المجيد after عيد الميلاد.
func (m *matcher) isGlory(i int) bool { return m.wordIs(i, m.lx.gloryAdjs) }

// wordIs reports whether the token at i (a word, or a gap's first word)
// folds to one of forms, folded once in the lexicon, exactly: no clitic
// is read off (firstWordIn reads them). It folds in place (foldEq).
func (m *matcher) wordIs(i int, forms []string) bool {
	return m.wordsOf(i, false, func(w string) bool {
		for _, f := range forms {
			if m.foldEq(w, f) {
				return true
			}
		}
		return false
	})
}

// rangeFrom parses من X حتى/إلى Y and بين X و Y, where X may be a bare day
// or month that takes the rest from Y: من ١٩ حتى ٢١ أيلول القادم، بين
// الخامس عشر والتاسع عشر من نوفمبر، من 1978 وحتى 2012، من يناير إلى مارس.
func (m *matcher) rangeFrom(i int) (cand, bool) {
	twoDays := m.isPrep(i, pYawmay)
	between := m.isPrep(i, pBayn) || twoDays
	k := i + 1
	// بين الفترة الممتدة من / في الفترة من: the range starts at من.
	if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def {
		k++ // من يوم الجمعة
	}
	x, ok := m.rangeStart(k)
	if !ok {
		return cand{}, false
	}
	if x.end != nil {
		// بين عامي 2011 و2015، من 19-21 أيلول: already a range
		x.i = i
		x.startAt = -1
		return x, true
	}
	k = x.j
	if m.isPunct(k, ",") {
		k++
	}
	switch {
	case between && m.isPrep(k, pWa):
		k++
	case between && m.wa(k):
		// و glued to the next word (و٢١ is two tokens; والتاسع one)
	case between && m.isPunct(k, "-") && m.tok(k+1) != nil && m.tok(k+1).kind == m.tok(x.j-1).kind:
		k++ // بين عامي 1952 - 1955
	case !between && (m.isPrep(k, pHatta) || m.isPrep(k, pIla) || m.isPrep(k, pLighaya)):
		k++
	case !between && m.isPrep(k, pWa) && (m.isPrep(k+1, pHatta) || m.isPrep(k+1, pIla)):
		k += 2
	case !between && m.isPunct(k, "-"):
		k++
	default:
		return cand{}, false
	}
	if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def {
		k++
	}
	y, ok := m.rangeEnd(k)
	if !ok || y.kind == cVague || y.kind == cSpan {
		return cand{}, false
	}
	if !completeRange(&x, &y) {
		return cand{}, false
	}
	if twoDays && !(x.kind == cWeekday && y.kind == cWeekday && int(y.wd) == (int(x.wd)+1)%7 ||
		x.kind == cAbs && y.kind == cAbs && x.grain == Day && nextDay(x.cal, x.f, y.f)) {
		return cand{}, false // يومي الاثنين والأربعاء: two days, not the days between
	}
	if x.grain == Year && y.grain == Year && x.kind == cAbs && y.kind == cAbs &&
		(x.f.Year > 2100 || y.f.Year > 2100 || m.followedByCount(y.j) || m.firstWordIn(y.j, m.lx.amountWords)) {
		return cand{}, false // ما بين 2200 و2400 يورو: amounts
	}
	c := x
	c.i = i
	c.startAt = -1
	yy := y
	c.end = &yy
	c.j = y.j
	if y.dir != NoDirection && c.dir == NoDirection {
		c.dir = y.dir
	}
	return c, true
}

// rangeStart reads the first end of a range: a full date, or a bare day
// (a number or ordinal) or month waiting for the rest.
func (m *matcher) rangeStart(k int) (cand, bool) {
	if c, ok := m.core(k); ok && c.kind != cVague && c.kind != cSpan {
		return c, true
	}
	if m.inNumericWhole(k) {
		return cand{}, false // بين 2014-2015-2016: no bare year or day of it
	}
	if d, j, ok := m.day(k); ok {
		c := newCand(k, j, cAbs)
		c.f.Day = d
		c.grain = Day
		return c, true
	}
	if t := m.tok(k); t != nil && t.kind == tNum && t.np == 1 && t.nd[0] == 4 {
		c := newCand(k, k+1, cAbs)
		c.f.Year = int(t.v[0])
		c.hasYear = true
		c.grain = Year
		return c, true
	}
	if cal, mo, j, _, ok := m.month(k); ok {
		c := newCand(k, j, cAbs)
		c.cal, c.f.Month, c.grain = cal, mo, Month
		return c, true
	}
	return cand{}, false
}

// rangeEnd reads the second end of a range (its first word may carry و).
func (m *matcher) rangeEnd(k int) (cand, bool) {
	t := m.tok(k)
	if t == nil {
		return cand{}, false
	}
	saved := t.flags
	t.flags &^= fWa
	defer func() { t.flags = saved }()
	if c, ok := m.core(k); ok {
		return c, true
	}
	if m.inNumericWhole(k) {
		return cand{}, false
	}
	if t.kind == tWord && t.e.roles&rGMonth != 0 && t.e.amb {
		// من يناير إلى مارس: the range makes a month of مارس (not of صفر:
		// من 3 إلى صفر is a count)
		if c, ok := m.monthFirst(k, true); ok {
			return c, true
		}
	}
	if t.kind == tNum && t.np == 1 && t.nd[0] == 4 {
		c := newCand(k, k+1, cAbs)
		c.f.Year = int(t.v[0])
		c.hasYear = true
		c.grain = Year
		if e := m.word(k + 1); e != nil && e.roles&rEra != 0 {
			c.j++
			if e.era == Hijri {
				c.cal = Hijri
			}
		}
		return c, true
	}
	// a bare day: من 4 إلى 23 (في) الشهر المقبل
	if d, j, ok := m.day(k); ok {
		c := newCand(k, j, cAbs)
		c.f.Day = d
		c.grain = Day
		jj := j
		if m.isPrep(jj, pFi) || m.isPrep(jj, pMin) {
			jj++
		}
		if off, j2, ok := m.relMonth(jj); ok {
			c.monthRel, c.moff, c.dir = true, off, dirOf(off)
			c.j = j2
			return c, true
		}
		return cand{}, false
	}
	return cand{}, false
}

// completeRange gives the first end of a range the month, year and
// calendar it leaves to the second, and checks that the two fit.
func completeRange(x, y *cand) bool {
	if x.kind != cAbs || y.kind != cAbs {
		return compatible(x, y)
	}
	if x.grain == Day && x.f.Month == 0 && !x.monthRel && y.grain == Day && y.f.Month == 0 && !y.monthRel {
		// الجمعة 11 حتى الثلاثاء 15: days of a month left unsaid
		return x.f.Day <= y.f.Day
	}
	if x.grain == Day && x.f.Month == 0 && !x.monthRel {
		if y.grain != Day || y.f.Month == 0 && !y.monthRel {
			return false
		}
		x.cal = y.cal
		x.f.Month = y.f.Month
		x.monthRel, x.moff = y.monthRel, y.moff
		if x.f.Day > y.f.Day {
			// من 28 حتى 3 تموز: the start is in the month before
			x.f.Month--
			x.moff--
			if x.f.Month == 0 {
				x.f.Month = 12
				if y.f.Year != 0 {
					x.f.Year = y.f.Year - 1
				}
			}
		}
	}
	if x.grain == Month && y.grain != Month {
		return false
	}
	if x.grain == Year && y.grain != Year {
		return false
	}
	if x.f.Year == 0 && !x.yearRel && y.f.Year != 0 {
		x.f.Year = y.f.Year
		x.hasYear = true
		if x.f.Month > y.f.Month && y.f.Month != 0 {
			x.f.Year--
		}
		x.cal = y.cal
	}
	if x.f.Year == 0 && y.yearRel && !x.yearRel {
		x.yearRel, x.yoff = true, y.yoff
	}
	if x.dir == NoDirection {
		x.dir = y.dir
	}
	return validDay(x.cal, x.f)
}

// scheduledAfterNoun reports whether token j, one of generalHeads, is
// the participle المقرر "scheduled" after a definite noun (الاجتماع
// المقرر العام المقبل: the meeting scheduled next year), no title.
func (m *matcher) scheduledAfterNoun(j int) bool {
	return m.has(j, rFuture) && m.wordsOf(j-1, true, func(w string) bool {
		return strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4
	})
}
