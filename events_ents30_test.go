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
