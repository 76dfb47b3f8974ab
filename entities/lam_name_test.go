package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLamBeforeLamName: the preposition ل before a name that begins with
// ل is written لل (لليبيا، للندن، لليفربول), like ل before the article
// (لليمن: ل + اليمن). A listed name read after the preposition is a
// mention without it; a word that really is ل + الـ… keeps its article
// in the form, and the head of a longer name (للواء: ل + اللواء) is not
// read as the name alone.
func TestLamBeforeLamName(t *testing.T) {
	tests := []struct {
		why, in     string
		label       Label
		text, form  string // the mention as written and its form; "" for none
		notMentions []string
	}{
		{"Libya after the preposition", "وأرسلت الجزائر مساعدات طبية لليبيا عبر الحدود البرية.", LOC, "ليبيا", "ليبيا", nil},
		{"Libya after و + ل", "وجهت مصر الدعوة لتونس وللجزائر ولليبيا لحضور القمة.", LOC, "ليبيا", "ليبيا", nil},
		{"London after the preposition", "وغادر رئيس الوزراء متوجها للندن في زيارة تستمر يومين.", LOC, "لندن", "لندن", []string{"للندن"}},
		{"Lebanon after the preposition", "وأكد الوزير دعم بلاده للبنان في مواجهة الأزمة الاقتصادية.", LOC, "لبنان", "لبنان", nil},
		{"the club after the preposition, a goal scored", "وأحرز المهاجم المصري هدفين لليفربول في شباك تشيلسي.", ORG, "ليفربول", "ليفربول", nil},
		{"after a number word: the preposition is a proclitic (lamName), so no counted noun", "ووزعت الوكالة مئة خيمة على تونس وأرسلت عشرين لليبيا.", LOC, "ليبيا", "ليبيا", nil},
		{"ل + the article: Yemen", "وقدمت الكويت منحة مالية لليمن لدعم القطاع الصحي.", LOC, "ليمن", "اليمن", nil},
		{"ل + the article: Iraq", "وتعهدت الدول المانحة بتقديم قروض للعراق بقيمة مليار دولار.", LOC, "لعراق", "العراق", nil},
		{"ل + the article before a head word: no name of the head alone", "وقصفت الطائرات مخازن أسلحة تابعة للواء الخامس في المنطقة.", "", "", "", []string{"لواء", "لواء الخامس"}},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.text != "" {
				got := slices.ContainsFunc(res.Mentions, func(m Mention) bool {
					return m.Label == tt.label && m.Text == tt.text && m.Form == tt.form
				})
				assert.True(t, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
			}
			for _, m := range res.Mentions {
				assert.NotContains(t, tt.notMentions, m.Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}
