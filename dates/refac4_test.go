package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDependentClauseInItsSentence (refac4): the tense a weekday in a
// clause of before/after (قبل أن + a verb in the present) takes from the
// clause it depends on is read in its own sentence: a future cue or a
// date to come in the sentence before, past its end (. ! ؟ ؛ …), is no
// cue of it, and the bare weekday is the last one, as with no cue at all;
// a comma does not end the sentence. Sentences written for this test;
// the article is of Wednesday 2019-06-19.
func TestDependentClauseInItsSentence(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-19")})
	const before = "وستنطلق أعمال المنتدى الاقتصادي في العاصمة يوم الخميس المقبل"
	const after = " والوفد الوزاري في جولة خليجية قبل أن يعود إلى بلاده الأحد"
	for _, c := range []struct{ name, sep, iso string }{
		{"a full stop", ".", "2019-06-16"},
		{"a question mark", "؟", "2019-06-16"},
		{"an exclamation mark", "!", "2019-06-16"},
		{"a semicolon", "؛", "2019-06-16"},
		{"an ellipsis", "…", "2019-06-16"},
		{"a line break", "\n", "2019-06-16"},
		{"a comma goes on", "،", "2019-06-23"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := before + c.sep + after
			got := p.Find(in)
			if assert.Len(t, got, 2, in) {
				assert.Equal(t, "2019-06-20", got[0].ISO(), in)
				assert.Equal(t, "الأحد", got[1].Text, in)
				assert.Equal(t, c.iso, got[1].ISO(), in)
			}
		})
	}
}
