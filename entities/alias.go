package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// variantKey returns a folded name key with the spelling variants of one
// name made one: a compound given name written with or without its space
// (عبد الله، عبدالله), and a final ا or ه (ة folds to ه) of a word of four
// letters or more (أستانا، أستانة؛ سوريا، سورية), but the ه of الله. Hamza
// forms are folded already. It returns k itself when nothing changes,
// and allocates only when something does.
func variantKey(k string) string {
	if !variantChanges(k) {
		return k
	}
	b := make([]byte, 0, len(k))
	abd := false // the word before is عبد: this one joins it
	for w := range strings.SplitSeq(k, " ") {
		heh := variantHeh(w)
		if abd {
			// عبد الله → عبدالله, عبد ربه → عبدربه (a word of four letters
			// or more).
			heh = strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "لله")
		} else if len(b) > 0 {
			b = append(b, ' ')
		}
		abd = w == "عبد"
		if heh {
			b = append(b, w[:len(w)-len("ه")]...)
			b = append(b, "ا"...)
		} else {
			b = append(b, w...)
		}
	}
	return string(b)
}

// variant is variantKey(k), computed once per key and document when it
// changes k (the key of a name in ة, سورية، الحكومة السورية, most often).
func (d *doc) variant(k string) string {
	if !variantChanges(k) {
		return k
	}
	if v, ok := d.variants[k]; ok {
		return v
	}
	v := variantKey(k)
	if d.variants == nil {
		d.variants = make(map[string]string)
	}
	d.variants[k] = v
	return v
}

// variantHeh reports whether a folded word ends with an ه that
// variantKey writes ا.
func variantHeh(w string) bool {
	return strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "لله") && fourLetters(w)
}

// fourLetters reports whether w has four letters or more: eight bytes
// are four Arabic letters or more.
func fourLetters(w string) bool {
	return len(w) >= 8 || utf8.RuneCountInString(w) >= 4
}

// isFinal reports whether finalKey(k) has one.
func isFinal(k string) bool {
	_, ok := finalKey(k)
	return ok
}

// finalKey returns a folded key without the final ا or ه of its last word
// of four letters or more (استانا and استانه → استان), and whether it
// has one: group joins the spellings of one name that differ there. It
// is a slice of the key.
func finalKey(k string) (string, bool) {
	if !strings.HasSuffix(k, "ا") && !strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "لله") {
		return "", false
	}
	last := k[strings.LastIndexByte(k, ' ')+1:]
	if !fourLetters(last) {
		return "", false
	}
	return k[:len(k)-len("ا")], true
}

// variantChanges reports whether variantKey changes k.
func variantChanges(k string) bool {
	if !strings.Contains(k, "ه") && !strings.Contains(k, "عبد") {
		return false // most keys: two fast searches rule both cases out
	}
	for rest := k; rest != ""; {
		w, after, more := strings.Cut(rest, " ")
		if variantHeh(w) || w == "عبد" && more && after != "" {
			return true
		}
		rest = after
	}
	return false
}

// orgShortHeads are generic heads written before an organization's name
// that the text may leave out: تنظيم القاعدة is القاعدة, حركة حماس is
// حماس, وكالة فرانس برس is فرانس برس, شركة توتال الفرنسية is توتال, قناة
// الجزيرة is الجزيرة. Not حزب (حزب الله is not الله) nor منظمة (منظمة
// التحرير is not التحرير).
var orgShortHeads = foldedSet("تنظيم", "جماعة", "حركة", "فصيل", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
	"جبهة", "وكالة", "شركة", "مجموعة", "بنك", "مصرف", "صحيفة", "قناة")

// shortOrgName returns the name after a generic head (see
// orgShortHeads) of a folded organization key, or "".
func shortOrgName(k string) string {
	head, rest, ok := strings.Cut(k, " ")
	if !ok || !orgShortHeads.has(head) || rest == "" {
		return ""
	}
	return rest
}

