package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFacilityGivenName: a facility head (behind a proclitic too) and the
// person's name it is named after, a single listed given name, a name
// before الدولي or a full name, are one place; the person is not
// mentioned and no listed person takes the place as an alias.
func TestFacilityGivenName(t *testing.T) {
	tests := []struct{ name, text, want, noPerson string }{
		{"a port named by one given name", "رست ناقلة النفط في ميناء زايد صباح اليوم.", "ميناء زايد", "زايد"},
		{"an airport before الدولي, head with ب", "وكان الوزير في استقبال الوفد بمطار حمد الدولي مساء.", "مطار حمد الدولي", "حمد"},
		{"an airport before الدولي after في", "تأخرت الرحلات في مطار حمد الدولي بسبب الضباب.", "مطار حمد الدولي", "حمد"},
		{"a square named after a listed person, head with ب", "احتشد العمال بساحة محمد علي في قلب العاصمة.", "ساحة محمد علي", "محمد علي"},
		{"a square after في", "ألقى الزعيم النقابي خطابه في ساحة محمد علي ظهرا.", "ساحة محمد علي", "محمد علي"},
		{"a mosque named by one given name", "صلى المئات في مسجد بلال قبل المسيرة.", "مسجد بلال", "بلال"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := fullOnce().RecognizeString(tt.text)
			found := false
			for _, m := range res.Mentions {
				if m.Text == tt.want {
					found = true
					assert.Equal(t, LOC, m.Label, tt.text)
				}
				assert.False(t, m.Label == PER && m.Text == tt.noPerson, "%s: %+v", tt.text, res.Mentions)
			}
			assert.True(t, found, "%s: %+v", tt.text, res.Mentions)
			for _, e := range res.Entities {
				if e.Label == PER {
					assert.NotContains(t, e.Aliases, tt.want)
				}
			}
		})
	}
	// A person after a definite facility word or a title stays a person.
	for _, text := range []string{
		"وتفقد الشيخ زايد أعمال التوسعة في الميناء.",
		"وقال مدير المطار حمد الكواري إن الرحلات عادت.",
	} {
		res := fullOnce().RecognizeString(text)
		per := false
		for _, m := range res.Mentions {
			per = per || m.Label == PER
		}
		assert.True(t, per, "%s: %+v", text, res.Mentions)
	}
}
