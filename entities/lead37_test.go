package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuotedPredicateIsNoName: quotes right after a definite head that is
// the subject of a clause opened by إن or أن hold what is said of that
// body (وقالت إن الوزارة "ستتخذ الإجراءات اللازمة"), no name; an
// indefinite head before quotes still names (حركة "حماس"). Sentences
// written for this test.
func TestQuotedPredicateIsNoName(t *testing.T) {
	for _, c := range []struct{ in, quoted, name string }{
		{`وقالت المتحدثة إن الوزارة "ستتخذ الإجراءات اللازمة" بحق المخالفين.`, "ستتخذ الإجراءات اللازمة", ""},
		{`وأكد رئيس البرلمان أن المجلس "ملتزم بالأطر الدستورية".`, "ملتزم بالأطر الدستورية", ""},
		{`وأضاف بأن الهيئة "لن تتهاون مع أي تجاوز".`, "لن تتهاون مع أي تجاوز", ""},
		{`وقال إن حركة "حماس" لن تتراجع.`, "", "حماس"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			found := false
			for _, m := range res.Mentions {
				if c.quoted != "" {
					assert.NotEqual(t, c.quoted, m.Text, "%s: %+v", c.in, m)
				}
				found = found || m.Text == c.name
			}
			if c.name != "" {
				assert.True(t, found, "%s: %+v", c.in, res.Mentions)
			}
		}
	}
}

// TestForeignSurnameInAni: a foreign family name ending in -اني after a
// title and a given name (وزير الخارجية الإيطالي أنطونيو تاياني) is part of
// the name, though a verb may end so with its object pronoun (أعطاني):
// the name was cut to its given name. Sentences written for this test.
func TestForeignSurnameInAni(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"واستقبل الرئيس وزير الخارجية الإيطالي أنطونيو تاياني، الذي يزور الجزائر.", "أنطونيو تاياني"},
		{"وصرح السفير الإيطالي لدى تونس ماركو فيلاني بأن بلاده ستدعم المشروع.", "ماركو فيلاني"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			found := false
			for _, m := range res.Mentions {
				found = found || m.Label == PER && m.Text == c.name
			}
			assert.True(t, found, "%s: %+v", c.in, res.Mentions)
		}
	}
}

// TestClubNamedWithAdjectives: a club is named by one word, listed or not,
// then adjectives of its kind, its city or its country (نادي الوداد
// الرياضي، نادي الفتح الرياضي الرباطي); a definite noun that is no
// adjective after them is the verb's object (التعاقد، الانسحاب).
// Sentences written for this test.
func TestClubNamedWithAdjectives(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"وأعلن نادي الوداد الرياضي، مساء أمس الاثنين، التعاقد مع المدرب التونسي فوزي البنزرتي.", "نادي الوداد الرياضي"},
		{"وأعلن نادي الفتح الرياضي الرباطي التعاقد مع مدرب جديد للفريق الأول.", "نادي الفتح الرياضي الرباطي"},
		{"وقرر نادي الجيش الملكي الانسحاب من البطولة احتجاجا على التحكيم.", "نادي الجيش الملكي"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			found := false
			for _, m := range res.Mentions {
				found = found || m.Label == ORG && m.Text == c.name
			}
			assert.True(t, found, "%s: %+v", c.in, res.Mentions)
		}
	}
}

// TestCampHead: معسكر before a name is a camp's head, as مخيم is (معسكر أبو
// شوك للنازحين: the camp's place أبو شوك), though alone it is the Algerian
// city the lists hold (ولاية معسكر، وصل إلى معسكر). Sentences written for
// this test.
func TestCampHead(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"وزار الوفد معسكر أبو شوك للنازحين في الفاشر.", "أبو شوك"},
		{"ووقع الحادث في ولاية معسكر غرب الجزائر.", "معسكر"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(c.in)
			checkInvariants(t, c.in, res)
			found := false
			for _, m := range res.Mentions {
				found = found || m.Label == LOC && m.Form == c.name
			}
			assert.True(t, found, "%s: %+v", c.in, res.Mentions)
		}
	}
}
