package main

import (
	"io"

	"github.com/nabanlp/naba"
	"github.com/nabanlp/naba/view"
)

func init() {
	formatters["html"] = func() formatter { return htmlFormat{} }
}

// htmlFormat writes one self-contained HTML page with an article per
// document (package view).
type htmlFormat struct{}

func (htmlFormat) Begin(w io.Writer) error { return view.Head(w, view.Options{Title: "naba"}) }
func (htmlFormat) End(w io.Writer) error   { return view.Tail(w) }
func (htmlFormat) Write(w io.Writer, doc *naba.Document) error {
	return view.Article(w, doc)
}
