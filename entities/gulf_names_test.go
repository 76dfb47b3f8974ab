package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGulfNames: a Gulf name of four parts or more (the given name, a
// nasab of one or more بن links, and the family) is one name, whether
// the father's name is a weak given name that is also a common word
// (ناصر، فهد، سعد), the family is written with آل (آل الشيخ: a title as
// the family's name) or the family name is an unlisted definite word
// after the nasab (found by the tenth blind measure, a decree naming
// ministers). A style before a name listed with it (الملك سلمان، الشيخ
// تميم) stays outside the mention, as the annotations write it, and the
// word after بن alone (سلمان of محمد بن سلمان) is his father, not him.
func TestGulfNames(t *testing.T) {
	for _, tt := range []struct {
		why, in   string
		want, not []string
	}{
		{"a weak father's name and a listed family name",
			"وأكد المتحدث باسم الشركة ماجد بن ناصر الغامدي أن الأسعار مستقرة.",
			[]string{"PER ماجد بن ناصر الغامدي"}, []string{"PER ماجد بن ناصر"}},
		{"a chain of two fathers, the second weak, and an unlisted family",
			"وقال المدير التنفيذي سالم بن عبدالرحمن بن فهد الحميدي إن المشروع تأخر.",
			[]string{"PER سالم بن عبدالرحمن بن فهد الحميدي"}, nil},
		{"an unlisted family name after one father, no title",
			"وتسلم خالد بن سعد الرميحي مهام منصبه الجديد أمس.",
			[]string{"PER خالد بن سعد الرميحي"}, nil},
		{"a family with آل whose name is a title",
			"ورحب رئيس الهيئة سليمان آل الشيخ بالزوار، كما حضر الوزير ناصر آل خليفة.",
			[]string{"PER سليمان آل الشيخ", "PER ناصر آل خليفة"}, []string{"PER سليمان"}},
		{"a family named by a title that is a given name, before a preposition",
			"وأحيل العميد سامي بن سلطان السلطان إلى التقاعد بعد سنوات من الخدمة.",
			[]string{"PER سامي بن سلطان السلطان"}, nil},
		{"a title after a nasab name is the next person's",
			"واستقبل محمد بن سلمان الأمير خالد في قصره.",
			[]string{"PER محمد بن سلمان"}, []string{"PER محمد بن سلمان الأمير"}},
		{"a lineage after a listed name is no second person",
			"ووصل الأمير محمد بن سلمان بن عبدالعزيز آل سعود إلى المدينة.",
			[]string{"PER محمد بن سلمان بن عبدالعزيز آل سعود"}, []string{"PER عبدالعزيز آل سعود"}},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := mentions(res)
			for _, w := range tt.want {
				assert.Contains(t, got, w, tt.why)
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, tt.why)
			}
		}
	}
}

// TestStyleOnlyListing: الملك سلمان، الشيخ تميم, listed with the
// style: the mention is the name after it, the person keeps the listed
// canonical name and an office style (الملك) is his title; the king is
// not his son محمد بن سلمان.
func TestStyleOnlyListing(t *testing.T) {
	for _, tt := range []struct {
		why, in  string
		want     string // the person's mention
		canon    string // a name or alias of its entity
		notOther string // another person's mention the entity must not hold
	}{
		{"a king after a verb", "واستقبل الملك سلمان في الرياض وفدا تجاريا.", "PER سلمان", "سلمان بن عبد العزيز", ""},
		{"an emir after a preposition", "وبعث الرئيس برقية إلى الشيخ تميم يهنئه فيها بالعيد.", "PER تميم", "تميم بن حمد آل ثاني", ""},
		{"the king and the crown prince his son", "وقال الأمير محمد بن سلمان إن الملك سلمان وافق على الخطة.", "PER سلمان", "سلمان", "محمد بن سلمان"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := mentions(res)
			assert.Contains(t, got, tt.want, tt.why)
			for _, m := range res.Mentions {
				if m.Form != tt.want[len("PER "):] {
					continue
				}
				e := res.Entities[m.Entity]
				assert.Contains(t, append([]string{e.Name}, e.Aliases...), tt.canon, tt.why)
				if tt.notOther != "" {
					assert.NotEqual(t, tt.notOther, e.Name, tt.why)
					assert.NotContains(t, e.Aliases, tt.notOther, tt.why)
				}
			}
			for _, w := range []string{"PER الملك سلمان", "PER الشيخ تميم"} {
				assert.NotContains(t, got, w, tt.why)
			}
		}
	}
}

// TestNameBeforeThat: a speaker's name ends right before إن or أن, so the
// word between a name of two words and إن is the family name's last
// word, a common word too (حجر "stone", نصر "victory"); not a time word,
// an adverb or a word with a pronoun or a proclitic (the lead's probe).
func TestNameBeforeThat(t *testing.T) {
	for _, tt := range []struct {
		why, in   string
		want, not []string
	}{
		{"a family name of two common words", "وقال أشرف عطية حجر إن الفريق مستعد للمباراة.",
			[]string{"PER أشرف عطية حجر"}, []string{"PER أشرف عطية"}},
		{"after a title", "وقال المدرب أشرف عطية حجر إن اللاعبين جاهزون.",
			[]string{"PER أشرف عطية حجر"}, nil},
		{"after أكد", "وأكد سالم عطية نصر أن الاتفاق صامد.",
			[]string{"PER سالم عطية نصر"}, nil},
		{"a time word before إن", "وقال أشرف عطية أمس إن الفريق مستعد.",
			[]string{"PER أشرف عطية"}, []string{"PER أشرف عطية أمس"}},
		{"an adverb before إن", "وقال أشرف عطية أيضا إن الفريق مستعد.",
			nil, []string{"PER أشرف عطية أيضا"}},
		{"a pronoun-suffixed word before إن", "وقال أشرف عطية بدوره إن الفريق مستعد.",
			nil, []string{"PER أشرف عطية بدوره"}},
	} {
		for _, r := range []*Recognizer{fullOnce()} { // the rules alone read no أشرف عطية
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := mentions(res)
			for _, w := range tt.want {
				assert.Contains(t, got, w, tt.why)
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, tt.why)
			}
		}
	}
}
