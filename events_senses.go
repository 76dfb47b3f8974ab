package naba

import (
	"slices"
	"strings"

	"github.com/nabanlp/naba/events"
)

// deniedAct reports a trigger that names an act which did not take
// place: a negation that says so stands right before it (عدم دعوته إلى
// الاجتماع، لم يوقع، بدون إخطار), or a verb of denial within three words
// (نفى أن يكون دعا) or before أن يكون and its subject (نفت الوزارة أن
// يكون الوزير قد التقى). Not a negation of the future or the present
// (لن يلتئم قبل الثلاثاء, لا يزال: still to come, or a state), nor one
// that negates another verb the noun is the subject of (لم توفر الهدنة:
// the truce was made).
func (b *eventBuilder) deniedAct(tr events.Trigger, sentFirst int) bool {
	k := tr.First - 1
	if k < sentFirst || b.punct(k) != "" {
		return false
	}
	if isAnyConj(b.word(k), "لم", "عدم", "بعدم", "لعدم", "دون", "بدون") {
		return true
	}
	be := false // أن يكون seen
	for j := k; j >= sentFirst && j >= tr.First-8; j-- {
		w := b.word(j)
		if isAnyConj(w, "نفي", "ينفي", "نفت", "تنفي", "نفوا", "ينفون", "نافيا", "نافيه") {
			return be || j >= tr.First-3
		}
		if b.punct(j) != "" || b.trigAt[j] {
			return false
		}
		if isAnyWord(w, "يكون", "تكون", "يكونوا", "يكونا", "تكونا") && b.word(j-1) == "ان" {
			be = true
		}
	}
	return false
}

// sickness reports an injury word (إصابة، المصابين، أصيب) that tells of
// the sick, not the wounded: a disease word after it (أصيب بالكوليرا،
// الإصابة بالحمى), a count or rate of cases or a suspicion before it
// (حالات الإصابة، معدلات الإصابة، اشتباه بالإصابة) in a sentence that
// tells of no violence (حالة إصابة بالرصاص is a wound), or, in a text
// that tells of a disease (two disease words at least, see
// diseaseStory), an injury whose sentence tells of no violence: no
// attack, no wounds (جروح، جرحى) and no accident (حادث، اصطدام), see
// violentSentence.
func (b *eventBuilder) sickness(tr events.Trigger, si int) bool {
	if tr.Last < len(b.words) && isDiseaseWord(b.words[tr.Last]) {
		return true
	}
	if tr.First > 0 && isAnyConj(b.word(tr.First-1), "حالات", "حاله", "معدل", "معدلات", "نسبه", "نسب", "اشتباه", "الاشتباه", "ارقام") {
		return !b.violentSentence(si) // حالة إصابة بالرصاص: a count of the wounded
	}
	return b.diseaseStory() && !b.violentSentence(si)
}

// violentSentence reports whether sentence si tells of violence: an
// attack among its triggers, or a word of wounds, violence or an accident
// (isViolenceWord): an injury word in it is a wound, not a case of a
// disease (sickness).
func (b *eventBuilder) violentSentence(si int) bool {
	for _, p := range b.sentTrs[si] {
		if p.Type == events.Attack {
			return true
		}
	}
	s := b.tx.Sentences[si]
	for k := s.First; k < s.Last && k < len(b.words); k++ {
		if isViolenceWord(strings.TrimPrefix(trimConj(b.words[k]), "ال")) {
			return true
		}
	}
	return false
}

// diseaseStory reports whether the text names a disease twice at least
// (الكوليرا، فيروس، وباء, see isDiseaseWord): its injuries are cases of
// the disease unless their sentence tells of violence. Read once per
// document.
func (b *eventBuilder) diseaseStory() bool {
	if b.disease == 0 {
		b.disease = 1
		n := 0
		for _, w := range b.words {
			if w != "" && isDiseaseWord(w) {
				if n++; n >= 2 {
					b.disease = 2
					break
				}
			}
		}
	}
	return b.disease == 2
}

