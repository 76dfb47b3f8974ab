package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/nabanlp/naba"
)

// A job is one document to extract: its path and how to get its text.
type job struct {
	path    string
	refDate time.Time
	read    func() (string, error)
}

// A result is the outcome of one job.
type result struct {
	path string
	doc  *naba.Document
	err  error
	// release ends the document's hold on the collector's pace (see
	// largeDocuments), once it is written; nil when it has none.
	release func()
}

// jobSource yields jobs in order; next returns false at the end.
type jobSource interface {
	next() (job, bool, error)
}

// sliceSource yields the jobs of a list.
type sliceSource struct {
	jobs []job
	i    int
}

func (s *sliceSource) next() (job, bool, error) {
	if s.i >= len(s.jobs) {
		return job{}, false, nil
	}
	s.i++
	return s.jobs[s.i-1], true, nil
}

// collect turns the arguments into a job source, and reports whether more
// than one document may come.
func collect(cfg config, stdin io.Reader) (jobSource, bool, error) {
	if cfg.in == "jsonl" {
		if len(cfg.args) != 1 {
			return nil, false, fmt.Errorf("-in jsonl reads one stream (a file or -)")
		}
		var r io.Reader = stdin
		name := "stdin"
		if cfg.args[0] != "-" {
			f, err := os.Open(cfg.args[0])
			if err != nil {
				return nil, false, err
			}
			r, name = f, cfg.args[0]
		}
		return newJSONLSource(r, name, cfg.refDate, cfg.fixUTF8), true, nil
	}
	var jobs []job
	for _, arg := range cfg.args {
		if arg == "-" {
			jobs = append(jobs, job{path: "-", refDate: cfg.refDate, read: func() (string, error) {
				b, err := io.ReadAll(stdin)
				return string(b), err
			}})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil || !st.IsDir() {
			// A file, or a path that cannot be read: its job reports why.
			jobs = append(jobs, fileJob(arg, cfg.refDate))
			continue
		}
		jobs = append(jobs, walkArticles(arg, cfg.refDate, filepath.WalkDir)...)
	}
	many := len(jobs) != 1
	for _, arg := range cfg.args {
		if st, err := os.Stat(arg); err == nil && st.IsDir() {
			many = true
		}
	}
	return &sliceSource{jobs: jobs}, many, nil
}

// walkArticles returns a job for each *.txt file under root, in the
// order of their paths, walked with walk (filepath.WalkDir; tests give
// another). An entry the walk cannot read (a subdirectory it cannot list,
// root itself) and a *.txt entry that is neither a regular file nor a
// symbolic link (a named pipe, which would block the read, a device, a
// socket) is a job that fails with that error, in its place: it is
// reported and counted as failed, and the others go on. A symbolic link
// named *.txt is read as the file it points to (a dangling one fails).
//
// A symbolic link to a directory is followed, root included, and its
// articles are named by paths through the link; but each directory is
// walked once, told apart by device and inode (os.SameFile): the tree
// itself first, then the directories its links lead to that it does not
// hold, in the order of the links' paths, then theirs. A link to an
// ancestor or back into the tree adds nothing, and a loop ends.
func walkArticles(root string, ref time.Time, walk func(string, fs.WalkDirFunc) error) []job {
	w := articleWalk{ref: ref, walk: walk}
	w.dir(root)
	for len(w.links) > 0 {
		links := w.links
		w.links = nil
		sort.Strings(links)
		for _, l := range links {
			st, err := os.Stat(l)
			if err != nil || !st.IsDir() || w.seen(st) {
				continue // gone since, or walked: the tree holds it
			}
			w.dir(l)
		}
	}
	sort.SliceStable(w.jobs, func(i, j int) bool { return w.jobs[i].path < w.jobs[j].path })
	return w.jobs
}

// An articleWalk gathers the jobs of a directory walk.
type articleWalk struct {
	ref     time.Time
	walk    func(string, fs.WalkDirFunc) error
	jobs    []job
	ids     map[fileID]bool // the directories walked, by device and inode
	visited []fs.FileInfo   // those whose FileInfo carries neither (not unix)
	links   []string        // links to directories met, to follow after
}

// A fileID is a file's device and inode: two paths with the same are one
// file (os.SameFile).
type fileID struct{ dev, ino uint64 }

// seen reports whether the directory st was walked: a look-up, not a
// scan of the directories walked (a tree may hold many thousands).
func (w *articleWalk) seen(st fs.FileInfo) bool {
	if id, ok := dirID(st); ok {
		return w.ids[id]
	}
	for _, v := range w.visited {
		if os.SameFile(v, st) {
			return true
		}
	}
	return false
}

// markSeen records that the directory st is walked.
func (w *articleWalk) markSeen(st fs.FileInfo) {
	if id, ok := dirID(st); ok {
		if w.ids == nil {
			w.ids = map[fileID]bool{}
		}
		w.ids[id] = true
		return
	}
	w.visited = append(w.visited, st)
}

// dir walks the directory root (a link to one included), skipping the
// directories walked before.
func (w *articleWalk) dir(root string) {
	start := root
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a root that is a link; a trailing
		// separator makes the link's target the root.
		start = root + string(filepath.Separator)
	}
	err := w.walk(start, func(p string, d fs.DirEntry, err error) error {
		if p == start {
			p = root
		}
		if err != nil {
			// A directory that cannot be listed comes here after its
			// own entry; returning nil goes on with the next one.
			w.jobs = append(w.jobs, failedJob(p, err))
			return nil
		}
		if d.IsDir() {
			st, err := os.Stat(p)
			if err != nil {
				return nil // WalkDir reports it when it lists it
			}
			if w.seen(st) {
				return filepath.SkipDir
			}
			w.markSeen(st)
			return nil
		}
		t := d.Type()
		if t&fs.ModeSymlink != 0 {
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				w.links = append(w.links, p)
				return nil
			}
		}
		if !strings.HasSuffix(d.Name(), ".txt") {
			return nil
		}
		if t&^fs.ModeSymlink != 0 {
			w.jobs = append(w.jobs, failedJob(p, fmt.Errorf("not a regular file: %s", fileKind(t))))
			return nil
		}
		w.jobs = append(w.jobs, fileJob(p, w.ref))
		return nil
	})
	if err != nil {
		// The walk function stopped on its own (not filepath.WalkDir,
		// which only stops when told to): the rest is unread.
		w.jobs = append(w.jobs, failedJob(root, err))
	}
}

