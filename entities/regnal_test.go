package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRegnalNumberIsNoSurname: the ordinal that ends a monarch's name
// (محمد السادس، عبدالله الثاني) is no family name: standing alone it is
// an ordinal (في السادس من أيار), never the person again; the person's
// own mentions are unchanged.
func TestRegnalNumberIsNoSurname(t *testing.T) {
	tests := []struct {
		name, text, ordinal, person string
	}{
		{"a date after the name", "استقبل العاهل المغربي الملك محمد السادس وفدا. وتجري الانتخابات في السادس من أيار.", "السادس", "محمد السادس"},
		{"a date before the name", "تجري الانتخابات في الثاني من آذار. وافتتح الملك عبدالله الثاني الدورة.", "الثاني", "عبدالله الثاني"},
		{"a rank", "وقال الملك محمد السادس إن الوفد وصل. وحل الفريق في المركز السادس.", "السادس", "محمد السادس"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := fullOnce().RecognizeString(tt.text)
			found := false
			for _, m := range res.Mentions {
				assert.NotEqual(t, tt.ordinal, m.Text, "an ordinal alone is no person")
				if m.Text == tt.person {
					found = true
				}
			}
			assert.True(t, found, "the monarch is still found: %+v", res.Mentions)
		})
	}
}
