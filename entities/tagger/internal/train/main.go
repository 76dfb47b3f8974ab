// Command train trains the entity tagger's model on ANERcorp and writes
// the model file that package tagger embeds:
//
//	go run ./entities/tagger/internal/train -final -out entities/tagger/model.bin
//
// It reads ../shared/data/anercorp/train.txt (or $NABA_SHARED), trains on
// the first 90% of its sentences and reports entity F1 on the last 10%
// (dev) and on the AQMAR dev articles after every epoch: the check of
// the recipe. With -final it then trains again with the same recipe on
// every sentence of train.txt, reports AQMAR dev, and writes that model
// (the shipped one); without it, it writes the 90% model. Training is
// deterministic: fixed seeds, sorted feature tables.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/nabanlp/naba/entities/tagger/internal/seqmodel"
	"github.com/nabanlp/naba/internal/conll"
	"github.com/nabanlp/naba/internal/shared"
)

func main() {
	out := flag.String("out", "", "write the model file here")
	epochs := flag.Int("epochs", 10, "training epochs")
	minCount := flag.Int("mincount", 2, "drop features seen in fewer tokens")
	seed := flag.Uint64("seed", 1, "seed of the example order")
	dropout := flag.Float64("dropout", 0.2, "probability of leaving a feature out of a training token")
	devFrac := flag.Float64("dev", 0.1, "fraction of sentences (the last ones) held out as dev")
	trainFrac := flag.Float64("trainfrac", 0, "experiment: train on this fraction of all the sentences only (0: all that are not dev), the first ones of the training part, so the measure of what more data is worth holds the dev slice fixed")
	devFirst := flag.Bool("devfirst", false, "hold out the first sentences as dev instead of the last (a second check, for measuring changes chosen by looking at the usual dev)")
	useStats := flag.Bool("stats", true, "add word-list statistics features (wordfreq)")
	minFreq := flag.Float64("minfreq", 1e-7, "leave out stems rarer than this in the word list")
	useLists := flag.Bool("lists", true, "add gazetteer features (entities/gazetteer)")
	ensemble := flag.Int("ensemble", 8, "average the weights of this many perceptrons trained with seeds seed, seed+1, …")
	aqmarFold := flag.Int("aqmarfold", -1, "experiment: also train on the AQMAR dev articles but the one with this index (in name order; dev is then that article alone), repeated -aqmarrep times")
	aqmarRep := flag.Int("aqmarrep", 1, "with -aqmarfold, how many times the AQMAR training articles are added")
	final := flag.Bool("final", false, "after training and scoring with the dev split, train again with the same recipe on every sentence of train.txt and write that model (the shipped model; dev can no longer score it)")
	predOut := flag.String("pred", "", "write the dev and AQMAR dev predictions (token gold pred) to this file and this file + \".aqmar\"")
	flag.Parse()
	log.SetFlags(0)

	if *final && (*trainFrac > 0 || *aqmarFold >= 0) {
		log.Fatal("train: -final trains on every sentence of train.txt: it takes no -trainfrac or -aqmarfold")
	}
	root := shared.Root()
	if root == "" {
		log.Fatal("train: shared data folder not found (set NABA_SHARED)")
	}
	sents := readFile(filepath.Join(root, "data", "anercorp", "train.txt"))
	ndev := int(float64(len(sents)) * *devFrac)
	train, dev := sents[:len(sents)-ndev], sents[len(sents)-ndev:]
	if *devFirst {
		train, dev = sents[ndev:], sents[:ndev]
	}
	if *trainFrac > 0 {
		n := int(math.Round(float64(len(sents)) * *trainFrac)) // 0.9: the usual training part
		if n > len(train) {
			log.Fatalf("train: -trainfrac %v asks for %d sentences, the training part has %d", *trainFrac, n, len(train))
		}
		train = train[:n]
	}
	aqmar := readDir(filepath.Join(root, "data", "aqmar-dev"))
	if *aqmarFold >= 0 {
		names, _ := filepath.Glob(filepath.Join(root, "data", "aqmar-dev", "*.txt"))
		sort.Strings(names)
		aqmar = nil
		train = train[:len(train):len(train)] // append must not write over dev
		for i, n := range names {
			if i == *aqmarFold {
				aqmar = readFile(n)
				continue
			}
			for range *aqmarRep {
				train = append(train, readFile(n)...)
			}
		}
	}
	log.Printf("train %d sentences, dev %d, aqmar-dev %d", len(train), len(dev), len(aqmar))

	var feats seqmodel.Features
	if *useLists {
		feats.Gazetteer = seqmodel.DefaultLists()
	}
	t0 := time.Now()
	if *useStats {
		freq, err := readWordfreq(filepath.Join(root, "data", "wordfreq", "wordfreq_large_ar.msgpack.gz"))
		if err != nil {
			log.Fatal(err)
		}
		feats.Stats = seqmodel.NewWordTable(buildStats(freq, *minFreq))
		log.Printf("word-list stats for %d stems (%v)", feats.Stats.Len(), time.Since(t0).Round(time.Millisecond))
	}
	r := recipe{feats: feats, epochs: *epochs, minCount: *minCount, seed: *seed, dropout: *dropout, ensemble: *ensemble}
	m := r.train(train, dev, aqmar)
	if len(dev) > 0 {
		fmt.Println("ANERcorp dev:")
		evaluate(m, dev).Report(os.Stdout)
	}
	if len(aqmar) > 0 {
		fmt.Println("AQMAR dev:")
		evaluate(m, aqmar).Report(os.Stdout)
	}
	if *predOut != "" {
		writePred(m, dev, *predOut)
		writePred(m, aqmar, *predOut+".aqmar")
	}
	if *final {
		// The recipe is checked above on the held-out dev; the model
		// written is the same recipe over every sentence.
		log.Printf("final: train %d sentences (all of train.txt), aqmar-dev %d", len(sents), len(aqmar))
		m = r.train(sents, nil, aqmar)
		if len(aqmar) > 0 {
			fmt.Println("AQMAR dev, final model (trained on every sentence of train.txt):")
			evaluate(m, aqmar).Report(os.Stdout)
		}
	}
	if *out != "" {
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d bytes)", *out, b.Len())
	}
}