// addShortNames gives an organization named with a generic head the
// name without it when the gazetteer lists that name as an organization
// (تنظيم القاعدة → القاعدة, حركة أحرار الشام → أحرار الشام): a short
// name, as the gold guidelines count aliases, written or not. The
// gazetteer is asked through the document's scan, at the mention.
// short holds shortOrgName of each organization mention's key (see
// grouping).
func (d *doc) addShortNames(res *Result, mentionOf []int, short []string) {
	for k := range d.cands {
		m := mentionOf[k]
		if m < 0 {
			continue
		}
		c := &d.cands[k]
		if c.label != ORG || c.last-c.first < 2 || c.nameEnd > 0 || d.has(c.first+1, fPro) {
			continue
		}
		if short[m] == "" {
			continue // no generic head
		}
		ent := &res.Entities[res.Mentions[m].Entity]
		if ent.Name != res.Mentions[m].Form {
			continue // the entity is named otherwise
		}
		g, ok := d.lookup(c.first+1, c.last, setOrg)
		if !ok || g.End != c.last || g.Entry.Weak && d.fold(g.Entry.Name) != d.fold(ent.Name) {
			// A weak name (القاعدة is also "the base") only as a name of
			// this organization.
			continue
		}
		d.addAlias(ent, d.sourceText(g.NormStart, g.NormEnd))
	}
}

// addWrittenShortForms gives an organization named by three definite
// words that end with a nisba (الاتحاد الوطني الكردستاني، الحزب
// الديمقراطي الكردستاني) the short forms the text writes of it outside
// the mentions, as headlines do: its first two words (والاتحاد الوطني
// يلوّح بالمقاطعة) or, when its second word is a nisba too, its last two
// (والديمقراطي الكردستاني يتصدر). Only a form one organization gives, and
// not before a definite word or a ل-genitive, which make another body's
// name (الاتحاد الوطني للشغل).
func (d *doc) addWrittenShortForms(res *Result, mentionOf []int) {
	type shortForm struct {
		a, b string
		ent  int // -1 when two organizations give it
	}
	var forms []shortForm
	add := func(a, b string, e int) {
		for k := range forms {
			if forms[k].a == a && forms[k].b == b {
				if forms[k].ent != e {
					forms[k].ent = -1
				}
				return
			}
		}
		forms = append(forms, shortForm{a, b, e})
	}
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Label != ORG {
			continue
		}
		w, three := threeWords(d.fold(ent.Name))
		if !three || !strings.HasPrefix(w[0], "ال") || !strings.HasPrefix(w[1], "ال") || !strings.HasPrefix(w[2], "ال") ||
			!nisbaShape(w[2]) {
			continue
		}
		add(w[0], w[1], e)
		if strings.HasSuffix(w[1], "ي") {
			add(w[1], w[2], e)
		}
	}
	if len(forms) == 0 {
		return
	}
	covered := func(i int) bool {
		c := d.cover[i]
		return c != 0 && mentionOf[c-1] >= 0
	}
	for i := 0; i+1 < d.n; i++ {
		if covered(i) || covered(i+1) || int(d.segEnd[i]) <= i+1 || d.has(i+1, fPro) {
			continue
		}
		for _, f := range forms {
			if f.ent < 0 || d.stem[i] != f.a || d.stem[i+1] != f.b {
				continue
			}
			if next := i + 2; next < int(d.segEnd[i]) && (d.has(next, fDef|fNat) || strings.HasPrefix(d.word[next], "لل")) {
				continue
			}
			d.addAlias(&res.Entities[f.ent], d.sourceText(d.start(i), d.t.Tokens[i+1].End))
		}
	}
}

// threeWords returns the words of s, as strings.Fields splits them, when
// it has three.
func threeWords(s string) (w [3]string, ok bool) {
	for k := range w {
		if w[k], s = nextField(s); w[k] == "" {
			return w, false
		}
	}
	return w, strings.TrimSpace(s) == ""
}

// headPreposition returns the preposition (ل or ب, maybe after و) that
// the folded word w begins with before a place head or an alias head
// (لعمالة، بميناء، ولمحافظة), and whether w is such a word.
func headPreposition(w string) (string, bool) {
	for _, p := range [...]string{"ول", "وب", "ل", "ب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && (barePlaceHead(rest) || placeAliasHeads.has(rest)) {
			return p, true
		}
	}
	return "", false
}

// barePlaceHead reports whether a folded word is a place head whose
// longer form names one place (محافظة إدلب), not a list or a region.
func barePlaceHead(w string) bool {
	h, ok := placeHeads[w]
	return ok && !h.list && !h.region
}

