// Command train trains the entity tagger's model on ANERcorp and the
// AQMAR dev articles and writes the model files that package tagger
// embeds:
//
//	go run ./entities/tagger/internal/train -final -out entities/tagger/model.bin
//
// It reads ../shared/data/anercorp/train.txt and ../shared/data/aqmar-dev
// (or $NABA_SHARED), trains on the first 90% of train.txt's sentences and
// the AQMAR dev articles, and reports entity F1 on the last 10% of
// train.txt (dev): the check of the recipe. The two corpora tag by
// different conventions (AQMAR tags groups such as الشيعة as PER, and its
// MISC differs), so they are learned apart by feature augmentation (Daumé
// III 2007, -domain): every feature of an ANERcorp sentence exists as a
// general copy and a news copy, of an AQMAR sentence as a general and an
// encyclopedic copy. What both share goes to the general weights, what
// each does differently to its own. Three files are written: the general
// plus news weights (-out, model.bin), the general plus encyclopedic
// weights (model_encyc.bin) and a domain detector (model_domain.txt, a
// logistic model over cue rates of a text: seqmodel.Detector) that the
// tagger asks which of the two to read a text with.
//
// AQMAR dev is then a fit; its honest figure is the leave-one-article-out
// one: -aqmarfold k trains on the other seven articles and scores article
// k, with the domain the detector reads (trained without article k).
// -aqmartrain=false trains on ANERcorp alone (the recipe before, byte for
// byte) and scores AQMAR dev. With -final it then trains again with the
// same recipe on every sentence of train.txt and writes that model (the
// shipped one); without it, -out writes the 90% news model. Training is
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
	"strings"
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
	aqmarTrain := flag.Bool("aqmartrain", true, "also train on all the AQMAR dev articles (AQMAR dev then no longer scores the model: its honest figure is the leave-one-article-out one of -aqmarfold); with -aqmarfold k, the other seven only")
	aqmarWeight := flag.Float64("aqmarweight", 1, "experiment: weight of the updates of AQMAR training sentences (-aqmarfold, -aqmartrain)")
	domain := flag.Bool("domain", true, "domain adaptation by feature augmentation (Daumé III 2007): every feature of an ANERcorp sentence has a general and a news copy, of an AQMAR sentence a general and an encyclopedic copy; the model written (-out) holds the general plus news weights, <out>_encyc.bin the general plus encyclopedic ones and <out>_domain.txt the domain detector that chooses between them (with -aqmarfold or -aqmartrain). Dev is scored with the news weights, with domain detectors and with the general weights")
	newsCheck := flag.Bool("newscheck", false, "with -domain: print the detector's reading of the news corpus, the seed page and the golden texts")
	saveModels := flag.String("savemodels", "", "with -domain: write the general, news and encyclopedic models to this prefix + .0.bin, .1.bin, .2.bin")
	loadModels := flag.String("loadmodels", "", "with -domain: read the models -savemodels wrote instead of training (same data flags)")
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
	aqmarNames, _ := filepath.Glob(filepath.Join(root, "data", "aqmar-dev", "*.txt"))
	sort.Strings(aqmarNames)
	var aqmarDocs, aqmarTrainDocs [][]conll.Sentence
	for i, n := range aqmarNames {
		doc := readFile(n)
		switch {
		case *aqmarFold >= 0 && i != *aqmarFold, *aqmarFold < 0 && *aqmarTrain:
			for range *aqmarRep {
				aqmarTrainDocs = append(aqmarTrainDocs, doc)
			}
		case *aqmarFold < 0 || i == *aqmarFold:
			aqmarDocs = append(aqmarDocs, doc)
		}
	}
	var aqmar, aqmarTrainSents []conll.Sentence
	for _, d := range aqmarDocs {
		aqmar = append(aqmar, d...)
	}
	for _, d := range aqmarTrainDocs {
		aqmarTrainSents = append(aqmarTrainSents, d...)
	}
	parts := []source{{sents: train, domain: seqmodel.NoDomain, weight: 1}}
	if len(aqmarTrainSents) > 0 {
		parts = append(parts, source{sents: aqmarTrainSents, domain: seqmodel.NoDomain, weight: float32(*aqmarWeight)})
	}
	if len(aqmarTrainSents) == 0 {
		*domain = false // one domain: the plain recipe
	}
	if *domain {
		parts[0].domain, parts[1].domain = seqmodel.News, seqmodel.Encyclopedic
	}
	log.Printf("train %d sentences (+ %d AQMAR, weight %v, domains %v), dev %d, aqmar-dev %d", len(train), len(aqmarTrainSents), *aqmarWeight, *domain, len(dev), len(aqmar))

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
	var m *seqmodel.Model
	var models [numDomainsAll]*seqmodel.Model
	if *loadModels != "" {
		for d := range models {
			b, err := os.ReadFile(fmt.Sprintf("%s.%d.bin", *loadModels, d))
			if err != nil {
				log.Fatal(err)
			}
			if models[d], err = seqmodel.ReadBytes(b); err != nil {
				log.Fatal(err)
			}
		}
		m = models[seqmodel.News]
	} else {
		var trs []*seqmodel.Trainer
		trs, m = r.train(parts, dev, aqmar)
		if *domain {
			for d := range models {
				models[d] = seqmodel.EnsembleDomain(r.feats, uint8(d), trs...)
				if *saveModels != "" {
					var b bytes.Buffer
					if _, err := models[d].WriteTo(&b); err != nil {
						log.Fatal(err)
					}
					if err := os.WriteFile(fmt.Sprintf("%s.%d.bin", *saveModels, d), b.Bytes(), 0o644); err != nil {
						log.Fatal(err)
					}
				}
			}
		}
	}
	if *domain {
		var encDocs [][]conll.Sentence
		for _, d := range aqmarTrainDocs {
			encDocs = append(encDocs, blocks(d)...)
		}
		newsT, encT := allTexts(blocks(train)), allTexts(encDocs)
		vocab := seqmodel.DetectorVocab(newsT, encT, 200)
		dets := []struct {
			name string
			det  *seqmodel.Detector
		}{
			{"A (classes balanced, P > 0.5)", seqmodel.TrainDetector(newsT, encT, nil, true, 0.01, 0.5)},
			{"B (classes as counted, P > 0.5)", seqmodel.TrainDetector(newsT, encT, nil, false, 0.01, 0.5)},
			{"C (classes balanced, P > 0.9)", seqmodel.TrainDetector(newsT, encT, nil, true, 0.01, 0.9)},
			{"D (cues and 200 words, classes as counted, P > 0.5)", seqmodel.TrainDetector(newsT, encT, vocab, false, 0.05, 0.5)},
			{"E (cues and 200 words, classes balanced, P > 0.5)", seqmodel.TrainDetector(newsT, encT, vocab, true, 0.05, 0.5)},
		}
		for _, dt := range dets {
			log.Printf("detector %s: w %.3f b %.3f", dt.name, dt.det.W[:seqmodel.NumCues], dt.det.B)
		}
		for _, dt := range dets {
			det := dt.det
			if len(dev) > 0 {
				devDocs := blocks(dev)
				nenc := 0
				var sc conll.Score
				for _, doc := range devDocs {
					d := seqmodel.News
					if det.Prob(docT(doc)) > det.Threshold {
						d = seqmodel.Encyclopedic
						nenc++
					}
					scoreInto(&sc, models[d], doc)
				}
				fmt.Printf("ANERcorp dev, detector %s (%d of %d blocks of %d sentences read as encyclopedic):\n", dt.name, nenc, len(devDocs), blockSize)
				report(&sc)
			}
			if len(aqmar) > 0 {
				var sc conll.Score
				var ps []string
				for _, doc := range aqmarDocs {
					p := det.Prob(docT(doc))
					ps = append(ps, fmt.Sprintf("%.3f", p))
					d := seqmodel.News
					if p > det.Threshold {
						d = seqmodel.Encyclopedic
					}
					scoreInto(&sc, models[d], doc)
				}
				fmt.Printf("AQMAR dev, detector %s (P(encyclopedic) per article: %v):\n", dt.name, ps)
				report(&sc)
			}
			if *newsCheck {
				checkNews(det, root)
			}
		}
		if len(dev) > 0 {
			fmt.Println("ANERcorp dev, general weights only:")
			report(evaluate(models[seqmodel.NoDomain], dev))
			fmt.Println("ANERcorp dev, news weights:")
			report(evaluate(models[seqmodel.News], dev))
		}
		if len(aqmar) > 0 {
			fmt.Println("AQMAR dev, general weights only:")
			report(evaluate(models[seqmodel.NoDomain], aqmar))
			fmt.Println("AQMAR dev, encyclopedic weights:")
			report(evaluate(models[seqmodel.Encyclopedic], aqmar))
			fmt.Println("AQMAR dev, news weights:")
			report(evaluate(models[seqmodel.News], aqmar))
		}
	} else {
		if len(dev) > 0 {
			fmt.Println("ANERcorp dev:")
			report(evaluate(m, dev))
		}
		if len(aqmar) > 0 {
			fmt.Println("AQMAR dev:")
			report(evaluate(m, aqmar))
		}
	}
	if *predOut != "" {
		writePred(m, dev, *predOut)
		writePred(m, aqmar, *predOut+".aqmar")
	}
	var menc *seqmodel.Model
	var det *seqmodel.Detector
	if *final {
		// The recipe is checked above on the held-out dev; the model
		// written is the same recipe over every sentence.
		fparts := []source{{sents: sents, domain: parts[0].domain, weight: 1}}
		fparts = append(fparts, parts[1:]...) // -aqmartrain: every AQMAR dev article
		log.Printf("final: train %d sentences (all of train.txt) + %d AQMAR, aqmar-dev %d", len(sents), len(aqmarTrainSents), len(aqmar))
		var trs []*seqmodel.Trainer
		trs, m = r.train(fparts, nil, aqmar)
		if *domain {
			m = seqmodel.EnsembleDomain(r.feats, seqmodel.News, trs...)
			menc = seqmodel.EnsembleDomain(r.feats, seqmodel.Encyclopedic, trs...)
			var encDocs [][]conll.Sentence
			for _, d := range aqmarTrainDocs {
				encDocs = append(encDocs, blocks(d)...)
			}
			det = seqmodel.TrainDetector(allTexts(blocks(sents)), allTexts(encDocs), nil, false, 0.01, 0.5) // detector B
			if *newsCheck {
				checkNews(det, root)
			}
		}
		if len(aqmar) > 0 {
			fmt.Println("AQMAR dev, final model (trained on every sentence of train.txt):")
			report(evaluate(m, aqmar))
		}
	}
	if *out != "" {
		writeModel(m, *out)
		if menc != nil {
			writeModel(menc, strings.TrimSuffix(*out, ".bin")+"_encyc.bin")
			b, _ := det.MarshalText()
			p := strings.TrimSuffix(*out, ".bin") + "_domain.txt"
			if err := os.WriteFile(p, b, 0o644); err != nil {
				log.Fatal(err)
			}
			log.Printf("wrote %s", p)
		}
	}
}

