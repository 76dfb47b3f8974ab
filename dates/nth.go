package dates

import "github.com/nabanlp/naba/dates/hijri"

// nthKind is what an ordinal picks inside a period (see matcher.nthOf).
type nthKind uint8

const (
	nthWeekday    nthKind = iota + 1 // أول يوم جمعة من يوليو، الاثنين الأخير من آذار
	nthWeek                          // الأسبوع الثالث من أكتوبر، أول أسبوع من عام 2015
	nthDay                           // آخر يوم من أكتوبر، ثالث يوم من شهر عشرة
	nthContaining                    // أسبوع 16 سبتمبر: the week of a day
	nthWeekend                       // عطلة نهاية الأسبوع: Saturday and Sunday of a week
	nthFirstN                        // الأشهر الستة الأولى من العام: the first nth units (unit)
	nthLastN                         // العشر الأواخر من رمضان: the last nth units
	nthHolidayDay                    // ثاني أيام عيد الأضحى: a day of a holiday
	nthEve                           // عشية عيد الميلاد: the day before
)

// nthLast is the n of "the last one".
const nthLast = -1

// ordinalAt reads a one-word ordinal 1–5 (أول، الثالث، ثان) or "last"
// (آخر، الأخير) at i, for the nth weekday or week of a period.
func (m *matcher) ordinalAt(i int, def bool) (n int, ok bool) {
	e := m.word(i)
	if e == nil || m.wa(i) {
		return 0, false
	}
	if !def && e.roles&rLast != 0 {
		return nthLast, true
	}
	if def && e.roles&rVagueQ != 0 && e.dir == Past {
		return nthLast, true // الأخير، الأخيرة
	}
	if e.roles&rOrd == 0 || e.roles&rWeekday != 0 || e.nk != nkUnit || e.num < 1 || e.num > 5 {
		return 0, false // (الأحد is Sunday here, not the first)
	}
	// The article must agree with the form: الثالث after a noun, ثالث
	// before one.
	if def != m.definite(i) {
		return 0, false
	}
	// الثالث عشر is thirteenth, not third
	if t := m.word(i + 1); t != nil && t.roles&rCard != 0 && t.nk == nkTeenBase && !m.wa(i+1) {
		return 0, false
	}
	return int(e.num), true
}

// definite reports whether the word at i carries the article (after
// clitics): ال or لل.
func (m *matcher) definite(i int) bool {
	t := m.tok(i)
	if t == nil || t.kind != tWord {
		return false
	}
	// Read folded: Find reads the caller's text, FindText a folded one,
	// and both must read آلأول as الأول.
	return m.foldPrefix(m.sc.text[t.cut:t.end], "ال")
}

