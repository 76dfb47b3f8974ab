package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPublicAgencyActs: an agency that names the field it serves
// with ل (الوكالة الوطنية للطاقة، الوكالة الدولية للطاقة الذرية) is a
// public body that signs and acts, no news agency that only reports,
// also when the text calls it back by its bare head (الوكالة);
// an agency whose field is the news (وكالة تونس إفريقيا للأنباء) is
// still a source, never a party. Sentences written for this test.
func TestEventsPublicAgencyActs(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nووقعت الوكالة الوطنية للطاقة المتجددة عقدا مع شركة سيمنس الألمانية لإنشاء محطة رياح.", "الوكالة الوطنية للطاقة المتجددة"},
		{"عنوان\n\nووقعت الوكالة الوطنية للطاقة المتجددة عقدا مع شركة سيمنس الألمانية لإنشاء محطة رياح. وأوضحت الوكالة أن المحطة ستعمل بعد عامين.", "الوكالة الوطنية للطاقة المتجددة"},
		{"عنوان\n\nووقعت الوكالة الدولية للطاقة الذرية اتفاقية تعاون مع وزارة الصحة الكينية.", "الوكالة الدولية للطاقة الذرية"},
	} {
		evs := eventsOfType(t, c.text, "2019-04-10", "agreement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
	text := "عنوان\n\nووقعت وزارة الطاقة عقدا مع شركة سيمنس، حسبما ذكرت وكالة تونس إفريقيا للأنباء."
	evs := eventsOfType(t, text, "2019-04-10", "agreement")
	if assert.Len(t, evs, 1, text) {
		assert.NotContains(t, evs[0].Participants, "وكالة تونس إفريقيا للأنباء", "%+v", evs)
	}
}

// TestEventsChairNamedWithoutTitle: a body's chair named right after
// برئاسة with no title (بعثة من صندوق النقد الدولي، برئاسة فلان، زارت)
// is that person, not the person the headline names first. Sentences
// written for this test.
func TestEventsChairNamedWithoutTitle(t *testing.T) {
	text := "سعد الحريري يستقبل وفدا من البنك الدولي\n\nوكانت بعثة من صندوق النقد الدولي، برئاسة نيكولا بلانشيه، قد زارت بيروت في الفترة من 6 إلى 19 مارس الجاري."
	evs := eventsOfType(t, text, "2018-03-20", "visit")
	if assert.NotEmpty(t, evs, text) {
		last := evs[len(evs)-1]
		assert.Contains(t, last.Participants, "نيكولا بلانشيه", "%+v", evs)
		assert.NotContains(t, last.Participants, "سعد الحريري", "%+v", evs)
	}
}
