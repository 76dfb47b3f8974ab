package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKunyaGivenNameChain: a kunya used as a given name (أبو بكر، أبو
// الفضل) followed by a given name and a family name with no article is
// one person's chain, as the Maghrebi and Horn press write it; the bare
// family name later refers back to it. Sentences written for this test.
func TestKunyaGivenNameChain(t *testing.T) {
	for _, c := range []struct{ in, per string }{
		{"وقال وزير المالية أبو بكر محمد طاهر إن الميزانية متوازنة.", "أبو بكر محمد طاهر"},
		{"واستقبل الرئيس أمس السفير أبو بكر يوسف حسن في القصر.", "أبو بكر يوسف حسن"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			assert.NotNil(t, ents21Has(res, PER, c.per), "%s: %v", c.in, mentions(res))
		}
	}
}

// TestBareNisbaForeignSurname: a foreign given name followed by a
// nationality-shaped word with no article (جوليا روسي، ماريو لومباردي) is
// one name, the word its family name: a name's adjective takes ال (جوليا
// الروسية), unless a noun of what it qualifies follows (روسي الجنسية).
// Sentences written for this test.
func TestBareNisbaForeignSurname(t *testing.T) {
	for _, c := range []struct{ in, per string }{
		{"وقالت المهندسة ماريا روسي إن الأشغال ستنتهي الشهر المقبل.", "ماريا روسي"},
		{"وأكد المدرب باولو روسي أن الفريق جاهز للمباراة.", "باولو روسي"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			assert.NotNil(t, ents21Has(res, PER, c.per), "%s: %v", c.in, mentions(res))
		}
	}
}
