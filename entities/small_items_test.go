package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFixedIdiomNoName: حسن in a fixed expression (لحسن الحظ
// "fortunately", حسن النية "good faith") is no given name, for the
// rules, a title before it or the tagger; حسن before a family name
// still is.
func TestFixedIdiomNoName(t *testing.T) {
	tests := []struct {
		why, in, person string // person "" means: no person
	}{
		{"fortunately, with و + ل", "ولحسن الحظ لم تقع إصابات بين ركاب الحافلة.", ""},
		{"unfortunately", "ولسوء الحظ ألغيت الرحلة بسبب العاصفة.", ""},
		{"good faith after a title", "وأبدى الوزير حسن النية في التعامل مع المطالب.", ""},
		{"a person named حسن", "وقال حسن الترابي إن حزبه سيقاطع الانتخابات.", "حسن الترابي"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == PER })
			if tt.person == "" {
				assert.Equal(t, -1, k, "%s: %s: %v", tt.why, tt.in, mentions(res))
			} else if assert.GreaterOrEqual(t, k, 0, "%s: %s", tt.why, tt.in) {
				assert.Equal(t, tt.person, res.Mentions[k].Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestLamArticleLamWord: ل + the article before a word that begins with
// ل is written with two lams (للجنة: ل + اللجنة), like ل + the article
// before any word (للعراق: ل + العراق). The more frequent reading wins:
// the committee, not paradise (الجنة), and its name's form gets the
// whole article back.
func TestLamArticleLamWord(t *testing.T) {
	tests := []struct {
		why, in, text, form string
	}{
		{"a listed committee after ل", "وقالت مصادر طبية للجنة الدولية للصليب الأحمر إن المستشفى قصف.",
			"لجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر"},
		{"ل + the article before another word: unchanged", "وقدمت الكويت منحة مالية للعراق لدعم الكهرباء.", "لعراق", "العراق"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.text })
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, tt.form, res.Mentions[k].Form, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestVerbEndsName: a word shaped like the perfect of a derived verb
// (أفعل، افتعل، استفعل) that no list knows ends a person's name before it,
// and so does ل + the article (لليبيين); a listed name of that shape
// (أسعد) does not.
func TestVerbEndsName(t *testing.T) {
	tests := []struct {
		why, in, person string
	}{
		{"أفعل after two given names", "وكان القاضي قد أصدر قرارا وقال إن محمد حسان أوقف التحقيق.", "محمد حسان"},
		{"افتعل", "وذكرت الأسرة أن سامي عادل اعتقل أمس في منزله.", "سامي عادل"},
		{"استفعل", "وقال الجيش إن خالد يوسف استهدف دورية.", "خالد يوسف"},
		{"a listed name of the shape", "واستقبل الرئيس وليد أسعد في القصر.", "وليد أسعد"},
		// ل + the article: the person is named (after a title), the
		// word after him is whom he spoke to.
		{"ل + the article before إن", "وقال الوزير محمد لليبيين إن الحكومة ستدعمهم.", "محمد"},
		{"ل + the article, a lam word", "وقال الوزير محمد للبنانيين إن الحكومة ستدعمهم.", "محمد"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == PER })
			if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, tt.person, res.Mentions[k].Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}
