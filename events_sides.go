package naba

import (
	"slices"
	"strings"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/events"
)

// sidesNoun reports a definite dual noun of the two sides of an exchange
// (الجانبان، الطرفان، الوفدان، الزعيمان، البلدان) in the nominative, the
// subject after its verb, and whether it names countries (البلدان). With
// oblique, the accusative and genitive (الجانبين، البلدين) too: the
// subject after أن before a verb in the dual (أن البلدين اتفقا).
func sidesNoun(w string, oblique bool) (countries, ok bool) {
	if oblique {
		if stem, cut := strings.CutSuffix(w, "ين"); cut {
			w = stem + "ان"
		}
	}
	switch w {
	case "الجانبان", "الطرفان", "الوفدان", "الزعيمان", "القايدان", "الرييسان", "الوزيران":
		return false, true
	case "البلدان", "الدولتان":
		return true, true
	}
	return false, false
}

// anySides reports the dual nouns of sides of any rank (الجانبان،
// الطرفان, nominative or oblique): a visitor and the host who received
// him are such sides, where الزعيمان or الوزيران says what both are.
func anySides(w string) bool {
	switch trimConj(w) {
	case "الجانبان", "الطرفان", "الجانبين", "الطرفين":
		return true
	}
	return false
}

// sidesAct reports whether an event of type typ may have the two sides
// of the exchange told before (sidesAfter) for its subject: no violent
// or judicial act (واشتبك الطرفان في نقاش حاد after a meeting of two
// ministers is no attack of theirs; وتبادل الطرفان القصف names the
// warring sides, not a meeting's).
func sidesAct(typ string) bool {
	switch typ {
	case events.Attack, events.Arrest, events.Trial, events.Death, events.Injury, events.Displacement:
		return false
	}
	return true
}

// sidesBefore reads a dual noun of sides right before a verb in the dual
// (أن البلدين اتفقا، الطرفان وقعا) as the sides told before (sidesAfter).
//
// The dual of an institution's head (البنكان قد وقعا، أن الشركتين
// اتفقتا) is the two institutions of that head named before
// (institutionPair); with pairsOnly (a statement: each side's words are
// its own) nothing else is read.
func (b *eventBuilder) sidesBefore(d *draft, tr events.Trigger, sentFirst int, pairsOnly bool) ([]participant, bool) {
	k := b.beforeQad(tr.First-1, sentFirst)
	if k < sentFirst || b.tokMention[k] >= 0 || !b.dual(tr) {
		return nil, false
	}
	if ps, ok := b.institutionPair(k, true); ok {
		return ps, true
	}
	countries, ok := sidesNoun(b.word(k), true)
	if !ok || pairsOnly {
		return nil, false
	}
	ps := b.lastSides(d, anySides(b.word(k)))
	if countries {
		ps = b.sidesCountries(ps)
	}
	if len(ps) == 0 {
		d.sidesFrom = nil
	}
	return ps, len(ps) > 0
}

// sidesAfter reads a dual noun of sides as the subject right after a verb
// (ووقع الجانبان على ست اتفاقيات، وأكد الطرفان، واتفق البلدان) as the
// participants of the exchange the text told last: the nearest meeting,
// call or agreement before it in the same unit, at most three sentences
// back, whose participants are one or two (a meeting of one named side,
// the other unnamed, keeps that one). A meeting of three or more leaves it
// unread: which two is a guess. البلدان takes the countries of the two
// sides' titles (وزير الخارجية المغربي: المغرب), and nothing when a side
// has none. The dual of an institution's head (ووقع البنكان، أعلنه
// البنكان) is the two institutions of that head named before
// (institutionPair), and with pairsOnly nothing else is read. It returns
// the participants and the token after the noun.
func (b *eventBuilder) sidesAfter(d *draft, from, limit int, pairsOnly bool) ([]participant, int, bool) {
	k := from
	for skipped := 0; k < limit && skipped < 3 && b.skippable(k); skipped++ {
		if x := b.tokDate[k]; x >= 0 {
			for k+1 < limit && b.tokDate[k+1] == x {
				k++
			}
		}
		k++
	}
	if k >= limit || b.tokMention[k] >= 0 {
		return nil, from, false
	}
	if ps, ok := b.institutionPair(k, false); ok {
		return ps, k + 1, true
	}
	countries, ok := sidesNoun(b.word(k), false)
	if !ok || pairsOnly {
		return nil, from, false
	}
	ps := b.lastSides(d, anySides(b.word(k)))
	if countries {
		ps = b.sidesCountries(ps)
	}
	if len(ps) == 0 {
		d.sidesFrom = nil
		return nil, from, false
	}
	return ps, k + 1, true
}

