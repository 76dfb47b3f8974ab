// Package seqmodel is the linear sequence model behind package tagger:
// feature extraction over normalize tokens, hashed feature weights,
// BIO-constrained Viterbi decoding, averaged-perceptron training and the
// model file format.
package seqmodel

// NumLabels is the number of BIO labels: O and B/I for PER, LOC, ORG,
// MISC.
const NumLabels = 9

// Label values. B-x is odd, I-x = B-x + 1.
const (
	O uint8 = iota
	BPer
	IPer
	BLoc
	ILoc
	BOrg
	IOrg
	BMisc
	IMisc
)

// LabelNames are the IOB2 names of the labels.
var LabelNames = [NumLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// ParseLabel returns the label of an IOB2 tag over PER, LOC, ORG, MISC,
// or O for anything else.
func ParseLabel(s string) uint8 {
	for i, n := range LabelNames {
		if n == s {
			return uint8(i)
		}
	}
	return O
}

// IsInside reports whether l is an I-x label.
func IsInside(l uint8) bool { return l != O && l%2 == 0 }

// Allowed reports whether label cur may follow label prev (prev ==
// NumLabels at the start of a sequence): I-x only continues B-x or I-x.
func Allowed(prev, cur uint8) bool {
	if !IsInside(cur) {
		return true
	}
	return prev == cur || prev == cur-1
}
