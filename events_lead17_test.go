package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsObjectAfterSetOffDate: a day set off by commas between a
// verb's subject and its object interrupts the clause; the person after it
// is still the object, even behind a word the title lists do not know
// (مدربها، المدرب).
func TestEventsObjectAfterSetOffDate(t *testing.T) {
	tests := []struct{ name, text, typ, object string }{
		{"a coach dismissed by a club",
			"عنوان\n\nوأقالت إدارة نادي الزمالك، مساء الأحد، مدربها البرتغالي جيسوالدو فيريرا.", "dismiss", "جيسوالدو فيريرا"},
		{"a coach dismissed, a common noun",
			"عنوان\n\nأقال نادي الوداد البيضاوي، صباح الاثنين، المدرب فوزي البنزرتي.", "dismiss", "فوزي البنزرتي"},
		{"a coach appointed",
			"عنوان\n\nوعين الاتحاد الأردني لكرة القدم، أمس الخميس، مدربه الجديد عدنان حمد.", "appoint", "عدنان حمد"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-10", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.object)
		})
	}
	// A clause after the date is no object: its names stay out.
	for _, e := range eventsOf(t, "عنوان\n\nواعتقلت الشرطة ثلاثة أشخاص، أمس، فيما قال الوزير خالد الجراح إن التحقيق مستمر.", "2017-10-10") {
		if e.Type == "arrest" {
			assert.NotContains(t, e.Participants, "خالد الجراح")
		}
	}
}

