package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsNotEventsEvt7: words of events that tell none here. A trigger
// noun after a building's noun is the building's name (قصر بيان، فندق
// بيان، قاعة مؤتمرات القصر); استقبل with what one takes in (refugees,
// the wounded, goods, tourists) is no meeting; هاتف before a product
// name or a phone's adjective is the device; a wound (إصابة، أصيب) with a
// disease is an infection.
func TestEventsNotEventsEvt7(t *testing.T) {
	tests := []struct {
		name, text string
		not        string // a type:trigger that must not be found
	}{
		{"a palace's name", "عنوان\n\nواستقبل أمير الكويت الشيخ صباح الأحمد في قصر بيان وزير الخارجية البريطاني جيريمي هانت.", "statement:بيان"},
		{"a hotel's name", "عنوان\n\nواستقبل الأمير الشيخ صباح الأحمد في فندق بيان وزير الخارجية البريطاني جيريمي هانت.", "statement:بيان"},
		{"a hall's name", "عنوان\n\nوالتقى الرئيس ميشال عون في قاعة مؤتمرات القصر رئيس الوزراء سعد الحريري.", "meet:مؤتمرات"},
		{"a building's name", "عنوان\n\nواستقبل الرئيس محمود عباس في مبنى اجتماعات المقاطعة المبعوث الأمريكي جيسون غرينبلات.", "meet:اجتماعات"},
		{"refugees received", "عنوان\n\nوقالت المستشارة الألمانية أنغيلا ميركل إن برلين ستستقبل مزيدا من اللاجئين.", "meet:تستقبل"},
		{"refugees each year", "عنوان\n\nوتستقبل ألمانيا آلاف اللاجئين كل عام.", "meet:تستقبل"},
		{"the wounded", "عنوان\n\nواستقبل مستشفى الشفاء عشرات الجرحى بعد القصف.", "meet:استقبل"},
		{"goods", "عنوان\n\nواستقبل ميناء جدة الإسلامي شحنات القمح.", "meet:استقبل"},
		{"tourists", "عنوان\n\nواستقبلت مدينة البتراء أكثر من مليون سائح.", "meet:استقبلت"},
		{"a phone launched", "عنوان\n\nوأعلنت شركة أبل عن إطلاق هاتف آيفون الجديد في مؤتمر بمدينة كوبرتينو.", "contact:هاتف"},
		{"a smart phone", "عنوان\n\nوضبطت الشرطة هاتف ذكي بحوزة المتهم.", "contact:هاتف"},
		{"through a phone", "عنوان\n\nوتحدث الوزير عبر هاتف محمول مع مراسل القناة.", "contact:هاتف"},
		{"new infections", "عنوان\n\nأعلنت وزارة الصحة السعودية تسجيل 15 إصابة جديدة بفيروس كورونا في الرياض وجدة.", "injury:إصابة"},
		{"infected with cholera", "عنوان\n\nوأصيب نحو مئة شخص بالكوليرا في محافظة الحديدة.", "injury:أصيب"},
		{"cases of a disease", "عنوان\n\nوارتفعت إصابات كورونا في مصر إلى ألف حالة.", "injury:إصابات"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotContains(t, triggers(eventsOf(t, tt.text, "2018-09-13")), tt.not)
		})
	}
}

// TestEventsStillEventsEvt7: the same words where they do tell the event.
func TestEventsStillEventsEvt7(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // a type:trigger that must be found
	}{
		{"a guest received", "عنوان\n\nواستقبل الرئيس التونسي الباجي قائد السبسي وفدا من منظمة الصحة العالمية لبحث أوضاع اللاجئين.", "meet:استقبل"},
		{"a phone call", "عنوان\n\nوهاتف الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون.", "contact:هاتف"},
		{"wounded", "عنوان\n\nوأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة شمال سيناء.", "injury:أصيب"},
		{"wounds in an attack", "عنوان\n\nوأسفر الهجوم عن إصابة خمسة مدنيين بجروح خطيرة.", "injury:إصابة"},
		{"a statement", "عنوان\n\nوجاء في بيان لوزارة الخارجية المصرية أن الوزير سيزور روما.", "statement:بيان"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, triggers(eventsOf(t, tt.text, "2018-09-13")), tt.want)
		})
	}
}

