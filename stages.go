package naba

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nabanlp/naba/dates"
	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/normalize"
)

// stages holds the dates and entities stages of an Extractor.
type stages struct {
	dates      *dates.Parser // without a reference; WithReference per document
	recognizer *entities.Recognizer
}

func newStages(Options) (stages, error) {
	dp, err := dates.New(dates.Options{})
	if err != nil {
		return stages{}, fmt.Errorf("naba: building the date parser: %w", err)
	}
	rec, err := entities.New(entities.Options{})
	if err != nil {
		return stages{}, fmt.Errorf("naba: building the entity recognizer: %w", err)
	}
	return stages{dates: dp, recognizer: rec}, nil
}

// findEntities finds the mentions of named entities in doc and groups
// them into entities.
// The view it reads is built in mem's memory, if mem is not nil.
func findEntities(doc *Document, rec recognizer, mem *scratch) {
	res := rec.Recognize(doc.view(func(s Section) bool { return !skipped(s) }, mem.view(entitiesView)))
	doc.Mentions = make([]Mention, 0, len(res.Mentions))
	doc.Entities = make([]Entity, 0, len(res.Entities))
	for _, m := range res.Mentions {
		id := ""
		if m.Entity >= 0 && m.Entity < len(res.Entities) {
			id = res.Entities[m.Entity].ID
		}
		doc.Mentions = append(doc.Mentions, Mention{
			Label: Label(m.Label), Text: m.Text, Form: m.Form, Start: m.Start, End: m.End,
			Entity: id, Section: doc.SectionAt(m.Start, m.End),
		})
	}
	// The entities' roles are cut from one block, each entity's with no
	// room after it (an append copies): one allocation a document where
	// an entity with roles cost one or more.
	n := 0
	for _, e := range res.Entities {
		n += len(e.Roles)
	}
	roles := make([]Role, 0, n)
	for _, e := range res.Entities {
		ent := Entity{ID: e.ID, Label: Label(e.Label), Name: e.Name, Aliases: e.Aliases}
		from := len(roles)
		for _, r := range e.Roles {
			org := ""
			if r.Org >= 0 && r.Org < len(res.Entities) {
				org = res.Entities[r.Org].ID
			}
			roles = append(roles, Role{Title: r.Title, Org: org})
		}
		if len(roles) > from {
			ent.Roles = roles[from:len(roles):len(roles)]
		}
		doc.Entities = append(doc.Entities, ent)
	}
	dropDatedPersons(doc)
	dropNamedDates(doc)
	dropTickerTitles(doc)
}

// dropNamedDates removes the dates that lie inside a name, after its
// first word: a day word or a day of a month is then a word of the name,
// no date of the text (حزب الغد، صحيفة المصري اليوم، جامعة 6 أكتوبر، شارع
// 26 يوليو، the family name of لويجي دي مايو). Both lists are in text
// order.
func dropNamedDates(doc *Document) {
	if len(doc.Dates) == 0 || len(doc.Mentions) == 0 {
		return
	}
	k := 0
	kept := doc.Dates[:0]
	for _, d := range doc.Dates {
		for k < len(doc.Mentions) && doc.Mentions[k].End <= d.Start {
			k++
		}
		named := false
		for j := k; j < len(doc.Mentions) && doc.Mentions[j].Start <= d.Start; j++ {
			m := doc.Mentions[j]
			if m.Start < d.Start && d.End <= m.End {
				named = true
				break
			}
		}
		if !named {
			kept = append(kept, d)
		}
	}
	clear(doc.Dates[len(kept):])
	doc.Dates = kept
}

