package naba

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/events"
)

// Merging repeated reports and building the events.

// sameArg reports whether two optional place or time arguments agree:
// either is missing, or both name the same entity, text or value.
func sameArg(a, b *Argument) bool {
	if a == nil || b == nil {
		return true
	}
	if a.Role == "time" {
		return a.Value == b.Value
	}
	if a.Entity != "" && b.Entity != "" {
		return a.Entity == b.Entity
	}
	return fold.String(a.Text) == fold.String(b.Text)
}

func bothSame(a, b *Argument) bool {
	return a != nil && b != nil && sameArg(a, b)
}

func shareParticipant(a, b *draft) bool {
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.same(q) {
				return true
			}
		}
	}
	return false
}

// shareSide reports whether a and b share a participant, counting a
// person and the country or organization of the role the text gives
// them as one side (حسن روحاني, الرئيس الإيراني, and إيران).
func (bd *eventBuilder) shareSide(a, b *draft) bool {
	if shareParticipant(a, b) {
		return true
	}
	bd.sideA = bd.sides(bd.sideA[:0], a)
	bd.sideB = bd.sides(bd.sideB[:0], b)
	for _, p := range bd.sideA {
		for _, q := range bd.sideB {
			if p.same(q) {
				return true
			}
		}
	}
	return false
}

// sides appends to dst the participants of d and the organizations of
// their roles, as participants.
func (bd *eventBuilder) sides(dst []participant, d *draft) []participant {
	for _, p := range d.parts {
		dst = append(dst, p)
		if i, ok := bd.entityIndex(p.entity); ok {
			for _, r := range bd.doc.Entities[i].Roles {
				if r.Org != "" {
					dst = append(dst, participant{entity: r.Org})
				}
			}
		}
	}
	return dst
}

// leadersOf reports whether the participants of persons may be the
// leaders of the countries that are all the participants of places: they
// are all persons, one of them at least holds a role of one of those
// countries, and none a role of another.
func (bd *eventBuilder) leadersOf(persons, places *draft) bool {
	for _, p := range places.parts {
		i, ok := bd.entityIndex(p.entity)
		if !ok || bd.doc.Entities[i].Label != LOC {
			return false
		}
	}
	found := false
	for _, p := range persons.parts {
		i, ok := bd.entityIndex(p.entity)
		if !ok || bd.doc.Entities[i].Label != PER {
			return false
		}
		for _, r := range bd.doc.Entities[i].Roles {
			if r.Org == "" {
				continue
			}
			if !containsParticipant(places.parts, participant{entity: r.Org}) {
				return false
			}
			found = true
		}
	}
	return found
}

// roleOf reports whether org is the country or organization of one of
// person's roles.
func (bd *eventBuilder) roleOf(person, org participant) bool {
	if org.entity == "" {
		return false
	}
	if i, ok := bd.entityIndex(person.entity); ok {
		for _, r := range bd.doc.Entities[i].Roles {
			if r.Org == org.entity {
				return true
			}
		}
	}
	return false
}

// samePlace reports whether the optional place arguments of two drafts of
// type typ agree, as sameArg does, or, for a meeting, a contact or a visit,
// name a capital or a listed city and its country (في طهران, في إيران;
// في جنيف, في سويسرا): a summit reported in both is one summit. An attack in a country is not one in its capital
// (انفجارات قرب دمشق, ضربات داخل سوريا في مايو).
func (bd *eventBuilder) samePlace(typ string, a, b *Argument) bool {
	if sameArg(a, b) {
		return true
	}
	switch typ {
	case events.Meet, events.Contact, events.Visit:
		return bd.placeIn(a, b) || bd.placeIn(b, a)
	}
	return false
}

// placeIn reports whether place argument a names the capital, or a
// governorate or main city the data lists (entities.PlaceCountry), of the
// country that place argument b names.
func (bd *eventBuilder) placeIn(a, b *Argument) bool {
	i, ok := bd.entityIndex(a.Entity)
	if !ok {
		return false
	}
	j, ok := bd.entityIndex(b.Entity)
	if !ok {
		return false
	}
	capital, _ := bd.entityFolded(i)
	c, ok := entities.PlaceCountry(capital)
	if !ok {
		return false // most places: no lookup of the other
	}
	if country, _ := bd.entityFolded(j); country == c {
		return true
	}
	return entities.CountryNamed(bd.doc.Entities[j].Name, c)
}

// narrowPlace gives a, about to absorb c, the place of c when it lies in
// a's: the city says more than its country.
func (bd *eventBuilder) narrowPlace(a, c *draft) {
	if a.place != nil && c.place != nil && !sameArg(a.place, c.place) && bd.samePlace(a.ev.Type, a.place, c.place) && bd.placeIn(c.place, a.place) {
		pl := *c.place
		a.place = &pl
	}
}

// otherCounterparts reports two meetings or contacts of two sides or
// more, each with someone the other lacks: ظريف with المعلم and ظريف
// with خميس on the same day are two meetings.
//
// A person and the country or organization of their role count as one
// side (إيران وتركيا وروسيا and روحاني with بوتين and أردوغان are one
// meeting), but two persons of one country are two counterparts.
func (bd *eventBuilder) otherCounterparts(a, b *draft) bool {
	if len(a.parts) < 2 || len(b.parts) < 2 {
		return false
	}
	if bd.leadersOf(a, b) || bd.leadersOf(b, a) {
		// A meeting of countries (اجتماع بين إيران وتركيا وروسيا) is
		// the meeting of their leaders told elsewhere (يلتقي الرئيس
		// الإيراني بنظيريه الروسي والتركي).
		return false
	}
	has := func(d *draft, p participant) bool {
		for _, q := range d.parts {
			if q.same(p) || bd.roleOf(p, q) || bd.roleOf(q, p) {
				return true
			}
		}
		return false
	}
	extra := func(x, y *draft) bool {
		for _, p := range x.parts {
			if !has(y, p) {
				return true
			}
		}
		return false
	}
	return extra(a, b) && extra(b, a)
}

