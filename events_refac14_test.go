package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsComplementizerPronouns: أنّ with the pronoun of its subject
// reads the same whatever the pronoun, the dual's (أنهما) and بأنهم as
// أنهم and بأنها: it opens another clause, which ends the window of the
// event before it (what the two killed are thought to be is no party of
// their death), and after a relative pronoun and a verb of saying it
// tells what is claimed of the thing described, no statement. Sentences
// written for this test.
func TestEventsComplementizerPronouns(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nقتل جنود يرجح أنهم من الحرس الجمهوري في هجوم على حاجز في سيناء.",
		"عنوان\n\nقتل جنديان يرجح أنهما من الحرس الجمهوري في هجوم على حاجز في سيناء.",
	} {
		for _, e := range eventsOfType(t, text, "2025-11-25", "death") {
			assert.NotContains(t, e.Participants, "الحرس الجمهوري", text)
		}
	}
	for _, text := range []string{
		"عنوان\n\nواعتقلت الشرطة المسلحين الذين قالت وزارة الداخلية المصرية إنهم ينتمون إلى تنظيم داعش.",
		"عنوان\n\nواعتقلت الشرطة المسلحين الذين قالت وزارة الداخلية المصرية بأنهم ينتمون إلى تنظيم داعش.",
	} {
		checkNotEvents(t, text, "2025-11-25", "statement")
	}
}