// lastSides returns the participants of the nearest meeting, call or
// agreement told before d that names two (see sidesAfter), or of a visit
// that names its visitor and host (with visits: the sides of any kind,
// الجانبان، الطرفان; not الزعيمان after a leader received by a deputy),
// or nil. One
// that names three or more first leaves the sides unread; one that names
// a single side is passed over for an earlier one of two (وبحث معه: the
// subject alone; وحضر اللقاء فلان: one who attended), and is the answer
// when none names two (والتقى الوفد رئيس الغرفة: one side unnamed). A
// meeting verb that names no one ends the search.
func (b *eventBuilder) lastSides(d *draft, visits bool) []participant {
	var one []participant
	var oneFrom *draft
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.unit != d.unit || d.sent-p.sent > 3 {
			break
		}
		if p.ev.Type == events.Visit && len(p.parts) == 2 {
			// وصل فلان إلى المدينة حيث كان في استقباله فلان: the visitor
			// and his host are the two sides of the talks after it; the
			// two leaders after a leader received by a deputy are no
			// sides told before.
			if !visits {
				return nil
			}
			d.sidesFrom = p
			return p.parts
		}
		if p.ev.Type != events.Meet && p.ev.Type != events.Contact && p.ev.Type != events.Agreement {
			continue
		}
		switch {
		case len(p.parts) == 0 && p.tr.POS != events.Noun:
			d.sidesFrom = oneFrom
			return one
		case len(p.parts) == 0:
		case len(p.parts) == 1:
			if one == nil {
				one, oneFrom = p.parts, p
			}
		case len(p.parts) == 2:
			d.sidesFrom = p
			return p.parts
		default:
			return nil // which two of three is a guess
		}
	}
	d.sidesFrom = oneFrom
	return one
}

// sidesSetting gives an exchange whose sides were read from the meeting,
// call or visit told before (lastSides: وعقد الجانبان جلسة مباحثات after
// وصل فلان … حيث كان في استقباله فلان) that event's time and place when
// it tells none of its own: the talks of a visit are held on it. Only
// for talks or a deal told as done after an event done: a call lends
// neither (its sides were apart), nor does a meeting yet to come.
func (b *eventBuilder) sidesSetting(d *draft) {
	src := d.sidesFrom
	if src == nil || src.ev.Type == events.Contact || src.dropped || d.ev.Type != events.Meet && d.ev.Type != events.Agreement ||
		src.ev.Status != events.Past || d.ev.Status != events.Past {
		return
	}
	if d.time == nil && src.time != nil {
		t := *src.time
		d.time = &t
	}
	if d.place == nil && src.place != nil {
		pl := *src.place
		d.place = &pl
	}
}

// sidesCountries maps two sides to the countries their titles' nationality
// adjectives name (titleCountry): the place
// entity of the document when it names the country, else the country's
// name. A country is itself; nil unless both sides give two countries.
func (b *eventBuilder) sidesCountries(ps []participant) []participant {
	if len(ps) != 2 {
		return nil
	}
	var out []participant
	for _, p := range ps {
		i, ok := b.entityIndex(p.entity)
		if !ok {
			return nil
		}
		e := b.doc.Entities[i]
		if e.Label == LOC {
			out = append(out, p)
			continue
		}
		c := b.titleCountry(i)
		if c == "" {
			return nil
		}
		out = append(out, b.countryParticipant(c))
	}
	if out[0].same(out[1]) {
		return nil
	}
	return out
}

// countryParticipant returns the place entity of the document whose name
// or alias is country c, else c as text.
func (b *eventBuilder) countryParticipant(c string) participant {
	fc := fold.String(c)
	for i, e := range b.doc.Entities {
		if e.Label != LOC {
			continue
		}
		if name, aliases := b.entityFolded(i); name == fc || slices.Contains(aliases, fc) {
			return participant{entity: e.ID}
		}
	}
	return participant{text: c}
}

// titleCountry returns the country of the nationality adjective that
// closes a description of person entity i, an alias that opens with one of
// its roles' titles (وزير الخارجية المغربي for a person whose role is
// وزير الخارجية; نظيره الإسباني gives وزير الخارجية الإسباني), or "".
func (b *eventBuilder) titleCountry(i int) string {
	_, aliases := b.entityFolded(i)
	for _, r := range b.doc.Entities[i].Roles {
		t := fold.String(strings.TrimSpace(r.Title))
		if t == "" {
			continue
		}
		for _, a := range aliases {
			rest, ok := strings.CutPrefix(a, t+" ")
			if !ok {
				continue
			}
			ws := strings.Fields(rest)
			if len(ws) == 0 {
				continue
			}
			if c, ok := entities.CountryOfNationality(ws[len(ws)-1]); ok {
				return c
			}
		}
	}
	return ""
}

