package naba

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/normalize"
)

// Datelines open the first paragraph of a story with its place, date or
// agency:
//
//	دبي، الإمارات العربية المتحدة (CNN)-- …
//	بيروت (رويترز) - …
//	الرياض - واس: …
//	موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس …

// monthWords are the month names of every regional system and of the
// Hijri calendar, Search-folded; two-word names are listed by their first
// word (كانون, تشرين, ربيع, جمادي, ذو).
var monthWords = sync.OnceValue(func() map[string]bool {
	n := normalize.MustNew(normalize.Search)
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
		كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين
		جانفي فيفري أفريل ماي جوان جويلية أوت يوليوز غشت شتنبر نونبر دجنبر
		محرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال ذو ذي`) {
		m[n.String(w)] = true
	}
	return m
})

// twoWordMonths take a second word (كانون الثاني, ربيع الأول, ذو الحجة).
var twoWordMonths = setOf(`كانون تشرين ربيع جمادي ذو ذي`)

// agencies are news agencies and outlets named in datelines,
// Search-folded, their words joined by one space.
var agencies = sync.OnceValue(func() map[string]bool {
	n := normalize.MustNew(normalize.Search)
	m := map[string]bool{}
	for _, a := range []string{
		"CNN", "AFP", "BBC", "AP", "Reuters", "رويترز", "واس", "قنا", "وام", "بنا", "كونا", "سانا", "الأناضول", "أ ف ب", "ا ف ب",
		"أف ب", "د ب أ", "يو بي آي", "أ ش أ", "أ ب", "سبوتنيك", "إرنا", "ارنا", "بترا", "عمون", "معا", "وفا", "العربية نت",
		"الجزيرة", "الحياة", "الشرق الأوسط", "الخليج", "سكاي نيوز", "فرانس برس", "شينخوا", "نوفوستي", "تاس", "سبأ", "لام",
		"واج", "ومع", "قدس برس", "الأسوشيتد برس", "أسوشيتد برس", "رويترز وأ ف ب", "سونا",
	} {
		m[asciiLower(n.String(a))] = true
	}
	return m
})

// datelineEnd returns the source offset where the dateline opening the
// line ends, or 0 if the line opens with none.
func (sg *segmenter) datelineEnd(ln *pageLine) int {
	tx := sg.tx
	toks := tx.Tokens[ln.ntStart:ln.ntEnd]
	word := func(k int) string { return asciiLower(tx.Norm[toks[k].Start:toks[k].End]) }
	isDash := func(k int) bool { return dashAt(toks, word, k) || k < len(toks) && word(k) == ":" }
	end := func(k int) int { // source end of token k
		_, e := tx.SourceSpan(toks[k].Start, toks[k].End)
		return e
	}
	// Place words before the agency or date: up to six words and commas.
	place := 0
	for place < len(toks) && place < 8 {
		t := toks[place]
		if t.Kind == normalize.ArabicWord || t.Kind == normalize.LatinWord || word(place) == "," {
			place++
			continue
		}
		break
	}
	// (AGENCY) followed by a dash: دبي، الإمارات (CNN)-- / (CNN)--
	for p := 0; p <= place && p < len(toks); p++ {
		if word(p) != "(" {
			continue
		}
		q := p + 1
		var parts []string
		for q < len(toks) && q < p+6 && word(q) != ")" {
			if toks[q].Kind.IsWord() {
				parts = append(parts, word(q))
			}
			q++
		}
		if q < len(toks) && word(q) == ")" && agencies()[strings.Join(parts, " ")] && isDash(q+1) {
			k := q + 1
			for isDash(k + 1) {
				k++
			}
			return end(k)
		}
		break
	}
	// PLACE - AGENCY[:] : بيروت - رويترز: ؛ واشنطن - (أ ف ب) - ؛ القاهرة «الحياة»
	// (a tatweel used as a dash is gone from the folded text).
	for p := 1; p <= place+1 && p <= 4; p++ {
		open := p < len(toks) && (word(p) == "(" || word(p) == "«" || word(p) == "\"")
		if !isDash(p) && !open || word(p) == ":" {
			continue
		}
		first := p + 1
		if open {
			first = p
		}
		if first < len(toks) && (word(first) == "(" || word(first) == "«" || word(first) == "\"") {
			first++
		}
		var parts []string
		for q := first; q < len(toks) && q <= first+3 && toks[q].Kind.IsWord(); q++ {
			parts = append(parts, word(q))
			if agencies()[strings.Join(parts, " ")] {
				k := q
				if k+1 < len(toks) && (word(k+1) == ")" || word(k+1) == "»" || word(k+1) == "\"") {
					k++
				}
				if isDash(k+1) || k+1 < len(toks) && word(k+1) == ":" {
					k++
				}
				return end(k)
			}
		}
		break
	}
	// PLACE DAY MONTH YEAR [هـ الموافق DAY MONTH YEAR م] [AGENCY]
	if k := datedPlace(tx, toks, word); k > 0 {
		return end(k - 1)
	}
	// PLACE - and PLACE (COUNTRY) -, bare: a listed place of up to three
	// words, nothing else before the dash (بنغازي - قتل …).
	mark := func(k int) string {
		if k < len(toks) && toks[k].Kind == normalize.Punct {
			return word(k)
		}
		return ""
	}
	for p := 1; p <= 3 && p < len(toks) && toks[p-1].Kind == normalize.ArabicWord; p++ {
		if d := placeDash(mark, p, len(toks)); d >= 0 && listedPlace(tx, toks[0].Start, toks[p-1].End) {
			// A second place and a slash or a dash after the first's
			// dash (رام الله - غزة / قال …): the story's two places.
			for q := d + 2; q <= d+4 && q < len(toks) && toks[q-1].Kind == normalize.ArabicWord; q++ {
				if (mark(q) == "/" || isDashWord(mark(q))) && listedPlace(tx, toks[d+1].Start, toks[q-1].End) {
					return end(q)
				}
			}
			return end(d)
		}
	}
	return 0
}

// numericDate returns the index after a date written in digits, day,
// month and a four-digit year joined by the same dash, slash or dot,
// that toks holds at k (the Sudanese and Maghrebi agencies' dateline:
// الخرطوم 14-9-2026 (سونا) -، الرباط 14/09/2026 (ومع) -), or -1.
func numericDate(toks []normalize.Token, word func(int) string, k int) int {
	if k+4 >= len(toks) {
		return -1
	}
	sep := word(k + 1)
	if sep != "-" && sep != "/" && sep != "." || word(k+3) != sep || toks[k+1].Kind != normalize.Punct || toks[k+3].Kind != normalize.Punct {
		return -1
	}
	for _, j := range []int{k, k + 2, k + 4} {
		if toks[j].Kind != normalize.Number {
			return -1
		}
	}
	if n := utf8.RuneCountInString(word(k)); n > 2 {
		return -1
	}
	if n := utf8.RuneCountInString(word(k + 2)); n > 2 {
		return -1
	}
	if utf8.RuneCountInString(word(k+4)) != 4 {
		return -1
	}
	return k + 5
}

// listedPlace reports whether the Norm text [start, end) of tx is a place
// the gazetteer lists, not as a weak one (placeByline's test). A country
// too (سوريا - …): the event rules read any place that opens a sentence
// before a dash as a dateline's (inDateline), and the lists cannot tell a
// country from a capital of its name (الكويت، تونس) or of another's (عمان).
func listedPlace(tx *normalize.Text, start, end int) bool {
	s, e := tx.SourceSpan(start, end)
	for _, x := range gazetteer.Default().Lookup(tx.Source[s:e]) {
		if x.Kind == gazetteer.Place && !x.Weak {
			return true
		}
	}
	return false
}

// dashAt reports whether token k of toks, read by word, is a dash (-,
// --, – or —).
func dashAt(toks []normalize.Token, word func(int) string, k int) bool {
	if k >= len(toks) || toks[k].Kind != normalize.Punct {
		return false
	}
	return isDashWord(word(k))
}

// placeDash reads the rest of a bare dateline after its place's name, at
// token k: a dash, or a country in brackets and a dash (بنغازي - قتل …،
// بنغازي (ليبيا) - لقي …), before token last; mark returns the text of a
// punctuation token and "" for any other. It returns the dash's token, or
// -1. datelineEnd reads it after a listed place that opens the first
// paragraph; the event rules where a place's mention opens a sentence
// (inDateline).
func placeDash(mark func(int) string, k, last int) int {
	if mark(k) == "(" {
		for j := k + 1; j < k+5 && j < last; j++ {
			if mark(j) == ")" {
				k = j + 1
				break
			}
		}
	}
	if k < last && isDashWord(mark(k)) {
		return k
	}
	return -1
}

// isDashWord reports a dash (-, --, – or —): dashAt's test on a token's
// text, and placeDash's on a mark.
func isDashWord(w string) bool {
	return w != "" && strings.Trim(w, "-") == "" || w == "–" || w == "—"
}

// datedPlace matches PLACE[،-] [WEEKDAY] DATE [هـ الموافق DATE م] [AGENCY] [-]
// at the start of toks and returns the number of tokens it spans, or 0. A
// date is DAY MONTH YEAR, the month with its other name after a slash
// (21 أيار/مايو 2018); DAY MONTH alone when an agency or a dash closes it
// (دمشق 12 سبتمبر (رويترز) -). The agency may stand bare, in brackets or
// between slashes (القاهرة في 12 سبتمبر /أ ش أ/).
func datedPlace(tx *normalize.Text, toks []normalize.Token, word func(int) string) int {
	k := 0
	for k < len(toks) && k < 3 && toks[k].Kind == normalize.ArabicWord && !monthWords()[word(k)] && word(k) != "في" {
		if glueFunctionWords[word(k)] {
			return 0 // a sentence, not a place: أعلنت الوزارة في 12 مارس
		}
		k++
	}
	if k == 0 {
		return 0
	}
	isDash := func(k int) bool { return dashAt(toks, word, k) }
	if k < len(toks) && (word(k) == "," || word(k) == "في" || isDash(k)) {
		k++ // واشنطن، 12 سبتمبر؛ بيروت - 12 أيلول؛ القاهرة في 12 سبتمبر
	}
	yearOK := true
	date := func(k int) int { // returns the index after a DAY MONTH [YEAR], or -1
		if k >= len(toks) || toks[k].Kind != normalize.Number {
			return -1
		}
		if e := numericDate(toks, word, k); e > 0 {
			yearOK = true
			return e
		}
		k++
		if k >= len(toks) || !monthWords()[word(k)] {
			return -1
		}
		if twoWordMonths[word(k)] {
			k++
		}
		k++
		if k+1 < len(toks) && word(k) == "/" && monthWords()[word(k+1)] {
			// أيار/مايو، كانون الثاني/يناير: the month's other name
			k += 2
			if twoWordMonths[word(k-1)] {
				k++
			}
		}
		if k >= len(toks) || toks[k].Kind != normalize.Number || len(word(k)) != 4 {
			yearOK = false
			return k
		}
		yearOK = true
		return k + 1
	}
	if k < len(toks) && weekdayWords[word(k)] {
		k++ // غزة - الخميس ٢٧ ذي القعدة ١٤٣٩هـ: the day's name before its date
	}
	k = date(k)
	if k < 0 {
		return 0
	}
	marked := false // a Hijri marker, or an agency, or the end of the line
	if yearOK && k < len(toks) && (word(k) == "ه" || word(k) == "هـ") {
		k++
		marked = true
	}
	if yearOK && k < len(toks) && word(k) == "الموافق" {
		if k2 := date(k + 1); k2 > 0 && yearOK {
			k = k2
			if k < len(toks) && word(k) == "م" {
				k++
			}
		}
	}
	// An agency after the date: bare, in brackets or between slashes,
	// and a dash after it.
	open := ""
	q0 := k
	if k < len(toks) && (word(k) == "(" || word(k) == "/") {
		open = word(k)
		q0++
	}
	var parts []string
	for q := q0; q < len(toks) && q < q0+3 && toks[q].Kind.IsWord(); q++ {
		parts = append(parts, word(q))
		if agencies()[strings.Join(parts, " ")] {
			e := q + 1
			if open != "" {
				closer := ")"
				if open == "/" {
					closer = "/"
				}
				if e >= len(toks) || word(e) != closer {
					break
				}
				e++
			}
			for isDash(e) {
				e++
			}
			return e
		}
	}
	if isDash(k) {
		for isDash(k + 1) {
			k++
		}
		return k + 1 // بيروت - 12 أيلول 2018 - قال …
	}
	if !yearOK || !marked && k < len(toks) {
		return 0
	}
	return k
}
