package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// A progress line on a terminal: documents done (of how many, when that
// is known), documents per second and the time left, redrawn in place at
// most ten times a second. It is written with a carriage return and
// spaces only — no terminal control sequences — so it needs no terminal
// library (see the README, "Command line").
type progress struct {
	w     io.Writer
	total int // -1 when unknown (a JSONL stream)
	start time.Time
	last  time.Time
	width int // the length of the line drawn last
	now   func() time.Time
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, now: time.Now}
	p.start = p.now()
	return p
}

// isTerminal reports whether w is a terminal (a character device that
// is not /dev/null), where a progress line may be drawn.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return false
	}
	return os.Getenv("TERM") != "dumb"
}

// update redraws the line for done documents, unless it was drawn less
// than 100 ms ago and force is false.
func (p *progress) update(done int, force bool) {
	now := p.now()
	if !force && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	p.draw(p.line(done, now.Sub(p.start)))
}

// line formats the progress of done documents after elapsed.
func (p *progress) line(done int, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	if p.total < 0 {
		return fmt.Sprintf("extract: %d docs  %.1f docs/s  %s", done, rate, elapsed.Round(time.Second))
	}
	const barWidth = 24
	frac := 1.0
	if p.total > 0 {
		frac = float64(done) / float64(p.total)
	}
	fill := int(frac * barWidth)
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", barWidth-fill)
	eta := "?"
	if rate > 0 {
		eta = (time.Duration(float64(p.total-done)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("extract: [%s] %d/%d %3.0f%%  %.1f docs/s  ETA %s", bar, done, p.total, 100*frac, rate, eta)
}

func (p *progress) draw(s string) {
	pad := ""
	if n := p.width - len(s); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(p.w, "\r%s%s", s, pad)
	p.width = len(s)
}

// clear erases the line, before a message or at the end.
func (p *progress) clear() {
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
}
