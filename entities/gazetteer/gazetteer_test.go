package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var search = normalize.MustNew(normalize.Search)

// found returns the name phrases of the text as "kind:canonical=source text".
func found(g *Gazetteer, src string, kinds KindSet) []string {
	t := search.Analyze(src)
	var out []string
	for _, m := range g.Matches(t, 0, len(t.Tokens), kinds) {
		s, e := t.SourceSpan(m.NormStart, m.NormEnd)
		out = append(out, m.Entry.Kind.String()+":"+m.Entry.Name+"="+src[s:e])
	}
	return out
}

func TestDefaultMatches(t *testing.T) {
	g := Default()
	tests := []struct {
		in   string
		want []string
	}{
		{"وسوريا ولبنان", []string{"place:سوريا=سوريا", "place:لبنان=لبنان"}},
		{"في سورية", []string{"place:سوريا=سورية"}},
		{"بحمص", []string{"place:حمص=حمص"}},
		{"قريتي بلقسة وخربة الحمام بريف حمص", []string{"place:بلقسة=بلقسة", "place:خربة الحمام=خربة الحمام", "place:ريف حمص=ريف حمص"}},
		{"الأمين العام للائتلاف الوطني لقوى الثورة والمعارضة السورية", []string{"org:الائتلاف الوطني لقوى الثورة والمعارضة السورية=لائتلاف الوطني لقوى الثورة والمعارضة السورية"}},
		{"أصحاب “الخوذ البيضاء”", []string{"org:الدفاع المدني السوري=الخوذ البيضاء"}},
		{"المملكة العربية السعودية", []string{"place:السعودية=المملكة العربية السعودية"}},
		{"التقى لافروف", []string{"person:سيرغي لافروف=لافروف"}},
		{"وكالة الأنباء الفرنسية", []string{"org:وكالة الصحافة الفرنسية=وكالة الأنباء الفرنسية"}},
		{"واس", []string{"org:وكالة الأنباء السعودية=واس"}},
		{"إلى أنقرة وطهران", []string{"place:أنقرة=أنقرة", "place:طهران=طهران"}},
		{"مُحَافَظَةُ دِمَشْقَ", []string{"place:دمشق=دِمَشْقَ"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, found(g, tt.in, NameKinds))
		})
	}
}

func TestLookup(t *testing.T) {
	g := Default()
	e := g.Lookup("سورية")
	require.NotEmpty(t, e)
	assert.Equal(t, Entry{Kind: Place, Name: "سوريا"}, e[0])

	e = g.Lookup("الخوذ البيضاء")
	require.NotEmpty(t, e)
	assert.Equal(t, "الدفاع المدني السوري", e[0].Name)

	assert.Nil(t, g.Lookup("كلمة لا توجد"))
	assert.Nil(t, g.Lookup(""))

	// A nationality is listed in every form.
	for _, form := range []string{"السوري", "السورية", "سوريون", "السوريين"} {
		es := g.Lookup(form)
		require.NotEmpty(t, es, form)
		assert.Equal(t, Nationality, es[len(es)-1].Kind, form)
	}

	// Weak entries come after strong ones.
	es := g.Lookup("صباح")
	require.NotEmpty(t, es)
	assert.True(t, es[0].Weak)
	assert.Equal(t, GivenName, es[0].Kind)
}

func TestTags(t *testing.T) {
	g := Default()
	src := "الأمين العام للائتلاف الوطني نذير الحكيم في اسطنبول"
	tx := search.Analyze(src)
	tags := g.Tags(tx)
	require.Len(t, tags, len(tx.Tokens))
	assert.True(t, tags[0].Begin(Title), tags[0].String())
	assert.True(t, tags[1].Inside(Title))
	assert.True(t, tags[2].Begin(Org))
	assert.True(t, tags[3].Inside(Org))
	assert.True(t, tags[4].Begin(GivenName))
	assert.True(t, tags[7].Begin(Place))
	assert.Equal(t, "O", tags[6].String())
}

