package entities

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	gz "github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/internal/wordtab"
)

// result turns the kept candidates into mentions and groups them into
// entities.
func (d *doc) result() *Result {
	g := &d.grouping
	// Candidates in text order; index map from candidate to mention.
	order := g.order[:0]
	for k, c := range d.cands {
		if !c.dropped && c.normEnd > c.normStart {
			order = append(order, k)
		}
	}
	g.order = order
	slices.SortStableFunc(order, func(a, b int) int { return d.cands[a].normStart - d.cands[b].normStart })
	res := &Result{Mentions: make([]Mention, 0, len(order))}
	mentionOf := resize(g.mentionOf, len(d.cands))
	g.mentionOf = mentionOf
	for k := range mentionOf {
		mentionOf[k] = -1
	}
	keys := g.keys[:0]                         // folded form of each mention
	nameForm := resize(g.nameForm, len(order)) // a mention's name when it differs from its form
	clear(nameForm)
	g.nameForm = nameForm
	lastEnd := 0
	// order sorts the candidates by their start: a cursor maps them
	// without a search each.
	spans := d.t.Cursor()
	for _, k := range order {
		c := d.cands[k]
		s, e := spans.SourceSpan(c.normStart, c.normEnd)
		if s < lastEnd || e <= s {
			continue // never overlap
		}
		lastEnd = e
		mentionOf[k] = len(res.Mentions)
		res.Mentions = append(res.Mentions, Mention{
			Label: c.label, Start: s, End: e, Text: d.t.Source[s:e], Form: d.formText(c.normStart, s, e),
			First: c.first, Last: c.last, Source: c.source,
		})
		end := c.normEnd
		if c.nameEnd > 0 {
			end = c.nameEnd // group and name by the name, not its acronym
			nameForm[len(res.Mentions)-1] = d.sourceText(c.normStart, c.nameEnd)
			// The form is the name, not its acronym in brackets, which
			// is the entity's alias (the span holds both).
			ns, ne := d.t.SourceSpan(c.normStart, c.nameEnd)
			res.Mentions[len(res.Mentions)-1].Form = d.formText(c.normStart, ns, ne)
		}
		keys = append(keys, foldKey(d.t.Norm[c.normStart:end], d.droppedArticle(c.normStart)))
	}
	g.keys = keys
	d.group(res, keys, nameForm, mentionOf, order)
	d.soleStyleAliases(res)
	return res
}

// soleStyle is the style, folded and word by word, that one person
// alone bears: the king of Saudi Arabia. Written right before his name
// (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز), it is his alias, and
// names him where it stands alone (تلقى خادم الحرمين الشريفين اتصالا).
var soleStyle = strings.Fields(searchNorm.String("خادم الحرمين الشريفين"))

// soleStyleAliases adds soleStyle, written right before a person's name
// (with الملك between or not), to that person's aliases.
func (d *doc) soleStyleAliases(res *Result) {
	n := len(soleStyle)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Label != PER || m.Entity < 0 {
			continue
		}
		j := m.First
		if j > 0 && d.word[j-1] == soleStyleKing {
			j--
		}
		if j < n || int(d.segEnd[j-n]) <= m.First || d.stem[j-n] != soleStyle[0] {
			continue
		}
		if slices.Equal(d.word[j-n+1:j], soleStyle[1:]) {
			d.addAlias(&res.Entities[m.Entity], d.sourceText(d.start(j-n), d.t.Tokens[j-1].End))
		}
	}
}

// soleStyleKing (folded) is the office between the style and the name.
var soleStyleKing = searchNorm.String("الملك")

// grouping is the scratch of result and group, kept by the doc for the
// next text: nothing of it goes into a Result.
type grouping struct {
	order, mentionOf, parent, roots                        []int
	keys, nameForm, canonOf, canonName, aliasOf, acronymOf []string
	// gloss marks the organizations named in brackets after another
	// (جبهة النصرة (تنظيم القاعدة في بلاد الشام)).
	gloss []bool
	sure  []bool // group's sure names
	// finalAlef and finalHeh are the mentions whose key has a finalKey,
	// ending with ا and with ه.
	finalAlef, finalHeh []int
	// short holds shortOrgName of each organization's key.
	short []string
	// reading is each mention's reading of a place name of several
	// (placeReadings), and homKey the key it was read for; nil when the
	// document has no such name.
	reading []int8
	homKey  []string
	// byKey and longer are tables by label and folded key, one table
	// per label (labelSlot): string keys (a struct key such as {label,
	// key} would cost more), in wordtab Tables, which cost less than
	// maps.
	byKey [labelSlots]wordtab.Table[int]
	// longer holds the first and last of the links of a short form
	// (indices in links); each link is a mention with a longer form.
	longer [labelSlots]wordtab.Table[[2]int32]
	links  []shortLink
	// walks maps a short form's links, by their first link and the
	// listed name a short form of that label is read for (see
	// walkLinks), to the head of their kept list in kept: the links a
	// short form may join, one a group.
	walks map[walkKey]int32
	kept  []keptLink
	// walkHead is the head of each kept list (walks' values index it).
	walkHead []int32
}

// walkKey is a short form's list of links (its first link) and the
// listed name that keeps a link or not ("" for a person).
type walkKey struct {
	first int32
	canon string
}

// A keptLink is a link a short form may join, standing for the links of
// its list that joined its group since, the last of which is last; next
// is the next kept link, or -1.
type keptLink struct {
	mention, last, next int32
}

// labelSlots is the number of labelSlot's slots.
const labelSlots = 6

// labelSlot returns the slot of grouping's maps for label l and the key
// of k in it: k itself, but for a label of no slot of its own (none the
// recognizer makes), which shares the last slot with its label before
// k.
func labelSlot(l Label, k string) (int, string) {
	switch l {
	case PER:
		return 0, k
	case ORG:
		return 1, k
	case LOC:
		return 2, k
	case MISC:
		return 3, k
	case perFirstNames:
		return 4, k
	}
	return 5, string(l) + "\x00" + k
}

// perFirstNames labels the keys of the first names of a longer person's
// name in group's links, apart from the surnames.
const perFirstNames Label = "PER first names"

// A shortLink is a mention with a longer form of a short form, and the
// next link of that short form, or -1.
type shortLink struct {
	mention, next int32
}

// walkLinks returns the longer mention the short form i joins by the
// links from first (firstNames: the first names of longer persons): -1
// for none, -2 when two groups fit (or, for a listed surname, when its
// group holds one already). Walking every link for every short form
// costs the mentions' square in a text that writes a short form and a
// longer one again and again (الخرطوم بحري والخرطوم … thousands of
// times): the links a short form of that label and listed name may
// join are kept once, and a walk drops each link that joined the group
// of one before it (groups only merge), reading no more than three
// groups, which tell as much as all of them.
func (g *grouping) walkLinks(i int, first int32, firstNames bool, label Label, keys, canonOf []string, find func(int) int) int {
	canon := ""
	if label == ORG || label == LOC {
		canon = canonOf[i]
	}
	if g.walks == nil {
		g.walks = make(map[walkKey]int32)
	}
	w, ok := g.walks[walkKey{first, canon}]
	head := int32(-1)
	if ok {
		head = g.walkHead[w]
	} else {
		// The links a short form of this label and listed name may join.
		head = -1
		tail := int32(-1)
		for l := first; l >= 0; l = g.links[l].next {
			j := int(g.links[l].mention)
			if label == ORG && canon != "" && canonOf[j] != "" && canonOf[j] != canon && !(canon == keys[i] && (qualifiedName(keys[j], keys[i]) || lessNisba(keys[j], keys[i]) || isBodyCore(keys[j], keys[i]))) {
				// Two listed bodies: الأمم المتحدة is not the short form
				// of وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين
				// الفلسطينيين (the UNRWA). A generic body listed alone
				// by that name (الدفاع المدني: every state has one) is
				// the short form of the one named with its nisba (الدفاع
				// المدني السوري); a short name listed for one body
				// (التحالف, for التحالف الدولي) is not another's
				// (التحالف العربي).
				continue
			}
			if label == LOC && canon != "" && canonOf[j] != "" && canonOf[j] != canon && !qualifiedName(keys[j], keys[i]) {
				// Two listed places: الخرطوم is not the short form of
				// الخرطوم بحري, nor طرابلس of طرابلس الغرب (a city and
				// another whose name extends it), though طرابلس is of
				// طرابلس اللبنانية (the same city with its nisba).
				continue
			}
			at := int32(len(g.kept))
			g.kept = append(g.kept, keptLink{mention: int32(j), last: int32(j), next: -1})
			if tail >= 0 {
				g.kept[tail].next = at
			} else {
				head = at
			}
			tail = at
		}
		w = int32(len(g.walkHead))
		g.walkHead = append(g.walkHead, head)
		g.walks[walkKey{first, canon}] = w
	}
	// The first three groups of the kept links, each link of a group
	// seen dropped into the first of that group.
	var roots [3]int
	var reps [3]int32
	n := 0
	prev := int32(-1)
	for l := head; l >= 0 && n < len(roots); {
		k := &g.kept[l]
		r := find(int(k.mention))
		if s := slices.Index(roots[:n], r); s >= 0 {
			rep := &g.kept[reps[s]]
			rep.last = max(rep.last, k.last)
			g.kept[prev].next = k.next // prev ≥ 0: the head starts a group
			l = k.next
			continue
		}
		roots[n], reps[n] = r, l
		n++
		prev = l
		l = k.next
	}
	// A group of the short form's own is passed over, but for a listed
	// surname (a first name or an unlisted name joins it all the same);
	// then one group fits, or none. The target is the group's last link,
	// whether it is a sure name deciding for first names.
	self := find(i)
	sameOK := firstNames || canonOf[i] == "" || label != PER
	target, others, selfLinked := -1, 0, false
	for s := range n {
		if roots[s] == self {
			if sameOK {
				selfLinked = true
				continue
			}
			return -2
		}
		others++
		target = int(g.kept[reps[s]].last)
	}
	if others < 2 && !(others == 1 && selfLinked && label == PER && !firstNames) {
		return target
	}
	if label != PER || firstNames || selfLinked || canonOf[i] != "" {
		// Two groups fit: none is joined. A person's family name alone
		// whose group holds one person already is not another's too
		// (two persons sharing a family name stay two); a listed one
		// is read by its list.
		return -2
	}
	// A family name alone that two persons or more bear is the one's
	// named first, before it: the article's person (قتلة رفيق الحريري …
	// من بينهم سعد الحريري … اغتيال الحريري; أنيس البدري … المدير الفني
	// حسام البدري … ويعد البدري). The head is the first link.
	j := int(g.kept[head].mention)
	if j > i {
		return -2
	}
	if find(j) != self {
		return j
	}
	return -1
}

