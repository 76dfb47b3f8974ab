package dates

import (
	"strings"
	"unicode/utf8"
)

// Cues of an act to come that the tense cues (clauseTense) do not read:
// they are constructions, not single verbs, and are read on the words of
// the segment before a date that has no direction and no tense of its own.

// toComeBefore reports whether the words before candidate c, on its
// segment and after the last punctuation mark, tell of an act to come:
//   - a noun with المقبل/القادم as its adjective (الجولة المقبلة من
//     المحادثات في سبتمبر، القمة القادمة في أيار): the date is that act's;
//   - for a bare month, an act a noun without the article names and
//     يقوم/تقوم بها describes (زيارة يقوم بها الرئيس إلى القاهرة في يونيو:
//     an announced one). With التي (العمليات التي يقوم بها الجيش) the act
//     is under way, and a weekday after it is one that has passed;
//   - for a bare weekday, a declared observance: a verb of announcing or
//     deciding, then the observance (الحداد، عطلة، إضراب) and the day
//     (أعلنت الحكومة الحداد الوطني يوم الثلاثاء، قررت تعطيل الدوام
//     الأحد): the day declared is to come. A weekday before the
//     observance (أعلنت يوم الثلاثاء الحداد) is the day of the telling.
func (m *matcher) toComeBefore(c *cand) bool {
	if c.dir != NoDirection || c.hasYear || c.yearRel || c.monthRel || c.end != nil {
		return false
	}
	bareMonth := c.kind == cAbs && c.grain == Month && c.f.Day == 0 && c.f.Month != 0 && c.qlen == 0
	bareWeekday := c.kind == cWeekday && !c.weekAnch
	if bareWeekday && m.declaredDay(c.i) {
		return true
	}
	words := 0
	for k := c.i - 1; k >= 0 && words < 12; k-- {
		t := &m.ts[k]
		if t.kind == tPunct {
			return false
		}
		if t.kind == tWord && t.e.roles&rDir != 0 && t.e.dir == Future && k > 0 && m.ts[k-1].kind == tGap &&
			t.flags&fNewline == 0 && m.foldIn(m.sc.text[t.start:t.end], m.lx.comingAdjs) {
			return true
		}
		if t.kind == tGap {
			if bareMonth && m.performedAct(t) {
				return true
			}
		}
		words += t.wordCount()
		if t.flags&fNewline != 0 {
			break
		}
	}
	return false
}

// dependentClause returns the token of قبل or بعد that opens, in the
// twelve words before token i with no mark between, a clause of what one
// does before or after (قبل أن يغادر البلاد، بعد أن تنتهي الجولة): أن and
// a verb, and whether the verb is in the present, which says no time of
// its own (the clause takes the time of the one it depends on:
// governingTense); after بعد أن a verb in the past (بعد أن غادر، بعد أن
// تم) tells it. -1 when there is no such clause.
func (m *matcher) dependentClause(i int) (int, bool) {
	found, present := -1, false
	var next, next2 string // the words after w, nearer the date
	m.wordsBack(i-1, func(w string, n, k int) bool {
		if n >= 12 {
			return false
		}
		if (m.isPrep(k, pQabl) || m.isPrep(k, pBaad)) && next2 != "" && m.foldIn(next, m.lx.anWords) {
			found, present = k, m.presentVerb(next2)
			return false
		}
		next, next2 = w, next
		return true
	})
	return found, present
}

// presentVerb reports whether word w has the shape of a verb in the
// present after أن: a prefix ي، ت or ن and two letters at least after it
// (يغادر، تنتهي، نعود, يتم).
func (m *matcher) presentVerb(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if r >= utf8.RuneSelf {
		r, _ = m.sc.ft.fold(r)
	}
	return (r == 'ي' || r == 'ت' || r == 'ن') && utf8.RuneCountInString(w[size:]) >= 2
}

// pastOfT reports whether word w is a verb of the forms تفعّل or تفاعل
// in the past told of a woman, a thing or many (التي تعرضت، الشكوى التي
// تقدمت بها، الذين تظاهروا), which begins with ت like a present verb: five
// letters at least, no تت (the present of those forms: تتعرض), and an
// ending no person of the present has, ت or وا (يتظاهرون).
func (m *matcher) pastOfT(w string) bool {
	first, second, prev, last, n := m.letters(w)
	return n >= 5 && first == 'ت' && second != 'ت' && (last == 'ت' || prev == 'و' && last == 'ا')
}

// letters returns the first two, the next to last and the last letters
// of word w, folded, and how many letters it has (marks and tatweel are
// none): the shape pastOfT and pastOfTWith read.
func (m *matcher) letters(w string) (first, second, prev, last rune, n int) {
	for _, r := range w {
		if r >= utf8.RuneSelf {
			r, _ = m.sc.ft.fold(r)
		}
		if r < 0 {
			continue // a mark or a tatweel
		}
		switch n {
		case 0:
			first = r
		case 1:
			second = r
		}
		prev, last = last, r
		n++
	}
	return first, second, prev, last, n
}

