package naba

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsReliefSent: sending rescue or firefighting teams and aircraft
// or relief goods (أرسل، إرسال) is aid, the sender its participant (the
// country right after the verb is who sends, no place), also when what
// was sent is named before a verb with its pronoun; troops, a letter or
// a delegation sent are none. Sentences written for this test.
func TestEventsReliefSent(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوأرسلت الجزائر فرق إنقاذ إلى ليبيا للبحث عن المفقودين.", true},
		{"عنوان\n\nووصلت إلى مطار لارنكا مروحيتان لإطفاء الحرائق أرسلتهما اليونان.", true},
		{"عنوان\n\nوأرسلت الولايات المتحدة تعزيزات عسكرية إلى المنطقة.", false},
		{"عنوان\n\nوأرسل الملك رسالة خطية إلى الرئيس الموريتاني.", false},
	} {
		evs := eventsOf(t, c.text, "2025-08-06")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "aid" }), "%s: %+v", c.text, evs)
	}
	evs := eventsOfType(t, "عنوان\n\nوأرسلت الجزائر فرق إنقاذ إلى ليبيا للبحث عن المفقودين.", "2025-08-06", "aid")
	require.NotEmpty(t, evs)
	assert.Contains(t, evs[0].Participants, "الجزائر", "%+v", evs)
	assert.Equal(t, "ليبيا", evs[0].Place, "%+v", evs)
}
