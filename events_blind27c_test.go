package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsTollTellerNoVictim: the dead named after بينهم are the
// toll's, but a name in the report clause that closes the sentence
// (بحسب ما أفاد / وفق ما أعلن …) is who told of it, none of the dead.
// Sentences written for this test.
func TestEventsTollTellerNoVictim(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوقتل تسعة أشخاص بينهم طفلان في انفجار لغم بمدينة سرت، بحسب ما أفاد به مدير المستشفى سالم الفيتوري.", "2025-08-06", "death")
	require.NotEmpty(t, evs)
	assert.NotContains(t, evs[0].Participants, "سالم الفيتوري", "%+v", evs)
	evs = eventsOfType(t, "عنوان\n\nوقتل تسعة أشخاص بينهم القيادي الميداني سالم الفيتوري في انفجار لغم بمدينة سرت.", "2025-08-06", "death")
	require.NotEmpty(t, evs)
	assert.Contains(t, evs[0].Participants, "سالم الفيتوري", "%+v", evs)
}
