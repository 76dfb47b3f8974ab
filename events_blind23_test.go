package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsExchangeSides: the countries between which prisoners are
// exchanged (تبادل أسرى بين أرمينيا وأذربيجان) are the exchange's two
// sides, not where it happened. Sentences written for this test.
func TestEventsExchangeSides(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"عنوان\n\nوأنجزت الوساطة عملية تبادل للأسرى بين أرمينيا وأذربيجان شملت 32 أسيرا أمس.", "أرمينيا", "أذربيجان"},
		{"عنوان\n\nونجحت وساطة تركية في تبادل 90 أسيرا بين روسيا وأوكرانيا مساء الجمعة.", "روسيا", "أوكرانيا"},
	} {
		evs := eventsOfType(t, c.text, "2022-03-11", "release")
		if assert.NotEmpty(t, evs) {
			assert.Contains(t, evs[0].Participants, c.a, "%s: %+v", c.text, evs)
			assert.Contains(t, evs[0].Participants, c.b, "%s: %+v", c.text, evs)
			assert.Empty(t, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
	// A release in a place stays there.
	evs := eventsOfType(t, "عنوان\n\nوأفرجت السلطات عن عشرين معتقلا في سوريا أمس.", "2022-03-11", "release")
	if assert.NotEmpty(t, evs) {
		assert.Equal(t, "سوريا", evs[0].Place, "%+v", evs)
	}
}

// TestEventsOpenedPastTimeAside: a time set off by commas right after a
// subject of six words (افتتح رئيس مجلس الوزراء فلان فلان فلان، اليوم،
// مستشفى) takes no room: the facility after it is still what was opened.
// Sentences written for this test.
func TestEventsOpenedPastTimeAside(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nافتتح رئيس مجلس الوزراء سمير خالد الخطيب، اليوم، مستشفى الرمادي العام.",
		"عنوان\n\nوافتتح وزير التربية علي حسن عبد الكريم، صباح الأحد، مدرسة جديدة في قضاء هيت.",
	} {
		evs := eventsOfType(t, text, "2022-03-13", "establish")
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, "2022-03-13", evs[0].Time, "%s: %+v", text, evs)
		}
	}
}

// TestEventsJoinedVerbKeepsSubject: in subject-verb order a second verb
// joined by و (فلان يستقبل فلانا ويدعو) has the first verb's subject; the
// name right before it is the first verb's object. Sentences written for
// this test.
func TestEventsJoinedVerbKeepsSubject(t *testing.T) {
	for _, c := range []struct{ text, typ, who, not string }{
		{"الرئيس عبد المجيد تبون يستقبل وزير الخارجية التركي هاكان فيدان ويدعو إلى تعزيز التعاون\n\nنص الخبر.", "appeal", "عبد المجيد تبون", "هاكان فيدان"},
		{"الوزير خالد العمري يفتتح مطار الكفرة الدولي ويعلن استئناف الرحلات الداخلية\n\nنص الخبر.", "statement", "خالد العمري", "مطار الكفرة الدولي"},
	} {
		evs := eventsOfType(t, c.text, "2022-03-13", c.typ)
		if assert.NotEmpty(t, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
			assert.NotContains(t, evs[0].Participants, c.not, "%s: %+v", c.text, evs)
		}
	}
}
