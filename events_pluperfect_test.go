package naba

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPluperfectLightSubject: in the pluperfect of a story's
// background (وكان X قد أجرى اتصالاً) the subject stands before قد and the
// light verb; a title phrase there is the actor, also one that ends in a
// country (أمير الكويت), which is no actor of its own.
func TestEventsPluperfectLightSubject(t *testing.T) {
	for _, tt := range []struct{ name, text, typ, person string }{
		{"a ruler's title ending in his country, named before",
			"عنوان\n\nاستقبل ملك الأردن الملك عبدالله الثاني وفدا برلمانيا.\n\nوكان ملك الأردن قد أجرى اتصالا هاتفيا مع الرئيس الفلسطيني.", "contact", "عبدالله الثاني"},
		{"a minister's title with a nisba, named before",
			"عنوان\n\nوصل وزير الخارجية العراقي إبراهيم الجعفري إلى عمان.\n\nوكان وزير الخارجية العراقي قد عقد اجتماعا مع السفراء العرب.", "meet", "إبراهيم الجعفري"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.person)
			}
		})
	}
}

// TestEventsLetter: a written or oral letter between leaders is a contact
// of its sender and its receiver: whoever receives it (تلقى), or the
// second name after a verb of handing it over (سلّم الوزير فلان الرئيسَ
// فلاناً رسالة), never the messenger; a message of a speech is none.
func TestEventsLetter(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want, not  []string
	}{
		{"received",
			"عنوان\n\nتلقى الرئيس التونسي الباجي قائد السبسي رسالة خطية من الرئيس الجزائري عبد العزيز بوتفليقة.",
			[]string{"الباجي قائد السبسي", "عبد العزيز بوتفليقة"}, nil},
		{"handed over by an envoy",
			"عنوان\n\nوسلم المبعوث الخاص سالم الراشد الرئيس اللبناني ميشال عون رسالة شفهية من أمير قطر الشيخ تميم بن حمد.",
			[]string{"ميشال عون", "تميم بن حمد"}, []string{"سالم الراشد"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "contact", "")
			if assert.True(t, ok, "no contact in %q", tt.text) {
				for _, p := range tt.want {
					assert.Contains(t, e.Participants, p)
				}
				for _, p := range tt.not {
					assert.NotContains(t, e.Participants, p)
				}
			}
		})
	}
	checkNotEvents(t, "عنوان\n\nوقال الوزير في كلمته إن رسالة الحكومة واضحة للجميع.", "2018-11-18", "contact")
}

// TestEventsDetainedAfterLongSubject: أوقف is an arrest when the persons
// detained come after a subject of several words and a time set off by
// commas (أوقفت مديرية المخابرات في الجيش، فجر الاثنين، ثلاثة مطلوبين);
// أوقف with a halted thing stays no arrest.
func TestEventsDetainedAfterLongSubject(t *testing.T) {
	has := func(text string) bool {
		for _, e := range eventsOf(t, text, "2017-04-10") {
			if e.Type == "arrest" {
				return true
			}
		}
		return false
	}
	assert.True(t, has("عنوان\n\nوأوقفت شعبة المعلومات في قوى الأمن الداخلي، مساء الأحد، أربعة مطلوبين في طرابلس."))
	assert.True(t, has("عنوان\n\nأوقف جهاز الأمن العام في محافظة البقاع الشمالي، أمس، شخصين بتهمة التهريب."))
	assert.False(t, has("عنوان\n\nوأوقفت وزارة الصحة في الحكومة المحلية، أمس، العمل في المستشفى بعد شكاوى المرضى."))
}

// TestEventsDanCondemned: دان, the Levantine press's "condemned", is a
// statement as أدان is, and its subject is no party to the attack it
// condemns.
func TestEventsDanCondemned(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nودان رئيس مجلس النواب نبيه بري التفجير الذي استهدف الحافلة.",
		"عنوان\n\nودانت وزيرة الخارجية الإسبانية أرانشا غونزاليس الاعتداء على المسجد.",
	} {
		evs := eventsOf(t, text, "2017-04-10")
		statement := false
		for _, e := range evs {
			if e.Type == "statement" {
				statement = true
			}
			if e.Type == "attack" {
				assert.Empty(t, e.Participants, "the one who condemns is no attacker: %q", text)
			}
		}
		assert.True(t, statement, "no statement in %q: %v", text, evs)
	}
}

