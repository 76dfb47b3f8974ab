package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Rules for short news texts: who takes part, where and when, and what is
// no event, each in the team's own wordings.

// TestEventsCausedToll: deaths and injuries caused by an attack told after
// them in their clause with the ب of cause (بانفجار، بقصف) take the
// attack's place and time, or those of the verb that describes the attack
// (في هجوم انتحاري استهدف … في العريش).
func TestEventsCausedToll(t *testing.T) {
	tests := []struct {
		name, text, typ, place, time string
	}{
		{"killed by a blast",
			"عنوان\n\nقتل خمسة مدنيين بانفجار عبوة ناسفة في مدينة الباب صباح الخميس.", "death", "الباب", "2018-05-31"},
		{"wounded by shelling",
			"عنوان\n\nوأصيب ثلاثة أطفال بقصف مدفعي على بلدة كفرنبل مساء الأحد.", "injury", "كفرنبل", "2018-06-03"},
		{"killed in an attack that targeted",
			"عنوان\n\nوقتل ثلاثة جنود في هجوم انتحاري استهدف حاجزا للجيش في العريش فجر الاثنين.", "death", "العريش", "2018-06-04"},
		{"wounded by shelling that hit",
			"عنوان\n\nوأصيب خمسة مدنيين بقصف مدفعي طال حي الوعر في حمص مساء الأحد.", "injury", "حي الوعر", "2018-06-03"},
		{"killed and wounded by a car bomb",
			"عنوان\n\nقتل أربعة أشخاص وأصيب عشرة آخرون بانفجار سيارة مفخخة في مدينة الرمادي الثلاثاء.", "injury", "الرمادي", "2018-06-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
				assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
			}
		})
	}
	// After a comma the clause is another: the toll keeps no place.
	evs := eventsOfType(t, "عنوان\n\nوقال الطبيب إن ثلاثة جرحى أصيبوا، وإن الجيش نفذ بقصف آخر عملية في حماة.", "2018-06-05", "injury")
	for _, e := range evs {
		assert.Empty(t, e.Place, "%+v", evs)
	}
}

// TestEventsBackground: an imperfect verb after كان that tells a lasting
// state (كانت تحتجزه منذ، الذي كان يقود) is background, no event; a place
// is not taken across فيما from another clause.
func TestEventsBackground(t *testing.T) {
	tests := []struct {
		name, text string
		not        string // a type:trigger that must not be found
	}{
		{"held since", "عنوان\n\nوأفرجت السلطات عن صحفي ياباني كانت تحتجزه منذ ثلاث سنوات.", "arrest:تحتجزه"},
		{"detained since", "عنوان\n\nوأطلقت الشرطة سراح ناشطين كانوا يعتقلونهم منذ أشهر في الموصل.", "arrest:يعتقلونهم"},
		{"who had led", "عنوان\n\nوأعلن الجيش مقتل القيادي الذي كان يقود الهجمات على حماة.", "attack:يقود"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotContains(t, triggers(eventsOf(t, tt.text, "2018-06-05")), tt.not)
		})
	}
	// Without منذ nor a relative, a verb after كان is told.
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوكانت قوات الأمن المصرية تعتقل العشرات في القاهرة منذ أسابيع.", "2018-06-05")), "arrest:تعتقل")
	evs := eventsOfType(t, "عنوان\n\nووقع الطرفان اتفاقا في درعا، فيما اعتقلت الشرطة التونسية ثلاثة أشخاص.", "2018-06-05", "arrest")
	for _, e := range evs {
		assert.NotEqual(t, "درعا", e.Place, "%+v", evs)
	}
}

// TestEventsReplaced: the one replaced (خلفا لـ، بدلا من) takes no part in
// an appointment.
func TestEventsReplaced(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"successor of", "عنوان\n\nعين الرئيس السوري بشار الأسد حسين عرنوس رئيسا للحكومة خلفا لعماد خميس.", []string{"بشار الأسد", "حسين عرنوس"}},
		{"instead of", "عنوان\n\nوعينت الحكومة المصرية خالد فهمي محافظا لأسوان بدلا من أحمد رزق.", []string{"الحكومة المصرية", "خالد فهمي"}},
		{"as successor", "عنوان\n\nوعين الملك عبدالله الثاني عمر الرزاز رئيسا للوزراء خلفا لهاني الملقي.", []string{"عبدالله الثاني", "عمر الرزاز"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "appoint")
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
}