// dropDatedPersons removes the person mentions that lie inside a date
// the dates stage read, and the persons left with no mention: a month or
// a weekday is no name (صادق المجلس على القانون في 22 جوان: the Maghrebi
// June, also the given name Joan). doc.Dates is in text order, as the
// mentions are.
func dropDatedPersons(doc *Document) {
	if len(doc.Dates) == 0 {
		return
	}
	var left map[string]int
	kept := doc.Mentions[:0]
	k := 0
	for _, m := range doc.Mentions {
		for k < len(doc.Dates) && doc.Dates[k].End <= m.Start {
			k++
		}
		if m.Label == PER && k < len(doc.Dates) && doc.Dates[k].Start <= m.Start && m.End <= doc.Dates[k].End {
			if left == nil {
				left = make(map[string]int)
			}
			left[m.Entity] += 0 // its entity may be left with none
			continue
		}
		kept = append(kept, m)
	}
	if left == nil {
		return
	}
	clear(doc.Mentions[len(kept):])
	doc.Mentions = kept
	for _, m := range doc.Mentions {
		if _, ok := left[m.Entity]; ok {
			left[m.Entity]++
		}
	}
	n := len(doc.Entities)
	doc.Entities = slices.DeleteFunc(doc.Entities, func(e Entity) bool {
		n, ok := left[e.ID]
		return ok && n == 0
	})
	// An entity whose first mention was dropped (a weekday before the
	// same name as a person's further on) now begins further down: the
	// entities follow their first mentions again.
	first := make(map[string]int, len(doc.Entities))
	for i, m := range doc.Mentions {
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = i
		}
	}
	at := func(e Entity) int {
		if i, ok := first[e.ID]; ok {
			return i
		}
		return len(doc.Mentions) // none: after the others, in their order
	}
	sorted := slices.IsSortedFunc(doc.Entities, func(a, b Entity) int { return cmp.Compare(at(a), at(b)) })
	if !sorted {
		slices.SortStableFunc(doc.Entities, func(a, b Entity) int { return cmp.Compare(at(a), at(b)) })
	}
	if len(doc.Entities) < n || !sorted {
		renumberEntities(doc)
	}
}

// renumberEntities gives the entities of doc the IDs e1 e2 … in their
// order again, in the mentions and the roles too, after some were
// dropped: the recognizer's IDs are sequential, and a reader counting on
// it (a gap says an entity is missing) finds them so. IDs that were not
// the recognizer's are left as they are.
func renumberEntities(doc *Document) {
	renamed := make(map[string]string, len(doc.Entities))
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if _, ok := sequentialID(e.ID); !ok {
			return
		}
		renamed[e.ID] = "e" + strconv.Itoa(i+1)
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		e.ID = renamed[e.ID]
		for r := range e.Roles {
			e.Roles[r].Org = renamed[e.Roles[r].Org] // "" for none or a dropped one
		}
	}
	for i := range doc.Mentions {
		doc.Mentions[i].Entity = renamed[doc.Mentions[i].Entity]
	}
}

// dropTickerTitles removes from a person's aliases the titles used alone
// only in a ticker (وزير الزراعة يفتتح …): a ticker's headlines are other
// stories, so a title there does not refer back to a person of the
// article unless the person is named in the ticker too.
func dropTickerTitles(doc *Document) {
	src := doc.Source()
	var tickers []Section
	for _, s := range doc.Sections {
		if s.Kind == Ticker {
			tickers = append(tickers, s)
		}
	}
	if len(tickers) == 0 {
		return
	}
	inTickerText := func(a string) bool {
		for _, s := range tickers {
			if strings.Contains(src[s.Start:s.End], a) {
				return true
			}
		}
		return false
	}
	// The forms each entity is written in, and the entities named in a
	// ticker, in one pass over the mentions.
	forms := map[string]map[string]bool{}
	named := map[string]bool{}
	for _, m := range doc.Mentions {
		f := forms[m.Entity]
		if f == nil {
			f = map[string]bool{}
			forms[m.Entity] = f
		}
		f[m.Form], f[m.Text] = true, true
		if m.Section >= 0 && isTickerSection(doc.Sections[m.Section]) {
			named[m.Entity] = true
		}
	}
	for e := range doc.Entities {
		ent := &doc.Entities[e]
		if ent.Label != PER || len(ent.Aliases) == 0 || named[ent.ID] {
			continue
		}
		kept := ent.Aliases[:0]
		for _, a := range ent.Aliases {
			// The ticker is short: look there first, and through the
			// page only for a title the ticker uses.
			if forms[ent.ID][a] || !inTickerText(a) || !onlyInTicker(doc, src, a) {
				kept = append(kept, a)
			}
		}
		ent.Aliases = kept
	}
}

