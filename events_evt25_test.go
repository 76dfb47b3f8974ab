package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsTollAtIncident: a counted toll with neither a place nor a
// victim named, told right after an incident with its place (a speaker's
// account of it), is a toll of that incident, where it happened.
func TestEventsTollAtIncident(t *testing.T) {
	text := "عنوان\n\nوروى المتحدث ما جرى في بلدة المفرق، معلنا إصابة ثلاثة جنود.\nوأضاف أن العملية أسفرت عن مقتل خمسة مسلحين."
	evs := eventsOfType(t, text, "2021-03-04", "death")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "المفرق", evs[0].Place, "%+v", evs[0])
	// Not a total of more than one incident, nor a toll with its own cause.
	for _, text := range []string{
		"عنوان\n\nوقتل الطبيب سامر حمدان برصاص الشرطة الخميس في حي الشهداء.\nوقالت اللجنة إن 30 شخصا قتلوا منذ بدء الاحتجاجات.",
		"عنوان\n\nوهاجم المسلحون مواقع الجيش في حي الزهور.\nوأعلنت الوزارة أن حصيلة المعارك ارتفعت إلى 40 قتيلا.",
		"عنوان\n\nوهاجم المسلحون مواقع الجيش في حي الزهور.\nوهي حصيلة تقول المنظمة الدولية في تقريرها الأخير إنها تتجاوز 40 قتيلا.",
		"عنوان\n\nواندلعت اشتباكات في حي الزهور.\nوقتل خمسة مدنيين وأصيب عشرة آخرون أمس، في غارة جوية على السوق.",
	} {
		for _, e := range eventsOfType(t, text, "2021-03-04", "death") {
			if e.Trigger != "قتل" {
				assert.NotEqual(t, "الشهداء", e.Place, "%s: %+v", text, e)
				assert.NotEqual(t, "الزهور", e.Place, "%s: %+v", text, e)
			}
		}
	}
	// Not from an incident two sentences back.
	evs = eventsOfType(t, "عنوان\n\nوأصيب ثلاثة جنود في انفجار بلدة المفرق.\nوتوالت ردود الفعل الرسمية والشعبية.\nوأضاف أن العملية أسفرت عن مقتل خمسة مسلحين.", "2021-03-04", "death")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Place, "%+v", evs[0])
}

// TestEventsFrontedMeetingOwner: a meeting noun with a possessive pronoun
// that opens the sentence (وفي لقائه …، أكد فلان) is the meeting of the
// subject of the verb its clause leads to.
func TestEventsFrontedMeetingOwner(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوفي لقائه شيوخ العشائر وممثلي الفعاليات الشعبية في قاعة البلدية، أكد الرئيس محمود عباس أن الوحدة أولوية.", "محمود عباس"},
		{"عنوان\n\nوخلال لقائه طلبة الجامعة، دعا وزير التربية فادي نصار إلى الحوار.", "فادي نصار"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "meet")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Contains(t, evs[0].Participants, c.who, "%+v", evs[0])
	}
}

// TestEventsArrivalReceived: an arrival told with its reception (وصل
// الوفد إلى المدينة، وكان في استقباله فلان) is a visit, where it arrived,
// even when the visitor is not named; the ones who received an unnamed
// visitor take part. A bare arrival of an unnamed delegation is none.
func TestEventsArrivalReceived(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nووصل وفد الحكومة إلى الخرطوم مساء أمس، وكان في استقباله وزير الدولة سامر حمدان.", "2021-03-04", "visit")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "الخرطوم", evs[0].Place, "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "سامر حمدان", "%+v", evs[0])
	evs = eventsOfType(t, "عنوان\n\nوكان وفد المعارضة قد وصل إلى الدوحة مساء أمس على متن طائرة خاصة، وكان في استقباله بالمطار عدد من المسؤولين.", "2021-03-04", "visit")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "الدوحة", evs[0].Place, "%+v", evs[0])
	assert.Equal(t, "2021-03-03", evs[0].Time, "%+v", evs[0])
	checkNotEvents(t, "عنوان\n\nووصل وفد الحكومة إلى الخرطوم مساء أمس.", "2021-03-04", "visit")
	// Persons coming home, received at the airport, make no visit.
	checkNotEvents(t, "عنوان\n\nونقل البحارة المفرج عنهم إلى مطار القاهرة حيث وصلوا فجر اليوم، وكان في استقبالهم السفير فادي نصار.", "2021-03-04", "visit")
}

// TestEventsSignedPastLongSubject: a verb of signing whose subject is
// long (seven words and more) and whose agreement comes after على, or
// after a time set off by commas, is a signing.
func TestEventsSignedPastLongSubject(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nووقعت وزارة الصحة في المملكة ومنظمة الصحة العالمية والبنك الدولي أمس على مذكرة تفاهم.",
		"عنوان\n\nووقعت الحكومة المؤقتة في البلاد وممثلو الأحزاب المعارضة الرئيسية، اليوم الأحد، على ميثاق للمصالحة.",
	} {
		evs := eventsOfType(t, text, "2021-03-04", "agreement")
		require.Len(t, evs, 1, "%s: %+v", text, evs)
		assert.Equal(t, "وقعت", evs[0].Trigger, "%+v", evs[0])
	}
	checkNotEvents(t, "عنوان\n\nووقعت اشتباكات عنيفة بين قوات الجيش ومسلحين في ريف المدينة الشمالي، أمس، على خلفية الخلاف.", "2021-03-04", "agreement")
}

