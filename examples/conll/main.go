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

// run tags the CoNLL text of r into w, sentence by sentence, adding each
// sentence to sc when sc is not nil.
func run(m *tagger.Model, r io.Reader, w io.Writer, sc *conll.Score) error {
	bw := bufio.NewWriter(w)
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var words, gold []string
	var hasGold []bool
	var pred []tagger.Tag
	flush := func() {
		if len(words) == 0 {
			return
		}
		pred = m.TagWords(words, pred[:0])
		ps := make([]string, len(words))
		for i, word := range words {
			ps[i] = pred[i].String()
			if hasGold[i] {
				fmt.Fprintf(bw, "%s %s %s\n", word, gold[i], ps[i])
			} else {
				fmt.Fprintf(bw, "%s %s\n", word, ps[i])
			}
		}
		if sc != nil {
			sc.Add(gold, ps)
		}
		words, gold, hasGold = words[:0], gold[:0], hasGold[:0]
	}
	for in.Scan() {
		line := in.Text()
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			flush()
			fmt.Fprintln(bw, strings.TrimSpace(line))
			continue
		}
		words = append(words, f[0])
		if len(f) >= 2 {
			gold = append(gold, conll.NormalizeTag(f[len(f)-1]))
			hasGold = append(hasGold, true)
		} else {
			gold = append(gold, "O")
			hasGold = append(hasGold, false)
		}
	}
	flush()
	if err := in.Err(); err != nil {
		return fmt.Errorf("conll: reading input: %w", err)
	}
	return bw.Flush()
}
