package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSpeechDelivered: ألقى with a speech in its sentence (كلمة،
// خطابا، بيانا) is a statement by its subject, whose words often follow
// only as "قال فيها" with no name; ألقى القبض stays an arrest.
func TestEventsSpeechDelivered(t *testing.T) {
	tests := []struct{ name, text, speaker string }{
		{"a speech, then what he said in it",
			"عنوان\n\nوألقى رئيس الوزراء العراقي حيدر العبادي كلمة في افتتاح المؤتمر، قال فيها إن المعركة انتهت.", "حيدر العبادي"},
		{"an address before parliament",
			"عنوان\n\nألقت المستشارة الألمانية أنغيلا ميركل خطابا أمام البرلمان دعت فيه إلى الوحدة.", "أنغيلا ميركل"},
		{"a statement read out",
			"عنوان\n\nوألقى المتحدث باسم الجيش اللبناني العميد علي قانصو بيانا مقتضبا أمام الصحفيين.", "علي قانصو"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-05")
			assert.True(t, hasType(evs, "statement", tt.speaker), "%+v", evs)
		})
	}
	evs := eventsOf(t, "عنوان\n\nوألقت الشرطة القبض على رجلين في حي الكرادة ببغداد.", "2018-06-05")
	assert.False(t, hasType(evs, "statement", ""), "%+v", evs)
	assert.True(t, hasType(evs, "arrest", ""), "%+v", evs)
}

// TestEventsContactsMade: أجرى / يجري with calls or contacts in its
// sentence (أجرى اتصالات مع، يجري مكالمة) is a contact by its subject,
// the subject standing between the verb and the calls.
func TestEventsContactsMade(t *testing.T) {
	tests := []struct{ name, text, caller string }{
		{"contacts with counterparts",
			"عنوان\n\nوأجرى وزير الخارجية الجزائري عبد القادر مساهل اتصالات مع نظرائه العرب.", "عبد القادر مساهل"},
		{"a call, the verb in the imperfect",
			"عنوان\n\nويجري الرئيس الفرنسي إيمانويل ماكرون اتصالا مع نظيره الأمريكي مساء اليوم.", "إيمانويل ماكرون"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-05")
			assert.True(t, hasType(evs, "contact", tt.caller), "%+v", evs)
		})
	}
	evs := eventsOf(t, "عنوان\n\nوأجرى الفريق الطبي عملية جراحية للاعب في مستشفى بالدوحة.", "2018-06-05")
	assert.False(t, hasType(evs, "contact", ""), "%+v", evs)
}

// TestEventsProtestAsMotive: احتجاجا على after a resignation, a
// withdrawal, a boycott or an envoy recalled is why that act was done,
// no protest; after protesters' acts it is their protest.
func TestEventsProtestAsMotive(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوانسحبت تونس من اجتماع المنظمة في القاهرة يوم الاثنين احتجاجا على جدول الأعمال.",
		"عنوان\n\nوقدم وزير الصحة الأردني استقالته في عمان صباح الأحد احتجاجا على خفض الموازنة.",
		"عنوان\n\nواستدعت الخارجية العراقية سفيرها في أنقرة الثلاثاء احتجاجا على القصف.",
	} {
		evs := eventsOf(t, text, "2018-06-05")
		assert.False(t, hasType(evs, "protest", ""), "%q: %+v", text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوقطع مئات المحتجين الطريق الدولي قرب البصرة الأحد احتجاجا على انقطاع الكهرباء.",
		"عنوان\n\nوتجمع عشرات الطلاب أمام مبنى الجامعة في الرباط الاثنين احتجاجا على رفع الرسوم.",
		// words that begin with a boycott's stem are no boycott (a
		// crossroads, video clips)
		"عنوان\n\nوتجمع عشرات السائقين عند تقاطع الطرق في طنجة الأحد احتجاجا على غلاء الوقود.",
		"عنوان\n\nونشر ناشطون مقاطع مصورة لمئات الطلاب في فاس الاثنين احتجاجا على إغلاق الكلية.",
	} {
		evs := eventsOf(t, text, "2018-06-05")
		assert.True(t, hasType(evs, "protest", ""), "%q: %+v", text, evs)
	}
}

