package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsTookLifeToll: أودى بحياة is a death (the entity stage no
// longer reads أودى as the car maker أودي), and a toll told in a relative
// clause right after an attack (التفجير الذي أودى بحياة …) is that
// attack's: the date in the relative clause is the attack's time, not a
// date of the sentence before the attack's window (seventh blind
// measure).
func TestEventsTookLifeToll(t *testing.T) {
	for _, tt := range []struct {
		name, text, attackTime, deathTime string
	}{
		{"a trial date before the bombing it judges",
			"عنوان\n\nوتنظر محكمة أمن الدولة الأحد المقبل في الهجوم على السوق الشعبية في إربد، الذي أودى بحياة 14 شخصا في 5 أيار 2017.",
			"2017-05-05", "2017-05-05"},
		{"a day before the explosion, told of the market's reopening",
			"عنوان\n\nوعادت الحياة الأربعاء الماضي إلى السوق بعد أشهر من الانفجار الكبير، الذي أودى بحياة ستة أشخاص في 3 كانون الثاني 2020.",
			"2020-01-03", "2020-01-03"},
		{"the toll with no date of its own",
			"عنوان\n\nوفي 3 كانون الثاني 2018 وقع تفجير في سوق المدينة أودى بحياة ستة أشخاص.",
			"2018-01-03", "2018-01-03"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2020-09-01")
			var attack, death *ev
			for i := range evs {
				switch e := &evs[i]; e.Type {
				case "attack":
					attack = e
				case "death":
					death = e
				}
			}
			if assert.NotNil(t, death, "no death in %+v", evs) {
				assert.Equal(t, tt.deathTime, death.Time, "%+v", evs)
			}
			if assert.NotNil(t, attack, "no attack in %+v", evs) {
				assert.Equal(t, tt.attackTime, attack.Time, "%+v", evs)
			}
		})
	}
}
