package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsAttributionClause pins the convention of
// testdata/written/CONVENTIONS.md: a verb of saying after بحسب ما / وفق
// ما / حسب ما with a named subject is a statement of that subject; an
// unnamed source gives none, and an agency that only carries the words
// (نقلته) is no speaker.
func TestEventsAttributionClause(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nويصل الوفد إلى عمان يوم الأحد في زيارة تستمر يومين، بحسب ما أعلنت وزارة الخارجية الأردنية.", "وزارة الخارجية الأردنية"},
		{"عنوان\n\nوارتفع عدد المصابين إلى عشرين شخصا، وفق ما أفادت وزارة الصحة الفلسطينية.", "وزارة الصحة الفلسطينية"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "statement", c.who), "%s: %+v", c.text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوتأجلت الجلسة إلى الشهر المقبل، بحسب ما أفاد مصدر قضائي.",
		"عنوان\n\nوتأجلت الجلسة إلى الشهر المقبل، وفق ما ذكر مسؤول محلي.",
		"عنوان\n\nوبحث الجانبان العلاقات الثنائية، بحسب ما نقلته وكالة الأنباء الأردنية.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "statement", ""), "%s: %+v", text, evs)
	}
}
