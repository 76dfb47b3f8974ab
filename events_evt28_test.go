package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsProtestersClosing: protesters with no name who close a place
// (محتجون يغلقون ميناء، أغلق متظاهرون المطار، أقدم معتصمون على إغلاق
// المعبر) protest there, no suspension; the crowd's word is no
// participant, and the day after منذ is when they began. An authority
// that closes a place still suspends it.
func TestEventsProtestersClosing(t *testing.T) {
	for _, c := range []struct {
		text, place, time string
	}{
		{"عنوان\n\nمحتجون يغلقون ميناء البريقة شرق البلاد.", "ميناء البريقة", ""},
		{"عنوان\n\nوأغلق متظاهرون غاضبون صباح الاثنين ميناء الزويتينة.", "ميناء الزويتينة", "2021-03-01"},
		{"عنوان\n\nوكان معتصمون من أهالي المنطقة قد أقدموا على إغلاق معبر الوازن منذ مساء السبت الماضي.", "معبر الوازن", "2021-02-27"},
		{"عنوان\n\nمتظاهرون يغلقون حقل الرميلة النفطي جنوب العراق.", "حقل الرميلة", ""},
	} {
		evs := eventsOf(t, c.text, "2021-03-04")
		var protests []ev
		for _, e := range evs {
			assert.NotEqual(t, "suspend", e.Type, "%s: %+v", c.text, evs)
			if e.Type == "protest" {
				protests = append(protests, e)
			}
		}
		if !assert.Len(t, protests, 1, "%s: %+v", c.text, evs) {
			continue
		}
		assert.NotEmpty(t, protests[0].Place, "%s: %+v", c.text, protests[0])
		assert.Contains(t, c.place, protests[0].Place, "%s: %+v", c.text, protests[0])
		assert.Empty(t, protests[0].Participants, "%s: %+v", c.text, protests[0])
		if c.time != "" {
			assert.Equal(t, c.time, protests[0].Time, "%s: %+v", c.text, protests[0])
		}
	}
	evs := eventsOfType(t, "عنوان\n\nوأغلقت السلطات الليبية ميناء البريقة أمام ناقلات النفط.", "2021-03-04", "suspend")
	assert.Len(t, evs, 1, "%+v", evs)
	for _, e := range eventsOf(t, "عنوان\n\nوأغلقت السلطات الليبية ميناء البريقة أمام ناقلات النفط.", "2021-03-04") {
		assert.NotEqual(t, "protest", e.Type, "%+v", e)
	}
}

// TestEventsOilFieldPlace: an oil or gas field named by a rare word (حقل
// الرميلة) is a place; a field of work or a minefield is none.
func TestEventsOilFieldPlace(t *testing.T) {
	has := func(text, name string) bool {
		doc, err := Extract(context.Background(), text, ExtractOptions{})
		require.NoError(t, err)
		for _, m := range doc.Mentions {
			if m.Text == name && m.Label == LOC {
				return true
			}
		}
		return false
	}
	assert.True(t, has("عنوان\n\nوتوقف الإنتاج في حقل الرميلة أمس.", "حقل الرميلة"))
	assert.False(t, has("عنوان\n\nويعمل منذ سنوات في حقل التعليم.", "حقل التعليم"))
	assert.False(t, has("عنوان\n\nوانفجر لغم في حقل الألغام قرب الحدود.", "حقل الألغام"))
}

// TestEventsStateDeclared: a body that declares a state of force majeure
// (أعلنت الشركة، مساء الأحد، حالة القوة القاهرة في الميناء) suspends the
// work there that day, and its announcing stays news of its own.
func TestEventsStateDeclared(t *testing.T) {
	text := "عنوان\n\nأعلنت شركة الخليج العربي للنفط، مساء الأحد، حالة القوة القاهرة في ميناء الزويتينة بسبب الاحتجاجات."
	evs := eventsOfType(t, text, "2021-03-04", "suspend")
	if assert.Len(t, evs, 1, "%+v", evs) {
		assert.NotEmpty(t, evs[0].Participants, "%+v", evs[0])
		assert.Equal(t, "2021-02-28", evs[0].Time, "%+v", evs[0])
		assert.Equal(t, "ميناء الزويتينة", evs[0].Place, "%+v", evs[0])
	}
	assert.NotEmpty(t, eventsOfType(t, text, "2021-03-04", "statement"))
}

