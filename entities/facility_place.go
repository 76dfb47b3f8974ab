package entities

import (
	"strings"
	"unicode/utf8"
)

// facilityPlaces makes one place of a facility head, a listed place and
// the adjective that ends a facility's name (مطار صنعاء الدولي، مستشفى
// دمنهور التعليمي، مستشفى حلب الجامعي): the airport or the hospital is
// named after the city and is the place the text means, as the
// annotations write it. Without the adjective the lists' reading stays
// (مطار عدن reads عدن, see featurePattern); a listed facility (مطار حماة
// العسكري) is read whole by the lists before this.
func (d *doc) facilityPlaces() {
	for k, n := 0, len(d.cands); k < n; k++ {
		c := d.cands[k]
		i := c.first
		if c.dropped || c.label != LOC || c.source != FromGazetteer || c.last >= int(d.segEnd[i]) || d.cover[c.last] != 0 ||
			d.has(c.last, fPro) || !d.facilityAdjective(c.last) {
			continue
		}
		if head, _ := d.facilityHeadAt(i); head && !d.has(i, fDef) && c.last-i >= 2 {
			// مطار كويرس العسكري: a facility listed without its adjective.
			d.cands[k].last = c.last + 1
			d.cands[k].normEnd = d.t.Tokens[c.last].End
			d.cands[k].canon = ""
			d.cover[c.last] = int32(k + 1)
			continue
		}
		if i == 0 || d.has(i, fPro) || d.cover[i-1] != 0 || int(d.segEnd[i-1]) <= i || d.has(i-1, fDef) {
			continue
		}
		isHead, at := d.facilityHeadAt(i - 1)
		if !isHead && !d.has(i-1, fPro) && d.word[i-1] == centreHead && d.word[c.last] == medicalWord {
			// مركز بنغازي الطبي: a medical centre named after its city is
			// a hospital (مركز المدينة alone is its centre).
			isHead = true
		}
		if !isHead {
			continue
		}
		d.cands[k].dropped = true
		for j := c.first; j < c.last; j++ {
			d.cover[j] = 0
		}
		place := cand{label: LOC, first: i - 1, last: c.last + 1, normStart: d.start(i - 1), normEnd: d.t.Tokens[c.last].End, source: FromRule}
		if at > 0 {
			d.stripFirst(&place, at)
		}
		d.add(place)
	}
}

// facilityAdjective reports whether token j ends a facility's name: one
// of facilityAdjectives, or العام (مستشفى الموصل العام) unless a word of
// time makes it the year (العام الماضي).
func (d *doc) facilityAdjective(j int) bool {
	if facilityAdjectives.has(d.word[j]) {
		return true
	}
	if d.word[j] != generalWord {
		return false
	}
	return j+1 >= int(d.segEnd[j]) || !yearAdjectives.has(d.stem[j+1])
}

var generalWord = searchNorm.String("العام")

// facilityAdjectives end the name of a facility named after a place
// (folded): مطار القاهرة الدولي، مستشفى دمنهور التعليمي، مطار حماة
// العسكري، ملعب القاهرة الدولي.
var facilityAdjectives = foldedSet("الدولي", "العسكري", "التعليمي", "الجامعي", "المركزي", "المرجعي", "الميداني",
	"الأولمبي", "الحكومي", "الطبي")

var centreHead, medicalWord = searchNorm.String("مركز"), searchNorm.String("الطبي")

