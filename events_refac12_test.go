package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsClosingReadsItsSentence: a closure told last in a headline
// with no full stop is no protest because the next sentence opens with
// protesters (protestersClosing read the crowd past the sentence's end);
// nor are shots in a headline fired into the air because the next
// sentence opens with في الهواء (firedInAir read past it).
func TestEventsClosingReadsItsSentence(t *testing.T) {
	for _, text := range []string{
		"ميناء البريقة يغلق\n\nمعتصمون من العمال يرفعون لافتات أمام الميناء منذ أسبوع.",
		"ميناء الزويتينة النفطي يغلق\n\nمحتجون من أبناء المنطقة يطالبون بفرص عمل، وأعلنت المؤسسة الوطنية للنفط وقف الصادرات.",
	} {
		t.Run("closing", func(t *testing.T) {
			evs := eventsOfType(t, text, "2025-07-06", "suspend")
			require.NotEmpty(t, evs, text)
			assert.Equal(t, "يغلق", evs[0].Trigger, text)
			checkNotEvents(t, text, "2025-07-06", "protest:يغلق")
		})
	}
	for _, text := range []string{
		"مجهولون يطلقون النار\n\nفي الهواء الطلق أقيم حفل التخرج في جامعة بغداد بحضور الوزير.",
		"مسلحون يطلقون النار\n\nفي الهواء الطلق احتفل آلاف الشبان بفوز المنتخب في ساحة التحرير.",
	} {
		t.Run("fired", func(t *testing.T) {
			evs := eventsOfType(t, text, "2025-07-06", "attack")
			require.NotEmpty(t, evs, text)
			assert.Contains(t, evs[0].Trigger, "يطلقون", text)
		})
	}
}

// TestEventsMediatorCountryAsWritten: the country of a mediator's nisba
// (بوساطة أردنية، بوساطة اماراتية) is the place the text names, however
// its hamzas are written there (الاردن، الامارات): mediators compared
// the nisba's country with the names as written, and missed it.
func TestEventsMediatorCountryAsWritten(t *testing.T) {
	for _, c := range []struct{ text, mediator string }{
		{"أطلقت جماعة مسلحة سراح صحفيين اثنين بوساطة أردنية، وأعربت الصحيفة عن امتنانها للاردن.", "الاردن"},
		{"أفرجت السلطات عن خمسة بحارة بوساطة اماراتية، وثمن أهاليهم دور الامارات في ذلك.", "الامارات"},
	} {
		t.Run(c.mediator, func(t *testing.T) {
			evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-07-06", "release")
			require.NotEmpty(t, evs, c.text)
			assert.Contains(t, evs[0].Participants, c.mediator, "%+v", evs)
		})
	}
}
