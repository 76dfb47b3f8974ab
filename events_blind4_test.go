package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsOpinionAndTweet: who holds a view (رأى … أن، رأت الوزارة أن)
// or writes it in a tweet (كتب … في تغريدة، غرّد) makes a statement; one
// who sees something (رأى السكان الدخان) or writes an article does not.
func TestEventsOpinionAndTweet(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the statement's participants; nil: no statement
	}{
		{"held a view",
			"عنوان\n\nورأى وزير الخارجية الفرنسي جان إيف لودريان أن الحل في سوريا سياسي.", []string{"جان إيف لودريان"}},
		{"a ministry held a view",
			"عنوان\n\nورأت وزارة الخارجية الروسية أن الضربات عدوان على دولة ذات سيادة.", []string{"وزارة الخارجية الروسية"}},
		{"wrote in a tweet",
			"عنوان\n\nوكتب وزير الدولة الإماراتي أنور قرقاش في تغريدة أن الأزمة طويلة.", []string{"أنور قرقاش"}},
		{"wrote on her account",
			"عنوان\n\nوكتبت رئيسة مجلس النواب الأمريكي نانسي بيلوسي على حسابها في تويتر أن القرار ظالم.", []string{"نانسي بيلوسي"}},
		{"tweeted",
			"عنوان\n\nوغرد رئيس الوزراء الكندي جاستن ترودو قائلا إن بلاده ترحب باللاجئين.", []string{"جاستن ترودو"}},
		{"saw, not a view",
			"عنوان\n\nورأى سكان القرية الطائرات تحلق فوق المنازل قبل القصف.", nil},
		{"wrote an article",
			"عنوان\n\nوكتب الصحفي سامر حداد مقالا طويلا عن الحرب في اليمن.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			found := false
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "statement" {
					found = true
					got = append(got, e.Participants...)
				}
			}
			if tt.want == nil {
				assert.False(t, found, "a statement in %q", tt.text)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsCallLongCaller: a caller named with a title and a long name
// stands between اتصل and the one called (اتصل أمير الكويت الشيخ صباح
// الأحمد الجابر الصباح بالرئيس …); past a comma the ب word is something
// else.
func TestEventsCallLongCaller(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the contact's participants; nil: no contact
	}{
		{"an emir with a long name",
			"عنوان\n\nواتصل أمير الكويت الشيخ صباح الأحمد الجابر الصباح بالرئيس اللبناني ميشال عون.", []string{"صباح الأحمد الجابر الصباح", "ميشال عون"}},
		{"a king, his title and his name",
			"عنوان\n\nواتصل العاهل الأردني الملك عبد الله الثاني بن الحسين بالرئيس الفلسطيني محمود عباس مساء الأحد.", []string{"عبد الله الثاني بن الحسين", "محمود عباس"}},
		{"a comma before the ب word",
			"عنوان\n\nواتصلت الاحتجاجات في شوارع المدينة القديمة طوال الليل، بحسب شهود عيان.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			found := false
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "contact" {
					found = true
					got = append(got, e.Participants...)
				}
			}
			if tt.want == nil {
				assert.False(t, found, "a contact in %q", tt.text)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsMeetingHostAndFrame: who held a meeting (مؤتمر صحفي …، عقده
// الوزير مع نظيره؛ اجتماع …، ترأسه) and the subject of a verb that a
// meeting frames (أكد الوزير خلال لقاء مع نظيره، شدد الملك بعد اجتماع مع
// …) take part in it; a name that only directed a deal reached in talks
// (بناء على توجيهات الرئيس تم الاتفاق خلال المباحثات) does not.
func TestEventsMeetingHostAndFrame(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the meeting's participants
	}{
		{"held it, with another",
			"عنوان\n\nوجاء ذلك في مؤتمر صحفي مشترك الأحد، عقده وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي.", []string{"سامح شكري", "أيمن الصفدي"}},
		{"chaired it",
			"عنوان\n\nوصدر القرار في اجتماع طارئ، ترأسه رئيس الوزراء العراقي حيدر العبادي في بغداد.", []string{"حيدر العبادي"}},
		{"said during a meeting with",
			"عنوان\n\nوأكد وزير الخارجية الأمريكي مايك بومبيو خلال لقاء مع نظيره الروسي سيرغي لافروف أن الحوار مستمر.", []string{"مايك بومبيو", "سيرغي لافروف"}},
		{"stressed after a meeting with",
			"عنوان\n\nوشدد العاهل المغربي الملك محمد السادس بعد اجتماع مع رئيس الحكومة سعد الدين العثماني على أهمية الإصلاح.", []string{"محمد السادس", "سعد الدين العثماني"}},
		{"directed, not met",
			"عنوان\n\nوبناء على توجيهات الرئيس عبد الفتاح السيسي تم الاتفاق خلال المباحثات على تعزيز التعاون.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "meet" {
					got = append(got, e.Participants...)
				}
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

// TestEventsStatementOwner: the owner of a statement noun, in the
// genitive right after it, is the speaker (تصريحات وزير الخارجية …،
// بيان وزارة الخارجية …، تصريحات المتحدث …، فلان،); a noun with the
// article takes no genitive (المقصود من هذه التصريحات القوات الأجنبية).
func TestEventsStatementOwner(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the statement's participants
	}{
		{"a minister's remarks",
			"عنوان\n\nوأثارت تصريحات وزير الخارجية البريطاني بوريس جونسون غضب موسكو.", []string{"بوريس جونسون"}},
		{"a ministry's statement",
			"عنوان\n\nوجاء في بيان وزارة الخارجية الأردنية أن الحدود ستبقى مغلقة.", []string{"وزارة الخارجية الأردنية"}},
		{"a spokesman named between commas",
			"عنوان\n\nوجاءت صباح الأحد تصريحات المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، لتؤكد ذلك.", []string{"أفيخاي أدرعي"}},
		{"the owner, not a name before",
			"عنوان\n\nوأثار غضب روسيا تصريح وزير الخارجية البريطاني بوريس جونسون.", []string{"بوريس جونسون"}},
		{"the owner between commas, not a name before",
			"عنوان\n\nوما يميز الأزمة \"تركيا\" أيضا تصريح المتحدث باسم الرئاسة التركية، إبراهيم قالن.", []string{"إبراهيم قالن"}},
		{"the article: no owner",
			"عنوان\n\nوقال الوزير إن المقصود من هذه التصريحات القوات الأجنبية كلها.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "statement" {
					got = append(got, e.Participants...)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsKanaClauseAndRelative: a name after كان that follows an
// attack opens a clause about it (ضربات مماثلة كانت تركيا على علم بها):
// it is neither where nor who; and a verb in a relative clause right
// after an event noun of its type tells of that event (الغارة الروسية
// التي استهدفت مستشفى في إدلب): one event.
func TestEventsKanaClauseAndRelative(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nونفذت الطائرات الأمريكية ضربات جوية مماثلة كانت تركيا على علم بها.",
		"عنوان\n\nوجاءت ضربات فرنسية محدودة كانت روسيا قد حذرت منها.",
	} {
		for _, e := range eventsOfType(t, text, "2018-06-05", "attack") {
			assert.NotContains(t, e.Participants, "تركيا", text)
			assert.NotContains(t, e.Participants, "روسيا", text)
			assert.Empty(t, e.Place, text)
		}
	}
	tests := []struct {
		text, actor, place string
	}{
		{"عنوان\n\nوكانت الغارة الروسية التي استهدفت مستشفى في إدلب الأحد قد أثارت غضبا.", "روسيا", "إدلب"},
		{"عنوان\n\nوأدانت الأمم المتحدة الضربة التركية التي استهدفت قرية في عفرين.", "تركيا", "عفرين"},
	}
	for _, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", "attack")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, []string{tt.actor}, evs[0].Participants, tt.text)
			assert.Equal(t, tt.place, evs[0].Place, tt.text)
		}
	}
}

// TestEventsBareTitleQualifiedAlias: a bare title (قال ولي العهد) refers
// to the one person introduced with that title qualified (ولي العهد
// السعودي الأمير …), past the style word between them; the statements
// are then one.
func TestEventsBareTitleQualifiedAlias(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"عنوان\n\nأعلن ولي العهد السعودي الأمير محمد بن سلمان دعم المملكة للحل.\nوقال ولي العهد في مقابلة مع مجلة أمريكية إن الاقتصاد ينمو.", "محمد بن سلمان"},
		{"عنوان\n\nأكد ولي العهد البحريني الأمير سلمان بن حمد آل خليفة دعم بلاده للحل.\nوقال ولي العهد في مقابلة مع صحيفة أمريكية إن الاقتصاد ينمو.", "سلمان بن حمد آل خليفة"},
	}
	for _, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", "statement")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, []string{tt.want}, evs[0].Participants, tt.text)
		}
	}
}

// TestEventsPluralMeetingsAndIssuedRemarks: the plural meeting nouns take
// their possessive pronouns (اختتمت البعثة اجتماعاتها، عقد لقاءاته) as the
// singular ones do; remarks issued from someone (صدرت تصريحات عن الوزير
// فلان) are that person's statement.
func TestEventsPluralMeetingsAndIssuedRemarks(t *testing.T) {
	meets := []struct {
		text, who, place string
	}{
		{"عنوان\n\nواختتمت بعثة صندوق النقد الدولي اجتماعاتها في عمان الخميس.", "صندوق النقد الدولي", "عمان"},
		{"عنوان\n\nوعقد الرئيس الفلسطيني محمود عباس لقاءاته مع الوفود في رام الله.", "محمود عباس", "رام الله"},
	}
	for _, tt := range meets {
		evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, []string{tt.who}, evs[0].Participants, tt.text)
			assert.Equal(t, tt.place, evs[0].Place, tt.text)
		}
	}
	for _, tt := range []struct{ text, who string }{
		{"عنوان\n\nوصدرت تصريحات عن وزير الخارجية الفرنسي جان إيف لودريان هذا الأسبوع.", "جان إيف لودريان"},
		{"عنوان\n\nوصدرت أمس تصريحات عن رئيس الوزراء العراقي حيدر العبادي حول الانتخابات.", "حيدر العبادي"},
	} {
		evs := eventsOfType(t, tt.text, "2018-06-05", "statement")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, []string{tt.who}, evs[0].Participants, tt.text)
		}
	}
}