// placeAliasHeads are the heads, no place heads of the rules, that name
// a place's own port, crossing, archipelago or plain, or the Maghrebi
// prefecture or the Egyptian district it is the seat of, written before
// a place the text names: the longer form is an alias of the place (ميناء
// صحار for صحار, معبر رأس جدير, أرخبيل سقطرى, صعيد عرفات, عمالة سلا، مركز
// كوم حمادة), as the gold guidelines drop the generic word from a place's
// name. Not مطار or مستشفى: an airport or a hospital named by its town
// is an entity of its own.
var placeAliasHeads = foldedSet("ميناء", "مرفأ", "معبر", "منفذ", "أرخبيل", "صعيد", "عمالة", "مركز")

// bareHeads are the definite head nouns that, written alone, refer back
// to the one organization of the document named with them: الجيش for
// الجيش السوري, الحركة for حركة حماس, الوكالة for وكالة سانا.
// Not الجبهة: alone it is mostly a front line (تقدم في الجبهة). So too
// the heads of bodies of the state and of the world (الوزارة for وزارة
// التربية والتعليم، الهيئة، اللجنة، المديرية، المفوضية، البعثة، المنظمة،
// المرصد for المرصد السوري لحقوق الإنسان).
var bareHeads = foldedSet("الجيش", "الوكالة", "الحركة", "التنظيم", "الحزب", "الجماعة", "المقاومة",
	"الوزارة", "الهيئة", "اللجنة", "المديرية", "المفوضية", "البعثة", "المنظمة", "المرصد",
	// المؤسسة for المؤسسة الوطنية للنفط, المحكمة for the one court
	// named (المحكمة الكبرى الجنائية الرابعة … قضت المحكمة كذلك), الغرفة
	// for the one chamber (غرفة تجارة وصناعة الشارقة … وقعت الغرفة),
	// الديوان for the one state office (الديوان الوطني للامتحانات
	// والمسابقات … أعلن الديوان).
	"المؤسسة", "المحكمة", "الغرفة", "الديوان")