// mergeable reports whether drafts a and b (same story, same type) report
// the same event: statements and appeals by the same speaker (one per
// speaker is enough); other events sharing a participant, or the place
// when one of them names no participant, with no conflicting place or
// time.
func (bd *eventBuilder) mergeable(a, b *draft) bool {
	if a.unit != b.unit || a.ev.Type != b.ev.Type {
		return false
	}
	switch a.ev.Type {
	case events.Statement, events.Appeal:
		// A joint statement of two speakers or more is not the
		// statement one of them made alone (لكن جيش الإسلام وفيلق الرحمن
		// نفيا after أعلن جيش الإسلام).
		// An appeal names the one it asks after its speaker: two appeals
		// with one speaker first are one (أنها طلبت من السلطات …، ودعت
		// إلى).
		return shareParticipant(a, b) && ((len(a.parts) > 1) == (len(b.parts) > 1) ||
			a.ev.Type == events.Appeal && len(a.parts) > 0 && len(b.parts) > 0 && a.parts[0].same(b.parts[0]))
	case events.Meet, events.Contact:
		if bd.otherCounterparts(a, b) {
			return false
		}
		if a.sent != b.sent && (bd.unnamedCounterpart(a) && len(b.parts) > 1 || bd.unnamedCounterpart(b) && len(a.parts) > 1) {
			// حذر الملك خلال لقاء مع ممثلين عن وسائل الإعلام … واستقبل
			// الوزير فلانا: a meeting with people it does not name is not
			// the host's meeting with a named guest.
			return false
		}
		if bd.pressConference(a) != bd.pressConference(b) && !shareParticipant(a, b) {
			// مؤتمر صحفي في طهران and a summit Tehran hosts (تستضيف
			// طهران … قمة): one city, two meetings.
			return false
		}
	case events.Visit:
		if len(a.parts) > 0 && len(b.parts) > 0 && !bd.shareSide(a, b) {
			return false // two visitors to one city: two visits
		}
	case events.Appoint, events.Dismiss:
		if bd.otherPersons(a, b) && bd.otherPersons(b, a) || bd.ownedByEarlier(a, b) || bd.ownedByEarlier(b, a) {
			// عين المجلس فلانا مديرا للأمن العام … وعين المجلس فلانا
			// مديرا للجمارك: one body, two persons named, two acts; and
			// مرسوم تعيينه (of one told before) is not تعيين فلان, a person
			// first named after it.
			return false
		}
	case events.Election:
		if len(a.parts) > 0 && len(b.parts) > 0 && !shareParticipant(a, b) {
			// فاز فلان برئاسة بلدية صفاقس … وفازت فلانة برئاسة بلدية
			// تونس: two winners, two races.
			return false
		}
	}
	if bd.describedByRelative(a, b) {
		return true
	}
	if b.ofThose && a.casualties && a.sent < b.sent && b.sent-a.sent <= 2 {
		return true // وذكرت مصادر أن ٣ من هؤلاء الضحايا قتلوا: the toll before
	}
	if bd.objectNoun(a, b) {
		return true
	}
	if a.sent == b.sent && (a.tr.Near > 0 && a.tr.Near == b.tr.First || b.tr.Near > 0 && b.tr.Near == a.tr.First) {
		// لقي أربعة أشخاص، بينهم طفلان، مصرعهم: the word the verb needs
		// (مصرعهم) is the same death, whatever each found around it.
		return true
	}
	if a.ev.Type == events.Meet && (bd.meetingRecalled(a, b) || bd.meetingRecalled(b, a)) {
		return true
	}
	if !sameArg(a.time, b.time) || !bd.samePlace(a.ev.Type, a.place, b.place) {
		return false
	}
	if bd.leadAndBackground(a, b) || bd.leadAndBackground(b, a) {
		return false
	}
	if a.casualties && b.casualties && !b.moreVictims {
		// Different tolls: different events (3042 in all, 115 of them);
		// but a toll of other victims of the same incident adds to it.
		if a.killed != 0 && b.killed != 0 && a.killed != b.killed || a.injured != 0 && b.injured != 0 && a.injured != b.injured {
			return false
		}
	}
	if otherDoers(a, b) {
		return false
	}
	if bd.shareSide(a, b) && !bd.otherStrike(a, b) && !(a.ev.Type == events.Meet && bd.pluperfectBackground(a, b)) {
		// (A meeting told in the pluperfect with its own time, in a later
		// paragraph, is an earlier one of the same side: وكان الرئيس قد
		// أجرى بين 6 و9 الشهر مشاورات، after the day's meeting.)
		return true
	}
	if a.place != nil && b.place != nil && bd.samePlace(a.ev.Type, a.place, b.place) && !bd.twoInSentence(a, b) && !bd.pluperfectBackground(a, b) {
		return true
	}
	if a.ev.Type == events.Meet && (bd.placeOfSide(a, b) || bd.placeOfSide(b, a)) {
		return true
	}
	if a.ev.Type == events.Election && a.ev.Status == b.ev.Status {
		// A story tells of one election (إثر انتخابات 6 أيار … بعد
		// انتخابات نيابية … الانتخابات الأخيرة): its reports merge unless
		// their time or place differ.
		return true
	}
	// A bare report (casualties only) belongs to the event before it,
	// and so does a trigger joined to the one before it (غارات التحالف
	// وضرباته الصاروخية).
	if b.sent == a.sent && (b.bare() || b.tr.First-a.tr.Last <= 4 && strings.HasPrefix(b.tr.Proclitic, "و")) {
		return true
	}
	if b.sent == a.sent && a.ev.Type == events.Trial && a.tr.POS != events.Noun && strings.HasSuffix(b.tr.Proclitic, "ب") {
		// قضت المحكمة العسكرية …، الخميس، بإعدام 17 متهما: the sentence
		// the ruling gave is that ruling.
		return true
	}
	if a.ev.Type == events.Attack && (placeOnly(a) && sidesOnly(b) || placeOnly(b) && sidesOnly(a)) && a.tr.Lemma == b.tr.Lemma {
		// غداة الضربات الغربية على سوريا … بعد ساعات من ضربات وجهتها
		// الولايات المتحدة وبريطانيا وفرنسا: the strikes of one story,
		// told once by where they struck (with the article: known) and
		// once by who struck, are one incident.
		return true
	}
	return (len(a.parts) == 0 || len(b.parts) == 0) && bothSame(a.time, b.time) && !bd.twoInSentence(a, b)
}

// unnamedCounterpart reports a meeting noun with one participant told
// with people it does not name right after مع (لقاء مع ممثلين عن وسائل
// الإعلام، اجتماع مع وفد).
func (bd *eventBuilder) unnamedCounterpart(d *draft) bool {
	k := d.tr.Last
	return d.tr.POS == events.Noun && len(d.parts) == 1 && k+1 < len(bd.tokMention) && bd.word(k) == "مع" &&
		bd.tokMention[k+1] < 0 && bd.punct(k+1) == "" && !strings.HasPrefix(bd.word(k+1), "ال")
}

// meetingRecalled reports a meeting y recalled by its definite noun after
// عقب، بعد، خلال، إثر or أثناء in the sentence of a meeting x told before
// it with a participant they share (التقى الوزير وفدا من التجار، وأعلن عقب
// اللقاء عن خطة تنفذ الشهر المقبل): the same meeting, whatever time the
// words after the noun gave it.
func (bd *eventBuilder) meetingRecalled(x, y *draft) bool {
	if x.sent != y.sent || y.tr.POS != events.Noun || !y.tr.Article || y.tr.First < x.tr.Last || y.tr.First == 0 {
		return false
	}
	return isAnyConj(bd.word(y.tr.First-1), "عقب", "بعد", "خلال", "اثر", "اثناء") && shareParticipant(x, y)
}

