package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsCallReceiver: who receives a call or a message (تلقى، تسلم,
// with و and the future س) takes part in it, as the caller after من
// does; the receiver may stand far from the noun (تلقى العاهل الأردني
// خلال الأيام القليلة الماضية اتصالات هاتفية من …).
func TestEventsCallReceiver(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the participants
	}{
		{"a receiver and the caller",
			"عنوان\n\nوتلقى الرئيس السوري بشار الأسد اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.",
			[]string{"بشار الأسد", "فلاديمير بوتين"}},
		{"a time phrase between",
			"عنوان\n\nتلقى أمير قطر الشيخ تميم بن حمد آل ثاني مساء الأحد اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.",
			[]string{"تميم بن حمد آل ثاني", "رجب طيب أردوغان"}},
		{"in the future",
			"عنوان\n\nوسيتلقى الرئيس اللبناني ميشال عون اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
			[]string{"ميشال عون", "إيمانويل ماكرون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-09-03", "contact")
			if len(evs) > 0 {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
}
