package seqmodel

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/nabanlp/naba/normalize"
)

// Domain adaptation by feature augmentation (Daumé III 2007,
// "Frustratingly easy domain adaptation"): every feature of a training
// token exists as a general copy and as a copy of the token's domain
// (news, encyclopedic), so the weights shared by both domains go to the
// general copies and what one domain does differently to its own. A
// model for domain d is then the general weights plus those of d, folded
// into ordinary feature ids (EnsembleDomain): tagging costs nothing more.

// Domains of training sentences. NoDomain leaves an example as it is.
const (
	NoDomain     uint8 = 0
	News         uint8 = 1
	Encyclopedic uint8 = 2
	numDomains         = 3
)

// DomainID returns the id of the copy of feature id in domain d.
func DomainID(id uint32, d uint8) uint32 {
	x := uint32(mix(uint64(id)<<8|uint64(d)^0x5D0A1A5D0A1A0000) >> 32)
	if x == 0 {
		x = 1
	}
	return x
}

// AddDomain gives every token of ex the domain-d copies of its features
// next to the general ones (d = NoDomain: unchanged).
func (ex *Example) AddDomain(d uint8) {
	if d == NoDomain {
		return
	}
	feats := make([]uint32, 0, 2*len(ex.Feats))
	offs := make([]int32, len(ex.Offs))
	for i := 0; i+1 < len(ex.Offs); i++ {
		offs[i] = int32(len(feats))
		tok := ex.Feats[ex.Offs[i]:ex.Offs[i+1]]
		feats = append(feats, tok...)
		for _, id := range tok {
			feats = append(feats, DomainID(id, d))
		}
	}
	offs[len(offs)-1] = int32(len(feats))
	ex.Feats, ex.Offs = feats, offs
}

// EnsembleDomain is Ensemble for trainers whose examples carry domain
// copies (AddDomain): the model's weight of a feature is its general
// weight plus, for d != NoDomain, the weight of its domain-d copy; the
// copies themselves are left out.
func EnsembleDomain(f Features, d uint8, trs ...*Trainer) *Model {
	avg, trans := ensembleAverage(trs)
	tr := trs[0]
	isCopy := make(map[uint32]bool)
	for _, id := range tr.ids {
		for dd := News; dd < numDomains; dd++ {
			if _, ok := tr.index[DomainID(id, dd)]; ok {
				isCopy[DomainID(id, dd)] = true
			}
		}
	}
	var ids []uint32
	var rows []float64
	for i, id := range tr.ids {
		if isCopy[id] {
			continue
		}
		row := slices.Clone(avg[i*NumLabels : (i+1)*NumLabels])
		if d != NoDomain {
			if k, ok := tr.index[DomainID(id, d)]; ok {
				for l := range NumLabels {
					row[l] += avg[int(k)*NumLabels+l]
				}
			}
		}
		ids = append(ids, id)
		rows = append(rows, row...)
	}
	return quantize(f, ids, rows, &trans)
}

// The domain detector decides from a document's text alone whether it is
// news or encyclopedic text (Wikipedia-like), so that the tagger can read
// it with the weights of its domain. It is a small logistic model over
// rates of cues fixed in advance: reporting verbs, news time words,
// agencies and datelines (per sentence), a definition "X هو/هي …" near
// the start of a sentence, encyclopedic verbs, years and years in
// brackets (per sentence), and the share of words in Latin letters. It
// reads at most the sentences holding the first detectTokens tokens.

// NumCues is the number of cue rates the detector reads.
const NumCues = 8

const detectTokens = 1000

// Cue classes of words (cueWords).
const (
	cueReporting uint8 = 1 + iota
	cueNewsTime
	cueAgency
	cueEncyclopedic
	cueDefinition
)

