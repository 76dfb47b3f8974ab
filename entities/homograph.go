package entities

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// A placeReading is one of the places that a name folding to one
// spelling stands for, told apart in writing by its marks (عمّان, the
// capital of Jordan, and عُمان, the sultanate: both fold to عمان).
type placeReading struct {
	// name is the canonical name, written with the marks that tell it.
	name string
	// voweled is the name with all its marks: the marks of a written
	// form must be among them, at the same letters, for the form to be
	// this place (عَمّان takes عمّان and عَمان, not عُمان).
	voweled string
	// country is the country the place lies in, or is (folded): its
	// name and its nationality adjective near a mention are cues for it
	// (العاصمة الأردنية عمان، الوزير العماني … عمان).
	country string
	// cues are other words (folded) that tell it, in the mention or
	// near it (سلطنة عمان).
	cues []string
}

// placeHomographs lists the place names whose readings share a folded
// spelling, by that spelling. Facts the team wrote down.
var placeHomographs = sync.OnceValue(func() map[string][]placeReading {
	type reading struct{ name, voweled, country, cues string }
	lists := map[string][]reading{
		"عمان": {
			{"عمّان", "عَمّان", "الأردن", ""},
			{"عُمان", "عُمان", "عمان", "سلطنة السلطنة"},
		},
	}
	m := make(map[string][]placeReading, len(lists))
	for k, rs := range lists {
		for _, r := range rs {
			pr := placeReading{name: r.name, voweled: r.voweled, country: searchNorm.String(r.country)}
			for _, c := range strings.Fields(r.cues) {
				pr.cues = append(pr.cues, searchNorm.String(c))
			}
			m[searchNorm.String(k)] = append(m[searchNorm.String(k)], pr)
		}
	}
	return m
})

// homographKeys filters the keys of placeHomographs.
var homographKeys = sync.OnceValue(func() *keyFilter {
	f := new(keyFilter)
	for k := range placeHomographs() {
		f.add(k)
	}
	return f
})

// readingWindow is how many words on each side of a mention, within its
// sentence, may hold a cue to its reading.
const readingWindow = 8

// placeReadings returns, for each mention, the index of its reading
// among placeHomographs()[k] when it is a place whose key or canonical
// name k has several readings and the document tells which, else -1; or
// nil when no mention has several readings. A mention is read, in this
// order, by the marks written on the name (عمّان، عُمان), by the other
// words of its form (سلطنة عمان), or by the nearest cue within
// readingWindow words around it in its sentence (الأردن، الأردنية،
// العماني، سلطنة). A mention none of these tells takes the reading of
// the others when they agree, else of the nearest one told (before it
// on a tie). When no mention is told, none has a reading, and they group
// as one place.
func (d *doc) placeReadings(res *Result, keys, canonOf []string) ([]int8, []string) {
	homs := placeHomographs()
	keys0 := homographKeys() // most keys fail it, without a map lookup
	var reading []int8
	var homKey []string
	for i, m := range res.Mentions {
		if m.Label != LOC {
			continue
		}
		k := keys[i]
		if !keys0.may(k) || homs[k] == nil {
			if k = canonOf[i]; k == "" || !keys0.may(k) || homs[k] == nil {
				continue
			}
		}
		if reading == nil {
			reading = make([]int8, len(res.Mentions))
			for j := range reading {
				reading[j] = -1
			}
			homKey = make([]string, len(res.Mentions))
		}
		homKey[i] = k
		reading[i] = int8(d.readMention(m, k, homs[k]))
	}
	if reading == nil {
		return nil, nil
	}
	// The mentions not told: the others' reading, when they agree, else
	// the nearest one's, among the mentions of the same key. A pass
	// forward finds the nearest told mention before each, a pass
	// backward the nearest after it: linear in the mentions.
	before := make([]int32, len(reading))
	last := map[string]int32{}
	for i := range reading {
		before[i] = -1
		if homKey[i] == "" {
			continue
		}
		if reading[i] >= 0 {
			last[homKey[i]] = int32(i)
		} else if j, ok := last[homKey[i]]; ok {
			before[i] = j
		}
	}
	clear(last)
	for i := len(reading) - 1; i >= 0; i-- {
		if homKey[i] == "" {
			continue
		}
		if reading[i] >= 0 {
			last[homKey[i]] = int32(i)
			continue
		}
		best := int(before[i])
		if j, ok := last[homKey[i]]; ok && (best < 0 || int(j)-i+1 < i-best) {
			best = int(j) // after it wins only when nearer: before it wins a tie
		}
		if best >= 0 {
			reading[i] = -2 - reading[best] // marked: not read from the text
		}
	}
	for i, r := range reading {
		if r <= -2 {
			reading[i] = -2 - r
		}
	}
	return reading, homKey
}

