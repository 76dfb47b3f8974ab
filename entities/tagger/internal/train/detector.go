package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/nabanlp/naba/entities/tagger/internal/seqmodel"
	"github.com/nabanlp/naba/internal/conll"
	"github.com/nabanlp/naba/normalize"
)

// The domain detector of the -domain experiment is seqmodel.Detector. It
// is trained on the documents the tagger is trained on: the ANERcorp
// training part in blocks of blockSize sentences (news) and the AQMAR
// training articles in blocks of the same size (encyclopedic). ANERcorp
// marks no articles, so its dev part is read as documents of blockSize
// sentences too; an AQMAR article is one document.

const blockSize = 10

func blocks(sents []conll.Sentence) [][]conll.Sentence {
	var out [][]conll.Sentence
	for i := 0; i < len(sents); i += blockSize {
		out = append(out, sents[i:min(i+blockSize, len(sents))])
	}
	return out
}

// docT returns the text of a document given as CoNLL sentences: their
// words analyzed as one text, as the tagger reads a document.
func docT(doc []conll.Sentence) *normalize.Text {
	var words []string
	for _, s := range doc {
		words = append(words, s.Words...)
	}
	t, _ := seqmodel.AlignWords(words)
	return t
}

func allTexts(docs [][]conll.Sentence) []*normalize.Text {
	out := make([]*normalize.Text, len(docs))
	for i, d := range docs {
		out[i] = docT(d)
	}
	return out
}

// checkNews prints the detector's reading of the texts naba's users run:
// the news corpus, the seed page and the repository's test texts.
func checkNews(det *seqmodel.Detector, root string) {
	var files []string
	for _, g := range []string{
		filepath.Join(root, "corpus", "news", "*.txt"),
		filepath.Join(root, "seeds", "*.txt"),
		"testdata/*.txt",
	} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	nenc := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		t := seqmodel.Folder.Analyze(string(b))
		p := det.Prob(t)
		if det.Domain(t) == seqmodel.Encyclopedic {
			nenc++
		}
		fmt.Printf("detector: %.3f %s\n", p, f)
	}
	fmt.Printf("detector: %d of %d texts read as encyclopedic (P > %v)\n", nenc, len(files), det.Threshold)
}
