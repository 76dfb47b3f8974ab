package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsReleaseSubjectBetween: أطلق … سراح with the subject (and an
// adverb) between the verb and سراح is a release by the subject.
// Sentences written for this test.
func TestEventsReleaseSubjectBetween(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوأطلقت الشرطة المصرية مساء السبت سراح ستة طلاب.", "الشرطة المصرية"},
		{"عنوان\n\nوأطلقت وزارة الداخلية بموجب العفو سراح مئة سجين.", "وزارة الداخلية"},
		{"عنوان\n\nوأطلق الجيش اللبناني سراح الصيادين الأربعة.", "الجيش اللبناني"},
	} {
		evs := eventsOf(t, c.text, "2019-04-10")
		assert.True(t, hasType(evs, "release", c.who), "%s: %+v", c.text, evs)
	}
}
