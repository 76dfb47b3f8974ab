package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/nabanlp/naba/entities/tagger"
	"github.com/nabanlp/naba/internal/conll"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/require"
)

// mentionTags turns the recognizer's mentions over a sentence of
// whitespace words into one IOB2 tag per word: a mention tags every word
// it overlaps.
func mentionTags(r *Recognizer, words []string) []string {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	src := b.String()
	tags := make([]string, len(words))
	for i := range tags {
		tags[i] = "O"
	}
	wordAt := func(off int) int { // the word holding byte off
		k := 0
		for k+1 < len(starts) && starts[k+1] <= off {
			k++
		}
		return k
	}
	for _, m := range r.RecognizeString(src).Mentions {
		first, last := wordAt(m.Start), wordAt(m.End-1)
		if tags[first] != "O" {
			continue
		}
		tags[first] = "B-" + string(m.Label)
		for k := first + 1; k <= last; k++ {
			tags[k] = "I-" + string(m.Label)
		}
	}
	return tags
}

// TestANERcorpDevF1 scores the recognizer on the ANERcorp dev split (the
// last 10% of the CAMeL train file), entity-level like seqeval, next to
// the tagger alone. The shipped tagger was trained on every sentence of
// that file, dev included: its figures here are a fit, not a score (the
// training program prints the honest dev figure of its recipe). ANERcorp's
// conventions are not the gold guidelines' (it tags some nationality
// adjectives, for one), so this is a cross-check, not a target.
func TestANERcorpDevF1(t *testing.T) {
	if os.Getenv("NABA_EVAL") == "" {
		t.Skip("a slow report, not a check: set NABA_EVAL=1 to run it")
	}
	f, err := os.Open(shared.Path(t, "data", "anercorp", "train.txt"))
	require.NoError(t, err)
	defer f.Close()
	sents, err := conll.Read(f)
	require.NoError(t, err)
	dev := sents[len(sents)-len(sents)/10:]
	m, err := tagger.Default()
	require.NoError(t, err)
	var taggerOnly, rules, full conll.Score
	for _, s := range dev {
		gold := make([]string, len(s.Tags))
		for i, tg := range s.Tags {
			gold[i] = conll.NormalizeTag(tg)
		}
		pred := make([]string, 0, len(s.Words))
		for _, tg := range m.TagWords(s.Words, nil) {
			pred = append(pred, tg.String())
		}
		taggerOnly.Add(gold, pred)
		rules.Add(gold, mentionTags(rulesOnce(), s.Words))
		full.Add(gold, mentionTags(fullOnce(), s.Words))
	}
	for _, sc := range []struct {
		name string
		s    *conll.Score
	}{{"tagger alone", &taggerOnly}, {"gazetteer+rules", &rules}, {"gazetteer+rules+tagger", &full}} {
		var b strings.Builder
		require.NoError(t, sc.s.Report(&b))
		t.Logf("ANERcorp dev (%d sentences; the tagger was trained on them: a fit), %s:\n%s", len(dev), sc.name, b.String())
	}
}
