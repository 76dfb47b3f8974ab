package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWawPlaceInCoordination: a listed place written with و (وجدة, the
// Moroccan city) is و + another listed place (جدة) in a coordination
// after a place of that other place's country, and stays whole alone or
// after a place of its own country.
func TestWawPlaceInCoordination(t *testing.T) {
	tests := []struct {
		why, in    string
		text, form string // the mention as written and its form
	}{
		{"after the Saudi capital", "وارتفعت درجات الحرارة أمس في الرياض وجدة إلى مستويات قياسية.", "جدة", "جدة"},
		{"last of a list of Saudi cities", "وافتتحت الشركة فروعا في الدمام والطائف وجدة خلال العام.", "جدة", "جدة"},
		{"after the country", "وتربط رحلات يومية بين السعودية وجدة والقاهرة.", "جدة", "جدة"},
		{"alone: Oujda", "ووصل الوزير إلى وجدة قادما من الدار البيضاء.", "وجدة", "وجدة"},
		{"after a Moroccan city: Oujda", "وشهدت مدن فاس وجدة احتجاجات على غلاء الأسعار.", "وجدة", "وجدة"},
		{"after the city head word: Oujda", "وزار الملك محمد السادس مدينة وجدة شرق المملكة.", "وجدة", "وجدة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Text == tt.text && m.Form == tt.form })
			assert.True(t, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
}