// appointedNames makes a person of two words that no list or candidate
// holds, right before an office in the accusative and the ل or لدى of
// its body or country, after a verb of appointment (appointedBefore) or
// in the list of appointees that follows one: عينت الحكومة نزهة الشقروني
// سفيرة لدى كندا، ... وفلان الفلاني وزيرا للمالية. A given name the lists
// lack (a Maghrebi نزهة, an Amazigh name) and a family name: the slot is
// a person's, whatever the words. The office may be the feminine one,
// whose accusative is written without alef (سفيرة، وزيرة). The first
// word carries no proclitic but و (a list), no article, and neither word
// is a function word, a number, a nationality, a verb shape or listed.
func (d *doc) appointedNames() {
	lastSlot := -1 // the office token of the sentence's last appointee
	for t := 2; t+1 < d.n; t++ {
		if d.has(t, fPunct) && sentenceEnd(d.word[t]) {
			lastSlot = -1
			continue
		}
		if !d.accusativeOffice(t) || !d.officeBody(t+1) {
			continue
		}
		a, b := t-2, t-1
		// The list after an appointment: the last slot was read after a
		// verb of appointment (or in such a list), in this segment (a
		// line break ends it), twelve tokens back at most.
		slotAfter := lastSlot >= 0 && a > lastSlot && a-lastSlot <= 12 && int(d.segEnd[lastSlot]) > a
		if !slotAfter && !d.appointedBefore(a) {
			continue
		}
		lastSlot = t
		if d.cover[a] != 0 || d.cover[b] != 0 || int(d.segEnd[a]) <= t {
			continue
		}
		if d.has(a, fPro) && !d.has(a, fWaw) || d.has(a, fDef) || d.has(b, fPro) {
			continue
		}
		if !d.rareNameWord(a, false) || !d.rareNameWord(b, true) {
			continue
		}
		d.add(cand{label: PER, first: a, last: t, source: FromRule})
	}
}

// sentenceEnd reports whether the punctuation w ends a sentence.
func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "؟" || w == "?" }

// accusativeOffice reports whether token t is an office of
// appointedTitleWords in the indefinite accusative: the masculine with
// its alef (سفيرا، وزيرا), the feminine in ة as written (سفيرة).
func (d *doc) accusativeOffice(t int) bool {
	if _, ok := d.officeWithAlef(t); ok {
		return true
	}
	w := d.word[t]
	return !d.has(t, fPro|fDef) && d.has(t, fArabic) && strings.HasSuffix(w, "ه") && !d.writtenHeh(t) &&
		appointedTitleWords.has(w)
}

// officeWithAlef returns the office of appointedTitleWords (folded) that
// token t writes in the masculine indefinite accusative, with its alef
// (سفيرا، وزيرا، رئيسا), without the alef; ok is false for any other
// word. The one test of the accusative office that accusativeOffice
// (appointedNames) and appointedTitles read.
func (d *doc) officeWithAlef(t int) (base string, ok bool) {
	if d.has(t, fPro|fDef) || !d.has(t, fArabic) {
		return "", false
	}
	base, ok = strings.CutSuffix(d.word[t], "ا")
	if !ok || !appointedTitleWords.has(base) {
		return "", false
	}
	return base, true
}

// officeBody reports whether token n begins the body or the country of
// an office in the accusative: لدى, or ل on a definite noun (للحكومة،
// للخارجية، لجمهورية).
func (d *doc) officeBody(n int) bool {
	if n >= d.n {
		return false
	}
	if d.word[n] == ladaWord {
		return true
	}
	return d.proIsLam(n)
}

var ladaWord = searchNorm.String("لدى")

// givenWord reports whether a list holds the word at token j alone as a
// given name (a weak one too). givenNameAt (doc.go) is the same reading
// of a strong name only: the slot of rareNameWord must take the weak ones
// too (تركي, a nationality the lists hold as a weak given name), where a
// patronymic or an honorific needs a given name sure enough alone.
func (d *doc) givenWord(j int) bool {
	end, _, ok := d.givenName(j)
	return ok && end == j+1
}

// rareNameWord reports whether token j may be a word of a person's name
// in a slot that only a name fills: an Arabic word of three letters or
// more, no function word, number or common noun, that no list holds but
// as a name, and rare as a family name is. A family name may be a nisba
// (العلوي، المصري) or begin as a verb does (تيغرين); a given name not.
func (d *doc) rareNameWord(j int, family bool) bool {
	if !d.has(j, fArabic) || d.has(j, fStop|fNumber|fCommon|fPunct) || utf8.RuneCountInString(d.stem[j]) < 3 {
		return false
	}
	if !family && (d.has(j, fVerbLike) || d.has(j, fNat) && !d.givenWord(j)) {
		// A nationality is no given name unless a list holds it as one
		// (تركي: وتعيين تركي الشبانة وزيرا للإعلام).
		return false
	}
	if family && d.has(j, fNat) {
		return d.has(j, fDef)
	}
	if d.known(j) {
		_, given := d.lookup(j, j+1, setGiven)
		_, family := d.lookup(j, j+1, setFamily)
		return given || family
	}
	return d.centibels(j) < partCB // the bound of a family name: نزهة "an outing" is one
}
