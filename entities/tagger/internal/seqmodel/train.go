package seqmodel

import (
	"math"
	"math/rand/v2"
	"slices"
)

// An Example is a training sequence: the feature ids of its tokens and
// their gold labels.
type Example struct {
	Feats []uint32
	Offs  []int32
	Gold  []uint8
	// Weight scales the example's perceptron updates (0: 1), so that
	// sentences of another domain can count less.
	Weight float32
	dense  []int32
}

// A Trainer learns weights with the averaged structured perceptron
// (Collins 2002): decode each example with the current weights and, where
// the best sequence differs from the gold one, add the gold features and
// subtract the predicted ones; the model keeps the average of the weights
// over all steps.
type Trainer struct {
	// MinCount drops features seen in fewer training tokens.
	MinCount int
	// Seed fixes the order in which examples are visited.
	Seed uint64
	// Dropout is the probability that a feature is left out of a token
	// while that token is decoded and updated during training, which
	// keeps the model from leaning on word identities alone.
	Dropout float64

	examples []*Example
	index    map[uint32]int32
	ids      []uint32
	w        []float32
	u        []float64 // sum of step * update, for averaging
	tw       [NumLabels + 1][NumLabels]float32
	tu       [NumLabels + 1][NumLabels]float64
	step     float64
	rng      *rand.Rand
}

// Add adds a training example.
func (tr *Trainer) Add(ex *Example) { tr.examples = append(tr.examples, ex) }