// TestEventsDirectedAfterJoined: a directive joined by و after a comma to
// the clause of a named person (أجرى فلان اتصالا بفلان، ووجه بتشكيل لجنة)
// is his; the committee formed has him as its founder.
func TestEventsDirectedAfterJoined(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nأجرى رئيس الوزراء سامر حمدان اتصالا هاتفيا بمحافظ البصرة، ووجه بتشكيل لجنة فنية لمتابعة الأضرار.", "سامر حمدان"},
		{"عنوان\n\nترأس الرئيس خالد العلي اجتماعا لمجلس الدفاع الوطني، ووجه بتشكيل لجنة تحقيق برئاسة اللواء نادر يوسف.", "خالد العلي"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "establish")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsMediator: the mediator of a release, an exchange or a deal
// told in its clause (بوساطة قامت بها X، بوساطة من X، بوساطة مصرية with
// Egypt named) takes part in it, and is not where it happened; a
// mediator of another deal past a comma is not the release's.
func TestEventsMediator(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوتم تبادل الأسرى بين الجانبين بوساطة قامت بها سلطنة عمان.", "release", "سلطنة عمان"},
		{"عنوان\n\nأثمرت الوساطة التي قامت بها دولة قطر عن عملية تبادل للأسرى بين أرمينيا وأذربيجان شملت 24 أسيرا.", "release", "قطر"},
		{"عنوان\n\nووقعت الحكومة والمتمردون اتفاق سلام بوساطة الاتحاد الأفريقي في أديس أبابا.", "agreement", "الاتحاد الأفريقي"},
		{"عنوان\n\nوقالت مصر إن حركة حماس أفرجت عن أربعة رهائن بوساطة مصرية أمس.", "release", "مصر"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", c.typ)
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs[0])
			assert.NotEqual(t, c.who, evs[0].Place, "%s: %+v", c.text, evs[0])
		}
	}
	for _, e := range eventsOfType(t, "عنوان\n\nوأفرجت حركة حماس عن أربعة رهائن، في إطار صفقة أنجزت بوساطة قطرية بعد اتصالات مع قطر.", "2021-03-04", "release") {
		assert.NotContains(t, e.Participants, "قطر", "%+v", e)
	}
}

// TestEventsSinceCountNoTime: a protest going on "for a week" (منذ
// أسبوع) names no day it began: not its time.
func TestEventsSinceCountNoTime(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوتظاهر المئات في عمان منذ أسبوع ضد قانون الضريبة.", "2021-03-04", "protest")
	for _, e := range evs {
		assert.NotEqual(t, "2021-02-25", e.Time, "%+v", e)
	}
	// The mediator of the deal an exchange is part of is the deal's.
	for _, e := range eventsOf(t, "عنوان\n\nوأفرج الجيش عن عشرين معتقلا في صفقة تبادل أنجزت بوساطة قطرية مع قطر.", "2021-03-04") {
		if e.Type == "release" {
			assert.NotContains(t, e.Participants, "قطر", "%+v", e)
		}
	}
}

// TestEventsStatementIssuedFromOffice: a statement issued by a body's
// office in a city (في بيان صدر عن مكتبها في جنيف) was made there.
func TestEventsStatementIssuedFromOffice(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوأعلنت منظمة الصحة العالمية في بيان صدر عن مكتبها في جنيف أنها أرسلت أدوية.", "جنيف"},
		{"عنوان\n\nوقالت اليونيسف في بيان صادر عن مكتبها في بيروت إن الأطفال يعانون.", "بيروت"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", "statement")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		}
	}
}
