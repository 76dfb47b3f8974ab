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
		for _, e := range eventsOfType(t, text, "2018-10-15", "attack") {
			assert.NotContains(t, e.Participants, "المرصد السوري لحقوق الإنسان")
		}
	})
}

// TestEventsSideStrikesAgain: two attacks of one side told in two
// sentences, each by its own verb, one with a place and the other with a
// time only, are two strikes (the side alone does not make them one);
// what a source says of a strike told before (وقال … إن) retells it.
func TestEventsSideStrikesAgain(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"also struck, with كما",
			"عنوان\n\nوقصف الجيش التركي مواقع لحزب العمال الكردستاني أمس الأحد. كما استهدف الجيش التركي مخازن ذخيرة في جبال قنديل.", "جبال قنديل"},
		{"then struck, with ثم",
			"عنوان\n\nوأغارت مقاتلات الجيش الإسرائيلي على شاحنات محملة بالأسلحة فجر الخميس. ثم قصفت مقاتلات الجيش الإسرائيلي موقعا عسكريا في ريف القنيطرة.", "ريف القنيطرة"},
		{"another attack",
			"عنوان\n\nوهاجمت جماعة بوكو حرام قرية نائية الجمعة. وشنت جماعة بوكو حرام هجوما آخر على سوق في مدينة مايدوغوري.", "مايدوغوري"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var attacks []ev
			for _, e := range eventsOf(t, tt.text, "2018-10-15") {
				if e.Type == "attack" {
					attacks = append(attacks, e)
				}
			}
			if assert.Len(t, attacks, 2, "%q", tt.text) {
				assert.Empty(t, attacks[0].Place, "the first strike is not where the second was")
				assert.Equal(t, tt.place, attacks[1].Place)
			}
		})
	}
	t.Run("a source retells the strike", func(t *testing.T) {
		text := "عنوان\n\nوقصفت القوات الروسية مواقع للمعارضة مساء الاثنين. وقال المرصد إن القوات الروسية قصفت بلدة كفرنبل في ريف إدلب."
		n := 0
		for _, e := range eventsOf(t, text, "2018-10-15") {
			if e.Type == "attack" {
				n++
			}
		}
		assert.Equal(t, 1, n)
	})
}

// TestEventsJoinedSpeechTime: a statement or appeal verb joined by و to
// the same speaker's dated one before it in its sentence was told then;
// another speaker's is not.
func TestEventsJoinedSpeechTime(t *testing.T) {
	tests := []struct{ name, text, time string }{
		{"condemned and demanded",
			"عنوان\n\nندد وزير الخارجية المصري سامح شكري الثلاثاء بالهجوم على الكنيسة وطالب الحكومة بمحاسبة المسؤولين.", "2018-10-09"},
		{"welcomed and called",
			"عنوان\n\nرحب الأمين العام للأمم المتحدة أنطونيو غوتيريش أمس بالاتفاق ودعا الطرفين إلى تنفيذه.", "2018-10-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "appeal", "")
			if assert.True(t, ok, "no appeal in %q", tt.text) {
				assert.Equal(t, tt.time, e.Time)
			}
		})
	}
	t.Run("another speaker", func(t *testing.T) {
		text := "عنوان\n\nندد وزير الخارجية المصري سامح شكري الثلاثاء بالهجوم على الكنيسة، وطالب رئيس البرلمان علي عبد العال الحكومة بمحاسبة المسؤولين."
		e, ok := eventOf(t, text, "appeal", "")
		if assert.True(t, ok) {
			assert.Empty(t, e.Time)
		}
	})
}