// A recipe is how a model is trained: features, epochs, feature count
// cut-off, seeds, dropout and the size of the ensemble.
type recipe struct {
	feats    seqmodel.Features
	epochs   int
	minCount int
	seed     uint64
	dropout  float64
	ensemble int
}

// train trains a model on train and logs the token errors of each epoch
// and the F1 on dev and aqmar (when not empty).
func (r recipe) train(train, dev, aqmar []conll.Sentence) *seqmodel.Model {
	t0 := time.Now()
	tr := &seqmodel.Trainer{MinCount: r.minCount, Seed: r.seed, Dropout: r.dropout}
	for _, s := range train {
		tr.Add(r.feats.WordExample(s.Words, labels(s.Tags)))
	}
	log.Printf("features extracted in %v", time.Since(t0).Round(time.Millisecond))
	trs := []*seqmodel.Trainer{tr}
	for i := 1; i < r.ensemble; i++ {
		trs = append(trs, tr.Fork(r.seed+uint64(i)))
	}
	var m *seqmodel.Model
	for ep := 1; ep <= r.epochs; ep++ {
		errs := 0
		for _, t := range trs {
			errs += t.Epoch()
		}
		m = seqmodel.Ensemble(r.feats, trs...)
		msg := fmt.Sprintf("epoch %2d: %6d token errors, %d features", ep, errs, m.NumFeatures())
		if len(dev) > 0 {
			msg += fmt.Sprintf(", dev F1 %.4f", evaluate(m, dev).Micro().F1())
		}
		if len(aqmar) > 0 {
			msg += fmt.Sprintf(", aqmar-dev F1 %.4f", evaluate(m, aqmar).Micro().F1())
		}
		log.Print(msg)
	}
	return m
}

func labels(tags []string) []uint8 {
	out := make([]uint8, len(tags))
	for i, t := range tags {
		out[i] = seqmodel.ParseLabel(conll.NormalizeTag(t))
	}
	return out
}

func evaluate(m *seqmodel.Model, sents []conll.Sentence) *conll.Score {
	var sc conll.Score
	var s seqmodel.Scratch
	var pred []uint8
	for _, st := range sents {
		pred = m.TagWords(st.Words, &s, pred[:0])
		gold := make([]string, len(st.Tags))
		ps := make([]string, len(st.Tags))
		for i := range st.Tags {
			gold[i] = conll.NormalizeTag(st.Tags[i])
			ps[i] = seqmodel.LabelNames[pred[i]]
		}
		sc.Add(gold, ps)
	}
	return &sc
}

func readFile(path string) []conll.Sentence {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	s, err := conll.Read(f)
	if err != nil {
		log.Fatal(err)
	}
	return s
}

func readDir(dir string) []conll.Sentence {
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	var out []conll.Sentence
	for _, n := range names {
		out = append(out, readFile(n)...)
	}
	return out
}

// writePred writes the sentences with their gold and predicted tags in
// CoNLL form (token gold pred), for error analysis.
func writePred(m *seqmodel.Model, sents []conll.Sentence, path string) {
	var b bytes.Buffer
	var s seqmodel.Scratch
	var pred []uint8
	for _, st := range sents {
		pred = m.TagWords(st.Words, &s, pred[:0])
		for i, w := range st.Words {
			fmt.Fprintf(&b, "%s %s %s\n", w, conll.NormalizeTag(st.Tags[i]), seqmodel.LabelNames[pred[i]])
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