func TestNewFromFS(t *testing.T) {
	fsys := fstest.MapFS{
		"d/a.txt": {Data: []byte("@kind place\nبلدة الخير | الخير # a comment\n@kind given-name list\nعبد_الله زيد\n")},
	}
	g, err := New(fsys, "d")
	require.NoError(t, err)
	assert.Equal(t, 2, g.Count(Place))
	assert.Equal(t, 2, g.Count(GivenName))
	assert.Equal(t, []string{"place:بلدة الخير=الخير"}, found(g, "في الخير", NameKinds))
	assert.Equal(t, "given-name:عبد الله", func() string {
		m := g.Matches(search.Analyze("وعبد الله"), 0, 3, AllKinds)
		require.Len(t, m, 1)
		return m[0].Entry.Kind.String() + ":" + m[0].Entry.Name
	}())

	for _, bad := range []string{"سوريا\n", "@kind nothing\n", "@kind place oops\n", "@kind\n"} {
		_, err := New(fstest.MapFS{"d/x.txt": {Data: []byte(bad)}}, "d")
		assert.Error(t, err, bad)
	}
}

func TestSurname(t *testing.T) {
	fsys := fstest.MapFS{
		"d/a.txt": {Data: []byte("@kind person\nعمار الحكيم | الحكيم\nمحمد علي باشا | محمد علي\n@kind person weak\nسالم الخير\n" +
			"@kind place\nبلدة الزعتري\n")},
	}
	g, err := New(fsys, "d")
	require.NoError(t, err)
	for w, want := range map[string]bool{
		"الحكيم":  true,  // the last word of a listed name of two words
		"علي":     false, // without the article
		"باشا":    false,
		"الخير":   false, // of a weak listing
		"الزعتري": false, // a place's
		"عمار":    false,
	} {
		assert.Equal(t, want, g.Surname(search.String(w)), w)
	}
	var zero Gazetteer
	assert.False(t, zero.Surname("الحكيم"))
	var nilG *Gazetteer
	assert.False(t, nilG.Surname("الحكيم"))
}

func TestZeroGazetteer(t *testing.T) {
	var g Gazetteer
	tx := search.Analyze("سوريا")
	assert.Empty(t, g.Matches(tx, 0, 1, AllKinds))
	assert.Equal(t, []Tags{0}, g.Tags(tx))
	assert.Nil(t, g.Lookup("سوريا"))
	var nilG *Gazetteer
	assert.Zero(t, nilG.Count(Place))
}

func TestDisplayNormalizedText(t *testing.T) {
	// A Text normalized without folding still matches; spans stay exact.
	g := Default()
	src := "وَبِسُورِيَّةَ"
	tx := normalize.MustNew(normalize.Display).Analyze(src)
	ms := g.Matches(tx, 0, len(tx.Tokens), NameKinds)
	require.Len(t, ms, 1)
	s, e := tx.SourceSpan(ms[0].NormStart, ms[0].NormEnd)
	assert.Equal(t, "سُورِيَّةَ", src[s:e])
}

func TestCounts(t *testing.T) {
	g := Default()
	for _, k := range Kinds() {
		assert.Positive(t, g.Count(k), k.String())
	}
	assert.Greater(t, g.Count(Place), 1000)
	assert.True(t, strings.HasPrefix(Place.Label(), "LOC"))
}

