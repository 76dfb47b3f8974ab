package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMotiveActWords: bare قاطع and سحب make احتجاجا على the
// motive of a boycott or a withdrawal only as the verb (or the noun of
// withdrawing) with what is boycotted or withdrawn; "categorical" (رفض
// قاطع، بشكل قاطع) and "clouds" (سحب الدخان) leave the protest a protest.
// Sentences written for this test.
func TestEventsMotiveActWords(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتصاعدت سحب الدخان من إطارات أشعلها مئات العمال في الكوت احتجاجا على تسريح زملائهم.",
		"عنوان\n\nوغطت سحب سوداء سماء الحي بعد أن أحرق عشرات الشبان الإطارات في تطوان احتجاجا على البطالة.",
		"عنوان\n\nووقف مئات السكان في رفض قاطع للقرار أمام مقر البلدية في صفاقس احتجاجا على هدم السوق القديم.",
		"عنوان\n\nوأعلن المعلمون بشكل قاطع وقوفهم أمام الوزارة في عمان احتجاجا على خفض الأجور.",
	} {
		evs := eventsOf(t, text, "2018-06-05")
		assert.True(t, hasType(evs, "protest", ""), "%q: %+v", text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nوقاطع نواب الكتلة الكردية جلسة البرلمان الأربعاء احتجاجا على تأجيل الاستفتاء.",
		"عنوان\n\nقاطع الاتحاد العام للشغل جلسات الحوار الوطني احتجاجا على غياب الضمانات.",
		"عنوان\n\nوسحب الأردن سفيره من دمشق مساء الخميس احتجاجا على القصف.",
		"عنوان\n\nوقررت الحكومة سحب بعثتها الدبلوماسية من الخرطوم احتجاجا على طرد صحفييها.",
	} {
		evs := eventsOf(t, text, "2018-06-05")
		assert.False(t, hasType(evs, "protest", ""), "%q: %+v", text, evs)
	}
}

// TestEventsContactsAsObject: calls after يجري/تجري are a contact only as
// the verb's object; a preposition before them (على، في، عبر) or on
// them (باتصالات) makes them part of another phrase, and the
// intransitive يجري ("is under way") of a process is no contact made.
func TestEventsContactsAsObject(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتجري الشرطة العراقية تحقيقا في اتصالات تلقاها التاجر سامر حداد في بغداد.",
		"عنوان\n\nوتجري النيابة العامة في القاهرة تدقيقا في اتصالات أجراها المتهم قبل الحادث.",
		"عنوان\n\nويجري خبراء الأمن في تونس فحصا دقيقا على اتصالات المشتبه بهم.",
	} {
		evs := eventsOf(t, text, "2018-06-05")
		assert.False(t, hasType(evs, "contact", ""), "%q: %+v", text, evs)
	}
	for _, tt := range []struct{ text, caller string }{
		{"عنوان\n\nوتجري الحكومة الأردنية اتصالات مع دول الجوار لتأمين المياه.", ""},
		{"عنوان\n\nويجري وزير الخارجية الكويتي صباح الخالد اتصالات بنظرائه الخليجيين.", "صباح الخالد"},
		{"عنوان\n\nوأجرى رئيس الحكومة المغربية سعد الدين العثماني اتصالا بنظيره التونسي.", "سعد الدين العثماني"},
		// a place phrase between the caller and the calls (the lead's
		// mend of 3dd8059: في before a place is no preposition of them)
		{"عنوان\n\nوأجرى الرئيس اللبناني ميشال عون في قصر بعبدا اتصالات بعدد من القادة العرب.", "ميشال عون"},
	} {
		evs := eventsOf(t, tt.text, "2018-06-05")
		assert.True(t, hasType(evs, "contact", tt.caller), "%q: %+v", tt.text, evs)
	}
}

// TestEventsChosenNotHisPresident: a pronoun's ه (رئيسه "his president",
// رئيسها "her president") is no office in the accusative after a verb of
// choosing; the feminine in ة, with or without its tanween, still is.
func TestEventsChosenNotHisPresident(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوسمى الروائي خالد زيادة رئيسه في الصحيفة بالمعلم الأول.",
		"عنوان\n\nوتمت تسمية رئيسها السابق كريم نصار في تقرير اللجنة.",
		"عنوان\n\nواختير لتمثيل الفريق في الحفل رئيسه كريم نصار.",
	} {
		_, ok := eventOf(t, text, "appoint", "")
		assert.False(t, ok, "an appointment in %q", text)
	}
	for _, tt := range []struct{ text, who string }{
		{"عنوان\n\nواختيرت سلمى العاني رئيسةً للجمعية الخيرية.", "سلمى العاني"},
		{"عنوان\n\nواختيرت سلمى العاني نائبة لرئيس البلدية.", "سلمى العاني"},
	} {
		e, ok := eventOf(t, tt.text, "appoint", "")
		if assert.True(t, ok, "no appointment in %q", tt.text) {
			assert.Contains(t, e.Participants, tt.who)
		}
	}
}
