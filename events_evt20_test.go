package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSidesSubject: a dual noun of sides as the subject (ووقع
// الجانبان، واتفق الطرفان، أن البلدين اتفقا) takes the two sides of the
// meeting told before: the persons, or for البلدان the countries their
// titles name. Sentences written for this test.
func TestEventsSidesSubject(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nاستقبل وزير الخارجية التونسي عثمان الجرندي في تونس نظيره الليبي عبد الهادي الحويج.\n\nووقع الجانبان على أربع اتفاقيات للتعاون في مجالي النقل والصحة.", "agreement"},
		{"عنوان\n\nاجتمع رئيس الوزراء الأردني بشر الخصاونة بنظيره العراقي مصطفى الكاظمي في عمان.\n\nواتفق الطرفان على فتح المعبر الحدودي أمام الشاحنات.", "agreement"},
		{"عنوان\n\nالتقى وزير الطاقة الجزائري محمد عرقاب وزير النفط النيجيري تيميبري سيلفا في الجزائر، وبحث معه مشروع أنبوب الغاز.\n\nووقع الجانبان مذكرة تفاهم لتسريع المشروع.", "agreement"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-04", c.typ)
		assert.Len(t, evs[len(evs)-1].Participants, 2, "%s: %+v", c.text, evs)
	}
	evs := eventsOfType(t, "عنوان\n\nالتقى وزير الخارجية المصري سامح شكري في القاهرة نظيره السوداني مريم المهدي.\n\nوقال شكري إن اللقاء كان مثمرا، مضيفا أن البلدين اتفقا على تشكيل لجنة للمياه.", "2021-05-04", "agreement")
	assert.True(t, hasType(evs, "agreement", "مصر") && hasType(evs, "agreement", "السودان"), "%+v", evs)
}

// TestEventsSidesNoGuess: the sides stay unread when the meeting before
// has three participants (which two is a guess) or names no one.
func TestEventsSidesNoGuess(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nاجتمع الرئيس الفرنسي إيمانويل ماكرون بالمستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي ماريو دراغي في روما.\n\nووقع الجانبان على اتفاقية للطاقة.",
		"عنوان\n\nالتقى وفد تجاري ياباني رجال أعمال من الغرفة.\n\nووقع الجانبان على اتفاقية للطاقة.",
	} {
		evs := eventsOf(t, text, "2021-05-04")
		for _, e := range evs {
			if e.Type == "agreement" {
				assert.NotEqual(t, 2, len(e.Participants), "%s: %+v", text, evs)
			}
		}
	}
}

// TestEventsMinisterOfNation: الوزير + a nationality adjective is the one
// minister of that nation named before, whatever the portfolio's words
// between (وزير الدولة للشؤون الخارجية القطري فلان); two ministers of that
// nation named before leave it as written.
func TestEventsMinisterOfNation(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوصل وزير الدولة للشؤون الخارجية القطري سلطان المريخي إلى مسقط في زيارة رسمية.\n\nوقال الوزير القطري إن بلاده تدعم الحوار.", "سلطان المريخي"},
		{"عنوان\n\nوصلت وزيرة التجارة الخارجية الفرنسية كاترين كولونا إلى الرباط أمس.\n\nوأكدت الوزيرة الفرنسية أن المبادلات ستتضاعف.", "كاترين كولونا"},
		{"عنوان\n\nزار وزير الزراعة والثروة السمكية العماني سعود الحبسي ولاية صحار.\n\nوأعلن الوزير العماني أن المشروع سيكتمل العام المقبل.", "سعود الحبسي"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-04", "statement")
		assert.True(t, hasType(evs, "statement", c.who), "%s: %+v", c.text, evs)
	}
	evs := eventsOfType(t, "عنوان\n\nوصل وزير الخارجية القطري محمد بن عبدالرحمن ووزير الدولة القطري سلطان المريخي إلى مسقط.\n\nوقال الوزير القطري إن بلاده تدعم الحوار.", "2021-05-04", "statement")
	assert.False(t, hasType(evs, "statement", "سلطان المريخي") || hasType(evs, "statement", "محمد بن عبدالرحمن"), "%+v", evs)
}

// TestEventsDecidedBody: a body formed that a verb of deciding tells
// (قرر X تشكيل لجنة، قررت الحكومة إنشاء هيئة) is an establishment of the
// one who decides, no decision of its own.
func TestEventsDecidedBody(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوقرر رئيس الحكومة المغربية عزيز أخنوش تشكيل لجنة وزارية لتقييم الأضرار.", "عزيز أخنوش"},
		{"عنوان\n\nوقررت الحكومة التونسية إنشاء هيئة وطنية لمكافحة التهريب.", "الحكومة التونسية"},
		{"عنوان\n\nوقرر مجلس الوزراء الأردني تأسيس صندوق لدعم المزارعين المتضررين.", "مجلس الوزراء الأردني"},
	} {
		evs := eventsOf(t, c.text, "2021-05-04")
		assert.True(t, hasType(evs, "establish", c.who), "%s: %+v", c.text, evs)
		assert.False(t, hasType(evs, "decision", ""), "%s: %+v", c.text, evs)
	}
}

// TestEventsDismissedByDecree: a decree right after a dismissal or an
// appointment (إقالته بمرسوم من الرئيس، عين بقرار من رئيس الوزراء) is how
// it was made: who issued it takes part in it, and there is no decision.
func TestEventsDismissedByDecree(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوجاء ذلك بعد أسابيع من إقالته بمرسوم من الرئيس التونسي قيس سعيد.", "dismiss", "قيس سعيد"},
		{"عنوان\n\nوكان المدير قد عين في منصبه قبل عامين بمرسوم من رئيس الوزراء يوسف الشاهد.", "appoint", "يوسف الشاهد"},
		{"عنوان\n\nوأعفي المحافظ من مهامه بقرار من الرئيس الجزائري عبد المجيد تبون.", "dismiss", "عبد المجيد تبون"},
	} {
		evs := eventsOf(t, c.text, "2021-05-04")
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
		assert.False(t, hasType(evs, "decision", ""), "%s: %+v", c.text, evs)
	}
}
