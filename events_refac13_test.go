package naba

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/events"
)

// typeToldBeforeRef is typeToldBefore as first written: for a line's
// unit, a scan back over the line's drafts at every call (quadratic on
// a long ticker line of wounded carried after meetings); for the title
// and the body, every draft of either.
func typeToldBeforeRef(drafts []*draft, typ string, unit int) bool {
	if unit >= 0 {
		for k := len(drafts) - 1; k >= 0 && drafts[k].unit == unit; k-- {
			if drafts[k].ev.Type == typ {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(drafts, func(d *draft) bool { return d.unit < 0 && d.ev.Type == typ })
}

// TestTypeToldBeforeRuns: typeToldBefore, which reads each draft once,
// answers as the scan back over the line's drafts did, for every unit
// asked after every draft appended (lines of one unit, lines broken by
// another unit's drafts, the title and the body among them), and a
// builder reset for the next document forgets the last line's run.
func TestTypeToldBeforeRuns(t *testing.T) {
	doc, err := Extract(t.Context(), "عنوان\n\nواعتقلت الشرطة سبعة أشخاص في المدينة.", ExtractOptions{})
	require.NoError(t, err)
	types := []string{events.Meet, events.Injury, events.Arrest, events.Death}
	units := []int{unitTitle, unitBody, 4, 5, 9}
	rng := rand.New(rand.NewPCG(13, 13))
	for round := range 20 {
		b := newEventBuilder(doc, nil)
		unit := units[rng.IntN(len(units))]
		for range 60 {
			if rng.IntN(4) == 0 {
				unit = units[rng.IntN(len(units))]
			}
			b.drafts = append(b.drafts, &draft{ev: Event{Type: types[rng.IntN(len(types))]}, unit: unit})
			for _, u := range units {
				for _, typ := range types {
					require.Equal(t, typeToldBeforeRef(b.drafts, typ, u), b.typeToldBefore(typ, u), "round %d, %d drafts, %s in unit %d", round, len(b.drafts), typ, u)
				}
			}
		}
	}
	b := newEventBuilder(doc, nil)
	b.drafts = append(b.drafts, &draft{ev: Event{Type: events.Injury}, unit: 4})
	assert.True(t, b.typeToldBefore(events.Injury, 4))
	b.reset(doc)
	assert.False(t, b.typeToldBefore(events.Injury, 4))
}

// TestEventsAnnouncersQuotedNames: names in quotation marks joined by a
// lone و (أعلنت "طيران الإمارات" و"فلاي دبي") are the subject as names joined by
// وX are: both announce, and both do the act they announce.
func TestEventsAnnouncersQuotedNames(t *testing.T) {
	tests := []struct {
		name, text, typ string
		parts           []string
	}{
		{"quoted names", "عنوان\n\nوأعلنت \"طيران الإمارات\" و\"فلاي دبي\" تعليق الرحلات الجوية إلى بيروت.",
			"suspend", []string{"طيران الإمارات", "فلاي دبي"}},
		{"joined by و", "عنوان\n\nوأعلنت تونس والجزائر إغلاق المعابر الحدودية بين البلدين.",
			"suspend", []string{"تونس", "الجزائر"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2020-06-01", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Subset(t, evs[0].Participants, tt.parts, "%+v", evs[0])
		})
	}
}
