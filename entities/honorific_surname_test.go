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
