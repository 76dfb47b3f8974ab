// Command extract reads Arabic news articles and writes what naba finds
// in them: the page's sections, named entities, dates and events.
//
//	go run ./examples/extract [flags] FILE|DIR|- ...
//
// Files are read whole, one article each; directories are walked for
// *.txt files, following symbolic links to files and to directories
// (each directory once, so a link to an ancestor cannot loop); - reads one article from standard input (or, with
// -in jsonl, one JSON object per line: {"text": "...", "path": "...",
// "ref_date": "YYYY-MM-DD"}; a byte order mark before the first is
// skipped, a line longer than 64 MiB is reported and skipped, and a line
// that is not UTF-8, or a \u escape of half a surrogate pair, is refused
// as a file that is not UTF-8 is, unless -fix-utf8; a record without a
// string "text" is refused with its line). Output
// goes to standard output in the chosen format:
//
//	json   one document as an indented JSON object (an array for several)
//	jsonl  one JSON document per line
//	conll  one token per line: token, IOB2 entity tag, section
//	text   a readable summary
//	html   a self-contained right-to-left page (package view)
//
// A file that cannot be read or extracted, or an entry of a walked
// directory that cannot be read (a subdirectory that cannot be listed, a
// dangling link, a *.txt that is a named pipe or a device), is reported
// on standard error with its path and the reason; the others go on, and
// the exit status is 1 when any failed.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
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
	fixUTF8 bool
	args    []string
}

// gcPercent is the garbage collector's target when GOGC is not set. The
// live heap is mostly the models (about 42 MB once loaded): at Go's
// default of 100 a collection comes every ~42 MB of garbage (some 200
// news articles, and several more while the models load); 200 halves
// their number (about 3% fewer instructions over a long stream) for a
// heap that stays flat at about three times the live heap instead of two
// (peak RSS about 120 MB instead of 90 with one worker; see the README).
const gcPercent = 200

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	largeDocs = newLargeDocuments() // for documents of 1 MiB or more: largedoc.go
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func usage(fs *flag.FlagSet, w io.Writer) func() {
	return func() {
		fmt.Fprintf(w, `usage: extract [flags] FILE|DIR|- ...

Reads Arabic news articles and writes their sections, entities, dates and
events. DIR is walked for *.txt files; - reads standard input.

examples:
  extract testdata/article_ticker.txt
  extract -ref-date 2017-07-10 page.txt
  extract -format html page.txt > page.html
  extract -format jsonl -workers 2 corpus/ > out.jsonl
  extract -o out/ corpus/           (one out/NAME.json per corpus/NAME.txt)
  cat docs.jsonl | extract -in jsonl -format jsonl - > out.jsonl

A progress bar is drawn on standard error when it is a terminal
(-quiet turns it off). Failed inputs are reported with their path and
the others go on; a final line counts both, and the exit status is 1
when any failed.

Unless the GOGC environment variable is set, the garbage collector runs
at GOGC=%d (Go's default is 100): fewer collections for a larger,
still flat, heap (see the README). GOGC=100 restores Go's default.
While documents of 1 MiB or more are in memory, it runs at GOGC=%d, so
that the heap stays within half again of its live size, unless GOGC or
GOMEMLIMIT is set.

flags:
`, gcPercent, largeGCPercent)
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
	fixUTF8 := fs.Bool("fix-utf8", false, "replace each byte that is not UTF-8 (and, with -in jsonl, each \\u escape of half a surrogate pair) by U+FFFD instead of rejecting the input (offsets then index the repaired text)")
	cli := addCLIFlags(fs) // -quiet, -o, -version (report.go)
	if err := fs.Parse(argv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if cli.version {
		printVersion(stdout)
		return 0
	}
	cfg := config{format: *format, workers: max(*workers, 1), in: *in, fixUTF8: *fixUTF8, args: fs.Args()}
	if len(cfg.args) == 0 {
		fs.Usage()
		return 2
	}
	if *ref != "" {
		t, err := parseRefDate(*ref)
		if err != nil {
			fmt.Fprintf(stderr, "extract: -ref-date %q: %v\n", *ref, err)
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
		if many && cli.outDir == "" {
			cfg.format = "jsonl"
		}
	}
	newFormatter, ok := formatters[cfg.format]
	if !ok {
		fmt.Fprintf(stderr, "extract: -format %q: want one of %s\n", cfg.format, strings.Join(formatNames(), ", "))
		return 2
	}
	// Output, failures, progress and the final count: output.go, report.go.
	var out output = newStreamOutput(stdout, newFormatter())
	if cli.outDir != "" {
		if out, err = newDirOutput(cli.outDir, cfg.format, newFormatter, cfg.args); err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 1
		}
	}
	rep := newReporter(stderr, cli.quiet, cli.outDir == "" && isTerminal(stdout), jobCount(jobs))
	err = out.Begin()
	if err == nil {
		err = process(ctx, x, cfg, jobs, func(r result) error {
			if r.release != nil {
				defer r.release()
			}
			if r.err == nil {
				r.err = out.Write(r.path, r.doc)
				if r.err != nil && !isDocError(r.err) {
					return r.err
				}
			}
			if r.err != nil {
				rep.failed(r.path, r.err)
				return nil
			}
			rep.done()
			return nil
		})
	}
	if eerr := out.End(); err == nil {
		err = eerr
	}
	rep.finish()
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 1
	}
	if rep.fail > 0 {
		return 1
	}
	return 0
}

// parseRefDate reads a reference date, YYYY-MM-DD. The years before 1
// are refused, and so is 0001-01-01, Go's zero time, which
// naba.ExtractOptions takes for "no reference date": a placeholder
// written for a missing date is reported, not read as one.
func parseRefDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1 || t.IsZero() {
		return time.Time{}, errors.New("want YYYY-MM-DD, from 0001-01-02 on")
	}
	return t, nil
}

func formatNames() []string {
	names := make([]string, 0, len(formatters))
	for n := range formatters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
