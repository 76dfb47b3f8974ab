package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsLongDateInWindow: a date counts as one unit in the words a
// trigger's arguments are looked for in, like a name, so the guest after
// a Hijri date with its Gregorian equivalent is still read (and a bare
// title cut off by the window no longer resolves to a person another
// paragraph introduces).
func TestEventsLongDateInWindow(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hijri and gregorian", "عنوان\n\nاستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر اليمامة بالرياض يوم الأربعاء 11 شعبان 1439هـ الموافق 25 أبريل 2018م، رئيس وزراء باكستان شاهد خاقان عباسي.\n\nوقال رئيس الهيئة محمد العلي إن الانتخابات تجري غدا.",
			[]string{"سلمان بن عبدالعزيز آل سعود", "شاهد خاقان عباسي"}},
		{"a weekday, day, month and year", "عنوان\n\nالتقى ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان في قصر البحر في أبوظبي مساء يوم الخميس الثالث من شهر شعبان 1439 هـ الموافق 19 أبريل 2018 رئيسة وزراء بريطانيا تيريزا ماي.",
			[]string{"محمد بن زايد آل نهيان", "تيريزا ماي"}},
		{"a short date", "عنوان\n\nواستقبل الرئيس اللبناني ميشال عون في قصر بعبدا اليوم رئيس الوزراء الأردني هاني الملقي.",
			[]string{"ميشال عون", "هاني الملقي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-04-25", "meet")
			if assert.NotEmpty(t, evs) {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
}
