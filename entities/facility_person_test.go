package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFacilityNamedAfterPerson: an indefinite facility head in construct
// with a person's full name is the facility (ملعب هزاع بن زايد، استاد
// محمد بن زايد), a place; after a definite head or a title the name is
// the person.
func TestFacilityNamedAfterPerson(t *testing.T) {
	tests := []struct{ text, want, label string }{
		{"أقيمت المباراة على ملعب هزاع بن زايد في العين.", "ملعب هزاع بن زايد", "LOC"},
		{"وتقام المباراة على استاد محمد بن زايد في أبوظبي.", "استاد محمد بن زايد", "LOC"},
		{"ونقل الجرحى إلى مستشفى رفيق الحريري الجامعي.", "مستشفى رفيق الحريري", "LOC"},
		{"ووصل رفيق الحريري إلى المستشفى صباحا.", "رفيق الحريري", "PER"},
		{"وقال مدير المستشفى محمد علي إن الوضع مستقر.", "محمد علي", "PER"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			res := fullOnce().RecognizeString(tt.text)
			found := false
			for _, m := range res.Mentions {
				if m.Text == tt.want {
					found = true
					assert.Equal(t, tt.label, string(m.Label), tt.text)
				}
			}
			assert.True(t, found, "%+v", res.Mentions)
		})
	}
}
