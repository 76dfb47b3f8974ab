// Command extract reads Arabic news articles and writes what naba finds
// in them: the page's sections, named entities, dates and events.
//
//	go run ./examples/extract [flags] FILE|DIR|- ...
//
// Files are read whole, one article each; directories are walked for
// *.txt files; - reads one article from standard input (or, with
// -in jsonl, one JSON object per line: {"text": "...", "path": "...",
// "ref_date": "YYYY-MM-DD"}). Output goes to standard output in the
// chosen format:
//
//	json   one document as an indented JSON object (an array for several)
//	jsonl  one JSON document per line
//	conll  one token per line: token, IOB2 entity tag, section
//	text   a readable summary
//
// A file that cannot be read or extracted is reported on standard error
// with its path and the reason; the others go on, and the exit status is
// 1 when any failed.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/nabanlp/naba"
)

// config is the parsed command line.
type config struct {
	format  string
	refDate time.Time
	workers int
	in      string
	args    []string
}

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func usage(fs *flag.FlagSet, w io.Writer) func() {
	return func() {
		fmt.Fprintf(w, `usage: extract [flags] FILE|DIR|- ...

Reads Arabic news articles and writes their sections, entities, dates and
events. DIR is walked for *.txt files; - reads standard input.

examples:
  extract testdata/sample_ticker.txt
  extract -ref-date 2017-07-10 page.txt
  extract -format jsonl -workers 2 corpus/ > out.jsonl
  cat docs.jsonl | extract -in jsonl -format jsonl - > out.jsonl

flags:
`)
		fs.PrintDefaults()
	}
}

func run(ctx context.Context, argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = usage(fs, stderr)
	format := fs.String("format", "", "output format: "+strings.Join(formatNames(), "|")+" (default json for one input, jsonl for several)")
	ref := fs.String("ref-date", "", "reference (publication) date YYYY-MM-DD; without it the date is inferred from the text where possible")
	workers := fs.Int("workers", runtime.NumCPU(), "documents extracted in parallel")
	in := fs.String("in", "text", "input format: text (one article per file) or jsonl (one JSON object per line)")
	if err := fs.Parse(argv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cfg := config{format: *format, workers: max(*workers, 1), in: *in, args: fs.Args()}
	if len(cfg.args) == 0 {
		fs.Usage()
		return 2
	}
	if *ref != "" {
		t, err := time.Parse(time.DateOnly, *ref)
		if err != nil {
			fmt.Fprintf(stderr, "extract: -ref-date %q: want YYYY-MM-DD\n", *ref)
			return 2
		}
		cfg.refDate = t
	}
	if cfg.in != "text" && cfg.in != "jsonl" {
		fmt.Fprintf(stderr, "extract: -in %q: want text or jsonl\n", cfg.in)
		return 2
	}
	x, err := naba.New(naba.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 1
	}
	jobs, many, err := collect(cfg, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 1
	}
	if cfg.format == "" {
		cfg.format = "json"
		if many {
			cfg.format = "jsonl"
		}
	}
	newFormatter, ok := formatters[cfg.format]
	if !ok {
		fmt.Fprintf(stderr, "extract: -format %q: want one of %s\n", cfg.format, strings.Join(formatNames(), ", "))
		return 2
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	f := newFormatter()
	failed := 0
	err = f.Begin(out)
	if err == nil {
		err = process(ctx, x, cfg, jobs, func(r result) error {
			if r.err != nil {
				failed++
				fmt.Fprintf(stderr, "extract: %s: %v\n", r.path, r.err)
				return nil
			}
			return f.Write(out, r.doc)
		})
	}
	if err == nil {
		err = f.End(out)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

func formatNames() []string {
	names := make([]string, 0, len(formatters))
	for n := range formatters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
