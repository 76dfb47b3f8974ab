package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsElectionWinnerFarBack: the winner of an election told before it
// (فاز X … في الانتخابات) takes part however many words his name and his
// seats fill, and a list's winner is the body after the list's head word
// (قائمة، لائحة). A win in another clause does not reach the election.
// Sentences written for this test.
func TestEventsElectionWinnerFarBack(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوفاز حزب التجمع الوطني الديمقراطي بـ١٠٠ مقعد في الانتخابات التشريعية.", "حزب التجمع الوطني الديمقراطي"},
		{"عنوان\n\nوفازت قائمة حركة النهضة بالمرتبة الأولى في الانتخابات البلدية التي جرت في صفاقس.", "حركة النهضة"},
		{"عنوان\n\nفاز فريق الرجاء على الوداد، وشارك آلاف الناخبين في الانتخابات البلدية في الدار البيضاء.", ""},
	} {
		evs := eventsOfType(t, c.text, "2018-05-10", "election")
		if assert.Len(t, evs, 1, c.text) {
			if c.who == "" {
				assert.NotContains(t, evs[0].Participants, "الرجاء", c.text)
				continue
			}
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsAnnouncedMeasureImposed: a body that announces a measure
// imposed, lifted, eased or extended (أعلنت … فرض عقوبات، رفع العقوبات،
// تمديد العقوبات) takes that decision; who condemns it does not.
// Sentences written for this test.
func TestEventsAnnouncedMeasureImposed(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nأعلنت وزارة الخزانة الأمريكية، مساء الخميس، فرض عقوبات على ثلاثة مصارف في كوريا الشمالية.", "وزارة الخزانة الأمريكية"},
		{"عنوان\n\nوأعلن الاتحاد الأوروبي تمديد العقوبات الاقتصادية المفروضة على روسيا ستة أشهر أخرى.", "الاتحاد الأوروبي"},
		{"عنوان\n\nوأعلنت الحكومة الكندية رفع العقوبات عن ميانمار.", "الحكومة الكندية"},
		{"عنوان\n\nونددت وزارة الخارجية الروسية بفرض العقوبات الأمريكية الجديدة.", ""},
	} {
		evs := eventsOfType(t, c.text, "2019-04-10", "decision")
		if c.who == "" {
			for _, e := range evs {
				assert.NotContains(t, e.Participants, "وزارة الخارجية الروسية", c.text)
			}
			continue
		}
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}
