package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsEffectiveFromNotTime: a date told as the start of an effect
// yet to come (اعتبارا من، ابتداء من، بدءا من) is not the time of the
// agreement or announcement that sets it; the day it was agreed is. A
// suspension (or a rate decision) that starts then keeps that day.
func TestEventsEffectiveFromNotTime(t *testing.T) {
	tests := []struct {
		name, text, typ, want string
	}{
		{"an agreement effective from next month's start",
			"عنوان\n\nتوصل الطرفان، مساء الاثنين، إلى اتفاق ينص على إلغاء الرسوم الجمركية اعتبارا من مطلع الشهر المقبل.",
			"agreement", "2018-06-04"},
		{"an agreement, بدءا من a coming month",
			"عنوان\n\nوتوصلت النقابة ووزارة التربية، ليل الأحد، إلى اتفاق لرفع رواتب المعلمين بدءاً من أيلول المقبل.",
			"agreement", "2018-06-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-06", tt.typ)
			if len(evs) == 0 {
				return
			}
			assert.Equal(t, tt.want, evs[0].Time, "%+v", evs)
		})
	}
	// An announcement with no day of its own takes none from its effect.
	evs := eventsOfType(t, "عنوان\n\nوأعلنت سلطنة عمان انسحابها من الاتحاد اعتبارا من العام المقبل.", "2018-06-06", "statement")
	if len(evs) > 0 {
		assert.Empty(t, evs[0].Time, "%+v", evs)
	}
	// What is suspended from a coming day is suspended then.
	evs = eventsOfType(t, "عنوان\n\nوأعلنت شركة الطيران تعليق رحلاتها إلى بيروت اعتبارا من الأحد المقبل.", "2018-06-06", "suspend")
	if len(evs) > 0 {
		assert.Equal(t, "2018-06-10", evs[0].Time, "%+v", evs)
	}
}

// TestEventsVerdictPlural: the broken plural أحكام of a verdict, issued
// (أصدرت … أحكاما) or with its sentence after it (أحكام بالسجن), is a
// trial; أحكام of a law (provisions) is none.
func TestEventsVerdictPlural(t *testing.T) {
	tests := []struct {
		name, text string
		trial      bool
	}{
		{"sentences issued, a time between",
			"عنوان\n\nأصدرت محكمة جنايات طنطا، صباح اليوم، أحكاماً بالسجن المشدد على تسعة متهمين.", true},
		{"death sentences",
			"عنوان\n\nوأصدر القضاء العسكري في مدينة البصرة أحكاما بالإعدام بحق ثلاثة مدانين.", true},
		{"the provisions of a constitution",
			"عنوان\n\nوقال النائب إن أحكام الدستور تمنع تمديد ولاية المجلس.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var trials []string
			for _, e := range eventsOf(t, tt.text, "2018-06-06") {
				if e.Type == "trial" {
					trials = append(trials, e.Trigger)
				}
			}
			if tt.trial {
				assert.NotEmpty(t, trials)
			} else {
				assert.Empty(t, trials)
			}
		})
	}
}

// TestEventsBudgetPassed: a budget passed (أقر الموازنة، أجاز مشروع
// الموازنة، يجيز الميزانية) is a decision of the body that passed it;
// أجاز of what a law permits is none.
func TestEventsBudgetPassed(t *testing.T) {
	tests := []struct {
		name, text, part string
	}{
		{"a parliament passes the budget",
			"عنوان\n\nوأقر مجلس النواب اللبناني مساء الخميس الموازنة العامة بأغلبية الحاضرين.", "مجلس النواب اللبناني"},
		{"أجاز of a draft law",
			"عنوان\n\nوأجاز مجلس الشورى، يوم الأحد، مشروع قانون الضريبة على القيمة المضافة.", "مجلس الشورى"},
		{"يجيز in a headline",
			"مجلس الوزراء يجيز الميزانية العامة للعام الجديد\n\nنص الخبر.", "مجلس الوزراء"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-06", "decision")
			if len(evs) > 0 {
				assert.Contains(t, evs[0].Participants, tt.part, "%+v", evs)
			}
		})
	}
	checkNotEvents(t, "عنوان\n\nوقال المحامي إن القانون يجيز للقاضي وقف تنفيذ العقوبة.", "2018-06-06", "decision")
}

// TestEventsTollSumNoToldTime: a toll summed up (حصيلة … بلغت/ارتفعت إلى
// N قتيلا) counts the dead of many days: the day it was told is not
// their time. A death told with no حصيلة keeps the day of its telling.
func TestEventsTollSumNoToldTime(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوذكرت مصادر طبية، الخميس، أن حصيلة المواجهات في المدينة ارتفعت إلى 27 قتيلا بينهم أربعة أطفال و85 جريحا.",
		"عنوان\n\nوقال الدفاع المدني، مساء السبت، إن حصيلة ضحايا الزلزال بلغت 112 قتيلا ونحو 300 جريح.",
	} {
		for _, e := range eventsOfType(t, text, "2018-06-10", "death", "injury") {
			assert.Empty(t, e.Time, "%q: %+v", text, e)
		}
	}
	evs := eventsOfType(t, "عنوان\n\nوأعلنت وزارة الداخلية، الخميس، مقتل شرطيين في هجوم على حاجز قرب مدينة العريش.", "2018-06-10", "death")
	if len(evs) > 0 {
		assert.Equal(t, "2018-06-07", evs[0].Time, "%+v", evs)
	}
}

// TestEventsSeizedThingsNoArrest: ضبط and أوقف are an arrest of persons
// (مهربين، مسلحا، مطلوبين); goods described as smuggled (شحنة مهربة،
// بضائع مهربة) or violations counted (مخالفة، مخالفات) are no persons.
func TestEventsSeizedThingsNoArrest(t *testing.T) {
	tests := []struct {
		name, text string
		arrest     bool
	}{
		{"smuggled goods", "عنوان\n\nوضبطت دوريات الجمارك بضائع مهربة بقيمة مليون دينار قرب معبر طريبيل.", false},
		{"a smuggled shipment", "عنوان\n\nوضبطت قوات حرس الحدود شحنة سجائر مهربة على الحدود مع الأردن.", false},
		{"violations counted", "عنوان\n\nوضبطت الإدارة العامة للمرور 1200 مخالفة مرورية خلال يومين.", false},
		{"smugglers", "عنوان\n\nوضبطت قوات حرس الحدود أربعة مهربين على الحدود مع الأردن.", true},
		{"wanted men", "عنوان\n\nوأوقفت الشرطة العراقية خمسة مطلوبين في حي الشعب ببغداد.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range eventsOf(t, tt.text, "2018-06-06") {
				if e.Type == "arrest" {
					got = append(got, e.Trigger)
				}
			}
			if tt.arrest {
				assert.NotEmpty(t, got)
			} else {
				assert.Empty(t, got)
			}
		})
	}
}
