package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIsPeerWord: one's counterpart is read with the pronoun of whose, in
// every number and gender and the plural's hamza as written; the root's
// other words (نظرا "since", نظرات "looks") and a counterpart with no
// pronoun are none.
func TestIsPeerWord(t *testing.T) {
	for _, c := range []struct {
		word string
		peer bool
	}{
		{"نظيره", true}, {"نظيرها", true}, {"نظيرته", true}, {"نظيرتها", true},
		{"نظيريه", true}, {"نظيرتيه", true}, {"نظيراه", true}, {"نظيراتها", true},
		{"نظيرهم", true}, {"نظيري", true}, {"نظراءه", true}, {"نظرايهم", true}, {"نظراوه", true},
		{"نظرا", false}, {"نظرات", false}, {"نظيرا", false}, {"نظير", false}, {"نظراتهم", false}, {"نظريه", false},
	} {
		assert.Equal(t, c.peer, isPeerWord(c.word), c.word)
	}
}

// TestEventsPressConferenceWithPeers: a press conference held by a
// minister and his counterparts (ونظراؤه، ونظيرتها) is a joint one, a
// meeting, whatever form the counterpart word takes; one held alone is
// the setting of a statement.
func TestEventsPressConferenceWithPeers(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوعقد وزير الخارجية القطري ونظراؤه الخليجيون مؤتمرا صحفيا في الدوحة مساء الاثنين.",
		"عنوان\n\nوعقدت وزيرة الخارجية السويدية ونظيرتها الفنلندية مؤتمرا صحفيا في ستوكهولم.",
	} {
		evs := eventsOfType(t, text, "2022-03-14", "meet")
		require.NotEmpty(t, evs, text)
		assert.Equal(t, "مؤتمرا", evs[0].Trigger, "%s: %+v", text, evs)
	}
	checkNotEvents(t, "عنوان\n\nوعقد وزير الخارجية القطري مؤتمرا صحفيا في الدوحة قال فيه إن المحادثات مستمرة.", "2022-03-14", "meet")
}
