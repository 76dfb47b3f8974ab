package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMaghrebiAugust: August written أغشت (Mauritania, Morocco, beside
// غشت) is the month, with a day and a year or alone before a year; the
// other Maghrebi months and فاتح for the first day read as before.
// Sentences written for this test; the article is of 2023-07-20.
func TestMaghrebiAugust(t *testing.T) {
	p := MustNew(Options{Reference: day("2023-07-20")})
	for _, c := range []struct{ in, text, iso string }{
		{"ووقع البلدان اتفاقا في 14 أغشت 2019 بالرباط", "14 أغشت 2019", "2019-08-14"},
		{"وانتهت الحملة في اغشت 2021 دون نتائج", "اغشت 2021", "2021-08"},
		{"وتبدأ العطلة فاتح غشت 2024", "فاتح غشت 2024", "2024-08-01"},
		{"وعقدت الدورة في 9 شتنبر 2022", "9 شتنبر 2022", "2022-09-09"},
		{"وصدر المرسوم في 30 نونبر 2021", "30 نونبر 2021", "2021-11-30"},
		{"وجرت الانتخابات في 4 دجنبر 2020", "4 دجنبر 2020", "2020-12-04"},
		{"وأعلن القرار في 2 يوليوز 2022", "2 يوليوز 2022", "2022-07-02"},
	} {
		got := p.Find(c.in)
		if assert.NotEmpty(t, got, c.in) {
			assert.Equal(t, c.text, c.in[got[0].Start:got[0].End], c.in)
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
		}
	}
}
