package entities

import (
	"strings"
	"sync"

	"github.com/nabanlp/naba/entities/gazetteer"
)

// capitals maps a folded capital name to the folded canonical name of its
// country, read from data/capitals.txt.
var capitals = sync.OnceValue(func() map[string]string { return placeCountries("data/capitals.txt") })

// cities maps a folded name of a governorate, province or main city to
// the folded canonical name of its country, read from data/cities.txt.
var cities = sync.OnceValue(func() map[string]string { return placeCountries("data/cities.txt") })

// countries is the set of the folded countries of data/capitals.txt.
var countries = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range capitals() {
		m[c] = true
	}
	return m
})

// placeCountries reads an embedded list of lines `country | place |
// place …` into a map from each folded place to the folded country.
func placeCountries(path string) map[string]string {
	m := map[string]string{}
	for line := range dataLines(path) {
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
}

// InCountry reports whether the place named place is the capital, or a
// governorate, province or main city the data lists, of the country named
// country (طهران and إيران, انقرة and تركيا, حلب and سوريا, جنيف and
// سويسرا), each name in any spelling the gazetteer lists (ايران, الجمهورية
// الإسلامية الإيرانية). A place and itself are not reported: the caller
// compares names first.
func InCountry(place, country string) bool {
	c, ok := PlaceCountry(searchNorm.String(place))
	return ok && CountryNamed(country, c)
}

// PlaceCountry returns the folded canonical name of the country whose
// capital, governorate, province or main city (as data/capitals.txt and
// data/cities.txt list them) has the folded (normalize.Search) name
// place, and whether there is one: سوريا for دمشق and for حلب. Unlike
// CapitalCountry, the place need not stand for its country's government.
func PlaceCountry(place string) (string, bool) {
	if c, ok := capitals()[place]; ok {
		return c, true
	}
	c, ok := cities()[place]
	return c, ok
}

// CapitalCountry returns the folded canonical name of the country whose
// capital has the folded (normalize.Search) name capital, and whether
// there is one: سوريا for دمشق. For callers that keep folded names.
func CapitalCountry(capital string) (string, bool) {
	c, ok := capitals()[capital]
	return c, ok
}

// CountryNamed reports whether name, in any spelling the gazetteer lists,
// names the country whose folded canonical name is country (as
// CapitalCountry returns it).
func CountryNamed(name, country string) bool {
	if searchNorm.String(name) == country {
		return true
	}
	for _, e := range gazetteer.Default().Lookup(name) {
		if e.Kind == gazetteer.Place {
			return searchNorm.String(e.Name) == country
		}
	}
	return false
}