// addHeadRefs adds the aliases that the tokens outside the mentions
// give: a place head before a place (محافظة إدلب for إدلب, whatever rule
// found the name, and ميناء صحار for صحار: placeAliasHeads), and a definite head noun alone (الجيش، الوكالة) or a
// ministry's portfolio alone (الداخلية after وزارة الداخلية الأردنية)
// referring back to the one organization of the document it fits.
func (d *doc) addHeadRefs(res *Result, mentionOf []int) {
	// covered reports whether a mention covers token i: the cand that
	// covered it last was kept.
	covered := func(i int) bool {
		c := d.cover[i]
		return c != 0 && mentionOf[c-1] >= 0
	}
	for k := range d.cands {
		m := mentionOf[k]
		if m < 0 {
			continue
		}
		c := &d.cands[k]
		if c.label != LOC || c.first == 0 || d.has(c.first, fPro) || covered(c.first-1) {
			continue
		}
		h := c.first - 1
		start := d.start(h)
		if !(d.has(h, fPlaceHead) && barePlaceHead(d.stem[h])) && !placeAliasHeads.has(d.stem[h]) {
			// لعمالة سلا، بميناء صحار: the head with a preposition the
			// word splitter left on it.
			p, ok := headPreposition(d.word[h])
			if !ok || d.has(h, fPro) {
				continue
			}
			start = d.t.Tokens[h].Start + len(p)
		}
		d.addAlias(&res.Entities[res.Mentions[m].Entity], d.sourceText(start, c.normEnd))
	}
	if d.allFlags&fBareHead == 0 {
		return // no bare head in the text
	}
	// The tokens that may refer back: a bare head outside the mentions,
	// not followed by what makes it another body or a name (الجيش الحر،
	// الحزب الحاكم). A text has none (20 of the 38 news articles) or a
	// few: the entities' head words, which fold their names, are asked
	// only then, and only for the words of these tokens.
	refs := d.headRefs[:0]
	for i, f := range d.flags[:d.n] {
		if f&fBareHead == 0 || f&fDef == 0 || covered(i) {
			continue
		}
		if next := i + 1; next < int(d.segEnd[i]) && (d.has(next, fDef|fNat) && !d.has(next, fPro) && d.hamzaLam(int(d.stemAt[next]), d.t.Tokens[next].End) == 0 || covered(next) && !(bareHeads.has(d.stem[i]) && d.personCovers(next))) {
			// (A person named right after a body's head is the one whose
			// title the head closes: مدير المرصد رامي عبد الرحمن،
			// المتحدثة باسم المفوضية فلانة; the head still refers back.
			// Not a portfolio: وزير الخارجية فلان may be another
			// country's minister than the ministry named.)
			continue
		}
		refs = append(refs, i)
	}
	d.headRefs = refs
	if len(refs) == 0 {
		return
	}
	// The bare words that may refer to an organization, each with the
	// ones it fits.
	type head struct {
		word     string
		entities []int
	}
	var heads []head // a few in a document
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Label != ORG && ent.Label != LOC {
			continue
		}
		d.headWords(ent, func(w string) {
			if !slices.ContainsFunc(refs, func(i int) bool { return d.stem[i] == w }) {
				return // no token of the text is this word
			}
			for k := range heads {
				if heads[k].word == w {
					if !slices.Contains(heads[k].entities, e) {
						heads[k].entities = append(heads[k].entities, e)
					}
					return
				}
			}
			heads = append(heads, head{w, []int{e}})
		})
	}
	if len(heads) == 0 {
		return
	}
	for _, i := range refs {
		// It refers back to the one body it fits named before it
		// (قضت المحكمة الكبرى … قضت المحكمة كذلك, a court of appeal
		// named only after): none when two were named before.
		fit := -1
		for _, h := range heads {
			if h.word != d.stem[i] {
				continue
			}
			for _, e := range h.entities {
				if res.Mentions[res.Entities[e].Mentions[0]].Start >= d.t.Tokens[i].Start {
					continue
				}
				if fit >= 0 {
					fit = -2
					break
				}
				fit = e
			}
			break
		}
		if fit == -2 {
			// Two named before: the one named earlier in its own
			// sentence, alone there, is the one it calls back (ممثل منظمة
			// الصحة العالمية … أن المنظمة وفرت, after منظمة الأمم المتحدة
			// للطفولة in an earlier sentence).
			for _, h := range heads {
				if h.word == d.stem[i] {
					fit = d.namedInSentence(res, h.entities, i)
					break
				}
			}
		}
		if fit < 0 {
			continue
		}
		ent := &res.Entities[fit]
		if d.ministerBefore(i, ent) {
			continue // قال وزير المياه إن الوزارة ستبدأ: the minister's own ministry
		}
		if text := d.sourceText(int(d.stemAt[i]), d.t.Tokens[i].End); strings.HasPrefix(d.fold(text), "ال") {
			d.addAlias(ent, text)
		}
	}
}

// namedInSentence returns the one entity of es with a mention in the
// sentence of token i, before it, or -1 (none or more than one). A quote
// opened before token i starts the words of another (ستطعن أمام محكمة
// النقض، معتبرا أن "… ولم تعرض المحكمة": the trial court): the sentence
// is read from there.
func (d *doc) namedInSentence(res *Result, es []int, i int) int {
	first := i
	for first > 0 && first > i-60 && !sentenceEnd(d.word[first-1]) && !d.has(first-1, fOpenQ) {
		first--
	}
	from, _ := d.t.SourceSpan(d.t.Tokens[first].Start, d.t.Tokens[first].End)
	to, _ := d.t.SourceSpan(d.t.Tokens[i].Start, d.t.Tokens[i].End)
	fit := -1
	for _, e := range es {
		if slices.ContainsFunc(res.Entities[e].Mentions, func(m int) bool { return res.Mentions[m].Start >= from && res.Mentions[m].Start < to }) {
			if fit >= 0 {
				return -1
			}
			fit = e
		}
	}
	return fit
}

// personCovers reports whether a person's mention begins at token i.
func (d *doc) personCovers(i int) bool {
	c := d.cover[i]
	return c != 0 && d.cands[c-1].label == PER && d.cands[c-1].first == i
}

// ministerBefore reports whether the bare head at token i is الوزارة
// and a minister's title stands before it in its sentence: the ministry
// is his, which may be another than the one the document named, ent. A
// minister of ent's own portfolio (وزارة التربية … قال وزير التربية إن
// الوزارة) heads ent: no other ministry.
func (d *doc) ministerBefore(i int, ent *Entity) bool {
	if d.stem[i] != ministryWord {
		return false
	}
	for k := i - 1; k >= 0 && k > i-40 && !sentenceEnd(d.word[k]); k-- {
		if ministerWords.has(d.stem[k]) {
			return k+1 >= i || !d.portfolioOf(ent, d.word[k+1])
		}
	}
	return false
}

