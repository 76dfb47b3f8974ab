package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsDescribedSubject: in subject-verb order, a name described by a
// participle phrase (التابع لـ، المدعومة من، المتحالفة مع، الموالي لـ) is
// the verb's subject; the patron named at the phrase's end is not.
func TestEventsDescribedSubject(t *testing.T) {
	tests := []struct{ name, text, typ, want, not string }{
		{"belonging to, light verb", "عنوان\n\nوكان برنامج الأغذية العالمي التابع للأمم المتحدة قد أصدر الأحد قرارا بوقف توزيع الخبز.", "decision", "برنامج الأغذية العالمي", "الأمم المتحدة"},
		{"backed by, light verb", "عنوان\n\nوذكر المرصد أن قوات سوريا الديمقراطية المدعومة من واشنطن شنت هجوما على مدينة منبج.", "attack", "قوات سوريا الديمقراطية", "واشنطن"},
		{"allied with, verb", "عنوان\n\nوكانت ميليشيا الحشد الشعبي المتحالفة مع إيران هاجمت مواقع في بلدة طوزخورماتو.", "attack", "الحشد الشعبي", "إيران"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-02", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.want, "%+v", evs[0])
			assert.NotContains(t, evs[0].Participants, tt.not, "%+v", evs[0])
		})
	}
}

// TestEventsObjectPronounSubject: an attack verb that carries its object
// as a pronoun (تستهدفها، قصفوها) has its subject right after it; a
// country or a city there is who attacks, not where.
func TestEventsObjectPronounSubject(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوهي الجماعات التي استهدفتها أنقرة وبغداد في العام الماضي.", "2018-06-02", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Place, "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "أنقرة", "%+v", evs[0])
	// A bare place after a verb with no pronoun is still where.
	evs = eventsOfType(t, "عنوان\n\nوقصفت الطائرات مدينة إدلب فجر الأحد.", "2018-06-02", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "إدلب", evs[0].Place, "%+v", evs[0])
}

// TestEventsAllotAid: who sets money aside for aid (خصصت، رصد) gives
// it, as who offers it (قدمت) does; a future verb makes it planned.
func TestEventsAllotAid(t *testing.T) {
	tests := []struct{ name, text, giver, status string }{
		{"allotted, a country", "عنوان\n\nوخصصت كندا مبلغ 20 مليون دولار للمساعدات الإنسانية في جنوب السودان.", "كندا", "past"},
		{"earmarked, a fund", "عنوان\n\nورصد البنك الدولي 300 مليون دولار للمساعدات في لبنان.", "البنك الدولي", "past"},
		{"will allot", "عنوان\n\nوستخصص ألمانيا 15 مليون يورو للمساعدات في إقليم دارفور.", "ألمانيا", "planned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-02", "aid")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, []string{tt.giver}, evs[0].Participants, "%+v", evs[0])
			assert.Equal(t, tt.status, evs[0].Status, "%+v", evs[0])
		})
	}
	// رصد is also "monitor": the monitor takes no part in what it saw.
	evs := eventsOfType(t, "عنوان\n\nورصد المرصد السوري هجمات على مدينة حلب.", "2018-06-02", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Participants, "%+v", evs[0])
}

// TestEventsRelativeSetOffTime: a date in a relative clause set off by a
// comma after the event's prepositional phrase tells of the last noun's
// own time (the fiscal year that begins in July), not the event's; after
// an incident, or right after the event's genitives, it stays the event's.
func TestEventsRelativeSetOffTime(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوقدمت اليابان 12 مليون دولار للمساعدات في اليمن خلال الموسم الزراعي، الذي ينتهي في الثلاثين من سبتمبر.", "2018-06-02", "aid")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Time, "%+v", evs[0])
	evs = eventsOfType(t, "عنوان\n\nوأعلنت الشرطة مقتل ثلاثة أشخاص في الانفجار، الذي وقع الخميس في مدينة الموصل.", "2018-06-02", "death")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2018-05-31", evs[0].Time, "%+v", evs[0])
	evs = eventsOfType(t, "عنوان\n\nواختتمت في الرباط أعمال الدورة الخامسة للجنة العليا المشتركة، التي انطلقت يوم الاثنين.", "2018-06-02", "meet")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2018-05-28", evs[0].Time, "%+v", evs[0])
}

