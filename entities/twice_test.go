package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFirstNamesManyPeople: in a long text of thousands of people of
// three names, the first two names of one written twice still join it
// (عمر خالد written alone after عمر خالد الحكيم twice), and those of
// one written once do not (they could be another person's).
func TestFirstNamesManyPeople(t *testing.T) {
	first := strings.Fields("محمد أحمد علي حسن حسين خالد يوسف سعيد فادي رائد سامي ماهر وليد زياد هشام طارق كريم جمال نبيل")
	last := strings.Fields("النجار الخطيب الشامي المصري الحلبي الزعبي الخليل الراشد القاسم الموسى الجابر")
	var b strings.Builder
	for i := range 2000 {
		b.WriteString("وقال الرئيس " + first[i%len(first)] + " " + first[(i/len(first))%len(first)] + " " + last[(i/7)%len(last)] + " في دمشق. ")
	}
	b.WriteString("وقال الرئيس عمر خالد الحكيم في حلب. والتقى عمر خالد الحكيم الوفد. وقال عمر خالد إن الزيارة ناجحة. ")
	b.WriteString("وقال الوزير عمر سالم العلي في حمص. وقال عمر سالم إن الوفد وصل.")
	res := fullOnce().RecognizeString(b.String())
	names := map[string]string{} // a mention's text → its entity's name
	for _, m := range res.Mentions {
		if m.Text == "عمر خالد" || m.Text == "عمر سالم" {
			names[m.Text] = res.Entities[m.Entity].Name
		}
	}
	assert.Equal(t, "عمر خالد الحكيم", names["عمر خالد"], "written twice: the first names join it")
	assert.NotEqual(t, "عمر سالم العلي", names["عمر سالم"], "written once: not sure")
}
