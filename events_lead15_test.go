package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsGuestAfterReceptionPlace: where a host received his guest,
// set off by commas after the day (استقبل X، صباح الخميس، بمقر الرئاسة
// في Y، نظيره Z), is an aside of the meeting; the guest after it still
// takes part.
func TestEventsGuestAfterReceptionPlace(t *testing.T) {
	tests := []struct{ name, text, host, guest string }{
		{"a seat of the presidency in a district",
			"عنوان\n\nاستقبل الرئيس الموريتاني محمد ولد عبد العزيز، مساء الاثنين، بقصر الرئاسة في نواكشوط، نظيره السنغالي ماكي سال.", "محمد ولد عبد العزيز", "ماكي سال"},
		{"a headquarters alone",
			"عنوان\n\nالتقى وزير الداخلية المغربي عبد الوافي لفتيت، أمس، بمقر الوزارة، سفير إسبانيا ريكاردو دييز.", "عبد الوافي لفتيت", "ريكاردو دييز"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.host)
			assert.Contains(t, evs[0].Participants, tt.guest)
		})
	}
}

// TestEventsLightVerbInRelativeClause: a light verb opening a relative
// clause after a name (نظيره فلان الذي يقوم بزيارة إلى X، الجيش، الذي شن
// غارات على Y) has that name for its subject: the visit is the guest's,
// the strikes the army's. A verb with an object pronoun (البيان الذي
// أصدرته الوزارة) is no light verb.
func TestEventsLightVerbInRelativeClause(t *testing.T) {
	tests := []struct{ name, text, typ, actor, place string }{
		{"a guest on a visit",
			"عنوان\n\nاستقبل الملك الأردني عبد الله الثاني رئيس الوزراء العراقي حيدر العبادي الذي يقوم بزيارة رسمية إلى عمان.", "visit", "حيدر العبادي", "عمان"},
		{"an army after a comma",
			"عنوان\n\nوحمّلت المعارضة الجيش السوري، الذي شن غارات على بلدة معرة النعمان، مسؤولية سقوط الضحايا.", "attack", "الجيش السوري", "معرة النعمان"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.actor)
			assert.Equal(t, tt.place, evs[0].Place)
		})
	}
}

// TestEventsVictimsAmongToll: the victims named again with the article
// after a preposition of part (إن بين القتلى ثلاثة عمال، ومن بين الجرحى
// طفلان) count a part of the toll told before: one death and one injury,
// with the toll's figures, not a second death with its own place.
func TestEventsVictimsAmongToll(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"among the dead",
			"عنوان\n\nلقي خمسة أشخاص مصرعهم وجرح تسعة آخرون، فجر السبت، في انهيار مبنى سكني بمدينة طنطا.\n\nوقال مسؤول في المحافظة إن بين القتلى ثلاثة أطفال.", "death"},
		{"among the wounded",
			"عنوان\n\nقتل أربعة جنود وأصيب 11 آخرون، الخميس، في هجوم على نقطة تفتيش في مدينة رفح.\n\nومن بين المصابين أربعة ضباط نقلوا إلى مستشفى العريش.", "injury"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.NotEmpty(t, evs[0].Time, "%+v", evs[0])
		})
	}
}

// TestEventsTollPlaceAfterDateline: a toll in the sentence a dateline
// opens (PLACE - or PLACE (COUNTRY) -) is where its cause struck, named
// after it (في انفجار هز مخزنا في منطقة X جنوب المدينة), not where the
// story was filed.
func TestEventsTollPlaceAfterDateline(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"a country in brackets",
			"انفجار في مخزن للذخيرة جنوب مصراتة\n\nمصراتة (ليبيا) - لقي أربعة أشخاص حتفهم، مساء الجمعة، في انفجار هز مخزنا للذخيرة في منطقة الكراريم جنوب مدينة مصراتة.", "الكراريم"},
		{"a bare dateline",
			"حريق في سوق شعبي غرب الموصل\n\nالموصل - قتل ثلاثة أشخاص في حريق اندلع في سوق شعبي بقضاء تلعفر غرب الموصل.", "تلعفر"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "death")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
		})
	}
}

// TestEventsVisitVictimsPastTitlePhrase: the visitor's title phrase may
// hold its own في (وزير الصحة في الحكومة المؤقتة فلان); the wounded he
// visits after it are the toll's, no second injury at the hospital.
func TestEventsVisitVictimsPastTitlePhrase(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a minister in an interim government",
			"عنوان\n\nقتل خمسة أشخاص وأصيب 14 آخرون، مساء السبت، في انفجار سيارة مفخخة في مدينة درنة.\n\nوتفقد وزير الصحة في حكومة الوفاق الوطني أحمد الكردي، صباح الأحد، الجرحى في مستشفى الهريش."},
		{"a governor in a province",
			"عنوان\n\nأصيب 30 شخصا، الخميس، في حريق اندلع في سوق مدينة الحلة.\n\nوزار المحافظ في محافظة بابل صادق مدلول المصابين في مستشفى مرجان."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inj := eventsOfType(t, tt.text, "2018-06-05", "injury")
			assert.Len(t, inj, 1, "%+v", inj)
			visits := eventsOfType(t, tt.text, "2018-06-05", "visit")
			require.Len(t, visits, 1, "%+v", visits)
			assert.NotEmpty(t, visits[0].Place, "%+v", visits)
		})
	}
}

// TestEventsTollOfWhenClause: a toll told before a clause of when whose
// verb is the attack (قتل … عندما انفجرت عبوة، أصيب … حين استهدفت طائرة)
// takes the attack's place and day: the explosion caused it.
func TestEventsTollOfWhenClause(t *testing.T) {
	tests := []struct{ name, text, typ, place, time string }{
		{"killed when a bomb went off",
			"عنوان\n\nقتل شرطيان عندما انفجرت قنبلة في دورية كانت تمر في حي الكرادة ببغداد يوم الثلاثاء الماضي.", "death", "الكرادة", "2018-05-29"},
		{"wounded as a drone struck",
			"عنوان\n\nوأصيب ستة مدنيين بجروح حين استهدفت طائرة مسيرة سيارة في بلدة الحصن مساء الجمعة.", "injury", "الحصن", "2018-06-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
}
