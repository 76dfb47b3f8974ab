package naba

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsQuotedName: quotation marks around one name (شركة "إيني"،
// لـ«الشرق الأوسط») set the name off; they end no clause, so the name's
// verb keeps the sides and the words that follow it.
func TestEventsQuotedName(t *testing.T) {
	tests := []struct {
		name, text, typ string
		parts           []string
	}{
		{"company in quotes signs",
			"عنوان\n\nووقعت شركة \"توتال\" الفرنسية اتفاقا مع وزارة النفط العراقية لتطوير حقل مجنون.",
			"agreement", []string{"توتال", "وزارة النفط العراقية"}},
		{"guillemets",
			"عنوان\n\nووقعت شركة «سيمنس» الألمانية عقدا مع وزارة الكهرباء المصرية لبناء ثلاث محطات.",
			"agreement", []string{"سيمنس", "وزارة الكهرباء المصرية"}},
		{"unquoted",
			"عنوان\n\nووقعت شركة سيمنس الألمانية عقدا مع وزارة الكهرباء المصرية لبناء ثلاث محطات.",
			"agreement", []string{"شركة سيمنس الألمانية", "وزارة الكهرباء المصرية"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-10-15")
			var got [][]string
			for _, e := range evs {
				if e.Type == tt.typ {
					got = append(got, e.Participants)
				}
			}
			assert.Equal(t, [][]string{tt.parts}, got, "%q: %+v", tt.text, evs)
		})
	}
}

// TestEventsSpeakerPlacedTitle: a place after في inside a speaker's
// description (القيادي الكردي في كوباني شرفان درويش) is where the speaker
// is: the name after it still speaks, and the place is not where the
// words were said.
func TestEventsSpeakerPlacedTitle(t *testing.T) {
	tests := []struct{ name, text, speaker, notPlace string }{
		{"commander in a town",
			"عنوان\n\nوتضاربت الأنباء حول الانفجار. ففي وقت قال «المرصد السوري»: «إن سيارة مفخخة انفجرت قرب حاجز»، قال القيادي الكردي في كوباني شرفان درويش لـ«الشرق الأوسط»، إن الانفجار وقع في مستودع.",
			"شرفان درويش", "كوباني"},
		{"official in a town, name unknown",
			"عنوان\n\nوبينما قال «المرصد السوري»: «إن القصف طال أحياء سكنية»، قال المسؤول الكردي في عفرين ريزان حدو لـ«الشرق الأوسط»، إن القصف استهدف مواقع عسكرية.",
			"", "عفرين"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-10-15")
			found := tt.speaker == ""
			for _, e := range evs {
				if e.Type != "statement" {
					continue
				}
				assert.NotEqual(t, tt.notPlace, e.Place, "a statement's place in %q", tt.text)
				found = found || slices.Contains(e.Participants, tt.speaker)
			}
			assert.True(t, found, "no statement by %s in %+v", tt.speaker, evs)
		})
	}
}

// TestEventsSpeakerAfterDescription: a long description of the speaker
// (his office at an organization, a rank) ends with his name right before
// إن/أن; a statement "as reported by" (حسب ما أفاد به بيان) is not by the
// subject of the sentence.
func TestEventsSpeakerAfterDescription(t *testing.T) {
	tests := []struct{ name, text, speaker, not string }{
		{"office at an organization, rank, name",
			"عنوان\n\nوأوضح المكلف بالإعلام لدى المديرية العامة للحماية المدنية العقيد نسيم برناوي أن أغلب الضحايا سجلوا في ولاية تبسة.",
			"نسيم برناوي", ""},
		{"with إن",
			"عنوان\n\nوقال المتحدث باسم الجيش الوطني الليبي اللواء أحمد المسماري إن قواته سيطرت على المطار.",
			"أحمد المسماري", ""},
		{"as reported by a statement",
			"عنوان\n\nويزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل، حسب ما أفاد به بيان لرئاسة الجمهورية.",
			"", "إيمانويل ماكرون"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-11-11")
			found := tt.speaker == ""
			for _, e := range evs {
				if e.Type != "statement" {
					continue
				}
				found = found || slices.Contains(e.Participants, tt.speaker)
				if tt.not != "" {
					assert.NotContains(t, e.Participants, tt.not, "%q", tt.text)
				}
			}
			assert.True(t, found, "no statement by %s in %+v", tt.speaker, evs)
		})
	}
}

// TestEventsQuotedAnnouncer: a group that announces an attack does it
// (أعلن حزب الله هجوما), also when its name is in quotes: the quotation
// marks around the name stand between the announcer and the attack as
// they did before they were read as words (nameQuote).
func TestEventsQuotedAnnouncer(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأعلن حزب الله هجوما على موقع إسرائيلي في مزارع شبعا.",
		"عنوان\n\nوأعلن \"حزب الله\" هجوما على موقع إسرائيلي في مزارع شبعا.",
		"عنوان\n\nوأعلن «حزب الله» هجوما على موقع إسرائيلي في مزارع شبعا.",
	} {
		e, ok := eventOf(t, text, "attack", "")
		if assert.True(t, ok, "no attack in %q", text) {
			assert.Equal(t, []string{"حزب الله"}, e.Participants, "%q", text)
		}
	}
}

// TestEventsQuotedSpokesmanOf: the organization a spokesman speaks for
// (متحدث باسم حزب الله) is the speaker, also when its name is in quotes.
func TestEventsQuotedSpokesmanOf(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقال متحدث باسم حزب الله إن المقاتلين انسحبوا من البلدة.",
		"عنوان\n\nوقال متحدث باسم \"حزب الله\" إن المقاتلين انسحبوا من البلدة.",
		"عنوان\n\nوقال متحدث باسم «حزب الله» إن المقاتلين انسحبوا من البلدة.",
	} {
		e, ok := eventOf(t, text, "statement", "")
		if assert.True(t, ok, "no statement in %q", text) {
			assert.Equal(t, []string{"حزب الله"}, e.Participants, "%q", text)
		}
	}
}
