package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSpeechJoinedToLightVerb: a verb of saying or calling joined by
// و to a clause whose event is a noun after a light verb (عقد الوزير
// اجتماعا، شارك الرئيس في القمة، ترأس الملك اجتماعا، وقع الوزير اتفاقية)
// has the light verb's subject, as it has any verb's. Sentences written
// for this test.
func TestEventsSpeechJoinedToLightVerb(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوعقد وزير الخارجية سامح شكري اجتماعا مع السفير الإيطالي بالقاهرة، وقال إن مصر حريصة على تعزيز العلاقات.", "statement", "سامح شكري"},
		{"عنوان\n\nوشارك وزير الطاقة خالد الفالح في مؤتمر الطاقة العالمي في أبوظبي، ودعا إلى استقرار الأسواق.", "appeal", "خالد الفالح"},
		{"عنوان\n\nوترأس الرئيس التونسي الباجي قائد السبسي اجتماعا لمجلس الأمن القومي، وطالب بتشديد المراقبة على الحدود.", "appeal", "الباجي قائد السبسي"},
		{"عنوان\n\nوشارك رئيس الحكومة سعد الدين العثماني في المنتدى، وألقى كلمة دعا فيها إلى دعم المقاولات الصغرى.", "appeal", "سعد الدين العثماني"},
	} {
		evs := eventsOfType(t, c.text, "2018-03-05", c.typ)
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsDualSpeakersOfAct: a verb of saying in the dual or the plural
// joined to an act (اجتمع فلان وفلان، وأكدا; التقى الرئيس الملك، وشددا;
// عقد وزراء الدول الثلاث اجتماعا، وأكدوا) has the whole subject of the act,
// or for a meeting or an agreement its two sides; a singular verb keeps
// the one subject. Sentences written for this test.
func TestEventsDualSpeakersOfAct(t *testing.T) {
	for _, c := range []struct {
		text string
		who  []string
	}{
		{"عنوان\n\nواجتمع وزير الخارجية الأردني أيمن الصفدي ونظيره العراقي فؤاد حسين في عمان، وأكدا أهمية فتح المعابر.", []string{"أيمن الصفدي", "فؤاد حسين"}},
		{"عنوان\n\nوالتقى الرئيس الموريتاني محمد ولد الغزواني الرئيس السنغالي ماكي سال في نواكشوط، وشددا على تعزيز التعاون في مجال الصيد.", []string{"محمد ولد الغزواني", "ماكي سال"}},
		{"عنوان\n\nووقع وزير النفط العراقي إحسان عبد الجبار مع وزير الطاقة الأردني صالح الخرابشة مذكرة تفاهم، وأكدا أن الأنبوب سينجز قريبا.", []string{"إحسان عبد الجبار", "صالح الخرابشة"}},
		{"عنوان\n\nوالتقى الرئيس الموريتاني محمد ولد الغزواني الرئيس السنغالي ماكي سال في نواكشوط، وأكد أن بلاده ستفتح الحدود.", []string{"محمد ولد الغزواني"}},
	} {
		evs := eventsOfType(t, c.text, "2021-06-14", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.ElementsMatch(t, c.who, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsHabitualIsNoEvent: an imperfect verb told as what is done as a
// rule (عادة ما، غالبا ما، كثيرا ما، دائما ما before it, عادة after it)
// tells no event of the story; the same verb told of a day is one.
// Sentences written for this test.
func TestEventsHabitualIsNoEvent(t *testing.T) {
	for _, c := range []struct {
		text, typ string
		event     bool
	}{
		{"عنوان\n\nولم تتبن أي جهة التفجير، لكن حركة الشباب عادة ما تعلن مسؤوليتها عن مثل هذه الهجمات.", "statement", false},
		{"عنوان\n\nوغالبا ما يطالب الاتحاد العام التونسي للشغل بزيادة الأجور في مطلع كل عام.", "appeal", false},
		{"عنوان\n\nويعلن البنك المركزي المصري عادة قراراته بشأن أسعار الفائدة مساء الخميس.", "statement", false},
		{"عنوان\n\nويطالب الاتحاد العام التونسي للشغل اليوم الحكومة بزيادة الأجور.", "appeal", true},
	} {
		if c.event {
			eventsOfType(t, c.text, "2019-01-10", c.typ)
		} else {
			checkNotEvents(t, c.text, "2019-01-10", c.typ)
		}
	}
}

// TestEventsOathAfterSubjectAside: أدى with its subject set off by commas
// before the oath (أدى الرئيس فلان، اليمين الدستورية) is taking office,
// as it is with no comma; أدى … إلى (led to) is none. Sentences written
// for this test.
func TestEventsOathAfterSubjectAside(t *testing.T) {
	for _, c := range []struct {
		text, who string
	}{
		{"عنوان\n\nوأدى الرئيس التونسي المنتخب قيس سعيد، اليمين الدستورية أمام البرلمان صباح اليوم.", "قيس سعيد"},
		{"عنوان\n\nوأدى رئيس الوزراء العراقي مصطفى الكاظمي اليمين الدستورية أمام مجلس النواب.", "مصطفى الكاظمي"},
	} {
		evs := eventsOfType(t, c.text, "2019-10-23", "appoint")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
	checkNotEvents(t, "عنوان\n\nوأدى انهيار الجسر، بحسب الشرطة، إلى إغلاق الطريق الرئيسي بين المدينتين.", "2019-10-23", "appoint")
}

// TestEventsLawNamedByTopic: a law named by what it rules (قانون
// الانتخاب، مشروع قانون العفو العام) names no election or release, and
// the date after it is the vote's that passed it. Sentences written for
// this test.
func TestEventsLawNamedByTopic(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nوصادق البرلمان الأردني على قانون الانتخاب الجديد أمس.", "election"},
		{"عنوان\n\nوأقر مجلس النواب اللبناني مشروع قانون العفو العام أمس.", "release"},
	} {
		checkNotEvents(t, c.text, "2017-05-01", c.not)
		evs := eventsOfType(t, c.text, "2017-05-01", "decision")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, "2017-04-30", evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsGoingOnParticipleEndsWindow: a participle that goes on with
// what its subject says (، مؤكدا، مشيرا، مضيفا) after an event word opens
// another clause: the place it names is what was said of, not the
// event's. Sentences written for this test.
func TestEventsGoingOnParticipleEndsWindow(t *testing.T) {
	text := "عنوان\n\nووقعت شركة سوناطراك اتفاقية مع شركة إيني الإيطالية لتطوير حقل غاز. من جانبه، رحب الرئيس التنفيذي لشركة إيني كلاوديو ديسكالزي بالاتفاق، مؤكدا التزام شركته بالاستثمار في الجزائر."
	for _, ev := range eventsOfType(t, text, "2019-05-12", "agreement") {
		assert.Empty(t, ev.Place, "%+v", ev)
	}
}

// TestEventsProtestersAsVictims: protesters right after a toll or arrest
// noun (مقتل متظاهرين، اعتقال محتجين) are its victims or the held: the
// place and time told after them are the toll's as well as the protest's.
// Sentences written for this test.
func TestEventsProtestersAsVictims(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nوأعلنت لجنة أطباء السودان المركزية مقتل متظاهرين اثنين برصاص قوات الأمن في مدينة أم درمان.", "death", "أم درمان"},
		{"عنوان\n\nوأعلنت الشرطة العراقية اعتقال محتجين في ساحة التحرير ببغداد مساء أمس.", "arrest", "ساحة التحرير"},
	} {
		evs := eventsOfType(t, c.text, "2019-06-30", c.typ)
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Place, c.place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsTalksDuringVisit: بحث خلالها مع فلان after a visit names talks
// with one the visit did not name: a meeting with both; بحث خلاله
// الجانبان after a call stays the call's content. Sentences written for
// this test.
func TestEventsTalksDuringVisit(t *testing.T) {
	text := "عنوان\n\nووصل الرئيس التونسي قيس سعيد إلى الجزائر العاصمة في زيارة رسمية تستغرق يومين، يبحث خلالها مع الرئيس عبد المجيد تبون ملف الحدود."
	evs := eventsOfType(t, text, "2022-07-04", "meet")
	if assert.Len(t, evs, 1, text) {
		assert.ElementsMatch(t, []string{"قيس سعيد", "عبد المجيد تبون"}, evs[0].Participants, "%+v", evs)
	}
	checkNotEvents(t, "عنوان\n\nوأجرى الرئيس قيس سعيد اتصالا هاتفيا بالرئيس عبد المجيد تبون، بحث خلاله الجانبان ملف الحدود.", "2022-07-04", "meet")
}

// TestEventsTollInAttackPlace: a toll told with its cause after في (قتل
// سبعة مدنيين في غارات جوية على بلدة X) was taken where the attack struck,
// also when the sentence opens with the larger region it is set in (وفي
// إدلب، …): the town, not the region. Sentences written for this test.
func TestEventsTollInAttackPlace(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوفي ريف إدلب، قتل سبعة مدنيين في غارات جوية على بلدة كفرنبل.",
		"عنوان\n\nوقتل سبعة مدنيين في غارات جوية على بلدة كفرنبل بريف إدلب.",
	} {
		evs := eventsOfType(t, text, "2019-08-20", "death")
		if assert.Len(t, evs, 1, text) {
			assert.Equal(t, "كفرنبل", evs[0].Place, "%s: %+v", text, evs)
		}
	}
}

// TestEventsRejectedIsNegated: an event word right after a form of رفض
// (رفضهم تهجير، رفضت الإفراج عن) is what was rejected: negated, no event
// that happened. Sentences written for this test.
func TestEventsRejectedIsNegated(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nوأكد وزراء الخارجية العرب في ختام اجتماعهم رفضهم تهجير الفلسطينيين من قطاع غزة.", "displacement"},
		{"عنوان\n\nوقال المحامي إن النيابة رفضت الإفراج عن الناشط علاء عبد الفتاح رغم انتهاء مدة حبسه.", "release"},
	} {
		for _, e := range eventsOfType(t, c.text, "2024-03-04", c.typ) {
			assert.Equal(t, "negated", e.Status, "%s: %+v", c.text, e)
		}
	}
}
