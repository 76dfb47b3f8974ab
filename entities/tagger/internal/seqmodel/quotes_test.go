package seqmodel

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/normalize"
)

// quoteView describes what the quote features of each token of t see:
// the token, and for a token in a short quoted span its place, the
// span's length, the cue word and the cue class.
func quoteView(t *normalize.Text, s *Scratch) []string {
	var f Features
	n := len(t.Tokens)
	f.atomize(t, 0, n, s, nil)
	out := make([]string, n)
	for i, a := range s.atoms[:n] {
		out[i] = a.wordStr
		if a.qpos != 0 {
			cue := "<s>"
			if c := i - int(a.qcue); a.qcue != 0 && c >= 0 {
				cue = s.atoms[c].wordStr
			}
			out[i] += fmt.Sprintf("/%d/%d/%s/%d", a.qpos, a.qlen, cue, a.qcueClass)
		}
	}
	return out
}

// TestQuotedSpans checks which tokens the quote features see in quotes,
// and that a text and the same sentence as raw CoNLL words (quotes glued
// to the words, ANERcorp's ' ' for ") give the same view and the same
// features.
func TestQuotedSpans(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		words []string
		want  string // the tokens in quotes: token/place/length/cue/cue class
	}{
		{
			name:  "guillemets and a glued quote",
			text:  `عرض برنامج « أصل الكلمة » على قناة "الجزيرة" أمس`,
			words: []string{"عرض", "برنامج", "«", "أصل", "الكلمة", "»", "على", "قناة", `"الجزيرة"`, "أمس"},
			want:  "اصل/1/2/برنامج/1 الكلمه/3/2/برنامج/1 الجزيره/4/1/قناه/0",
		},
		{
			name:  "ANERcorp's doubled apostrophes",
			text:  `وصرح لصحيفة ' ' نيوز أوف ذا وورلد ' ' البريطانية`,
			words: []string{"وصرح", "لصحيفة", "'", "'", "نيوز", "أوف", "ذا", "وورلد", "'", "'", "البريطانية"},
			want:  "نيوز/1/4/لصحيفه/0 اوف/2/4/لصحيفه/0 ذا/2/4/لصحيفه/0 وورلد/3/4/لصحيفه/0",
		},
		{
			name:  "curly quotes at the start",
			text:  `“الشرق الأوسط” نشرت الخبر`,
			words: []string{`“الشرق`, `الأوسط”`, "نشرت", "الخبر"},
			want:  "الشرق/1/2/<s>/0 الاوسط/3/2/<s>/0",
		},
		{
			name:  "an adjective between the cue and the quote",
			text:  `ببرنامج جديد « حور الدنيا » والسيارة الرياضية « جيانج لينج لاندويند »`,
			words: []string{"ببرنامج", "جديد", "«", "حور", "الدنيا", "»", "والسيارة", "الرياضية", "«", "جيانج", "لينج", "لاندويند", "»"},
			want:  "حور/1/2/جديد/1 الدنيا/3/2/جديد/1 جيانج/1/3/الرياضيه/2 لينج/2/3/الرياضيه/2 لاندويند/3/3/الرياضيه/2",
		},
		{
			name:  "a quoted sentence is too long",
			text:  `وقال " إن الحرب طويلة جدا ولن تنتهي قريبا " ثم غادر`,
			words: []string{"وقال", `"`, "إن", "الحرب", "طويلة", "جدا", "ولن", "تنتهي", "قريبا", `"`, "ثم", "غادر"},
		},
		{
			name:  "a closing guillemet without an opening one, a sentence end inside",
			text:  `انتهى الكلام » ثم قال " نعم . لا " وذهب`,
			words: []string{"انتهى", "الكلام", "»", "ثم", "قال", `"`, "نعم", ".", "لا", `"`, "وذهب"},
		},
		{
			name:  "guillemets and straight quotes pair apart",
			text:  `فيلم « الرسالة » وكتاب " البحر "`,
			words: []string{"فيلم", "«", "الرسالة", "»", "وكتاب", `"`, "البحر", `"`},
			want:  "الرساله/4/1/فيلم/1 البحر/4/1/وكتاب/1",
		},
		{
			name:  "a span holding a quote mark of the other kind",
			text:  `فيلم « الرسالة " الأولى » وكتاب " البحر`,
			words: []string{"فيلم", "«", "الرسالة", `"`, "الأولى", "»", "وكتاب", `"`, "البحر"},
		},
		{
			name:  "two apostrophes typed as one token",
			text:  `صحيفة ''الحياة'' اللندنية`,
			words: []string{"صحيفة", "''الحياة''", "اللندنية"},
			want:  "الحياه/4/1/صحيفه/0",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s Scratch
			text := Folder.Analyze(tc.text)
			viewText := quoteView(text, &s)
			var inQuotes []string
			for _, v := range viewText {
				if strings.Contains(v, "/") && v != "/" {
					inQuotes = append(inQuotes, v)
				}
			}
			assert.Equal(t, tc.want, strings.Join(inQuotes, " "))

			words, _ := AlignWords(tc.words)
			var sw Scratch
			assert.Equal(t, viewText, quoteView(words, &sw), "the CoNLL words see what the text sees")

			var f Features
			var s1, s2 Scratch
			f.Extract(text, 0, len(text.Tokens), &s1)
			f.Extract(words, 0, len(words.Tokens), &s2)
			require.Equal(t, s1.Offs, s2.Offs)
			assert.Equal(t, s1.Feats, s2.Feats, "same features on both paths")
		})
	}
}
