package main

import (
	"math"

	"github.com/nabanlp/naba/internal/wordfreqfile"
)

// readWordfreq reads a wordfreq "cBpack" file (gzip'd msgpack: a header
// map, then one list of words per centibel of frequency, most frequent
// first) and returns each word's frequency (10^(-cB/100)), summed over
// the lists it is in.
func readWordfreq(path string) (map[string]float64, error) {
	bins, err := wordfreqfile.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for cb, words := range bins {
		freq := math.Pow(10, -float64(cb)/100)
		for _, w := range words {
			out[w] += freq
		}
	}
	return out, nil
}
