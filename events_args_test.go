package naba

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Argument rules, one table per rule; the sentences are the team's own.

// argCase is one sentence (after a title line) and the event of type
// Type that must come out of it with the given arguments.
type argCase struct {
	name  string
	text  string
	names []name
	dates []when
	want  ev
}

func checkArgCases(t *testing.T, cases []argCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := summarize(eventDoc(t, "عنوان\n\n"+c.text+"\n", "2022-04-09", c.names, nil, c.dates))
			for _, e := range got {
				if e.Type == c.want.Type && e.Trigger == c.want.Trigger {
					assert.ElementsMatch(t, c.want.Participants, e.Participants, "participants")
					assert.Equal(t, c.want.Place, e.Place, "place")
					assert.Equal(t, c.want.Time, e.Time, "time")
					return
				}
			}
			require.Fail(t, "no event", "%s %s in %+v", c.want.Type, c.want.Trigger, got)
		})
	}
}

func TestEventsSentenceTime(t *testing.T) {
	checkArgCases(t, []argCase{{
		// A date that opens the sentence is its main verb's time, a
		// statement's too.
		name:  "fronted day",
		text:  "ويوم الثلاثاء، قالت وزارة الزراعة إن المحصول تضاعف.",
		names: []name{{ORG, "وزارة الزراعة", "e1"}},
		dates: []when{{"الثلاثاء", "2022-04-05"}},
		want:  ev{Type: "statement", Trigger: "قالت", Participants: []string{"e1"}, Time: "2022-04-05"},
	}, {
		name:  "fronted month",
		text:  "وفي شهر آذار، أعلنت نقابة الأطباء أن الأجور سترتفع.",
		names: []name{{ORG, "نقابة الأطباء", "e1"}},
		dates: []when{{"آذار", "2022-03"}},
		want:  ev{Type: "statement", Trigger: "أعلنت", Participants: []string{"e1"}, Time: "2022-03"},
	}, {
		// A date set off by a comma at the very end belongs to the main
		// verb, however far it stands.
		name: "closing day, main verb",
		text: "قالت بلدية طرابلس إنها لن تسمح بعد اليوم بالبناء على الأراضي الزراعية المحيطة بالمدينة ولا على ضفاف النهر " +
			"ولا في الحدائق العامة والساحات والملاعب التي يرتادها السكان وأطفالهم في عطلة نهاية الأسبوع وأيام الأعياد الرسمية، الخميس.",
		names: []name{{ORG, "بلدية طرابلس", "e1"}},
		dates: []when{{"الخميس", "2022-04-07"}},
		want:  ev{Type: "statement", Trigger: "قالت", Participants: []string{"e1"}, Time: "2022-04-07"},
	}, {
		// … and to the events it reports that have no date of their own.
		name: "closing day, reported event",
		text: "وقال مدير المستشفى إن ثلاثة أشخاص على الأقل قتلوا في انهيار مبنى سكني قديم في حي الميناء، " +
			"الذي يسكنه آلاف من العمال الموسميين، الأحد.",
		names: []name{{LOC, "حي الميناء", "e1"}},
		dates: []when{{"الأحد", "2022-04-03"}},
		want:  ev{Type: "death", Trigger: "قتلوا", Place: "e1", Time: "2022-04-03"},
	}})
}

func TestEventsSentenceTimeNotCarried(t *testing.T) {
	// A closing date is not that of an earlier event (بعد) told in the
	// sentence, and a statement later in a sentence takes no opening date
	// of another clause.
	text := "عنوان\n\nوقال محافظ المدينة إن الحياة عادت إلى طبيعتها في الأسواق بعد انفجار سيارة مفخخة في ساحة البلدة " +
		"التي كانت تعج بالباعة والمتسوقين القادمين من القرى المجاورة لشراء حاجاتهم من الخضار والفواكه واللحوم، الأربعاء.\n" +
		"وفي 2019 زار الوزير مدينة صور، وأكد أن المرفأ سيفتح.\n"
	names := []name{{LOC, "صور", "e1"}}
	got := summarize(eventDoc(t, text, "2022-04-09", names, nil, []when{{"الأربعاء", "2022-04-06"}, {"2019", "2019"}}))
	for _, e := range got {
		switch e.Trigger {
		case "انفجار":
			assert.Empty(t, e.Time, "the explosion came before")
		case "قال":
			assert.Equal(t, "2022-04-06", e.Time)
		}
	}
}

