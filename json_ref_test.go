package naba

import (
	"encoding/json"
	"unicode/utf8"
)

// The reference route of the JSON contract (see json.go). Offsets are
// code points ("start", "end"); the Go values hold byte offsets,
// converted here. Field order follows the contract in the project README.

type jsonDoc struct {
	Doc      jsonDocInfo   `json:"doc"`
	Sections []jsonSection `json:"sections"`
	Mentions []jsonMention `json:"mentions"`
	Entities []jsonEntity  `json:"entities"`
	Dates    []jsonDate    `json:"dates"`
	Events   []jsonEvent   `json:"events"`
	Splits   []jsonSplit   `json:"splits"`
}

type jsonDocInfo struct {
	Path         string            `json:"path"`
	RefDate      *string           `json:"ref_date"`
	InferredDate *jsonInferredDate `json:"inferred_date"`
}

type jsonInferredDate struct {
	Value    string    `json:"value"`
	Method   string    `json:"method"`
	Evidence *jsonSpan `json:"evidence,omitempty"`
}

type jsonSection struct {
	Kind   SectionKind `json:"kind"`
	Role   string      `json:"role,omitempty"`
	Start  int         `json:"start"`
	End    int         `json:"end"`
	Parent *int        `json:"parent,omitempty"`
}

type jsonMention struct {
	Label   Label  `json:"label"`
	Text    string `json:"text"`
	Form    string `json:"form"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Entity  string `json:"entity"`
	Section string `json:"section"`
}

type jsonRole struct {
	Title string `json:"title"`
	Org   string `json:"org,omitempty"`
}

type jsonEntity struct {
	ID      string     `json:"id"`
	Label   Label      `json:"label"`
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases"`
	Roles   []jsonRole `json:"roles,omitempty"`
}