// onlyInTicker reports whether text occurs in src and every occurrence
// lies in a ticker.
func onlyInTicker(doc *Document, src, text string) bool {
	if text == "" {
		return false
	}
	found := false
	for at := 0; ; {
		i := strings.Index(src[at:], text)
		if i < 0 {
			return found
		}
		i += at
		sec := doc.SectionAt(i, i+len(text))
		if sec < 0 || !isTickerSection(doc.Sections[sec]) {
			return false
		}
		found = true
		at = i + len(text)
	}
}

// findDates finds the date expressions of doc. Those of the article are
// resolved against ref, or when ref is zero against the document date the
// text gives (see inferDocDate); those of a ticker are resolved without
// any reference, since its headlines are from other days. The views it
// reads are built in mem's memory, if mem is not nil.
func (x *Extractor) findDates(doc *Document, ref time.Time, mem *scratch) {
	// Attribution lines and tag lists name outlets and topics, not days
	// (عين اليوم – متابعات).
	body := doc.view(func(s Section) bool {
		return !skipped(s) && !isTickerSection(s) && s.Kind != Source && s.Role != RoleTags
	}, mem.view(datesBodyView))
	ticker := doc.view(isTickerSection, mem.view(datesTickerView))
	// The lists found are read once, into doc.Dates: a Session keeps
	// their memory for the next document.
	lists := new(dateLists)
	if mem != nil {
		lists = &mem.dateLists
	}
	find := func(k int, p *dates.Parser, t *normalize.Text) []dates.Date {
		// The views share the normalizer's Search-folded Norm.
		lists[k] = p.AppendText(lists[k][:0], t, true)
		return lists[k]
	}
	var found []dates.Date
	docRef := ref // the day the article's year-less dates are read against, if one
	switch {
	case !ref.IsZero():
		found = find(datesFound, x.dates.WithReference(ref), body)
	default:
		plain := find(datesPlain, x.dates, body)
		inf, lo, hi := x.inferDocDate(doc, body, plain)
		doc.Doc.InferredDate = inf
		switch {
		case inf == nil:
			found = plain
		case lo.Equal(hi):
			found = find(datesFound, x.dates.WithReference(lo), body)
			docRef = lo
		default:
			lists[datesFound] = agreeing(lists[datesFound][:0], plain, find(datesLo, x.dates.WithReference(lo), body), find(datesHi, x.dates.WithReference(hi), body))
			found = lists[datesFound]
		}
	}
	fromTicker := find(datesTicker, x.dates, ticker)
	if !docRef.IsZero() && len(fromTicker) > 0 {
		fromTicker = yearOfArticle(fromTicker, find(datesTickerRef, x.dates.WithReference(docRef), ticker))
	}
	doc.Dates = make([]Date, 0, len(found)+len(fromTicker))
	add := func(ds []dates.Date) {
		for _, d := range ds {
			if d.Vague {
				continue
			}
			doc.Dates = append(doc.Dates, Date{
				Text: d.Text, Start: d.Start, End: d.End, Value: dateValue(d), Grain: dateGrain(d),
				Calendar: calendarName(d), Section: doc.SectionAt(d.Start, d.End),
			})
		}
	}
	// Tickers come first on a page, but keep text order whatever the
	// layout.
	i, j := 0, 0
	for i < len(found) || j < len(fromTicker) {
		if j == len(fromTicker) || i < len(found) && found[i].Start < fromTicker[j].Start {
			add(found[i : i+1])
			i++
		} else {
			add(fromTicker[j : j+1])
			j++
		}
	}
	// Keep the memory, not the dates: they point into this document.
	for k := range lists {
		clear(lists[k])
	}
}

// dateLists are the lists of dates findDates finds before doc.Dates
// gets its own values, by role.
type dateLists [6][]dates.Date