// leadAndBackground reports a draft a with no time told in the body's
// first sentence that has events (the news of the day) and a draft b
// dated three months or more before the document's date (وفي يناير 2017
// … متهما إسرائيل بقصف المنطقة): the lead's event is not that earlier
// one, whatever place or side they share.
func (bd *eventBuilder) leadAndBackground(a, b *draft) bool {
	if a.time != nil || b.time == nil || a.unit != unitBody || bd.doc.Doc.InferredDate == nil {
		return false
	}
	if bd.leadSent == -2 {
		// Once per document: mergeable asks it of every pair, and a
		// long ticker may stand before the body.
		bd.leadSent = -1
		for _, d := range bd.drafts {
			if d.unit == unitBody {
				bd.leadSent = d.sent
				break
			}
		}
	}
	if a.sent != bd.leadSent {
		return false
	}
	v, _, _ := strings.Cut(b.time.Value, "/")
	doc, ok := monthIndex(bd.doc.Doc.InferredDate.Value)
	then, ok2 := monthIndex(v)
	return ok && ok2 && doc-then >= 3
}

// monthIndex returns year*12+month of an ISO date value (YYYY, YYYY-MM or
// YYYY-MM-DD; a year alone counts as its December, its last month).
func monthIndex(v string) (int, bool) {
	if len(v) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return 0, false
	}
	m := 12
	if len(v) >= 7 && v[4] == '-' {
		if m, err = strconv.Atoi(v[5:7]); err != nil {
			return 0, false
		}
	}
	return y*12 + m, true
}

// otherPersons reports a person among a's participants who is not
// among b's.
func (bd *eventBuilder) otherPersons(a, b *draft) bool {
	for _, p := range a.parts {
		if bd.hasPerson([]participant{p}) && !containsParticipant(b.parts, p) {
			return true
		}
	}
	return false
}

// ownedByEarlier reports a, whose trigger carries a possessive pronoun
// and names no person, and b naming a person the text first names after
// a's trigger: the pronoun's owner, told before, is someone else.
func (bd *eventBuilder) ownedByEarlier(a, b *draft) bool {
	if !a.tr.Pronoun || a.tr.POS != events.Noun || bd.hasPerson(a.parts) {
		return false
	}
	for _, p := range b.parts {
		if p.entity == "" || !bd.hasPerson([]participant{p}) {
			continue
		}
		if bd.firstNamed(p.entity) >= a.tr.First {
			return true
		}
	}
	return false
}

// firstNamed returns the first token whose mention (tokMention) is of
// entity e, or the number of tokens when none is. The tokens are read
// once per document, when first asked (ownedByEarlier runs for pairs of
// appointments: a scan of the text for each made a long page of them
// cubic).
func (bd *eventBuilder) firstNamed(e string) int {
	i, ok := bd.entityIndex(e)
	if !ok {
		return len(bd.tokMention)
	}
	if !bd.firstNamedRead {
		bd.firstNamedRead = true
		bd.entityFirstTok = filled(bd.entityFirstTok, len(bd.doc.Entities), -1)
		for k, x := range bd.tokMention {
			if x < 0 {
				continue
			}
			if j, ok := bd.entityIndex(bd.doc.Mentions[x].Entity); ok && bd.entityFirstTok[j] < 0 {
				bd.entityFirstTok[j] = int32(k)
			}
		}
	}
	if k := bd.entityFirstTok[i]; k >= 0 {
		return int(k)
	}
	return len(bd.tokMention)
}

// otherStrike reports two attacks of different sentences that only a
// side joins: one of them lacks a place or a time, the later
// is no definite noun or one with a pronoun that refers back (الغارات،
// قصفه), and neither is what a source says (وقالت الفرقة إن مقاتلي
// الجبهة هاجموا مقرها retells the attack told before). A side that
// strikes again and again is named in each report (كما أغار طيران
// التحالف على …، واستهدفت ضربات التحالف …).
func (bd *eventBuilder) otherStrike(a, b *draft) bool {
	if a.ev.Type != events.Attack || a.sent == b.sent || b.tr.Article || b.tr.Pronoun || bd.toldBySource(a) || bd.toldBySource(b) {
		return false
	}
	return a.place == nil || b.place == nil || a.time == nil || b.time == nil
}

// otherDoers reports two attacks told by verbs of different subjects: a
// side they share is the doer of one and the target of the other, and a
// place they share is where both struck (إن جبهة النصرة هاجمت مقاتلين
// للجيش الحر قرب اعزاز … وأن طائرات التحالف قصفت مواقع للجبهة قرب
// اعزاز: two attacks).
func otherDoers(a, b *draft) bool {
	return a.ev.Type == events.Attack && a.hasAgent && b.hasAgent && a.tr.POS != events.Noun && b.tr.POS != events.Noun &&
		!a.agent.same(b.agent)
}

// toldBySource reports a trigger in what a statement says: a
// complementizer (أن، إن، أنه) among the twelve tokens before it in its
// sentence.
func (bd *eventBuilder) toldBySource(d *draft) bool {
	if d.sent < 0 || d.sent >= len(bd.tx.Sentences) {
		return false
	}
	first := bd.tx.Sentences[d.sent].First
	return bd.complementBetween(max(first, d.tr.First-12), d.tr.First)
}

// twoReach bounds the tokens twoInSentence reads between two triggers.
const twoReach = 24

// twoInSentence reports two drafts of one sentence that tell two
// events of one type though they name one place: the later trigger
// joined by و with the earlier one's place between them, no
// punctuation between, at most twoReach tokens apart (معارك عنيفة في
// الأطراف الشرقية للحديدة وغارات للتحالف على مواقع الحوثيين: the place
// is the battles', the strikes have their own target), or the later one
// told in a clause of what came before the earlier one, its بعد أن or
// بعدما among the twoReach tokens before it (أمرت النيابة بحبس المالك …
// بعد أن ألقت الشرطة القبض عليه: the arrest came first, the detention
// after).
func (bd *eventBuilder) twoInSentence(a, b *draft) bool {
	if a.sent != b.sent || a.tr.Lemma == b.tr.Lemma {
		return false
	}
	x, y := a, b
	if y.tr.First < x.tr.First {
		x, y = y, x
	}
	// Both looks are bounded (twoReach tokens), so that the pairs of a
	// long sentence of many events cost no more than their number.
	if strings.HasPrefix(y.tr.Proclitic, "و") && y.place != nil && y.place.Entity != "" && y.tr.First-x.tr.Last <= twoReach &&
		!bd.punctBetween(x.tr.Last, y.tr.First) {
		for k := x.tr.Last; k < y.tr.First; k++ {
			if m := bd.tokMention[k]; m >= 0 && bd.doc.Mentions[m].Entity == y.place.Entity {
				return true
			}
		}
	}
	for k := max(x.tr.Last, y.tr.First-twoReach); k < y.tr.First; k++ {
		if bd.sequenceClauseAt(k, y.tr.First) > k {
			return true
		}
	}
	return false
}

// sequenceClauseAt returns the token after a word at k, before end, that
// opens a clause of what came before or after (بعدما، قبلما، or بعد /
// قبل with أن or ما), or -1.
func (bd *eventBuilder) sequenceClauseAt(k, end int) int {
	if k < 0 || k >= end {
		return -1
	}
	if isAnyConj(bd.word(k), "بعدما", "قبلما") {
		return k + 1
	}
	if k+1 < end && isAnyConj(bd.word(k), "بعد", "قبل") && isAnyWord(bd.word(k+1), "ان", "ما") {
		return k + 2
	}
	return -1
}

