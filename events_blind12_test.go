package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsReachDenied: an agreement that talks ended without reaching
// (دون، من دون، بدون before التوصل or إبرام; لم يتم التوصل) is none; one
// reached stays. Sentences written for this test.
func TestEventsReachDenied(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوانفضت جلسة الحوار في الدوحة مساء الخميس دون التوصل إلى اتفاق بشأن الموازنة.",
		"عنوان\n\nوانتهت المشاورات في عمّان من دون إبرام اتفاق جديد للغاز.",
		"عنوان\n\nوقال المبعوث إنه لم يتم التوصل إلى اتفاق حول تبادل الأسرى في جنيف.",
		"عنوان\n\nوأنهى الوفدان لقاءهما في تونس بدون التوصل لاتفاق.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.False(t, hasType(evs, "agreement", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوأعلن الوسطاء في الدوحة التوصل إلى اتفاق بشأن الموازنة.", "2019-02-11")
	assert.True(t, hasType(evs, "agreement", ""), "%+v", evs)
}

// TestEventsThreatened: the ب-object of a threat (هدد … بقطع، تهديد …
// بتعليق، توعد … باقتحام) is no event of the story; an event told beside
// it stays. Sentences written for this test.
func TestEventsThreatened(t *testing.T) {
	for _, tt := range []struct{ text, typ string }{
		{"عنوان\n\nوهدد البنك الدولي أمس بقطع التمويل عن مشروع السد.", "suspend"},
		{"عنوان\n\nوجاء ذلك بعد يومين من تهديد رئيس البرلمان بتعليق عضوية الكتلة.", "suspend"},
		{"عنوان\n\nوتوعد قائد الفصيل باقتحام المدينة خلال أيام.", "attack"},
	} {
		evs := eventsOf(t, tt.text, "2019-02-11")
		assert.False(t, hasType(evs, tt.typ, ""), "%s: %+v", tt.text, evs)
	}
	for _, tt := range []struct{ text, typ string }{
		{"عنوان\n\nوقالت الشرطة إنها اعتقلت المتهم باغتيال الضابط في حلب.", "attack"},
		{"عنوان\n\nواتهمت المعارضة قوات النظام بقصف حي سكني في درعا.", "attack"},
	} {
		evs := eventsOf(t, tt.text, "2019-02-11")
		assert.True(t, hasType(evs, tt.typ, ""), "%s: %+v", tt.text, evs)
	}
}

// TestEventsConvoyOfGoods: a convoy carrying relief goods (tents,
// blankets, medicines, food) is aid though the word مساعدات is not
// written; a military convoy is none. Sentences written for this test.
func TestEventsConvoyOfGoods(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوسيّرت جمعية خيرية قافلة من عشر شاحنات محملة بالخيام والبطانيات إلى مدينة الموصل.",
		"عنوان\n\nووصلت إلى البلدة صباح اليوم قافلة تحمل أدوية ومواد غذائية.",
		"عنوان\n\nوانطلقت من عمّان أمس قوافل محملة بالأغطية لسكان الجبال.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "aid", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوتحركت قافلة عسكرية من الثكنة نحو الحدود الشرقية.", "2019-02-11")
	assert.False(t, hasType(evs, "aid", ""), "%+v", evs)
}

// TestEventsRejectedStance: rejecting a decision, a proposal or charges
// (رفض … القرار، يرفض المقترح، رفضت الاتهامات) is a statement of its
// subject; رفض with another object (a refusal to act) is none this way.
// Sentences written for this test.
func TestEventsRejectedStance(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nورفض وزير الخارجية الأردني أيمن الصفدي القرار، واصفا إياه بأنه باطل.",
		"عنوان\n\nوترفض حركة النهضة المقترح الذي قدمه رئيس الحكومة يوسف الشاهد.",
		"عنوان\n\nورفضت وزارة الدفاع التركية الاتهامات.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.True(t, hasType(evs, "statement", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nورفض اللاعب محمد صلاح مصافحة الحكم بعد المباراة.", "2019-02-11")
	assert.False(t, hasType(evs, "statement", ""), "%+v", evs)
}
