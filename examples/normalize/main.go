// Command normalize writes Arabic text normalized to standard output,
// keeping its line structure.
//
// Usage:
//
//	go run ./examples/normalize [-preset NAME] [FILE...]
//
// It reads the named files in order, or standard input when none is
// named. -preset chooses the normalization: "search" (the default) folds
// everything for matching, "display" only cleans. A file that cannot be
// read is reported on standard error, the other files are still
// processed, and the exit status is 1.
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
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	preset string
}

// run is the command with its arguments and streams, returning the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.preset, "preset", "search", "normalization preset: "+strings.Join(normalize.PresetNames(), ", "))
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: normalize [-preset NAME] [FILE...]")
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
		if err := normalizeStream(out, n, r); err != nil {
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
