package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Small event senses (branch datex1), in sentences written for these
// tests.

// TestEventsJustifiedIsAStatement: برر (justified) tells what its subject
// said, like أوضح.
func TestEventsJustifiedIsAStatement(t *testing.T) {
	tests := []struct{ name, text, trig string }{
		{"perfect, feminine",
			"عنوان\n\nوبررت وزارة الطاقة الأردنية، في بيان، زيادة أسعار الكهرباء بارتفاع كلفة الوقود.", "بررت"},
		{"perfect with فـ",
			"عنوان\n\nأما النائب فراس العجارمة فبرر امتناعه عن التصويت بغياب الضمانات.", "برر"},
		{"imperfect",
			"عنوان\n\nويبرر وزير المالية محمد العسعس الإجراءات الجديدة بضرورة خفض العجز.", "يبرر"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "statement", tt.trig)
			assert.True(t, ok, "no statement in %q: %+v", tt.text, eventsOf(t, tt.text, "2018-10-15"))
		})
	}
	// what is justified is no news of its own: the speaker's statement
	t.Run("an event noun justified", func(t *testing.T) {
		text := "عنوان\n\nوبرر النائب خليل المومني حجب الثقة عن الحكومة بغياب برنامج واضح لها."
		e, ok := eventOf(t, text, "statement", "برر")
		if assert.True(t, ok, "%+v", eventsOf(t, text, "2018-10-15")) {
			assert.Contains(t, e.Participants, "خليل المومني")
		}
	})
}

// TestEventsAtDawnIsNoBlast: فجرا is mostly the adverb "at dawn"; the
// dual verb "the two blew up" has its object right after it.
func TestEventsAtDawnIsNoBlast(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقتل ثلاثة مزارعين فجرا في قرية الشيخ مسكين بريف درعا.",
		"عنوان\n\nودهمت الشرطة فجرا منزلا في حي الأمير حمزة واعتقلت مطلوبين.",
		"عنوان\n\nوصل الوفد الرسمي فجرا إلى مطار الملكة علياء.",
	} {
		for _, e := range eventsOf(t, text, "2018-10-15") {
			assert.NotEqual(t, "فجرا", e.Trigger, "%q: %+v", text, e)
		}
	}
	text := "عنوان\n\nوقالت الشرطة إن انتحاريين فجرا نفسيهما قرب حاجز للجيش في بلدة الرمادي."
	_, ok := eventOf(t, text, "attack", "فجرا")
	assert.True(t, ok, "%+v", eventsOf(t, text, "2018-10-15"))
}

// TestEventsSessionOfTalks: جلسة مباحثات is one meeting, told by the
// talks; a session alone is still a meeting.
func TestEventsSessionOfTalks(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوعقد وزير الخارجية الأردني أيمن الصفدي جلسة مباحثات مع نظيره الكويتي صباح الخالد في عمان أمس.",
		"عنوان\n\nوأجرى الرئيس محمود عباس جلسة محادثات مطولة مع المبعوث الأمريكي جيسون غرينبلات.",
		"عنوان\n\nوبدأ الوفدان جلسة مفاوضات جديدة في جنيف برعاية أممية.",
	} {
		n := 0
		for _, e := range eventsOf(t, text, "2018-10-15") {
			if e.Type == "meet" {
				n++
			}
		}
		assert.Equal(t, 1, n, "%q: %+v", text, eventsOf(t, text, "2018-10-15"))
	}
	text := "عنوان\n\nوعقد مجلس الوزراء الأردني جلسة استثنائية برئاسة عمر الرزاز."
	_, ok := eventOf(t, text, "meet", "جلسة")
	assert.True(t, ok, "%+v", eventsOf(t, text, "2018-10-15"))
}
