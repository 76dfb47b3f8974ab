package naba

import (
	"strings"

	"github.com/nabanlp/naba/events"
	"github.com/nabanlp/naba/normalize"
)

// electionResults gives the winners a results sentence names to the
// election told last before it in the same story, when the sentence
// names no election of its own (جرت الانتخابات أمس. وأظهرت النتائج فوز
// لائحة "…" المدعومة من حركة أمل وحزب الله بكامل المقاعد; تقدم الحزب
// الديمقراطي بـ39 مقعدا، يليه الاتحاد الوطني بـ23 مقعدا). A word of
// winning (فوز، تقدم، تصدر، حصد، نال، اكتسح) followed by a person's or
// an organization's name, or a list's name in quotes, is a result when
// the results (النتائج) were named before it in the sentence or a count
// of seats follows the name; the parties backing a list (المدعومة من)
// and those ranked after the winner (يليه، تلاه، ثم) take part too.
func (b *eventBuilder) electionResults(s normalize.Sentence, unit, first int) {
	for _, d := range b.drafts[first:] {
		if d.ev.Type == events.Election && !d.dropped {
			return // the sentence's own election (electionWinner)
		}
	}
	el := b.lastDraftOf(events.Election, unit, first, func(d *draft) bool { return !d.dropped })
	if el == nil {
		return
	}
	add := func(p participant) {
		for _, q := range el.parts {
			if q.same(p) {
				return
			}
		}
		el.parts = append(el.parts, p)
	}
	results, won := false, false
	for k := s.First; k < s.Last; k++ {
		w := b.word(k)
		if isAnyConj(w, "النتايج", "نتايج") {
			// نتائج استطلاع الرأي: a poll's, no vote's.
			results = !strings.Contains(b.word(k+1), "استطلاع")
			continue
		}
		if !resultWord(w) && !resultWord(trimConj(w)) && !(won && isAnyConj(w, "يليه", "يليها", "تلاه", "تلته", "تلاها", "ثم")) {
			continue
		}
		p, end, ok := b.resultWinner(k+1, s.Last)
		if !ok || !won && !results && !b.seatsAfter(end, s.Last) {
			continue
		}
		won = true
		add(p)
		k = end - 1
		if end < s.Last && isAnyWord(b.word(end), "المدعومه", "المدعوم", "مدعومه", "مدعوم") && b.word(end+1) == "من" {
			// لائحة "…" المدعومة من حركة أمل وحزب الله: its backers.
			for k = end + 2; k < s.Last; {
				x := b.tokMention[k]
				if x < 0 || int(b.menFirst[x]) != k || b.doc.Mentions[x].Label != ORG && b.doc.Mentions[x].Label != PER {
					break
				}
				add(b.mentionParticipant(int(x)))
				k = int(b.menLast[x])
			}
			k--
		}
	}
}

// resultWord reports a word of winning told of a result: فوز، فاز، تقدم،
// تصدر، حصد، نال، اكتسح (and their forms, with ب).
func resultWord(w string) bool {
	switch strings.TrimPrefix(w, "ب") {
	case "فوز", "فاز", "فازت", "تقدم", "تصدر", "تصدرت", "حصد", "حصدت", "نال", "نالت", "اكتسح", "اكتسحت", "حاز", "حازت":
		return true
	}
	return false
}

// resultWinner reads the winner named at token k, before end: a person's
// or an organization's name (after a list's head word, لائحة or قائمة,
// if any), or a list's name in quotes after its head word (لائحة "…");
// it returns the token after it.
func (b *eventBuilder) resultWinner(k, end int) (participant, int, bool) {
	head := false
	if k < end && isAnyWord(b.word(k), "لايحه", "اللايحه", "قايمه", "القايمه", "تحالف") {
		head = true
		k++
	}
	if k >= end {
		return participant{}, 0, false
	}
	if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k {
		if l := b.doc.Mentions[x].Label; (l == ORG || l == PER) && int(b.menLast[x]) <= end {
			return b.mentionParticipant(int(x)), int(b.menLast[x]), true
		}
		return participant{}, 0, false
	}
	if q := b.mark(k); head && (q == "\"" || q == "«") {
		for c := k + 1; c < end && c <= k+7; c++ {
			if m := b.mark(c); m == "\"" || m == "»" {
				if c == k+1 {
					break
				}
				s, _ := b.tx.TokenSource(k + 1)
				_, e := b.tx.TokenSource(c - 1)
				return participant{text: b.tx.Source[s:e]}, c + 1, true
			} else if m != "" {
				break
			}
		}
	}
	return participant{}, 0, false
}