// TestEventsCameRanked: حل with a rank or a role after it (أولا، في
// المرتبة الثانية، ضيفا) is "came", not a dissolution.
func TestEventsCameRanked(t *testing.T) {
	tests := []struct{ name, text string }{
		{"came first", "عنوان\n\nوحل تحالف النصر بزعامة حيدر العبادي أولا في محافظة نينوى."},
		{"in second place", "عنوان\n\nوحلت كتلة الفتح في المرتبة الثانية بعد تحالف سائرون في بغداد."},
		{"as a guest", "عنوان\n\nوحل حزب الأمة ضيفا على مؤتمر الأحزاب العربية في القاهرة."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2018-06-05", "suspend")
		})
	}
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوقرر الرئيس التونسي قيس سعيد حل البرلمان في تونس.", "2018-06-05")), "suspend:حل")
	// هيئة folds to هييه: the list of bodies wrote هيئه, which never matched.
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوقرر الرئيس التونسي قيس سعيد حل هيئة مكافحة الفساد في تونس.", "2018-06-05")), "suspend:حل")
}

// TestEventsJudgedNotDone: who condemns, deplores, welcomes or denies an
// event (أدان، استنكر، رحب، نفى) takes no part in it; who announces it
// does (أعلن الجيش اعتقال).
func TestEventsJudgedNotDone(t *testing.T) {
	tests := []struct {
		name, text, who string
	}{
		{"condemned", "عنوان\n\nوأدان الأمين العام لجامعة الدول العربية أحمد أبو الغيط الهجوم الإرهابي على كنيسة في القاهرة.", "أحمد أبو الغيط"},
		{"deplored", "عنوان\n\nواستنكرت وزارة الخارجية الأردنية اعتقال الشرطة الإسرائيلية ثلاثة فلسطينيين في القدس.", "وزارة الخارجية الأردنية"},
		{"welcomed", "عنوان\n\nورحب الاتحاد الأوروبي الإفراج عن المعتقلين في الخرطوم.", "الاتحاد الأوروبي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			judged := 0
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type != "statement" {
					judged++
					assert.NotContains(t, e.Participants, tt.who, "%+v", e)
				}
			}
			assert.Positive(t, judged, "the judged event is found")
		})
	}
	evs := eventsOfType(t, "عنوان\n\nوأعلن الجيش الأردني اعتقال ثلاثة أشخاص في الزرقاء.", "2018-06-05", "arrest")
	if assert.NotEmpty(t, evs, "no event of the type") {
		assert.Contains(t, evs[0].Participants, "الجيش الأردني")
	}
}

// TestEventsTitleOfCountry: a singular title of one country's office
// without a name (أمير قطر، وزير خارجية إيران) is an unnamed actor by title,
// not the country; a plural title over countries stays the countries.
func TestEventsTitleOfCountry(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string
	}{
		{"quoted emir", "عنوان\n\nونقلت وكالة الأنباء القطرية عن أمير قطر قوله إن الحصار فشل.", "statement", []string{"أمير قطر"}},
		{"minister speaks", "عنوان\n\nوقال وزير خارجية إيران إن بلاده لن تتفاوض مع واشنطن.", "statement", []string{"وزير خارجية إيران"}},
		{"ministers of three", "عنوان\n\nواجتمع وزراء خارجية روسيا وتركيا وإيران في موسكو.", "meet", []string{"روسيا", "تركيا", "إيران"}},
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

// TestEventsHostIsPlace: a place that hosts a meeting (تستضيف، احتضنت،
// استضافتها) is its place, not a participant, before or after the verb.
func TestEventsHostIsPlace(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"headline host", "الدوحة تستضيف مؤتمرا للمانحين\n\nيبدأ المؤتمر أعماله الأحد.", "الدوحة"},
		{"relative host", "عنوان\n\nوشارك الرئيس اللبناني ميشال عون في القمة التي استضافتها نواكشوط.", "نواكشوط"},
		{"host verb first", "عنوان\n\nواحتضنت تونس اجتماعا لوزراء الداخلية العرب أمس.", "تونس"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
			for _, e := range evs {
				assert.NotContains(t, e.Participants, tt.place, "%+v", evs)
			}
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
}

// TestEventsOpenAttend: who opens, chairs, attends or takes part in a
// meeting (افتتح، ترأس، شارك في، بحضور، بمشاركة) is one of its
// participants, with the others joined by و.
func TestEventsOpenAttend(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"opened with attendance",
			"عنوان\n\nافتتح وزير الخارجية الأردني أيمن الصفدي أمس في عمان المؤتمر الإقليمي للاجئين بحضور المفوض الأممي فيليبو غراندي.", []string{"أيمن الصفدي", "فيليبو غراندي"}},
		{"took part, two",
			"عنوان\n\nوشارك الرئيس المصري عبد الفتاح السيسي وملك الأردن عبدالله الثاني في القمة العربية بالظهران.", []string{"عبد الفتاح السيسي", "عبدالله الثاني"}},
		{"will chair",
			"عنوان\n\nوسيترأس الرئيس الفرنسي إيمانويل ماكرون المؤتمر الدولي حول ليبيا في باريس.", []string{"إيمانويل ماكرون"}},
		{"with the participation of",
			"عنوان\n\nوعقد المنتدى في دبي بمشاركة رئيس الوزراء الإماراتي محمد بن راشد.", []string{"محمد بن راشد"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.Subset(t, evs[0].Participants, tt.want, "%+v", evs)
			}
		})
	}
}

