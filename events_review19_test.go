package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsPlaceStruckByEventNoun: a capital or a country right after a
// verb of attack is where the attack fell when an event noun follows it,
// the verb's subject (استهدف دمشق قصف صاروخي); it is the attacker only
// when what it fired or struck follows (أطلقت إيران صواريخ).
func TestEventsPlaceStruckByEventNoun(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nواستهدف طهران قصف جوي عنيف فجر اليوم.", "طهران"},
		{"عنوان\n\nوقد استهدفت القاهرة هجمات متكررة خلال الشهر الماضي.", "القاهرة"},
	} {
		evs := eventsOfType(t, c.text, "2022-08-09", "attack")
		require.NotEmpty(t, evs, c.text)
		assert.Equal(t, c.place, evs[0].Place, "%+v", evs[0])
		assert.NotContains(t, evs[0].Participants, c.place, "%+v", evs[0])
	}
}

// TestEventsRaidByGunmenAssault: a raid on homes is a search for people,
// an arrest's, when a force makes it; gunmen, masked men or settlers who
// raid homes arrest no one: an attack.
func TestEventsRaidByGunmenAssault(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوداهم مستوطنون منازل الأهالي في قرية المغير شرق رام الله فجر اليوم.",
		"عنوان\n\nوداهم مسلحون ملثمون منزل تاجر في حي الأندلس بمدينة سبها.",
	} {
		evs := eventsOfType(t, text, "2020-06-07", "attack")
		require.NotEmpty(t, evs, text)
		checkNotEvents(t, text, "2020-06-07", "arrest")
	}
	// A force's raid on homes stays the arrests' (0091f5e).
	eventsOfType(t, "عنوان\n\nوداهمت الشرطة منازل المسلحين في حي الأندلس بمدينة سبها.", "2020-06-07", "arrest")
}

// TestEventsTollOwnCauseNoPlaceBefore: a toll told in the sentence after
// an incident takes no place from it when the toll has a cause of its own
// that is no attack (بسبب موجة الحر، في حادث سير، بفيروس كورونا), when it
// is a total (منذ بدء الاحتجاجات), or when its sentence turns to another
// matter (وفي سياق منفصل).
func TestEventsTollOwnCauseNoPlaceBefore(t *testing.T) {
	for _, second := range []string{
		"وتوفي ثلاثة مسنين بسبب موجة البرد القارس.",
		"وأعلنت مديرية الصحة وفاة سبعة أشخاص بفيروس كورونا.",
		"وأعلن الدفاع المدني مقتل أربعة أشخاص في حادث سير.",
		"وفي سياق منفصل، أعلنت الشرطة مقتل شخصين.",
		"وقتل 40 شخصا منذ بدء الاحتجاجات في نوفمبر.",
	} {
		text := "عنوان\n\nوانفجرت عبوة ناسفة قرب مسجد في مدينة الرمادي صباح اليوم. " + second
		for _, e := range eventsOf(t, text, "2020-06-07") {
			if e.Type == "death" {
				assert.NotEqual(t, "الرمادي", e.Place, "%s: %+v", second, e)
			}
		}
	}
	// A toll with no cause of its own is still the incident's.
	evs := eventsOfType(t, "عنوان\n\nوانفجرت عبوة ناسفة قرب مسجد في مدينة الرمادي صباح اليوم. وقتل ثلاثة من المصلين.", "2020-06-07", "death")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "الرمادي", evs[0].Place, "%+v", evs[0])
}

// TestEventsNextBeforeMinExpected: القادم/القادمة before من is "coming
// from" only when a place follows; before من المنتظر، من المقرر or من أجل
// it is still "the next": the event is to come.
func TestEventsNextBeforeMinExpected(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقال الوزير إن القمة القادمة من المقرر أن تعقد في مدينة العقبة.",
		"عنوان\n\nويعقد مجلس النواب الأردني جلسته القادمة من أجل مناقشة الموازنة العامة.",
	} {
		for _, e := range eventsOfType(t, text, "2022-04-05", "meet") {
			assert.Equal(t, "planned", e.Status, "%s: %+v", text, e)
		}
	}
}
