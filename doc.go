// Package naba reads Arabic news: one call takes the text of an article as
// it comes off a scraped page and returns a Document with the page's
// sections (ticker headlines, title, dateline, paragraphs, source,
// boilerplate), the named entities it mentions, its dates resolved to
// calendar values, and the events it reports.
//
// An Extractor is built once and is safe for concurrent use:
//
//	x, err := naba.New(naba.Options{})
//	doc, err := x.Extract(ctx, text, naba.ExtractOptions{RefDate: published})
//
// Spans in the Go values are byte offsets into the input; the JSON form
// of a Document (the output contract of examples/extract) gives them in
// code points.
package naba