// cueWords maps the folded cue words (as Folder writes them) to their
// class.
var cueWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for c, s := range map[uint8]string{
		cueReporting:    "قال قالت اعلن اعلنت اضاف اضافت اكد اكدت صرح صرحت اوضح اوضحت اشار اشارت ذكر ذكرت تابع افاد افادت نقلت نقل",
		cueNewsTime:     "امس اليوم غدا الليلة الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد الماضي المقبل",
		cueAgency:       "رويترز وكالة الانباء مراسل صحيفة المتحدث بيان ا ف ب د",
		cueEncyclopedic: "ولد توفي تاسس تاسست يعتبر تعتبر يعد تعد يقع تقع يتكون تتكون يبلغ القرن الميلاد يطلق تسمى يسمى ويكيبيديا نسبة العصر",
		cueDefinition:   "هو هي",
	} {
		t := Folder.Analyze(s)
		for _, tok := range t.Tokens {
			m[t.Norm[tok.Start:tok.End]] = c
		}
	}
	return m
}()

// cueKeys holds a bit per cueKey of the cue words: most words have none
// set and skip the map lookups (an exact filter: a cue word's bit is
// always set).
var cueKeys = func() (bits [1 << 11]uint64) {
	for w := range cueWords {
		k := cueKey(w)
		bits[k>>6] |= 1 << (k & 63)
	}
	return bits
}()

// cueKey returns 17 bits of w (len(w) >= 2): its length, and the low bits
// of the second byte of its second letter (its first when it has one
// letter) and of its last byte, which differ between Arabic letters.
func cueKey(w string) uint {
	b := w[1]
	if len(w) >= 4 {
		b = w[3]
	}
	return uint(len(w)&31)<<12 | uint(b&63)<<6 | uint(w[len(w)-1]&63)
}
func mayBeCue(w string) bool {
	k := cueKey(w)
	return cueKeys[k>>6]&(1<<(k&63)) != 0
}

// cueEnds[n] holds a bit per low six bits of the last byte of the cue
// words of n bytes, and of those of n-2 bytes (after a proclitic و or
// ف): one test on a word's length and last byte passes over most words
// before cueKey is read (an exact filter too: a cue word's bit is always
// set).
var cueEnds = func() (bits [64]uint64) {
	for w := range cueWords {
		for _, n := range []int{len(w), len(w) + len("و")} {
			bits[n&63] |= 1 << (w[len(w)-1] & 63)
		}
	}
	return bits
}()

// maxCueLen is the length in bytes of the longest cue word: a longer
// word, even without a proclitic, is none (TextCues skips it).
var maxCueLen = func() int {
	n := 0
	for w := range cueWords {
		n = max(n, len(w))
	}
	return n
}()

// cueOf returns the cue class of a folded Arabic word, read also without
// a proclitic و or ف when at least three letters remain (the definition
// words only as they are).
func cueOf(w string) uint8 {
	if len(w) < 2 {
		return 0
	}
	if mayBeCue(w) {
		if c, ok := cueWords[w]; ok {
			return c
		}
	}
	if len(w) > 2*4-1 && (w[:2] == "و" || w[:2] == "ف") && mayBeCue(w[2:]) {
		if c := cueWords[w[2:]]; c != cueDefinition {
			return c
		}
	}
	return 0
}

// TextCues returns the cue rates of a document (see Detector).
func TextCues(t *normalize.Text) [NumCues]float64 {
	var c [NumCues]float64
	nsent, ntok := 0, 0
	toks, norm := t.Tokens, t.Norm
	maxLen := maxCueLen + len("و")
	for _, s := range sentencesOf(t) {
		if ntok >= detectTokens {
			break
		}
		nsent++
		for i := range toks[s.First:s.Last] {
			tok := &toks[s.First+i]
			if tok.Kind == normalize.ArabicWord { // most tokens
				ntok++
				// Most words are no cue: cueOf's filter, inlined.
				n := tok.End - tok.Start
				if n < 2 || n > maxLen || cueEnds[n&63]>>(norm[tok.End-1]&63)&1 == 0 {
					continue
				}
				w := norm[tok.Start:tok.End]
				if !mayBeCue(w) && (n < 2*4 || w[0] != 0xD9 || w[1] != 0x88 && w[1] != 0x81 || !mayBeCue(w[2:])) {
					continue
				}
				switch cueOf(w) {
				case cueReporting:
					c[0]++
				case cueNewsTime:
					c[1]++
				case cueAgency:
					c[2]++
				case cueDefinition:
					if i >= 1 && i <= 4 {
						c[3]++
					}
				case cueEncyclopedic:
					c[4]++
				}
				continue
			}
			k := s.First + i
			switch tok.Kind {
			case normalize.Punct, normalize.Symbol:
				continue
			case normalize.Number:
				ntok++
				if w := norm[tok.Start:tok.End]; len(w) == 4 && w >= "1000" && w <= "2099" {
					c[5]++
					if k > 0 && norm[toks[k-1].Start:toks[k-1].End] == "(" {
						c[6]++
					}
				}
			case normalize.LatinWord:
				ntok++
				c[7]++
			default:
				ntok++
			}
		}
	}
	for i := range 7 {
		c[i] /= float64(max(nsent, 1))
	}
	c[7] /= float64(max(ntok, 1))
	return c
}