// TestEventsTalksGoOn: a dual verb joined by و after a meeting (وبحثا،
// واتفقا) takes both its parties, and a place after a noun of the state
// of affairs (التطورات في اليمن، الأوضاع في سوريا) is the topic, not where
// they met: the talks are the same meeting.
func TestEventsTalksGoOn(t *testing.T) {
	tests := []struct {
		name, text, typ, place string
		want                   []string
	}{
		{"received, then discussed",
			"عنوان\n\nاستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الروسي سيرغي لافروف، وبحثا الأوضاع في سوريا.", "meet", "القاهرة",
			[]string{"عبد الفتاح السيسي", "سيرغي لافروف"}},
		{"met, then discussed",
			"عنوان\n\nالتقى العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس في عمان، وبحثا التطورات في القدس.", "meet", "عمان",
			[]string{"عبدالله الثاني", "محمود عباس"}},
		{"called, then agreed",
			"عنوان\n\nاتصل الرئيس الروسي فلاديمير بوتين بنظيره التركي رجب طيب أردوغان، واتفقا على عقد قمة في أنقرة.", "agreement", "",
			[]string{"فلاديمير بوتين", "رجب طيب أردوغان"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if tt.typ == "meet" {
				assert.Len(t, evs, 1, "%+v", evs)
			}
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
				if tt.place != "" {
					assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
				}
			}
		})
	}
}

