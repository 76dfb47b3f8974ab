package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// A progress bar on a terminal, drawn by schollz/progressbar: documents
// done (of how many, when that is known), documents per second and the
// time left, redrawn in place at most ten times a second. Messages written
// while it is shown go above it.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

// newProgress draws on w, a terminal, for total documents (-1: a stream
// of unknown length).
func newProgress(w io.Writer, total int) *progress {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("extract"),
		progressbar.OptionSetWidth(24),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
		// Redrawn only when a document is done: no goroutine drawing
		// behind the messages.
		progressbar.OptionSetSpinnerChangeInterval(0),
	}
	if total >= 0 {
		opts = append(opts, progressbar.OptionSetPredictTime(true))
	}
	return &progress{w: w, bar: progressbar.NewOptions(total, opts...)}
}

// isTerminal reports whether w is a terminal where a progress bar may be
// drawn (not a file, a pipe or /dev/null, and TERM is not "dumb").
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return false
	}
	return os.Getenv("TERM") != "dumb"
}

// done counts one more document.
func (p *progress) done() { _ = p.bar.Add(1) }

// printf writes a message on a line of its own; the bar is drawn again
// below it when the next document is done.
func (p *progress) printf(format string, a ...any) {
	_ = p.bar.Clear()
	fmt.Fprintf(p.w, format, a...)
}

// finish erases the bar.
func (p *progress) finish() { _ = p.bar.Clear() }
