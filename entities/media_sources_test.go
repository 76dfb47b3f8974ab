package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWeakPaperAsSource: a paper or channel named by a common word (a
// weak listing: القبس، الحياة، الوطن) is kept where the sentence names it
// as the source of a report: the subject of a verb of reporting with أن،
// إن or عن after it, after بحسب, or in quotes after ل or a dateline's
// dash. The same word with no report after it stays a common word.
func TestWeakPaperAsSource(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"وذكرت القبس أمس أن النواب رفضوا الميزانية.", nil}, // a word between: not read
		{"وذكرت القبس أن النواب رفضوا الميزانية.", []string{"ORG القبس"}},
		{"ونقلت الوطن عن نائب قوله إن الجلسة ألغيت.", []string{"ORG الوطن"}},
		{"وبحسب الحياة فإن المحادثات توقفت عند نقطة الحدود.", []string{"ORG الحياة"}},
		{"وأكد دبلوماسي غربي لـ«الحياة» أن العرض ما زال قائما.", []string{"ORG الحياة"}},
		{"عمّان – «القبس الإلكتروني»: ارتفعت أسعار الوقود.", []string{"LOC عمّان", "ORG القبس"}},
		{"وقالت الحياة كلمتها في النهاية.", nil},
		{"إن الوطن يمر بمرحلة صعبة.", nil},
	}
	r := fullOnce()
	for _, tt := range tests {
		res := r.RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		got := mentions(res)
		for _, w := range tt.want {
			assert.Contains(t, got, w, tt.in)
		}
		for _, m := range got {
			if m == "ORG القبس" || m == "ORG الحياة" || m == "ORG الوطن" {
				assert.Contains(t, tt.want, m, "%s: %v", tt.in, got)
			}
		}
	}
}

// TestAcronymOwnMention: an acronym in brackets after an organization is
// a mention of its own, of the same entity as the name before it.
func TestAcronymOwnMention(t *testing.T) {
	tests := []struct{ in, name, acronym string }{
		{"وأوردت وكالة الأنباء القطرية (قنا) أن الأمير غادر.", "وكالة الأنباء القطرية", "قنا"},
		{"وأصدرت الشركة الوطنية للكهرباء (SNE) بيانا عن الانقطاع.", "الشركة الوطنية للكهرباء", "SNE"},
		{"ونفت وزارة الدفاع الأميركية (البنتاغون) أي دور لها في الغارة.", "وزارة الدفاع الأميركية", "البنتاغون"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			var name, acr *Mention
			for i := range res.Mentions {
				switch res.Mentions[i].Form {
				case tt.name:
					name = &res.Mentions[i]
				case tt.acronym:
					acr = &res.Mentions[i]
				}
			}
			if assert.NotNil(t, name, "%s: %v", tt.in, mentions(res)) && assert.NotNil(t, acr, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, name.Entity, acr.Entity, tt.in)
				assert.Equal(t, ORG, acr.Label, tt.in)
				assert.Equal(t, tt.name, res.Entities[name.Entity].Name, tt.in)
			}
		}
	}
}
