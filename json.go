package naba

import (
	"encoding/json"
	"fmt"
)

// The JSON contract. Offsets are code points ("start", "end"); the Go
// values hold byte offsets, converted here. Field order follows the
// contract in the project README.

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

// MarshalJSON writes the document in the JSON contract of the extract
// command, with offsets in code points.
func (d *Document) MarshalJSON() ([]byte, error) {
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

// String returns a one-line summary of the document, for debugging.
func (d *Document) String() string {
	return fmt.Sprintf("Document{%q: %d sections, %d mentions, %d entities, %d dates, %d events}",
		d.Doc.Path, len(d.Sections), len(d.Mentions), len(d.Entities), len(d.Dates), len(d.Events))
}
