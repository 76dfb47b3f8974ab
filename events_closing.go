package naba

import (
	"slices"
	"strings"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/events"
	"github.com/nabanlp/naba/normalize"
)

// isProtesterWord reports the folded nouns of protesters with no name
// (محتجون، المتظاهرين، معتصمون): a crowd that closes a place does so
// in protest.
func isProtesterWord(w string) bool {
	switch w {
	case "محتجون", "محتجين", "المحتجون", "المحتجين", "متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين",
		"معتصمون", "معتصمين", "المعتصمون", "المعتصمين", "محتجو", "متظاهرو":
		return true
	}
	return false
}

// isClosing reports a trigger of closing a place (أغلق، يغلق، إغلاق،
// غلق), by its lemma as the lexicon writes it.
func isClosing(tr events.Trigger) bool {
	return tr.Lemma == "أغلق" || tr.Lemma == "يغلق" || tr.Lemma == "إغلاق" || tr.Lemma == "غلق"
}

// protestersClosing retypes a closure whose doers are protesters with no
// name (محتجون يغلقون حقل الشرارة، أغلق متظاهرون ميناء الحريقة، أقدم
// محتجون على إغلاق الحقل) as a protest: the place closed is where they
// protest, and no authority suspends anything. The crowd's word is no
// participant's name. Its subject is read right before the verb (a
// headline's order), right after it past a date, or before على after a
// verb of setting about it (أقدم، عمد), all in the sentence s.
func (b *eventBuilder) protestersClosing(d *draft, s normalize.Sentence) {
	tr, sentFirst := d.tr, s.First
	if d.ev.Type != events.Suspend || !isClosing(tr) {
		return
	}
	k := -1
	switch tr.POS {
	case events.Perfect, events.Imperfect:
		if tr.First > sentFirst && isProtesterWord(trimConj(b.word(tr.First-1))) {
			k = tr.First - 1 // محتجون يغلقون
		}
		for j := tr.Last; k < 0 && j < s.Last && j < tr.Last+3; j++ {
			if isProtesterWord(b.word(j)) {
				k = j // أغلق محتجون، أغلق أمس محتجون
				break
			}
			if b.tokDate[j] < 0 && !b.skippable(j) {
				break
			}
		}
	case events.Noun:
		// أقدم محتجون من أبناء الجنوب على إغلاق: the crowd before على,
		// its qualifier between.
		if tr.First-1 <= sentFirst || b.word(tr.First-1) != "علي" {
			return
		}
		set := false
		for j := tr.First - 2; j >= sentFirst && j >= tr.First-8; j-- {
			if b.punct(j) != "" {
				break
			}
			set = set || isSettingAbout(trimConj(b.word(j)))
			if isProtesterWord(trimConj(b.word(j))) {
				if set || j > sentFirst && isSettingAbout(trimConj(b.word(j-1))) {
					k = j
				}
				break
			}
		}
	}
	if k < 0 {
		return
	}
	d.ev.Type, d.ev.CAMEO = events.Protest, events.CAMEO(events.Protest)
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent; i-- {
		if p := b.drafts[i]; !p.dropped && p.ev.Type == events.Protest && p.tr.First <= k && k < p.tr.Last {
			// The crowd's noun read as a protest of its own (محتجون): the
			// closure tells what they did, one protest.
			for _, q := range p.parts {
				if !containsParticipant(d.parts, q) {
					d.parts = append(d.parts, q)
				}
			}
			d.takeWhereWhen(p)
			p.dropped = true
		}
	}
	d.parts = slices.DeleteFunc(d.parts, func(p participant) bool {
		return p.entity == "" && isProtesterWord(fold.String(trimConj(p.text)))
	})
}

// closedSince reports a day after منذ at token k, past a closure or a
// protest's trigger in its clause (أغلقوا الحقل منذ فجر الأحد الماضي،
// يعتصمون منذ الخميس): the closure or the sit-in began that day, which
// is its time; not a count of days or years (منذ أسبوع) nor a
// comparison (الأول منذ 2015).
func (b *eventBuilder) closedSince(tr events.Trigger, k int, dt Date) bool {
	if tr.Type != events.Protest && !(tr.Type == events.Suspend && isClosing(tr)) || dt.Grain != "day" || k < tr.Last || k-tr.Last > 12 {
		return false
	}
	if !namesWeekday(dt.Text) && !hasDigit(dt.Text) {
		return false // منذ أسبوع، منذ يومين: how long, no day named
	}
	return !b.punctBetween(tr.Last, k) && !b.sinceComparison(k)
}

// joinedSubjectOf returns the verb before p in its sentence whose subject,
// a named person, p shares: p has none of its own and is joined to it by
// و after a comma (أجرى رئيس الحكومة فلان اتصالا هاتفيا بفلان، ووجه
// بتشكيل لجنة: he directed it). Else nil.
func (b *eventBuilder) joinedSubjectOf(p *draft) *draft {
	if p.hasAgent || !strings.HasPrefix(p.tr.Proclitic, "و") || p.tr.First < 1 || b.punct(p.tr.First-1) != "," {
		return nil
	}
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == p.sent; i-- {
		q := b.drafts[i]
		if q == p || q.tr.First >= p.tr.First {
			continue
		}
		who := q.agent
		if !q.hasAgent && len(q.parts) > 0 {
			who = q.parts[0] // أجرى فلان اتصالا: the light verb's subject, read for its noun
		}
		if who.entity == "" {
			return nil
		}
		if x, ok := b.entityIndex(who.entity); !ok || b.doc.Entities[x].Label != PER {
			return nil
		}
		return &draft{agent: who, hasAgent: true}
	}
	return nil
}

