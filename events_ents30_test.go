package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsWhereasClauseOwnSides: في حين ("whereas") opens a clause of
// another fact: an agreement signed after it is another agreement, whose
// sides are its own, not more sides of the one told before; a chamber
// of commerce named before and called back by its head (الغرفة) signs
// it.
// Sentences written for this test.
func TestEventsWhereasClauseOwnSides(t *testing.T) {
	text := "عنوان\n\nافتتحت غرفة تجارة وصناعة الكويت معرضا للصناعات الوطنية.\n\nوشهد المعرض توقيع اتفاقية بين شركة الخطوط الجوية الكويتية ومجموعة «الفطيم» لإنشاء مستودع، في حين وقعت الغرفة مع غرفة تجارة وصناعة الأردن اتفاقية لتبادل الوفود."
	evs := eventsOfType(t, text, "2025-08-06", "agreement")
	require.Len(t, evs, 2, "%+v", evs)
	assert.NotContains(t, evs[0].Participants, "غرفة تجارة وصناعة الأردن", "%+v", evs)
	assert.Contains(t, evs[1].Participants, "غرفة تجارة وصناعة الأردن", "%+v", evs)
	assert.Contains(t, evs[1].Participants, "غرفة تجارة وصناعة الكويت", "%+v", evs)
}

// TestEventsTitleOfBodyCalledBackByHead: a title in construct with a
// body's head alone (رئيس الهيئة) after the text named the body in full
// and its holder of that title is that holder: his later statement is
// his, no unnamed speaker's, though a judge's style stood between his
// office and his name. Sentences written for this test.
func TestEventsTitleOfBodyCalledBackByHead(t *testing.T) {
	text := "عنوان\n\nأعلن رئيس الهيئة الوطنية للانتخابات المستشار فؤاد عبد الرحمن، في مؤتمر صحفي، النتائج النهائية.\n\nوقال رئيس الهيئة إنها تلقت ثلاثين شكوى."
	evs := eventsOfType(t, text, "2025-08-06", "statement")
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "رئيس الهيئة", "%+v", evs)
	}
	require.NotEmpty(t, evs)
	assert.Contains(t, evs[0].Participants, "فؤاد عبد الرحمن", "%+v", evs)
}
