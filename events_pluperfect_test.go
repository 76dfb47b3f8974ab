package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPluperfectLightSubject: in the pluperfect of a story's
// background (وكان X قد أجرى اتصالاً) the subject stands before قد and the
// light verb; a title phrase there is the actor, also one that ends in a
// country (أمير الكويت), which is no actor of its own.
func TestEventsPluperfectLightSubject(t *testing.T) {
	for _, tt := range []struct{ name, text, typ, person string }{
		{"a ruler's title ending in his country, named before",
			"عنوان\n\nاستقبل ملك الأردن الملك عبدالله الثاني وفدا برلمانيا.\n\nوكان ملك الأردن قد أجرى اتصالا هاتفيا مع الرئيس الفلسطيني.", "contact", "عبدالله الثاني"},
		{"a minister's title with a nisba, named before",
			"عنوان\n\nوصل وزير الخارجية العراقي إبراهيم الجعفري إلى عمان.\n\nوكان وزير الخارجية العراقي قد عقد اجتماعا مع السفراء العرب.", "meet", "إبراهيم الجعفري"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.person)
			}
		})
	}
}