// portfolioOf reports whether the folded word w is the portfolio that
// follows the head of the ministry ent's name (المياه of وزارة المياه
// والري الأردنية).
func (d *doc) portfolioOf(ent *Entity, w string) bool {
	_, rest, ok := strings.Cut(d.fold(ent.Name), " ")
	if !ok || w == "" {
		return false
	}
	first, _, _ := strings.Cut(rest, " ")
	return first == w
}

var (
	// ministryHead heads a ministry's name (وزارة الداخلية); ministryWord
	// is the head written alone, which refers back to it.
	ministryHead  = searchNorm.String("وزارة")
	ministryWord  = searchNorm.String("الوزارة")
	ministerWords = foldedSet("وزير", "الوزير", "وزيرة", "الوزيرة")
)

// headWords calls f with each bare word (folded, with its article) that
// may refer back to the organization: its head when a bareHeads word
// begins its name or an alias (الجيش for الجيش السوري, الوكالة for
// وكالة سانا), or a ministry's portfolio (الداخلية for وزارة الداخلية
// الأردنية and for the state body الداخلية الأردنية). الجيش names no
// جيش الإسلام: a bare head fits a name whose head has no article only
// for the heads that stand in apposition to the name (حركة حماس).
func (d *doc) headWords(ent *Entity, f func(w string)) {
	each := func(name string) {
		first, rest, ok := strings.Cut(d.fold(name), " ")
		if !ok {
			return
		}
		if ent.Label == LOC {
			if w := placeBareHeadOf[first]; w != "" {
				f(w) // المطار for مطار الموصل الدولي
			}
			return
		}
		switch {
		case bareHeads.has(first):
			f(first)
		case first == ministryHead:
			f(bareHeadOf[first]) // الوزارة
			if second, _, _ := strings.Cut(rest, " "); isPortfolio(second) {
				f(second)
			}
		case first != "جيش" && bareHeadOf[first] != "":
			f(bareHeadOf[first])
		case isPortfolio(first):
			f(first)
		}
	}
	each(ent.Name)
	for _, a := range ent.Aliases {
		each(a)
	}
}

// bareHeadOf maps a head without its article to the bare head: حركة →
// الحركة.
var bareHeadOf = withoutArticle(bareHeads)

// withoutArticle maps each definite word of set without its article to
// the word: حركة → الحركة.
func withoutArticle(set *wordSet) map[string]string {
	m := map[string]string{}
	for h := range set.m {
		m[strings.TrimPrefix(h, "ال")] = h
	}
	return m
}

// placeBareHeads are the definite heads that, written alone, refer back
// to the one place of the document named with them: المطار for مطار
// الموصل الدولي, القطاع for قطاع غزة.
var placeBareHeads = foldedSet("المطار", "القطاع")

// placeBareHeadOf maps a place head without its article to its bare
// head: مطار → المطار.
var placeBareHeadOf = withoutArticle(placeBareHeads)

// isBareHead reports whether a folded stem is one of bareHeads, a
// place's bare head or a ministry's portfolio; keyWord computes it once
// per word (fBareHead).
func isBareHead(stem string) bool {
	return bareHeads.has(stem) || placeBareHeads.has(stem) || isPortfolio(stem)
}

// isPortfolio reports whether a folded word is a ministry's portfolio
// that stands alone for the ministry: الداخلية، الخارجية (not الصحة or
// المالية, common nouns alone).
func isPortfolio(w string) bool {
	return w == "الداخليه" || w == "الخارجيه"
}

