package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/nabanlp/naba/normalize"
)

//go:generate go run gen_countries.go

// dataFS holds the lists. The format of a list file:
//
//	# a comment, to the end of the line
//	@kind place            every line after this is a place (see Kind.String)
//	@kind given-name weak  … a given name that is also a common word
//	سوريا | سورية | الجمهورية العربية السورية
//	@kind given-name list  lines of whitespace-separated one-word names
//	@kind given-name list foreign  … names of foreign origin (جون، سيرغي)
//	محمد أحمد عبد_الله
//
// A line is a canonical name and its aliases, separated by "|"; every
// one of them is a phrase that maps to the canonical name. After a
// "list" flag each word of a line is a name of its own ("_" joins the
// words of a compound name). Nationality adjectives are written in the
// masculine singular; the loader adds their other forms.
//
//go:embed data/*.txt
var dataFS embed.FS

// loadOrder lists the files read first; the rest follow in name order. A
// phrase listed twice with the same kind keeps its first canonical name
// (and its weak flag), so the hand-written places come before the
// generated countries, and the first lists the recognizer was built on
// come before the larger lists added later (sports, companies, media …).
var loadOrder = []string{"places.txt", "syria.txt", "countries.txt", "cues.txt", "given_names.txt",
	"misc.txt", "orgs.txt", "persons.txt", "titles.txt"}

func kindByName(name string) (Kind, bool) {
	for k := Person; k < numKinds; k++ {
		if kindNames[k] == name {
			return k, true
		}
	}
	return None, false
}

// New builds a gazetteer from the list files (*.txt) of the folder dir of
// fsys, read in name order (naba's own files first in its load order).
// It is meant for programs that extend or replace naba's lists; Default
// needs no call. The format of a list file (see the package's data
// folder):
//
//	# a comment, to the end of the line
//	@kind place            every line after this is a place (see Kind.String)
//	@kind given-name weak  … a given name that is also a common word
//	سوريا | سورية | الجمهورية العربية السورية
//	@kind given-name list  lines of whitespace-separated one-word names
//	@kind given-name list foreign  … names of foreign origin (جون، سيرغي)
//	محمد أحمد عبد_الله
//
// A line is a canonical name and its aliases, separated by "|"; every
// one of them is a phrase that maps to the canonical name. After a
// "list" flag each word of a line is a name of its own ("_" joins the
// words of a compound name). Nationality adjectives are written in the
// masculine singular; the loader adds their other forms. A phrase listed
// twice with the same kind keeps its first canonical name.
func New(fsys fs.FS, dir string) (*Gazetteer, error) { return parseFS(fsys, dir) }

