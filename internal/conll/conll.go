// Package conll reads and writes CoNLL-style token files (one `token [tag
// ...]` line per token, a blank line between sentences) and scores tag
// sequences the way seqeval and conlleval do: entity-level precision,
// recall and F1, micro-averaged over types.
//
// It is shared by the tagger's training program, its tests and the
// examples/conll command.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A Sentence is a run of tokens with their columns.
type Sentence struct {
	// Words are the first column.
	Words []string
	// Tags are the last column when the line has at least two columns,
	// else "".
	Tags []string
}

// Read reads sentences from r. Lines are split on spaces and tabs; the
// first field is the token and the last (if there are at least two) its
// tag. Blank lines end sentences; lines starting with "-DOCSTART-" are
// skipped.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		tag := ""
		if len(f) >= 2 {
			tag = f[len(f)-1]
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("conll: %w", err)
	}
	return out, nil
}

// MapType maps the entity types of the corpora the project reads to
// PER, LOC, ORG and MISC: ANERcorp's PERS is PER; AQMAR's article-specific
// MIS0–MIS3 (and its stray MIS, MIS-1 and other labels) are MISC.
func MapType(typ string) string {
	switch typ {
	case "PER", "PERS", "PERSON":
		return "PER"
	case "LOC", "GPE":
		return "LOC"
	case "ORG":
		return "ORG"
	}
	return "MISC"
}

// NormalizeTag maps a tag such as "B-PERS" or "I-MIS2" to the project's
// IOB2 tags over PER, LOC, ORG, MISC. Anything that is not B-x or I-x is
// "O".
func NormalizeTag(tag string) string {
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return "O"
	}
	return tag[:2] + MapType(tag[2:])
}
