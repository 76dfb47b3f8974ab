package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDetainedAndJailed: a passive أوقف with a jailing told after
// it in its clause is an arrest, of the person its sentence is about;
// without the jailing (and no person before) it is none.
func TestEventsDetainedAndJailed(t *testing.T) {
	tests := []struct{ name, text, person, place string }{
		{"detained and jailed",
			"عنوان\n\nوعمل خالد يوسف مهندسا في الشركة، وقد أوقف في القاهرة عام 2009 وسجن هناك.", "خالد يوسف", "القاهرة"},
		{"detained, then jailed",
			"عنوان\n\nوكان الصحفي أحمد منصور يعمل في قطر، وقد أوقف في برلين عام 2015 ثم سجن أياما.", "أحمد منصور", "برلين"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "arrest", "")
			if assert.True(t, ok, "no arrest in %q", tt.text) {
				assert.Equal(t, []string{tt.person}, e.Participants)
				assert.Equal(t, tt.place, e.Place)
			}
		})
	}
	t.Run("stopped, no jailing", func(t *testing.T) {
		_, ok := eventOf(t, "عنوان\n\nوقد أوقف في الميناء بسبب العاصفة.", "arrest", "")
		assert.False(t, ok)
	})
}

// TestEventsUnderFire: what came under fire (تعرض لـ) is the attack's
// target: a place is its place, not where the fire came from, and a
// person takes part; shells fired at a target are an attack, launchers
// (منصات لإطلاق) none.
func TestEventsUnderFire(t *testing.T) {
	tests := []struct{ name, text, place, person string }{
		{"a crossing, a relative clause between",
			"عنوان\n\nوقال مصدر عسكري إن معبر رفح، الذي تعبر منه الشاحنات، تعرض لإطلاق قذائف من داخل سيناء.", "معبر رفح", ""},
		{"a city after the verb",
			"عنوان\n\nوتعرضت مدينة حلب لقصف مدفعي من ريف إدلب.", "حلب", ""},
		{"a person shot at",
			"عنوان\n\nوتعرض رامي الحمد الله لإطلاق نار في غزة.", "غزة", "رامي الحمد الله"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "attack", "")
			if assert.True(t, ok, "no attack in %q", tt.text) {
				assert.Equal(t, tt.place, e.Place)
				if tt.person != "" {
					assert.Contains(t, e.Participants, tt.person)
				}
			}
		})
	}
	t.Run("launchers", func(t *testing.T) {
		_, ok := eventOf(t, "عنوان\n\nونشر الجيش منصات لإطلاق الصواريخ قرب الحدود.", "attack", "")
		assert.False(t, ok)
	})
}

// TestEventsDestroyed: دمر is an attack when a force or a strike
// destroys, or weapons are destroyed; what is destroyed, joined after a
// comma, is where it struck, no actor. A war that ruins an economy is
// no attack.
func TestEventsDestroyed(t *testing.T) {
	tests := []struct{ name, text, place, actor string }{
		{"an army destroyed depots",
			"عنوان\n\nودمر الجيش السوري ثلاثة مخازن للأسلحة في حمص.", "حمص", "الجيش السوري"},
		{"a facility joined after a comma",
			"عنوان\n\nودمرت الطائرات عشر آليات، ومطار حلب.", "مطار حلب", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "attack", "")
			if assert.True(t, ok, "no attack in %q", tt.text) {
				assert.Equal(t, tt.place, e.Place)
				if tt.actor != "" {
					assert.Equal(t, []string{tt.actor}, e.Participants)
				} else {
					assert.Empty(t, e.Participants)
				}
			}
		})
	}
	t.Run("a war ruined the economy", func(t *testing.T) {
		_, ok := eventOf(t, "عنوان\n\nودمرت الحرب الاقتصاد السوري خلال سنوات.", "attack", "")
		assert.False(t, ok)
	})
}

