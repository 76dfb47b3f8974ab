package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsLightVerbOpensText: a light verb that is the very first word
// of the text (a one-line input, a headline) before its event noun has
// no word before it to read a subject from. Such texts failed whole with
// ErrInternal (an index of -1 in lightVerbSubject); now the event is
// found with the arguments the sentence gives.
func TestEventsLightVerbOpensText(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string // participants, place among them
	}{
		{"protests a town saw", "وشهدت مدن إربد وجرش والكرك احتجاجات مماثلة.", "protest", nil},
		{"a summit a capital hosts", "وتستضيف طهران الجمعة المقبلة قمة بين الرئيس الإيراني حسن روحاني ونظيره الروسي فلاديمير بوتين.", "meet",
			[]string{"حسن روحاني", "فلاديمير بوتين"}},
		{"aid a country sends", "أرسلت تركيا مساعدات إنسانية إلى إدلب.", "aid", nil},
		{"a visit in a headline", "قام الرئيس المصري بزيارة إلى الخرطوم\n\nوقال الرئيس إن العلاقات قوية.", "visit", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.text, ExtractOptions{RefDate: mustDate(t, "2018-09-03")})
			require.NoError(t, err)
			evs := eventsOfType(t, tt.text, "2018-09-03", tt.typ)
			if len(evs) > 0 && tt.want != nil {
				assert.Subset(t, evs[0].Participants, tt.want)
			}
			require.NotNil(t, doc)
		})
	}
}
