package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Events of a clause after كما، ثم، و that names its own actors, in the
// team's own wordings.

// TestEventsOwnSigners: a signing after كما or ثم that names its signers
// right after its verb takes no party of the agreement before it; with
// no signer named (حيث وقع اتفاقا) the subject before still signs.
func TestEventsOwnSigners(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // participants of each agreement
	}{
		{"two pairs of countries",
			"عنوان\n\nووقعت مصر والسودان في الخرطوم اتفاقا للتعاون الزراعي، كما وقعت إثيوبيا وجيبوتي في أديس أبابا اتفاقا للربط الكهربائي.",
			[][]string{{"مصر", "السودان"}, {"إثيوبيا", "جيبوتي"}}},
		{"one country and the other side after مع",
			"عنوان\n\nووقع الأردن اتفاقا مع العراق في بغداد، كما وقعت الكويت اتفاقا مماثلا مع السعودية.",
			[][]string{{"الأردن", "العراق"}, {"الكويت", "السعودية"}}},
		{"after ثم",
			"عنوان\n\nووقعت تركيا وقطر اتفاقا دفاعيا في الدوحة، ثم وقعت روسيا وإيران مذكرة تفاهم في طهران.",
			[][]string{{"تركيا", "قطر"}, {"روسيا", "إيران"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-10-01", "agreement")
			var got [][]string
			for _, e := range evs {
				got = append(got, e.Participants)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	evs := eventsOfType(t, "عنوان\n\nووصل الوزير الأردني أيمن الصفدي إلى دمشق حيث وقع اتفاقا للتعاون.", "2018-10-01", "agreement")
	assert.Equal(t, []string{"أيمن الصفدي"}, evs[0].Participants, "the subject before signs")
}