// TestEventsMissilesFired: missiles and shells are fired as fire is
// (أطلقت الحركة عشرات الصواريخ، أطلق الحوثيون صاروخا), and the verb that
// carries them as its pronoun after them fires them too (صواريخ "إيرانية"
// أطلقها الحوثيون); an initiative launched is no attack.
func TestEventsMissilesFired(t *testing.T) {
	tests := []struct {
		text, actor string // actor "": no attack
	}{
		{"عنوان\n\nوأطلقت حركة الجهاد الإسلامي عشرات الصواريخ على مستوطنات غلاف غزة.", "حركة الجهاد الإسلامي"},
		{"عنوان\n\nوأطلق الحوثيون صاروخا باليستيا على مدينة جازان.", "الحوثيون"},
		{"عنوان\n\nوتندد الرياض بطائرات بلا طيار وصواريخ \"إيرانية\" أطلقها الحوثيون باتجاه أراضيها.", "الحوثيون"},
		{"عنوان\n\nوأطلق الرئيس الروسي فلاديمير بوتين مبادرة جديدة للحل في سوريا.", ""},
	}
	for _, tt := range tests {
		var attacks []ev
		for _, e := range eventsOf(t, tt.text, "2018-06-05") {
			if e.Type == "attack" {
				attacks = append(attacks, e)
			}
		}
		if tt.actor == "" {
			assert.Empty(t, attacks, tt.text)
			continue
		}
		if assert.Len(t, attacks, 1, tt.text) {
			assert.Contains(t, attacks[0].Participants, tt.actor, tt.text)
		}
	}
}

