package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba"
)

// A formatter writes documents in one output format. New formats (an
// HTML view, say) register a constructor in formatters.
type formatter interface {
	// Begin is called once before the first document.
	Begin(w io.Writer) error
	// Write writes one document.
	Write(w io.Writer, doc *naba.Document) error
	// End is called once after the last document.
	End(w io.Writer) error
}

var formatters = map[string]func() formatter{
	"json":  func() formatter { return &jsonFormat{} },
	"jsonl": func() formatter { return &jsonlFormat{} },
	"conll": func() formatter { return conllFormat{} },
	"text":  func() formatter { return textFormat{} },
}

// jsonFormat writes one indented object, or an array of them when there
// are several documents.
type jsonFormat struct {
	n       int
	first   []byte // the first document, held until we know if more come
	compact []byte // reused for each document's compact JSON
}

func (f *jsonFormat) Begin(io.Writer) error { return nil }

func (f *jsonFormat) Write(w io.Writer, doc *naba.Document) error {
	// The bytes of json.MarshalIndent(doc, "", "  "), without its pass
	// that checks and compacts what AppendJSON wrote compact already.
	f.compact = doc.AppendJSON(f.compact[:0])
	var ind bytes.Buffer
	ind.Grow(2 * len(f.compact))
	if err := json.Indent(&ind, f.compact, "", "  "); err != nil {
		return err
	}
	b := ind.Bytes()
	f.n++
	switch f.n {
	case 1:
		f.first = b
		return nil
	case 2:
		if _, err := fmt.Fprintf(w, "[\n%s", f.first); err != nil {
			return err
		}
		f.first = nil
	}
	_, err := fmt.Fprintf(w, ",\n%s", b)
	return err
}

func (f *jsonFormat) End(w io.Writer) error {
	var err error
	switch {
	case f.n == 0:
		_, err = io.WriteString(w, "[]\n")
	case f.n == 1:
		_, err = fmt.Fprintf(w, "%s\n", f.first)
	default:
		_, err = io.WriteString(w, "\n]\n")
	}
	return err
}

// jsonlFormat writes one document per line, through one buffer it
// reuses.
type jsonlFormat struct {
	buf []byte
}

func (*jsonlFormat) Begin(io.Writer) error { return nil }
func (*jsonlFormat) End(io.Writer) error   { return nil }
func (f *jsonlFormat) Write(w io.Writer, doc *naba.Document) error {
	// AppendJSON writes compact, valid JSON, as MarshalJSON does:
	// json.Marshal(doc) would only check and compact it again, which
	// costs as much as writing it.
	f.buf = append(doc.AppendJSON(f.buf[:0]), '\n')
	_, err := w.Write(f.buf)
	if cap(f.buf) > 1<<20 {
		f.buf = nil // keep no outsized buffer after a huge document
	}
	return err
}

// conllFormat writes one token per line — the token as written, its IOB2
// entity tag, the section area — with a blank line after each sentence
// and a "# path" line before each document.
type conllFormat struct{}

func (conllFormat) Begin(io.Writer) error { return nil }
func (conllFormat) End(io.Writer) error   { return nil }
func (conllFormat) Write(w io.Writer, doc *naba.Document) error {
	tx := doc.Text()
	src := doc.Source()
	path := doc.Doc.Path
	if path != "" {
		path = oneLine(path) // a path from JSONL may hold a line break
	}
	if _, err := fmt.Fprintf(w, "# %s\n", path); err != nil {
		return err
	}
	ms := doc.Mentions
	mi := 0
	for _, s := range tx.Sentences {
		for k := s.First; k < s.Last; k++ {
			a, e := tx.TokenSource(k)
			for mi < len(ms) && ms[mi].End <= a {
				mi++
			}
			tag := "O"
			if mi < len(ms) && ms[mi].Start <= a && e <= ms[mi].End {
				if ms[mi].Start == a || k == s.First {
					tag = "B-" + string(ms[mi].Label)
				} else {
					tag = "I-" + string(ms[mi].Label)
				}
			}
			area := ""
			if i := doc.SectionAt(a, e); i >= 0 {
				area = doc.Sections[i].Area()
			}
			if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", oneLine(src[a:e]), tag, area); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	return nil
}

func oneLine(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// textFormat writes a readable summary.
type textFormat struct{}

func (textFormat) Begin(io.Writer) error { return nil }
func (textFormat) End(io.Writer) error   { return nil }
func (textFormat) Write(w io.Writer, doc *naba.Document) error {
	src := doc.Source()
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", doc.Doc.Path)
	if d := doc.Doc.InferredDate; d != nil {
		fmt.Fprintf(&b, "date: %s (%s", d.Value, d.Method)
		if d.Evidence.Text != "" {
			fmt.Fprintf(&b, ": %s", d.Evidence.Text)
		}
		b.WriteString(")\n")
	}
	b.WriteString("\nsections:\n")
	for _, s := range doc.Sections {
		kind := string(s.Kind)
		if s.Role != "" {
			kind += "/" + s.Role
		}
		indent := ""
		if s.Parent >= 0 {
			indent = "  "
		}
		fmt.Fprintf(&b, "  %s%-22s %s\n", indent, kind, clip(src[s.Start:s.End], 90))
	}
	if len(doc.Entities) > 0 {
		b.WriteString("\nentities:\n")
		count := map[string]int{}
		for _, m := range doc.Mentions {
			count[m.Entity]++
		}
		for _, e := range doc.Entities {
			fmt.Fprintf(&b, "  %-4s %-4s %s", e.ID, e.Label, e.Name)
			if len(e.Aliases) > 0 {
				fmt.Fprintf(&b, " (%s)", strings.Join(e.Aliases, "، "))
			}
			for _, r := range e.Roles {
				fmt.Fprintf(&b, " [%s %s]", r.Title, r.Org)
			}
			fmt.Fprintf(&b, " ×%d\n", count[e.ID])
		}
	}
	if len(doc.Dates) > 0 {
		b.WriteString("\ndates:\n")
		for _, d := range doc.Dates {
			v := d.Value
			if v == "" {
				v = "?"
			}
			fmt.Fprintf(&b, "  %-24s %s\n", v, d.Text)
		}
	}
	if len(doc.Events) > 0 {
		b.WriteString("\nevents:\n")
		for _, ev := range doc.Events {
			fmt.Fprintf(&b, "  %-12s %-8s %s", ev.Type, ev.Status, ev.Trigger.Text)
			var args []string
			for _, a := range ev.Arguments {
				v := a.Text
				if a.Value != "" {
					v = a.Value
				}
				args = append(args, a.Role+"="+v)
			}
			sort.Strings(args)
			if len(args) > 0 {
				fmt.Fprintf(&b, "  {%s}", strings.Join(args, ", "))
			}
			if c := ev.Casualties; c != nil {
				fmt.Fprintf(&b, "  killed=%d injured=%d", c.Killed, c.Injured)
			}
			b.WriteString("\n")
		}
	}
	if len(doc.Splits) > 0 {
		fmt.Fprintf(&b, "\nglued words split: %d\n", len(doc.Splits))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// clip shortens s to n characters.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
