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
