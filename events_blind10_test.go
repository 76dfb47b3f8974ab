package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMoneyPledged: money promised or given (تعهد، تبرع، منح، قدم
// with an amount in a currency) is aid, as the guidelines type funding
// pledges; the country that gives is a participant, not where aid goes.
// A promise to act, a resignation handed in and a draft budget are none.
func TestEventsMoneyPledged(t *testing.T) {
	tests := []struct {
		name, text, who string
	}{
		{"a country pledges to give",
			"عنوان\n\nوتعهدت ألمانيا بتقديم 300 مليون يورو لإعادة تأهيل المدارس.", "ألمانيا"},
		{"a donation with an amount",
			"عنوان\n\nوتبرعت الكويت بمبلغ 20 مليون دولار لصالح وكالة الأونروا.", "الكويت"},
		{"a headline grant",
			"صندوق النقد العربي يمنح تونس 120 مليون دولار\n\nنص الخبر.", "صندوق النقد العربي"},
		{"money given right after the giver",
			"عنوان\n\nوقدمت اليابان 15 مليون دولار لبرنامج الأغذية العالمي.", "اليابان"},
		{"pledges as a noun",
			"عنوان\n\nوانتهى اجتماع المانحين في جنيف أمس بتعهدات تجاوزت أربعة مليارات دولار.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-03-20")
			assert.True(t, hasType(evs, "aid", tt.who), "%+v", evs)
		})
	}
	for _, text := range []string{
		"عنوان\n\nوتعهد وزير الداخلية بملاحقة المتورطين في أعمال الشغب.",
		"عنوان\n\nوقدم رئيس البلدية استقالته إلى المحافظ صباح الأحد.",
		"عنوان\n\nوقدمت الحكومة مشروع الموازنة بقيمة 12 مليار دينار إلى مجلس النواب.",
	} {
		evs := eventsOf(t, text, "2018-03-20")
		assert.False(t, hasType(evs, "aid", ""), "%s: %+v", text, evs)
	}
}

// TestEventsFireWithAgentBetween: the verbal noun إطلاق with its agent in
// the genitive before النار or الرصاص (إطلاق مسلحين النار) is an attack, as
// the verb with its subject between is (أطلق مسلحون النار); a campaign to
// stop the fire is none.
func TestEventsFireWithAgentBetween(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأصيب شرطيان إثر إطلاق ملثمين النار على حاجز للشرطة في بلدة الرمثا مساء الجمعة.",
		"عنوان\n\nونقل سائق الحافلة إلى المستشفى بعد إطلاق مجهولين الرصاص عليه قرب مدينة العقبة.",
	} {
		evs := eventsOf(t, text, "2018-03-20")
		assert.True(t, hasType(evs, "attack", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوأعلنت اللجنة إطلاق مبادرة لوقف إطلاق النار في الجنوب.", "2018-03-20")
	assert.False(t, hasType(evs, "attack", ""), "%+v", evs)
}

// TestEventsDemandPastAnAside: what an appeal asks for with ب is no event
// of its own, also when an aside (a statement said where and when) stands
// between the verb and it; a ب-object of another verb after the appeal is
// (رحب بإطلاق سراح: a release welcomed).
func TestEventsDemandPastAnAside(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوطالبت نقابة الصحفيين، في بيان نشرته مساء الأحد، بإطلاق سراح المراسلين الثلاثة.",
		"عنوان\n\nويطالب ذوو المعتقلين، منذ أشهر، بالإفراج عن أبنائهم المحتجزين في سجن صيدنايا.",
	} {
		evs := eventsOf(t, text, "2018-03-20")
		assert.False(t, hasType(evs, "release", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nودعا المبعوث الأممي إلى التهدئة ورحب بإطلاق سراح الصيادين أمس الإثنين.", "2018-03-20")
	assert.True(t, hasType(evs, "release", ""), "%+v", evs)
}