func BenchmarkTags(b *testing.B) {
	g := Default()
	src := strings.Repeat("التقى الأمين العام للائتلاف الوطني لقوى الثورة والمعارضة السورية نذير الحكيم، مدير الدفاع المدني السوري رائد الصالح، صباح اليوم، في مقر الائتلاف الوطني في اسطنبول. ", 20)
	tx := search.Analyze(src)
	var s Scan
	var tags []Tags
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		s.Reset(g, tx)
		tags = s.AppendTags(tags[:0])
	}
	b.ReportMetric(float64(len(tx.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzMatches(f *testing.F) {
	for _, s := range []string{"وسوريا ولبنان", "للائتلاف الوطني", "", "\xff\xfe", "ًٌٍَُ", "بلقسة وخربة الحمام"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, src string) {
		tx := search.Analyze(src)
		ms := g.Matches(tx, 0, len(tx.Tokens), AllKinds)
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > len(tx.Tokens) {
				t.Fatalf("bad match %+v", m)
			}
			if m.NormStart < tx.Tokens[m.Start].Start || m.NormEnd > len(tx.Norm) || m.NormStart >= m.NormEnd {
				t.Fatalf("bad norm span %+v", m)
			}
			prev = m.End
		}
		if tags := g.Tags(tx); len(tags) != len(tx.Tokens) {
			t.Fatalf("%d tags for %d tokens", len(tags), len(tx.Tokens))
		}
		_ = g.Lookup(src)
	})
}

func TestScanSplit(t *testing.T) {
	tx := search.Analyze("للائتلاف حلب")
	s := Default().Scan(tx)
	sp, ok := s.Split(0)
	require.True(t, ok)
	assert.Equal(t, "الايتلاف", sp.Stem)
	_, ok = s.Split(1) // حلب cannot carry a proclitic
	assert.False(t, ok)
	_, ok = s.Split(5)
	assert.False(t, ok)
}

// TestScanSplitLamName: ل before a listed name that begins with ل
// (لليبيا، وللندن) splits off the preposition alone, where SplitClitics
// reads ل + الـ… or keeps the word whole; ل + the article (لليمن) and
// the head of a longer name (للواء) keep SplitClitics' split.
func TestScanSplitLamName(t *testing.T) {
	g := Default()
	for _, tt := range []struct {
		word, proclitic, stem string
		article               bool
	}{
		{"لليبيا", "ل", "ليبيا", false},
		{"وللندن", "ول", "لندن", false},
		{"للبنان", "ل", "لبنان", false},
		{"لليفربول", "ل", "ليفربول", false},
	} {
		tx := search.Analyze(tt.word)
		sp, ok := g.Scan(tx).Split(0)
		require.True(t, ok, tt.word)
		assert.Equal(t, tt.proclitic, sp.Proclitic, tt.word)
		assert.Equal(t, tt.stem, sp.Stem, tt.word)
		assert.Equal(t, tt.article, sp.Article, tt.word)
		assert.Equal(t, tt.word[sp.Start:sp.End], sp.Stem, tt.word)
	}
	for _, w := range []string{"لليمن", "للواء", "للعراق"} {
		tx := search.Analyze(w)
		sp, ok := g.Scan(tx).Split(0)
		require.True(t, ok, w)
		assert.Equal(t, normalize.SplitClitics(w), sp, w)
	}
	assert.Equal(t, []string{"place:ليبيا=ليبيا", "place:لندن=لندن", "place:اليمن=ليمن"}, found(g, "لليبيا وللندن لليمن", NameKinds))
}

// TestAppendTagsIn checks that the tags of a range equal those of a
// scan of the range alone: a phrase across the range's ends is not
// matched.
func TestAppendTagsIn(t *testing.T) {
	g := Default()
	tx := search.Analyze("وصل وزير الخارجية الأمريكي جون كيري إلى الأمم المتحدة في نيويورك")
	all := g.Scan(tx).AppendTags(nil)
	scan := g.Scan(tx)
	for first := 0; first <= len(tx.Tokens); first++ {
		for last := first; last <= len(tx.Tokens); last++ {
			sub := &normalize.Text{Norm: tx.Norm, Tokens: tx.Tokens[first:last]}
			want := g.Scan(sub).AppendTags(nil)
			got := scan.AppendTagsIn([]Tags{7}, first, last)
			assert.Equal(t, append([]Tags{7}, want...), got, "%d-%d", first, last)
		}
	}
	assert.Equal(t, all, scan.AppendTagsIn(nil, -3, len(tx.Tokens)+3), "clamped")
	require.True(t, all[8].Inside(Org), all[8].String())
	assert.False(t, scan.AppendTagsIn(nil, 8, 9)[0].Inside(Org), "الأمم المتحدة cut in two")
	assert.Same(t, g, scan.Gazetteer())
	assert.Same(t, tx, scan.Text())
}

// TestScanRemember checks that a Scan that remembers its words keys
// every token as a fresh Scan does, over texts that repeat words with
// and without clitics, marks and other normalizations.
func TestScanRemember(t *testing.T) {
	texts := []string{
		"للائتلاف الوطني السوري في حلب وبحلب، لبي بي سي",
		"وللائتلاف الوطنيّ السوريّ في حلب، وبحلب 2017 London للائتلاف",
		"للائتلاف حلب لبي بي سي وبحلب",
		"",
		"فرحان وفرحان بالقاهرة والقاهرة القاهرة",
	}
	g := Default()
	var kept Scan
	kept.Remember()
	for range 2 {
		for _, src := range texts {
			for _, n := range []*normalize.Normalizer{search, normalize.MustNew(normalize.Options{})} {
				tx := n.Analyze(src)
				fresh := g.Scan(tx)
				kept.Reset(g, tx)
				assert.Equal(t, append([]scanTok{}, fresh.toks...), append([]scanTok{}, kept.toks...), src)
				for i := range tx.Tokens {
					a, aok := fresh.Split(i)
					b, bok := kept.Split(i)
					assert.Equal(t, aok, bok, src)
					assert.Equal(t, a, b, src)
					if aok {
						tok := tx.Tokens[i]
						assert.Equal(t, normalize.SplitClitics(fold.String(tx.Norm[tok.Start:tok.End])), a, src)
					}
				}
				assert.Equal(t, fresh.AppendTags(nil), kept.AppendTags(nil), src)
				for i, tok := range tx.Tokens {
					if k, _ := kept.Word(i); k >= 0 {
						assert.Equal(t, tx.Norm[tok.Start:tok.End], keptText(&kept, k), src)
					}
				}
			}
		}
	}
	assert.NotEmpty(t, kept.words)
}

// TestScanSplitsPastBound: a text of more distinct words than a Scan
// remembers gives every token the split a fresh Scan gives it
// (SplitClitics of the folded word), the words remembered and the others.
func TestScanSplitsPastBound(t *testing.T) {
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهي")
	var b strings.Builder
	for i := 0; i < maxRemembered+500; i++ {
		b.WriteString("و")
		for k := i; ; k /= len(letters) {
			b.WriteRune(letters[k%len(letters)])
			if k < len(letters) {
				break
			}
		}
		b.WriteString("ات ")
	}
	tx := search.Analyze(b.String())
	g := Default()
	fresh := g.Scan(tx)
	var kept Scan
	kept.Remember()
	kept.Reset(g, tx)
	spilled := 0
	for i, tok := range tx.Tokens {
		a, aok := fresh.Split(i)
		k, kok := kept.Split(i)
		require.Equal(t, aok, kok, i)
		require.Equal(t, a, k, i)
		if aok {
			require.Equal(t, normalize.SplitClitics(fold.String(tx.Norm[tok.Start:tok.End])), a, i)
			if w, _ := kept.Word(i); w < 0 {
				spilled++
			}
		}
	}
	assert.Positive(t, spilled, "no split past the bound")
}

// mayText is full of names, titles, heads and proclitics.
const mayText = "قال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي مع الأمين العام للائتلاف الوطني السوري " +
	"نذير الحكيم إن الأمم المتحدة ومنظمة الصحة العالمية في جنيف وريف دمشق وبلدة دوما والسويداء " +
	"وأبو محمد الجولاني وهيئة تحرير الشام والجيش السوري الحر لبي بي سي وفرحان وعبد الله"

// TestMay checks that Scan.May never rules out a phrase that Longest
// finds, for every token, end and single kind of a text full of names,
// and that Longest of the pruned walk finds what a walk of every kind
// finds.
func TestMay(t *testing.T) {
	g := Default()
	tx := search.Analyze(mayText)
	s := g.Scan(tx)
	n := len(tx.Tokens)
	some := 0
	for i := range n {
		for k := Person; k < numKinds; k++ {
			ks := SetOf(k)
			for end := i + 1; end <= n; end++ {
				m, ok := s.Longest(i, end, ks)
				if ok {
					some++
					assert.True(t, s.May(i, ks), "token %d kind %v", i, k)
				}
				// The same end and meaning as a walk that never prunes.
				wantEnd, wantNode := refLongest(s, i, end, ks)
				if assert.Equal(t, wantEnd >= 0, ok, "token %d kind %v end %d", i, k, end) && ok {
					assert.Equal(t, wantEnd, m.End)
					assert.Equal(t, wantNode, s.lastNode)
				}
			}
		}
		assert.False(t, s.May(i, 0))
	}
	assert.False(t, s.May(-1, AllKinds))
	assert.False(t, s.May(n, AllKinds))
	assert.Greater(t, some, 20)
}

// TestAppendTagsInReference compares AppendTagsIn with its definition:
// for each kind on its own, the longest matches left to right.
func TestAppendTagsInReference(t *testing.T) {
	g := Default()
	tx := search.Analyze(mayText)
	s := g.Scan(tx)
	n := len(tx.Tokens)
	for _, r := range [][2]int{{0, n}, {1, n - 1}, {5, 17}, {3, 4}} {
		first, last := r[0], r[1]
		want := make([]Tags, last-first)
		for k := Person; k < numKinds; k++ {
			for _, m := range s.AppendMatches(nil, first, last, SetOf(k)) {
				w := Tags(0)
				if k <= Misc && m.Entry.Weak {
					w = weakBit << (k - Person)
				}
				want[m.Start-first] |= 1<<(2*k) | w
				for j := m.Start + 1; j < m.End; j++ {
					want[j-first] |= 1<<(2*k+1) | w
				}
			}
		}
		assert.Equal(t, want, s.AppendTagsIn(nil, first, last), "tokens %d-%d", first, last)
	}
}

// refLongest is Longest's end and node, walking the trie to the end of
// every path (no pruning by the kinds below a node).
func refLongest(s *Scan, i, end int, kinds KindSet) (int, uint32) {
	bestEnd, bestNode := -1, uint32(0)
	for f, first := range [2]uint32{s.toks[i].firstRaw, s.toks[i].firstStem} {
		if first == 0 {
			continue
		}
		n := first - 1
		for j := i + 1; ; j++ {
			if s.g.nodes[n].kinds&kinds != 0 && j > bestEnd && (f == 0 || !s.toks[i].short || j-i >= 2) {
				bestEnd, bestNode = j, n
			}
			if j >= end {
				break
			}
			next, ok := s.walk(n, s.toks[j].raw)
			if !ok {
				break
			}
			n = next
		}
	}
	return bestEnd, bestNode
}

// keptText returns the token text that s keeps as number k.
func keptText(s *Scan, k int32) string {
	if k < 0 || int(k) >= len(s.words) {
		return ""
	}
	return s.words[k].key
}

// TestTrimSpace checks trimSpace against strings.TrimSpace, Unicode
// spaces and invalid UTF-8 at either end included.
func TestTrimSpace(t *testing.T) {
	spaces := []string{"", " ", "\t", "\r", "\v\f\n", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\xc2", "\xe2\x80", "\xff"}
	words := []string{"", "سوريا", "a b", "ب\u00a0ج", "\u00e9", "\u2010", "\u3001", "x"}
	for _, a := range spaces {
		for _, b := range spaces {
			for _, w := range words {
				for _, s := range []string{a + w + b, a + " " + w + " " + b, w + a, b + w} {
					assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
				}
			}
		}
	}
}

// BenchmarkLoad measures building the gazetteer from the embedded lists,
// which the first Default does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseFS(dataFS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}