// TestEventsVehicleOfAid: a plane, a ship or trucks carrying aid goods
// (تحمل، محملة، على متنها + medicine, aid, tents) is an aid delivery; a
// vehicle of goods for trade or a warplane is not.
func TestEventsVehicleOfAid(t *testing.T) {
	tests := []struct{ name, text, giver, place string }{
		{"a ship sent by a state",
			"عنوان\n\nوأرسلت الكويت سفينة تحمل 800 طن من الأدوية والأغذية إلى ميناء الحديدة.", "الكويت", "الحديدة"},
		{"a plane of a body",
			"عنوان\n\nوهبطت في مطار بنغازي طائرة تابعة لمنظمة الصحة العالمية على متنها عشرة أطنان من اللقاحات.", "منظمة الصحة العالمية", ""},
		{"trucks of tents",
			"عنوان\n\nوأرسلت قطر عشرين شاحنة محملة بالخيام والبطانيات إلى مخيم الزعتري.", "قطر", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-10", "aid")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.giver)
			if tt.place != "" {
				assert.Contains(t, evs[0].Place, tt.place)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nوعبرت عشرات الشاحنات المحملة بالمواد الغذائية والأسمدة المنفذ الحدودي متجهة إلى الخرطوم.",
		"عنوان\n\nوأسقطت الدفاعات الجوية طائرة حربية تحمل صواريخ فوق ريف حماة.",
	} {
		checkNotEvents(t, text, "2017-10-10", "aid")
	}
	// The trucks of a convoy are that convoy's: one delivery.
	text := "عنوان\n\nوأرسل الهلال الأحمر الأردني قافلة من عشرين شاحنة محملة بالخيام والبطانيات إلى مخيم الركبان."
	assert.Len(t, eventsOfType(t, text, "2017-10-10", "aid"), 1)
}

// TestEventsOpenedCrossing: opening a border crossing (منفذ), a stadium or
// a refinery is an establishment, as opening a hospital or a road is.
func TestEventsOpenedCrossing(t *testing.T) {
	tests := []struct{ name, text, opener string }{
		{"a land crossing",
			"عنوان\n\nوافتتح وزير الداخلية العراقي قاسم الأعرجي، الأحد، منفذ عرعر الحدودي مع السعودية.", "قاسم الأعرجي"},
		{"a stadium",
			"عنوان\n\nافتتح الشيخ تميم بن حمد ملعب خليفة الدولي بعد تجديده.", "تميم بن حمد"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-10", "establish")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.opener)
		})
	}
}

// TestEventsElectionHeldClause: a definite event noun whose relative
// clause tells it took place (الانتخابات التي جرت يوم الأحد) is introduced
// there, not told before: its time alone keeps it.
func TestEventsElectionHeldClause(t *testing.T) {
	text := "عنوان\n\nوأعلنت اللجنة العليا، مساء الأربعاء، النتائج النهائية للانتخابات النيابية التي جرت يوم الأحد الماضي."
	evs := eventsOfType(t, text, "2017-10-11", "election")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2017-10-08", evs[0].Time)
	// Told before and referred back to with a time alone: still one event.
	text = "عنوان\n\nوفاز الحزب بالانتخابات النيابية في الأردن يوم الأحد.\n\nوأعلنت اللجنة أن الانتخابات التي جرت يوم الأحد كانت نزيهة."
	assert.Len(t, eventsOfType(t, text, "2017-10-11", "election"), 1)
	// A meeting told before, then referred back to by such a clause: no
	// second meeting.
	text = "عنوان\n\nاختتم مؤتمر المانحين لليمن أعماله في جنيف أمس.\n\nوقال الوزير إن المؤتمر الذي عقد على مدى يومين حقق أهدافه."
	assert.Len(t, eventsOfType(t, text, "2017-10-11", "meet"), 1)
}

// TestEventsProvisoDateNotTime: a date to come in a clause of proviso
// after a past act (على أن تبدأ …، شريطة أن …) is what is to follow, not
// when the act was done.
func TestEventsProvisoDateNotTime(t *testing.T) {
	text := "عنوان\n\nووقعت وزارة الكهرباء عقدا مع شركة سيمنس الألمانية، على أن يبدأ تنفيذ المشروع في نيسان المقبل."
	evs := eventsOfType(t, text, "2017-10-11", "agreement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Time)
	text = "عنوان\n\nووقعت وزارة الكهرباء أمس عقدا مع شركة سيمنس الألمانية، على أن يبدأ تنفيذ المشروع في نيسان المقبل."
	evs = eventsOfType(t, text, "2017-10-11", "agreement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "2017-10-10", evs[0].Time)
}

// TestEventsAgreedContentNoPlace: where an agreement's terms send
// something (يقضي بتصدير …، لمد خط الغاز إلى …) is not where it was made;
// a place before the terms still is.
func TestEventsAgreedContentNoPlace(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"the terms after يقضي",
			"عنوان\n\nووقعت سوريا والعراق اتفاقا يقضي بنقل الغاز عبر الأنابيب الممتدة إلى ميناء بانياس.", ""},
		{"a purpose with إلى",
			"عنوان\n\nووقع لبنان والأردن اتفاقا لمد خط الكهرباء إلى طرابلس.", ""},
		{"the place of signing first",
			"عنوان\n\nووقع لبنان والأردن في عمان اتفاقا يقضي بمد خط الكهرباء إلى طرابلس.", "عمّان"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-11", "agreement")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place)
		})
	}
}

// TestEventsDroppedSubjectAgrees: a verb with its subject dropped takes
// the last speaker only when it agrees with the speaker's verb: a plural
// verb after a man's statement has another subject.
func TestEventsDroppedSubjectAgrees(t *testing.T) {
	text := "عنوان\n\nوأشاد وزير المالية علي حسن خليل بالموازنة. في المقابل، انسحب نواب حزب الكتائب من الجلسة وطالبوا بإعادة النظر فيها."
	for _, e := range eventsOf(t, text, "2017-10-11") {
		if e.Type == "appeal" {
			assert.NotContains(t, e.Participants, "علي حسن خليل")
		}
	}
	text = "عنوان\n\nوقال وزير المالية علي حسن خليل إن العجز تراجع. ودعا إلى إقرار الموازنة قبل نهاية الشهر."
	evs := eventsOfType(t, text, "2017-10-11", "appeal")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "علي حسن خليل")
}