// seatsAfter reports a count of seats within eight words after token k,
// in its clause (بـ39 مقعدا، بكامل مقاعد المجلس، 15 مقعدا).
func (b *eventBuilder) seatsAfter(k, end int) bool {
	for i := k; i < end && i < k+8; i++ {
		if b.punct(i) != "" {
			return false
		}
		w := strings.TrimPrefix(trimConj(b.word(i)), "ب")
		w = strings.TrimPrefix(w, "ال")
		if strings.HasPrefix(w, "مقعد") || strings.HasPrefix(w, "مقاعد") {
			return true
		}
	}
	return false
}

// companions adds to a visit the persons who went with its visitor, told
// after it in its sentence by a word of company (جال الوزير على المدارس،
// يرافقه المحافظ فلان; تفقد المستشفى برفقته فلان; في زيارة رفقة فلان
// وفلان): the persons named after that word, up to the clause's end,
// with no other event told between the visit and it.
func (b *eventBuilder) companions(ds []*draft, s normalize.Sentence) {
	var cur *draft // the visit told last, with its visitor
	for i, d := range ds {
		if d.dropped {
			continue
		}
		if d.ev.Type != events.Visit {
			cur = nil
			continue
		}
		if cur == nil && len(d.parts) > 0 {
			cur = d // في زيارة after وصل فلان: the verb's visit goes on
		}
		if cur == nil {
			continue
		}
		end := s.Last
		if i+1 < len(ds) {
			end = ds[i+1].tr.First
		}
		for k := d.tr.Last; k < end && k < d.tr.Last+30; k++ {
			if !isEscortWord(trimConj(b.word(k))) {
				continue
			}
			b.escorts(cur, k+1, s.Last)
			break
		}
	}
}

// partners adds to an act the bodies or persons it was done with, named
// after بالتعاون مع، بالتنسيق مع، بالشراكة مع later in its sentence (وزع
// البرنامج حصصا غذائية على اللاجئين، بالتعاون مع منظمة أطباء بلا حدود;
// سيّر الهلال الأحمر قافلة إلى البلدة، بالتعاون مع اللجنة الدولية): the
// act told last before the phrase, unless that is a statement or an
// appeal (what was said is not done with anyone) or a toll.
func (b *eventBuilder) partners(ds []*draft, s normalize.Sentence) {
	for k := s.First; k+2 < s.Last; k++ {
		if !isPartnershipWord(trimConj(b.word(k))) || b.word(k+1) != "مع" {
			continue
		}
		var act *draft
		for _, d := range ds {
			if d.tr.Last <= k && !d.dropped {
				act = d
			}
		}
		if act == nil || act.ev.Type == events.Statement || act.ev.Type == events.Appeal || isTollType(act.ev.Type) || b.itemAfter(act.tr.Last, k) {
			continue
		}
		ps, _, ok := b.actorAt(k+2, s.Last, act.tr)
		if !ok {
			continue
		}
		for _, p := range ps {
			if !containsParticipant(act.parts, p) {
				act.parts = append(act.parts, p)
			}
		}
	}
}

// itemAfter reports a comma followed by a word joined by و among tokens
// [from, to): another item or clause begins (أقر إغلاق المحلات، وتدشين
// حملة … بالتنسيق مع: the partner is the campaign's).
func (b *eventBuilder) itemAfter(from, to int) bool {
	for j := from; j+1 < to; j++ {
		if b.punct(j) == "," && strings.HasPrefix(b.word(j+1), "و") {
			return true
		}
	}
	return false
}

// isPartnershipWord reports the words that name a partner after مع
// (folded): بالتعاون، بالتنسيق، بالشراكة.
func isPartnershipWord(w string) bool {
	switch w {
	case "بالتعاون", "بالتنسيق", "بالشراكه":
		return true
	}
	return false
}

// escorts adds to the visit v the persons named from token k on, to the
// clause's end: each after its title phrase if it has one (محافظ الجنوب
// فلان: the person, not the title's place), a comma going on only to
// another person joined by و (رفقة المدير العام لسوناطراك فلان، والمدير
// العام لسونلغاز فلان).
func (b *eventBuilder) escorts(v *draft, k, end int) {
	for j := k; j < end && j < k+30; j++ {
		if b.punct(j) != "" {
			if b.punct(j) == "," && strings.HasPrefix(b.word(j+1), "و") {
				continue
			}
			return
		}
		if b.trigAt[j] {
			return
		}
		if e, _, ok := b.title(j, end); ok && e > j {
			if np := b.titlePhrase(j, e, end); np.person >= 0 {
				x := np.person
				if y := b.tokMention[b.menLast[x]]; y >= 0 && b.menFirst[y] == b.menLast[x] && b.doc.Mentions[y].Label == PER {
					x = int(y) // محافظ الجنوب فلان, the region read as a name: the person after it
				}
				if p := b.mentionParticipant(x); !containsParticipant(v.parts, p) {
					v.parts = append(v.parts, p)
				}
				j = int(b.menLast[x]) - 1
				continue
			}
		}
		x := b.tokMention[j]
		if x < 0 || int(b.menFirst[x]) != j || b.doc.Mentions[x].Label != PER {
			continue
		}
		if p := b.mentionParticipant(int(x)); !containsParticipant(v.parts, p) {
			v.parts = append(v.parts, p)
		}
		j = int(b.menLast[x]) - 1
	}
}

