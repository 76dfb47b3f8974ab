package seqmodel

import (
	"sync"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/normalize"
)

// Lists is the Gazetteer over naba's embedded name lists
// (entities/gazetteer): each token gets the B and I bits of every kind
// of phrase (person, org, place, title, given name, head word …) that
// covers it, matched kind by kind by longest match.
type Lists struct {
	g    *gazetteer.Gazetteer
	pool sync.Pool // *listScratch
}

type listScratch struct {
	scan gazetteer.Scan
	text normalize.Text
	tags []gazetteer.Tags
}

// DefaultLists returns the Lists over gazetteer.Default, built once.
var DefaultLists = sync.OnceValue(func() *Lists {
	return &Lists{
		g:    gazetteer.Default(),
		pool: sync.Pool{New: func() any { return new(listScratch) }},
	}
})

// Mark implements Gazetteer. Phrases are matched inside the range only.
func (l *Lists) Mark(t *normalize.Text, first, last int, marks []uint32) {
	ls := l.pool.Get().(*listScratch)
	ls.text = normalize.Text{Norm: t.Norm, Tokens: t.Tokens[first:last]}
	ls.scan.Reset(l.g, &ls.text)
	ls.tags = ls.scan.AppendTags(ls.tags[:0])
	for i, tg := range ls.tags {
		marks[i] = uint32(tg)
	}
	ls.text = normalize.Text{} // drop the references to t
	l.pool.Put(ls)
}

// Reads reports whether l matches the phrases of g: a gazetteer.Scan
// over g gives the marks Mark gives.
func (l *Lists) Reads(g *gazetteer.Gazetteer) bool { return l != nil && g != nil && l.g == g }
