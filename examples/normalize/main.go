// Command normalize writes Arabic text normalized to standard output,
// keeping its line structure.
//
// Usage:
//
//	go run ./examples/normalize [-preset NAME] [-stem] [FILE...]
//
// It reads the named files in order, or standard input when none is
// named. -preset chooses the normalization: "search" (the default) folds
// everything for matching, "display" only cleans. With -stem every word is
// replaced by its stem (normalize/stem: Snowball Arabic for Arabic words,
// Snowball English for Latin-script words), so one word per line in gives
// one stem per line out; the stem is taken from the word as written (the
// Snowball stemmer normalizes by itself) and then normalized with the
// preset, and everything between words is normalized as without -stem. A
// file that cannot be read is reported on standard error, the other files
// are still processed, and the exit status is 1.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/stem"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	preset string
	stem   bool
}

// run is the command with its arguments and streams, returning the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.preset, "preset", "search", "normalization preset: "+strings.Join(normalize.PresetNames(), ", "))
	fs.BoolVar(&o.stem, "stem", false, "replace every word by its stem (Snowball Arabic, Snowball English for Latin script)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: normalize [-preset NAME] [-stem] [FILE...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opts, err := normalize.ParsePreset(o.preset)
	if err != nil {
		fmt.Fprintln(stderr, "normalize:", err)
		return 2
	}
	n := normalize.MustNew(opts)
	out := bufio.NewWriter(stdout)
	defer out.Flush()

	status := 0
	process := func(name string, r io.Reader) {
		copyStream := normalizeStream
		if o.stem {
			copyStream = stemStream
		}
		if err := copyStream(out, n, r); err != nil {
			fmt.Fprintf(stderr, "normalize: %s: %v\n", name, err)
			status = 1
		}
	}
	if fs.NArg() == 0 {
		process("standard input", stdin)
	}
	for _, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			fmt.Fprintf(stderr, "normalize: cannot read %s: %v\n", name, err)
			status = 1
			continue
		}
		process(name, f)
		f.Close()
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "normalize: writing output:", err)
		return 1
	}
	return status
}

// normalizeStream copies r to w through the normalizer. The Transformer
// keeps line breaks as they are, so the output has the input's lines.
func normalizeStream(w io.Writer, n *normalize.Normalizer, r io.Reader) error {
	_, err := io.Copy(w, n.Reader(r))
	return err
}

// stemStream is normalizeStream with every word replaced by its stem. It
// works a line at a time (lines of any length), so the output keeps the
// input's lines.
func stemStream(w io.Writer, n *normalize.Normalizer, r io.Reader) error {
	br := bufio.NewReader(r)
	var out, scratch []byte
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			out, scratch = appendStemmedLine(out[:0], scratch, n, line)
			if _, werr := w.Write(out); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// appendStemmedLine appends line normalized by n, each word token replaced
// by the normalized stem of the word as written in line.
func appendStemmedLine(dst, scratch []byte, n *normalize.Normalizer, line string) ([]byte, []byte) {
	t := n.Analyze(line)
	pos := 0
	for i, tok := range t.Tokens {
		if !tok.Kind.IsWord() {
			continue
		}
		dst = append(dst, t.Norm[pos:tok.Start]...)
		s, e := t.TokenSource(i)
		scratch = stem.AppendStem(scratch[:0], line[s:e])
		dst = n.Append(dst, scratch)
		pos = tok.End
	}
	return append(dst, t.Norm[pos:]...), scratch
}
