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

// TestChargedWithOffice: كلف is an appointment when the one charged gets
// an office (بتشكيل الحكومة، بتسيير شؤون الوزارة، بمهام الوزير، or the task
// with no ب), not when a body or a person is tasked with a job (برفع
// الأنقاض، بالتحقيق في الحادث); and آمر before a unit is its commander,
// no order. Sentences written for this test.
func TestChargedWithOffice(t *testing.T) {
	for _, c := range []struct {
		text, typ string
		want      bool
	}{
		{"وكلف الرئيس رئيس الوزراء السابق بتشكيل الحكومة الجديدة", Appoint, true},
		{"وكلف الملك وزير العدل بتسيير شؤون وزارة الداخلية", Appoint, true},
		{"كلف الملك رئيس الديوان تشكيل الحكومة", Appoint, true},
		{"وكلف بشار الأسد وزير الموارد المائية تشكيل الحكومة الجديدة", Appoint, true},
		{"وكلف الرئيس سهام بوزيان بتشكيل الحكومة", Appoint, true},
		{"وكلف المحافظ الوحدة المحلية للمدينة برفع الأنقاض", Appoint, false},
		{"وكلف النائب العام فريقا من النيابة بالتحقيق في الحادث", Appoint, false},
		{"وكلف رئيس المجلس آمر المنطقة العسكرية الغربية بتأمين المطار", Decision, false},
		{"وأمر اللواء قائد القوات بفتح تحقيق في الحادث", Decision, true},
	} {
		got := false
		for _, f := range triggers(t, c.text) {
			if f.typ == c.typ {
				got = true
			}
		}
		assert.Equal(t, c.want, got, c.text)
	}
}
