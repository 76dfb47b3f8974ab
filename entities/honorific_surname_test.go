package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHonorificSurname: an honorific right after a given name is the
// family name (خالد السيد، محمد السيد), not a style before the next word,
// which is no name (المتهم، المشتبه).
func TestHonorificSurname(t *testing.T) {
	for _, tt := range []struct{ why, in, name, not string }{
		{"السيد before an accused", "ألقت الشرطة القبض على المدعو خالد السيد المتهم بسرقة مصرف.", "خالد السيد", "المتهم"},
		{"السيد before a suspect", "واعتقلت قوات الأمن محمد السيد المشتبه به في إحراق المتجر.", "محمد السيد", "المشتبه"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.not }), "%s: %v", tt.why, mentions(res))
		}
		res := fullOnce().RecognizeString(tt.in)
		assert.GreaterOrEqual(t, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.name && m.Label == PER }), 0, "%s: %v", tt.why, mentions(res))
	}
}

// TestPlaceHeadAdjective: an indefinite feminine adjective after a place
// head describes the head (بولاية رئاسية ثانية: a term of office) and is
// no place, whatever the tagger reads; a name after the head still is.
func TestPlaceHeadAdjective(t *testing.T) {
	in := "وفاز الحاكم بولاية رئاسية ثانية، ثم زار ولاية كسلا."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == "رئاسية" }), "%v", mentions(res))
		assert.GreaterOrEqual(t, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == "كسلا" && m.Label == LOC }), 0, "%v", mentions(res))
	}
}
