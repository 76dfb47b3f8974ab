package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMonarchTitleSynonyms: العاهل and الملك name one office, so a
// reference by either (العاهل الأردني) after a name told with the other
// (الملك الأردني عبد الله الثاني) is the same person.
func TestMonarchTitleSynonyms(t *testing.T) {
	r := fullOnce()
	for _, tt := range []struct {
		why, src, name, alias string
	}{
		{"العاهل after الملك with the country",
			"حذر الملك الأردني عبد الله الثاني من المجهول. وأشار العاهل الأردني إلى انخفاض المساعدات.",
			"عبد الله الثاني", "العاهل الأردني"},
		{"الملك after العاهل with the country",
			"وقال العاهل المغربي محمد السادس إن الإصلاح مستمر. وأكد الملك المغربي أن الحوار ضروري.",
			"محمد السادس", "الملك المغربي"},
		{"العاهل with the country after the style الملك and the name",
			"واستقبل الملك سلمان بن عبدالعزيز وزير الخارجية الأمريكي. وبحث العاهل السعودي معه الأوضاع في المنطقة.",
			"سلمان بن عبدالعزيز", "العاهل السعودي"},
	} {
		res := r.RecognizeString(tt.src)
		checkInvariants(t, tt.src, res)
		i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
		require.GreaterOrEqual(t, i, 0, "%s: no entity %q: %s", tt.why, tt.name, tt.src)
		assert.Contains(t, res.Entities[i].Aliases, tt.alias, "%s: %s", tt.why, tt.src)
	}
	// Another office stays another: a king is no president.
	src := "وقال الملك الأردني عبد الله الثاني إن الأردن يدعم الحل. وأكد الرئيس الأردني أن الحوار ضروري."
	res := r.RecognizeString(src)
	for _, e := range res.Entities {
		assert.NotContains(t, e.Aliases, "الرئيس الأردني", src)
	}
}

// TestOneOfficeOneRole: a person told with two titles of one office and
// one country (العاهل السعودي، الملك السعودي) holds one role.
func TestOneOfficeOneRole(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"العاهل and الملك of one country", "وأكد العاهل السعودي الملك سلمان بن عبدالعزيز دعم اليمن. وقال الملك السعودي إن السعودية تدعم الحوار.",
			"سلمان بن عبدالعزيز", []string{"العاهل"}, "السعودية", nil},
		{"the title with its country after a bare العاهل", "وقال العاهل الأردني عبد الله الثاني إن الأردن يدعم الحل.",
			"عبد الله الثاني", []string{"العاهل"}, "الأردن", nil},
	})
}
