package main

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba/entities/tagger/internal/seqmodel"
)

// buildStats computes, for every bare stem (no article, no pronoun
// suffix) of the Arabic words in a frequency list, the frequency of its
// bare, article and suffixed forms together and the share of the article
// and suffixed forms, binned and keyed by seqmodel.WordID. Stems rarer
// than minFreq in total are left out.
func buildStats(freq map[string]float64, minFreq float64) map[uint32]uint32 {
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	slices.Sort(words) // deterministic float sums
	folded := map[string]float64{}
	for _, w := range words {
		fw := seqmodel.Folder.String(w)
		if arabicOnly(fw) {
			folded[fw] += freq[w]
		}
	}
	stems := map[string]bool{}
	for w := range folded {
		if s, ok := strings.CutPrefix(w, "ال"); ok {
			w = s
		}
		if utf8.RuneCountInString(w) >= 2 {
			stems[w] = true
		}
	}
	sorted := make([]string, 0, len(stems))
	for s := range stems {
		sorted = append(sorted, s)
	}
	slices.Sort(sorted) // on an id collision the first stem wins
	out := map[uint32]uint32{}
	for _, stem := range sorted {
		base := folded[stem]
		art := folded["ال"+stem]
		// A pronoun suffix turns a final ة (folded ه) into ت.
		body := stem
		if s, ok := strings.CutSuffix(stem, "ه"); ok {
			body = s + "ت"
		}
		suf := 0.0
		for _, p := range []string{"ه", "ها", "هم", "هما", "كم", "نا"} {
			suf += folded[body+p]
		}
		total := base + art + suf
		if total < minFreq {
			continue
		}
		// Adjectives of origin formed from the stem (لبنان → لبناني،
		// اللبنانية; سوريا → السوري) mark the names of places and peoples.
		nb := strings.TrimSuffix(stem, "ا")
		nis := 0.0
		for _, e := range []string{"ي", "يه", "يون", "يين"} {
			nis += folded[nb+e] + folded["ال"+nb+e]
		}
		fb := uint8(min(15, max(1, int(-math.Log10(total)*2))))
		ab := ratioBin(art/total, []float64{0.02, 0.1, 0.3, 0.6})
		sb := ratioBin(suf/total, []float64{0.01, 0.05, 0.2})
		nib := ratioBin(nis/total, []float64{0.01, 0.1, 0.5, 2})
		if id := seqmodel.WordID(stem); out[id] == 0 {
			out[id] = seqmodel.PackStats(fb, ab, sb, nib)
		}
	}
	return out
}

// ratioBin returns 1 for r == 0 and 2 + the number of cuts below r
// otherwise.
func ratioBin(r float64, cuts []float64) uint8 {
	if r == 0 {
		return 1
	}
	b := uint8(2)
	for _, c := range cuts {
		if r >= c {
			b++
		}
	}
	return b
}

func arabicOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return true
}
