package entities

import (
	"strings"
	"sync"

	"github.com/nabanlp/naba/entities/gazetteer"
)

// capitals maps a folded capital name to the folded canonical name of its
// country, read from data/capitals.txt.
var capitals = sync.OnceValue(func() map[string]string {
	b, err := dataFS.ReadFile("data/capitals.txt")
	if err != nil {
		panic("entities: embedded data/capitals.txt: " + err.Error())
	}
	m := map[string]string{}
	for line := range strings.SplitSeq(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Split(line, "|")
		if len(fields) < 2 {
			continue
		}
		country := searchNorm.String(strings.TrimSpace(fields[0]))
		for _, c := range fields[1:] {
			m[searchNorm.String(strings.TrimSpace(c))] = country
		}
	}
	return m
})

// InCountry reports whether the place named place is the capital of the
// country named country (طهران and إيران, انقرة and تركيا), each name in any
// spelling the gazetteer lists (ايران, الجمهورية الإسلامية الإيرانية). A
// place and itself are not reported: the caller compares names first.
func InCountry(place, country string) bool {
	c, ok := capitals()[searchNorm.String(place)]
	if !ok {
		return false
	}
	k := searchNorm.String(country)
	if k == c {
		return true
	}
	for _, e := range gazetteer.Default().Lookup(country) {
		if e.Kind == gazetteer.Place {
			return searchNorm.String(e.Name) == c
		}
	}
	return false
}
