package naba

import (
	"bytes"
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/events"
	"github.com/nabanlp/naba/normalize"
)

// Arguments of events: participants, place, time, casualties, position.

// maxForward is how many words after a trigger its arguments are looked
// for, not counting the words of names or dates; maxBackward, how many
// tokens before it.
const (
	maxForward  = 20
	maxBackward = 8
)

// findRoles marks the mentions that are part of a person's role (the
// organization in الأمين العام للائتلاف الوطني نذير الحكيم, or in the
// apposition سجاد مالك، ممثل مفوضية الأمم المتحدة) so that they are not
// taken for participants, and records which person each title
// introduced, to resolve a later bare title (وشدد الأمين العام).
func (b *eventBuilder) findRoles() {
	for _, s := range b.tx.Sentences {
		for k := s.First; k < s.Last; k++ {
			if b.tokMention[k] >= 0 {
				m := int(b.tokMention[k])
				if b.doc.Mentions[m].Label == PER {
					b.apposition(m, s.Last)
				}
				k = max(k, int(b.menLast[m])-1)
				continue
			}
			if b.titleEnd[k] == 0 {
				continue // no title begins here (title's first test, without a call)
			}
			tEnd, _, ok := b.title(k, s.Last)
			if !ok {
				continue
			}
			np := b.titlePhrase(k, tEnd, s.Last)
			if np.person >= 0 {
				for _, m := range np.orgs {
					b.rolePart[m] = true
				}
				if b.apposed[k] && b.commaBetween(np.titleEnd, int(b.menFirst[np.person])) {
					// تميم بن حمد أمير البلاد، وفخامة الرئيس أردوغان؛
					// المعولي وزير النقل، وعن الجانب الإيراني بذرباش: a
					// title after a name describes that name; the person
					// after the comma does not hold it.
					k = int(b.menFirst[np.person]) - 1
					continue
				}
				b.rememberTitle(np, b.doc.Mentions[np.person].Entity)
				k = int(b.menFirst[np.person]) - 1
				continue
			}
			k = np.end - 1
		}
	}
}

// commaBetween reports a comma among tokens [from, to). Not punctBetween
// on purpose: findRoles asks it whether a list goes on between a title
// and the person after it (فلان أمير البلاد، وفخامة الرئيس أردوغان); a
// quote, a bracket or a dash there sets the name off, it opens no item.
func (b *eventBuilder) commaBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if b.punct(k) == "," {
			return true
		}
	}
	return false
}

// apposition marks the role after a person's name: الاسم، ممثل X في Y،
func (b *eventBuilder) apposition(m, sentLast int) {
	k := int(b.menLast[m])
	if b.punct(k) != "," {
		// الأمير محمد بن سلمان ولي ولي العهد: the title right after the
		// name describes him too.
		k--
	}
	tEnd, _, ok := b.title(k+1, sentLast)
	if !ok || isPeerWord(trimConj(b.word(k+1))) {
		// التقى الوزير فلان نظيره المصري في القاهرة: a counterpart is
		// another person, the verb's object, never the name's description;
		// the place after it is where they met.
		return
	}
	if _, pro, _ := events.TitleProcliticWords(b.tx, b.words, k+1, sentLast); strings.HasPrefix(pro, "و") || strings.HasPrefix(pro, "ف") {
		// اجتمع فلان ووزير الخارجية الفرنسي في باريس: a title joined by و
		// is another actor, not the name's description.
		return
	}
	b.apposed[k+1] = true // a description, not another actor
	envoy := isEnvoyWord(b.word(k + 1))
	for j := tEnd; j < sentLast && j < tEnd+8; j++ {
		if b.punct(j) != "" || b.trigAt[j] {
			return // … وزير الدفاع بزيارة إلى الأردن: the clause goes on
		}
		if !envoy && b.word(j) == "الي" {
			// وسيتوجه محمود عباس رئيس السلطة إلى نيويورك: where he goes,
			// not his title's (but ستيفان دي ميستورا المبعوث الأممي إلى
			// سوريا: an envoy's title takes its country).
			return
		}
		if x := b.tokMention[j]; x >= 0 {
			if b.doc.Mentions[x].Label == PER {
				return
			}
			b.rolePart[x] = true
			j = int(b.menLast[x]) - 1
		}
	}
}

// isPeerWord reports whether w, folded with no conjunction or
// preposition written on it, is one's counterpart with the pronoun of
// whose (نظيره، نظيرتها، نظيريه، نظيراتها، نظراؤه، نظرائهم، نظيري): the
// holder of the same office on the other side. A counterpart with no
// pronoun (نظيرا له) or another word of the root (نظرا، نظرات) is none.
// (entities' isPeer reads fewer forms on purpose: see there.)
func isPeerWord(w string) bool {
	if rest, ok := strings.CutPrefix(w, "نظير"); ok {
		// The feminine or its plural, then the dual or the plural's
		// genitive: نظيرته، نظيراتها، نظيريه، نظيرتيه، نظيراه.
		if r, ok := strings.CutPrefix(rest, "ات"); ok {
			rest = r
		} else {
			rest = strings.TrimPrefix(rest, "ت")
		}
		return isPeerPronoun(rest) || (strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ا")) && isPeerPronoun(rest[len("ي"):])
	}
	if rest, ok := strings.CutPrefix(w, "نظرا"); ok {
		// The broken plural, its hamza as written (folded ء، ي، و):
		// نظراءه، نظرائهم، نظراؤه.
		for _, h := range [...]string{"ء", "ي", "و"} {
			if r, ok := strings.CutPrefix(rest, h); ok {
				return isPeerPronoun(r)
			}
		}
	}
	return false
}

// isPeerPronoun reports an attached pronoun ending a counterpart word.
func isPeerPronoun(s string) bool {
	switch s {
	case "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "ي", "نا":
		return true
	}
	return false
}

// isEnvoyWord reports the titles whose country follows إلى (folded):
// المبعوث الأممي إلى سوريا، سفير المملكة إلى واشنطن.
func isEnvoyWord(w string) bool {
	switch w {
	case "مبعوث", "المبعوث", "سفير", "السفير", "ممثل", "الممثل", "مندوب", "المندوب", "موفد", "الموفد":
		return true
	}
	return false
}

// A titlePhrase is a title with what qualifies it: وزير الخارجية المصري،
// المبعوث الخاص للأمم المتحدة إلى سورية، and the person it introduces.
type titlePhrase struct {
	start, end int // tokens of the phrase, without the person
	titleEnd   int // end of the title words proper
	orgs       []int
	person     int // mention index of the person named after it, or -1
	specific   bool
}

// titlePhrase reads the phrase of the title at tokens [start, titleEnd):
// organizations, places, nationality adjectives and other words up to
// the person's name, within ten tokens and one comma.
// acronymAfter returns the token after the closing bracket when token j
// opens brackets that hold only a mention of the entity of the last of
// orgs (its acronym: حركة مجتمع السلم (حمس)), else j.
func (b *eventBuilder) acronymAfter(orgs []int, j int) int {
	if len(orgs) == 0 || j+1 >= len(b.tokMention) || b.punct(j) != "(" {
		return j // a bracket that ends the text opens nothing
	}
	x := b.tokMention[j+1]
	if x < 0 || int(b.menFirst[x]) != j+1 {
		return j
	}
	ent := b.doc.Mentions[orgs[len(orgs)-1]].Entity
	if ent == "" || b.doc.Mentions[x].Entity != ent || b.punct(int(b.menLast[x])) != ")" {
		return j
	}
	return int(b.menLast[x]) + 1
}

func (b *eventBuilder) titlePhrase(start, titleEnd, sentLast int) titlePhrase {
	np := titlePhrase{start: start, end: titleEnd, titleEnd: titleEnd, person: -1}
	np.specific = titleEnd-start >= 2
	commas := 0
	stacked := false     // a second title after the first comma (one more comma)
	lastQual := titleEnd // end of the qualifiers that belong to the phrase
	lim := titleEnd + 10 // (an acronym in brackets does not count)
	for j := titleEnd; j < sentLast && j < lim; j++ {
		if b.nameQuote[j] {
			// متحدث باسم "حزب الله": the marks around a name are no
			// words of the phrase, and part of it where the name is.
			if j == lastQual {
				lastQual = j + 1
			}
			continue
		}
		if p := b.punct(j); p != "" {
			if p == "," && commas == 0 {
				commas++
				if j == lastQual && j+1 < sentLast {
					if _, _, ok := b.title(j+1, sentLast); ok && !b.joinedTitle(j+1, sentLast) {
						// وزير الدولة، وزير الشؤون الخارجية، أحمد عطاف: a
						// second title set off by commas is the same
						// person's; his name follows the next comma.
						stacked = true
					}
				}
				continue
			}
			if p == "," && stacked {
				stacked = false
				continue
			}
			if p == "," && commas == 1 && np.person < 0 && len(np.orgs) > 0 && b.personAfterAside(j+1, sentLast) {
				// المتحدث باسم الأسطول الخامس الأمريكي، ومقره المنامة،
				// القائد فلان: a description of the body set off by
				// commas; the person the title introduces follows it.
				commas++
				lim = j + 6
				continue
			}
			if p == "(" && commas == 0 && j+2 < sentLast && isRetiredMark(b.word(j+1)) && b.punct(j+2) == ")" {
				// والي الولاية المكلف الفريق (م) فلان، اللواء (متقاعد)
				// فلان: the rank's "retired" in brackets is part of the
				// title; the name follows it.
				if j == lastQual {
					lastQual = j + 3
				}
				lim += 3
				j += 2
				continue
			}
			if e := b.acronymAfter(np.orgs, j); e > j && j == lastQual {
				// رئيس حركة مجتمع السلم (حمس) عبد الرزاق مقري: the
				// organization's acronym in brackets is part of it.
				lim += e - j
				j = e - 1
				lastQual = e
				continue
			}
			break
		}
		if x := b.tokMention[j]; x >= 0 {
			if b.doc.Mentions[x].Label == PER {
				np.person = int(x)
				break
			}
			if b.doc.Mentions[x].Label == MISC {
				break // نظيره الإثيوبي سد النهضة: a dam, a law or a conference holds no title
			}
			if b.doc.Mentions[x].Label == LOC && j == lastQual && j > titleEnd && events.IsNisba(b.word(j-1)) {
				// يزور وزير الخارجية الإيراني بغداد: the nisba told the
				// title's country; a place right after it is the verb's
				// object, where the visit goes.
				break
			}
			np.orgs = append(np.orgs, int(x))
			adjacent := j == lastQual || (j == lastQual+1 && isAnyWord(b.word(lastQual), "في", "لدي", "الي", "باسم") && b.doc.Mentions[x].Label == ORG)
			j = int(b.menLast[x]) - 1
			if commas == 0 && adjacent {
				lastQual = j + 1
				np.specific = true
			}
			continue
		}
		if b.trigAt[j] || b.tokDate[j] >= 0 || isComplementizer(b.word(j)) {
			break // قالت الناطقة الروسية إن … الرئيس الأسد: another clause
		}
		if isReplacedWord(b.word(j)) {
			break // رئيسا للوزراء خلفا لفلان: the one replaced holds it no more
		}
		if events.IsNisba(b.word(j)) && commas == 0 && j == lastQual {
			np.specific = true
			lastQual = j + 1
			continue
		}
		if tEnd, _, ok := b.title(j, sentLast); ok && j == lastQual && commas == 0 && !strings.HasPrefix(b.word(j), "وال") {
			// A rank after a title: المدير العام … اللواء الركن. Not one
			// joined by و (استجواب لوزير الصحة والوزير يستقيل: another
			// phrase, the subject of the next verb).
			j = tEnd - 1
			lastQual = tEnd
			continue
		}
		if j == lastQual && commas == 0 && isTitleQualifier(b.word(j)) {
			lastQual = j + 1
			continue
		}
		if conjIs(b.word(j), isPlanNoun) {
			break // بحث مع السفير الفرنسي مبادرة ماكرون: the plan's owner is not the ambassador
		}
		if j == lastQual && commas == 0 && strings.HasPrefix(b.word(j), "ال") {
			// A title in the construct state takes its complement: الناطق
			// باسم الوزارة، مدير الميناء.
			if prev := b.word(j - 1); prev == "باسم" || (j == titleEnd && !strings.HasPrefix(prev, "ال") && !strings.HasPrefix(prev, "وال")) {
				lastQual = j + 1
				np.specific = true
			}
		}
	}
	np.end = lastQual
	if np.person < 0 {
		// Without a person the phrase ends with its qualifiers; the
		// orgs after them are not part of it.
		kept := np.orgs[:0]
		for _, m := range np.orgs {
			if int(b.menLast[m]) <= np.end {
				kept = append(kept, m)
			}
		}
		np.orgs = kept
		np.specific = np.specific || len(np.orgs) > 0
	}
	return np
}

// isRetiredMark reports the word in brackets after a rank that says its
// holder has retired (الفريق (م)، اللواء (متقاعد)، العميد (معاش)).
func isRetiredMark(w string) bool { return w == "م" || w == "متقاعد" || w == "معاش" }

// personAfterAside reports a person's name at token k, after a rank or a
// title if one stands first (القائد فلان، العميد فلان), followed by a mark
// or إن/أن: the one a title phrase introduces, named after a
// description set off by commas.
func (b *eventBuilder) personAfterAside(k, sentLast int) bool {
	if tEnd, _, ok := b.title(k, sentLast); ok && tEnd > k {
		k = tEnd
	}
	x := b.tokMention[min(k, sentLast-1)]
	if k >= sentLast || x < 0 || int(b.menFirst[x]) != k || b.doc.Mentions[x].Label != PER {
		return false
	}
	e := int(b.menLast[x])
	return e < sentLast && (b.punct(e) != "" || isComplementizer(b.word(e)))
}

// unnamedClauseSubject reports أن (or إن) among tokens (from, to) with a
// noun right after it that names no one (أن مواطنها، إن الرهينة): the
// subject of the clause it opens, which a verb joined in that clause
// keeps.
func (b *eventBuilder) unnamedClauseSubject(from, to int) bool {
	for j := to - 2; j > from; j-- {
		if events.Complementizer(b.word(j)) != events.BareComplementizer {
			continue
		}
		k := j + 1
		return b.tokMention[k] < 0 && !b.trigAt[k] && b.punct(k) == "" && b.titleEnd[k] == 0 && b.tokDate[k] < 0 && !b.nameQuote[k]
	}
	return false
}

// joinedTitle reports a title at token k joined by و or ف (ووزير
// الدفاع): another person's, not a second title of the same one.
func (b *eventBuilder) joinedTitle(k, sentLast int) bool {
	_, pro, _ := events.TitleProcliticWords(b.tx, b.words, k, sentLast)
	return strings.HasPrefix(pro, "و") || strings.HasPrefix(pro, "ف")
}

// isTitleQualifier reports words that continue a title: الخاص، الدائم،
// العام، الرسمي، باسم، الأممي.
func isTitleQualifier(w string) bool {
	switch w {
	case "الخاص", "الدايم", "العام", "الرسمي", "باسم", "الاممي", "الدولي", "الاعلي", "الاول", "السابق", "المساعد", "الاقليمي", "التنفيذي":
		return true
	}
	return false
}

// rememberTitle records that the phrase np introduced entity e.
func (b *eventBuilder) rememberTitle(np titlePhrase, e string) {
	if e == "" {
		return
	}
	b.textBuf = b.appendFolded(b.textBuf[:0], np.start, np.titleEnd)
	b.keyBuf = appendTitleKey(b.keyBuf[:0], b.textBuf)
	b.setTitle(b.keyBuf, np.start, e)
	for _, m := range np.orgs {
		if org := b.doc.Mentions[m].Entity; org != "" {
			b.orgKeyBuf = append(append(append(b.orgKeyBuf[:0], b.keyBuf...), '|'), org...)
			b.setTitle(b.orgKeyBuf, np.start, e)
		}
	}
	b.textBuf = b.appendFolded(b.textBuf[:0], np.start, np.end)
	b.keyBuf = appendTitleKey(b.keyBuf[:0], b.textBuf)
	b.setTitle(b.keyBuf, np.start, e)
}

// maxTitleKeys bounds titleKeys: the titles of a long stream of news are
// far fewer, those of a page of ministers about as many.
const maxTitleKeys = 1 << 12

// titleKey returns key as a string, the one titleKeys holds when a
// document before met it: most titles recur from one article to the
// next, and their keys were a string each for every document.
func (b *eventBuilder) titleKey(key []byte) string {
	if k, ok := b.titleKeys[string(key)]; ok {
		return k
	}
	k := string(key)
	if b.titleKeys == nil {
		b.titleKeys = map[string]string{}
	}
	if len(b.titleKeys) < maxTitleKeys {
		b.titleKeys[k] = k
	}
	return k
}

// A titleIntro is a person a title introduced, and where: the title's
// first token.
type titleIntro struct {
	at int
	e  string
}

// setTitle records that the title of key, at token at, introduced
// entity e. findRoles reads the text in order, so each key's
// introductions are in text order; a person introduced again right after
// himself is kept once.
func (b *eventBuilder) setTitle(key []byte, at int, e string) {
	i, ok := b.titleOf[string(key)]
	if !ok {
		i = int32(len(b.titleLists))
		b.titleOf[b.titleKey(key)] = i
		b.titleLists = withList(b.titleLists)
	}
	intros := b.titleLists[i]
	if n := len(intros); n > 0 && intros[n-1].e == e {
		return
	}
	b.titleLists[i] = append(intros, titleIntro{at, e})
}

// ministerAt returns, for the bare title وزير (الوزير alone: any
// minister), the minister a title with a portfolio (وزير الخارجية، وزيرة
// الصحة) introduced before token at, or, when none came before, the
// first one after. When two ministers or more came before, it is the one
// whose ministry the sentence of at names (وقال الوزير إن وزارته … ملف
// الخارجية after وزير الخارجية and وزير الدفاع: the foreign minister);
// when it names none, the nearest if his introduction is in that
// sentence or the one before (… وزير الخارجية الروسي سيرغي لافروف …
// واستقبل الوزير في موسكو), else no one: e is "" with ok true (further
// back, the nearest is as often the other one, and a wrong participant
// costs more than none); when it names several, no one.
//
// The introductions are read from titleOf once per document
// (ministerTitles), and the ministers before at gathered as the bare
// titles come in text order (ministersSeen), with a count of the
// ministers of each title, so that each portfolio is looked for once: a
// scan of every title key and a search of the ministers gathered for
// each introduction, at every bare title, made a page of ministers named
// in turn cubic.
func (b *eventBuilder) ministerAt(key []byte, at int) (e string, ok bool) {
	var h int
	switch string(key) {
	case "وزير":
	case "وزيره":
		h = 1
	default:
		return "", false
	}
	all := b.ministerIntros(h)
	n := sort.Search(len(all), func(i int) bool { return all[i].at > at })
	seen := b.ministersSeen[h].upTo(all, n)
	before := seen.before
	switch len(before) {
	case 0:
		if n < len(all) {
			return all[n].e, true
		}
		return "", false
	case 1:
		return before[0].e, true
	}
	si := b.sentenceIndex(at)
	if si >= len(b.tx.Sentences) {
		return "", true
	}
	s := b.tx.Sentences[si]
	named, namedKey := 0, ""
	for k, c := range seen.keys {
		if c > 0 && b.portfolioNamed(k[len(key)+1:], s.First, s.Last, at) {
			named, namedKey = named+c, k
		}
	}
	switch {
	case named > 1:
		return "", true // both ministries named
	case named == 1:
		i := slices.IndexFunc(before, func(m ministerIntro) bool { return m.key == namedKey })
		return before[i].e, true
	}
	if nearest := all[n-1]; b.sentenceIndex(nearest.at) >= si-1 {
		return nearest.e, true // introduced in this sentence or the one before
	}
	return "", true
}

// ministersSeen holds the ministers introduced among the first n of a
// document's introductions of one head (ministerTitles), read in turn as
// ministerAt asks of later tokens: before, one for each minister, its
// shortest title and the token of its last introduction; of, each one's
// index there; keys, how many ministers have each title as their
// shortest.
type ministersSeen struct {
	n      int
	before []ministerIntro
	of     map[string]int
	keys   map[string]int
}

// upTo reads the introductions all[:n] (all[:s.n] again from the start
// when n is less) and returns s.
func (s *ministersSeen) upTo(all []ministerIntro, n int) *ministersSeen {
	if s.of == nil {
		s.of, s.keys = map[string]int{}, map[string]int{}
	}
	if n < s.n {
		s.reset()
	}
	for _, in := range all[s.n:n] {
		i, ok := s.of[in.e]
		if !ok {
			s.of[in.e] = len(s.before)
			s.before = append(s.before, in)
			s.keys[in.key]++
			continue
		}
		if m := &s.before[i]; len(in.key) < len(m.key) {
			s.keys[m.key]--
			s.keys[in.key]++
			m.key = in.key
		}
		s.before[i].at = max(s.before[i].at, in.at)
	}
	s.n = max(s.n, n)
	return s
}

func (s *ministersSeen) reset() {
	s.n = 0
	clear(s.before)
	s.before = s.before[:0]
	clear(s.of)
	clear(s.keys)
}

// ministerIntros returns the introductions of ministers by a title with a
// portfolio and head h (0: وزير خارجيه، 1: وزيره صحه), without an
// organization's key, in text order; for one token the shorter title
// first (rememberTitle gives the bare title and the whole phrase there).
func (b *eventBuilder) ministerIntros(h int) []ministerIntro {
	if !b.ministersRead {
		b.ministersRead = true
		for i := range b.ministerTitles {
			clear(b.ministerTitles[i])
			b.ministerTitles[i] = b.ministerTitles[i][:0]
			b.ministersSeen[i].reset()
		}
		for k, i := range b.titleOf {
			x := -1
			switch {
			case strings.IndexByte(k, '|') >= 0:
			case strings.HasPrefix(k, "وزير "):
				x = 0
			case strings.HasPrefix(k, "وزيره "):
				x = 1
			}
			if x < 0 {
				continue
			}
			for _, in := range b.titleLists[i] {
				b.ministerTitles[x] = append(b.ministerTitles[x], ministerIntro{e: in.e, key: k, at: in.at})
			}
		}
		for i := range b.ministerTitles {
			slices.SortFunc(b.ministerTitles[i], func(p, q ministerIntro) int {
				if c := cmp.Compare(p.at, q.at); c != 0 {
					return c
				}
				if c := cmp.Compare(len(p.key), len(q.key)); c != 0 {
					return c
				}
				return strings.Compare(p.key, q.key)
			})
		}
	}
	return b.ministerTitles[h]
}

// A ministerIntro is a minister introduced before a bare وزير, with the
// shortest title key that introduced him (وزير خارجيه, not وزير خارجيه
// امريكي: the portfolio without the nationality) and the token of his
// last introduction.
type ministerIntro struct {
	e, key string
	at     int
}

// portfolioNamed reports whether tokens [from, to), but token skip,
// name a word of the portfolio p (a title key less its head: خارجيه،
// دفاع, دوله لشوون خارجيه): with or without the article or a proclitic
// (وزارة الخارجية، ملف الدفاع، بالخارجية). دوله and شوون name no ministry.
func (b *eventBuilder) portfolioNamed(p string, from, to, skip int) bool {
	for w := range strings.FieldsSeq(p) {
		if w == "دوله" || w == "لشوون" || w == "شوون" || utf8.RuneCountInString(w) < 3 {
			continue
		}
		for k := from; k < to; k++ {
			if k == skip || b.tokMention[k] >= 0 && b.doc.Mentions[b.tokMention[k]].Label == PER {
				continue
			}
			x := trimConj(b.word(k))
			for _, pre := range []string{"ال", "بال", "لل", "كال"} {
				if r, ok := strings.CutPrefix(x, pre); ok && len(r) > len("ا") {
					x = r
					break
				}
			}
			if x == w {
				return true
			}
		}
	}
	return false
}

// titleAt returns the person the title of key introduced last before
// token at (وقال الوزير after two ministers named in turn is the one named
// nearest before it), or, when none came before, the first one after (a
// headline's bare title, introduced in the body).
func (b *eventBuilder) titleAt(key []byte, at int) (string, bool) {
	i, ok := b.titleOf[string(key)]
	if !ok || len(b.titleLists[i]) == 0 {
		return "", false
	}
	intros := b.titleLists[i]
	e := intros[0].e
	for _, in := range intros {
		if in.at > at {
			break
		}
		e = in.e
	}
	return e, true
}

// titleKey is a folded title phrase without articles: رئيس بلدية and
// رئيس البلدية are one title.
func titleKey(folded string) string {
	words := strings.Fields(folded)
	for i, w := range words {
		if r, ok := strings.CutPrefix(w, "ال"); ok && len(r) > len("ا") {
			words[i] = r
		}
	}
	return strings.Join(words, " ")
}

// appendTitleKey appends titleKey(folded) to dst, without allocating
// (TestAppendTitleKey).
func appendTitleKey(dst, folded []byte) []byte {
	start := len(dst)
	for i := 0; i < len(folded); {
		if n, space := spaceAt(folded, i); space {
			i += n
			continue
		}
		j := i
		for j < len(folded) {
			n, space := spaceAt(folded, j)
			if space {
				break
			}
			j += n
		}
		w := folded[i:j]
		if r, ok := bytes.CutPrefix(w, []byte("ال")); ok && len(r) > len("ا") {
			w = r
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
		i = j
	}
	return dst
}

// spaceAt returns the size of the character at s[i] and whether it is a
// space (unicode.IsSpace, as strings.Fields reads it).
func spaceAt(s []byte, i int) (int, bool) {
	c := s[i]
	if c < utf8.RuneSelf {
		return 1, asciiSpace[c]
	}
	// A two-byte character led by C3–DF (U+00C0–U+07FF: the Arabic
	// letters) is no space; of the two-byte ones, only U+0085 and
	// U+00A0 (lead C2) are.
	if c >= 0xC3 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return 2, false
	}
	r, n := utf8.DecodeRune(s[i:])
	return n, unicode.IsSpace(r)
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// foldedText returns the folded words of tokens [from, to), separated by
// spaces, without punctuation.
func (b *eventBuilder) foldedText(from, to int) string {
	b.textBuf = b.appendFolded(b.textBuf[:0], from, to)
	return string(b.textBuf)
}

// appendFolded appends the folded words of tokens [from, to) to the
// words in dst, as foldedText joins them: foldedText(i, k) is
// appendFolded(appendFolded(nil, i, j), j, k).
func (b *eventBuilder) appendFolded(dst []byte, from, to int) []byte {
	for k := from; k < to; k++ {
		tok := b.tx.Tokens[k]
		if tok.Kind == normalize.Punct {
			continue
		}
		if len(dst) > 0 {
			dst = append(dst, ' ')
		}
		if tok.Kind == normalize.ArabicWord {
			dst = append(dst, b.words[k]...)
		} else {
			dst = fold.AppendString(dst, b.tx.Norm[tok.Start:tok.End])
		}
	}
	return dst
}

// sourceText returns the input text of tokens [from, to).
func (b *eventBuilder) sourceText(from, to int) string {
	if from >= to {
		return ""
	}
	s, _ := b.tx.TokenSource(from)
	_, e := b.tx.TokenSource(to - 1)
	return b.tx.Source[s:e]
}

// qualifiedAliasOf returns the one person with an alias that is the
// folded title followed by more words (ولي العهد السعودي for ولي العهد);
// none when two persons have one (الرئيس السوري، الرئيس الأمريكي).
func (b *eventBuilder) qualifiedAliasOf(title string) (string, bool) {
	b.readAliasHeads()
	found := ""
	for _, h := range keyed(b.aliasHeads, title) {
		id := b.doc.Entities[h.entity].ID
		if found != "" && found != id {
			return "", false
		}
		found = id
	}
	return found, found != ""
}

// roleHolder returns the entity with a role stated by the entities stage
// whose title is the folded title or begins it, up to a space, and whose
// organization, if any, is one of orgIDs when orgIDs names any: its ID,
// "?" when two entities have one, "" when none has.
func (b *eventBuilder) roleHolder(title string, orgIDs []string) string {
	found := ""
	for j := 1; j <= len(title); j++ {
		if j < len(title) && title[j] != ' ' {
			continue
		}
		for _, r := range b.rolesTitled(title[:j]) {
			if len(orgIDs) > 0 && r.org != "" && !containsString(orgIDs, r.org) {
				continue
			}
			if id := b.doc.Entities[r.entity].ID; found != "" && found != id {
				found = "?"
			} else {
				found = id
			}
		}
	}
	return found
}

// A titledRole is an entity's role (org: its organization's entity ID)
// by its folded title, or (aliasHeads) a person by the beginning of an
// alias (key).
type titledRole struct {
	key    string
	entity int
	org    string
}

// rolesTitled returns the roles whose folded title is t.
func (b *eventBuilder) rolesTitled(t string) []titledRole {
	b.readRoles()
	return keyed(b.titledRoles, t)
}

// readRoles makes titledRoles once per document: a scan of every
// entity's roles for each title phrase made a page of persons with
// titles quadratic.
func (b *eventBuilder) readRoles() {
	if b.rolesRead {
		return
	}
	b.rolesRead = true
	clear(b.titledRoles) // the keys of the document before: let them go
	roles := b.titledRoles[:0]
	for i, e := range b.doc.Entities {
		for k, r := range e.Roles {
			roles = append(roles, titledRole{key: b.roleTitle(i, k), entity: i, org: r.Org})
		}
	}
	slices.SortStableFunc(roles, byTitledKey)
	b.titledRoles = roles
}

// readAliasHeads makes aliasHeads once per document, as readRoles does
// titledRoles.
func (b *eventBuilder) readAliasHeads() {
	if b.aliasHeadsRead {
		return
	}
	b.aliasHeadsRead = true
	clear(b.aliasHeads)
	heads := b.aliasHeads[:0]
	for i, e := range b.doc.Entities {
		if e.Label != PER {
			continue
		}
		_, aliases := b.entityFolded(i)
		for _, a := range aliases {
			for j := 1; j < len(a); j++ {
				if a[j] == ' ' {
					heads = append(heads, titledRole{key: a[:j], entity: i})
				}
			}
		}
	}
	slices.SortStableFunc(heads, byTitledKey)
	b.aliasHeads = heads
}

func byTitledKey(p, q titledRole) int { return strings.Compare(p.key, q.key) }

// keyed returns the run of rs (sorted by key) whose key is k. (A search
// written out: passed to a function value, k would escape, and with it
// the title phrase resolveTitle cuts it from.)
func keyed(rs []titledRole, k string) []titledRole {
	lo, hi := 0, len(rs)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); rs[m].key < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	j := lo
	for j < len(rs) && rs[j].key == k {
		j++
	}
	return rs[lo:j]
}

// personNamedAs returns the first person entity whose folded name or
// alias is key: one look-up of a map made once per document, not a scan
// of every entity's names for each title phrase (resolveTitle asks it
// twice for each).
func (b *eventBuilder) personNamedAs(key string) (int, bool) {
	if !b.personNamedRead {
		b.personNamedRead = true
		if b.personNamed == nil {
			b.personNamed = map[string]int{}
		}
		for i, e := range b.doc.Entities {
			if e.Label != PER {
				continue
			}
			name, aliases := b.entityFolded(i)
			if _, ok := b.personNamed[name]; !ok {
				b.personNamed[name] = i
			}
			for _, a := range aliases {
				if _, ok := b.personNamed[a]; !ok {
					b.personNamed[a] = i
				}
			}
		}
	}
	i, ok := b.personNamed[key]
	return i, ok
}

// resolveTitle returns the participant a title phrase without a name
// stands for: the entity whose alias or role it is, the person it
// introduced earlier, or (for a specific phrase such as وزير الخارجية
// المصري) the phrase itself as text.
func (b *eventBuilder) resolveTitle(np titlePhrase) (participant, bool) {
	// The title's folded words begin the phrase's.
	b.textBuf = b.appendFolded(b.textBuf[:0], np.start, np.titleEnd)
	n := len(b.textBuf)
	b.textBuf = b.appendFolded(b.textBuf, np.titleEnd, np.end)
	full := string(b.textBuf)
	title := full[:n]
	// Titles are written with the article in roles and aliases and
	// without it before an organization (أمين عام، وزير).
	for _, key := range []string{full, title} {
		if i, ok := b.personNamedAs(key); ok {
			return participant{entity: b.doc.Entities[i].ID}, true
		}
	}
	var orgIDs []string
	for _, m := range np.orgs {
		if id := b.doc.Mentions[m].Entity; id != "" {
			orgIDs = append(orgIDs, id)
		}
	}
	if len(orgIDs) == 0 && np.end == np.titleEnd+1 {
		// وقال رئيس الهيئة after رئيس الهيئة الوطنية للانتخابات فلان:
		// the body's head alone is the body named before (orgOfHead),
		// whose holder of that title the text named.
		if p, ok := b.orgOfHead(np.titleEnd); ok {
			orgIDs = append(orgIDs, p.entity)
		}
	}
	titleK := appendTitleKey(b.keyBuf[:0], b.textBuf[:n])
	fullK := appendTitleKey(titleK[len(titleK):], b.textBuf)
	b.keyBuf = fullK[:0] // keep the memory of both
	for _, org := range orgIDs {
		b.orgKeyBuf = append(append(append(b.orgKeyBuf[:0], titleK...), '|'), org...)
		if e, ok := b.titleAt(b.orgKeyBuf, np.start); ok {
			return participant{entity: e}, true
		}
	}
	if e, ok := b.titleAt(fullK, np.start); ok {
		return participant{entity: e}, true
	}
	if e := b.roleHolder(title, orgIDs); e != "" && e != "?" {
		return participant{entity: e}, true
	}
	if len(orgIDs) == 0 && bytes.Equal(fullK, titleK) {
		// A bare title (الأمين العام) is the person it introduced; a
		// qualified one (وزير الخارجية الأمريكي) must match as a whole.
		if e, ok := b.titleAt(titleK, np.start); ok {
			return participant{entity: e}, true
		}
		if e, ok := b.ministerAt(titleK, np.start); ok {
			if e == "" {
				return participant{}, false // two ministers before, the sentence names neither's ministry
			}
			return participant{entity: e}, true
		}
		// قال ولي العهد after ولي العهد السعودي الأمير محمد بن سلمان: the
		// one person whose alias is that title qualified.
		if e, ok := b.qualifiedAliasOf(title); ok {
			return participant{entity: e}, true
		}
		base := title
		for _, style := range []string{"جلاله ", "سمو ", "فخامه "} {
			base = strings.TrimPrefix(base, style) // جلالة الملك: the king
		}
		if r, ok := strings.CutPrefix(base, "ال"); ok && isAnyWord(r, "امير", "ملك", "سلطان", "عاهل") {
			// وكان الأمير قد وصل after الشيخ تميم بن حمد أمير البلاد:
			// a ruler's title in construct (أمير البلاد، ملك الأردن،
			// سلطان عمان) has no article; the one person with it is
			// the ruler the bare title stands for.
			if e, ok := b.qualifiedAliasOf(r); ok {
				return participant{entity: e}, true
			}
		}
	}
	if len(orgIDs) == 0 {
		// والتقى الوزير القطري after وزير الدولة للشؤون الخارجية القطري
		// فلان: the one minister of that nationality named before.
		if e, ok := b.ministerOfNation(titleK, fullK, np.start); ok {
			return participant{entity: e}, true
		}
	}
	if np.specific && !isLeaders(b.word(np.start)) {
		// رؤساء الدول, leaders of no named country: nobody in particular.
		return participant{text: b.titleText(np)}, true
	}
	return participant{}, false
}

// titleText returns the source text of a title phrase without the
// conjunction and the preposition written on its first word (اجتمع
// بنظيره السوداني: نظيره السوداني; للرئيس الفرنسي: الرئيس الفرنسي).
func (b *eventBuilder) titleText(np titlePhrase) string {
	t := b.sourceText(np.start, np.end)
	if _, pro, _ := events.TitleProcliticWords(b.tx, b.words, np.start, np.end); strings.HasPrefix(pro, "و") || strings.HasPrefix(pro, "ف") {
		// ونظيره البحريني: the conjunction joins him to the one before.
		_, size := utf8.DecodeRuneInString(t)
		t = t[size:]
	}
	if np.start >= len(b.titlePrep) || !b.titlePrep[np.start] {
		return t
	}
	r := t
	if x, ok := strings.CutPrefix(r, "لل"); ok {
		return "ال" + x
	}
	if x, ok := strings.CutPrefix(r, "ب"); ok && len(x) > len("ا") {
		return x
	}
	if x, ok := strings.CutPrefix(r, "ل"); ok && len(x) > len("ا") {
		return x
	}
	return t
}

// roleTitle returns the folded title of role k of entity i, folded once
// per document.
func (b *eventBuilder) roleTitle(i, k int) string {
	if b.roleTitles == nil {
		b.roleTitles = make([][]string, len(b.doc.Entities))
	}
	if b.roleTitles[i] == nil {
		roles := b.doc.Entities[i].Roles
		ts := make([]string, len(roles))
		for j, r := range roles {
			ts[j] = fold.String(r.Title)
		}
		b.roleTitles[i] = ts
	}
	return b.roleTitles[i][k]
}

// isLeaders reports whether w is a plural of رئيس (رؤساء، الزعماء،
// وزعماء), leaders of countries, with its conjunction and article. A
// plural of وزير (وزراء الخارجية) is not: the ministers are a specific
// group the text gives as written.
func isLeaders(w string) bool {
	if !strings.HasSuffix(w, "اء") {
		return false // not a plural title: the common case, without a call
	}
	w = trimConj(w)
	if r, ok := strings.CutPrefix(w, "ال"); ok && len(r) > len("ا") {
		w = r
	}
	return slices.Contains(entities.SingularTitles(w), "رييس")
}

// titleActors returns the participants an unnamed title phrase stands for
// when the text gives no person: its organizations or countries (وزراء
// خارجية روسيا وتركيا وإيران: the three countries; منسق الأمم المتحدة: the
// UN), or the resolved title.
func (b *eventBuilder) titleActors(np titlePhrase) []participant {
	if p, ok := b.resolveTitle(np); ok && p.entity != "" {
		return []participant{p}
	}
	if len(np.orgs) == 1 && b.doc.Mentions[np.orgs[0]].Label == LOC && !b.prepOn(np.orgs[0]) && b.singularTitle(np.start) {
		// أمير قطر، وزير خارجية إيران: one holder of one country's
		// office, an unnamed actor by title (the guidelines' وزير الخارجية
		// المصري), not the country.
		return []participant{{text: b.sourceText(np.start, np.end)}}
	}
	var out []participant
	for _, m := range np.orgs {
		if b.doc.Mentions[m].Label == LOC && b.prepOn(m) {
			continue // منسق الأمم المتحدة بسوريا: where, not who
		}
		out = append(out, b.mentionParticipant(m))
	}
	if len(out) > 0 {
		return append(out, b.holders(np)...)
	}
	if p, ok := b.resolveTitle(np); ok {
		return []participant{p}
	}
	return nil
}

// singularTitle reports whether the title at token k is no plural
// (أمير، وزير; not وزراء، رؤساء، قادة).
func (b *eventBuilder) singularTitle(k int) bool {
	w := trimConj(b.word(k))
	if r, ok := strings.CutPrefix(w, "ال"); ok && len(r) > len("ا") {
		w = r
	}
	// وفود: its و is the word's, which trimConj took off.
	return entities.SingularTitles(w) == nil && !isAnyWord(w, "قاده", "مسوولو", "مسوولي", "ممثلو", "ممثلي", "قيادات", "وفود") &&
		!isAnyWord(b.word(k), "وفود", "الوفود")
}

// holders returns, for a plural title over several countries or bodies
// (رؤساء إيران وروسيا وتركيا، وزراء خارجية روسيا وتركيا), the persons
// whose role is the singular title in one of them: the leaders are
// participants as well as their countries.
func (b *eventBuilder) holders(np titlePhrase) []participant {
	if len(np.orgs) < 2 {
		return nil
	}
	words := strings.Fields(titleKey(b.foldedText(np.start, np.titleEnd)))
	if len(words) == 0 {
		return nil
	}
	singular := entities.SingularTitles(strings.Join(words, " "))
	if singular == nil {
		words[0] = trimConj(words[0]) // وزعماء
		singular = entities.SingularTitles(strings.Join(words, " "))
	}
	if singular == nil {
		return nil
	}
	var out []participant
	for _, m := range np.orgs {
		org := b.doc.Mentions[m].Entity
		if org == "" {
			continue
		}
		for _, e := range b.doc.Entities {
			if e.Label != PER {
				continue
			}
			for _, r := range e.Roles {
				if r.Org != org {
					continue
				}
				if slices.Contains(singular, titleKey(fold.String(r.Title))) {
					out = append(out, participant{entity: e.ID})
				}
			}
		}
	}
	return out
}

// unnamedForce reads at token k an armed force or authority named by
// its kind and its country, which the text gives no proper name
// (سلاح الجو التركي، قوات النظام السوري، الطيران الروسي، السلطات
// الأردنية، الرئاسة التركية، الخارجية الروسية): an unnamed actor, kept as
// text. The nationality is
// required; a bare الجيش or الشرطة, or القوات الحكومية, is nobody in
// particular. It returns
// the token after the phrase.
//
// Its nouns are not the recognizer's organization heads (entities'
// orgHeads: جيش، شرطة، لواء …), on purpose: those begin a proper name
// (جيش الإسلام، شرطة دبي) and make a mention, while these are common
// nouns, definite or in a construct, for a force that has no name
// (الجيش التركي); a named force is a mention and never reaches here.
func (b *eventBuilder) unnamedForce(k, last int) (int, bool) {
	w := trimConj(b.word(k))
	j := k + 1
	switch w {
	case "النظام", "القوات", "الجيش", "الطيران", "الشرطه", "السلطات", "البحريه", "المقاتلات", "الطايرات", "المدفعيه",
		// Authorities that speak, decide or try: الرئاسة التركية،
		// الخارجية الروسية، الحكومة الأردنية، المحكمة المصرية.
		"الرياسه", "الحكومه", "الخارجيه", "الداخليه", "البرلمان", "المحكمه", "النيابه":
	case "صايل":
		// فصائل: ف of the root, not the conjunction (وفصائل too).
		if !strings.HasSuffix(b.word(k), "فصايل") {
			return k, false
		}
		w = "فصايل"
		fallthrough
	case "قوات", "سلاح", "طايرات", "مقاتلات", "فصايل", "الفصايل":
		// The construct: قوات النظام، سلاح الجو، طائرات التحالف.
		if j < last && (w == "طايرات" || w == "مقاتلات") && isAnyWord(b.word(j), "حربيه", "عسكريه") {
			// Indefinite, with its nationality: طائرات حربية روسية.
			if _, ok := entities.CountryOfNationality(b.word(j + 1)); ok && j+1 < last && b.tokMention[j+1] < 0 {
				return j + 2, true
			}
			return k, false
		}
		if j >= last || !strings.HasPrefix(b.word(j), "ال") || b.tokMention[j] >= 0 || events.IsNisba(b.word(j)) {
			return k, false
		}
		j++
		if b.word(j-1) == "المعارضه" {
			// فصائل المعارضة، قوات المعارضة السورية: the side the
			// opposition names, with or without its country.
			for j < last && b.tokMention[j] < 0 && (events.IsNisba(b.word(j)) || isAnyWord(b.word(j), "المسلحه")) {
				j++
			}
			return j, true
		}
	default:
		return k, false
	}
	if isAnyWord(b.word(j), "الحربي", "الحربيه", "المسلحه", "الجوي", "الجويه") {
		j++ // الطيران الحربي الروسي، القوات المسلحة الأردنية
	}
	n, national := 0, false
	for ; j < last && n < 2 && b.tokMention[j] < 0 && events.IsNisba(b.word(j)); j++ {
		n++
		if _, ok := entities.CountryOfNationality(b.word(j)); ok {
			national = true
		}
	}
	return j, national // القوات الحكومية: whose, the text does not say here
}

// isGovernorate reports محافظة with its clitics: a governorate as well
// as the feminine of the title محافظ.
func isGovernorate(w string) bool {
	w = trimPrep(w)
	return w == "محافظه" || w == "المحافظه" || w == "محافظات"
}

// trimPrep removes a conjunction و or ف and then a preposition ب or ل
// from w (بالحادثة، ولمحافظة); like trimConj, the result is only
// compared with word lists.
func trimPrep(w string) string {
	w = strings.TrimPrefix(trimConj(w), "ب")
	return strings.TrimPrefix(w, "ل")
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// actorAt returns the participant that begins at token k: a named entity
// (not a place after a preposition) or a title phrase (its person, or
// the title resolved), and the token after it.
func (b *eventBuilder) actorAt(k, sentLast int, tr events.Trigger) ([]participant, int, bool) {
	ps, end, _, ok := b.actorPrep(k, sentLast, tr)
	return ps, end, ok
}

// actorPrep is actorAt that also reports whether the actor follows a
// preposition written on its first word (بوزير الخارجية، لروسيا).
func (b *eventBuilder) actorPrep(k, sentLast int, tr events.Trigger) ([]participant, int, bool, bool) {
	if x := b.tokMention[k]; x >= 0 {
		m := b.doc.Mentions[x]
		end := int(b.menLast[x])
		facility := isFacility(b.word(k-1)) && !(tr.Type == events.Trial && m.Label == PER && isSentencedTo(b.word(k-1)))
		if int(b.menFirst[x]) != k || b.rolePart[x] || b.attribution(k) || facility || conjIs(b.word(k-1), isSeatWord) ||
			isFacility(b.word(k)) && trimConj(b.word(k-1)) == "في" {
			// في مقر الائتلاف الوطني: the facility's owner names a place;
			// so does a facility's name after في (في قصر الإليزيه).
			return nil, end, false, false
		}
		if m.Label == LOC && (b.isPlace(int(x), tr) || sufferedBy(tr.Type) && !b.exchangeSide(int(x), tr)) {
			// بمحيط مهرجان الفحيص: a place dies nowhere, it is where.
			// But the countries between which prisoners are exchanged
			// (تبادل أسرى بين روسيا وأوكرانيا) are its two sides.
			return nil, end, false, false
		}
		return b.onePart(b.mentionParticipant(int(x))), end, b.prepOn(int(x)), true
	}
	if p, ok := b.styledPerson(k); ok {
		return b.onePart(p), k + 1, false, true // وعقد جلالته اجتماعا مع سموه
	}
	if k+1 < sentLast && b.titleEnd[k] == 0 && isAnyWord(b.word(k), "سمو", "جلاله", "فخامه", "معالي", "سعاده", "سماحه", "وسمو", "وجلاله", "وفخامه", "ومعالي", "وسعاده", "وسماحه") && b.tokMention[k] < 0 {
		// وكان سمو الأمير قد وصل، أعرب معالي الوزير: a style of address
		// before a title or a name is no actor of its own; the title or
		// the name after it is (the title resolved as when it stands
		// alone, not the last head of state named).
		if e, _, _ := b.title(k+1, sentLast); e > k+1 || b.tokMention[k+1] >= 0 {
			return b.actorPrep(k+1, sentLast, tr)
		}
	}
	// The word with and without its conjunction (conjIs, written out:
	// actorPrep reads most words after a trigger).
	word, bare := b.word(k), trimConj(b.word(k))
	if (isOfficialWord(word) || len(bare) != len(word) && isOfficialWord(bare)) && k+2 < sentLast {
		// مسؤول في منظمة الصحة العالمية: the organization speaks.
		j := k + 1
		if b.word(j) == "في" {
			j++
		}
		if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == ORG {
			return b.onePart(b.mentionParticipant(int(x))), int(b.menLast[x]), false, true
		}
	}
	if k+1 < sentLast && b.tokMention[k+1] >= 0 && (isForcesWord(word) || len(bare) != len(word) && isForcesWord(bare) || isGroupWord(bare) || isAircraftWord(bare)) {
		// أعلنت قوات الجيش الوطني الليبي: the forces of an organization
		// named are that organization; so is the kind of group before
		// its name (أعلنت جماعة جيش الإسلام، قالت حركة طالبان), and so
		// are its aircraft (نفذت طائرات التحالف العربي، فجر اليوم، غارات).
		if x := b.tokMention[k+1]; int(b.menFirst[x]) == k+1 && b.doc.Mentions[x].Label == ORG && !b.rolePart[x] {
			return b.onePart(b.mentionParticipant(int(x))), int(b.menLast[x]), false, true
		}
	}
	if k+2 < sentLast && b.nameQuote[k+1] && (isGroupWord(bare) || isCompanyWord(bare)) {
		// ووقعت شركة "سوناطراك"، قالت حركة "حماس": the kind of group or
		// company before a name in quotation marks is that name, as it is
		// before one without them (the recognizer's mention then holds both).
		if x := b.tokMention[k+2]; x >= 0 && int(b.menFirst[x]) == k+2 && b.doc.Mentions[x].Label == ORG && !b.rolePart[x] {
			return b.onePart(b.mentionParticipant(int(x))), int(b.menLast[x]), false, true
		}
	}
	if tr.Type != events.Attack && k+1 < sentLast && b.tokMention[k+1] < 0 && b.ownedForceAt(k) {
		// تصل بعثة الصندوق، التقى وفد الحركة: the organization named
		// before by its head noun, after the noun of its mission or its
		// delegation (orgOfHead). Not for a strike (شن طيران التحالف …):
		// there the side it adds makes mergeable join the side's other
		// strikes of the story into one (the team annotations lost an
		// event and two arguments).
		if p, ok := b.orgOfHead(k + 1); ok {
			return b.onePart(p), k + 2, false, true
		}
	}
	if k == tr.Last && tr.Type == events.Attack && tr.POS == events.Noun && !tr.Article && !tr.Pronoun && b.tokMention[k] < 0 {
		// غارات التحالف: the event noun in construct with the head noun
		// of an organization named before; its genitive is the actor.
		if p, ok := b.orgOfHead(k); ok {
			return b.onePart(p), k + 1, false, true
		}
	}
	if end := b.trialSide(k, sentLast); end > k {
		// وقال فريق الدفاع إن: before فريق is read as the rank.
		return b.onePart(participant{text: b.sourceText(k, end)}), end, false, true
	}
	tEnd, prep, ok := b.title(k, sentLast)
	if !ok {
		if end, ok := b.unnamedForce(k, sentLast); ok {
			t := b.sourceText(k, end)
			if w := b.word(k); trimConj(w) != w && !strings.HasPrefix(w, "فصايل") {
				// ومقاتلي المعارضة: the conjunction is no part of it.
				_, size := utf8.DecodeRuneInString(t)
				t = t[size:]
			}
			return b.onePart(participant{text: t}), end, false, true
		}
		if p, ok := b.institutionByHead(k, tr); ok {
			return b.onePart(p), k + 1, false, true
		}
		return nil, k + 1, false, false
	}
	np := b.titlePhrase(k, tEnd, sentLast)
	if np.person < 0 && tEnd == k+1 && isGovernorate(b.word(k)) {
		// هجوم على محافظة إدلب: the governorate, a place; a governor
		// (محافظة حمص ليلى حداد) comes with her name.
		return nil, np.end, false, false
	}
	if b.apposed[k] && np.person < 0 {
		return nil, np.end, false, false // محمد بن سلمان ولي ولي العهد …: his description
	}
	if b.attribution(k) {
		// بحسب مدير الميناء سليم حداد: a source, not an actor.
		if np.person >= 0 {
			return nil, int(b.menLast[np.person]), false, false
		}
		return nil, np.end, false, false
	}
	if np.person >= 0 {
		return b.onePart(b.mentionParticipant(np.person)), int(b.menLast[np.person]), prep, true
	}
	ps := b.titleActors(np)
	return ps, np.end, prep, len(ps) > 0
}

// exchangeSide reports a country or city between which prisoners are
// released (تبادل أسرى بين روسيا وأوكرانيا): a side, not where.
func (b *eventBuilder) exchangeSide(m int, tr events.Trigger) bool {
	return tr.Type == events.Release && b.betweenSide(m)
}

// betweenSide reports a place name after بين, or joined by و to one
// (بين روسيا وأوكرانيا): one of two sides, not where.
func (b *eventBuilder) betweenSide(m int) bool {
	first := int(b.menFirst[m])
	if first == 0 {
		return false
	}
	if trimConj(b.word(first-1)) == "بين" {
		return true
	}
	x := b.tokMention[first-1]
	return strings.HasPrefix(b.word(first), "و") && x >= 0 && x != int32(m) && b.doc.Mentions[x].Label == LOC && b.betweenSide(int(x))
}

// sufferedBy reports event types whose participants are people or
// groups: a place named with them is where they happened.
func sufferedBy(typ string) bool {
	switch typ {
	case events.Death, events.Injury, events.Arrest, events.Displacement, events.Release, events.Trial:
		return true
	}
	return false
}

// nationalActors reads the nationality adjectives right after an event
// noun (سعودي أردني، الإسرائيلية، سعودية - أمريكية) as their countries: the
// place entity of the document when it names the country, else the
// country's name as text.
func (b *eventBuilder) nationalActors(k, hi int) []participant {
	var out []participant
	for ; k < hi && len(out) < 4; k++ {
		if p := b.punct(k); p == "-" || p == "–" {
			continue
		}
		w := b.word(k)
		if b.tokMention[k] >= 0 || w == "" {
			break
		}
		c, ok := entities.CountryOfNationality(w)
		if !ok {
			c, ok = entities.CountryOfNationality(trimConj(w))
		}
		if !ok {
			break
		}
		out = append(out, b.countryParticipant(c))
	}
	return out
}

// entityFolded returns the folded name and aliases of entity i, folded
// once per document. The names folding changes share one string and
// the lists share one slice (foldedNames): a string for each such name
// and a list for each entity were a tenth of the events stage's
// allocations.
func (b *eventBuilder) entityFolded(i int) (string, []string) {
	if b.entityNames[i] == nil {
		e := b.doc.Entities[i]
		buf := fold.AppendString(b.nameBuf[:0], e.Name)
		ends := append(b.nameEnds[:0], len(buf))
		for _, a := range e.Aliases {
			buf = fold.AppendString(buf, a)
			ends = append(ends, len(buf))
		}
		b.nameBuf, b.nameEnds = buf, ends
		var folded string // buf as a string, made when a name changed
		first := len(b.foldedNames)
		from := 0
		for k, end := range ends {
			name := e.Name
			if k > 0 {
				name = e.Aliases[k-1]
			}
			if string(buf[from:end]) != name {
				if folded == "" {
					folded = string(buf)
				}
				name = folded[from:end]
			}
			b.foldedNames = append(b.foldedNames, name)
			from = end
		}
		b.entityNames[i] = b.foldedNames[first:len(b.foldedNames):len(b.foldedNames)]
	}
	return b.entityNames[i][0], b.entityNames[i][1:]
}

// styledPerson resolves a pronoun of style at token k (جلالته، سموه،
// فخامته، معاليه) to the person last named with that style (جلالة الملك
// عبدالله الثاني، صاحب السمو الملكي الأمير محمد بن سلمان).
func (b *eventBuilder) styledPerson(k int) (participant, bool) {
	// The word whole first: فخامته's ف is its own, not the conjunction.
	styles := styleWords(b.word(k))
	if styles == nil {
		styles = styleWords(trimConj(b.word(k)))
	}
	if styles == nil {
		return participant{}, false
	}
	for j := k - 1; j >= 0 && j >= k-600; j-- {
		x := b.tokMention[j]
		if x < 0 || int(b.menFirst[x]) != j || b.doc.Mentions[x].Label != PER {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-4; i-- {
			if isAnyWord(b.word(i), styles...) {
				return b.mentionParticipant(int(x)), true
			}
		}
	}
	return participant{}, false
}

// styleWords returns the written forms of the style that a pronoun of
// style (folded) refers to, or nil.
func styleWords(w string) []string {
	switch w {
	case "جلالته", "جلالتها":
		return []string{"جلاله", "لجلاله", "وجلاله"}
	case "سموه", "سموها":
		return []string{"سمو", "السمو", "لسمو", "وسمو"}
	case "فخامته":
		return []string{"فخامه", "لفخامه"}
	case "معاليه", "معاليها":
		return []string{"معالي", "لمعالي"}
	}
	return nil
}

// prepOn reports whether mention m follows a preposition written on its
// first word (بروسيا، لوزير): such a name is no subject. It is read once
// per mention.
func (b *eventBuilder) prepOn(m int) bool {
	if b.menPrep[m] == 0 {
		b.menPrep[m] = -1
		men := b.doc.Mentions[m]
		// The token's source start alone (TokenSource's start).
		ts := b.tx.SourceOffset(b.tx.Tokens[b.menFirst[m]].Start)
		if men.Start > ts {
			pre := strings.TrimLeft(fold.String(b.tx.Source[ts:men.Start]), "وف")
			if pre == "ب" || pre == "ل" {
				b.menPrep[m] = 1
			}
		}
	}
	return b.menPrep[m] > 0
}

// attribution reports a name at token k given as the source of the
// report (بحسب المرصد، وفقاً لوكالة الأناضول، نقلاً عن …), not an actor.
func (b *eventBuilder) attribution(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if isAttributionWord(b.word(j)) {
			return true
		}
		if b.punct(j) != "" {
			return false
		}
	}
	w := b.word(k)
	return strings.HasPrefix(w, "لوكاله") || strings.HasPrefix(w, "وفق")
}

// reportClauseBefore returns the first token of a clause telling whose
// report something is (وفق ما ذكره المتحدث فلان، بحسب ما أفاد به مكتبه،
// حسب ما أعلنته الوزارة) that ends at token k, a comma closing it
// included, or -1: an attribution word (isAttributionWord) or مثل, then
// ما and a statement verb, then its subject, eight words at most, with
// no mark between.
func (b *eventBuilder) reportClauseBefore(k, sentFirst int) int {
	end := k
	if b.punct(end) == "," {
		end--
	}
	for j := end; j > sentFirst && j >= end-8; j-- {
		if b.punct(j) != "" {
			return -1
		}
		w := b.word(j)
		if w == "مثلما" && j < end && b.statementAt(j+1) {
			return j
		}
		if w == "ما" && j < end && b.statementAt(j+1) && (isAttributionWord(b.word(j-1)) || isAnyConj(b.word(j-1), "مثل")) {
			return j - 1
		}
	}
	return -1
}

// statementAt reports a statement trigger at token k.
func (b *eventBuilder) statementAt(k int) bool {
	return b.triggerAt(k, func(o events.Trigger) bool { return o.Type == events.Statement })
}

func (b *eventBuilder) mentionParticipant(m int) participant {
	men := b.doc.Mentions[m]
	if men.Entity != "" {
		return participant{entity: men.Entity}
	}
	return participant{text: men.Form}
}

// skippable reports tokens that may stand between a verb and its subject:
// commas, dates and a few adverbs.
func (b *eventBuilder) skippable(k int) bool {
	if b.punct(k) == "," || b.tokDate[k] >= 0 {
		return true
	}
	switch b.word(k) {
	case "ايضا", "بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "جانبه", "جانبها", "من", "اليوم", "امس", "مساء", "صباح", "كذلك", "قد", "رسميا":
		return true
	}
	return b.otherTimeWord(k)
}

// otherTimeWord reports سابقا or لاحقا, or a word of في وقت سابق or في
// وقت لاحق (earlier, later): like a date, an aside between a verb and
// its subject or object (أعلنت النقابة في وقت سابق تعليق الإضراب), and a
// time of its own that no date carried from an earlier clause replaces
// (toldAtOtherTime, timeOf).
func (b *eventBuilder) otherTimeWord(k int) bool {
	isWhen := func(w string) bool { return w == "سابق" || w == "لاحق" }
	switch w := b.word(k); {
	case w == "سابقا" || w == "لاحقا":
		return true
	case w == "في":
		return b.word(k+1) == "وقت" && isWhen(b.word(k+2))
	case w == "وقت":
		return k > 0 && b.word(k-1) == "في" && isWhen(b.word(k+1))
	case isWhen(w):
		return k > 1 && b.word(k-1) == "وقت" && b.word(k-2) == "في"
	}
	return false
}

// toldAtOtherTime reports في وقت سابق/لاحق or سابقا/لاحقا in the clause of
// the trigger tr, within eight words before it (after its telling verb)
// or four after it, no punctuation between: the event has a time of its
// own, not the one carried from the clause before (واصل المحتجون
// مسيراتهم مساء الأربعاء، فيما أعلنت النقابة في وقت سابق تعليق الإضراب).
func (b *eventBuilder) toldAtOtherTime(tr events.Trigger, s normalize.Sentence) bool {
	for k := tr.First - 1; k >= s.First && k >= tr.First-8 && b.punct(k) == ""; k-- {
		if b.otherTimeWord(k) {
			return true
		}
	}
	for k := tr.Last; k < s.Last && k < tr.Last+4 && b.punct(k) == ""; k++ {
		if b.otherTimeWord(k) {
			return true
		}
	}
	return false
}

// agentAfter finds the subject after a verb at tokens [from, …): Arabic is
// verb-subject-object.
func (b *eventBuilder) agentAfter(from, limit int, tr events.Trigger) ([]participant, int, bool) {
	skipped := 0
	for k := from; k < limit; k++ {
		if b.mark(k) == "\"" || b.mark(k) == "«" {
			continue // نقلت الوكالة عن "المرصد السوري": the name in quotes
		}
		if k == from && isAnyWord(b.word(k), "فيه", "فيها", "فيهم") {
			continue // في الوقت الذي دعا فيه أردوغان: the pronoun of the relative clause
		}
		if b.skippable(k) && skipped < 3 {
			skipped++
			if d := b.tokDate[k]; d >= 0 {
				for k+1 < limit && b.tokDate[k+1] == d {
					k++
				}
			}
			continue
		}
		ps, end, prep, ok := b.actorPrep(k, limit, tr)
		if prep || isAnyWord(b.word(k), "مع") {
			// اتصل بوزير الخارجية: an object; the subject is before.
			return nil, from, false
		}
		if !ok {
			// دعا رجل الدين الشيعي العراقي، مقتدى الصدر، …: a description,
			// then the person's name set off by commas.
			if p, e, found := b.apposedName(k, limit); found {
				return []participant{p}, e, true
			}
			// وقال المحلل مهدي عبد الهادي: a title the entities stage gave
			// the person as his role, which the events titles lack; the
			// one who speaks (after other verbs it may be the object:
			// يغتالون الصحفي أحمد حسن).
			if tr.Type != events.Statement && tr.Type != events.Appeal {
				return ps, end, ok
			}
			if p, e, found := b.roleBefore(k, limit); found {
				return []participant{p}, e, true
			}
			if p, e, found := b.speakerBeforeThat(k, limit); found {
				return []participant{p}, e, true
			}
		}
		return ps, end, ok
	}
	return nil, from, false
}

// madeByClause reports an indefinite event noun followed by a relative
// clause of making it, its verb's subject a pronoun (زيارة أدتها إلى
// صفاقس، زيارة أداها، زيارة قام بها، زيارة يقوم بها): the one who made it
// is the subject the sentence told before it, as زيارته's owner.
func (b *eventBuilder) madeByClause(tr events.Trigger) bool {
	if tr.Article || tr.Last >= len(b.tx.Tokens) {
		return false
	}
	// The clause names no subject of its own: where the visit went (إلى،
	// ل) or a mark follows the verb at once (زيارة يقوم بها بطريرك
	// ماروني إلى الرياض: the patriarch's).
	next := func(k int) bool {
		w := b.word(k)
		return b.punct(k) != "" || isAnyWord(w, "الي", "في") || strings.HasPrefix(w, "ل") && b.tokMention[k] >= 0
	}
	switch b.word(tr.Last) {
	case "اداها", "ادتها", "يوديها", "توديها", "ادياها", "ادوها":
		return next(tr.Last + 1)
	case "قام", "قامت", "يقوم", "تقوم", "قاما", "قاموا":
		return b.word(tr.Last+1) == "بها" && next(tr.Last+2)
	}
	return false
}

// consortiumMembers returns the organizations named as the members of a
// consortium after مع among tokens [k, hi) (مع تحالف يضم شركة "مصدر"
// ومجموعة "باور تشاينا"، مع ائتلاف مكون من شركتي …): up to the next
// mark, past company words, quotes and nisbas.
func (b *eventBuilder) consortiumMembers(k, hi int) []participant {
	for j := k; j+3 < hi; j++ {
		if trimConj(b.word(j)) != "مع" || !isAnyWord(b.word(j+1), "تحالف", "ايتلاف", "كونسورتيوم") ||
			!isAnyWord(b.word(j+2), "يضم", "يتكون", "يتالف", "مكون", "المكون", "مولف", "المولف") {
			continue
		}
		var ps []participant
		for e := j + 3; e < hi && e <= j+20; e++ {
			if b.punct(e) != "" {
				break
			}
			if x := b.tokMention[e]; x >= 0 && int(b.menFirst[x]) == e && b.doc.Mentions[x].Label == ORG && !b.rolePart[x] {
				ps = append(ps, b.mentionParticipant(int(x)))
				e = int(b.menLast[x]) - 1
			}
		}
		return ps
	}
	return nil
}

// calledBy returns the bodies or persons named right after بدعوة من
// among tokens [k, hi), and those of their kind joined to them by و
// (بدعوة من نقابة المعلمين واتحاد الطلبة): who called the protest.
func (b *eventBuilder) calledBy(k, hi int) []participant {
	for j := k; j+2 < hi; j++ {
		if b.tokMention[j] >= 0 || !isAnyConj(b.word(j), "بدعوه") || b.word(j+1) != "من" {
			continue
		}
		x := b.tokMention[j+2]
		if x < 0 || int(b.menFirst[x]) != j+2 || b.rolePart[x] || b.doc.Mentions[x].Label == LOC {
			return nil
		}
		return b.joinedOfKind(int(x), hi, false)
	}
	return nil
}

// joinedOfKind returns the participant of mention x and those of the
// names of its kind joined to it by و before token hi, none of a role
// (بدعوة من نقابة المعلمين واتحاد الطلبة). With titled, a person may also
// be joined after a title of his own (حضره وزير الداخلية فلان وقائد الجيش
// العماد فلان).
func (b *eventBuilder) joinedOfKind(x, hi int, titled bool) []participant {
	ps := []participant{b.mentionParticipant(x)}
	for e := int(b.menLast[x]); e < hi && strings.HasPrefix(b.word(e), "و"); {
		y := b.tokMention[e]
		if y < 0 && titled && b.doc.Mentions[x].Label == PER {
			// another person joined after a title of his own
			if tEnd, _, ok := b.title(e, hi); ok && tEnd > e {
				if np := b.titlePhrase(e, tEnd, hi); np.person >= 0 && b.doc.Mentions[np.person].Label == PER {
					ps = append(ps, b.mentionParticipant(np.person))
					e = int(b.menLast[np.person])
					continue
				}
			}
		}
		if y < 0 || int(b.menFirst[y]) != e || b.doc.Mentions[y].Label != b.doc.Mentions[x].Label || b.rolePart[y] {
			break
		}
		ps = append(ps, b.mentionParticipant(int(y)))
		e = int(b.menLast[y])
	}
	return ps
}

// attendeesResumed returns the attendees (attendees) named after وذلك
// بحضور among tokens [k, hi): وذلك takes the sentence's event up again
// past a clause between (أعيد افتتاح الملعب، بعد انتهاء أعمال ترميمه التي
// بدأت في آب، وذلك بحضور الوزير فلان), so those present are its own.
func (b *eventBuilder) attendeesResumed(k, hi int) []participant {
	for j := k; j+1 < hi; j++ {
		if trimConj(b.word(j)) == "ذلك" && strings.HasPrefix(b.word(j), "و") && b.word(j+1) == "بحضور" {
			return b.attendees(j+1, hi)
		}
	}
	return nil
}

// attendees returns the persons or bodies named after بحضور in a
// meeting's window [k, hi): the first name after it that no role holds (a
// title of up to eight words may come first: بحضور مدير فرع وزارة الزراعة
// بالمنطقة المهندس فلان), and the names of its kind joined to it by و.
// None when a mark or another event word comes first.
func (b *eventBuilder) attendees(k, hi int) []participant {
	at := -1
	for j := k; j < hi; j++ {
		if b.tokMention[j] < 0 && (isAnyConj(b.word(j), "بحضور") || j > k && b.punct(j-1) == "," && isAnyWord(b.word(j), "حضره", "حضرها")) {
			// (a clause after a comma too: اجتماعا طارئا، حضره وزير
			// الداخلية فلان: those who attended it)
			at = j
			break
		}
	}
	if at < 0 {
		return nil
	}
	for j := at + 1; j < hi && j <= at+12; j++ {
		if b.punct(j) != "" || b.trigAt[j] {
			return nil
		}
		x := b.tokMention[j]
		if x < 0 || int(b.menFirst[x]) != j || b.rolePart[x] || b.doc.Mentions[x].Label == LOC {
			continue
		}
		if y := b.tokMention[b.menLast[x]]; b.doc.Mentions[x].Label == ORG && y >= 0 && b.doc.Mentions[y].Label == PER {
			continue // رئيس مجلس النواب نبيه بري: the body of the person's title
		}
		return b.joinedOfKind(int(x), hi, true)
	}
	return nil
}

// heldByLightVerb reports a verb of holding, chairing or attending a
// meeting (isLightVerb: عقد، ترأس، حضر) before the meeting noun tr in its
// clause, its subject and a date at most between (قد ترأس الاثنين الماضي
// اجتماعا، عقد وزير الزراعة أمس اجتماعا): eight tokens back, no mark.
func (b *eventBuilder) heldByLightVerb(tr events.Trigger, sentFirst int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-8; k-- {
		if b.tokDate[k] >= 0 {
			continue
		}
		if b.punct(k) != "" {
			return false
		}
		if b.lightAt(k) {
			return true
		}
	}
	return false
}

// addressee returns the one an appeal calls on: the first name from token
// k on (a title may come before it, up to four words), right before what
// is asked, a verbal noun with ب or إلى/بأن (طالب النائب فلان الحكومة
// العراقية بإرسال، دعا فلان مجلس الأمن إلى). Nothing when a mark, an
// event word, a preposition or a complementizer comes first. Names of
// the same kind joined to it by و (دعا فلان فلانا وفلانا إلى) are
// called on too: left in b.addressBuf.
func (b *eventBuilder) addressee(k, limit int) (participant, bool) {
	b.addressBuf = b.addressBuf[:0]
	for j := k; j < limit && j < k+5; j++ {
		if b.punct(j) != "" || b.trigAt[j] || b.tokDate[j] >= 0 {
			return participant{}, false
		}
		w := b.word(j)
		if x := b.tokMention[j]; x >= 0 {
			if int(b.menFirst[x]) != j || b.rolePart[x] || b.prepOn(int(x)) {
				return participant{}, false
			}
			e := int(b.menLast[x])
			// فلانا وفلانا إلى: each joined by و, of the same kind.
			for e < limit && strings.HasPrefix(b.word(e), "و") {
				y := b.tokMention[e]
				if y < 0 || int(b.menFirst[y]) != e || b.doc.Mentions[y].Label != b.doc.Mentions[x].Label || b.rolePart[y] {
					break
				}
				b.addressBuf = append(b.addressBuf, b.mentionParticipant(int(y)))
				e = int(b.menLast[y])
			}
			if e >= limit {
				return participant{}, false
			}
			if n := b.word(e); isAnyWord(n, "الي", "بان") || strings.HasPrefix(n, "ب") && len(n) > len("با") && b.tokMention[e] < 0 {
				return b.mentionParticipant(int(x)), true
			}
			return participant{}, false
		}
		if isNounPrep(trimConj(w)) || isComplementizer(w) || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") ||
			isAnyWord(w, "الي", "امام", "خلال", "اثناء", "مع", "كل", "جميع") {
			return participant{}, false
		}
	}
	return participant{}, false
}

// speakerBeforeThat finds the person named right before the complementizer
// that opens what is said, within twelve tokens from k in the clause
// (وأوضح المكلف بالإعلام لدى الحماية المدنية العقيد فاروق عاشور أن): a
// long description of the speaker, then the name. A name after a
// preposition is whom it was said to or of.
func (b *eventBuilder) speakerBeforeThat(k, limit int) (participant, int, bool) {
	person := -1
	for j := k; j < limit && j < k+12; j++ {
		if b.punct(j) != "" || b.trigAt[j] {
			return participant{}, 0, false
		}
		if x := b.tokMention[j]; x >= 0 {
			person = -1
			if b.doc.Mentions[x].Label == PER && int(b.menFirst[x]) == j && !b.prepOn(int(x)) && !b.rolePart[x] {
				person = int(x)
			}
			j = int(b.menLast[x]) - 1
			continue
		}
		if isComplementizer(b.word(j)) {
			if person >= 0 && int(b.menLast[person]) == j {
				return b.mentionParticipant(person), j, true
			}
			return participant{}, 0, false
		}
		person = -1
	}
	if person >= 0 && int(b.menLast[person]) == limit && isComplementizer(b.word(limit)) {
		return b.mentionParticipant(person), limit, true // the clause ends at إن
	}
	return participant{}, 0, false
}

// relativeAntecedent returns the person or organization right before
// the relative pronoun that opens a verb's clause (…، التي طالبت; a comma
// or a quote may come between): the verb's subject. A place is none (حلب
// التي قصفها الطيران: what was struck).
func (b *eventBuilder) relativeAntecedent(tr events.Trigger, sentFirst int) (participant, bool) {
	return b.relativeAntecedentAt(tr.First, sentFirst)
}

// relativeAntecedentAt is relativeAntecedent for the verb at token verb,
// an event's trigger or a light verb before its event noun (الذي يقوم
// بزيارة).
func (b *eventBuilder) relativeAntecedentAt(verb, sentFirst int) (participant, bool) {
	k := verb - 1
	if k <= sentFirst || !isAnyWord(b.word(k), "الذي", "التي", "الذين", "اللذين", "اللتين") {
		return participant{}, false
	}
	k--
	comma := false
	for n := 0; n < 2 && k > sentFirst; n++ {
		if p := b.mark(k); p == "," || p == "\"" || p == "»" {
			comma = comma || p == ","
			k--
		}
	}
	x := b.tokMention[k]
	if x < 0 || b.rolePart[x] || b.doc.Mentions[x].Label == LOC {
		return participant{}, false
	}
	if b.prepOn(int(x)) && !(comma && b.doc.Mentions[x].Label == PER) {
		// A person after a preposition and a comma is described by the
		// clause all the same (قدم استقالته إلى الملك عبد الله الثاني،
		// الذي كلف فلانا); without the comma the clause may tell what was
		// done to the thing named (بالاتفاق الذي وقعه).
		return participant{}, false
	}
	return b.mentionParticipant(int(x)), true
}

// roleBefore finds a person's name within the three words after token k
// whose entity has a role with the title those words begin with (المحلل
// مهدي عبد الهادي، الكاتب السياسي فلان): the subject the title introduces.
// A place after في in between is where the person is, part of the
// description (القيادي الكردي في كوباني شرفان درويش).
func (b *eventBuilder) roleBefore(k, limit int) (participant, int, bool) {
	w := b.word(k)
	if w == "" {
		return participant{}, 0, false
	}
	end := k + 3
	for j := k + 1; j < limit && j <= end; j++ {
		if b.punct(j) != "" || b.trigAt[j] {
			break
		}
		x := b.tokMention[j]
		if x < 0 {
			continue
		}
		if b.doc.Mentions[x].Label == LOC && int(b.menFirst[x]) == j && j > k+1 && b.word(j-1) == "في" && end == k+3 {
			end = int(b.menLast[x]) + 1 // the name right after the place
			j = int(b.menLast[x]) - 1
			continue
		}
		if int(b.menFirst[x]) != j || b.doc.Mentions[x].Label != PER || b.rolePart[x] {
			break
		}
		i, ok := b.entityIndex(b.doc.Mentions[x].Entity)
		if !ok {
			break
		}
		for r := range b.doc.Entities[i].Roles {
			if rt := b.roleTitle(i, r); rt == w || strings.HasPrefix(rt, w+" ") {
				return b.mentionParticipant(int(x)), int(b.menLast[x]), true
			}
		}
		break
	}
	return participant{}, 0, false
}

// apposedName finds, within six plain words from token k, a person's
// name set off by a comma before it (and one after it or a clause
// boundary), or after one or two words with the article (a title: ،
// المحامي فلان،): the subject a description introduces.
func (b *eventBuilder) apposedName(k, limit int) (participant, int, bool) {
	for j := k; j < limit && j < k+8; j++ {
		if b.trigAt[j] || isComplementizer(b.word(j)) || b.tokMention[j] >= 0 {
			return participant{}, 0, false
		}
		if b.punct(j) != "," {
			if b.punct(j) != "" {
				return participant{}, 0, false
			}
			continue
		}
		if j+1 >= limit {
			return participant{}, 0, false
		}
		n := j + 1
		for n < j+3 && n+1 < limit && b.tokMention[n] < 0 && b.tokDate[n] < 0 && !b.trigAt[n] && b.punct(n) == "" && strings.HasPrefix(b.word(n), "ال") {
			// وقال دفاع المتهمين، المحامي فلان، إن: a title of one or two
			// words with the article before the name.
			n++
		}
		x := b.tokMention[n]
		if x < 0 || int(b.menFirst[x]) != n || b.doc.Mentions[x].Label != PER {
			return participant{}, 0, false
		}
		end := int(b.menLast[x])
		if p := b.punct(end); end < limit && p != "," && p != "" {
			return participant{}, 0, false
		}
		return b.mentionParticipant(int(x)), end, true
	}
	return participant{}, 0, false
}

// joinedToActed returns the subject of an event verb before tr in its
// sentence: the verb a verb joined by و to it goes on from. agentBefore
// asks it first, before the name right before tr (السوداني يفتتح المطار
// ويعلن); joinedActSubject is the later reading when no subject was
// found at all, with agreement and no speech before. Both pass over a
// relative clause's act (relativeAct) and give none after a head's bare
// title (headTitleAt).
func (b *eventBuilder) joinedToActed(tr events.Trigger) (participant, bool) {
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.tr.Last > tr.First {
			continue
		}
		if b.tx.Sentences[p.sent].Last <= tr.First {
			return participant{}, false // another sentence
		}
		if b.relativeAct(p) {
			continue // استقبل الملك الوزير فلانا، الذي تسلم منصبه، ودعا
		}
		if !p.dropped && p.hasAgent && p.tr.POS != events.Noun {
			if b.headTitleAt(p.tr.Last) {
				// واستقبل الملك الوزير فلانا، ودعا: the head's title with
				// no name is the subject; the name read is the guest's.
				return participant{}, false
			}
			return p.agent, true
		}
	}
	return participant{}, false
}

// agentBefore finds the subjects before the trigger: a headline's
// subject-verb order (تركيا تؤكد), a speaker before a speech noun (عن
// مسؤول في منظمة الصحة العالمية قوله), or, with light set, the subjects of
// a light verb before an event noun (عقدت الحكومة الأردنية مؤتمرا، وعقد
// الوزراء لافروف وأوغلو وظريف اجتماعات). Without light, a name or title
// phrase must end at most two plain words before the trigger; with it,
// the names are read back to the light verb, at most two plain words
// apart.
func (b *eventBuilder) agentBefore(tr events.Trigger, sentFirst int, light bool) []participant {
	if !light && tr.POS != events.Noun && (tr.Type == events.Statement || tr.Type == events.Appeal) && strings.Contains(tr.Proclitic, "و") {
		// السوداني يفتتح المطار ويعلن: a verb of saying or calling joined
		// by و to an event verb before it with a subject has that verb's
		// subject; the name right before it is the first verb's object.
		// (With no such verb, the name before opens the clause: فلان
		// ويتولى حاليا.)
		if p, ok := b.joinedToActed(tr); ok {
			return []participant{p}
		}
	}
	if !light {
		if p, ok := b.bodyHeadSubject(b.beforeQad(tr.First-1, sentFirst), sentFirst, tr); ok {
			return []participant{p} // أن الهيئة قررت
		}
	}
	words := 0
	var found []participant
	k := tr.First - 1
	limit := tr.First - maxBackward
	if light {
		limit = tr.First - 3*maxBackward
	}
	for ; k >= sentFirst && k >= limit; k-- {
		if light && len(found) > 0 && b.lightAt(k) {
			break
		}
		if light && isCounterWord(trimConj(b.word(k))) {
			break // أرسلت تركيا أسلحة للتصدي لهجوم: what the subject meets
		}
		if !light && k == tr.First-1 && tr.POS == events.Noun && !tr.Pronoun && isSequenceWord(trimConj(b.word(k))) && b.ownDoerAfter(tr) {
			// صالح يهاجم هادي بعد عودة بحاح إلى عدن: the noun after بعد,
			// its doer named right after it, sets its event beside the
			// clause's; the clause's names before it are not its doers
			// (يصل إلى عدن بعد زيارة للرياض: the subject's own visit).
			break
		}
		if isBareComplementizer(b.word(k)) {
			break // قال فلان إن مسلحين هاجموا: the name before إن is the speaker's
		}
		if p := b.punct(k); p != "" && p != "\"" && !(p == "," && (len(found) > 0 || light)) {
			break
		}
		if x := b.tokMention[k]; x >= 0 {
			if b.rolePart[x] || b.attribution(int(b.menFirst[x])) {
				// أجرى الوزير فلان بحسب وزارة الخارجية اتصالا: the
				// report's source, no subject.
				k = int(b.menFirst[x])
				continue
			}
			if first := int(b.menFirst[x]); first > sentFirst && isFacility(b.word(first-1)) && !light {
				// وقفة احتجاجية أمام مقر وزارة التربية في الرباط للمطالبة:
				// the owner of a facility names where, not who.
				k = first - 1
				continue
			}
			if first := int(b.menFirst[x]); first > sentFirst && b.prepositionAmam(first-1) && !light {
				// يعتصمون أمام وزارة التربية احتجاجا على: what an event is
				// held in front of is where, no doer of the noun after it.
				break
			}
			if y := b.describedName(int(x), sentFirst); y >= 0 && len(found) == 0 {
				x = int32(y) // الحشد الشعبي المتحالف مع إيران هاجم: the militia
			}
			m := b.doc.Mentions[x]
			if m.Label == LOC && b.isPlace(int(x), tr) {
				if b.seatedBody(int(x), sentFirst) >= 0 {
					k = int(b.menFirst[x]) - 1 // on to the body before في
					continue
				}
				break
			}
			if m.Label == LOC {
				// عن أمير قطر قوله: the country ends a title phrase,
				// which names the actor.
				if ps, start, ok := b.titleEndingAt(int(b.menFirst[x]), int(b.menLast[x]), sentFirst); ok {
					found = append(found, ps...)
					k = start
					words = 0
					if !light {
						break
					}
					continue
				}
			}
			if found == nil {
				found = b.onePart(b.mentionParticipant(int(x))) // (the most found: one name)
			} else {
				found = append(found, b.mentionParticipant(int(x)))
			}
			k = int(b.menFirst[x])
			words = 0
			if !light {
				// أن الحوثيين وقوات صالح قصفوا، إن دمشق وموسكو قصفتا: the
				// subjects joined before the verb.
				found = b.joinedSubjectsBefore(found, int(x), sentFirst, tr)
				break
			}
			continue
		}
		if len(found) > 0 && !light {
			break
		}
		if k > sentFirst && b.ownedForceAt(k-1) {
			// أن طيران التحالف شن غارات: the organization named before by
			// its head noun, in subject-verb order.
			if p, ok := b.orgOfHead(k); ok {
				found = append(found, p)
				k--
				words = 0
				if !light {
					break
				}
				continue
			}
		}
		// The end of a title phrase: look for its start.
		titled := false
		for s := max(sentFirst, k-5); s <= k && len(found) == 0; s++ {
			tEnd, _, ok := b.title(s, k+1)
			if !ok {
				continue
			}
			np := b.titlePhrase(s, tEnd, k+1)
			if np.end == k+1 && np.person < 0 {
				if ps := b.titleActors(np); len(ps) > 0 {
					found = append(found, ps...)
					k = np.start
					titled = true
					break
				}
			}
		}
		if titled {
			if !light {
				break
			}
			continue
		}
		if b.trigAt[k] {
			break
		}
		if b.tokDate[k] >= 0 || b.skippable(k) {
			continue
		}
		words++
		if words > 2 {
			break
		}
	}
	if len(found) == 0 {
		return nil
	}
	if light {
		// The names must follow a light verb.
		if k < sentFirst || !b.lightAt(k) {
			return nil
		}
		for i, j := 0, len(found)-1; i < j; i, j = i+1, j-1 {
			found[i], found[j] = found[j], found[i]
		}
	}
	return found
}

// ownDoerAfter reports a person or an organization named right after
// the event noun tr, or after a title of up to three words (عودة بحاح،
// عودة رئيس الحكومة خالد بحاح), with no preposition or mark between:
// the noun's own subject, in the genitive.
func (b *eventBuilder) ownDoerAfter(tr events.Trigger) bool {
	for k := tr.Last; k < len(b.words) && k < tr.Last+4; k++ {
		if b.punct(k) != "" {
			return false
		}
		if x := b.tokMention[k]; x >= 0 {
			l := b.doc.Mentions[x].Label
			return l == PER || l == ORG
		}
		if w := b.word(k); w == "" || isNounPrep(w) || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب") {
			return false
		}
	}
	return false
}

// calledOn returns the names called on by an appeal verb whose subject,
// from token k, is no name: one to four words (an event noun among them:
// وكالات الإغاثة), then names joined by و and the request with ب, إلى or
// بأن (وطالبت وكالات الإغاثة الأممية دمشق وموسكو بإيقاف القتال), before
// token hi. None if a name comes first (it is the subject) or no request
// follows.
func (b *eventBuilder) calledOn(k, hi int) []participant {
	j := k
	for ; j < hi && j < k+4 && b.tokMention[j] < 0; j++ {
		if b.punct(j) != "" || b.tokDate[j] >= 0 {
			return nil
		}
	}
	if j == k || j >= hi || b.tokMention[j] < 0 || int(b.menFirst[b.tokMention[j]]) != j {
		return nil
	}
	var ps []participant
	for j < hi {
		x := b.tokMention[j]
		if x < 0 || int(b.menFirst[x]) != j || b.rolePart[x] || len(ps) > 0 && !strings.HasPrefix(b.word(j), "و") {
			break
		}
		ps = append(ps, b.mentionParticipant(int(x)))
		j = int(b.menLast[x])
	}
	if w := b.word(j); j >= hi || !(strings.HasPrefix(w, "ب") && b.tokMention[j] < 0 || isAnyWord(w, "الي", "بان")) {
		return nil
	}
	return ps
}

// apposedBefore returns the comma that opens a description set off by
// commas and ending at the comma k, when it describes the name right
// before it as one of a group (جيش الإسلام، أحد الفصائل الرئيسية المسلحة
// في سوريا،) and that name is no place; -1 if none. The description is
// twelve tokens at most.
func (b *eventBuilder) apposedBefore(k, sentFirst int) int {
	for c := k - 1; c > sentFirst && c >= k-12; c-- {
		if p := b.punct(c); p != "" {
			if p != "," || !isAnyWord(b.word(c+1), "احد", "احدي") {
				return -1
			}
			if x := b.tokMention[c-1]; x >= 0 && b.doc.Mentions[x].Label != LOC && !b.rolePart[x] {
				return c
			}
			return -1
		}
	}
	return -1
}

// accusedOf returns the one a verb of accusing names as the doer of the
// event noun with ب right after it (اتهمت الخارجية السورية إسرائيل
// باستهداف مطار المزة، متهما إسرائيل بقصف، اتهمت جماعة الحوثي التحالف
// بقصف سوق): the name, or an organization's head noun (orgOfHead), that
// ends before the trigger, with the verb at most eight tokens before it
// in its clause.
func (b *eventBuilder) accusedOf(tr events.Trigger, sentFirst int) (participant, bool) {
	j := tr.First - 1
	if j <= sentFirst {
		return participant{}, false
	}
	var p participant
	start := j
	if x := b.tokMention[j]; x >= 0 {
		if int(b.menLast[x]) != tr.First || b.rolePart[x] || b.prepOn(int(x)) {
			return participant{}, false
		}
		p, start = b.mentionParticipant(int(x)), int(b.menFirst[x])
	} else if q, ok := b.orgOfHead(j); ok {
		p = q
	} else {
		return participant{}, false
	}
	for k := start - 1; k >= sentFirst && k >= start-8; k-- {
		if m := b.punct(k); m != "" && m != "\"" {
			return participant{}, false
		}
		if isAccuseWord(trimConj(b.word(k))) {
			return p, true
		}
		if b.trigAt[k] && !isAccuseWord(trimConj(b.word(k))) && b.tokMention[k] < 0 {
			return participant{}, false
		}
	}
	return participant{}, false
}

// isAccuseWord reports the verbs and participles of accusing, folded and
// without a conjunction.
func isAccuseWord(w string) bool {
	switch w {
	case "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "متهما", "متهمه", "متهمين":
		return true
	}
	return false
}

// titleEndingAt returns the actors of a title phrase without a person
// that begins at most five tokens before token first and ends at token
// end (أمير قطر، وزير خارجية إيران), and the phrase's first token.
func (b *eventBuilder) titleEndingAt(first, end, sentFirst int) ([]participant, int, bool) {
	for s := max(sentFirst, first-5); s < first; s++ {
		if b.titleEnd[s] == 0 {
			continue
		}
		tEnd, _, ok := b.title(s, end)
		if !ok || tEnd > first {
			continue
		}
		np := b.titlePhrase(s, tEnd, end)
		if np.end == end && np.person < 0 {
			if ps := b.titleActors(np); len(ps) > 0 {
				return ps, np.start, true
			}
		}
	}
	return nil, 0, false
}

// joinedSubjectsBefore appends to found the names joined by و before
// mention m, the subject of a verb in subject-verb order (الحوثيين وقوات صالح،
// دمشق وموسكو), at most three; a place where something happens is none.
func (b *eventBuilder) joinedSubjectsBefore(found []participant, m, sentFirst int, tr events.Trigger) []participant {
	for n := 0; n < 3; n++ {
		j := int(b.menFirst[m])
		if b.conjOn(m) {
			j--
		} else if j-1 > sentFirst && isAnyWord(b.word(j-1), "وقوات", "ومليشيات", "وميليشيات", "وعناصر", "وانصار") {
			j -= 2
		} else {
			break
		}
		if j < sentFirst {
			break
		}
		x := b.tokMention[j]
		if x < 0 || b.rolePart[x] || b.doc.Mentions[x].Label == LOC && b.isPlace(int(x), tr) {
			break
		}
		found = append(found, b.mentionParticipant(int(x)))
		m = int(x)
	}
	return found
}

// conjOn reports whether the conjunction و is written on mention m
// (وصالح).
func (b *eventBuilder) conjOn(m int) bool {
	men := b.doc.Mentions[m]
	ts := b.tx.SourceOffset(b.tx.Tokens[b.menFirst[m]].Start)
	return men.Start > ts && fold.String(b.tx.Source[ts:men.Start]) == "و"
}

// conjAt reports whether token k is or begins with the conjunction و
// (و، والرئيس، ووزير الخارجية، وحيدر العبادي), not with a word's own
// first letter (وزير، وليد، وفق، وسط، وزارة الخارجية): a name's و is read
// from where its mention begins (conjOn), a title's from its split
// (events.TitleProcliticWords), any other word's from the article or a
// second و after it.
func (b *eventBuilder) conjAt(k int) bool {
	w := b.word(k)
	if w == "و" {
		return true
	}
	rest, ok := strings.CutPrefix(w, "و")
	if !ok {
		return false
	}
	if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k {
		return b.conjOn(int(x))
	}
	if _, pro, ok := events.TitleProcliticWords(b.tx, b.words, k, len(b.words)); ok {
		return strings.HasPrefix(pro, "و")
	}
	return strings.HasPrefix(rest, "ال") || strings.HasPrefix(rest, "و")
}

// isGoingOnParticiple reports the accusative participles that go on with
// what their subject says (folded): مؤكدا، مشيرا، مضيفا، موضحا، مشددا،
// معربا، لافتا، منوها، معتبرا, feminine and plural too. The triggers file
// leaves them out for that reason (events/data/triggers.txt).
func isGoingOnParticiple(w string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "ين"), "ه"), "ا") {
	case "موكد", "مشير", "مضيف", "موضح", "مشدد", "معرب", "لافت", "منوه", "معتبر":
		return true
	}
	return false
}

// lightVerbAgent reports an event noun whose agent is the subject of a
// light verb before it in its clause (عقد الوزير فلان اجتماعا، شارك
// الرئيس في القمة، ترأس الملك اجتماعا): a verb's subject, which the
// verbs joined to it by و share (وقال إن، ودعا إلى, joinedActSubject) as
// they share any verb's. The light verb stands at most 30 tokens before
// the noun, with no other event word nor a mark but a comma between, and
// the agent's name between the verb and the noun.
func (b *eventBuilder) lightVerbAgent(tr events.Trigger, sentFirst int, agent participant) bool {
	k := b.lightVerbBefore(tr, sentFirst, false)
	if k < 0 || tr.Type == events.Contact && b.receiveAt(k) {
		// Not a call received (تلقى فلان اتصالا من فلان، هنأه فيه، وأكد
		// له): who goes on speaking may be the caller.
		return false
	}
	for j := k; j < tr.First; j++ {
		if x := b.tokMention[j]; x >= 0 && b.tokDate[j] < 0 && b.mentionParticipant(int(x)).same(agent) {
			return true
		}
	}
	// An unnamed actor, kept as its text (وشارك وزير الخارجية اللبناني في
	// الاجتماع، ودعا إلى): the subject read right after the light verb.
	return agent.entity == "" && agent.text != "" && k+1 < tr.First && strings.Contains(b.sourceText(k+1, tr.First), agent.text)
}

// lightVerbBefore returns the token of the verb before the event noun tr
// whose object the noun is (nounVerbAt), or -1: at most 30 tokens back in
// its clause, past a date's own marks (مساء الأحد 5 آب/أغسطس 2018) and
// commas, not past another mark or event word. With asides it also reads
// past a report and its teller set off between the verb and the noun
// (ووقع الوزير، وفق ما ذكره المتحدث فلان، اتفاقية: reportClauseBefore),
// and stops at a verb of meeting something (أرسلت تركيا أسلحة للتصدي
// لهجوم: isCounterWord), as lightVerbSubject reads the subject.
func (b *eventBuilder) lightVerbBefore(tr events.Trigger, sentFirst int, asides bool) int {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-30; k-- {
		if b.tokDate[k] >= 0 {
			continue // a date's own marks end no clause
		}
		if asides {
			if start := b.reportClauseBefore(k, sentFirst); start >= 0 {
				k = start
				continue
			}
		}
		if p := b.punct(k); p != "" && p != "," && p != "\"" || b.trigAt[k] {
			return -1 // (فرض "مجلس الأمن" عقوبات: a name in quotes)
		}
		if asides && isCounterWord(trimConj(b.word(k))) {
			return -1 // what its subject meets, not does
		}
		if b.nounVerbAt(k, tr) {
			return k
		}
	}
	return -1
}

// nounVerbAt reports a verb at token k whose object is the event noun tr
// and whose subject is the event's agent: a light verb (عقد اجتماعا،
// شارك في القمة), and for a call one received (تلقى اتصالا), for an
// agreement one reached or signed (توصل إلى اتفاق، وقع اتفاقية), for aid
// money set aside (خصص مليون دولار للإغاثة).
func (b *eventBuilder) nounVerbAt(k int, tr events.Trigger) bool {
	return b.lightAt(k) || tr.Type == events.Contact && b.receiveAt(k) || tr.Type == events.Agreement && (isReachVerb(trimConj(b.word(k))) || b.signAt(k)) ||
		tr.Type == events.Aid && b.allotAt(k, tr.First)
}

// lightVerbSubject finds a light verb before an event noun, across a
// long subject (قام صاحب السمو الملكي الأمير محمد بن سلمان … وزير الدفاع
// بزيارة), and returns the subject read after the verb.
func (b *eventBuilder) lightVerbSubject(tr events.Trigger, sentFirst int) []participant {
	k := b.lightVerbBefore(tr, sentFirst, true)
	if k < 0 {
		return nil
	}
	ps, end, ok := b.agentAfter(k+1, tr.First, tr)
	if ok {
		ps = b.conjoinedBefore(ps, end, tr)
		if tr.Type == events.Agreement || tr.Type == events.Meet || tr.Type == events.Contact {
			// وقعت الوزيرة، أمس، مع البنك الأفريقي اتفاقا، عقد الوزير مع
			// نظيره اجتماعا: the other side, after مع between the
			// subject and the event noun.
			ps = b.withBefore(ps, end, tr)
		}
		return ps
	}
	if k > sentFirst && isAnyConj(b.word(k-1), "كما") {
		// أصدر المحافظ قرارا بتشكيل لجنة، كما قرر إعفاء المدير من
		// منصبه: the light verb after كما with no subject of its
		// own has the subject of the act told before it.
		return b.subjectGoingOn(k)
	}
	// إن تركيا أرسلت المزيد من المساعدات: subject-verb order,
	// the name right before the verb (not a place it stands in).
	if k == sentFirst {
		return nil // the verb opens its sentence (the text): no name before it
	}
	if x := b.tokMention[b.beforeQad(k-1, sentFirst)]; x >= 0 && b.prepOn(int(x)) && b.describedName(int(x), sentFirst) < 0 {
		return nil
	}
	if ps := b.subjectEndingBefore(k, tr, sentFirst); len(ps) > 0 {
		return ps
	}
	if p, ok := b.relativeAntecedentAt(k, sentFirst); ok {
		// السبسي الذي يقوم بزيارة إلى الجزائر، الجيش، الذي شن
		// غارات: the name the clause describes does what it tells.
		return []participant{p}
	}
	if j := b.beforeQad(k-1, sentFirst); j > sentFirst && b.ownedForceAt(j-1) {
		// وكان طيران التحالف شن غارات: the organization by its head
		// noun (orgOfHead).
		if p, ok := b.orgOfHead(j); ok {
			return []participant{p}
		}
	}
	return nil
}

// subjectGoingOn returns the first participant of the latest act told
// before token k in its sentence that is not a statement or an appeal
// (whose first participant may be the one spoken of) nor a toll (whose
// participants are its victims), as the subject a verb after كما goes on
// with; nil when there is none.
func (b *eventBuilder) subjectGoingOn(k int) []participant {
	sent := b.sentenceIndex(k)
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == sent; i-- {
		if p := b.drafts[i]; p.tr.Last <= k && len(p.parts) > 0 && p.ev.Type != events.Statement && p.ev.Type != events.Appeal && !isTollType(p.ev.Type) {
			return []participant{p.parts[0]}
		}
	}
	return nil
}

// lightVerbSides reads a dual noun of sides (الجانبان، الطرفان) as the
// subject of a light verb at most six tokens before the event noun tr
// (وعقد الجانبان جلسة مباحثات، أجرى الوزيران محادثات) as the sides told
// before (sidesAfter), or nil.
func (b *eventBuilder) lightVerbSides(d *draft, tr events.Trigger, sentFirst int) []participant {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-6; k-- {
		if b.punct(k) != "" || b.trigAt[k] {
			return nil
		}
		if !b.lightAt(k) {
			continue
		}
		if ps, _, ok := b.sidesAfter(d, k+1, tr.First, false); ok {
			return ps
		}
		return nil
	}
	return nil
}

// signAt reports a verb of signing at token k (وقع، وقعت، ووقعا، يوقع): its
// subject signs the agreement its object names, as a light verb's
// (lightVerbSubject). توقع, also "expect", is left out.
func (b *eventBuilder) signAt(k int) bool {
	if isSignVerb(b.word(k)) {
		return true // وقع's و is its own
	}
	t := trimConj(b.word(k))
	return len(t) != len(b.word(k)) && isSignVerb(t)
}

func isSignVerb(w string) bool {
	switch w {
	case "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع", "يوقعان", "توقعان", "يوقعون", "سيوقع", "ستوقع":
		return true
	}
	return false
}

// withBefore appends to ps the side named after مع among tokens [from,
// tr.First): the person or organization right after it (وقعت الوزيرة مع
// البنك الأفريقي للتنمية اتفاقا). Dates and commas may stand before مع.
func (b *eventBuilder) withBefore(ps []participant, from int, tr events.Trigger) []participant {
	for k := from; k < tr.First && k < from+4; k++ {
		if b.tokDate[k] >= 0 || b.punct(k) == "," {
			continue
		}
		if trimConj(b.word(k)) != "مع" && b.word(k) != "مع" {
			return ps
		}
		got, _, ok := b.actorAt(k+1, tr.First, tr)
		if !ok {
			return ps
		}
		for _, p := range got {
			if !containsParticipant(ps, p) && len(ps) < 6 {
				ps = append(ps, p)
			}
		}
		return ps
	}
	return ps
}

// conjoinedBefore appends to ps the persons and organizations joined by
// و among tokens [from, tr.First) (شارك رئيس الوزراء العراقي حيدر العبادي
// والرئيس التونسي الباجي قائد السبسي في القمة): more subjects of the light
// verb. A punctuation mark other than a comma ends them.
func (b *eventBuilder) conjoinedBefore(ps []participant, from int, tr events.Trigger) []participant {
	conj := false
	for k := from; k < tr.First && len(ps) < 6; k++ {
		if p := b.punct(k); p != "" && p != "," {
			break
		}
		if b.conjAt(k) {
			conj = true
		}
		x := b.tokMention[k]
		if x < 0 || int(b.menFirst[x]) != k {
			continue
		}
		if m := b.doc.Mentions[x]; (m.Label == PER || m.Label == ORG) && !b.rolePart[x] {
			if conj {
				ps = append(ps, b.mentionParticipant(int(x)))
			}
			conj = false // (ملك الأردن: a place of the title goes on)
		} else if m.Label == LOC && !b.rolePart[x] && b.conjOn(int(x)) && b.placeActor(ps) {
			// وقعت سلطنة عمان والجمهورية الإسلامية الإيرانية اتفاقية: a
			// country joined to a country that acts acts with it. The و
			// is written on the name, not its first letter (في وهران، في
			// واشنطن: the place of the act).
			ps = append(ps, b.mentionParticipant(int(x)))
			conj = false
		}
		k = int(b.menLast[x]) - 1
	}
	return ps
}

// placeActor reports ps, the subjects read so far, ending with a place
// (a country acting: وقعت تونس …).
func (b *eventBuilder) placeActor(ps []participant) bool {
	if len(ps) == 0 {
		return false
	}
	i, ok := b.entityIndex(ps[len(ps)-1].entity)
	return ok && b.doc.Entities[i].Label == LOC
}

// subjectBefore returns the name or title phrase that ends right before
// the trigger verb, its subject in subject-verb order. The particle قد
// may stand between them (وكان الرئيس قد استقبل نظيره: the pluperfect of
// a story's background).
func (b *eventBuilder) subjectBefore(tr events.Trigger, sentFirst int) []participant {
	return b.subjectEndingBefore(tr.First, tr, sentFirst)
}

// subjectEndingBefore returns the name or title phrase that ends right
// before token verb (past قد), the verb's subject in subject-verb order:
// the trigger's own verb (subjectBefore) or a light verb before its
// event noun (وكان أمير الكويت قد أجرى اتصالاً). A country that ends a
// title phrase (أمير الكويت) names no actor of its own: the phrase does.
func (b *eventBuilder) subjectEndingBefore(verb int, tr events.Trigger, sentFirst int) []participant {
	k := b.beforeQad(verb-1, sentFirst)
	if k < sentFirst {
		return nil
	}
	if e := b.apposedSubjectEnd(k, sentFirst); e >= 0 {
		k = e // وكانت الوزيرة ريا الحسن، أول امرأة تتولى الحقيبة، قد دعت
	}
	if x := b.tokMention[k]; x >= 0 {
		if y := b.describedName(int(x), sentFirst); y >= 0 {
			x = int32(y) // مجلس الأمن التابع للأمم المتحدة أصدر: the council
		}
		if b.rolePart[x] || b.attribution(int(b.menFirst[x])) {
			return nil
		}
		if b.doc.Mentions[x].Label == LOC && b.isPlace(int(x), tr) {
			if y := b.seatedBody(int(x), sentFirst); y >= 0 {
				return []participant{b.mentionParticipant(y)}
			}
			return nil
		}
		if b.doc.Mentions[x].Label == LOC {
			if ps, _, ok := b.titleEndingAt(int(b.menFirst[x]), int(b.menLast[x]), sentFirst); ok {
				return ps
			}
		}
		return []participant{b.mentionParticipant(int(x))}
	}
	for s := max(sentFirst, k-5); s <= k; s++ {
		tEnd, _, ok := b.title(s, k+1)
		if !ok {
			continue
		}
		np := b.titlePhrase(s, tEnd, k+1)
		if np.end == k+1 && np.person < 0 {
			return b.titleActors(np)
		}
	}
	if p, ok := b.bodyHeadSubject(k, sentFirst, tr); ok {
		return []participant{p} // أن الهيئة أصدرت قرارها
	}
	return nil
}

// bodyHeadSubject reads the head noun of an institution at token k, right
// before a verb (past قد) and opening its clause (the sentence's start, a
// mark, أن/إن or كان before it), as the institution of that head named
// before (institutionByHead): the subject in subject-verb order (وأوضح
// البيان أن الهيئة أصدرت قرارها، والمجلس قرر). Not the noun of a name's
// own (رئيس الهيئة قرر: the construct before it opens no clause).
func (b *eventBuilder) bodyHeadSubject(k, sentFirst int, tr events.Trigger) (participant, bool) {
	if k < sentFirst {
		return participant{}, false
	}
	if j := k - 1; j >= sentFirst && b.punct(j) == "" && !isComplementizer(b.word(j)) && !isBeWord(trimConj(b.word(j))) {
		return participant{}, false
	}
	return b.institutionByHead(k, tr)
}

// apposedSubjectEnd returns the last token of the name before a
// description set off by two commas, two dashes or brackets, when token k
// (right before a verb, past قد) closes that description and the name
// opens its clause: وكانت وزيرة الداخلية ريا الحسن، أول امرأة تتولى
// الحقيبة، قد دعت; إن جبهة النصرة -جناح القاعدة في سوريا- هاجمت. The name
// is then the verb's subject in subject-verb order. Otherwise -1: one mark
// alone (وفي دمشق، قال), another mark inside the description, or a name
// that ends a clause with a verb of its own before it (التقى الرئيس
// الوزير فلان، …، وبحث: the guest is no subject of the next verb).
func (b *eventBuilder) apposedSubjectEnd(k, sentFirst int) int {
	var opening string
	switch closing := b.punct(k); closing {
	case ",", "-", "–", "—":
		opening = closing
	case ")":
		opening = "("
	default:
		return -1
	}
	c := k - 1
	for ; c > sentFirst && c >= k-16 && b.punct(c) == ""; c-- {
	}
	if c <= sentFirst || b.punct(c) != opening || c == k-1 {
		return -1
	}
	e := c - 1
	x := b.tokMention[e]
	if x < 0 || int(b.menLast[x]) != e+1 || b.rolePart[x] || b.doc.Mentions[x].Label == LOC {
		return -1 // (غزة - الخميس 9 آب - استشهد: a dateline)
	}
	// The name opens its clause: before it, within six words and no
	// event word, the sentence's start, a mark, إن/أن, or كان.
	words := 0
	for j := int(b.menFirst[x]) - 1; ; j-- {
		if j < sentFirst || b.punct(j) != "" || isComplementizer(b.word(j)) || isBeWord(trimConj(b.word(j))) {
			return e
		}
		if b.trigAt[j] || b.tokMention[j] >= 0 && b.doc.Mentions[b.tokMention[j]].Label != ORG && !b.rolePart[b.tokMention[j]] {
			return -1
		}
		if words++; words > 6 {
			return -1
		}
	}
}

// describedName returns the mention a describing participle phrase
// ending with mention x tells of (isDescriber: مجلس الأمن التابع للأمم
// المتحدة، قوات سوريا الديمقراطية المدعومة من واشنطن، الحشد الشعبي
// المتحالف مع إيران), when that name ends right before the participle and
// is no place: in subject-verb order it, not the patron, is the verb's
// subject. Otherwise -1.
func (b *eventBuilder) describedName(x, sentFirst int) int {
	j := int(b.menFirst[x]) - 1
	if j > sentFirst && (b.word(j) == "من" || b.word(j) == "مع") {
		j--
	}
	if j <= sentFirst || !isDescriber(b.word(j)) {
		return -1
	}
	end := j
	if m := b.mark(j - 1); (m == "\"" || m == "»") && j-1 > sentFirst {
		end = j - 1 // تنظيم "ولاية سيناء" الموالي لتنظيم الدولة: the name in quotes
	}
	y := b.tokMention[end-1]
	if y < 0 || int(b.menLast[y]) != end || b.rolePart[y] || b.doc.Mentions[y].Label == LOC {
		return -1
	}
	return int(y)
}

// seatedBody returns the organization mention that ends right before
// في and the place mention m, or -1: وزارة الصحة في غزة، مكتب الأمم
// المتحدة في جنيف. The place seats the body; in subject-verb order
// (وكانت وزارة الصحة في غزة قد أعلنت) the body is the subject.
func (b *eventBuilder) seatedBody(m, sentFirst int) int {
	f := int(b.menFirst[m])
	if f-2 < sentFirst || b.word(f-1) != "في" {
		return -1
	}
	if y := b.tokMention[f-2]; y >= 0 && b.doc.Mentions[y].Label == ORG && !b.rolePart[y] {
		return int(y)
	}
	return -1
}

// beforeQad returns k, or the token before it when token k is the
// particle قد after sentFirst (وكانت الحكومة قد وقعت): the subject of a
// verb in subject-verb order ends there.
func (b *eventBuilder) beforeQad(k, sentFirst int) int {
	if k > sentFirst && b.word(k) == "قد" {
		return k - 1
	}
	return k
}

// describedActor reads an unnamed actor described by a common noun that
// opens the clause of a verb and stands right before it (انتحاري يفجر
// نفسه، مسلحون مجهولون يقتحمون، مستوطنون إسرائيليون يهاجمون): the
// description is the participant, kept as text, as the guidelines allow
// for an actor with no name. Only the indefinite nouns of actorNouns
// begin one, followed by at most one more of them or a nationality.
func (b *eventBuilder) describedActor(tr events.Trigger, sentFirst int) (participant, bool) {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-2; k-- {
		if b.tokMention[k] >= 0 || b.punct(k) != "" {
			return participant{}, false
		}
		if k > sentFirst && b.punct(k-1) == "" && !isBareComplementizer(b.word(k-1)) {
			continue // the clause opens further back (or right after إن، أن)
		}
		generic := false
		if w := trimConj(b.word(k)); !isActorNoun(w) {
			// طائرات روسية قصفت، قوات تركية دخلت، عناصر مجهولة هاجمت: a
			// common noun of armed men or machines describes an actor
			// only with a nationality or such a qualifier after it.
			if !isForceNoun(w) || k+1 >= tr.First {
				return participant{}, false
			}
			generic = true
		}
		for j := k + 1; j < tr.First; j++ {
			if _, ok := entities.CountryOfNationality(b.word(j)); !ok && !isActorNoun(b.word(j)) && !(generic && isForceQualifier(b.word(j))) {
				return participant{}, false
			}
		}
		return participant{text: b.sourceText(k, tr.First)}, true
	}
	return participant{}, false
}

// describedActorAfter reads the actor a text describes without naming
// right after its verb, in verb-subject order (اغتال مسلحون مجهولون
// القيادي، هاجم مستوطنون قرية): only a plural in the nominative (…ون),
// since after a verb the accusative (قتل مسلحين) is the object, and a
// singular (قتل مسلح) may be either, unless the verb's object is fixed
// (أطلق مسلح النار، فجر انتحاري نفسه: isFixedObject).
func (b *eventBuilder) describedActorAfter(tr events.Trigger, hi int) (participant, bool) {
	k := tr.Last
	if k >= hi || b.tokMention[k] >= 0 || b.punct(k) != "" {
		return participant{}, false
	}
	w := b.word(k)
	if !isActorNoun(w) {
		return participant{}, false
	}
	if !strings.HasSuffix(w, "ون") {
		// A verb whose object is fixed (أطلق النار، فجر نفسه): the
		// singular right before that object is the subject (أطلق مسلح
		// النار، فجر انتحاري نفسه), with its adjective (مسلح مجهول).
		end := k + 1
		if end < hi && b.tokMention[end] < 0 && isActorNoun(b.word(end)) {
			end++
		}
		if !isFixedObject(b.word(end)) {
			return participant{}, false
		}
		return participant{text: b.sourceText(k, end)}, true
	}
	end := k + 1
	for end < hi && end < k+3 && b.tokMention[end] < 0 && b.punct(end) == "" && strings.HasSuffix(b.word(end), "ون") {
		if _, ok := entities.CountryOfNationality(b.word(end)); !ok && !isActorNoun(b.word(end)) {
			break
		}
		end++ // مسلحون مجهولون، مستوطنون إسرائيليون
	}
	return participant{text: b.sourceText(k, end)}, true
}

// isFixedObject reports the objects of the verbs of an attack whose
// object is always the same (أطلق النار، فتح النار، فجر نفسه): a noun
// between such a verb and its object is the subject.
func isFixedObject(w string) bool {
	switch w {
	case "النار", "نارا", "الرصاص", "نفسه", "نفسها":
		return true
	}
	return false
}

// isActorNoun reports the indefinite nouns that describe an actor with no
// name (folded): a suicide bomber, gunmen, unknown men, settlers,
// protesters, assailants.
func isActorNoun(w string) bool {
	switch w {
	case "انتحاري", "انتحاريه", "انتحاريون", "انتحاريين", "انتحاريان", "مسلح", "مسلحون", "مسلحين", "مسلحان",
		"مجهول", "مجهولون", "مجهولين", "مستوطن", "مستوطنون", "مستوطنين", "متظاهرون", "متظاهرين", "محتجون", "محتجين",
		"مهاجم", "مهاجمون", "مهاجمين", "قناص", "قناصه", "ملثمون", "ملثمين", "متشددون", "متشددين":
		return true
	}
	return false
}

// isForceNoun reports the indefinite common nouns of armed men or
// machines that describe an actor with a qualifier (describedActor).
func isForceNoun(w string) bool {
	switch w {
	case "طايرات", "مقاتلات", "قوات", "جنود", "عناصر", "مقاتلون", "مقاتلين", "دبابات", "زوارق", "سفن", "طايره", "مروحيات":
		return true
	}
	return false
}

// isForceQualifier reports the adjectives after a force noun that make
// it a description of an actor: unknown, armed, hostile.
func isForceQualifier(w string) bool {
	switch w {
	case "مجهوله", "مسلحه", "معاديه", "حربيه", "مجهولي", "مجهولو":
		return true
	}
	return false
}

// isLightVerb reports verbs whose object is an event noun: عقد اجتماعا،
// أجرى محادثات، شن هجوما، نفذ غارات، أصدر قرارا، فرض عقوبات.
func isLightVerb(w string) bool {
	switch w {
	case "عقد", "عقدت", "يعقد", "تعقد", "عقدوا", "اجري", "اجرت", "يجري", "تجري", "اجروا", "شن", "شنت", "يشن", "تشن",
		"نفذ", "نفذت", "ينفذ", "تنفذ", "اصدر", "اصدرت", "يصدر", "تصدر", "فرض", "فرضت", "يفرض", "تفرض", "قدم", "قدمت", "يقدم", "تقدم",
		"ارسل", "ارسلت", "يرسل", "ترسل", "سير", "سيرت", "بعث", "بعثت", "يبعث", "تبعث", "بعثوا", "وجه", "وجهت", "يوجه", "توجه", "ابرم", "ابرمت", "يبرم", "تبرم", "اطلق", "اطلقت", "يطلق", "تطلق",
		"نظم", "نظمت", "ينظم", "تنظم", "بدا", "بدات", "يبدا", "تبدا", "واصل", "واصلت", "يواصل", "تواصل", "اتخذ", "اتخذت", "يتخذ", "تتخذ",
		"ترعي", "يرعي", "رعت", "رعي", "انهي", "انهت", "ينهي", "تنهي", "اختتم", "اختتمت", "يختتم", "تختتم",
		"قام", "قامت", "يقوم", "تقوم", "قاموا", "يقومون", "متهما", "متهمه", "متهمين", "كثف", "كثفت", "يكثف", "تكثف", "كثفوا",
		// Who opens, chairs, attends or takes part in a meeting is one
		// of its participants (افتتح الوزير المنتدى، شارك الرئيسان في القمة),
		// and who launches a campaign is one of the campaign's (دشن المحافظ
		// حملة التحصين).
		"افتتح", "افتتحت", "يفتتح", "تفتتح", "دشن", "دشنت", "يدشن", "تدشن", "تراس", "تراست", "يتراس", "تتراس", "راست", "يراس", "حضر", "حضرت", "يحضر", "تحضر", "حضروا",
		"شارك", "شاركت", "يشارك", "تشارك", "شاركوا", "يشاركون",
		// and so is who oversees an opening or a handover (أشرف الوزير على
		// تدشين المحطة، يشرف المحافظ على توزيع المساعدات).
		"اشرف", "اشرفت", "يشرف", "تشرف":
		return true
	}
	return isHostVerb(w)
}

// isCounterWord reports the verbal nouns of countering with ل of purpose
// (folded): after a light verb (أرسلت تركيا أسلحة للتصدي لهجوم، حشد
// الجيش قواته لصد الهجوم) the event after them is what the subject
// meets, not what it does.
func isCounterWord(w string) bool {
	switch w {
	case "للتصدي", "لمواجهه", "لصد", "لاحباط", "لمنع", "للدفاع", "للرد", "لمقاومه", "لدرء":
		return true
	}
	return false
}

// isAllotVerb reports the verbs of setting money aside (خصصت الحكومة
// مبلغ مليون دولار للمساعدات، رصد البنك 50 مليونا لإغاثة): their subject
// gives the aid, as a light verb's (lightVerbSubject). Only for aid:
// رصد is also "monitor" (رصد المرصد مقتل), خصص "devote" (خصص كلمته للهجوم).
func isAllotVerb(w string) bool {
	switch w {
	case "خصص", "خصصت", "يخصص", "تخصص", "خصصوا", "رصد", "رصدت", "يرصد", "ترصد", "رصدوا":
		return true
	}
	return false
}

// allotAt reports a verb of setting money aside at token k (isAllotVerb),
// with a conjunction and the future prefix س (وخصصت، وسيرصد), whose
// object before token to is a sum (sumBetween): ورصد المرصد دخول قافلة
// مساعدات، ترصد المنظمة توزيع المساعدات are "monitor", no allotting.
func (b *eventBuilder) allotAt(k, to int) bool {
	return isAllotVerb(b.verbStem(k)) && b.sumBetween(k+1, to)
}

// verbStem returns the folded word at token k without its conjunction
// and, for a verb in the future, without its س (وسيتلقى → يتلقى): the
// form the verb lists of receiveAt and allotAt hold.
func (b *eventBuilder) verbStem(k int) string {
	w := trimConj(b.word(k))
	if f := normalize.FutureStem(w); f != "" {
		return f
	}
	return w
}

// sumBetween reports a word of a sum of money among tokens [from, to):
// مبلغ، مليون، مليار or a currency (20 مليون دولار، مبلغا قدره).
func (b *eventBuilder) sumBetween(from, to int) bool {
	for k := from; k < to; k++ {
		w := strings.TrimPrefix(trimConj(b.word(k)), "ال")
		if isAnyWord(w, "مبلغ", "مبلغا", "مبالغ", "مليون", "مليار", "ملايين", "مليارات") || events.IsCurrency(w) {
			return true
		}
	}
	return false
}

// isReachVerb reports the verbs of reaching an agreement (توصل الطرفان
// إلى اتفاق، تتوصل الحكومة والنقابات إلى توافق): their subject are the
// agreement's sides, as a light verb's (lightVerbSubject).
func isReachVerb(w string) bool {
	switch w {
	case "توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "يتوصل", "تتوصل", "يتوصلان", "تتوصلان", "يتوصلون":
		return true
	}
	return false
}

// lightAt reports a light verb at token k, with a conjunction and the
// future prefix س (وسيترأس، ستعقد).
func (b *eventBuilder) lightAt(k int) bool {
	w := b.word(k)
	if isLightVerb(w) {
		return true
	}
	if t := trimConj(w); len(t) != len(w) {
		if isLightVerb(t) {
			return true
		}
		w = t
	}
	return isLightVerb(normalize.FutureStem(w))
}

// receiveAt reports a verb of receiving at token k, with a conjunction
// and the future prefix س (وتلقى، سيتلقى): who receives a call or a
// message takes part in it as the caller does (تلقى الرئيس اتصالا
// هاتفيا من نظيره).
func (b *eventBuilder) receiveAt(k int) bool {
	switch b.verbStem(k) {
	case "تلقي", "تلقت", "يتلقي", "تتلقي", "تلقوا", "تسلم", "تسلمت", "يتسلم", "تتسلم":
		return true
	}
	return false
}

// hostPlace returns the place named right after a verb of hosting or
// witnessing (استضاف، احتضن، شهد) that governs the event noun tr from
// before it in its clause, across a time phrase set off by commas and a
// list of places (تستضيف طهران، الجمعة المقبلة، قمة; شهدت مدن إربد وجرش
// والمفرق (شمال) … احتجاجات مماثلة), or -1. A person or a body right
// after the verb (شهد الرئيس توقيع الاتفاق) is no place.
func (b *eventBuilder) hostPlace(tr events.Trigger, from int) int {
	if tr.POS != events.Noun {
		return -1
	}
	for k := tr.First - 1; k >= from && k >= tr.First-30; k-- {
		if p := b.punct(k); p != "" && p != "," && p != "(" && p != ")" || b.trigAt[k] {
			return -1
		}
		w := trimConj(b.word(k))
		if isBareComplementizer(w) || isWhileWord(w) || isWhileWord(b.word(k)) { // فيما: its ف is the word's
			return -1
		}
		if !isHostVerb(w) && !isHostVerb(normalize.FutureStem(w)) {
			continue
		}
		for j := k + 1; j < tr.First && j <= k+3; j++ {
			if x := b.tokMention[j]; x >= 0 {
				if b.doc.Mentions[x].Label == LOC && !b.rolePart[x] {
					return int(x)
				}
				return -1
			}
		}
		// أن العاصمة الرياض تستضيف يوم الأحد اجتماعا: the subject before
		// the verb.
		if j := k - 1; j >= from {
			if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && !b.prepOn(int(x)) {
				return int(x)
			}
		}
		return -1
	}
	return -1
}

// isHostVerb reports verbs whose subject is the place of the event noun
// they govern: احتضنت العاصمة الروسية موسكو محادثات.
func isHostVerb(w string) bool {
	switch w {
	case "استضاف", "استضافت", "يستضيف", "تستضيف", "احتضن", "احتضنت", "يحتضن", "تحتضن", "شهد", "شهدت", "يشهد", "تشهد":
		return true
	}
	return false
}

// trimObject removes an object pronoun ها، ه، هم، هما from a verb of
// four letters or more (استضافتها → استضافت); the result is only
// compared with word lists.
func trimObject(w string) string {
	// The last byte first: ه (D9 87), ا (D8 A7) or م (D9 85) end them all.
	if len(w) < len("شهدته") {
		return w
	}
	if c := w[len(w)-1]; c != 0x87 && c != 0xA7 && c != 0x85 {
		return w
	}
	for _, suf := range []string{"هما", "ها", "هم", "ه"} {
		if v, ok := strings.CutSuffix(w, suf); ok && len(v) >= len("شهدت") {
			return v
		}
	}
	return w
}

// Words before a place name: the recognizer's place prepositions and
// place nouns (entities.IsPlacePreposition, entities.IsPlaceHead), a
// place noun with ب or ل (بمدينة، لمحافظة), and the words of events'
// own below.
func isPlaceWord(w string) bool { return inPlaceWord(w) || inPlaceWord(trimConj(w)) }

// inPlaceWord is isPlaceWord for w as it is.
func inPlaceWord(w string) bool {
	switch w {
	case "بين":
		// اجتماع بين روسيا وتركيا: who meets, not where. (For the
		// recognizer, بين before a weak name makes it a place: بين صور.)
		return false
	case "علي", "باتجاه", "عبر", "حتي", "لدي", "امام", "بالقرب", "مختلف", "ارجاء", "انحاء", "حافه", "بحافه", "تخوم", "بمحيط",
		"مقر", "بمقر", "مطار", "بمطار", "ميناء", "بميناء", "معبر", "بمعبر", "قاعده", "بقاعده", "سجن", "بسجن", "مستشفي", "بمستشفي",
		"شوارع", "بشوارع", "شارع", "بشارع", "ساحات", "بساحات", "ساحه", "بساحه", "ميادين", "بميادين", "ميدان", "بميدان",
		"قباله", "ساحل", "سواحل", "بساحل", "بسواحل", "شاطي", "شواطي", "بشاطي", "بشواطي",
		"مديريه", "بمديريه", "مديريتي", "بمديريتي", "مديريات", "بمديريات", "فرع", "بفرع":
		// Where an event happens, though no place name's head: على
		// الحدود، عبر معبر، أمام السفارة; a facility (مطار، سجن) before
		// its place's name; the streets and squares of a city (خرجوا إلى
		// شوارع البصرة، تظاهروا في ساحات بغداد) are where, never who; so
		// are the coasts off which a boat sank (قبالة سواحل ليبيا); and
		// a Yemeni or Iraqi district before its name (تظاهروا بمديريتي
		// المعلا والتواهي، في مديرية الشيخ عثمان: a directorate of
		// government, مديرية الأمن, is no place's name); a body's branch
		// before its city (جهاز المباحث فرع صبراتة: the branch acts there).
		return true
	}
	if entities.IsPlacePreposition(w) || entities.IsPlaceHead(w) {
		return true
	}
	if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") {
		return entities.IsPlaceHead(w[len("ب"):])
	}
	return false
}

// firedInAir reports a firing trigger (أطلق، يطلق، إطلاق، فتح، يفتح)
// with في الهواء or بالهواء among the five words after it, in its clause
// and its sentence, which ends at token sentLast (أطلقت قوات الأمن النار
// في الهواء لتفريق المحتجين، إطلاق الرصاص في الهواء ابتهاجا): shots fired
// to warn or to celebrate, at no one. The lemmas are read as the lexicon
// writes them (no word folded for each attack).
func (b *eventBuilder) firedInAir(tr events.Trigger, sentLast int) bool {
	if tr.Lemma != "أطلق" && tr.Lemma != "يطلق" && tr.Lemma != "إطلاق" && tr.Lemma != "فتح" && tr.Lemma != "يفتح" {
		return false
	}
	for j := tr.Last; j < tr.Last+5 && j < sentLast; j++ {
		if b.punct(j) != "" {
			return false
		}
		if w := b.word(j); w == "بالهواء" || w == "في" && j+1 < sentLast && b.word(j+1) == "الهواء" {
			return true
		}
	}
	return false
}

// isReceiveLemma reports the lemma of استقبل (a guest received).
func isReceiveLemma(l string) bool {
	l = fold.String(l)
	return l == "استقبل" || l == "يستقبل"
}

// Verbs after which a bare place name is where one goes: تصل دمشق.
func isMotionWord(w string) bool { return inMotionWord(w) || inMotionWord(trimConj(w)) }

// inMotionWord is isMotionWord for w as it is.
func inMotionWord(w string) bool {
	switch w {
	case "وصل", "وصلت", "يصل", "تصل", "غادر", "غادرت", "يغادر", "تغادر", "دخل", "دخلت", "يدخل", "تدخل",
		"زار", "زارت", "يزور", "تزور", "بلغ", "بلغت", "يبلغ", "تبلغ", "عاد", "عادت", "يعود", "تعود", "زياره", "لزياره", "بزياره",
		// a tour's places (جولة شملت الرياض وأبوظبي، تشمل جدة)
		"شملت", "تشمل", "شمل", "يشمل":
		return true
	}
	return false
}

// originOf reports a place name at token first told as the origin of a
// person or an armed group named right before it: من, a place head or
// not (بلدة، مدينة، قرية، مخيم), after the person's name, after his age in
// brackets, or after an armed group (مجموعات مسلحة).
func (b *eventBuilder) originOf(first int) bool {
	k := first - 1
	if k >= 1 && (isDirectionWord(b.word(k)) || b.word(k) == "قرب") {
		// من بلدة بيتا جنوب نابلس: where the origin lies is the origin's.
		if x := b.tokMention[k-1]; x >= 0 && int(b.menLast[x]) == k && b.doc.Mentions[x].Label == LOC {
			return b.originOf(int(b.menFirst[x]))
		}
	}
	if k >= 0 && entities.IsPlaceHead(trimConj(b.word(k))) && b.tokMention[k] < 0 {
		k--
	}
	if k < 1 || b.word(k) != "من" {
		return false
	}
	k--
	if b.mark(k) == ")" {
		return true
	}
	if x := b.tokMention[k]; x >= 0 && int(b.menLast[x]) == k+1 && b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
		return true
	}
	w := trimConj(b.word(k))
	return isAnyWord(w, "مسلحه", "مسلحين", "مسلحون", "مسلحا") || isGroupWord(w)
}

// objectAfter reports a mention at token first right after a trigger
// ending at last: past the subject read, a date or an adverb, and at most
// three words of an unnamed subject (أغلقت السلطات أمس ميناء الحديدة),
// with no preposition or comma between.
func (b *eventBuilder) objectAfter(last, first int) bool {
	if b.agentEnd > last && b.agentEnd <= first {
		last = b.agentEnd // past the subject read (أغلقت السلطات المصرية معبر رفح)
	}
	words := 0
	for k := last; k < first; k++ {
		if x := b.tokMention[k]; x >= 0 && b.doc.Mentions[x].Label != LOC {
			k = int(b.menLast[x]) - 1
			continue
		}
		if b.tokDate[k] >= 0 || b.skippable(k) && b.punct(k) != "," {
			continue
		}
		if b.punct(k) != "" || isAnyConj(b.word(k), "في", "الي", "من", "علي", "عن", "مع", "بين") {
			return false
		}
		if words++; words > 3 {
			return false
		}
	}
	return true
}

// closedBefore reports the event types whose trigger a bare امام after
// it follows as the preposition "before" (أغلق المعبر امام المسافرين،
// تظاهروا امام السفارة), never as the title إمام "imam": what the event
// stands before is where it is, or nothing.
func closedBefore(typ string) bool {
	return typ == events.Suspend || typ == events.Protest || typ == events.Decision
}

// isClosedFacility reports the folded first word of a crossing's, a
// port's, an airport's or an oil field's name (معبر جابر، ميناء الحديدة،
// مطار صنعاء، حقل الشرارة).
func isClosedFacility(w string) bool {
	switch w {
	case "معبر", "منفذ", "ميناء", "مطار", "حقل":
		return true
	}
	return false
}

// isPlace reports whether the place mention m is where the event
// happens (في دمشق، بحمص، إلى عدن، زيارة دمشق) rather than an actor
// (روسيا وتركيا).
func (b *eventBuilder) isPlace(m int, tr events.Trigger) bool {
	first := int(b.menFirst[m])
	if tr.Type == events.Agreement && first > tr.Last && b.agreedContent(tr.Last, first) {
		// اتفاق يقضي باستئناف تصدير النفط عبر خط الأنابيب الممتد إلى ميناء
		// جيهان، وقعا اتفاقا لمد خط الغاز إلى العقبة: where what was agreed
		// goes, not where the agreement was made.
		return false
	}
	if first < len(b.tx.Tokens) && b.prepOn(m) {
		// A proclitic ب or ل on the name's first token: بحمص، لعدن.
		return true
	}
	// The word before with and without its conjunction (isAnyConj's two
	// readings, with the lists in switches: isPlace is asked of every
	// place named near a trigger).
	// Not across a sentence's end: a ticker's line that ends with a place
	// or a nisba (مواكب ليلية في الخرطوم، لاجئون في مخيم الزعتري) says
	// nothing of the name opening the next (قطر تقدم 50 مليون دولار: the
	// giver).
	sameSent := first > 0 && b.sentenceIndex(first-1) == b.sentenceIndex(first)
	prev := ""
	if sameSent {
		prev = b.word(first - 1)
	}
	bare := trimConj(prev)
	conj := len(bare) != len(prev)
	if isItsSeat(prev) || conj && isItsSeat(bare) {
		return false // ومقره بريطانيا: where the source sits
	}
	if prev == "من" && first >= 2 && (isAgencyNoun(b.word(first-2)) || tr.Type == events.Aid && isGivenWord(b.word(first-2))) {
		// جلسة بطلب من الكويت، بوساطة من قطر: who asked or brokered, not
		// where; المساعدات المقدمة من الولايات المتحدة: who gave it.
		return false
	}
	if b.menRegion[m] {
		return true // شمال سوريا، ريف حلب: a region is where, never who
	}
	if tr.POS == events.Noun && tr.Type == events.Attack && int(b.menLast[m]) == tr.First && (isStruckVerb(prev) || conj && isStruckVerb(bare)) &&
		!strings.HasSuffix(b.word(tr.First), "ا") {
		// هز دمشق انفجار، ضرب بغداد هجوم انتحاري: the event noun is the
		// verb's subject and the place before it its object, where the
		// event struck. Only an attack strikes, and not one in the
		// accusative, the verb's object (استهدفت إسرائيل اجتماعا،
		// ضربت إسرائيل قافلة مساعدات: the country is the subject).
		return true
	}
	if isBeWord(prev) || conj && isBeWord(bare) {
		return false // ضربات كانت روسيا على علم بها: the subject of كان
	}
	if tr.POS == events.Noun && first == tr.Last && tr.Type == events.Meet && !strings.HasPrefix(b.word(int(b.menLast[m])), "و") {
		return true // قمة طهران، مشاورات موسكو (but اجتماع روسيا وتركيا: who)
	}
	if tr.POS == events.Noun && first == tr.Last && tr.Type == events.Protest && b.cityNotCapital(m) {
		return true // احتجاجات البصرة، تظاهرات الناصرية (but احتجاج طهران: its government's)
	}
	if tr.Type != events.Arrest && b.originOf(first) {
		// أفرج عن الأسير فلان (٤٣ عاماً) من بلدة بيتا، مددت اعتقال الصحفي
		// فلان من نابلس، مجموعات مسلحة من مدينة زوارة: where the person or
		// the group comes from, not where the event is (an arrest is
		// often made at home: left to the other readings).
		return false
	}
	if tr.Type == events.Suspend && first >= tr.Last && isClosedFacility(b.word(first)) && b.objectAfter(tr.Last, first) {
		// أغلقت السلطات معبر جابر، أغلق ميناء الحديدة: the crossing or
		// port closed is where the closure is, no actor of it.
		return true
	}
	if (tr.Type == events.Decision || tr.Type == events.Suspend) && bare == "علي" {
		return false // عقوبات على طهران، حظر على روسيا: the target, not where
	}
	if isPlaceWord(prev) || isMotionWord(prev) {
		return true
	}
	if sameSent && b.worksBefore(first) {
		return true // في مصفى بيجي، بمحطة قطار طنطا: the works the town names
	}
	if (events.IsPeopleNoun(prev, events.PeopleDwellers) || events.IsPeopleNoun(bare, events.PeopleDwellers)) && tr.Type != events.Visit && !isReceiveLemma(tr.Lemma) {
		// التقى أعيان الزنتان، تظاهر أهالي البصرة: the people of a
		// place, who are no name; the place is where (not when they are
		// received or visit: استقبل الرئيس أعيان قفصة في قصر قرطاج).
		return true
	}
	if first >= 2 && events.IsNisba(prev) && isPlaceWord(b.word(first-2)) {
		return true // إلى العاصمة العراقية بغداد: the place head, its country's nisba, the name
	}
	for j := first - 1; sameSent && j >= 0 && j >= first-3; j-- {
		w := trimConj(b.word(j))
		if isHostVerb(b.word(j)) || isHostVerb(w) || isHostVerb(trimObject(w)) {
			return true // استضافت العاصمة، القمة التي استضافتها الظهران
		}
	}
	if last := int(b.menLast[m]); last < len(b.tx.Tokens) && isHostVerb(b.word(last)) {
		return true // الرباط تستضيف منتدى: the host is the place
	}
	if tr.Type == events.Aid && (isMoneyLemma(tr.Lemma) || isSendLemma(tr.Lemma)) && (first == tr.Last || b.agentEnd > tr.Last && first == b.agentEnd) {
		// تعهدت تركيا بتقديم، يمنح البنك الدولي اليمن: who gives money and
		// who gets it; أرسلت تركيا فرق إنقاذ: who sends.
		return false
	}
	switch tr.Type {
	case events.Visit, events.Aid, events.Attack:
		// زار دمشق، تصل دمشق، يقصف شمال سوريا، قصفت الطائرات حلب: the
		// bare place after the verb or its subject.
		if first == tr.Last && tr.Pronoun && (tr.POS == events.Perfect || tr.POS == events.Imperfect) {
			return false // التنظيمات التي تستهدفها موسكو: the verb has its object; the name is its subject
		}
		if first == tr.Last || (b.agentEnd > tr.Last && (first == b.agentEnd || b.dateSetOff(b.agentEnd, first) || b.dateOnly(b.agentEnd, first) ||
			first-1 > b.agentEnd && b.escortAsideEnd(b.agentEnd, first) == first-1)) {
			// زار الوزير، صباح الأحد، منطقة عرسال: the day set off by
			// commas between; or with no commas (وتفقدت الوزيرة فلانة صباح
			// اليوم مستشفى الكاظمية): the object goes on after the day; or
			// after who went with the visitor (زار الوزير فلان، برفقة
			// المحافظة فلانة، مستشفى دمنهور).
			return true
		}
	}
	// A list: في حماه وحلب وحمص; and a place's country right after it:
	// في مدينة الظهران السعودية (within the sentence, as above).
	if first > 0 {
		w := b.word(first)
		if first >= 2 || !strings.HasPrefix(w, "و") {
			if x := b.tokMention[first-1]; x >= 0 && x != int32(m) && b.doc.Mentions[x].Label == LOC && sameSent {
				return b.isPlace(int(x), tr)
			}
		}
	}
	if tr.Type == events.Attack && first > tr.Last && (b.agentEnd < 0 || first >= b.agentEnd) && !b.afterDoer(first) &&
		(first-max(tr.Last, b.agentEnd) <= 3 || isAgainst(prev) || conj && isAgainst(bare)) {
		// غارات … ضربت إدلب، لاقتحام قلب درعا: a country or city an
		// attack reaches is its place; its actors are armies and groups.
		return true
	}
	return false
}

// isStruckVerb reports a verb whose subject, an event, strikes the place
// that is its object (folded: هز، ضرب، طال، استهدف، اجتاح).
func isStruckVerb(w string) bool {
	switch w {
	case "هز", "هزت", "يهز", "تهز", "ضرب", "ضربت", "يضرب", "تضرب", "طال", "طالت", "يطال", "تطال",
		"استهدف", "استهدفت", "يستهدف", "تستهدف", "اجتاح", "اجتاحت", "يجتاح", "تجتاح":
		return true
	}
	return false
}

// returnedFrom reports a place after من that displaced people return
// from (عاد اللاجئون من لبنان، عودة النازحين من مخيمات الأردن): the place
// of a return is where they go back to.
func (b *eventBuilder) returnedFrom(m int, tr events.Trigger) bool {
	if tr.Type != events.Displacement || b.doc.Mentions[m].Label != LOC {
		return false
	}
	// The lemmas as the lexicon writes them (عاد، يعود، عودة): compared
	// without folding them, which would cost a string for every place
	// of every displacement.
	if tr.Lemma != "عاد" && tr.Lemma != "يعود" && !strings.HasPrefix(tr.Lemma, "عود") {
		return false
	}
	first := int(b.menFirst[m])
	if trimConj(b.word(first-1)) == "من" {
		return true
	}
	// من مخيمات أربيل، من مخيم الزعتري: the camps they leave.
	w := b.word(first - 1)
	return (strings.HasPrefix(w, "مخيم") || isPlaceWord(w)) && trimConj(b.word(first-2)) == "من"
}

// agreedContent reports the terms of an agreement told among tokens
// [from, to) before a place at to: a verb of stipulating (يقضي، ينص،
// يتضمن) with no mark between it and the place, or إلى right before the
// place or its head noun (إلى ميناء العقبة): a destination of the agreed
// flow, not where it was signed.
func (b *eventBuilder) agreedContent(from, to int) bool {
	terms := false
	for j := from; j < to; j++ {
		if b.punct(j) != "" {
			// اتفاقية تنص على تبادل الخبرات، في الخرطوم أمس: a mark
			// closes the terms; a place past it is where the act was.
			terms = false
			continue
		}
		switch trimConj(b.word(j)) {
		case "يقضي", "تقضي", "ينص", "تنص", "يتضمن", "تتضمن", "يشمل", "تشمل":
			terms = true
		}
	}
	if terms {
		return true
	}
	if b.word(to-1) == "الي" {
		return true
	}
	return to-2 >= from && isPlaceWord(b.word(to-1)) && b.word(to-2) == "الي"
}

// agreedDestination reports إلى at token k after the purpose of an
// agreement among tokens [from, k), a verbal noun with ل (لتوريد
// الكهرباء إلى، لمد خط الغاز إلى): the way of what was agreed. Not إلى
// جانب (alongside: another party).
func (b *eventBuilder) agreedDestination(from, k int) bool {
	if trimConj(b.word(k)) != "الي" || b.word(k+1) == "جانب" {
		return false
	}
	for j := from; j < k; j++ {
		if b.punct(j) != "" {
			return false
		}
		w := trimConj(b.word(j))
		if rest, ok := strings.CutPrefix(w, "ل"); ok && utf8.RuneCountInString(rest) >= 3 && b.tokMention[j] < 0 && !isAnyWord(w, "لدي", "لكن", "لها", "لهم", "لهما", "لذلك") {
			return true
		}
	}
	return false
}

// agreementName returns the end of an agreement's own name at token k,
// or k: a city after an agreement noun in the construct (اتفاق جوبا،
// اتفاقية باريس للمناخ، اتفاق الدوحة لسلام دارفور), with the purpose
// after it (لسلام السودان), names the agreement after where it was made,
// not its parties. Two places joined (اتفاق أنقرة وموسكو) are parties.
func (b *eventBuilder) agreementName(k, hi int) int {
	x := b.tokMention[k]
	if x < 0 || int(b.menFirst[x]) != k {
		return k
	}
	agreementNoun := func(w string) bool {
		return isAnyWord(trimConj(w), "اتفاق", "اتفاقيه", "معاهده", "اتفاقات", "اتفاقيات")
	}
	// The name read whole as one (اتفاق الدوحة): no party of itself.
	named := b.doc.Mentions[x].Label != PER && agreementNoun(b.word(k))
	if !named && (b.doc.Mentions[x].Label != LOC || !agreementNoun(b.word(k-1))) {
		return k
	}
	e := int(b.menLast[x])
	if !named && e < hi && strings.HasPrefix(b.word(e), "و") && b.tokMention[e] >= 0 {
		return k // اتفاق أنقرة وموسكو
	}
	if e+1 < hi && b.tokMention[e] < 0 && strings.HasPrefix(b.word(e), "ل") && !strings.HasPrefix(b.word(e), "لدي") {
		// لسلام السودان، للسلام في دارفور: its purpose.
		j := e + 1
		if b.word(j) == "في" {
			j++
		}
		if y := b.tokMention[min(j, hi-1)]; j < hi && y >= 0 && int(b.menFirst[y]) == j {
			return int(b.menLast[y])
		}
		return e + 1
	}
	if named {
		return e
	}
	// With no purpose after it, a city or a capital the data lists
	// (اتفاقية باريس، اتفاق الطائف); a country (اتفاق مصر) may be a party.
	f := fold.String(b.doc.Mentions[x].Form)
	if _, ok := entities.CapitalCountry(f); !ok {
		if _, ok := entities.PlaceCountry(f); !ok {
			return k
		}
	}
	return e
}

// cityNotCapital reports a place mention m that names a city or a
// province the data lists (entities.PlaceCountry) and no capital: a place
// that does not stand for a government.
func (b *eventBuilder) cityNotCapital(m int) bool {
	f := fold.String(b.doc.Mentions[m].Form)
	if _, ok := entities.CapitalCountry(f); ok {
		return false
	}
	_, ok := entities.PlaceCountry(f)
	return ok
}

// didIt reports token k in قام بها، قامت به، يقوم بهم after an event
// noun: its agent follows.
func (b *eventBuilder) didIt(k int) bool {
	if w := b.word(k); isIt(w) {
		return isAnyConj(b.word(k-1), "قام", "قامت", "قاموا", "يقوم", "تقوم")
	} else if isIt(b.word(k + 1)) {
		return isAnyConj(w, "قام", "قامت", "قاموا", "يقوم", "تقوم")
	}
	return false
}

// isIt reports بها، به، بهم (folded), the object of قام: its length and
// first letter rule out nearly every word at once, asked of each word
// after an event noun.
func isIt(w string) bool {
	switch len(w) {
	case len("به"):
		return w == "به"
	case len("بها"):
		return w == "بها" || w == "بهم"
	}
	return false
}

// afterDoer reports whether token k follows a verb of doing with the
// event as its object (الضربات التي شنتها واشنطن، هجوم نفذه التنظيم،
// عمليات قام بها الجيش): the name there is the agent.
func (b *eventBuilder) afterDoer(k int) bool {
	j := k - 1
	if isAnyWord(b.word(j), "بها", "به", "بهم") {
		j--
	}
	doer := func(w string) bool {
		for _, suf := range []string{"", "ها", "ه", "هم"} {
			if v, ok := strings.CutSuffix(w, suf); ok && len(v) >= len("شن") && (isLightVerb(v) || isAnyWord(v, "قامت", "قام", "يقوم", "تقوم")) {
				return true
			}
		}
		return false
	}
	return doer(b.word(j)) || doer(trimConj(b.word(j))) // وجهتها: و of the root
}

// sessionAside returns the comma that closes a meeting noun told as the
// setting of an act, set off by commas right after في or خلال (، في
// جلسته اليوم، / ، خلال جلستها الطارئة،): a comma before في, and the
// closing comma within four tokens after the noun with only a date or
// an adjective between; else -1.
func (b *eventBuilder) sessionAside(o events.Trigger) int {
	k := o.First - 1
	if k < 1 || !isAnyWord(b.word(k), "في", "خلال") || b.punct(k-1) != "," {
		return -1
	}
	// A mark inside a date (12/5) is one of its words.
	dateOrAdjective := func(j int) bool {
		return (b.punct(j) == "" || b.tokDate[j] >= 0) && !b.trigAt[j] && b.tokMention[j] < 0
	}
	return b.closingComma(o.Last, o.Last+4, dateOrAdjective)
}

// window returns the tokens [lo, hi) around a trigger where its
// arguments are looked for: forward at most maxForward words (the words
// of names and dates not counted) up to the next trigger, a clause
// boundary or a complementizer; backward at most maxBackward tokens, up
// to punctuation or the trigger before.
func (b *eventBuilder) window(trs []events.Trigger, ti int, s normalize.Sentence) (lo, hi int) {
	tr := trs[ti]
	hi = tr.Last
	next := s.Last
	if ti+1 < len(trs) {
		next = trs[ti+1].First
		if o := trs[ti+1]; o.Type == events.Protest && o.POS == events.Noun && b.countedAfter(tr.Last, o.First) && tr.POS == events.Noun &&
			(tr.Type == events.Death || tr.Type == events.Injury || tr.Type == events.Arrest) {
			// مقتل متظاهرين اثنين برصاص الأمن في أم درمان، اعتقال محتجين:
			// the protesters are the victims or the held, and what follows
			// them tells of the toll as of the protest.
			next = s.Last
			if ti+2 < len(trs) {
				next = trs[ti+2].First
			}
		} else if o := trs[ti+1]; tr.POS != events.Noun && o.Type == events.Meet && o.POS == events.Noun && b.sessionAside(o) >= 0 {
			// انتخب مجلس النواب، في جلسته اليوم، فلانا رئيسا له: the
			// session set off by commas is where the act was done; the
			// verb's object comes after it.
			next = s.Last
			if ti+2 < len(trs) {
				next = trs[ti+2].First
			}
		} else if o := trs[ti+1]; tr.Type != events.Protest && b.duringProtest(o) {
			// اعتقلوا خلال موكب الأحد في حي ود نوباوي: the march frames
			// the arrest, whose time and place are the march's.
			next = s.Last
			if ti+2 < len(trs) {
				next = trs[ti+2].First
			}
		}
	}
	if tr.Type == events.Meet && tr.POS == events.Noun && ti > 0 && trs[ti-1].POS != events.Noun {
		if e := b.sessionAside(tr); e >= 0 && e < next {
			next = e // the session's own words end at its closing comma
		}
	}
	words, free := 0, 0
	for hi < s.Last && words < maxForward && hi < next {
		if b.distanceAt(hi) {
			// على بعد نحو 20 كيلومترا جنوب مدينة معان: a distance leads
			// to the place it is measured from; its words (six at most)
			// are not counted, as a name's are not.
			free = 6
		}
		if b.tokMention[hi] < 0 && b.tokDate[hi] < 0 {
			// The words of a name or a date are not counted, however
			// long it is written (يوم الثلاثاء 7 رجب 1439هـ الموافق 24
			// مارس 2018م).
			if free > 0 {
				free--
			} else {
				words++
			}
		}
		if p := b.punct(hi); p != "" && endsClause(p) {
			break
		}
		if b.punct(hi) == "," && isGoingOnParticiple(b.word(hi+1)) {
			// رحب فلان بالاتفاق، مؤكدا التزام شركته بالاستثمار في قطر: the
			// participle goes on with what its subject said; its places and
			// times are what was said of, not the event's.
			break
		}
		// One switch for the three tests below (clauseWord).
		w := b.word(hi)
		cw := clauseWord(w)
		if cw == complementizerWord && (hi > tr.Last || tr.POS == events.Noun) && !b.afterDoer(hi+2) {
			// الاجتماعات إن عباس …: another clause; but لهجوم يتوقع أن
			// يشنه الجيش: the event's doer.
			break
		}
		if tr.POS != events.Noun && cw == whichWord {
			break
		}
		if cw == whichWord && hi > tr.Last && b.tokMention[hi-1] >= 0 && !b.afterDoer(hi+2) && !isHappeningVerb(b.word(hi+1)) {
			// الإفراج عن الصحفية هيلا ميوس التي خطفها مسلحون في حي الكرادة
			// الأسبوع الماضي: a clause about the name before it tells of
			// another time and place than the event noun's; but الغارات
			// على بلدة كفرنبل التي شنها الطيران الأحد names the event's
			// doer, and انتخابات الكنيست التي جرت الثلاثاء says when the
			// event itself took place: both date it.
			break
		}
		if hi > tr.Last && hi+2 < s.Last && isAnyWord(trimConj(w), "كان", "كانت", "كانوا", "كانا", "كانتا") && b.word(hi+1) == "قد" &&
			!isHappeningVerb(b.word(hi+2)) {
			// الإفراج عن 26 صيادا كانوا قد اختطفوا في المثنى في كانون
			// الأول 2015: a pluperfect clause about what the event
			// governs tells of an earlier event, its own time and place
			// (but اجتماع كان قد عقد في الدوحة, right after the noun, or
			// one that says the event took place, dates it).
			break
		}
		if t := trimConj(w); hi > tr.Last && (cw == clauseOpener || len(t) != len(w) && opensClause(t)) {
			if !(isAnyWord(w, "قبل", "بعد") && hi+1 < s.Last && b.tokDate[hi+1] >= 0) && !(w == "قبل" && b.word(hi-1) == "من") &&
				!b.causeOfToll(tr, hi, s.Last) && !b.vagueSpanAfter(hi, s.Last) {
				// قبل الثلاثاء is a time, not a clause; من قبل مسلحين
				// names the doer (by), no time.
				break
			}
		}
		hi++
	}
	lo = tr.First
	prev := s.First
	if ti > 0 {
		prev = trs[ti-1].Last
	}
	for lo > s.First && lo > tr.First-maxBackward && lo > prev {
		if p := b.punct(lo - 1); p != "" && p != "\"" {
			break
		}
		lo--
	}
	return lo, hi
}

// vagueSpanAfter reports بعد at token k opening a vague span from now
// (الانتخابات بعد أيام، في السادس من أيار; يصل بعد أسابيع): a time, not a
// clause, so the window goes on to the date that tells the day. Not a
// span after something else (بعد أيام من الاحتجاجات، بعد أيام على).
func (b *eventBuilder) vagueSpanAfter(k, end int) bool {
	if k+1 >= end || b.word(k) != "بعد" || !events.IsSpanWord(b.word(k+1)) || b.tokDate[k+1] >= 0 {
		return false
	}
	return k+2 >= end || !isAnyWord(b.word(k+2), "من", "علي")
}

// causeOfToll reports whether the word at token k opens the cause of a
// toll tr as a noun phrase (لقوا حتفهم بعد غرق قارب قبالة الخمس، أصيب
// جندي إثر سقوط قذيفة في حي الوعر): the cause tells where the toll was
// taken, so the toll's window goes on. A clause (بعد أن، إثر ما) or a
// date (بعد الظهر) is not read so.
func (b *eventBuilder) causeOfToll(tr events.Trigger, k, end int) bool {
	if !isTollType(tr.Type) || k+1 >= end || b.tokDate[k+1] >= 0 || b.punct(k+1) != "" {
		return false
	}
	w := trimConj(b.word(k))
	if !isAnyWord(w, "بعد", "اثر", "جراء", "بسبب") {
		return false
	}
	next := b.word(k + 1)
	// جراء / بسبب a definite cause too (نزحت مئات الأسر جراء الفيضانات في
	// ولاية كسلا: the floods struck there); after بعد a definite noun is
	// an earlier event of its own (بعد الاجتماع).
	return !isAnyWord(next, "ان", "ما", "انه", "انها", "ذلك") && (!strings.HasPrefix(next, "ال") || w == "جراء" || w == "بسبب")
}

// isTollType reports the types of a disaster's toll: the dead, the
// injured and the displaced (تشردت أربعة آلاف أسرة إثر انهيار سد في
// ولاية كسلا) are counted alike, where and when their cause struck.
func isTollType(typ string) bool {
	return typ == events.Death || typ == events.Injury || typ == events.Displacement
}

// duringProtest reports a protest noun after خلال or أثناء (خلال موكب
// الأحد، أثناء مسيرة احتجاجية): the time of what is told before it.
func (b *eventBuilder) duringProtest(o events.Trigger) bool {
	return o.Type == events.Protest && o.POS == events.Noun && o.First > 0 && isAnyConj(b.word(o.First-1), "خلال", "اثناء")
}

// arguments fills a draft's participants, place, time, casualties and
// position.
func (b *eventBuilder) arguments(d *draft, trs []events.Trigger, ti int, s normalize.Sentence, headline bool) {
	tr := trs[ti]
	lo, hi := b.window(trs, ti, s)
	speech := tr.Type == events.Statement || tr.Type == events.Appeal
	b.agentEnd = -1
	add := func(p participant) {
		for _, q := range d.parts {
			if q.same(p) {
				return
			}
		}
		if !speech && b.isMedia(p) {
			return // a news outlet reports events; it takes no part
		}
		if sufferedBy(tr.Type) && b.namedThing(p) {
			// صلاح يغادر نهائي دوري الأبطال مصاباً: a league, a law or a
			// product is no one who dies, is hurt, held or tried.
			return
		}
		if len(d.parts) < 6 {
			d.parts = append(d.parts, p)
		}
	}
	if tr.POS == events.Participle {
		// قال …، داعيا إلى وقف القتال: the participle's subject is the
		// subject of the statement it follows, never a name after it
		// (مطالبا روسيا بـ: the one called on), and so is its status.
		if v := b.circumstance(d); v != nil {
			add(v.agent)
			d.agent, d.hasAgent = v.agent, true
			d.ev.Status = v.ev.Status
			if v.time != nil && !v.toldTime && speech && !b.dateInClause(tr.Last, s.Last) {
				// رحب …، في كلمة مساء الإثنين، بعودته، داعيا إلى الهدوء:
				// said with the verb it follows, the same day; a date in
				// its own clause tells of what is called for.
				t := *v.time
				d.time = &t
			}
			if tr.Type == events.Appeal {
				// داعيا الاتحاد الأوروبي إلى، مطالبة مجلس النواب باستجواب:
				// the one called on, named right after the participle and
				// before what is asked, takes part, as after a verb.
				if p, ok := b.addressee(tr.Last, hi); ok && !p.same(v.agent) {
					add(p)
					for _, q := range b.addressBuf {
						add(q)
					}
				}
			}
		} else if p, ok := b.openingSubject(tr, s); ok {
			// هنّأ رئيس المجلس فلان الفائزين، داعيا المجالس إلى; شكر فلان
			// المانحين، وداعيا الشركات إلى: after a verb that tells no
			// event, the participle's subject is still the person that
			// verb's clause opens with.
			add(p)
			d.agent, d.hasAgent = p, true
			if tr.Type == events.Appeal {
				if q, ok := b.addressee(tr.Last, hi); ok && !q.same(p) {
					add(q)
					for _, r := range b.addressBuf {
						add(r)
					}
				}
			}
		}
		return
	}
	var agent participant
	haveAgent := false
	var coSubjects []participant // the names read with agent before an event noun
	after := tr.Last
	if tr.POS != events.Noun {
		from := tr.Last
		if tr.Lemma == "نقل" || tr.Lemma == "ينقل" {
			// نقلت الوكالة عن الوزير: the one quoted speaks; عنه: the
			// speaker before.
			for k := tr.Last; k < hi; k++ {
				if w := b.word(k); w == "عن" {
					from = k + 1
					break
				} else if isAnyWord(w, "عنه", "عنها", "عنهم") {
					from = hi
					break
				}
			}
		}
		var agents []participant
		agents, after, haveAgent = b.agentAfter(from, hi, tr)
		if !haveAgent && sidesAct(tr.Type) {
			// ووقع الجانبان على ست اتفاقيات: the sides told before (not
			// وأكد الجانبان: each side's words are its own statement; but
			// أعلن البنكان: the two banks named before, one statement).
			if ps, end, ok := b.sidesAfter(d, from, hi, speech); ok {
				agents, after, haveAgent = ps, end, true
			} else if !speech {
				after = end // as before pairs were read
			}
			if !haveAgent {
				agents, haveAgent = b.sidesBefore(d, tr, s.First, speech) // أن البلدين اتفقا
			}
		}
		if haveAgent {
			agent = agents[0]
			for _, p := range agents[1:] {
				add(p)
			}
		}
		if haveAgent && speech && b.isMedia(agent) {
			haveAgent = false
			d.dropped = true
		}
		if haveAgent && tr.Type == events.Appeal && strings.Contains(tr.Proclitic, "و") && after < hi {
			// ندد الأمين العام … وطالب أنقرة باحترام سيادة العراق: the one
			// called on, the speaker carried from the clause before.
			j := after
			if b.speechMediumAt(j) {
				// وطالب روسيا في تغريدة سابقة بالتدخل: the medium the
				// call was made in, then what is asked.
				for j += 2; j < hi && j < after+5 && !strings.HasPrefix(b.word(j), "ب") && b.punct(j) == ""; j++ {
				}
			}
			if w := b.word(j); strings.HasPrefix(w, "ب") || isAnyWord(w, "الي", "بان") {
				if p, ok := b.lastSpeaker(d); ok && !p.same(agent) {
					add(agent)
					agent = p
				}
			}
		}
	}
	if haveAgent && tr.POS != events.Noun && strings.Contains(tr.Proclitic, "و") && b.objectVerb(tr) && !b.headTitleAt(tr.Last) && !b.bodyAfterVerb(tr.Last, after) && b.objectMarked(after, s.Last, tr) {
		// أنهى الرئيس فلان مهام الوزير، وعين فلانا وزيرا خلفا له; رفض
		// الرئيس الاستقالة، واتهم الرياض باحتجازه: the verb joined by و
		// has no subject of its own; the name after it is its object (a
		// ب-complement or an office in the accusative follows it), and
		// the subject of the clause before it does the act.
		if p, ok := b.joinedSubject(d, tr, b.verbAgreement(tr)); ok && !p.same(agent) {
			add(agent)
			agent = p
		}
	}
	if haveAgent && tr.Type == events.Meet && tr.POS != events.Noun && strings.Contains(tr.Proclitic, "و") && isAnyWord(b.foldedLemma(tr.Lemma), "التقي", "استقبل") && b.metEnds(after, hi) {
		// زار الرئيس الفرنسي بيروت والتقى رئيس الحكومة فلانا; تلقى الملك
		// اتصالا …، واستقبل الوزير فلانا: the verb joined by و has the
		// subject of the clause before; the one name after it is the one
		// met (a new subject has its own object after it: والتقى فلان
		// بالوفد، مع الوفد، فلانا).
		if p, ok := b.joinedSubject(d, tr, b.verbAgreement(tr)); ok && !p.same(agent) {
			add(p)
		}
	}
	var addressed participant // the one an appeal calls on, after its caller
	var more []participant    // the others called on with him (فلانا وفلانا إلى)
	haveAddressed := false
	if haveAgent && tr.Type == events.Appeal && tr.POS != events.Noun {
		// طالب النائب فلان رئيس الوزراء فلانا بإرسال قوات، دعا الأمين العام
		// الحكومة العراقية إلى: the one called on, named right after the
		// one who calls and before what is asked, takes part.
		if p, ok := b.addressee(after, hi); ok && !p.same(agent) {
			addressed, haveAddressed = p, true
			more = append(more, b.addressBuf...)
		}
	}
	if haveAgent && speech && tr.POS != events.Noun && tr.First-1 > s.First && b.word(tr.First-1) == "قد" {
		// وكان الرئيس الأمريكي قد دعا المنظمة إلى …: the subject before
		// قد speaks; the name after the verb is the one called on.
		if before := b.subjectBefore(tr, max(lo, s.First)); len(before) > 0 && !before[0].same(agent) {
			for _, p := range before {
				add(p)
			}
			add(agent)
			agent = before[0]
		}
	}
	if (!speech || tr.Type == events.Appeal) && tr.POS != events.Noun && tr.Type != events.Death && tr.Type != events.Injury && tr.Type != events.Displacement && tr.Type != events.Decision {
		// أبلغ سلام المجلس أنه تلقى اتصالا، أعلنت أنقرة أنها سمحت: the
		// pronoun after أن is the subject of the verb it opens, the
		// speaker of the statement that tells it, when the pronoun
		// agrees with the speaker's verb (قال المرصد إنها استهدفت: the
		// explosions struck). Not a toll or a flight (أكد أنه أصيب tells
		// what befell the speaker), nor a resolve (قال إنه قرر العودة: a
		// person's choice, no body's decision).
		// A name right after the verb is then its object (أنه التقى
		// نظيره العراقي). An appeal too: أكدت الوزارة أنها طلبت من
		// السلطات الإيرانية، أعلن الحزب أنه دعا الحكومة إلى: the
		// speaker asks, the name after the verb is the one asked.
		if p, ok := b.pronounSubject(d, tr, s.First); ok {
			if tr.Type == events.Appeal && !containsParticipant(d.parts, p) {
				// the one who asks first: a verb joined by و speaks for it
				d.parts = append([]participant{p}, d.parts...)
			}
			if haveAgent {
				add(agent)
			}
			agent, haveAgent = p, true
		}
	}
	apposed := tr.POS != events.Noun && b.apposedSubjectEnd(b.beforeQad(tr.First-1, s.First), s.First) >= 0
	if !speech && tr.POS != events.Noun && tr.Type != events.Death && tr.Type != events.Injury {
		// قالت الجمعية إن فرقها أجلت 1800 عائلة، أعلن الجيش أن قواته
		// قصفت: the teams or forces of the speaker act for it.
		if p, ok := b.ownedBySpeaker(d, tr, s.First); ok {
			if haveAgent {
				add(agent)
			}
			agent, haveAgent = p, true
		}
	}
	if haveAgent && tr.POS != events.Noun && !speech && !strings.Contains(tr.Proclitic, "و") {
		// Subject-verb order: a name right before the verb is its subject
		// (الرئيس ميشال عون يكلف سعد الحريري، أن الحوثيين قصفوا); the name
		// after it is then its object. A description set off by marks
		// may stand between (إن جبهة النصرة -جناح القاعدة- هاجمت).
		from := max(lo, s.First)
		if apposed {
			from = s.First
		}
		if before := b.subjectBefore(tr, from); len(before) > 0 {
			for _, p := range before {
				add(p)
			}
			add(agent)
			agent = before[0]
		}
	}
	if haveAgent && tr.POS != events.Noun && b.objectVerb(tr) {
		// قدم استقالته إلى الملك عبد الله الثاني، الذي كلف عمر الرزاز: the
		// name a relative clause describes appoints, dismisses or accuses;
		// the name after the verb is its object. With an object pronoun
		// (الوزير فلان، الذي أعفاه العاهل المغربي) the name described is
		// the one acted on.
		if p, ok := b.relativeAntecedent(tr, s.First); ok && !p.same(agent) {
			if tr.Pronoun {
				add(p)
			} else {
				add(agent)
				agent = p
			}
		}
	}
	if !haveAgent && tr.Type == events.Statement && tr.POS == events.Noun && !tr.Article && !tr.Pronoun && tr.Last < hi {
		// تصريحات الرئيس الأمريكي دونالد ترامب، بيان وزارة الخارجية
		// المصرية: the owner of the words, right after them, spoke (a
		// noun with the article has none: هذه التصريحات القوات …),
		// rather than a name before them (ما يميزها روسيا تصريح
		// المتحدث …).
		k := tr.Last
		j := tr.First - 1
		for j > s.First && j > tr.First-6 && b.tokDate[j] >= 0 {
			j-- // صدرت أمس تصريحات
		}
		if b.word(k) == "عن" && j >= s.First && isAnyConj(b.word(j), "صدر", "صدرت", "تصدر", "يصدر") {
			k++ // صدرت تصريحات عن ولي العهد: the source after عن
		}
		if ps, _, ok := b.actorAt(k, hi, tr); ok && len(ps) > 0 && !b.isMedia(ps[0]) {
			agent, haveAgent = ps[0], true
		}
	}
	if !haveAgent && tr.POS != events.Noun && tr.First > s.First && b.punct(tr.First-1) == "," {
		// لكن جيش الإسلام، أحد الفصائل المسلحة، نفى: the subject before a
		// description set off by commas (and the names joined to it).
		if c := b.apposedBefore(tr.First-1, s.First); c >= 0 {
			x := int(b.tokMention[c-1])
			found := b.joinedSubjectsBefore([]participant{b.mentionParticipant(x)}, x, s.First, tr)
			agent, haveAgent = found[0], true
			for _, p := range found[1:] {
				add(p)
			}
		}
	}
	if !haveAgent && apposed {
		// وكانت الوزيرة ريا الحسن، أول امرأة تتولى الحقيبة، قد دعت: the
		// name before the description is the subject.
		if before := b.subjectBefore(tr, s.First); len(before) > 0 {
			agent, haveAgent = before[0], true
			for _, p := range before[1:] {
				add(p)
			}
		}
	}
	if !haveAgent && tr.POS == events.Noun && !speech && strings.HasSuffix(tr.Proclitic, "ب") {
		// اتهمت الوزارة إسرائيل باستهداف المطار: the one accused of the
		// deed did it.
		if p, ok := b.accusedOf(tr, s.First); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent {
		agents := b.agentBefore(tr, max(lo, s.First), tr.POS == events.Noun && !speech && !headline)
		if len(agents) == 0 && tr.POS == events.Noun && (!speech || tr.Type == events.Appeal) && !headline {
			// وجه الوزير، بحسب ما أفاد به مكتبه، دعوة إلى المانحين: a
			// call's light verb is read past what is set off too.
			agents = b.lightVerbSubject(tr, s.First)
			if len(agents) == 0 && (tr.Type == events.Meet || tr.Type == events.Agreement) {
				// وعقد الجانبان جلسة مباحثات، وأجرى الطرفان محادثات: the
				// sides told before hold the talks.
				agents = b.lightVerbSides(d, tr, s.First)
			}
			if k := b.joinedLightVerb(tr, s.First); len(agents) == 0 && k >= 0 {
				// وكان الرئيس قد رفض الاستقالة، وأجرى مشاورات: the light
				// verb joined by و has the subject of the clause before.
				if p, ok := b.joinedSubject(d, tr, lightAgreement(trimConj(b.word(k)))); ok {
					agents = []participant{p}
				}
			}
			if len(agents) == 0 && tr.First-1 > s.First && isLightVerb(b.word(tr.First-1)) {
				// أعلن البرنامج أنه بدأ توزيع المواد، قال الجيش إنه شن غارات:
				// the light verb's subject is the pronoun before it, the
				// speaker of the statement that tells it.
				if p, ok := b.pronounSubject(d, tr, s.First); ok {
					agents = []participant{p}
				}
			}
		}
		if speech && len(agents) > 0 && b.isMedia(agents[0]) {
			agents = nil // نقلت وكالة فارس عنه قوله: the agency only reports
		}
		for i, p := range agents {
			if i == 0 {
				agent, haveAgent = p, true
			}
			add(p)
		}
		if len(agents) > 1 {
			coSubjects = agents[1:]
		}
	}
	if !haveAgent && tr.POS != events.Noun && !sufferedBy(tr.Type) {
		// "الجبهة الشعبية لتحرير فلسطين"، التي طالبت بتأجيل الاجتماعات:
		// the name a relative clause describes does what its verb says.
		if p, ok := b.relativeAntecedent(tr, s.First); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent && speech && tr.POS == events.Noun && tr.First-2 > s.First && isAnyWord(b.word(tr.First-1), "في", "خلال") {
		// وزير الخارجية فلان، الذي شكر في تصريح للصحافيين …، التي
		// أكدت في بيان: the name a relative clause describes speaks in
		// the words or the communiqué its verb is told in.
		if p, ok := b.relativeAntecedentAt(tr.First-2, s.First); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent && tr.POS != events.Noun && !speech && !sufferedBy(tr.Type) {
		// انتحاري يفجر نفسه في سوق ببغداد: an actor the text describes
		// but does not name, in subject-verb order.
		if p, ok := b.describedActor(tr, s.First); ok {
			agent, haveAgent = p, true
		} else if p, ok := b.describedActorAfter(tr, hi); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent && speech && tr.POS == events.Noun && !b.mediumOfSpeech(trs, ti) {
		// بيان صدر عن وزارة الداخلية، تصريحات صادرة عن الرئاسة: the
		// source is the speaker.
		for k := tr.Last; k < hi && k < tr.Last+4; k++ {
			if b.word(k+1) != "عن" || !isAnyConj(b.word(k), "صدر", "صادر", "الصادر", "صادره", "الصادره", "صدرت") {
				continue
			}
			if ps, _, ok := b.actorAt(k+2, hi, tr); ok && len(ps) > 0 && !b.isMedia(ps[0]) {
				agent, haveAgent = ps[0], true
			}
			break
		}
	}
	if !haveAgent && !speech && tr.POS != events.Noun && isAnyWord(b.word(tr.Last), "به", "بها", "بهم") {
		// أطيح به: the one the sentence is about; not حسب ما أفاد به
		// بيان للرئاسة, where who told it comes after.
		if p, ok := b.firstPerson(s.First, tr.First); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent && tr.POS != events.Noun && strings.Contains(tr.Proclitic, "ف") {
		// أما وزير الإعلام رمزي جريج وخلال تلاوته المقررات، فأعلن: the
		// person after أما is the topic, and the subject of the verb
		// with ف that answers it.
		if p, ok := b.ammaTopic(s.First, tr.First); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent && tr.Type == events.Arrest && tr.POS == events.Perfect && !tr.Pronoun {
		// وتولى بدر الدين موقع …، وقد أوقف في الكويت عام 1983 وسجن هناك:
		// a passive of detaining with no subject after it (the lexicon's
		// check let it through) holds the person its sentence is about,
		// with no other event word between (forty tokens back at most).
		if p, ok := b.subjectOfPassive(s.First, tr); ok {
			add(p)
		}
	}
	if !haveAgent && tr.Type == events.Appoint && tr.POS == events.Perfect && !tr.Pronoun && !strings.Contains(tr.Proclitic, "و") &&
		(tr.Lemma == "عين" || tr.Lemma == "كلف") && b.verbAgreement(tr) != 'p' {
		// ولم يمكث الوزير فلان في منصبه سوى أشهر، إذ عيّن في أيار خلفا
		// لفلان: a passive of appointing with no name after it appoints
		// the person its sentence is about, with no other event word
		// between (forty tokens back at most), as a passive of detaining
		// holds him.
		if p, ok := b.subjectOfPassive(s.First, tr); ok {
			add(p)
		}
	}
	if !haveAgent && speech && tr.POS != events.Noun && strings.Contains(tr.Proclitic, "و") && !b.unnamedSourceAt(tr.Last) && !b.pluralSubjectAt(tr.Last) {
		// وكان الوزير قد زار المدينة، وقال للصحفيين إن; التقى الرئيس
		// نظيره، ودعا إلى: a verb of saying joined by و to an act with
		// no speech before it in the sentence has the subject of that act.
		if p, ok := b.joinedActSubject(d, tr); ok {
			agent, haveAgent = p, true
		}
	}
	if !haveAgent && speech && (tr.POS != events.Noun || strings.HasPrefix(tr.Lemma, "قول")) && !b.unnamedSourceAt(tr.Last) && !b.pluralSubjectAt(tr.Last) {
		// كما دعت إلى …، عنه قوله: the subject is the last speaker of the
		// paragraph; not when unnamed sources speak (وأفادت مصادر أمنية
		// بأن …) nor people the text does not name (يطالب الفلسطينيون،
		// يقول المسؤولون).
		agent, haveAgent = b.lastSpeaker(d)
	}
	if !haveAgent && tr.Type == events.Appeal && tr.POS != events.Noun {
		// وطالبت وكالات الإغاثة الأممية دمشق وموسكو بإيقاف القتال: a
		// speaker the text does not name, then the ones called on.
		for _, p := range b.calledOn(tr.Last, min(s.Last, tr.Last+12)) {
			add(p)
		}
	}
	carried := tr.POS != events.Noun && (tr.Type == events.Meet || tr.Type == events.Contact || tr.Type == events.Visit || tr.Type == events.Agreement) &&
		tr.First > s.First && isAnyConj(b.word(tr.First-1), "حيث", "ثم", "كما", "ان", "حين", "عندما") &&
		!(tr.Type == events.Agreement && haveAgent && after > tr.Last) &&
		// (في حين is "whereas": the clause after it tells another
		// fact, whose subject is its own: أبرزها اتفاقية بين فلان
		// وفلان، في حين وقعت الغرفة مع غرفة كذا اتفاقية.)
		!b.whileAt(tr.First-1)
	goingOn := false
	if !haveAgent && tr.POS != events.Noun && tr.First > s.First && isAnyConj(b.word(tr.First-1), "كما") {
		// زار الوزير المستشفى، كما دعا المواطنين إلى التبرع: كما (and
		// also) with no subject after its verb goes on with the subject
		// of the act told before it, whatever that act is, but a toll's
		// (مما أدى إلى مقتل 29 بينهم القيادي فلان، كما استهدفت تجمعات:
		// the dead do not strike).
		carried, goingOn = true, true
	}
	if !haveAgent && !speech && tr.POS != events.Noun && strings.Contains(tr.Proclitic, "و") {
		// زار مسقط، ووقع مع نظيره مذكرة: the verb joined by و keeps the
		// subject of the clause before; not when a body is named right
		// after it (وعين مجلس الإدارة فلانا مديرا: the board appoints).
		carried = !b.bodyAfterVerb(tr.Last, hi)
	}
	// (A signing names its signers right after its verb, whose object
	// is the agreement: كما وقعت إثيوبيا وجيبوتي اتفاقا takes no party of
	// the agreement before it.)
	if carried {
		// وصل المبعوث إلى دمشق حيث التقى الوزير، توجه الوزير إلى
		// دمشق حيث وقع اتفاقاً: the subject of the clause before meets
		// or signs.
		i := len(b.drafts) - 1
		dual := b.dual(tr)
		for ; i >= 0 && b.drafts[i].sent == d.sent; i-- {
			if p := b.drafts[i]; len(p.parts) > 0 && p.ev.Type != events.Statement && p.ev.Type != events.Appeal && !(goingOn && isTollType(p.ev.Type)) {
				if b.unnamedClauseSubject(p.tr.Last, tr.First) {
					// أجرت ميلوني اتصالا …، فيما أكدت الوزارة أن مواطنها
					// بصحة جيدة وسيعود إلى مدريد: the clause after أن has
					// a subject of its own, unnamed; the verb joined in it
					// is that subject's.
					i = -1
					break
				}
				add(p.parts[0])
				if dual {
					// التقى الأمير الوزير، وبحثا: both of them.
					for _, q := range p.parts[1:] {
						add(q)
					}
				}
				break
			}
		}
		if i < 0 || b.drafts[i].sent != d.sent {
			// وكان عماد مغنية أحد أبرز القادة، ولقي مصرعه: with no event
			// before it, the verb keeps the name كان opens the sentence
			// with.
			if p, ok := b.kanaSubject(s.First, tr); ok {
				add(p)
			}
		}
	}
	if tr.Type == events.Dismiss && !headline {
		// قبل الأمير استقالة الوزير، وافق الرئيس على استقالة الحكومة:
		// who accepts a resignation takes part in it (and is the subject
		// a verb joined to it by و shares: وكلف فلانا بالحقيبة).
		if p, k, ok := b.acceptedBy(tr, s.First); ok {
			add(p)
			d.agent, d.hasAgent = p, true
			if tr.Pronoun && k-2 >= s.First && isAnyWord(b.word(k-1), "التي", "الذي") {
				// حكومة فلان التي قبل الملك استقالتها: the resignation of
				// the one the relative clause describes.
				if x := b.tokMention[k-2]; x >= 0 && !b.rolePart[x] && b.doc.Mentions[x].Label != LOC {
					add(b.mentionParticipant(int(x)))
				}
			}
		}
	}
	if haveAgent {
		add(agent)
		if tr.POS != events.Noun {
			d.agent, d.hasAgent = agent, true
		} else if b.lightVerbAgent(tr, s.First, agent) {
			// أنهى وزراء خارجية روسيا وتركيا وإيران اجتماعا: the names
			// read with the agent are the light verb's subject too.
			d.agent, d.hasAgent = agent, true
			d.joined = append(d.joined, coSubjects...)
		}
		if speech && b.manySpeak(tr) {
			// اجتمع فلان وفلان، وأكدا; عقد الوزراء الثلاثة اجتماعا،
			// وشددوا: a dual or plural verb of saying whose subject is the
			// subject of an act before it in its sentence has all of it.
			for _, p := range b.coSubjectsOf(d, agent) {
				add(p)
			}
		}
		// Conjoined subjects: تقول دمشق وموسكو، بحث الحكيم والصالح.
		for after < hi {
			if k := after; b.nameQuote[k] && k+3 < hi && b.word(k+1) == "و" && b.nameQuote[k+2] {
				// ووقعت "سوناطراك" و"إيني": the closing mark of the name
				// before, و alone, and the next name in its marks.
				if x := b.tokMention[k+3]; x >= 0 && int(b.menFirst[x]) == k+3 && !b.rolePart[x] &&
					!(b.doc.Mentions[x].Label == LOC && b.isPlace(int(x), tr)) {
					p := b.mentionParticipant(int(x))
					add(p)
					d.joined = append(d.joined, p)
					after = int(b.menLast[x])
					continue
				}
			}
			x := b.tokMention[after]
			if x < 0 || int(b.menFirst[x]) != after || !strings.HasPrefix(b.word(after), "و") || b.rolePart[x] {
				break
			}
			if b.doc.Mentions[x].Label == LOC && b.isPlace(int(x), tr) {
				break
			}
			p := b.mentionParticipant(int(x))
			add(p)
			d.joined = append(d.joined, p)
			after = int(b.menLast[x])
		}
		d.agentEnd = after
		b.agentEnd = after
		if haveAddressed {
			add(addressed)
			for _, p := range more {
				add(p)
			}
		}
	}
	if (tr.Pronoun || tr.Type == events.Visit && b.madeByClause(tr)) && tr.POS == events.Noun && !b.inQuote[tr.First] {
		// خلال زيارة أداها، زيارة قام بها: the relative clause's pronoun
		// subject is the visitor, as زيارته's owner is.
		switch tr.Type {
		case events.Meet, events.Contact, events.Visit, events.Statement, events.Appeal, events.Suspend:
			// The owner of the pronoun is the sentence's subject (وأكد
			// الحكيم في لقائه، سيلتقي ظريف بالأسد خلال زيارته، أعلن
			// الوزير تريثه في تقديم استقالته); with معه
			// (خلال اجتماعه معه) the one named last is the other side.
			// A clause told after a bare إن/أن with a subject of its own
			// (قال المتحدث فلان إن الوزير فلان أكد خلال لقائه) is that
			// subject's meeting, not the reporter's (pronounOwnerFrom).
			if p, ok := b.firstPerson(b.pronounOwnerFrom(tr, s), tr.First); ok {
				add(p)
			} else if p, ok := b.subjectBody(s, tr.First); ok {
				add(p) // وقرر مجلس الوزراء، في اجتماعه الأسبوعي: the council's own meeting
			}
			if isAnyWord(b.word(tr.Last), "معه", "معها", "معهم", "معهما") {
				if p, ok := b.nearestPerson(s.First, tr.First); ok {
					add(p)
				}
			}
		}
	}
	if tr.Pronoun && tr.Type == events.Dismiss && len(d.parts) == 0 && !b.inQuote[tr.First] {
		// وقال الوزير إنه رفع استقالته إلى رئيس الحكومة: a resignation
		// with no one named by its verb is its sentence's subject's; but
		// a clause told after a bare إن/أن has its own subject (قال
		// المتحدث فلان إن الوزير قدم استقالته: the minister's, named or
		// not, never the one who reports it: pronounOwnerFrom).
		if p, ok := b.firstPerson(b.pronounOwnerFrom(tr, s), tr.First); ok {
			add(p)
		}
	}
	if tr.Type == events.Dismiss && len(d.parts) == 0 {
		// قال المتحدث إن الوزيرة قدمت استقالتها، أن المحافظ استقال: a
		// holder the text names by the title alone, no one it introduced
		// (resolveTitle found none). The gold keeps such a resignation
		// with no participant (its guidelines: participants only when
		// the text states them); empty keeps it.
		d.unnamed = b.unnamedTitleSubject(tr, s)
	}
	if !tr.Pronoun && tr.Type == events.Meet && tr.POS == events.Noun && !headline && !b.inQuote[tr.First] &&
		tr.First > s.First && isAnyConj(b.word(tr.First-1), "خلال", "بعد", "عقب", "اثناء", "قبيل") {
		// أكد الملك خلال لقاء مع ممثلين عن الصحافة، كشف بوتين عن موقفه
		// بعد لقاء مع الأسد: the subject of the verb before, in the same
		// sentence, met; the meeting frames what he said or did. A noun
		// before (تم الاتفاق خلال المباحثات) has no subject to give.
		if p, ok := b.verbSubjectBefore(d.sent, tr.First); ok {
			add(p)
		}
	}
	if !tr.Pronoun && tr.Type == events.Meet && tr.POS == events.Noun && !headline && !b.inQuote[tr.First] &&
		tr.First > s.First && isOwnChairing(trimConj(b.word(tr.First-1))) {
		// دعت الوزيرة فلانة، خلال ترؤسها اجتماعا لمجلس الأمن المركزي،
		// إلى …: the chairing is the verb's subject's, named by its
		// pronoun.
		if p, ok := b.verbSubjectBefore(d.sent, tr.First-1); ok {
			add(p)
		}
	}
	if tr.Pronoun && tr.Type == events.Meet && tr.POS == events.Noun && tr.First > s.First && isAnyConj(b.word(tr.First-1), "خلال", "اثناء") &&
		(strings.HasSuffix(b.word(tr.First), "هما") || strings.HasSuffix(b.word(tr.First), "هم")) {
		// للاتفاق الذي توصل إليه الوزير فلان ونظيره فلان خلال اجتماعهما:
		// their meeting is of all who did the act told right before it.
		for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent; i-- {
			if p := b.drafts[i]; p != d && p.tr.Last <= tr.First {
				if len(p.parts) >= 2 {
					for _, q := range p.parts {
						add(q)
					}
				}
				break
			}
		}
	}
	if tr.Type == events.Election && tr.POS == events.Noun && len(d.parts) == 0 {
		// فاز حزب العدالة والتنمية في الانتخابات، أعلن الحزب فوز مرشحه
		// في الانتخابات الجزئية: the winner takes part.
		// Not bounded by the window: the winner's name and his seats may
		// fill it (وفاز حزب جبهة التحرير الوطني بـ164 مقعدا في الانتخابات).
		first := s.First
		if ti > 0 {
			first = max(first, trs[ti-1].Last)
		}
		if p, ok := b.electionWinner(d, tr, first); ok {
			add(p)
		}
	}
	if !tr.Pronoun && tr.Type == events.Visit && tr.POS == events.Noun && len(d.parts) == 0 && !headline &&
		tr.First > s.First && trimConj(b.word(tr.First-1)) == "من" {
		// عودة رئيس الوزراء، بنيامين نتانياهو، من زيارة لموسكو، عاد
		// ماكرون من زيارة إلى الصين: who returns from a visit made it.
		if i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent && b.drafts[i].ev.Type == events.Visit && b.drafts[i].tr.Last <= tr.First &&
			isReturnWord(trimConj(b.word(b.drafts[i].tr.First))) {
			r := b.drafts[i]
			if len(r.parts) > 0 {
				add(r.parts[0])
			} else if p, ok := b.nearestPerson(r.tr.Last, tr.First); ok {
				add(p)
			}
		}
	}
	if len(d.parts) == 0 && tr.POS == events.Noun && !sufferedBy(tr.Type) && !(tr.Type == events.Aid && b.aidVehicle(tr, s.First) >= 0) {
		// بيان سعودي أردني، ضربات إسرائيلية: the nationality after an
		// event noun names its actors; not a vehicle's (طائرة إغاثة
		// سعودية، أول طائرة إغاثية إماراتية): where it is registered or
		// sent from, not who gives (a grant's, منحة جزائرية, does).
		for _, p := range b.nationalActors(tr.Last, hi) {
			add(p)
		}
	}
	posAt, posEnd := -1, -1
	if tr.Type == events.Appoint {
		posAt, posEnd = b.position(d, tr, hi)
	}
	if !speech {
		talks := tr.Type == events.Meet || tr.Type == events.Contact
		from := tr.Last
		if haveAgent && after > from {
			from = after
		}
		// The other actors follow closely (والصالح، مع الوزير، بين سوريا
		// وعمان، التي شنها الجيش); after more than three other words the
		// names are the topic's, not the event's.
		gap := 0
		adjectives := true // only adjectives of the trigger so far
		placeEnd := -1     // the end of a place phrase of a meeting verb
		for k := from; k < hi && gap <= 3; {
			if k == posAt {
				// The position is no actor; the organization after it
				// is (حاكماً لمصرف سوريا المركزي).
				k = posEnd
				continue
			}
			if tr.Type == events.Dismiss && tr.Pronoun && (trimConj(b.word(k)) == "الي" || k == from && b.word(k-1) == "الي") && !b.acceptsAfter(k, s.Last) {
				// قدم استقالته إلى رئيس الحكومة: the one it is handed to
				// takes no part in the resignation, unless he accepts it
				// (إلى الملك الذي وافق عليها).
				break
			}
			if talks && tr.POS != events.Noun && b.punct(k) == "," && k+1 < hi && b.receptionPlace(k+1) {
				// استقبل الرئيس، صباح الخميس، بمقر الرئاسة في X، نظيره:
				// where the guest was received, set off by a comma,
				// opens no other clause; the guest still follows.
				k++
				continue
			}
			if (k > from || tr.Type == events.Protest) && tr.Type != events.Appoint && (b.prepositionAmam(k) || closedBefore(tr.Type) && isAnyConj(b.word(k), "امام")) {
				// تظاهروا أمام السفارة، أغلق أمام حركة الشاحنات، مثل أمام
				// المحكمة: what the event stands before is where it is,
				// or nothing; no actor of it. An oath sworn before a body
				// (يؤدي اليمين أمام مجلس النواب) is taken by it: the gold
				// of blind11_vote. A protest's right after its verb too
				// (يعتصمون أمام أكاديمية بني ملال).
				break
			}
			if b.endsActors(k, hi, tr.Last) && !b.personAfterDate(k, hi) || talks && b.talksTopic(tr, k, from) || b.punct(k) == "," && b.destroyedNext(tr, k) {
				break // (what دمر destroyed, joined after a comma, is a place: no actor)
			}
			if talks && b.tokMention[k] < 0 && conjIs(b.word(k), isPlanNoun) {
				// ناقشا خطة الأمم المتحدة، بحث مبادرة الجامعة العربية: the
				// one whose plan is discussed is the topic's, no side.
				break
			}
			if tr.Type == events.Agreement && b.agreedDestination(from, k) {
				// اتفاقية لتوريد الكهرباء إلى الولاية الشمالية، اتفاق لتصدير
				// الغاز إلى الأردن ولبنان: where the goods go, no party.
				break
			}
			if tr.Type == events.Agreement {
				if e := b.agreementName(k, hi); e > k {
					// اتفاق جوبا لسلام السودان: the agreement's own name.
					k, gap = e, 0
					continue
				}
			}
			if tr.Type == events.Attack && isAnyConj(b.word(k), "مع", "ضد") {
				// اشتباكات مع مجموعات مسلحة موالية لإبراهيم الجضران: the
				// side named by the one it is loyal to.
				if p, e, ok := b.loyalSide(k+1, hi); ok {
					add(p)
					k, gap = e, 0
					continue
				}
			}
			ps, end, ok := b.actorAt(k, hi, tr)
			for _, p := range ps {
				add(p)
			}
			if !ok && b.trigAt[k] {
				// توقيع اتفاق لوقف إطلاق النار … مع فصائل المعارضة: the
				// words of the same agreement take no room.
				if e := b.sameTypeTrigger(d.sent, k, tr.Type); e > k {
					k = e
					continue
				}
			}
			switch {
			case ok, b.tokMention[k] >= 0, b.tokDate[k] >= 0, b.punct(k) != "":
				gap = 0
			case b.tx.Tokens[k].Kind == normalize.Number, isApprox(b.word(k)):
				// مقتل ما لا يقل عن 115 مسلحاً من جبهة النصرة
			case k+1 < hi && b.tokDate[k+1] >= 0:
				// يوم الأحد، في 12 آذار: the word before a date.
			case isAnyWord(b.word(k), "المنسوب", "المنسوبه", "المنسوبين"):
				// الهجوم المنسوب إلى النظام: the one it is laid at.
			case (isIt(b.word(k)) || isIt(b.word(k+1))) && b.didIt(k):
				// زيارة مماثلة للعاصمة الجزائرية قام بها كونتي: the verb of
				// doing and its بها before the event's agent.
			case adjectives && b.nisbaAt(k):
				// المنتدى الاقتصادي المغربي الفرنسي بحضور …: the event
				// noun's adjectives.
			case talks && tr.POS != events.Noun && (k < placeEnd || b.receptionPlace(k)):
				// استقبل الأمير في قصر بيان وزير الخارجية، في القصر
				// الجمهوري في بعبدا السفير، في مكتبه: the guest comes
				// after where he was received; the phrase's words, five
				// at most, take no room.
				if k >= placeEnd {
					placeEnd = k + 5
				}
			case tr.Type == events.Trial && b.termWord(k):
				// قضت محكمة مصرية بعشرين سنة سجنا نافذا في حق فلان: the
				// court and the term of the sentence take no room before
				// the one sentenced.
			case !isSidePrep(b.word(k)):
				gap++
			}
			adjectives = adjectives && !ok && b.nisbaAt(k)
			k = max(end, k+1)
		}
		if tr.Type == events.Meet && (tr.POS != events.Noun || b.heldByLightVerb(tr, s.First)) {
			// ترأس الأمير اجتماعا طارئا للجنة الدائمة لمكافحة الآفات بمقر
			// الإمارة، بحضور مدير فرع الوزارة المهندس فلان: those present
			// take part in the meeting its sentence tells as news (its verb,
			// or a verb of holding or chairing it), however many of its own
			// words stand before بحضور; not a session named in passing (في
			// ختام أعمال الدورة … بحضور السفير).
			for _, p := range b.attendees(from, hi) {
				add(p)
			}
			for _, p := range b.attendeesResumed(hi, s.Last) {
				add(p)
			}
		}
		if tr.Type == events.Protest {
			// إضراب عام بدعوة من الاتحاد الجهوي للشغل، وقفة احتجاجية بدعوة
			// من نقابة الصحفيين: the body that called the strike or the
			// protest leads it, one of its actors.
			for _, p := range b.calledBy(from, s.Last) {
				add(p)
			}
		}
		if tr.Type == events.Agreement {
			// وقعت الوكالة عقد إنجاز المحطة مع تحالف يضم شركة "مصدر"
			// الإماراتية ومجموعة "باور تشاينا" الصينية: the members of the
			// consortium signed with are the other side.
			for _, p := range b.consortiumMembers(from, s.Last) {
				add(p)
			}
		}
		if tr.Type == events.Establish && tr.POS == events.Noun && !b.heldByLightVerb(tr, s.First) {
			// أعيد افتتاح الملعب بحضور وزير الرياضة فلان ومحافظ حمص فلان،
			// جرى تدشين المستشفى بحضور الوزير: an opening told by its noun,
			// with no one who opened it, is a ceremony, and those who
			// attend it are its actors; but افتتح رئيس الوزراء الجسر بحضور
			// الوزير: the opener is the one who took part, the guests are
			// not told as actors (blind26_aswan's gold).
			for _, p := range b.attendees(from, hi) {
				add(p)
			}
			for _, p := range b.attendeesResumed(hi, s.Last) {
				add(p)
			}
		}
		if len(d.parts) == 0 && tr.POS == events.Noun && tr.Type == events.Attack && b.after(tr.First, 2, isRightAfterWord) {
			// طردت القوات الموالية لهادي الحوثيين إثر معارك: the fighting
			// was between the actors of the clause before.
			for _, p := range b.clauseActors(s.First, tr.First) {
				if !b.speakerInSentence(d.sent, p) {
					// أعلن المرصد مقتل عشرة بعد اشتباكات: who tells of
					// it did not fight (unless the outcome is its own:
					// outcomeFight).
					add(p)
				}
			}
		}
		if sufferedBy(tr.Type) {
			for _, p := range b.namedVictims(d, tr, s) {
				add(p)
			}
		}
		if (tr.Type == events.Meet || tr.Type == events.Contact) && tr.POS != events.Noun {
			// بحث الوزير التطورات بشأن سوريا مع نظيره فلان: past the
			// topic, the person after مع is the other side (a person
			// only: بحث العلاقات مع إيران names a topic).
			b.withPersonAfter(d, tr, hi, add)
		}
		if tr.Type == events.Meet && tr.POS == events.Noun && !b.hasPerson(d.parts) {
			for _, p := range b.whenClausePersons(tr, s) {
				add(p)
			}
			if !b.hasPerson(d.parts) {
				for _, p := range b.framingPersons(tr, s) {
					add(p)
				}
			}
		}
		if x := b.letterRecipient(tr, s.First); x >= 0 {
			// سلّم الوزير فلان الرئيسَ فلاناً رسالة خطية: the one the letter
			// was handed to takes part; the messenger does not.
			add(b.mentionParticipant(x))
		}
		if x := b.underFireTarget(tr, s.First); x >= 0 && b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
			// تعرض رامي الحمد الله لإطلاق نار: the person shot at.
			add(b.mentionParticipant(x))
		}
		for _, p := range b.chairs(tr, s, hi) {
			add(p)
		}
		if posAt >= 0 {
			// The appointees of a list a decree or a reshuffle includes
			// (وتضمن المرسوم تعيين فلان وزيرا …، وفلان وزيرا …) are one
			// act's; otherwise each with his own office is his own
			// appointment (قرر المجلس تعيين فلان مديرا لـ…، وفلان مديرا
			// لـ…), split off after the arguments are read (splitAppointees).
			list := b.includedList(tr, s.First)
			for _, x := range b.furtherAppointees(posEnd, s.Last) {
				if list {
					add(b.mentionParticipant(x))
				} else {
					d.appointees = append(d.appointees, int32(x))
				}
			}
		}
		if x := b.tokMention[tr.Last-1]; tr.Last-tr.First > 1 && x >= 0 && int(b.menFirst[x]) == tr.Last-1 && b.tokMention[tr.First] < 0 {
			// سمحت للولايات المتحدة، أذنت لفرنسا: the name the trigger's
			// own ل-word begins is whom it concerns, a participant.
			add(b.mentionParticipant(int(x)))
		}
		b.place(d, tr, lo, hi, s, headline)
	}
	if tr.Type == events.Statement {
		from := tr.Last
		if haveAgent && after > from {
			from = after
		}
		b.speechPlace(d, tr, from, s)
	}
	// The first event word of a sentence is its main verb: a date that
	// opens the sentence (ويوم الأحد، نقلت الوكالة …) or closes it after
	// a comma is its time.
	b.timeOf(d, tr, lo, hi, s, speech, ti == 0)
	if d.place == nil && d.time != nil && tr.Type == events.Protest && !headline && b.doc.Sections[d.ev.Section].Area() == "body" &&
		!b.protestBefore(tr, s.First) {
		// القاهرة – شهدت محافظات مصرية عدة، اليوم الاثنين، وقفات
		// احتجاجية: a strike or a sit-in the story's first sentence
		// tells, dated, with no place of its own is in the city the
		// story was filed from, its local news. Not a protest named
		// only as a cause (إثر احتجاجات واسعة: undated) nor the motive
		// of a strike told before it (دخل العمال في الإضراب …،
		// احتجاجا على).
		if x := b.storyDateline(d.sent); x >= 0 {
			d.place = b.placeArg(x, s.First)
		}
	}
	switch tr.Type {
	case events.Death, events.Injury:
		if n, ok := b.count(tr, s); ok {
			d.casualties = true
			if tr.Type == events.Death {
				d.killed = n
			} else {
				d.injured = n
			}
			d.moreVictims = b.sameIncident(tr.Last, s.Last)
		}
		if of, part := b.victimsToldBefore(tr, s.First, s.Last); of {
			d.ofThose = true
			if part {
				// إن بين القتلى ثلاثة أطفال: the place and day of its
				// sentence are the report's (نقلت الضحايا إلى مستشفى X),
				// not the toll's.
				d.place, d.time = nil, nil
			}
		}
	}
}

// victimsToldBefore reports a toll whose victims are those of a toll told
// before, a part of it or all (of), in one of two constructions: the
// victims named with the article after a preposition of part (إن بين
// القتلى ثلاثة عمال، ومن بين الجرحى طفلان، نقل عدد من المصابين: part, a
// count taken from them), or هؤلاء among the six words before the trigger
// in its clause (٣ من هؤلاء الضحايا المدنيين قتلوا; قتلوا واصيب ٢٠ آخرون
// after it: both tolls).
func (b *eventBuilder) victimsToldBefore(tr events.Trigger, first, last int) (of, part bool) {
	if tr.POS == events.Noun && tr.Article && tr.First > first && isAnyWord(trimConj(b.word(tr.First-1)), "بين", "من", "ضمن") {
		return true, true
	}
	if tr.POS != events.Noun && tr.Last < last {
		// فيما أصيب اثنان من المحتجين بجروح، قتل ثلاثة منهم: a count of
		// a group told before, the subject right after the verb.
		if _, next, ok := events.Number(b.tx, tr.Last, last); ok && next+1 < last && b.punct(next) == "" {
			if w := b.word(next); isAnyWord(w, "منهم", "منهن") ||
				w == "من" && b.tokMention[next+1] < 0 && b.titleEnd[next+1] == 0 && strings.HasPrefix(b.word(next+1), "ال") {
				return true, false
			}
		}
	}
	for k := tr.First - 1; k >= first && k >= tr.First-6 && b.punct(k) == ""; k-- {
		if isAnyWord(trimConj(b.word(k)), "هولاء") {
			return true, false
		}
	}
	return false, false
}

// sameIncident reports a reference back to an incident told before among
// the tokens [from, to), at most eight: an event noun with the article
// and نفسه، ذاته after it (في الهجوم نفسه، في الانفجار ذاته), or نفس or
// ذات before it (في نفس الهجوم، في ذات القصف).
func (b *eventBuilder) sameIncident(from, to int) bool {
	for k := from; k < to && k < from+8; k++ {
		if !b.trigAt[k] || !strings.HasPrefix(strings.TrimPrefix(b.word(k), "ب"), "ال") && !isAnyWord(b.word(k-1), "نفس", "ذات") {
			continue
		}
		if isAnyWord(b.word(k-1), "نفس", "ذات") || isAnyWord(b.word(k+1), "نفسه", "نفسها", "ذاته", "ذاتها") {
			return true
		}
	}
	return false
}

// namedVictims returns the persons a toll names further on in its
// sentence after بينهم، من بينهم، أبرزهم، من ضمنهم (مقتل 40 مسلحاً …،
// أبرزهم القيادي فلان وفلان) or after a comma and هما، هم (الإفراج عن
// رهينتين، هما الطبيب فلان والممرضة فلانة): the people the event befell.
// The list ends with the sentence or at the next event of the same type.
func (b *eventBuilder) namedVictims(d *draft, tr events.Trigger, s normalize.Sentence) []participant {
	var out []participant
	k := tr.Last
	for ; k < s.Last; k++ {
		if b.triggerOfTypeAt(d.sent, k, tr.Type) {
			return nil
		}
		if isAmongWord(b.word(k)) || b.theyAreAt(k) {
			break
		}
	}
	they, at := k < s.Last && b.theyAreAt(k), k
	for k++; k < s.Last && len(out) < 6; k++ {
		if they && (b.punct(k) != "" || len(out) == 0 && k > at+3) {
			// هما فلان وفلانة، …: the names stand right after هما (a
			// title may come first) and end at the next mark; هم رعيتان
			// إيطاليتان names none.
			return out
		}
		if isClauseWord(b.word(k)) {
			return out // …، كما استهدفت: another clause
		}
		if isAttributionWord(b.word(k)) {
			// قتل 14 بينهم ثلاث نساء، بحسب ما أفاد الناطق باسم الجهاز
			// فلان: who tells of the toll is none of its dead.
			return out
		}
		if b.triggerOfTypeAt(d.sent, k, tr.Type) {
			return out
		}
		x := b.tokMention[k]
		if x < 0 || int(b.menFirst[x]) != k {
			continue
		}
		last := int(b.menLast[x])
		if y := b.tokMention[min(last, s.Last-1)]; last == k+1 && y >= 0 && y != x && events.IsNisba(b.word(k)) {
			continue // القيادي الحوثي محمد المداني: an adjective before the name
		}
		if b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
			out = append(out, b.mentionParticipant(int(x)))
		}
		k = last - 1
	}
	return out
}

// theyAreAt reports هما or هم (with or without و) right after a comma at
// token k: "they are", the names of the people counted before it follow
// (اعتقال شخصين، هما فلان وفلان).
func (b *eventBuilder) theyAreAt(k int) bool {
	return k > 0 && b.punct(k-1) == "," && isAnyConj(b.word(k), "هما", "هم")
}

// sameTypeTrigger returns the end of the trigger of type typ that begins
// at token k of sentence si, or -1.
func (b *eventBuilder) sameTypeTrigger(si, k int, typ string) int {
	// The sentence's triggers come in text order: a binary search, for
	// a long sentence of many triggers.
	trs := b.sentTrs[si]
	i, _ := slices.BinarySearchFunc(trs, k, func(o events.Trigger, k int) int { return o.First - k })
	for ; i < len(trs) && trs[i].First == k; i++ {
		if trs[i].Type == typ {
			return trs[i].Last
		}
	}
	return -1
}

// triggerOfTypeAt reports whether an event word of type typ begins at
// token k of sentence si (a search of the sentence's triggers: a scan of
// them all, for each victim's name, made a long sentence of tolls
// quadratic).
func (b *eventBuilder) triggerOfTypeAt(si, k int, typ string) bool {
	if !b.trigAt[k] {
		return false
	}
	for _, o := range trsBeginningAt(b.sentTrs[si], k) {
		if o.First == k && o.Type == typ {
			return true
		}
	}
	return false
}

// hasPerson reports whether one of ps is a person.
func (b *eventBuilder) hasPerson(ps []participant) bool {
	for _, p := range ps {
		if i, ok := b.entityIndex(p.entity); ok && b.doc.Entities[i].Label == PER {
			return true
		}
	}
	return false
}

// whenClausePersons returns the persons who act in a clause of time or
// place that follows a meeting noun in its sentence (القمة … في أنقرة
// عندما تعهد الرئيس الروسي فلاديمير بوتين ونظيراه …): those who met.
// The clause opens with عندما، حين or حيث and a verb that names no event
// of its own; its subjects follow the verb, joined by و.
func (b *eventBuilder) whenClausePersons(tr events.Trigger, s normalize.Sentence) []participant {
	k := tr.Last
	for ; k < s.Last && k < tr.Last+12; k++ {
		if b.tokDate[k] >= 0 {
			continue // مطلع نيسان/أبريل
		}
		if p := b.punct(k); p != "" && p != "," || b.trigAt[k] {
			return nil
		}
		if conjIs(b.word(k), isWhenWord) {
			break
		}
	}
	k += 2 // the conjunction and its verb
	if k >= s.Last || b.trigAt[k-1] && !b.promiseAt(k-1) {
		return nil
	}
	return b.subjectsAfter(k, s.Last, false)
}

// promiseAt reports a verb of promising at token k (تعهد، وعد): a
// statement, but one made at the meeting it follows (القمة … عندما تعهد
// الرئيسان بفتح الحدود), whose makers met.
func (b *eventBuilder) promiseAt(k int) bool {
	return slices.ContainsFunc(b.trsAt(k), isPromise)
}

// framingPersons returns the persons who open the main clause after a
// meeting that frames it (خلال قمة طهران، اتفق أردوغان والرئيس الروسي
// فلاديمير بوتن والإيراني حسن روحاني): the meeting noun after خلال, في or
// أثناء, a comma within six words, then a verb event and its subjects.
func (b *eventBuilder) framingPersons(tr events.Trigger, s normalize.Sentence) []participant {
	if tr.First <= s.First || !isAnyConj(b.word(tr.First-1), "خلال", "في", "اثناء") {
		return nil
	}
	k := tr.Last
	for ; k < s.Last && k < tr.Last+6 && b.punct(k) != ","; k++ {
		if b.punct(k) != "" || b.trigAt[k] {
			return nil
		}
	}
	k++ // the comma
	if k >= s.Last || !b.trigAt[k] {
		return nil
	}
	for k < s.Last && b.trigAt[k] {
		k++ // the verb
	}
	return b.subjectsAfter(k, s.Last, true)
}

// subjectsAfter returns the persons named from token k on, before last,
// as the subjects after a verb are (at most four): joined by و, each
// maybe after a title or a nisba (ونظيراه الإيراني …، والإيراني حسن
// روحاني), up to a name that is no person or two words that are none;
// with atPunct, up to punctuation too.
func (b *eventBuilder) subjectsAfter(k, last int, atPunct bool) []participant {
	var out []participant
	for gap := 0; k < last && gap <= 1 && len(out) < 4; k++ {
		if atPunct && b.punct(k) != "" {
			break
		}
		if x := b.tokMention[k]; x >= 0 {
			if b.doc.Mentions[x].Label != PER {
				break
			}
			if !b.rolePart[x] {
				out = append(out, b.mentionParticipant(int(x)))
			}
			k = int(b.menLast[x]) - 1
			gap = 0
			continue
		}
		if tEnd, _, ok := b.title(k, last); ok {
			k = tEnd - 1
			continue
		}
		if w := b.word(k); events.IsNisba(w) || events.IsNisba(trimConj(w)) {
			continue
		}
		gap++
	}
	return out
}

// clauseActors returns the persons and organizations named in the
// clause that ends at token to (back to punctuation, at most twelve
// tokens), at most three.
func (b *eventBuilder) clauseActors(first, to int) []participant {
	var out []participant
	from := to
	for from > first && from > to-12 && b.punct(from-1) == "" {
		from--
	}
	for k := from; k < to && len(out) < 3; k++ {
		x := b.tokMention[k]
		if x < 0 {
			continue
		}
		if m := b.doc.Mentions[x]; (m.Label == PER || m.Label == ORG) && !b.isMedia(b.mentionParticipant(int(x))) {
			out = append(out, b.mentionParticipant(int(x)))
		}
		k = int(b.menLast[x]) - 1
	}
	return out
}

// loyalSide reads an unnamed group described as loyal to a person or an
// organization, from token k (مجموعات مسلحة موالية لإبراهيم الجضران،
// عناصر تابعة لتنظيم داعش): the one it is loyal to, named with ل at most
// four words on, and the token after the name.
func (b *eventBuilder) loyalSide(k, hi int) (participant, int, bool) {
	for j := k; j < hi && j < k+4; j++ {
		if b.punct(j) != "" || b.tokMention[j] >= 0 {
			break
		}
		if !isLoyalWord(b.word(j)) || j+1 >= hi {
			continue
		}
		x := b.tokMention[j+1]
		if x < 0 || int(b.menFirst[x]) != j+1 || b.rolePart[x] || !b.prepOn(int(x)) {
			break
		}
		if l := b.doc.Mentions[x].Label; l != PER && l != ORG {
			break
		}
		return b.mentionParticipant(int(x)), int(b.menLast[x]), true
	}
	return participant{}, k, false
}

// isLoyalWord reports the adjectives of loyalty, indefinite or definite
// (loyalSide).
func isLoyalWord(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "مواليه", "موالين", "موالون", "موال", "موالي", "تابعه", "تابعين", "تابعون", "تابع":
		return true
	}
	return false
}

// isPlanNoun reports the nouns of a plan, a proposal or an initiative
// (folded, with or without the article): the name after one owns the
// plan discussed, it takes no part in the meeting.
func isPlanNoun(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "خطه", "خطط", "مبادره", "مبادرات", "مقترح", "مقترحات", "اقتراح", "اقتراحات", "رويه", "خارطه", "ورقه", "تصور", "مسوده":
		return true
	}
	return false
}

// talksTopic reports token k after a meeting or a call (from: the token
// after its trigger and its agent) opening what it is about, whose names
// are no parties: a noun of a matter (ملف سد النهضة، قضية القدس، مسألة
// اللاجئين), or a name right after a verb of discussing (بحث الوزيران
// سد النهضة، يناقش مع نظيره الأردني الأزمة): only persons, organizations
// and countries take part in talks; what they discuss is their object.
// A person there is left to the other rules (بحث … مع الملك عبد الله,
// its مع, and a title are no object).
func (b *eventBuilder) talksTopic(tr events.Trigger, k, from int) bool {
	if tr.Type != events.Meet && tr.Type != events.Contact || k < tr.Last {
		return false
	}
	if isMatterNoun(trimConj(b.word(k))) {
		return true
	}
	if tr.POS == events.Noun || k < from || !isDiscussLemma(tr.Lemma) {
		return false
	}
	x := b.tokMention[k]
	if x < 0 || int(b.menFirst[x]) != k || b.doc.Mentions[x].Label == PER || b.prepOn(int(x)) {
		return false
	}
	if b.conjOn(int(x)) {
		return false // وروسيا: another side joined by و
	}
	return !isSidePrep(b.word(k - 1))
}

// isMatterNoun reports the nouns that name a matter discussed
// (talksTopic).
func isMatterNoun(w string) bool {
	switch w {
	case "ملف", "الملف", "ملفات", "الملفات", "قضيه", "القضيه", "قضايا", "القضايا", "مساله", "المساله", "مسايل", "المسايل",
		"موضوع", "الموضوع":
		return true
	}
	return false
}

// isMoneyLemma reports the lemmas of the aid triggers of money promised or
// given (checkPledge, checkGave, checkFund in package events: تعهد، تبرع،
// منح، قدم، خصص، تمويل، أودع):
// the country after them gives or gets, it is not where aid goes.
// isSendLemma reports the lemmas of sending (أرسل، يرسل، إرسال), whose
// subject right after the verb is the sender, no place.
func isSendLemma(l string) bool { return l == "أرسل" || l == "يرسل" || l == "إرسال" }

func isMoneyLemma(l string) bool {
	switch l {
	case "تعهد", "يتعهد", "تعهدات", "تبرع", "يتبرع", "تبرعات", "منح", "يمنح", "منحة", "قدم", "يقدم", "تقديم",
		"خصص", "يخصص", "تخصيص", "تمويل", "أودع", "يودع", "إيداع", "وديعة":
		return true
	}
	return false
}

// isDiscussLemma reports the lemmas of the verbs of discussing, whose
// object is the topic (talksTopic).
func isDiscussLemma(l string) bool {
	switch l {
	case "بحث", "يبحث", "ناقش", "يناقش":
		return true
	}
	return false
}

// distanceAt reports على بعد at token k, a distance that locates what was
// told before it (، على بعد 15 كيلومترا غرب مدينة الكرك: where it
// happened).
func (b *eventBuilder) distanceAt(k int) bool {
	return trimConj(b.word(k)) == "علي" && b.word(k+1) == "بعد"
}

// isDescriber reports participles that begin a phrase describing the
// name or noun before them: المتحالف مع إيران، المدعومون من روسيا،
// الموالية للحكومة.
func isDescriber(w string) bool {
	switch w {
	case "المتحالف", "المتحالفه", "المتحالفون", "المتحالفين", "المدعوم", "المدعومه", "المدعومون", "المدعومين",
		"الموالي", "المواليه", "الموالين", "الموالون", "التابع", "التابعه", "التابعون", "التابعين",
		"المرتبط", "المرتبطه", "المرتبطون", "المرتبطين", "المتهم", "المتهمه", "المقرب", "المقربه", "حليف", "حليفه", "المسيطر", "المسيطره",
		"قادم", "قادمه", "متجه", "متجهه", "قادما", "متجها", "قادمين", "متجهين":
		// قطار ركاب قادم من القاهرة، حافلة متجهة إلى حلب: where a
		// vehicle came from or went, no place of the crash.
		return true
	}
	return false
}

// isTopicWord reports words that introduce what an event is about, not
// who takes part or where: لمناقشة الوضع في سوريا، بشأن إدلب.
func isTopicWord(w string) bool {
	// A switch rather than a list: asked of nearly every word around a
	// trigger.
	switch trimConj(w) {
	case "بشان", "حول", "لمناقشه", "لبحث", "لدراسه", "بخصوص", "ازاء", "تجاه", "حيال", "لمناقشتها", "لبحثها", "بهدف", "لتنسيق",
		"تناول", "تناولت", "يتناول", "تتناول", "تناولا", "تناولتا", "تتعلق", "يتعلق", "تتعلقان", "يتعلقان", "المتعلقه", "المتعلق":
		return true
	}
	return false
}

// endsActors reports whether the actors after a trigger end at token k:
// at the topic (لمناقشة الوضع في سوريا، بشأن إدلب، حول اليمن), at a
// clause that describes the last name (بشار الأسد المتحالف مع إيران،
// الذي يسيطر على …; but not التي شنها الجيش, which names the agent), or
// at a comma before another clause (إثر معارك استمرت أشهر، أفقدت …).
func (b *eventBuilder) endsActors(k, hi, trEnd int) bool {
	raw := b.word(k)
	w := trimConj(raw)
	switch {
	case isTopicWord(w):
		return true
	case (raw == "وسط" || len(w) != len(raw) && w == "وسط") && k+1 < hi && b.tokMention[k+1] < 0:
		// يجري الاجتماع وسط مقاطعة حركة حماس: the circumstances (the word
		// itself, not trimConj's سط: its و is no conjunction).
		return true
	case isRelativePronoun(w) && w != "اللواتي":
		// A clause about the event itself goes on (ورشة العمل التي أقيمت
		// في ألمانيا); a name right after the relative verb is its
		// subject, the event's agent (الهدنة التي أمرت بها روسيا).
		if k == 0 || b.tokMention[k-1] < 0 {
			return false
		}
		for j := k + 2; j <= k+3 && j < hi; j++ {
			if x := b.tokMention[j]; x >= 0 && int(b.menFirst[x]) == j {
				return false
			}
			if _, _, ok := b.title(j, hi); ok {
				return false
			}
		}
		return true
	case isRelation(b.word(k)) && k > trEnd:
		// جاريد كوشنر صهر ومستشار الرئيس الأمريكي دونالد ترامب: a kin or
		// an aide of someone, after a person; the one named in the
		// genitive describes that person and takes no part.
		j := k - 1
		for j > trEnd && isRelation(b.word(j)) {
			j--
		}
		x := b.tokMention[j]
		return x >= 0 && b.doc.Mentions[x].Label == PER
	case k > trEnd && (isBeWord(raw) || len(w) != len(raw) && isBeWord(w)) && !isRelativePronoun(trimConj(b.word(k-1))):
		// ضربات إسرائيلية مماثلة كانت روسيا على علم بها: كان opens a
		// clause about the event; its subject takes no part.
		return true
	case isConcessionWord(w) || w == "الرغم":
		// شاركت قطر في القمة رغم خلافاتها مع الرياض، على الرغم من الخلاف
		// مع: a concession names a dispute, whose other side takes no part.
		return true
	case isReplacedWord(w):
		// عين فلان رئيسا للحكومة خلفا لفلان، بدلا من: the one replaced
		// takes no part.
		return k > trEnd
	case w == "مع" && k > 0 && isBorderWord(trimConj(b.word(k-1))):
		// مدينة سوروتش جنوب تركيا الحدودية مع سوريا، قرب الحدود مع
		// تركيا: the country across the border is no side.
		return true
	case isDescriber(w):
		// Describing the name or noun before it (الجيش السوري وحلفاؤه
		// المدعومون من روسيا); right after the trigger it names the
		// event's owner (قافلة المساعدات التابعة للأمم المتحدة).
		return k > trEnd
	case b.punct(k) == "," && k+1 < hi:
		next := k + 1
		if b.tokMention[next] >= 0 || b.tokDate[next] >= 0 || b.punct(next) != "" {
			return false
		}
		if _, _, ok := b.title(next, hi); ok {
			return false
		}
		if nw := b.word(next); events.IsNisba(nw) || events.IsNisba(trimConj(nw)) {
			return false // بنظيريه الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان
		}
		if nw := b.word(next); isHeldIt(nw) || isHeldIt(trimConj(nw)) {
			// مؤتمر صحفي مشترك السبت، عقده الوزير مع نظيره: the one who
			// held the event and those with him take part.
			return false
		}
		if b.chairedBefore(k, trEnd) && b.coChair(k, hi) >= 0 {
			return false // برئاسة فلان، وفخامة الرئيس فلان في الجزائر
		}
		if nw := trimConj(b.word(next)); isRelativePronoun(nw) && next+1 < hi && isHeldVerb(b.word(next+1)) {
			// اجتماع اللجنة العليا بين البلدين، الذي عقد في المجمع
			// الرئاسي بأنقرة: a clause that says where the event itself
			// was held goes on after the comma.
			return false
		}
		if isHeldParticiple(trimConj(b.word(next))) {
			// القمة الأفريقية، المنعقدة في أديس أبابا، …: where the event
			// is held goes on after the comma.
			return false
		}
		if b.dateOpenedBy(k) >= 0 && strings.HasPrefix(b.word(next), "ب") {
			// قضت محكمة X بالجزائر العاصمة، اليوم الأحد، بسجن الوزير
			// فلان: the comma that closes a time set off by commas gives
			// the clause back to the event, whose ب-complement goes on
			// (the one sentenced, the one accused).
			return false
		}
		// After a comma only a name, a date or a phrase of the event
		// (على مقرات لجبهة النصرة، في حلب) goes on; anything else opens
		// another clause (وقامت الولايات المتحدة، أفقدت الرئيس).
		return !isActorPrep(b.word(next))
	}
	return false
}

// verbSubjectBefore returns the subject of the trigger told last before
// token k in sentence si, when that trigger is a verb that read one (a
// noun there gives none: تم الاتفاق خلال المباحثات).
func (b *eventBuilder) verbSubjectBefore(si, k int) (participant, bool) {
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == si; i-- {
		if p := b.drafts[i]; p.tr.First < k {
			if p.tr.POS == events.Noun || !p.hasAgent {
				return participant{}, false
			}
			return p.agent, true
		}
	}
	return participant{}, false
}

// pluralSubjectAt reports a definite plural in the nominative at token k,
// no name (الفلسطينيون، المسؤولون، المحتجون): after a verb, its subject.
func (b *eventBuilder) pluralSubjectAt(k int) bool {
	if k >= len(b.tx.Tokens) || b.tokMention[k] >= 0 {
		return false
	}
	w := b.word(k)
	return strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "ون") && utf8.RuneCountInString(w) >= 6
}

// withPersonAfter adds the first person named after مع among the words
// of the window of tr (up to hi), when the window has one.
func (b *eventBuilder) withPersonAfter(d *draft, tr events.Trigger, hi int, add func(participant)) {
	for k := tr.Last; k+1 < hi; k++ {
		if trimConj(b.word(k)) != "مع" {
			continue
		}
		ps, _, ok := b.actorAt(k+1, hi, tr)
		if ok && len(ps) > 0 && b.hasPerson(ps[:1]) {
			add(ps[0])
		}
		return
	}
}

// isReturnWord reports the words of a return (folded): عودة، عاد، يعود.
func isReturnWord(w string) bool {
	switch w {
	case "عوده", "بعوده", "لعوده", "عاد", "عادت", "عادوا", "يعود", "تعود", "يعودون":
		return true
	}
	return false
}

// isHeldVerb reports a passive or intransitive verb that says an event
// took place (عقد، عقدت، انعقد، جرى، أقيم; folded): الذي عقد في …
func isHeldVerb(w string) bool {
	return w == "عقد" || w == "عقدت" || isHappeningVerb(w)
}

// isHeldParticiple reports the participles that say where or when an
// event is held, set off by commas after its noun (folded: المنعقدة،
// المقامة، الجارية).
func isHeldParticiple(w string) bool {
	switch w {
	case "المنعقده", "المنعقد", "المقامه", "المقام", "الجاريه", "الجاري":
		return true
	}
	return false
}

// isHeldIt reports a verb of holding whose object pronoun is the event
// before it (عقده، عقدها، عقداه، أجراه، ترأسه، نظمته): its subject is the
// event's host, in the folded spelling.
func isHeldIt(w string) bool {
	switch w {
	case "عقده", "عقدها", "عقداه", "عقدتاه", "عقدوه", "عقدته",
		"اجراه", "اجراها", "اجرياه", "اجروه", "اجرته",
		"تراسه", "تراسها", "تراسته", "نظمه", "نظمها", "نظمته":
		return true
	}
	return false
}

// isOwnChairing reports the verbal noun of chairing with a pronoun of its
// doer (ترؤسه، ترؤسها، رئاسته، رئاستها, folded): the meeting after it is
// chaired by the one the pronoun stands for.
func isOwnChairing(w string) bool {
	switch strings.TrimPrefix(w, "ب") {
	case "تروسه", "تروسها", "رياسته", "رياستها", "تراسه", "تراسها":
		return true
	}
	return false
}

// isSeatWord reports مقره، مقرها (its seat) before a place (actorPrep).
func isSeatWord(w string) bool {
	switch w {
	case "مقره", "مقرها", "ومقره":
		return true
	}
	return false
}

// isOfficialWord reports مسؤول and its plurals (actorPrep).
func isOfficialWord(w string) bool {
	switch w {
	case "مسوول", "مسوولون", "مسوولين", "المسوول":
		return true
	}
	return false
}

// isForcesWord reports the nouns of the forces of an organization
// (actorPrep).
func isForcesWord(w string) bool {
	switch w {
	case "قوات", "وحدات", "عناصر", "مقاتلو", "مقاتلي", "جنود":
		return true
	}
	return false
}

// isAircraftWord reports the nouns (folded, without conjunction) of an
// organization's aircraft in construct with its name: طائرات التحالف،
// طيران التحالف، مقاتلات الناتو.
func isAircraftWord(w string) bool {
	switch w {
	case "طيران", "طايرات", "مقاتلات":
		return true
	}
	return false
}

// ownedForceAt reports a noun of isOwnedForceWord at token k, with or
// without a conjunction (وفد's و is its own).
func (b *eventBuilder) ownedForceAt(k int) bool {
	if isOwnedForceWord(b.word(k)) {
		return true
	}
	t := trimConj(b.word(k))
	return len(t) != len(b.word(k)) && isOwnedForceWord(t)
}

// isOwnedForceWord reports the nouns of the forces, the aircraft and the
// missions of an organization, in construct with its head noun
// (orgOfHead): قوات التحالف، طيران التحالف، طائرات التحالف، بعثة الصندوق.
func isOwnedForceWord(w string) bool {
	switch w {
	case "بعثه", "وفد":
		return true
	}
	return isAircraftWord(w) || isForcesWord(w)
}

// orgOfHead resolves the word at token k, no name itself, to the
// organization named before it whose name that word heads with the
// article (التحالف for التحالف العربي, الصندوق for صندوق النقد الدولي): the
// text calls it back by its head noun alone. The one named nearest
// before it (in its sentence or earlier), unless another organization of
// that head is named in the same sentence as that one (اتهمت حركة فتح
// حركة حماس … الحركة: which, the text does not say); and only when no
// adjective or name follows (التحالف الدولي is another coalition). The
// participant keeps the word as written.
func (b *eventBuilder) orgOfHead(k int) (participant, bool) {
	if b.tokMention[k] >= 0 || b.tokDate[k] >= 0 {
		return participant{}, false
	}
	w := trimConj(b.word(k))
	head, ok := strings.CutPrefix(w, "ال")
	if !ok || utf8.RuneCountInString(head) < 3 {
		return participant{}, false
	}
	if next := b.word(k + 1); next != "" && (events.IsNisba(next) || b.tokMention[k+1] >= 0) {
		return participant{}, false
	}
	if !b.orgHeadsRead {
		b.readOrgHeads()
	}
	e, ok := b.orgHeadBefore(head, k)
	if !ok {
		return participant{}, false
	}
	t := b.tx.Tokens[k]
	text := b.tx.Source[b.tx.SourceOffset(t.Start):b.tx.SourceOffset(t.End)]
	if len(w) != len(b.word(k)) {
		_, size := utf8.DecodeRuneInString(text)
		text = text[size:] // والتحالف: the conjunction is no part of it
	}
	return participant{entity: b.doc.Entities[e].ID, text: text}, true
}

// institutionByHead reads the word at token k as an institution named
// before and called back by the noun that heads its name, with the
// article (وقالت المنظمة after منظمة الصحة العالمية، استقبل الرئيس وفدا
// ثم التقى … الهيئة): orgOfHead, for the nouns of isInstitutionHead. Not
// after the noun of a building or a seat (في مقر المنظمة: where), nor as
// the side of a strike (see actorPrep: the side joins the story's other
// strikes).
func (b *eventBuilder) institutionByHead(k int, tr events.Trigger) (participant, bool) {
	if tr.Type == events.Attack || b.tokMention[k] >= 0 {
		return participant{}, false
	}
	head, ok := strings.CutPrefix(trimConj(b.word(k)), "ال")
	if !ok || !isInstitutionHead(head) {
		return participant{}, false
	}
	if isFacility(b.word(k-1)) || conjIs(b.word(k-1), isSeatWord) {
		return participant{}, false
	}
	return b.orgOfHead(k)
}

// isInstitutionHead reports the nouns (folded, without the article) that
// head an institution's name and call it back alone: منظمة، وزارة، حركة،
// حزب، بعثة، وكالة، هيئة and their like (غرفة for a chamber of commerce
// named before: وقعت الغرفة مع غرفة كذا اتفاقية). Not حكومة، جيش، دولة،
// تحالف: alone, those mostly mean the country's own or none named.
func isInstitutionHead(w string) bool {
	switch w {
	case "منظمه", "وزاره", "حركه", "حزب", "بعثه", "وكاله", "هييه", "مفوضيه", "لجنه", "جمعيه",
		"شركه", "موسسه", "محكمه", "نيابه", "اتحاد", "نقابه", "جبهه", "مجلس", "صندوق", "بنك",
		"مصرف", "مرصد", "رابطه", "ايتلاف", "جامعه", "غرفه":
		return true
	}
	return false
}

// orgHeadBefore returns the organization of head noun head named nearest
// before token k, unless an organization of that head other than it is
// named in the same sentence before k (orgOfHead).
func (b *eventBuilder) orgHeadBefore(head string, k int) (int, bool) {
	intros := b.orgHeadIntros(head)
	i, _ := slices.BinarySearchFunc(intros, int32(k), func(o orgHead, k int32) int { return int(o.at - k) })
	if i == 0 {
		return -1, false // none named before
	}
	near := intros[i-1]
	first := int32(b.sentenceFirst(int(near.at)))
	for j := i - 2; j >= 0 && intros[j].at >= first; j-- {
		if intros[j].entity != near.entity {
			return -1, false // two in one sentence: which, the text does not say
		}
	}
	return int(near.entity), true
}

// sentenceFirst returns the first token of the sentence of token k.
func (b *eventBuilder) sentenceFirst(k int) int {
	if i := b.sentenceIndex(k); i < len(b.tx.Sentences) && b.tx.Sentences[i].First <= k {
		return b.tx.Sentences[i].First
	}
	return k
}

// sentenceIndex returns the index of the sentence of token k in
// b.tx.Sentences (the first one ending after k; len when none does).
func (b *eventBuilder) sentenceIndex(k int) int {
	i, _ := slices.BinarySearchFunc(b.tx.Sentences, k, func(s normalize.Sentence, k int) int {
		switch {
		case s.Last <= k:
			return -1
		case s.First > k:
			return 1
		}
		return 0
	})
	return i
}

// orgHead is a mention, at token at, of an organization (entity index)
// whose name or alias a head noun may call back (orgOfHead).
type orgHead struct {
	at, entity int32
}

// orgHeadIntros returns the mentions of the organizations that the head
// noun head may call back, in text order (orgHeadOf), once orgHeadsRead.
func (b *eventBuilder) orgHeadIntros(head string) []orgHead {
	if i, ok := b.orgHeadOf[head]; ok {
		return b.orgHeadLists[i]
	}
	return nil
}

// readOrgHeads fills orgHeadOf once per document, in one pass over the
// mentions, each head's mentions in text order: lookups then cost one
// map read and a binary search, however long the text.
func (b *eventBuilder) readOrgHeads() {
	b.orgHeadsRead = true
	if b.orgHeadOf == nil {
		b.orgHeadOf = make(map[string]int32)
	}
	for x := range b.doc.Mentions {
		e, named := b.entityIndex(b.doc.Mentions[x].Entity)
		if !named || b.doc.Entities[e].Label != ORG {
			continue
		}
		name, aliases := b.entityFolded(e)
		b.addOrgHead(name, e, b.menFirst[x])
		for _, a := range aliases {
			b.addOrgHead(a, e, b.menFirst[x])
		}
	}
}

// addOrgHead records a mention at token at of entity e, whose name (two
// words or more) its first word heads.
func (b *eventBuilder) addOrgHead(name string, e int, at int32) {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return
	}
	head := strings.TrimPrefix(first, "ال")
	i, ok := b.orgHeadOf[head]
	if !ok {
		i = int32(len(b.orgHeadLists))
		b.orgHeadOf[head] = i
		b.orgHeadLists = withList(b.orgHeadLists)
	}
	intros := b.orgHeadLists[i]
	if n := len(intros); n > 0 && intros[n-1].at == at {
		return // its name and an alias of one head
	}
	b.orgHeadLists[i] = append(intros, orgHead{at: at, entity: int32(e)})
}

// isGroupWord reports the nouns of a kind of group before its name, in
// construct (جماعة جيش الإسلام، جماعتي جيش الإسلام وفيلق الرحمن، حركة
// طالبان، تنظيم ولاية سيناء), folded and without a conjunction (actorPrep).
func isGroupWord(w string) bool {
	switch w {
	case "جماعه", "جماعتا", "جماعتي", "حركه", "حركتا", "حركتي", "تنظيم", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات":
		return true
	}
	return false
}

// isCompanyWord reports the words (folded, without conjunction) of a
// company before its name: شركة، مجموعة، مؤسسة.
func isCompanyWord(w string) bool {
	switch w {
	case "شركه", "شركتا", "شركتي", "مجموعه", "موسسه":
		return true
	}
	return false
}

// isItsSeat reports مقره، مقرها (its seat; isPlace).
func isItsSeat(w string) bool { return w == "مقره" || w == "مقرها" }

// isAgencyNoun reports a noun of asking, inviting, brokering or backing
// before من (بطلب من، بدعوة من، بمبادرة من، بوساطة من، برعاية من، بدعم
// من; also بناء على طلب من), folded: the name after من is who did it,
// not where the event happens (isPlace).
func isAgencyNoun(w string) bool {
	w = strings.TrimPrefix(w, "ب")
	switch w {
	case "طلب", "دعوه", "مبادره", "وساطه", "رعايه", "دعم", "تمويل", "اشراف", "تنظيم", "توجيه", "تكليف", "امر":
		return true
	}
	return false
}

// isGivenWord reports the participles of aid given or sent (folded):
// المساعدات المقدمة من اليابان, the name after من is the giver.
func isGivenWord(w string) bool {
	switch w {
	case "المقدمه", "مقدمه", "المقدم", "مقدم", "الممنوحه", "ممنوحه", "الممنوح", "المرسله", "مرسله", "المرسل", "مرسل",
		"المتبرع", "الموجهه", "موجهه", "المخصصه", "مخصصه":
		return true
	}
	return false
}

// isWhenWord reports عندما، حين، حيث (when, where; whenClausePersons).
func isWhenWord(w string) bool {
	switch w {
	case "عندما", "حين", "حيث":
		return true
	}
	return false
}

// isAgainst reports ضد and بحق (against; isPlace).
func isAgainst(w string) bool { return w == "ضد" || w == "بحق" }

// isBeWord reports كان، كانت، يكون، تكون (endsActors).
func isBeWord(w string) bool {
	switch w {
	case "كان", "كانت", "يكون", "تكون":
		return true
	}
	return false
}

// isReplacedWord reports the words before the one an appointee replaces
// (خلفا لفلان، بدلا من فلان، خلافة فلان).
func isReplacedWord(w string) bool {
	switch w {
	case "خلفا", "بدلا", "خلافه":
		return true
	}
	return false
}

// isRelation reports a noun of kin or of aides in the construct state
// (isRelationNoun), with or without the conjunction و/ف: والد is one
// whole, ووالد with it (trimConj alone read والد as الد).
func isRelation(w string) bool {
	if isRelationNoun(w) {
		return true
	}
	t := trimConj(w)
	return len(t) != len(w) && isRelationNoun(t)
}

// isRelationNoun reports the nouns of kin and of aides in the construct
// state (صهر، نجل، مستشار): after a person, the name that follows is
// whose relative or aide that person is (endsActors).
func isRelationNoun(w string) bool {
	switch w {
	case "صهر", "نجل", "ابن", "ابنه", "نجله", "شقيق", "شقيقه", "زوج", "زوجه", "والد", "والده", "حفيد", "حفيده", "ارمله",
		"مستشار", "مستشاره", "مساعد", "مساعده", "سكرتير", "سكرتيره", "صديق", "صديقه", "حليف", "خليفه":
		return true
	}
	return false
}

// isBorderWord reports the words of a border before مع (endsActors).
func isBorderWord(w string) bool {
	switch w {
	case "الحدود", "حدود", "حدودها", "حدوده", "بالحدود", "للحدود", "الحدوديه", "الحدودي", "حدوديه", "حدودي":
		return true
	}
	return false
}

// lastSpeaker returns the speaker of the last statement or appeal of the
// same section in the two sentences before d's, for a verb whose subject
// is dropped (وأضاف …، كما دعت …), when the two verbs agree in gender and
// number (or either is not a verb the agreement reads).
func (b *eventBuilder) lastSpeaker(d *draft) (participant, bool) {
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.ev.Section != d.ev.Section || d.sent-p.sent > 2 {
			break
		}
		if (p.ev.Type == events.Statement || p.ev.Type == events.Appeal) && len(p.parts) > 0 {
			if p.tr.POS == events.Imperfect && p.tr.First > 0 && isTextMedium(b.word(p.tr.First-1)) {
				// كتب السفير تغريدة تقول إن …: the tweet says what its
				// writer wrote; its verb's gender is the tweet's, and the
				// speaker is the writer's, told before it.
				continue
			}
			if want, had := b.verbAgreement(d.tr), b.verbAgreement(p.tr); want != 0 && had != 0 && want != had {
				// رحب الحريري بالخطة. في المقابل، اعترض وزراء الحزب …
				// وطالبوا: a verb that does not agree with the last
				// speaker's has another subject.
				return participant{}, false
			}
			return p.parts[0], true
		}
	}
	return participant{}, false
}

// agreeingSpeaker returns the speaker of the statement told last, in
// d's sentence and section, ending at most pronounReach tokens before
// token k, whose verb agrees with want (see verbAgreement): the subject a
// pronoun at k refers back to (pronounSubject, ownedBySpeaker).
func (b *eventBuilder) agreeingSpeaker(d *draft, k int, want byte) (participant, bool) {
	n := len(b.drafts)
	for n > 0 && b.mediumOfWords(b.drafts[n-1], d) {
		// أعلن البرنامج، في بيان صدر اليوم، أنه بدأ توزيع: the statement or
		// press conference the words were given in stands between the
		// speaker and what is said; the speaker's verb is before it.
		n--
	}
	if n == 0 {
		return participant{}, false
	}
	p := b.drafts[n-1]
	if p.sent != d.sent || p.ev.Section != d.ev.Section || p.ev.Type != events.Statement || p.dropped ||
		len(p.parts) == 0 || p.tr.Last > k || k-p.tr.Last > pronounReach || b.verbAgreement(p.tr) != want {
		return participant{}, false
	}
	return p.parts[0], true
}

// mediumOfWords reports a draft of d's sentence and section told by a
// statement or meeting noun after في، خلال or عبر (في بيان، خلال مؤتمر
// صحفي، عبر تغريدة): the setting of words said, not one who says them.
func (b *eventBuilder) mediumOfWords(p, d *draft) bool {
	if p.sent != d.sent || p.ev.Section != d.ev.Section || p.tr.POS != events.Noun ||
		p.ev.Type != events.Statement && p.ev.Type != events.Meet || p.tr.First < 1 {
		return false
	}
	return isAnyConj(b.word(p.tr.First-1), "في", "خلال", "عبر")
}

// afterMediumOfWords reports a complementizer with a pronoun at token k
// (أنها، إنه، بأنهم) told after a statement or meeting noun of d's
// sentence that sets words said (في بيان، خلال مؤتمر صحفي): what follows
// it is what was said, and the places before it are the statement's.
func (b *eventBuilder) afterMediumOfWords(k int, d *draft) bool {
	switch strings.TrimPrefix(trimConj(b.word(k)), "ب") {
	case "انه", "انها", "انهم":
	default:
		return false
	}
	for _, p := range b.sentenceDrafts(d.sent) {
		if p.tr.Last <= k && k-p.tr.Last <= pronounReach && b.mediumOfWords(p, d) {
			return true
		}
	}
	return false
}

// sentenceDrafts returns the drafts of sentence si made so far, while run
// reads that sentence: the last ones in drafts, as run makes a sentence's
// drafts before the next sentence's. Reading them so, not every draft of
// the text, keeps a long text of many sentences linear.
func (b *eventBuilder) sentenceDrafts(si int) []*draft {
	i := len(b.drafts)
	for i > 0 && b.drafts[i-1].sent == si {
		i--
	}
	return b.drafts[i:]
}

// pronounSubject returns the speaker of the statement right before a verb
// whose only subject is the pronoun of the complementizer before it (أن
// or إن with ه، ها، هم; قد may come between): أعلن الوزير أنه التقى،
// قالت الجماعة إنها اشتبكت، وأضاف أنه قد وقع. The statement is the
// draft before d in its sentence, at most pronounReach tokens before the
// complementizer, with its speaker known (a dropped subject is the last
// speaker already: وأضاف أنه).
func (b *eventBuilder) pronounSubject(d *draft, tr events.Trigger, sentFirst int) (participant, bool) {
	k := tr.First - 1
	if tr.POS == events.Noun && k > sentFirst && isLightVerb(b.word(k)) {
		k-- // أعلن البرنامج أنه بدأ توزيع المواد: the light verb's subject does the act its noun names
	}
	if k > sentFirst && b.word(k) == "قد" {
		k--
	}
	if k <= sentFirst {
		return participant{}, false
	}
	var want byte
	switch strings.TrimPrefix(b.word(k), "ب") {
	case "انه":
		want = 'm'
	case "انها":
		want = 'f'
	case "انهم":
		want = 'p'
	default:
		return participant{}, false
	}
	return b.agreeingSpeaker(d, k, want)
}

// ownedBySpeaker returns the speaker of the statement right before a verb
// whose subject, right after إن/أن (قد may follow), is the speaker's
// teams or forces named with a pronoun that agrees with the statement's
// verb: قالت الجمعية إن فرقها أجلت، أعلن الجيش أن قواته قصفت، قال
// المتمردون إن مقاتليهم هاجموا. Not a toll (the caller's types).
func (b *eventBuilder) ownedBySpeaker(d *draft, tr events.Trigger, sentFirst int) (participant, bool) {
	k := tr.First - 1
	if k > sentFirst && b.word(k) == "قد" {
		k--
	}
	if k-1 <= sentFirst || !isComplementizer(b.word(k-1)) || b.tokMention[k] >= 0 {
		return participant{}, false
	}
	w := b.word(k)
	var want byte
	switch {
	case strings.HasSuffix(w, "هم"):
		want, w = 'p', strings.TrimSuffix(w, "هم")
	case strings.HasSuffix(w, "ها"):
		want, w = 'f', strings.TrimSuffix(w, "ها")
	case strings.HasSuffix(w, "ه"):
		want, w = 'm', strings.TrimSuffix(w, "ه")
	default:
		return participant{}, false
	}
	if !isOwnedTeam(w) {
		return participant{}, false
	}
	return b.agreeingSpeaker(d, k, want)
}

// isOwnedTeam reports the folded nouns, before a possessive pronoun, of
// the men, teams or machines a body sends (قوات، فرق، طواقم، عناصر،
// مقاتلي، طائرات، دوريات).
func isOwnedTeam(w string) bool {
	if isForcesWord(w) {
		return true
	}
	switch w {
	case "فرق", "فريق", "طواقم", "طاقم", "طايرات", "مقاتلات", "دوريات", "رجال", "افراد", "كوادر", "مدفعيت":
		return true
	}
	return false
}

// verbAgreement tells the subject a one-word verb trigger agrees with:
// 'm' masculine singular (قال، يقول), 'f' feminine singular (قالت،
// تقول), 'p' plural (قالوا، يقولون), or 0 for a noun or another form.
// In verb-subject order the verb is singular before a plural subject
// (قال المسؤولون), so 'm' and 'f' say the gender only.
func (b *eventBuilder) verbAgreement(tr events.Trigger) byte {
	if tr.Last-tr.First != 1 || tr.POS == events.Noun || tr.Pronoun {
		return 0
	}
	w := strings.TrimPrefix(b.word(tr.First), fold.String(tr.Proclitic))
	lemma := b.foldedLemma(tr.Lemma)
	switch tr.POS {
	case events.Perfect:
		switch w {
		case lemma:
			return 'm'
		case lemma + "ت":
			return 'f'
		case lemma + "وا":
			return 'p'
		}
	case events.Imperfect:
		stem, ok := strings.CutPrefix(lemma, "ي")
		if !ok {
			return 0
		}
		switch w {
		case lemma:
			return 'm'
		case "ت" + stem:
			return 'f'
		case lemma + "ون":
			return 'p'
		}
	}
	return 0
}

// coSubjectsOf returns the names joined to agent in the subject of the
// last act before d in its sentence and section whose subject agent is
// (draft.joined), or for a meeting, call or agreement with none joined
// its participants, the ones met (التقى الرئيس الملك، وأكدا: the two);
// looking back over four drafts at most: bounded on a long line.
func (b *eventBuilder) coSubjectsOf(d *draft, agent participant) []participant {
	for i := len(b.drafts) - 1; i >= 0 && i >= len(b.drafts)-4; i-- {
		p := b.drafts[i]
		if p.sent != d.sent || p.ev.Section != d.ev.Section {
			break
		}
		if p.hasAgent && !p.dropped && p.agent.same(agent) {
			if len(p.joined) == 0 && (p.ev.Type == events.Meet || p.ev.Type == events.Contact || p.ev.Type == events.Agreement) {
				return p.parts
			}
			return p.joined
		}
	}
	return nil
}

// manySpeak reports a verb of saying in the dual or the plural (أكدا،
// أكدتا، شددوا، يؤكدان، يطالبون): its subject is all the names the
// subject of the act it is joined to holds.
func (b *eventBuilder) manySpeak(tr events.Trigger) bool {
	if b.verbAgreement(tr) == 'p' || !tr.Pronoun && b.dual(tr) {
		return true
	}
	// dual reads the masculine perfect only; the feminine (أكدتا) too.
	return tr.POS == events.Perfect && !tr.Pronoun && tr.Last-tr.First == 1 &&
		strings.TrimPrefix(b.word(tr.First), fold.String(tr.Proclitic)) == b.foldedLemma(tr.Lemma)+"تا"
}

// pronounReach bounds the tokens between a statement's trigger and the
// complementizer whose pronoun is its speaker (pronounSubject): the
// speaker, a title and a time or a place between them.
const pronounReach = 24

// dateInClause reports a date among tokens [from, to) before the first
// punctuation mark.
func (b *eventBuilder) dateInClause(from, to int) bool {
	for k := from; k < to && b.punct(k) == ""; k++ {
		if b.tokDate[k] >= 0 {
			return true
		}
	}
	return false
}

// circumstance returns the draft whose subject the circumstantial
// participle of d shares: the last verb before it in its sentence (قال
// …، داعيا إلى; استقبل الرئيس الوزير، داعيا), but the statement whose
// content that verb is (قال الوزير إن وفد حماس زار القاهرة، مطالبا: the
// minister asks); or, in a sentence with no verb event before it, the
// last statement or appeal of the two sentences before (a quote that ran
// over sentences: قال: «… . …»، داعيا إلى). It returns nil when that
// verb's subject is not known.
func (b *eventBuilder) circumstance(d *draft) *draft {
	var verb *draft
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.ev.Section != d.ev.Section || d.sent-p.sent > 2 || verb != nil && p.sent != d.sent {
			break
		}
		if p.tr.POS == events.Noun {
			continue // في مؤتمر صحفي، داعيا: the verb is further back
		}
		speech := p.ev.Type == events.Statement || p.ev.Type == events.Appeal
		if verb != nil {
			if speech && b.complementBetween(p.tr.Last, verb.tr.First) {
				verb = p // قال إن وفد حماس زار: what the speaker told
				break
			}
			continue
		}
		if p.sent != d.sent && !speech {
			continue
		}
		verb = p
		if p.sent != d.sent || speech {
			break
		}
	}
	if verb == nil || !verb.hasAgent {
		return nil
	}
	return verb
}

// openingSubject returns the person named first in the sentence of the
// participle tr when nothing but a verb, a title and its qualifiers stand
// before the name in its clause (هنّأ رئيس مجلس النواب فلان الفائزين،
// داعيا; وفي عين التينة، هنّأ فلان): the subject of the verb the
// participle goes with. A name after a preposition, a place, or one past
// another comma-set clause is none.
func (b *eventBuilder) openingSubject(tr events.Trigger, s normalize.Sentence) (participant, bool) {
	start := s.First
	for k := s.First; k+1 < tr.First && k < s.First+6; k++ {
		if b.punct(k) == "," && b.tokMention[k+1] < 0 && !b.trigAt[k+1] {
			start = k + 1 // وفي عين التينة، هنّأ; من جانبه، شكر: the clause opens after it
			break
		}
	}
	for k := start; k < tr.First && k < start+10; k++ {
		if b.punct(k) != "" || b.trigAt[k] {
			return participant{}, false
		}
		x := b.tokMention[k]
		if x < 0 {
			continue
		}
		if b.rolePart[x] || b.doc.Mentions[x].Label == LOC || b.prepOn(int(x)) || isActorPrep(b.word(k-1)) {
			k = int(b.menLast[x]) - 1
			continue
		}
		if b.doc.Mentions[x].Label == ORG && b.titleBefore(k, start) {
			k = int(b.menLast[x]) - 1 // رئيس مجلس النواب فلان: the body of the title
			continue
		}
		if b.doc.Mentions[x].Label != PER || int(b.menFirst[x]) != k {
			return participant{}, false
		}
		return b.mentionParticipant(int(x)), true
	}
	return participant{}, false
}

// titleBefore reports a title whose words end right before token k, one
// or two words long, starting at from or after it (رئيس مجلس، وزير
// خارجية): the name at k is the body the title belongs to.
func (b *eventBuilder) titleBefore(k, from int) bool {
	for j := k - 1; j >= from && j >= k-2; j-- {
		if tEnd, _, ok := b.title(j, k); ok && tEnd == k {
			return true
		}
	}
	return false
}

// firstPerson returns the first person named among tokens [from, to).
// pronounOwnerFrom returns where to look for the owner of the pronoun on
// the event noun of tr (خلال لقائه، استقالته): the sentence's first token,
// or, when a bare إن/أن opens the noun's clause with words between
// (قال المتحدث فلان إن الوزير فلان أكد خلال لقائه، إن الوزير قدم
// استقالته), the clause's first token: the clause has a subject of its
// own, named or not, and the one who reports it takes no part. A noun
// right after إن (قال الوزير إن لقاءه كان مثمرا، إن استقالته نهائية) is
// the reporter's own. وذلك closes the clause before it and goes back to
// the one it is in (أكد الوزير فلان أن بلاده ستبدأ …، وذلك خلال لقائه:
// his meeting).
func (b *eventBuilder) pronounOwnerFrom(tr events.Trigger, s normalize.Sentence) int {
	closed := 0
	for k := tr.First - 1; k > s.First; k-- {
		w := b.word(k)
		if w == "وذلك" {
			closed++
			continue
		}
		if !isBareComplementizer(w) {
			continue
		}
		if closed > 0 {
			closed--
			continue
		}
		if k+1 == tr.First {
			return s.First
		}
		return k + 1
	}
	return s.First
}

// unnamedTitleSubject reports a clause after a bare إن/أن whose subject
// is a title naming no one (إن الوزيرة تقدمت باستقالتها، أن المحافظ
// استقال، إن وزير الداخلية رفع استقالته): the event's holder is stated,
// but not by name. A title with a person after it, or none at all, is
// no such subject.
func (b *eventBuilder) unnamedTitleSubject(tr events.Trigger, s normalize.Sentence) bool {
	from := b.pronounOwnerFrom(tr, s)
	if from == s.First || from >= tr.First {
		return false
	}
	tEnd, _, ok := b.title(from, tr.First)
	if !ok {
		return false
	}
	return b.titlePhrase(from, tEnd, tr.First).person < 0
}

func (b *eventBuilder) firstPerson(from, to int) (participant, bool) {
	for j := from; j < to; j++ {
		if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
			return b.mentionParticipant(int(x)), true
		}
	}
	return participant{}, false
}

// subjectBody returns the organization named right after the verb that
// opens sentence s (وقرر مجلس الوزراء، أعلنت الهيئة), before token to: the
// subject of the sentence when no person is named before to. A sentence
// opened by a preposition or a word of attribution (في، بحسب، وفق) names
// no subject there: بحسب وزارة الخارجية فإن الوزير بحث خلال اجتماعه
// (the ministry tells of his meeting, it takes no part).
func (b *eventBuilder) subjectBody(s normalize.Sentence, to int) (participant, bool) {
	k := s.First + 1
	if k >= to || b.tokMention[s.First] >= 0 || b.tx.Tokens[s.First].Kind != normalize.ArabicWord {
		return participant{}, false
	}
	if w := b.word(s.First); isAttributionWord(w) || isAnyConj(w, "في", "من", "عن", "علي", "الي", "لدي", "مع", "بعد", "قبل", "خلال", "عبر", "منذ", "امام") {
		return participant{}, false
	}
	if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k && int(b.menLast[x]) <= to && b.doc.Mentions[x].Label == ORG && !b.rolePart[x] {
		return b.mentionParticipant(int(x)), true
	}
	return participant{}, false
}

// locatedBefore returns the place named right before the place mention x
// (not before token from) when x only says where that place lies: after
// a direction or a province's noun (منطقة الضباب جنوب غرب تعز، باب المندب
// بمحافظة تعز، حي الزنوج في مدينة تعز) or with ب on it (حي الجمهوري
// بتعز). Read back from an event, the nearer name is the larger place;
// the event is in the smaller one, a place of its own (two clashes in
// two districts of one city are two clashes). A chain is read to its
// first link: قرية الروضة التابعة لمركز بئر العبد في محافظة شمال سيناء
// is the village, whichever of the three is met first. Else x.
func (b *eventBuilder) locatedBefore(x, from int) int {
	for range 3 {
		y := b.locatedRightBefore(x, from)
		if y == x {
			break
		}
		x = y
	}
	return x
}

// placeAfterDateline returns the place named after a toll's trigger in
// its sentence, before another clause (فيما، إن), when the place x found
// before the trigger is the story's dateline (بنغازي - قتل سبعة أشخاص في
// انفجار هز مستودعا في منطقة قاريونس): the dateline says where the story
// was filed, the cause's phrase where the victims fell. Otherwise -1.
func (b *eventBuilder) placeAfterDateline(x int, tr events.Trigger, s normalize.Sentence) int {
	if tr.Type != events.Death && tr.Type != events.Injury || !b.inDateline(x, s) {
		return -1
	}
	for k := tr.Last; k < s.Last; k++ {
		if w := b.word(k); isWhileWord(w) || isBareComplementizer(w) {
			return -1
		}
		if y := b.tokMention[k]; y >= 0 {
			if b.doc.Mentions[y].Label == LOC && !b.rolePart[y] && b.isPlace(int(y), tr) {
				return int(y)
			}
			k = int(b.menLast[y]) - 1
		}
	}
	return -1
}

// protestBefore reports a protest trigger before tr in its sentence,
// which begins at token sentFirst.
func (b *eventBuilder) protestBefore(tr events.Trigger, sentFirst int) bool {
	for _, o := range b.sentTrs[b.sentenceIndex(tr.First)] {
		if o.First >= tr.First {
			break
		}
		if o.Type == events.Protest && o.First >= sentFirst {
			return true
		}
	}
	return false
}

// storyDateline returns the place mention of the story's dateline when
// sentence si is the story's first: a bare dateline that opens it
// (بنغازي - قتل، صفاقس (وات) - قررت), or the place of a dateline section
// that ends right before it (القاهرة –⏎شهدت). -1 otherwise.
func (b *eventBuilder) storyDateline(si int) int {
	s := b.tx.Sentences[si]
	if x := b.tokMention[s.First]; x >= 0 && int(b.menFirst[x]) == s.First && b.doc.Mentions[x].Label == LOC &&
		placeDash(b.mark, int(b.menLast[x]), s.Last) >= 0 {
		return int(x)
	}
	start := b.tx.SourceOffset(b.tx.Tokens[s.First].Start)
	for _, sec := range b.doc.Sections {
		if sec.Kind != Dateline || sec.End > start || strings.TrimSpace(b.tx.Source[sec.End:start]) != "" {
			continue
		}
		for x, m := range b.doc.Mentions {
			if m.Label == LOC && m.Start >= sec.Start && m.End <= sec.End {
				return x
			}
		}
	}
	return -1
}

// inDateline reports whether mention x lies in a dateline section, or
// opens sentence s as the place of a bare dateline (بنغازي -، بنغازي
// (ليبيا) -: placeDash), which the sections do not set apart.
func (b *eventBuilder) inDateline(x int, s normalize.Sentence) bool {
	m := b.doc.Mentions[x]
	for _, sec := range b.doc.Sections {
		if sec.Kind == Dateline && m.Start >= sec.Start && m.End <= sec.End {
			return true
		}
	}
	return int(b.menFirst[x]) == s.First && placeDash(b.mark, int(b.menLast[x]), s.Last) >= 0
}

// locatedRightBefore is one link of locatedBefore's chain.
func (b *eventBuilder) locatedRightBefore(x, from int) int {
	k := int(b.menFirst[x]) - 1
	if k > from && b.word(k) == "العاصمه" && isDirectionWord(b.word(k-1)) {
		k-- // غرب العاصمة طرابلس: the capital's noun before its name
	}
	skipped := 0
	for ; k >= from && skipped < 3 && isLocatorWord(b.word(k)); k-- {
		skipped++
	}
	if skipped == 0 {
		k = int(b.menFirst[x]) - 1
	} else if k > from && b.punct(k) == "," && isDirectionWord(b.word(k+1)) {
		k-- // بمدينة الزاوية، غرب العاصمة طرابلس: the direction set off by a comma
	}
	if skipped == 0 && !b.prepOn(x) || k < from {
		return x
	}
	y := b.tokMention[k]
	if y < 0 || int(b.menLast[y]) != k+1 || b.doc.Mentions[y].Label != LOC || b.rolePart[y] || b.doc.Mentions[y].Entity == b.doc.Mentions[x].Entity {
		return x
	}
	return int(y)
}

// isLocatorWord reports the words between two place names that make the
// second say where the first lies (folded): directions, في, a province's,
// a district's, a city's or an area's noun (جنوب غرب، بمحافظة، في مدينة،
// لمركز، بقضاء), and التابع/التابعة (قرية X التابعة لمركز Y: the
// village lies in the district).
func isLocatorWord(w string) bool {
	if isDirectionWord(w) || isAnyWord(w, "في", "التابعه", "التابع") {
		return true
	}
	head, ok := strings.CutPrefix(w, "ب")
	if !ok {
		head, _ = strings.CutPrefix(w, "ل")
	}
	return isAreaHead(head) || head == "مركز"
}

// isAreaHead reports the nouns (folded, bare) of a province, a city, an
// area or a district that head a place's name (محافظة درعا، قضاء سنجار):
// what locates a place after another (isLocatorWord) and what a
// sentence may open with before its place (openingPlace).
func isAreaHead(w string) bool {
	switch w {
	case "محافظه", "مدينه", "منطقه", "قضاء", "ناحيه", "ولايه":
		return true
	}
	return false
}

// untilBefore reports the words of "until" right before the date that
// begins at token k, outside the date's own text: إلى غاية، لغاية، حتى،
// إلى حين (تعليق العمل بالرسم إلى غاية فاتح يناير 2026).
func (b *eventBuilder) untilBefore(k int) bool {
	if k < 1 || b.punct(k-1) != "" {
		return false
	}
	w := trimConj(b.word(k - 1))
	if isAnyWord(w, "حتي", "لغايه", "لحين") {
		return true
	}
	return k >= 2 && isAnyWord(w, "غايه", "حين") && isAnyWord(b.word(k-2), "الي")
}

// isDirectionWord reports a direction (folded) that locates a place by
// another (شمال، جنوب غرب، شرقي).
func isDirectionWord(w string) bool {
	switch w {
	case "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي":
		return true
	}
	return false
}

// destroyedNext reports a comma at k in the objects of دمر, a name
// joined by و right after it (دمر التحالف أربع منصات، وجسر الحسيني).
func (b *eventBuilder) destroyedNext(tr events.Trigger, k int) bool {
	return (tr.Lemma == "دمر" || tr.Lemma == "يدمر") && k+1 < len(b.tx.Tokens) && strings.HasPrefix(b.word(k+1), "و") &&
		b.tokMention[k+1] >= 0 && int(b.menFirst[b.tokMention[k+1]]) == k+1
}

// letterRecipient returns the mention that received the letter tr (a
// contact noun: رسالة، برقية) handed over by a verb of delivering before it
// in its clause, سلّم or نقل with two names after it, the messenger and
// then the one who received it (وسلم وزير الخارجية فلان رئيسَ الوزراء
// فلاناً رسالة خطية من الملك): the second name, right before the letter;
// -1 if none. With one name the verb's subject hands it over and the
// receiver is unnamed or a pronoun (سلمه رسالة).
func (b *eventBuilder) letterRecipient(tr events.Trigger, sentFirst int) int {
	if tr.Type != events.Contact || tr.POS != events.Noun {
		return -1
	}
	if w := trimConj(b.word(tr.First)); !strings.HasPrefix(w, "رسال") && !strings.HasPrefix(w, "برقي") {
		return -1
	}
	var names []int
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-16; k-- {
		if p := b.punct(k); p != "" && p != "," {
			return -1
		}
		if x := b.tokMention[k]; x >= 0 {
			if m := b.doc.Mentions[x]; (m.Label == PER || m.Label == ORG) && !b.rolePart[x] {
				names = append(names, int(x))
			}
			k = int(b.menFirst[x])
			continue
		}
		if isDeliverVerb(trimConj(b.word(k))) {
			if len(names) >= 2 && int(b.menLast[names[0]]) == tr.First {
				return names[0]
			}
			return -1
		}
		if b.trigAt[k] {
			return -1
		}
	}
	return -1
}

// isDeliverVerb reports the perfect and imperfect of سلّم and نقل
// "handed, conveyed" (folded, the و or ف already trimmed). تسلم is left
// out: it is also "received" (receiveAt).
func isDeliverVerb(w string) bool {
	switch w {
	case "سلم", "سلمت", "يسلم", "نقل", "نقلت", "ينقل", "سلما", "نقلا":
		return true
	}
	return false
}

// underFireTarget returns the mention that came under the attack tr, or
// suffered the injury tr, when tr follows تعرض with ل (تعرضت مدينة حلب
// لقصف، المعبر، الذي …، تعرض لإطلاق قذائف، تعرض اللاعب فلان لإصابة):
// the subject of تعرض, after it (its five words before
// the attack) or right before it, past a relative clause set off by
// commas; -1 if none.
func (b *eventBuilder) underFireTarget(tr events.Trigger, sentFirst int) int {
	if tr.Type != events.Attack && tr.Type != events.Injury || !strings.HasSuffix(tr.Proclitic, "ل") {
		return -1
	}
	j := tr.First - 1
	for ; j >= sentFirst && j >= tr.First-5; j-- {
		if b.punct(j) != "" {
			return -1
		}
		if events.IsUnderFireVerb(b.word(j)) {
			break
		}
	}
	if j < sentFirst || j < tr.First-5 {
		return -1
	}
	if j+1 < tr.First {
		for k := j + 1; k < tr.First; k++ {
			if x := b.tokMention[k]; x >= 0 {
				return int(x) // تعرضت مدينة حلب لقصف: the name, after its place noun
			}
		}
		return -1
	}
	k := j - 1
	if k > sentFirst && b.punct(k) == "," {
		// المعبر، الذي دخلت منه القافلة، تعرض: back past the clause.
		c := k - 1
		for c > sentFirst && c > k-20 && b.punct(c) != "," {
			c--
		}
		if c <= sentFirst || b.punct(c) != "," || !isRelativePronoun(trimConj(b.word(c+1))) {
			return -1
		}
		k = c - 1
	}
	if k < sentFirst {
		return -1
	}
	if x := b.tokMention[k]; x >= 0 && int(b.menLast[x]) == k+1 {
		return int(x)
	}
	return -1
}

// subjectOfPassive returns the person a passive with no name after it
// (أوقف، عيّن) tells of: the first person named in its sentence, forty
// tokens back at most, with no other event word between; nor a
// complementizer, which makes the person the teller of what follows
// (أوضح المتحدث أحمد محجوب أن قوة … حررت الصحفية، واعتقلت ثلاثة: the
// force detained, not the spokesman).
func (b *eventBuilder) subjectOfPassive(sentFirst int, tr events.Trigger) (participant, bool) {
	from := max(sentFirst, tr.First-40)
	for j := from; j < tr.First; j++ {
		x := b.tokMention[j]
		if x < 0 || b.doc.Mentions[x].Label != PER || b.rolePart[x] {
			continue
		}
		p := b.mentionParticipant(int(x))
		if b.triggerBetween(p, from, tr.First) || b.complementBetween(int(b.menLast[x]), tr.First) {
			return participant{}, false
		}
		return p, true
	}
	return participant{}, false
}

// triggerBetween reports an event word after the first mention of p among
// tokens [from, to) and before to.
func (b *eventBuilder) triggerBetween(p participant, from, to int) bool {
	seen := false
	for k := from; k < to; k++ {
		if x := b.tokMention[k]; !seen && x >= 0 && b.mentionParticipant(int(x)).same(p) {
			seen = true
			k = int(b.menLast[x]) - 1
			continue
		}
		if seen && b.trigAt[k] {
			return true
		}
	}
	return false
}

// ammaTopic returns the person named within the five words after أما
// among tokens [from, to): the topic a verb with ف answers.
func (b *eventBuilder) ammaTopic(from, to int) (participant, bool) {
	for k := to - 1; k >= from; k-- {
		if trimConj(b.word(k)) == "اما" {
			// أما أمين سر المجلس الوطني الفلسطيني، محمد صبيح، فقال: a
			// title and its organization may come before the name.
			return b.firstPerson(k+1, min(k+12, to))
		}
	}
	return participant{}, false
}

// nearestPerson returns the last person named among tokens [from, to):
// the owner of the pronoun in وأكد الحكيم في لقائه.
func (b *eventBuilder) nearestPerson(from, to int) (participant, bool) {
	for j := to - 1; j >= from; j-- {
		if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
			return b.mentionParticipant(int(x)), true
		}
	}
	return participant{}, false
}

// announcerSeatOrHead returns the end of the seat or the head of a body
// that announces written between it and the act it announces, from token
// k: a place after في or ب (حكومة الوحدة الوطنية في طرابلس، الحكومة
// بعدن) or after a branch's noun (فرع صبراتة، مكتب عدن), or a person after برئاسة (برئاسة عبد الحميد الدبيبة), each a
// name found whole, one after the other. Else k.
func (b *eventBuilder) announcerSeatOrHead(k int) int {
	for {
		x := int32(-1)
		switch {
		case b.word(k) == "في" && k+1 < len(b.tokMention):
			x = b.tokMention[k+1]
			if x >= 0 && (b.doc.Mentions[x].Label != LOC || int(b.menFirst[x]) != k+1) {
				x = -1
			}
		case isAnyWord(b.word(k), "فرع", "مكتب") && k+1 < len(b.tokMention):
			// جهاز المباحث الجنائية فرع صبراتة، المفوضية مكتب عدن: the
			// body's branch named by its city.
			x = b.tokMention[k+1]
			if x >= 0 && (b.doc.Mentions[x].Label != LOC || int(b.menFirst[x]) != k+1) {
				x = -1
			}
		case b.word(k) == "برياسه" && k+1 < len(b.tokMention):
			x = b.tokMention[k+1]
			if x >= 0 && (b.doc.Mentions[x].Label != PER || int(b.menFirst[x]) != k+1) {
				x = -1
			}
		case b.tokMention[k] >= 0 && strings.HasPrefix(b.word(k), "ب"):
			x = b.tokMention[k]
			if b.doc.Mentions[x].Label != LOC || int(b.menFirst[x]) != k {
				x = -1
			}
		}
		if x < 0 {
			return k
		}
		k = int(b.menLast[x])
	}
}

// Agentive events: their announcer is their agent (أعلن الجيش اعتقال 11).
func agentive(typ string) bool {
	switch typ {
	case events.Arrest, events.Release, events.Attack, events.Aid, events.Decision, events.Appoint, events.Dismiss,
		events.Establish, events.Suspend, events.Agreement, events.Discovery:
		return true
	}
	return false
}

// announced handles a statement verb whose object is an event noun (أعلن
// الجيش الإسرائيلي، صباح الإثنين، اعتقال 11): the event is the news, and
// its announcer is its agent when the event is one that someone does.
func (b *eventBuilder) announced(ds []*draft) {
	for i, st := range ds {
		if st.ev.Type != events.Statement || st.tr.POS == events.Noun || len(st.parts) == 0 || i+1 >= len(ds) {
			continue
		}
		j := i + 1
		if st.agentEnd > 0 {
			k := st.agentEnd
			for k < len(b.tokMention) && b.skippable(k) {
				k++
			}
			if e := b.settingAside(k); e > k {
				// أعلنت الوزارة في بيان تعليق الرحلات، أعلن في ختام
				// الاجتماع تشكيل لجنة: the act after the aside, not the
				// statement or meeting noun inside it.
				for j < len(ds) && ds[j].tr.First < e {
					j++
				}
				if j == len(ds) {
					continue
				}
			}
		}
		n := ds[j]
		held := n.tr.First > 0 && isAnyWord(b.word(n.tr.First-1), "تنظيم", "تنفيذ", "اطلاق", "بدء")
		if n.tr.POS != events.Noun || !agentive(n.ev.Type) && !(n.ev.Type == events.Protest && held) || strings.Trim(n.tr.Proclitic, "وف") != "" {
			continue // نددت بالحملة: an object with a preposition is not news
		}
		if isJudgingVerb(st.tr.Lemma) {
			continue // أدان الأمين العام الهجوم: who condemns or welcomes takes no part
		}
		if b.mediaBody(st.parts[0]) {
			continue // أعلنت خلية الإعلام الأمني القبض على ثلاثة: a media cell tells what others did
		}
		if st.tr.First > 0 && isAnyConj(b.word(st.tr.First-1), "ما", "مثلما") {
			// وقع الوزير، وفق ما ذكره المتحدث فلان، اتفاقية: what he told
			// is ما; the event noun after him is the clause's object, not
			// his news.
			continue
		}
		if isAnyWord(b.word(n.tr.First), "سقوط") {
			continue // أعلن الجيش سقوط صاروخين: what fell on it, not what it did
		}
		between := true
		for k := st.agentEnd; k < n.tr.First; k++ {
			if k-st.agentEnd < 2 && b.agentAdjective(k) {
				continue // أعلنت الحكومة الليبية المؤقتة تأسيس هيئة
			}
			if k == n.tr.First-1 && held {
				continue // أعلنت النقابة تنظيم وقفة احتجاجية: what it will hold
			}
			if k == n.tr.First-1 && n.ev.Type == events.Suspend && b.word(k) == "حاله" {
				continue // أعلنت المؤسسة حالة القوة القاهرة: the state declared
			}
			if k == n.tr.First-1 && (n.ev.Type == events.Decision || n.ev.Type == events.Suspend) && isImposingWord(b.word(k)) {
				// أعلنت وزارة الخزانة فرض عقوبات على، أعلنت الحكومة رفع
				// العقوبات، تمديد حظر التجول: the measure imposed, lifted
				// or extended is the announcer's.
				continue
			}
			if e := b.settingAside(k); e > k && e <= n.tr.First {
				k = e - 1 // أعلنت الوزارة، في بيان نشرته مساء الثلاثاء، تعليق الرحلات
				continue
			}
			if b.word(k) == "في" && k+1 < n.tr.First && b.tokDate[k+1] >= 0 {
				continue // أعلنت حماس في 17 أيلول الماضي حل اللجنة: the date read next
			}
			if e := b.announcerSeatOrHead(k); e > k && e <= n.tr.First {
				k = e - 1 // أعلنت الحكومة في طرابلس برئاسة فلان تخصيص ملياري دينار
				continue
			}
			if !b.skippable(k) && b.mark(k) != "\"" && !(k == n.tr.First-1 && b.word(k) == "عن") {
				// (أعلن الاتحاد عن مساعدات: عن before the news)
				between = false
				break
			}
		}
		if !between {
			// أعلنت تركيا الأربعاء أنها ستطلق قريبا هجوما: the announcer
			// does it too, and the telling stays news of its own.
			if (b.selfAnnounced(st.agentEnd, n.tr.First) || b.secondActAnnounced(st, n)) && !containsParticipant(n.parts, st.parts[0]) {
				n.parts = append([]participant{st.parts[0]}, n.parts...)
				b.joinedActs(ds[j+1:], n, st.parts[0])
			}
			continue
		}
		// The announcer does what it announces (أعلنت أستراليا وقف
		// مساعداتها للسلطة الفلسطينية): first among the actors.
		b.giveAnnouncers(st, n)
		b.joinedActs(ds[j+1:], n, st.parts[0])
		if st.tr.Lemma == "تبنى" || st.tr.Lemma == "يتبنى" {
			continue // تبنى التنظيم الهجوم: the claim is a statement of its own too
		}
		if n.tr.First > 0 && (b.word(n.tr.First-1) == "حاله" || b.word(n.tr.First+1) == "حاله") && b.doc.Sections[st.ev.Section].Area() == "body" {
			// أعلنت المؤسسة حالة القوة القاهرة، أعلنت رفع حالة القوة
			// القاهرة: a state declared or lifted is a formal
			// announcement the body makes, news of its own too
			// (a headline's or a ticker's verb only heads the declared
			// state).
			if st.time != nil && !st.toldTime && (n.time == nil || n.toldTime || int(b.dateFirst[st.time.Date]) < n.tr.First) {
				n.time, n.toldTime = st.time, false
			}
			continue
		}
		if st.time != nil && !st.toldTime {
			// أعلنت المؤسسة، مساء الثلاثاء، حالة القوة القاهرة: the day
			// told between the verb and what it declares is the day of
			// what was declared.
			if k := int(b.dateFirst[st.time.Date]); k >= st.tr.Last && k < n.tr.First {
				n.time, n.toldTime = st.time, false
			}
		}
		st.dropped = true
	}
}

// isImposingWord reports a verbal noun that imposes, lifts, eases,
// tightens or extends a measure (فرض، رفع، تخفيف، تشديد، تمديد) told
// before the measure's noun (فرض عقوبات، رفع الحظر).
func isImposingWord(w string) bool {
	switch w {
	case "فرض", "رفع", "تخفيف", "تشديد", "تمديد":
		return true
	}
	return false
}

// giveAnnouncers puts the announcers of the statement st first among the
// actors of n, the act it announces: its agent and the names the agent
// reader found joined to it (st.joined: أعلنت تونس والجزائر إغلاق
// المعابر: both close them) that are still its participants.
func (b *eventBuilder) giveAnnouncers(st, n *draft) {
	lead := make([]participant, 1, 1+len(st.joined)+len(n.parts))
	lead[0] = st.parts[0]
	for _, p := range st.joined {
		if containsParticipant(st.parts, p) && !containsParticipant(lead, p) {
			lead = append(lead, p)
		}
	}
	lead = slices.DeleteFunc(lead, func(p participant) bool { return containsParticipant(n.parts, p) })
	n.parts = append(lead, n.parts...)
}

// settingAside returns the token after an aside at token k that tells
// where or when a statement was made, between its subject and the act it
// announces, or k:
//   - في and a speech's medium (speechMediumAt: في بيان مشترك، في مؤتمر
//     صحفي، في تغريدة) and at most two
//     words that are no event word, name, mark or complementizer; or set
//     off up to a comma within fourteen tokens with none of those but
//     names (في بيان نشرته وكالة الأنباء مساء الثلاثاء،);
//   - في ختام / في أعقاب or عقب، خلال، إثر and one or two definite words
//     (في ختام الاجتماع، عقب اللقاء، خلال الجلسة الطارئة).
//
// A complementizer (أن، إن: what was said) ends every aside: in قال في
// تصريحات صحفية إن الغارات … the raids are told, not done by him.
func (b *eventBuilder) settingAside(k int) int {
	n := len(b.tokMention)
	if k+1 >= n {
		return k
	}
	head := -1
	switch w := b.word(k); {
	case w == "في" && isAnyWord(b.word(k+1), "ختام", "اعقاب"):
		head = k + 2
	case isAnyWord(w, "عقب", "خلال", "اثر"):
		head = k + 1
	}
	if head >= 0 {
		j := head
		for j < n && j < head+2 && strings.HasPrefix(b.word(j), "ال") && b.punct(j) == "" && !isComplementizer(b.word(j)) {
			j++
		}
		if j == head {
			return k
		}
		return j
	}
	if !b.speechMediumAt(k) {
		return k
	}
	// Names and brackets may stand in the aside; no event word, clause or
	// other mark.
	noEventOrClause := func(j int) bool {
		p := b.punct(j)
		return !b.trigAt[j] && !isComplementizer(b.word(j)) && (p == "" || p == "(" || p == ")")
	}
	if e := b.closingComma(k+2, k+15, noEventOrClause); e >= 0 {
		return e + 1
	}
	j := k + 2
	for j < n && b.tokMention[j] < 0 && b.punct(j) == "" && !isComplementizer(b.word(j)) {
		// في كلمة خلال حفل التوقيع: the event a ceremony is held for is
		// where the speech was made, no act it announces.
		ceremony := b.trigAt[j] && isCeremonyNoun(trimConj(b.word(j-1)))
		if j >= k+4 && !ceremony || b.trigAt[j] && !ceremony {
			break
		}
		j++
	}
	if j < n && isComplementizer(b.word(j)) {
		return k // قال في تصريحات صحفية إن …، في كلمة خلال حفل التوقيع إن …
	}
	return j
}

// isCeremonyNoun reports the nouns of a ceremony held for an event
// (folded): حفل التوقيع، مراسم التوقيع، احتفال الافتتاح.
func isCeremonyNoun(w string) bool {
	switch w {
	case "حفل", "حفلات", "مراسم", "مراسيم", "احتفال", "احتفاليه", "حفليه":
		return true
	}
	return false
}

// mediaBody reports whether p is an organization named as a body that
// only informs (خلية الإعلام الأمني، المكتب الإعلامي، مديرية الإعلام):
// it announces what other forces did, and does none of it. A body that
// governs the media (وزارة الإعلام، هيئة الإعلام والاتصالات، المجلس
// الأعلى للإعلام) acts on it: it closes, suspends and licenses.
func (b *eventBuilder) mediaBody(p participant) bool {
	j, ok := b.entityIndex(p.entity)
	if !ok || b.doc.Entities[j].Label != ORG {
		return false
	}
	name, _ := b.entityFolded(j)
	head := true
	for w := range strings.FieldsSeq(name) {
		if head {
			if isAnyWord(strings.TrimPrefix(w, "ال"), mediaRegulators...) {
				return false
			}
			head = false
			continue
		}
		if w == mediaWord || w == mediaAdjective {
			return true
		}
	}
	return false // (a name of no word, or no media word after its head)
}

// mediaRegulators (folded, without the article) are the heads of the
// bodies that govern the media rather than inform.
var mediaRegulators = []string{"وزاره", "هييه", "مجلس", "سلطه", "مفوضيه"}

var (
	mediaWord      = fold.String("الإعلام")
	mediaAdjective = fold.String("الإعلامي")
)

// agentAdjective reports a definite adjective at token k that describes
// the name before it and is no part of the mention (الحكومة الليبية
// المؤقتة، الهيئة الجديدة): feminine or a nisba, no name, no event word.
func (b *eventBuilder) agentAdjective(k int) bool {
	w := b.word(k)
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ي")) &&
		b.tokMention[k] < 0 && !b.trigAt[k] && b.punct(k) == ""
}

// unnamedSourceAt reports an unnamed source as the subject at token k,
// after dates and commas (أفادت مصادر أمنية، قال مسؤولون، ذكر شهود عيان),
// or a reporter (أفاد مراسل الجزيرة في الحسكة، قال مراسلنا).
func (b *eventBuilder) unnamedSourceAt(k int) bool {
	n := len(b.tx.Tokens)
	for j := k; j < k+4 && j < n && b.skippable(j); j++ {
		k = j + 1
	}
	if k >= n {
		return false
	}
	switch b.word(k) {
	case "مصادر", "مصدر", "مسوولون", "مسوولين", "شهود", "ناشطون", "ناشطين", "اوساط", "تقارير", "جهات",
		"مراسل", "مراسله", "مراسلنا", "مراسلو", "مراسلي":
		return b.tokMention[k] < 0
	}
	return false
}

// speakerInSentence reports whether p speaks in a statement or an appeal
// told before in sentence si, among the maxMergeGroup drafts before.
func (b *eventBuilder) speakerInSentence(si int, p participant) bool {
	for i := len(b.drafts) - 1; i >= 0 && i >= len(b.drafts)-maxMergeGroup && b.drafts[i].sent == si; i-- {
		if d := b.drafts[i]; (d.ev.Type == events.Statement || d.ev.Type == events.Appeal) && len(d.parts) > 0 && d.parts[0].same(p) {
			return true
		}
	}
	return false
}

// outcomeFight gives an attack noun after بعد، إثر، عقب that led to an
// outcome its announcer claims for itself (أعلنت قوات الجيش، فجر الخميس،
// سيطرتها على ميناء الزويتينة، بعد اشتباكات عنيفة مع …) the announcer as
// its first actor (before the other side it names), and, when it tells none, the outcome's place and the
// announcement's time: the fighting was the announcer's, there, just
// before. The outcome is the verb's object right after its subject (with
// dates, commas and a phrase of who leads it between), a noun of taking or leaving ground with the
// subject's pronoun (isOwnOutcome); the attack is the next event word, at
// most twenty tokens on. An outcome of others (أعلن المرصد مقتل 10 بعد
// اشتباكات) gives nothing.
func (b *eventBuilder) outcomeFight(ds []*draft, sentFirst int) {
	for i, st := range ds {
		if st.ev.Type != events.Statement || st.tr.POS == events.Noun || !st.hasAgent || st.agentEnd < 0 || i+1 >= len(ds) {
			continue
		}
		k := st.agentEnd
		if w := b.word(k); isAnyWord(w, "بقياده", "بزعامه") || isDescriber(w) {
			// قوات الجيش بقيادة المشير خليفة حفتر، …: who leads it.
			for j := k + 1; j < k+10 && j < len(b.tx.Tokens); j++ {
				if p := b.punct(j); p != "" {
					if p == "," {
						k = j
					}
					break
				}
			}
		}
		for k < st.agentEnd+16 && k < len(b.tx.Tokens) && b.skippable(k) {
			k++
		}
		if !isOwnOutcome(b.word(k)) {
			continue
		}
		n := ds[i+1]
		if n.ev.Type != events.Attack || n.tr.POS != events.Noun || n.tr.Article || n.tr.Pronoun ||
			n.tr.First <= k || n.tr.First-k > 20 || !b.after(n.tr.First, 2, isRightAfterWord) {
			continue
		}
		if !containsParticipant(n.parts, st.agent) {
			n.parts = append([]participant{st.agent}, n.parts...)
		}
		if n.place == nil {
			for j := k + 1; j < n.tr.First; j++ {
				x := b.tokMention[j]
				if x < 0 {
					continue
				}
				if m := b.doc.Mentions[x]; m.Label == LOC && !b.rolePart[x] {
					n.place = &Argument{Role: "place", Entity: m.Entity, Text: m.Form, Date: -1}
					if n.place.Text == "" {
						n.place.Text = m.Text
					}
					if f := b.facility(int(x), sentFirst); f != "" && m.Entity != "" {
						n.place.Text = f
					}
					break
				}
				j = int(b.menLast[x]) - 1
			}
		}
		if n.time == nil {
			n.time = st.time
		}
	}
}

// isOwnOutcome reports a noun of taking or leaving ground with a pronoun
// (folded): سيطرتها، استعادته، دخولها، انسحابهم (outcomeFight).
func isOwnOutcome(w string) bool {
	for _, pro := range [...]string{"ها", "هم", "ه"} {
		stem, ok := strings.CutSuffix(w, pro)
		if !ok {
			continue
		}
		switch stem {
		case "سيطرت", "استعادت", "تحرير", "دخول", "انسحاب", "تقدم", "طرد", "صد", "احباط", "تطهير", "استيلاء", "استيلاي":
			return true
		}
	}
	return false
}

// isJudgingVerb reports whether lemma, as the lexicon writes it (not
// folded: أدان، نفى), is a statement that judges an event done by others
// (أدان، ندد، استنكر، رحب، انتقد، نفى), or justifies one (برر حجب
// الثقة بأن …: the reasons are the news, not the act): its subject is no
// party to the event noun it governs.
func isJudgingVerb(lemma string) bool {
	switch lemma {
	case "أدان", "دان", "يدين", "ندد", "يندد", "استنكر", "يستنكر", "رحب", "يرحب", "انتقد", "ينتقد", "نفى", "ينفي", "برر", "يبرر",
		// Who praises or values it (ثمنت الوزيرة المساعدات المقدمة من …)
		// did not give it either.
		"أشاد", "يشيد", "ثمن", "يثمن", "نوه", "ينوه", "أثنى", "يثني",
		// Who describes it (وصفت الخارجية الهجوم بالعمل الجبان) judges
		// it, as one who condemns.
		"وصف", "يصف":
		return true
	}
	return false
}

// selfAnnounced reports whether tokens [from, to) are a complementizer
// with a pronoun and a light verb, with a few skippable words: أنها
// ستطلق قريبا، بأنه نفذ.
func (b *eventBuilder) selfAnnounced(from, to int) bool {
	if from < 0 || to-from > 8 {
		return false
	}
	k := from
	for k < to && b.skippable(k) {
		k++
	}
	if k >= to || !isClaimComplementizer(b.word(k)) && !isClaimComplementizer(trimConj(b.word(k))) {
		return false
	}
	for k++; k < to; k++ {
		w := b.word(k)
		if v, ok := strings.CutPrefix(w, "س"); ok && isLightVerb(v) || isLightVerb(w) {
			return true
		}
		if !b.skippable(k) && !isAnyWord(w, "قريبا", "قد", "فعلا", "بالفعل", "ايضا") {
			return false
		}
	}
	return false
}

// duringVisit gives an act told "during" an event told before it in its
// sentence, by a verb with خلالها or خلاله right after it (في زيارة
// تستغرق يومين يلتقي خلالها الرئيس روحاني، ترأس جلسة … قرر خلالها) or a
// noun right after such a word (عقد اجتماعا …، جرى خلاله الاتفاق على …),
// what that event tells and the act does not: a visit gives a meeting,
// talks or an agreement told by a verb its visitor as a participant (the
// one who visits meets); a meeting or a call gives an agreement, a
// decision, a meeting or a call its parties when it names none (those who
// met agreed); and either gives its place when the act tells none, and
// its day when the act has none or only a date told before its trigger (a
// date of an aside: هي الأولى هذا العام): what happens during it happens
// there and then. An event noun of another kind nearer the act is what
// خلالها tells of (زيارة لافروف … بعد قمة عقدت في جنيف التقى خلالها بوتين
// بايدن: the summit's), and the visit lends nothing.
func (b *eventBuilder) duringVisit(d *draft) {
	tr := d.tr
	pron := tr.Last
	if tr.POS == events.Noun {
		pron = tr.First - 1
	}
	if pron <= 0 || !isAnyWord(b.word(pron), "خلالها", "خلاله", "خلالهما") {
		return
	}
	for i := len(b.drafts) - 1; i >= 0; i-- {
		v := b.drafts[i]
		if v.sent != d.sent {
			return
		}
		if v == d || v.tr.First >= tr.First || v.dropped {
			continue
		}
		if tr.First-v.tr.Last > 25 {
			return
		}
		if v.ev.Type != events.Visit && v.ev.Type != events.Meet && v.ev.Type != events.Contact {
			if v.tr.POS == events.Noun {
				return
			}
			continue
		}
		if b.relativeBetween(v.tr, pron) {
			return
		}
		if v.ev.Type == events.Visit {
			if len(v.parts) == 0 {
				continue // في زيارة after ووصل فلان: the visitor is the verb's
			}
			if tr.POS == events.Noun || d.ev.Type != events.Meet && d.ev.Type != events.Contact && d.ev.Type != events.Agreement ||
				tr.First-v.tr.Last > 20 {
				return
			}
			if !containsParticipant(d.parts, v.parts[0]) {
				d.parts = append([]participant{v.parts[0]}, d.parts...)
			}
		} else if len(d.parts) == 0 {
			switch d.ev.Type {
			case events.Agreement, events.Decision, events.Meet, events.Contact:
				d.parts = append(d.parts, v.parts...)
			}
		}
		if d.place == nil && v.place != nil {
			pl := *v.place
			d.place = &pl
		}
		if v.time != nil && (d.time == nil || d.time.Date >= 0 && d.time.Date < len(b.doc.Dates) && b.doc.Dates[d.time.Date].Start < d.ev.Trigger.Start) {
			t := *v.time
			d.time = &t
		}
		return
	}
}

// joinedActs gives the announcer p of the act first to the acts joined
// to it by و that follow in its sentence's drafts ds (أعلن الجيش مداهمة
// مخيم في عرسال واعتقال 12 شخصا: the army arrested too). Each is an act
// noun that someone does, at most eight words after the one before, with
// no punctuation and no verb between; a noun of another kind on the way
// (للنازحين) is passed over.
func (b *eventBuilder) joinedActs(ds []*draft, first *draft, p participant) {
	last := first
	for _, m := range ds {
		if m.tr.POS != events.Noun || m.tr.First-last.tr.Last > 8 {
			return
		}
		if !agentive(m.ev.Type) || m.tr.Proclitic != "و" {
			continue
		}
		for k := last.tr.Last; k < m.tr.First; k++ {
			if b.punct(k) != "" || b.verbTriggerAt(k) {
				return
			}
		}
		if !containsParticipant(m.parts, p) {
			m.parts = append([]participant{p}, m.parts...)
		}
		last = m
	}
}

// secondActAnnounced reports an act noun joined by و to the announced
// object before it, itself no event of a type (أعلنت الوزارة إحباط مخطط
// إرهابي في القطيف والقبض على خمسة متهمين): the announcer did both. The
// first object opens right after the announcer (past asides) with no
// complementizer, and nothing but its own words (no punctuation, no
// other event word) stands before the و.
func (b *eventBuilder) secondActAnnounced(st, n *draft) bool {
	if !(st.tr.Lemma == "أعلن" || st.tr.Lemma == "يعلن" || st.tr.Lemma == "كشف" || st.tr.Lemma == "يكشف") || !strings.HasPrefix(n.tr.Proclitic, "و") {
		return false
	}
	from, to := st.agentEnd, n.tr.First
	for from < to && b.skippable(from) {
		from++
	}
	if from < 0 || from >= to || to-from > 10 {
		return false
	}
	if w := b.word(from); w == "عن" {
		from++ // كشفت الشرطة عن تفكيك شبكة وضبط …
	}
	if from >= to || isComplementizer(b.word(from)) || strings.HasPrefix(b.word(from), "ال") {
		return false
	}
	for k := from; k < to; k++ {
		if b.punct(k) != "" || b.trigAt[k] || b.tokDate[k] >= 0 {
			return false
		}
	}
	return true
}

func containsParticipant(ps []participant, p participant) bool {
	for _, q := range ps {
		if q.same(p) {
			return true
		}
	}
	return false
}

// namedThing reports a participant that is an entity of the MISC label: a
// named event, law, product or title, no actor.
func (b *eventBuilder) namedThing(p participant) bool {
	i, ok := b.entityIndex(p.entity)
	return ok && b.doc.Entities[i].Label == MISC
}

// isMedia reports a participant that is a news outlet (وكالة، صحيفة،
// قناة): its reports are the article's sources, not statements.
func (b *eventBuilder) isMedia(p participant) bool {
	if p.text != "" {
		// An unnamed participant's text is read once per document.
		if b.textMedia == nil {
			b.textMedia = map[string]bool{}
		}
		media, ok := b.textMedia[p.text]
		if !ok {
			media = b.isMediaName(p.text)
			b.textMedia[p.text] = media
		}
		if media {
			return true
		}
	}
	i, ok := b.entityIndex(p.entity)
	if !ok {
		return false
	}
	// An entity's names are read once per document.
	if b.entityMedia == nil {
		b.entityMedia = make([]int8, len(b.doc.Entities))
	}
	if b.entityMedia[i] == 0 {
		b.entityMedia[i] = -1
		e := b.doc.Entities[i]
		// A public agency called back by its bare head (الوكالة) keeps
		// its name's reading: that alias is no news agency.
		if b.isMediaName(e.Name) || !b.publicAgency(e.Name) && slices.ContainsFunc(e.Aliases, b.isMediaName) {
			b.entityMedia[i] = 1
		}
	}
	return b.entityMedia[i] > 0
}

// isMediaName reports whether name is that of a news medium: a known
// agency or channel, or a name that begins with وكالة، صحيفة، قناة ….
func isMediaName(name string) bool {
	return isMediaFolded([]byte(strings.ToLower(fold.String(name))))
}

// isMediaName is isMediaName folding name in b's buffer: it is asked of
// every name and alias of a document's entities.
func (b *eventBuilder) isMediaName(name string) bool {
	f := b.folded(name)
	// strings.ToLower changes only ASCII capitals in ASCII and the
	// Arabic block (lead bytes D8-DB): lower those in place, and leave
	// other scripts to it.
	for i, c := range f {
		switch {
		case 'A' <= c && c <= 'Z':
			f[i] = c + 'a' - 'A'
		case c >= 0xC0 && (c < 0xD8 || c > 0xDB):
			return isMediaName(name)
		}
	}
	return isMediaFolded(f)
}

// isMediaFolded is isMediaName for the folded, lower-case name f.
func isMediaFolded(f []byte) bool {
	w := f
	if i := bytes.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	w, _ = bytes.CutPrefix(w, []byte("ال"))
	switch string(w) {
	case "وكاله":
		return !agencyOfField(f[len(w):])
	case "صحيفه", "موقع", "قناه", "تلفزيون", "اذاعه", "مجله", "شبكه":
		return true
	}
	// The agencies and channels that articles cite (folded): facts the
	// team wrote down.
	switch string(f) {
	case "cnn", "bbc", "رويترز", "فرانس برس", "ا ف ب", "اسوشيتد برس", "اسوشيتدبرس", "الاناضول", "سانا", "واس", "ارنا", "فارس",
		"تسنيم", "د ب ا", "الجزيره", "العربيه", "سكاي نيوز", "روسيا اليوم", "سبوتنيك", "تاس", "نوفوستي", "بترا", "وام", "قنا",
		"كونا", "بنا", "الشرق الاوسط", "الحياه", "الاهرام", "هافنغتون بوست", "نيويورك تايمز", "واشنطن بوست", "الغارديان":
		return true
	}
	return false
}

// publicAgency reports whether name is an agency's that names the field
// it serves with ل (see agencyOfField).
func (b *eventBuilder) publicAgency(name string) bool {
	w, rest, _ := bytes.Cut(b.folded(name), []byte(" "))
	w, _ = bytes.CutPrefix(w, []byte("ال"))
	return string(w) == "وكاله" && agencyOfField(rest)
}

// agencyOfField reports whether rest, the folded words of a name after
// its head وكالة, name the field the agency serves with ل (الوكالة
// المغربية للطاقة المستدامة، الوكالة الوطنية للتشغيل، الوكالة الدولية
// للطاقة الذرية): a public agency, no news agency, whose field is the
// news (وكالة تونس إفريقيا للأنباء).
func agencyOfField(rest []byte) bool {
	for _, w := range bytes.Fields(rest) {
		if field, ok := bytes.CutPrefix(w, []byte("لل")); ok && len(field) > 0 {
			switch string(field) {
			case "انباء", "اخبار", "اعلام", "صحافه":
				return false
			}
			return true
		}
	}
	return false
}

// place sets the draft's place: the first place name after the trigger
// in its window, else one just before it (anywhere before it in a
// headline); deaths, injuries and arrests take the last place named
// before them in the sentence (ما حدث في مدينة السلط … ليعلن استشهاد 4).
func (b *eventBuilder) place(d *draft, tr events.Trigger, lo, hi int, s normalize.Sentence, headline bool) {
	pick := func(x int) { d.place = b.placeArg(x, s.First) }
	if x := b.underFireTarget(tr, s.First); x >= 0 && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] {
		// معبر الوافدين … تعرض لإطلاق قذائف من داخل الغوطة: the place
		// that came under fire, not where the fire came from.
		pick(x)
		return
	}
	if (tr.Type == events.Death || tr.Type == events.Injury) && b.consequence(tr) {
		// استهدف الأول طلابا في مدينة سوروتش …، وكانوا يستعدون للدخول
		// إلى مدينة كوباني، وأسفر عن مقتل 30 شخصا: the toll of the attack
		// told last in the sentence is where it struck, not the place
		// named last before the toll.
		for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent; i-- {
			if p := b.drafts[i]; p.ev.Type == events.Attack && !p.dropped {
				if p.place != nil {
					d.place = p.place
					return
				}
				break
			}
		}
	}
	if x := b.crossingPoint(tr, hi); x >= 0 {
		pick(x)
		return
	}
	described := false // inside a phrase that describes an actor (المدعومون من روسيا)
	source := -1       // an attack's place after من
	for k := tr.Last; k < hi; k++ {
		if k > tr.Last && b.punct(k) == "," && b.destroyedNext(tr, k) {
			// دمر التحالف أربع منصات، وجسر الحسيني: what was destroyed,
			// joined after the comma, is where the attack struck.
			if x := b.tokMention[k+1]; b.doc.Mentions[x].Label == LOC && !b.rolePart[x] {
				pick(int(x))
				return
			}
		}
		if k > tr.Last && tr.Type == events.Visit {
			if j := b.escortAsideEnd(k, hi); j > k {
				// وزار الوزير فلان، برفقة المحافظة فلانة، مستشفى دمنهور: who
				// went with the visitor, set off by commas; where they went
				// goes on after it.
				k = j
				continue
			}
		}
		if isTopicWord(b.word(k)) || k > tr.Last && b.punct(k) == "," && b.endsActors(k, hi, tr.Last) && !b.closesDate(k) &&
			!b.causeOfToll(tr, k+1, hi) && !b.distanceAt(k+1) {
			// (but أصيب 40 آخرون بجروح، جراء زلزال ضرب إقليم تازة: the
			// cause after the comma tells where the toll was taken; and
			// so does a distance, ، على بعد 30 كيلومترا شرق المدينة)
			break // اجتماع … بشأن مواجهة المسلحين في إدلب: the topic's place
		}
		if k > tr.Last && tr.POS == events.Noun && isAnyWord(trimConj(b.word(k)), "منذ") {
			// في احتفال أقيم على المنفذ المغلق منذ الغزو العراقي للكويت:
			// the place of what came before. The phrase ends at a date, a
			// mark or في (جلسته الأولى منذ الأزمة مطلع الأسبوع في السراي).
			j := k + 1
			for j < hi && b.tokDate[j] < 0 && b.punct(j) == "" && !isAnyWord(b.word(j), "في", "الي", "علي") {
				j++
			}
			k = j - 1
			continue
		}
		if w := trimConj(b.word(k)); k > tr.Last && isDescriber(w) || tr.Type != events.Attack && events.ComingFrom(b.words[k:min(k+3, len(b.words))]) {
			// المساعدات القادمة من مصر: where it came from, right after
			// the trigger too (ComingFrom, the reader that tells it from
			// "the next"); but what is struck is where it stands (قصفت
			// المدفعية طرق الإمداد القادمة من ريف إدلب).
			described = true
			continue
		} else if described && b.tokMention[k] < 0 && (!isAnyWord(w, "من", "ل", "مع", "الي") || w == "الي" && movedTo(tr)) && b.punct(k) == "" {
			// (الي: a vehicle's route, متجهة من عمان إلى العقبة, ends
			// where it went, no more the crash's place than where it set
			// out; but where one who arrives or is displaced came to is
			// the place, وصل الوزير قادما من الرياض إلى القاهرة)
			described = false // … على محافظة إدلب: the phrase is over
		}
		if x := b.tokMention[k]; x >= 0 && b.topicPlace(tr, k) {
			break // بحثا التطورات في اليمن: the topic's place, not where they met
		}
		if x := b.tokMention[k]; x >= 0 && b.returnedFrom(int(x), tr) {
			k = int(b.menLast[x]) - 1 // عاد 900 لاجئ من لبنان إلى بلداتهم: where they came from
			continue
		}
		if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) < tr.Last {
			// سمحت للولايات المتحدة باستخدام القواعد: the name the
			// trigger's own ل-word begins is whom it concerns, no place.
			k = int(b.menLast[x]) - 1
			continue
		}
		if x := b.tokMention[k]; x >= 0 {
			if !described && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && (b.isPlace(int(x), tr) || sufferedBy(tr.Type) && !b.prepOn(int(x)) && k-tr.Last <= 6 && !b.exchangeSide(int(x), tr)) {
				if tr.Type == events.Attack && source < 0 && isAnyConj(b.word(k-1), "من") {
					// فتحوا النار من سوريا على مركز في كيليس: where the
					// fire came from, unless nothing says where it hit.
					source = int(x)
					k = int(b.menLast[x]) - 1
					continue
				}
				if y := b.cityOfOffice(int(x), hi); y >= 0 {
					pick(y)
					return
				}
				pick(int(x))
				return
			}
			k = int(b.menLast[x]) - 1
		}
	}
	if source >= 0 {
		pick(source)
		return
	}
	for k := tr.Last; k+1 < hi; k++ {
		if isThisWord(b.word(k)) && isAnyWord(b.word(k+1), "المنطقه", "المدينه", "البلده", "القريه", "المحافظه", "البلد") {
			// في هذه المنطقة: the place named last before it.
			for j := tr.First - 1; j >= s.First && j >= tr.First-40; j-- {
				if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && !b.actorInSentence(d, int(x)) {
					pick(int(x))
					return
				}
			}
			break
		}
	}
	from := lo
	switch {
	case headline:
	case tr.Type == events.Death || tr.Type == events.Injury || tr.Type == events.Arrest:
		from = s.First
	default:
		from = max(lo, tr.First-3)
	}
	// قال إردوغان خلال زيارة إلى قبرص: «عمل إرهابي أوقع 30 قتيلا»: in
	// the words of a speaker on a visit, the visit's place is where the
	// speaker is, not where the deaths were (but ليعلن "استشهاد 4" after
	// ما حدث في مدينة السلط is there).
	visitQuote := b.inQuote[tr.First] && b.visitBefore(d.sent, tr.First)
	for k := tr.First - 1; k >= from; k-- {
		if visitQuote && !b.inQuote[k] {
			break
		}
		if !headline && (b.whileAt(k) || isBareComplementizer(b.word(k)) && !b.inQuote[tr.First]) {
			// وقع اتفاق في درعا، فيما أفرجت الهيئة عن صحفي; وفي بيروت، قال
			// الوزير إن الجيش اعتقل: another clause, another place.
			break
		}
		if !headline && b.afterMediumOfWords(k, d) {
			// أعلنت المنظمة في بيان صدر عن مكتبها في عدن أنها سلمت: the
			// place of the statement the act is told in is not the act's.
			break
		}
		if x := b.tokMention[k]; x >= 0 {
			if tr.Type == events.Arrest && b.carriedTo(int(x)) {
				// ونقلت سيارات الإسعاف المصابين إلى مستشفى أسوان الجامعي،
				// وأمرت النيابة بالتحفظ على السائق: where the wounded were
				// taken, and the clauses before it, tell of the accident;
				// the arrest was made elsewhere.
				break
			}
			if b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && b.isPlace(int(x), tr) {
				if y := b.placeAfterDateline(int(x), tr, s); y >= 0 {
					// بنغازي - قتل سبعة أشخاص في انفجار في منطقة قاريونس:
					// the toll is where its cause struck, not where the
					// story was filed from.
					pick(y)
					return
				}
				if y := b.locatedBefore(int(x), s.First); y != int(x) {
					pick(y)
					d.area = b.placeArg(int(x), s.First)
				} else {
					pick(int(x))
				}
				return
			}
			k = int(b.menFirst[x])
		}
	}
	if x := b.placeSetOffBefore(tr, s.First); x >= 0 {
		// وقع الطرفان، مساء الأحد، في العاصمة السودانية الخرطوم، اتفاقا:
		// the place set off by commas between the light verb and its noun.
		pick(x)
		return
	}
	if x := b.hostPlace(tr, s.First); x >= 0 {
		pick(x)
		// وكانت الدوحة احتضنت مفاوضات: the host is where, not who.
		host := b.mentionParticipant(x)
		d.parts = slices.DeleteFunc(d.parts, host.same)
		return
	}
	if headline {
		return
	}
	if k := tr.First - 1; k > s.First && trimConj(b.word(k)) == "حيث" {
		// توجه الوزير إلى دمشق، حيث وقع اتفاقاً: حيث (where) takes up
		// the place named right before it.
		k--
		if b.punct(k) == "," {
			k--
		}
		if x := b.tokMention[max(k, 0)]; k >= s.First && x >= 0 && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] {
			pick(int(x))
			return
		}
	}
	if x := b.openingPlace(s); x >= 0 && int(b.menLast[x]) < tr.First && tr.First-s.First <= 40 && !b.complementBetween(s.First, tr.First) &&
		!b.whileElsewhere(int(b.menLast[x]), tr.First, s.Last) {
		// وفي الخرطوم، أفرج جهاز الأمن عن عشرات المعتقلين: the place that
		// opens the sentence frames what it tells (not what a speaker
		// says after إن).
		pick(x)
		return
	}
	switch tr.Type {
	case events.Meet, events.Contact, events.Agreement:
		// يلتقي الوزير بالرئيس خلال زيارته لسوريا: where the visit that
		// frames the event goes is its place.
		for _, o := range b.sentTrs[d.sent] {
			if o.Type != events.Visit || o.POS != events.Noun || !o.Pronoun || o.First <= tr.First || o.First > tr.Last+12 ||
				!isAnyConj(b.word(o.First-1), "خلال", "اثناء", "مستهل", "ختام", "هامش", "بدايه", "نهايه") {
				continue
			}
			for k := o.Last; k < o.Last+2 && k < s.Last; k++ {
				if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && b.isPlace(int(x), o) {
					pick(int(x))
					return
				}
			}
		}
	}
}

// escortAsideEnd returns the comma that closes a phrase of company set
// off by commas whose opening comma is token k (، برفقة المحافظة فلانة،
// ، يرافقه وزير النقل،), at most twenty tokens before hi with no other
// mark between; or -1.
func (b *eventBuilder) escortAsideEnd(k, hi int) int {
	if b.punct(k) != "," || k+1 >= hi || !isEscortWord(trimConj(b.word(k+1))) {
		return -1
	}
	for j := k + 2; j < hi && j <= k+20; j++ {
		switch b.punct(j) {
		case "":
		case ",":
			return j
		default:
			return -1
		}
	}
	return -1
}

// crossingPoint returns the place a displacement passes through, named
// after عبر (via) in its window, a crossing's word between (لاجئون
// يعبرون إلى الأردن عبر معبر جابر، نزحوا إلى تركيا عبر باب الهوى): the
// crossing point is where the displacement is told, not the country it
// leads to. -1 when none is named.
func (b *eventBuilder) crossingPoint(tr events.Trigger, hi int) int {
	if tr.Type != events.Displacement {
		return -1
	}
	for k := tr.Last; k+1 < hi; k++ {
		if trimConj(b.word(k)) != "عبر" {
			continue
		}
		j := k + 1
		if isCrossingWord(b.word(j)) && b.tokMention[j] < 0 {
			j++
		}
		if x := b.tokMention[min(j, hi-1)]; j < hi && x >= 0 && int(b.menFirst[x]) == j && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] {
			return int(x)
		}
		return -1
	}
	return -1
}

// isCrossingWord reports the words for a border crossing (folded) that
// stand between عبر and the crossing's name (عبر معبر جابر).
func isCrossingWord(w string) bool {
	switch w {
	case "معبر", "منفذ", "مركز", "بوابه", "ممر", "المعبر", "المنفذ":
		return true
	}
	return false
}

// closesDate reports whether the comma at token k closes a date set off
// by commas (زار الوزير، صباح الأحد، منطقة عرسال): what follows goes on
// with the clause the date interrupted.
func (b *eventBuilder) closesDate(k int) bool { return b.dateOpenedBy(k) >= 0 }

// personAfterDate reports whether the comma at token k closes a date set
// off by commas and a person's name begins within the next three words
// (أقالت إدارة النادي، مساء السبت، مدربها رامون دياز): the date interrupted
// the clause, whose object goes on after it even behind a word that is no
// title the lists know (مدرب، المدرب).
func (b *eventBuilder) personAfterDate(k, hi int) bool {
	if !b.closesDate(k) {
		return false
	}
	for j := k + 1; j <= k+3 && j < hi; j++ {
		if b.punct(j) != "" {
			return false
		}
		if x := b.tokMention[j]; x >= 0 {
			return int(b.menFirst[x]) == j && b.doc.Mentions[x].Label == PER
		}
	}
	return false
}

// dateSetOff reports whether tokens [from, to) are a date set off by
// commas and nothing else (، صباح الأحد،).
func (b *eventBuilder) dateSetOff(from, to int) bool {
	return to > from && b.dateOpenedBy(to-1) == from
}

// dateOnly reports whether tokens [from, to) are one date and nothing
// else, no mark among them (صباح اليوم، أمس الأحد).
func (b *eventBuilder) dateOnly(from, to int) bool {
	if to <= from || b.tokDate[from] < 0 {
		return false
	}
	for k := from; k < to; k++ {
		if b.tokDate[k] != b.tokDate[from] || b.punct(k) != "" {
			return false
		}
	}
	return true
}

// dateOpenedBy returns the comma that opens a date set off by commas
// whose closing comma is token k (، صباح الأحد،): the tokens between are
// the one date's, and nothing else; or -1. The one reader of closesDate
// and dateSetOff.
func (b *eventBuilder) dateOpenedBy(k int) int {
	if k < 2 || b.punct(k) != "," || b.tokDate[k-1] < 0 {
		return -1
	}
	j := k - 1
	for j > 0 && b.tokDate[j-1] == b.tokDate[k-1] {
		j--
	}
	if j > 0 && b.punct(j-1) == "," {
		return j - 1
	}
	return -1
}

// placeSetOffBefore returns the place of a phrase في + place set off by
// commas right before the event noun tr (، في العاصمة الخرطوم، اتفاقا), or
// -1. The noun's own window starts at the noun, so the phrase between a
// light verb and its object is read here.
func (b *eventBuilder) placeSetOffBefore(tr events.Trigger, sentFirst int) int {
	if x := b.placeBeforeDateAside(tr, sentFirst); x >= 0 {
		return x
	}
	if tr.POS != events.Noun || tr.First-2 <= sentFirst || b.punct(tr.First-1) != "," {
		return -1
	}
	x := b.tokMention[tr.First-2]
	if x < 0 || int(b.menLast[x]) != tr.First-1 || b.doc.Mentions[x].Label != LOC || b.rolePart[x] {
		return -1
	}
	for j := int(b.menFirst[x]) - 1; j > sentFirst && j >= tr.First-8; j-- {
		if b.punct(j) != "" || b.tokMention[j] >= 0 {
			return -1
		}
		if b.word(j) == "في" {
			if b.punct(j-1) == "," {
				return int(x)
			}
			return -1
		}
	}
	return -1
}

// placeBeforeDateAside returns the place of في + place told right after a
// light or signing verb and its subject, with a date, set off by commas or
// not, and a count between it and the event noun tr (ووقع الوزيران في
// الدوحة، الخميس، أربع مذكرات تفاهم; ترأس في إربد يوم الأحد الماضي جلسة),
// or -1.
func (b *eventBuilder) placeBeforeDateAside(tr events.Trigger, sentFirst int) int {
	if tr.POS != events.Noun {
		return -1
	}
	k := tr.First - 1
	for n := 0; n < 2 && k > sentFirst && b.punct(k) == "" && b.tokMention[k] < 0 && b.tokDate[k] < 0 &&
		(hasDigit(b.word(k)) || b.isNumberAt(k)); n++ {
		k-- // أربع، 4، عشر
	}
	j := b.dateOpenedBy(k)
	if j < 0 && k > sentFirst && b.tokDate[k] >= 0 {
		// ترأس في إربد يوم الأحد الماضي جلسة: the date right before the
		// noun with no commas.
		j = k
		for j > sentFirst && b.tokDate[j-1] == b.tokDate[k] {
			j--
		}
	}
	if j <= sentFirst+2 {
		return -1
	}
	x := b.tokMention[j-1]
	if x < 0 || int(b.menLast[x]) != j || b.doc.Mentions[x].Label != LOC || b.rolePart[x] {
		return -1
	}
	f := int(b.menFirst[x])
	if f-1 <= sentFirst || b.word(f-1) != "في" {
		return -1
	}
	for i := f - 2; i >= sentFirst && i >= f-10; i-- {
		if b.punct(i) != "" || b.trigAt[i] && !b.signAt(i) {
			return -1
		}
		if y := b.tokMention[i]; y >= 0 && b.doc.Mentions[y].Label == LOC {
			// شهدت بلدة الأتارب … في ريف حلب، الجمعة، تفجيرا: the
			// subject is a place, the host, and في X tells where it lies.
			return -1
		}
		if b.lightAt(i) || b.signAt(i) {
			return int(x)
		}
	}
	return -1
}

// countedAfter reports tokens [from, to) that are at most two numbers,
// in digits or words (ثلاثة، 3، عشرات، مئات): the count of the people
// named at to (مقتل ثلاثة متظاهرين، اعتقال عشرات المحتجين), or none.
func (b *eventBuilder) countedAfter(from, to int) bool {
	if to < from || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if w := b.word(k); !hasDigit(w) && !b.isNumberAt(k) && !isAnyWord(w, "عشرات", "ميات", "الاف") {
			return false
		}
	}
	return true
}

// isNumberAt reports a number written in words at token k (أربع، عشرة).
func (b *eventBuilder) isNumberAt(k int) bool {
	_, next, ok := events.Number(b.tx, k, min(len(b.tx.Tokens), k+1))
	return ok && next == k+1
}

// placeArg returns the place argument of the place mention x of the
// sentence that begins at token sentFirst.
func (b *eventBuilder) placeArg(x, sentFirst int) *Argument {
	m := b.doc.Mentions[x]
	a := b.newArg(Argument{Role: "place", Entity: m.Entity, Text: m.Form, Date: -1})
	if a.Text == "" {
		a.Text = m.Text
	}
	if m.Entity != "" {
		if f := b.facility(x, sentFirst); f != "" {
			a.Text = f
		}
	}
	return a
}

// speechPlace gives a statement the place where it was made, when its
// clause names it before what was said (إن، أن): قال الوزير في مؤتمر
// صحفي بالقاهرة إن، أكد الوزير خلال زيارته إلى عمان أن، قوله أمام طلاب في
// موسكو إن. Only a place after في or ب counts, or the place a visit of
// the clause goes to: after على، عن، حول it is what was spoken of
// (تعليقا على الهجوم في إدلب), and a place in the words said (after
// إن) is theirs. Another verb, a relative clause or the end of the
// sentence before any إن/أن: no place. Bounded to thirty tokens. from is
// the token after the trigger and its agent, if any.
func (b *eventBuilder) speechPlace(d *draft, tr events.Trigger, from int, s normalize.Sentence) {
	if d.place != nil || b.inQuote[tr.First] {
		return
	}
	if x := b.openingPlace(s); x >= 0 && int(b.menLast[x]) < tr.First && tr.First-s.First <= 8 && !b.complementBetween(s.First, tr.First) {
		// وفي أنقرة، قال الرئيس التركي إن: the place that opens the
		// sentence, right before its verb, is where the speaker spoke.
		d.place = b.placeArg(x, s.First)
		return
	}
	end := min(s.Last, from+30)
	trs := b.sentTrs[d.sent]
	// From the triggers fifteen tokens before tr on (a search, not a
	// walk from the sentence's start: a long line has many).
	i0, _ := slices.BinarySearchFunc(trs, tr.First-16, func(o events.Trigger, k int) int { return o.First - k })
	for i := i0; i < len(trs); i++ {
		o := &trs[i]
		if o.First >= end {
			break
		}
		if o.Last <= tr.First && tr.First-o.Last <= 15 && o.Type == events.Meet && b.frontedPress(o, tr) {
			// وخلال مؤتمر صحفي عقده في عمان، أكد الوزير أن: the place of
			// the conference that opens the clause.
			from, end = o.Last+1, min(s.Last, tr.First+30)
		}
		if o.First > tr.First && o.POS != events.Noun && o.POS != events.Participle {
			end = o.First // قال الوزير الذي زار دمشق: another verb's clause
			break
		}
	}
	// First where the clause ends, and whether it names anything at all:
	// most statements go on with إن right after their speaker.
	limit, named, press, closed := end, false, false, false
	for k := from; k < end; k++ {
		if p := b.punct(k); p != "" && p != "," {
			limit = k
			// كما قال الناطق خلال مؤتمر صحفي في طهران.
			closed = press && p == "."
			break
		}
		if named && k > from && b.punct(k) == "," && b.objectNounAt(d.sent, k+1) {
			// أعلن الحريري، ظهر اليوم، من القصر الجمهوري في بعبدا، تريثه
			// في تقديم استقالته: an aside set off by commas before what
			// was announced, an event noun, tells where it was said as
			// one before إن does.
			limit, closed = k, true
			break
		}
		if x := b.tokMention[k]; x >= 0 {
			named = true
			k = int(b.menLast[x]) - 1
			continue
		}
		w := b.word(k)
		if isComplementizer(w) {
			limit, closed = k, true
			break
		}
		press = press || k > 0 && b.trigAt[k-1] && isPressWord(w)
	}
	if !named || !closed && !(press && end == s.Last) {
		return
	}
	topic := false
	for k := from; k < limit; k++ {
		w := b.word(k)
		if isWhichWord(w) {
			return
		}
		x := b.tokMention[k]
		if x < 0 && len(w) >= len("وتقيم") && (strings.HasPrefix(w, "وي") || strings.HasPrefix(w, "وت")) {
			// وتقيم في حيفا: a verb joined by و, another clause.
			topic = true
		}
		if w == "عن" && k > 0 && isAnyWord(b.word(k-1), "صدر", "صادر", "الصادر", "صادره", "الصادره") && strings.HasPrefix(b.word(k+1), "مكتب") {
			continue // في بيان صدر عن مكتبها في عدن: who issued it, from where
		}
		if isTopicWord(w) || isAnyConj(w, "علي", "عن", "تعليقا", "ردا") || b.trigAt[k] && !b.settingAt(d.sent, k) {
			// تعليقا على الهجوم في إدلب: what was spoken of, and where
			// that happened.
			topic = true
		}
		if x < 0 {
			continue
		}
		first := k
		k = int(b.menLast[x]) - 1
		if topic || int(b.menFirst[x]) != first || b.doc.Mentions[x].Label != LOC || b.rolePart[x] {
			continue
		}
		if from > tr.Last && (first == from || first == from+1 && isAnyWord(b.word(from), "في")) {
			// Right after an organization, a country is its branch's (أعلن
			// الصليب الأحمر في سوريا), not where it spoke; a city or a
			// province is where the body sits and spoke (أكدت وزارة
			// الخارجية الهندية في نيودلهي أنها).
			if a := b.tokMention[from-1]; a >= 0 && b.doc.Mentions[a].Label == ORG {
				if _, city := entities.PlaceCountry(fold.String(b.doc.Mentions[x].Form)); !city {
					continue
				}
			}
		}
		if after := int(b.menLast[x]); after < limit && b.tokMention[after] >= 0 {
			// قال القيادي الكردي في كوباني شرفان درويش: a place right
			// before a name describes the speaker.
			continue
		}
		if !b.topicPlace(tr, first) && b.speechPlaceAt(int(x)) {
			d.place = b.placeArg(int(x), s.First)
			return
		}
	}
}

// objectNounAt reports an event noun with no preposition on it at token
// k of sentence si: the object of a verb of saying (أعلن … تريثه، أعلن …
// فوز الرئيس).
func (b *eventBuilder) objectNounAt(si, k int) bool {
	if k >= len(b.tx.Tokens) || !b.trigAt[k] {
		return false
	}
	trs := b.sentTrs[si]
	i, _ := slices.BinarySearchFunc(trs, k, func(o events.Trigger, k int) int { return o.First - k })
	return i < len(trs) && trs[i].First == k && trs[i].POS == events.Noun && strings.Trim(trs[i].Proclitic, "وف") == ""
}

// frontedPress reports the trigger o, before the statement trigger tr of
// its sentence, a press conference after في or خلال that opens tr's
// clause (وخلال مؤتمر صحفي في عمان، قال; pressFrame keeps it from being
// a meeting of its own).
func (b *eventBuilder) frontedPress(o *events.Trigger, tr events.Trigger) bool {
	if o.Type != events.Meet || o.POS != events.Noun || !isPressWord(b.word(o.Last)) {
		return false
	}
	if !strings.HasSuffix(o.Proclitic, "ب") && !isAnyConj(b.word(o.First-1), "في", "خلال", "اثناء") {
		return false
	}
	for k := o.Last; k < tr.First; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return false
		}
	}
	return true
}

// speechPlaceAt reports the place mention m after في or with ب written
// on it (في القاهرة، بالقاهرة), or after إلى or ل right after a visit
// noun (زيارته إلى عمان، زيارته لعمان): where a statement was made.
func (b *eventBuilder) speechPlaceAt(m int) bool {
	first := int(b.menFirst[m])
	if b.prepOn(m) {
		ts := b.tx.SourceOffset(b.tx.Tokens[first].Start)
		if pre := strings.TrimLeft(fold.String(b.tx.Source[ts:b.doc.Mentions[m].Start]), "وف"); pre == "ب" {
			return true
		}
		return b.visitTriggerAt(first - 1)
	}
	prev := b.word(first - 1)
	if b.afterIn(first) || isAnyConj(prev, "بمدينه", "ببلده", "بمحافظه", "بولايه", "بمنطقه", "بضاحيه", "بحي", "بقريه") {
		// في مؤتمر صحفي عقده في مدينة البيضاء، بمدينة صور، في مقر الهيئة
		// بضاحية مصر الجديدة
		return true
	}
	return isAnyWord(prev, "الي") && b.visitTriggerAt(first-2)
}

// settingAt reports a trigger at token k of sentence si that tells where
// a statement was made (a visit, a press conference, the statement's own
// words: في تصريحات للصحفيين), not what it was about.
func (b *eventBuilder) settingAt(si, k int) bool {
	trs := b.sentTrs[si]
	i, _ := slices.BinarySearchFunc(trs, k, func(o events.Trigger, k int) int { return o.First - k })
	for ; i < len(trs) && trs[i].First == k; i++ {
		switch trs[i].Type {
		case events.Visit, events.Meet, events.Statement:
			return true
		}
	}
	return false
}

// visitTriggerAt reports a visit noun at token k (زيارته، زيارة).
func (b *eventBuilder) visitTriggerAt(k int) bool {
	if k < 0 || !b.trigAt[k] {
		return false
	}
	return isAnyConj(b.word(k), "زياره", "زيارته", "زيارتها", "زيارتهم", "زيارتهما", "جوله", "جولته", "جولتها")
}

// dual reports a trigger verb in the dual (بحثا، التقيا، اتفقا، يبحثان):
// its subject is two, the parties of the clause before.
func (b *eventBuilder) dual(tr events.Trigger) bool {
	if tr.Last-tr.First != 1 || tr.POS == events.Noun {
		return false
	}
	w := strings.TrimPrefix(b.word(tr.First), fold.String(tr.Proclitic))
	lemma := b.foldedLemma(tr.Lemma)
	if tr.POS == events.Imperfect {
		stem, ok := strings.CutSuffix(w, "ان")
		return ok && len(stem) > len("ي") && len(lemma) > len("ي") && stem[len("ي"):] == lemma[len("ي"):]
	}
	return w == lemma+"ا"
}

// openingPlace returns the place mention that opens sentence s after
// (و)في and closes with a comma (وفي الجزائر، …), or -1. It frames the
// first forty tokens of the sentence.
func (b *eventBuilder) openingPlace(s normalize.Sentence) int {
	k := s.First
	if k+1 >= s.Last || !isAnyWord(b.word(k), "في", "وفي") {
		return -1
	}
	first := k + 1
	if w := b.word(first); (isAreaHead(w) || w == "بلده") && b.tokMention[first] < 0 {
		first++ // وفي محافظة درعا، …: the place after its head
	}
	if first >= s.Last {
		return -1
	}
	x := b.tokMention[first]
	if x < 0 || int(b.menFirst[x]) != first || b.doc.Mentions[x].Label != LOC || b.punct(int(b.menLast[x])) != "," {
		return -1
	}
	return int(x)
}

// topicPlace reports a place at token k after في and a noun of the state
// of affairs (التطورات في اليمن، الأوضاع في سوريا، الأزمة في ليبيا) in
// the words after a meeting, a call, a statement or an appeal: what they
// were about, not where they were held.
func (b *eventBuilder) topicPlace(tr events.Trigger, k int) bool {
	switch tr.Type {
	case events.Meet, events.Contact, events.Statement, events.Appeal:
	default:
		return false
	}
	if (tr.Type == events.Meet || tr.Type == events.Contact) && k >= tr.Last+2 && b.projectBefore(k) {
		return true // بحث الجانبان إقامة معرض مشترك في طشقند: where the project is to be
	}
	return k >= tr.Last+2 && b.word(k-1) == "في" && (isAffairsNoun(b.word(k-2)) || isAffairsNoun(trimConj(b.word(k-2))))
}

// projectBefore reports a noun of setting up or holding something (إقامة،
// إنشاء، بناء، إطلاق، تنفيذ، تشييد; not تنظيم, also the organization of
// تنظيم "داعش") among the eight words before
// token k, in its clause: a place or a date at k tells where or when that
// project is to be, which a meeting that discusses it (بحث الوزيران
// إقامة معرض مشترك في طشقند في مارس المقبل) is not.
func (b *eventBuilder) projectBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && b.punct(j) == ""; j-- {
		if b.tokMention[j] >= 0 {
			continue // تنظيم داعش: a name's word, no project
		}
		switch strings.TrimPrefix(strings.TrimPrefix(trimConj(b.word(j)), "ب"), "ل") {
		case "اقامه", "انشاء", "بناء", "اطلاق", "تنفيذ", "تشييد":
			return true
		}
	}
	return false
}

// isAffairsNoun reports the nouns of a state of affairs (topicPlace).
func isAffairsNoun(w string) bool {
	switch w {
	case "التطورات", "تطورات", "المستجدات", "مستجدات", "الاوضاع", "اوضاع", "الوضع", "وضع", "الازمه", "ازمه", "الاحداث",
		"الصراع", "النزاع", "الحرب", "ملف", "الملف":
		return true
	}
	return false
}

// whileAt reports a word that opens a clause of another fact at token k:
// فيما، بينما, or حين after في (في حين: whereas).
func (b *eventBuilder) whileAt(k int) bool {
	w := b.word(k)
	return isWhileWord(w) || k > 0 && isAnyWord(w, "حين") && isAnyConj(b.word(k-1), "في")
}

// whileElsewhere reports a word that opens a clause of another fact
// (whileAt) among tokens [from, to), when that clause names a place of
// its own before the sentence's end (last): وفي الخرطوم، خرج الآلاف …،
// في حين قتل ثلاثة في اشتباكات بمنطقة قريضة: the place that opens the
// sentence frames the first clause only. A clause that names none goes
// on where the sentence is (وفي الحسيمة، شهدت الأحياء مسيرات، فيما أغلق
// التجار محلاتهم).
func (b *eventBuilder) whileElsewhere(from, to, last int) bool {
	for k := max(from, 0); k < to; k++ {
		if !b.whileAt(k) {
			continue
		}
		for j := k + 1; j < last; j++ {
			if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] {
				return true
			}
		}
		return false
	}
	return false
}

// isWhileWord reports فيما and بينما, with a conjunction: they open
// another clause (place).
func isWhileWord(w string) bool {
	switch w {
	case "فيما", "بينما", "وفيما", "وبينما":
		return true
	}
	return false
}

// nisbaAt reports whether token k is a nisba adjective (events.IsNisba),
// with a quick test of the article first.
func (b *eventBuilder) nisbaAt(k int) bool {
	w := b.word(k)
	return strings.HasPrefix(w, "ال") && events.IsNisba(w)
}

// visitBefore reports a visit told outside quotes in sentence si before
// token k.
func (b *eventBuilder) visitBefore(si, k int) bool {
	for _, o := range b.sentTrs[si] {
		if o.Type == events.Visit && o.Last <= k && !b.inQuote[o.First] {
			return true
		}
	}
	return false
}

// actorInSentence reports whether mention x is a participant of an
// event told before d in its sentence (غارات شنتها دمشق مع حليفتها
// موسكو: an actor, not the place هذه المنطقة refers to).
func (b *eventBuilder) actorInSentence(d *draft, x int) bool {
	p := b.mentionParticipant(x)
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent; i-- {
		if containsParticipant(b.drafts[i].parts, p) {
			return true
		}
	}
	return false
}

// cargoPlace gives aid carried by a vehicle that arrives the place it
// arrives at: وصلت إلى عدن طائرة سعودية تحمل مساعدات طبية، هبطت في مطار
// صنعاء، صباح الأحد، طائرة محملة بالأدوية. The aid noun stands three
// tokens at most after a word of carrying (تحمل، محملة، على متنها) that
// follows the vehicle (an adjective may come between); the arrival verb
// and the place come before the vehicle in its sentence, twelve tokens
// at most. The vehicle is no participant, so the arrival itself is read
// as no visit, and the aid had no place.
func (b *eventBuilder) cargoPlace(d *draft, sentFirst int) {
	if d.ev.Type != events.Aid || d.place != nil || d.dropped || d.tr.POS != events.Noun {
		return
	}
	// The vehicle is the trigger itself (أول طائرة إغاثة، قافلة
	// مساعدات), or it carries the aid the trigger names.
	v := b.aidVehicle(d.tr, sentFirst)
	itself := v >= 0
	if !itself {
		k := d.tr.First - 1
		for ; ; k-- {
			if k < sentFirst || k < d.tr.First-4 || b.punct(k) != "" {
				return
			}
			if isCarryWord(b.word(k)) {
				break
			}
		}
		v = k - 1
		if v > sentFirst && !isVehicleNoun(trimConj(b.word(v))) && b.word(v) == "علي" {
			v-- // على متنها
		}
		if v > sentFirst && !isVehicleNoun(trimConj(b.word(v))) {
			v-- // طائرة سعودية، سفينة إماراتية
		}
		if v < sentFirst || !isVehicleNoun(trimConj(b.word(v))) {
			return
		}
	}
	place := -1
	for j := v - 1; j >= sentFirst && j >= v-12; j-- {
		if itself && b.punct(j) != "" {
			// ووصلت إلى مطار كسلا، مساء أمس السبت، أول طائرة إغاثة: a
			// date set off by commas is stepped over; another mark ends
			// the vehicle's clause.
			if o := b.dateOpenedBy(j); o >= 0 {
				j = o
				continue
			}
			return
		}
		if itself && b.verbTriggerAt(j) && !conjIs(b.word(j), isArrivalVerb) {
			return // another event's verb between: its own clause
		}
		if x := b.tokMention[j]; x >= 0 {
			if b.doc.Mentions[x].Label != LOC || b.rolePart[x] {
				return
			}
			j = int(b.menFirst[x])
			if b.word(j-1) != "من" {
				place = int(x) // not the origin: وصلت من الرياض إلى عدن
			}
			continue
		}
		if conjIs(b.word(j), isArrivalVerb) {
			if place >= 0 {
				d.place = b.placeArg(place, sentFirst)
			}
			return
		}
	}
}

// electedCouncil reads an election noun followed by the name of a local
// council that carries its city (انتخابات المجلس البلدي لمدينة مصراتة،
// انتخابات مجلس محافظة نينوى، انتخابات بلدية صفاقس): the council is what
// is elected, no participant, and its city, when the text names it as a
// place of its own, is where the vote was, unless a place is told.
func (b *eventBuilder) electedCouncil(d *draft) {
	tr := d.tr
	if d.ev.Type != events.Election || tr.POS != events.Noun || d.dropped || tr.Last >= len(b.tokMention) {
		return // (a text that ends with the noun: موعد الانتخابات)
	}
	x := b.tokMention[tr.Last]
	if x < 0 || int(b.menFirst[x]) != tr.Last || b.doc.Mentions[x].Label != ORG {
		return
	}
	words := strings.Fields(fold.String(b.doc.Mentions[x].Form))
	i := 0
	switch {
	case len(words) >= 3 && words[0] == "المجلس" && (words[1] == "البلدي" || words[1] == "المحلي"):
		i = 2
	case len(words) >= 3 && words[0] == "مجلس" && (words[1] == "بلديه" || words[1] == "محافظه"):
		i = 2
	case len(words) >= 2 && words[0] == "بلديه":
		i = 1
	default:
		return
	}
	council := b.mentionParticipant(int(x))
	d.parts = slices.DeleteFunc(d.parts, council.same)
	if d.place != nil {
		return
	}
	if words[i] == "لمدينه" || words[i] == "مدينه" || words[i] == "لمحافظه" {
		i++
	}
	cities := []string{strings.Join(words[i:], " ")}
	if c, ok := strings.CutPrefix(cities[0], "ل"); ok && len(words) == i+1 {
		// لمصراتة; a city whose name begins with ل (بلدية لندن،
		// مجلس محافظة لحج) is tried first as written.
		cities = append(cities, c)
	}
	for _, city := range cities {
		for _, e := range b.doc.Entities {
			if e.Label == LOC && fold.String(e.Name) == city {
				d.place = &Argument{Role: "place", Entity: e.ID, Text: e.Name, Date: -1}
				return
			}
		}
	}
}

// aidVehicle returns the token of the vehicle that an aid noun is or
// names right after it (طائرة إغاثة، أول طائرة إغاثية، سفينة مساعدات،
// قافلة إغاثة), or -1.
func (b *eventBuilder) aidVehicle(tr events.Trigger, sentFirst int) int {
	if tr.Type != events.Aid || tr.POS != events.Noun {
		return -1
	}
	if isVehicleNoun(trimConj(b.word(tr.First))) {
		return tr.First
	}
	if k := tr.First - 1; k >= sentFirst && isVehicleNoun(trimConj(b.word(k))) {
		return k
	}
	return -1
}

// isCarryWord reports a word (folded) of a vehicle's carrying its load:
// تحمل، يحمل، محملة، محملتين، تقل، متنها (على متنها).
func isCarryWord(w string) bool {
	switch w {
	case "تحمل", "يحمل", "تحملان", "يحملان", "محمله", "محملا", "محملتين", "محملتان", "محملين", "محملان", "محملات", "تقل", "يقل", "متنها", "متنه":
		return true
	}
	return false
}

// isVehicleNoun reports a vehicle that carries aid (folded, with or
// without the article): طائرة، سفينة، باخرة، شاحنة، قافلة and their plurals.
func isVehicleNoun(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "طايره", "طايرات", "طايرتين", "طايرتان", "سفينه", "سفن", "سفينتين", "باخره", "بواخر", "شاحنه", "شاحنات", "قافله", "قوافل", "مروحيه", "مروحيات":
		return true
	}
	return false
}

// isArrivalVerb reports a verb (folded; conjIs reads its conjunction) of a
// vehicle's arrival: وصلت، هبطت، حطت، رست and their imperfects (not تدخل,
// also the noun "intervention").
func isArrivalVerb(w string) bool {
	switch w {
	case "وصلت", "تصل", "وصل", "يصل", "وصلتا", "هبطت", "تهبط", "حطت", "تحط", "رست", "ترسو", "دخلت":
		return true
	}
	return false
}

// placeBefore gives an incident told without a place (وأسفر القصف عن
// مقتل 5) the place of the incident told just before it in the same
// paragraph, in its sentence or the one before.
func (b *eventBuilder) placeBefore(d *draft) {
	if d.place != nil || d.dropped {
		return
	}
	across := false // may take a place from the sentence before
	switch d.ev.Type {
	case events.Attack, events.Death, events.Injury:
		// وقصفت الطائرات بلدة كفرنبل. وقتل خمسة مدنيين: the toll and the
		// strikes told next are the same incident's.
		across = true
	case events.Arrest, events.Displacement, events.Discovery:
		// واعتقلت قوات الأمن عشرات المحتجين، وعثرت فرق الإنقاذ على
		// جثث after a sentence about strikes or a flight elsewhere:
		// another incident; only the sentence's own incident lends one.
	default:
		return
	}
	own := 0 // ownPlacePhrase(d) or a toll of its own, read once: 1 no, 2 yes
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p == d || p.dropped || p.tr.First >= d.tr.First {
			continue
		}
		if p.ev.Section != d.ev.Section || d.sent-p.sent > 1 {
			return
		}
		if d.sent != p.sent {
			if !across {
				return
			}
			if own == 0 {
				// Read once for d, not for each event of the sentence
				// before: tollTotal reads d's sentence up to d.
				own = 1
				if b.ownPlacePhrase(d) || b.ownPlaceName(d) {
					own = 2
				} else if (d.ev.Type == events.Death || d.ev.Type == events.Injury) && (b.otherMatterOpens(d.sent) || b.tollTotal(d) || b.tollOwnCause(d)) {
					// وفي سياق منفصل، أعلنت الوزارة مقتل 5 في حادث سير; قتل 22
					// شخصا منذ بدء الاحتجاجات: another incident, or many.
					own = 2
				}
			}
			if own == 2 {
				return
			}
		}
		if d.ev.Type == events.Arrest && d.sent == p.sent && b.carriedBetween(p.tr.Last, d.tr.First) {
			// أصيب سبعة …، ونقلت سيارات الإسعاف المصابين إلى مستشفى
			// أسوان، وأمرت النيابة بالتحفظ على السائق: the incident's place
			// is not where the arrest was made.
			return
		}
		switch p.ev.Type {
		case events.Attack, events.Death, events.Injury, events.Arrest, events.Displacement, events.Discovery, events.Aid, events.Protest:
			if p.place != nil {
				pl := *p.place
				if d.sent != p.sent && p.area != nil {
					// كما شهدت منطقة الضباب جنوب غرب تعز اشتباكات. وقتل
					// أربعة مدنيين: the sentence after a district's event
					// is in its city, not in that district.
					pl = *p.area
				}
				d.place = &pl
				return
			}
		}
	}
}

// carriedBetween reports a place named, from token from to token to, as
// where a verb of carrying took someone (carriedTo).
func (b *eventBuilder) carriedBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k && b.carriedTo(int(x)) {
			return true
		}
	}
	return false
}

// ownPlacePhrase reports a place told without a name in the clause of d's
// trigger, a place noun and a nisba after a preposition (قبالة السواحل
// الليبية، قرب الحدود التركية، في المياه الإقليمية اليونانية): the event
// says where it was, so a place of another sentence is not its place.
func (b *eventBuilder) ownPlacePhrase(d *draft) bool {
	for k := d.tr.Last + 1; k+1 < len(b.tx.Tokens) && k <= d.tr.Last+15; k++ {
		if p := b.punct(k); p != "" && p != "\"" {
			return false
		}
		if isPlaceNounNoName(strings.TrimPrefix(trimConj(b.word(k)), "ب")) && b.tokMention[k] < 0 && b.nisbaAt(k+1) {
			return true
		}
	}
	return false
}

// ownPlaceName reports a place named after في (في حمص، في مدينة حماة)
// in the sentence of d's trigger, from its start (forty tokens back at
// most) to twenty tokens after the trigger (واستهدفت ضربات طيران
// التحالف، مخازن سلاح في معسكر مره بمحافظة شبوة، التي شهدت مواجهات):
// the sentence says where it was, though the event's place was not read
// (a comma ends its actors), so a place of the sentence before is not
// its place.
func (b *eventBuilder) ownPlaceName(d *draft) bool {
	s := b.tx.Sentences[d.sent]
	for k := max(s.First, d.tr.First-40, 1); k < s.Last && k <= d.tr.Last+20; k++ {
		if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k && b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && b.afterIn(k) {
			return true
		}
	}
	return false
}

// afterIn reports a name at token k written after في, or after في and a
// town word (في حمص، في مدينة حماة، في بلدة، في محافظة): where something
// is (ownPlaceName, speechPlaceAt).
func (b *eventBuilder) afterIn(k int) bool {
	prev := b.word(k - 1)
	return isAnyConj(prev, "في") || isAnyWord(prev, "مدينه", "بلده", "محافظه") && isAnyConj(b.word(k-2), "في")
}

// isPlaceNounNoName reports the nouns of a place that a nisba, not a name,
// qualifies (ownPlacePhrase).
func isPlaceNounNoName(w string) bool {
	switch w {
	case "السواحل", "الساحل", "الشواطي", "الحدود", "المياه", "الاراضي", "الاجواء", "الصحراء", "العاصمه", "المدن", "القري",
		"المناطق", "الجزر", "البحريه":
		return true
	}
	return false
}

// cityOfOffice returns the city named right after the place mention m
// when m only names whose office building it is (قرب مبنى ديوان محافظة ذي
// قار وسط مدينة الناصرية، أمام مقر وزارة الداخلية في مدينة X): the city
// says where, the governorate owns the building. -1 otherwise.
func (b *eventBuilder) cityOfOffice(m, hi int) int {
	first := int(b.menFirst[m])
	if first < 2 {
		return -1
	}
	k := first - 1
	if isAnyWord(b.word(k), "محافظه", "ولايه", "وزاره", "بلديه") {
		k--
	}
	if !isAnyWord(trimConj(b.word(k)), "ديوان", "مبني", "مقر", "بمبني", "بمقر", "بديوان") {
		return -1
	}
	for j := int(b.menLast[m]); j < hi && j < int(b.menLast[m])+4; j++ {
		if b.punct(j) != "" {
			return -1
		}
		if x := b.tokMention[j]; x >= 0 {
			if b.doc.Mentions[x].Label == LOC && !b.rolePart[x] && isAnyWord(b.word(j-1), "مدينه", "بمدينه", "وسط") {
				return int(x)
			}
			return -1
		}
	}
	return -1
}

// Facilities: a place inside a place.
func isFacility(w string) bool {
	if facilityNoun(strings.TrimPrefix(strings.TrimPrefix(w, "ب"), "ال")) {
		return true // فندق: its ف is the word's
	}
	t := trimConj(w)
	return len(t) != len(w) && facilityNoun(strings.TrimPrefix(strings.TrimPrefix(t, "ب"), "ال"))
}

// termWord reports a word of a court's sentence after its verb or noun
// (folded, with or without و and ب): the court (محكمة مصرية، الدائرة
// الجنائية), the penalty and its length (بسجن، بالإعدام، بعشرين سنة
// سجنا نافذا), في حق.
func (b *eventBuilder) termWord(k int) bool {
	w := strings.TrimPrefix(trimConj(b.word(k)), "ب")
	if r, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(r) > 1 {
		w = r
	}
	switch w {
	case "سجن", "حبس", "اعدام", "سجنا", "حبسا", "نافذا", "نافذه", "نافذ", "موقوف", "موقوفه", "موقوفا", "مويد", "موبد",
		"اشغال", "شاقه", "غرامه", "براءه", "حق", "محكمه", "قاضي", "قاض", "دايره", "غرفه", "هييه", "جنايات", "جنح",
		"عاما", "اعوام", "عام", "سنوات", "سنه", "سنتين", "عامين", "اشهر", "شهرا", "شهور", "ايام", "يوما":
		return true
	}
	if b.word(k) == "واحده" {
		return true // سنة واحدة (its و is the word's)
	}
	if events.IsNisba(w) {
		return true // محكمة مصرية، الجنائية، العسكرية
	}
	_, _, ok := events.Number(b.tx, k, k+1)
	return ok
}

// isSentencedTo reports the verbal noun of a sentence with its ب (folded),
// a court's ruling on the person after it: قضت المحكمة بسجن فلان, not
// the prison of في سجن صيدنايا.
func isSentencedTo(w string) bool {
	return isAnyConj(w, "بسجن", "بحبس")
}

// worksBefore reports whether the place name whose first token is first
// follows the noun of an industrial or transport works, right before it
// or with one common noun between (في مصفى بيجي، بمحطة قطار طنطا، في
// مصفاة نفط الدورة، بمحطة كهرباء الزهراني): such works are named after
// the town they stand in, which is where what happens there happens,
// not who does it. (An embassy or a university is named after whom it
// belongs to: سفارة السعودية في طهران; they are not listed.)
func (b *eventBuilder) worksBefore(first int) bool {
	if first < 1 {
		return false
	}
	if isWorksNoun(b.word(first - 1)) {
		return true
	}
	if first < 2 || b.tokMention[first-1] >= 0 || b.punct(first-1) != "" || b.punct(first-2) != "" {
		return false
	}
	// The one noun between is the works' kind, indefinite (قطار، نفط،
	// كهرباء، فوسفات).
	mid := b.word(first - 1)
	if strings.HasPrefix(mid, "ال") || utf8.RuneCountInString(mid) < 3 {
		return false
	}
	return isWorksNoun(b.word(first - 2))
}

// isWorksNoun reports the folded noun of an industrial or transport works
// named after its town, with or without و and ب (مصفاة، بمحطة، ومنجم).
func isWorksNoun(w string) bool {
	w = strings.TrimPrefix(trimConj(w), "ب")
	switch w {
	case "مصفاه", "مصفي", "محطه", "مصنع", "معمل", "منجم", "مناجم", "حقل", "حقول", "ميناء", "مطار":
		return true
	}
	return false
}

func facilityNoun(w string) bool {
	switch w {
	case "مقر", "مبني", "قاعه", "فندق", "مطار", "ميناء", "قاعده", "سجن", "مستشفي", "جامعه", "ثكنه", "مستودع",
		"معسكر", "مخيم", "سوق", "مسجد", "كنيسه", "مدرسه", "سفاره", "قنصليه", "معبر", "مصنع", "محطه", "مركز", "قصر":
		return true
	}
	return false
}

// facility returns the facility written before the place mention m (في
// مقر الائتلاف الوطني في اسطنبول، في ثكنة عسكرية … بحمص، مطار المزة) as the
// text from the facility to the place, or "".
func (b *eventBuilder) facility(m, sentFirst int) string {
	first := int(b.menFirst[m])
	if first > sentFirst && isFacility(b.word(first-1)) {
		return b.sourceText(first-1, int(b.menLast[m]))
	}
	for k := first - 1; k >= sentFirst && k >= first-7; k-- {
		if b.punct(k) != "" {
			return ""
		}
		if isFacility(b.word(k)) {
			if k > sentFirst && isAnyConj(b.word(k-1), "في", "داخل", "امام", "قرب") || strings.HasPrefix(b.word(k), "ب") {
				return b.sourceText(k, int(b.menLast[m]))
			}
			return ""
		}
	}
	return ""
}

// saidToCome reports whether a date's text says it is yet to come
// (المقبل، القادم, as the status of an event reads it), whatever day it
// resolves to.
func saidToCome(text string) bool {
	for _, w := range strings.Fields(fold.String(text)) {
		if events.IsPlannedAfter(strings.TrimPrefix(w, "و")) {
			return true
		}
	}
	return false
}

// namesWeekday reports whether a date's text names a weekday.
func namesWeekday(text string) bool {
	for _, w := range strings.Fields(fold.String(text)) {
		if weekdayWords[strings.TrimPrefix(w, "و")] {
			return true
		}
	}
	return false
}

// dateText returns the text of date x folded, read once a document.
func (b *eventBuilder) dateText(x int) string {
	if b.dateFolded[x] == "" {
		b.dateFolded[x] = fold.String(b.doc.Dates[x].Text)
	}
	return b.dateFolded[x]
}

// toldBefore reports whether a statement of sentence si ends at or before
// token k with no complementizer from its end to k: a date there may be
// the telling's (timeOf asks it of each date before a trigger). The
// latest statement ending there decides: the first complementizer from a
// token on (nextComp) comes no sooner from a later token, so when there
// is one between the latest statement and k, there is one after every
// earlier statement too. The ends are read once a sentence, so that a
// long sentence of statements and dates costs no scan of its triggers
// per date.
func (b *eventBuilder) toldBefore(si, k int) bool {
	if b.stmtSent != si {
		b.stmtSent, b.stmtEnds = si, b.stmtEnds[:0]
		for _, o := range b.sentTrs[si] {
			if o.Type == events.Statement {
				b.stmtEnds = append(b.stmtEnds, int32(o.Last))
			}
		}
		slices.Sort(b.stmtEnds)
	}
	i, _ := slices.BinarySearch(b.stmtEnds, int32(k)+1) // the first end after k
	return i > 0 && !b.complementBetween(int(b.stmtEnds[i-1]), k)
}

// contrastBetween reports فيما، بينما or في حين between tokens from and
// to: a clause of its own opens there.
func (b *eventBuilder) contrastBetween(from, to int) bool {
	for j := from + 1; j < to; j++ {
		if w := b.word(j); isAnyConj(w, "فيما", "بينما") || w == "حين" && b.word(j-1) == "في" {
			return true
		}
	}
	return false
}

// ownDateAfter reports a date after token from in its clause, before a
// full stop, a colon, another فيما/بينما or token last (the sentence's
// end, past its last token).
func (b *eventBuilder) ownDateAfter(from, last int) bool {
	for j := from + 1; j < last; j++ {
		if p := b.punct(j); p != "" && p != "," {
			return false
		}
		if isAnyConj(b.word(j), "فيما", "بينما") {
			return false
		}
		if b.tokDate[j] >= 0 {
			return true
		}
	}
	return false
}

// timeOf sets the draft's time: the date nearest the trigger in its
// window, else (but for statements) in its sentence. Ticker and
// related-story events take no date relative to the article's.
func (b *eventBuilder) timeOf(d *draft, tr events.Trigger, lo, hi int, s normalize.Sentence, speech, opening bool) {
	best, bestDist := -1, 1<<30
	told, toldDist := -1, 1<<30 // the best date of the telling verb before the trigger
	within := ""                // when set, only dates whose value starts so
	consider := func(k int) {
		x := int(b.tokDate[k])
		if x < 0 || int(b.dateFirst[x]) != k {
			return
		}
		dt := b.doc.Dates[x]
		if dt.Value == "" || strings.HasPrefix(b.dateText(x), "منذ") && !strings.Contains(dt.Value, "/") && !b.closedSince(tr, k, dt) {
			// للمرة الأولى منذ 22 عاما: when a span began, not when the
			// event was; but منذ … وحتى … closes the span (سجلت منذ الأول
			// من يناير وحتى السادس من أبريل 21 وفاة): the counted events'.
			return
		}
		if within != "" && !strings.HasPrefix(dt.Value, within) {
			return
		}
		if b.inSinceClause(k, tr) && !b.afterDocDay(dt.Value) {
			// حكومته السابعة منذ تشكيلها في حزيران 2016، … وأدى الوزراء
			// اليمين: the date of what the span began with, not the event's.
			// A date to come is none (جلسته الأولى منذ الأزمة مطلع الأسبوع
			// المقبل: the meeting's own).
			return
		}
		if ft := b.dateText(x); (strings.HasPrefix(ft, "حتي") || strings.HasPrefix(ft, "وحتي") || strings.HasPrefix(ft, "لغايه") || b.untilBefore(k)) && b.afterDocDay(dt.Value) {
			// تمديد الاتفاق حتى نهاية 2018: when a span yet to run ends,
			// not when the event was (وحتى فجر أمس may date the report).
			return
		}
		if tr.Type == events.Statement && tr.POS == events.Perfect && d.ev.Status == events.Past && b.afterDocDay(dt.Value) && saidToCome(dt.Text) {
			// أعلنت الهيئة موافقتها على طرح الأسهم في 15 نيسان المقبل:
			// what was said is dated, not the saying, which is done.
			return
		}
		if (tr.Type == events.Agreement || tr.Type == events.Statement) && b.effectiveFrom(k) && b.afterDocDay(dt.Value) {
			// اتفاق يقضي بخفض الإنتاج اعتبارا من الأول من يناير المقبل،
			// أعلنت انسحابها ابتداء من العام القادم: when what was agreed
			// or announced takes effect, yet to come, not when it was
			// agreed. What changes then is dated so (a suspension from
			// Sunday, a rate raised from the 16th: the decision's day).
			return
		}
		if k >= tr.Last && d.ev.Status == events.Past && b.afterDocDay(dt.Value) && b.provisoBetween(tr.Last, k) {
			// وقع الوزيران مذكرة تفاهم، على أن تبدأ الدراسات مطلع العام
			// المقبل: the date to come is the proviso's, what is to follow
			// the act, not when the act was done.
			return
		}
		if !d.relativeOK && !hasDigit(dt.Text) && !(b.doc.Sections[d.ev.Section].Area() == "ticker" && namesWeekday(dt.Text)) {
			// A ticker's headline naming a weekday (يترأس اجتماع المجلس
			// الخميس المقبل) is dated by it, read against the page's day
			// as the annotations read it; its اليوم or أمس is the
			// headline's own day, which the page does not give.
			return
		}
		if k > tr.Last && k >= 2 && b.word(k-1) == "في" && isAnyWord(b.word(k-2), "الموقع", "الموقعه", "المبرم", "المبرمه") {
			// مذكرة تفاهم جديدة تحل محل المذكرة الموقعة في 2 فبراير 2017:
			// the day another text was signed, not this act's.
			return
		}
		if k >= tr.Last && (b.topicDate(k) || (tr.Type == events.Meet || tr.Type == events.Contact) && b.projectBefore(k)) {
			return // لقاء استمع فيه لمطالبهم المتعلقة بانقطاع الكهرباء صيف 2022: what was spoken of
		}
		if k < tr.First && b.closedRelative(k, tr.First) {
			return // حررت السفينة التي خطفها قراصنة في ديسمبر، واعتقلت: the hijacking's date
		}
		if k < tr.First && b.contrastBetween(k, tr.First) && b.ownDateAfter(tr.Last, s.Last) {
			// فككت الوحدات أمس الثلاثاء عبوتين، فيما أصيب ثلاثة مدنيين
			// بانفجار لغم يوم الأحد الماضي: the earlier clause's day; the
			// clause فيما opens tells its own.
			return
		}
		if (k < tr.First || k >= tr.Last) && b.yearOfThing(k, dt.Value) {
			return // جلسة لإقرار موازنة عام 2018، خطة 2030: the budget's year, not the session's
		}
		if k >= tr.Last && b.inDescription(tr.Last, k) {
			return // قال جيش الثوار -وهو تحالف تشكل هذا العام، في بيان امس-: the description's date
		}
		if k >= tr.Last && b.relativeSetOff(tr.Last, k) {
			return // مساعدات في المنطقة للعام المالي، الذي يبدأ في يوليو: the year's start
		}
		if k < tr.First && tr.POS != events.Noun && b.afterThatBefore(tr.First) && !b.tollBefore(d, tr) {
			// ارتفعت الأسعار اليوم بعد أن أعلنت أوبك …، وصل الوزير اليوم
			// بعدما التقى نظيره: the day of what followed, not of the
			// act told after بعد أن, which came before it. But an attack
			// after a toll is its cause, on its day (قتل ثلاثة أشخاص
			// اليوم بعد أن فجر انتحاري نفسه).
			return
		}
		if k < tr.First {
			if tr.POS == events.Noun && b.after(tr.First, 2, isSequenceOrSince) && !b.causeOfTollBefore(d, tr) {
				// ويعود اليوم رئيسا بعد انتخابات، يزورها الأحد في أول زيارة
				// منذ تشكيل الحكومة: an earlier event.
				return
			}
			if b.toldBefore(d.sent, k) {
				// كشفت السلطات، السبت، عن مقتل ضابط في انفجار وقع مساء
				// الجمعة: the day of the telling, the event's only if it
				// has none of its own (أعلنت أستراليا، الاثنين، وقف …).
				if dist := tr.First - k; dist < toldDist {
					told, toldDist = x, dist
				}
				return
			}
		}
		dist := k - tr.Last
		if k < tr.First {
			dist = tr.First - k
		}
		if dist < bestDist {
			best, bestDist = x, dist
		}
	}
	// consider passes over a token without a date at once; the loops
	// test it themselves, which spares a call per word.
	for k := lo; k < hi; k++ {
		if b.tokDate[k] >= 0 {
			consider(k)
		}
	}
	if best >= 0 && b.yearQualifier(best) {
		// اجتماعه الفصلي الأول لسنة 2018 المنعقد اليوم الثلاثاء: the year
		// after ل tells which of a series the event is; a date of that
		// year in its window tells its day.
		year, y, yd := b.doc.Dates[best].Value, best, bestDist
		within, best, bestDist = year+"-", -1, 1<<30
		for k := lo; k < hi; k++ {
			if b.tokDate[k] >= 0 {
				consider(k)
			}
		}
		within = ""
		if best < 0 {
			best, bestDist = y, yd
		}
	}
	if best < 0 && !speech && (!b.after(tr.First, 2, isRelativePronoun) || b.aboutIncident(tr.First)) && !b.toldAtOtherTime(tr, s) {
		// The narrative time carries forward (وصل … الخميس … حيث
		// التقى); a date after the window belongs to a later clause. A
		// relative clause (طمأن، الأحد، على الجنود الذين أصيبوا) tells
		// of another time than its sentence's. An event to come takes
		// none that is not to come (واليوم تثير الأقوال جدلا … بالانتخابات
		// النيابية بعد أيام: today is when the words stir, not the vote).
		// Nor a date inside a quote the event is outside of (قال إن "الأجوبة
		// التي قدمها في العاشر من أيلول لم تكن مقنعة"، مضيفا أن المجلس كلف
		// فلانا): the quote's words tell of their own time.
		planned := d.ev.Status == events.Planned
		quoted := b.inQuote[tr.First]
		for k := s.First; k < lo; k++ {
			if x := b.tokDate[k]; x >= 0 && !(planned && !b.afterDocDay(b.doc.Dates[x].Value)) && (quoted || !b.inQuote[k]) {
				consider(k)
			}
		}
	}
	if best < 0 && speech && tr.POS != events.Noun {
		// فقال في حدث تمهيدي لانعقاد اجتماعات المجلس في فندق فاخر الأحد
		// إن …، قال في مؤتمر صحفي الأحد إن: the date right before what is
		// told, in the verb's clause, is the telling's, past the events
		// named on the way.
		// Set off by commas, the communiqué the speech was given in
		// (أفاد النادي، في بيان صدر مساء أمس، بأن …; أعلنت الإدارة، في بلاغ
		// أصدرته الأحد، عن …; طالبت النقابة، في بيان أصدرته اليوم، بفتح
		// تحقيق; أعلن البرنامج، في بيان صدر اليوم، أنه بدأ: the
		// complementizer with its subject's pronoun too) dates it the
		// same way.
		setOff := false
		for k := tr.Last; k < hi; k++ {
			if b.punct(k) == "," && b.speechMediumAt(k+1) {
				setOff = true // the window reached into it
			}
		}
		for k := hi; k < s.Last && k < tr.Last+20; k++ {
			if b.punct(k) != "" {
				if !setOff && b.punct(k) == "," && b.speechMediumAt(k+1) {
					setOff = true
					continue
				}
				break
			}
			x := b.tokDate[k]
			if x < 0 {
				continue
			}
			e := k
			for e < s.Last && b.tokDate[e] == x {
				e++
			}
			if (isBareComplementizer(b.word(e)) && !b.relativeBefore(tr.Last, k)) || b.speechSetting(d.sent, hi, k) ||
				setOff && b.punct(e) == "," && (isComplementizer(b.word(e+1)) || isAnyWord(b.word(e+1), "عن", "الي") || strings.HasPrefix(b.word(e+1), "ب")) {
				consider(int(b.dateFirst[x]))
			}
			break
		}
	}
	if best < 0 && speech && tr.POS != events.Noun && strings.Contains(tr.Proclitic, "و") {
		// ندد الوزير الثلاثاء بالهجوم وطالب الحكومة بمحاسبة المسؤولين:
		// the same speaker's verb joined by و was told with the one
		// before it, then.
		if p := b.joinedSpeech(d, tr); p != nil {
			best = p.time.Date
		}
	}
	if best < 0 && speech && opening {
		// ويوم الأحد، نقلت الوكالة …; وفي مايو، قالت إسرائيل …: a date
		// that opens the sentence is its first verb's time (not a date
		// further in: مهلة أقصاها عيد الفطر، … فأعلن).
		if k := b.openingDate(s, tr); k >= 0 {
			consider(k)
		}
	}
	if best < 0 && (opening || !b.after(tr.First, 2, isSequenceSinceOrRelative)) {
		// قالت الحكومة إنها لن تنتظر …، حسبما قال عضو في الوفد، الخميس;
		// قال إن رجلاً قتل وأصيب ستة في غارات ضربت المدينة، الخميس: a
		// date set off by a comma at the end of the sentence is the time
		// of its main verb and of the events it reports, however long the
		// clauses before it; not of an earlier event (بعد انفجار) nor of
		// a relative clause.
		if k := b.finalDate(s); k >= lo {
			consider(k)
		}
	}
	if told >= 0 && b.ownSpanBetween(int(b.dateFirst[told]), max(hi, tr.Last)) {
		// أعلن الوالي، اليوم الأحد، أن السيول التي ضربت الولاية منذ
		// الخميس أدت إلى تشريد آلاف الأسر: what was told spread over a
		// span of its own, not over the day it was told.
		told = -1
	}
	if best < 0 && d.ev.Status != events.Planned && !((tr.Type == events.Death || tr.Type == events.Injury) && b.tollSum(tr, s.First)) {
		// Not for a planned event: أعلن الأسبوع الماضي عن اللقاء المرتقب
		// tells when the meeting was announced, not when it will be. Nor
		// for a toll summed up (أعلنت الوزارة أمس أن حصيلة القتال ارتفعت
		// إلى 61 قتيلا): the dead of many days, counted on the day told.
		best = told
		d.toldTime = told >= 0
	}
	if best >= 0 {
		d.time = &Argument{Role: "time", Date: best, Value: b.doc.Dates[best].Value}
	}
}

// mediumOfSpeech reports the statement noun trs[ti] told after في as
// what a speech verb before it in its sentence was given in (أوضح ممثل
// المنظمة فلان، في بيان صادر عن المنظمة، أن …): the verb's speaker said
// it; the body it was issued from is no second speaker. Not when what
// the verb tells of is what the statement says (ندد الوزير بما ورد في بيان
// صادر عن الحركة، أيد ما جاء في البيان الصادر عن القمة): that statement
// is its body's own.
func (b *eventBuilder) mediumOfSpeech(trs []events.Trigger, ti int) bool {
	tr := trs[ti]
	if tr.First < 1 || !isAnyWord(b.word(tr.First-1), "في") {
		return false
	}
	for i := ti - 1; i >= 0; i-- {
		o := trs[i]
		if tr.First-o.Last > 16 || b.complementBetween(o.Last, tr.First) {
			return false
		}
		if o.Type == events.Statement && o.POS != events.Noun {
			for k := o.Last; k < tr.First; k++ {
				if isAnyWord(trimConj(b.word(k)), "ما", "بما", "مما", "لما") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// speechMediumAt reports في and a communiqué, a statement to the press or
// a speech at token k (في بيان، في بلاغ، في تصريح، في كلمة): what a speech
// verb's words were given in, its date the speech's.
func (b *eventBuilder) speechMediumAt(k int) bool {
	if k+1 >= len(b.tokMention) || b.word(k) != "في" {
		return false
	}
	w := b.word(k + 1)
	return isTextMedium(w) || isAnyWord(w, "تصريح", "تصريحات", "كلمه", "موتمر", "حديث", "مقابله")
}

// isTextMedium reports the nouns of a text that says something itself
// (folded): بيان، بلاغ، تغريدة، رسالة، لافتة، مذكرة، وثيقة and their forms.
// A verb of saying after one (كتب السفير تغريدة تقول) has the text, not
// its writer, as subject (lastSpeaker); a statement made in one (في
// بيان، في تغريدة) is its writer's (speechMediumAt).
func isTextMedium(w string) bool {
	switch w {
	case "تغريده", "تغريدات", "تغريدته", "بيان", "بيانا", "بيانه", "بلاغ", "بلاغا", "رساله", "رسالته", "رسايل",
		"لافته", "لافتات", "مذكره", "وثيقه":
		return true
	}
	return false
}

// ownSpanBetween reports a complement clause (أن، بأن) opening between
// tokens from and to whose words tell a span of their own before token
// to (أن الأمطار التي تهطل منذ الخميس الماضي أدت إلى، إن القصف المتواصل
// منذ الخميس): what the clause reports happened over that span, whatever
// its start's day. to is the end of the event's window.
func (b *eventBuilder) ownSpanBetween(from, to int) bool {
	comp := false
	for k := from; k < to; k++ {
		if isBareComplementizer(b.word(k)) {
			comp = true
			continue
		}
		if x := b.tokDate[k]; comp && x >= 0 && int(b.dateFirst[x]) == k {
			if ft := b.dateText(int(x)); (strings.HasPrefix(ft, "منذ") || strings.HasPrefix(ft, "ومنذ")) && !b.sinceComparison(k) {
				return true
			}
		}
	}
	return false
}

// sinceComparison reports whether the منذ at token k ends a comparison
// (في أعنف هجوم منذ 2015، وهي الأسوأ منذ عام 2010، للمرة الأولى منذ، أعلى
// مستوى له منذ، الأول من نوعه منذ): an elative or نوعه among the three
// words before it in its clause. Such a منذ tells how rare the event is,
// not a span it lasted over. An elative without the article (أعنف، أكبر،
// أول) needs an indefinite noun after it (أعنف هجوم), so that a verb of
// the same shape (أعلن منذ) is none, nor is a name (الأردن، الأمير).
func (b *eventBuilder) sinceComparison(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if b.tx.Tokens[j].Kind == normalize.Punct {
			return false
		}
		w := trimConj(b.word(j))
		if w == "نوعه" || w == "نوعها" {
			return true
		}
		if b.tokMention[j] >= 0 {
			continue // a name of the shape (ضربت الأردن منذ الخميس): no elative
		}
		r, def := strings.CutPrefix(w, "ال")
		if !strings.HasPrefix(r, "ا") {
			continue
		}
		n := utf8.RuneCountInString(r)
		if def && (n == 4 || n == 3 && strings.HasSuffix(r, "ي")) { // الأسوأ، الأعلى
			return true
		}
		if !def && j < k-1 && !strings.HasPrefix(b.word(j+1), "ال") &&
			(n == 4 && !events.IsSpanWord(r) || isAnyWord(r, "اول", "اخر", "اشد", "اقل", "اهم")) { // أعنف هجوم، أول مرة
			return true
		}
	}
	return false
}

// relativeBefore reports a relative clause opening between tokens from
// and k (قال الوزراء الذين زاروا المدينة في آذار الماضي إن): a date in
// it tells of the clause's time, not the speech's. A clause whose verb
// holds the gathering the speech was given at (في المؤتمر الذي عقده
// الأحد إن: isHeldIt) tells the speech's own day.
func (b *eventBuilder) relativeBefore(from, k int) bool {
	for j := from; j < k; j++ {
		if conjIs(b.word(j), isRelativePronoun) && !isHeldIt(b.word(j+1)) {
			return true
		}
	}
	return false
}

// speechSetting reports whether the event noun at token k, where a
// speech verb's window ends, is the gathering the speech was given at
// (ألقى كلمة أمام القمة الثلاثاء، خطابا خلال المؤتمر الأحد): a meeting
// after أمام or خلال. The date at token date, told with it, is the
// speech's; not past a relative pronoun or another event's trigger,
// which tell of another time (خلال لقائه وفدا زار المدينة في آذار،
// خلال لقائه السفراء الذين وصلوا الأحد).
func (b *eventBuilder) speechSetting(sent, k, date int) bool {
	if k < 1 || !isAnyConj(b.word(k-1), "امام", "خلال") {
		return false
	}
	for j := k + 1; j < date; j++ {
		if conjIs(b.word(j), isRelativePronoun) {
			return false
		}
	}
	meeting := false
	for _, o := range b.sentTrs[sent] {
		switch {
		case o.First == k:
			meeting = o.Type == events.Meet && o.POS == events.Noun
		case o.First > k && o.First < date:
			return false
		}
	}
	return meeting
}

// inSinceClause reports whether the date at token k is told inside a
// منذ clause about an event (منذ تشكيلها في حزيران 2016، منذ توليه
// منصبه عام 2014): منذ, then one to four words with no punctuation, then
// the date, and trigger tr outside that clause: not between منذ and the
// date (منذ تشكيل الحكومة الشهر الماضي dates the forming), nor after the
// date with no punctuation between (منذ زلزال عام 1990 الذي … وأودى
// بحياة: the clause goes on). A date right after منذ is the span's start
// itself.
func (b *eventBuilder) inSinceClause(k int, tr events.Trigger) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if b.punct(j) != "" || b.tokDate[j] >= 0 {
			return false // منذ مطلع الشهر وحتى فجر أمس: a span of dates
		}
		if w := b.word(j); w == "منذ" || w == "ومنذ" {
			if j == k-1 || tr.First > j && tr.First < k {
				return false // منذ حزيران 2016 is the date itself (filtered above)
			}
			if tr.First > k {
				for m := k + 1; m < tr.First; m++ {
					if b.punct(m) != "" {
						return true
					}
				}
				return false
			}
			return true
		}
	}
	return false
}

// yearOfThing reports whether date x is a bare year after ل (لسنة
// 2018، لعام 2017، للعام 2019): a qualifier of the noun before it.
func (b *eventBuilder) yearQualifier(x int) bool {
	dt := b.doc.Dates[x]
	if len(dt.Value) != 4 || !hasDigit(dt.Value) {
		return false
	}
	f := strings.Fields(fold.String(dt.Text))
	if len(f) != 2 {
		return false
	}
	if isAnyWord(f[0], "لعام", "للعام", "لسنه", "للسنه") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b.tx.Source[:dt.Start])
	return r == 'ل' && isAnyWord(f[0], "عام", "العام", "سنه", "السنه")
}

// yearOfThing reports whether the date at token k, a bare year, stands
// in construct after a feminine noun that names a thing dated by it
// (موازنة عام 2018، خطة 2030، رؤية 2030، دورة عام 2022): the year the
// thing is for, not the time of an event told beside it. A name (of a
// place: في القاهرة مطلع العام) is no such noun, nor is a word of
// time (بداية، نهاية، مدة، فترة), nor the trigger itself: مطلع عام
// 2018 and انتخابات 2018 date what they say. The noun is written with
// ة and has no article, as a noun in construct: a verb's object pronoun
// (اعتقلته عام 2015) or an adjective (القمة العربية عام 2019) is
// followed by the event's own year. A year after ل that closes a noun
// phrase (قانون المالية لسنة 2019) is also a thing's year, unless an
// event's noun stands among the three words before it.
func (b *eventBuilder) yearOfThing(k int, value string) bool {
	if len(value) != 4 || !hasDigit(value) {
		return false
	}
	if k >= 1 && isAnyWord(b.word(k), "لعام", "للعام", "لسنه", "للسنه") && b.tokMention[k-1] < 0 && b.tx.Tokens[k-1].Kind == normalize.ArabicWord {
		// قانون المالية لسنة 2019، خطة التنمية لعام 2020: the year the
		// thing is for; but الانتخابات البرلمانية لعام 2018, an event
		// noun right before, dates that event.
		for j := max(k-3, 0); j < k; j++ {
			if b.trigAt[j] {
				return false
			}
		}
		return true
	}
	w := strings.TrimPrefix(b.word(k-1), "و")
	if !strings.HasSuffix(w, "ه") || len(w) <= len("ال")+2 || strings.HasPrefix(w, "ال") || b.tokMention[k-1] >= 0 {
		return false // مطار المزة عام 2017، في القاهرة مطلع العام: a place's name, then the time
	}
	if s, e := b.tx.TokenSource(k - 1); !strings.ContainsRune(b.tx.Source[s:e], 'ة') {
		return false // زاره عام 2010: ه is a pronoun, no taa marbuta
	}
	switch w {
	case "بدايه", "نهايه", "غايه", "مده", "فتره", "سنه", "طيله", "بقيه":
		return false
	}
	return true
}

// joinedSpeech returns the statement or appeal verb before d in its
// sentence, with no other verb event between (event nouns of its clause
// may be: ندد بالهجوم وطالب), that has d's speaker and a time of its own,
// when no complementizer stands between them (d is not part of what is
// said), or nil.
func (b *eventBuilder) joinedSpeech(d *draft, tr events.Trigger) *draft {
	speaker := func(x *draft) (participant, bool) {
		if x.hasAgent {
			return x.agent, true
		}
		if len(x.parts) > 0 {
			return x.parts[0], true
		}
		return participant{}, false
	}
	who, ok := speaker(d)
	if !ok {
		return nil
	}
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.sent != d.sent || p.ev.Section != d.ev.Section {
			return nil
		}
		if p.tr.POS == events.Noun {
			continue
		}
		if p.dropped || p.time == nil || p.toldTime || p.ev.Type != events.Statement && p.ev.Type != events.Appeal ||
			p.tr.Last > tr.First || b.complementBetween(p.tr.Last, tr.First) {
			return nil
		}
		if q, ok := speaker(p); !ok || !q.same(who) {
			return nil
		}
		return p
	}
	return nil
}

// tollSum reports a death or injury trigger that counts a toll summed up:
// حصيلة (a toll, its total) before it in its clause, at most twenty
// tokens back and no punctuation between (ارتفعت حصيلة ضحايا الفيضانات
// إلى 40 قتيلا، حصيلة القتال 61 قتيلا بينهم مدنيون و159 جريحا: the
// wounded after the dead).
func (b *eventBuilder) tollSum(tr events.Trigger, sentFirst int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-20; k-- {
		if p := b.punct(k); p != "" && p != "\"" {
			return false
		}
		if strings.HasPrefix(strings.TrimPrefix(trimConj(b.word(k)), "ال"), "حصيل") {
			return true
		}
	}
	return false
}

// effectiveFrom reports a date at token k told as the start of an
// effect: اعتبارا من، ابتداء من، بدءا من (effective from, as of) right
// before it, or the date's own text opening with them.
func (b *eventBuilder) effectiveFrom(k int) bool {
	if trimConj(b.word(k)) == "من" {
		k++ // the date's text holds من itself (من الشهر المقبل)
	}
	if b.word(k-1) != "من" {
		return false
	}
	switch trimConj(b.word(k - 2)) {
	case "اعتبارا", "ابتداء", "بدءا", "بداء":
		return true
	}
	return false
}

// provisoBetween reports a clause of proviso opened among tokens [from,
// to): على أن or شريطة أن (… على أن تبدأ الدراسات، شريطة أن ينسحب).
func (b *eventBuilder) provisoBetween(from, to int) bool {
	for j := from; j+1 < to; j++ {
		if w := trimConj(b.word(j)); (w == "علي" || w == "شريطه" || w == "شرط") && b.word(j+1) == "ان" {
			return true
		}
	}
	return false
}

// causeOfTollBefore reports an attack noun right after إثر or عقب that a
// death or an injury told before it in its sentence follows at once (لقي
// ثلاثة عمال مصرعهم، فجر اليوم، إثر انفجار خزان): the blast is when the
// toll is, so the toll's date is the attack's too.
func (b *eventBuilder) causeOfTollBefore(d *draft, tr events.Trigger) bool {
	return b.after(tr.First, 1, isImmediateCause) && b.tollBefore(d, tr)
}

// tollBefore reports an attack tr after a death or an injury told before
// it in its sentence: the toll's cause, which the toll's date dates too
// (مقتل ثلاثة جنود إثر انفجار، قتل ثلاثة أشخاص بعد أن فجر انتحاري نفسه).
func (b *eventBuilder) tollBefore(d *draft, tr events.Trigger) bool {
	if tr.Type != events.Attack {
		return false
	}
	for _, o := range b.sentTrs[d.sent] {
		if o.Last <= tr.First && (o.Type == events.Death || o.Type == events.Injury) {
			return true
		}
	}
	return false
}

// isImmediateCause reports إثر and عقب (right after, as a result of).
func isImmediateCause(w string) bool { return w == "اثر" || w == "عقب" }

// isSequenceWord reports the words that, before an event noun, set it
// beside the clause's event (ويعود رئيسا بعد انتخابات، رغم القصف): the
// clause's date is not its time.
func isSequenceWord(w string) bool {
	switch w {
	case "بعد", "قبل", "اثر", "عقب", "غداه", "عشيه", "اعقاب":
		return true
	}
	return isConcessionWord(w)
}

// isConcessionWord reports رغم "despite" and its forms with ب (برغم،
// بالرغم; الرغم of على الرغم is the caller's): what follows tells a
// circumstance the event happened in spite of, not a part of it.
func isConcessionWord(w string) bool {
	switch w {
	case "رغم", "برغم", "بالرغم":
		return true
	}
	return false
}

// relativeBetween reports a relative pronoun in the clause of the word
// at pron (خلالها) after the event told by v, past the verb v or more than
// two words after the noun v (التقى الوزير السفير …، وبحث معه الحرب التي
// قتل خلالها الآلاف، ناقش الأزمة التي اعتقل خلالها): خلالها then tells of
// the relative's own noun, not of the meeting (الاجتماع الطارئ الذي تم
// خلاله: the meeting's).
func (b *eventBuilder) relativeBetween(v events.Trigger, pron int) bool {
	last := v.Last
	if v.POS == events.Noun {
		last += 2
	}
	for k := pron - 1; k > last; k-- {
		if b.punct(k) != "" {
			return false
		}
		if isRelativePronoun(trimConj(b.word(k))) {
			return true
		}
	}
	return false
}

// isRelativePronoun reports the pronouns that open a relative clause,
// which tells of another time than its sentence's.
func isRelativePronoun(w string) bool {
	switch w {
	case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي":
		return true
	}
	return false
}

// isSequenceOrSince is isSequenceWord or منذ (since): an event noun after
// it is earlier than its sentence's.
func isSequenceOrSince(w string) bool { return isSequenceWord(w) || w == "منذ" }

// isSequenceSinceOrRelative is isSequenceWord, منذ (since) or
// isRelativePronoun: a date in the sentence is not the trigger's.
func isSequenceSinceOrRelative(w string) bool {
	return isSequenceWord(w) || w == "منذ" || isRelativePronoun(w)
}

// isRightAfterWord reports the words of "right after" (إثر، عقب، بعد،
// أعقاب).
func isRightAfterWord(w string) bool {
	switch w {
	case "اثر", "عقب", "بعد", "اعقاب":
		return true
	}
	return false
}

// isCauseWord reports the words before an attack that caused a death or
// an injury (جراء، بسبب، إثر، نتيجة، خلال، في), a clause of when too (قتل
// ثلاثة جنود عندما انفجرت عبوة بمدرعتهم، حين سقطت قذيفة، بعدما استهدفت).
func isCauseWord(w string) bool {
	switch w {
	case "جراء", "بسبب", "اثر", "نتيجه", "خلال", "في", "عندما", "حين", "حينما", "بعدما":
		return true
	}
	return false
}

// inDescription reports whether token k lies in a clause that describes
// a name, opened by وهو، وهي، وهم or وهما among the tokens [from, k) with no
// punctuation between it and k.
func (b *eventBuilder) inDescription(from, k int) bool {
	for j := k - 1; j >= from; j-- {
		if b.punct(j) != "" {
			return false
		}
		if isAnyWord(b.word(j), "وهو", "وهي", "وهم", "وهما") {
			return true
		}
	}
	return false
}

// relativeSetOff reports a date at token k inside a relative clause set
// off by a comma, among tokens [from, k), after a prepositional phrase
// that left the event's own words (مساعدات في الشرق الأوسط للعام المالي
// الجاري، الذي يبدأ في الأول من يوليو): the clause tells of the last
// noun's own time. Not after an event noun or an incident (مقتل خمسة في
// الهجوم، الذي وقع الأحد: the incident's day is the deaths'), nor right
// after the event's genitives (الدورة الثالثة للجنة المشتركة، التي
// انطلقت يوم الأحد: the session's own start).
func (b *eventBuilder) relativeSetOff(from, k int) bool {
	for j := k - 1; j > from; j-- {
		if b.punct(j) == "" {
			continue
		}
		if b.punct(j) != "," || j+1 >= k || !conjIs(b.word(j+1), isRelativePronoun) || b.trigAt[j-1] || b.incident(j-1) || b.punct(j-1) != "" {
			return false
		}
		for i := from; i < j; i++ {
			if events.IsPreposition(b.word(i)) {
				return true
			}
		}
		return false
	}
	return false
}

// aboutIncident reports whether the relative clause the trigger at
// token k opens describes an incident told before (تسببت بالحادثة التي
// أصيب بها أربعة، الهجوم الذي قتل فيه): its time is the incident's.
func (b *eventBuilder) aboutIncident(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if isAnyWord(b.word(j), "الذي", "التي") {
			return b.incident(j - 1)
		}
	}
	return false
}

// incident reports whether token k is a definite noun for an incident,
// with a conjunction and a preposition ب or ل at most: an attack noun of
// the trigger lexicon (الهجوم، الانفجار، بالقصف، الاشتباكات), or a word
// for any incident that the lexicon does not take for an event by itself
// (الحادثة، الاعتداء، العملية).
func (b *eventBuilder) incident(k int) bool {
	if k < 0 {
		return false
	}
	if isAnyWord(trimPrep(b.word(k)), "الحادثه", "الحادث", "الاعتداء", "العمليه") {
		return true
	}
	tr, ok := b.lex.Match(b.tx, k)
	if !ok || tr.Type != events.Attack || tr.POS != events.Noun || !tr.Article || tr.Pronoun || tr.Last != k+1 {
		return false
	}
	pro := strings.TrimPrefix(tr.Proclitic, "و")
	if len(pro) == len(tr.Proclitic) {
		pro = strings.TrimPrefix(pro, "ف")
	}
	return pro == "" || pro == "ب" || pro == "ل"
}

// openingDate returns the first token of a date that opens sentence s
// (after at most three of و، في، يوم، شهر، عام) and is followed only by punctuation or
// skippable words up to the trigger, or -1.
func (b *eventBuilder) openingDate(s normalize.Sentence, tr events.Trigger) int {
	k := s.First
	for k < tr.First && k < s.First+3 && b.tokDate[k] < 0 && isAnyConj(b.word(k), "و", "في", "وفي", "يوم", "ويوم", "خلال", "شهر", "عام") {
		k++
	}
	x := b.tokDate[k]
	if x < 0 || k >= tr.First {
		return -1
	}
	first := k
	for k < tr.First && b.tokDate[k] == x {
		k++
	}
	for ; k < tr.First; k++ {
		if b.punct(k) == "" && !b.skippable(k) {
			return -1
		}
	}
	return first
}

// finalDate returns the first token of a date that ends sentence s after
// a comma (…، الخميس.), or -1.
func (b *eventBuilder) finalDate(s normalize.Sentence) int {
	k := s.Last - 1
	for k > s.First && b.punct(k) != "" && b.punct(k) != "," {
		k--
	}
	x := b.tokDate[k]
	if x < 0 {
		return -1
	}
	first := int(b.dateFirst[x])
	if first <= s.First || b.punct(first-1) != "," {
		return -1
	}
	return first
}

func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹' {
			return true
		}
	}
	return false
}

// isHappeningVerb reports a verb (folded) that tells an event took
// place, began or ended, with no object: what a relative clause opened
// by it tells of is the event its antecedent names (انتخابات الكنيست
// التي جرت، مؤتمر باريس الذي انعقد، القمة التي اختتمت).
func isHappeningVerb(w string) bool {
	switch w {
	case "جري", "جرت", "انعقد", "انعقدت", "ينعقد", "تنعقد", "انطلق", "انطلقت", "ينطلق", "تنطلق",
		"انتهي", "انتهت", "ينتهي", "تنتهي", "اختتم", "اختتمت", "اقيم", "اقيمت", "يقام", "تقام",
		"استمر", "استمرت", "يستمر", "تستمر", "دار", "دارت", "تدور", "يدور",
		"وقع", "وقعت", "يقع", "تقع", "اندلع", "اندلعت", "يندلع", "تندلع":
		return true
	}
	return false
}

// opensClause reports the words that open another clause after an
// event's trigger (and so end its window).
func opensClause(w string) bool { return clauseWord(w) == clauseOpener }

// isWhichWord reports الذي، التي، الذين (clauseWord's whichWord; with
// the duals and اللواتي, isRelativePronoun).
func isWhichWord(w string) bool { return clauseWord(w) == whichWord }

// relativeAct reports an act told in a relative clause, its verb right
// after الذي، التي، الذين (استقبل الملك الوزير فلانا، الذي تسلم منصبه
// حديثا، ودعا): a verb joined by و after it goes on from the main act,
// not from this one (joinedToActed, joinedActSubject).
func (b *eventBuilder) relativeAct(p *draft) bool { return isWhichWord(b.word(p.tr.First - 1)) }

// Kinds of words for window (clauseWord).
const (
	complementizerWord = 1 + iota // isComplementizer
	whichWord                     // الذي، التي، الذين
	clauseOpener                  // opensClause
)

// clauseWord returns the kind of w among the words that end an event's
// window, or 0: window tests each word after the trigger for all three
// in one switch.
func clauseWord(w string) uint8 {
	if events.Complementizer(w) != 0 {
		return complementizerWord
	}
	switch w {
	case "الذي", "التي", "الذين":
		return whichWord
	case "حيث", "بعد", "قبل", "عندما", "حين", "اثر", "لكن", "بينما", "فيما", "ثم", "كي", "لكي", "بسبب", "جراء", "كما":
		return clauseOpener
	}
	return 0
}

// endsClause reports whether the punctuation p holds one of . : ; ! ? …
// (strings.ContainsAny(p, ".:;!?…") without decoding p: … is E2 80 A6,
// and E2 only ever leads a character).
func endsClause(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '.', ':', ';', '!', '?':
			return true
		case 0xE2:
			if strings.HasPrefix(p[i:], "…") {
				return true
			}
		}
	}
	return false
}

// isApprox reports the words between a casualty trigger and its count
// (نحو، أكثر من، ما لا يقل عن), with or without a conjunction.
func isApprox(w string) bool { return inApprox(w) || inApprox(trimConj(w)) }

// inApprox is isApprox for w as it is.
func inApprox(w string) bool {
	switch w {
	case "نحو", "اكثر", "من", "حوالي", "قرابه", "زهاء", "ما", "لا", "يقل", "عن", "اقل":
		return true
	}
	return false
}

// count reads the casualty count of a death or injury trigger: after it
// (مقتل 3 إرهابيين، إصابة أكثر من 10) or before it (170 مدنيا قتلوا، 350
// ألف قتيل).
func (b *eventBuilder) count(tr events.Trigger, s normalize.Sentence) (int, bool) {
	k := tr.Last
	if tr.Lemma == "خلف" {
		// خلف القتال أكثر من 930 مدنيا: the toll after the subject (the
		// lexicon's check read a number in the clause).
		for k < s.Last && k < tr.Last+3 && b.tx.Tokens[k].Kind != normalize.Number && !isApprox(b.word(k)) {
			k++
		}
	}
	for k < s.Last && k < tr.Last+4 && isApprox(b.word(k)) {
		k++
	}
	if b.mark(k) == "\"" {
		k++
	}
	if n, _, ok := events.Number(b.tx, k, s.Last); ok && n > 0 {
		return n, true
	}
	if n, ok := b.countPastAdverbial(tr, s); ok {
		return n, true
	}
	if isDualPerson(b.word(k)) && b.tokMention[k] < 0 {
		return 2, true // وقتل مدنيان، أصيب شرطيان (a name is none)
	}
	for j := tr.First - 1; j >= s.First && j >= tr.First-3; j-- {
		if b.punct(j) != "" {
			break
		}
		if n, end, ok := events.Number(b.tx, j, s.Last); ok && n > 0 && end <= tr.First {
			// Not the second half of a larger count.
			if _, _, ok := events.Number(b.tx, j-1, s.Last); ok && j-1 >= s.First {
				continue
			}
			return n, true
		}
	}
	return 0, false
}

// countPastAdverbial reads a casualty count told after a phrase of time
// or cause that stands between the verb and its subject (وقتل خلال
// المعارك عشرون شخصا، وقتل منذ هذا التدخل نحو عشرة آلاف شخص، وأصيب أمس
// خمسة أشخاص): the phrase opens with a date or منذ، خلال، جراء، إثر،
// بسبب، في and runs at most five words, no punctuation and no verb of
// another event among them (قتل في هجوم استهدف ثلاثة مراكز counts no
// one; the cause's noun, خلال المعارك، جراء القصف, may stand).
func (b *eventBuilder) countPastAdverbial(tr events.Trigger, s normalize.Sentence) (int, bool) {
	k := tr.Last
	if k >= s.Last || b.tokDate[k] < 0 && !isAnyWord(trimConj(b.word(k)), "منذ", "خلال", "جراء", "اثر", "بسبب", "في") {
		return 0, false
	}
	for j := k; j < s.Last && j <= k+5; j++ {
		if b.punct(j) != "" || j > k && b.verbTriggerAt(j) {
			return 0, false
		}
		if j == k || b.tokDate[j] >= 0 {
			continue
		}
		i := j
		for i < s.Last && i < j+4 && isApprox(b.word(i)) {
			i++
		}
		if n, next, ok := events.Number(b.tx, i, s.Last); ok && n > 0 && b.tokDate[i] < 0 {
			if isNumberedNoun(b.word(i - 1)) {
				// في الطابق 3 من المبنى عامل: which one, no toll; a
				// person or two told after the phrase are (عامل: one,
				// شخصان: two).
				for e := next; e < s.Last && e <= next+3 && b.punct(e) == ""; e++ {
					if b.tokMention[e] >= 0 {
						break
					}
					if isPersonStem(b.word(e)) {
						return 1, true
					}
					if isDualPerson(b.word(e)) {
						return 2, true
					}
				}
				j = next - 1
				continue
			}
			if next < s.Last && (events.IsSpanUnit(trimConj(b.word(next))) || b.trigAt[next]) {
				j = next - 1 // خلال 48 ساعة، في 3 هجمات: a span or a count of events, no toll
				continue
			}
			return n, true
		}
	}
	return 0, false
}

// isPersonStem reports the folded singular of a noun of persons whose
// nominative dual (stem+ان) counts two victims.
func isPersonStem(stem string) bool {
	switch stem {
	case "مدني", "جندي", "شخص", "طفل", "شرطي", "مسلح", "عسكري", "ضابط", "مواطن", "صحفي", "عنصر", "مقاتل", "شاب", "رجل",
		"عامل", "مستوطن", "فلسطيني", "اسراييلي", "سايح", "مسعف", "حارس", "مدرس", "مزارع", "راعي", "صياد", "معتقل", "بحار":
		return true
	}
	return false
}

// isNumberedNoun reports a folded noun that a number after it tells
// which one of (الطابق 3، رقم 5، المادة 12، البوابة 4), not how many.
func isNumberedNoun(w string) bool {
	switch strings.TrimPrefix(trimConj(w), "ب") {
	case "الطابق", "طابق", "رقم", "الدور", "الماده", "البند", "البوابه", "القاعه", "الشارع", "المبني", "الكيلو", "الكيلومتر", "الجناح", "المنزل", "الغرفه", "المخرج", "الصف":
		return true
	}
	return false
}

// isDualPerson reports a noun of persons in the nominative dual (مدنيان،
// جنديان، امرأتان): a count of two. The accusative and genitive dual
// (مدنيين) is also the plural's form, no count; and طالبان is the
// movement (two students are طالبتان or طالبين in the news).
func isDualPerson(w string) bool {
	if stem, ok := strings.CutSuffix(w, "تان"); ok {
		switch stem {
		case "امرا", "طفل", "سيد", "فتا", "طالب", "مجند":
			return true
		}
	}
	if stem, ok := strings.CutSuffix(w, "ان"); ok {
		return isPersonStem(stem)
	}
	return false
}

// Position nouns of appointments, folded (محافظاً، حاكماً، سفيراً).
var positionNouns = []string{"محافظ", "وزير", "رييس", "سفير", "مدير", "حاكم", "قايد", "نايب", "امين", "مستشار", "ممثل", "مبعوث",
	"متحدث", "ناطق", "عضو", "قاضي", "مفتي", "عميد", "رييسه", "وزيره", "مديره", "امينا", "قنصل", "مندوب"}

// position reads an appointment's position: the accusative noun after
// the appointee (محافظاً للسويداء، سفيرةً), with what follows it: a place is
// the event's place, an organization a participant. It returns the
// position's tokens [first, end), or -1, -1.
func (b *eventBuilder) position(d *draft, tr events.Trigger, hi int) (first, end int) {
	afterName := false
	for k := tr.Last; k < hi; k++ {
		if x := b.tokMention[k]; x >= 0 {
			k = int(b.menLast[x]) - 1
			afterName = true
			continue
		}
		w := b.word(k)
		stem, ok := strings.CutSuffix(w, "ا")
		if !ok && afterName {
			// The feminine accusative: محافظةً, folded محافظه.
			stem, ok = strings.CutSuffix(w, "ه")
		}
		afterName = false
		if !ok || !isAnyWord(stem, positionNouns...) {
			continue
		}
		if _, _, counted := events.Number(b.tx, k-1, k); counted {
			continue // أدى اليمين مع 14 وزيرا: what is counted, not an office
		}
		end := b.positionEnd(k, hi)
		d.position = &Argument{Role: "position", Text: b.sourceText(k, end), Date: -1}
		if end >= hi {
			return k, end
		}
		if x := b.tokMention[end]; x >= 0 && int(b.menFirst[x]) == end {
			m := b.doc.Mentions[x]
			if m.Label == LOC {
				d.place = &Argument{Role: "place", Entity: m.Entity, Text: m.Form, Date: -1}
			}
		}
		return k, end
	}
	return -1, -1
}

// namedIn reports a mention of entity e among tokens [from, to).
func (b *eventBuilder) namedIn(e string, from, to int) bool {
	for k := from; k < to; k++ {
		if x := b.tokMention[k]; x >= 0 && e != "" && b.doc.Mentions[x].Entity == e {
			return true
		}
	}
	return false
}

// positionEnd returns the end of the office whose noun is token k: one
// word, or two (أمينا عاما، رئيسا تنفيذيا، مبعوثا خاصا, both in the
// accusative; نائبا لرئيس الوزراء, a title in construct with another).
func (b *eventBuilder) positionEnd(k, hi int) int {
	end := k + 1
	if end < hi && b.tokMention[end] < 0 {
		if q, ok := strings.CutSuffix(b.word(end), "ا"); ok && entities.IsOfficeQualifier(q) {
			end++
		} else if h, ok := strings.CutPrefix(b.word(end), "ل"); ok && end+1 < hi && b.tokMention[end+1] < 0 &&
			isAnyWord(h, positionNouns...) && strings.HasPrefix(b.word(end+1), "ال") {
			end += 2
		}
	}
	return end
}

// headlineStatement reads a headline or title that opens with a name and
// a colon: a person's words (أحمد الشرع: …) are a statement; a place
// (سورية: …) is where the headline's events happen.
func (b *eventBuilder) headlineStatement(si int, s normalize.Sentence, sec, unit int, headline bool) {
	if !headline {
		return
	}
	first := s.First
	if b.tokMention[first] < 0 && first+1 < s.Last && b.tokMention[first+1] >= 0 && b.doc.Mentions[b.tokMention[first+1]].Label == PER &&
		b.tx.Tokens[first].Kind == normalize.ArabicWord && !b.trigAt[first] {
		first++ // جواد ظريف من دمشق: a given name the recognizer left out
	}
	x := b.tokMention[first]
	if x < 0 || int(b.menFirst[x]) != first {
		return
	}
	colon := int(b.menLast[x])
	if isAnyWord(b.word(colon), "من", "في") {
		// جواد ظريف من دمشق: … — the speaker and where he spoke.
		if colon+1 >= s.Last {
			return
		}
		if y := b.tokMention[colon+1]; y >= 0 && b.doc.Mentions[y].Label == LOC && int(b.menFirst[y]) == colon+1 {
			colon = int(b.menLast[y])
		}
	}
	if b.punct(colon) != ":" {
		return
	}
	m := b.doc.Mentions[x]
	switch m.Label {
	case PER:
		b.headlineSpeaker(si, sec, unit, colon, int(x))
	case LOC, ORG:
		if m.Label == ORG || b.firstPersonAfter(colon+1, s.Last) {
			// الصليب الأحمر: …، الأردن: لن نطبق الإعادة القسرية — the body
			// speaks, and a country speaking in the first person.
			b.headlineSpeaker(si, sec, unit, colon, int(x))
			return
		}
		for _, d := range b.sentenceDrafts(si) {
			if d.place == nil && d.ev.Type != events.Statement && d.ev.Type != events.Appeal {
				d.place = &Argument{Role: "place", Entity: m.Entity, Text: m.Form, Date: -1}
			}
		}
	}
}

// headlineSpeaker adds a statement by mention x, told by a headline's
// colon.
func (b *eventBuilder) headlineSpeaker(si, sec, unit, colon, x int) {
	d := b.arena.new()
	d.unit, d.sent, d.relativeOK = unit, si, true
	d.ev = Event{Type: events.Statement, CAMEO: events.CAMEO(events.Statement), Status: events.Past, Section: sec}
	tok := b.tx.Tokens[colon]
	ts, te := b.tx.SourceSpan(tok.Start, tok.End)
	d.ev.Trigger = Span{Text: b.tx.Source[ts:te], Start: ts, End: te}
	d.tr = events.Trigger{Type: events.Statement, First: colon, Last: colon + 1, Start: tok.Start, End: tok.End}
	d.parts = append(d.parts, b.mentionParticipant(x))
	b.drafts = append(b.drafts, d)
}

// firstPersonAfter reports whether the words from token k open with a
// verb in the first person plural, after a negation (لن نطبق، سنتخذ،
// نرفض): quoted words.
func (b *eventBuilder) firstPersonAfter(k, last int) bool {
	for ; k < last && (b.mark(k) == "\"" || isAnyWord(b.word(k), "لن", "لا", "لم", "قد", "نحن")); k++ {
		if b.word(k) == "نحن" {
			return true
		}
	}
	w := b.word(k)
	if r, ok := strings.CutPrefix(w, "س"); ok && strings.HasPrefix(r, "ن") {
		w = r
	}
	return strings.HasPrefix(w, "ن") && len([]rune(w)) >= 4 && !b.trigAt[k] && b.tokMention[k] < 0
}

// foldConsequences turns the deaths and injuries an attack caused, told
// in the same sentence after it (انفجار … يؤدي لإصابة 9 مدنيين), into the
// attack's casualties; deaths and injuries told before the attack that
// caused them (قتلوا جراء الغارات … الاثنين) take its time and place.
// otherClauseTime reports whether the toll d took its time from a date
// told before its verb past a mark, another clause's (فككت الوحدات أمس
// عبوتين، فيما أصيب ثلاثة مدنيين بانفجار لغم قرب القرية يوم الأحد
// الماضي), while its cause a tells a date of its own after d's verb: the
// cause's date is the toll's.
func (b *eventBuilder) otherClauseTime(d, a *draft) bool {
	if d.time == nil || a.time == nil || d.time.Date < 0 || a.time.Date < 0 || d.time.Date == a.time.Date {
		return false
	}
	df, af := int(b.dateFirst[d.time.Date]), int(b.dateFirst[a.time.Date])
	return df < d.tr.First && af > d.tr.Last && b.punctBetween(df, d.tr.First)
}

func (b *eventBuilder) foldConsequences(ds []*draft) {
	// A toll told in two parts (أوقع 32 قتيلاً ومئة جريح في سوروتش): the
	// deaths and the injuries share their place and time. A part of a
	// toll (جرح أربعة جنود، إصابة اثنين منهم بالغة) is no event of its own.
	for i := 1; i < len(ds); i++ {
		a, c := ds[i-1], ds[i]
		if (a.ev.Type == events.Death || a.ev.Type == events.Injury) && (c.ev.Type == events.Death || c.ev.Type == events.Injury) &&
			c.tr.First-a.tr.Last <= 6 && b.within(c.tr.Last, 3, "منهم", "منها", "منهما") {
			c.dropped = true
			continue
		}
		// (and the families it left homeless: لقي تسعة أشخاص مصرعهم
		// وتشردت أربعة آلاف أسرة، إثر انهيار سد)
		if !isTollType(a.ev.Type) || !isTollType(c.ev.Type) || a.ev.Type == c.ev.Type || c.tr.First-b.tollVerbEnd(a.tr) > 3 {
			continue
		}
		shareWhereWhen(a, c)
	}
	for i, d := range ds {
		if d.ev.Type != events.Death && d.ev.Type != events.Injury || d.dropped {
			continue
		}
		for j, a := range ds[i+1:] {
			if a.ev.Type != events.Attack || a.dropped {
				continue
			}
			if !b.after(a.tr.First, 3, isCauseWord) && !b.causeClitic(d, a) {
				continue
			}
			if d.time == nil || d.toldTime && a.time != nil || b.otherClauseTime(d, a) {
				d.time = a.time // مقتل ضابط في انفجار وقع مساء الجمعة
			}
			if d.place == nil {
				d.place = a.place
			}
			if c := b.describingAttack(ds[i+1+j+1:], a); c != nil {
				// قتل ثلاثة جنود في هجوم انتحاري استهدف حاجزا في العريش
				// فجر الاثنين: the verb that describes the attack tells
				// where and when.
				if d.time == nil {
					d.time = c.time
				}
				if d.place == nil {
					d.place = c.place
				}
			}
			break
		}
	}
	for i, a := range ds {
		if a.ev.Type != events.Attack || a.dropped {
			continue
		}
		var linked *draft // the toll the attack caused last
		var referred *draft
		referredRead := false
		for _, d := range ds[i+1:] {
			if d.ev.Type != events.Death && d.ev.Type != events.Injury {
				continue
			}
			// أسفرت عن مقتل أربعة من عناصر الجيش وإصابة تسعة آخرين: the
			// second part of the toll, joined by و, is caused too.
			joined := linked != nil && strings.HasPrefix(d.tr.Proclitic, "و") && d.tr.First-linked.tr.Last <= 6 &&
				!b.punctBetween(linked.tr.Last, d.tr.First)
			// تفجير الكنيسة، الذي أودى بحياة 29 شخصا في 11 ديسمبر 2016:
			// the toll told in a relative clause after the attack is its
			// toll, and the date told after the toll is the attack's, not
			// a date before the attack (أجلت المحكمة إلى الأحد المقبل
			// محاكمة المتهمين في تفجير …: the trial's).
			relative := d.tr.First-a.tr.Last <= 8 && b.after(d.tr.First, 1, isRelativePronoun) && isConsequenceVerb(trimConj(b.word(d.tr.First)))
			if !joined && !relative && !b.consequence(d.tr) {
				continue
			}
			if relative && d.time != nil && d.time.Date >= 0 && int(b.dateFirst[d.time.Date]) >= d.tr.Last &&
				(a.time == nil || a.time.Date >= 0 && int(b.dateFirst[a.time.Date]) < a.tr.First) {
				a.time = d.time
			}
			linked = d
			if !referredRead {
				referred, referredRead = b.referredAttack(a), true
			}
			if referred != nil && !b.negatedToll(d) {
				// إن الاشتباكات أسفرت عن مقتل أربعة: the clashes told before.
				d.takeWhereWhen(referred)
			}
			a.casualties = a.casualties || d.casualties
			a.killed = max(a.killed, d.killed)
			a.injured = max(a.injured, d.injured)
			shareWhereWhen(a, d)
			// A headline tells one event with its toll (انفجار … يوقع
			// قتلى); an article's body reports the deaths as news of
			// their own too.
			if area := b.doc.Sections[a.ev.Section].Area(); area != "body" || b.doc.Sections[d.ev.Section].Area() != "body" {
				d.dropped = true
			}
		}
	}
}

// tollVerbEnd returns the end of a toll's verb phrase (exclusive, as a
// trigger's Last): for لقي
// the word it needs after its subject (لقي 11 شخصا بين مرضى ومرافقين
// حتفهم، وأصيب 23 آخرون …), whose clause ends there, so an injury joined
// right after it is the toll's second part; else the trigger's last
// token.
func (b *eventBuilder) tollVerbEnd(tr events.Trigger) int {
	if tr.Type != events.Death || tr.POS == events.Noun {
		return tr.Last
	}
	for k := tr.Last; k < len(b.words) && k < tr.Last+12; k++ {
		if b.punct(k) != "" {
			return tr.Last
		}
		if isAnyWord(b.word(k), tollComplements...) {
			return k + 1
		}
	}
	return tr.Last
}

// tollComplements are the words لقي needs to tell a death (لقي حتفه،
// لقوا مصرعهم), folded.
var tollComplements = []string{"حتفه", "حتفهم", "حتفها", "حتفهما", "مصرعه", "مصرعهم", "مصرعها", "مصرعهما"}

// referredAttack returns the attack that a definite attack noun telling
// neither place nor time refers back to (وقال المتحدث إن الاشتباكات أسفرت
// عن مقتل أربعة): the latest one told before its sentence, in its unit,
// at most three sentences back, with a place or a time; or nil. The toll
// the noun caused takes them (foldConsequences); the noun itself merges
// into that attack later (mergeDefinite). It reads at most maxMergeGroup
// drafts back.
func (b *eventBuilder) referredAttack(a *draft) *draft {
	if a.tr.POS != events.Noun || !a.tr.Article || a.tr.Pronoun || a.place != nil || a.time != nil {
		return nil
	}
	for i := len(b.drafts) - 1; i >= 0 && i >= len(b.drafts)-maxMergeGroup; i-- {
		p := b.drafts[i]
		if p.sent >= a.sent {
			continue // the sentence's own drafts come last
		}
		if a.sent-p.sent > 3 || p.unit != a.unit {
			return nil
		}
		if p.ev.Type == events.Attack && !p.dropped && (p.place != nil || p.time != nil) && sameAttackKind(a.tr.Lemma, p.tr.Lemma) {
			return p
		}
	}
	return nil
}

// sameAttackKind reports whether a definite attack noun of lemma ref may
// refer back to an attack told by lemma: الاشتباكات to clashes, fighting
// or battles, القصف to shelling or strikes; الهجوم (the attack) to any.
func sameAttackKind(ref, lemma string) bool {
	if k := attackKind(ref); k != "" {
		return k == attackKind(lemma)
	}
	return ref == lemma || ref == "هجوم" || ref == "هجمات"
}

// attackKind returns the kind of an attack lemma, as the lexicon writes
// it: "fight" (clashes, battles), "strike" (shelling, raids, strikes), or
// "" for the others.
func attackKind(lemma string) string {
	switch lemma {
	case "اشتباك", "اشتباكات", "اشتبك", "يشتبك", "معارك", "مواجهات", "قتال":
		return "fight"
	case "قصف", "يقصف", "غارة", "غارات", "أغار", "إغارة", "ضربة", "ضربات":
		return "strike"
	}
	return ""
}

// negatedToll reports a negation among the four words before a toll's
// trigger, in its clause (لم يسفر عن سقوط جرحى): no one was hurt.
func (b *eventBuilder) negatedToll(d *draft) bool {
	for k := d.tr.First - 1; k >= 0 && k >= d.tr.First-4; k-- {
		if b.punct(k) != "" {
			return false
		}
		if isAnyConj(b.word(k), "لم", "لن", "لا") {
			return true
		}
	}
	return false
}

// describingAttack returns the first of ds if it is an attack verb right
// after the attack noun a, in its clause (هجوم انتحاري استهدف حاجزا):
// the same attack told on; else nil.
func (b *eventBuilder) describingAttack(ds []*draft, a *draft) *draft {
	if len(ds) == 0 || a.tr.POS != events.Noun {
		return nil
	}
	c := ds[0]
	if c.ev.Type != events.Attack || c.tr.POS == events.Noun || c.tr.First-a.tr.Last > 3 || b.punctBetween(a.tr.Last, c.tr.First) {
		return nil
	}
	return c
}

// causeClitic reports an attack noun with the ب of cause (قتل سبعة وأصيب
// عشرون بانفجار سيارة، أصيب جنديان بقصف) in the clause of the death or
// injury d before it: at most twelve tokens on, with no punctuation
// between.
func (b *eventBuilder) causeClitic(d, a *draft) bool {
	if a.tr.POS != events.Noun || strings.TrimLeft(a.tr.Proclitic, "وف") != "ب" || a.tr.First-d.tr.Last > 12 {
		return false
	}
	return !b.punctBetween(d.tr.Last, a.tr.First)
}

// shareWhereWhen gives each of a and c the place and the time of the
// other where it has none.
func shareWhereWhen(a, c *draft) {
	a.takeWhereWhen(c)
	c.takeWhereWhen(a)
}

// takeWhereWhen gives a the place and the time of b where it has none.
func (a *draft) takeWhereWhen(b *draft) {
	if a.place == nil {
		a.place = b.place
	}
	if a.time == nil {
		a.time = b.time
	}
}

// within reports whether one of words (compared without a conjunction)
// is among the n tokens from token k.
func (b *eventBuilder) within(k, n int, words ...string) bool {
	for j := k; j < k+n && j < len(b.tx.Tokens); j++ {
		if isAnyConj(b.word(j), words...) {
			return true
		}
	}
	return false
}

// consequence reports whether a result verb (أدى إلى، يؤدي ل، أسفر عن،
// خلّف) comes just before the trigger.
func (b *eventBuilder) consequence(tr events.Trigger) bool {
	for k := tr.First - 1; k >= 0 && k >= tr.First-3; k-- {
		w := trimConj(b.word(k))
		if strings.HasPrefix(w, "ما") && len(w) > len("ما") {
			w = w[len("ما"):]
		}
		if isConsequenceVerb(w) {
			return true
		}
	}
	return false
}

// isConsequenceVerb reports the verbs of a toll caused by something
// else (أدى، أسفر، خلّف): see eventBuilder.consequence.
func isConsequenceVerb(w string) bool {
	switch w {
	case "يودي", "تودي", "ادي", "ادت", "اسفر", "اسفرت", "يسفر", "تسفر", "خلف", "خلفت", "مخلفا", "مخلفه",
		"اوقع", "اوقعت", "يوقع", "موقعا", "موقعه", "يخلف", "تخلف", "حصد", "حصدت", "اودي", "اودت":
		return true
	}
	return false
}

// isThisWord is isAnyConj(w, "هذه", "هذا") written as one switch: place
// asks it of every word after a trigger (في هذه المنطقة).
func isThisWord(w string) bool {
	switch w {
	case "هذه", "هذا", "وهذه", "وهذا", "فهذه", "فهذا":
		return true
	}
	return false
}

// electionWinner returns who won the election tr, told right before it
// (… في الانتخابات، … بالانتخابات): the name after فاز or فوز (فاز حزب
// العدالة والتنمية في الانتخابات، فوز الرئيس إبراهيم بوبكر كيتا في
// الانتخابات), or the list's after its head (فازت قائمة حركة النهضة
// بالمرتبة الأولى في الانتخابات); for a candidate of someone's (فوز مرشحه، فوز مرشحيها) or
// a win of someone's (فوزه، حقق فوزا) the subject of the clause's verb
// before, as read for the draft before in the sentence. At most twelve
// words back, within the clause: the winner's name and his seats may
// take that many (وفاز حزب العدالة والتنمية بـ125 مقعدا من أصل 395 في
// الانتخابات).
func (b *eventBuilder) electionWinner(d *draft, tr events.Trigger, first int) (participant, bool) {
	start := tr.First - 1
	if !strings.HasSuffix(tr.Proclitic, "ب") {
		if start < first || trimConj(b.word(start)) != "في" {
			return participant{}, false
		}
		start--
	}
	for f := start; f >= first && f >= start-12; f-- {
		if b.punct(f) != "" {
			return participant{}, false
		}
		win, own := winWord(b.word(f))
		if !win {
			continue
		}
		if !own {
			at := f + 1
			if e, _, ok := b.title(at, start+1); ok && e > at && e <= start {
				// فاز الرئيس الكولومبي فلان، فوز المرشح المستقل فلان: the
				// name after the winner's title phrase.
				if np := b.titlePhrase(at, e, start+1); np.person >= 0 {
					at = int(b.menFirst[np.person])
				}
			}
			// فازت قائمة حركة النهضة، فاز لائحة "…": the list's name.
			if p, _, ok := b.resultWinner(at, start+1); ok {
				return p, true
			}
			if x := b.tokMention[at]; x >= 0 && int(b.menFirst[x]) == at {
				return participant{}, false
			}
			nw := b.word(f + 1)
			if !strings.HasPrefix(nw, "مرشح") || !(strings.HasSuffix(nw, "ه") || strings.HasSuffix(nw, "ها") || strings.HasSuffix(nw, "هم")) {
				return participant{}, false
			}
		}
		for i := len(b.drafts) - 1; i >= 0 && i >= len(b.drafts)-4 && b.drafts[i].sent == d.sent; i-- {
			if p := b.drafts[i]; p.hasAgent && p.tr.Last <= f && !p.dropped {
				return p.agent, true // the last four drafts: bounded on a long line
			}
		}
		// حقق حزب المؤتمر الوطني فوزا: the name before, in the clause.
		for k := f - 1; k >= first && k >= f-6 && b.punct(k) == ""; k-- {
			if x := b.tokMention[k]; x >= 0 && int(b.menFirst[x]) == k {
				if l := b.doc.Mentions[x].Label; l == PER || l == ORG {
					return b.mentionParticipant(int(x)), true
				}
				return participant{}, false
			}
		}
		return participant{}, false
	}
	return participant{}, false
}

// winWord reports a word of winning (فاز، يفوز، فوز، with و or ب: وفاز،
// بفوز), and whether it names the winner by its pronoun or not at all
// (فوزه، فوزها، فوزا).
func winWord(w string) (win, own bool) {
	for range 2 {
		switch w {
		case "فاز", "فازت", "يفوز", "تفوز", "فازوا", "فوز",
			// حصد الحزب 13 مقعدا في الانتخابات، تصدرت القائمة نتائجها في
			// الانتخابات، اكتسح الحزب المقاعد في الانتخابات: the name after.
			"حصد", "حصدت", "يحصد", "تحصد", "تصدر", "تصدرت", "يتصدر", "اكتسح", "اكتسحت", "يكتسح", "تكتسح":
			return true, false
		case "فوزه", "فوزها", "فوزهم", "فوزا":
			return true, true
		}
		switch {
		case strings.HasPrefix(w, "وب"):
			w = w[len("وب"):]
		case strings.HasPrefix(w, "و"), strings.HasPrefix(w, "ب"):
			w = w[len("و"):]
		default:
			return false, false
		}
	}
	return false, false
}

// receptionPlace reports a place phrase at token k (في قصر، بمقر، في
// القاعة، في مكتبه، بمكتبها): where a meeting verb's subject received his
// guest, who is named after it.
func (b *eventBuilder) receptionPlace(k int) bool {
	w := trimConj(b.word(k))
	if w == "في" {
		w = b.word(k + 1)
	} else if !strings.HasPrefix(w, "ب") {
		return false
	}
	switch w {
	case "مكتبه", "مكتبها", "بمكتبه", "بمكتبها", "منزله", "منزلها", "بمنزله", "بمنزلها":
		return true
	}
	return isFacility(w)
}

// chairs returns the persons who head the body of an event in its
// clause, named after برئاسة / بقيادة / يترأسه (وصل وفد برئاسة وزير
// الخارجية فلان، تشكيل لجنة عليا … برئاسة ولي العهد الأمير فلان، وكانت
// المحكمة، برئاسة المستشار فلان، قد أحالت): up to 12 tokens before the
// trigger (further back, a verb of another subject may stand between:
// نالت حكومة … برئاسة فلان ثقة المجلس بأغلبية … نائبا حضروا الجلسة) or up to the end of its window after it, with no other event
// word and no mark that ends a clause between (a comma may: an aside),
// nor a word that opens another clause (فيما، بينما، في حين، حيث، كما)
// or a complementizer (أن، إن).
// A person only: فاز برئاسة البلدية names an office, التحالف بقيادة
// السعودية a coalition's leader, which the coalition's events do not
// count as their own.
func (b *eventBuilder) chairs(tr events.Trigger, s normalize.Sentence, hi int) []participant {
	if b.chaired == 0 {
		// Once per text: most tell of no chair, and the scans below
		// test each word around every trigger for a clause's end.
		b.chaired = 1
		for _, w := range b.words {
			if isChairWord(trimConj(w)) {
				b.chaired = 2
				break
			}
		}
	}
	if b.chaired == 1 {
		return nil
	}
	var out []participant
	try := func(k int) {
		if k+1 >= s.Last || !isChairWord(trimConj(b.word(k))) {
			return
		}
		x := -1
		if e := int(b.titleEnd[k+1]); e > 0 {
			// (titleEnd is 0 where no title begins: a phrase read from
			// there would start at the text's first token.)
			x = b.titlePhrase(k+1, e, s.Last).person
		}
		if x < 0 {
			if y := b.tokMention[k+1]; y >= 0 && int(b.menFirst[y]) == k+1 {
				x = int(y)
			}
		}
		if x >= 0 && b.doc.Mentions[x].Label == PER && !b.rolePart[x] {
			out = append(out, b.mentionParticipant(x))
			if y := b.coChair(int(b.menLast[x]), s.Last); y >= 0 {
				out = append(out, b.mentionParticipant(y))
			}
		}
	}
	stop := func(k int) bool {
		if p := b.punct(k); p != "" && p != "," && p != "\"" {
			return true
		}
		// A complementizer too: قالت البعثة، برئاسة فلانة، إن الاقتراع
		// جرى: the chair speaks; what she says is another's event.
		return isAnyConj(b.word(k), "فيما", "بينما", "حين", "حيث", "كما", "بعدما", "عندما") || b.trigAt[k] || isComplementizer(b.word(k))
	}
	for k := tr.First - 1; k >= s.First && k >= tr.First-12; k-- {
		if stop(k) {
			break
		}
		try(k)
	}
	for k := tr.Last; k < hi; k++ {
		if stop(k) {
			break
		}
		try(k)
	}
	return out
}

// coChair returns the person who heads the body with the chair whose
// name ends at token k, joined by a comma and و with no more than a style
// and a title between (برئاسة الرئيس فلان، وفخامة الرئيس فلان; برئاسة
// فلان وفلان; برئاسة فلان أمير البلاد، وفخامة الرئيس فلان), or -1. Another clause (وقال فلان، وبحث) or a mark stops
// it.
func (b *eventBuilder) coChair(k, sentLast int) int {
	// The first chair's office after his name (فلان أمير البلاد، وفخامة).
	plainWord := func(j int) bool {
		return b.punct(j) == "" && b.tokMention[j] < 0 && !b.trigAt[j] && b.tokDate[j] < 0
	}
	if e := b.closingComma(k, min(k+3, sentLast-1), plainWord); e >= 0 {
		k = e
	}
	if k < sentLast && b.punct(k) == "," {
		k++
	}
	if k >= sentLast || b.trigAt[k] {
		return -1
	}
	if w := b.word(k); b.tokMention[k] < 0 && (!strings.HasPrefix(w, "و") || len(trimConj(w)) == len(w)) {
		return -1
	}
	for j := k; j < sentLast && j < k+5; j++ {
		if j > k && (b.punct(j) != "" || b.trigAt[j]) {
			return -1
		}
		if x := b.tokMention[j]; x >= 0 {
			if int(b.menFirst[x]) == j && b.doc.Mentions[x].Label == PER && !b.rolePart[x] &&
				(j > k || strings.HasPrefix(b.word(j), "و")) {
				return int(x)
			}
			return -1
		}
	}
	return -1
}

// chairedBefore reports a chair word (برئاسة، بقيادة) between the
// trigger's end trEnd and the comma at token k, with no other mark
// between: the name before the comma is a chair's.
func (b *eventBuilder) chairedBefore(k, trEnd int) bool {
	for j := k - 1; j >= trEnd && j >= k-14; j-- {
		if b.punct(j) != "" {
			return false
		}
		if isChairWord(trimConj(b.word(j))) {
			return true
		}
	}
	return false
}

// isChairWord reports the words (folded, without و) after which the
// head of a body is named: برئاسة، بقيادة، يترأسه، ترأسه.
func isChairWord(w string) bool {
	switch w {
	case "برياسه", "بقياده", "يتراسه", "يتراسها", "تتراسه", "تتراسها", "تراسه", "تراسها", "يقوده", "يقودها":
		return true
	}
	return false
}

// objectVerb reports a verb whose object is a person it acts on, so that
// a name after it may be its object rather than its subject: appointing
// (عين، كلف), dismissing (أقال، أعفى، أنهى مهام) and accusing (اتهم).
func (b *eventBuilder) objectVerb(tr events.Trigger) bool {
	switch tr.Type {
	case events.Appoint, events.Dismiss:
		return true
	case events.Statement:
		return isAccuseWord(trimConj(b.word(tr.First)))
	}
	return false
}

// objectMarked reports the complement that follows a verb's object and
// marks the name before it as one (objectVerb), the first word at k past
// commas and dates: a ب-complement (كلفه بحقيبة، اتهمه باحتجاز), an
// office in the accusative (وزيرا، محافظا) or خلفا (in succession to),
// or من مهامه، من منصبه (relieved of).
func (b *eventBuilder) objectMarked(k, hi int, tr events.Trigger) bool {
	for n := 0; k < hi && n < 4 && (b.punct(k) == "," || b.tokDate[k] >= 0); n++ {
		k++
	}
	if k >= hi || b.tokMention[k] >= 0 {
		return false
	}
	w := b.word(k)
	switch {
	case tr.Type == events.Dismiss:
		return w == "من" && k+1 < hi && isAnyWord(b.word(k+1), "منصبه", "منصبها", "مهامه", "مهامها", "مهام")
	case isAnyWord(w, "خلفا", "بدلا"):
		return tr.Type == events.Appoint
	case strings.HasPrefix(w, "ب") && len(w) > len("ب")*3:
		return objectComplementB(w, tr.Type)
	}
	if tr.Type == events.Appoint {
		return accusativePosition(w) // وزيرا، محافظا; the feminine رئيسة (folded رييسه)
	}
	return false
}

// metEnds reports whether the name met by a verb of meeting ends at token
// k: the clause stops, a date or a place with its preposition follows,
// or a word that sets the meeting (في، خلال، لبحث). Another noun there
// may be the one met after a subject (واستقبل الرئيس الوفد), as ب or مع
// is (والتقى فلان بالوفد).
func (b *eventBuilder) metEnds(k, hi int) bool {
	if k >= hi || b.punct(k) != "" || b.tokDate[k] >= 0 {
		return true
	}
	if x := b.tokMention[k]; x >= 0 {
		return b.doc.Mentions[x].Label == LOC && b.prepOn(int(x))
	}
	return isAnyWord(b.word(k), "في", "خلال", "اثناء", "امس", "اليوم", "عقب", "لبحث", "وبحث", "وبحثا", "حيث")
}

// accusativePosition reports whether the folded word w is an office of
// positionNouns in the indefinite accusative: the masculine with its
// alef (وزيرا، محافظا), the feminine in ة (رئيسة, folded رييسه).
func accusativePosition(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ا"); ok && isAnyWord(stem, positionNouns...) {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ه")
	return ok && isAnyWord(stem, positionNouns...)
}

// furtherAppointees returns the persons a list of appointments names
// after the first one's office, each after a comma and و and before an
// office of its own in the accusative (تعيين فلان وزيرا للخارجية خلفا
// لفلان، وعمر الرزاز وزيرا للتربية، وغالب الزعبي وزيرا للداخلية): they
// are appointed by the same act. The list ends at the sentence's end or
// at a word that opens another clause (فيما، بينما).
func (b *eventBuilder) furtherAppointees(from, end int) []int {
	var out []int
	for k := from; k+2 < end && len(out) < 8; k++ {
		if opensClause(trimConj(b.word(k))) && k > from || isComplementizer(b.word(k)) {
			break
		}
		if b.punct(k) != "," {
			continue
		}
		// The name may follow its rank or title (والعميد فلان مديرا).
		j := k + 1
		if e := int(b.titleEnd[j]); e > j && e < end && b.tokMention[j] < 0 {
			j = e
		}
		x := b.tokMention[j]
		if x < 0 || int(b.menFirst[x]) != j || b.doc.Mentions[x].Label != PER || b.rolePart[x] || !strings.HasPrefix(b.word(k+1), "و") {
			continue
		}
		o := int(b.menLast[x])
		if o >= end {
			break
		}
		if accusativePosition(b.word(o)) {
			out = append(out, int(x))
			k = o
		}
	}
	return out
}

// includedList reports an appointment noun that a verb of inclusion
// governs, at most two words before it (وتضمن المرسوم تعيين، وشمل
// التحوير تعيين، يشمل التعديل الوزاري تعيين): a list of appointments made
// by one decree or reshuffle.
func (b *eventBuilder) includedList(tr events.Trigger, sentFirst int) bool {
	if tr.POS != events.Noun {
		return false
	}
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-3; k-- {
		switch strings.TrimPrefix(trimConj(b.word(k)), "و") {
		case "تضمن", "تضمنت", "يتضمن", "تتضمن", "شمل", "شملت", "يشمل", "تشمل", "اشتمل", "اشتملت", "ضم", "ضمت", "يضم", "تضم":
			return true
		}
	}
	return false
}

// splitAppointees makes each further appointee of d (draft.appointees)
// his own appointment: by d's agent, the body or person named before the
// trigger, at d's time and place, with the office after his name.
func (b *eventBuilder) splitAppointees(d *draft, sentFirst, sentLast int) {
	if len(d.appointees) == 0 {
		return
	}
	before := map[string]bool{}
	for k := sentFirst; k < d.tr.First; k++ {
		if x := b.tokMention[k]; x >= 0 {
			before[b.doc.Mentions[x].Entity] = true
		}
	}
	// What d read past its own appointee's office (the other appointees,
	// their offices' bodies) is not d's.
	mine := map[string]bool{}
	for k := sentFirst; k < int(b.menFirst[d.appointees[0]]); k++ {
		if x := b.tokMention[k]; x >= 0 {
			mine[b.doc.Mentions[x].Entity] = true
		}
	}
	kept := d.parts[:0]
	for _, p := range d.parts {
		if p.entity == "" || mine[p.entity] {
			kept = append(kept, p)
		}
	}
	d.parts = kept
	for _, x := range d.appointees {
		nd := b.splitOff(d)
		for _, p := range d.parts {
			if p.entity != "" && before[p.entity] && !b.hasPerson([]participant{p}) {
				nd.parts = append(nd.parts, p)
			}
		}
		if d.hasAgent && slices.ContainsFunc(d.parts, d.agent.same) && !slices.ContainsFunc(nd.parts, d.agent.same) {
			// وعين الرئيس فلان X مديرا لـA، وY مديرا لـB: the one who
			// appoints appoints each.
			nd.parts = append(nd.parts, d.agent)
		}
		nd.parts = append(nd.parts, b.mentionParticipant(int(x)))
		o := int(b.menLast[x])
		end := b.positionEnd(o, sentLast)
		nd.position = &Argument{Role: "position", Text: b.sourceText(o, end), Date: -1}
		// The place named with his office is his (محافظا لحماة); d's
		// (splitOff's copy) is his too unless it was named with d's
		// office.
		nd.area = nil
		if y := b.tokMention[min(end, sentLast-1)]; end < sentLast && y >= 0 && int(b.menFirst[y]) == end && b.doc.Mentions[y].Label == LOC {
			m := b.doc.Mentions[y]
			nd.place = &Argument{Role: "place", Entity: m.Entity, Text: m.Form, Date: -1}
		} else if d.place == nil || b.namedIn(d.place.Entity, d.tr.Last, int(b.menFirst[d.appointees[0]])) {
			nd.place = nil
		}
		b.drafts = append(b.drafts, nd)
	}
	d.appointees = d.appointees[:0]
}

// movedTo reports an event whose place is where someone came to: a visit
// or a displacement (وصل الوزير قادما من الرياض إلى القاهرة، نزح الآلاف
// قادمين من حلب إلى إدلب).
func movedTo(tr events.Trigger) bool {
	return tr.Type == events.Visit || tr.Type == events.Displacement
}

// splitOff returns a new draft for one of several events d tells
// (splitAppointees, splitCalls): a copy of d from the arena with no
// participants yet (the arena's memory for them kept) and a place and a
// time of its own, copied from d's, that the caller may change.
func (b *eventBuilder) splitOff(d *draft) *draft {
	nd := b.arena.new()
	parts := nd.parts
	*nd = *d
	nd.appointees = nil
	nd.parts = parts
	if d.place != nil {
		pl := *d.place
		nd.place = &pl
	}
	if d.time != nil {
		t := *d.time
		nd.time = &t
	}
	return nd
}

// splitCalls makes each of several calls told by one plural or dual
// noun (تلقى الملك اتصالات هاتفية من فلان وفلان، أجرى الوزير اتصالين
// بنظيريه فلان وفلان) a contact of its own: one call is between two
// parties, so each name after the noun is the other party of one call,
// with the names before it (who made or took them). A call between
// several named together (اتصال ثلاثي) is one noun in the singular and
// stays whole.
func (b *eventBuilder) splitCalls(d *draft, sentLast int) {
	if d.ev.Type != events.Contact || d.tr.POS != events.Noun || len(d.parts) < 3 || !isCallsNoun(b.word(d.tr.First)) {
		return
	}
	var callers, others []participant
	for _, p := range d.parts {
		if b.namedIn(p.entity, d.tr.Last, sentLast) {
			others = append(others, p)
		} else {
			callers = append(callers, p)
		}
	}
	if len(others) < 2 || len(callers) == 0 {
		return
	}
	d.parts = append(append(d.parts[:0], callers...), others[0])
	for _, o := range others[1:] {
		nd := b.splitOff(d)
		nd.parts = append(append(nd.parts, callers...), o)
		b.drafts = append(b.drafts, nd)
	}
}

// isCallsNoun reports a call noun in the plural or the dual (folded, with
// its conjunction or article): اتصالات، اتصالين، مكالمات، مكالمتين.
func isCallsNoun(w string) bool {
	w = strings.TrimPrefix(trimConj(w), "ال")
	switch w {
	case "اتصالات", "اتصالين", "اتصالان", "مكالمات", "مكالمتين", "مكالمتان":
		return true
	}
	return false
}

// objectComplementB reports a ب-word (folded) that is the complement of
// an appointing or accusing verb's object: for an appointment the office,
// the portfolio or the task given (كلفه بحقيبة، بمنصب، بمهام، برئاسة،
// بإدارة، or a verbal noun of the pattern تفعيل: بتشكيل، بتسيير); for an
// accusation what he is accused of (اتهمها بالانحياز، باحتجاز). Never a
// ب-phrase that tells how or when the act was done (باسم، بحضور،
// بالإجماع، بعد، بموجب، بمرسوم): those follow a subject as well.
func objectComplementB(w string, typ string) bool {
	stem := strings.TrimPrefix(w, "ب")
	if isMannerB(stem) {
		return false
	}
	if typ != events.Appoint {
		return !isChairWord(w)
	}
	stem = strings.TrimPrefix(stem, "ال")
	switch stem {
	case "منصب", "مناصب", "حقيبه", "حقايب", "مهام", "مهمه", "وزاره", "رياسه", "اداره", "قياده", "اماره", "امانه", "اشراف", "تولي":
		return true
	}
	r := []rune(stem)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ي' // تشكيل، تسيير، تصريف، تمثيل
}

// isMannerB reports what follows ب (folded, without it) in a phrase
// telling how, when or by what an act was done rather than whom it acts
// on: باسم، بحضور، بمشاركة، بالإجماع، بعد، بموجب، بمرسوم، بقرار، بناء على.
func isMannerB(w string) bool {
	switch w {
	case "اسم", "حضور", "مشاركه", "رفقه", "الاجماع", "اجماع", "الاغلبيه", "اغلبيه", "عد", "عدما", "موجب", "مرسوم", "قرار", "امر",
		"ناء", "سبب", "شكل", "صوره", "دعوه", "مناسبه", "حسب", "طلب", "توجيه", "تنسيق", "التنسيق", "التعاون", "التزامن", "النيابه",
		"الاضافه", "القرب", "واسطه", "خصوص", "شان", "صفته", "صفتها", "دلا", "دل", "ين", "ينما", "دءا", "دون", "عيدا", "اتفاق", "موافقه", "الموافقه":
		return true
	}
	return false
}

// bodyAfterVerb reports a body named right after a verb, before its
// object at token after (وعين مجلس الإدارة فلانا مديرا، وكلفت اللجنة
// فلانا بالملف): the body is the verb's subject, not the subject of the
// clause the verb is joined to. An organization's mention there is one,
// and so is the head noun of an institution (isInstitutionHead), with or
// without the article, and a government or its authorities with the
// article (ووقعت الحكومة اتفاقا مع البنك، وعقدت السلطات اجتماعا: the
// subject after the verb wins over the clause before).
func (b *eventBuilder) bodyAfterVerb(k, after int) bool {
	for n := 0; k < after && n < 3 && b.skippable(k); n++ {
		k++
	}
	if k >= after {
		return false
	}
	if x := b.tokMention[k]; x >= 0 {
		return b.doc.Mentions[x].Label == ORG
	}
	w := b.word(k)
	return isInstitutionHead(strings.TrimPrefix(w, "ال")) || isAnyWord(w, "الحكومه", "الحكومات", "السلطات")
}

// headTitleAt reports a title of a head of state or government at token
// k (الرئيس، رئيس الحكومة، الملك، الأمير، ولي العهد، العاهل): who holds it,
// named after a verb, is its subject (وعين رئيس الحكومة فلان مستشارا له)
// rather than the one it acts on.
func (b *eventBuilder) headTitleAt(k int) bool {
	switch b.word(k) {
	case "الرييس", "الملك", "الامير", "العاهل", "ولي", "امير", "ملك":
		return true
	case "رييس":
		return isAnyWord(b.word(k+1), "الحكومه", "الوزراء", "الجمهوريه", "الدوله", "مجلس")
	}
	return false
}

// joinedSubject returns the subject of the verb the clause of tr is
// joined to by و: the last event verb before it in its sentence and
// section whose subject is known, agreeing with tr's verb when both say
// their gender and number.
func (b *eventBuilder) joinedSubject(d *draft, tr events.Trigger, want byte) (participant, bool) {
	var act *draft
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.sent != d.sent || p.ev.Section != d.ev.Section {
			break
		}
		if p.hasAgent && !p.dropped && p.tr.Last <= tr.First {
			act = p
			break
		}
		if !p.dropped && p.tr.Last <= tr.First && b.receivedCall(p) {
			// وتلقى الملك اتصالا هاتفيا من ولي العهد، واستقبل الوزير
			// فلانا: who received the call goes on.
			if b.passivePerfect(tr) {
				return participant{}, false
			}
			return p.parts[0], true
		}
	}
	return b.subjectOfAct(d, tr, want, act)
}

// receivedCall reports a call p told as received (تلقى الملك اتصالا من
// فلان): a verb of receiving before its noun in the clause, whose subject,
// the first of p's participants, received it.
func (b *eventBuilder) receivedCall(p *draft) bool {
	if p.ev.Type != events.Contact || p.tr.POS != events.Noun || len(p.parts) == 0 {
		return false
	}
	first := b.tx.Sentences[p.sent].First
	for k := p.tr.First - 1; k >= first && k >= p.tr.First-8; k-- {
		if b.punct(k) != "" {
			return false
		}
		if b.receiveAt(k) {
			return true
		}
	}
	return false
}

// subjectOfAct is joinedSubject's answer for act, the last event verb
// before tr in its sentence and section whose subject is known (nil for
// none): its subject when the two verbs agree and act is no passive,
// else with no act the subject كان or كانت opening the sentence names.
func (b *eventBuilder) subjectOfAct(d *draft, tr events.Trigger, want byte, act *draft) (participant, bool) {
	if b.passivePerfect(tr) {
		return participant{}, false // كما أعفي فلان، وعيّن فلان: no doer named
	}
	if act != nil {
		if x := b.verbAgreement(act.tr); x != 0 && want != 0 && x != want || b.passivePerfect(act.tr) {
			return participant{}, false
		}
		return act.agent, true
	}
	first := b.tx.Sentences[d.sent].First
	if x := kanaAgreement(trimConj(b.word(first))); x != 0 && want != 0 && x != want {
		return participant{}, false
	}
	return b.kanaSubject(first, tr)
}

// joinedActSubject returns the subject of the act a verb of saying tr is
// joined to by و in its sentence (joinedSubject), when no statement or
// appeal stands before tr in that sentence: after one (قال الوزير إن
// القوات اعتقلت ثلاثة، وأضاف) the speaker goes on (lastSpeaker), and
// the acts told in its words are not his.
func (b *eventBuilder) joinedActSubject(d *draft, tr events.Trigger) (participant, bool) {
	// One pass back over the drafts of d's sentence and section: a
	// statement or an appeal among them ends the reading, and the act is
	// the one joinedSubject would find (the last event verb before tr
	// with a known subject), read on the way.
	var act *draft
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.sent != d.sent || p.ev.Section != d.ev.Section {
			break
		}
		if p.ev.Type == events.Statement || p.ev.Type == events.Appeal {
			return participant{}, false
		}
		if act == nil && p.hasAgent && !p.dropped && p.tr.Last <= tr.First {
			act = p
		}
	}
	p, ok := b.subjectOfAct(d, tr, b.verbAgreement(tr), act)
	if !ok || b.isMedia(p) {
		return participant{}, false
	}
	if n := len(b.drafts); n > 0 {
		// واستقبل الملك الوزير فلانا، ودعا: a head's title with no name
		// right after the act's verb is its subject; the name read is
		// the one received, who does not speak here.
		a := b.drafts[n-1]
		if a.sent == d.sent && b.relativeAct(a) {
			// استقبل الملك الوزير فلانا، الذي تسلم منصبه حديثا، ودعا: the
			// act of a relative clause is not the one the verb is joined to.
			return participant{}, false
		}
		if a.sent == d.sent && b.headTitleAt(a.tr.Last) {
			k := a.tr.Last + 1 // الرئيس فلان
			if b.word(a.tr.Last) == "رييس" {
				k++ // رئيس الوزراء فلان
			}
			for j := k; j < k+2 && b.nisbaAt(j); j++ {
				k = j + 1 // الرئيس الموريتاني فلان: the head's country said
			}
			if x := b.tokMention[k]; x < 0 || !b.mentionParticipant(int(x)).same(p) {
				return participant{}, false
			}
		}
	}
	return p, true
}

// kanaAgreement is the gender of كان (m) and كانت (f), else 0.
func kanaAgreement(w string) byte {
	switch w {
	case "كان":
		return 'm'
	case "كانت":
		return 'f'
	}
	return 0
}

// lightAgreement is the gender and number its form gives a light verb
// (folded, without its conjunction), as verbAgreement's: عقدت f, عقدوا
// p, يعقد m, عقد m; 0 for a form that may be either (تعقد, ترأس).
func lightAgreement(w string) byte {
	switch {
	case strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "ون"):
		return 'p'
	case strings.HasPrefix(w, "ي"):
		return 'm'
	case strings.HasPrefix(w, "ت"):
		return 0
	case strings.HasSuffix(w, "ت"):
		return 'f'
	}
	return 'm'
}

// passivePerfect reports a perfect verb written with the damma of the
// passive on its first letter (عُيّن، أُعفي، وعُيّن): it names the one
// acted on, and no doer.
func (b *eventBuilder) passivePerfect(tr events.Trigger) bool {
	if tr.POS != events.Perfect {
		return false
	}
	src := b.sourceText(tr.First, tr.Last)
	src = strings.TrimPrefix(src, tr.Proclitic)
	_, n := utf8.DecodeRuneInString(src)
	return strings.HasPrefix(src[n:], "\u064f")
}

// kanaSubject returns the name كان or كانت opens the sentence at first
// with, right after it and before tr (وكان عماد مغنية أحد أبرز القادة،
// ولقي مصرعه; وكان الرئيس قد رفض الاستقالة، واتهم): the subject of the
// verbs joined by و that have none of their own. Not a place.
func (b *eventBuilder) kanaSubject(first int, tr events.Trigger) (participant, bool) {
	if !isAnyConj(b.word(first), "كان", "كانت") || first+1 >= tr.First {
		return participant{}, false
	}
	if x := b.tokMention[first+1]; x >= 0 && int(b.menFirst[x]) == first+1 && !b.rolePart[x] && b.doc.Mentions[x].Label != LOC {
		return b.mentionParticipant(int(x)), true
	}
	if b.tokMention[first+1] < 0 && !b.trigAt[first+1] {
		// وكان الرئيس عون قد رفض: a title and its person.
		if ps, end, ok := b.actorAt(first+1, tr.First, tr); ok && len(ps) > 0 && end < tr.First {
			if i, ok := b.entityIndex(ps[0].entity); ok && b.doc.Entities[i].Label != LOC {
				return ps[0], true
			}
		}
	}
	return participant{}, false
}

// joinedLightVerb returns the token of a light verb joined by و (or after
// حيث) right before the event noun tr, with at most dates and commas
// between (وأجرى بين ٦ و٩ تشرين الثاني مشاورات، وعقد اجتماعا) or the seat
// where it was held: a verb with no subject of its own; -1 if none.
func (b *eventBuilder) joinedLightVerb(tr events.Trigger, sentFirst int) int {
	k := tr.First - 1
	for n := 0; k > sentFirst && n < 6 && b.skippable(k) && b.word(k) != "من"; n++ {
		k--
	}
	if b.joinedLightAt(k, sentFirst) {
		return k
	}
	// وترأس بمقر عمالة الإقليم اجتماعا، حيث ترأس في مكتبه اجتماعا: the
	// seat where it was held between the verb and its noun.
	for j := k - 1; j > sentFirst && j >= k-6; j-- {
		if b.punct(j) != "" || b.trigAt[j] {
			break
		}
		if b.joinedLightAt(j, sentFirst) && b.receptionPlace(j+1) {
			return j
		}
	}
	return -1
}

// joinedLightAt reports a light verb at token k joined by و, or right
// after حيث (حل الوزير بالمدينة، حيث ترأس اجتماعا), that goes on with the
// subject of the clause before.
func (b *eventBuilder) joinedLightAt(k, sentFirst int) bool {
	if k <= sentFirst || !b.lightAt(k) {
		return false
	}
	w := b.word(k)
	return strings.HasPrefix(w, "و") && trimConj(w) != w || b.word(k-1) == "حيث"
}

// acceptedBy returns the one who accepts the resignation tr, and the
// token of the verb of accepting: the subject
// of قبل، يقبل، وافق (على) before it in its sentence, named right after
// the verb and followed by the resignation with at most a time or commas
// between (قبل الأمير مساء أمس استقالة الوزير، وافق الرئيس على استقالة).
// قبل right before the noun is "before" (قبل استقالة الحكومة).
func (b *eventBuilder) acceptedBy(tr events.Trigger, sentFirst int) (participant, int, bool) {
	j := tr.First - 1
	if j > sentFirst && b.word(j) == "علي" {
		j--
	}
	for n := 0; j > sentFirst && n < 6 && b.skippable(j); n++ {
		j--
	}
	for k := j; k >= sentFirst && k >= j-10; k-- {
		if b.trigAt[k] || b.punct(k) != "" && b.punct(k) != "," {
			return participant{}, -1, false
		}
		w := trimConj(b.word(k))
		if !isAnyWord(w, "قبل", "يقبل", "قبلت", "تقبل", "وافق", "وافقت", "يوافق", "توافق") {
			continue
		}
		if strings.HasPrefix(w, "وافق") != (b.word(tr.First-1) == "علي") && !strings.HasPrefix(w, "يوافق") && !strings.HasPrefix(w, "توافق") {
			return participant{}, -1, false
		}
		from := k + 1
		if isAnyWord(b.word(from), "سمو", "جلاله", "فخامه", "معالي") {
			from++ // قبل سمو الأمير: the style before the title
		}
		if p, ok := b.styledPerson(from); ok && from == j {
			return p, k, true // التي قبل جلالته استقالتها
		}
		ps, end, ok := b.agentAfter(from, tr.First, tr)
		if !ok || len(ps) == 0 || end > j+1 {
			return participant{}, -1, false
		}
		return ps[0], k, true
	}
	return participant{}, -1, false
}

// acceptsAfter reports a relative clause of accepting within eight tokens
// from k (الذي وافق عليها، الذي قبلها): the one a resignation was handed
// to, named before it, accepted it.
func (b *eventBuilder) acceptsAfter(k, hi int) bool {
	for j := k; j < hi-1 && j < k+8; j++ {
		if isAnyWord(b.word(j), "الذي", "التي") {
			w := b.word(j + 1)
			return strings.HasPrefix(w, "وافق") || strings.HasPrefix(w, "قبل") && len(w) > len("قبل")
		}
	}
	return false
}

// trialSide reads at token k a side of a trial named by its kind, which
// speaks with no name of its own (فريق الدفاع، هيئة الدفاع، فريق الادعاء،
// محامو الدفاع), and returns the token after it, or k. Not a named body
// (هيئة الدفاع عن … is read up to الدفاع: what it defends is no part).
func (b *eventBuilder) trialSide(k, last int) int {
	if k+1 >= last || b.tokMention[k] >= 0 || b.tokMention[k+1] >= 0 {
		return k
	}
	if !isAnyWord(b.word(k), "فريق", "هييه", "محامو", "محامي", "محاموا") || !isAnyWord(b.word(k+1), "الدفاع", "الادعاء") {
		return k
	}
	return k + 2
}

// afterThatBefore reports a verb at token i right after بعد أن or بعدما
// (وبعد أن، فبعدما): told as what came before the clause it follows.
// The clause is read as twoInSentence reads it (sequenceClauseAt), its
// word one of after, and أن (not ما) in its two-word form.
func (b *eventBuilder) afterThatBefore(i int) bool {
	if b.sequenceClauseAt(i-1, i) == i && isAnyConj(b.word(i-1), "بعدما") {
		return true
	}
	return b.sequenceClauseAt(i-2, i) == i && b.word(i-1) == "ان" && isAnyConj(b.word(i-2), "بعد")
}
