package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMinistryKeepsDerivedAdjective: a portfolio's adjective may be a
// participle of a derived verb agreeing with it (الطاقة المتجددة، التنمية
// المستدامة، المؤسسات الصغيرة والمتوسطة): part of the ministry's name,
// no object of the verb after it (1c1c768 ended the name there).
// Sentences written for this test.
func TestMinistryKeepsDerivedAdjective(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"وأعلنت وزارة الكهرباء والطاقة المتجددة أمس عن خطة جديدة.", "وزارة الكهرباء والطاقة المتجددة"},
		{"وقالت وزارة البيئة والتنمية المستدامة إن الحرائق أتت على مئات الهكتارات.", "وزارة البيئة والتنمية المستدامة"},
		{"ودعت وزارة الانتقال الطاقوي والطاقات المتجددة المستثمرين إلى المشاركة.", "وزارة الانتقال الطاقوي والطاقات المتجددة"},
		{"وأعلنت وزارة الصحة الحداد الرسمي ثلاثة أيام.", "وزارة الصحة"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			var orgs []string
			for _, m := range res.Mentions {
				if m.Label == ORG {
					orgs = append(orgs, m.Text)
				}
			}
			assert.Equal(t, []string{c.name}, orgs, c.in)
		}
	}
}

// TestTalksTopicAfterTitleNoName: what talks are about, right after the
// title and nationality of the one talked with (بحث الرئيس مع رئيس الوزراء
// العراقي العلاقات الثنائية), is the verb's object, no family name the
// title names: a definite word passed nameWord whatever its frequency.
// Sentences written for this test.
func TestTalksTopicAfterTitleNoName(t *testing.T) {
	for _, in := range []string{
		"وبحث الرئيس مع رئيس الوزراء العراقي العلاقات الثنائية.",
		"وناقش الوزير مع الرئيس الفرنسي الأوضاع في لبنان.",
		"واستعرض مع وزير الخارجية الأردني التطورات الإقليمية.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				assert.NotEqual(t, PER, m.Label, "%s: %+v", in, m)
			}
		}
	}
}
