package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDeadlineExtended: extending a deadline (مدد، يمدد، تمديد with
// مهلة) is a decision, with the subject between verb and object too.
// Sentences written for this test.
func TestEventsDeadlineExtended(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nومددت هيئة الاستثمار مهلة تقديم العروض أسبوعين إضافيين.",
		"النقابة تمدد مهلتها للحكومة حتى نهاية الشهر\n\nنص الخبر.",
		"عنوان\n\nوأعلن مجلس إدارة الصندوق تمديد المهلة الممنوحة للمقترضين.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "decision", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوتمدد الجسر الجديد فوق نهر الفرات في مدينة الرقة.", "2019-02-11")
	assert.False(t, hasType(evs, "decision", ""), "%+v", evs)
}

// TestEventsElectionWin: the verbal noun فوز with a seat, an office or a
// term near it is an election, as the verbs فاز and يفوز are; a team's
// win is none.
func TestEventsElectionWin(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأعلنت لجنة الانتخابات فوز مرشح المستقلين خليل داود بمقعد الدائرة الأولى.",
		"فوز منصور الحكيم برئاسة البلدية للمرة الثالثة\n\nنص الخبر.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "election", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوحقق نادي الوحدة فوزا ثمينا على ضيفه نادي الشباب في الدوري.", "2019-02-11")
	assert.False(t, hasType(evs, "election", ""), "%+v", evs)
}

// TestEventsVaccineShipment: a shipment of vaccines is aid, as one of
// medicines is.
func TestEventsVaccineShipment(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتسلمت وزارة الصحة في مطار بيروت شحنة لقاحات مقدمة من منظمة الصحة العالمية.",
		"وصول شحنات اللقاحات الأولى إلى مطار عمان\n\nنص الخبر.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "aid", ""), "%s: %+v", text, evs)
	}
}

// TestEventsFrontedPlaceOfSpeech: a place that opens the sentence after
// (و)في and a comma, right before its verb of speech, is where the
// statement was made (وفي عمّان، قال); a place inside the words said is
// not the statement's.
func TestEventsFrontedPlaceOfSpeech(t *testing.T) {
	for _, tt := range []struct{ text, place string }{
		{"عنوان\n\nنص أول.\n\nوفي الرباط، قال وزير الاتصال مصطفى الخلفي إن الحكومة ستراجع القانون.", "الرباط"},
		{"عنوان\n\nنص أول.\n\nوفي بيروت، أعلن رئيس الحكومة سعد الحريري أن الجلسة مؤجلة.", "بيروت"},
	} {
		evs := eventsOfType(t, tt.text, "2019-02-11", "statement")
		assert.Equal(t, tt.place, evs[0].Place, "%s: %+v", tt.text, evs)
	}
	evs := eventsOfType(t, "عنوان\n\nنص أول.\n\nوقال المتحدث باسم الوزارة نادر حمود إن القصف طال مدينة حماة.", "2019-02-11", "statement")
	assert.Empty(t, evs[0].Place, "%+v", evs)
}
