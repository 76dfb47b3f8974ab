package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBoardOfBody: a board (مجلس إدارة، مجلس أمناء، مجلس مفوضي) is no
// name of its own: the body after it is the organization named.
func TestBoardOfBody(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وقرر مجلس إدارة البنك الأهلي المصري توزيع الأرباح.", "البنك الأهلي المصري"},
		{"وعقد مجلس أمناء جامعة القاهرة اجتماعه الدوري.", "جامعة القاهرة"},
		{"وأعلن رئيس مجلس مفوضي الهيئة المستقلة للانتخاب موعد الاقتراع.", "الهيئة المستقلة للانتخاب"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents19Mention(res, tt.org)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, m.Label, tt.in)
			}
		}
	}
}

// TestOrdinalOfTheTeens: an ordinal of the teens (الثامن عشر) is one
// ordinal inside a body's name, and an ordinal after a title is no
// person.
func TestOrdinalOfTheTeens(t *testing.T) {
	in := "وناقش أعضاء مجلس المستشارين الرابع عشر مشروع القانون."
	res := rulesOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	m := ents19Mention(res, "مجلس المستشارين الرابع عشر")
	if assert.NotNil(t, m, "%v", mentions(res)) {
		assert.Equal(t, ORG, m.Label)
	}
	in = "وقال رئيس مجلس الشورى السادس عشر إن الدورة انتهت."
	res = fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == PER }), "%v", mentions(res))
}
