package dates

import (
	"time"

	"github.com/nabanlp/naba/dates/hijri"
)

// day numbers (days since 1970-01-01) are the currency of resolution.

func gday(y, m, d int) int {
	return hijri.DayNumber(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

func ymd(n int) (y, m, d int) {
	t := hijri.DayTime(n)
	return t.Year(), int(t.Month()), t.Day()
}

// interval is an inclusive range of day numbers.
type interval struct{ s, e int }

// soonDays is how far after the reference an occurrence of a date written
// without its year still counts as the one meant under PastUnlessFuture.
const soonDays = 14

// tense is what the clause of a date says of its time: a future cue
// (سيعقد، يعقد، من المقرر، القادم after the date), a past one (عقد، جرى،
// أمس), or none.
type tense uint8

const (
	noTense tense = iota
	futureTense
	pastTense
)

// choose picks, among candidate occurrences (in time order), the one the
// direction cue, the clause tense and the policy ask for, relative to the
// reference day ref. strict makes an explicit cue skip an occurrence that
// contains the reference.
func (p *Parser) choose(cs []interval, dir Direction, tn tense, ref int) int {
	best := -1
	switch {
	case dir == Past:
		for k, c := range cs {
			if c.e < ref {
				best = k
			}
		}
	case dir == Future:
		for k := len(cs) - 1; k >= 0; k-- {
			if cs[k].s > ref {
				best = k
			}
		}
	case dir == Current:
		for k, c := range cs {
			if c.s <= ref && ref <= c.e {
				best = k
			}
		}
	}
	if best >= 0 {
		return best
	}
	pol := p.opts.YearPolicy
	if pol == PastUnlessFuture {
		switch {
		case tn == futureTense || dir == Future:
			pol = AlwaysFuture
		case tn == pastTense:
			pol = AlwaysPast
		default:
			// An occurrence that starts within two weeks after the
			// reference is the one meant (a meeting on 7 September
			// announced on the 3rd), not the one a year back.
			for k, c := range cs {
				if c.s > ref && c.s <= ref+soonDays {
					return k
				}
			}
			pol = AlwaysPast
		}
	}
	switch pol {
	case AlwaysPast:
		for k, c := range cs {
			if c.s <= ref {
				best = k
			}
		}
	case AlwaysFuture:
		for k := len(cs) - 1; k >= 0; k-- {
			if cs[k].e >= ref {
				best = k
			}
		}
	}
	if best < 0 || pol == Nearest {
		dist := func(c interval) int {
			switch {
			case ref < c.s:
				return c.s - ref
			case ref > c.e:
				return ref - c.e
			}
			return 0
		}
		best = 0
		for k, c := range cs {
			if dist(c) < dist(cs[best]) {
				best = k
			}
		}
	}
	return best
}

// absInterval returns the days of calendar fields with a known year.
func absInterval(cal Calendar, f Fields, g Grain) (interval, bool) {
	if cal == Hijri {
		switch {
		case f.Day != 0 && f.Month != 0:
			n := hijri.Date{Year: f.Year, Month: f.Month, Day: f.Day}.DayNumber()
			return interval{n, n}, true
		case f.Month != 0:
			s := hijri.MonthStart(f.Year, f.Month)
			return interval{s, s + hijri.MonthLength(f.Year, f.Month) - 1}, true
		default:
			return interval{hijri.MonthStart(f.Year, 1), hijri.MonthStart(f.Year+1, 1) - 1}, true
		}
	}
	switch {
	case f.Day != 0 && f.Month != 0:
		if f.Day > daysIn(f.Year, f.Month) {
			return interval{}, false
		}
		n := gday(f.Year, f.Month, f.Day)
		return interval{n, n}, true
	case f.Month != 0:
		return interval{gday(f.Year, f.Month, 1), gday(f.Year, f.Month+1, 1) - 1}, true
	default:
		return interval{gday(f.Year, 1, 1), gday(f.Year+1, 1, 1) - 1}, true
	}
}

// resolved is the outcome of resolving one end of an expression.
type resolved struct {
	iv       interval
	ok       bool
	f        Fields // fields after inference (Gregorian or Hijri per cal)
	inferred bool
}

// partInterval returns the days of the months q … q+n-1 of year y (a
// quarter, half or season; a winter starts in December of the year before).
func partInterval(y, q, n int) interval {
	if q == 12 {
		y--
	}
	return interval{gday(y, q, 1), gday(y, q+n, 1) - 1}
}

// resolvePart resolves a quarter, half or season.
func (p *Parser) resolvePart(c *cand, tn tense) resolved {
	q, n := int(c.q), int(c.qlen)
	switch {
	case c.hasYear:
		return resolved{iv: partInterval(c.f.Year, q, n), ok: true}
	case !p.hasRef:
		return resolved{}
	case c.yearRel:
		y, _, _ := ymd(p.ref)
		return resolved{iv: partInterval(y+c.yoff, q, n), ok: true, inferred: true}
	}
	y, _, _ := ymd(p.ref)
	var cs [3]interval
	for d := -1; d <= 1; d++ {
		cs[d+1] = partInterval(y+d, q, n)
	}
	return resolved{iv: cs[p.choose(cs[:], c.dir, tn, p.ref)], ok: true, inferred: true}
}

// resolveAbs resolves calendar fields, inferring what is missing from the
// reference.
func (p *Parser) resolveAbs(c *cand, tn tense) resolved {
	r := p.resolveFields(c, tn)
	if r.ok && c.nthAlt > 0 {
		if iv, ok := p.nthAsDate(c, r.iv); ok {
			r.iv = iv
		}
	}
	return r
}

// resolveFields resolves calendar fields (see resolveAbs).
func (p *Parser) resolveFields(c *cand, tn tense) resolved {
	if c.q != 0 {
		return p.resolvePart(c, tn)
	}
	f := c.f
	if c.dual && c.g.Year != 0 {
		// The Gregorian side of a dual date gives the value.
		if iv, ok := absInterval(Gregorian, c.g, c.grain); ok {
			return resolved{iv: iv, ok: true, f: f}
		}
	}
	if c.gYear {
		// A Hijri month in a Gregorian year: its first occurrence there.
		gs, ge := gday(f.Year, 1, 1), gday(f.Year+1, 1, 1)
		h := hijri.FromDayNumber(gs).Year
		for hy := h; hy <= h+1; hy++ {
			g := f
			g.Year = hy
			if s := hijri.MonthStart(hy, f.Month); s >= gs && s < ge {
				iv, ok := absInterval(Hijri, g, c.grain)
				return resolved{iv: iv, ok: ok, f: g}
			}
		}
		return resolved{}
	}
	if c.hasYear || f.Year != 0 {
		iv, ok := absInterval(c.cal, f, c.grain)
		return resolved{iv: iv, ok: ok, f: f}
	}
	if !p.hasRef {
		return resolved{f: f}
	}
	ref := p.ref
	ry, rm, _ := ymd(ref)
	if c.cal == Hijri {
		h := hijri.FromDayNumber(ref)
		ry, rm = h.Year, h.Month
	}
	if c.monthRel {
		y, mo := ry, rm+c.moff
		for mo < 1 {
			mo += 12
			y--
		}
		for mo > 12 {
			mo -= 12
			y++
		}
		f.Year, f.Month = y, mo
		iv, ok := absInterval(c.cal, f, c.grain)
		return resolved{iv: iv, ok: ok, f: f, inferred: true}
	}
	if c.yearRel || c.dir == Current && f.Month != 0 {
		// يونيو العام المقبل; هذا أيلول is September of this year
		f.Year = ry + c.yoff
		iv, ok := absInterval(c.cal, f, c.grain)
		return resolved{iv: iv, ok: ok, f: f, inferred: true}
	}
	var cands [3]interval
	var fs [3]Fields
	n := 0
	for d := -1; d <= 1; d++ {
		g := f
		if f.Month != 0 {
			g.Year = ry + d
		} else {
			// a day without a month: the months around the reference
			y, mo := ry, rm+d
			if mo < 1 {
				mo, y = 12, y-1
			} else if mo > 12 {
				mo, y = 1, y+1
			}
			g.Year, g.Month = y, mo
			if c.cal == Gregorian && g.Day > daysIn(y, mo) {
				continue
			}
		}
		iv, ok := absInterval(c.cal, g, c.grain)
		if !ok {
			continue
		}
		cands[n], fs[n] = iv, g
		n++
	}
	if n == 0 {
		return resolved{f: f}
	}
	k := p.choose(cands[:n], c.dir, tn, ref)
	if c.wd >= 0 && f.Day != 0 && c.cal == Gregorian && weekdayOf(cands[k].s) != int(c.wd) {
		// الاثنين 28 مايو: the occurrence that falls on that weekday wins,
		// within a year of the reference; but a mismatched one within a
		// month of it stays (a slip of the writer, not another year).
		pick := -1
		for j := range n {
			if weekdayOf(cands[j].s) == int(c.wd) && cands[j].s-ref <= 366 && ref-cands[j].s <= 366 {
				pick = j
			}
		}
		if d := cands[k].s - ref; pick >= 0 && (d > 30 || d < -30) {
			k = pick
		}
	}
	out := fs[k]
	if f.Month == 0 {
		out.Month = 0 // the month was not written; keep the fields honest
		out.Year = 0
	} else {
		out.Year = 0
	}
	return resolved{iv: cands[k], ok: true, f: out, inferred: true}
}

// holidaySpan returns the days of a holiday in Hijri year hy (or Gregorian
// year gy for Gregorian holidays).
func holidaySpan(hol int8, y int) interval {
	switch hol {
	case holFitr:
		s := hijri.MonthStart(y, 10)
		return interval{s, s + 2}
	case holAdha:
		s := hijri.MonthStart(y, 12) + 9
		return interval{s, s + 3}
	case holHijriNewYear:
		s := hijri.MonthStart(y, 1)
		return interval{s, s}
	case holMawlid:
		s := hijri.MonthStart(y, 3) + 11
		return interval{s, s}
	case holAshura:
		s := hijri.MonthStart(y, 1) + 9
		return interval{s, s}
	case holArafa:
		s := hijri.MonthStart(y, 12) + 8
		return interval{s, s}
	case holNewYear:
		s := gday(y, 1, 1)
		return interval{s, s}
	case holChristmas:
		s := gday(y, 12, 25)
		return interval{s, s}
	case holLabour:
		s := gday(y, 5, 1)
		return interval{s, s}
	case holThanksgiving: // the fourth Thursday of November
		s := gday(y, 11, 1)
		s += (4-weekdayOf(s)+7)%7 + 21
		return interval{s, s}
	case holFather: // the third Sunday of June
		s := gday(y, 6, 1)
		s += (7-weekdayOf(s))%7 + 14
		return interval{s, s}
	case holMother: // 21 March in the Arab world
		s := gday(y, 3, 21)
		return interval{s, s}
	case holValentine:
		s := gday(y, 2, 14)
		return interval{s, s}
	case holLandDay:
		s := gday(y, 3, 30)
		return interval{s, s}
	case holEaster:
		s := westernEaster(y)
		return interval{s, s}
	case holOrthodoxEaster:
		s := orthodoxEaster(y)
		return interval{s, s}
	case holHajj: // 8 to 13 Dhu al-Hijja
		s := hijri.MonthStart(y, 12) + 7
		return interval{s, s + 5}
	case holWomen:
		s := gday(y, 3, 8)
		return interval{s, s}
	case holIsra:
		s := hijri.MonthStart(y, 7) + 26
		return interval{s, s}
	case holNewYearEve: // the eve of year y
		s := gday(y-1, 12, 31)
		return interval{s, s}
	}
	return interval{}
}

// holidayDays returns the days of c's holiday in year y (Hijri or
// Gregorian, as holidaySpan).
func holidayDays(c *cand, y int) interval {
	if c.hol == holNational {
		s := gday(y, int(c.md)/100, int(c.md)%100)
		return interval{s, s}
	}
	return holidaySpan(c.hol, y)
}

// westernEaster returns the day of Easter Sunday in Gregorian year y (the
// anonymous Gregorian computus).
func westernEaster(y int) int {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return gday(y, month, day)
}

// orthodoxEaster returns the day of Orthodox Easter in Gregorian year y
// (the Julian computus, moved to the Gregorian calendar).
func orthodoxEaster(y int) int {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return gday(y, month, day) + y/100 - y/400 - 2 // Julian to Gregorian
}

var holidayNames = map[int8]string{
	holFitr: "eid-al-fitr", holAdha: "eid-al-adha", holHijriNewYear: "hijri-new-year", holNewYear: "new-year",
	holMawlid: "mawlid", holAshura: "ashura", holArafa: "arafa", holChristmas: "christmas", holLabour: "labour-day",
	holRamadan: "ramadan", holThanksgiving: "thanksgiving", holFather: "fathers-day", holMother: "mothers-day",
	holValentine: "valentines-day", holLandDay: "land-day", holEaster: "easter", holOrthodoxEaster: "orthodox-easter",
	holNational: "national-day", holHajj: "hajj", holNewYearEve: "new-years-eve",
	holWomen: "womens-day", holIsra: "isra-miraj",
}

func (p *Parser) resolveHoliday(c *cand, tn tense) resolved {
	hijriHol := c.cal == Hijri
	if c.hasYear {
		if !hijriHol {
			return resolved{iv: holidayDays(c, c.f.Year), ok: true}
		}
		if c.hijriYr {
			return resolved{iv: holidayDays(c, c.f.Year), ok: true}
		}
		// A Hijri holiday in a Gregorian year: the occurrence starting in it.
		gs := gday(c.f.Year, 1, 1)
		h := hijri.FromDayNumber(gs).Year
		for hy := h; hy <= h+2; hy++ {
			iv := holidayDays(c, hy)
			if iv.s >= gs && iv.s < gday(c.f.Year+1, 1, 1) {
				return resolved{iv: iv, ok: true}
			}
		}
		return resolved{}
	}
	if !p.hasRef {
		return resolved{}
	}
	base := 0
	if hijriHol {
		base = hijri.FromDayNumber(p.ref).Year
	} else {
		base, _, _ = ymd(p.ref)
	}
	if c.yearRel {
		gy, _, _ := ymd(p.ref)
		gy += c.yoff
		if !hijriHol {
			return resolved{iv: holidayDays(c, gy), ok: true, inferred: true}
		}
		// the occurrence that starts in that Gregorian year
		gs, ge := gday(gy, 1, 1), gday(gy+1, 1, 1)
		for hy := hijri.FromDayNumber(gs).Year; hy <= hijri.FromDayNumber(gs).Year+2; hy++ {
			if iv := holidayDays(c, hy); iv.s >= gs && iv.s < ge {
				return resolved{iv: iv, ok: true, inferred: true}
			}
		}
		return resolved{}
	}
	var cs [3]interval
	for d := -1; d <= 1; d++ {
		cs[d+1] = holidayDays(c, base+d)
	}
	k := p.choose(cs[:], c.dir, tn, p.ref)
	return resolved{iv: cs[k], ok: true, inferred: true}
}

// mondayOf returns the Monday of the ISO week of day n.
func mondayOf(n int) int {
	wd := int(hijri.DayTime(n).Weekday()) // 0 Sunday
	return n - (wd+6)%7
}

func weekdayOf(n int) int { return int(hijri.DayTime(n).Weekday()) }

// resolveWeekday resolves a weekday alone or anchored to a week.
func (p *Parser) resolveWeekday(c *cand, tn tense) resolved {
	if !p.hasRef {
		return resolved{}
	}
	ref := p.ref
	wd := int(c.wd)
	if c.weekAnch {
		n := mondayOf(ref) + 7*c.weekOff + (wd+6)%7
		return resolved{iv: interval{n, n}, ok: true, inferred: true}
	}
	back := (weekdayOf(ref) - wd + 7) % 7 // days back to the latest such day (0 = today)
	fwd := (wd - weekdayOf(ref) + 7) % 7
	var n int
	switch {
	case c.dir == Past:
		if back == 0 {
			back = 7
		}
		n = ref - back - 7*c.off // off: the weeks further back (الخميس قبل الماضي)
	case c.dir == Future:
		if fwd == 0 {
			fwd = 7
		}
		n = ref + fwd + 7*c.off
	case c.dir == Current:
		n = ref + fwd // هذا الجمعة: the coming one, today included
	default:
		pol := p.opts.YearPolicy
		if pol == PastUnlessFuture {
			pol = AlwaysPast
			if tn == futureTense {
				pol = AlwaysFuture
			}
		}
		switch pol {
		case AlwaysFuture:
			n = ref + fwd
		case Nearest:
			if fwd < back {
				n = ref + fwd
			} else {
				n = ref - back
			}
		default:
			n = ref - back
		}
	}
	return resolved{iv: interval{n, n}, ok: true, inferred: true}
}

// resolveRel resolves expressions counted from the reference.
func (p *Parser) resolveRel(c *cand) resolved {
	if !p.hasRef {
		return resolved{}
	}
	ref := p.ref
	switch c.kind {
	case cRelDay:
		if c.moff != 0 {
			y, mo, d := ymd(ref)
			t := time.Date(y, time.Month(mo)+time.Month(c.moff), 1, 0, 0, 0, 0, time.UTC)
			// clamp the day to the month: 31 March minus a month is 28/29 February
			n := hijri.DayNumber(t) + min(d, daysIn(t.Year(), int(t.Month()))) - 1 + c.off
			switch c.grain {
			case Year: // منذ 22 عاما: that year
				return resolved{iv: interval{gday(t.Year(), 1, 1), gday(t.Year()+1, 1, 1) - 1}, ok: true, inferred: true}
			case Month: // منذ ثلاثة أشهر: that month
				return resolved{iv: interval{gday(t.Year(), int(t.Month()), 1), gday(t.Year(), int(t.Month())+1, 1) - 1}, ok: true, inferred: true}
			}
			return resolved{iv: interval{n, n}, ok: true, inferred: true}
		}
		n := ref + c.off
		if c.wd >= 0 {
			// أمس السبت: the named weekday nearest to the counted day
			d := (int(c.wd) - weekdayOf(n) + 7) % 7
			if d > 3 {
				d -= 7
			}
			n += d
			// but never on the other side of the reference: yesterday's
			// weekday is not after it, tomorrow's not before it (أمس
			// الأربعاء on a Monday is the last Wednesday: a reference a
			// few days late, not the coming one).
			if c.off < 0 && n > ref {
				n -= 7
			} else if c.off > 0 && n < ref {
				n += 7
			}
		}
		return resolved{iv: interval{n, n}, ok: true, inferred: true}
	case cRelUnit:
		y, mo, _ := ymd(ref)
		switch c.unit {
		case uWeek:
			s := mondayOf(ref) + 7*c.off
			return resolved{iv: interval{s, s + 6}, ok: true, inferred: true}
		case uMonth:
			s := gday(y, mo+c.off, 1)
			sy, sm, _ := ymd(s)
			return resolved{iv: interval{s, gday(sy, sm+1, 1) - 1}, ok: true, inferred: true}
		case uYear:
			return resolved{iv: interval{gday(y+c.off, 1, 1), gday(y+c.off+1, 1, 1) - 1}, ok: true, inferred: true}
		case uDecade:
			d0 := y - y%10 + 10*c.off
			return resolved{iv: interval{gday(d0, 1, 1), gday(d0+10, 1, 1) - 1}, ok: true, inferred: true}
		case uQuarter:
			m0 := (mo-1)/3*3 + 1 + 3*c.off
			return resolved{iv: interval{gday(y, m0, 1), gday(y, m0+3, 1) - 1}, ok: true, inferred: true}
		}
	case cSpan:
		y, mo, d := ymd(ref)
		n := c.off
		if c.dir == Past {
			switch c.unit {
			case uDay:
				return resolved{iv: interval{ref - n, ref - 1}, ok: true, inferred: true}
			case uWeek:
				return resolved{iv: interval{ref - 7*n, ref - 1}, ok: true, inferred: true}
			case uMonth:
				return resolved{iv: interval{gday(y, mo-n, d), ref - 1}, ok: true, inferred: true}
			case uYear:
				return resolved{iv: interval{gday(y-n, mo, d), ref - 1}, ok: true, inferred: true}
			case uDecade:
				d0 := y - y%10
				return resolved{iv: interval{gday(d0-10*n, 1, 1), gday(d0, 1, 1) - 1}, ok: true, inferred: true}
			}
		}
		switch c.unit {
		case uDay:
			return resolved{iv: interval{ref + 1, ref + n}, ok: true, inferred: true}
		case uWeek:
			return resolved{iv: interval{ref + 1, ref + 7*n}, ok: true, inferred: true}
		case uMonth:
			return resolved{iv: interval{ref + 1, gday(y, mo+n, d)}, ok: true, inferred: true}
		case uYear:
			return resolved{iv: interval{ref + 1, gday(y+n, mo, d)}, ok: true, inferred: true}
		case uDecade:
			d0 := y - y%10 + 10
			return resolved{iv: interval{gday(d0, 1, 1), gday(d0+10*n, 1, 1) - 1}, ok: true, inferred: true}
		}
	}
	return resolved{}
}

// resolveRest resolves بقية الأسبوع/الشهر/العام: the reference day to the
// end of its unit.
func (p *Parser) resolveRest(c *cand) resolved {
	if !p.hasRef {
		return resolved{}
	}
	ref := p.ref
	y, mo, _ := ymd(ref)
	switch c.unit {
	case uWeek:
		return resolved{iv: interval{ref, mondayOf(ref) + 6}, ok: true, inferred: true}
	case uMonth:
		return resolved{iv: interval{ref, gday(y, mo+1, 1) - 1}, ok: true, inferred: true}
	case uYear:
		return resolved{iv: interval{ref, gday(y+1, 1, 1) - 1}, ok: true, inferred: true}
	}
	return resolved{}
}

// resolveDecade resolves a decade written without its century.
func (p *Parser) resolveDecade(c *cand, tn tense) resolved {
	if !p.hasRef {
		return resolved{}
	}
	var cs [2]interval
	for k, century := range [2]int{1900, 2000} {
		y := century + c.off
		cs[k] = interval{gday(y, 1, 1), gday(y+10, 1, 1) - 1}
	}
	return resolved{iv: cs[p.choose(cs[:], c.dir, tn, p.ref)], ok: true, inferred: true}
}

// resolveOne resolves a single (non-range) expression.
func (p *Parser) resolveOne(c *cand, tn tense) resolved {
	switch c.kind {
	case cRest:
		return p.resolveRest(c)
	case cDecade:
		return p.resolveDecade(c, tn)
	case cAbs:
		return p.resolveAbs(c, tn)
	case cHoliday:
		return p.resolveHoliday(c, tn)
	case cWeekday:
		return p.resolveWeekday(c, tn)
	case cRelDay, cRelUnit, cSpan:
		if c.kind == cRelDay && c.base != nil {
			// بعد يومين من عيد الفطر: counted from the first day of the base
			b := p.resolveOne(c.base, tn)
			if !b.ok {
				return resolved{}
			}
			q := *p
			q.hasRef, q.ref = true, b.iv.s
			r := q.resolveRel(c)
			r.inferred = b.inferred
			return r
		}
		return p.resolveRel(c)
	case cNth:
		return p.resolveNth(c, tn)
	case cCentury:
		return p.resolveCentury(c)
	}
	return resolved{}
}

// toDate resolves c into a Date (without its span).
func (p *Parser) toDate(c *cand, tn tense) Date {
	d := Date{Grain: c.grain, Direction: c.dir, Part: c.part, Calendar: c.cal, Dual: c.dual}
	if c.kind == cVague {
		d.Vague = true
		d.Grain = NoGrain
		d.Relative = true
		d.Calendar = Gregorian
		return d
	}
	if c.wd >= 0 {
		d.Weekday, d.HasWeekday = time.Weekday(c.wd), true
	}
	if c.hol != holNone {
		d.Holiday = holidayNames[c.hol]
	}
	// Seasons start in months 3, 6, 9 and 12, quarters in 1, 4, 7 and 10.
	if c.q != 0 && c.qlen == 3 {
		d.Season, d.Quarter = c.q%3 == 0, c.q%3 == 1
	}
	if c.kind == cRelUnit && c.unit == uQuarter {
		d.Quarter = true
	}
	switch c.kind {
	case cRelDay, cRelUnit, cWeekday, cSpan:
		d.Relative = true
	case cAbs:
		d.Relative = c.monthRel || c.yearRel
	case cNth:
		b := c.base
		d.Relative = b.kind != cAbs || b.monthRel || b.yearRel
	}
	if c.kind == cSpan || c.kind == cRest || c.kind == cDecade || c.kind == cCentury || c.q != 0 {
		d.Range = true
	}
	if c.kind == cRest {
		d.Relative = true
	}
	r := p.resolveOne(c, tn)
	setWritten := func(f Fields, g Fields, start bool) {
		if c.cal == Hijri {
			if start {
				d.WrittenHijri, d.Written = f, g
			} else {
				d.WrittenHijriEnd, d.WrittenEnd = f, g
			}
		} else if start {
			d.Written = f
		} else {
			d.WrittenEnd = f
		}
	}
	if c.kind == cAbs {
		setWritten(r.f, c.g, true)
		if !c.hasYear {
			wf := c.f
			wf.Year = 0
			if c.monthRel {
				wf.Month = 0
			}
			setWritten(wf, c.g, true)
		}
		if c.gYear {
			d.WrittenHijri = Fields{Month: c.f.Month, Day: c.f.Day}
			d.Written = Fields{Year: c.f.Year}
		}
	}
	if c.kind == cHoliday && c.hasYear {
		if c.hijriYr {
			d.WrittenHijri.Year = c.f.Year
		} else {
			d.Written.Year = c.f.Year
		}
	}
	if c.kind == cHoliday && c.cal == Gregorian {
		switch c.hol {
		case holNewYear:
			d.Written.Month, d.Written.Day = 1, 1
		case holChristmas:
			d.Written.Month, d.Written.Day = 12, 25
		case holLabour:
			d.Written.Month, d.Written.Day = 5, 1
		case holNewYearEve:
			d.Written.Month, d.Written.Day = 12, 31
		case holNational:
			d.Written.Month, d.Written.Day = int(c.md)/100, int(c.md)%100
		}
	}
	d.YearInferred = r.inferred && (c.kind == cAbs || c.kind == cHoliday) && !c.monthRel && !c.yearRel ||
		c.kind == cNth && r.inferred && c.base.kind == cAbs && !c.base.hasYear && !c.base.monthRel && !c.base.yearRel
	if c.end != nil {
		d.Range = true
		e := c.end
		// The end takes its year from the start when it has none.
		var re resolved
		if r.ok && e.kind == cAbs && !e.hasYear && !e.yearRel && !e.monthRel {
			ec := *e
			sy, sm, _ := ymd(r.iv.s)
			if ec.cal == Hijri {
				h := hijri.FromDayNumber(r.iv.s)
				sy, sm = h.Year, h.Month
			}
			ec.f.Year = sy
			ec.hasYear = true
			noMonth := ec.f.Month == 0 && ec.f.Day != 0
			if noMonth {
				ec.f.Month = sm // الجمعة 11 حتى الثلاثاء 15: the start's month
			}
			re = p.resolveOne(&ec, tn)
			if re.ok && re.iv.e < r.iv.s {
				if noMonth {
					if ec.f.Month++; ec.f.Month > 12 {
						ec.f.Month, ec.f.Year = 1, ec.f.Year+1
					}
				} else {
					ec.f.Year++
				}
				re = p.resolveOne(&ec, tn)
			}
			re.inferred = true
		} else if r.ok && e.kind == cWeekday && !e.weekAnch && (e.dir == NoDirection || e.dir == c.dir) {
			// الاثنين والثلاثاء الماضيين، من الجمعة إلى الأحد: the end is the
			// first such weekday from the start on
			n := r.iv.s + (int(e.wd)-weekdayOf(r.iv.s)+7)%7
			re = resolved{iv: interval{n, n}, ok: true, inferred: true}
		} else {
			re = p.resolveOne(e, tn)
			if r.ok && re.ok && re.iv.e < r.iv.s && tn != futureTense && e.dir == NoDirection {
				// الليلة حتى ليل الأربعاء: a range runs forward
				re = p.resolveOne(e, futureTense)
			}
		}
		ef := e.f
		if !e.hasYear {
			ef.Year = 0
		}
		setWritten(ef, e.g, false)
		if !r.ok || !re.ok || re.iv.e < r.iv.s {
			d.Resolved = false
			return d
		}
		if e.grain > d.Grain {
			d.Grain = e.grain
		}
		d.First, d.Last = hijri.DayTime(r.iv.s), hijri.DayTime(re.iv.e)
		if !isoYears(d.First, d.Last) {
			d.First, d.Last = time.Time{}, time.Time{}
			return d
		}
		d.Resolved = true
		d.AnchorInferred = r.inferred || re.inferred
		if d.Direction == NoDirection {
			d.Direction = e.dir
		}
		return d
	}
	if !r.ok {
		return d
	}
	d.First, d.Last = hijri.DayTime(r.iv.s), hijri.DayTime(r.iv.e)
	if !isoYears(d.First, d.Last) {
		d.First, d.Last = time.Time{}, time.Time{}
		return d
	}
	d.Resolved = true
	d.AnchorInferred = r.inferred
	return d
}

// isoYears reports whether the days first and last fall in the years 1 to
// 9999, the years ISO 8601 writes with four digits: a date resolved
// beyond them (the day before a reference date of 0000-01-01, the year
// after 9999) is left unresolved rather than given a value such as
// "-001" or "10000".
func isoYears(first, last time.Time) bool {
	return first.Year() >= 1 && last.Year() <= 9999
}
