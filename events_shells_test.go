package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsFallingShells: shells, rockets or barrels falling on a place
// are an attack on it (جراء سقوط قذائف هاون على حي …), and the toll's
// clause then has its place and time; the fall of a man or a regime is
// no attack.
func TestEventsFallingShells(t *testing.T) {
	tests := []struct {
		name, text, place string
	}{
		{"mortar shells", "عنوان\n\nقتل مدنيان جراء سقوط قذائف هاون على حي القصاع في دمشق صباح اليوم.", "القصاع"},
		{"a rocket", "عنوان\n\nأصيب ثلاثة أشخاص إثر سقوط صاروخ على مدينة عسقلان مساء الأحد.", "عسقلان"},
		{"barrels", "عنوان\n\nوتسبب سقوط براميل متفجرة على بلدة داريا في دمار واسع.", "داريا"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-03-24", "attack")
			if len(evs) > 0 {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nوأدى سقوط النظام إلى فوضى في البلاد.",
		"عنوان\n\nوتوقع المحلل سقوط الحكومة خلال أسابيع.",
	} {
		for _, e := range eventsOf(t, text, "2018-03-24") {
			assert.NotEqual(t, "attack", e.Type, text)
		}
	}
}

// TestEventsTollOfThose: a toll of "those" victims (ثلاثة من هؤلاء
// الضحايا قتلوا) details the toll told before it: one death and one
// injury, not two of each; a toll of other victims stays apart.
func TestEventsTollOfThose(t *testing.T) {
	text := "عنوان\n\nقتل أربعة مدنيين وأصيب أكثر من عشرين آخرين في قصف على الأحياء السكنية في حلب. وذكرت مصادر طبية أن ثلاثة من هؤلاء الضحايا قتلوا وأصيب عشرة آخرون جراء سقوط قذيفة على حي الميدان."
	assert.Len(t, eventsOfType(t, text, "2018-03-24", "death"), 1)
	assert.Len(t, eventsOfType(t, text, "2018-03-24", "injury"), 1)
	other := "عنوان\n\nقتل أربعة مدنيين في قصف على حلب. وقتل خمسة آخرون في غارة على إدلب."
	assert.Len(t, eventsOfType(t, other, "2018-03-24", "death"), 2)
}
