package naba

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEventsRaidByForceOnGangSearch: only the raiders named right after
// the raid (مستوطنون، مسلحون، مجموعة مسلحة، عشرات المستوطنين) make it an
// attack; the armed forces (القوات المسلحة) or a force raiding a gang's
// den (وكر عصابة) search for people, the arrests' way.
func TestEventsRaidByForceOnGangSearch(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوداهمت القوات المسلحة منازل في قرية الجفرة بحثا عن مطلوبين.",
		"عنوان\n\nوداهمت قوات الأمن وكر عصابة في مدينة سبها بحثا عن أفرادها.",
	} {
		evs := eventsOfType(t, text, "2021-03-04", "arrest")
		require.NotEmpty(t, evs, text)
		checkNotEvents(t, text, "2021-03-04", "attack")
	}
	for _, text := range []string{
		"عنوان\n\nوداهم عشرات المستوطنين منازل في بلدة حوارة.",
		"عنوان\n\nوداهمت مجموعة مسلحة منزل تاجر في مدينة سبها.",
	} {
		evs := eventsOfType(t, text, "2021-03-04", "attack")
		require.NotEmpty(t, evs, text)
		checkNotEvents(t, text, "2021-03-04", "arrest")
	}
}
