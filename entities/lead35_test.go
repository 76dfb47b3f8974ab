package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPeoplePluralAfterTitle: the broken plural of a people after a plural
// title (وزراء الخارجية العرب، وزراء الخارجية الأفارقة) qualifies it as a
// nationality does: no person is named العرب. Sentences written for this
// test.
func TestPeoplePluralAfterTitle(t *testing.T) {
	for _, c := range []struct{ in, not string }{
		{"واجتمع وزراء الخارجية العرب في القاهرة أمس لبحث الأزمة.", "العرب"},
		{"وقال وزراء الداخلية العرب في بيان إن التعاون ضروري.", "العرب"},
		{"واجتمع وزراء الخارجية الأفارقة في أديس أبابا أمس.", "الأفارقة"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			for _, m := range res.Mentions {
				assert.False(t, m.Label == PER && m.Text == c.not, "%s: %+v", c.in, m)
			}
		}
	}
}

// TestAmazighFamilyName: آيت (أيت, "sons of") joins the word after it to
// the name as بن does, a common word too (هشام آيت منا، عزيز آيت بوسعيد);
// a town named with it stays a place (مدينة آيت ملول). Sentences written
// for this test.
func TestAmazighFamilyName(t *testing.T) {
	for _, c := range []struct {
		in, name string
		label    Label
	}{
		{"وقال رئيس النادي هشام آيت منا إن المدرب الجديد سيصل غدا.", "هشام آيت منا", PER},
		{"وصرح الوزير عزيز آيت بوسعيد بأن المشروع سينطلق.", "عزيز آيت بوسعيد", PER},
		{"ووقع الحادث في مدينة آيت ملول جنوب أكادير.", "آيت ملول", LOC},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			e := entityNamed(res, c.name)
			if assert.NotNil(t, e, "%s: %v", c.in, res.Entities) {
				assert.Equal(t, c.label, e.Label, c.in)
			}
		}
	}
}

// TestComplexNamedAfterPerson: a sports or cultural complex or a hall
// named after a person (مركب محمد بنجلون، قاعة ابن خلدون) is a place, as
// a stadium or an airport is: no person is mentioned. Sentences written
// for this test.
func TestComplexNamedAfterPerson(t *testing.T) {
	for _, c := range []struct{ in, place string }{
		{"وقال رئيس النادي، في ندوة صحفية عقدها بمركب محمد بنجلون، إن المدرب سيصل غدا.", "مركب محمد بنجلون"},
		{"وأقيم حفل التوقيع بقاعة ابن خلدون في العاصمة أمس.", "قاعة ابن خلدون"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			e := entityNamed(res, c.place)
			if assert.NotNil(t, e, "%s: %v", c.in, res.Entities) {
				assert.Equal(t, LOC, e.Label, c.in)
			}
			for _, m := range res.Mentions {
				assert.NotEqual(t, PER, m.Label, "%s: %+v", c.in, m)
			}
		}
	}
}
