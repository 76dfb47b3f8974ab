package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsTalksDuringCallNoMeeting: talks told after a call or a meeting
// with بحث خلاله مع name the call's or the meeting's other side again (by
// his title): they are its content, no meeting of their own; after a visit
// or a summit they are one (a8fa10b). Sentences written for this test.
func TestEventsTalksDuringCallNoMeeting(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nتلقى وزير الخارجية المصري سامح شكري اتصالا هاتفيا من نظيره الفرنسي جان إيف لودريان، بحث خلاله مع الوزير الفرنسي تطورات الأوضاع في ليبيا.",
		"عنوان\n\nوأجرى الرئيس قيس سعيد مكالمة هاتفية مع الرئيس عبد المجيد تبون، بحث خلالها مع الرئيس الجزائري ملف الحدود.",
	} {
		checkNotEvents(t, text, "2022-07-04", "meet")
	}
	text := "عنوان\n\nوعقد وزير الداخلية اجتماعا مع السفير الإيطالي في طرابلس، بحث خلاله مع السفير ملف الهجرة."
	assert.Len(t, eventsOfType(t, text, "2022-07-04", "meet"), 1, text)
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوشارك الرئيس قيس سعيد في القمة العربية بالجزائر، وبحث خلالها مع الرئيس عبد المجيد تبون ملف الحدود.", "عبد المجيد تبون"},
		{"عنوان\n\nووصل الرئيس التونسي قيس سعيد إلى الجزائر العاصمة في زيارة رسمية لبحث التعاون الاجتماعي، يبحث خلالها مع الرئيس عبد المجيد تبون ملف الحدود.", "عبد المجيد تبون"},
	} {
		evs := eventsOfType(t, c.text, "2022-07-04", "meet")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[len(evs)-1].Participants, c.who, "%+v", evs)
		}
	}
}

// TestEventsQualifiedRejectionNegates: an event noun after a rejection
// qualified by its degree (أكدوا رفضهم القاطع تهجير الفلسطينيين، جددت
// رفضها التام تهجير سكان الضفة) is what was rejected, negated as right
// after رفضهم (f43c078). Sentences written for this test.
func TestEventsQualifiedRejectionNegates(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأكد الوزراء العرب في ختام اجتماعهم رفضهم القاطع تهجير الفلسطينيين من قطاع غزة.",
		"عنوان\n\nوجددت الحكومة الأردنية رفضها التام تهجير سكان الضفة الغربية.",
	} {
		for _, e := range eventsOfType(t, text, "2025-02-10", "displacement") {
			assert.Equal(t, "negated", e.Status, "%s: %+v", text, e)
		}
	}
}

// TestEventsCountedProtestersVictims: protesters counted before their
// noun (مقتل ثلاثة متظاهرين، اعتقال عشرات المحتجين) are the victims or the
// held as right after the toll or arrest noun (9ae39ce): the toll's window
// reads past them to the place and the day. Sentences written for this
// test.
func TestEventsCountedProtestersVictims(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nوأعلنت لجنة الأطباء مقتل ثلاثة متظاهرين برصاص قوات الأمن في الخرطوم أمس.", "death", "الخرطوم"},
		{"عنوان\n\nوأعلنت لجنة الأطباء مقتل 4 متظاهرين برصاص قوات الأمن في أم درمان أمس.", "death", "أم درمان"},
	} {
		evs := eventsOfType(t, c.text, "2019-06-04", c.typ)
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
			assert.Equal(t, "2019-06-03", evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsTollOfCauseAfterJarraa: a toll whose cause follows جراء, إثر
// or بسبب takes the place the attack struck inside the region the
// sentence opens with, as after في (9f6084f): the cause's word opened
// "another clause" (clauseWord) and the toll kept the region. Sentences
// written for this test.
func TestEventsTollOfCauseAfterJarraa(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوفي ريف إدلب، قتل سبعة مدنيين جراء غارات جوية على بلدة كفرنبل أمس.",
		"عنوان\n\nوفي ريف حلب، أصيب خمسة أطفال إثر قصف مدفعي على بلدة الأتارب.",
	} {
		evs := eventsOfType(t, text, "2019-03-10", "death", "injury")
		if assert.Len(t, evs, 1, text) {
			assert.NotContains(t, []string{"ريف إدلب", "ريف حلب", ""}, evs[0].Place, "%s: %+v", text, evs)
		}
	}
}
