package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStateHeadPurposeAfterCountry: only a federation (اتحاد) named after
// a country with what it is for after it is a body (اتحاد الكويت لكرة
// القدم); a republic, kingdom or sultanate named in full keeps its style
// before a ل of purpose or time (سافر إلى جمهورية السنغال للمشاركة،
// زار مملكة إسبانيا لمدة يومين).
func TestStateHeadPurposeAfterCountry(t *testing.T) {
	for _, tt := range []struct{ in, state string }{
		{"وسافر الوزير إلى جمهورية السنغال للمشاركة في منتدى الاستثمار.", "جمهورية السنغال"},
		{"وزار الرئيس مملكة إسبانيا لمدة يومين.", "مملكة إسبانيا"},
		{"وتوجه الوفد إلى جمهورية مصر لبحث ملف المياه.", "جمهورية مصر"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, LOC, tt.state), "%s: %v", tt.in, mentions(res))
		}
	}
	// The federation stays a body (8daabf3).
	in := "وأعلن اتحاد الأردن لكرة اليد موعد البطولة."
	assert.Nil(t, ents21Has(fullOnce().RecognizeString(in), LOC, "اتحاد الأردن"), in)
}

// TestNamePrayerNotCompound: كرم الله وجهه after a name is a prayer
// (4a94c61 listed كرم with الله as a family name: عبد الرحيم كرم الله),
// not the end of the name.
func TestNamePrayerNotCompound(t *testing.T) {
	in := "وقال الخطيب إن الإمام علي بن أبي طالب كرم الله وجهه كان قاضيا عادلا."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, PER, "علي بن أبي طالب"), "%v", mentions(res))
	}
	in = "وقال المهندس عبد الرحيم كرم الله إن العمل بدأ."
	assert.NotNil(t, ents21Has(fullOnce().RecognizeString(in), PER, "عبد الرحيم كرم الله"), "%v", mentions(fullOnce().RecognizeString(in)))
}
