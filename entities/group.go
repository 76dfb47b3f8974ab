package entities

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// result turns the kept candidates into mentions and groups them into
// entities.
func (d *doc) result() *Result {
	// Candidates in text order; index map from candidate to mention.
	order := make([]int, 0, len(d.cands))
	for k, c := range d.cands {
		if !c.dropped && c.normEnd > c.normStart {
			order = append(order, k)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return d.cands[a].normStart - d.cands[b].normStart })
	res := &Result{Mentions: make([]Mention, 0, len(order))}
	mentionOf := make([]int, len(d.cands))
	for k := range mentionOf {
		mentionOf[k] = -1
	}
	keys := make([]string, 0, len(order)) // folded form of each mention
	lastEnd := 0
	for _, k := range order {
		c := d.cands[k]
		s, e := d.t.SourceSpan(c.normStart, c.normEnd)
		if s < lastEnd || e <= s {
			continue // never overlap
		}
		lastEnd = e
		mentionOf[k] = len(res.Mentions)
		res.Mentions = append(res.Mentions, Mention{
			Label: c.label, Start: s, End: e, Text: d.t.Source[s:e], Form: d.sourceText(c.normStart, c.normEnd),
			First: c.first, Last: c.last, Source: c.source,
		})
		keys = append(keys, foldKey(d.t.Norm[c.normStart:c.normEnd], d.alefDropped(c.normStart)))
	}
	d.group(res, keys, mentionOf, order)
	return res
}

// foldKey is the folded form of a name for grouping: Search-folded, with
// the article's alef restored and single spaces.
func foldKey(norm string, alef bool) string {
	k := searchNorm.String(norm)
	if alef {
		k = "ا" + k
	}
	if strings.ContainsAny(k, "\t\n\r\u00a0") || strings.Contains(k, "  ") {
		k = strings.Join(strings.Fields(k), " ")
	}
	return k
}

// group clusters the mentions into entities.
func (d *doc) group(res *Result, keys []string, mentionOf []int, order []int) {
	n := len(res.Mentions)
	parent := make([]int, n)
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
	canonOf := make([]string, n) // folded canonical names
	for _, k := range order {
		if m := mentionOf[k]; m >= 0 && d.cands[k].canon != "" {
			canonOf[m] = foldKey(d.cands[k].canon, false)
		}
	}
	// Same label and same canonical name or same form.
	byKey := map[string]int{}
	for i, m := range res.Mentions {
		for _, key := range [2]string{keys[i], canonOf[i]} {
			if key == "" {
				continue
			}
			key = string(m.Label) + "\x00" + key
			if j, ok := byKey[key]; ok {
				union(j, i)
			} else {
				byKey[key] = i
			}
		}
	}
	// Short forms: a one-word person name is the surname of a longer
	// one; an organization's name is the start of a longer one
	// (الائتلاف الوطني → الائتلاف الوطني لقوى الثورة …). Attach only when
	// exactly one longer entity fits.
	longer := map[string][]int{} // label + short form → mentions with a longer form that fits
	for j, o := range res.Mentions {
		k := keys[j]
		switch o.Label {
		case PER:
			if sp := strings.LastIndexByte(k, ' '); sp > 0 {
				longer["P"+k[sp+1:]] = append(longer["P"+k[sp+1:]], j)
			}
		case ORG:
			for sp := strings.IndexByte(k, ' '); sp > 0; {
				longer["O"+k[:sp]] = append(longer["O"+k[:sp]], j)
				next := strings.IndexByte(k[sp+1:], ' ')
				if next < 0 {
					break
				}
				sp += 1 + next
			}
		}
	}
	for i, m := range res.Mentions {
		var cands []int
		switch m.Label {
		case PER:
			cands = longer["P"+keys[i]]
		case ORG:
			cands = longer["O"+keys[i]]
		}
		target := -1
		for _, j := range cands {
			if find(j) == find(i) {
				continue
			}
			if target >= 0 && find(target) != find(j) {
				target = -2
				break
			}
			target = j
		}
		if target >= 0 {
			union(target, i)
		}
	}
	// Entities in order of first mention.
	entityOf := map[int]int{}
	for i := range res.Mentions {
		r := find(i)
		e, ok := entityOf[r]
		if !ok {
			e = len(res.Entities)
			entityOf[r] = e
			res.Entities = append(res.Entities, Entity{ID: "e" + strconv.Itoa(e+1), Label: res.Mentions[i].Label})
		}
		res.Mentions[i].Entity = e
		res.Entities[e].Mentions = append(res.Entities[e].Mentions, i)
	}
	for e := range res.Entities {
		ent := &res.Entities[e]
		best := ent.Mentions[0]
		for _, i := range ent.Mentions[1:] {
			if betterName(keys[i], canonOf[i], keys[best], canonOf[best]) {
				best = i
			}
		}
		ent.Name = res.Mentions[best].Form
		seen := map[string]bool{keys[best]: true}
		for _, i := range ent.Mentions {
			if !seen[keys[i]] {
				seen[keys[i]] = true
				ent.Aliases = append(ent.Aliases, res.Mentions[i].Form)
			}
		}
	}
	d.addRoles(res, mentionOf)
}

// betterName reports whether the form with key a is a better canonical
// name than the one with key b: more words, then longer, then the one the
// gazetteer calls canonical.
func betterName(a, canonA, b, canonB string) bool {
	wa, wb := strings.Count(a, " "), strings.Count(b, " ")
	if wa != wb {
		return wa > wb
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la != lb {
		return la > lb
	}
	return a == canonA && b != canonB
}

// addRoles gives persons the roles their titles state, and adds the
// titles used alone as aliases of the person they refer back to.
func (d *doc) addRoles(res *Result, mentionOf []int) {
	holders := map[string][]int{} // title key → person entities
	for _, rl := range d.roles {
		pm := mentionOf[rl.person]
		if pm < 0 {
			continue
		}
		pe := res.Mentions[pm].Entity
		org := -1
		if rl.org >= 0 && mentionOf[rl.org] >= 0 {
			org = res.Mentions[mentionOf[rl.org]].Entity
		}
		ent := &res.Entities[pe]
		if !slices.ContainsFunc(ent.Roles, func(r Role) bool { return r.Title == rl.title && r.Org == org }) {
			ent.Roles = append(ent.Roles, Role{Title: rl.title, Org: org})
		}
		if !slices.Contains(holders[rl.key], pe) {
			holders[rl.key] = append(holders[rl.key], pe)
		}
	}
	for _, ref := range d.refs {
		people := holders[ref.key]
		if ref.org >= 0 && mentionOf[ref.org] >= 0 {
			org := res.Mentions[mentionOf[ref.org]].Entity
			people = slices.DeleteFunc(slices.Clone(people), func(pe int) bool {
				return !slices.ContainsFunc(res.Entities[pe].Roles, func(r Role) bool { return r.Org == org })
			})
		}
		if len(people) != 1 {
			continue
		}
		ent := &res.Entities[people[0]]
		k := foldKey(ref.text, false)
		if foldKey(ent.Name, false) == k || slices.ContainsFunc(ent.Aliases, func(a string) bool { return foldKey(a, false) == k }) {
			continue
		}
		ent.Aliases = append(ent.Aliases, ref.text)
	}
}
