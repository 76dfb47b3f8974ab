package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDeathIdiomOnce: لقي … مصرعه (and حتفه) is one death however
// many words and commas stand between the verb and the noun it needs
// (لقي ستة عمال، بينهم امرأتان، حتفهم): the noun is not a second death, and
// the place and time told around either word are that death's.
func TestEventsDeathIdiomOnce(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nلقي ستة عمال، بينهم امرأتان، مصرعهم، وأصيب تسعة آخرون في انفجار مصنع للألعاب النارية فجر اليوم في مدينة سطيف.", "سطيف"},
		{"عنوان\n\nولقي ثلاثة صيادين، أحدهم قاصر، مصرعهم بعد انقلاب قاربهم قبالة سواحل الحسيمة.", "الحسيمة"},
		{"عنوان\n\nولقي سائق الشاحنة، وهو في الخمسين من عمره، مصرعه في حادث سير بمدينة المهدية.", "المهدية"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "death")
		assert.Len(t, evs, 1, "%s: %+v", c.text, evs)
		if c.place != "" {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}