func TestEventsNamedVictims(t *testing.T) {
	checkArgCases(t, []argCase{{
		// The persons a toll names after أبرزهم are those it befell.
		name: "after ابرزهم",
		text: "وقتل أكثر من ثلاثين مسلحاً في غارات على معسكر للتدريب قرب بلدة الزيتون، " +
			"أبرزهم القائد الميداني سامر الخطيب ونائبه مروان العلي.",
		names: []name{{LOC, "الزيتون", "e1"}, {PER, "سامر الخطيب", "e2"}, {PER, "مروان العلي", "e3"}},
		want:  ev{Type: "death", Trigger: "قتل", Participants: []string{"e2", "e3"}, Place: "e1"},
	}, {
		name:  "after من بينهم",
		text:  "واعتقلت الشرطة عشرين متظاهراً في العاصمة من بينهم الناشطة ريم حداد.",
		names: []name{{PER, "ريم حداد", "e1"}},
		want:  ev{Type: "arrest", Trigger: "اعتقلت", Participants: []string{"e1"}},
	}, {
		// Not past the next toll of the same kind.
		name:  "next toll",
		text:  "وقتل خمسة جنود في الهجوم، وقتل عشرة مسلحين في ريف المدينة بينهم القائد كمال يونس.",
		names: []name{{PER, "كمال يونس", "e1"}},
		want:  ev{Type: "death", Trigger: "قتل"},
	}})
}

func TestEventsPluralTitleHolders(t *testing.T) {
	// رؤساء/وزراء خارجية X وY: the countries and, when the text gives
	// them, the persons whose role is the singular title in each.
	ents := []Entity{
		{ID: "p1", Label: PER, Name: "سليم داود", Roles: []Role{{Title: "الرئيس", Org: "c1"}}},
		{ID: "p2", Label: PER, Name: "نادر فهمي", Roles: []Role{{Title: "الرئيس", Org: "c2"}}},
		{ID: "p3", Label: PER, Name: "هالة منير", Roles: []Role{{Title: "وزير الخارجية", Org: "c2"}}},
	}
	names := []name{{LOC, "تونس", "c1"}, {LOC, "مالطا", "c2"}, {LOC, "روما", "c3"},
		{PER, "سليم داود", "p1"}, {PER, "نادر فهمي", "p2"}, {PER, "هالة منير", "p3"}}
	cases := []struct {
		name, text string
		want       ev
	}{
		{"presidents", "وعقد اجتماع رؤساء تونس ومالطا في روما لبحث الهجرة.",
			ev{Type: "meet", Trigger: "اجتماع", Participants: []string{"c1", "c2", "p1", "p2"}, Place: "c3"}},
		// Only the holder of that office: the president of مالطا is no
		// foreign minister.
		{"ministers", "وعقد اجتماع وزراء خارجية تونس ومالطا في روما لبحث الهجرة.",
			ev{Type: "meet", Trigger: "اجتماع", Participants: []string{"c1", "c2", "p3"}, Place: "c3"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "عنوان\n\nوقال الرئيس التونسي سليم داود والرئيس المالطي نادر فهمي ووزيرة الخارجية المالطية هالة منير إن التعاون قائم.\n" + c.text + "\n"
			got := summarize(eventDoc(t, text, "", names, ents, nil))
			for _, e := range got {
				if e.Type == c.want.Type {
					assert.ElementsMatch(t, c.want.Participants, e.Participants)
					assert.Equal(t, c.want.Place, e.Place)
					return
				}
			}
			require.Fail(t, "no event", "%+v", got)
		})
	}
	// Leaders of no named country are nobody in particular.
	got := summarize(eventDoc(t, "عنوان\n\nوسيضم الاجتماع في روما رؤساء الدول الثلاث.\n", "", names, nil, nil))
	for _, e := range got {
		assert.NotContains(t, e.Participants, "رؤساء الدول الثلاث")
	}
}

