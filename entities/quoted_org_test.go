package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuotedDefiniteOrg: a definite organization head and its definite
// adjectives are a common noun phrase (اللجنة الوزارية بحثت), but in
// quotes they are the body's name; a quote that opens something else
// names nothing.
func TestQuotedDefiniteOrg(t *testing.T) {
	tests := []struct {
		why, in, text string // text "" means: no organization
	}{
		{"after ل and a quote", "وأصدر المتمردون عشرات القرارات منذ تشكيلهم ل\"اللجنة الأمنية\" في الربيع.", "اللجنة الأمنية"},
		{"in guillemets", "وقال متحدث باسم «الهيئة التنسيقية» إن الاجتماع تأجل.", "الهيئة التنسيقية"},
		{"no quotes", "وبحثت اللجنة الوزارية مشروع القانون أمس.", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG })
			if tt.text == "" {
				assert.Equal(t, -1, k, "%s: %s: %v", tt.why, tt.in, mentions(res))
			} else if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, tt.text, res.Mentions[k].Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}