// isSettingAbout reports the folded forms of the verbs of setting about
// a deed before على (أقدم محتجون على إغلاق، عمدوا إلى).
func isSettingAbout(w string) bool {
	switch w {
	case "اقدم", "اقدموا", "اقدمت", "يقدم", "يقدمون", "عمد", "عمدوا", "قدموا", "اقدمو":
		return true
	}
	return false
}

// mediators adds the mediator of a release, an exchange or an agreement
// told in its clause (no punctuation between) to its participants:
// بوساطة قطر، بوساطة من تركيا، بوساطة مصرية (the country of the nisba,
// when the text names it), the mediation that X made (الوساطة التي قامت
// بها الإمارات، بوساطة قامت بها قطر). A mediator is a party of what it
// brokered, never where it happened. A release takes no mediator told
// after an agreement's trigger from the word before it on (the deal's).
//
// The words read are the trigger's clause: from the punctuation before
// it to the punctuation after it, cut for a release at the first deal
// (nextDeal). The drafts of one clause read the same words: the mediators
// found are kept for the last clause read (mediatorsOf), so a long clause
// of releases is read once, not once per release.
func (b *eventBuilder) mediators(d *draft, s normalize.Sentence) {
	if d.ev.Type != events.Release && d.ev.Type != events.Agreement {
		return
	}
	lo := d.tr.First
	for lo > s.First && b.punct(lo-1) == "" {
		lo-- // أفرجت عن الأسرى، في إطار صفقة أنجزت بوساطة قطرية: the deal's mediator
	}
	hi := d.tr.Last
	for hi < s.Last {
		hi++
		if b.punct(hi-1) != "" {
			break
		}
	}
	if d.ev.Type == events.Release {
		// (أفرج عن … في) صفقة تبادل أنجزت بوساطة قطرية: the mediator of
		// the deal, told as the deal's.
		hi = min(hi, b.nextDeal(max(d.tr.First-1, 0))+1)
	}
	for _, p := range b.mediatorsOf(lo, hi, s.Last) {
		if d.place != nil && d.place.Entity != "" && d.place.Entity == p.entity {
			d.place = nil
		}
		if !containsParticipant(d.parts, p) {
			d.parts = append(d.parts, p)
		}
	}
}

// mediatorsOf returns the mediators named by the words of mediation
// (بوساطة، الوساطة، وساطة) at tokens [lo, hi) of the sentence that ends
// at token sentLast, each once, in text order. It keeps the last answer.
func (b *eventBuilder) mediatorsOf(lo, hi, sentLast int) []participant {
	if m := &b.mediated; m.read && m.lo == lo && m.hi == hi && m.sentLast == sentLast {
		return m.found
	}
	found := b.mediated.found[:0]
	add := func(p participant) {
		if !containsParticipant(found, p) {
			found = append(found, p)
		}
	}
	for k := lo; k < hi; k++ {
		w := trimConj(b.word(k))
		if w != "بوساطه" && w != "الوساطه" && w != "وساطه" {
			continue
		}
		j := k + 1
		if w != "الوساطه" && isAnyWord(b.word(j), "من") {
			j++ // بوساطة من تركيا
		}
		// الوساطة التي قامت بها X، بوساطة قامت بها X
		if isAnyWord(b.word(j), "التي") {
			j++
		}
		if j+1 < sentLast && b.tokMention[j] < 0 && isAnyWord(b.word(j+1), "بها") {
			j += 2
		}
		if j >= sentLast {
			continue
		}
		if x := b.tokMention[j]; x >= 0 && int(b.menFirst[x]) == j && b.doc.Mentions[x].Label != PER {
			add(b.mentionParticipant(int(x)))
			continue
		}
		if w == "بوساطه" {
			// بوساطة إماراتية، بوساطة مصرية قطرية: the countries of the
			// nisbas, named in the text.
			for ; j < sentLast && b.tokMention[j] < 0 && b.punct(j) == ""; j++ {
				c, ok := entities.CountryOfNationality(b.word(j))
				if !ok {
					break
				}
				if p := b.countryParticipant(c); p.entity != "" {
					add(p) // the country named in the text, however its hamzas are written
				}
			}
		}
	}
	b.mediated = mediated{read: true, lo: lo, hi: hi, sentLast: sentLast, found: found}
	return found
}

// mediated is mediatorsOf's last answer: the mediators found at tokens
// [lo, hi) of the sentence ending at sentLast.
type mediated struct {
	read             bool
	lo, hi, sentLast int
	found            []participant
}

// nextDeal returns the first token from k on where an agreement's
// trigger (صفقة، اتفاق) begins, or the number of tokens: one look-up of a
// table made once per document on the first call, not a scan.
func (b *eventBuilder) nextDeal(k int) int {
	n := len(b.tx.Tokens)
	if !b.dealsRead {
		b.dealsRead = true
		b.nextDeals = slices.Grow(b.nextDeals[:0], n)[:n]
		next := int32(n)
		for j := n - 1; j >= 0; j-- {
			if b.triggerAt(j, func(t events.Trigger) bool { return t.Type == events.Agreement }) {
				next = int32(j)
			}
			b.nextDeals[j] = next
		}
	}
	if k >= n {
		return n
	}
	return int(b.nextDeals[k])
}