type jsonDate struct {
	Text     string  `json:"text"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Value    *string `json:"value"`
	Grain    string  `json:"grain"`
	Calendar string  `json:"calendar,omitempty"`
	Section  string  `json:"section"`
}

type jsonSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonArgument struct {
	Role   string `json:"role"`
	Entity string `json:"entity,omitempty"`
	Text   string `json:"text,omitempty"`
	Date   *int   `json:"date,omitempty"`
	Value  string `json:"value,omitempty"`
}

type jsonCasualties struct {
	Killed  int `json:"killed"`
	Injured int `json:"injured"`
}

type jsonEvent struct {
	Type       string          `json:"type"`
	CAMEO      string          `json:"cameo,omitempty"`
	Status     string          `json:"status"`
	Section    string          `json:"section"`
	Trigger    jsonSpan        `json:"trigger"`
	Arguments  []jsonArgument  `json:"arguments"`
	Casualties *jsonCasualties `json:"casualties,omitempty"`
}

type jsonSplit struct {
	At  int    `json:"at"`
	Cue string `json:"cue"`
}

// referenceJSON is the JSON of d by the route MarshalJSON took before it
// wrote bytes itself: a struct tree marshalled by encoding/json, offsets
// converted by runeCounter. The tests hold the two byte-identical.
func referenceJSON(d *Document) ([]byte, error) {
	return json.Marshal(d.toJSON())
}

func (d *Document) toJSON() *jsonDoc {
	rc := newRuneCounter(d.Source())
	j := &jsonDoc{
		Doc:      jsonDocInfo{Path: d.Doc.Path},
		Sections: make([]jsonSection, 0, len(d.Sections)),
		Mentions: make([]jsonMention, 0, len(d.Mentions)),
		Entities: make([]jsonEntity, 0, len(d.Entities)),
		Dates:    make([]jsonDate, 0, len(d.Dates)),
		Events:   make([]jsonEvent, 0, len(d.Events)),
		Splits:   make([]jsonSplit, 0, len(d.Splits)),
	}
	if d.Doc.RefDate != "" {
		r := d.Doc.RefDate
		j.Doc.RefDate = &r
	}
	if id := d.Doc.InferredDate; id != nil {
		ji := &jsonInferredDate{Value: id.Value, Method: id.Method}
		if id.Evidence.End > id.Evidence.Start {
			ji.Evidence = &jsonSpan{Text: id.Evidence.Text, Start: rc.at(id.Evidence.Start), End: rc.at(id.Evidence.End)}
		}
		j.Doc.InferredDate = ji
	}
	for _, s := range d.Sections {
		js := jsonSection{Kind: s.Kind, Role: s.Role, Start: rc.at(s.Start), End: rc.at(s.End)}
		if s.Parent >= 0 {
			p := s.Parent
			js.Parent = &p
		}
		j.Sections = append(j.Sections, js)
	}
	for _, m := range d.Mentions {
		j.Mentions = append(j.Mentions, jsonMention{
			Label: m.Label, Text: m.Text, Form: m.Form,
			Start: rc.at(m.Start), End: rc.at(m.End),
			Entity: m.Entity, Section: d.area(m.Section),
		})
	}
	for _, e := range d.Entities {
		je := jsonEntity{ID: e.ID, Label: e.Label, Name: e.Name, Aliases: e.Aliases}
		if je.Aliases == nil {
			je.Aliases = []string{}
		}
		for _, r := range e.Roles {
			je.Roles = append(je.Roles, jsonRole(r))
		}
		j.Entities = append(j.Entities, je)
	}
	for _, dt := range d.Dates {
		jd := jsonDate{Text: dt.Text, Start: rc.at(dt.Start), End: rc.at(dt.End), Grain: dt.Grain, Calendar: dt.Calendar, Section: d.area(dt.Section)}
		if dt.Value != "" {
			v := dt.Value
			jd.Value = &v
		}
		j.Dates = append(j.Dates, jd)
	}
	for _, ev := range d.Events {
		je := jsonEvent{
			Type: ev.Type, CAMEO: ev.CAMEO, Status: ev.Status, Section: d.area(ev.Section),
			Trigger:   jsonSpan{Text: ev.Trigger.Text, Start: rc.at(ev.Trigger.Start), End: rc.at(ev.Trigger.End)},
			Arguments: make([]jsonArgument, 0, len(ev.Arguments)),
		}
		for _, a := range ev.Arguments {
			ja := jsonArgument{Role: a.Role, Entity: a.Entity, Text: a.Text, Value: a.Value}
			if a.Date >= 0 {
				k := a.Date
				ja.Date = &k
			}
			je.Arguments = append(je.Arguments, ja)
		}
		if c := ev.Casualties; c != nil {
			je.Casualties = &jsonCasualties{Killed: c.Killed, Injured: c.Injured}
		}
		j.Events = append(j.Events, je)
	}
	for _, s := range d.Splits {
		j.Splits = append(j.Splits, jsonSplit{At: rc.at(s.At), Cue: s.Cue})
	}
	return j
}

// runeCounter converts byte offsets of src to code point offsets. It
// remembers its last position, so offsets asked for in increasing order
// cost O(len(src)) in all. An invalid byte counts as one code point, as it
// becomes one U+FFFD when decoded.
type runeCounter struct {
	src   string
	b, cp int
	ascii bool
	valid bool // valid UTF-8: a code point is a byte that is not a continuation byte
}

func newRuneCounter(src string) *runeCounter {
	rc := &runeCounter{src: src, ascii: true}
	for i := 0; i < len(src); i++ {
		if src[i] >= utf8.RuneSelf {
			rc.ascii = false
			break
		}
	}
	rc.valid = !rc.ascii && utf8.ValidString(src)
	return rc
}

// at returns the code point offset of byte offset b (clamped to the
// source). An offset inside a multi-byte character counts that character.
func (rc *runeCounter) at(b int) int {
	b = min(max(b, 0), len(rc.src))
	if rc.ascii {
		return b
	}
	if rc.valid {
		// Count the bytes that start a character between the last
		// position and b: no decoding.
		for ; rc.b < b; rc.b++ {
			if rc.src[rc.b]&0xC0 != 0x80 {
				rc.cp++
			}
		}
		for ; rc.b > b; rc.b-- {
			if rc.src[rc.b-1]&0xC0 != 0x80 {
				rc.cp--
			}
		}
		return rc.cp
	}
	if b < rc.b {
		if b < rc.b-b {
			rc.b, rc.cp = 0, 0
		} else {
			// Walk back.
			for rc.b > b {
				_, size := utf8.DecodeLastRuneInString(rc.src[:rc.b])
				rc.b -= size
				rc.cp--
			}
			if rc.b == b {
				return rc.cp
			}
		}
	}
	for rc.b < b {
		c := rc.src[rc.b]
		if c < utf8.RuneSelf {
			rc.b++
		} else {
			_, size := utf8.DecodeRuneInString(rc.src[rc.b:])
			rc.b += size
		}
		rc.cp++
	}
	// When b falls inside a character, rc.b passed it and the character
	// is counted.
	return rc.cp
}