// TestEventsGroupKindSpeaker: the kind of group before its name (جماعة،
// ميليشيا) leaves the named organization the speaker.
func TestEventsGroupKindSpeaker(t *testing.T) {
	for _, tt := range []struct{ text, speaker string }{
		{"عنوان\n\nوأعلنت جماعة جيش الإسلام نقل المقاتلين إلى إدلب.", "جيش الإسلام"},
		{"عنوان\n\nوقالت ميليشيا حزب الله إن مقاتليها انسحبوا.", "حزب الله"},
	} {
		e, ok := eventOf(t, tt.text, "statement", "")
		if assert.True(t, ok, "no statement in %q", tt.text) {
			assert.Equal(t, []string{tt.speaker}, e.Participants)
		}
	}
}

// TestEventsOwnPlaceNotBorrowed: an attack whose sentence names a place
// after في takes no place from the sentence before, even when its own
// place is not read; a sentence that names none still does.
func TestEventsOwnPlaceNotBorrowed(t *testing.T) {
	e, ok := eventOf(t, "عنوان\n\nوقصفت المدفعية مواقع في حمص. واستهدفت ضربات التحالف العربي، مخازن للأسلحة في مدينة حماة.", "attack", "استهدفت") // the verb and its subject ضربات: one event
	if assert.True(t, ok, "the strikes joined the attack in Homs") {
		assert.NotEqual(t, "حمص", e.Place)
		assert.Equal(t, []string{"التحالف العربي"}, e.Participants)
	}
	e, ok = eventOf(t, "عنوان\n\nوقصفت الطائرات بلدة كفرنبل. وقتل خمسة مدنيين.", "death", "")
	if assert.True(t, ok) {
		assert.Equal(t, "كفرنبل", e.Place)
	}
}

// TestEventsClashesInTwoDistricts: read back from an event, a place that
// only says where the place before it lies (غرب حمص، بمحافظة تعز، بدرعا)
// leaves the smaller place the event's: two clashes in two districts of
// one city are two events, and a sentence after a district's clash that
// names no place is in the city.
func TestEventsClashesInTwoDistricts(t *testing.T) {
	tests := []struct {
		name, text string
		places     []string // the attacks' places, in text order
	}{
		{"a district west of the city",
			"عنوان\n\nوشهدت مدينة حمص اشتباكات عنيفة بين الجيش والمسلحين. كما شهدت منطقة الوعر غرب حمص اشتباكات بين الطرفين.", []string{"حمص", "الوعر"}},
		{"a quarter with ب on the city",
			"عنوان\n\nواندلعت اشتباكات في مدينة درعا صباح اليوم. وشهد حي المنشية بدرعا اشتباكات أخرى بين الفصائل.", []string{"درعا", "المنشية"}},
		{"a province after the place",
			"عنوان\n\nوقصف الطيران الخميس، مبنى القيادة الذي يقع في باب المندب بمحافظة تعز ما أسفر عن مقتل 15 مسلحا.", []string{"باب المندب"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var places []string
			for _, e := range eventsOfType(t, tt.text, "2018-10-15", "attack") {
				places = append(places, e.Place)
			}
			assert.Equal(t, tt.places, places)
		})
	}
	t.Run("the sentence after is in the city", func(t *testing.T) {
		e, ok := eventOf(t, "عنوان\n\nواندلعت اشتباكات في مدينة تعز. كما شهدت منطقة الضباب جنوب غرب تعز اشتباكات عنيفة. وقتل ثلاثة مدنيين في قصف على الأحياء السكنية.", "death", "")
		if assert.True(t, ok) {
			assert.Equal(t, "تعز", e.Place)
		}
	})
}

// TestEventsInjuredSubject: whoever تعرض لإصابة is the one injured, as
// whoever تعرض لإطلاق نار is the one shot at.
func TestEventsInjuredSubject(t *testing.T) {
	for _, tt := range []struct{ name, text, person string }{
		{"a player, a nisba between",
			"عنوان\n\nوتعرض اللاعب الجزائري رياض محرز لإصابة في الركبة خلال التدريبات.", "رياض محرز"},
		{"feminine, a title before the name",
			"عنوان\n\nوتعرضت الوزيرة سلمى حداد لإصابة طفيفة في حادث سير على طريق المطار.", "سلمى حداد"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "injury", "")
			if assert.True(t, ok, "no injury in %q", tt.text) {
				assert.Contains(t, e.Participants, tt.person)
			}
		})
	}
}