// objectNoun reports an event noun b without the article that is the
// object of the verb a of its type, after the verb's subject (وزع برنامج
// الأغذية العالمي مساعدات غذائية على …), or its subject (واستهدفت ضربات
// طيران التحالف مخازن): the noun names the act the verb tells, one event. At most three words outside names stand between,
// with no punctuation or other event word (a date set off by commas may
// stand between: وقعت مصر، الاثنين، اتفاقية تعاون; so may any short aside,
// shortAsideClosing: وقعت الهيئة مع الشركة، أمس في القاهرة، مذكرة تفاهم).
func (bd *eventBuilder) objectNoun(a, b *draft) bool {
	if a.sent != b.sent || a.tr.POS == events.Noun || b.tr.POS != events.Noun || b.tr.Article || b.tr.First < a.tr.Last {
		return false
	}
	words := 0
	for k := a.tr.Last; k < b.tr.First; k++ {
		if e := bd.dateClosing(k); e > k {
			k = e // وقعت مصر، الاثنين، اتفاقية: a date set off by commas between
			continue
		}
		if e := bd.shortAsideClosing(k); e > k {
			k = e // وقعت الهيئة مع الشركة، أمس في القاهرة، مذكرة تفاهم
			continue
		}
		if e := bd.acronymClosing(k); e > k {
			k = e // وقعت الوكالة اليابانية للتعاون الدولي (جايكا) اتفاقية
			continue
		}
		if bd.punct(k) != "" || bd.trigAt[k] {
			return false
		}
		if m := bd.tokMention[k]; m >= 0 {
			k = int(bd.menLast[m]) - 1
			continue
		}
		if words++; words > 3 {
			return false
		}
	}
	return true
}

// acronymClosing returns the closing bracket of the acronym in brackets
// right after a name, opened at token k (الوكالة اليابانية للتعاون الدولي
// (جايكا)، منظمة الصحة العالمية (WHO)): one to three words, no mark and
// no event word between the brackets; or -1.
func (bd *eventBuilder) acronymClosing(k int) int {
	if k < 1 || bd.punct(k) != "(" || bd.tokMention[k-1] < 0 {
		return -1
	}
	for e := k + 1; e < len(bd.tx.Tokens) && e <= k+4; e++ {
		switch p := bd.punct(e); {
		case p == ")":
			if e == k+1 {
				return -1
			}
			return e
		case p != "" || bd.trigAt[e]:
			return -1
		}
	}
	return -1
}

// shortAsideClosing returns the comma that closes a short aside set off by
// commas whose opening comma is token k (، أمس في القاهرة، / ، على هامش
// القمة،): one to six tokens between the commas, no other mark and no
// event word; or -1.
func (bd *eventBuilder) shortAsideClosing(k int) int {
	if bd.punct(k) != "," {
		return -1
	}
	wordNoEvent := func(e int) bool { return bd.punct(e) == "" && !bd.trigAt[e] }
	if e := bd.closingComma(k+1, k+7, wordNoEvent); e > k+1 {
		return e
	}
	return -1
}

// closingComma returns the first comma among tokens [from, last] when
// every token before it is one the aside holds (holds), else -1: the end
// of an aside set off by commas whose words were read up to it. Every
// reader of such an aside here finds its end so; the trigger checks
// have theirs (events' closingComma, on the text alone).
func (bd *eventBuilder) closingComma(from, last int, holds func(k int) bool) int {
	for k := from; k <= last && k < len(bd.tx.Tokens); k++ {
		if bd.punct(k) == "," {
			return k
		}
		if !holds(k) {
			return -1
		}
	}
	return -1
}

// dateClosing returns the comma that closes a date set off by commas
// whose opening comma is token k (، مساء الاثنين،), or -1. It is
// dateOpenedBy read from the other end, and asks dateOpenedBy whether the
// comma it reaches opens at k: one reading of a set-off date, for a walk
// forward (objectNoun) as dateOpenedBy serves a walk back.
func (bd *eventBuilder) dateClosing(k int) int {
	if bd.punct(k) != "," || k+1 >= len(bd.tx.Tokens) || bd.tokDate[k+1] < 0 {
		return -1
	}
	e := k + 1
	for e < len(bd.tx.Tokens) && bd.tokDate[e] == bd.tokDate[k+1] {
		e++
	}
	if bd.dateOpenedBy(e) != k {
		return -1
	}
	return e
}

// pluperfectBackground reports two drafts of different paragraphs where
// the later one is told in the pluperfect with a time of its own and the
// earlier one has none (تواصلت المعارك لليوم السادس في الحديدة … وكانت القوات
// الحكومية قد أطلقت عملية عسكرية لاستعادة الحديدة في 13 يونيو الماضي):
// the story's background, an earlier event, whatever place they share.
func (bd *eventBuilder) pluperfectBackground(a, b *draft) bool {
	if a.ev.Section == b.ev.Section {
		return false
	}
	x, y := a, b
	if y.tr.First < x.tr.First {
		x, y = y, x
	}
	return x.time == nil && y.time != nil && bd.pluperfect(y)
}

// pluperfect reports a draft whose sentence opens with كان (وكانت،
// وكانوا) and has قد before the trigger, within twelve words of كان:
// وكان الجيش قد أطلق.
func (bd *eventBuilder) pluperfect(d *draft) bool {
	s := bd.tx.Sentences[d.sent]
	if !isAnyConj(bd.word(s.First), "كان", "كانت", "كانوا") {
		return false
	}
	for k := s.First + 1; k < d.tr.First && k <= s.First+12; k++ {
		if bd.word(k) == "قد" {
			return true
		}
	}
	return false
}

// placeOnly reports a definite event noun with a place and nothing else
// (الضربات الغربية على سوريا).
func placeOnly(d *draft) bool {
	return d.tr.POS == events.Noun && d.tr.Article && d.place != nil && len(d.parts) == 0 && d.time == nil && !d.casualties
}

// sidesOnly reports an event noun with participants and no place or time
// (ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا).
func sidesOnly(d *draft) bool {
	return d.tr.POS == events.Noun && len(d.parts) > 0 && d.place == nil && d.time == nil
}

// describedByRelative reports a verb b in a relative clause right after
// the event noun a, its adjectives between (الضربة الإسرائيلية التي
// استهدفت فجر 10 مايو عشرات الأهداف): the clause tells of the same event.
func (bd *eventBuilder) describedByRelative(a, b *draft) bool {
	if a.sent != b.sent || a.tr.POS != events.Noun || b.tr.POS == events.Noun || b.tr.First <= a.tr.Last || b.tr.First-a.tr.Last > 3 {
		return false
	}
	if !isRelativePronoun(trimConj(bd.word(b.tr.First - 1))) {
		return false
	}
	for k := a.tr.Last; k < b.tr.First-1; k++ {
		if bd.punct(k) != "" || bd.tokMention[k] >= 0 || bd.trigAt[k] {
			return false // only the noun's adjectives between
		}
	}
	return true
}