// TestEventsUnnamedPluralSpeaker: a speech verb whose subject is a
// definite plural the text does not name (يطالب الفلسطينيون، يقول
// المسؤولون) is not the last speaker's; a verb with no subject after it
// still is (كما دعت إلى).
func TestEventsUnnamedPluralSpeaker(t *testing.T) {
	tests := []struct {
		text, typ string
		want      [][]string // the participants of each event of type typ
	}{
		{"عنوان\n\nوتعتبر إسرائيل القدس عاصمتها الموحدة، في حين يطالب الفلسطينيون بأن تكون القدس الشرقية عاصمة لدولتهم.", "appeal", nil},
		{"عنوان\n\nوأكد الرئيس التركي رجب طيب أردوغان أن العملية مستمرة.\nويقول المسؤولون الأكراد إن الهجوم فشل.", "statement", [][]string{{"رجب طيب أردوغان"}}},
		{"عنوان\n\nوأعلنت وزارة الخارجية الروسية رفضها للقرار، كما دعت إلى الحوار بين الأطراف.", "appeal", [][]string{{"وزارة الخارجية الروسية"}}},
	}
	for _, tt := range tests {
		var got [][]string
		for _, e := range eventsOf(t, tt.text, "2018-06-05") {
			if e.Type == tt.typ {
				got = append(got, e.Participants)
			}
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestEventsReturnFromVisit: who returns from a visit made it (بعد عودة
// رئيس الوزراء، فلان، من زيارة لموسكو).
func TestEventsReturnFromVisit(t *testing.T) {
	tests := []struct {
		text, who, place string
	}{
		{"عنوان\n\nوجاء القرار بعد عودة رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، من زيارة لموسكو.", "بنيامين نتانياهو", "موسكو"},
		{"عنوان\n\nوتأتي التصريحات غداة عودة وزير الخارجية الأمريكي مايك بومبيو من زيارة إلى بيونغ يانغ.", "مايك بومبيو", "بيونغ يانغ"},
	}
	for _, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", "visit")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, []string{tt.who}, evs[0].Participants, tt.text)
			assert.Equal(t, tt.place, evs[0].Place, tt.text)
		}
	}
}

// TestEventsWithPersonPastTopic: past the topic of talks (بحث الوزير
// التطورات بشأن سوريا، ناقش الأوضاع في ليبيا) the person after مع is the
// other side; a country after مع stays what it was.
func TestEventsWithPersonPastTopic(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"عنوان\n\nوبحث وزير الخارجية المصري سامح شكري التطورات بشأن سوريا مع نظيره الأردني أيمن الصفدي.", []string{"سامح شكري", "أيمن الصفدي"}},
		{"عنوان\n\nوناقش وزير الخارجية المصري سامح شكري الأوضاع في ليبيا مع نظيره الفرنسي جان إيف لودريان.", []string{"سامح شكري", "جان إيف لودريان"}},
		{"عنوان\n\nوبحث الرئيس الروسي فلاديمير بوتين الخلافات حول الملف النووي الإيراني مع الرئيس الفرنسي إيمانويل ماكرون.", []string{"فلاديمير بوتين", "إيمانويل ماكرون"}},
	}
	for _, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, tt.want, evs[0].Participants, tt.text)
		}
	}
}