// isEscortWord reports a word telling who went with someone: يرافقه،
// رافقه، برفقته، رفقة (folded, without و).
func isEscortWord(w string) bool {
	switch w {
	case "يرافقه", "يرافقها", "يرافقهم", "ترافقه", "ترافقها", "رافقه", "رافقها", "رافقهم", "رافقته",
		"برفقته", "برفقتها", "برفقتهم", "برفقه", "رفقه", "يصحبه", "يصحبها", "صحبه", "بصحبه", "بصحبته":
		return true
	}
	return false
}

// pollingPlace reports a noun of the places where votes are cast (أقلام
// الاقتراع، مراكز التصويت, folded, without و or the article's ال).
func pollingPlace(w string) bool {
	switch strings.TrimPrefix(trimConj(w), "ال") {
	case "اقلام", "مراكز", "مركز", "مكاتب", "مكتب", "صناديق", "لجان", "محطات", "قلم":
		return true
	}
	return false
}

// visitInFrame gives a visit noun that frames what its sentence's verb
// tells (أشرف الوزير، أمس، بولاية بسكرة، على تدشين مصنع، في إطار زيارة عمل
// قادته إلى الولاية; افتتح الوزير المعرض خلال زيارة إلى المدينة) the
// subject of that verb as its visitor, and, when it goes to a place named
// by a generic noun (إلى الولاية، إلى المدينة), the place the sentence
// named before it.
func (b *eventBuilder) visitInFrame(ds []*draft, s normalize.Sentence) {
	for i, v := range ds {
		if v.ev.Type != events.Visit || v.tr.POS != events.Noun || v.tr.Pronoun || v.dropped {
			continue
		}
		k := v.tr.First - 1
		if !(isAnyConj(b.word(k), "خلال", "ضمن") || isAnyWord(b.word(k), "اطار") && isAnyConj(b.word(k-1), "في")) {
			continue
		}
		var who participant
		found := len(v.parts) > 0
		for j := i - 1; j >= 0 && !found; j-- {
			if p := ds[j]; !p.dropped {
				if p.hasAgent {
					who, found = p.agent, true
				} else if len(p.parts) > 0 {
					who, found = p.parts[0], true
				}
			}
		}
		for m := s.First; m < v.tr.First && !found; m++ {
			// أشرف الوزير فلان على افتتاح سد، في إطار زيارة: with no event
			// before, the first person the sentence names.
			if x := b.tokMention[m]; x >= 0 && int(b.menFirst[x]) == m && b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
				who, found = b.mentionParticipant(int(x)), true
			}
		}
		if !found {
			continue
		}
		if len(v.parts) == 0 {
			if x, ok := b.entityIndex(who.entity); who.entity != "" && (!ok || b.doc.Entities[x].Label != PER) {
				continue // a person visits
			}
			v.parts = append(v.parts, who)
		}
		if v.place != nil {
			continue
		}
		// قادته إلى الولاية: the place told before, of that kind.
		for j := v.tr.Last; j < s.Last && j < v.tr.Last+4 && b.punct(j) == ""; j++ {
			if !isAnyWord(b.word(j), "الي") {
				continue
			}
			if !isAnyWord(b.word(j+1), "الولايه", "المدينه", "المحافظه", "المنطقه", "الاقليم", "البلده", "المقاطعه", "الجهه") {
				break
			}
			for m := v.tr.First - 1; m >= s.First; m-- {
				if x := b.tokMention[m]; x >= 0 && int(b.menFirst[x]) == m && b.doc.Mentions[x].Label == LOC {
					v.place = b.placeArg(int(x), s.First)
					break
				}
			}
			break
		}
	}
}