func writeModel(m *seqmodel.Model, path string) {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d bytes)", path, b.Len())
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

// A source is a part of the training sentences with its domain and the
// weight of its updates.
type source struct {
	sents  []conll.Sentence
	domain uint8
	weight float32
}

const numDomainsAll = 3 // seqmodel.NoDomain, News, Encyclopedic

// train trains a model on the sources and logs the token errors of each
// epoch and the F1 on dev and aqmar (when not empty); with domains the
// model logged and returned is the news one for dev, the encyclopedic
// one for aqmar.
func (r recipe) train(parts []source, dev, aqmar []conll.Sentence) ([]*seqmodel.Trainer, *seqmodel.Model) {
	t0 := time.Now()
	tr := &seqmodel.Trainer{MinCount: r.minCount, Seed: r.seed, Dropout: r.dropout}
	domains := false
	for _, p := range parts {
		domains = domains || p.domain != seqmodel.NoDomain
		for _, s := range p.sents {
			ex := r.feats.WordExample(s.Words, labels(s.Tags))
			ex.AddDomain(p.domain)
			if p.weight != 1 {
				ex.Weight = p.weight
			}
			tr.Add(ex)
		}
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
		var menc *seqmodel.Model
		if domains {
			m = seqmodel.EnsembleDomain(r.feats, seqmodel.News, trs...)
			menc = seqmodel.EnsembleDomain(r.feats, seqmodel.Encyclopedic, trs...)
		} else {
			m = seqmodel.Ensemble(r.feats, trs...)
			menc = m
		}
		msg := fmt.Sprintf("epoch %2d: %6d token errors, %d features", ep, errs, m.NumFeatures())
		if len(dev) > 0 {
			msg += fmt.Sprintf(", dev F1 %.4f", evaluate(m, dev).Micro().F1())
		}
		if len(aqmar) > 0 {
			msg += fmt.Sprintf(", aqmar-dev F1 %.4f", evaluate(menc, aqmar).Micro().F1())
		}
		log.Print(msg)
	}
	return trs, m
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
	scoreInto(&sc, m, sents)
	return &sc
}

// scoreInto tags sents with m and adds them to sc.
func scoreInto(sc *conll.Score, m *seqmodel.Model, sents []conll.Sentence) {
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

// report writes sc's table and a line of its counts per type (correct,
// predicted, gold), for pooling scores over runs.
func report(sc *conll.Score) {
	sc.Report(os.Stdout)
	fmt.Print("counts")
	for _, t := range sc.Types() {
		c := sc.ByType[t]
		fmt.Printf(" %s %d %d %d", t, c.Correct, c.Pred, c.Gold)
	}
	fmt.Println()
}
