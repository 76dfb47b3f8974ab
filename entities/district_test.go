package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDistrictOfPlace: دائرة before a listed place alone is an electoral
// or administrative district, a place named by that place (دائرة
// الرشيدية → الرشيدية, the longer form an alias); before anything else,
// or with a ل-genitive after the place, it is a body (دائرة الأراضي،
// دائرة المخابرات العامة، دائرة أبوظبي للسياحة).
func TestDistrictOfPlace(t *testing.T) {
	tests := []labelCase{
		{"a by-election in a district", "وفاز مرشح الحزب في الانتخابات الجزئية بدائرة الرشيدية أمس.", LOC, "الرشيدية", "دائرة الرشيدية"},
		{"a constituency after في", "وتنافس ثلاثة مرشحين على المقعد في دائرة طنجة.", LOC, "طنجة", "دائرة طنجة"},
		{"a land department", "وقالت دائرة الأراضي والمساحة إن أسعار العقارات ارتفعت.", ORG, "دائرة الأراضي والمساحة", ""},
		{"a listed intelligence department", "وكشفت دائرة المخابرات العامة عن خلية إرهابية.", ORG, "دائرة المخابرات العامة", ""},
		{"a place and a ل-genitive: a body", "وأطلقت دائرة أبوظبي للسياحة حملة ترويجية جديدة.", ORG, "دائرة أبوظبي للسياحة", ""},
	}
	checkLabelCases(t, tests)
}

// A labelCase is a sentence and the mention it must give, with both
// recognizers: its text, its label and, unless empty, an alias of its
// entity.
type labelCase struct {
	why, in     string
	label       Label
	text, alias string
}

// checkLabelCases checks each case with the rules alone and with the
// tagger.
func checkLabelCases(t *testing.T, tests []labelCase) {
	t.Helper()
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.text })
			if !assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				continue
			}
			m := res.Mentions[k]
			assert.Equal(t, tt.label, m.Label, "%s: %s", tt.why, tt.in)
			if tt.alias != "" {
				assert.Contains(t, res.Entities[m.Entity].Aliases, tt.alias, "%s: %s", tt.why, tt.in)
			}
		}
	}
}