func TestEventsFramingPlace(t *testing.T) {
	checkArgCases(t, []argCase{{
		// حيث takes up the place named right before it.
		name:  "haythu",
		text:  "وكان وزير الزراعة قد سافر الشهر الماضي إلى بغداد، حيث وقع مع نظيره العراقي اتفاقية لتبادل البذور.",
		names: []name{{LOC, "بغداد", "e1"}},
		want:  ev{Type: "agreement", Trigger: "وقع", Participants: []string{"نظيره العراقي"}, Place: "e1"},
	}, {
		// … and the subject of the clause before signs.
		name:  "haythu carries the subject",
		text:  "وكان وزير الزراعة قد توجه الشهر الماضي إلى بغداد، حيث وقع مع نظيره العراقي اتفاقية لتبادل البذور.",
		names: []name{{LOC, "بغداد", "e1"}},
		want:  ev{Type: "agreement", Trigger: "وقع", Participants: []string{"وزير الزراعة", "نظيره العراقي"}, Place: "e1"},
	}, {
		// The visit that frames a meeting gives it its place.
		name:  "during his visit",
		text:  "ومن المقرر أن يلتقي فريد ناصر بالرئيس كمال يوسف خلال زيارته لتونس التي تستمر يومين.",
		names: []name{{PER, "فريد ناصر", "e1"}, {PER, "كمال يوسف", "e2"}, {LOC, "تونس", "e3"}},
		want:  ev{Type: "meet", Trigger: "يلتقي", Participants: []string{"e1", "e2"}, Place: "e3"},
	}})
}

func TestEventsPlaceNotActor(t *testing.T) {
	checkArgCases(t, []argCase{{
		// محافظة before a place is the governorate, not a governor.
		name:  "governorate",
		text:  "وشن الجيش النظامي هجوما واسعا على محافظة درعا.",
		names: []name{{ORG, "الجيش النظامي", "e1"}, {LOC, "درعا", "e2"}},
		want:  ev{Type: "attack", Trigger: "هجوما", Participants: []string{"e1"}, Place: "e2"},
	}, {
		// هذه المنطقة refers to the place named before it, not to a
		// country acting in the sentence.
		name: "this area",
		text: "وسيطرت القوات على نصف مساحة وادي بردى، في وقت تسببت فيه غارات شنتها روسيا " +
			"مع حليفتها إيران بمقتل عشرين مدنياً في هذه المنطقة.",
		names: []name{{LOC, "وادي بردى", "e1"}, {LOC, "روسيا", "e2"}, {LOC, "إيران", "e3"}},
		want:  ev{Type: "death", Trigger: "مقتل", Place: "e1"},
	}, {
		// حافة (the edge of) is a place word; the death an attack caused
		// takes its place.
		name:  "edge",
		text:  "وضربت غارة جوية في وقت مبكر من صباح الجمعة حافة حمص الشمالية، مما أسفر عن مقتل شخصين.",
		names: []name{{LOC, "حمص", "e1"}},
		want:  ev{Type: "death", Trigger: "مقتل", Place: "e1"},
	}})
}

func TestEventsUnnamedForces(t *testing.T) {
	checkArgCases(t, []argCase{{
		// An armed force named by its kind and country is an actor.
		name:  "air force",
		text:  "وشن سلاح الجو المصري فجر اليوم غارات على مواقع لتنظيم أنصار الحق في سيناء.",
		names: []name{{ORG, "تنظيم أنصار الحق", "e1"}, {LOC, "سيناء", "e2"}},
		dates: []when{{"فجر اليوم", "2022-04-09"}},
		want:  ev{Type: "attack", Trigger: "غارات", Participants: []string{"سلاح الجو المصري", "e1"}, Place: "e2", Time: "2022-04-09"},
	}, {
		// The one an attack is laid at (المنسوب إلى).
		name:  "ascribed",
		text:  "وأدان المجلس الهجوم الدامي المنسوب إلى النظام الليبي على مدينة سرت.",
		names: []name{{LOC, "سرت", "e1"}},
		want:  ev{Type: "attack", Trigger: "الهجوم", Participants: []string{"النظام الليبي"}, Place: "e1"},
	}, {
		// Without a country it is nobody in particular.
		name:  "government forces",
		text:  "وقصفت القوات الحكومية بلدة الرستن.",
		names: []name{{LOC, "الرستن", "e1"}},
		want:  ev{Type: "attack", Trigger: "قصفت", Place: "e1"},
	}})
}

