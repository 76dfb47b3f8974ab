package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestEventsTollCauseOfTheIncident: a toll whose cause is the incident
// told the sentence before, in a word or three (بسبب شدة القصف) or by
// what it leaves (جراء تطاير الشظايا، تحت الأنقاض), takes its place; a
// cause of its own (بسبب موجة الحر) does not (501b34b).
func TestEventsTollCauseOfTheIncident(t *testing.T) {
	first := "عنوان\n\nوقصفت طائرات حربية سوقا شعبيا في مدينة دوما ظهر اليوم. "
	for _, tt := range []struct{ second, typ, place string }{
		{"وأصيب عشرون مدنيا بسبب شدة القصف.", "injury", "دوما"},
		{"وأصيب تسعة باعة جراء تطاير الشظايا.", "injury", "دوما"},
		{"وتوفي طفلان بسبب موجة الحر.", "death", ""},
	} {
		evs := eventsOfType(t, first+tt.second, "2019-08-01", tt.typ)
		require.Len(t, evs, 1, "%s: %+v", tt.second, evs)
		assert.Equal(t, tt.place, evs[0].Place, "%s: %+v", tt.second, evs[0])
	}
}