// readMention returns the index of the reading of the place mention m,
// whose key or canonical name is k, among rs, or -1 when nothing tells.
func (d *doc) readMention(m Mention, k string, rs []placeReading) int {
	// Marks written on the name.
	other := false
	for w := range strings.FieldsSeq(m.Form) {
		if searchNorm.String(w) != k {
			other = true
			continue
		}
		if r := readByMarks(w, rs); r >= 0 {
			return r
		}
	}
	// The other words of the form: سلطنة عمان.
	if other {
		for w := range strings.FieldsSeq(m.Form) {
			if r := readCue(searchNorm.String(w), k, rs); r >= 0 {
				return r
			}
		}
	}
	// Cues around it, nearest first, in its sentence.
	toks := d.t.Tokens
	lo, hi := 0, len(toks)
	// The sentences come in order: the first that ends after the
	// mention's first token holds it, if any does (a search, not a
	// scan: a document may name a place in each of many sentences).
	ss := d.t.Sentences
	if k := sort.Search(len(ss), func(k int) bool { return ss[k].Last > m.First }); k < len(ss) && ss[k].First <= m.First {
		lo, hi = ss[k].First, ss[k].Last
	}
	for dist := 1; dist <= readingWindow; dist++ {
		for side, t := range [2]int{m.First - dist, m.Last - 1 + dist} {
			if t < lo || t >= hi || t < 0 || t >= len(toks) {
				continue
			}
			w := searchNorm.String(d.t.Norm[toks[t].Start:toks[t].End])
			r := readCue(w, k, rs)
			if r < 0 {
				continue
			}
			// A country joined to the name by و is another country of a
			// list (الأردن وعمان، عمان والأردن): the name is a country too.
			if dist == 1 && rs[r].country != k &&
				(side == 0 && m.First < len(toks) && strings.HasPrefix(d.t.Norm[toks[m.First].Start:toks[m.First].End], "و") && !strings.HasPrefix(searchNorm.String(m.Form), "و") ||
					side == 1 && strings.HasPrefix(w, "و")) && slices.Contains(cliticReadings(w), rs[r].country) {
				if c := slices.IndexFunc(rs, func(p placeReading) bool { return p.country == k }); c >= 0 {
					return c
				}
			}
			return r
		}
	}
	return -1
}

// readByMarks returns the reading of the written word w whose marks are
// all among the reading's, when exactly one reading has them, or -1 (no
// marks, or marks that fit several readings or none).
func readByMarks(w string, rs []placeReading) int {
	if !hasMarks(w) {
		return -1
	}
	found := -1
	for r := range rs {
		if marksWithin(w, rs[r].voweled) {
			if found >= 0 {
				return -1
			}
			found = r
		}
	}
	return found
}

// readCue returns the reading that the folded word w is a cue for (the
// reading's country, its nationality adjective, one of its cues), with
// or without a conjunction and a preposition before it, or -1. The name
// itself (k) is no cue.
func readCue(w, k string, rs []placeReading) int {
	if w == "" || w == k {
		return -1
	}
	for _, c := range cliticReadings(w) {
		if c == k {
			return -1
		}
		country, isNat := demonyms()[nisbaKey(c)]
		for r := range rs {
			if c == rs[r].country || isNat && country == rs[r].country {
				return r
			}
			for _, q := range rs[r].cues {
				if c == q {
					return r
				}
			}
		}
	}
	return -1
}

// cliticReadings returns the folded word w and w without a conjunction
// (و ف) and a preposition (ب ل ك; لل for ل + ال) before it: والأردن،
// للأردن، بالأردن.
func cliticReadings(w string) []string {
	out := []string{w}
	rest := w
	if r := strings.TrimPrefix(rest, "و"); r != rest && utf8.RuneCountInString(r) > 2 {
		rest = r
		out = append(out, rest)
	} else if r := strings.TrimPrefix(rest, "ف"); r != rest && utf8.RuneCountInString(r) > 2 {
		rest = r
		out = append(out, rest)
	}
	if r := strings.TrimPrefix(rest, "لل"); r != rest && utf8.RuneCountInString(r) > 2 {
		out = append(out, "ال"+r)
	}
	for _, p := range [3]string{"ب", "ل", "ك"} {
		if r := strings.TrimPrefix(rest, p); r != rest && utf8.RuneCountInString(r) > 2 {
			out = append(out, r)
		}
	}
	return out
}

// isMark reports whether r is an Arabic vowel mark, shadda or sukun
// (U+064B–U+0652) or a dagger alef (U+0670).
func isMark(r rune) bool { return r >= 0x064B && r <= 0x0652 || r == 0x0670 }

// hasMarks reports whether w carries a mark.
func hasMarks(w string) bool {
	for _, r := range w {
		if isMark(r) {
			return true
		}
	}
	return false
}

// marksWithin reports whether every mark of w stands on the same letter
// (counted from the start) in voweled. Tatweel counts as no letter.
func marksWithin(w, voweled string) bool {
	var buf [16]letterMark
	want := letterMarks(voweled, buf[:0])
	for _, lm := range letterMarks(w, nil) {
		if !slices.Contains(want, lm) {
			return false
		}
	}
	return true
}

// A letterMark is a mark and the index of the letter it stands on.
type letterMark struct {
	letter int
	mark   rune
}

// letterMarks appends the marks of w to dst with their letters.
func letterMarks(w string, dst []letterMark) []letterMark {
	letter := -1
	for _, r := range w {
		switch {
		case isMark(r):
			dst = append(dst, letterMark{letter, r})
		case r == 0x0640: // tatweel
		default:
			letter++
		}
	}
	return dst
}