// pastOfTWith reports whether word w, followed by the word after, is the
// past of تفعّل told of a man with no ending (الطلب الذي تقدم به، المبلغ
// الذي تبرع به): four letters in ت, no تت, and ب with a pronoun after it
// (به، بها، بهم، بهما). The present of تفعّل begins with تت and that of
// فعّل (الذي تقدمه الشركة) takes its object with no ب.
func (m *matcher) pastOfTWith(w, after string) bool {
	if !m.foldIn(after, m.lx.withPronouns) {
		return false
	}
	first, second, _, _, n := m.letters(w)
	return n == 4 && first == 'ت' && second != 'ت'
}

// governingTense returns the tense of the clause a dependent clause at
// token k depends on (dependentClause), read back over the segment: a
// date to come that ends before k (futureEnd: ومن المقرر أن يزور الوفد
// المصنع الجمعة المقبل …، قبل أن يغادر السبت) or a future cue makes it
// futureTense, a past cue with no clause (أن) begun after it pastTense,
// whichever comes nearest; else noTense.
func (m *matcher) governingTense(k, futureEnd int) tense {
	for j := k - 1; j >= 0; j-- {
		t := &m.ts[j]
		if j == futureEnd-1 || t.flags&fFuture != 0 {
			return futureTense
		}
		if t.flags&fPast != 0 && !m.thatBetween(j, k) {
			return pastTense
		}
		if t.flags&fNewline != 0 {
			break
		}
	}
	return noTense
}

// gapWords calls f with the words of gap t from the last to the first,
// and the index of each counted from the last (0); f returns false to
// stop.
func (m *matcher) gapWords(t *token, f func(w string, n int) bool) {
	s := m.sc.text[t.start:t.end]
	for n := 0; len(s) > 0; {
		k := strings.LastIndexAny(s, " \u00a0\t\n")
		w := s[k+1:]
		if k < 0 {
			s = ""
		} else {
			s = s[:k]
		}
		if w == "" {
			continue
		}
		if !f(w, n) {
			return
		}
		n++
	}
}

// performedAct reports whether gap t holds يقوم/تقوم + به/بها after a
// word without the article that is no relative pronoun or particle
// (زيارة يقوم بها، جولة تقوم بها).
func (m *matcher) performedAct(t *token) bool {
	found := false
	var after string
	m.gapWords(t, func(w string, n int) bool {
		if n > 0 && m.foldIn(w, m.lx.performVerbs) && m.foldIn(after, m.lx.itPronouns) {
			found = true
			return false
		}
		after = w
		return true
	})
	if !found {
		return false
	}
	// the word before the verb
	ok := false
	seen := false
	m.gapWords(t, func(w string, n int) bool {
		if seen {
			ok = !definiteWord(w) && !m.foldIn(w, m.lx.relativeWords) && !m.foldIn(w, m.lx.thatWords) &&
				utf8.RuneCountInString(w) >= 3
			return false
		}
		if m.foldIn(w, m.lx.performVerbs) {
			seen = true
		}
		return true
	})
	return ok
}

// wordsBack calls f with the words of tokens i, i-1, … from the last to
// the first, the count of words before (n, 0 for the last) and the token
// of each, up to a punctuation mark or a line break; f returns false to
// stop. A number is the word "#".
func (m *matcher) wordsBack(i int, f func(w string, n, k int) bool) {
	n := 0
	for k := i; k >= 0; k-- {
		t := &m.ts[k]
		switch t.kind {
		case tPunct:
			return
		case tNum:
			if !f("#", n, k) {
				return
			}
			n++
		case tWord:
			if !f(m.sc.text[t.cut:t.end], n, k) {
				return
			}
			n++
		default:
			stop := false
			m.gapWords(t, func(w string, _ int) bool {
				if !f(w, n, k) {
					stop = true
					return false
				}
				n++
				return true
			})
			if stop {
				return
			}
		}
		if t.flags&fNewline != 0 {
			return
		}
	}
}

