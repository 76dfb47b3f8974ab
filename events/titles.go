package events

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

//go:embed data/titles.txt
var titlesTxt string

// titleSet maps the first word of each title (folded, without article)
// to the rest of its phrases, longest first; shape filters lookups as in
// Lexicon.
type titleSet struct {
	first map[string][][]string
	shape [1 << 10]uint64
	tails tailSet
	// definite holds the first words that are titles only with the
	// article (العماد, the rank; عماد is a given name): lines of
	// titles.txt marked !definite.
	definite map[string]bool
}

func (ts *titleSet) add(first string, rest []string) {
	ts.first[first] = append(ts.first[first], rest)
	h := shapeHash(first)
	ts.shape[h>>6] |= 1 << (h & 63)
	ts.tails.add(first)
}

var titles = sync.OnceValue(func() *titleSet {
	ts := &titleSet{first: map[string][][]string{}, definite: map[string]bool{}}
	for _, line := range strings.Split(titlesTxt, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line, definite := strings.CutSuffix(strings.TrimSpace(line), " !definite")
		words := strings.Fields(fold.String(line))
		if len(words) == 0 {
			continue
		}
		first := stripArticle(words[0])
		if definite {
			ts.definite[first] = true
		}
		rest := make([]string, len(words)-1)
		for k, w := range words[1:] {
			rest[k] = stripArticle(w)
		}
		ts.add(first, rest)
		if !definite && !strings.HasSuffix(first, "ه") && !strings.HasSuffix(first, "اء") && first != "مشير" {
			ts.add(first+"ه", rest) // وزيرة، المتحدثة (not مشيرة, "pointing out", nor عمادة, a deanship)
		}
	}
	for _, phrases := range ts.first {
		sort.SliceStable(phrases, func(i, j int) bool { return len(phrases[i]) > len(phrases[j]) })
	}
	return ts
})

func stripArticle(w string) string {
	if r, ok := strings.CutPrefix(w, "ال"); ok && long(r) {
		return r
	}
	return w
}

// TitleAt reports whether a title or position (الرئيس، وزير الخارجية،
// الأمين العام، المتحدث باسم) begins at token i of t, before token end, and
// returns the token after it. The first word may carry the proclitics و
// ف ل ب and the article; the later words are compared without article.
// The titles are facts the team wrote (data/titles.txt).
func TitleAt(t *normalize.Text, i, end int) (next int, ok bool) {
	next, _, ok = TitleProclitic(t, i, end)
	return next, ok
}

// TitleProclitic is TitleAt that also returns the proclitics split off the
// title's first word ("و", "ب", "ول", …): a title after ب or ل (اتصل
// بوزير الخارجية) is no subject.
func TitleProclitic(t *normalize.Text, i, end int) (next int, proclitic string, ok bool) {
	return TitleProcliticWords(t, nil, i, end)
}

// AppendTitleStarts appends to dst, for each of words (the folded words
// of a text's tokens, see AppendWords), whether a title may begin at its
// token, and returns the extended slice: TitleProcliticWords finds none
// where it is false. It is the quick test of a caller that tries every
// token.
func AppendTitleStarts(dst []bool, words []string) []bool {
	ts := titles()
	for _, w := range words {
		dst = append(dst, ts.tails.has(w))
	}
	return dst
}

// TitleProcliticWords is TitleProclitic reading the folded words of t's
// tokens from words (see AppendWords).
func TitleProcliticWords(t *normalize.Text, words []string, i, end int) (next int, proclitic string, ok bool) {
	end = min(end, len(t.Tokens))
	if i < 0 || i >= end || t.Tokens[i].Kind != normalize.ArabicWord {
		return i, "", false
	}
	ts := titles()
	var w string
	if i < len(words) {
		w = words[i]
	} else {
		tok := t.Tokens[i]
		w = foldWord(t.Norm[tok.Start:tok.End])
	}
	if !ts.tails.has(w) {
		return i, "", false // most words: the rest is another function
	}
	return ts.match(context{t: t, i: i, words: words}, w, end)
}

// match is TitleProcliticWords after the tail filter, for the folded word
// w of token c.i.
func (ts *titleSet) match(c context, w string, end int) (next int, proclitic string, ok bool) {
	i := c.i
	var phrases [][]string
	found := false
	pro := ""
	eachSplit(w, func(p string, article bool, stem string) bool {
		pro = p
		if strings.Trim(p, "وفلب") != "" || len(p) > len("ول") {
			return true
		}
		if h := shapeHash(stem); ts.shape[h>>6]&(1<<(h&63)) == 0 {
			return true
		}
		if p, ok := ts.first[stem]; ok && (article || !ts.definite[stem]) {
			phrases, found = p, true
			return false
		}
		return true
	})
	if !found {
		return i, "", false
	}
	for _, rest := range phrases {
		if i+1+len(rest) > end {
			continue
		}
		match := true
		for k, x := range rest {
			if stripArticle(c.word(i+1+k)) != x {
				match = false
				break
			}
		}
		if match {
			return i + 1 + len(rest), pro, true
		}
	}
	return i, "", false
}

// IsNisba reports whether a word looks like a nationality or relation
// adjective with the article (السوري، المصرية، الأممي), the qualifier of
// a title (وزير الخارجية المصري). The word may be in any spelling (it is
// folded first). It goes by the form alone: the article, at least three
// letters, and the ending ي or ية, so الخارجية looks like one too.
func IsNisba(w string) bool {
	w = foldWord(w)
	r, ok := strings.CutPrefix(w, "ال")
	if !ok || !strings.HasSuffix(r, "ي") && !strings.HasSuffix(r, "يه") {
		return false // most words: the suffix before the letters are counted
	}
	return utf8.RuneCountInString(r) >= 3
}