func (tr *Trainer) prepare() {
	if tr.index != nil {
		return
	}
	count := map[uint32]int{}
	for _, ex := range tr.examples {
		for _, id := range ex.Feats {
			count[id]++
		}
	}
	ids := make([]uint32, 0, len(count))
	for id, c := range count {
		if c >= tr.MinCount {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	tr.ids = ids
	tr.index = make(map[uint32]int32, len(ids))
	for i, id := range ids {
		tr.index[id] = int32(i)
	}
	for _, ex := range tr.examples {
		ex.dense = make([]int32, len(ex.Feats))
		for j, id := range ex.Feats {
			if k, ok := tr.index[id]; ok {
				ex.dense[j] = k
			} else {
				ex.dense[j] = -1
			}
		}
	}
	tr.w = make([]float32, len(ids)*NumLabels)
	tr.u = make([]float64, len(ids)*NumLabels)
	tr.rng = rand.New(rand.NewPCG(tr.Seed, 0x6e616261))
	tr.step = 1
}

// Epoch makes one pass over the examples in a seeded random order and
// returns the number of token errors made along the way.
func (tr *Trainer) Epoch() int {
	tr.prepare()
	order := make([]int, len(tr.examples))
	for i := range order {
		order[i] = i
	}
	tr.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var trans [NumLabels + 1][NumLabels]float32
	var em []float32
	var back, pred []uint8
	var drop []int32
	errs := 0
	for _, ei := range order {
		ex := tr.examples[ei]
		n := len(ex.Gold)
		trans = tr.tw
		for p := 0; p <= NumLabels; p++ {
			for c := range NumLabels {
				if !Allowed(uint8(p), uint8(c)) {
					trans[p][c] = negInf
				}
			}
		}
		feats := ex.dense
		if tr.Dropout > 0 {
			drop = append(drop[:0], ex.dense...)
			for j := range drop {
				if tr.rng.Float64() < tr.Dropout {
					drop[j] = -1
				}
			}
			feats = drop
		}
		em = grow(em, n*NumLabels)
		clear(em)
		for i := range n {
			sc := em[i*NumLabels : i*NumLabels+NumLabels]
			for _, k := range feats[ex.Offs[i]:ex.Offs[i+1]] {
				if k < 0 {
					continue
				}
				r := tr.w[int(k)*NumLabels : int(k)*NumLabels+NumLabels]
				for l := range NumLabels {
					sc[l] += r[l]
				}
			}
		}
		back = grow(back, n*NumLabels)
		pred = grow(pred, n)
		viterbi(n, em, &trans, back, pred)
		s := tr.step
		wt := float32(1)
		if ex.Weight > 0 {
			wt = ex.Weight
		}
		ws := s * float64(wt)
		for i := range n {
			g, p := ex.Gold[i], pred[i]
			gp, pp := uint8(NumLabels), uint8(NumLabels)
			if i > 0 {
				gp, pp = ex.Gold[i-1], pred[i-1]
			}
			if g != p {
				errs++
				for _, k := range feats[ex.Offs[i]:ex.Offs[i+1]] {
					if k < 0 {
						continue
					}
					tr.w[int(k)*NumLabels+int(g)] += wt
					tr.u[int(k)*NumLabels+int(g)] += ws
					tr.w[int(k)*NumLabels+int(p)] -= wt
					tr.u[int(k)*NumLabels+int(p)] -= ws
				}
			}
			if g != p || gp != pp {
				tr.tw[gp][g] += wt
				tr.tu[gp][g] += ws
				tr.tw[pp][p] -= wt
				tr.tu[pp][p] -= ws
			}
		}
		tr.step++
	}
	return errs
}

// Fork returns a trainer over the same examples and features with fresh
// weights and its own seed, for an ensemble (see Ensemble).
func (tr *Trainer) Fork(seed uint64) *Trainer {
	tr.prepare()
	c := &Trainer{MinCount: tr.MinCount, Seed: seed, Dropout: tr.Dropout,
		examples: tr.examples, index: tr.index, ids: tr.ids}
	c.w = make([]float32, len(tr.w))
	c.u = make([]float64, len(tr.u))
	c.rng = rand.New(rand.NewPCG(seed, 0x6e616261))
	c.step = 1
	return c
}

// averaged returns the averaged feature and transition weights.
func (tr *Trainer) averaged() ([]float64, [NumLabels + 1][NumLabels]float64) {
	tr.prepare()
	avg := make([]float64, len(tr.w))
	for i := range tr.w {
		avg[i] = float64(tr.w[i]) - tr.u[i]/tr.step
	}
	var trans [NumLabels + 1][NumLabels]float64
	for p := range trans {
		for c := range trans[p] {
			trans[p][c] = float64(tr.tw[p][c]) - tr.tu[p][c]/tr.step
		}
	}
	return avg, trans
}

// Model returns the averaged weights as a model, quantized to 16 bits;
// features whose weights all round to zero are left out.
func (tr *Trainer) Model(f Features) *Model { return Ensemble(f, tr) }

// Ensemble returns the mean of the averaged weights of trainers that
// share their examples (tr and its forks) as one model.
func Ensemble(f Features, trs ...*Trainer) *Model {
	avg, trans := ensembleAverage(trs)
	return quantize(f, trs[0].ids, avg, &trans)
}

// ensembleAverage returns the mean of the averaged feature and transition
// weights of trainers that share their examples.
func ensembleAverage(trs []*Trainer) ([]float64, [NumLabels + 1][NumLabels]float64) {
	avg, trans := trs[0].averaged()
	for _, t := range trs[1:] {
		a, tt := t.averaged()
		for i := range avg {
			avg[i] += a[i]
		}
		for p := range trans {
			for c := range trans[p] {
				trans[p][c] += tt[p][c]
			}
		}
	}
	for i := range avg {
		avg[i] /= float64(len(trs))
	}
	for p := range trans {
		for c := range trans[p] {
			trans[p][c] /= float64(len(trs))
		}
	}
	return avg, trans
}

// quantize builds a model from feature ids and their rows of weights,
// quantized to 16 bits; features whose weights all round to zero are
// left out.
func quantize(f Features, allIDs []uint32, avg []float64, trans *[NumLabels + 1][NumLabels]float64) *Model {
	maxAbs := 0.0
	for i := range avg {
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	var trans32 [NumLabels + 1][NumLabels]float32
	for p := range trans {
		for c := range trans[p] {
			trans32[p][c] = float32(trans[p][c])
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = float32(maxAbs / 32767)
	}
	var ids []uint32
	var w []int16
	var row [NumLabels]int16
	for i, id := range allIDs {
		nz := false
		for l := range NumLabels {
			q := math.Round(avg[i*NumLabels+l] / float64(scale))
			row[l] = int16(q)
			nz = nz || row[l] != 0
		}
		if nz {
			ids = append(ids, id)
			w = append(w, row[:]...)
		}
	}
	return newModel(f, ids, w, scale, &trans32)
}
