package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPeopleNouns pins each sense of the people nouns to the words its
// readers took when each had a list of its own (isRefugeeWord,
// isPeopleWord, isPersonsNoun, isCrowdWord, isDwellersWord), and a few
// words no sense takes.
func TestPeopleNouns(t *testing.T) {
	senses := []struct {
		name  string
		sense PeopleSense
		words []string
	}{
		{"displaced", PeopleDisplaced, []string{"لاجي", "لاجيا", "لاجيين", "لاجيون", "نازح", "نازحا", "نازحين", "نازحون", "مهجر", "مهجرين", "مهجرون"}},
		{"uprooted", PeopleUprooted, []string{"الاف", "الف", "ميات", "ملايين", "مليون", "عشرات", "اسره", "اسر", "عايله", "عايلات", "عوايل", "سكان", "اهالي",
			"مواطنين", "مواطنا", "اشخاص", "شخص", "مهاجرين", "مهاجر", "مهاجرا", "لاجيين", "لاجيا", "نازحين", "نازح", "نازحا", "نازحون",
			"مهجر", "مهجرين", "مهجرون", "عمال", "عمالا", "رعايا", "اطفال",
			"مهاجرون", "لاجيو", "الافهم"}},
		{"held", PeopleHeld, []string{"شخص", "شخصا", "اشخاص", "مشتبه", "مشتبها", "مشتبهين", "متهما", "متهمين", "مطلوبا", "مطلوبين", "عنصرا", "عناصر",
			"شابا", "شبان", "مواطنا", "مواطنين", "منهم", "مهاجرا", "مهاجرين", "متظاهرا", "متظاهرين"}},
		{"crowd", PeopleCrowd, []string{"عشرات", "العشرات", "ميات", "الميات", "الاف", "الالاف", "الوف", "الالوف", "حشود", "جموع"}},
		{"dwellers", PeopleDwellers, []string{"اعيان", "وجهاء", "مشايخ", "اهالي", "اهل", "سكان", "قاطني"}},
	}
	for _, s := range senses {
		in := map[string]bool{}
		for _, w := range s.words {
			in[w] = true
			assert.True(t, IsPeopleNoun(w, s.sense), "%s: %s", s.name, w)
		}
		// Every word the table holds in another sense only, and a few
		// others, are not of this sense.
		others := []string{"رجال", "قوات", "الاهالي", "والسكان", "نازحيها", "مهجري"}
		for w := range peopleNouns {
			others = append(others, w)
		}
		for _, w := range others {
			if !in[w] && !(s.sense == PeopleUprooted && hasAnyPrefix(w, "مهاجر", "لاجي", "الاف")) {
				assert.False(t, IsPeopleNoun(w, s.sense), "%s: %s", s.name, w)
			}
		}
	}
	assert.True(t, IsPeopleNoun("سكان", PeopleCrowd|PeopleDwellers), "any of the senses asked")
}
