package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDeathIdiomOnce: لقي … مصرعه (and حتفه) is one death however
// many words and commas stand between the verb and the noun it needs
// (لقي ستة عمال، بينهم امرأتان، حتفهم): the noun is not a second death, and
// the place and time told around either word are that death's.
func TestEventsDeathIdiomOnce(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nلقي ستة عمال، بينهم امرأتان، مصرعهم، وأصيب تسعة آخرون في انفجار مصنع للألعاب النارية فجر اليوم في مدينة سطيف.", "سطيف"},
		{"عنوان\n\nولقي ثلاثة صيادين، أحدهم قاصر، مصرعهم بعد انقلاب قاربهم قبالة سواحل الحسيمة.", "الحسيمة"},
		{"عنوان\n\nولقي سائق الشاحنة، وهو في الخمسين من عمره، مصرعه في حادث سير بمدينة المهدية.", "المهدية"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "death")
		assert.Len(t, evs, 1, "%s: %+v", c.text, evs)
		if c.place != "" {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsTriggersBlind18: triggers the eighteenth blind measure found
// missing, in sentences written for this test. Held people after إيقاف
// (the Maghreb's word: إيقاف خمسة أشخاص) are arrested; a hearing put off
// (تأجيل النظر في القضية) is a step of the trial; an exchange of prisoners
// (تبادل الأسرى، صفقة تبادل 40 أسيرا) frees them; blankets and food
// distributed (وزع أغطية، مواد غذائية) are aid.
func TestEventsTriggersBlind18(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nوأعلنت الإدارة العامة للحرس الوطني إيقاف خمسة أشخاص بشبهة تهريب الوقود قرب مدينة بن قردان.", "arrest"},
		{"عنوان\n\nوتم إيقاف المشتبه به الرئيسي في جريمة القتل التي شهدتها مدينة صفاقس أمس.", "arrest"},
		{"عنوان\n\nوقررت الدائرة الجنائية بمحكمة الاستئناف تأجيل النظر في قضية اغتيال المحامي إلى الشهر المقبل.", "trial"},
		{"عنوان\n\nوأنجزت الحكومة والمتمردون عملية تبادل الأسرى على الحدود مع جنوب السودان بوساطة قطرية.", "release"},
		{"صفقة تبادل 40 أسيرا بين الجيش والفصائل في ريف إدلب\n\nنص الخبر.", "release"},
		{"عنوان\n\nووزعت جمعية خيرية أغطية على العائلات المتضررة من الثلوج في بلدة عرسال.", "aid"},
	} {
		eventsOfType(t, c.text, "2020-03-04", c.typ)
	}
}

// TestEventsTriggersBlind18Not: the same words in other senses: a player
// or a match stopped (إيقاف اللاعب، إيقاف المباراة) is no arrest; an
// exchange of views or of fire (تبادل الآراء، تبادل إطلاق النار) frees no
// one; an election put off (تأجيل الانتخابات) is no trial.
func TestEventsTriggersBlind18Not(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nوقررت لجنة الانضباط إيقاف اللاعب أربع مباريات بسبب سلوكه.", "arrest"},
		{"عنوان\n\nوقرر الحكم إيقاف المباراة عشر دقائق بسبب الأمطار.", "arrest"},
		{"عنوان\n\nوجرى خلال اللقاء تبادل الآراء حول ملف الأسرى والمفقودين.", "release"},
		{"عنوان\n\nوأصيب جنديان في تبادل لإطلاق النار مع مسلحين قرب الحدود.", "release"},
		{"عنوان\n\nوقررت الهيئة العليا تأجيل الانتخابات البلدية إلى شهر ماي.", "trial"},
	} {
		checkNotEvents(t, c.text, "2020-03-04", c.not)
	}
}

// TestEventsMoroccanGovernorInspects: عامل إقليم and عامل عمالة are the
// titles of a Moroccan province's or prefecture's governor; after تفقد
// they make it an inspection visit (تفقد عامل إقليم تارودانت المناطق
// المتضررة), as محافظ and والي do.
func TestEventsMoroccanGovernorInspects(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتفقد عامل إقليم تارودانت أحمد الحمدي، مساء أمس، المناطق المتضررة من الفيضانات.",
		"عنوان\n\nوتفقد عامل عمالة المضيق الفنيدق محمد اليعقوبي صباح اليوم الأشغال الجارية بالكورنيش.",
	} {
		evs := eventsOfType(t, text, "2020-03-04", "visit")
		assert.NotEmpty(t, evs[0].Participants, "%s: %+v", text, evs)
	}
}

// TestEventsStrikeMotiveOnce: a strike a union decides (قررت النقابة
// تنفيذ إضراب عام) is told as the strike, the union its striker, not as a
// decision; and احتجاجا على after a strike or a sit-in told before it in
// the sentence is that protest's motive, not a second protest, even with
// a date of its own (احتجاجا على … المقررة في 3 فيفري).
func TestEventsStrikeMotiveOnce(t *testing.T) {
	for _, c := range []struct{ text, part string }{
		{"عنوان\n\nوقررت نقابة أعوان الصحة بولاية قفصة تنفيذ إضراب عام يوم الخميس المقبل، احتجاجا على تواصل انقطاع الماء عن المستشفى الجهوي منذ 12 جانفي الماضي.", "نقابة أعوان الصحة"},
		{"عنوان\n\nوشن سائقو سيارات الأجرة في مدينة سوسة إضرابا يوم الاثنين، احتجاجا على الزيادة في أسعار المحروقات المقررة في 3 فيفري.", ""},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "protest")
		assert.Len(t, evs, 1, "%s: %+v", c.text, evs)
		if c.part != "" {
			assert.Contains(t, evs[0].Participants, c.part, "%s: %+v", c.text, evs)
		}
	}
}