// glosses marks each organization mention that fills the brackets right
// after another organization's mention: جبهة النصرة (تنظيم القاعدة في
// بلاد الشام); not the full name of the same listed organization after
// its acronym. Short acronyms in brackets are one mention with their
// organization already (mergeAcronyms).
func (d *doc) glosses(res *Result, mentionOf []int, order []int) []bool {
	g := &d.grouping
	gloss := resize(g.gloss, len(res.Mentions))
	clear(gloss)
	g.gloss = gloss
	prev := -1 // the cand of the mention before
	for _, k := range order {
		m := mentionOf[k]
		if m < 0 {
			continue
		}
		c := &d.cands[k]
		if prev >= 0 {
			p := &d.cands[prev]
			if p.label == ORG && c.label == ORG && m > 0 && c.first == p.last+1 && p.last < d.n && d.word[p.last] == "(" &&
				c.last < d.n && d.word[c.last] == ")" && (c.canon == "" || c.canon != p.canon) {
				// The same listed organization in full after its
				// acronym (يونيسف (منظمة الأمم المتحدة للطفولة)) is
				// its name, not a gloss.
				gloss[m] = true
			}
			if p.label == PER && c.label == PER && m > 0 && d.epithetBetween(p, c) {
				gloss[m] = true // عبد الحميد أبو زيد المعروف بأبي زيد: the name he goes by
			}
		}
		prev = k
	}
	return gloss
}

// epithetBetween reports whether the person c follows the person p with
// only an epithet of naming and ب between (المعروف بأبي زيد، الملقب ب
// النمر): c is another name of p.
func (d *doc) epithetBetween(p, c *cand) bool {
	e := p.last
	if e >= d.n || d.has(e, fPro) || !nicknameEpithets.has(d.stem[e]) || int(d.segEnd[p.first]) <= c.first {
		return false
	}
	if c.first == e+2 {
		return d.word[e+1] == "ب"
	}
	return c.first == e+1 && d.has(c.first, fPro) && strings.HasPrefix(d.word[c.first], "ب") && d.word[c.first][len("ب"):] == d.stem[c.first]
}

// addVariantAliases gives a one-word place the other spelling the text
// writes of it inside a longer name: أستانة (in محادثات أستانة) for
// أستانا.
func (d *doc) addVariantAliases(res *Result, keys []string) {
	// places maps the folded name of a one-word place that ends with ا,
	// or with an ه that variantKey writes ا, without that letter, to the
	// place's entity: the variant key of such a word is that and ا, so
	// the words of the keys are looked up without building their variant
	// keys.
	places := d.variantPlaces
	clear(places)
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Label != LOC || strings.Contains(ent.Name, " ") && strings.Contains(strings.TrimSpace(ent.Name), " ") {
			continue
		}
		name := d.fold(ent.Name)
		if !strings.HasSuffix(name, "ا") && !variantHeh(name) || utf8.RuneCountInString(name) < 4 {
			continue
		}
		if strings.Contains(name, " ") {
			continue // folded into words (a no-break space): no word of a key is its variant
		}
		if places == nil {
			places = map[string]int{}
			d.variantPlaces = places
		}
		places[name[:len(name)-len("ا")]] = e
	}
	if len(places) == 0 {
		return
	}
	for i, m := range res.Mentions {
		if m.Label == LOC {
			continue
		}
		// The words of the folded key after the first, and the same
		// word of the form when one is another spelling of a place.
		k := keys[i]
		for n := 1; ; n++ {
			sp := strings.IndexByte(k, ' ')
			if sp < 0 {
				break
			}
			k = k[sp+1:]
			w, _, _ := strings.Cut(k, " ")
			if !strings.HasSuffix(w, "ا") && !variantHeh(w) {
				continue
			}
			e, ok := places[w[:len(w)-len("ا")]]
			if !ok || d.fold(res.Entities[e].Name) == w {
				continue
			}
			if words := strings.Fields(m.Form); len(words) == strings.Count(keys[i], " ")+1 {
				d.addAlias(&res.Entities[e], words[n])
			}
		}
	}
}

// officeHeads are the heads of the titles (titleHead) that, written
// alone, name the one holder of the office in a news text: الرئيس،
// الوزير، المتحدث. Not styles and ranks (الشيخ، الدكتور، اللواء) nor
// descriptions (القيادي، المحلل).
var officeHeads = foldedSet("رئيس", "ملك", "وزير", "متحدث", "ناطق", "مبعوث", "سفير", "مدير", "قائد", "محافظ")

// officesAlone are the heads of officeHeads that are an office by
// themselves: الرئيس is the president, not رئيس الحكومة.
var officesAlone = foldedSet("رئيس", "ملك")

