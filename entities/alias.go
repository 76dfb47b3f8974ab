package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	gz "github.com/nabanlp/naba/entities/gazetteer"
)

// variantKey returns a folded name key with the spelling variants of one
// name made one: a compound given name written with or without its space
// (عبد الله، عبدالله), and a final ا or ه (ة folds to ه) of a word of four
// letters or more (أستانا، أستانة؛ سوريا، سورية), but the ه of الله. Hamza
// forms are folded already. It returns k itself when nothing changes.
func variantKey(k string) string {
	if !strings.Contains(k, "عبد ") && !strings.HasSuffix(k, "ه") && !strings.Contains(k, "ه ") {
		return k
	}
	words := strings.Fields(k)
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "عبد" && i+1 < len(words) {
			w += words[i+1] // عبد الله → عبدالله
			i++
		}
		if utf8.RuneCountInString(w) >= 4 && !strings.HasSuffix(w, "لله") {
			if b, ok := strings.CutSuffix(w, "ه"); ok {
				w = b + "ا"
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// orgShortHeads are generic heads written before an organization's name
// that the text may leave out: تنظيم القاعدة is القاعدة, حركة حماس is
// حماس, وكالة فرانس برس is فرانس برس. Not حزب (حزب الله is not الله) nor
// منظمة (منظمة التحرير is not التحرير).
var orgShortHeads = foldedSet("تنظيم", "جماعة", "حركة", "فصيل", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
	"جبهة", "وكالة")

// shortOrgName returns the name after a generic head (see
// orgShortHeads) of a folded organization key, or "".
func shortOrgName(k string) string {
	head, rest, ok := strings.Cut(k, " ")
	if !ok || !orgShortHeads[head] || rest == "" {
		return ""
	}
	return rest
}

// addShortNames gives an organization named with a generic head the
// name without it when the gazetteer lists that name as an organization
// (تنظيم القاعدة → القاعدة, حركة أحرار الشام → أحرار الشام): a short
// name, as the gold guidelines count aliases, written or not.
func (d *doc) addShortNames(res *Result) {
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Label != ORG {
			continue
		}
		_, rest, ok := strings.Cut(ent.Name, " ")
		if !ok || shortOrgName(d.fold(ent.Name)) == "" {
			continue
		}
		rest = strings.TrimSpace(rest)
		name := d.fold(ent.Name)
		if slices.ContainsFunc(d.r.g.Lookup(rest), func(en gz.Entry) bool {
			// A weak one (القاعدة is also "the base") only as a name
			// of this organization.
			return en.Kind == gz.Org && (!en.Weak || d.fold(en.Name) == name)
		}) {
			d.addAlias(ent, rest)
		}
	}
}

// barePlaceHead reports whether a folded word is a place head whose
// longer form names one place (محافظة إدلب), not a list or a region.
func barePlaceHead(w string) bool {
	h, ok := placeHeads[w]
	return ok && !h.list && !h.region
}

// bareHeads are the definite head nouns that, written alone, refer back
// to the one organization of the document named with them: الجيش for
// الجيش السوري, الحركة for حركة حماس, الوكالة for وكالة سانا.
// Not الجبهة: alone it is mostly a front line (تقدم في الجبهة).
var bareHeads = foldedSet("الجيش", "الوكالة", "الحركة", "التنظيم", "الحزب", "الجماعة")

// addHeadRefs adds the aliases that the tokens outside the mentions
// give: a place head before a place (محافظة إدلب for إدلب, whatever rule
// found the name), and a definite head noun alone (الجيش، الوكالة) or a
// ministry's portfolio alone (الداخلية after وزارة الداخلية الأردنية)
// referring back to the one organization of the document it fits.
func (d *doc) addHeadRefs(res *Result, mentionOf []int) {
	covered := d.grouping.covered[:0]
	covered = slices.Grow(covered, d.n)[:d.n]
	for i := range covered {
		covered[i] = -1
	}
	d.grouping.covered = covered
	for k, c := range d.cands {
		if m := mentionOf[k]; m >= 0 {
			for j := c.first; j < c.last && j < d.n; j++ {
				covered[j] = int32(m)
			}
		}
	}
	for k, c := range d.cands {
		m := mentionOf[k]
		if m < 0 || c.label != LOC || c.first == 0 || covered[c.first-1] >= 0 || d.has(c.first, fPro) {
			continue
		}
		h := c.first - 1
		if !barePlaceHead(d.stem[h]) {
			continue
		}
		d.addAlias(&res.Entities[res.Mentions[m].Entity], d.sourceText(d.start(h), c.normEnd))
	}
	// The organizations each bare word may refer to; first mention.
	for i := 0; i < d.n; i++ {
		if covered[i] >= 0 || !d.has(i, fDef) {
			continue
		}
		w := d.stem[i]
		ministry := strings.HasSuffix(w, "يه") && utf8.RuneCountInString(w) >= 6
		if !bareHeads[w] && !ministry {
			continue
		}
		if next := i + 1; next < d.segEnd[i] && (d.has(next, fDef|fNat) && !d.has(next, fPro) || covered[next] >= 0) {
			continue // الجيش الحر، الحزب الحاكم: another body, or a name
		}
		fit := -1
		for e := range res.Entities {
			ent := &res.Entities[e]
			if ent.Label != ORG || !d.headFits(ent, w, ministry) {
				continue
			}
			if fit >= 0 {
				fit = -2
				break
			}
			fit = e
		}
		if fit < 0 {
			continue
		}
		ent := &res.Entities[fit]
		if first := res.Mentions[ent.Mentions[0]]; first.Start >= d.t.Tokens[i].Start {
			continue // it refers back, to a body named before
		}
		if text := d.sourceText(d.stemAt[i], d.t.Tokens[i].End); strings.HasPrefix(d.fold(text), "ال") {
			d.addAlias(ent, text)
		}
	}
}

// headFits reports whether the organization's name or one of its
// aliases begins with the head w (folded, with its article; الجيش fits
// الجيش السوري, الوكالة fits وكالة سانا), or, for a ministry's portfolio,
// is وزارة w ….
func (d *doc) headFits(ent *Entity, w string, ministry bool) bool {
	bare := strings.TrimPrefix(w, "ال")
	fits := func(name string) bool {
		first, rest, ok := strings.Cut(d.fold(name), " ")
		if !ok {
			return false
		}
		if ministry {
			// وزارة الداخلية …, or the state body الداخلية الأردنية.
			second, _, _ := strings.Cut(rest, " ")
			return first == "وزاره" && second == w || first == w
		}
		// الجيش names no جيش الإسلام: a bare head fits a name whose head
		// has no article only for the heads that stand in apposition to
		// the name (حركة حماس، وكالة سانا).
		return first == w || first == bare && w != "الجيش"
	}
	return fits(ent.Name) || slices.ContainsFunc(ent.Aliases, fits)
}

// glosses marks each organization mention that fills the brackets right
// after another organization's mention: جبهة النصرة (تنظيم القاعدة في
// بلاد الشام). Short acronyms in brackets are one mention with their
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
		c := d.cands[k]
		if prev >= 0 {
			p := d.cands[prev]
			if p.label == ORG && c.label == ORG && m > 0 && c.first == p.last+1 && p.last < d.n && d.word[p.last] == "(" &&
				c.last < d.n && d.word[c.last] == ")" {
				gloss[m] = true
			}
		}
		prev = k
	}
	return gloss
}

// addVariantAliases gives a one-word place the other spelling the text
// writes of it inside a longer name: أستانة (in محادثات أستانة) for
// أستانا.
func (d *doc) addVariantAliases(res *Result) {
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Label != LOC || strings.Contains(strings.TrimSpace(ent.Name), " ") {
			continue
		}
		name := d.fold(ent.Name)
		v := variantKey(name)
		if v == name && !strings.HasSuffix(name, "ا") || utf8.RuneCountInString(name) < 4 {
			continue
		}
		for _, m := range res.Mentions {
			if m.Label == LOC || !strings.Contains(m.Form, " ") {
				continue
			}
			for _, w := range strings.Fields(m.Form)[1:] {
				if fw := d.fold(w); fw != name && variantKey(fw) == v {
					d.addAlias(ent, w)
				}
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
