// Package recognizers reads the expected entities of Microsoft's
// Recognizers-Text Arabic date-time specs as the shared data folder holds
// them (data/dates/recognizers_ar_datetime.tsv, one spec a line: text,
// entities joined by " || " or NONE, spec file, reference). The suite
// tests of package dates and the comparison in bench/dates score
// against them; nothing at run time reads the specs.
package recognizers

import (
	"bufio"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"time"
)

// A Spec is one line of the specs file.
type Spec struct {
	Text     string // the sentence
	Entities string // the expected entities joined by " || ", or NONE
	File     string // the spec file, such as Specs/DateTime/Arabic/DateParser.json
	Ref      string // the reference time (2016-11-07T00:00:00), or ""
}

// ReadSpecs reads the specs file: a header line, then one spec a line,
// tab-separated; lines of fewer than four fields are passed over.
func ReadSpecs(r io.Reader) ([]Spec, error) {
	var out []Spec
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan()
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 4 {
			continue
		}
		out = append(out, Spec{Text: fs[0], Entities: fs[1], File: fs[2], Ref: fs[3]})
	}
	return out, sc.Err()
}

// An Entity is one expected entity of a spec.
type Entity struct {
	Span  string      // the entity's text as the spec writes it
	Type  string      // date, datetimeV2.daterange, …
	Reads [][2]string // acceptable (first, last) readings, ISO days
}

var entityRE = regexp.MustCompile(`^«(.*)» type=(\S+)(.*)$`)

// ParseEntity parses one entity, «span» type=T followed by its
// resolutions (future=/past= objects or a values= list) if it has any;
// ok is false when part is not of that form.
func ParseEntity(part string) (e Entity, ok bool) {
	m := entityRE.FindStringSubmatch(part)
	if m == nil {
		return Entity{}, false
	}
	e = Entity{Span: m[1], Type: m[2]}
	rest := m[3]
	for _, key := range []string{"future=", "past="} {
		if k := strings.Index(rest, key); k >= 0 {
			var obj map[string]string
			if json.NewDecoder(strings.NewReader(rest[k+len(key):])).Decode(&obj) == nil {
				e.Reads = append(e.Reads, readings(obj["date"], obj["startDate"], obj["endDate"])...)
			}
		}
	}
	if k := strings.Index(rest, "values="); k >= 0 {
		var vals []map[string]string
		if json.Unmarshal([]byte(strings.TrimSpace(rest[k+len("values="):])), &vals) == nil {
			for _, v := range vals {
				e.Reads = append(e.Reads, readings(v["value"], v["start"], v["end"])...)
			}
		}
	}
	return e, true
}

// readings turns a resolution, a day or a range of days, into acceptable
// inclusive (first, last) pairs; nil when it names no day. Recognizers
// ends most ranges exclusively (a month ends on the 1st of the next) but
// explicit day ranges with the last day itself: a range gives both
// readings of its end.
func readings(date, start, end string) [][2]string {
	day := func(s string) (time.Time, bool) {
		if len(s) < 10 {
			return time.Time{}, false
		}
		d, err := time.Parse(time.DateOnly, s[:10])
		return d, err == nil
	}
	if d, ok := day(date); ok {
		s := d.Format(time.DateOnly)
		return [][2]string{{s, s}}
	}
	s, ok1 := day(start)
	e, ok2 := day(end)
	if !ok1 || !ok2 {
		return nil
	}
	return [][2]string{{s.Format(time.DateOnly), e.Format(time.DateOnly)}, {s.Format(time.DateOnly), e.AddDate(0, 0, -1).Format(time.DateOnly)}}
}

// SpanFold folds letter variants without changing byte lengths, to find
// an expected span that a spec spells differently from its sentence.
var SpanFold = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ى", "ي", "ة", "ه")