// TestEventsRefugeesGoHome: refugees or displaced people going home
// (عاد نحو ألف لاجئ …، يعود النازحون) is a displacement, no visit, and
// its place is where they return to, not where they come from; a
// minister going back to a camp of refugees is no displacement.
func TestEventsRefugeesGoHome(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"about a number, from a country to a town",
			"عنوان\n\nوعاد نحو 700 لاجئ سوري من الأردن إلى بلداتهم في ريف درعا الشرقي.", "ريف درعا الشرقي"},
		{"a number in words",
			"عنوان\n\nوعاد نحو ألف نازح إلى منازلهم في الفلوجة.", "الفلوجة"},
		{"the noun",
			"عنوان\n\nوبدأت عودة النازحين من مخيمات أربيل إلى الموصل.", "الموصل"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-11", "displacement")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place)
			checkNotEvents(t, tt.text, "2017-10-11", "visit")
		})
	}
	checkNotEvents(t, "عنوان\n\nوعاد وزير الخارجية إلى مخيم اللاجئين في الزعتري.", "2017-10-11", "displacement")
}

// TestEventsAwaitedNotTold: what is awaited (لحين تعيين وزير جديد، ريثما
// يتم انتخاب رئيس) has not happened: no event, and no participant taken
// from the sentences before for it.
func TestEventsAwaitedNotTold(t *testing.T) {
	text := "عنوان\n\nوقدم وزير الصحة حاتم الجبلي استقالته. وكلف الرئيس وزير التعليم خالد عبد الغفار بتسيير أعمال الوزارة لحين تعيين وزير جديد."
	evs := eventsOfType(t, text, "2017-10-11", "appoint")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "خالد عبد الغفار")
	assert.NotContains(t, evs[0].Participants, "حاتم الجبلي")
	checkNotEvents(t, "عنوان\n\nوتواصل الحكومة تصريف الأعمال ريثما يتم انتخاب رئيس جديد للبلاد.", "2017-10-11", "election")
}

// TestEventsObjectNounAfterSetOffDate: a date set off by commas between a
// verb and the event noun it governs (وقعت مصر، الاثنين، اتفاقية تعاون مع
// الأردن) leaves one event: the noun names the act the verb tells.
func TestEventsObjectNounAfterSetOffDate(t *testing.T) {
	text := "عنوان\n\nووقع العراق، مساء الأحد، اتفاقية تعاون أمني مع الكويت."
	evs := eventsOfType(t, text, "2017-10-11", "agreement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "العراق")
	assert.Contains(t, evs[0].Participants, "الكويت")
	assert.Equal(t, "2017-10-08", evs[0].Time)
}

// TestEventsOpenedFacilityWordWhole: the facility opened is the noun with
// a case, number or pronoun ending (مركزين، مقرها), not a longer word it
// begins (المقرر "scheduled", طريقة "a way").
func TestEventsOpenedFacilityWordWhole(t *testing.T) {
	checkNotEvents(t, "عنوان\n\nوافتتح رئيس الوزراء أعمال المؤتمر المقرر في عمان.", "2019-01-01", "establish")
	evs := eventsOfType(t, "عنوان\n\nوافتتح وزير الصحة مركزين صحيين في الزرقاء.", "2019-01-01", "establish")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "الزرقاء", evs[0].Place)
}

// TestEventsConvoyOfReliefBody: a convoy from a relief body (قافلة من
// الهلال الأحمر، قافلة برية من برنامج الأغذية) is an aid delivery by that
// body, even when no word of aid follows; a military convoy is not.
func TestEventsConvoyOfReliefBody(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nووصلت إلى الحسكة قافلة برية من جمعية الهلال الأحمر العربي السوري.", "2019-08-18", "aid")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "جمعية الهلال الأحمر العربي السوري")
	checkNotEvents(t, "عنوان\n\nوعبرت قافلة عسكرية من الجيش التركي الحدود.", "2019-08-18", "aid")
}