// nthOf parses an ordinal picking a weekday, a week or a day inside a
// month or year:
//
//	أول يوم جمعة من يوليو، ثالث ثلاثاء في أيلول 2014، آخر اثنين من الشهر القادم
//	الاثنين الأخير من شهر آذار
//	الأسبوع الثالث من هذا الشهر، أول أسبوع بشهر أكتوبر 2014، الأسبوع الأخير من عام 2015
//	آخر يوم من شهر عشرة سنة 2015، اليوم الأخير من الشهر، ثالث يوم من أكتوبر
func (m *matcher) nthOf(i int) (cand, bool) {
	e := m.word(i)
	if e == nil || m.wa(i) {
		return cand{}, false
	}
	var c cand
	k := i
	switch {
	case e.roles&rUnit != 0 && e.def && e.count == 1 && (e.unit == uWeek || e.unit == uDay):
		// الأسبوع الثالث، اليوم الأخير، اليوم الثالث
		c = newCand(i, i, cNth)
		if e.unit == uWeek {
			c.nthKind = nthWeek
		} else {
			c.nthKind = nthDay
		}
		n, ok := m.ordinalAt(i+1, true)
		k = i + 2
		if !ok && e.unit == uDay {
			if v, j, ord, ok2 := parseNumberWords(m.ts, i+1); ok2 && ord && v >= 1 && v <= 31 && m.definite(i+1) {
				n, ok, k = v, true, j
			}
		}
		if !ok {
			return cand{}, false
		}
		c.nth = int8(n)
	case e.roles&rWeekday != 0 && e.def:
		// الاثنين الأخير من آذار (the nth one reads as a date, see weekday)
		n, ok := m.ordinalAt(i+1, true)
		if !ok || n != nthLast {
			return cand{}, false
		}
		c = newCand(i, i, cNth)
		c.nthKind, c.nth, c.wd = nthWeekday, nthLast, e.weekday
		k = i + 2
	default:
		n, ok := m.ordinalAt(i, false)
		if !ok {
			return cand{}, false
		}
		c = newCand(i, i, cNth)
		c.nth = int8(n)
		k = i + 1
		u := m.word(k)
		day := u != nil && u.roles&rUnit != 0 && u.unit == uDay && u.count == 1 && !u.def && !m.wa(k)
		if day {
			k++ // أول يوم (جمعة)
		}
		switch w := m.word(k); {
		case w != nil && w.roles&rWeekday != 0 && !m.wa(k):
			c.nthKind, c.wd = nthWeekday, w.weekday
			k++
		case day:
			c.nthKind = nthDay
		case u != nil && u.roles&rUnit != 0 && u.unit == uWeek && u.count == 1 && !u.def && !m.wa(k):
			c.nthKind = nthWeek
			k++
		default:
			return cand{}, false
		}
	}
	if c.nthKind != nthDay && (c.nth > 5 || c.nth == 0) {
		return cand{}, false
	}
	base, ok := m.periodBase(k, c.nthKind == nthWeek || c.nthKind == nthDay)
	if !ok {
		return cand{}, false
	}
	if c.nthKind == nthDay && c.nth > 0 && base.grain == Year {
		return cand{}, false // اليوم الثالث من العام: rare, and often a count of days
	}
	c.base = &base
	c.j = base.j
	c.grain = Day
	if c.nthKind == nthWeek {
		c.grain = Week
	}
	c.dir = base.dir
	return c, true
}

// periodBase reads the month (or, with years set, the year) an ordinal
// picks from, after من/في or a clitic ب: يوليو، شهر أيلول من عام 2014،
// الشهر القادم، هذا الشهر، الشهر، عام 2015، العام المقبل، هذا العام.
func (m *matcher) periodBase(k int, years bool) (cand, bool) {
	if m.isPrep(k, pMin) || m.isPrep(k, pFi) {
		k++
	}
	if c, ok := m.monthFirst(k, true); ok {
		if c.grain != Month {
			return cand{}, false
		}
		return c, true
	}
	if off, j, ok := m.relMonth(k); ok {
		c := newCand(k, j, cRelUnit)
		c.unit, c.off, c.grain, c.dir = uMonth, off, Month, dirOf(off)
		return c, true
	}
	if years && m.tok(k) != nil {
		if c, ok := m.yearAlone(k); ok && c.end == nil {
			return c, true
		}
		if off, j, ok := m.relUnitAt(k, uYear); ok {
			c := newCand(k, j, cRelUnit)
			c.unit, c.off, c.grain, c.dir = uYear, off, Year, dirOf(off)
			return c, true
		}
	}
	u := m.word(k)
	if u != nil && u.roles&rUnit != 0 && u.def && u.count == 1 && !m.wa(k) && (u.unit == uMonth || years && u.unit == uYear) {
		// الشهر، العام: the current one
		c := newCand(k, k+1, cRelUnit)
		c.unit, c.grain = u.unit, Month
		if u.unit == uYear {
			c.grain = Year
		}
		return c, true
	}
	return cand{}, false
}