func TestEventsWhenClausePersons(t *testing.T) {
	names := []name{{LOC, "الرباط", "e1"}, {PER, "سامي فؤاد", "e2"}, {PER, "كمال يوسف", "e3"}}
	checkArgCases(t, []argCase{{
		// Those who act in the clause of time after a summit met there.
		name:  "when",
		text:  "وتعود القمة الأخيرة بين البلدين إلى الربيع الماضي في الرباط عندما تعهد الرئيس المغربي سامي فؤاد ونظيره التونسي كمال يوسف بفتح الحدود.",
		names: names,
		want:  ev{Type: "meet", Trigger: "القمة", Participants: []string{"e2", "e3"}, Place: "e1"},
	}, {
		// Not when the clause tells an event of its own.
		name:  "own event",
		text:  "وانتهى المؤتمر في الرباط حين اعتقلت الشرطة الناشط سامي فؤاد.",
		names: names,
		want:  ev{Type: "meet", Trigger: "المؤتمر", Place: "e1"},
	}})
}

func TestEventsQuotedLightSubject(t *testing.T) {
	checkArgCases(t, []argCase{{
		// A light verb's subject in quotes, with a describing phrase.
		name:  "quoted",
		text:  "وفي عام 2019 فرض “مجلس التعاون” التابع للجامعة عقوبات على شركة النور.",
		names: []name{{ORG, "مجلس التعاون", "e1"}, {ORG, "شركة النور", "e2"}},
		dates: []when{{"عام 2019", "2019"}},
		want:  ev{Type: "decision", Trigger: "عقوبات", Participants: []string{"e1", "e2"}, Time: "2019"},
	}})
}

func TestEventsTitlePlace(t *testing.T) {
	// The title says where the story is; the body's attack told without
	// a place is there. An event word with nothing told stays no event.
	text := "قصف عنيف على بلدة الرستن\n\n" +
		"وقال ناشطون إن الغارات التي شنها الجيش النظامي الاثنين أصابت مدرسة.\n" +
		"وتحدث السكان عن القصف.\n"
	names := []name{{LOC, "الرستن", "e1"}, {ORG, "الجيش النظامي", "e2"}}
	got := summarize(eventDoc(t, text, "2022-04-09", names, nil, []when{{"الاثنين", "2022-04-04"}}))
	var body []ev
	for _, e := range got {
		if e.Trigger != "قصف" {
			body = append(body, e)
		}
	}
	require.Len(t, body, 1, "%+v", got)
	assert.Equal(t, ev{Type: "attack", Status: "past", Trigger: "الغارات", Participants: []string{"e2"}, Place: "e1", Time: "2022-04-04"}, body[0])
}

func TestEventsArgumentLimits(t *testing.T) {
	// A date inside the sentence before its first verb is no opening
	// date (a deadline); a list of victims ends with its clause and
	// takes no adjective before a name for a person; a sentence naming
	// another place keeps the title's place away.
	text := "غارات على بلدة الرستن\n\n" +
		"ومنحت الحكومة النقابة مهلة أقصاها نهاية آذار، أما بشأن الأجور فأعلن النقيب أن الحوار مستمر.\n" +
		"وقتل عشرة مسلحين في قصف استهدف مواقعهم، بينهم القائد الميداني فراس الحوراني، كما قصفت الطائرات مواقع للمسلحين.\n" +
		"وشنت الطائرات غارات على مستودعات في حمص.\n" +
		"وقتل خمسة جنود.\n"
	names := []name{{LOC, "الرستن", "e1"}, {PER, "فراس الحوراني", "e2"}, {PER, "الميداني", "e3"}, {LOC, "حمص", "e4"}}
	got := summarize(eventDoc(t, text, "2022-04-09", names, nil, []when{{"نهاية آذار", "2022-03-31"}}))
	for _, e := range got {
		switch e.Trigger {
		case "أعلن":
			assert.Empty(t, e.Time, "a deadline is no time of the telling")
		case "قتل":
			if e.Killed == 10 {
				assert.Equal(t, []string{"e2"}, e.Participants)
			}
		case "غارات":
			if e.Place != "e1" {
				assert.Equal(t, "e4", e.Place)
			}
		}
	}
}

