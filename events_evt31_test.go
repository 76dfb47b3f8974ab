package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsVisitedFacilityAfterDayOrCompany: a named facility a visitor
// goes to (a hospital, a port, a plant) is the visit's place when a day
// with no commas (صباح اليوم، أمس) or the ones who went with the visitor,
// set off by commas (، برفقة المحافظ فلان،), stand between the visitor and
// it; the facility takes no part.
func TestEventsVisitedFacilityAfterDayOrCompany(t *testing.T) {
	for _, c := range []struct {
		text, visitor, place string
	}{
		{"وتفقد وزير الصحة الدكتور سامي الحكيم صباح اليوم مستشفى الرازي الجامعي في حي الزهور.", "سامي الحكيم", "مستشفى الرازي"},
		{"وزارت وزيرة النقل هدى الصباغ أمس ميناء طرطوس واطلعت على سير العمل فيه.", "هدى الصباغ", "طرطوس"},
		{"وزار محافظ البصرة أسعد العيداني، برفقة مدير الصحة عباس التميمي، مستشفى الموانئ العام ظهر اليوم.", "أسعد العيداني", "مستشفى الموانئ"},
		{"وتفقد وزير الداخلية خالد النوري، يرافقه والي مدنين سعيد بن زايد، معبر رأس جدير الحدودي.", "خالد النوري", "رأس جدير"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "visit")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.visitor, "%s: %+v", c.text, evs[0])
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
			assert.NotContains(t, evs[0].Participants, c.place, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsAidGoodsReceivedOrHanded: relief goods received (تسلم،
// استلم) from a giver named after من, handed over told in the imperfect
// (تسلّم، يسلّم), and pesticides handed over against a pest are aid; a
// letter or a body received is none.
func TestEventsAidGoodsReceivedOrHanded(t *testing.T) {
	for _, c := range []struct {
		text, giver string
	}{
		{"وتسلم مستشفى الثورة في الحديدة أمس شحنة من الأدوية والمستلزمات الطبية من منظمة أطباء بلا حدود.", "منظمة أطباء بلا حدود"},
		{"واستلمت مديرية الصحة أمس من منظمة الصحة العالمية أطنانا من الأدوية.", "منظمة الصحة العالمية"},
		{"وأعلنت منظمة الأغذية والزراعة أنها سلمت السلطات المحلية 20 ألف لتر من المبيدات لمكافحة الجراد.", "منظمة الأغذية والزراعة"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "aid")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.giver, "%s: %+v", c.text, evs[0])
		}
	}
	evs := eventsOfType(t, "منظمة الصحة العالمية تسلّم عدن شحنة أدوية لمواجهة الكوليرا\n\nعدن - قال مسؤول محلي إن الوضع صعب.", "2025-03-04", "aid")
	if assert.Len(t, evs, 1, "%+v", evs) {
		assert.Contains(t, evs[0].Participants, "منظمة الصحة العالمية", "%+v", evs[0])
	}
	for _, text := range []string{
		"وتسلم الرئيس رسالة خطية من أمير قطر تتعلق بالعلاقات الثنائية.",
		"وسلم الدفاع المدني جثمان الضحية إلى ذويه في المدينة.",
	} {
		checkNotEvents(t, "عنوان\n\n"+text, "2025-03-04", "aid")
	}
}

// TestEventsActOfSpeakerPastMediumOfWords: the act a body announces it
// did, told after the statement or press conference it was announced in
// (أعلنت المنظمة في بيان أنها سلمت، أعلن البرنامج، في بيان صدر اليوم، أنه
// بدأ توزيع), is that body's; the place of the statement's medium is not
// the act's.
func TestEventsActOfSpeakerPastMediumOfWords(t *testing.T) {
	for _, c := range []struct {
		text, typ, doer string
	}{
		{"وأعلن برنامج الأغذية العالمي، في بيان صدر اليوم الإثنين، أنه بدأ توزيع 300 طن من المواد الغذائية على الأسر المتضررة.", "aid", "برنامج الأغذية العالمي"},
		{"وأعلنت منظمة الصحة العالمية في بيان صدر عن مكتبها في عمان أنها وزعت الأدوية على مستشفيات المحافظة.", "aid", "منظمة الصحة العالمية"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", c.typ)
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.doer, "%s: %+v", c.text, evs[0])
			assert.NotEqual(t, "عمان", evs[0].Place, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsMourningDeclaredByBareGovernment: official mourning that a
// government or a council named by no name declares (وأعلنت الحكومة
// الحداد الرسمي … اعتبارا من اليوم) is a decision told here, dated by its
// start, though its noun has the article; the same noun in what is said
// of it later refers back and tells none.
func TestEventsMourningDeclaredByBareGovernment(t *testing.T) {
	for _, c := range []struct {
		text, time string
	}{
		{"وأعلنت الحكومة الحداد الرسمي في عموم البلاد ثلاثة أيام اعتبارا من اليوم الأربعاء.", "2026-01-14"},
		{"وأعلن مجلس الوزراء أمس الحداد العام سبعة أيام على أرواح الضحايا.", "2026-01-13"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2026-01-14", "decision")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs[0])
		}
	}
	checkNotEvents(t, "عنوان\n\nوقال المتحدث إن الحداد الرسمي ينتهي غدا الخميس.", "2026-01-14", "decision")
}

// TestEventsSpeakerAfterBodyDescription: the person a title of a body
// introduces speaks though a description of the body, set off by commas,
// stands between the body and the person's name (المتحدث باسم الأسطول
// الخامس، ومقره المنامة، القائد فلان، إن); the body does not.
func TestEventsSpeakerAfterBodyDescription(t *testing.T) {
	for _, c := range []struct {
		text, speaker, body string
	}{
		{"وقال المتحدث باسم الأسطول الخامس الأمريكي، ومقره المنامة، القائد تيم هوكينز، إن البحرية تتابع الوضع.", "تيم هوكينز", "الأسطول الخامس"},
		{"وقال رئيس حركة النهضة، أكبر الأحزاب في البرلمان، راشد الغنوشي، إن الحركة تدعم الحكومة.", "راشد الغنوشي", "حركة النهضة"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "statement")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.speaker, "%s: %+v", c.text, evs[0])
			assert.NotContains(t, evs[0].Participants, c.body, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsCompensationAndReliefGiven: compensation paid to those a
// disaster hit (صرف تعويضات), announced or ordered, and relief goods given
// (قدمت الفرق الإسعافات الأولية والمواد الغذائية) are aid of who pays or
// gives them; a bill presented is none.
func TestEventsCompensationAndReliefGiven(t *testing.T) {
	for _, c := range []struct {
		text, giver string
	}{
		{"وأعلنت وزارة الزراعة صرف تعويضات عاجلة لمئتي مزارع تضررت محاصيلهم من السيول.", "وزارة الزراعة"},
		{"وتفقد الوزير خالد العمري المصابين، ووجه بصرف تعويضات لأسر الضحايا.", "خالد العمري"},
		{"وفي مركز الإيواء، قدمت فرق الهلال الأحمر العراقي المواد الغذائية والأغطية للعائلات النازحة.", "الهلال الأحمر العراقي"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "aid")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.giver, "%s: %+v", c.text, evs[0])
		}
	}
	for _, text := range []string{
		"وقدمت الحكومة مشروع القانون إلى البرلمان لمناقشته.",
		"وقدم الوزير استقالته إلى رئيس الحكومة أمس.",
	} {
		checkNotEvents(t, "عنوان\n\n"+text, "2025-03-04", "aid")
	}
}

// TestEventsTourOfPlaces: a tour a person makes or begins (قام بجولة،
// يبدأ جولة), or one that takes in places (جولة شملت، تشمل), is a visit of
// the first place it names; a round of a league, of talks or of a
// vaccination campaign is none.
func TestEventsTourOfPlaces(t *testing.T) {
	for _, c := range []struct {
		text, visitor, place string
	}{
		{"وكان وزير الخارجية الكويتي خالد الصباح قد قام بجولة شملت الرياض وأبوظبي والمنامة الأسبوع الماضي.", "خالد الصباح", "الرياض"},
		{"ويبدأ وزير الخارجية الألماني هايكو ماس غدا جولة في المنطقة تشمل عمان وبيروت.", "هايكو ماس", "عمان"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "visit")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.visitor, "%s: %+v", c.text, evs[0])
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		}
	}
	for _, text := range []string{
		"ويلتقي الأهلي مع الزمالك في الجولة الثامنة من الدوري يوم الخميس.",
		"ونفذت وزارة الصحة جولة مماثلة في آذار الماضي شملت خمسة ملايين طفل في بغداد.",
		"وتنطلق في جنيف جولة جديدة من المباحثات بين الطرفين.",
	} {
		checkNotEvents(t, "عنوان\n\n"+text, "2025-03-04", "visit")
	}
}

// TestEventsCallAfterVerbOfNoEvent: a call told by a participle (داعيا،
// مطالبا) after a verb that tells no event of its own (هنّأ، شكر) is made
// by the person that verb's clause names first, past a title and its
// body; a body that opens the clause with a person after it leaves the
// call with no caller.
func TestEventsCallAfterVerbOfNoEvent(t *testing.T) {
	for _, c := range []struct {
		text, caller string
	}{
		{"وفي بيروت، هنّأ رئيس مجلس النواب نبيه بري الفائزين، داعياً المجالس البلدية إلى جعل الإعمار أولويتها.", "نبيه بري"},
		{"من جانبه، شكر رئيس الوزراء العراقي حيدر العبادي الدول المانحة، داعياً الشركات إلى الاستثمار في العراق.", "حيدر العبادي"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "appeal")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Equal(t, []string{c.caller}, evs[0].Participants, "%s: %+v", c.text, evs[0])
		}
	}
	checkNotEvents(t, "عنوان\n\nوشكر الاتحاد الأوروبي الرئيس سمير الخطيب، داعيا الأطراف إلى الحوار.", "2025-03-04", "appeal")
}

// TestEventsSecondParticipleJoinedByWa: a second participle of calling
// joined by و right after a comma (متعهدا بأن …، وداعيا الشركات إلى) is a
// call of the subject of the verb the first goes with; the same letters
// in a noun phrase (حفلا وداعيا, a farewell party) tell none.
func TestEventsSecondParticipleJoinedByWa(t *testing.T) {
	text := "من جانبه، شكر رئيس الوزراء العراقي حيدر العبادي الدول المانحة، متعهداً بمكافحة الفساد، وداعياً الشركات الأجنبية إلى الاستثمار في العراق."
	evs := eventsOfType(t, "عنوان\n\n"+text, "2018-02-15", "appeal")
	if assert.Len(t, evs, 1, "%+v", evs) {
		assert.Contains(t, evs[0].Participants, "حيدر العبادي", "%+v", evs[0])
	}
	checkNotEvents(t, "عنوان\n\nوأقامت السفارة الأردنية حفلا وداعيا للسفير خالد العمري في عمان.", "2018-02-15", "appeal")
}

// TestEventsAttendeesEachAfterTitle: those who attended a meeting, each
// named after a title of his own and joined by و (حضره وزير الداخلية فلان
// وقائد الجيش العماد فلان، بحضور وزير الخارجية فلان ووزير الدفاع فلان), all
// take part in it.
func TestEventsAttendeesEachAfterTitle(t *testing.T) {
	for _, c := range []struct {
		text    string
		present []string
	}{
		{"وترأس رئيس الحكومة نواف سلام اجتماعا طارئا في السراي الحكومي، حضره وزيرة البيئة سلمى الزين وقائد الجيش العماد رودولف هيكل.", []string{"سلمى الزين", "رودولف هيكل"}},
		{"وعقد الرئيس ميشال عون اجتماعا في قصر بعبدا بحضور وزير الخارجية جبران باسيل ووزير الدفاع يعقوب الصراف.", []string{"جبران باسيل", "يعقوب الصراف"}},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "meet")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			for _, p := range c.present {
				assert.Contains(t, evs[0].Participants, p, "%s: %+v", c.text, evs[0])
			}
		}
	}
}