// weekdayOfWeek parses a weekday without the article before a week:
// أحد الأسبوع الماضي، ثلاثاء الأسبوع الفائت، اثنين الأسبوع الحالي.
func (m *matcher) weekdayOfWeek(i int) (cand, bool) {
	e := m.word(i)
	k := i + 1
	if m.isPrep(k, pMin) {
		k++
	}
	off, j, ok := m.relWeek(k)
	if !ok {
		return cand{}, false
	}
	c := newCand(i, j, cWeekday)
	c.wd, c.grain, c.weekAnch, c.weekOff = e.weekday, Day, true, off
	c.dir = dirOf(off)
	return c, true
}

// weekOf parses أسبوع + a day (أسبوع 16 سبتمبر): the week of that day.
func (m *matcher) weekOf(i int) (cand, bool) {
	d, ok := m.dayMonth(i + 1)
	if !ok || d.grain != Day || d.end != nil {
		return cand{}, false
	}
	c := newCand(i, d.j, cNth)
	c.nthKind, c.grain, c.dir = nthContaining, Week, d.dir
	c.base = &d
	return c, true
}

// weekend parses عطلة نهاية الأسبوع (المقبل، الماضي، بعد التالي): the
// Saturday and Sunday of that week.
func (m *matcher) weekend(i int) (cand, bool) {
	k := i + 1
	if e := m.word(k); e == nil || e.roles&rEdge == 0 || e.edge != eLate || m.wa(k) {
		return cand{}, false
	}
	k++
	base := newCand(k, k, cRelUnit)
	base.unit, base.grain = uWeek, Week
	if off, j, ok := m.relWeek(k); ok {
		base.off, base.j, base.dir = off, j, dirOf(off)
	} else if u := m.word(k); u != nil && u.roles&rUnit != 0 && u.unit == uWeek && u.def && u.count == 1 && !m.wa(k) {
		base.j = k + 1
	} else {
		return cand{}, false
	}
	c := newCand(i, base.j, cNth)
	c.nthKind, c.grain, c.dir = nthWeekend, Day, base.dir
	c.base = &base
	return c, true
}

// resolveNth resolves an ordinal inside its period.
func (p *Parser) resolveNth(c *cand, tn tense) resolved {
	b := p.resolveOne(c.base, tn)
	if !b.ok {
		return resolved{}
	}
	s, e := b.iv.s, b.iv.e
	n := int(c.nth)
	out := func(x, y int) resolved {
		return resolved{iv: interval{x, y}, ok: true, inferred: b.inferred}
	}
	switch c.nthKind {
	case nthWeekday:
		wd := int(c.wd)
		if n == nthLast {
			return out(e-(weekdayOf(e)-wd+7)%7, e-(weekdayOf(e)-wd+7)%7)
		}
		d := s + (wd-weekdayOf(s)+7)%7 + 7*(n-1)
		if d > e {
			return resolved{}
		}
		return out(d, d)
	case nthDay, nthHolidayDay: // ثالث يوم من شهر عشرة، ثاني أيام عيد الأضحى
		if n == nthLast {
			return out(e, e)
		}
		if s+n-1 > e {
			return resolved{}
		}
		return out(s+n-1, s+n-1)
	case nthWeek:
		if c.base.grain == Year {
			// ISO weeks: week 1 holds 4 January; the last holds 28 December.
			y, _, _ := ymd(s)
			if c.base.cal == Hijri {
				return resolved{}
			}
			w := mondayOf(gday(y, 1, 4)) + 7*(n-1)
			if n == nthLast {
				w = mondayOf(gday(y, 12, 28))
			}
			if w > mondayOf(gday(y, 12, 28)) {
				return resolved{}
			}
			return out(w, w+6)
		}
		// Weeks of a month are its whole weeks, Monday to Sunday.
		if n == nthLast {
			sun := e - weekdayOf(e)
			return out(sun-6, sun)
		}
		w := s + (1-weekdayOf(s)+7)%7 + 7*(n-1)
		if w+6 > e {
			return resolved{}
		}
		return out(w, w+6)
	case nthContaining:
		w := mondayOf(s)
		return out(w, w+6)
	case nthEve:
		return out(s-1, s-1)
	case nthFirstN, nthLastN:
		first := c.nthKind == nthFirstN
		switch c.unit {
		case uMonth:
			y, _, _ := ymd(s)
			if first {
				return out(s, gday(y, 1+n, 1)-1)
			}
			return out(gday(y, 13-n, 1), e)
		case uWeek:
			n *= 7
		}
		if n > e-s+1 {
			return resolved{}
		}
		if first {
			return out(s, s+n-1)
		}
		return out(e-n+1, e)
	case nthWeekend:
		sat := mondayOf(s) + 5
		return out(sat, sat+1)
	}
	return resolved{}
}