// isDiseaseWord reports a folded word that names a disease or an
// epidemic, with a preposition or the article (بالكوليرا، الوباء،
// بفيروس).
func isDiseaseWord(w string) bool {
	for _, p := range [...]string{"و", "ب", "ل"} {
		if r, ok := strings.CutPrefix(w, p); ok && len(r) > len("ال") {
			w = r
			break
		}
	}
	w = strings.TrimPrefix(w, "ال")
	switch w {
	case "كوليرا", "حمي", "فيروس", "فيروسات", "وباء", "اوبيه", "كورونا", "ايدز", "ملاريا", "حصبه",
		"انفلونزا", "ايبولا", "سرطان", "عدوي", "جدري", "طاعون", "ضنك", "تيفويد":
		return true
	}
	return false
}

// isViolenceWord reports a bare folded word of wounds, violence or an
// accident (جروح، جرحى، حادث، اصطدام، انفجار، رصاص): an injury in its
// sentence is a wound.
func isViolenceWord(w string) bool {
	switch w {
	case "جروح", "بجروح", "جرحي", "جريح", "حادث", "حادثه", "اصطدام", "تصادم", "انقلاب", "انفجار", "رصاص",
		"بالرصاص", "شظايا", "طعن", "دهس", "حريق", "انهيار", "غاره", "قصف", "هجوم", "اشتباكات", "مواجهات":
		return true
	}
	return false
}

// inOrgName reports an event noun inside the name of a body the
// tagger did not mark: after a head noun of an institution (هيئة، لجنة،
// مفوضية، مجلس, see isInstitutionHead) and at most two adjectives with
// the article, the noun with ل and the article (الهيئة الوطنية
// للانتخابات، هيئة الإغاثة العليا: لل) or, right after a head without
// the article, the noun with it in construct (لجنة الانتخابات، هيئة
// الإغاثة). The body is named, no event is told. No body is named after
// an attack, an arrest, a death or a wound: such a noun after a body's
// head is what the body underwent (تعرض مقر الحزب للهجوم، تعرض أعضاء
// المجلس للاعتقال).
func (b *eventBuilder) inOrgName(tr events.Trigger, sentFirst int) bool {
	if !tr.Article {
		return false
	}
	switch tr.Type {
	case events.Attack, events.Arrest, events.Death, events.Injury:
		return false
	}
	lil := tr.Proclitic == "ل" || tr.Proclitic == "ول"
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-3; k-- {
		if b.punct(k) != "" || b.trigAt[k] || b.tokMention[k] >= 0 {
			return false
		}
		w := trimConj(b.word(k))
		h, def := strings.CutPrefix(w, "ال")
		if isInstitutionHead(h) {
			return lil || k == tr.First-1 && !def && tr.Proclitic == ""
		}
		if !def {
			return false // not an adjective of the head
		}
	}
	return false
}

// soloPress reports a press conference (مؤتمر صحفي، مؤتمرا صحفيا، المؤتمر
// الصحافي) that is not a joint one (مؤتمر صحفي مشترك): one speaker
// speaking to the press, the setting of a statement (عقد الوزير مؤتمرا
// صحفيا في عمان قال فيه), no meeting. A joint conference (the guidelines'
// meetings annotate those) stays a meeting: مشترك after it, another
// side after it (مؤتمرا صحفيا مع نظيره، مؤتمر صحفي جمعه بنظيره), or two
// holders before it in its clause (عقد الوزير ونظيره مؤتمرا صحفيا، عقد
// لافروف وظريف مؤتمرا صحفيا).
func (b *eventBuilder) soloPress(tr events.Trigger, sentFirst int) bool {
	if tr.POS != events.Noun || !isPressWord(b.word(tr.Last)) {
		return false
	}
	next := b.word(tr.Last + 1)
	if strings.HasPrefix(strings.TrimPrefix(next, "ال"), "مشترك") || next == "مع" || isAnyWord(next, "جمعه", "جمعها", "جمعهما", "جمعهم") {
		return false
	}
	for k := tr.First - 1; k > sentFirst && b.punct(k) == ""; k-- {
		w := b.word(k)
		if isAnyConj(w, "ان", "بان") {
			break // قال إن الوزير ونظيره: another clause
		}
		if !strings.HasPrefix(w, "و") {
			continue
		}
		if isPeerWord(w[len("و"):]) {
			return false // الوزير ونظيره: two hold it
		}
		if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k && b.doc.Mentions[x].Label == PER {
			return false // لافروف وظريف
		}
	}
	return true
}

