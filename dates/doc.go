// Package dates finds date expressions in Arabic text and resolves them to
// calendar values against a reference date, with exact spans in the input.
//
// It reads every way Arabic news writes a date: Gregorian months in all
// regional systems (كانون الثاني، يناير، جانفي، يوليوز), Hijri months and
// numeric Hijri dates converted with the Umm al-Qura calendar (package
// hijri), digits in any script, years with عام/سنة and م/هـ, weekdays,
// days relative to the reference (اليوم، أمس، الأسبوع الماضي، منذ ثلاثة
// أيام), ranges (من ١٩ حتى ٢١ أيلول), dual dates and holidays, ordinals
// inside a period (أول يوم جمعة من يوليو، الأسبوع الأخير من عام 2015),
// decades and centuries. Counts of units after في or خلال (خلال أسبوعين)
// are durations and are not returned.
//
// Matching works on text folded like normalize's Search preset, so hamza,
// alef maqsura, teh marbuta, diacritics, tatweel and digit variants all
// match; spans are reported in the caller's original text.
//
// Dates without a year follow a news policy by default: the tense of their
// clause decides (اجتماع يعقد في 27 سبتمبر is the coming one, عقد الاجتماع
// في 7 سبتمبر the last one); with no cue, the nearest past occurrence, or
// one within the next two weeks. See PastUnlessFuture.
// Without a reference date such dates keep the year unknown (XXXX-06-28):
// no year is ever invented.
package dates