// TestEventsSmallPlaceKept: an event whose only argument is a small
// place keeps it once the recognizer finds it: a town of the lists, a
// crossing or a quarter read by its head noun.
func TestEventsSmallPlaceKept(t *testing.T) {
	for _, tt := range []struct{ text, place string }{
		{"عنوان\n\nوشهدت بلدة كفرنبل اشتباكات عنيفة.", "كفرنبل"},
		{"عنوان\n\nوتعرض معبر الوافدين لإطلاق قذائف من داخل الغوطة.", "معبر الوافدين"},
		{"عنوان\n\nواندلعت اشتباكات عنيفة على خطوط التماس في حي الجمهوري جنوبي المدينة.", "الجمهوري"},
	} {
		e, ok := eventOf(t, tt.text, "attack", "")
		if assert.True(t, ok, "no attack in %q", tt.text) {
			assert.Equal(t, tt.place, e.Place)
		}
	}
}

// TestEventsTowardPastTitle: a title after the traveller's name ends
// before إلى: what follows is where he goes (the visit, with no place,
// was dropped); an envoy's title still takes its country.
func TestEventsTowardPastTitle(t *testing.T) {
	e, ok := eventOf(t, "عنوان\n\nوسيتوجه الرئيس الفلسطيني محمود عباس رئيس السلطة إلى نيويورك.", "visit", "")
	if assert.True(t, ok) {
		assert.Equal(t, "نيويورك", e.Place)
		assert.Equal(t, "planned", e.Status)
	}
	e, ok = eventOf(t, "عنوان\n\nوالتقى الوزير ستيفان دي ميستورا المبعوث الأممي إلى سوريا.", "meet", "")
	if assert.True(t, ok) {
		assert.Empty(t, e.Place)
	}
}

// TestEventsTalibanNoCount: طالبان after a toll is the movement, no count
// of two; a dual of persons still is.
func TestEventsTalibanNoCount(t *testing.T) {
	e, ok := eventOf(t, "عنوان\n\nوأصيب طالبان بجروح في الانفجار.", "injury", "")
	if assert.True(t, ok) {
		assert.Zero(t, e.Injured)
	}
	e, ok = eventOf(t, "عنوان\n\nوأصيب شرطيان بجروح في الانفجار.", "injury", "")
	if assert.True(t, ok) {
		assert.Equal(t, 2, e.Injured)
	}
}

// TestEventsReceiveTimeAside: استقبل reads its object past a time set off
// by commas, as the other object checks do (inClauseBefore): refugees a
// city takes in are no guests, a minister is.
func TestEventsReceiveTimeAside(t *testing.T) {
	_, ok := eventOf(t, "عنوان\n\nواستقبلت المدينة، أمس الأحد، آلاف اللاجئين.", "meet", "")
	assert.False(t, ok)
	e, ok := eventOf(t, "عنوان\n\nواستقبل الرئيس، أمس الأحد، وزير الخارجية الفرنسي جان إيف لودريان.", "meet", "")
	if assert.True(t, ok) {
		assert.Contains(t, e.Participants, "جان إيف لودريان")
	}
}

