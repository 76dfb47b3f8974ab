package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsNotReached: what failed to happen, what is to be avoided and a
// risk run are no events (فشل … في التوصل إلى اتفاق، لتجنب هجوم، خطر
// اعتقال); an aim to reach something neither (للتوصل إلى هدنة).
func TestEventsNotReached(t *testing.T) {
	tests := []struct {
		name, text string
		not        string // a type:trigger that must not be found
	}{
		{"failed to reach a deal", "عنوان\n\nوفشلت المفاوضات التي جرت في القاهرة الشهر الماضي في التوصل إلى اتفاق بين الطرفين.", "agreement:اتفاق"},
		{"to reach a truce", "عنوان\n\nوتوجه الوفد إلى جنيف للتوصل إلى هدنة في المدينة.", "agreement:هدنة"},
		{"to avoid an attack", "عنوان\n\nوأرسل الجيش تعزيزات إلى الحدود لتجنب هجوم لحركة حماس على القرى.", "attack:هجوم"},
		{"a fear of an attack", "عنوان\n\nوتتزايد المخاوف من هجوم لحركة حماس على القرى.", "attack:هجوم"},
		{"a risk of arrest", "عنوان\n\nويقول السكان إنهم يواجهون خطر اعتقال الشرطة الإسرائيلية لهم في القدس.", "arrest:اعتقال"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotContains(t, triggers(eventsOf(t, tt.text, "2018-06-05")), tt.not)
		})
	}
	// Reached, it is one; and a risk told of people, not of the event
	// (في خطر بسبب القصف), leaves the shelling one.
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوأعلن الوسيط التوصل إلى اتفاق بين الطرفين في الدوحة.", "2018-06-05")), "agreement:اتفاق")
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوقال الطبيب إن الأطفال في خطر بسبب قصف الطائرات لحلب.", "2018-06-05")), "attack:قصف")
}

