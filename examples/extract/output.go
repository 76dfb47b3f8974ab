package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/nabanlp/naba"
)

// An output receives the documents in input order: the standard output
// in one stream, or with -o one file per document.
type output interface {
	Begin() error
	// Write writes one document. A docError concerns this document
	// alone (it is reported and the others go on); any other error stops
	// the run.
	Write(path string, doc *naba.Document) error
	End() error
}

// A docError is the failure of one document's output.
type docError struct{ error }

func (e docError) Unwrap() error { return e.error }

// isDocError reports whether err concerns one document only.
func isDocError(err error) bool {
	var d docError
	return errors.As(err, &d)
}

// streamOutput writes every document to one writer with a formatter.
type streamOutput struct {
	w *bufio.Writer
	f formatter
}

func newStreamOutput(w io.Writer, f formatter) *streamOutput {
	return &streamOutput{w: bufio.NewWriterSize(w, 1<<16), f: f}
}

func (o *streamOutput) Begin() error { return o.f.Begin(o.w) }
func (o *streamOutput) Write(_ string, doc *naba.Document) error {
	return o.f.Write(o.w, doc)
}
func (o *streamOutput) End() error {
	err := o.f.End(o.w)
	if ferr := o.w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// dirOutput writes one file per document under dir: the input's path
// relative to the directory argument it was found in (or its base name),
// with the format's extension. Each file is written to a temporary file
// in the same directory and renamed into place, so no file is ever left
// half-written. Names already used in this run get a -2, -3, … suffix.
type dirOutput struct {
	dir    string
	format string
	newFmt func() formatter
	roots  []string // the directory arguments
	used   map[string]bool
}

// outputExt is the file extension of each format with -o.
var outputExt = map[string]string{"json": ".json", "jsonl": ".json", "html": ".html", "text": ".txt", "conll": ".conll"}

func newDirOutput(dir, format string, newFmt func() formatter, args []string) (*dirOutput, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("-o: %w", err)
	}
	o := &dirOutput{dir: dir, format: format, newFmt: newFmt, used: map[string]bool{}}
	for _, a := range args {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			o.roots = append(o.roots, a)
		}
	}
	return o, nil
}

func (o *dirOutput) Begin() error { return nil }
func (o *dirOutput) End() error   { return nil }

func (o *dirOutput) Write(path string, doc *naba.Document) error {
	var b bytes.Buffer
	f := o.newFmt()
	err := f.Begin(&b)
	if err == nil {
		err = f.Write(&b, doc)
	}
	if err == nil {
		err = f.End(&b)
	}
	if err != nil {
		return docError{err}
	}
	name := o.name(path)
	if err := writeAtomic(filepath.Join(o.dir, name), b.Bytes()); err != nil {
		return docError{err}
	}
	return nil
}

// name returns the output file name of an input path, relative to the
// output directory and unique in this run.
func (o *dirOutput) name(path string) string {
	rel := ""
	for _, root := range o.roots {
		if r, err := filepath.Rel(root, path); err == nil && filepath.IsLocal(r) {
			rel = r
			break
		}
	}
	if rel == "" {
		// A file argument, stdin ("-") or a JSONL record ("stdin:3", or
		// the path the record gives): keep its name, never a directory
		// outside the output.
		rel = strings.NewReplacer(":", "_", "\\", "_").Replace(filepath.Base(filepath.Clean(path)))
		if rel == "-" || rel == "." || rel == string(filepath.Separator) || rel == "" {
			rel = "stdin"
		}
	}
	base := strings.TrimSuffix(rel, filepath.Ext(rel))
	if base == "" {
		base = rel
	}
	ext := outputExt[o.format]
	name := base + ext
	for k := 2; o.used[name]; k++ {
		name = fmt.Sprintf("%s-%d%s", base, k, ext)
	}
	o.used[name] = true
	return name
}

// writeAtomic writes data to path through a temporary file in the same
// directory, renamed into place once complete.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