// TestEventsGuestAfterPlace: the one received is a participant when a
// place phrase stands between the host and the guest (في قصر بيان،
// بمقر رئاسة الجمهورية، في مكتبه، في القصر الجمهوري في بعبدا); a
// facility named after في (في قصر الإليزيه) is where, not who.
func TestEventsGuestAfterPlace(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"in a palace", "عنوان\n\nواستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح في قصر بيان وزير الخارجية البريطاني جيريمي هانت.",
			[]string{"صباح الأحمد الجابر الصباح", "جيريمي هانت"}},
		{"at a seat", "عنوان\n\nواستقبل الرئيس المصري عبد الفتاح السيسي بمقر رئاسة الجمهورية وزير الخارجية الفرنسي جان إيف لودريان.",
			[]string{"عبد الفتاح السيسي", "جان إيف لودريان"}},
		{"at his office", "عنوان\n\nواستقبل رئيس الوزراء الأردني عمر الرزاز في مكتبه وزير الخارجية الألماني هايكو ماس.",
			[]string{"عمر الرزاز", "هايكو ماس"}},
		{"a long place phrase", "عنوان\n\nواستقبل الرئيس اللبناني ميشال عون في القصر الجمهوري في بعبدا السفير الروسي ألكسندر زاسبكين.",
			[]string{"ميشال عون", "ألكسندر زاسبكين"}},
		{"a hall's name", "عنوان\n\nوالتقى الرئيس ميشال عون في قاعة مؤتمرات القصر رئيس الوزراء سعد الحريري.",
			[]string{"ميشال عون", "سعد الحريري"}},
		{"a named palace", "عنوان\n\nواستقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه المستشارة الألمانية أنغيلا ميركل.",
			[]string{"إيمانويل ماكرون", "أنغيلا ميركل"}},
		{"a named palace, no guest", "عنوان\n\nوالتقى الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه الأربعاء لبحث العلاقات مع ألمانيا.",
			[]string{"إيمانويل ماكرون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-09-13", "meet")
			if len(evs) > 0 {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
}

// TestEventsFutureDatePlanned: a plain imperfect whose clause gives a
// date after the document's is a planned event; a date before it, or in
// another clause, leaves it as it was.
func TestEventsFutureDatePlanned(t *testing.T) {
	tests := []struct {
		name, text, typ, status string
	}{
		{"next week", "عنوان\n\nويزور الرئيس الفرنسي إيمانويل ماكرون بيروت الأسبوع المقبل.", "visit", "planned"},
		{"a day of this month", "عنوان\n\nويزور الرئيس التونسي الباجي قائد السبسي الجزائر يوم 20 سبتمبر الجاري.", "visit", "planned"},
		{"a day between commas", "عنوان\n\nويستقبل الرئيس المصري عبد الفتاح السيسي، الأحد 16 سبتمبر، ولي العهد السعودي الأمير محمد بن سلمان.", "meet", "planned"},
		{"a day past", "عنوان\n\nويلتقي وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في هلسنكي منذ 2 سبتمبر.", "meet", "ongoing"},
		{"another clause's date", "عنوان\n\nويزور الرئيس الفرنسي إيمانويل ماكرون بيروت؛ وكان قد زار عمان في 20 سبتمبر.", "visit", "ongoing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-09-13", tt.typ)
			if len(evs) > 0 {
				assert.Equal(t, tt.status, evs[0].Status, "%+v", evs)
			}
		})
	}
}