// extendSurnames extends a one-word person's name over the word before
// it when that word is the one before the same surname in the one full
// name of two words or more the document gives it: جواد ظريف (a
// headline) for محمد جواد ظريف, علي العبوس for علي العبوس written
// before with a title, whatever rule found ظريف or العبوس.
func (d *doc) extendSurnames() {
	// Most documents have no one-word person after a free word: nothing
	// to build then.
	some := false
	for k := 0; k < len(d.cands) && !some; k++ {
		c := &d.cands[k]
		some = !c.dropped && c.label == PER && c.last-c.first == 1 && c.first > 0 && d.cover[c.first-1] == 0 &&
			d.flags[c.first]&fPro == 0 && d.flags[c.first-1]&fWord != 0
	}
	if !some {
		return
	}
	full := d.lastNames // last word → cand of the one full name, or -1
	clear(full)
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.last-c.first < 2 {
			continue
		}
		last := d.word[c.last-1]
		if full == nil {
			full = map[string]int{}
			d.lastNames = full
		}
		if prev, ok := full[last]; ok && prev != k {
			if prev >= 0 && !d.samePhrase(d.cands[prev].first, d.cands[prev].last, c.first, c.last) {
				full[last] = -1 // two people share it
			}
			continue
		}
		full[last] = k
	}
	if len(full) == 0 {
		return
	}
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.last-c.first != 1 || c.first == 0 || d.has(c.first, fPro) {
			continue
		}
		f, ok := full[d.stem[c.first]]
		if !ok || f < 0 {
			continue
		}
		j := c.first - 1
		if d.cover[j] != 0 || int(d.segEnd[j]) <= c.first || !d.has(j, fWord) || d.stem[j] != d.word[d.cands[f].last-2] {
			continue
		}
		c.first = j
		c.normStart = d.start(j)
		d.cover[j] = int32(k + 1)
	}
}

// extendGiven extends a person's name of one word, or a kunya (أبو
// صلاح), over a given name written right before it that no mention
// covers: بلال أبو صلاح، وعبدالخالق الحوثي. The given name must be
// strong (not also a common word). The name then is a name of its own:
// a surname's link to a listed or longer name is dropped (عبدالخالق
// الحوثي is not عبد الملك الحوثي).
func (d *doc) extendGiven() {
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.first == 0 || d.has(c.first, fPro) {
			continue
		}
		if c.last-c.first != 1 && !(c.last-c.first == 2 && kunyas.has(d.word[c.first])) {
			continue
		}
		j := c.first - 1
		if d.cover[j] != 0 || int(d.segEnd[j]) <= c.first || !d.has(j, fArabic) {
			continue
		}
		m, ok := d.givenMatch(j)
		if !ok || m.End != c.first || m.Entry.Weak || m.Entry.Foreign {
			continue
		}
		c.first = j
		c.normStart = d.start(j)
		c.canon = ""
		d.cover[j] = int32(k + 1)
	}
}

// extendBeforeListedSurname extends a person named by one listed word,
// the surname of a listed person (زوما for جاكوب زوما), over the one or
// two rare words no list holds right before it, when what stands before
// them reads them as a name: two such words, or one after a
// nationality, a title, a function word (a verb of speech), punctuation
// or the segment's start (الجنوب أفريقية نكوسازانا دلاميني زوما). The name then is another person's
// whose given names differ from the listed one's: its link is dropped.
// A frequent word before the surname (أنصار زوما، حكومة زوما) is no
// given name.
func (d *doc) extendBeforeListedSurname() {
	// The canons of the persons named in full, built at the first need:
	// no cand gets a canon or two words in the loop, so the set holds.
	var full map[string]bool
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.last-c.first != 1 || c.canon == "" || c.source != FromGazetteer ||
			c.first == 0 || d.has(c.first, fPro) {
			continue
		}
		first := c.first
		for first > 0 && first > c.first-2 && d.rareUnlisted(first-1, c.first) {
			first--
		}
		if first == c.first {
			continue
		}
		given, _, _ := strings.Cut(d.foldCanon(c.canon), " ")
		if d.stem[first] == given || oneTypo(d.stem[first], given) {
			continue
		}
		if full == nil {
			full = map[string]bool{}
			for _, o := range d.cands {
				if !o.dropped && o.canon != "" && o.last-o.first >= 2 {
					full[o.canon] = true
				}
			}
		}
		if full[c.canon] {
			continue // the listed person is named in full too: the surname is his
		}
		if b := first - 1; c.first-first < 2 && b >= 0 && int(d.segEnd[b]) > first && !d.has(b, fNat|fStop|fPunct) && !d.scan.May(b, setTitle) {
			continue // one rare word wants a cue; two are a name
		}
		for j := first; j < c.first; j++ {
			d.cover[j] = int32(k + 1)
		}
		c.first = first
		c.normStart = d.start(first)
		c.canon = ""
	}
}