// sidelines gives an event told on the sidelines of the visit (على هامش
// الزيارة، وقع الطرفان اتفاقية; قال الوزير، في تصريح على هامش الزيارة،
// إن) the place and the time of the visit told last before it in the
// story, when it has none of its own.
func (b *eventBuilder) sidelines(ds []*draft, s normalize.Sentence, unit, first int) {
	at := -1
	for k := s.First; k+1 < s.Last; k++ {
		if b.word(k+1) == "الزياره" && isAnyConj(b.word(k), "هامش") { // the rarer word first: asked of every token
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	v := b.lastDraftOf(events.Visit, unit, first, func(d *draft) bool { return !d.dropped && d.place != nil && len(d.parts) > 0 })
	if v == nil {
		return
	}
	for _, d := range ds {
		if d.dropped || len(d.parts) == 0 || d.ev.Type == events.Visit || d.tr.First > at+12 || d.tr.First < at-12 {
			continue
		}
		if d.place == nil {
			d.place = v.place
		}
		if d.time == nil {
			d.time = v.time
		}
	}
}

// topicDate reports a date at token k inside a phrase telling what
// something is about (مطالبهم المتعلقة بانقطاعات الكهرباء صيف 2022،
// الملفات الخاصة بموسم 2023، حديث حول موسم صيف 2022): a marker of topic
// within the six words before it, in its clause, or a season's noun
// right before it (موسم 2023).
func (b *eventBuilder) topicDate(k int) bool {
	if isAnyConj(strings.TrimPrefix(b.word(k-1), "ل"), "موسم", "الموسم") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-6 && b.punct(j) == ""; j-- {
		if b.trigAt[j] {
			return false
		}
		switch strings.TrimPrefix(trimConj(b.word(j)), "ب") {
		case "المتعلقه", "المتعلق", "المتعلقين", "المتعلقات", "شان", "الخاصه", "الخاص", "المرتبطه", "المرتبط", "المتصله", "المتصل":
			return true
		}
	}
	return false
}

// closedRelative reports a date at token k inside a relative clause
// (السفينة التي خطفها قراصنة في ديسمبر 2023) that a comma closes before
// token end, where the event is told: the clause tells of another
// noun's time.
func (b *eventBuilder) closedRelative(k, end int) bool {
	rel := false
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if b.punct(j) != "" {
			break
		}
		if conjIs(b.word(j), isRelativePronoun) {
			// Not a clause set off by commas about the subject (الوزير،
			// الذي وصل ظهر اليوم، …), nor one telling when an event noun
			// took place (الانتخابات التي جرت في 6 ماي، الهجوم الذي وقع
			// أمس): those dates are the story's.
			v := b.word(j + 1)
			rel = b.punct(j-1) == "" && !b.trigAt[j-1] && !isHeldIt(v) && !isTookPlace(v)
			break
		}
	}
	if !rel {
		return false
	}
	for j := k + 1; j < end; j++ {
		if b.punct(j) == "," {
			return true
		}
	}
	return false
}

// isTookPlace reports a verb that says its subject took place
// (isHappeningVerb: جرت، انعقد، وقع، اندلعت) or was held or seen (عقدت،
// أجريت، نظمت، شهدت; folded): a relative clause it opens tells when its
// event noun was. The held verbs are not isHappeningVerb's: after a
// name (منظمة … التي نظمت، المدينة التي شهدت) their clause tells of the
// name.
func isTookPlace(w string) bool {
	if isHappeningVerb(w) {
		return true
	}
	switch w {
	case "تجري", "يجري", "عقدت", "عقد", "اجريت", "نظمت", "حصلت", "حصل", "شهدت":
		return true
	}
	return false
}

// lastDraftOf returns the last election or visit (typ) among
// drafts[:before], in unit, for which ok reports true, or nil, among the
// last lookBack of that type. It reads the drafts of that type only
// (elections, visits: drafts are only appended and keep their type), and
// only so many: electionResults and sidelines look back at every
// sentence, and a long line of short sentences has many drafts, of
// other types or of that one with no place.
func (b *eventBuilder) lastDraftOf(typ string, unit, before int, ok func(*draft) bool) *draft {
	for ; b.typedUpTo < len(b.drafts); b.typedUpTo++ {
		switch b.drafts[b.typedUpTo].ev.Type {
		case events.Election:
			b.elections = append(b.elections, int32(b.typedUpTo))
		case events.Visit:
			b.visits = append(b.visits, int32(b.typedUpTo))
		}
	}
	idx := b.elections
	if typ == events.Visit {
		idx = b.visits
	}
	for i, n := len(idx)-1, 0; i >= 0 && n < lookBack; i-- {
		if int(idx[i]) >= before {
			continue
		}
		n++
		if d := b.drafts[idx[i]]; d.unit == unit && ok(d) {
			return d
		}
	}
	return nil
}

// lookBack is how many elections or visits lastDraftOf reads back.
const lookBack = 16