// A Detector is a logistic model over standardized features of a text:
// the cue rates (TextCues) and, with a vocabulary, the rate of each of its
// words among the text's words (function words tell a genre better than
// topic words do); it reads a text as encyclopedic when the probability
// it gives passes Threshold. The zero value reads every text as news.
type Detector struct {
	// Vocab are folded words (as Folder writes them) whose rates are
	// features after the cues.
	Vocab        []string
	Mean, Std, W []float64      // NumCues + len(Vocab) each
	B, Threshold float64        // the bias; the probability that reads a text as encyclopedic
	vocab        map[string]int // index in Vocab
}

// Features returns the features of t the detector reads.
func (d *Detector) Features(t *normalize.Text) []float64 {
	c := TextCues(t)
	x := make([]float64, NumCues+len(d.Vocab))
	copy(x, c[:])
	if len(d.Vocab) == 0 {
		return x
	}
	ntok := 0
	for _, s := range sentencesOf(t) {
		if ntok >= detectTokens {
			break
		}
		for k := s.First; k < s.Last; k++ {
			tok := t.Tokens[k]
			if tok.Kind == normalize.Punct || tok.Kind == normalize.Symbol {
				continue
			}
			ntok++
			if i, ok := d.vocab[t.Norm[tok.Start:tok.End]]; ok {
				x[NumCues+i]++
			}
		}
	}
	for i := NumCues; i < len(x); i++ {
		x[i] /= float64(max(ntok, 1))
	}
	return x
}

func sentencesOf(t *normalize.Text) []normalize.Sentence {
	if len(t.Sentences) == 0 && len(t.Tokens) > 0 {
		return []normalize.Sentence{{First: 0, Last: len(t.Tokens)}}
	}
	return t.Sentences
}

// Prob returns the probability that t is encyclopedic text.
func (d *Detector) Prob(t *normalize.Text) float64 { return d.prob(d.Features(t)) }

