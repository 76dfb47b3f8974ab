package naba

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/jsonword"
)

// The JSON contract of the extract command (see the project README): the
// fields in the contract's order, offsets ("start", "end", "at") in code
// points where the Go values hold byte offsets. AppendJSON writes the
// bytes directly, as encoding/json would write them for the equivalent
// struct tree (compact, HTML-safe escaping); json_ref_test.go keeps that
// struct tree as the reference and the tests hold the two byte-identical.

// MarshalJSON writes the document in the JSON contract of the extract
// command, with offsets in code points.
func (d *Document) MarshalJSON() ([]byte, error) {
	return d.AppendJSON(make([]byte, 0, d.jsonSizeHint())), nil
}

// AppendJSON appends the document's JSON, exactly as MarshalJSON writes
// it, to dst and returns the extended buffer. A caller writing many
// documents can reuse one buffer.
func (d *Document) AppendJSON(dst []byte) []byte {
	var marks [128]int
	cp := newCodePoints(d.Source(), marks[:0])

	dst = append(dst, `{"doc":{"path":`...)
	dst = appendJSONString(dst, d.Doc.Path)
	dst = append(dst, `,"ref_date":`...)
	if d.Doc.RefDate != "" {
		dst = appendJSONString(dst, d.Doc.RefDate)
	} else {
		dst = append(dst, "null"...)
	}
	dst = append(dst, `,"inferred_date":`...)
	if id := d.Doc.InferredDate; id != nil {
		dst = append(dst, `{"value":`...)
		dst = appendJSONString(dst, id.Value)
		dst = append(dst, `,"method":`...)
		dst = appendJSONString(dst, id.Method)
		if ev := id.Evidence; ev.End > ev.Start {
			dst = append(dst, `,"evidence":`...)
			dst = appendJSONSpan(dst, ev, &cp)
		}
		dst = append(dst, '}')
	} else {
		dst = append(dst, "null"...)
	}

	dst = append(dst, `},"sections":[`...)
	for i, s := range d.Sections {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"kind":`...)
		dst = appendJSONString(dst, string(s.Kind))
		if s.Role != "" {
			dst = append(dst, `,"role":`...)
			dst = appendJSONString(dst, s.Role)
		}
		dst = append(dst, `,"start":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(s.Start)), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(s.End)), 10)
		if s.Parent >= 0 {
			dst = append(dst, `,"parent":`...)
			dst = strconv.AppendInt(dst, int64(s.Parent), 10)
		}
		dst = append(dst, '}')
	}

	dst = append(dst, `],"mentions":[`...)
	for i, m := range d.Mentions {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"label":`...)
		dst = appendJSONString(dst, string(m.Label))
		dst = append(dst, `,"text":`...)
		dst = appendJSONString(dst, m.Text)
		dst = append(dst, `,"form":`...)
		dst = appendJSONString(dst, m.Form)
		dst = append(dst, `,"start":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(m.Start)), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(m.End)), 10)
		dst = append(dst, `,"entity":`...)
		dst = appendJSONString(dst, m.Entity)
		dst = append(dst, `,"section":`...)
		dst = appendJSONString(dst, d.area(m.Section))
		dst = append(dst, '}')
	}

	dst = append(dst, `],"entities":[`...)
	for i, e := range d.Entities {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"id":`...)
		dst = appendJSONString(dst, e.ID)
		dst = append(dst, `,"label":`...)
		dst = appendJSONString(dst, string(e.Label))
		dst = append(dst, `,"name":`...)
		dst = appendJSONString(dst, e.Name)
		dst = append(dst, `,"aliases":[`...)
		for k, a := range e.Aliases {
			if k > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, a)
		}
		dst = append(dst, ']')
		if len(e.Roles) > 0 {
			dst = append(dst, `,"roles":[`...)
			for k, r := range e.Roles {
				if k > 0 {
					dst = append(dst, ',')
				}
				dst = append(dst, `{"title":`...)
				dst = appendJSONString(dst, r.Title)
				if r.Org != "" {
					dst = append(dst, `,"org":`...)
					dst = appendJSONString(dst, r.Org)
				}
				dst = append(dst, '}')
			}
			dst = append(dst, ']')
		}
		dst = append(dst, '}')
	}

	dst = append(dst, `],"dates":[`...)
	for i, dt := range d.Dates {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"text":`...)
		dst = appendJSONString(dst, dt.Text)
		dst = append(dst, `,"start":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(dt.Start)), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(dt.End)), 10)
		dst = append(dst, `,"value":`...)
		if dt.Value != "" {
			dst = appendJSONString(dst, dt.Value)
		} else {
			dst = append(dst, "null"...)
		}
		dst = append(dst, `,"grain":`...)
		dst = appendJSONString(dst, dt.Grain)
		if dt.Calendar != "" {
			dst = append(dst, `,"calendar":`...)
			dst = appendJSONString(dst, dt.Calendar)
		}
		dst = append(dst, `,"section":`...)
		dst = appendJSONString(dst, d.area(dt.Section))
		dst = append(dst, '}')
	}

	dst = append(dst, `],"events":[`...)
	for i, ev := range d.Events {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"type":`...)
		dst = appendJSONString(dst, ev.Type)
		if ev.CAMEO != "" {
			dst = append(dst, `,"cameo":`...)
			dst = appendJSONString(dst, ev.CAMEO)
		}
		dst = append(dst, `,"status":`...)
		dst = appendJSONString(dst, ev.Status)
		dst = append(dst, `,"section":`...)
		dst = appendJSONString(dst, d.area(ev.Section))
		dst = append(dst, `,"trigger":`...)
		dst = appendJSONSpan(dst, ev.Trigger, &cp)
		dst = append(dst, `,"arguments":[`...)
		for k, a := range ev.Arguments {
			if k > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"role":`...)
			dst = appendJSONString(dst, a.Role)
			if a.Entity != "" {
				dst = append(dst, `,"entity":`...)
				dst = appendJSONString(dst, a.Entity)
			}
			if a.Text != "" {
				dst = append(dst, `,"text":`...)
				dst = appendJSONString(dst, a.Text)
			}
			if a.Date >= 0 {
				dst = append(dst, `,"date":`...)
				dst = strconv.AppendInt(dst, int64(a.Date), 10)
			}
			if a.Value != "" {
				dst = append(dst, `,"value":`...)
				dst = appendJSONString(dst, a.Value)
			}
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
		if c := ev.Casualties; c != nil {
			dst = append(dst, `,"casualties":{"killed":`...)
			dst = strconv.AppendInt(dst, int64(c.Killed), 10)
			dst = append(dst, `,"injured":`...)
			dst = strconv.AppendInt(dst, int64(c.Injured), 10)
			dst = append(dst, '}')
		}
		dst = append(dst, '}')
	}

	dst = append(dst, `],"splits":[`...)
	for i, s := range d.Splits {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"at":`...)
		dst = strconv.AppendInt(dst, int64(cp.at(s.At)), 10)
		dst = append(dst, `,"cue":`...)
		dst = appendJSONString(dst, s.Cue)
		dst = append(dst, '}')
	}
	return append(dst, "]}"...)
}

// jsonSizeHint is a guess at the length of the document's JSON, so that
// MarshalJSON's buffer rarely grows: a fixed part per item plus its texts.
func (d *Document) jsonSizeHint() int {
	n := 192 + len(d.Doc.Path) + 64*len(d.Sections) + 24*len(d.Splits)
	for i := range d.Mentions {
		n += 96 + len(d.Mentions[i].Text) + len(d.Mentions[i].Form)
	}
	for i := range d.Entities {
		n += 64 + 2*len(d.Entities[i].Name) + 48*len(d.Entities[i].Roles)
	}
	for i := range d.Dates {
		n += 112 + len(d.Dates[i].Text) + len(d.Dates[i].Value)
	}
	for i := range d.Events {
		n += 160 + len(d.Events[i].Trigger.Text) + 64*len(d.Events[i].Arguments)
	}
	return n
}

func appendJSONSpan(dst []byte, s Span, cp *codePoints) []byte {
	dst = append(dst, `{"text":`...)
	dst = appendJSONString(dst, s.Text)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(cp.at(s.Start)), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(cp.at(s.End)), 10)
	return append(dst, '}')
}

// jsonSafe says which ASCII bytes a JSON string holds as they are. It is
// encoding/json's HTML-safe set: every printable byte (and DEL) except
// '"', '\\' and the HTML characters '<', '>', '&'.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes with HTML escaping on: \" \\ \b \f \n \r \t, other control
// bytes and < > & as \u00XX, U+2028 and U+2029 as \u2028 and \u2029,
// and each byte that is not UTF-8 as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	// Most strings need no escaping: copy them at once. Else from the
	// first byte that needs a look on, a character at a time.
	i := jsonword.Encodable(s)
	if i == len(s) {
		dst = append(dst, s...)
		return append(dst, '"')
	}
	start := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Arabic letters are two bytes: take a well-formed pair without
		// decoding it.
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// codePoints converts byte offsets of a document's source to code point
// offsets. One forward pass over the source records the count at every
// cpBlock bytes; an offset then costs at most one block's count, in any
// order. The source is valid UTF-8 (Extract rejects or repairs anything
// else), so the code points before byte b are the bytes before b that do
// not continue a character, and an offset inside a character counts it.
type codePoints struct {
	src   string
	marks []int // marks[k]: code points in src[:k*cpBlock]
}

const cpBlock = 64

// newCodePoints indexes src, appending the marks to marks.
func newCodePoints(src string, marks []int) codePoints {
	n := 0
	i := 0
	for ; i+cpBlock <= len(src); i += cpBlock {
		marks = append(marks, n)
		n += codePointCount(src[i : i+cpBlock])
	}
	return codePoints{src: src, marks: append(marks, n)}
}

// at returns the code point offset of byte offset b, clamped to the
// source.
func (c *codePoints) at(b int) int {
	b = min(max(b, 0), len(c.src))
	k := b / cpBlock
	base := k * cpBlock
	n := c.marks[k] + codePointCount(c.src[base:b&^7])
	if tail := b & 7; tail > 0 {
		if b >= 8 {
			// The word that ends at b, its first 8-tail bytes (counted
			// already, or in the block before) shifted out.
			w := jsonword.NotContinuation(jsonword.Load(c.src[b-8 : b]))
			n += jsonword.Sum(w >> (8 * (8 - tail)))
		} else {
			n += codePointCount(c.src[:b])
		}
	}
	return n
}

// codePointCount counts the bytes of s that do not continue a character
// (not of the form 10xxxxxx), eight at a time; s holds at most 255 bytes
// (cpBlock here).
func codePointCount(s string) int {
	var lanes uint64
	i := 0
	for ; i+8 <= len(s); i += 8 {
		lanes += jsonword.NotContinuation(jsonword.Load(s[i : i+8]))
	}
	n := jsonword.Sum(lanes)
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// String returns a one-line summary of the document, for debugging.
func (d *Document) String() string {
	return fmt.Sprintf("Document{%q: %d sections, %d mentions, %d entities, %d dates, %d events}",
		d.Doc.Path, len(d.Sections), len(d.Mentions), len(d.Entities), len(d.Dates), len(d.Events))
}
