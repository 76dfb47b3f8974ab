package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsWorksNamedAfterTown: a refinery, a station, a factory or a
// mine is named after the town it stands in (مصفاة بانياس، محطة قطار
// الأقصر، مصنع إسمنت حلوان), and the town is where what happens there
// happens, in a headline too: neither who did it nor lost. Sentences
// written for this test.
func TestEventsWorksNamedAfterTown(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"انفجار في مصفى بانياس يودي بحياة خمسة عمال", "death", "بانياس"},
		{"مقتل عاملين وإصابة ستة في حريق بمصنع إسمنت حلوان", "death", "حلوان"},
		{"مقتل عاملين وإصابة ستة في حريق بمصنع إسمنت حلوان", "injury", "حلوان"},
		{"وفاة 3 في تصادم قطارين قرب رصيف محطة قطار الأقصر", "death", "الأقصر"},
		{"انهيار في منجم فوسفات خريبكة يودي بحياة عاملين", "death", "خريبكة"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", c.typ)
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Place, c.place, c.text)
			assert.NotContains(t, evs[0].Participants, c.place, c.text)
		}
	}
}

// TestEventsWentToSite: an official who goes to the site of an incident
// (انتقل المحافظ إلى موقع الحادث) or to the works the story named by its
// town (حريق في مصفاة الزرقاء … وصل الوزير إلى المصفاة) visits it, though
// the site is no place's name; the works' town is the visit's place. A
// verb of going elsewhere (to a club, to God's mercy) is no visit.
// Sentences written for this test.
func TestEventsWentToSite(t *testing.T) {
	for _, c := range []struct{ text, visitor, place string }{
		{"عنوان الخبر\n\nاندلع حريق في مصفاة الزرقاء فجر اليوم. ووصل وزير الطاقة صالح الخرابشة، ظهر اليوم، إلى المصفاة برفقة المحافظ.", "صالح الخرابشة", "الزرقاء"},
		{"عنوان الخبر\n\nقتل خمسة في انفجار سيارة مفخخة في الرمادي أمس. وانتقل اللواء محمود حسن العاني، قائد الشرطة، إلى مكان الانفجار.", "محمود حسن العاني", ""},
		{"عنوان الخبر\n\nوانتقل الرئيس ماكرون إلى بيروت صباح اليوم.", "ماكرون", "بيروت"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", "visit")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, c.visitor, c.text)
			assert.Contains(t, evs[0].Place, c.place, c.text)
		}
	}
	for _, text := range []string{
		"عنوان الخبر\n\nوانتقل اللاعب محمد صلاح إلى نادي ليفربول عام 2017.",
		"عنوان الخبر\n\nانتقل الفنان حسن يوسف إلى رحمة الله أمس.",
	} {
		checkNotEvents(t, text, "2026-05-12", "visit")
	}
}

// TestEventsRelativeClauseSpeaksIn: a name described by a relative clause
// whose verb is told in a statement's words (فلان، الذي شكر في تصريح
// للصحافيين …، التي جددت في بيان …) is the one who spoke. Sentences
// written for this test.
func TestEventsRelativeClauseSpeaksIn(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"عنوان الخبر\n\nوكان في استقبال الوفد وزير الداخلية الليبي عماد الطرابلسي، الذي شكر في تصريح للصحافيين \"السلطات التونسية\".", "عماد الطرابلسي"},
		{"عنوان الخبر\n\nوشاركت في الحفل منظمة الصحة العالمية، التي جددت في بيان \"دعمها للمتطوعين\".", "منظمة الصحة العالمية"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", "statement")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, c.speaker, c.text)
		}
	}
}

// TestEventsTheyAreNames: people counted by a release, an arrest or a
// toll and then named after a comma and هما or هم (الإفراج عن رهينتين،
// هما فلان وفلانة) are the ones the event befell. Sentences written for
// this test.
func TestEventsTheyAreNames(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان الخبر\n\nأفرجت السلطات، مساء أمس، عن صحفيين اثنين، هما أحمد سالم وعلي حسن.", "release"},
		{"عنوان الخبر\n\nوأعلنت الشرطة الإفراج عن ناشطين، هما أحمد سالم والمدون علي حسن، بعد التحقيق معهما.", "release"},
		{"عنوان الخبر\n\nواعتقلت قوات الأمن فجر اليوم ثلاثة طلاب، هم أحمد سالم وعلي حسن ويوسف كمال.", "arrest"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", c.typ)
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, "أحمد سالم", c.text)
			assert.Contains(t, evs[0].Participants, "علي حسن", c.text)
		}
	}
	// هم with no name after it: a person named further on is no one
	// released.
	text := "عنوان الخبر\n\nأعلنت الوزارة الإفراج عن أربعة بحارة، هم ثلاثة مصريين وسوداني، بفضل وساطة قادها الوزير أحمد سالم."
	for _, e := range eventsOf(t, text, "2026-05-12") {
		if e.Type == "release" {
			assert.NotContains(t, e.Participants, "أحمد سالم", text)
		}
	}
}

// TestEventsAidDecided: aid or compensation a body or an official decides
// to grant (قرر رئيس الوزراء صرف تعويضات لأسر الضحايا، قررت الحكومة تقديم
// مساعدات) is told as the aid itself, the decider its giver, as an
// arrest or a closure decided is (and as aid ordered: وجه بصرف تعويضات).
// Sentences written for this test.
func TestEventsAidDecided(t *testing.T) {
	for _, c := range []struct{ text, giver string }{
		{"عنوان الخبر\n\nوقرر وزير الزراعة محمد الخطيب صرف تعويضات عاجلة للمزارعين المتضررين من السيول.", "محمد الخطيب"},
		{"عنوان الخبر\n\nوقررت الحكومة الأردنية تقديم مساعدات طبية عاجلة إلى قطاع غزة.", "الحكومة الأردنية"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", "aid")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Participants, c.giver, c.text)
		}
		checkNotEvents(t, c.text, "2026-05-12", "decision")
	}
}

// TestEventsHurtCount: أصاب / يصيب with a number of people after it (حريق
// يقتل ثلاثة ويصيب ثمانية آخرين) tells the injured, as أصيب does; what
// was hit (أصابت القذيفة منزلا، أصاب اللاعب الهدف) is no injury.
// Sentences written for this test.
func TestEventsHurtCount(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"انفجار في معمل بطاريات بالزرقاء يقتل اثنين ويصيب خمسة آخرين", "الزرقاء"},
		{"تصادم حافلتين قرب حمص يقتل 4 ويصيب 17 شخصا", "حمص"},
	} {
		evs := eventsOfType(t, c.text, "2026-05-12", "injury")
		if assert.NotEmpty(t, evs, c.text) {
			assert.Contains(t, evs[0].Place, c.place, c.text)
		}
	}
	for _, text := range []string{
		"عنوان الخبر\n\nوأصابت القذيفة منزلا في حي الشعار دون وقوع إصابات بشرية.",
		"عنوان الخبر\n\nوأصاب المهاجم الهدف في الدقيقة الثمانين.",
		"عنوان الخبر\n\nوقال المدير إن المرض أودى بحياة 12 شخصا وأصاب أكثر من 300 آخرين منذ بداية الشهر.",
	} {
		checkNotEvents(t, text, "2026-05-12", "injury")
	}
}
