package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTitleOfTheCountry: أمير البلاد، رئيس البلاد، عاهل البلاد (the
// country's emir, president, monarch, as Gulf and Maghrebi agencies write
// their own head of state) is a title: the style after it (الشيخ، الملك)
// stays outside the person's name, as after أمير قطر. Sentences written
// for this test.
func TestTitleOfTheCountry(t *testing.T) {
	r := fullOnce()
	for _, tt := range []struct{ src, name string }{
		{"وبعث أمير البلاد الشيخ نواف الأحمد برقية تهنئة إلى الرئيس.", "نواف الأحمد"},
		{"وافتتح سمو أمير البلاد الشيخ تميم بن حمد آل ثاني المعرض صباح اليوم.", "تميم بن حمد آل ثاني"},
		{"وأشرف عاهل البلاد الملك محمد السادس على تدشين المشروع.", "محمد السادس"},
	} {
		res := r.RecognizeString(tt.src)
		checkInvariants(t, tt.src, res)
		var persons []string
		for _, m := range res.Mentions {
			if m.Label == PER {
				persons = append(persons, m.Text)
			}
		}
		assert.Equal(t, []string{tt.name}, persons, tt.src)
	}
}