// ministerOfNation resolves the bare title وزير with nationality
// adjectives after it (الوزير القطري، الوزيرة الفرنسية: the title key
// titleK, the phrase's key fullK) to the one person a minister's title
// with those adjectives introduced before token at (وزير الدولة للشؤون
// الخارجية القطري فلان، وزير الخارجية القطري فلان: the adjectives among
// the words from the title to the name); none when two ministers of that
// nation were named before (which one is a guess), nor for another title
// (الرئيس الفرنسي is no رئيس الوزراء الفرنسي).
func (b *eventBuilder) ministerOfNation(titleK, fullK []byte, at int) (string, bool) {
	head := string(titleK)
	if head != "وزير" && head != "وزيره" || len(fullK) <= len(titleK) {
		return "", false
	}
	quals := strings.Fields(string(fullK[len(titleK):]))
	for _, q := range quals {
		if _, ok := entities.CountryOfNationality(q); !ok {
			return "", false
		}
	}
	found := ""
	for key, i := range b.titleOf {
		intros := b.titleLists[i]
		if strings.IndexByte(key, '|') >= 0 {
			continue
		}
		if w, _, _ := strings.Cut(key, " "); w != head && w != "و"+head {
			continue // ووزير الدولة: the conjunction on it
		}
		for _, in := range intros {
			if in.at >= at || in.e == found || !b.titledWith(in, quals) {
				continue
			}
			if found != "" {
				return "", false
			}
			found = in.e
		}
	}
	return found, found != ""
}

// titledWith reports whether the words from the title of in to its
// person's name hold every word of quals (folded, without the article),
// with the side named right before the title (عن الجانب السنغالي وزير).
func (b *eventBuilder) titledWith(in titleIntro, quals []string) bool {
	n := 0
	if in.at >= 2 && trimConj(b.word(in.at-2)) == "الجانب" && slices.Contains(quals, strings.TrimPrefix(b.word(in.at-1), "ال")) {
		// وعن الجانب السنغالي وزير الصيد فلان: the side's nationality
		// before the title is his.
		n++
	}
	for k := in.at + 1; k < len(b.words) && k < in.at+12; k++ {
		if x := b.tokMention[k]; x >= 0 && b.doc.Mentions[x].Entity == in.e {
			return n == len(quals)
		}
		if b.punct(k) != "" {
			return false
		}
		w := strings.TrimPrefix(b.word(k), "ال")
		if slices.Contains(quals, w) {
			n++
		}
	}
	return false
}

// institutionPairHeads returns the head nouns (folded, without the
// article) that a definite dual of an institution's head noun calls back
// (البنكان، الشركتين، الحزبان: isInstitutionHead), in the nominative or,
// with oblique, the accusative and genitive too; nil for any other word.
// A bank's two heads, بنك and مصرف, are one kind: البنكان after بنك
// الواحة ومصرف الخليج.
func institutionPairHeads(w string, oblique bool) []string {
	rest, ok := strings.CutPrefix(trimConj(w), "ال")
	if !ok {
		return nil
	}
	stem, ok := strings.CutSuffix(rest, "ان")
	if !ok && oblique {
		stem, ok = strings.CutSuffix(rest, "ين")
	}
	if !ok {
		return nil
	}
	if t, cut := strings.CutSuffix(stem, "ت"); cut {
		stem = t + "ه" // الشركتان: شركة
	}
	if !isInstitutionHead(stem) {
		return nil
	}
	if stem == "بنك" || stem == "مصرف" {
		return []string{"بنك", "مصرف"}
	}
	return []string{stem}
}

// institutionPair reads the dual of an institution's head noun at token
// k (والبنكان، الشركتين) as the two organizations of that head the text
// named before k: exactly two, or nothing (one is no pair, and which two
// of three is a guess).
func (b *eventBuilder) institutionPair(k int, oblique bool) ([]participant, bool) {
	if b.tokMention[k] >= 0 {
		return nil, false
	}
	heads := institutionPairHeads(b.word(k), oblique)
	if heads == nil {
		return nil, false
	}
	if !b.orgHeadsRead {
		b.readOrgHeads()
	}
	var found [2]int32
	n := 0
	for _, h := range heads {
		for _, in := range b.headFirsts(h) {
			if int(in.at) >= k {
				break
			}
			if n > 0 && found[0] == in.entity || n > 1 && found[1] == in.entity {
				continue
			}
			if n == 2 {
				return nil, false
			}
			found[n] = in.entity
			n++
		}
	}
	if n != 2 {
		return nil, false
	}
	return []participant{{entity: b.doc.Entities[found[0]].ID}, {entity: b.doc.Entities[found[1]].ID}}, true
}

// headFirsts returns the first mention of each of the first three
// organizations of head noun h (orgHeadIntros), in text order: a dual names
// two of them before it, and a third before it makes it no pair. Read
// once per head, so a long text of many duals costs no rescan of every
// mention for each.
func (b *eventBuilder) headFirsts(h string) []orgHead {
	if fs, ok := b.orgHeadFirsts[h]; ok {
		return fs
	}
	var fs []orgHead
	for _, in := range b.orgHeadIntros(h) {
		if !slices.ContainsFunc(fs, func(o orgHead) bool { return o.entity == in.entity }) {
			if fs = append(fs, in); len(fs) == 3 {
				break
			}
		}
	}
	if b.orgHeadFirsts == nil {
		b.orgHeadFirsts = make(map[string][]orgHead)
	}
	b.orgHeadFirsts[h] = fs
	return fs
}
