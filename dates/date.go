package dates

import (
	"fmt"
	"time"
)

// Grain is the precision of a date: the size of the calendar unit it names.
type Grain uint8

// Grains, finest first.
const (
	// NoGrain is the grain of a vague expression, which names no unit.
	NoGrain Grain = iota
	Day
	Week
	Month
	Year
)

var grainNames = [...]string{"none", "day", "week", "month", "year"}

func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return "none"
}

// Calendar is the calendar a date is written in.
type Calendar uint8

// Calendars.
const (
	Gregorian Calendar = iota + 1
	Hijri              // the Umm al-Qura Hijri calendar (see package hijri)
)

func (c Calendar) String() string {
	switch c {
	case Gregorian:
		return "gregorian"
	case Hijri:
		return "hijri"
	}
	return ""
}

// Direction is the direction cue written with a date: الماضي، المنصرم،
// الفائت، السابق point to the past; القادم، المقبل، التالي to the
// future; الجاري، الحالي، هذا to the current unit.
type Direction int8

// Directions.
const (
	NoDirection Direction = iota
	Past
	Future
	Current
)

func (d Direction) String() string {
	switch d {
	case Past:
		return "past"
	case Future:
		return "future"
	case Current:
		return "current"
	}
	return ""
}

// Part is the part of a period an expression points at: مطلع (early),
// منتصف (middle), أواخر/نهاية (late). The value keeps the grain of the
// period itself: مطلع نيسان is the month of April with Part Early.
type Part uint8

// Parts.
const (
	Whole Part = iota
	Early
	Middle
	Late
)

func (p Part) String() string {
	switch p {
	case Early:
		return "early"
	case Middle:
		return "middle"
	case Late:
		return "late"
	}
	return ""
}

// Fields are the calendar fields an expression writes explicitly, in one
// calendar. A zero field was not written.
type Fields struct {
	Year, Month, Day int
}

// IsZero reports whether no field was written.
func (f Fields) IsZero() bool { return f == Fields{} }

// A Date is a date expression found in a text, with its resolved value.
//
// First and Last bound the value (both inclusive, midnight UTC, Gregorian)
// when Resolved is set: one day for a day, Monday to Sunday for a week, the
// whole month or year, or the written interval for a range. Without a
// reference date an expression that needs one (a date without a year, a
// relative expression) stays unresolved: Resolved is false and ISO writes
// the unknown year as XXXX. Vague expressions (في السنوات الأخيرة) are
// reported with Vague set and never resolved.
type Date struct {
	// Start and End are the byte offsets of the expression in the
	// original text: text[Start:End] == Text.
	Start, End int
	Text       string

	Grain    Grain
	First    time.Time
	Last     time.Time
	Resolved bool
	// Range reports an interval written as one (من ١٩ حتى ٢١ أيلول,
	// 2014-2018); First and Last are its ends, at Grain.
	Range bool

	// Calendar is the calendar the expression is written in. A dual date
	// (٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م) has Calendar Hijri and
	// Dual set, with both Written and WrittenHijri filled.
	Calendar Calendar
	Dual     bool
	// Written holds the Gregorian fields as written; WrittenHijri the Hijri
	// ones (Month 1 is Muharram). For a range they are the fields of its
	// start, and WrittenEnd/WrittenHijriEnd those of its end.
	Written, WrittenEnd           Fields
	WrittenHijri, WrittenHijriEnd Fields
	// Weekday is the weekday named in the expression, if HasWeekday.
	Weekday    time.Weekday
	HasWeekday bool

	// Direction is the direction cue written in the expression.
	Direction Direction
	// Part is the part of the period the expression points at.
	Part Part
	// Season reports an expression that names a season (الصيف الماضي،
	// صيف عام 2007) and Quarter one that names a quarter of a year (الربع
	// الأول من 2018، الربع المقبل): First and Last are its months.
	Season, Quarter bool
	// Holiday names the holiday the expression refers to ("eid-al-fitr",
	// "eid-al-adha", "hijri-new-year", "mawlid", "ashura", "arafa",
	// "ramadan", "christmas", "new-year", "labour-day"), or "".
	Holiday string

	// Relative reports an expression counted from the reference date
	// (اليوم، أمس، الأسبوع الماضي، منذ ثلاثة أيام, a weekday alone).
	Relative bool
	// YearInferred reports that the year was not written and was chosen
	// from the reference date by the year policy.
	YearInferred bool
	// AnchorInferred reports that the value was computed from the
	// reference date rather than written (every resolved Relative date,
	// and inferred years).
	AnchorInferred bool
	// Vague reports an expression that names no definite time (خلال
	// الأيام الماضية، في السنوات الأخيرة). It is never resolved.
	Vague bool
}