func parseFS(fsys fs.FS, dir string) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: listing %s: %w", dir, err)
	}
	rank := func(n string) int {
		for i, f := range loadOrder {
			if path.Base(n) == f {
				return i
			}
		}
		return len(loadOrder)
	}
	sort.SliceStable(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	size := 0
	for _, name := range names {
		if st, err := fs.Stat(fsys, name); err == nil {
			size += int(st.Size())
		}
	}
	b := newBuilder(size)
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		err = b.read(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	b.finish()
	return b.g, nil
}

// finish computes what the lookups need once every phrase is in: the
// kinds below each node. A child is always added after its parent, so
// one pass from the last node up is enough.
func (b *builder) finish() {
	g := b.g
	g.edges = newEdgeTable(b.edges)
	parent := make([]uint32, len(g.nodes))
	for key, child := range b.edges {
		parent[child] = uint32(key >> 32)
	}
	for n := range g.nodes {
		g.nodes[n].below = g.nodes[n].kinds
	}
	for n := len(g.nodes) - 1; n > 0; n-- {
		g.nodes[parent[n]].below |= g.nodes[n].below
	}
}

type builder struct {
	g       *Gazetteer
	edges   map[uint64]uint32 // the trie's edges, put in g.edges by finish
	toks    []normalize.Token // add's scratch
	entries []Entry           // a chunk that one-entry nodes take from
	forms   []string          // read's scratch for inflect
}

// newBuilder returns a builder for lists of about size bytes: its maps
// are made for as many words and phrase steps as such lists hold (about
// one word in 32 bytes, one step in 20), so that they do not grow.
func newBuilder(size int) *builder {
	return &builder{g: &Gazetteer{
		vocab: make(map[string]uint32, size/32),
		nodes: make([]node, 1, size/20+1),
	}, edges: make(map[uint64]uint32, size/20)}
}

func (b *builder) read(f fs.File, name string) error {
	sc := bufio.NewScanner(f)
	kind, weak, list, foreign := None, false, false, false
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = trimSpace(line)
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "@kind"); ok {
			fields := strings.Fields(rest)
			if len(fields) == 0 {
				return fmt.Errorf("gazetteer: %s:%d: @kind needs a kind", name, lineNo)
			}
			k, ok := kindByName(fields[0])
			if !ok {
				return fmt.Errorf("gazetteer: %s:%d: unknown kind %q", name, lineNo, fields[0])
			}
			kind, weak, list, foreign = k, false, false, false
			for _, f := range fields[1:] {
				switch f {
				case "weak":
					weak = true
				case "list":
					list = true
				case "foreign":
					foreign = true
				default:
					return fmt.Errorf("gazetteer: %s:%d: unknown flag %q", name, lineNo, f)
				}
			}
			continue
		}
		if kind == None {
			return fmt.Errorf("gazetteer: %s:%d: a name before any @kind line", name, lineNo)
		}
		if list {
			// A list line holds one-word names; "_" joins the words
			// of a compound name (عبد_الله).
			for _, w := range strings.Fields(line) {
				w = strings.ReplaceAll(w, "_", " ")
				b.forms = inflect(b.forms[:0], kind, w)
				for _, p := range b.forms {
					if err := b.add(p, Entry{Kind: kind, Name: w, Weak: weak, Foreign: foreign}); err != nil {
						return fmt.Errorf("gazetteer: %s:%d: %w", name, lineNo, err)
					}
				}
			}
			continue
		}
		parts := strings.Split(line, "|")
		canon := trimSpace(parts[0])
		for _, p := range parts {
			p = trimSpace(p)
			if p == "" {
				continue
			}
			b.forms = inflect(b.forms[:0], kind, p)
			for _, q := range b.forms {
				if err := b.add(q, Entry{Kind: kind, Name: canon, Weak: weak, Foreign: foreign}); err != nil {
					return fmt.Errorf("gazetteer: %s:%d: %w", name, lineNo, err)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: reading %s: %w", name, err)
	}
	return nil
}

// trimSpace is strings.TrimSpace, quicker for the lines of the lists,
// which mostly start and end with Arabic letters: a string whose first
// and last runes (after the ASCII spaces) cannot be Unicode spaces is
// returned without decoding them. Every space above U+007F is encoded
// as C2 xx or E1–E3 xx xx; anything else is left to strings.TrimSpace.
func trimSpace(s string) string {
	for len(s) > 0 && asciiSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && asciiSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	n := len(s)
	if n > 0 && (s[0] == 0xC2 || s[0] >= 0xE1 && s[0] <= 0xE3) ||
		n >= 2 && s[n-2] == 0xC2 || n >= 3 && s[n-3] >= 0xE1 && s[n-3] <= 0xE3 {
		return strings.TrimSpace(s)
	}
	return s
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// inflect appends to forms the forms of phrase to insert: a nationality
// adjective written in the masculine singular (سوري) also stands for its
// feminine, dual, plural and definite forms; other phrases stand for
// themselves.
func inflect(forms []string, kind Kind, phrase string) []string {
	if kind != Nationality || strings.ContainsRune(phrase, ' ') || !strings.HasSuffix(phrase, "ي") {
		return append(forms, phrase)
	}
	for _, suffix := range []string{"", "ة", "ون", "ين", "ات", "تان", "تين", "ان", "ا"} {
		forms = append(forms, phrase+suffix, "ال"+phrase+suffix)
	}
	return forms
}

// entryBefore reports whether a sorts before b among a node's entries:
// strong meanings first, then by kind.
func entryBefore(a, b Entry) bool {
	if a.Weak != b.Weak {
		return !a.Weak
	}
	return a.Kind < b.Kind
}

// add inserts phrase with entry e. A phrase already present with the
// same kind keeps its first entry.
func (b *builder) add(phrase string, e Entry) error {
	folded := fold.String(phrase)
	b.toks = normalize.AppendTokens(b.toks[:0], folded)
	toks := b.toks
	if len(toks) == 0 {
		return fmt.Errorf("empty phrase %q", phrase)
	}
	g := b.g
	n := uint32(0)
	for _, tok := range toks {
		w := folded[tok.Start:tok.End]
		id, ok := g.vocab[w]
		if !ok {
			id = uint32(len(g.vocab) + 1)
			g.vocab[w] = id
		}
		key := uint64(n)<<32 | uint64(id)
		next, ok := b.edges[key]
		if !ok {
			next = uint32(len(g.nodes))
			g.nodes = append(g.nodes, node{})
			b.edges[key] = next
		}
		n = next
	}
	if e.Kind == Person && !e.Weak && len(toks) >= 2 {
		if last := folded[toks[len(toks)-1].Start:toks[len(toks)-1].End]; strings.HasPrefix(last, "ال") {
			if g.surnames == nil {
				g.surnames = map[string]bool{}
			}
			g.surnames[last] = true
		}
	}
	nd := &g.nodes[n]
	for _, old := range nd.entries {
		if old.Kind == e.Kind {
			return nil
		}
	}
	// Strong meanings first, then by kind: the entries stay sorted, e
	// going after those it does not sort before (as a stable sort of the
	// entries with e appended puts it).
	if len(nd.entries) == 0 {
		// Most phrases have one entry: it is cut from a shared chunk,
		// with no room after it, so that a second one is inserted into
		// a slice of the node's own.
		if len(b.entries) == 0 {
			b.entries = make([]Entry, 1024)
		}
		nd.entries = b.entries[:1:1]
		nd.entries[0] = e
		b.entries = b.entries[1:]
	} else {
		i := len(nd.entries)
		for i > 0 && entryBefore(e, nd.entries[i-1]) {
			i--
		}
		nd.entries = slices.Insert(nd.entries, i, e)
	}
	nd.kinds |= 1 << e.Kind
	if !e.Weak {
		nd.strong |= 1 << e.Kind
	}
	g.count[e.Kind]++
	return nil
}