// TestEventsPraisedAid: who praises or values an aid (ثمن، أشاد، نوه،
// أثنى) did not give it; the name after المقدمة من / الممنوحة من did.
func TestEventsPraisedAid(t *testing.T) {
	tests := []struct{ name, text, giver, praiser string }{
		{"valued, given by a country", "عنوان\n\nوثمن رئيس الوزراء عمر الرزاز المساعدات المقدمة من اليابان لقطاع التعليم.", "اليابان", "عمر الرزاز"},
		{"values, granted by a country", "عنوان\n\nويثمن الرئيس ميشال عون المساعدات الممنوحة من الصين.", "الصين", "ميشال عون"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-02")
			for _, e := range evs {
				if e.Type == "aid" {
					assert.NotContains(t, e.Participants, tt.praiser, "%+v", e)
					if tt.giver != "" {
						assert.Equal(t, []string{tt.giver}, e.Participants, "%+v", e)
						assert.Empty(t, e.Place, "%+v", e)
					}
				}
			}
			assert.True(t, hasType(evs, "statement", tt.praiser), "%+v", evs)
		})
	}
}

// TestEventsLeadNotBackground: the lead's event, told without a day, is
// not an attack of the same place dated months before the article (the
// background a story ends with); one of the same weeks may still be it.
func TestEventsLeadNotBackground(t *testing.T) {
	text := "عنوان\n\nأفادت تقارير بوقوع انفجارات في قاعدة عسكرية قرب مدينة حمص.\nونفت الحكومة وقوع أي هجوم.\nوفي آذار 2017، اتهمت دمشق إسرائيل بقصف القاعدة قرب مدينة حمص."
	evs := eventsOfType(t, text, "2018-09-02", "attack")
	require.Len(t, evs, 2, "%+v", evs)
	assert.Empty(t, evs[0].Time, "%+v", evs)
	assert.Equal(t, "2017-03", evs[1].Time, "%+v", evs)
}

// TestEventsExpectedAttack: an attack expected to come (هجوم متوقع، هجوم
// من المتوقع أن يشنه) is planned, and who arms others to counter it (أرسلت
// X أسلحة للتصدي لهجوم) is none of its sides; an expected attack that
// then took place (وقع الهجوم المتوقع) is past.
func TestEventsExpectedAttack(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوزودت قطر المعارضة بصواريخ للتصدي لهجوم من المتوقع أن يشنه الجيش السوري على مدينة درعا.", "2018-06-02", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "planned", evs[0].Status, "%+v", evs[0])
	assert.NotContains(t, evs[0].Participants, "قطر", "%+v", evs[0])
	evs = eventsOfType(t, "عنوان\n\nوحذرت المنظمة من هجوم متوقع على مدينة الحديدة.", "2018-06-02", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "planned", evs[0].Status, "%+v", evs[0])
	evs = eventsOfType(t, "عنوان\n\nوبدأ الهجوم المتوقع على مدينة الحديدة فجر أمس.", "2018-06-02", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "past", evs[0].Status, "%+v", evs[0])
}

// TestEventsFreedAfterTime: a time or a place told with في between the
// verb of freeing and those freed (حرر الجيش في فبراير الماضي الرهائن)
// keeps the release (dd4c4ae's check stopped at في).
func TestEventsFreedAfterTime(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوكانت القوات الفرنسية قد حررت في فبراير الماضي السفينة \"مارينا\" التي خطفها مسلحون.", "2018-06-02", "release")
	require.Len(t, evs, 1, "%+v", evs)
	checkNotEvents(t, "عنوان\n\nوحرر الصحفي أحمد منصور تقريرا عن الرهائن.", "2018-06-02", "release")
}