func TestEventsOneElection(t *testing.T) {
	// A story tells of one election: its reports merge unless their
	// time or place differ.
	text := "عنوان\n\nوكلف الرئيس رئيس الوزراء بتشكيل حكومة إثر انتخابات 6 أيار.\n" +
		"ويعود الوزير اليوم بعد انتخابات نيابية في تونس.\n" +
		"وكانت انتخابات 2014 قد جرت في ظروف مختلفة.\n"
	names := []name{{LOC, "تونس", "e1"}}
	got := summarize(eventDoc(t, text, "2022-05-20", names, nil, []when{{"6 أيار", "2022-05-06"}, {"2014", "2014"}}))
	var elections []ev
	for _, e := range got {
		if e.Type == "election" {
			elections = append(elections, e)
		}
	}
	require.Len(t, elections, 2, "%+v", got)
	assert.Equal(t, "2022-05-06", elections[0].Time)
	assert.Equal(t, "e1", elections[0].Place)
	assert.Equal(t, "2014", elections[1].Time)
}

func TestEventsVisits(t *testing.T) {
	// Two visitors to one city are two visits; a visit noun with a
	// pronoun (زيارته لتونس) is its owner's visit told before.
	text := "عنوان\n\nوصل الوزير سامي فؤاد إلى تونس العاصمة الاثنين.\n" +
		"وكان نادر فهمي قد زار تونس العاصمة الأسبوع الماضي.\n" +
		"ومن المقرر أن يلتقي سامي فؤاد بالرئيس خلال زيارته لتونس.\n"
	names := []name{{PER, "سامي فؤاد", "e1"}, {PER, "نادر فهمي", "e2"}, {LOC, "تونس العاصمة", "e3"}, {LOC, "تونس", "e4"}}
	got := summarize(eventDoc(t, text, "2022-04-09", names, nil, []when{{"الاثنين", "2022-04-04"}, {"الأسبوع الماضي", "2022-03-28/2022-04-03"}}))
	var visits []ev
	for _, e := range got {
		if e.Type == "visit" {
			visits = append(visits, e)
		}
	}
	require.Len(t, visits, 2, "%+v", got)
	assert.Equal(t, []string{"e1"}, visits[0].Participants)
	assert.Equal(t, "e3", visits[0].Place)
	assert.Equal(t, []string{"e2"}, visits[1].Participants)
}

func TestEventsIncidentClauseTime(t *testing.T) {
	checkArgCases(t, []argCase{{
		// A relative clause about the incident told before has its time.
		name:  "incident",
		text:  "وقع انفجار مساء الجمعة في سوق بلدة الزيتون، وعرضت الشرطة صور الحادثة التي أصيب بها ثلاثة من المارة.",
		names: []name{{LOC, "الزيتون", "e1"}},
		dates: []when{{"مساء الجمعة", "2022-04-08"}},
		want:  ev{Type: "injury", Trigger: "أصيب", Place: "e1", Time: "2022-04-08"},
	}})
}

// TestEventsIncidentNouns checks the nouns before a relative clause that
// make it tell of an incident (الهجوم الذي …): the attack nouns of the
// trigger lexicon and the words for any incident, with a conjunction and
// ب or ل, definite and without a pronoun.
func TestEventsIncidentNouns(t *testing.T) {
	nouns := []string{"الحادثة", "الحادث", "الهجوم", "الانفجار", "التفجير", "الاعتداء", "العملية", "الغارة", "القصف",
		"الاشتباكات", "المعارك", "الاغتيال", "الغارات"}
	var yes, no []string
	for _, w := range nouns {
		for _, pro := range []string{"", "و", "ف", "ب", "وب", "فب"} {
			yes = append(yes, pro+w)
		}
	}
	yes = append(yes, "للهجوم", "وللقصف") // ل with the article, as the lexicon splits it
	no = append(no, "هجوم", "هجومه", "كالهجوم", "الاجتماع", "الزيارة", "المسلحة", "العبوة", "قصف")
	check := func(words []string, want bool) {
		for _, w := range words {
			doc, err := Extract(t.Context(), "وقع "+w+" الذي قتل فيه شخص.", ExtractOptions{})
			require.NoError(t, err)
			b := newEventBuilder(doc, nil)
			assert.Equal(t, want, b.incident(1), w)
			assert.Equal(t, want, b.aboutIncident(3), w) // the trigger قتل after الذي
		}
	}
	check(yes, true)
	check(no, false)
}

