// Command conll tags CoNLL text with naba's entity tagger so that anyone
// can score it with conlleval or seqeval.
//
//	go run ./examples/conll < sentences.conll > tagged.conll
//	go run ./examples/conll -score < sentences.conll > /dev/null
//
// Input: one `token [gold]` line per token (extra middle columns are
// ignored; the gold tag is the last column), a blank line between
// sentences. Tokens may carry clitics and glued punctuation, as
// ANERcorp's do (`وسوريا`, `(د`). Output: exactly one line per input
// token, `token gold pred`, with both tags in IOB2 over PER, LOC, ORG and
// MISC (ANERcorp's PERS becomes PER, AQMAR's MIS0–MIS3 become MISC), or
// `token pred` when the line has no gold tag; blank and -DOCSTART- lines
// are copied. With -score, an entity-level report (seqeval convention:
// micro average over types) goes to standard error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/nabanlp/naba/entities/tagger"
	"github.com/nabanlp/naba/internal/conll"
)

func main() {
	score := flag.Bool("score", false, "print an entity-level F1 report to standard error")
	flag.Parse()
	log.SetFlags(0)
	m, err := tagger.Default()
	if err != nil {
		log.Fatal(err)
	}
	var sc *conll.Score
	if *score {
		sc = &conll.Score{}
	}
	if err := run(m, os.Stdin, os.Stdout, sc); err != nil {
		log.Fatal(err)
	}
	if sc != nil {
		if err := sc.Report(os.Stderr); err != nil {
			log.Fatal(err)
		}
	}
}

// docSentences is how many sentences run tags together when no
// -DOCSTART- line ends a document earlier: names tagged in one sentence
// are carried to the others (tagger.TagSentences).
const docSentences = 500

// maxLine is the longest input line read: a longer one stops the run
// with an error naming it.
const maxLine = 16 << 20

// run tags the CoNLL text of r into w, document by document (a
// -DOCSTART- line, or docSentences sentences), adding each sentence to sc
// when sc is not nil.
func run(m *tagger.Model, r io.Reader, w io.Writer, sc *conll.Score) error {
	bw := bufio.NewWriter(w)
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 0, 64*1024), maxLine)
	type sentence struct {
		words, gold []string
		hasGold     []bool
		after       []string // the lines after the sentence: blank or -DOCSTART-
	}
	var doc []sentence
	var cur sentence
	var lead []string // lines before the first sentence of the document
	flushDoc := func() {
		for _, l := range lead {
			fmt.Fprintln(bw, l)
		}
		lead = lead[:0]
		words := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.words
		}
		for i, pred := range m.TagSentences(words) {
			s := doc[i]
			ps := make([]string, len(pred))
			for j, word := range s.words {
				ps[j] = pred[j].String()
				if s.hasGold[j] {
					fmt.Fprintf(bw, "%s %s %s\n", word, s.gold[j], ps[j])
				} else {
					fmt.Fprintf(bw, "%s %s\n", word, ps[j])
				}
			}
			if sc != nil {
				sc.Add(s.gold, ps)
			}
			for _, l := range s.after {
				fmt.Fprintln(bw, l)
			}
		}
		doc = doc[:0]
	}
	endSentence := func() {
		if len(cur.words) > 0 {
			doc = append(doc, cur)
			cur = sentence{}
		}
	}
	other := func(line string) { // a blank or -DOCSTART- line
		if len(doc) == 0 {
			lead = append(lead, line)
		} else {
			doc[len(doc)-1].after = append(doc[len(doc)-1].after, line)
		}
	}
	lines := 0
	for in.Scan() {
		lines++
		line := in.Text()
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			endSentence()
			if len(f) > 0 || len(doc) >= docSentences {
				flushDoc()
			}
			other(strings.TrimSpace(line))
			continue
		}
		cur.words = append(cur.words, f[0])
		if len(f) >= 2 {
			cur.gold = append(cur.gold, conll.NormalizeTag(f[len(f)-1]))
			cur.hasGold = append(cur.hasGold, true)
		} else {
			cur.gold = append(cur.gold, "O")
			cur.hasGold = append(cur.hasGold, false)
		}
	}
	endSentence()
	flushDoc()
	if err := in.Err(); err != nil {
		// What was read is written, one line per token, before the error.
		bw.Flush()
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("conll: line %d is longer than %d MiB", lines+1, maxLine>>20)
		}
		return fmt.Errorf("conll: reading input after line %d: %w", lines, err)
	}
	return bw.Flush()
}