// onlyComing reports whether the tokens [from, to), between a condition
// (في حال، إذا، لو) and an event word, only tell that the event comes
// about (في حال التوصل إلى اتفاق، إذا تم توقيع، لو جرى عقد): the event is
// the condition. Another verb between is the condition's (في حال فشلت
// المفاوضات الحالية: the talks go on).
func (b *eventBuilder) onlyComing(from, to int) bool {
	for k := from; k < to; k++ {
		if !isAnyConj(b.word(k), "التوصل", "تم", "يتم", "تمت", "جري", "يجري", "توقيع", "عقد", "اجراء", "حصول", "وقوع", "الي", "ابرام", "ما") {
			return false
		}
	}
	return true
}

// openedPlace makes the named facility an opening tells (افتتاح جسر
// توتي، يفتتح مستشفى ديمارتينو), a place's mention right after the
// trigger, the place of the establish event rather than a participant
// (also over a place the clause gave it: والي الخرطوم): what opened is
// where it happened, who opens it the participant.
func (b *eventBuilder) openedPlace(d *draft) {
	if d.ev.Type != events.Establish || !isOpenLemma(d.tr.Lemma) {
		return
	}
	x := b.tokMention[min(d.tr.Last, len(b.tokMention)-1)]
	if d.tr.Last >= len(b.tokMention) || x < 0 || b.doc.Mentions[x].Label != LOC || b.doc.Mentions[x].Entity == "" {
		return
	}
	e := b.doc.Mentions[x].Entity
	for i, p := range d.parts {
		if p.entity == e {
			d.parts = append(d.parts[:i], d.parts[i+1:]...)
			d.place = b.placeArg(int(x), b.tx.Sentences[d.sent].First)
			return
		}
	}
}

// isOpenLemma reports the lexicon words of opening a facility (افتتح،
// يفتتح، افتتاح).
func isOpenLemma(l string) bool { return l == "افتتح" || l == "يفتتح" || l == "افتتاح" }

// escapedFrom makes where prisoners fled from (فرّ عشرات السجناء من مؤسسة
// الإصلاح والتأهيل بمدينة الزاوية، فر نحو 400 سجين من سجن عين زارة) no
// party of their escape (a release, checkEscape in package events): the
// name after من, past a word of the prison, is the event's place when it
// is a place, and the prison, a body's name, no one who acted.
func (b *eventBuilder) escapedFrom(d *draft) {
	if d.ev.Type != events.Release || !isEscapeLemma(d.tr.Lemma) {
		return
	}
	for k := d.tr.Last; k < d.tr.Last+8 && k+1 < len(b.tokMention); k++ {
		if b.punct(k) != "" {
			return
		}
		if trimConj(b.word(k)) != "من" {
			continue
		}
		x := b.tokMention[k+1]
		if x < 0 && isAnyWord(b.word(k+1), "سجن", "السجن", "مركز", "موسسه") && k+2 < len(b.tokMention) {
			x = b.tokMention[k+2]
		}
		if x < 0 || b.doc.Mentions[x].Entity == "" {
			return
		}
		gone := b.mentionParticipant(int(x))
		n := len(d.parts)
		d.parts = slices.DeleteFunc(d.parts, func(p participant) bool { return p.same(gone) })
		if len(d.parts) < n && d.place == nil && b.doc.Mentions[x].Label == LOC {
			d.place = b.placeArg(int(x), b.tx.Sentences[d.sent].First)
		}
		return
	}
}

// isEscapeLemma reports the lexicon words of fleeing that tell prisoners
// escaping (فر، يفر، هرب، يهرب، فرار، هروب).
func isEscapeLemma(l string) bool {
	switch l {
	case "فر", "يفر", "هرب", "يهرب", "فرار", "هروب":
		return true
	}
	return false
}