// clearedStrings returns s resized to n, every string empty.
func clearedStrings(s []string, n int) []string {
	s = resize(s, n)
	clear(s)
	return s
}

// foldKey is the folded form of a name for grouping: Search-folded, with
// what the writing dropped of the article restored (see droppedArticle)
// and single spaces.
func foldKey(norm string, dropped string) string {
	k := searchNorm.String(norm)
	if dropped != "" {
		k = dropped + k
	}
	if oddSpace(k) {
		k = strings.Join(strings.Fields(k), " ")
	}
	return k
}

// fold is foldKey(s, ""), computed once per string and document:
// group compares the folded names and aliases of an entity again and
// again (addAlias with every alias before it, countryEntity with every
// place), and most of them are source text that folding copies.
func (d *doc) fold(s string) string {
	if k, ok := d.folds.Get(s); ok {
		return k
	}
	if k, ok := d.canonFolds.Get(s); ok {
		return k // a canonical name (the entity's name, an alias)
	}
	k := foldKey(s, "")
	d.folds.Put(s, k)
	return k
}

// foldCanon is fold for a canonical name, a gazetteer's string: what it
// computes is kept for the next texts (most documents name the same
// places and bodies), and keeps no text alive.
func (d *doc) foldCanon(c string) string {
	if k, ok := d.canonFolds.Get(c); ok {
		return k
	}
	k := foldKey(c, "")
	d.canonFolds.Put(c, k)
	return k
}