// TestIsPlaceWord checks the words before a place name: the recognizer's
// place prepositions and nouns (with ب or ل and a conjunction), events'
// own words, and بين, which joins who meets.
func TestIsPlaceWord(t *testing.T) {
	for _, w := range []string{"في", "الي", "وفي", "شمال", "مدينه", "بمدينه", "لمدينه", "ومدينه", "محافظات", "ريف", "بريف",
		"العاصمه", "مطار", "بمطار", "علي", "باتجاه", "بمحيط", "محيط"} {
		assert.True(t, isPlaceWord(w), w)
	}
	for _, w := range []string{"بين", "وبين", "مع", "وزير", "قال", ""} {
		assert.False(t, isPlaceWord(w), w)
	}
}

// TestIsMediaNameBuffer checks that the builder's isMediaName, which
// folds and lowers in its buffer, agrees with isMediaName, without
// allocating.
func TestIsMediaNameBuffer(t *testing.T) {
	b := &eventBuilder{}
	for _, n := range []string{"وكالة الأنباء السورية", "الشرق الأوسط", "CNN", "Cnn", "BBC عربي", "Reuters", "نيويورك تايمز",
		"ÉCOLE", "Ünïcode أحمد", "رويترز", "قناة الجزيرة", "القناة", "", "أ ف ب", "\xff\xfe", "ΑΘΗΝΑ"} {
		assert.Equal(t, isMediaName(n), b.isMediaName(n), n)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		b.isMediaName("مجلس الأمن الدولي التابع للأمم المتحدة")
	}))
}

// TestAppendTitleKey checks appendTitleKey against titleKey on phrases
// with articles, short words, spaces of several kinds and invalid UTF-8.
func TestAppendTitleKey(t *testing.T) {
	parts := []string{"ال", "الا", "الامين", "العام", "وزير", "ا", "x", " ", "  ", "\t", "\u00a0", "\u2003", "\u0085", "\xff", "\xd8", "ال\u00a0رئيس", ""}
	r := uint64(7)
	for range 20000 {
		var sb strings.Builder
		for k := range int(r % 7) {
			r ^= r << 13
			r ^= r >> 7
			r ^= r << 17
			sb.WriteString(parts[(r>>8+uint64(k))%uint64(len(parts))])
		}
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		s := sb.String()
		assert.Equal(t, titleKey(s), string(appendTitleKey([]byte("x"), []byte(s))[1:]), "%q", s)
	}
}

// TestSpaceAt checks spaceAt's quick answer for two-byte characters
// against decoding: every character, and the lead bytes C2–DF before a
// byte that continues none and at the end.
func TestSpaceAt(t *testing.T) {
	ref := func(s []byte) (int, bool) {
		r, n := utf8.DecodeRune(s)
		return n, unicode.IsSpace(r)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r == 0x800 {
			r = 0x1600 // past the two-byte characters, a few to U+3000
		}
		if r == 0x3100 {
			break
		}
		s := utf8.AppendRune(nil, r)
		n, sp := spaceAt(s, 0)
		wn, wsp := ref(s)
		require.Equal(t, wn, n, "%U", r)
		require.Equal(t, wsp, sp, "%U", r)
	}
	for c := 0xC2; c <= 0xDF; c++ {
		for _, s := range [][]byte{{byte(c)}, {byte(c), 'a'}, {byte(c), 0xC3}} {
			n, sp := spaceAt(s, 0)
			wn, wsp := ref(s)
			require.Equal(t, wn, n, "%q", s)
			require.Equal(t, wsp, sp, "%q", s)
		}
	}
}

func TestIsThisWord(t *testing.T) {
	for _, w := range []string{"", "ه", "هذ", "هذه", "هذا", "وهذه", "وهذا", "فهذه", "فهذا", "ووهذه", "لهذه", "بهذا", "هذان", "هذهو", "و", "وهذ", "فهذان", "abc", "\xd9"} {
		assert.Equal(t, isAnyConj(w, "هذه", "هذا"), isThisWord(w), w)
	}
}
