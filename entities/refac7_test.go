package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBareMinistryOfItsMinister: الوزارة after a minister of the named
// ministry's own portfolio (وزارة التربية … قال وزير التربية إن الوزارة)
// is that ministry, its alias; after a minister of another portfolio it
// may be his own ministry, and stays no alias.
func TestBareMinistryOfItsMinister(t *testing.T) {
	aliases := func(in, name string) []string {
		res := fullOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		for _, e := range res.Entities {
			if e.Name == name {
				return e.Aliases
			}
		}
		return nil
	}
	for _, c := range []struct{ in, name string }{
		{"وأعلنت وزارة التربية والتعليم خطة جديدة للمدارس. وقال وزير التربية إن الوزارة ستفتح مدارس جديدة.", "وزارة التربية والتعليم"},
		{"وأعلنت وزارة الصحة الأردنية حملة تطعيم. وقال وزير الصحة الأردني سعد جابر إن الوزارة ستفتح مراكز جديدة.", "وزارة الصحة الأردنية"},
	} {
		assert.Contains(t, aliases(c.in, c.name), "الوزارة", c.in)
	}
	in := "وأعلنت وزارة الزراعة خطة للري. وقال وزير المياه إن الوزارة ستحفر آبارا جديدة."
	assert.NotContains(t, aliases(in, "وزارة الزراعة"), "الوزارة", in)
}