const (
	datesPlain     = iota // the body's, without a reference
	datesLo               // against the first day the document date may be
	datesHi               // against its last day
	datesFound            // the body's, as the Document reports them
	datesTicker           // the ticker's
	datesTickerRef        // the ticker's, against the article's day
)

// dateGrain is the grain of dateValue's value: a season's is its year.
func dateGrain(d dates.Date) string {
	switch {
	case d.Resolved && d.Season:
		return dates.Year.String()
	}
	return d.Grain.String()
}

// yearOfArticle gives the ticker's dates that write a day or a month but
// no year (19 نوفمبر، الخميس 19 نوفمبر) the value they take against the
// article's day (dated: the same ticker read against it): a headline of
// the days around the article is of its year, as the year policy reads
// it. Relative dates (الخميس المقبل، أمس) are read against the article's
// day too, as the annotations read a ticker (like body text): the page
// gives no other day for its headlines. plain is rewritten in place.
func yearOfArticle(plain, dated []dates.Date) []dates.Date {
	k := 0
	for i, d := range plain {
		if d.Resolved || !d.Relative && d.Written.Month == 0 && d.WrittenHijri.Month == 0 {
			continue
		}
		for k < len(dated) && dated[k].Start < d.Start {
			k++
		}
		if k < len(dated) && dated[k].Start == d.Start && dated[k].End == d.End && dated[k].Resolved {
			plain[i] = dated[k]
		}
	}
	return plain
}

// dateValue is the ISO value of a date, with a whole week written as
// its days (2018-05-21/2018-05-27), as the annotation guidelines write
// intervals, rather than as an ISO week (2018-W21).
//
// A season is written as the year that holds it (صيف عام 2007: 2007; a
// winter as the year of its January), as the annotations write it; the
// dates package gives its months. A quarter keeps its months: one
// annotation writes its days, another its months.
func dateValue(d dates.Date) string {
	v := d.ISO()
	switch {
	case !d.Resolved:
	case d.Season:
		return strconv.Itoa(d.Last.Year())
	case d.Grain == dates.Week && strings.Contains(v, "-W"):
		return d.First.Format(time.DateOnly) + "/" + d.Last.Format(time.DateOnly)
	}
	return v
}

func calendarName(d dates.Date) string {
	switch {
	case d.Dual:
		return "dual"
	case d.Calendar == dates.Hijri:
		return "hijri"
	case d.Calendar == dates.Gregorian:
		return "gregorian"
	}
	return ""
}

// agreeing writes over out's memory the dates resolved against the two ends of
// the interval the document date lies in: a date whose value is the same
// against both keeps it; one that differs (اليوم when only the month of
// the document is known) keeps its value without a reference.
func agreeing(out, plain, lo, hi []dates.Date) []dates.Date {
	out = append(out[:0], plain...)
	loSorted, hiSorted := slices.IsSortedFunc(lo, byStart), slices.IsSortedFunc(hi, byStart)
	for i := range out {
		a, b := findSpan(lo, out[i].Start, loSorted), findSpan(hi, out[i].Start, hiSorted)
		if a < 0 || b < 0 || lo[a].End != out[i].End || hi[b].End != out[i].End {
			continue
		}
		if lo[a].Resolved && hi[b].Resolved && lo[a].ISO() == hi[b].ISO() {
			out[i] = lo[a]
		}
	}
	return out
}

// findSpan returns the index of the first date of ds that starts at
// start, or -1. Dates in text order (sorted, as the parser gives them)
// are searched by halves: agreeing asks it of every date of a document,
// which on a long text of dates was a scan of them all for each.
func findSpan(ds []dates.Date, start int, sorted bool) int {
	if sorted {
		if i, ok := slices.BinarySearchFunc(ds, start, func(d dates.Date, at int) int { return cmp.Compare(d.Start, at) }); ok {
			return i
		}
		return -1
	}
	for i, d := range ds {
		if d.Start == start {
			return i
		}
	}
	return -1
}

// byStart orders dates by the offset they start at.
func byStart(a, b dates.Date) int { return cmp.Compare(a.Start, b.Start) }
