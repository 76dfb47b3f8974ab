package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAccusativeNisba: a country name ending in يا right after an
// indefinite noun in the accusative is the nisba "Syrian, Russian,
// British" (نازحا سوريا، مقترحا روسيا، مواطنا بريطانيا), no place; after a
// preposition, a pronoun ending or an adverb it is the country.
func TestAccusativeNisba(t *testing.T) {
	tests := []struct {
		text, country string
		place         bool
	}{
		{"وأعادت السلطات 850 نازحا سوريا إلى بلداتهم.", "سوريا", false},
		{"واعتقلت الشرطة مواطنا بريطانيا في مطار دبي.", "بريطانيا", false},
		{"وأيدت الحكومة مقترحا روسيا بإقرار هدنة.", "روسيا", false},
		{"وعاد إلى سوريا خمسمئة لاجئ.", "سوريا", true},
		{"وتشمل الجولة أيضا روسيا والصين.", "روسيا", true},
		{"وهي الاتفاقية التي وقعتها ليبيا مع إيطاليا.", "ليبيا", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			res := fullOnce().RecognizeString(tt.text)
			found := false
			for _, m := range res.Mentions {
				if m.Text == tt.country && m.Label == LOC {
					found = true
				}
			}
			assert.Equal(t, tt.place, found, "%+v", res.Mentions)
		})
	}
}

// TestParticipleAfterTitle: a participle in the accusative after a title
// says how the titled person spoke (وعلق السفير محذرا من التصعيد), no
// name; a foreign given name of that shape after a title still is one.
func TestParticipleAfterTitle(t *testing.T) {
	for _, text := range []string{
		"وعلق السفير محذرا من التصعيد.",
		"وتحدث الوزير مقترحا عقد جولة جديدة.",
		"وختم الرئيس مستنكرا الهجوم.",
	} {
		res := fullOnce().RecognizeString(text)
		for _, m := range res.Mentions {
			assert.NotEqual(t, PER, m.Label, "%s: %+v", text, m)
		}
	}
	res := fullOnce().RecognizeString("وقالت السيدة الأولى ميلانيا ترامب إن الزيارة ناجحة.")
	found := false
	for _, m := range res.Mentions {
		found = found || m.Label == PER && m.Text == "ميلانيا ترامب"
	}
	assert.True(t, found, "%+v", res.Mentions)
}