// nthAsDate resolves a weekday written with a small ordinal day (الخميس
// الأول من أكتوبر) whose day does not fall on that weekday as the nth
// such weekday of the month (الثلاثاء الثالث من أيلول 2014 = 16 September).
func (p *Parser) nthAsDate(c *cand, iv interval) (interval, bool) {
	if c.nthAlt == 0 || c.wd < 0 || weekdayOf(iv.s) == int(c.wd) {
		return iv, false
	}
	var ms, me int
	if c.cal == Hijri {
		h := hijri.FromDayNumber(iv.s)
		ms = hijri.MonthStart(h.Year, h.Month)
		me = ms + hijri.MonthLength(h.Year, h.Month) - 1
	} else {
		y, mo, _ := ymd(iv.s)
		ms, me = gday(y, mo, 1), gday(y, mo+1, 1)-1
	}
	d := ms + (int(c.wd)-weekdayOf(ms)+7)%7 + 7*(int(c.nthAlt)-1)
	if d > me {
		return iv, false
	}
	return interval{d, d}, true
}

// century parses القرن + its number (العشرين، الحادي والعشرين، التاسع عشر،
// الـ21) with an optional era (الهجري، الميلادي), or a direction (القرن
// الماضي، القرن الحالي): the hundred years of that century, 1900–1999
// for the twentieth.
func (m *matcher) century(i int) (cand, bool) {
	k := i + 1
	c := newCand(i, k, cCentury)
	c.grain = Year
	if d, j := m.direction(k); d != NoDirection {
		c.yearRel, c.dir, c.j = true, d, j
		c.yoff = int(dirOfOff(d))
		return c, true
	}
	if t := m.tok(k); t != nil && t.kind == tGap && t.words == 1 && t.flags&fLatin == 0 && m.tok(k+1) != nil && m.tok(k+1).kind == tNum {
		if s := m.sc.text[t.start:t.end]; len(s) <= 8 && m.foldPrefix(s, "ال") {
			k++ // القرن الـ21
		}
	}
	n := 0
	j := k
	if v := m.num(k); v > 0 && m.digits(k) <= 2 {
		n, j = v, k+1
	} else if v, j2, _, ok := parseNumberWords(m.ts, k); ok && m.definite(k) {
		n, j = v, j2
	}
	if n < 1 || n > 21 {
		return cand{}, false
	}
	c.off, c.j = n, j
	if m.bcAfter(j) {
		return cand{}, false // القرن 17 ق.م.
	}
	if e := m.word(j); e != nil && e.roles&rEra != 0 && !m.wa(j) {
		c.cal = e.era
		c.j = j + 1
	} else if e != nil && e.roles&rHolPart != 0 && !m.wa(j) && (e.hol == holHijriNewYear || e.hol == holNewYear) {
		// الهجري، الميلادي (read as holiday words elsewhere)
		if e.hol == holHijriNewYear {
			c.cal = Hijri
		}
		c.j = j + 1
	}
	return c, true
}

func dirOfOff(d Direction) int {
	switch d {
	case Past:
		return -1
	case Future:
		return 1
	}
	return 0
}

