// Package view renders naba Documents as self-contained right-to-left
// HTML pages: the article with its sections, entity mentions, dates and
// event triggers marked in place, and beside it tables of the entities
// and events.
//
// A page needs nothing else: no external stylesheet, font, script or
// network access. Every mention is an element with data-label and
// data-entity, every date an element with data-value, every trigger an
// element with data-event; clicking an entity highlights its mentions (a
// few lines of plain JavaScript; the page reads the same without it).
// The markup is built with html/template, so the article's text is
// always escaped and never becomes markup, and spans that overlap (a date
// inside a mention, a trigger crossing a date) are nested or cut so that
// the markup is always well formed.
//
// The functions of this package keep no state and are safe for
// concurrent use.
package view

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/nabanlp/naba"
)

//go:embed page.tmpl
var pageTemplate string

//go:embed style.css
var style string

//go:embed script.js
var script string

// Options configure a page. The zero value is a page titled "naba".
type Options struct {
	// Title is the page's title (the browser tab); "" gives "naba".
	Title string
	// CSS is added to the page's stylesheet, for a caller's own markup
	// between Head and Tail. It is trusted: it is written as it is.
	CSS string
}

var templates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"css":    func() template.CSS { return template.CSS(style) },
		"script": func() template.JS { return template.JS(script) },
	}).Parse(pageTemplate))
})

