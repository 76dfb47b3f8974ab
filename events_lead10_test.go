package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsReliefGoods: relief goods sent, carried or handed over (المواد
// الإغاثية، مواد إغاثية) are an aid delivery, whatever verb carries them.
func TestEventsReliefGoods(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"a plane carrying relief goods",
			"عنوان\n\nوأرسلت جمعية خيرية أردنية الخميس طائرة تحمل عشرين طنا من المواد الإغاثية إلى مطار أربيل.", "أربيل"},
		{"trucks loaded with relief goods",
			"عنوان\n\nودخلت أمس عشر شاحنات محملة بمواد إغاثية وطبية إلى مدينة دوما.", "دوما"},
		{"goods handed over",
			"عنوان\n\nوسلم الهلال الأحمر المواد الإغاثية إلى الأسر المتضررة في بلدة عرسال.", "عرسال"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "aid")
			if len(evs) > 0 {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
	// Prices of food are no aid: مواد alone, or with another adjective.
	for _, text := range []string{
		"عنوان\n\nوارتفعت أسعار المواد الغذائية في الأسواق بنسبة عشرة في المئة.",
		"عنوان\n\nوضبطت الشرطة مواد متفجرة في مستودع بالمدينة.",
	} {
		for _, e := range eventsOf(t, text, "2018-06-05") {
			assert.NotEqual(t, "aid", e.Type, "%q: %+v", text, e)
		}
	}
}
