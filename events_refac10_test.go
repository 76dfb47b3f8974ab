package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsPromiseThatAfterName: a promise told with أن after the
// promiser's name (تعهد الرئيس فلاديمير بوتين أن …) is a statement: its
// trigger's check and the pipeline read what is promised alike
// (events.PromisedAfter), past the ب that begins a name.
func TestEventsPromiseThatAfterName(t *testing.T) {
	text := "عنوان\n\nوتعهد الرئيس فلاديمير بوتين أن تواصل روسيا دعم الحكومة السورية."
	evs := eventsOfType(t, text, "2021-05-03", "statement")
	require.NotEmpty(t, evs, text)
	assert.Equal(t, "تعهد", evs[0].Trigger, "%+v", evs)
}

// TestEventsCallInHisMedium: a call told in its maker's own text (في
// رسالته، في بيانه) before what it asks keeps the last speaker, as one
// told in a tweet does (speechMediumAt reads the text nouns lastSpeaker
// reads, isTextMedium).
func TestEventsCallInHisMedium(t *testing.T) {
	text := "عنوان\n\nوقال وزير الخارجية نبيل فهمي إن الوضع في المدينة خطير. وطالب الأمم المتحدة في رسالته بالتدخل العاجل."
	evs := eventsOfType(t, text, "2021-05-03", "appeal")
	require.NotEmpty(t, evs, text)
	assert.Contains(t, evs[0].Participants, "نبيل فهمي", "%+v", evs)
}