// declaredDay reports whether the words before token i end with an
// observance (الحداد، عطلة، إضراب، تعطيل الدوام) and up to two words after
// it (الحداد الوطني، إضراب شامل، and يوم), with a verb of announcing,
// deciding or calling at most eight words before it (its subject, a place
// and the ones called between: دعت نقابة المعلمين في إربد أعضاءها
// للإضراب يوم الأحد) and no clause (أن) begun between. An observance
// right after خلال، أثناء، عقب، بعد (frameWords) is the time of another
// fact, not what was declared (أعلنت الوزارة مقتل متظاهر خلال الإضراب
// يوم الأحد: the Sunday past).
func (m *matcher) declaredDay(i int) bool {
	obs, decl := -1, false
	m.wordsBack(i-1, func(w string, n, k int) bool {
		if obs < 0 {
			if n > 2 {
				return false
			}
			if m.foldIn(w, m.lx.observances) {
				obs = n
			}
			return true
		}
		if m.foldIn(w, m.lx.thatWords) || n-obs > 8 || n == obs+1 && m.foldIn(w, m.lx.frameWords) {
			return false
		}
		if m.foldIn(w, m.lx.declareVerbs) {
			decl = true
			return false
		}
		return true
	})
	return obs >= 0 && decl
}

// definiteWord reports whether w carries the article, alone or after a
// clitic (الزيارة، والزيارة، بالزيارة، للزيارة).
func definiteWord(w string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// sameDayYear gives a day and month written without year,
// direction or weekday, whose year the policy chose, the value of the
// same day and month written elsewhere in the text with a year or a
// direction: a title's يوم 22 نوفمبر is its body's يوم 22 نوفمبر المقبل,
// one day told twice. Not a month alone: تراجع في مارس … ويرتفع في مارس
// المقبل may be two. ds are the dates of one text, rewritten in place.
//
// The first such date of the text gives the value; they are indexed by
// calendar, month and day once, so a text of thousands of dates costs
// one pass (a lookup per date, not a scan of every other date).
func sameDayYear(ds []Date) {
	type dayKey struct {
		cal        Calendar
		month, day int
	}
	var told map[dayKey]int // the first date of each day with a year or a direction
	for i := range ds {
		d := &ds[i]
		if !d.Resolved || !d.YearInferred || d.Range || d.Direction != NoDirection || d.Written.Year != 0 ||
			d.Written.Month == 0 || d.Written.Day == 0 || d.HasWeekday || d.Relative || d.Grain != Day {
			continue
		}
		if told == nil {
			told = map[dayKey]int{}
			for j := range ds {
				// A date of this kind is never one of those that give a
				// value (its year is not written, it has no direction),
				// so what this loop reads is never rewritten.
				e := &ds[j]
				if !e.Resolved || e.Range || e.Grain != Day || e.Written.Month == 0 || e.Written.Day == 0 ||
					e.Written.Year == 0 && (e.Direction == NoDirection || e.Direction == Current) {
					continue
				}
				k := dayKey{e.Calendar, e.Written.Month, e.Written.Day}
				if _, ok := told[k]; !ok {
					told[k] = j
				}
			}
		}
		if j, ok := told[dayKey{d.Calendar, d.Written.Month, d.Written.Day}]; ok {
			d.First, d.Last = ds[j].First, ds[j].Last
		}
	}
}

// forecastBefore reports whether a forecast told in the past (توقعت،
// رجحت، تنبأ) stands in the 24 words before token i, on its line and in
// its sentence, with a clause (أن) begun between it and the date: what a
// forecast says is to come, whatever tense it was told in (وتوقعت الهيئة
// العامة للأنواء الجوية أن تنحسر العاصفة ابتداء من يوم الأربعاء: the
// coming Wednesday). The subject of a forecast is often a long body's
// name, hence the reach beyond clauseTense's twelve words. A date right
// after the verb, before أن, is when the forecast was made. A clause that
// supposes what has been (رجحت الشرطة أن يكون المسلحون قد هاجموا القرية
// يوم الأحد، أن الهجوم كان الجمعة) or a date in a relative clause told in
// the past (أن يكون الانفجار الذي وقع الجمعة ناجما عن عبوة) is no forecast
// of what is to come: a guess about the past.
func (m *matcher) forecastBefore(i int) bool {
	that, past, qad := false, false, false
	isThat := func(w string, _ int) bool {
		switch {
		case m.foldIn(w, m.lx.wasWords) || qad && m.foldIn(w, m.lx.beWords):
			past = true // كان (before أن: it folds to ك + أن); يكون … قد (read backwards: قد first)
		case m.foldIn(w, m.lx.thatWords):
			that = true
		case m.foldIn(w, m.lx.qadWords):
			qad = true
		}
		return !that && !past
	}
	words := 0
	for k := i - 1; k >= 0 && words < 24; k-- {
		t := &m.ts[k]
		switch {
		case t.kind == tPunct && (t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟'):
			return false
		case t.kind == tWord && t.e.roles&rForecast != 0:
			return that && !m.pastRelativeBetween(k, i)
		case t.kind == tGap && !that && t.flags&fLatin == 0:
			m.gapWords(t, isThat)
			if past {
				return false
			}
		}
		words += t.wordCount()
		if t.flags&fNewline != 0 {
			break
		}
	}
	return false
}
