package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKidnappedPeople: people kidnapped are held by force, an arrest as the
// team's golds take it, told by the verb (active or passive, with an object
// pronoun) or its noun; what a team or a film snatches (خطف الفوز، خطف
// الأضواء) and a ship or a plane hijacked, named after the verb or before a
// relative pronoun, are none. Sentences written for this test.
func TestKidnappedPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"اختطف مسلحون مجهولون ثلاثة مهندسين أتراك في جنوب ليبيا", true},
		{"وكانت العصابة قد خطفتهم على الطريق الصحراوي", true},
		{"ودانت المنظمة اختطاف الصحفي الفرنسي في شمال مالي", true},
		{"خطف الفريق الضيف الفوز في الدقيقة الأخيرة", false},
		{"وخطف الفيلم الأضواء في افتتاح المهرجان", false},
		{"واختطف قراصنة سفينة صيد قبالة السواحل الصومالية", false},
		{"وحررت البحرية السفينة التي خطفها القراصنة العام الماضي", false},
	} {
		got := false
		for _, f := range triggers(t, c.text) {
			if f.typ == Arrest {
				got = true
			}
		}
		assert.Equal(t, c.want, got, c.text)
	}
}
