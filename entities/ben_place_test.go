package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBenPlace: after a place head, a name of the form X بن Y whose first
// word begins place names (قصر، بئر، عين) is a place, not a person; a
// person's name after the head stays a person's.
func TestBenPlace(t *testing.T) {
	for _, tt := range []struct{ why, in, place string }{
		{"a palace's name in a district", "وتجددت المواجهات في منطقة قصر بن غشير جنوب العاصمة.", "قصر بن غشير"},
		{"a well's name", "وتقدمت القوات نحو منطقة بئر بن غنيمة شرق المدينة.", "بئر بن غنيمة"},
		{"a spring's name with بني", "ووصلت التعزيزات إلى منطقة عين بني مطهر صباح اليوم.", "عين بني مطهر"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.place })
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, LOC, res.Mentions[k].Label, "%s: %s", tt.why, tt.in)
			}
		}
	}
	in := "وزار الأمير منطقة محمد بن راشد للابتكار."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == "محمد بن راشد" })
		if assert.GreaterOrEqual(t, k, 0, "%s: %v", in, mentions(res)) {
			assert.Equal(t, PER, res.Mentions[k].Label, in)
		}
	}
}
