package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsWorksNamedAfterTown: a refinery, a station, a factory or a
// mine is named after the town it stands in (مصفاة بانياس، محطة قطار
// الأقصر، مصنع إسمنت حلوان), and the town is where what happens there
// happens, in a headline too: neither who did it nor lost. Sentences
// written for this test.
func TestEventsWorksNamedAfterTown(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"انفجار في مصفى بانياس يودي بحياة خمسة عمال", "death", "بانياس"},
		{"مقتل عاملين وإصابة ستة في حريق بمصنع إسمنت حلوان", "death", "حلوان"},
		{"مقتل عاملين وإصابة ستة في حريق بمصنع إسمنت حلوان", "injury", "حلوان"},
		{"وفاة 3 في تصادم قطارين قرب رصيف محطة قطار الأقصر", "death", "الأقصر"},
		{"انهيار في منجم فوسفات خريبكة يودي بحياة عاملين", "death", "خريبكة"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", c.typ)
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Place, c.place, c.text)
			assert.NotContains(t, evs[0].Participants, c.place, c.text)
		}
	}
}
