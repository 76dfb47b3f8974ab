package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// cliFlags are the flags of the friendlier command line: quiet runs, an
// output directory, the version.
type cliFlags struct {
	quiet   bool
	outDir  string
	version bool
}

func addCLIFlags(fs *flag.FlagSet) *cliFlags {
	c := &cliFlags{}
	fs.BoolVar(&c.quiet, "quiet", false, "no progress bar, and no final count unless a document failed (errors are always reported)")
	fs.StringVar(&c.outDir, "o", "", "write one file per input `DIR`/NAME.json (.html, .txt, .conll by -format) instead of standard output")
	fs.BoolVar(&c.version, "version", false, "print the version and exit")
	return c
}

// printVersion writes the module version and VCS revision the binary was
// built from, when the build recorded them.
func printVersion(w io.Writer) {
	version, rev, dirty := "(devel)", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" {
			version = v
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	fmt.Fprintf(w, "extract (github.com/nabanlp/naba) %s", version)
	if rev != "" {
		fmt.Fprintf(w, " %s", rev)
		if dirty {
			fmt.Fprint(w, "+dirty")
		}
	}
	fmt.Fprintf(w, " %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// A reporter counts the documents done and failed, reports failures on
// standard error with their path, draws the progress bar when standard
// error is a terminal, and ends with a line counting both.
type reporter struct {
	w        io.Writer
	quiet    bool
	bar      *progress // nil when no progress bar is drawn
	ok, fail int
}

// total is the number of documents to come, or -1 when unknown. No
// progress bar is drawn when the documents themselves go to the
// terminal (outToTerminal), where it would be mixed with them.
func newReporter(w io.Writer, quiet, outToTerminal bool, total int) *reporter {
	r := &reporter{w: w, quiet: quiet}
	if !quiet && !outToTerminal && isTerminal(w) {
		r.bar = newProgress(w, total)
	}
	return r
}

func (r *reporter) done() {
	r.ok++
	if r.bar != nil {
		r.bar.done()
	}
}

func (r *reporter) failed(path string, err error) {
	r.fail++
	if r.bar == nil {
		fmt.Fprintf(r.w, "extract: %s: %v\n", path, err)
		return
	}
	r.bar.printf("extract: %s: %v\n", path, err)
	r.bar.done()
}

// finish clears the progress bar and writes the final count.
func (r *reporter) finish() {
	if r.bar != nil {
		r.bar.finish()
	}
	if !r.quiet || r.fail > 0 {
		fmt.Fprintf(r.w, "extract: %d ok, %d failed\n", r.ok, r.fail)
	}
}

// jobCount returns the number of jobs src will yield, or -1 when it is a
// stream.
func jobCount(src jobSource) int {
	if s, ok := src.(*sliceSource); ok {
		return len(s.jobs)
	}
	return -1
}