// oddSpace reports whether k holds a tab, a line break, a no-break space
// or two spaces in a row: strings.ContainsAny(k, "\t\n\r\u00a0") ||
// strings.Contains(k, "  ") in one pass over the bytes, without decoding
// k (the bytes of these characters mean nothing else in UTF-8, valid or
// not).
func oddSpace(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c > ' ' && c != 0xC2 {
			continue // most bytes: one test for all the cases below
		}
		switch c {
		case '\t', '\n', '\r':
			return true
		case ' ':
			if i+1 < len(k) && k[i+1] == ' ' {
				return true
			}
		case 0xC2: // U+00A0: C2 A0
			if i+1 < len(k) && k[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// group clusters the mentions into entities.
func (d *doc) group(res *Result, keys, nameForm []string, mentionOf []int, order []int) {
	n := len(res.Mentions)
	g := &d.grouping
	parent := resize(g.parent, n)
	g.parent = parent
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a == b {
			return
		}
		if a > b {
			a, b = b, a
		}
		parent[b] = a // the earlier mention is the root
	}
	g.canonOf = clearedStrings(g.canonOf, n)     // folded canonical names
	g.canonName = clearedStrings(g.canonName, n) // canonical names as listed
	g.aliasOf = clearedStrings(g.aliasOf, n)     // longer forms seen around the mention
	g.acronymOf = clearedStrings(g.acronymOf, n) // acronyms in brackets after the name
	canonOf, canonName, aliasOf, acronymOf := g.canonOf, g.canonName, g.aliasOf, g.acronymOf
	for _, k := range order {
		m := mentionOf[k]
		if m < 0 {
			continue
		}
		if c := d.cands[k].canon; c != "" {
			canonOf[m] = d.foldCanon(c)
			canonName[m] = c
		}
		aliasOf[m] = d.cands[k].alias
		acronymOf[m] = d.cands[k].acronym
	}
	// A place name of several readings (عمّان، عُمان) groups by its
	// reading, when the document tells it.
	g.reading, g.homKey = d.placeReadings(res, keys, canonOf)
	// Same label and same canonical name or same form.
	byKey := &g.byKey
	for s := range byKey {
		byKey[s].Clear()
	}
	alef, heh := g.finalAlef[:0], g.finalHeh[:0]
	for i, m := range res.Mentions {
		// The key and the gazetteer's name.
		for _, k := range [2]string{keys[i], canonOf[i]} {
			if k == "" {
				continue
			}
			if g.reading != nil && g.reading[i] >= 0 && k == g.homKey[i] {
				k += "\x00" + string(rune('0'+g.reading[i]))
			}
			s, key := labelSlot(m.Label, k)
			if j, ok := byKey[s].Ref(key); ok {
				union(*j, i)
			} else {
				*j = i
			}
		}
		// finalKey asked only of a key that ends with the last byte of
		// ا (A7) or ه (87): most keys end otherwise.
		if k := keys[i]; k != "" && (k[len(k)-1] == 0xA7 || k[len(k)-1] == 0x87) && isFinal(k) {
			if strings.HasSuffix(keys[i], "ا") {
				alef = append(alef, i)
			} else {
				heh = append(heh, i)
			}
		}
	}
	g.finalAlef, g.finalHeh = alef, heh
	// The spellings of one name that differ in a final ا or ة (أستانا،
	// أستانة): the same label and finalKey. The mentions of one key are
	// one group already, so only a key in ا and a key in ه make a pair:
	// each key in ه looks up the keys in ا, sorted (a few a document,
	// without the map's hashing of every mention).
	if len(alef) > 0 && len(heh) > 0 {
		// byFinal orders by length first: most pairs differ there.
		byFinal := func(a, b int) int {
			if c := cmp.Compare(len(keys[a]), len(keys[b])); c != 0 {
				return c
			}
			if c := cmp.Compare(res.Mentions[a].Label, res.Mentions[b].Label); c != 0 {
				return c
			}
			return strings.Compare(keys[a][:len(keys[a])-len("ا")], keys[b][:len(keys[b])-len("ه")])
		}
		slices.SortFunc(alef, byFinal)
		for _, j := range heh {
			if at, ok := slices.BinarySearchFunc(alef, j, byFinal); ok {
				union(alef[at], j)
			}
		}
	}
	// An organization named in brackets right after another is another
	// name of it: جبهة النصرة (تنظيم القاعدة في بلاد الشام). Such a gloss
	// is no longer form of a short name (تنظيم القاعدة stays al-Qaeda).
	gloss := d.glosses(res, mentionOf, order)
	for i, gl := range gloss {
		if gl {
			union(i-1, i)
		}
	}
	// Short forms: a one-word person name is the surname of a longer
	// one; an organization's name is the start of a longer one
	// (الائتلاف الوطني → الائتلاف الوطني لقوى الثورة …). Attach only when
	// exactly one longer entity fits. longer maps a short form to the
	// links of the mentions with a longer form that fits.
	longer := &g.longer
	for s := range longer {
		longer[s].Clear()
	}
	g.links = g.links[:0]
	clear(g.walks)
	g.kept, g.walkHead = g.kept[:0], g.walkHead[:0]
	addLonger := func(l Label, k string, j int) {
		at := int32(len(g.links))
		g.links = append(g.links, shortLink{mention: int32(j), next: -1})
		s, key := labelSlot(l, k)
		if ends, ok := longer[s].Ref(key); ok {
			g.links[ends[1]].next = at
			ends[1] = at
		} else {
			*ends = [2]int32{at, at}
		}
	}
	// sure marks the longer persons' names sure to end with a name, so
	// that first names may join them: the gazetteer lists the name, or
	// the text writes it twice (علي عبد الله صالح، علي عبدالله صالح). Not
	// خوان كارلوس ملك, a name run on by a word, for خوان كارلوس.
	sure := resize(g.sure, n)
	clear(sure)
	g.sure = sure
	g.short = clearedStrings(g.short, n)
	short := g.short
	// prefixes links the mention j to each start of its key k that ends
	// before a word.
	prefixes := func(l Label, k string, j int) {
		for sp := strings.IndexByte(k, ' '); sp > 0; {
			if rest := k[sp+1:]; strings.Contains(rest, " ") || !strings.HasPrefix(rest, "ال") ||
				strings.HasSuffix(rest, "ي") || strings.HasSuffix(rest, "يه") || l == ORG && strings.HasSuffix(rest, "ين") && nationalityKey(rest) {
				// Not when one adjective makes another body: الجيش
				// السوري is not الجيش السوري الحر (but حزب الله is حزب
				// الله اللبناني, and مجلس النقباء مجلس النقباء
				// الأردنيين: a nationality in the plural).
				addLonger(l, k[:sp], j)
			}
			next := strings.IndexByte(k[sp+1:], ' ')
			if next < 0 {
				break
			}
			sp += 1 + next
		}
	}
	var people map[string][]int // person mentions by variant key, for twice
	for j, o := range res.Mentions {
		k := keys[j]
		switch o.Label {
		case PER:
			if sp := strings.LastIndexByte(k, ' '); sp > 0 {
				if !fathers.has(lastWord(k[:sp])) && !familyParticle.has(lastWord(k[:sp])) {
					// Not the word after بن or آل alone: سلمان of محمد
					// بن سلمان is his father (بن سلمان and آل ثاني
					// below are his).
					addLonger(PER, k[sp+1:], j)
					if v := d.gSpelling(k[sp+1:]); v != "" {
						addLonger(PER, v, j) // بوجدانوف is ميخائيل بوغدانوف
					}
				}
				if strings.Contains(k[sp+1:], "-") && !strings.Contains(k[:sp], " ") {
					// بايك أون-غيو is بايك: an East Asian name writes
					// the family name first, the given name of two
					// syllables joined by a hyphen after it.
					addLonger(PER, k[:sp], j)
				}
				// A compound family name of a name of three words or
				// more: مصطفى بدر الدين is بدر الدين too, أحمد أبو الغيط
				// أبو الغيط، لويجي دي مايو دي مايو.
				if sp2 := strings.LastIndexByte(k[:sp], ' '); sp2 > 0 {
					if w := k[sp2+1 : sp]; k[sp+1:] == "الدين" || patronymics.has(w) || kunyas.has(w) || nameParticles.has(w) {
						addLonger(PER, k[sp2+1:], j)
					} else if strings.HasPrefix(w, "ال") && strings.HasPrefix(k[sp+1:], "ال") && k[sp+1:] != allahWord && d.givenNameWord(strings.TrimPrefix(w, "ال")) {
						// سلمان الحمود الصباح is الحمود too: a Gulf
						// forebear's given name with the article before
						// the family's (see addSurnames).
						addLonger(PER, w, j)
					}
				}
			}
			// The first two names or more of a longer name: علي عبدالله
			// is علي عبد الله صالح (looked up by variant key). Every longer
			// name counts for the ambiguity; first names join only a name
			// that is sure.
			if strings.Count(k, " ") < 2 {
				break // no first names of two words or more before the last
			}
			v := d.variant(k)
			// A name with a nasab (بن + the father's name) is sure too:
			// a word run on does not follow بن and a name (متعب بن
			// عبدالله بن عبدالعزيز، عادل بن محمد فقيه).
			nasab := strings.Contains(v, " بن ")
			// So is a name that ends with a kunya as the family's name
			// (كريم محمود أبو صالح: see kunyaFamilyAt), whose given name
			// and family name alone name him too (كريم أبو صالح), the
			// father's name between left out.
			given, kunya, family := kunyaFamily(v)
			if kunya != "" {
				addLonger(perFirstNames, given+" "+kunya+" "+family, j)
			}
			sure[j] = canonOf[j] != "" || nasab || kunya != "" || d.twice(res, keys, &people, j, v)
			for sp := strings.IndexByte(v, ' '); sp > 0; {
				next := strings.IndexByte(v[sp+1:], ' ')
				if next < 0 {
					break
				}
				sp += 1 + next
				addLonger(perFirstNames, v[:sp], j)
			}
			if given, rest, ok := strings.Cut(v, " بن "); ok && !strings.Contains(given, " ") {
				// عادل فقيه is عادل بن محمد فقيه: the given name and the
				// family name, the nasab between left out (not when the
				// last word is itself a father's name: بن عبدالعزيز).
				if sp := strings.LastIndexByte(rest, ' '); sp > 0 && !patronymics.has(lastWord(rest[:sp])) {
					addLonger(perFirstNames, given+" "+rest[sp+1:], j)
				}
			}
		case ORG, LOC:
			if o.Label == ORG {
				short[j] = shortOrgName(k)
			}
			if gloss[j] {
				continue
			}
			prefixes(o.Label, k, j)
			if o.Label == ORG {
				withoutNisba(k, func(short string) { addLonger(ORG, short, j) })
				innerBody(k, func(short string) { addLonger(ORG, short, j) })
				fieldConstruct(k, func(short string) { addLonger(ORG, short, j) })
				bodyCore(k, func(short string) { addLonger(ORG, short, j) })
			}
			if short[j] != "" {
				// تنظيم القاعدة is القاعدة; وكالة فرانس برس للأنباء is
				// فرانس برس.
				addLonger(ORG, short[j], j)
				prefixes(ORG, short[j], j)
			}
		}
	}
	for i, m := range res.Mentions {
		first := int32(-1) // the first link of the mention's form
		firstNames := false
		if m.Label != MISC && !gloss[i] {
			s, key := labelSlot(m.Label, keys[i])
			if ends, ok := longer[s].Get(key); ok {
				first = ends[0]
			} else if ends, ok := d.gLinks(longer, m.Label, keys[i]); ok {
				first = ends[0]
			} else if m.Label == PER && strings.IndexByte(keys[i], ' ') > 0 {
				s, key := labelSlot(perFirstNames, d.variant(keys[i]))
				if ends, ok := longer[s].Get(key); ok {
					first, firstNames = ends[0], true
				}
			}
		}
		target := -1
		if first >= 0 {
			target = g.walkLinks(i, first, firstNames, m.Label, keys, canonOf, find)
		}
		if target >= 0 && (!firstNames || sure[target]) {
			union(target, i)
		}
	}
	d.styledFirstNames(res, keys, mentionOf, find, union)
	// Entities in order of first mention.
	entityOf := parent // reused: entityOf[r] is the entity of root r, or -1
	roots := resize(g.roots, n)
	g.roots = roots
	nEnt := 0
	for i := range roots {
		roots[i] = find(i)
		if roots[i] == i {
			nEnt++
		}
	}
	for i := range entityOf {
		entityOf[i] = -1
	}
	res.Entities = make([]Entity, 0, nEnt)
	count := roots[:0] // reused: count[e] is entity e's number of mentions
	for i := range res.Mentions {
		r := roots[i]
		e := entityOf[r]
		if e < 0 {
			e = len(res.Entities)
			entityOf[r] = e
			res.Entities = append(res.Entities, Entity{ID: entityID(e), Label: res.Mentions[i].Label})
			count = append(count, 0) // e < len(res.Entities) ≤ i+1: roots[i] is read already
		}
		res.Mentions[i].Entity = e
		count[e]++
	}
	// Every entity's list of mentions in one array, each with its own
	// capacity so that an append by the caller copies it.
	all := make([]int, n)
	for e := range res.Entities {
		res.Entities[e].Mentions, all = all[:0:count[e]], all[count[e]:]
	}
	for i := range res.Mentions {
		ent := &res.Entities[res.Mentions[i].Entity]
		ent.Mentions = append(ent.Mentions, i)
	}
	// glossed reports whether mention i is written as a gloss in
	// brackets somewhere: it names the entity only when nothing else
	// does (جبهة النصرة, not تنظيم القاعدة في بلاد الشام).
	var glossKeys []string // a few, in the documents that have any
	for j, gl := range gloss {
		if gl && !slices.Contains(glossKeys, keys[j]) {
			glossKeys = append(glossKeys, keys[j])
		}
	}
	glossed := func(i int) bool {
		return len(glossKeys) > 0 && slices.Contains(glossKeys, keys[i])
	}
	// A person's title or nickname that a list gives as the person's
	// name (خادم الحرمين الشريفين for سلمان بن عبد العزيز) shares no word with
	// the listed name: it names the entity only when nothing else does.
	nickname := func(i int) bool {
		return res.Mentions[i].Label == PER && canonOf[i] != "" && keys[i] != canonOf[i] && !shareWord(keys[i], canonOf[i])
	}
	var freqMap map[string]int // a large entity's, emptied for the next
	for e := range res.Entities {
		ent := &res.Entities[e]
		// freq counts the mentions with a key: by map for a large
		// entity, by looking for a small one (most have a few mentions).
		large := len(ent.Mentions) > smallEntity
		if large {
			if freqMap == nil {
				freqMap = make(map[string]int, len(ent.Mentions))
			}
			clear(freqMap)
			for _, i := range ent.Mentions {
				freqMap[keys[i]]++
			}
		}
		freq := func(k string) int {
			if large {
				return freqMap[k]
			}
			c := 0
			for _, i := range ent.Mentions {
				if keys[i] == k {
					c++
				}
			}
			return c
		}
		best := ent.Mentions[0]
		bestNick := -1 // nickname(best), once asked: 0 or 1
		for _, i := range ent.Mentions[1:] {
			if glossed(best) && !glossed(i) {
				best, bestNick = i, -1
				continue
			}
			if glossed(i) != glossed(best) {
				continue
			}
			if bestNick < 0 {
				bestNick = 0
				if nickname(best) {
					bestNick = 1
				}
			}
			nick := 0
			if nickname(i) {
				nick = 1
			}
			if bestNick > nick || bestNick == nick && betterName(keys[i], canonOf[i], keys[best], canonOf[best], freq) {
				best, bestNick = i, nick
			}
		}
		formOf := func(i int) string {
			if nameForm[i] != "" {
				return nameForm[i]
			}
			return res.Mentions[i].Form
		}
		ent.Name = formOf(best)
		if g.reading != nil && g.reading[best] >= 0 && keys[best] == g.homKey[best] {
			// The name alone, whichever marks it was written with, is
			// named as its reading: عمّان، عُمان.
			ent.Name = placeHomographs()[keys[best]][g.reading[best]].name
		}
		// دولة قطر، دولة الإمارات العربية المتحدة: the word for a state
		// before a country's own name is a style, no part of the name
		// (جمهورية السنغال، سلطنة عمان are the names): the country is
		// named without it, the style is an alias.
		styled := ""
		if ent.Label == LOC {
			if rest, ok := d.stateStyled(ent.Name, canonName[best]); ok {
				styled, ent.Name = ent.Name, rest
			} else if rest, ok := d.placeEpithet(ent.Name); ok {
				// القدس المحتلة، الجولان المحتل: "occupied" is what the
				// text says of the place, no part of its name.
				styled, ent.Name = ent.Name, rest
			} else if rest, ok := d.listedQuarter(ent.Name, canonName[best]); ok {
				styled, ent.Name = ent.Name, rest
			}
		}
		// The first mention of each other key gives an alias.
		seen := map[string]bool(nil)
		if len(ent.Mentions) > smallEntity {
			seen = map[string]bool{keys[best]: true}
		}
		for j, i := range ent.Mentions {
			k := keys[i]
			if seen != nil {
				if seen[k] {
					continue
				}
				seen[k] = true
			} else if k == keys[best] || slices.ContainsFunc(ent.Mentions[:j], func(p int) bool { return keys[p] == k }) {
				continue
			}
			ent.Aliases = append(ent.Aliases, formOf(i))
		}
		for _, i := range ent.Mentions {
			if a := acronymOf[i]; a != "" {
				d.addAlias(ent, a)
			}
		}
		for _, i := range ent.Mentions {
			if a := aliasOf[i]; a != "" {
				d.addAlias(ent, a)
			}
		}
		if styled != "" {
			d.dropAliasesAs(ent, d.fold(ent.Name))
			d.addAlias(ent, styled)
		}
		// The gazetteer's canonical name, when the text wrote another
		// form: سورية → سوريا, وكالة رويترز → رويترز.
		for _, i := range ent.Mentions {
			if c := canonName[i]; c != "" {
				if ent.Label == PER && d.otherGivenName(ent.Name, c) {
					// محمد سالم ولد البشير … ولد البشير: the listed
					// عمر البشير shares the family name only.
					break
				}
				d.addAlias(ent, c)
				break
			}
		}
	}
	for e := range res.Entities {
		if ent := &res.Entities[e]; ent.Label == PER {
			d.dropHonorific(ent)
		}
	}
	d.addNested(res, canonOf)
	d.addRoles(res, mentionOf, canonOf)
	d.addShortNames(res, mentionOf, g.short)
	d.addHeadRefs(res, mentionOf)
	d.addWrittenShortForms(res, mentionOf)
	d.addVariantAliases(res, keys)
}

// kunyaFamily splits a folded person's key of four words or more that
// ends with a kunya and a name (كريم محمود ابو صالح) into its given name,
// the kunya and the last name; kunya is "" for any other key.
func kunyaFamily(v string) (given, kunya, family string) {
	sp := strings.LastIndexByte(v, ' ')
	if sp < 0 {
		return "", "", ""
	}
	sp2 := strings.LastIndexByte(v[:sp], ' ')
	if sp2 < 0 || strings.Count(v[:sp2], " ") < 1 || !kunyas.has(v[sp2+1:sp]) || v[sp2+1:sp] == umm {
		return "", "", ""
	}
	given, _, _ = strings.Cut(v, " ")
	return given, v[sp2+1 : sp], v[sp+1:]
}

// otherGivenName reports whether a person's name as the text writes it
// in full (two words or more) begins with a given name that no word of
// the listed canonical name of one of its mentions shares: a short form
// (a family name: ولد البشير، درويش) matched a listed person the text
// does not name (عمر البشير، محمود درويش). Words are compared by their
// first three letters, so that spellings (سيرغيه، سيرغي; عبدالله، عبد
// الله) and styles (الملك عبد الله الثاني) do not tell two persons apart.
// It allocates nothing: group calls it for every person.
func (d *doc) otherGivenName(name, canon string) bool {
	first, rest, ok := strings.Cut(d.fold(name), " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	c := d.foldCanon(canon)
	if !strings.Contains(strings.TrimSpace(c), " ") {
		return false
	}
	p := firstLetters(first, 3)
	for w := range strings.FieldsSeq(c) {
		if firstLetters(w, 3) == p {
			return false
		}
	}
	return true
}

// firstLetters returns the first n runes of w (all of w when shorter).
func firstLetters(w string, n int) string {
	for i := range w {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}

// entityIDs returns the IDs of the first entities of a Result, made on
// first use.
var entityIDs = sync.OnceValue(func() *[256]string {
	var ids [256]string
	for e := range ids {
		ids[e] = "e" + strconv.Itoa(e+1)
	}
	return &ids
})

// entityID returns the ID of entity e: e1, e2 …
func entityID(e int) string {
	if ids := entityIDs(); e < len(ids) {
		return ids[e]
	}
	return "e" + strconv.Itoa(e+1)
}

// nationalityKey reports whether the folded word is a nationality
// adjective (الأردنيين).
func nationalityKey(w string) bool {
	if !mayBeNisba(w) {
		return false
	}
	_, ok := countryNames()[nisbaKey(w)]
	return ok
}

// styledFirstNames joins a person named by one name after a style or a
// title (الملك عبد الله، الأمير محمد) to the one person of the document
// whose name of two names or more begins with that name and is written
// with the same style or title (الملك عبد الله الثاني، الأمير محمد بن
// سلمان, whatever other محمد the document names without الأمير). Two
// such persons (الشيخ محمد بن زايد، الشيخ محمد بن راشد) leave it alone.
// When the document writes none with that style, the one the lists
// write with it is the person (see listedWithStyle).
func (d *doc) styledFirstNames(res *Result, keys []string, mentionOf []int, find func(int) int, union func(a, b int)) {
	g := &d.grouping
	name := func(i int) string { // the variant key without a style
		k := keys[i]
		if w, rest, ok := strings.Cut(k, " "); ok && honorifics.has(w) {
			k = rest
		}
		return d.variant(k)
	}
	// Most documents have no person of one name with a title: nothing
	// to build then.
	if !slices.ContainsFunc(d.roles, func(rl roleLink) bool {
		m := mentionOf[rl.person]
		return m >= 0 && res.Mentions[m].Label == PER && !strings.Contains(name(m), " ")
	}) {
		return
	}
	styles := map[int][]string{} // PER mention → the heads of its styles and titles
	names := make([]string, len(res.Mentions))
	for i, m := range res.Mentions {
		if m.Label != PER {
			continue
		}
		names[i] = name(i)
		if w, _, ok := strings.Cut(keys[i], " "); ok && honorifics.has(w) {
			styles[i] = append(styles[i], strings.TrimPrefix(w, "ال"))
		}
	}
	for _, rl := range d.roles {
		if m := mentionOf[rl.person]; m >= 0 && res.Mentions[m].Label == PER {
			styles[m] = append(styles[m], titleHead(rl.key))
		}
	}
	for _, s := range d.styled {
		if m := mentionOf[s.cand]; m >= 0 && res.Mentions[m].Label == PER {
			styles[m] = append(styles[m], s.head)
		}
	}
	// The persons' names of two words or more, by their first word: the
	// mentions a one-word name may join. A mention of the same group as
	// an earlier one and with the same styles answers as that one does
	// (groups only merge), so only the first is kept: a document that
	// writes the same name again and again costs no scan over them all.
	byFirst := map[string][]int{}
	type signature struct {
		group         int
		first, styles string
	}
	seen := map[signature]bool{}
	for j, o := range res.Mentions {
		if o.Label != PER {
			continue
		}
		first, _, ok := strings.Cut(names[j], " ")
		if !ok {
			continue
		}
		sig := signature{find(j), first, strings.Join(styles[j], "\x00")}
		if seen[sig] {
			continue
		}
		seen[sig] = true
		byFirst[first] = append(byFirst[first], j)
	}
	for i, m := range res.Mentions {
		if m.Label != PER || len(styles[i]) == 0 || strings.Contains(names[i], " ") {
			continue
		}
		first := names[i]
		if len(byFirst[first]) > maxSameFirst {
			continue // ambiguous, and each such name would scan them all
		}
		target := -1
		for _, j := range byFirst[first] {
			if find(j) == find(i) {
				continue
			}
			if !slices.ContainsFunc(styles[j], func(s string) bool { return slices.Contains(styles[i], s) }) {
				continue
			}
			if target >= 0 && find(target) != find(j) {
				target = -2 // two persons of that first name and style
				break
			}
			target = j
		}
		if target == -1 {
			// No person of that first name is written with the style: the
			// one the lists write with it wins (ولي العهد السعودي الأمير
			// محمد بن سلمان، the style read as part of the title phrase,
			// is listed as الأمير محمد بن سلمان; وزير خارجية قطر محمد بن
			// عبد الرحمن آل ثاني is not), unless the lists so style two.
			for _, j := range byFirst[first] {
				if find(j) == find(i) || !d.listedWithStyle(g.canonName[j], styles[i]) {
					continue
				}
				if target >= 0 && find(target) != find(j) {
					target = -2
					break
				}
				target = j
			}
		}
		if target >= 0 {
			union(target, i)
			d.styledAlias(i, mentionOf)
		}
	}
}

// styledAlias gives the one-word name of mention i, joined to a longer
// name by its style, the style as written before it as an alias (الأمير
// محمد of محمد بن سلمان), as the annotations list it.
func (d *doc) styledAlias(i int, mentionOf []int) {
	g := &d.grouping
	if g.aliasOf[i] != "" {
		return
	}
	for k, m := range mentionOf {
		if m != i {
			continue
		}
		c := d.cands[k]
		if s := c.first - 1; s >= 0 && int(d.segEnd[s]) > c.first && d.cover[s] == 0 && honorifics.has(d.stem[s]) {
			g.aliasOf[i] = d.sourceText(d.start(s), d.t.Tokens[c.last-1].End)
		}
		return
	}
}

// listedWithStyle reports whether the lists write the person of the
// canonical name canon with one of the styles (heads as titleHead gives
// them: امير for الأمير): الأمير محمد بن سلمان for محمد بن سلمان, or a
// canonical name that begins with the style (الملك سلمان بن عبد
// العزيز).
func (d *doc) listedWithStyle(canon string, styles []string) bool {
	if canon == "" {
		return false
	}
	for _, s := range styles {
		style := "ال" + s
		if !honorifics.has(style) {
			continue // an office (وزير), no style
		}
		if w, _, _ := strings.Cut(d.foldCanon(canon), " "); w == style {
			return true
		}
		for _, e := range d.r.g.Lookup(style + " " + canon) {
			if e.Kind == gz.Person && e.Name == canon {
				return true
			}
		}
	}
	return false
}

// maxSameFirst is the most persons of one first name (in distinct groups
// or styles) that styledFirstNames matches a one-word styled name
// against: a text naming more leaves the name alone. A news article
// names a few; a 2 MB line of distinct persons named محمد, each followed
// by الأمير محمد, cost a scan of all of them for each (13 s).
const maxSameFirst = 64

// smallEntity is the most mentions of an entity that group counts by
// looking through them instead of with a map.
const smallEntity = 8

// honorifics are styles written before a name that are no part of it:
// الملك عبد الله الثاني is named عبد الله الثاني.
var honorifics = foldedSet("الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة",
	"المهندس", "الحاج", "الحاجة", "سمو", "جلالة", "فخامة", "معالي", "الإمام", "العاهل", "السلطان")

// dropHonorific names a person without the honorific that opens its
// name when at least two words remain, and keeps the styled form as an
// alias; an alias with an honorific (the listed الملك عبد الله الثاني)
// gives the name without it too.
func (d *doc) dropHonorific(ent *Entity) {
	first, rest, ok := strings.Cut(ent.Name, " ")
	// (A rest without a space needs no trimming to hold none.)
	if ok && strings.Contains(rest, " ") && strings.Contains(strings.TrimSpace(rest), " ") && honorifics.has(d.fold(first)) {
		styled := ent.Name
		rest = strings.TrimSpace(rest)
		d.dropAliasesAs(ent, d.fold(rest))
		ent.Name = rest
		ent.Aliases = append([]string{styled}, ent.Aliases...)
	}
	for _, a := range ent.Aliases {
		// الملك عبدالله الثاني beside الملك عبد الله الثاني: عبدالله الثاني too.
		if h, r, ok := strings.Cut(a, " "); ok && strings.Contains(strings.TrimSpace(r), " ") && honorifics.has(d.fold(h)) {
			d.addAlias(ent, strings.TrimSpace(r))
		}
	}
}

// addNested adds the listed organizations named inside longer names as
// aliases of their entities: الائتلاف الوطني السوري (inside الدائرة
// الإعلامية للائتلاف الوطني السوري) for الائتلاف الوطني لقوى الثورة ….
func (d *doc) addNested(res *Result, canonOf []string) {
	if len(d.nested) == 0 {
		return
	}
	// The first organization mention of each canonical name, found in
	// one pass: a scan of the mentions for each nested name cost their
	// product (a 1 MB line of شركة الخطوط الجوية الجزائرية: 0.85 s).
	first := make(map[string]int)
	for i, m := range res.Mentions {
		if m.Label != ORG || canonOf[i] == "" {
			continue
		}
		if _, ok := first[canonOf[i]]; !ok {
			first[canonOf[i]] = i
		}
	}
	for _, nn := range d.nested {
		i, ok := first[d.fold(nn.canon)]
		if !ok {
			continue
		}
		ent := &res.Entities[res.Mentions[i].Entity]
		text := d.sourceText(nn.normStart, nn.normEnd)
		if !d.namedAs(ent, d.fold(text)) {
			ent.Aliases = append(ent.Aliases, text)
		}
	}
}

// betterName reports whether the form with key a is a better canonical
// name than the one with key b: more words, then longer, then more
// frequent in the text (freq, asked only then), then the one the
// gazetteer calls canonical; on a full tie, or when the two differ only
// in spaces, the earlier one stays.
func betterName(a, canonA, b, canonB string, freq func(key string) int) bool {
	if a == b || sameButSpaces(a, b) {
		return false // عبد الله / عبدالله: one spelling, the first written
	}
	wa, wb := strings.Count(a, " "), strings.Count(b, " ")
	if wa != wb {
		return wa > wb
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la != lb {
		return la > lb
	}
	if fa, fb := freq(a), freq(b); fa != fb {
		return fa > fb
	}
	return a == canonA && b != canonB
}

// qualifiedName reports whether the folded name long is the folded name
// short and one nisba or nationality adjective after it (طرابلس
// اللبنانية، حلب الشرقية، الدفاع المدني السوري): the place or body with a
// qualifier, not another one.
func qualifiedName(long, short string) bool {
	// No concatenation: group asks this of every pair of listed names
	// a short name links, which a long text may hold by the thousand.
	if len(long) <= len(short)+1 || long[len(short)] != ' ' || !strings.HasPrefix(long, short) {
		return false
	}
	rest := long[len(short)+1:]
	return strings.HasPrefix(rest, "ال") && (strings.HasSuffix(rest, "ي") || strings.HasSuffix(rest, "يه")) &&
		strings.IndexByte(rest, ' ') < 0
}

// shareWord reports whether the phrases a and b have a word in common.
func shareWord(a, b string) bool {
	for a != "" {
		var w string
		w, a, _ = strings.Cut(a, " ")
		for rest := b; rest != ""; {
			var v string
			v, rest, _ = strings.Cut(rest, " ")
			if w != "" && w == v {
				return true
			}
		}
	}
	return false
}

// sameButSpaces reports whether a and b are the same text once their
// spaces (U+0020) are taken out: strings.ReplaceAll(a, " ", "") ==
// strings.ReplaceAll(b, " ", "") without building either.
func sameButSpaces(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && a[i] == ' ' {
			i++
		}
		for j < len(b) && b[j] == ' ' {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// addRoles gives persons the roles their titles state, adds the title as
// written (الرئيس السوري) to the person's aliases, and adds the titles
// used alone later (الأمين العام) to the one person holding them.
func (d *doc) addRoles(res *Result, mentionOf []int, canonOf []string) {
	type holder struct {
		entity int
		nat    string
		core   string // the title without articles (see titleCore)
		former bool   // الرئيس المخلوع، الرئيس السابق: no longer holds it
		fem    bool   // the title in the feminine: الوزيرة، المتحدثة
	}
	holders := map[string][]holder{} // title head word → persons holding it
	var places placeIndex            // the places met, for the nationalities (see countryEntity)
	type bareTitle struct {
		entity           int
		text, head, core string
	}
	var bare []bareTitle // titles written alone before a name: الرئيس
	for _, rl := range d.roles {
		pm := mentionOf[rl.person]
		if pm < 0 {
			continue
		}
		pe := res.Mentions[pm].Entity
		org := -1
		if rl.org >= 0 && mentionOf[rl.org] >= 0 {
			org = res.Mentions[mentionOf[rl.org]].Entity
		} else if rl.nat != "" {
			org = d.countryEntity(&places, res, canonOf, rl.nat)
		}
		ent := &res.Entities[pe]
		if !slices.ContainsFunc(ent.Roles, func(r Role) bool { return r.Title == rl.title && r.Org == org }) {
			ent.Roles = append(ent.Roles, Role{Title: rl.title, Org: org})
		}
		q := strings.TrimSpace(rl.qual)
		if strings.HasSuffix(q, "باسم") {
			// الناطقة باسم alone names no one: with the organization.
			if rl.org >= 0 && mentionOf[rl.org] >= 0 {
				d.addAlias(ent, q+" "+res.Mentions[mentionOf[rl.org]].Form)
			}
		} else if strings.Contains(q, " ") {
			d.addAlias(ent, rl.qual) // الرئيس السوري، الأمين العام; not a bare مدير
		}
		if rl.phrase != "" && (rl.org < 0 || mentionOf[rl.org] >= 0) {
			// المبعوث الخاص للأمم المتحدة إلى سورية، المبعوث الأممي إلى
			// اليمن (no organization: where he is sent); not when the
			// organization read was dropped (وزير الخارجية الأميركي كولن
			// باول: كولن is no club there).
			d.addAlias(ent, rl.phrase)
		}
		core, hk := d.title(rl.key)
		if q != "" && !strings.Contains(q, " ") && strings.HasPrefix(d.fold(q), "ال") && officeHeads.has(hk) {
			bare = append(bare, bareTitle{pe, q, hk, core})
		}
		h := holder{pe, rl.nat, core, strings.Contains(q, " ") && formerTitle(d.fold(q)), feminineTitle(rl.key)}
		if !slices.Contains(holders[hk], h) {
			holders[hk] = append(holders[hk], h)
		}
	}
	// A title told with its organization or country somewhere (الملك
	// السعودي) and without elsewhere (الملك سلمان) is one role.
	for _, rl := range d.roles {
		if pm := mentionOf[rl.person]; pm >= 0 {
			ent := &res.Entities[res.Mentions[pm].Entity]
			if len(ent.Roles) > 1 {
				ent.Roles = slices.DeleteFunc(ent.Roles, func(r Role) bool {
					return r.Org < 0 && slices.ContainsFunc(ent.Roles, func(o Role) bool { return o.Org >= 0 && o.Title == r.Title })
				})
				ent.Roles = d.oneOffice(ent.Roles)
			}
		}
	}
	// A definite title written alone before a name (للرئيس عبد ربه منصور
	// هادي) names that person when no one else in the document holds
	// that title, with or without a nationality (الرئيس الأمريكي), but
	// for a former holder (الرئيس المخلوع). الرئيس and الملك are offices
	// of their own (رئيس الحكومة is another title); الوزير or المتحدث is
	// any holder of a title of that head.
	for _, b := range bare {
		one := true
		for _, h := range holders[b.head] {
			other := h.core == b.core || !officesAlone.has(b.head) // الوزير is any minister
			if h.entity != b.entity && !h.former && other || h.entity == b.entity && h.former {
				one = false // another holder; or الرئيس المخلوع called الرئيس
				break
			}
		}
		if one {
			d.addAlias(&res.Entities[b.entity], b.text)
		}
	}
	for _, ref := range d.refs {
		if ref.gone {
			continue
		}
		// The one holder the reference names, or none when it fits two
		// (many): a list of every holder that fits, searched for each,
		// made a page of ministers named in turn cubic.
		person, many := -1, false
		core, head := d.title(ref.key)
		for _, h := range holders[head] {
			if ref.nat != "" && h.nat != "" && nisbaKey(ref.nat) != nisbaKey(h.nat) {
				continue
			}
			if !sameTitle(core, h.core) {
				continue // وزير الدفاع is not the وزير الخارجية named before
			}
			if !h.fem && feminineTitle(ref.key) {
				continue // المتحدثة is no man called المتحدث before
			}
			if ref.org >= 0 && mentionOf[ref.org] >= 0 {
				org := res.Mentions[mentionOf[ref.org]].Entity
				if !slices.ContainsFunc(res.Entities[h.entity].Roles, func(r Role) bool { return r.Org == org }) {
					continue
				}
			}
			if person >= 0 && person != h.entity {
				many = true
				break
			}
			person = h.entity
		}
		if person >= 0 && !many {
			d.addAlias(&res.Entities[person], ref.text)
		}
	}
}

// extendNasab extends a person's name over the lineage written after it:
// الأمير محمد بن سلمان (listed) بن عبدالعزيز آل سعود is one name, as the
// text writes it.
func (d *doc) extendNasab() {
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.last >= d.n {
			continue
		}
		seg := int(d.segEnd[c.first])
		e := c.last
		for e+1 < seg && patronymics.has(d.stem[e]) && d.stem[e] != "عبد" && !d.has(e, fPro) && d.cover[e] == 0 {
			next := e + 1
			if (d.stem[next] == "عبد" || kunyas.has(d.stem[next])) && next+1 < seg {
				next++ // بن عبد العزيز
			}
			if d.cover[next] != 0 || !d.namePart(next) && !d.givenNameWord(d.stem[next]) {
				break
			}
			e = next + 1
		}
		e = d.familyAfterNasab(c.first, e, seg)
		if e+1 < seg && d.word[e+1] == allahWord && allahCompounds.has(d.word[e]) && !d.has(e, fPro|fDef) && !d.has(e+1, fPro) && d.cover[e] == 0 && d.cover[e+1] == 0 && !d.prayerAt(e+2, seg) &&
			!d.definiteFamily(c.first, e) {
			e += 2 // مصطفى صنع الله، عمر عطا الله: a family name compound with الله
		} else if e < seg && e-1 > c.first && d.word[e] == allahWord && allahCompounds.has(d.word[e-1]) && !d.has(e, fPro) && d.cover[e] == 0 && !d.prayerAt(e+1, seg) &&
			!d.definiteFamily(c.first, e-1) {
			e++ // سمير جاب الله: the compound's first word read as the name's last
		}
		if e == c.last {
			continue
		}
		for j := c.last; j < e; j++ {
			d.cover[j] = int32(k + 1)
		}
		c.last = e
		c.normEnd = d.t.Tokens[e-1].End
	}
}

// definiteFamily reports whether the name from first to end (exclusive)
// ends in a definite family name (محمود خليل الحصري), not the second
// word of a compound (عبد الرحمن، أبو الحسن): a family name compound with
// الله does not follow one, and كلام الله after it is the verb's object
// (تلا الشيخ محمود خليل الحصري كلام الله).
func (d *doc) definiteFamily(first, end int) bool {
	if end-1 <= first || !d.has(end-1, fDef) {
		return false
	}
	return d.stem[end-2] != "عبد" && !kunyas.has(d.stem[end-2])
}

// allahCompounds (folded) are the first words of family names compound
// with الله (صنع الله، عطا الله، جاد الله، ضيف الله): written after a
// person's name they are his, not a verb or a noun of the clause. A
// closed list: رحمه الله، رضي الله عنه after a name are prayers.
var allahCompounds = foldedSet("صنع", "عطا", "عطاء", "جاد", "ضيف", "حسب", "خير", "فضل", "نصر", "فتح", "رزق", "جار",
	"عوض", "مال", "دخيل", "سعد", "حمد", "خلف", "فرج", "عون", "حرز", "جود", "هبة", "نعمة", "بركات",
	// عبد الرحمن كلام الله، جاب الله، عطية الله، كرم الله
	"كلام", "جاب", "عطية", "كرم",
	// عثمان محمد دفع الله، عبد الرحيم دفع الله: Sudan's
	"دفع")

// prayerAt reports وجهه at token j (before seg): كرم الله وجهه after a
// name (علي بن أبي طالب كرم الله وجهه) is a prayer, no family name
// compound with الله (عبد الرحيم كرم الله).
func (d *doc) prayerAt(j, seg int) bool {
	return j < seg && d.word[j] == wajhWord
}

var wajhWord = searchNorm.String("وجهه")

// withoutNisba calls f with the folded name k less a country's nisba
// written inside it (الحكومة السورية المؤقتة: الحكومة المؤقتة), the
// short form of a generic body that the name qualifies (a nisba last is
// a prefix's business).
func withoutNisba(k string, f func(short string)) {
	for sp := strings.IndexByte(k, ' '); sp > 0; {
		next := strings.IndexByte(k[sp+1:], ' ')
		if next < 0 {
			return
		}
		w := k[sp+1 : sp+1+next]
		if strings.HasPrefix(w, "ال") && nationalityKey(w) {
			f(k[:sp] + k[sp+1+next:])
		}
		sp += 1 + next
	}
}

// innerBody calls f with the field of two words or more after ل and the
// article that ends a folded organization's key (المديرية العامة للدفاع
// المدني: الدفاع المدني; اللجنة الدولية للصليب الأحمر: الصليب الأحمر). The
// text names the body by it alone (وأضاف الدفاع المدني): where one longer
// body holds the short name, it is that body.
func innerBody(k string, f func(short string)) {
	if at := strings.LastIndex(k, " لل"); at > 0 {
		if rest := k[at+len(" لل"):]; strings.Contains(rest, " ") {
			f("ال" + rest)
		}
	}
}

// fieldConstruct calls f with the short name of a folded organization's
// key that is a definite head, its adjectives and a field of one word
// after ل and the article: the head without the article in construct
// with the field (المفوضية العليا المستقلة للانتخابات: مفوضية
// الانتخابات; الهيئة العامة للاستثمار: هيئة الاستثمار), as the press
// shortens it.
func fieldConstruct(k string, f func(short string)) {
	head, rest, ok := strings.Cut(k, " ")
	bare, def := strings.CutPrefix(head, "ال")
	if !ok || !def || !strings.Contains(rest, " ") || !fieldHeads.has(bare) {
		return
	}
	at := strings.LastIndex(rest, " لل")
	if at < 0 {
		return
	}
	if field := rest[at+len(" لل"):]; field != "" && !strings.Contains(field, " ") {
		f(bare + " ال" + field)
	}
}

// fieldHeads are the heads of bodies named by their field that
// fieldConstruct shortens, folded without the article.
var fieldHeads = foldedSet("مفوضيه", "هيئه", "لجنه", "مديريه", "مؤسسه", "مجلس", "سلطه", "اتحاد")

// bodyCore calls f with the short names a folded organization's key k
// gives when it is a head word and a name qualified by nisbas or by a
// place: منظمة الهلال الأحمر العربي السوري gives الهلال الأحمر العربي
// and الهلال الأحمر (the head and the nisbas after the core dropped, two
// words at least kept), and بنك السودان المركزي gives البنك المركزي (the
// head with the article and the adjectives after the place: the text
// names the one central bank so). A listed body of that short name is
// the longer one where the document names one (see walkLinks).
func bodyCore(k string, f func(short string)) {
	head, rest, ok := strings.Cut(k, " ")
	if !ok || strings.HasPrefix(head, "ال") || !(orgAliasHeads.has(head) || orgShortHeads.has(head) || orgCoreHeads.has(head)) {
		return
	}
	for sp := strings.LastIndexByte(rest, ' '); sp > 0 && strings.Count(rest[:sp], " ") >= 1 && nisbaWord(rest[sp+1:]); sp = strings.LastIndexByte(rest, ' ') {
		rest = rest[:sp]
		f(rest)
	}
	place, adjs, ok := strings.Cut(k[len(head)+1:], " ")
	if !ok || !strings.HasPrefix(adjs, "ال") || !bodyPlace(place) {
		return
	}
	for w := range strings.SplitSeq(adjs, " ") {
		if !nisbaWord(w) {
			return
		}
	}
	f("ال" + head + " " + adjs)
}

// orgCoreHeads are more heads of a body named with what it is for and
// its nisbas or place (جمعية الهلال الأحمر الكويتي، مصرف سوريا المركزي).
var orgCoreHeads = foldedSet("جمعيه", "هيئه", "مصرف", "بنك")

// nisbaWord reports whether the folded word w is an adjective with the
// article and the nisba ending (العربي، السوري، المركزية).
func nisbaWord(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه")) && utf8.RuneCountInString(w) >= 5
}

// bodyPlace reports whether the folded word w is a country, a capital or
// a main city of the data's lists.
func bodyPlace(w string) bool {
	if countrySet()[w] {
		return true
	}
	if _, ok := capitals()[w]; ok {
		return true
	}
	_, ok := cities()[w]
	return ok
}

// isBodyCore reports whether the folded name short is one bodyCore gives
// for the folded name long.
func isBodyCore(long, short string) bool {
	found := false
	bodyCore(long, func(s string) { found = found || s == short })
	return found
}

// lessNisba reports whether the folded name short is the folded name
// long less one word, a country's nisba with the article, anywhere in
// it (الحكومة السورية المؤقتة: الحكومة المؤقتة; الدفاع المدني السوري:
// الدفاع المدني).
func lessNisba(long, short string) bool {
	if len(long) <= len(short) || strings.Count(long, " ") != strings.Count(short, " ")+1 {
		return false
	}
	i := 0 // the length of the common prefix
	for i < len(short) && long[i] == short[i] {
		i++
	}
	if i == len(short) && long[i] == ' ' {
		i++ // الدفاع المدني السوري: the nisba last
	} else {
		i = strings.LastIndexByte(long[:i], ' ') + 1 // back to a word's start
	}
	w, rest, _ := strings.Cut(long[i:], " ")
	if !strings.HasPrefix(w, "ال") || !nationalityKey(w) {
		return false
	}
	if rest == "" {
		return long[:i] == short+" "
	}
	return long[:i]+rest == short
}

// nameBeforeThat extends a person's name of two words or more over the
// word right after it when إن or أن follows that word: a speaker's name
// ends there, and a bare noun has no place between a name and إن (وقال
// أشرف عطية حجر إن: the family name عطية حجر is two common words, which
// the tagger and the name rules cut). Not a word with a proclitic, the
// article, a time word (أمس), an adverb in the accusative (أيضا) or a
// suffixed pronoun (بدوره، حينها), a title or a verb.
func (d *doc) nameBeforeThat() {
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.last-c.first < 2 {
			continue
		}
		e := c.last
		if e+1 >= int(d.segEnd[c.first]) || d.cover[e] != 0 || d.word[e+1] != "ان" || d.has(e+1, fPro) || !d.bareNameBefore(e) {
			continue
		}
		d.cover[e] = int32(k + 1)
		c.last = e + 1
		c.normEnd = d.t.Tokens[e].End
	}
}

// bareNameBefore reports whether token e may be the last word of a name
// whatever its frequency (see nameBeforeThat).
func (d *doc) bareNameBefore(e int) bool {
	if !d.has(e, fArabic) || d.has(e, fPro|fStop|fDef|fNat|fVerbLike|fNumber|fAlef) || timeWords.has(d.stem[e]) || d.tanween(e) {
		return false
	}
	w := d.stem[e]
	if utf8.RuneCountInString(w) < 3 || strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") {
		return false
	}
	return !d.startsName(e) && !d.titleOrHead(e)
}

// familyAfterNasab returns the end of a person's name [first, e) that
// ends in a nasab (محمد بن مزيد) extended over the family name written
// right after it, or e: آل and the family (آل الشيخ), or a rare definite
// name word (التويجري، المعجب). A nasab is a name for sure, so the word
// after it need not be listed; a frequent definite word (الجديد), a
// nationality, a title or a time word is no family name.
func (d *doc) familyAfterNasab(first, e, seg int) int {
	if e >= seg || d.cover[e] != 0 || d.has(e, fPro) || !d.endsInNasab(first, e) {
		return e
	}
	if familyParticle.has(d.stem[e]) {
		if end := d.lineageAt(e, seg); end > e && d.cover[end-1] == 0 {
			return end
		}
		return e
	}
	if d.familyWord(e) && !d.has(e, fNat) && d.centibels(e) <= titleCB {
		return e + 1
	}
	return e
}

// endsInNasab reports whether the name at tokens [first, e) ends in بن
// (or بنت …) and a given name of one or two words.
func (d *doc) endsInNasab(first, e int) bool {
	for k := e - 2; k >= first && k >= e-3; k-- {
		if fathers.has(d.stem[k]) && !d.has(k, fPro) {
			return true
		}
	}
	return false
}

// resolveConstructs decides whose the name after two titles in construct
// is (مستشار الرئيس الأمريكي جون بولتون: the adviser's or the
// president's?) by what the document knows, as a reader would:
//
//   - the name written elsewhere with a title of the inner title's head
//     (الرئيس ترامب، الرئيس الأمريكي دونالد ترامب) is the inner title's;
//   - else, written elsewhere with a title of the outer title's head
//     (المستشار جون بولتون، مستشار الأمن القومي بولتون), it is the
//     compound's: مستشار الرئيس, with the inner title's nationality or
//     organization (a role of the United States);
//   - else, when another person holds the inner office in the document
//     (the same title, nationality and organization, not as a former
//     holder: الرئيس الأمريكي دونالد ترامب; or the same title written
//     with no nationality anywhere: الرئيس ترامب), the office has its
//     holder and the name is the compound's;
//   - else the name stays the inner title's: مستشار الرئيس الأمريكي دونالد
//     ترامب is the adviser's president, as news write it (كوشنر صهر
//     ومستشار الرئيس الأمريكي دونالد ترامب).
//
// A name is another's written elsewhere when its last word differs.
// What stands after the inner title decided before this, in titleRule:
// الخاص، or إلى/لدى and where one is sent (مبعوث الرئيس الروسي الخاص،
// ممثل الأمين العام لدى ليبيا), make the compound the person's title.
func (d *doc) resolveConstructs() {
	if len(d.constructs) == 0 {
		return // most documents: no title in construct before a name
	}
	type office struct{ a, b, c string }
	surname := func(p int) string { return d.stem[d.cands[p].last-1] }
	undecided := make(map[int]bool, len(d.constructs))
	for _, c := range d.constructs {
		undecided[c.role] = true
	}
	person := func(k int) bool {
		c := &d.cands[d.roles[k].person]
		return !undecided[k] && !c.dropped && c.label == PER
	}
	orgKey := func(o int) string {
		if o < 0 {
			return ""
		}
		if c := &d.cands[o]; c.canon != "" {
			return d.fold(c.canon)
		}
		return d.phraseKey(d.cands[o].first, d.cands[o].last)
	}
	// The heads of the titles each name is written with, and their
	// nationalities.
	heads := map[office]bool{}
	nats := map[string][]string{}
	for k, rl := range d.roles {
		if !person(k) {
			continue
		}
		s := surname(rl.person)
		heads[office{s, titleHead(rl.key), ""}] = true
		if n := nisbaKey(rl.nat); rl.nat != "" && !slices.Contains(nats[s], n) {
			nats[s] = append(nats[s], n)
		}
	}
	// The holders of each office (title core, nationality, organization;
	// "" for any), two names at most: enough to tell another's.
	holders := map[office][]string{}
	hold := func(o office, s string) {
		if hs := holders[o]; len(hs) < 2 && !slices.Contains(hs, s) {
			holders[o] = append(hs, s)
		}
	}
	for k, rl := range d.roles {
		if !person(k) || formerTitle(d.fold(rl.qual)) {
			continue
		}
		s := surname(rl.person)
		core, _ := d.title(rl.key)
		ns := nats[s]
		if rl.nat != "" {
			ns = []string{nisbaKey(rl.nat)}
		}
		for _, o := range []string{"", orgKey(rl.org)} {
			hold(office{core, "", o}, s)
			for _, n := range ns {
				hold(office{core, n, o}, s)
			}
			if len(ns) == 0 {
				hold(office{core, "*", o}, s) // الرئيس ترامب: of any nationality
			}
		}
	}
	for _, c := range d.constructs {
		rl := &d.roles[c.role]
		s := surname(rl.person)
		if heads[office{s, titleHead(rl.key), ""}] {
			continue // الرئيس ترامب
		}
		outer := heads[office{s, titleHead(c.compound.key), ""}]
		if !outer {
			core, _ := d.title(rl.key)
			n := ""
			if rl.nat != "" {
				n = nisbaKey(rl.nat)
			}
			other := func(h string) bool { return h != s }
			o := orgKey(rl.org)
			outer = slices.ContainsFunc(holders[office{core, n, o}], other) || n != "" && slices.ContainsFunc(holders[office{core, "*", o}], other)
		}
		if outer {
			*rl = c.compound
			if c.ref >= 0 {
				d.refs[c.ref].gone = true
			}
		}
	}
}

// counterparts gives the persons introduced as another's counterparts
// the title of the person before them with their own nationality: in
// الرئيس الروسي فلاديمير بوتين … نظيره التركي رجب طيب أردوغان، Erdoğan is
// الرئيس التركي (a role and an alias, so that a later الرئيس التركي
// resolves to him); so are the persons of a list (بنظيريه الروسي، فلاديمير
// بوتين، والتركي، رجب طيب أردوغان).
func (d *doc) counterparts() {
	if len(d.roles) == 0 || d.allFlags&fPeer == 0 {
		return // no one with a title, or no word for a counterpart
	}
	// Look-ups, not scans of all the candidates and roles for each word
	// of a counterpart: the first person candidate at a token, and the
	// roles by the token their person ends at (in the order of d.roles).
	var perFirst map[int]int
	var rolesAt map[int][]int
	perAt := func(j int) int {
		if k, ok := perFirst[j]; ok {
			return k
		}
		return -1
	}
	for i := 0; i < d.n; i++ {
		if d.flags[i]&fPeer == 0 {
			continue // not isPeer(d.stem[i])
		}
		if perFirst == nil {
			perFirst, rolesAt = map[int]int{}, map[int][]int{}
			for k := len(d.cands) - 1; k >= 0; k-- {
				if c := &d.cands[k]; !c.dropped && c.label == PER {
					perFirst[c.first] = k
				}
			}
			for k, rl := range d.roles {
				last := d.cands[rl.person].last
				rolesAt[last] = append(rolesAt[last], k)
			}
		}
		// The title of the last person named with one before, in reach:
		// the last role in d.roles whose person ends within the 40
		// tokens up to i.
		var prev *roleLink
		best := -1
		for t := max(i-39, 0); t <= i; t++ {
			if ks := rolesAt[t]; len(ks) > 0 && ks[len(ks)-1] > best {
				best = ks[len(ks)-1]
			}
		}
		if best >= 0 {
			prev = &d.roles[best]
		}
		if prev == nil {
			continue
		}
		j := i + 1
		for steps := 0; steps < 3 && j < d.n && d.has(j, fNat); steps++ {
			natAt := j
			j++
			if j < d.n && (d.word[j] == "," || d.word[j] == "،") {
				j++
			}
			p := perAt(j)
			if p < 0 {
				break
			}
			title := strings.TrimSpace(prev.title)
			qual := title + " " + d.sourceText(int(d.stemAt[natAt]), d.t.Tokens[natAt].End) // الرئيس التركي
			d.roles = append(d.roles, roleLink{title: title, key: prev.key, qual: qual, nat: d.stem[natAt], person: p, org: -1})
			rolesAt[d.cands[p].last] = append(rolesAt[d.cands[p].last], len(d.roles)-1)
			j = d.cands[p].last
			if j < d.n && (d.word[j] == "," || d.word[j] == "،") {
				j++
			}
		}
	}
}

// isPeer reports whether a folded stem is نظيره "his counterpart" or
// another form of it; keyWord computes it once per word (fPeer). Fewer
// forms than the events stage's isPeerWord (root package) on purpose:
// counterparts gives the person after the word the title of the one
// before, so her counterpart (بيربوك … نظيرها الفرنسي بارو) would make a
// man وزيرة الخارجية الفرنسي, and the role it adds, last in d.roles, is
// taken as the nearest by a later counterpart in reach (أوستن نظيرته
// اليابانية then got بيربوك's title): refac11 tried the wider reading.
func isPeer(stem string) bool {
	return isAnyString(stem, "نظيره", "نظيرته", "نظيريه", "نظيرتيه", "نظراءه", "نظرايه", "نظيرهم")
}

func isAnyString(w string, words ...string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// title returns titleCore(key) and titleHead(key), computed once per
// key for the texts of the doc (news repeat their titles), up to
// maxTitles keys.
func (d *doc) title(key string) (core, head string) {
	if t, ok := d.titles[key]; ok {
		return t[0], t[1]
	}
	// From a copy: a key may be a slice of the text, and the core and
	// the head slices of the key.
	key = strings.Clone(key)
	core, head = titleCore(key), titleHead(key)
	if d.titles == nil || len(d.titles) >= maxTitles {
		d.titles = make(map[string][2]string)
	}
	d.titles[key] = [2]string{core, head}
	return core, head
}

// maxTitles bounds the titles a doc remembers (see title).
const maxTitles = 4096

// feminineTitle reports a folded title whose head is in the feminine
// (الوزيرة، المتحدثة باسم): titleCore makes it masculine, so the head
// changes.
func feminineTitle(key string) bool {
	w, _, _ := strings.Cut(key, " ")
	w = strings.TrimPrefix(w, "ال")
	return strings.HasSuffix(w, "ه") && titleCore(w) != w
}

// titleCore returns a folded title without its articles, with the
// head in the masculine and the synonyms of prime minister made one:
// الوزيرة → وزير، رئيس الحكومة → رئيس الوزراء.
func titleCore(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		if r, ok := strings.CutPrefix(w, "ال"); ok && len(r) > len("ا") {
			words[i] = r
		}
	}
	if len(words) == 0 {
		return ""
	}
	words[0] = titleHead(words[0])
	core := strings.Join(words, " ")
	for _, syn := range [][2]string{{"رييس حكومه", "رييس وزراء"}, {"رييس مجلس وزراء", "رييس وزراء"}, {"عاهل", "ملك"}} {
		if rest, ok := strings.CutPrefix(core, syn[0]); ok && (rest == "" || rest[0] == ' ') {
			core = syn[1] + rest
		}
	}
	return core
}

// sameTitle reports whether a title used alone (ref, from titleCore) can
// name the holder of the title h: a bare head (الوزير، الرئيس) names any
// holder of that head; a title with its portfolio (وزير الدفاع، رئيس
// مجلس النواب) only a holder of that portfolio, or of a longer form of it
// (وزير الخارجية والمغتربين).
func sameTitle(ref, h string) bool {
	if !strings.Contains(ref, " ") || ref == h {
		return true
	}
	// The words of both, read in step (as strings.Fields splits them)
	// rather than split into slices: addRoles asks it of every title.
	if first, rest := nextField(h); first == "" || strings.TrimLeftFunc(rest, unicode.IsSpace) == "" {
		return false // h has fewer than two words
	}
	for {
		var r, w string
		r, ref = nextField(ref)
		w, h = nextField(h)
		if r == "" || w == "" {
			return true
		}
		if !oneTypo(r, w) {
			return false
		}
	}
}

// nextField returns the first word of s, as strings.Fields splits s, and
// what follows it; "" when s has none.
func nextField(s string) (string, string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// oneTypo reports whether two folded words are the same but for at most
// one letter inserted, dropped or changed in a word of five letters or
// more (الداخليية for الداخلية: scraped text has typos).
func oneTypo(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(rb) < 5 || len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// oneOffice drops from roles a role that names the office of an earlier
// one of the same organization under a synonym of its title (العاهل
// السعودي الملك سلمان … الملك السعودي: العاهل and الملك of Saudi
// Arabia are one role, the first told).
func (d *doc) oneOffice(roles []Role) []Role {
	for k := 1; k < len(roles); k++ {
		core := titleCore(d.fold(roles[k].Title))
		if slices.ContainsFunc(roles[:k], func(o Role) bool {
			return o.Org == roles[k].Org && o.Title != roles[k].Title && titleCore(d.fold(o.Title)) == core
		}) {
			roles = slices.Delete(roles, k, k+1)
			k--
		}
	}
	return roles
}

// titleHead returns the head word of a folded title without the article:
// وزير for الوزير، وزير الخارجية and وزراء الخارجية; امين for الأمين العام.
func titleHead(key string) string {
	w, _, _ := strings.Cut(key, " ")
	w = strings.TrimPrefix(w, "ال")
	if s := SingularTitles(w); len(s) == 1 {
		// وزراء: one title, its holders are وزير. رؤساء and زعماء stand
		// for several titles (رئيس، ملك …) and stay their own head.
		return s[0]
	}
	if w == "عاهل" {
		// العاهل الأردني is the king الملك عبد الله الثاني: one office,
		// as titleCore has it, so that either names the holder of the
		// other.
		return "ملك"
	}
	return strings.TrimSuffix(w, "ه") // المتحدثة → متحدث
}

// addAlias adds a to the entity's aliases unless it is already its name
// or an alias (compared folded).
func (d *doc) addAlias(ent *Entity, a string) {
	if a == ent.Name || slices.Contains(ent.Aliases, a) {
		return // the same string folds alike: nothing to fold
	}
	if k := d.fold(a); k == "" || d.namedAs(ent, k) {
		return
	}
	ent.Aliases = append(ent.Aliases, a)
}

// dropAliasesAs drops the entity's aliases that fold to k, the key of its
// name: a name is no alias of itself.
func (d *doc) dropAliasesAs(ent *Entity, k string) {
	ent.Aliases = slices.DeleteFunc(ent.Aliases, func(a string) bool { return d.fold(a) == k })
}

// namedAs reports whether the entity's name or one of its aliases folds
// to k.
func (d *doc) namedAs(ent *Entity, k string) bool {
	return d.fold(ent.Name) == k || slices.ContainsFunc(ent.Aliases, func(a string) bool { return d.fold(a) == k })
}

// nisbaKey returns the key of the folded nationality adjective w in the
// demonym tables (demonyms, countryNames): its masculine singular without
// the article, السوريه → سوري. A nationality whose own first letters
// fold to ال (ألماني → الماني، ألباني → الباني) keeps them when the word
// without them is no key: المانيه → الماني, as الالمانيه is.
func nisbaKey(w string) string {
	k := nisbaBase(w)
	if _, ok := demonyms()[k]; !ok && strings.HasPrefix(w, "ال") {
		if k2 := nisbaStem(w); demonyms()[k2] != "" {
			return k2
		}
	}
	return k
}

// nisbaBase returns the masculine singular of a folded nationality
// adjective without the article: السوريه → سوري (see nisbaKey).
func nisbaBase(w string) string {
	return nisbaStem(strings.TrimPrefix(w, "ال"))
}

// nisbaStem returns the masculine singular of a folded nationality
// adjective, as it stands: سوريه → سوري.
func nisbaStem(w string) string {
	// A stem ends with ي before a suffix of one to three letters (two
	// to six bytes): most words, which the events stage asks about one
	// by one (CountryOfNationality), have no ي there.
	if !yehAt(w, len(w)-8) && !yehAt(w, len(w)-6) && !yehAt(w, len(w)-4) {
		return w
	}
	for _, suf := range nisbaSuffixes {
		if b, ok := strings.CutSuffix(w, suf); ok && strings.HasSuffix(b, "ي") {
			return b
		}
	}
	return w
}

// nisbaSuffixes are the endings nisbaStem takes off, longest first.
var nisbaSuffixes = [...]string{"تين", "تان", "ون", "ين", "ات", "ان", "ه", "ا"}

// yehAt reports whether the bytes of w at i are the letter ي.
func yehAt(w string, i int) bool {
	return i >= 0 && i+len("ي") <= len(w) && w[i:i+len("ي")] == "ي"
}

// A placeIndex maps the folded names of the places read so far (each
// place mention's canonical name and its form as written) to the entity
// of the first mention, for countryEntity.
type placeIndex struct {
	first map[string]int
	read  int // the mentions read
}

// countryEntity returns the place entity of the country of a nationality
// adjective, when the document names it (الرئيس السوري … سوريا), or -1.
// It reads the mentions into places up to the first that names the
// country, or to the end: the mentions are read once for all the titles
// of the text (a scan per title was quadratic in the length of the text).
func (d *doc) countryEntity(places *placeIndex, res *Result, canonOf []string, nat string) int {
	country, ok := demonyms()[nisbaKey(nat)]
	if !ok {
		return -1
	}
	if e, ok := places.first[country]; ok {
		return e
	}
	if places.first == nil {
		places.first = map[string]int{}
	}
	for places.read < len(res.Mentions) {
		i := places.read
		places.read++
		m := res.Mentions[i]
		if m.Label != LOC {
			continue
		}
		if g := &d.grouping; g.reading != nil && g.reading[i] >= 0 &&
			placeHomographs()[g.homKey[i]][g.reading[i]].country != g.homKey[i] {
			continue // عمّان is no country: the الوزير العماني's is عُمان
		}
		form := d.fold(m.Form)
		for _, k := range [2]string{canonOf[i], form} {
			if _, ok := places.first[k]; !ok {
				places.first[k] = m.Entity
			}
		}
		if canonOf[i] == country || form == country {
			return m.Entity
		}
	}
	return -1
}

// formerModifiers mark a title its holder no longer holds.
var formerModifiers = foldedSet("السابق", "السابقة", "الأسبق", "المخلوع", "المخلوعة", "الراحل", "الراحلة")

// formerTitle reports whether a folded title with its qualifiers (الرئيس
// المخلوع) names a former holder.
func formerTitle(qual string) bool {
	for rest := qual; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if formerModifiers.has(w) {
			return true
		}
	}
	return false
}

// gSpelling returns the folded foreign family name w with each letter
// that writes a foreign g (غ، ج، ك) written غ, or "" when w has none or
// is no foreign name: a word of one piece, five letters or more, rare in
// general text and no given name the lists hold (بوجدانوف، بوغدانوف,
// not كمال or جمال). Two spellings of one name get one spelling.
func (d *doc) gSpelling(w string) string {
	if !strings.ContainsAny(w, "جك") || strings.Contains(w, " ") || utf8.RuneCountInString(w) < 5 ||
		frequent(w, titleCB) || d.givenNameWord(w) {
		return ""
	}
	return strings.Map(foreignG, w)
}

// foreignG writes غ for the letters that write a foreign g (ج، ك), for
// strings.Map: one allocation for the new word, where a Replacer built
// at each call cost seven.
func foreignG(r rune) rune {
	if r == 'ج' || r == 'ك' {
		return 'غ'
	}
	return r
}

// gLinks returns the links of a person's one-word name k written with
// another letter for a foreign g (see gSpelling).
func (d *doc) gLinks(longer *[labelSlots]wordtab.Table[[2]int32], l Label, k string) ([2]int32, bool) {
	if l != PER {
		return [2]int32{}, false
	}
	v := d.gSpelling(k)
	if v == "" {
		return [2]int32{}, false
	}
	s, key := labelSlot(l, v)
	return longer[s].Get(key)
}

// lastWord returns the last word of the phrase s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// stateWord is the word for a state (folded) that the press writes
// before a country's own name as its style: دولة قطر، دولة الكويت.
const stateWord = "دوله"

// stateStyled reports whether name, an entity's name as written, is the
// word for a state and the name of a country the lists hold (canon, the
// gazetteer's canonical name of the mention it was read from), and
// returns the country's name as written after it.
func (d *doc) stateStyled(name, canon string) (string, bool) {
	head, rest, ok := strings.Cut(name, " ")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || canon == "" || d.fold(head) != stateWord || !countrySet()[searchNorm.String(canon)] {
		return "", false
	}
	return rest, true
}

// listedQuarter reports whether name, a place's name as written, is
// the listed place canon and a quarter of it named by a compass
// adjective that the lists give as canon's own other name (القدس الشرقية
// of القدس, وزيرستان الشمالية of وزيرستان), and returns canon: the text
// names the place the lists name, the quarter is an alias, as the
// annotations write it.
func (d *doc) listedQuarter(name, canon string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || canon == "" {
		return "", false
	}
	last := d.fold(name[i+1:])
	if !directions.has(strings.TrimSuffix(last, "ه")) || d.fold(strings.TrimSpace(name[:i])) != d.fold(canon) {
		return "", false
	}
	return canon, true
}

// occupiedEpithets (folded) are what a text says of a place's status
// after its name: القدس المحتلة، الجولان المحتل.
var occupiedEpithets = foldedSet("المحتلة", "المحتل")

// placeEpithet reports whether name, a place's name as written, ends
// with an epithet of its status, and returns the name before it.
func (d *doc) placeEpithet(name string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || !occupiedEpithets.has(d.fold(name[i+1:])) {
		return "", false
	}
	rest := strings.TrimSpace(name[:i])
	return rest, rest != ""
}