func (d *Detector) prob(x []float64) float64 {
	z := d.B
	for j := range d.W {
		if d.Std[j] > 0 {
			z += d.W[j] * (x[j] - d.Mean[j]) / d.Std[j]
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// Domain returns the domain of t: Encyclopedic or News.
func (d *Detector) Domain(t *normalize.Text) uint8 {
	if d == nil || len(d.W) == 0 {
		return News
	}
	if d.Prob(t) > d.Threshold {
		return Encyclopedic
	}
	return News
}

func (d *Detector) index() {
	d.vocab = make(map[string]int, len(d.Vocab))
	for i, w := range d.Vocab {
		d.vocab[w] = i
	}
}

// DetectorVocab returns the n words with the highest mean rate over the
// two classes of documents (each class's rate the share of its words),
// ties broken by the word.
func DetectorVocab(news, encyc []*normalize.Text, n int) []string {
	rate := map[string]float64{}
	for _, docs := range [][]*normalize.Text{news, encyc} {
		count := map[string]int{}
		total := 0
		for _, t := range docs {
			for _, tok := range t.Tokens {
				if tok.Kind == normalize.ArabicWord {
					count[t.Norm[tok.Start:tok.End]]++
					total++
				}
			}
		}
		for w, c := range count {
			rate[w] += float64(c) / float64(max(total, 1))
		}
	}
	words := make([]string, 0, len(rate))
	for w := range rate {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if rate[a] != rate[b] {
			if rate[a] > rate[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	return words[:min(n, len(words))]
}

// TrainDetector fits a detector on news and encyclopedic texts by
// full-batch gradient descent with an L2 penalty lambda; balanced gives
// each class half the mass, else every text weighs the same. With vocab
// the rates of its words are features too.
func TrainDetector(news, encyc []*normalize.Text, vocab []string, balanced bool, lambda, threshold float64) *Detector {
	d := &Detector{Vocab: vocab, Threshold: threshold}
	d.index()
	var xs [][]float64
	var ys, ws []float64
	total := len(news) + len(encyc)
	for ci, docs := range [][]*normalize.Text{news, encyc} {
		for _, t := range docs {
			xs = append(xs, d.Features(t))
			ys = append(ys, float64(ci))
			if balanced {
				ws = append(ws, 0.5/float64(len(docs)))
			} else {
				ws = append(ws, 1/float64(total))
			}
		}
	}
	nf := NumCues + len(vocab)
	d.Mean, d.Std, d.W = make([]float64, nf), make([]float64, nf), make([]float64, nf)
	for j := range nf {
		s, s2 := 0.0, 0.0
		for i, x := range xs {
			s += ws[i] * x[j]
			s2 += ws[i] * x[j] * x[j]
		}
		d.Mean[j] = s
		d.Std[j] = math.Sqrt(max(s2-s*s, 1e-12))
	}
	const lr = 0.5
	gw := make([]float64, nf)
	for range 2000 {
		clear(gw)
		gb := 0.0
		for i := range xs {
			p := d.prob(xs[i])
			for j := range nf {
				gw[j] += ws[i] * (p - ys[i]) * (xs[i][j] - d.Mean[j]) / d.Std[j]
			}
			gb += ws[i] * (p - ys[i])
		}
		for j := range nf {
			d.W[j] -= lr * (gw[j] + lambda*d.W[j])
		}
		d.B -= lr * gb
	}
	return d
}

// MarshalText writes the detector as text: a line "b threshold", a line
// of the vocabulary's words, then one line per feature "mean std w",
// each float in the shortest form that reads back exactly.
func (d *Detector) MarshalText() ([]byte, error) {
	f := func(b []byte, v float64) []byte { return strconv.AppendFloat(b, v, 'g', -1, 64) }
	b := f(nil, d.B)
	b = append(b, ' ')
	b = f(b, d.Threshold)
	b = append(b, '\n')
	b = append(b, strings.Join(d.Vocab, " ")...)
	b = append(b, '\n')
	for j := range d.W {
		b = f(b, d.Mean[j])
		b = append(b, ' ')
		b = f(b, d.Std[j])
		b = append(b, ' ')
		b = f(b, d.W[j])
		b = append(b, '\n')
	}
	return b, nil
}

// ParseDetector reads a detector written by MarshalText.
func ParseDetector(text []byte) (*Detector, error) {
	lines := strings.Split(strings.TrimSuffix(string(text), "\n"), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("domain detector: %d lines", len(lines))
	}
	num := func(s string) (float64, error) {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return 0, fmt.Errorf("domain detector: bad number %q", s)
		}
		return x, nil
	}
	d := &Detector{Vocab: strings.Fields(lines[1])}
	if len(lines) != 2+NumCues+len(d.Vocab) {
		return nil, fmt.Errorf("domain detector: %d lines, want %d", len(lines), 2+NumCues+len(d.Vocab))
	}
	var err error
	for i, line := range append(lines[:1:1], lines[2:]...) {
		f := strings.Fields(line)
		if len(f) != 2 && i == 0 || len(f) != 3 && i > 0 {
			return nil, fmt.Errorf("domain detector: bad line %q", line)
		}
		v := make([]float64, len(f))
		for k := range f {
			if v[k], err = num(f[k]); err != nil {
				return nil, err
			}
		}
		if i == 0 {
			d.B, d.Threshold = v[0], v[1]
			continue
		}
		d.Mean = append(d.Mean, v[0])
		d.Std = append(d.Std, v[1])
		d.W = append(d.W, v[2])
	}
	d.index()
	return d, nil
}