// pressConference reports a draft of a press conference (مؤتمر صحفي،
// المؤتمر الصحافي، مؤتمرا صحفيا).
func (bd *eventBuilder) pressConference(d *draft) bool {
	return d.ev.Type == events.Meet && isPressWord(bd.word(d.tr.Last))
}

// isPressWord reports the adjective of a press conference (مؤتمر صحفي،
// المؤتمر الصحافي، مؤتمرا صحفيا).
func isPressWord(w string) bool {
	if !strings.HasPrefix(w, "صح") && !strings.HasPrefix(w, "الصح") {
		return false // most words, at once
	}
	// the feminine after ندوة, the Maghreb's press conference (ندوة صحفية)
	return isAnyWord(w, "صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا", "صحافيا", "صحفيه", "صحافيه", "الصحفيه", "الصحافيه")
}

// placeOfSide reports a draft a with a place and no participant, and a
// draft c of the same event word with participants and no place, where
// a's place lies in a country that is one of c's sides (a participant, or
// the country of a participant's role): قمة عقدتها تركيا مع إيران وروسيا
// and قمة طهران are one summit. Another word is another meeting (مؤتمر
// صحفي في طهران is no summit there), and a meeting told with a time of
// its own another one (لقاء موسكو التشاوري شهر أبريل الماضي is no لقاء
// أمريكي روسي).
func (bd *eventBuilder) placeOfSide(a, c *draft) bool {
	if len(a.parts) > 0 || a.place == nil || a.time != nil || len(c.parts) == 0 || c.place != nil || a.tr.Lemma != c.tr.Lemma {
		return false
	}
	i, ok := bd.entityIndex(a.place.Entity)
	if !ok {
		return false
	}
	name, _ := bd.entityFolded(i)
	country, ok := entities.PlaceCountry(name)
	if !ok {
		return false
	}
	bd.sideA = bd.sides(bd.sideA[:0], c)
	for _, p := range bd.sideA {
		if j, ok := bd.entityIndex(p.entity); ok && bd.doc.Entities[j].Label == LOC && entities.CountryNamed(bd.doc.Entities[j].Name, country) {
			return true
		}
	}
	return false
}

// definite reports a draft of a definite event noun (الاجتماع، القمة،
// الهجوم): a reference to an event already told.
func (d *draft) definite() bool {
	return d.tr.POS == events.Noun && d.tr.Article && !d.tr.Pronoun && !d.casualties &&
		d.ev.Type != events.Statement && d.ev.Type != events.Appeal
}

// bare reports a draft with casualties and nothing else.
func (d *draft) bare() bool {
	return len(d.parts) == 0 && d.place == nil && d.time == nil
}

// absorb merges b into a.
func (a *draft) absorb(b *draft) {
	b.into = a
	if a.ev.Status == events.Ongoing && b.ev.Status == events.Planned && b.time != nil && a.time == nil {
		// توزع المفوضية مساعدات … في كانون الثاني المقبل: the present
		// tells what is to come, dated by what it absorbs.
		a.ev.Status = events.Planned
	}
	if a.ev.Status == events.Past && a.tr.POS == events.Noun && a.time == nil && b.ev.Status == events.Planned && b.time != nil {
		// لقاء أمريكي - روسي (a heading, no verb) … سيتم عقد لقاء في
		// الثالث من اغسطس المقبل بين لافروف وكيري: a noun with no tense
		// of its own is past only by default; the report it absorbs
		// dates it to come.
		a.ev.Status = events.Planned
	}
	for _, p := range b.parts {
		dup := false
		for _, q := range a.parts {
			if p.same(q) {
				dup = true
				break
			}
		}
		if !dup && len(a.parts) < 8 {
			a.parts = append(a.parts, p)
		}
	}
	a.takeWhereWhen(b)
	if a.position == nil {
		a.position = b.position
	}
	if b.casualties {
		a.casualties = true
		if b.moreVictims {
			a.killed += b.killed // وقتل مدنيان في الهجوم نفسه
			a.injured += b.injured
		} else {
			a.killed = max(a.killed, b.killed)
			a.injured = max(a.injured, b.injured)
		}
	}
}

// empty reports a draft with nothing to tell: no participant, place, time
// or casualties, or a definite event noun with a time alone (it refers
// back). Statements, appeals, appointments and dismissals need their
// participant; a visit its visitor and its place (an inspection, تفقد:
// its place or its time; a visit to the wounded, its visitor).
func (d *draft) empty() bool {
	if d.unnamed {
		// أوقفت الشرطة 12 شخصا، تظاهر العشرات أمام المستشفى، أن الوزيرة
		// قدمت استقالتها: told by people not named, news as it stands.
		return false
	}
	switch d.ev.Type {
	case events.Visit:
		// A visit needs its visitor and where they went (وصل البيان
		// لموقع CNN is no visit). An inspection (تفقد المحافظ موقع
		// الحادث أمس) goes to a site that is seldom a place's name: its
		// visitor and its time are enough. A visit to the site of an
		// incident told (زار الوزير موقع الانفجار ظهر اليوم) needs only
		// its visitor: the site is the incident's.
		if d.toVictims {
			// زار الوزير الجرحى: the visit is told by its visitor and
			// the people visited, where they lie seldom named.
			return len(d.parts) == 0
		}
		if d.toSite || d.onVisit {
			return len(d.parts) == 0
		}
		if d.received {
			return d.place == nil
		}
		if d.tr.Lemma == "تفقد" || d.tr.Lemma == "يتفقد" {
			return len(d.parts) == 0 || d.place == nil && d.time == nil
		}
		return len(d.parts) == 0 || d.place == nil
	case events.Statement, events.Appeal, events.Appoint, events.Dismiss:
		// A statement needs its speaker, an appointment or a dismissal
		// the one it names (a dismissal whose holder is told by a title
		// alone is unnamed, kept above).
		return len(d.parts) == 0
	}
	if len(d.parts) == 0 && d.place == nil && !d.casualties && d.tr.POS == events.Noun && d.tr.Article && !d.heldHere {
		// القصف، المؤتمر: a definite noun with only a time refers back to
		// an event told before.
		return true
	}
	return len(d.parts) == 0 && d.place == nil && d.time == nil && !d.casualties
}

// heldVerbBefore reports an event noun right after a past verb of its
// beginning or taking place (بدأ الإضراب العام يوم الأربعاء، اندلعت
// الاشتباكات فجر الأحد، جرت الانتخابات في 6 أيار): told here as news,
// like heldClauseAfter's relative clause, not referring back.
func (b *eventBuilder) heldVerbBefore(tr events.Trigger, sentFirst int) bool {
	if tr.First <= sentFirst {
		return false
	}
	w := b.word(tr.First - 1)
	const senses = events.HappenTook | events.HappenBegan | events.HappenDone
	return events.IsHappenVerb(w, senses) || events.IsHappenVerb(trimConj(w), senses)
}

