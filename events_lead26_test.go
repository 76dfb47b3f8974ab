package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMaghrebiRegionalOfficer: the officers of a Maghrebi union or
// administration below its general secretary (الكاتب الجهوي، الكاتب
// الإقليمي، الكاتب المحلي; المندوب الجهوي، المدير الولائي) are titles:
// the name after the title and its body's long name, set off by commas or
// not, is the speaker, and the regional adjective is no person's name.
// Sentences written for this test.
func TestEventsMaghrebiRegionalOfficer(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوقال الكاتب الإقليمي للجامعة الوطنية للتعليم، عبد الرحيم الزياني، إن الإضراب سيستمر إلى غاية الاستجابة للمطالب.", "عبد الرحيم الزياني"},
		{"عنوان\n\nوأكد الكاتب الجهوي للنقابة الوطنية للصحة محمد الوردي أن الممرضين سيحتجون أمام المستشفى.", "محمد الوردي"},
		{"عنوان\n\nوقال المندوب الجهوي للصحة، أحمد السالمي، إن الوضع الوبائي مستقر.", "أحمد السالمي"},
	} {
		evs := eventsOfType(t, c.text, "2025-11-25", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsWarrantIsNoArrest: a warrant (مذكرة توقيف، مذكرات اعتقال، أمر
// اعتقال) names an arrest ordered, and no one is held: no arrest event,
// wherever the wanted man lives. An arrest made under a warrant, and an
// order told by its verb (أمرت النيابة باعتقال), still are arrests.
// Sentences written for this test.
func TestEventsWarrantIsNoArrest(t *testing.T) {
	for _, c := range []struct {
		text   string
		arrest bool
	}{
		{"عنوان\n\nويقيم الوزير السابق في فرنسا منذ عام 2019، وصدرت بحقه عدة مذكرات توقيف دولية.", false},
		{"عنوان\n\nوأصدر قاضي التحقيق في بغداد أمر اعتقال بحق المحافظ السابق.", false},
		{"عنوان\n\nوأصدرت المحكمة في تونس مذكرة اعتقال بحق رجل الأعمال الفار.", false},
		{"عنوان\n\nوتم توقيف المتهم في مطار شارل ديغول بباريس بموجب مذكرة توقيف دولية.", true},
		{"عنوان\n\nوأمرت النيابة العامة في بغداد باعتقال المحافظ السابق.", true},
	} {
		if c.arrest {
			eventsOfType(t, c.text, "2024-06-16", "arrest")
		} else {
			checkNotEvents(t, c.text, "2024-06-16", "arrest")
		}
	}
}

// TestEventsComplementAfterDateAside: the comma that closes a time set off
// by commas (، اليوم الأحد،) gives the clause back to the event, even
// after the place of the court: the one sentenced in its ب-complement is
// a participant. Sentences written for this test.
func TestEventsComplementAfterDateAside(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nقضت محكمة سيدي امحمد بالجزائر العاصمة، اليوم الأحد، بسجن وزير الصناعة الأسبق عبد السلام بوشوارب عشر سنوات نافذة.", "عبد السلام بوشوارب"},
		{"عنوان\n\nوقضت المحكمة الجنائية في نواكشوط، مساء أمس السبت، بسجن رجل الأعمال محمد ولد بوعماتو خمس سنوات.", "محمد ولد بوعماتو"},
	} {
		evs := eventsOfType(t, c.text, "2024-06-16", "trial")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsSpeechAtCeremony: a speech made at the ceremony of an event
// (في كلمة خلال حفل التوقيع) is a statement of its own: the event the
// ceremony is held for is where it was said, not an act it announces,
// and what follows إن is what was said. Sentences written for this test.
func TestEventsSpeechAtCeremony(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nووقع الاتفاقية عن الجانب السعودي محمد القحطاني. وقال القحطاني في كلمة خلال حفل التوقيع إن المشروع سيوفر خمسة آلاف وظيفة.", "محمد القحطاني"},
		{"عنوان\n\nوافتتح وزير الصحة خالد عبد الغفار المستشفى الجديد في أسوان. وأكد عبد الغفار في كلمة خلال حفل الافتتاح أن المستشفى يخدم مليون مواطن.", "خالد عبد الغفار"},
	} {
		evs := eventsOfType(t, c.text, "2025-09-16", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsStatementAtVisitTime: a statement made during a visit or an
// inspection told right after its verb with its date (خلال زيارة أدتها
// إلى صفاقس يوم السبت، خلال تفقده الموقع أمس) was made then, as one made
// at a meeting is (TestEventsSaidAtMeeting): it takes that event's time
// when it tells none of its own. A meeting not told before and with no
// date (خلال لقاء مع الصحفيين) lends nothing. Sentences written for this
// test; the reference is Wednesday 2021-11-17.
func TestEventsStatementAtVisitTime(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"عنوان\n\nوأعلنت وزيرة البيئة ليلى الشيخاوي، خلال زيارة أدتها إلى صفاقس يوم السبت ١٣ نوفمبر، عن رصد اعتمادات بقيمة ٢٠ مليون دينار.", "2021-11-13"},
		{"عنوان\n\nوقال المحافظ محمد سلطان، خلال تفقده موقع الانهيار أمس، إن أعمال البحث مستمرة.", "2021-11-16"},
		{"عنوان\n\nأعلنت منظمة أوبك، في ختام اجتماعها الوزاري في فيينا يوم الأحد الماضي، تمديد خفض الإنتاج حتى نهاية آذار.", "2021-11-14"},
		{"عنوان\n\nوأكد وزير الخارجية أيمن الصفدي خلال لقاء مع الصحفيين أن المشروع انتهى.", ""},
	} {
		evs := eventsOfType(t, c.text, "2021-11-17", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.want, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsPlanAimsNoAttack: a plan, a campaign or a measure that
// "targets" people (حملة تطعيم تستهدف مليوني شخص، برنامجا يستهدف الشباب)
// aims at them: no attack. An armed campaign and strikes still attack.
// Sentences written for this test.
func TestEventsPlanAimsNoAttack(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوستطلق وزارة الصحة حملة تطعيم فموي تستهدف مليوني شخص في أم درمان اعتبارا من الأحد المقبل.",
		"عنوان\n\nوأطلقت الحكومة برنامجا يستهدف الشباب العاطلين عن العمل في بغداد أمس.",
	} {
		checkNotEvents(t, text, "2024-10-18", "attack")
	}
	for _, text := range []string{
		"عنوان\n\nوشن الجيش حملة عسكرية تستهدف مواقع التنظيم في إدلب أمس.",
		"عنوان\n\nواستهدفت غارات جوية مواقع التنظيم في إدلب أمس.",
	} {
		eventsOfType(t, text, "2024-10-18", "attack")
	}
}

// TestEventsTrialSideSpeaks: a side of a trial named by its kind (فريق
// الدفاع، فريق الادعاء، محامو الدفاع) speaks with no name of its own: its
// statement is told, with the side as its text. فريق is no rank there.
// Sentences written for this test.
func TestEventsTrialSideSpeaks(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوقال فريق الدفاع إن موكله بريء من جميع التهم الموجهة إليه.", "فريق الدفاع"},
		{"عنوان\n\nوقال فريق الادعاء إن المتهم الأول هو العقل المدبر لعملية الاغتيال.", "فريق الادعاء"},
	} {
		evs := eventsOfType(t, c.text, "2024-06-16", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsMaghrebiPressConference: ندوة صحفية, the Maghreb's press
// conference, is the setting of what is said there, as مؤتمر صحفي is: no
// meeting of its own, and no participant from the hall it is held in.
// Sentences written for this test.
func TestEventsMaghrebiPressConference(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقال رئيس النادي هشام الزياني، في ندوة صحفية عقدها بمركب محمد الخامس، إن المدرب الجديد سيشرف على أول حصة تدريبية يوم الأربعاء.",
		"عنوان\n\nوقال وزير الفلاحة محمد صديقي في ندوة صحفية بالرباط أمس إن الحكومة ستدعم الفلاحين.",
	} {
		checkNotEvents(t, text, "2025-11-18", "meet")
		eventsOfType(t, text, "2025-11-18", "statement")
	}
}

// TestEventsHoldingPersonArrest: the Egyptian press's holding of a person
// (أمرت النيابة بالتحفظ على السائق، التحفظ على ثلاثة أشخاص) is an arrest,
// and, as with باعتقال, the one who orders it (أمرت النيابة بالقبض على،
// بالتحفظ على) is its participant; holding assets (التحفظ على أموال
// المتهمين) is none. Sentences written for this test.
func TestEventsHoldingPersonArrest(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأمرت النيابة العامة في أسوان بالتحفظ على السائق لحين انتهاء التحقيقات.",
		"عنوان\n\nوأمرت النيابة العامة بالقبض على السائق وإجراء تحليل المخدرات له.",
		"عنوان\n\nوأمرت النيابة العامة بالتحفظ على السائق وإجراء تحليل المخدرات له.",
	} {
		evs := eventsOfType(t, text, "2025-10-16", "arrest")
		if assert.Len(t, evs, 1, text) {
			assert.Contains(t, evs[0].Participants, "النيابة العامة", "%s: %+v", text, evs)
		}
	}
	eventsOfType(t, "عنوان\n\nوقررت النيابة في الجيزة التحفظ على ثلاثة أشخاص بعد انهيار العقار.", "2025-10-16", "arrest")
	checkNotEvents(t, "عنوان\n\nوأمرت النيابة بالتحفظ على أموال المتهمين في القاهرة.", "2025-10-16", "arrest")
}

// TestEventsAfterThatNoMainDate: an act told after بعد أن or بعدما came
// before the clause it follows: it takes no date told before it in that
// clause (ارتفعت الأسعار اليوم بعد أن أعلنت أوبك …); a date in its own
// clause after it stays its. Sentences written for this test.
func TestEventsAfterThatNoMainDate(t *testing.T) {
	for _, c := range []struct{ text, typ, want string }{
		{"عنوان\n\nارتفعت أسعار النفط في تعاملات اليوم بعد أن أعلنت منظمة أوبك تمديد خفض الإنتاج.", "statement", ""},
		{"عنوان\n\nووصل الوزير إلى بغداد اليوم بعدما التقى نظيره الأردني أيمن الصفدي في عمان.", "meet", ""},
		{"عنوان\n\nوبعد أن التقى الوزير نظيره أيمن الصفدي في عمان أمس، توجه إلى بغداد.", "meet", "2025-09-15"},
	} {
		evs := eventsOfType(t, c.text, "2025-09-16", c.typ)
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.want, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}
