package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTaggedNameProclitic: a name the tagger finds whose first word is a
// proclitic before a listed given name leaves the proclitic out of its
// span, as every mention does (لبدر الدين → بدر الدين); a given name
// listed whole keeps its first letter (بسام، كمال).
func TestTaggedNameProclitic(t *testing.T) {
	tests := []struct {
		in        string
		want, not []string
	}{
		{"وقال مصدر مقرب لبدر الدين إن الاجتماع تأجل.", []string{"بدر الدين"}, []string{"لبدر الدين"}},
		{"وقال بسام الخطيب إن الاجتماع تأجل. وقال كمال اللبواني إن الوضع صعب.", []string{"بسام الخطيب", "كمال اللبواني"}, nil},
		// A place head after a proclitic: the proclitic is outside the
		// name, and بحي is the place head حي, as في حي is (the name
		// after it is the quarter; see TestQuarterAfterBi).
		{"ووقعت عملية سطو على وكالة بنكية بحي المعاريف في الدار البيضاء.", []string{"المعاريف"}, []string{"بحي المعاريف", "حي المعاريف"}},
	}
	r := fullOnce()
	for _, tt := range tests {
		res := r.RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		var got []string
		for _, m := range res.Mentions {
			got = append(got, m.Text)
		}
		for _, w := range tt.want {
			assert.True(t, slices.Contains(got, w), "%q: want %q in %q", tt.in, w, got)
		}
		for _, w := range tt.not {
			assert.False(t, slices.Contains(got, w), "%q: %q keeps its proclitic", tt.in, w)
		}
	}
}