// rareUnlisted reports whether token j, before the name at token at, is
// a rare word of its segment that no list holds and no mention covers,
// shaped as a name: no proclitic or article, no function word, common
// noun, nationality, verb or number.
func (d *doc) rareUnlisted(j, at int) bool {
	return d.cover[j] == 0 && int(d.segEnd[j]) > j && int(d.segEnd[j]) >= at && d.has(j, fArabic) &&
		!d.has(j, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) && !d.known(j) && d.centibels(j) < foreignCB &&
		!normalize.IsFutureVerb(d.stem[j])
}

// yieldListedSurnames drops the gazetteer's link of a person named by
// one listed word (الحريري, listed for سعد الحريري; الحوثي for عبد
// الملك الحوثي) when the document writes another person's full name
// ending with that word (رفيق الحريري، محمد علي الحوثي): the word then
// is the surname of the document's persons, read as any surname.
func (d *doc) yieldListedSurnames() {
	if !slices.ContainsFunc(d.cands, func(c cand) bool {
		return !c.dropped && c.label == PER && c.last-c.first == 1 && c.canon != "" && c.source == FromGazetteer
	}) {
		return // most documents name no one by a listed word alone
	}
	// The full names (two words or more) by their last word, sorted, so
	// that a listed word alone looks up the names it may end: one list
	// kept from one document to the next, not a map and a list per word.
	names := d.fullNames[:0]
	for _, c := range d.cands {
		if !c.dropped && c.label == PER && c.last-c.first >= 2 {
			names = append(names, fullName{last: d.word[c.last-1], canon: c.canon, first: d.stem[c.first]})
		}
	}
	d.fullNames = names
	if len(names) == 0 {
		return
	}
	slices.SortFunc(names, func(a, b fullName) int { return strings.Compare(a.last, b.last) })
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.last-c.first != 1 || c.canon == "" || c.source != FromGazetteer {
			continue
		}
		// Another person: another listed name, or a name whose first
		// word is not the listed one's, give or take a letter (سيرغيه
		// لافروف is سيرغي لافروف).
		first, _, _ := strings.Cut(d.foldCanon(c.canon), " ")
		w := d.stem[c.first]
		i, _ := slices.BinarySearchFunc(names, w, func(f fullName, w string) int { return strings.Compare(f.last, w) })
		for ; i < len(names) && names[i].last == w; i++ {
			if f := names[i]; f.canon != c.canon && (f.canon != "" || !oneTypo(f.first, first)) {
				c.canon = ""
				break
			}
		}
	}
	clear(names) // they hold the document's words
}

// A fullName is a person's name of two words or more as
// yieldListedSurnames reads it: its last word, its canon (or "") and its
// first word's stem.
type fullName struct{ last, canon, first string }

// twice reports whether another person mention than j has the variant
// key v (the text writes the name twice, in any spelling). people is the
// index of the person mentions by variant key (see personVariants),
// built at the first call: one pass over the mentions for all the names
// (a scan per name was quadratic in a text of thousands of names).
func (d *doc) twice(res *Result, keys []string, people *map[string][]int, j int, v string) bool {
	if *people == nil {
		*people = d.personVariants(res, keys)
	}
	for _, i := range (*people)[v] {
		// A variant key is the key with a space less for each عبد
		// compound: at most a few bytes shorter.
		if i != j && len(keys[i]) >= len(v) && len(keys[i]) <= len(v)+3 {
			return true
		}
	}
	return false
}

// personVariants maps the variant key of each person mention to the
// mentions that have it, in order.
func (d *doc) personVariants(res *Result, keys []string) map[string][]int {
	people := make(map[string][]int)
	for i, m := range res.Mentions {
		if m.Label == PER {
			v := d.variant(keys[i])
			people[v] = append(people[v], i)
		}
	}
	return people
}