// fileKind names the type of a file that is not a regular one.
func fileKind(t fs.FileMode) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeCharDevice != 0:
		return "a character device"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "type " + t.String()
}

// failedJob is a job whose read fails with err.
func failedJob(path string, err error) job {
	return job{path: path, read: func() (string, error) { return "", err }}
}

func fileJob(path string, ref time.Time) job {
	return job{path: path, refDate: ref, read: func() (string, error) {
		b, err := os.ReadFile(path)
		return string(b), err
	}}
}

// maxLine is the longest line -in jsonl reads: a longer one is reported
// as a failed document and skipped, and the lines after it are read.
const maxLine = 64 << 20

// jsonlSource reads one document per line: {"text", "path", "ref_date"}.
type jsonlSource struct {
	r       *bufio.Reader
	name    string
	line    int
	ref     time.Time
	fixUTF8 bool
	buf     []byte // a line longer than the reader's buffer
	max     int    // maxLine, or less in tests
}

func newJSONLSource(r io.Reader, name string, ref time.Time, fixUTF8 bool) *jsonlSource {
	return &jsonlSource{r: bufio.NewReaderSize(r, 1<<16), name: name, ref: ref, fixUTF8: fixUTF8, max: maxLine}
}

// readLine returns the next line, its end included, or tooLong when it
// has more than s.max bytes (which are skipped). The line is valid until
// the next call.
func (s *jsonlSource) readLine() (line []byte, tooLong bool, err error) {
	chunk, err := s.r.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		if err == io.EOF && len(chunk) > 0 {
			err = nil // the last line has no end
		}
		return chunk, len(chunk) > s.max, err
	}
	s.buf = append(s.buf[:0], chunk...)
	for err == bufio.ErrBufferFull {
		chunk, err = s.r.ReadSlice('\n')
		if !tooLong && len(s.buf)+len(chunk) > s.max {
			tooLong, s.buf = true, s.buf[:0]
		}
		if !tooLong {
			s.buf = append(s.buf, chunk...)
		}
	}
	if err == io.EOF {
		err = nil // the bytes before have been read
	}
	return s.buf, tooLong, err
}

