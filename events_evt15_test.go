package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSentences: a court's sentence is a trial whose participant is
// the one sentenced, named after بسجن / بحبس (the verbal noun, not a
// prison) or past the court and the term (محكمة مصرية، بعشرين سنة سجنا
// نافذا، في حق). Sentences whose term ends in its accusative (سنة سجنا)
// are verdicts too; a king who ruled twenty years is not.
func TestEventsSentences(t *testing.T) {
	tests := []struct{ name, text, trig, who string }{
		{"بسجن after an unnamed court",
			"عنوان\n\nوقضت محكمة عسكرية بسجن المدون سليم الحداد خمس سنوات.", "قضت", "سليم الحداد"},
		{"بحبس after the court",
			"عنوان\n\nوقضت المحكمة الابتدائية بحبس الإعلامي رامي العطار ستة أشهر.", "قضت", "رامي العطار"},
		{"the term, then في حق",
			"عنوان\n\nوقضت المحكمة بعشر سنوات سجنا نافذا في حق المحامي سامر الجعبري.", "قضت", "سامر الجعبري"},
		{"verdicts whose term ends in سجنا",
			"عنوان\n\nوأصدرت محكمة جنايات طنطا، مساء أمس، أحكاما تراوحت بين عامين وسبعة أعوام سجنا في حق المتهمين جميعا.", "أحكاما", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "trial", tt.trig)
			if assert.True(t, ok, "no trial in %q", tt.text) && tt.who != "" {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nوحكم السلطان البلاد ثلاثين عاما قبل أن يتنحى لابنه.",
		"عنوان\n\nوقضى الكاتب سليم الحداد عشر سنوات في السجن قبل أن يطلق سراحه.",
	} {
		_, ok := eventOf(t, text, "trial", "")
		assert.False(t, ok, "a trial in %q", text)
	}
}

// TestEventsPardons: a pardon granted is a release (the guidelines' type)
// whose participant is who grants it: عفا عن، أصدر عفوا، عفو ملكي. Not the
// word of politeness, God's forgiveness, Amnesty International nor a law
// of amnesty under debate.
func TestEventsPardons(t *testing.T) {
	tests := []struct{ name, text, trig, who string }{
		{"أصدر عفوا عن",
			"عنوان\n\nوأصدر الأمير تميم بن حمد عفوا عن عشرات السجناء بمناسبة اليوم الوطني.", "عفوا", "تميم بن حمد"},
		{"عفا عن, the subject between",
			"عنوان\n\nوعفا الرئيس قيس سعيد عن مئتي سجين عشية العيد.", "عفا", "قيس سعيد"},
		{"a royal pardon that covered a person",
			"عنوان\n\nوشمل العفو الملكي الصحفية هدى المنصوري.", "العفو", "هدى المنصوري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "release", tt.trig)
			if assert.True(t, ok, "no release in %q", tt.text) {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nوقال المدرب سامي الطرابلسي: عفوا، لم أقصد التقليل من المنافس.",
		"عنوان\n\nوذكرت منظمة العفو الدولية أن السلطات احتجزت عشرات الناشطين.",
		"عنوان\n\nوعفا الله عنه، كما قال الإمام في خطبته.",
		"عنوان\n\nوناقش النواب قانون العفو العام في جلسة مطولة.",
	} {
		_, ok := eventOf(t, text, "release", "")
		assert.False(t, ok, "a release in %q", text)
	}
}

// TestEventsDetainedByAwqafa: the Maghrebi and Gulf أوقف (detained) is an
// arrest when its clause gives a charge (بتهمة، للاشتباه) or counts
// persons seldom its subject (11 أميرا، سبعة مسؤولين); not when they are
// suspended from duty (عن العمل), nor what is stopped (الضخ، الرحلات،
// إطلاق النار).
func TestEventsDetainedByAwqafa(t *testing.T) {
	tests := []struct{ name, text, who string }{
		{"a charge",
			"عنوان\n\nوأوقفت الشرطة المغربية الناشط أحمد ماهر بتهمة التحريض على العنف.", "أحمد ماهر"},
		{"a suspicion",
			"عنوان\n\nوأوقفت الفرقة الوطنية الصحفي سامر الجعبري للاشتباه في تزوير وثائق.", "سامر الجعبري"},
		{"persons counted, one named among them",
			"عنوان\n\nوأوقفت هيئة الرقابة تسعة مسؤولين، من بينهم الوزير السابق سامر الجعبري.", "سامر الجعبري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "arrest", "")
			if assert.True(t, ok, "no arrest in %q", tt.text) {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nوأوقفت وزارة الصحة ثلاثة أطباء عن العمل بتهمة الإهمال في مستشفى الرباط.",
		"عنوان\n\nوأوقفت شركة الأنابيب الضخ في الخط الشمالي بعد تسرب في مدينة فاس.",
		"عنوان\n\nوأوقفت الخطوط الملكية المغربية 12 رحلة إلى الصين.",
		"عنوان\n\nوأوقف الجيش الإسرائيلي وحركة حماس إطلاق النار في غزة.",
	} {
		_, ok := eventOf(t, text, "arrest", "")
		assert.False(t, ok, "an arrest in %q", text)
	}
}

// TestEventsChosenForOffice: chosen or named for an office in the
// accusative is an appointment (اختير، اختيرت، وقع الاختيار على، تمت
// تسمية، سمّى); not a choice of things or a name given.
func TestEventsChosenForOffice(t *testing.T) {
	tests := []struct{ name, text, who string }{
		{"اختير, the office after",
			"عنوان\n\nواختير سامر الجعبري أمينا عاما لنقابة المحامين.", "سامر الجعبري"},
		{"the feminine, its tanween unwritten",
			"عنوان\n\nواختيرت رولا الطبش رئيسة للجنة المالية.", "رولا الطبش"},
		{"the choice fell on",
			"عنوان\n\nووقع الاختيار على أحمد ماهر متحدثا باسم الحملة.", "أحمد ماهر"},
		{"تمت تسمية",
			"عنوان\n\nوتمت تسمية سامر الجعبري سفيرا لدى اليابان.", "سامر الجعبري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "appoint", "")
			if assert.True(t, ok, "no appointment in %q", tt.text) {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	for _, text := range []string{
		"عنوان\n\nواختير فيلم المخرج سامر الجعبري أفضل عمل في المهرجان.",
		"عنوان\n\nوعلى الحكومة اختيار الوقت المناسب لرفع الأسعار.",
		"عنوان\n\nوقررت البلدية تسمية الشارع باسم الشاعر أحمد ماهر.",
		"عنوان\n\nوسمى الملاكم أحمد ماهر ابنه الأول باسم والده.",
	} {
		_, ok := eventOf(t, text, "appoint", "")
		assert.False(t, ok, "an appointment in %q", text)
	}
}

// TestEventsChairedBy: the person named after برئاسة / بقيادة / يترأسه in
// the event's clause heads the body that acts and takes part: after the
// trigger (وفد برئاسة، لجنة … برئاسة) or in its subject before it (an
// aside between commas too). Not across فيما (another clause with its
// own verb and subject).
func TestEventsChairedBy(t *testing.T) {
	tests := []struct{ name, text, typ, who string }{
		{"a delegation after the verb",
			"عنوان\n\nووصل إلى عمان وفد برئاسة وزير الخارجية الإيراني محمد جواد ظريف.", "visit", "محمد جواد ظريف"},
		{"a committee past its long name",
			"عنوان\n\nوشكلت الحكومة لجنة وطنية لمتابعة ملف السدود برئاسة وزير العدل سامر الجعبري.", "establish", "سامر الجعبري"},
		{"the subject before the verb, an aside",
			"عنوان\n\nوكانت المحكمة، برئاسة المستشار سامر الجعبري، قد استمعت في جلسة 3 مارس إلى شهود النفي.", "trial", "سامر الجعبري"},
		{"forces led by",
			"عنوان\n\nوشنت قوات بقيادة خليفة حفتر هجوما على مدينة درنة.", "attack", "خليفة حفتر"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.who)
			}
		})
	}
	t.Run("not across فيما", func(t *testing.T) {
		text := "عنوان\n\nواستقبل الوزير خالد الزعبي وفدا برئاسة محمد العلي، فيما اجتمع سامر الجعبري بوفد برئاسة خليل الحية."
		evs := eventsOf(t, text, "2018-10-15")
		for _, e := range eventsWhere(t, evs, "no meeting told by اجتمع", func(e ev) bool { return e.Trigger == "اجتمع" }) {
			assert.NotContains(t, e.Participants, "محمد العلي")
		}
		for _, e := range eventsWhere(t, evs, "no reception told by استقبل", func(e ev) bool { return e.Trigger == "استقبل" }) {
			assert.NotContains(t, e.Participants, "خليل الحية")
		}
	})
}
