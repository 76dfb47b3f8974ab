package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNisbaFamilyAfterGivenName: a nisba of a people, a place or a sect
// with the article right after one given name (العلوي، المصري، الحلبي)
// is the person's family name, with or without a title before; a
// nationality before the name stays the title's, and the adjectives of
// scope are no family names. Sentences written for this test.
func TestNisbaFamilyAfterGivenName(t *testing.T) {
	tests := []struct{ in, name string }{
		{"وأوضح يوسف العلوي أن المكتب سيعيد فتح أبوابه الأسبوع المقبل.", "يوسف العلوي"},
		{"وكان رئيس المصلحة الإقليمية خالد الكردي قد زار الموقع صباح أمس.", "خالد الكردي"},
		{"وقال المحامي سمير الحلبي إن موكله بريء من التهم الموجهة إليه.", "سمير الحلبي"},
		{"وأكد وزير الخارجية المصري سامح شكري دعم بلاده للحوار.", "سامح شكري"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := entityNamed(res, tt.name)
			require.NotNil(t, e, "%s: %v", tt.in, res.Entities)
			assert.Equal(t, PER, e.Label)
		}
	}
}
