package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFeaturePlaces: a feature or facility head and a rare word after it
// name a place with the head (جبل الثعالب، معبر الوافدين); a common word
// after the head makes a common noun phrase, and an adjective after it
// no name at all.
func TestFeaturePlaces(t *testing.T) {
	tests := []struct {
		why, in, text string // text "" means: no place in the sentence
	}{
		{"a mountain with a definite name", "وتمركز القناصة فوق جبل الثعالب المطل على الطريق.", "جبل الثعالب"},
		{"a crossing", "وعبرت الحافلات معبر الوافدين صباح اليوم.", "معبر الوافدين"},
		{"farms", "وقصفت المدفعية مزارع الوهط بعد منتصف الليل.", "مزارع الوهط"},
		{"a mountain with an indefinite name", "وسيطر المسلحون على جبل عريش بعد معارك عنيفة.", "جبل عريش"},
		{"a common noun after the head", "ويواجه الشباب صعوبات في سوق العمل هذا العام.", ""},
		{"a database", "وجرى تحديث قاعدة البيانات الخاصة بالناخبين.", ""},
		{"a mountain of debts", "وتراكم على الشركة جبل من الديون.", ""},
		{"an adjective after the head", "وأقامت الطائرات جسر جوي لنقل المساعدات.", ""},
		{"a military base, adjective", "وهاجم المسلحون قاعدة عسكرية قرب الحدود.", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC })
			if tt.text == "" {
				assert.Equal(t, -1, k, "%s: %s: %v", tt.why, tt.in, mentions(res))
				continue
			}
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, tt.text, res.Mentions[k].Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestPlaceHeadWeakName: a place head before a word that a list knows
// only as the weak short name of something else (الجمهوري, the
// Republican party) names a place of that name.
func TestPlaceHeadWeakName(t *testing.T) {
	for _, in := range []string{
		"وسقطت قذيفة على منزل في حي الجمهوري صباح الأحد.",
		"وانتشرت دوريات الشرطة في حي الجمهوري وسط المدينة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == "الجمهوري" })
			if assert.GreaterOrEqual(t, k, 0, "%s: %v", in, mentions(res)) {
				assert.Equal(t, LOC, res.Mentions[k].Label, in)
			}
		}
	}
}

// TestSubordinatePlace: an unknown word between a place preposition and
// التابعة ل + a place or a place head is a place (a village of a
// district); a frequent word there is not.
func TestSubordinatePlace(t *testing.T) {
	tests := []struct {
		why, in, text string
	}{
		{"after a comma", "ودارت اشتباكات في طورالباحة، التابعة لمحافظة لحج.", "طورالباحة"},
		{"without a comma", "وسقط صاروخ في عقربان التابعة لمديرية صرواح.", "عقربان"},
		{"a listed place after it", "وقتل مدنيان في جعولة التابعة لعدن أمس.", "جعولة"},
		// صفحة is frequent: no place (the frequency test alone rules it
		// out: it is indefinite, unlisted and after في).
		{"a frequent word", "ونشرت الصور في صفحة التابعة لمحافظة عدن.", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.text == "" {
				// The only place is the province named after التابعة.
				for _, m := range res.Mentions {
					assert.Equal(t, "عدن", m.Text, "%s: %s: %v", tt.why, tt.in, mentions(res))
				}
				continue
			}
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.text })
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, LOC, res.Mentions[k].Label, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestDistrictHead: مديرية before one rare definite word is a district
// (a place, the longer form an alias); before a frequent word or a
// longer phrase it is a directorate.
func TestDistrictHead(t *testing.T) {
	tests := []labelCase{
		{"a Yemeni district", "وقتل ثلاثة مدنيين بقصف على قرية في مديرية الرضمة أمس.", LOC, "الرضمة", "مديرية الرضمة"},
		{"a customs directorate", "وضبطت مديرية الجمارك شحنة من الأدوية المهربة.", ORG, "مديرية الجمارك", ""},
	}
	checkLabelCases(t, tests)
}