// resolveCentury resolves a century: written (off is its number) or
// counted from the reference's (yearRel, yoff).
func (p *Parser) resolveCentury(c *cand) resolved {
	n := c.off
	if c.yearRel {
		if !p.hasRef {
			return resolved{}
		}
		y, _, _ := ymd(p.ref)
		n = y/100 + 1 + c.yoff
	}
	if n < 1 {
		return resolved{}
	}
	if c.cal == Hijri {
		first := max((n-1)*100, 1)
		return resolved{iv: interval{hijri.MonthStart(first, 1), hijri.MonthStart(n*100, 1) - 1}, ok: true, inferred: c.yearRel}
	}
	return resolved{iv: interval{gday((n-1)*100, 1, 1), gday(n*100, 1, 1) - 1}, ok: true, inferred: c.yearRel}
}

// firstLastN parses the first or last units of a period: الأشهر الستة
// الأولى من العام، الأيام العشرة الأخيرة من الشهر، العشر الأواخر من رمضان.
func (m *matcher) firstLastN(i int) (cand, bool) {
	e := m.word(i)
	k := i
	u := uDay
	if e.roles&rUnit != 0 && e.def && e.count == 0 && !m.wa(i) {
		u = e.unit
		k++
	} else if e.roles&rCard == 0 || !m.definite(i) {
		return cand{}, false // العشر الأواخر: days
	}
	if u != uDay && u != uWeek && u != uMonth {
		return cand{}, false
	}
	n := 0
	if v := m.num(k); v > 0 && m.digits(k) <= 2 {
		n, k = v, k+1
	} else if v, j, ord, ok := parseNumberWords(m.ts, k); ok && !ord && m.definite(k) {
		n, k = v, j
	}
	fl := m.word(k)
	if n == 0 && k == i+1 && fl != nil && fl.roles&rFirstLast != 0 && !m.wa(k) && m.isPrep(k+1, pMin) {
		// الأيام الأولى من الشهر الجاري، الأسابيع الأخيرة من العام: the
		// period itself with its part, like مطلع and أواخر
		if base, ok := m.periodBase(k+1, true); ok && (u != uMonth || base.grain == Year) {
			base.i, base.startAt = i, -1
			base.part = Early
			if fl.edge == eLate {
				base.part = Late
			}
			return base, true
		}
		return cand{}, false
	}
	if n < 1 || fl == nil || fl.roles&rFirstLast == 0 || m.wa(k) {
		return cand{}, false
	}
	base, ok := m.periodBase(k+1, true)
	if !ok || m.tok(k+1) == nil || !(m.isPrep(k+1, pMin) || m.isPrep(k+1, pFi)) {
		return cand{}, false
	}
	if u == uMonth && base.grain != Year || u == uDay && n > 31 || u == uWeek && n > 5 || u == uMonth && n > 12 {
		return cand{}, false
	}
	c := newCand(i, base.j, cNth)
	c.nthKind, c.nth, c.unit, c.base, c.dir = nthFirstN, int8(n), u, &base, base.dir
	if fl.edge == eLate {
		c.nthKind = nthLastN
	}
	c.grain = Day
	if u == uMonth {
		c.grain = Month
	}
	return c, true
}

// holidayDay parses أول/ثاني/ثالث/آخر أيام + a holiday: that day of it.
func (m *matcher) holidayDay(i int) (cand, bool) {
	n, ok := m.ordinalAt(i, false)
	u := m.word(i + 1)
	if !ok || u == nil || u.roles&rUnit == 0 || u.unit != uDay || u.count != 0 || u.def || m.wa(i+1) {
		return cand{}, false
	}
	var h cand
	if w := m.word(i + 2); w != nil && w.roles&(rHoliday|rUnit) != 0 {
		h, ok = m.holiday(i + 2)
	} else {
		ok = false
	}
	if !ok {
		// أول أيام رمضان: a day of a month
		if h, ok = m.monthFirst(i+2, true); !ok || h.grain != Month {
			return cand{}, false
		}
	}
	c := newCand(i, h.j, cNth)
	c.nthKind, c.nth, c.base, c.grain, c.dir, c.hol = nthHolidayDay, int8(n), &h, Day, h.dir, h.hol
	return c, true
}
