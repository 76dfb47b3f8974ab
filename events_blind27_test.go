package naba

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDatelineNumericDate: the Sudanese and Maghrebi agencies open a story
// with its place, the day in digits joined by dashes or slashes and the
// agency in brackets (كسلا 3-8-2025 (سونا) -، فاس 03/08/2025 (ومع) -); a
// date in digits inside a sentence opens no dateline. Lines written for
// this test.
func TestDatelineNumericDate(t *testing.T) {
	for _, c := range []struct{ first, want string }{
		{"كسلا 3-8-2025 (سونا) - قال مسؤول إن الطريق أغلق.", "كسلا 3-8-2025 (سونا) -"},
		{"ود مدني ٣-٨-٢٠٢٥ (سونا) - قال مسؤول إن الطريق أغلق.", "ود مدني ٣-٨-٢٠٢٥ (سونا) -"},
		{"فاس 03/08/2025 (ومع) - قال مسؤول إن الطريق أغلق.", "فاس 03/08/2025 (ومع) -"},
		{"صفاقس (وات) - قال مسؤول إن الطريق أغلق.", "صفاقس (وات) -"},
		{"أعلنت الوزارة 3-8-2025 أن الطريق أغلق.", ""},
		{"كسلا 3-8 (سونا) - قال مسؤول إن الطريق أغلق.", ""},
	} {
		page := "عنوان الخبر\n\n" + c.first + "\n\nوأضاف أن العمل يبدأ قريباً."
		doc, err := Extract(context.Background(), page, ExtractOptions{})
		require.NoError(t, err)
		got := ""
		for _, s := range doc.Sections {
			if s.Kind == Dateline {
				got = page[s.Start:s.End]
			}
		}
		assert.Equal(t, c.want, got, c.first)
	}
	// The dateline's day is when the story was filed: the toll told
	// after it is dated by its own day.
	evs := eventsOfType(t, "عنوان\n\nسنار 7-8-2025 (سونا) - لقي خمسة أطفال مصرعهم غرقا في ترعة بمحلية سنجة مساء أمس الأربعاء.", "2025-08-07", "death")
	require.NotEmpty(t, evs)
	assert.Equal(t, "2025-08-06", evs[0].Time, "%+v", evs)
}

// TestEventsDisplacedByCause: families left homeless are a disaster's
// toll as its dead are: the cause named after إثر / جراء / بسبب tells
// where and when they were displaced, and a death told with them in one
// toll (لقي … مصرعهم وتشردت …) shares that place and time. The
// intransitive تشرد (تشردت الأسر) is a displacement too. Sentences
// written for this test.
func TestEventsDisplacedByCause(t *testing.T) {
	for _, c := range []struct{ text, place, time string }{
		{"عنوان\n\nنزحت مئات الأسر جراء انهيار جسر ترابي في مدينة كسلا مساء الاثنين.", "كسلا", "2025-08-04"},
		{"عنوان\n\nوتشردت نحو 300 أسرة إثر سيول جارفة في ولاية سنار أمس.", "سنار", "2025-08-05"},
	} {
		evs := eventsOfType(t, c.text, "2025-08-06", "displacement")
		require.NotEmpty(t, evs)
		assert.Contains(t, evs[0].Place, c.place, "%s: %+v", c.text, evs)
		assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
	}
	text := "عنوان\n\nلقي ثلاثة أشخاص مصرعهم وتشردت عشرات الأسر، إثر انهيار عمارة سكنية في حي الشجرة بمدينة الخرطوم فجر أمس."
	for _, typ := range []string{"death", "displacement"} {
		evs := eventsOfType(t, text, "2025-08-06", typ)
		require.NotEmpty(t, evs)
		assert.Equal(t, "2025-08-05", evs[0].Time, "%s: %+v", typ, evs)
		assert.NotEmpty(t, evs[0].Place, "%s: %+v", typ, evs)
	}
}

// TestEventsBoardDissolved: a board (the Maghrebi press's المكتب المسير of
// a club, a party's المكتب السياسي) is a body dissolved as a council is;
// a solution (إيجاد حل) and an office's work are not. Sentences written
// for this test.
func TestEventsBoardDissolved(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nقررت العصبة الجهوية لكرة القدم حل المكتب المسير لنادي شباب المحمدية.", true},
		{"عنوان\n\nوأعلن حزب الأمة القومي حل المكتب السياسي ودعا إلى مؤتمر استثنائي.", true},
		{"عنوان\n\nودعا المكتب المسير للنادي إلى إيجاد حل للأزمة المالية.", false},
	} {
		evs := eventsOf(t, c.text, "2025-08-06")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "suspend" }), "%s: %+v", c.text, evs)
	}
}

// TestEventsRetiredRankTitle: a rank marked retired in brackets
// (الفريق (م)، اللواء (متقاعد)) stands inside the title before the name:
// the act's participant is the named person, and so is the subject of a
// verb joined after it; no participant is made of the bare title.
// Sentences written for this test.
func TestEventsRetiredRankTitle(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوزار محافظ البحر الأحمر اللواء (م) عمرو حنفي مستشفى الغردقة العام، وأكد أن العمل يسير بانتظام.", "statement", "عمرو حنفي"},
		{"عنوان\n\nوقال مدير الأمن العام اللواء (متقاعد) محمود السيد إن الطرق آمنة.", "statement", "محمود السيد"},
	} {
		evs := eventsOfType(t, c.text, "2025-08-06", c.typ)
		require.NotEmpty(t, evs)
		assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
	}
}

// TestEventsGoingOnAfterKama: a verb after كما (and also) that names no
// subject of its own goes on with the subject of the act told before it
// in the sentence, an act of any type; a light verb there too (كما قرر
// إعفاء …). A verb after كما with its own subject keeps it. Sentences
// written for this test.
func TestEventsGoingOnAfterKama(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوتفقد محافظ الإسماعيلية أكرم محمود محطة المياه الجديدة، كما دعا الأهالي إلى ترشيد الاستهلاك.", "appeal", "أكرم محمود"},
		{"عنوان\n\nوأصدر المحافظ سامي علي قرارا بتشكيل لجنة هندسية لمعاينة المباني، كما قرر إعفاء مدير الإسكان من منصبه.", "dismiss", "سامي علي"},
		{"عنوان\n\nوتفقد محافظ الإسماعيلية أكرم محمود محطة المياه الجديدة، كما دعا وزير الري هاني سويلم إلى صيانة الترع.", "appeal", "هاني سويلم"},
	} {
		evs := eventsOfType(t, c.text, "2025-08-06", c.typ)
		require.NotEmpty(t, evs)
		assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
	}
}
