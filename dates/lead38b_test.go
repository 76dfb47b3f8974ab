package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGhurraFirstDay: غرة, the first day of a month, dates it like فاتح
// (غرة رمضان، غرة شهر رمضان، غرة يناير 2018); its ة is its own, not a
// feminine ordinal's counting another noun. Sentences written for this
// test; the article is of 2019-06-10.
func TestGhurraFirstDay(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-10")})
	for _, c := range []struct{ in, text, iso string }{
		{"وأعلنت الوزارة أن الدوام الرسمي يعود غرة شوال 1440", "غرة شوال 1440", "2019-06-04"},
		{"وصدر القرار في غرة يناير 2018", "غرة يناير 2018", "2018-01-01"},
	} {
		got := p.Find(c.in)
		if assert.NotEmpty(t, got, c.in) {
			assert.Equal(t, c.text, c.in[got[0].Start:got[0].End], c.in)
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
		}
	}
}