// ISO renders the value as ISO 8601: a day 2017-06-28, a month 2017-06, a
// year 2017, an interval 2017-09-19/2017-09-21 (inclusive end). A week is
// written as the interval of its days, Monday to Sunday
// (2017-06-26/2017-07-02), the way news annotation writes it (the
// shared gold files compare values as strings); Week gives its ISO week
// name (2017-W26). Without a year it writes XXXX (XXXX-06-28,
// XXXX-09-19/XXXX-09-21), without a month XX. A relative or vague
// expression that could not be resolved renders as "".
func (d Date) ISO() string {
	if d.Vague {
		return ""
	}
	if d.Resolved {
		if !d.Range && d.Grain != Week && d.wholeUnit() {
			return isoAt(d.First, d.Grain)
		}
		g := d.Grain
		if g == Week || !startsUnit(d.First, g) || !endsUnit(d.Last, g) {
			g = Day // a week, a Hijri month: write the days
		}
		if g == Day && d.First.Equal(d.Last) {
			return isoAt(d.First, Day)
		}
		return isoAt(d.First, g) + "/" + isoAt(d.Last, g)
	}
	start := d.Written
	end := d.WrittenEnd
	if d.Calendar == Hijri && !d.Dual {
		return "" // a Hijri date without a year has no Gregorian value
	}
	if start.IsZero() {
		return ""
	}
	s := isoFields(start, d.Grain)
	if d.Range && !end.IsZero() {
		return s + "/" + isoFields(end, d.Grain)
	}
	return s
}

// Week returns the ISO week name of a resolved date that is one whole
// week (2017-W26), or "".
func (d Date) Week() string {
	if !d.Resolved || d.Vague || d.Range || d.Grain != Week || !d.wholeUnit() {
		return ""
	}
	return isoAt(d.First, Week)
}

// wholeUnit reports whether First..Last is exactly the unit at Grain
// (a whole week, month or year), so that ISO can name the unit.
func (d Date) wholeUnit() bool {
	f, l := d.First, d.Last
	switch d.Grain {
	case Day:
		return f.Equal(l)
	case Week:
		return f.Weekday() == time.Monday && l.Sub(f) == 6*24*time.Hour
	case Month:
		return f.Day() == 1 && l.Equal(f.AddDate(0, 1, -1))
	case Year:
		return f.YearDay() == 1 && l.Equal(f.AddDate(1, 0, -1))
	}
	return false
}

// startsUnit reports whether t is the first day of its unit at g.
func startsUnit(t time.Time, g Grain) bool {
	switch g {
	case Week:
		return t.Weekday() == time.Monday
	case Month:
		return t.Day() == 1
	case Year:
		return t.YearDay() == 1
	}
	return true
}

// endsUnit reports whether t is the last day of its unit at g.
func endsUnit(t time.Time, g Grain) bool {
	n := t.AddDate(0, 0, 1)
	switch g {
	case Week:
		return n.Weekday() == time.Monday
	case Month:
		return n.Day() == 1
	case Year:
		return n.YearDay() == 1
	}
	return true
}

func isoAt(t time.Time, g Grain) string {
	switch g {
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return t.Format("2006-01")
	case Year:
		return fmt.Sprintf("%04d", t.Year())
	}
	return t.Format(time.DateOnly)
}

func isoFields(f Fields, g Grain) string {
	y := "XXXX"
	if f.Year != 0 {
		y = fmt.Sprintf("%04d", f.Year)
	}
	if g == Year || f.Month == 0 && f.Day == 0 {
		return y
	}
	m := "XX"
	if f.Month != 0 {
		m = fmt.Sprintf("%02d", f.Month)
	}
	if g == Month || f.Day == 0 {
		return y + "-" + m
	}
	return fmt.Sprintf("%s-%s-%02d", y, m, f.Day)
}

// String returns the text and its ISO value, for debugging.
func (d Date) String() string {
	return fmt.Sprintf("%q [%d:%d] %s %s", d.Text, d.Start, d.End, d.ISO(), d.Grain)
}