// ScriptHash returns the Content-Security-Policy source of the page's
// inline script ("'sha256-…'"), for servers that send a policy allowing
// that script and no other.
func ScriptHash() string {
	sum := sha256.Sum256([]byte(script))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// Page writes a complete HTML page showing docs, one article each.
func Page(w io.Writer, opts Options, docs ...*naba.Document) error {
	if err := Head(w, opts); err != nil {
		return err
	}
	for _, d := range docs {
		if err := Article(w, d); err != nil {
			return err
		}
	}
	return Tail(w)
}

// Head writes the start of a page: the document type, <html dir="rtl"
// lang="ar">, the head with the page's style and script, and the opening
// <body> tag. Follow it with any number of Article calls (and any markup
// of the caller's own) and end the page with Tail.
func Head(w io.Writer, opts Options) error {
	title := opts.Title
	if title == "" {
		title = "naba"
	}
	return templates().ExecuteTemplate(w, "head", struct {
		Title string
		CSS   template.CSS
	}{title, template.CSS(opts.CSS)})
}

// Tail writes the end of a page started by Head.
func Tail(w io.Writer) error {
	return templates().ExecuteTemplate(w, "tail", nil)
}

// Article writes the view of one document as an <article> element: a
// header with the document's path and date, the text with its sections,
// mentions, dates and triggers marked, and the entity and event tables.
func Article(w io.Writer, doc *naba.Document) error {
	if doc == nil {
		return fmt.Errorf("view: nil document")
	}
	return templates().ExecuteTemplate(w, "article", newArticle(doc))
}

// The template's data.

type article struct {
	Path     string
	Date     *naba.InferredDate
	Counts   counts
	Text     []*elem
	Entities []entityGroup
	Events   []eventRow
}

type counts struct {
	Sections, Mentions, Entities, Dates, Events, Splits int
}

// An elem is an element of the article text, or a run of text.
type elem struct {
	// What the element is: a run of text, a mention, a date, a trigger,
	// a section, a title line (a heading) or another line of the page.
	Run, Mention, Date, Trigger, Section, Heading bool

	Text     string
	Kind     string // block or section kind; event type for a trigger
	Role     string // section role; event status for a trigger
	Label    string
	Entity   string
	Value    string
	Start    string // code point offsets, as in the JSON
	End      string
	Title    string // the tooltip
	Children []*elem
}

type entityGroup struct {
	Label string
	Name  string // the label in words
	Rows  []entityRow
}

type entityRow struct {
	ID       string
	Label    string
	Name     string
	Aliases  string
	Mentions int
	Roles    []string
}

type eventRow struct {
	Type         string
	CAMEO        string
	Status       string
	Trigger      string
	Participants []ref
	Place        []ref
	Time         []string
	Casualties   string
}

// A ref is an argument of an event: text, and the ID of its entity if it
// has one.
type ref struct {
	Text   string
	Entity string
	Note   string
}

// labelNames are the labels in words, in table order.
var labelNames = []struct{ label, name string }{
	{"PER", "أشخاص"},
	{"ORG", "منظمات"},
	{"LOC", "أماكن"},
	{"MISC", "أخرى"},
}

func newArticle(doc *naba.Document) *article {
	src := doc.Source()
	a := &article{
		Path: doc.Doc.Path,
		Date: doc.Doc.InferredDate,
		Counts: counts{
			Sections: len(doc.Sections), Mentions: len(doc.Mentions), Entities: len(doc.Entities),
			Dates: len(doc.Dates), Events: len(doc.Events), Splits: len(doc.Splits),
		},
	}
	byID := make(map[string]*naba.Entity, len(doc.Entities))
	for i := range doc.Entities {
		byID[doc.Entities[i].ID] = &doc.Entities[i]
	}
	a.Text = textElems(doc, src, byID)
	a.Entities = entityGroups(doc, byID)
	a.Events = eventRows(doc, byID)
	return a
}

// textElems lays out the marked text of doc.
func textElems(doc *naba.Document, src string, byID map[string]*naba.Entity) []*elem {
	blks := blocks(src, doc.Sections)
	marks := make([]mark, 0, len(blks)+len(doc.Sections)+len(doc.Mentions)+len(doc.Dates)+len(doc.Events))
	offsets := make([]int, 0, 2*(len(doc.Mentions)+len(doc.Dates)+len(doc.Events)))
	for i, b := range blks {
		marks = append(marks, mark{b.start, b.end, layerBlock, i})
	}
	// Every other mark is cut to the blocks: what lies between them is
	// blank.
	add := func(start, end int, l layer, i int) {
		k := sort.Search(len(blks), func(k int) bool { return blks[k].end > start })
		for ; k < len(blks) && blks[k].start < end; k++ {
			marks = append(marks, mark{max(start, blks[k].start), min(end, blks[k].end), l, i})
		}
	}
	for i, s := range doc.Sections {
		add(s.Start, s.End, layerSection, i)
	}
	for i, m := range doc.Mentions {
		add(m.Start, m.End, layerMention, i)
		offsets = append(offsets, m.Start, m.End)
	}
	for i, d := range doc.Dates {
		add(d.Start, d.End, layerDate, i)
		offsets = append(offsets, d.Start, d.End)
	}
	for i, ev := range doc.Events {
		add(ev.Trigger.Start, ev.Trigger.End, layerTrigger, i)
		offsets = append(offsets, ev.Trigger.Start, ev.Trigger.End)
	}
	cp := newCodePoints(src, offsets)
	root := layout(src, marks)

	var conv func(n *node) *elem
	conv = func(n *node) *elem {
		if n.text {
			return &elem{Run: true, Text: src[n.m.start:n.m.end]}
		}
		e := &elem{}
		switch n.m.layer {
		case layerBlock:
			e.Kind = blks[n.m.idx].kind
			e.Heading = e.Kind == string(naba.Title)
		case layerSection:
			s := doc.Sections[n.m.idx]
			e.Section, e.Kind, e.Role = true, string(s.Kind), s.Role
		case layerMention:
			m := doc.Mentions[n.m.idx]
			e.Mention, e.Label, e.Entity = true, string(m.Label), m.Entity
			e.Start, e.End = strconv.Itoa(cp[m.Start]), strconv.Itoa(cp[m.End])
			e.Title = mentionTitle(m, byID[m.Entity])
		case layerDate:
			d := doc.Dates[n.m.idx]
			e.Date, e.Value = true, d.Value
			e.Start, e.End = strconv.Itoa(cp[d.Start]), strconv.Itoa(cp[d.End])
			e.Title = dateTitle(d)
		case layerTrigger:
			ev := doc.Events[n.m.idx]
			e.Trigger, e.Kind, e.Role = true, ev.Type, ev.Status
			e.Start, e.End = strconv.Itoa(cp[ev.Trigger.Start]), strconv.Itoa(cp[ev.Trigger.End])
			e.Title = eventTitle(ev)
		}
		e.Children = make([]*elem, 0, len(n.children))
		for _, c := range n.children {
			e.Children = append(e.Children, conv(c))
		}
		return e
	}
	var out []*elem
	for _, c := range root.children {
		// Between blocks lies only blank text; blocks hold the rest.
		if c.text || c.m.layer != layerBlock {
			continue
		}
		out = append(out, conv(c))
	}
	return out
}

func mentionTitle(m naba.Mention, e *naba.Entity) string {
	if e == nil {
		return string(m.Label) + ": " + m.Form
	}
	t := string(e.Label) + ": " + e.Name
	if len(e.Aliases) > 0 {
		t += "\n" + "أيضاً: " + strings.Join(e.Aliases, "، ")
	}
	return t
}

func dateTitle(d naba.Date) string {
	v := d.Value
	if v == "" {
		v = "unresolved"
	}
	parts := []string{v}
	if d.Grain != "" {
		parts = append(parts, d.Grain)
	}
	if d.Calendar != "" {
		parts = append(parts, d.Calendar)
	}
	return strings.Join(parts, " · ")
}

func eventTitle(ev naba.Event) string {
	t := ev.Type
	if ev.CAMEO != "" {
		t += " (CAMEO " + ev.CAMEO + ")"
	}
	if ev.Status != "" {
		t += " · " + ev.Status
	}
	return t
}

// entityGroups returns the entities grouped by label, the four labels
// first in their usual order, then any others sorted; within a group, in
// document order.
func entityGroups(doc *naba.Document, byID map[string]*naba.Entity) []entityGroup {
	count := make(map[string]int, len(doc.Entities))
	for _, m := range doc.Mentions {
		count[m.Entity]++
	}
	order := make(map[string]int, len(labelNames))
	var groups []entityGroup
	for i, l := range labelNames {
		order[l.label] = i
		groups = append(groups, entityGroup{Label: l.label, Name: l.name})
	}
	for _, e := range doc.Entities {
		k, ok := order[string(e.Label)]
		if !ok {
			k = len(groups)
			order[string(e.Label)] = k
			groups = append(groups, entityGroup{Label: string(e.Label), Name: string(e.Label)})
		}
		row := entityRow{
			ID: e.ID, Label: string(e.Label), Name: e.Name,
			Aliases: strings.Join(e.Aliases, "، "), Mentions: count[e.ID],
		}
		for _, r := range e.Roles {
			role := r.Title
			if org := byID[r.Org]; org != nil {
				role += " — " + org.Name
			} else if r.Org != "" {
				role += " — " + r.Org
			}
			row.Roles = append(row.Roles, role)
		}
		groups[k].Rows = append(groups[k].Rows, row)
	}
	extra := groups[len(labelNames):]
	sort.SliceStable(extra, func(i, j int) bool { return extra[i].Label < extra[j].Label })
	out := groups[:0]
	for _, g := range groups {
		if len(g.Rows) > 0 {
			out = append(out, g)
		}
	}
	return out
}

func eventRows(doc *naba.Document, byID map[string]*naba.Entity) []eventRow {
	rows := make([]eventRow, 0, len(doc.Events))
	for _, ev := range doc.Events {
		r := eventRow{Type: ev.Type, CAMEO: ev.CAMEO, Status: ev.Status, Trigger: ev.Trigger.Text}
		for _, a := range ev.Arguments {
			x := ref{Text: a.Text, Entity: a.Entity}
			if e := byID[a.Entity]; e != nil && x.Text == "" {
				x.Text = e.Name
			}
			switch a.Role {
			case "place":
				r.Place = append(r.Place, x)
			case "time":
				t := a.Value
				if t == "" && a.Date >= 0 && a.Date < len(doc.Dates) {
					t = doc.Dates[a.Date].Value
				}
				if t == "" {
					t = a.Text
				}
				if t != "" {
					r.Time = append(r.Time, t)
				}
			default:
				if a.Role != "participant" {
					x.Note = a.Role
				}
				r.Participants = append(r.Participants, x)
			}
		}
		if c := ev.Casualties; c != nil {
			var parts []string
			if c.Killed > 0 {
				parts = append(parts, "قتلى "+strconv.Itoa(c.Killed))
			}
			if c.Injured > 0 {
				parts = append(parts, "جرحى "+strconv.Itoa(c.Injured))
			}
			r.Casualties = strings.Join(parts, "، ")
		}
		rows = append(rows, r)
	}
	return rows
}
