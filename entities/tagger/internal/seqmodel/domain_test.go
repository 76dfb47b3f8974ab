package seqmodel

import (
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddDomain(t *testing.T) {
	var f Features
	ex := f.WordExample(strings.Fields("قال الرئيس في دمشق"), parse("O O O B-LOC"))
	before := *ex
	ex.AddDomain(NoDomain)
	assert.Equal(t, before.Feats, ex.Feats, "no domain: unchanged")
	ex.AddDomain(News)
	require.Len(t, ex.Offs, len(before.Offs))
	for i := 0; i+1 < len(ex.Offs); i++ {
		tok := ex.Feats[ex.Offs[i]:ex.Offs[i+1]]
		gen := before.Feats[before.Offs[i]:before.Offs[i+1]]
		require.Len(t, tok, 2*len(gen), "token %d: general and news copies", i)
		assert.Equal(t, gen, tok[:len(gen)])
		for j, id := range gen {
			assert.Equal(t, DomainID(id, News), tok[len(gen)+j])
			assert.NotEqual(t, DomainID(id, News), DomainID(id, Encyclopedic))
		}
	}
}

// Weights learned by the general and the domain copies add up: a model of
// one domain tags its training sentences as the plain model does, and the
// copies of the other domain are left out.
func TestEnsembleDomain(t *testing.T) {
	news := []struct{ words, tags string }{
		{"قال الرئيس بشار الأسد في دمشق", "O O B-PER I-PER O B-LOC"},
		{"أعلنت الأمم المتحدة في جنيف", "O B-ORG I-ORG O B-LOC"},
	}
	encyc := []struct{ words, tags string }{
		{"الشيعة هي طائفة في العراق", "B-PER O O O B-LOC"},
	}
	var f Features
	tr := &Trainer{MinCount: 1, Seed: 1}
	for _, c := range news {
		ex := f.WordExample(strings.Fields(c.words), parse(c.tags))
		ex.AddDomain(News)
		tr.Add(ex)
	}
	for _, c := range encyc {
		ex := f.WordExample(strings.Fields(c.words), parse(c.tags))
		ex.AddDomain(Encyclopedic)
		ex.Weight = 0.5
		tr.Add(ex)
	}
	for range 10 {
		tr.Epoch()
	}
	mn := EnsembleDomain(f, News, tr)
	me := EnsembleDomain(f, Encyclopedic, tr)
	mg := EnsembleDomain(f, NoDomain, tr)
	assert.Equal(t, mn.NumFeatures(), mg.NumFeatures(), "one row per general feature")
	var s Scratch
	for _, c := range news {
		assert.Equal(t, c.tags, names(mn.TagWords(strings.Fields(c.words), &s, nil)))
	}
	for _, c := range encyc {
		assert.Equal(t, c.tags, names(me.TagWords(strings.Fields(c.words), &s, nil)))
	}
}

func TestDetectorText(t *testing.T) {
	news := []string{"وقال الوزير امس إن الحكومة ستعلن خطتها. وأضاف أن وكالة الأنباء نقلت البيان."}
	encyc := []string{"دمشق هي عاصمة سوريا. تأسست المدينة في الألف الثالث قبل الميلاد (1977)."}
	var nt, et = analyzeAll(news), analyzeAll(encyc)
	d := TrainDetector(nt, et, DetectorVocab(nt, et, 5), true, 0.01, 0.5)
	assert.Equal(t, News, d.Domain(nt[0]))
	assert.Equal(t, Encyclopedic, d.Domain(et[0]))
	text, err := d.MarshalText()
	require.NoError(t, err)
	d2, err := ParseDetector(text)
	require.NoError(t, err)
	assert.Equal(t, d.Prob(et[0]), d2.Prob(et[0]), "the text reads back exactly")
	for _, bad := range []string{"", "1 0.5\n\n", "x 0.5\n\n" + strings.Repeat("0 1 0\n", NumCues)} {
		_, err := ParseDetector([]byte(bad))
		assert.Error(t, err, "%q", bad)
	}
	assert.Equal(t, News, (*Detector)(nil).Domain(nt[0]), "no detector: news")
}

func analyzeAll(texts []string) []*normalize.Text {
	out := make([]*normalize.Text, len(texts))
	for i, s := range texts {
		out[i] = Folder.Analyze(s)
	}
	return out
}

func TestCueOf(t *testing.T) {
	for w, c := range cueWords {
		assert.Equal(t, c, cueOf(w), w)
		if len(w) >= 6 && c != cueDefinition {
			assert.Equal(t, c, cueOf("و"+w), "و"+w)
		}
	}
	for _, w := range []string{"", "م", "الحكومه", "وهو", "سوريا"} {
		assert.Zero(t, cueOf(w), w)
	}
}

// BenchmarkTextCues reads the cues of every article of the news corpus,
// as the tagger does once per text.
func BenchmarkTextCues(b *testing.B) {
	var texts []*normalize.Text
	tokens := 0
	for _, d := range shared.News(b) {
		t := Folder.Analyze(d.Text)
		texts = append(texts, t)
		tokens += len(t.Tokens)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			TextCues(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tokens), "ns/token")
}

// textCuesRef is TextCues without its filters: every Arabic word is
// looked up with cueOf.
func textCuesRef(t *normalize.Text) [NumCues]float64 {
	var c [NumCues]float64
	nsent, ntok := 0, 0
	for _, s := range sentencesOf(t) {
		if ntok >= detectTokens {
			break
		}
		nsent++
		for k := s.First; k < s.Last; k++ {
			tok := t.Tokens[k]
			w := t.Norm[tok.Start:tok.End]
			switch tok.Kind {
			case normalize.Punct, normalize.Symbol:
				continue
			case normalize.ArabicWord:
				switch cueOf(w) {
				case cueReporting:
					c[0]++
				case cueNewsTime:
					c[1]++
				case cueAgency:
					c[2]++
				case cueDefinition:
					if i := k - s.First; i >= 1 && i <= 4 {
						c[3]++
					}
				case cueEncyclopedic:
					c[4]++
				}
			case normalize.Number:
				if len(w) == 4 && w >= "1000" && w <= "2099" {
					c[5]++
					if k > 0 && t.Norm[t.Tokens[k-1].Start:t.Tokens[k-1].End] == "(" {
						c[6]++
					}
				}
			case normalize.LatinWord:
				c[7]++
			}
			ntok++
		}
	}
	for i := range 7 {
		c[i] /= float64(max(nsent, 1))
	}
	c[7] /= float64(max(ntok, 1))
	return c
}

// TextCues's filters (the length, cueEnds, cueKeys) pass every cue word,
// with and without a proclitic: it counts what cueOf over every word
// counts.
func TestTextCuesFilters(t *testing.T) {
	require.Less(t, maxCueLen+len("و"), 64, "cueEnds is indexed by the length's low six bits")
	for w := range cueWords {
		for _, x := range []string{w, "و" + w, "ف" + w} {
			n := len(x)
			assert.NotZero(t, cueEnds[n&63]>>(x[n-1]&63)&1, x)
		}
	}
	texts := analyzeAll([]string{
		"وقال الوزير امس إن الحكومة ستعلن خطتها. وأضاف أن وكالة الأنباء نقلت البيان.",
		"دمشق هي عاصمة سوريا. تأسست المدينة في الألف الثالث قبل الميلاد (1977). فقالت ولد توفي Wikipedia",
		"هو هي وهو فهي ف و ا ف ب د",
	})
	if shared.Root() != "" {
		for _, d := range shared.News(t) {
			texts = append(texts, Folder.Analyze(d.Text))
		}
	}
	for i, tx := range texts {
		assert.Equal(t, textCuesRef(tx), TextCues(tx), "text %d", i)
	}
}