// TestEventsBeforeNotImam: the preposition أمام "in front of" is no title
// إمام "imam" though both fold alike: a press conference held in front of
// a place, a protest in front of a factory, have no participant "the
// imam of" it; the title still reads.
func TestEventsBeforeNotImam(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقال الوزير سمير حداد، في مؤتمر صحفي عقده أمام المستشفى، إن الخدمة ستعود.",
		"عنوان\n\nونظم العمال وقفة احتجاجية أمام المصنع للمطالبة برواتبهم.",
	} {
		for _, e := range eventsOf(t, text, "2018-04-14") {
			for _, p := range e.Participants {
				assert.NotContains(t, p, "أمام", "%s: %v", e.Type, e.Participants)
			}
		}
	}
	e, ok := eventOf(t, "عنوان\n\nوالتقى إمام الجامع الأزهر الشيخ أحمد الطيب البابا فرنسيس.", "meet", "")
	if assert.True(t, ok) {
		assert.Contains(t, e.Participants, "أحمد الطيب")
	}
}

// TestEventsElectionWinnerAfterTitle: the winner named after his title
// (فاز الرئيس فلان، فوز رئيس الوزراء فلان) takes part in the election won.
func TestEventsElectionWinnerAfterTitle(t *testing.T) {
	for _, tt := range []struct{ text, person string }{
		{"عنوان\n\nوفاز الرئيس الكولومبي إيفان دوكي بولاية ثانية في الانتخابات التي جرت الأحد الماضي.", "إيفان دوكي"},
		{"عنوان\n\nوأعلنت اللجنة الانتخابية فوز رئيس الوزراء المجري فيكتور أوربان في الانتخابات التي جرت في 8 نيسان.", "فيكتور أوربان"},
	} {
		e, ok := eventOf(t, tt.text, "election", "")
		if assert.True(t, ok, "no election in %q", tt.text) {
			assert.Contains(t, e.Participants, tt.person)
		}
	}
}

// TestEventsNamedThingSuffersNothing: a named thing (a league, a word in
// quotes the recognizer reads as a name) is no one who dies, is hurt or
// is held.
func TestEventsNamedThingSuffersNothing(t *testing.T) {
	// The player who left hurt tells no event (the pipeline finds none
	// in the sentence): no event may hold the cup, which passes on none.
	text := "عنوان\n\nوغادر النجم الإيفواري ديدييه دروغبا نهائي كأس الأمم الأفريقية مصابا."
	for _, e := range eventsOf(t, text, "2018-05-27") {
		assert.NotContains(t, e.Participants, "كأس الأمم الأفريقية", "%s in %q", e.Type, text)
	}
	// The dead are told: their event must be there, without the word.
	text = "عنوان\n\nوقال الجيش إن القوات قتلت 12 \"إرهابيا\" في العملية."
	for _, e := range eventsOfType(t, text, "2018-05-27", "injury", "death", "arrest") {
		assert.NotContains(t, e.Participants, "إرهابيا", "%s in %q", e.Type, text)
	}
}

// TestEventsTriggerWordInName: a trigger word that is a word of a name
// (دان, the verb "condemned" and the given name Dan) ends no title
// phrase: the statement's speaker after his title is the whole name.
func TestEventsTriggerWordInName(t *testing.T) {
	for _, tt := range []struct{ text, who string }{
		{"عنوان\n\nقال الكاتب دان براون يوم الاثنين إن كتابه القادم شبه منته.", "دان براون"},
		{"عنوان\n\nوأكد الكاتب دان براون أمس أن التصوير يبدأ في الربيع.", "دان براون"},
	} {
		evs := eventsOf(t, tt.text, "2017-04-12")
		found := false
		for _, e := range evs {
			if e.Type == "statement" && slices.Contains(e.Participants, tt.who) {
				found = true
			}
		}
		assert.True(t, found, "no statement by %s in %q: %v", tt.who, tt.text, evs)
	}
}
