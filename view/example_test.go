package view_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/nabanlp/naba"
	"github.com/nabanlp/naba/view"
)

func ExamplePage() {
	doc, err := naba.Extract(context.Background(), "عنوان الخبر\n\nنص الخبر <مع> رموز.\n", naba.ExtractOptions{Path: "a.txt"})
	if err != nil {
		panic(err)
	}
	var b strings.Builder
	if err := view.Page(&b, view.Options{Title: "a.txt"}, doc); err != nil {
		panic(err)
	}
	page := b.String()
	fmt.Println(page[:strings.Index(page, "\n<head>")])
	i := strings.Index(page, `<div class="doc-text">`)
	j := strings.Index(page, `<section class="evs">`)
	fmt.Print(page[i:j])
	// Output:
	// <!DOCTYPE html>
	// <html dir="rtl" lang="ar">
	// <div class="doc-text">
	// <h1 class="blk blk-title"><span class="sec sec-title" data-section="title">عنوان الخبر</span></h1>
	// <div class="blk blk-paragraph"><span class="sec sec-paragraph" data-section="paragraph">نص الخبر &lt;مع&gt; رموز.</span></div>
	// </div>
}

// Several documents on one page, written as they come.
func ExampleArticle() {
	texts := []string{"الخبر الأول\n\nنص.", "الخبر الثاني\n\nنص آخر."}
	w := os.Stdout
	if err := view.Head(w, view.Options{}); err != nil {
		panic(err)
	}
	for _, t := range texts {
		doc, err := naba.Extract(context.Background(), t, naba.ExtractOptions{})
		if err != nil {
			panic(err)
		}
		if err := view.Article(w, doc); err != nil {
			panic(err)
		}
	}
	if err := view.Tail(w); err != nil {
		panic(err)
	}
}

// A server that sends a Content-Security-Policy allows the page's own
// script by its hash, and no other.
func ExampleScriptHash() {
	csp := "default-src 'none'; style-src 'unsafe-inline'; script-src " + view.ScriptHash()
	fmt.Println(strings.HasPrefix(csp, "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"))
	// Output: true
}

// Head opens a page for the caller's own markup, styled by Options.CSS,
// and Tail closes it.
func ExampleHead() {
	var b strings.Builder
	if err := view.Head(&b, view.Options{Title: "أخبار اليوم", CSS: ".mine { color: gray }"}); err != nil {
		panic(err)
	}
	head := b.String()
	fmt.Println(strings.Contains(head, "<title>أخبار اليوم</title>"), strings.Contains(head, ".mine { color: gray }"))
	fmt.Println(head[strings.LastIndex(head, "</head>"):])
	// Output:
	// true true
	// </head>
	// <body>
}

func ExampleTail() {
	if err := view.Tail(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// </body>
	// </html>
}