// TestEventsClauseSubjects: who acts in a clause is read in that clause:
// after إن the speaker is not the doer (قال … إن مسلحين اقتحموا); a name
// before a light verb is its subject (إن فرنسا قدمت مزيدا من المساعدات);
// the pronoun of a relative clause stands between a verb and its subject
// (الذي طالب فيه …); a title and its organization may come between أما
// and the person it names; the one whose kin or aide a participant is
// takes no part, and neither does one who boycotts (وسط مقاطعة); an
// authority without a name but with its nationality speaks (أعلنت
// الرئاسة المصرية).
func TestEventsClauseSubjects(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string // the participants
	}{
		{"unnamed doer after إن",
			"عنوان\n\nوقال المتحدث باسم الشرطة أحمد سليم إن مسلحين اقتحموا مبنى البلدية في الموصل.", "attack", []string{"مسلحين"}},
		{"named doer after إن",
			"عنوان\n\nوقال المتحدث باسم الشرطة أحمد سليم إن حركة حماس هاجمت موقعا للجيش قرب غزة.", "attack", []string{"حركة حماس"}},
		{"subject before a light verb",
			"عنوان\n\nوقال مسؤول إن فرنسا قدمت مزيدا من المساعدات للاجئين في الأردن.", "aid", []string{"فرنسا"}},
		{"the pronoun of a relative clause",
			"عنوان\n\nوفي الوقت الذي طالب فيه الرئيس الفرنسي إيمانويل ماكرون بوقف القتال، قال الوزير إن الحل سياسي.", "appeal", []string{"إيمانويل ماكرون"}},
		{"a title before the person after أما",
			"عنوان\n\nأما رئيس مجلس إدارة الشركة الوطنية للنفط، خالد عبد الرحمن، فقال إن الإنتاج سيرتفع.", "statement", []string{"خالد عبد الرحمن"}},
		{"an authority and its nationality",
			"عنوان\n\nوأعلنت الرئاسة المصرية، الأحد، أن الرئيس سيزور الخرطوم.", "statement", []string{"الرئاسة المصرية"}},
		{"amid a boycott",
			"عنوان\n\nوعقد المجلس الوطني الفلسطيني اجتماعا في رام الله وسط مقاطعة حركة حماس.", "meet", []string{"المجلس الوطني الفلسطيني"}},
		{"an aide of someone",
			"عنوان\n\nوجرى اتصال هاتفي بين وزير الخارجية الفرنسي جان إيف لودريان وسامي حداد مستشار رئيس الوزراء اللبناني سعد الحريري.", "contact", []string{"جان إيف لودريان", "سامي حداد"}},
		{"a father of someone (والد: its و is the word's)",
			"عنوان\n\nوجرى اتصال هاتفي بين وزير الخارجية الفرنسي جان إيف لودريان وسامي حداد والد رئيس الوزراء اللبناني سعد الحريري.", "contact", []string{"جان إيف لودريان", "سامي حداد"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
}

// TestEventsUnitNotTitle: a rank word before a number names a unit (معسكر
// اللواء 35، الفرقة 17), not the officer of that rank named elsewhere.
func TestEventsUnitNotTitle(t *testing.T) {
	text := "عنوان\n\nوحمّل الضباط اللواء سمير حداد مسؤولية التأخير. وقصفت الطائرات معسكر اللواء 35 قرب مدينة حمص."
	for _, e := range eventsOfType(t, text, "2018-06-05", "attack") {
		assert.NotContains(t, e.Participants, "سمير حداد")
	}
}

// TestEventsSubjectOfKana: a verb joined by و with no subject and no event
// before it in its sentence keeps the name كان opens the sentence with.
func TestEventsSubjectOfKana(t *testing.T) {
	text := "عنوان\n\nوكان سمير حداد من أبرز قادة الحزب في الجنوب، ولقي حتفه عام 2012 في انفجار قرب صيدا."
	for _, e := range eventsOfType(t, text, "2018-06-05", "death") {
		assert.Contains(t, e.Participants, "سمير حداد")
	}
}

// TestEventsParticipleNoComma: a masculine participle of appeal needs no
// comma before it (قال … إن الوضع خطير داعيا إلى); the feminine forms,
// which nouns share (داعية a preacher, مطالبة a demand), still do.
func TestEventsParticipleNoComma(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // the appeals' participants
	}{
		{"masculine", "عنوان\n\nوقال رئيس البلدية خالد منصور إن المياه شحيحة هذا الصيف مطالبا السكان بترشيد الاستهلاك.", [][]string{{"خالد منصور"}}},
		{"no event before it", "عنوان\n\nوتجمع المزارعون أمام مبنى المحافظة في إربد مناشدين الحكومة دعم أسعار القمح.", nil},
		{"a preacher", "عنوان\n\nوقال الوزير خالد منصور إن داعية معروفا زار المدينة.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "appeal" {
					got = append(got, e.Participants)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsCityInCountry: a meeting told in a governorate or main city
// the data places in a country, and in that country, is one meeting (not
// only in its capital); a summit of countries and the summit named by a
// city of one of them, with no time of its own, is one summit; another
// meeting word, or a city of no side, stays apart.
func TestEventsCityInCountry(t *testing.T) {
	tests := []struct {
		name, text string
		n          int    // meetings
		place      string // the place of the first
	}{
		{"a city, then its country",
			"عنوان\n\nوالتقى المبعوث الأممي خالد منصور وزير الخارجية العراقي إبراهيم الجعفري في البصرة.\nوبحث منصور خلال لقائه إبراهيم الجعفري في العراق ملف النازحين.",
			1, "البصرة"},
		{"a summit and the summit of a city of a side",
			"عنوان\n\nوعقدت تركيا قمة مع مصر والأردن الأسبوع الماضي.\nوخلال قمة الإسكندرية، ناقش القادة ملف المياه.",
			1, "الإسكندرية"},
		{"another meeting word",
			"عنوان\n\nوعقدت تركيا قمة مع مصر والأردن الأسبوع الماضي.\nوعقد المتحدث ندوة في الإسكندرية.",
			2, ""},
		{"a city of no side",
			"عنوان\n\nوعقدت تركيا قمة مع مصر والأردن الأسبوع الماضي.\nوخلال قمة البصرة، ناقش القادة ملف المياه.",
			2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []ev
			for _, e := range eventsOf(t, tt.text, "2018-09-03") {
				if e.Type == "meet" {
					got = append(got, e)
				}
			}
			if assert.Len(t, got, tt.n, "%+v", got) && tt.place != "" {
				assert.Equal(t, tt.place, got[0].Place)
			}
		})
	}
}

// TestEventsFigurative: attack words used of elections, courts,
// population, markets or a situation are no attacks; a political
// assassination and a strike on a political office are.
func TestEventsFigurative(t *testing.T) {
	not := []string{
		"عنوان\n\nوتخوض الأحزاب معارك انتخابية حامية في بغداد.",
		"عنوان\n\nوتدور معارك قضائية بين الشركتين في لندن.",
		"عنوان\n\nوحذر الخبراء من انفجار سكاني في القاهرة.",
		"عنوان\n\nوقال الوزير إن الحكومة تخشى انفجار الأوضاع في غزة.",
		"عنوان\n\nوتعمل الشركة على اقتحام الأسواق الأوروبية من دبي.",
		"عنوان\n\nوتستهدف الحملة الإعلانية الشباب في الرياض.",
	}
	for _, text := range not {
		checkNotEvents(t, text, "2018-06-05", "attack")
	}
	for _, text := range []string{
		"عنوان\n\nوقصفت الطائرات المكتب السياسي للحركة في غزة.",
		"عنوان\n\nوأدان الوزير الاغتيال السياسي للصحفي في بيروت.",
	} {
		eventsOfType(t, text, "2018-06-05", "attack")
	}
}

// TestEventsRelativeAndRoleSubjects: the person or organization a
// relative clause describes does what its verb says (…، التي طالبت), but
// a place does not (حلب التي قصفتها الطائرات); a speaker introduced by a
// title the entities stage gave him (قال المحلل فلان) speaks, while after
// another verb such a person is the object (يغتالون الصحفي فلان).
func TestEventsRelativeAndRoleSubjects(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string // the participants of the first event of typ
	}{
		{"an organization, a comma, the relative clause",
			"عنوان\n\nوانسحبت من الاجتماعات \"نقابة المهندسين الأردنيين\"، التي طالبت بتأجيل التصويت.", "appeal", []string{"نقابة المهندسين الأردنيين"}},
		{"a person and the relative clause",
			"عنوان\n\nوقال الرئيس أحمد حافظ الذي التقى الوزير في القاهرة إن الوضع جيد.", "meet", []string{"أحمد حافظ"}},
		{"the analyst speaks",
			"عنوان\n\nوقال المحلل مهدي عبد الرحيم من عمان إن الحكومة ستستقيل.", "statement", []string{"مهدي عبد الرحيم"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.Equal(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
	for _, e := range eventsOfType(t, "عنوان\n\nوتعرضت حلب التي قصفتها الطائرات الروسية لدمار كبير.", "2018-06-05", "attack") {
		assert.NotContains(t, e.Participants, "حلب")
	}
}

// TestEventsCourtRuled: a court's ruling (قضت المحكمة) is a trial, with
// the place and time of its sentence, and the sentence it gave (بإعدام)
// is that trial; what the accused are tried for (في وقائع "تفجير"،
// بتهمة) is no event of its own; قضى that is no court's is none.
func TestEventsCourtRuled(t *testing.T) {
	text := "عنوان\n\nقضت المحكمة الجنائية في مدينة طنطا، الأحد، بسجن 12 متهما في وقائع \"تفجير محطة\" قرب المدينة."
	evs := eventsOf(t, text, "2018-06-05")
	var trials []ev
	for _, e := range evs {
		assert.NotEqual(t, "attack", e.Type, "%+v", e)
		if e.Type == "trial" {
			trials = append(trials, e)
		}
	}
	if assert.Len(t, trials, 1, "%+v", evs) {
		assert.Equal(t, "طنطا", trials[0].Place)
		assert.Equal(t, "2018-06-03", trials[0].Time)
	}
	checkNotEvents(t, "عنوان\n\nوقضى الوزير ليلته في القاهرة قبل أن يعود إلى عمان.", "2018-06-05", "trial")
}

// TestEventsJoinedSubjects: names joined by و before a verb in
// subject-verb order are all its subjects (الحوثيون وقوات صالح قصفوا،
// دمشق وموسكو قصفتا).
func TestEventsJoinedSubjects(t *testing.T) {
	tests := []struct{ text, typ string }{
		{"عنوان\n\nوقال شهود إن حركة حماس وقوات حركة الجهاد الإسلامي قصفتا مواقع في عسقلان.", "attack"},
		{"عنوان\n\nوأكد المتحدث أن الأردن ولبنان وقعا مذكرة تفاهم في بيروت.", "agreement"},
	}
	want := [][]string{{"حركة حماس", "حركة الجهاد الإسلامي"}, {"الأردن", "لبنان"}}
	for i, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
		if assert.NotEmpty(t, evs, "no event of the type") {
			assert.Subset(t, evs[0].Participants, want[i], "%+v", evs)
		}
	}
}

// TestEventsSpokeAbout: تحدث … عن/بشأن tells something (a statement);
// a second charge joined to the first (في وقائع "تفجير" واستهداف) is
// no event either.
func TestEventsSpokeAbout(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوتحدث وزير الخارجية الأردني أيمن الصفدي، الأحد، عن جهود لإعادة فتح المعبر.", "2018-06-05", "statement")
	if assert.NotEmpty(t, evs, "no event of the type") {
		assert.Equal(t, []string{"أيمن الصفدي"}, evs[0].Participants)
	}
	checkNotEvents(t, "عنوان\n\nقضت المحكمة الجنائية في مدينة طنطا، الأحد، بسجن 12 متهما في وقائع \"تفجير محطة\" واستهداف كمين أمني قرب المدينة.", "2018-06-05", "attack")
}

// TestEventsFramingMeeting: the persons who open the main clause after a
// meeting that frames it (خلال القمة، اتفق فلان وفلان) took part in it.
func TestEventsFramingMeeting(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوخلال قمة عمان، اتفق الملك عبدالله الثاني والرئيس المصري عبد الفتاح السيسي على تنسيق المواقف.", "2018-06-05", "meet")
	if assert.NotEmpty(t, evs, "no event of the type") {
		assert.Subset(t, evs[0].Participants, []string{"عبدالله الثاني", "عبد الفتاح السيسي"}, "%+v", evs)
	}
}

// TestEventsDescribedForce: a common noun of armed men or machines with a
// nationality or a qualifier, opening the clause of a verb (after إن
// too), is the described actor (طائرات روسية قصفت، عناصر مجهولة
// هاجمت); without one it is none (إن طائرات قصفت).
func TestEventsDescribedForce(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"عنوان\n\nوقال المرصد إن طائرات روسية قصفت بلدة خان شيخون في ريف إدلب.", []string{"طائرات روسية"}},
		{"عنوان\n\nوأفاد شهود بأن عناصر مجهولة هاجمت مركزا للشرطة في درنة.", []string{"عناصر مجهولة"}},
		{"عنوان\n\nوقال المرصد إن طائرات قصفت بلدة خان شيخون في ريف إدلب.", nil},
	}
	for _, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", "attack")
		if assert.NotEmpty(t, evs, tt.text) {
			assert.Equal(t, tt.want, evs[0].Participants, tt.text)
		}
	}
}

// TestEventsToldDayBeforeWhatIsTold: the date right before what a speaker
// tells (… الأحد إن), in the clause of the verb, is the statement's time,
// past a press conference or a meeting named on the way.
func TestEventsToldDayBeforeWhatIsTold(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوقال الوزير أحمد حافظ في مؤتمر صحفي عقده في عمان الأحد إن الوضع خطير.", "2018-06-05", "statement")
	if assert.NotEmpty(t, evs) {
		assert.Equal(t, "2018-06-03", evs[0].Time)
	}
}

// TestEventsFacilityFirstLetter: a facility noun whose first letter is
// ف or و of the word, not the conjunction (فندق), is read as one: the
// place of a meeting in a hotel is written with the hotel. A hotel
// named by a rare word is a place of its own (ents12), the meeting's.
func TestEventsFacilityFirstLetter(t *testing.T) {
	for _, tt := range []struct{ text, place string }{
		{"عنوان\n\nوعقد الوزراء اجتماعا في فندق فخم في الرياض.", "فندق فخم في الرياض"},
		{"عنوان\n\nوعقد الوزراء اجتماعا في فندق ريتز في الرياض.", "فندق ريتز"},
		{"عنوان\n\nوعقد الوزراء اجتماعا في الفندق في الرياض.", "الفندق في الرياض"},
	} {
		doc, err := Extract(context.Background(), tt.text, ExtractOptions{})
		require.NoError(t, err)
		var places []string
		for _, e := range doc.Events {
			if e.Type != "meet" {
				continue
			}
			for _, a := range e.Arguments {
				if a.Role == "place" {
					places = append(places, a.Text)
				}
			}
		}
		assert.Equal(t, []string{tt.place}, places, tt.text)
	}
}