func (s *jsonlSource) next() (job, bool, error) {
	for {
		raw, tooLong, err := s.readLine()
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return job{}, false, err
		}
		s.line++
		where := s.name + ":" + strconv.Itoa(s.line)
		if tooLong {
			err := fmt.Errorf("line longer than %d MiB: skipped", s.max>>20)
			return job{path: where, read: func() (string, error) { return "", err }}, true, nil
		}
		line := bytes.TrimSpace(raw)
		if s.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff")) // a byte order mark
		}
		if len(line) == 0 {
			continue
		}
		rec, plain, err := decodeLine(line)
		if err != nil {
			err = fieldTypeError(err)
		} else if rec.Text == "" {
			err = textProblem(line)
		}
		ref := s.ref
		if err == nil && rec.RefDate != "" {
			ref, err = parseRefDate(rec.RefDate)
			if err != nil {
				err = fmt.Errorf("ref_date %q: %w", rec.RefDate, err)
			}
		}
		if err == nil && !s.fixUTF8 && !plain && !utf8.Valid(line) {
			// encoding/json would replace each bad byte by U+FFFD: refuse
			// the line as a text file is refused, unless -fix-utf8.
			err = fmt.Errorf("%w (first bad byte at offset %d of the line)", naba.ErrInvalidUTF8, firstInvalid(raw))
		}
		if err == nil && !s.fixUTF8 && !plain {
			// encoding/json decodes half a surrogate pair as U+FFFD: refuse
			// it as a bad byte is refused, unless -fix-utf8 (the scanner
			// declines every surrogate escape, so a plain line has none).
			// Offsets count from the start of raw, which line is a
			// subslice of (after spaces and a byte order mark).
			if at, ok := unpairedSurrogate(line); ok {
				err = fmt.Errorf("%w (unpaired surrogate escape %s at offset %d of the line)", naba.ErrInvalidUTF8, line[at:at+6], at+cap(raw)-cap(line))
			}
		}
		path := rec.Path
		if path == "" {
			path = where
		} else if err != nil {
			err = fmt.Errorf("%s: %w", where, err)
		}
		text := rec.Text
		return job{path: path, refDate: ref, read: func() (string, error) { return text, err }}, true, nil
	}
}

// firstInvalid returns the offset of the first byte of b that is not
// UTF-8, or len(b).
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// process extracts the jobs with cfg.workers goroutines and hands the
// results to emit in input order. At most a few jobs per worker are in
// flight, so memory stays flat over any number of documents.
func process(ctx context.Context, x *naba.Extractor, cfg config, src jobSource, emit func(result) error) error {
	if cfg.workers == 1 {
		return processInline(ctx, x, cfg, src, emit)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type task struct {
		seq int
		job job
	}
	type done struct {
		seq int
		res result
	}
	tasks := make(chan task, cfg.workers)
	results := make(chan done, cfg.workers)
	// A token per document in flight bounds the reorder buffer.
	inflight := make(chan struct{}, 4*cfg.workers)
	var wg sync.WaitGroup
	for range cfg.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sess := x.NewSession() // one per worker: it keeps the words it has read
			for t := range tasks {
				results <- done{t.seq, extractOne(ctx, sess, t.job, cfg.fixUTF8)}
			}
		}()
	}
	var srcErr error
	go func() {
		defer close(tasks)
		for seq := 0; ; seq++ {
			j, ok, err := src.next()
			if err != nil {
				srcErr = err
				return
			}
			if !ok {
				return
			}
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			tasks <- task{seq, j}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]result{}
	nextSeq := 0
	var emitErr error
	for d := range results {
		pending[d.seq] = d.res
		for {
			r, ok := pending[nextSeq]
			if !ok {
				break
			}
			delete(pending, nextSeq)
			nextSeq++
			<-inflight
			if emitErr == nil {
				if emitErr = emit(r); emitErr != nil {
					cancel()
				}
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	return srcErr
}

// processInline is process with one worker: the jobs are read,
// extracted and emitted in turn on the calling goroutine, with no
// hand-off between goroutines per document.
func processInline(ctx context.Context, x *naba.Extractor, cfg config, src jobSource, emit func(result) error) error {
	sess := x.NewSession()
	for ctx.Err() == nil {
		j, ok, err := src.next()
		if err != nil || !ok {
			return err
		}
		if err := emit(extractOne(ctx, sess, j, cfg.fixUTF8)); err != nil {
			return err
		}
	}
	return nil
}

func extractOne(ctx context.Context, x *naba.Session, j job, fixUTF8 bool) result {
	text, err := j.read()
	if err != nil {
		return result{path: j.path, err: err}
	}
	release := largeDocs.hold(len(text))
	doc, err := x.Extract(ctx, text, naba.ExtractOptions{Path: j.path, RefDate: j.refDate, ReplaceInvalidUTF8: fixUTF8})
	return result{path: j.path, doc: doc, err: err, release: release}
}