// declaredBy reports a definite event noun that is the object of a verb of
// declaring, right after it or after its subject of one or two words
// (وأعلنت الحكومة الحداد الرسمي، أعلن المجلس الحداد الوطني): declared
// here as news, not referring back to a measure told before.
func (b *eventBuilder) declaredBy(tr events.Trigger, sentFirst int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-3; k-- {
		if b.punct(k) != "" || b.trigAt[k] && k < tr.First-1 && !events.IsAnnounceVerb(trimConj(b.word(k))) {
			return false
		}
		if events.IsAnnounceVerb(trimConj(b.word(k))) {
			return true
		}
	}
	return false
}

// heldClauseAfter reports an event noun followed, after two adjectives
// at most, by التي/الذي and a verb of taking place or of starting
// (الانتخابات البلدية التي جرت يوم الأحد، الاجتماع الذي عقد أمس، القمة
// التي شهدتها، عمليات الترحيل التي انطلقت في ديسمبر 2014).
func (b *eventBuilder) heldClauseAfter(tr events.Trigger) bool {
	for j := tr.Last; j < tr.Last+3 && j+1 < len(b.tx.Tokens); j++ {
		if b.punct(j) != "" || b.tokMention[j] >= 0 || b.tokDate[j] >= 0 {
			return false
		}
		if w := b.word(j); w == "التي" || w == "الذي" {
			return events.IsHappenVerb(b.word(j+1), events.HappenTook|events.HappenBegan|events.HappenDone|events.HappenWitnessed)
		}
	}
	return false
}

// typeToldBefore reports a draft of type typ among those built so far
// in the story of unit: the title and the body are one story, and a
// ticker headline or a related-story line is a story of its own (its
// unit), so an arrest in a headline above the article (النزاهة تضبط
// متهما) is no arrest told before the body's. It reads each draft once
// per document: the title's and the body's types in toldTypes, and the
// types of the last run of drafts of one unit (a line's own drafts stand
// last when it asks: drafts are appended in text order) in runTypes. A
// scan of every draft at every call made a long line of counted arrests
// after other events quadratic, and a scan back over the line's drafts a
// long ticker line of wounded carried after meetings.
func (b *eventBuilder) typeToldBefore(typ string, unit int) bool {
	for ; b.toldUpTo < len(b.drafts); b.toldUpTo++ {
		d := b.drafts[b.toldUpTo]
		if d.unit != b.runUnit {
			b.runUnit, b.runTypes = d.unit, b.runTypes[:0]
		}
		if !slices.Contains(b.runTypes, d.ev.Type) {
			b.runTypes = append(b.runTypes, d.ev.Type)
		}
		if d.unit < 0 && !slices.Contains(b.toldTypes, d.ev.Type) {
			b.toldTypes = append(b.toldTypes, d.ev.Type)
		}
	}
	if unit >= 0 {
		return len(b.drafts) > 0 && b.runUnit == unit && slices.Contains(b.runTypes, typ)
	}
	return slices.Contains(b.toldTypes, typ)
}

// A groupKey is what drafts must share to merge.
type groupKey struct {
	unit int
	typ  string
}

// maxMergeGroup bounds the drafts that merge with each other. A news
// article has a few dozen of one type in one unit.
const maxMergeGroup = 400

// mergeGroup merges the drafts of one group (text order), repeating
// until nothing changes: a merge can make two earlier drafts share a
// participant.
func (b *eventBuilder) mergeGroup(live []*draft) {
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(live); i++ {
			a := live[i]
			if a.dropped {
				continue
			}
			for _, c := range live[i+1:] {
				if c.dropped || !b.mergeable(a, c) {
					continue
				}
				b.narrowPlace(a, c)
				a.absorb(c)
				c.dropped = true
				changed = true
			}
		}
	}
}