// TestEventsSignedWith: an agreement noun that a verb of signing governs
// (وقعت الشركة اتفاقا، توقيع اتفاق لوقف إطلاق النار) is the same agreement,
// and the side after مع (a name or فصائل المعارضة) and the place after it
// are that agreement's.
func TestEventsSignedWith(t *testing.T) {
	tests := []struct {
		name, text, place string
		want              []string
	}{
		{"companies",
			"عنوان\n\nوقالت صحيفة الشروق إن شركة أرامكو وقعت اتفاقية مع شركة توتال الفرنسية.", "", []string{"شركة أرامكو", "شركة توتال الفرنسية"}},
		{"ceasefire with the opposition",
			"عنوان\n\nوأعلنت الحكومة السورية توقيع اتفاق لوقف إطلاق النار في حمص مع فصائل المعارضة.", "حمص", []string{"الحكومة السورية", "فصائل المعارضة"}},
		{"memorandum",
			"عنوان\n\nووقع وزير الطاقة السعودي خالد الفالح مذكرة تفاهم مع نظيره الروسي ألكسندر نوفاك في موسكو.", "موسكو", []string{"خالد الفالح", "ألكسندر نوفاك"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "agreement")
			assert.Len(t, evs, 1, "%+v", evs)
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.Subset(t, evs[0].Participants, tt.want, "%+v", evs)
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
}

// TestEventsTargetDonorPlanned: the target of sanctions after على is no
// place, and the subject of the light verb before them takes part; who
// announces aid (أعلن … عن مساعدات) is its donor; a planned meeting told in
// reported speech (قالت إن … سيلتقي، من المقرر أن يجتمع) is a meeting.
func TestEventsTargetDonorPlanned(t *testing.T) {
	tests := []struct {
		name, text, typ, place, status string
		want                           []string
	}{
		{"sanctions on a capital",
			"عنوان\n\nوقال المتحدث إن لندن ستفرض عقوبات جديدة على موسكو.", "decision", "", "", []string{"لندن", "موسكو"}},
		{"sanctions imposed",
			"عنوان\n\nوفرضت الولايات المتحدة عقوبات على دمشق.", "decision", "", "", []string{"الولايات المتحدة", "دمشق"}},
		{"aid announced",
			"عنوان\n\nوأعلنت اليابان عن مساعدات بقيمة عشرة ملايين دولار للاجئين السوريين في الأردن.", "aid", "الأردن", "", []string{"اليابان"}},
		{"will meet",
			"عنوان\n\nوقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس فلاديمير بوتين سيلتقي نظيره الأمريكي دونالد ترامب في هلسنكي.", "meet", "هلسنكي", "planned",
			[]string{"فلاديمير بوتين", "دونالد ترامب"}},
		{"scheduled to meet",
			"عنوان\n\nوأعلنت الرئاسة أنه من المقرر أن يجتمع الرئيس التونسي الباجي قائد السبسي مع رئيس الحكومة يوسف الشاهد في قرطاج.", "meet", "قرطاج", "planned",
			[]string{"الباجي قائد السبسي", "يوسف الشاهد"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if assert.NotEmpty(t, evs, "no event of the type") {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
				if tt.status != "" {
					assert.Equal(t, tt.status, evs[0].Status, "%+v", evs)
				}
			}
		})
	}
}

// TestEventsFramedAndPlanned: a place that opens the sentence (وفي
// الخرطوم، …) is where its events happen when they name none, but not
// what a speaker says after إن; an event noun after a light verb with
// the future prefix (ستفرض عقوبات، ستعقد اجتماعا) is planned; indefinite
// warplanes with a nationality (طائرات حربية روسية) are an unnamed actor.
func TestEventsFramedAndPlanned(t *testing.T) {
	tests := []struct {
		name, text, typ, place, status string
		want                           []string
	}{
		{"opening place, release",
			"عنوان\n\nوفي الخرطوم، أفرجت السلطات السودانية عن عشرات المعتقلين.", "release", "الخرطوم", "past", nil},
		{"opening place, meeting",
			"عنوان\n\nوفي الجزائر، استقبل الرئيس عبد العزيز بوتفليقة وزير الخارجية الإسباني جوزيب بوريل.", "meet", "الجزائر", "past", nil},
		{"will hold a meeting",
			"عنوان\n\nوستعقد جامعة الدول العربية اجتماعا طارئا في القاهرة.", "meet", "القاهرة", "planned", nil},
		{"will impose sanctions",
			"عنوان\n\nوقال الوزير إن كندا ستفرض عقوبات على ميانمار.", "decision", "", "planned", nil},
		{"warplanes",
			"عنوان\n\nوشنت طائرات حربية روسية غارات على بلدة سراقب.", "attack", "سراقب", "past", []string{"طائرات حربية روسية"}},
		{"the warplanes, definite",
			"عنوان\n\nوقصفت الطائرات الروسية بلدة خان شيخون.", "attack", "خان شيخون", "past", []string{"الطائرات الروسية"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.NotEmpty(t, evs, tt.text)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			assert.Equal(t, tt.status, evs[0].Status, "%+v", evs)
			if tt.want != nil {
				assert.Subset(t, evs[0].Participants, tt.want, "%+v", evs)
			}
		})
	}
	// What a speaker says takes no place from the sentence's opening.
	evs := eventsOfType(t, "عنوان\n\nوفي بيروت، قال الوزير إن الجيش اللبناني اعتقل خمسة مسلحين.", "2018-06-05", "arrest")
	for _, e := range evs {
		assert.Empty(t, e.Place, "%+v", evs)
	}
}

// TestEventsAppointedOffice: an appointment's position of two words in
// the indefinite accusative (أمينا عاما، رئيسا تنفيذيا، مبعوثا خاصا،
// نائبا لرئيس الوزراء) is the whole office, and the organization or
// place after it is still the event's.
func TestEventsAppointedOffice(t *testing.T) {
	tests := []struct {
		name, text, position, place string
	}{
		{"a secretary-general", "عنوان\n\nوعُيّن وزير الخارجية السابق أحمد أبو الغيط أمينا عاما لجامعة الدول العربية.", "أمينا عاما", ""},
		{"a chief executive", "عنوان\n\nوعين مجلس الإدارة خالد الفالح رئيسا تنفيذيا لشركة أرامكو.", "رئيسا تنفيذيا", ""},
		{"a special envoy to a country", "عنوان\n\nوعين الأمين العام للأمم المتحدة غسان سلامة مبعوثا خاصا إلى ليبيا.", "مبعوثا خاصا", "ليبيا"},
		{"a deputy of another office", "عنوان\n\nوعين البرلمان محمد الحلبوسي نائبا لرئيس الوزراء.", "نائبا لرئيس الوزراء", ""},
		{"one word stays one word", "عنوان\n\nوصدر مرسوم بتعيين عامر العشي محافظاً للسويداء.", "محافظاً", "السويداء"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "appoint")
			if assert.NotEmpty(t, evs) {
				assert.Equal(t, tt.position, evs[0].Position, "%+v", evs)
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
}
