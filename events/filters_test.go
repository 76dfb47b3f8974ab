package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// foldWordRef is foldWord as it was written before its table.
func foldWordRef(w string) string {
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				return fold.String(w)
			}
		case c == 0xD8 && k+1 < len(w):
			k++
			if d := w[k]; (0xA2 <= d && d <= 0xA6) || d == 0xA9 || d < 0xA1 {
				return fold.String(w)
			}
		case c == 0xD9 && k+1 < len(w):
			k++
			if d := w[k]; d == 0x80 || d == 0x89 || d >= 0x8B {
				return fold.String(w)
			}
		default:
			return fold.String(w)
		}
	}
	return w
}

func FuzzFoldWord(f *testing.F) {
	for _, s := range []string{"", "مصر", "أحمد", "مستشفى", "الـجيش", "ABC", "abc", "\xd8", "\xd9", "م\xd9", "\xd9A", "مُدير", "٢٠١٧", "ﻻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldWord(s), foldWordRef(s); got != want {
			t.Fatalf("foldWord(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTailsKeepReadings checks that the tail filter passes every form of
// the lexicon and every title's first word behind every string of
// proclitics eachSplit splits off.
func TestTailsKeepReadings(t *testing.T) {
	l := Default()
	for form := range l.forms {
		for _, p := range tailPrefixes {
			if !l.tails.has(p + form) {
				t.Fatalf("lexicon tails reject %q", p+form)
			}
		}
	}
	ts := titles()
	for first := range ts.first {
		for _, p := range tailPrefixes {
			if !ts.tails.has(p + first) {
				t.Fatalf("title tails reject %q", p+first)
			}
		}
	}
}

// TestAppendTitleStarts checks that every title TitleProcliticWords finds
// begins at a token AppendTitleStarts marks.
func TestAppendTitleStarts(t *testing.T) {
	n := normalize.MustNew(normalize.Search)
	tx := n.Analyze("قال وزير الخارجية المصري، والمتحدث باسم الجيش ولرئيس الوزراء: الأمين العام للأمم المتحدة وصل.")
	words := AppendWords(nil, tx)
	may := AppendTitleStarts(nil, words)
	require.Len(t, may, len(tx.Tokens))
	found := 0
	for k := range tx.Tokens {
		if _, _, ok := TitleProcliticWords(tx, words, k, len(tx.Tokens)); ok {
			found++
			assert.True(t, may[k], "title at %d (%s) not marked", k, words[k])
		}
	}
	assert.GreaterOrEqual(t, found, 3)
}

// searchWordsFolded fails t unless every Arabic word of s analyzed by the
// Search normalizer is folded already: what AppendSearchWords relies on.
func searchWordsFolded(t *testing.T, s string) {
	tx := search.Analyze(s)
	got := AppendSearchWords(nil, tx)
	want := AppendWords(nil, tx)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("token %q folds to %q (input %q)", got[i], want[i], s)
		}
	}
}

// TestSearchWordsFolded checks AppendSearchWords against AppendWords on
// random strings of Arabic letters, marks, tatweel, presentation forms,
// digits, Latin letters and format characters.
func TestSearchWordsFolded(t *testing.T) {
	r := uint64(12345)
	next := func() uint64 { r ^= r << 13; r ^= r >> 7; r ^= r << 17; return r }
	ranges := [][2]rune{{0x600, 0x6FF}, {0x750, 0x77F}, {0x8A0, 0x8FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF},
		{0x64B, 0x65F}, {0x300, 0x36F}, {'A', 'z'}, {'0', '9'}, {0x660, 0x669}, {0x200B, 0x200F}, {' ', ' '}}
	for range 30000 {
		var rs []rune
		for k := int(next() % 12); k >= 0; k-- {
			g := ranges[next()%uint64(len(ranges))]
			rs = append(rs, g[0]+rune(next()%uint64(g[1]-g[0]+1)))
		}
		searchWordsFolded(t, string(rs))
	}
	searchWordsFolded(t, benchText(nil))
}

func FuzzSearchWords(f *testing.F) {
	for _, s := range []string{"", "مصر", "أحمد", "مستشفى", "الـجيش", "ABC", "\xd8", "م\xd9", "مُدير", "٢٠١٧", "ﻻ", "وزيرُ الخارجيّة الأمريكيّ", "ﷲ ﷺ ﻷ"} {
		f.Add(s)
	}
	f.Fuzz(searchWordsFolded)
}

// TestAppendTails checks that the tails of AppendTails give the triggers
// and title starts of the word-by-word filters.
func TestAppendTails(t *testing.T) {
	tx := search.Analyze(benchText(nil))
	words := AppendWords(nil, tx)
	l := Default()
	tails := l.AppendTails(nil, words)
	starts := AppendTitleStarts(nil, words)
	for i, w := range words {
		if got := tails[i]&TitleTail != 0; got != starts[i] {
			t.Fatalf("word %q: title tail %v, AppendTitleStarts %v", w, got, starts[i])
		}
		if got := tails[i]&TriggerTail != 0; got != l.tails.has(w) {
			t.Fatalf("word %q: trigger tail %v", w, got)
		}
	}
	// Appended after other tails, the same ones.
	prefix := []Tail{TitleTail, 0, TriggerTail}
	more := l.AppendTails(slices.Clone(prefix), words)
	if !slices.Equal(more[:len(prefix)], prefix) || !slices.Equal(more[len(prefix):], tails) {
		t.Fatalf("AppendTails after %v differs", prefix)
	}
	f, g := l.NewFinder(), l.NewFinder()
	for _, s := range tx.Sentences {
		want := f.AppendTriggers(nil, tx, words, s.First, s.Last)
		got := g.AppendTriggersTails(nil, tx, words, tails, s.First, s.Last)
		if len(got) != len(want) {
			t.Fatalf("sentence %d: %d triggers, want %d", s.First, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("sentence %d: trigger %+v, want %+v", s.First, got[i], want[i])
			}
		}
	}
}

// TestStatusWordsGiven checks that StatusWords reads the same status
// with the text's folded words given as without them (Status folds each
// word itself), for every trigger of the benchmark text, within its
// sentence and up to the next trigger.
func TestStatusWordsGiven(t *testing.T) {
	tx := search.Analyze(benchText(nil))
	words := AppendWords(nil, tx)
	l := Default()
	n := 0
	for _, s := range tx.Sentences {
		trs := l.AppendTriggersWords(nil, tx, words, s.First, s.Last)
		for i, tr := range trs {
			last := s.Last
			if i+1 < len(trs) {
				last = trs[i+1].First
			}
			for _, end := range []int{s.Last, last} {
				if got, want := StatusWords(tx, words, tr, s.First, end), Status(tx, tr, s.First, end); got != want {
					t.Fatalf("trigger %q: status %q with words, %q without", tx.Norm[tr.Start:tr.End], got, want)
				}
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no trigger in the benchmark text")
	}
}

// TestIsNisbaSuffixFirst checks IsNisba, which tests the suffix before
// it counts the letters, against the rule as first written.
func TestIsNisbaSuffixFirst(t *testing.T) {
	ref := func(w string) bool {
		w = foldWord(w)
		r, ok := strings.CutPrefix(w, "ال")
		if !ok || len([]rune(r)) < 3 {
			return false
		}
		return strings.HasSuffix(r, "ي") || strings.HasSuffix(r, "يه")
	}
	for _, w := range []string{"", "ال", "الي", "اليه", "العي", "العلي", "السوري", "السورية", "الأمريكي", "الفرنسيه", "سوري",
		"الx", "الxي", "الxyي", "ال\xffي", "ال\xff\xfeي", "المصرية", "الإيراني", "وال", "الجيش"} {
		assert.Equal(t, ref(w), IsNisba(w), "%q", w)
	}
}