// TestEventsTowardLongSubject: إلى after a long subject (a title, a name
// of five words, a phrase) still makes توجه a journey.
func TestEventsTowardLongSubject(t *testing.T) {
	tests := []struct {
		name, text, place string
	}{
		{"a long name", "عنوان\n\nوسيتوجه ولي العهد السعودي الأمير محمد بن سلمان بن عبد العزيز آل سعود إلى واشنطن.", "واشنطن"},
		{"at the head of a delegation", "عنوان\n\nوسيتوجه رئيس الوزراء العراقي حيدر العبادي على رأس وفد وزاري رفيع إلى طهران.", "طهران"},
		{"a phrase between", "عنوان\n\nوتوجه وزير الخارجية الأمريكي مايك بومبيو في أول جولة له منذ توليه منصبه إلى الرياض.", "الرياض"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-09-13", "visit")
			if len(evs) > 0 {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
}

// TestEventsPassiveDetained: أوقف in the passive, its subject a person
// before it and a preposition or a time right after it, is an arrest;
// a thing stopped is not.
func TestEventsPassiveDetained(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the participants; nil: no arrest
	}{
		{"a businessman", "عنوان\n\nوكان رجل الأعمال السعودي الوليد بن طلال قد أوقف في الرياض العام الماضي.", []string{"الوليد بن طلال"}},
		{"a journalist", "عنوان\n\nوقالت مصادر إن الصحفي التركي أحمد ألتان أوقف في إسطنبول.", []string{"أحمد ألتان"}},
		{"a project stopped", "عنوان\n\nوقال الوزير إن مشروع نيوم أوقف في عهد الحكومة السابقة.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-09-13")
			var got []string
			for _, e := range evs {
				if e.Type == "arrest" {
					got = e.Participants
				}
			}
			assert.Equal(t, tt.want, got, "%+v", evs)
		})
	}
}

// TestEventsElectionWinner: who wins an election takes part in it: the
// name after فاز or فوز, or for فوز مرشحه (his candidate's win) and فوزا
// the subject of the clause; a district after it is its place.
func TestEventsElectionWinner(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		place      string
	}{
		{"a party won", "عنوان\n\nوفاز حزب العدالة والتنمية في الانتخابات البرلمانية.", []string{"حزب العدالة والتنمية"}, ""},
		{"its candidate's win", "عنوان\n\nوأعلن حزب العدالة والتنمية المغربي فوز مرشحه في الانتخابات الجزئية بدائرة الرشيدية.",
			[]string{"حزب العدالة والتنمية المغربي"}, "الرشيدية"},
		{"its candidates' win", "عنوان\n\nوأعلنت حركة النهضة التونسية فوز مرشحيها في الانتخابات البلدية بمدينة صفاقس.",
			[]string{"حركة النهضة التونسية"}, "صفاقس"},
		{"a win achieved", "عنوان\n\nوحقق حزب المؤتمر الوطني فوزا كبيرا في الانتخابات الرئاسية.", []string{"حزب المؤتمر الوطني"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-09-13", "election")
			if len(evs) > 0 {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
}

// TestEventsReporterNoSpeaker: a reporter's words (أفاد مراسل الجزيرة في
// الحسكة، قال مراسلنا في دمشق) are not given to the last speaker, nor
// their place to that speaker's statement.
func TestEventsReporterNoSpeaker(t *testing.T) {
	tests := []struct {
		name, text, speaker string
	}{
		{"a channel's reporter", "عنوان\n\nوانتقد زعيم حزب العمال البريطاني جيريمي كوربن سياسة الحكومة. وأفاد مراسل الجزيرة في الحسكة بأن قوات سوريا الديمقراطية سيطرت على بلدة هجين.", "جيريمي كوربن"},
		{"our reporter", "عنوان\n\nوانتقد زعيم حزب العمال البريطاني جيريمي كوربن سياسة الحكومة. وقال مراسلنا في دمشق إن الجيش السوري سيطر على بلدة هجين.", "جيريمي كوربن"},
		{"a woman reporter", "عنوان\n\nورحب وزير الخارجية الفرنسي جان إيف لودريان بالاتفاق. وأفادت مراسلة قناة العربية في بيروت بأن الحكومة ستجتمع.", "جان إيف لودريان"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-09-13", "statement") {
				if assert.Contains(t, e.Participants, tt.speaker, "%+v", e) {
					assert.Empty(t, e.Place, "%+v", e)
				}
			}
		})
	}
}
