package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPronounSubject: a verb after أن or إن with a pronoun (أنه،
// إنها، أنهم) has that pronoun for its subject, the speaker of the
// statement that tells it, when the pronoun agrees with the speaker's
// verb; a name right after the verb is then its object.
func TestEventsPronounSubject(t *testing.T) {
	tests := []struct{ name, text, typ, speaker, other string }{
		{"he met, the one met named after the verb",
			"عنوان\n\nوقال وزير الخارجية الليبي محمد سيالة إنه التقى نظيره التونسي خميس الجهيناوي في العاصمة.", "meet", "محمد سيالة", "خميس الجهيناوي"},
		{"he received a guest",
			"عنوان\n\nوأعلن رئيس الحكومة الجزائرية أحمد أويحيى أنه استقبل السفير الفرنسي في مكتبه.", "meet", "أحمد أويحيى", "السفير الفرنسي"},
		{"he dismissed, with قد",
			"عنوان\n\nوذكر وزير الداخلية التونسي أنه قد أقال مدير الأمن في صفاقس.", "dismiss", "وزير الداخلية التونسي", "مدير الأمن"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.speaker)
				assert.Contains(t, e.Participants, tt.other)
			}
		})
	}
	t.Run("the pronoun does not agree with the speaker's verb", func(t *testing.T) {
		// قال (masculine) … إنها: she is what the text told before, not
		// the observatory.
		text := "عنوان\n\nوهزت انفجارات قوية قاعدة عسكرية قرب حمص. ونقلت الوكالة عن المرصد السوري لحقوق الإنسان الذي قال إنها استهدفت مخازن صواريخ."
		for _, e := range eventsOf(t, text, "2018-10-15") {
			if e.Type == "attack" {
				assert.NotContains(t, e.Participants, "المرصد السوري لحقوق الإنسان")
			}
		}
	})
}
