package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsTriggersBlind19: triggers the nineteenth blind measure found
// missing, in sentences written for this test. One who takes up an office
// (تسلم / استلم / باشر مهامه, تسلم قيادة الجيش) is appointed; the Maghreb's
// verbal noun of closing (غلق المعبر) is a suspension as إغلاق is; a drone
// launched (طائرة مسيرة أطلقها، أطلق طائرتين مسيرتين) is an attack as a
// missile is.
func TestEventsTriggersBlind19(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوتسلم اللواء سامي الحلبي، صباح اليوم، مهامه رئيسا لأركان الجيش خلال حفل أقيم في مقر القيادة.", "appoint", "سامي الحلبي"},
		{"عنوان\n\nوباشرت الوزيرة هالة الصباغ مهامها أمس في مقر الوزارة بعد أدائها اليمين.", "appoint", "هالة الصباغ"},
		{"الفريق منصور العتيبي يتسلم قيادة القوات البحرية\n\nنص الخبر.", "appoint", "منصور العتيبي"},
		{"عنوان\n\nوقررت الولاية غلق المعبر الحدودي برأس جدير يوم الأحد بسبب الاكتظاظ.", "suspend", ""},
		{"عنوان\n\nوأسقطت الدفاعات الجوية طائرة مسيرة أطلقها المتمردون باتجاه مدينة جازان.", "attack", ""},
		{"عنوان\n\nوأطلق المتمردون فجر اليوم طائرتين مسيرتين على مطار أبها.", "attack", ""},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", c.typ)
		if c.who != "" && len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsTriggersBlind19Not: the same words in other senses: a letter,
// a shipment or a prize received (تسلم رسالة، استلم شحنة) appoints no one,
// nor does one who begins his work's tasks later in a clause that names no
// office of his own (تسلم الرئيس رسالة); a march launched (مسيرة أطلقها
// الناشطون) is no attack.
func TestEventsTriggersBlind19Not(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nوتسلم الرئيس رسالة خطية من نظيره التونسي تتعلق بالعلاقات الثنائية.", "appoint"},
		{"عنوان\n\nواستلمت وزارة الصحة شحنة من اللقاحات مقدمة من الصين.", "appoint"},
		{"عنوان\n\nوانطلقت مسيرة حاشدة أطلقها الناشطون في شوارع المدينة.", "attack"},
	} {
		checkNotEvents(t, c.text, "2020-03-04", c.not)
	}
}

// TestEventsSpeechMediumDate: a speech verb whose communiqué or press
// statement is set off by commas after its speaker (أفاد المرصد، في بيان
// صدر مساء أمس، بأن …; أكد الوزير، في تصريح أدلى به اليوم، أن …) is dated
// by the date told with that communiqué, as it is without the commas.
func TestEventsSpeechMediumDate(t *testing.T) {
	for _, c := range []struct{ text, time string }{
		{"عنوان\n\nوأفاد المرصد السوري لحقوق الإنسان، في بيان صدر مساء أمس الثلاثاء، بأن الطيران قصف بلدتين في ريف إدلب.", "2020-03-03"},
		{"عنوان\n\nوأكد وزير الزراعة سامي العلي، في تصريح صحفي أدلى به اليوم، أن الحكومة ستدعم مزارعي القمح.", "2020-03-04"},
		{"عنوان\n\nوقالت نقابة المعلمين، في بلاغ أصدرته يوم الأحد، إن الإضراب سيتواصل.", "2020-03-01"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "statement")
		if len(evs) > 0 {
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsDecidedInSameSession: an appointment a council decides "in the
// same session" (قرر المجلس في الجلسة نفسها تعيين فلان) is the appointment,
// the council its actor, as with its own session's pronoun (في جلسته): no
// decision of its own. Two persons appointed in two sentences by the same
// council are two appointments, not one merged by their shared council.
func TestEventsDecidedInSameSession(t *testing.T) {
	text := "عنوان\n\nوكان مجلس الوزراء قد قرر في الجلسة ذاتها تعيين اللواء ماهر السعدي قائدا للحرس الوطني.\n\n" +
		"وقرر مجلس الوزراء في الجلسة نفسها تعيين الدكتورة سلمى النجار رئيسة لهيئة الدواء."
	checkNotEvents(t, text, "2020-03-04", "decision")
	evs := eventsOfType(t, text, "2020-03-04", "appoint")
	if assert.Len(t, evs, 2, "%+v", evs) {
		assert.Contains(t, evs[0].Participants, "مجلس الوزراء", "%+v", evs)
		assert.Contains(t, evs[1].Participants, "مجلس الوزراء", "%+v", evs)
	}
}

// TestEventsStatementIssuedFromBody: a speaker's words given "in a
// statement issued by" his body (أوضح ممثل المنظمة فلان، في بيان صادر عن
// المنظمة، أن …) are one statement, his: the body it was issued from is no
// second speaker. A statement noun that speaks by itself (قال بيان صادر عن
// الوزارة إن) still has the body for speaker.
func TestEventsStatementIssuedFromBody(t *testing.T) {
	text := "عنوان\n\nوأوضح ممثل منظمة الأغذية والزراعة في الصومال إتيان بيترشميت، في بيان صادر عن المنظمة، أن موسم الأمطار كان ضعيفا."
	evs := eventsOfType(t, text, "2020-03-04", "statement")
	assert.Len(t, evs, 1, "%+v", evs)
	text = "عنوان\n\nوقال بيان صادر عن وزارة الداخلية إن الشرطة فككت شبكة لتهريب البشر."
	evs = eventsOfType(t, text, "2020-03-04", "statement")
	if assert.Len(t, evs, 1, "%+v", evs) {
		assert.Contains(t, evs[0].Participants, "وزارة الداخلية", "%+v", evs)
	}
}

// TestEventsJoinedCountriesOfLightVerb: two countries joined as the
// subject of the verb that carries an event noun (وقعت X وY … اتفاقية،
// عقدت X وY اجتماعا) both take part, however long the second one's name
// (الجمهورية الإسلامية الإيرانية، المملكة الأردنية الهاشمية).
func TestEventsJoinedCountriesOfLightVerb(t *testing.T) {
	for _, c := range []struct{ text, typ, second string }{
		{"عنوان\n\nووقعت دولة الكويت والجمهورية الإسلامية الموريتانية أمس بمدينة نواذيبو اتفاقية للتعاون في مجال الصيد البحري، تشمل تدريب البحارة.", "agreement", "الجمهورية الإسلامية الموريتانية"},
		{"عنوان\n\nوعقدت مصر والمملكة الأردنية الهاشمية أمس في عمان اجتماعا للجنة العليا المشتركة بحضور رئيسي الوزراء.", "meet", "المملكة الأردنية الهاشمية"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", c.typ)
		if len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.second, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsClosedSinceSpanDates: a count told over a span closed at both
// ends (منذ مطلع العام وحتى نهاية الشهر الماضي، منذ الأول من يناير وحتى
// العاشر من مارس) is dated by that span, not left undated as a span that
// only begins (منذ 2011) is.
func TestEventsClosedSinceSpanDates(t *testing.T) {
	text := "عنوان\n\nوسجلت وزارة الصحة منذ الأول من يناير وحتى العاشر من فبراير الماضي 35 حالة وفاة بالحصبة في ولاية كسلا."
	evs := eventsOfType(t, text, "2020-03-04", "death")
	assert.Equal(t, "2020-01-01/2020-02-10", evs[0].Time, "%+v", evs)
}