// result merges the drafts and returns the events in text order.
func (b *eventBuilder) result() []Event {
	live := b.live[:0]
	for _, d := range b.drafts {
		if !d.dropped {
			live = append(live, d)
		}
	}
	b.live = live
	slices.SortStableFunc(live, func(x, y *draft) int { return cmp.Compare(x.ev.Trigger.Start, y.ev.Trigger.Start) })
	b.decreeTimes(live)
	b.mergeRepeats(live, false)
	b.mergeDefinite(live)
	b.timeBack(live)
	b.saidAtMeeting(live)
	b.mergePossessed(live)
	// Again for the groups a merge above changed: in the others no two
	// drafts merged before, and none would now.
	b.mergeRepeats(live, !b.remergeAll)
	b.titlePlaces(live)
	// The events and their arguments are made at their size, the
	// arguments of all in one array (each event's slice capped at its
	// own, so an append to one never writes into the next): grown one
	// event at a time they were the largest allocation on a page of
	// thousands of ticker lines.
	n, nargs := 0, 0
	for _, d := range live {
		if d.dropped || d.empty() {
			continue
		}
		n++
		nargs += len(d.parts)
		for _, a := range [...]*Argument{d.place, d.time, d.position} {
			if a != nil {
				nargs++
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Event, 0, n)
	args := make([]Argument, 0, nargs)
	for _, d := range live {
		if d.dropped || d.empty() {
			continue
		}
		ev := d.ev
		first := len(args)
		for _, p := range d.parts {
			a := Argument{Role: "participant", Entity: p.entity, Text: p.text, Date: -1}
			if a.Text == "" {
				if i, ok := b.entityIndex(p.entity); ok {
					a.Text = b.doc.Entities[i].Name
				}
			}
			args = append(args, a)
		}
		if d.place != nil {
			args = append(args, *d.place)
		}
		if d.time != nil {
			args = append(args, *d.time)
		}
		if d.position != nil {
			args = append(args, *d.position)
		}
		if d.casualties {
			ev.Casualties = &Casualties{Killed: d.killed, Injured: d.injured}
		}
		ev.Arguments = args[first:len(args):len(args)]
		out = append(out, ev)
	}
	return out
}

// mergeRepeats merges the drafts that report the same event. Only drafts
// of one unit and type merge: each such group is merged on its own, in
// text order, the groups in the order they first appear. With
// onlyRemerge, a group is merged only if one of its drafts is marked
// remerge: it absorbed another since (mergeDefinite, mergePossessed), or
// its group was merged in runs, whose bounds move as drafts drop out.
func (b *eventBuilder) mergeRepeats(live []*draft, onlyRemerge bool) {
	// The groups by a counting sort into one buffer, reused from call to
	// call: no map or slice per group.
	b.groupIdx = emptied(b.groupIdx)
	b.groupOf = b.groupOf[:0]
	b.groupEnd = b.groupEnd[:0]
	for _, d := range live {
		g := int32(-1)
		if !d.dropped {
			k := groupKey{d.unit, d.ev.Type}
			var ok bool
			if g, ok = b.groupIdx[k]; !ok {
				g = int32(len(b.groupEnd))
				b.groupIdx[k] = g
				b.groupEnd = append(b.groupEnd, 0)
			}
			b.groupEnd[g]++
		}
		b.groupOf = append(b.groupOf, g)
	}
	// groupEnd holds the counts: make it the ends of the groups' runs,
	// and fill each run from its start.
	total := int32(0)
	for g, c := range b.groupEnd {
		total += c
		b.groupEnd[g] = total
	}
	b.grouped = zeroed(b.grouped, int(total))
	for i := len(live) - 1; i >= 0; i-- {
		if g := b.groupOf[i]; g >= 0 {
			b.groupEnd[g]--
			b.grouped[b.groupEnd[g]] = live[i]
		}
	}
	for gi := range b.groupEnd {
		// groupEnd[g] is now the start of group g's run.
		end := total
		if gi+1 < len(b.groupEnd) {
			end = b.groupEnd[gi+1]
		}
		g := b.grouped[b.groupEnd[gi]:end]
		if onlyRemerge && len(g) <= maxMergeGroup && !slices.ContainsFunc(g, func(d *draft) bool { return d.remerge }) {
			continue
		}
		if len(g) > maxMergeGroup {
			for _, d := range g {
				d.remerge = true
			}
		}
		// A huge group (a text of megabytes without a break) merges in
		// consecutive runs, so that merging stays linear in the text.
		for len(g) > maxMergeGroup {
			b.mergeGroup(g[:maxMergeGroup])
			g = g[maxMergeGroup:]
		}
		b.mergeGroup(g)
	}
}

// mergeDefinite merges a definite event noun (الاجتماع سيعقد في طهران،
// القمة، وحضر اللقاء الوزير) into the event told just before it, of the
// same type and status: it adds its place, time and actors to it. With
// actors of its own, only the event of the sentence before can be meant.
func (b *eventBuilder) mergeDefinite(live []*draft) {
	for i, c := range live {
		if c.dropped || !c.definite() && !c.signsTold {
			continue
		}
		reach := 3
		if len(c.parts) > 0 {
			reach = 1
		} else if c.ev.Type == events.Injury || c.ev.Type == events.Death {
			// المصابون نقلوا إلى مستشفيات العريش, told paragraphs after
			// the toll: the victims named again, further than a meeting
			// noun would be.
			reach = 8
		}
		fits := func(a *draft) bool {
			return c.sent-a.sent <= reach && !a.dropped && a.unit == c.unit && a.ev.Type == c.ev.Type && a.ev.Status == c.ev.Status &&
				sameArg(a.time, c.time) && (len(c.parts) == 0 || b.samePlace(c.ev.Type, a.place, c.place))
		}
		for j := i - 1; j >= 0 && i-j <= maxMergeGroup; j-- {
			a := live[j]
			if c.sent-a.sent > reach {
				break
			}
			if !fits(a) {
				continue
			}
			if a.tr.Lemma != c.tr.Lemma {
				// وشنت الطائرات عشرات الغارات، فيما استهدفت المدفعية
				// طرق الإمداد … جراء الغارات التي طالت البلدة: the noun
				// names again the event told with its own word, when one
				// is in reach, not the one told between.
				for k := j - 1; k >= 0 && i-k <= maxMergeGroup && c.sent-live[k].sent <= reach; k-- {
					if live[k].tr.Lemma == c.tr.Lemma && fits(live[k]) {
						a = live[k]
						break
					}
				}
			}
			b.narrowPlace(a, c)
			keep := a.time
			a.absorb(c)
			if keep == nil && c.time != nil && (c.ev.Type == events.Injury || c.ev.Type == events.Death || timeOfAnother(live, i)) {
				// وصل الوزير صباح الاثنين لتفقد أحوال المصابين، استقبل
				// الوزير مساء الأحد الجرحى، شيّع الأهالي القتلى الثلاثاء:
				// the victims of the story before, named again where
				// another act is told; its day is not the injuries'. Nor
				// is the day of another event told with the noun.
				a.time = nil
			}
			a.remerge = true
			c.dropped = true
			break
		}
	}
}

// timeOfAnother reports whether the time of the definite draft live[i]
// is the time of another event whose trigger is in its sentence: the
// clause that names it again (لتفقد أحوال المصابين) dates that event, not
// it. live is in text order, so only the drafts of that sentence, next to
// live[i], are read.
func timeOfAnother(live []*draft, i int) bool {
	c := live[i]
	if c.time == nil {
		return false
	}
	other := func(o *draft) bool {
		return !o.dropped && o.ev.Type != c.ev.Type && o.time != nil && sameArg(o.time, c.time)
	}
	for j := i - 1; j >= 0 && live[j].sent == c.sent; j-- {
		if other(live[j]) {
			return true
		}
	}
	for j := i + 1; j < len(live) && live[j].sent == c.sent; j++ {
		if other(live[j]) {
			return true
		}
	}
	return false
}

// timeBack gives the time of a definite attack noun told with a time, in
// a relative clause, and nothing else (أعلنت دعمها للضربات التي تم شنها
// السبت), which refers
// back, to the nearest attack of the same word before it in the story
// that has none (الضربات الغربية على سوريا … ضربات وجهتها الولايات
// المتحدة), however far, and drops it into that one. Within maxMergeGroup
// drafts back.
func (b *eventBuilder) timeBack(live []*draft) {
	for i, c := range live {
		if c.dropped || c.ev.Type != events.Attack || !c.definite() || len(c.parts) > 0 || c.place != nil || c.time == nil || !b.timeInRelative(c) {
			continue
		}
		for j := i - 1; j >= 0 && i-j <= maxMergeGroup; j-- {
			a := live[j]
			if a.dropped || a.unit != c.unit || a.ev.Type != c.ev.Type || a.tr.Lemma != c.tr.Lemma {
				continue
			}
			if a.time == nil && a.ev.Status == c.ev.Status && !a.empty() {
				a.time = c.time
				c.dropped = true
			}
			break // the nearest of its word only
		}
	}
}

// timeInRelative reports a draft whose time is told in a relative clause
// right after its trigger, its adjectives between (الضربات التي تم شنها
// السبت، الغارات الجوية التي نفذت الجمعة): the clause describes the event.
func (b *eventBuilder) timeInRelative(c *draft) bool {
	for j := c.tr.Last; j < c.tr.Last+3 && j < len(b.tx.Tokens) && b.punct(j) == ""; j++ {
		if isRelativePronoun(b.word(j)) {
			return int(b.dateFirst[c.time.Date]) > j
		}
	}
	return false
}

// mergePossessed merges a visit noun with a pronoun (خلال زيارته لسوريا،
// في مستهل زيارتها) into the visit of its owner told before in the
// story: it refers to that visit, whatever its tense, and may name the
// country where the first report named the city.
func (b *eventBuilder) mergePossessed(live []*draft) {
	for i, c := range live {
		if c.dropped || c.ev.Type != events.Visit || c.tr.POS != events.Noun || !c.tr.Pronoun || len(c.parts) == 0 {
			continue
		}
		// The earliest visit of the owner among the maxMergeGroup
		// drafts before: linear in the drafts however long the text.
		for _, a := range live[max(0, i-maxMergeGroup):i] {
			if a.dropped || a.unit != c.unit || a.ev.Type != events.Visit || !sameArg(a.time, c.time) || !containsParticipant(a.parts, c.parts[0]) {
				continue
			}
			a.absorb(c)
			a.remerge = true
			c.dropped = true
			break
		}
	}
}

// titlePlaces gives a body incident told without a place the place of
// the title's incident of its type: the title says where the story is
// (قافلة المساعدات تغادر الغوطة الشرقية وسط القصف), and the body's
// attack of that story (الغارات التي شنها الجيش الاثنين) is there.
func (b *eventBuilder) titlePlaces(live []*draft) {
	var title []*draft
	for _, d := range live {
		if !d.dropped && d.unit == unitTitle && d.place != nil {
			title = append(title, d)
		}
	}
	if len(title) == 0 {
		return
	}
	for _, d := range live {
		if d.dropped || d.unit == unitTitle || d.place != nil || b.doc.area(d.ev.Section) != "body" || d.empty() {
			continue // an event word with nothing told stays no event
		}
		switch d.ev.Type {
		case events.Attack, events.Aid, events.Death, events.Injury, events.Displacement:
		default:
			continue
		}
		for _, t := range title {
			if t.ev.Type != d.ev.Type {
				continue
			}
			if x := b.facilityIn(d.sent, t.place.Entity); x >= 0 {
				// شحنة لقاحات إلى صنعاء; وصلت إلى مطار صنعاء الدولي …
				// طائرة تحمل أول شحنة: the facility named after the
				// title's city is where, and more exactly.
				d.place = b.placeArg(x, b.tx.Sentences[d.sent].First)
				break
			}
			if !b.otherPlaceIn(d.sent, t.place.Entity) {
				pl := *t.place
				d.place = &pl
				break
			}
		}
	}
}

// facilityIn returns the mention of the one place sentence si names, when
// it is a facility named after the place of entity e (مطار صنعاء الدولي
// for صنعاء: a word of its form after the head), or -1.
func (b *eventBuilder) facilityIn(si int, e string) int {
	found, _ := b.placesIn(si, e)
	i, ok := b.entityIndex(e)
	if !ok || found < 0 {
		return -1
	}
	name := b.doc.Entities[i].Name
	if name == "" || b.doc.Mentions[found].Entity == e {
		return -1
	}
	words := strings.Fields(b.doc.Mentions[found].Form)
	if len(words) < 2 || !slices.Contains(words[1:], name) {
		return -1
	}
	return found
}

// otherPlaceIn reports whether sentence si names a place other than
// entity e: an event there may be elsewhere than the title's place
// (ضربات … على مخازن في معسكر بمحافظة شبوة).
func (b *eventBuilder) otherPlaceIn(si int, e string) bool {
	_, other := b.placesIn(si, e)
	return other
}

// placesIn reads the places sentence si names (mentions of LOC that are
// no part of a role): the one place when it names one (its mention, else
// -1), and whether any is other than entity e. The one scan of
// facilityIn and otherPlaceIn.
func (b *eventBuilder) placesIn(si int, e string) (one int, other bool) {
	s := b.tx.Sentences[si]
	one, n := -1, 0
	for k := s.First; k < s.Last; k++ {
		x := b.tokMention[k]
		if x < 0 || b.doc.Mentions[x].Label != LOC || b.rolePart[x] {
			continue
		}
		if b.doc.Mentions[x].Entity != e {
			other = true
		}
		if int(b.menFirst[x]) == k {
			one, n = int(x), n+1
		}
	}
	if n != 1 {
		one = -1
	}
	return one, other
}

// saidAtMeeting dates a statement told with no date of its own by the
// meeting, visit or call it was made at, named between its verb and what
// was said
// (وقال الوزير، خلال اجتماع وزراء التحالف الذي عقد في الكويت الثلاثاء،
// إن …، وقال ماكرون في مؤتمر صحفي عقب الاجتماع إن …، وقال رئيس المجلس، في
// مؤتمر صحفي عقده عقب الجلسة، إن …): the meeting's day, its own or that
// of the meeting told before that its noun names again.
func (b *eventBuilder) saidAtMeeting(live []*draft) {
	for i, st := range live {
		if st.dropped || st.ev.Type != events.Statement || st.time != nil || st.tr.POS == events.Noun {
			continue
		}
		for _, m := range live[i+1:] {
			if m.sent != st.sent || m.tr.First > st.tr.Last+16 {
				break
			}
			if !isFrameType(m.ev.Type) || m.tr.POS != events.Noun || !b.atMeeting(st.tr.Last, m.tr.First) {
				continue
			}
			if m.time != nil && !b.ownMeetingDay(m) {
				break // خلال لقائه المستثمرين الذين قدموا في نيسان: their day
			}
			for m.into != nil {
				m = m.into
			}
			if m.time != nil && m.ev.Status == events.Past {
				st.time, st.toldTime = m.time, false
			}
			break
		}
	}
}

// atMeeting reports whether the meeting noun at token k, after a
// statement's verb ending at from, is where the words were said: خلال،
// عقب، بعد or في ختام / أعقاب right before it, no complementizer and no
// mark but a comma between.
func (b *eventBuilder) atMeeting(from, k int) bool {
	for j := from; j < k; j++ {
		if isComplementizer(b.word(j)) || b.punct(j) != "" && b.punct(j) != "," {
			return false
		}
	}
	w := trimConj(b.word(k - 1))
	return isAnyWord(w, "خلال", "عقب", "بعد", "اثناء") || k >= 2 && isAnyWord(b.word(k-1), "ختام", "اعقاب") && b.word(k-2) == "في"
}

// ownMeetingDay reports whether the date of the meeting m, told after its
// noun, is the meeting's own: no other event's word stands between, and
// no relative clause but one that tells it was held (الذي عقد، التي
// انعقدت): not خلال لقائه المستثمرين الذين قدموا في نيسان, nor خلال
// اجتماعه مع وفد زار المحافظات السبت.
func (b *eventBuilder) ownMeetingDay(m *draft) bool {
	if m.time.Date < 0 || m.time.Date >= len(b.dateFirst) {
		return false
	}
	kd := int(b.dateFirst[m.time.Date])
	if kd < m.tr.Last {
		return false
	}
	for j := m.tr.Last; j < kd; j++ {
		if b.trigAt[j] {
			return false
		}
		if isAnyWord(b.word(j), "الذي", "التي", "الذين", "اللذين", "اللتين") &&
			hasAnyPrefix(trimConj(b.word(j+1)), heldVerbs) == "" {
			return false
		}
	}
	return true
}

// heldVerbs begin the verbs (folded) that tell a meeting was held, in a
// relative clause after its noun (الذي عقد، التي انعقدت، الذي التأم).
var heldVerbs = []string{"عقد", "انعقد", "التام", "جري", "اقيم", "نظم"}

// isFrameType reports the event types a statement may be made at
// (saidAtMeeting): a meeting, a visit (أعلنت الوزيرة، خلال زيارة أدتها
// إلى صفاقس يوم السبت، عن …) or a call.
func isFrameType(typ string) bool {
	return typ == events.Meet || typ == events.Visit || typ == events.Contact
}
