// Command dates finds and resolves the date expressions of Arabic text.
//
//	go run ./examples/dates [-ref YYYY-MM-DD|RFC3339] [-lines] [-format jsonl|text] [FILE...]
//
// With no FILE (or "-") it reads standard input. Without -lines each input
// is one text, and jsonl writes one object per input:
//
//	{"file":"a.txt","dates":[{"text":"٢٨ حزيران الماضي","start":5,"end":21,"value":"2017-06-28","grain":"day",…}]}
//
// With -lines every input line is its own text and jsonl writes exactly one
// object per line, {"line":N,"dates":[…]} (N counts from 1 across all
// inputs), so that a test suite can run line by line. start and end count
// Unicode code points. -ref is the reference date (the publication date);
// without it, dates without a year keep it unknown (XXXX-06-28) and
// relative dates stay unresolved. -format text prints one date per line.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nabanlp/naba/dates"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// isoValue is the JSON value of d: its ISO 8601 rendering, with a whole
// week named as an ISO week (2017-W26) as the dates JSON contract says;
// first and last still give its days.
func isoValue(d dates.Date) string {
	if w := d.Week(); w != "" {
		return w
	}
	return d.ISO()
}

// jsonDate is the JSON form of a date; start and end count code points.
type jsonDate struct {
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Value        string `json:"value"`
	Grain        string `json:"grain"`
	First        string `json:"first,omitempty"`
	Last         string `json:"last,omitempty"`
	Calendar     string `json:"calendar"`
	Dual         bool   `json:"dual,omitempty"`
	Resolved     bool   `json:"resolved"`
	Relative     bool   `json:"relative,omitempty"`
	Vague        bool   `json:"vague,omitempty"`
	YearInferred bool   `json:"year_inferred,omitempty"`
	Direction    string `json:"direction,omitempty"`
	Part         string `json:"part,omitempty"`
	Holiday      string `json:"holiday,omitempty"`
	Hijri        string `json:"hijri,omitempty"`
}

type jsonText struct {
	File  string     `json:"file,omitempty"`
	Line  int        `json:"line,omitempty"`
	Dates []jsonDate `json:"dates"`
}

func parseRef(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	// Years before 1 are refused, and so is 0001-01-01, Go's zero time,
	// which dates.Options reads as no reference date.
	if err != nil || t.Year() < 1 || t.IsZero() {
		return time.Time{}, fmt.Errorf("-ref %q: want YYYY-MM-DD or RFC3339, from 0001-01-02 on", s)
	}
	return t, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	refFlag := fs.String("ref", "", "reference date, YYYY-MM-DD or RFC3339 (default: none)")
	lines := fs.Bool("lines", false, "treat each input line as its own text (one JSON object per line)")
	format := fs.String("format", "jsonl", "output format: jsonl or text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dates [-ref YYYY-MM-DD|RFC3339] [-lines] [-format jsonl|text] [FILE...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "dates: unknown -format %q (jsonl or text)\n", *format)
		return 2
	}
	ref, err := parseRef(*refFlag)
	if err != nil {
		fmt.Fprintln(stderr, "dates:", err)
		return 2
	}
	p, err := dates.New(dates.Options{Reference: ref})
	if err != nil {
		fmt.Fprintln(stderr, "dates:", err)
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	lineNo := 0
	for _, name := range files {
		var r io.Reader
		if name == "-" {
			r = stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintln(stderr, "dates:", err)
				status = 1
				continue
			}
			defer f.Close()
			r = f
		}
		label := name
		if name == "-" {
			label = "stdin"
		}
		if !*lines {
			b, err := io.ReadAll(r)
			if err != nil {
				fmt.Fprintf(stderr, "dates: %s: %v\n", label, err)
				status = 1
				continue
			}
			text := string(b)
			warnUTF8(stderr, label, 0, text)
			emit(out, *format, jsonText{File: fileField(name, len(files))}, label, text, p.Find(text))
			continue
		}
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			if line == "" && err != nil {
				if !errors.Is(err, io.EOF) {
					fmt.Fprintf(stderr, "dates: %s: %v\n", label, err)
					status = 1
				}
				break
			}
			lineNo++
			line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
			warnUTF8(stderr, label, lineNo, line)
			emit(out, *format, jsonText{File: fileField(name, len(files)), Line: lineNo}, label, line, p.Find(line))
			if err != nil {
				break
			}
		}
	}
	return status
}

// fileField names the file in the output only when there are several.
func fileField(name string, n int) string {
	if n < 2 {
		return ""
	}
	return name
}

func warnUTF8(stderr io.Writer, label string, line int, s string) {
	if utf8.ValidString(s) {
		return
	}
	where := label
	if line > 0 {
		where = fmt.Sprintf("%s: line %d", label, line)
	}
	fmt.Fprintf(stderr, "dates: %s: invalid UTF-8; each bad byte counts as one code point\n", where)
}

func emit(w *bufio.Writer, format string, rec jsonText, label, text string, ds []dates.Date) {
	rec.Dates = make([]jsonDate, 0, len(ds))
	// Code-point offsets, counted incrementally.
	cp, at := 0, 0
	toCP := func(b int) int {
		cp += utf8.RuneCountInString(text[at:b])
		at = b
		return cp
	}
	for _, d := range ds {
		j := jsonDate{
			Text: d.Text, Value: isoValue(d), Grain: d.Grain.String(), Calendar: d.Calendar.String(),
			Dual: d.Dual, Resolved: d.Resolved, Relative: d.Relative, Vague: d.Vague, YearInferred: d.YearInferred,
			Direction: d.Direction.String(), Part: d.Part.String(), Holiday: d.Holiday,
		}
		j.Start = toCP(d.Start)
		j.End = toCP(d.End)
		if d.Resolved {
			j.First, j.Last = d.First.Format(time.DateOnly), d.Last.Format(time.DateOnly)
		}
		if h := d.WrittenHijri; !h.IsZero() {
			j.Hijri = hijriString(h)
		}
		rec.Dates = append(rec.Dates, j)
	}
	if format == "text" {
		where := label
		if rec.Line > 0 {
			where = fmt.Sprintf("%s:%d", label, rec.Line)
		}
		for _, d := range rec.Dates {
			v := d.Value
			if d.Vague {
				v = "(vague)"
			} else if v == "" {
				v = "(unresolved)"
			}
			fmt.Fprintf(w, "%s:%d-%d\t%s\t%s\t%s\n", where, d.Start, d.End, d.Text, v, d.Grain)
		}
		return
	}
	b, _ := json.Marshal(rec)
	w.Write(b)
	w.WriteByte('\n')
}

func hijriString(f dates.Fields) string {
	y := "XXXX"
	if f.Year != 0 {
		y = fmt.Sprintf("%04d", f.Year)
	}
	s := y
	if f.Month != 0 {
		s += fmt.Sprintf("-%02d", f.Month)
		if f.Day != 0 {
			s += fmt.Sprintf("-%02d", f.Day)
		}
	}
	return s
}