// TestEventsYearOfAThing: a bare year in construct after a thing it dates
// (موازنة عام 2019، خطة 2030، رؤية 2030) is that thing's year, not the
// time of a meeting or a vote told beside it; after a word of time
// (بداية عام 2019) or as the event's own (انتخابات 2019) it dates it.
func TestEventsYearOfAThing(t *testing.T) {
	tests := []struct{ name, text, typ, time string }{
		{"a session on a budget, its day elsewhere",
			"عنوان\n\nوعقد مجلس الأمة الكويتي، صباح الثلاثاء، جلسة خاصة لمناقشة ميزانية عام 2019 برئاسة مرزوق الغانم.", "meet", "2018-06-05"},
		{"a plan's year, no other date",
			"عنوان\n\nوبحث رئيس الوزراء المصري مع وفد البنك الدولي في القاهرة رؤية مصر 2030 للتنمية.", "meet", ""},
		{"the start of a year dates the meeting",
			"عنوان\n\nوعقد البرلمان الأردني جلسة طارئة في بداية عام 2017 في عمان.", "meet", "2017"},
		{"the election's own year",
			"عنوان\n\nوتجري انتخابات عام 2019 في تونس وسط توتر سياسي.", "election", "2019"},
		{"a verb's object pronoun is no noun in construct",
			"عنوان\n\nوكانت الشرطة اعتقلته عام 2015 في القاهرة.", "arrest", "2015"},
		{"nor an adjective of the trigger",
			"عنوان\n\nوعقدت القمة العربية عام 2019 في تونس.", "meet", "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
}

// TestEventsRelativeClauseOfAName: a relative clause after a name the
// event noun governs (الإفراج عن الصحفي X الذي خطفه مسلحون في Y الشهر
// الماضي) tells another event's time and place; the noun takes neither.
// A clause that names the event's doer (التي شنها الطيران) still dates it.
func TestEventsRelativeClauseOfAName(t *testing.T) {
	text := "عنوان\n\nوأعلنت الحكومة الليبية، مساء الأحد، الإفراج عن المهندس التركي أحمد يلدز الذي خطفه مسلحون في مدينة سبها الشهر الماضي."
	evs := eventsOfType(t, text, "2018-06-05", "release")
	assert.Equal(t, "2018-06-03", evs[0].Time, "%+v", evs)
	assert.NotEqual(t, "سبها", evs[0].Place, "%+v", evs)
	text = "عنوان\n\nوتواصلت الغارات على بلدة كفرنبل التي شنها الطيران الحربي صباح الاثنين."
	evs = eventsOfType(t, text, "2018-06-05", "attack")
	assert.Equal(t, "2018-06-04", evs[0].Time, "%+v", evs)
	// A clause that tells the event itself took place (جرت، انعقد،
	// اختتمت) dates it and places it.
	for _, tt := range []struct{ text, typ, time, place string }{
		{"عنوان\n\nوأعلنت اللجنة نتائج انتخابات الكنيست التي جرت في القدس الثلاثاء.", "election", "2018-06-05", "القدس"},
		{"عنوان\n\nوشارك الوزير في مؤتمر باريس الذي انعقد الخميس في العاصمة الفرنسية.", "meet", "2018-05-31", ""},
		{"عنوان\n\nوتابع المراقبون اجتماعات مجلس الأمن التي انطلقت في نيويورك يوم الجمعة.", "meet", "2018-06-01", "نيويورك"},
		{"عنوان\n\nوقتل عشرة أشخاص في الاشتباكات في حي الشيخ مقصود التي اندلعت صباح الجمعة.", "attack", "2018-06-01", ""},
	} {
		evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
		assert.Equal(t, tt.time, evs[0].Time, "%q: %+v", tt.text, evs)
		if tt.place != "" {
			assert.Equal(t, tt.place, evs[0].Place, "%q: %+v", tt.text, evs)
		}
	}
}

// TestEventsTellerIsNotDetained: a detaining verb with no subject after it
// (اعتقلت، أوقف) holds the person its sentence is about, but not one who
// tells it: a person named before أن/إن says what follows.
func TestEventsTellerIsNotDetained(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوذكر الناطق باسم الشرطة خالد الحمداني أن دورية داهمت منزلا في حي الجهاد، واعتقلت أربعة مطلوبين.",
		"عنوان\n\nوقالت المحامية سناء عمران إن عناصر الأمن فتشوا المكتب صباح الأحد، واعتقلت اثنين من العاملين فيه.",
	} {
		for _, e := range eventsOfType(t, text, "2018-06-05", "arrest") {
			for _, p := range e.Participants {
				assert.NotContains(t, []string{"خالد الحمداني", "سناء عمران"}, p, "%q: %+v", text, e)
			}
		}
	}
	// The passive's own subject, told before with no one speaking.
	evs := eventsOfType(t, "عنوان\n\nوكان الناشط فراس العلي قد عاد إلى البلاد في آذار، وقد أوقف في المطار واحتجز يومين.", "2018-06-05", "arrest")
	assert.True(t, hasType(evs, "arrest", "فراس العلي"), "%+v", evs)
}

// TestEventsChairSpeaks: the person named after برئاسة in a speaker's
// phrase says what follows إن; the event told there is another's.
func TestEventsChairSpeaks(t *testing.T) {
	text := "عنوان\n\nوقالت بعثة المراقبين الأوروبيين، برئاسة النائبة الإيطالية ماريا فيرانتي، إن الاقتراع جرى بهدوء في العاصمة الجزائر يوم الخميس."
	for _, e := range eventsOfType(t, text, "2018-06-05", "election") {
		assert.NotContains(t, e.Participants, "ماريا فيرانتي", "%+v", e)
	}
}

// TestEventsTelecomsAfterVerb: the telecoms company or ministry named
// after أجرى/يجري is no contact (تجري شركة الاتصالات مفاوضات).
func TestEventsTelecomsAfterVerb(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتجري شركة الاتصالات الأردنية مفاوضات مع مستثمرين خليجيين في عمان.",
		"عنوان\n\nويجري قطاع الاتصالات في مصر تحديثا شاملا لشبكاته هذا العام.",
	} {
		evs := eventsOf(t, text, "2018-06-05")
		assert.False(t, hasType(evs, "contact", ""), "%q: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوأجرى وزير الخارجية الأردني أيمن الصفدي الاتصالات اللازمة مع نظرائه العرب.", "2018-06-05")
	assert.True(t, hasType(evs, "contact", "أيمن الصفدي"), "%+v", evs)
}