// TestEventsAgreementOwnName: a city after an agreement noun in the
// construct, with its purpose (اتفاق الدوحة لسلام دارفور، اتفاقية الرباط
// للتعاون), names the agreement: neither the city nor the place of its
// purpose signs it. Two places joined are its parties.
func TestEventsAgreementOwnName(t *testing.T) {
	for _, c := range []struct{ text, not1, not2 string }{
		{"عنوان\n\nووقع الطرفان في القاهرة أمس على اتفاق الدوحة لسلام دارفور.", "الدوحة", "دارفور"},
		{"عنوان\n\nووقعت الحكومة وحركة العدل والمساواة أمس على اتفاق أبوجا لسلام دارفور.", "أبوجا", "دارفور"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "agreement")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.NotContains(t, evs[0].Participants, c.not1, "%+v", evs[0])
		assert.NotContains(t, evs[0].Participants, c.not2, "%+v", evs[0])
	}
	evs := eventsOfType(t, "عنوان\n\nوتوصل الطرفان إلى اتفاق أنقرة وموسكو.", "2021-03-04", "agreement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Subset(t, evs[0].Participants, []string{"أنقرة", "موسكو"}, "%+v", evs[0])
}

// TestEventsAppealSeveralAddressees: a call on two or more, named right
// after the one who calls and joined by و (دعا فلان فلانا وفلانا إلى),
// takes each of them.
func TestEventsAppealSeveralAddressees(t *testing.T) {
	for _, c := range []struct{ text, caller, a, b string }{
		{"عنوان\n\nودعا رئيس الوزراء محمود عباس إسماعيل هنية وخالد مشعل إلى الحوار.", "محمود عباس", "إسماعيل هنية", "خالد مشعل"},
		{"عنوان\n\nودعا الرئيس محمود عباس عبد العزيز الحلو وخالد العمري إلى الالتحاق بالمفاوضات.", "محمود عباس", "عبد العزيز الحلو", "خالد العمري"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "appeal")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Subset(t, evs[0].Participants, []string{c.caller, c.a, c.b}, "%+v", evs[0])
	}
}

// TestEventsSideMinister: a minister told by his title and nationality
// alone (أشاد الوزير الليبي) is the minister named before as the side of
// that nationality (وعن الجانب الليبي وزير الزراعة فلان).
func TestEventsSideMinister(t *testing.T) {
	text := "عنوان\n\nووقع الاتفاق عن الجانب التونسي وزير الفلاحة السيد سامر حمدان، وعن الجانب الليبي وزير الزراعة السيد فادي نصار.\n\nمن جهته، أشاد الوزير الليبي بروح التعاون، مؤكدا أن بلاده ستلتزم بالاتفاق."
	evs := eventsOfType(t, text, "2023-07-20", "statement")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, []string{"فادي نصار"}, evs[0].Participants, "%+v", evs[0])
}

// TestEventsCountryFires: a country or a capital right after a verb of
// attack, with what it fired or struck after it (أطلقت كوريا الشمالية
// صاروخا، قصفت إسرائيل مواقع), attacks: it is no place of the attack. A
// city struck (قصفت الطائرات حلب) stays the place.
func TestEventsCountryFires(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوأطلقت كوريا الشمالية صاروخا باليستيا سقط في بحر اليابان صباح اليوم.", "كوريا الشمالية"},
		{"عنوان\n\nوأطلقت إيران صواريخ على قاعدة في العراق.", "إيران"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "attack")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Contains(t, evs[0].Participants, c.who, "%+v", evs[0])
		assert.NotEqual(t, c.who, evs[0].Place, "%+v", evs[0])
	}
	evs := eventsOfType(t, "عنوان\n\nوقصفت الطائرات حلب بالصواريخ.", "2021-03-04", "attack")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "حلب", evs[0].Place, "%+v", evs[0])
}

// TestEventsSplitAppointmentsKeepAppointer: one who appoints two persons,
// each to an office of his own (عيّن الرئيس فلان X مديرا لـA، وY مديرا
// لـB), takes part in each appointment.
func TestEventsSplitAppointmentsKeepAppointer(t *testing.T) {
	for _, c := range []struct{ text, who, a, b string }{
		{"عنوان\n\nوعين الرئيس قيس سعيد اللواء سمير الخطيب مديرا للأمن الوطني، واللواء هشام حداد مديرا للحرس الوطني.", "قيس سعيد", "سمير الخطيب", "هشام حداد"},
		{"عنوان\n\nوعين الملك محمد السادس فادي نصار سفيرا لدى فرنسا، وخالد العمري سفيرا لدى إسبانيا.", "محمد السادس", "فادي نصار", "خالد العمري"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "appoint")
		require.Len(t, evs, 2, "%s: %+v", c.text, evs)
		assert.Subset(t, evs[0].Participants, []string{c.who, c.a}, "%+v", evs[0])
		assert.Subset(t, evs[1].Participants, []string{c.who, c.b}, "%+v", evs[1])
		assert.NotContains(t, evs[1].Participants, c.a, "%+v", evs[1])
	}
}
