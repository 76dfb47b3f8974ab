package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsNationalCadreTitle: the Maghrebi sports press's الإطار الوطني
// (a national coach or official) is a title before the name, so the
// committee it heads or the post it is given goes to the named person;
// إطار وطني without the article is a framework. Sentences written for
// this test.
func TestEventsNationalCadreTitle(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوقررت العصبة تعيين لجنة مؤقتة يرأسها الإطار الوطني يوسف فرتوت لتسيير النادي.", "2025-08-06", "appoint")
	require.NotEmpty(t, evs)
	assert.Contains(t, evs[0].Participants, "يوسف فرتوت", "%+v", evs)
}