// TestEventsMoreTriggers: an aid flight (طائرة مساعدات، طائرتا إغاثة), a
// decision whose issuing verb comes after it (قرارات أصدرها، القرار الذي
// أصدرته) and the pleadings of a trial (مرافعات) are events.
func TestEventsMoreTriggers(t *testing.T) {
	tests := []struct{ name, text, typ, trigger, arg string }{
		{"an aid plane",
			"عنوان\n\nووصلت طائرة مساعدات سعودية إلى مطار صنعاء أمس.", "aid", "طائرة مساعدات", "صنعاء"},
		{"two relief planes",
			"عنوان\n\nوهبطت طائرتا إغاثة أردنيتان في مطار بيروت.", "aid", "طائرتا إغاثة", "بيروت"},
		{"decisions a minister issued",
			"عنوان\n\nوألغت المحكمة عشرة قرارات أصدرها وزير الداخلية الشهر الماضي.", "decision", "قرارات", "وزير الداخلية"},
		{"the decision the government issued",
			"عنوان\n\nونشرت الصحيفة نص القرار الذي أصدرته الحكومة المصرية.", "decision", "القرار", "الحكومة المصرية"},
		{"closing pleadings",
			"عنوان\n\nوبدأ محامو الدفاع في المحكمة الجنائية الدولية بتقديم مرافعاتهم الختامية أمس.", "trial", "مرافعاتهم", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, tt.trigger)
			if assert.True(t, ok, "no %s %s in %q", tt.typ, tt.trigger, tt.text) && tt.arg != "" {
				assert.Contains(t, append(e.Participants, e.Place), tt.arg)
			}
		})
	}
	t.Run("a decision not issued", func(t *testing.T) {
		_, ok := eventOf(t, "عنوان\n\nوتحدث الوزير عن القرار في مقابلة.", "decision", "")
		assert.False(t, ok)
	})
}

// TestEventsJointDenial: the subject of a verb may come before it with a
// description set off by commas (X، أحد الفصائل …، نفى), and a joint
// statement of two speakers is not the statement one of them made alone.
func TestEventsJointDenial(t *testing.T) {
	e, ok := eventOf(t, "عنوان\n\nلكن جيش الإسلام، أحد الفصائل المسلحة، نفى تفاوضه مع دمشق.", "statement", "")
	if assert.True(t, ok) {
		assert.Equal(t, []string{"جيش الإسلام"}, e.Participants)
	}
	evs := eventsOfType(t, "عنوان\n\nوأعلن جيش الإسلام انسحاب مقاتليه من البلدة. لكن جيش الإسلام وفيلق الرحمن، أحد أكبر الفصائل في الغوطة، نفيا أي تفاوض مع روسيا.", "2018-10-15", "statement")
	var speakers [][]string
	for _, e := range evs {
		speakers = append(speakers, e.Participants)
	}
	assert.Equal(t, [][]string{{"جيش الإسلام"}, {"جيش الإسلام", "فيلق الرحمن"}}, speakers)
}

// TestEventsTollLeft: خلف with a number of persons after its subject
// is a death toll (the fighting left 930 civilians); succeeding someone
// or standing behind is none, and a toll of wounded is the injury's.
func TestEventsTollLeft(t *testing.T) {
	e, ok := eventOf(t, "عنوان\n\nوقد خلف القتال أكثر من 930 مدنيا بينهم مائتا طفل.", "death", "خلف")
	if assert.True(t, ok) {
		assert.Equal(t, 930, e.Killed)
	}
	for _, text := range []string{
		"عنوان\n\nوخلف الأمير والده في الحكم عام 2015.",
		"عنوان\n\nووقف الرئيس خلف المنصة.",
		"عنوان\n\nوخلف الهجوم 20 جريحا.",
	} {
		_, ok := eventOf(t, text, "death", "")
		assert.False(t, ok, text)
	}
}

// TestEventsAppealCalledOn: after an appeal verb whose speaker the text
// does not name, the names before the request (بـ) are the ones called
// on; a name right after the verb is still its speaker.
func TestEventsAppealCalledOn(t *testing.T) {
	e, ok := eventOf(t, "عنوان\n\nوطالبت منظمات حقوقية دولية القاهرة وعمان بالإفراج عن المعتقلين.", "appeal", "")
	if assert.True(t, ok) {
		assert.Equal(t, []string{"القاهرة", "عمان"}, e.Participants)
	}
	e, ok = eventOf(t, "عنوان\n\nوطالبت منظمة العفو الدولية القاهرة بالإفراج عن المعتقلين.", "appeal", "")
	if assert.True(t, ok) && assert.NotEmpty(t, e.Participants) {
		assert.Equal(t, "منظمة العفو الدولية", e.Participants[0])
	}
}
