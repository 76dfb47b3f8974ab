package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSubjectBeforeApposition: a name that opens its clause, then a
// description set off by two commas, two dashes or brackets, then the
// verb (past قد): the name is the verb's subject. A name that ends a
// clause with a verb of its own before it is that verb's object, and no
// subject of the verb after the description.
func TestEventsSubjectBeforeApposition(t *testing.T) {
	tests := []struct{ name, text, typ, trig, who string }{
		{"commas, then قد",
			"عنوان\n\nوكان وزير الزراعة الأردني خالد الحنيفات، الذي يشغل المنصب منذ عامين، قد طالب المزارعين بترشيد استهلاك المياه.", "appeal", "طالب", "خالد الحنيفات"},
		{"commas, a long description",
			"عنوان\n\nوكانت النائبة رولا الطبش، أصغر عضو في اللجنة المالية في المجلس، قد انتقدت الموازنة الجديدة بشدة.", "statement", "انتقدت", "رولا الطبش"},
		{"dashes after إن",
			"عنوان\n\nوقال سكان إن حركة الشباب -التي تسيطر على أرياف الجنوب- هاجمت قاعدة للجيش قرب بلدة أفغوي.", "attack", "هاجمت", "حركة الشباب"},
		{"brackets",
			"عنوان\n\nوكان المحامي سامر الجعبري (وكيل عائلات الضحايا) قد طالب النيابة بفتح تحقيق مستقل.", "appeal", "طالب", "سامر الجعبري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, tt.trig)
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	t.Run("a name after a verb of its own", func(t *testing.T) {
		text := "عنوان\n\nواستقبل الملك الوزير عادل النمر، الذي تسلم منصبه حديثا، ودعا إلى تسريع الإصلاحات."
		if e, ok := eventOf(t, text, "appeal", ""); ok {
			assert.NotContains(t, e.Participants, "عادل النمر")
		}
	})
	t.Run("one comma alone", func(t *testing.T) {
		text := "عنوان\n\nوفي عمان، قال سمير الرفاعي إن الحكومة ستقدم الموازنة الأسبوع المقبل."
		e, ok := eventOf(t, text, "statement", "")
		if assert.True(t, ok) {
			assert.Equal(t, []string{"سمير الرفاعي"}, e.Participants)
		}
	})
}

// TestEventsAttacksOfOtherDoers: two attacks told by verbs whose subjects
// differ are two, though the doer of one is the target of the other and
// both struck at one place.
func TestEventsAttacksOfOtherDoers(t *testing.T) {
	tests := []struct{ name, text string }{
		{"the doer struck back",
			"عنوان\n\nوقال شهود إن حركة الشباب -التي تسيطر على أرياف الجنوب- هاجمت ثكنة للجيش الصومالي قرب بلدة أفغوي يوم الجمعة. وقصفت القوات الأمريكية مواقع حركة الشباب قرب بلدة أفغوي."},
		{"subject before and after",
			"عنوان\n\nوذكرت مصادر محلية أن جماعة أنصار الدين هاجمت قافلة للجيش المالي قرب مدينة تمبكتو. واستهدف الجيش الفرنسي معاقل جماعة أنصار الدين قرب مدينة تمبكتو."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, e := range eventsOf(t, tt.text, "2018-10-15") {
				if e.Type == "attack" {
					n++
				}
			}
			assert.Equal(t, 2, n, "%s", tt.text)
		})
	}
}

// TestEventsNinthMeasureConstructions: constructions the ninth measure
// missed, each in two or three wordings of the team's own.
func TestEventsNinthMeasureConstructions(t *testing.T) {
	tests := []struct{ name, text, typ, trig, who string }{
		// The teams or forces of the speaker act for it.
		{"the speaker's teams evacuate",
			"عنوان\n\nوقالت جمعية الهلال الأحمر العراقي إن فرقها أجلت مئات العائلات من الأحياء المغمورة بالمياه.", "displacement", "أجلت", "جمعية الهلال الأحمر العراقي"},
		{"the speaker's forces strike",
			"عنوان\n\nوأعلن الجيش اللبناني أن وحداته هاجمت مخبأ لمهربين قرب بلدة عرسال.", "attack", "هاجمت", "الجيش اللبناني"},
		// A body formed.
		{"a government formed, the body after the verb",
			"عنوان\n\nوتشكلت الحكومة الجديدة في العاشر من تموز بعد مشاورات طويلة.", "establish", "", ""},
		{"a committee formed by a named head",
			"عنوان\n\nوشكل رئيس الوزراء عمر الرزاز لجنة وزارية لمتابعة ملف المياه.", "establish", "شكل", "عمر الرزاز"},
		{"a government formed, the subject before قد",
			"عنوان\n\nوكانت الحكومة، التي يرأسها عادل عبد المهدي، قد شكلت في تشرين الأول الماضي.", "establish", "شكلت", ""},
		// A passive appointment with no name after it.
		{"a passive appointment after إذ",
			"عنوان\n\nولم يبق الوزير سليم الحص في منصبه سوى عام واحد، إذ عين في آذار خلفا لسلفه.", "appoint", "عين", "سليم الحص"},
		{"a passive appointment after قد",
			"عنوان\n\nوكان كمال الجنزوري قد عين في منصبه قبل عامين.", "appoint", "عين", "كمال الجنزوري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, tt.trig)
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) && tt.who != "" {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nوشكلت الاحتجاجات الأخيرة تحديا كبيرا للحكومة.",
		"عنوان\n\nوقد شكل الهجوم ضربة قاسية للتنظيم.",
		"عنوان\n\nويشكل التنظيم خطرا على أمن المنطقة.",
	} {
		t.Run("constituted, no body formed", func(t *testing.T) {
			_, ok := eventOf(t, text, "establish", "")
			assert.False(t, ok, "%s", text)
		})
	}
	t.Run("taking office, no passive appointment", func(t *testing.T) {
		text := "عنوان\n\nوكان بين من رقوا الشيخ سامي العطار، وهؤلاء لم يسبق أن تولوا أي منصب عسكري."
		_, ok := eventOf(t, text, "appoint", "")
		assert.False(t, ok)
	})
}
