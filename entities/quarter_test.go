package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuarterAfterBi: حي with ب written on it (بحي، وبحي) is the place
// head as في حي is: the name after it is the quarter, even when a club
// or a party is listed under it (بحي الزمالك).
func TestQuarterAfterBi(t *testing.T) {
	tests := []struct{ text, name string }{
		{"عثر على جثة في شقته بحي الزمالك في القاهرة.", "الزمالك"},
		{"وانفجرت سيارة مفخخة وبحي الميدان في دمشق سقطت قذيفة.", "الميدان"},
		{"وقعت اشتباكات بحي الشيخ مقصود في حلب.", "الشيخ مقصود"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := fullOnce().RecognizeString(tt.text)
			found := false
			for _, m := range res.Mentions {
				if m.Text == tt.name {
					found = true
					assert.Equal(t, LOC, m.Label, tt.text)
				}
			}
			assert.True(t, found, "%+v", res.Mentions)
		})
	}
}
