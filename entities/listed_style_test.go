package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFirstNameOfListedStyle: a one-word name after a style (الأمير محمد)
// whose full name the document writes without that style goes to the
// person the lists write with the style, when only one such person of
// that first name is named; two or none leave the short name alone.
func TestFirstNameOfListedStyle(t *testing.T) {
	for _, tt := range []struct {
		why, in     string
		same, apart [][2]string
	}{
		{"the prince among two of that first name",
			"التقى وزير خارجية قطر محمد بن عبد الرحمن آل ثاني في الرياض محمد بن سلمان يوم الأحد. وقال الأمير محمد إن البلدين متفقان.",
			[][2]string{{"محمد بن سلمان", "محمد"}}, [][2]string{{"محمد بن عبد الرحمن آل ثاني", "محمد"}}},
		{"the sheikh listed with his style",
			"استقبل محمد بن زايد في أبوظبي الرئيس الفرنسي. وأكد الشيخ محمد أهمية التعاون بين البلدين.",
			[][2]string{{"محمد بن زايد", "محمد"}}, nil},
		{"two princes of that first name listed with the style: neither",
			"اجتمع محمد بن سلمان مع محمد بن نايف في جدة. وقال الأمير محمد إن الاجتماع كان مثمرا.",
			nil, [][2]string{{"محمد بن سلمان", "محمد"}, {"محمد بن نايف", "محمد"}}},
		{"an office is no style of the lists",
			"التقى وزير خارجية قطر محمد بن عبد الرحمن آل ثاني في الرياض محمد بن سلمان يوم الأحد. وقال الوزير محمد إن البلدين متفقان.",
			nil, [][2]string{{"محمد بن سلمان", "محمد"}}},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			ents := func(form string) []int {
				var out []int
				for _, m := range res.Mentions {
					if m.Label == PER && m.Form == form {
						out = append(out, m.Entity)
					}
				}
				require.NotEmpty(t, out, "%s: no person %q in %v", tt.why, form, mentions(res))
				return out
			}
			for _, p := range tt.same {
				assert.Subset(t, ents(p[0]), ents(p[1]), "%s: %q and %q: %v", tt.why, p[0], p[1], res.Entities)
			}
			for _, p := range tt.apart {
				for _, e := range ents(p[1]) {
					assert.NotContains(t, ents(p[0]), e, "%s: %q and %q: %v", tt.why, p[0], p[1], res.Entities)
				}
			}
		}
	}
}

// TestCrownPrinceIsATitle: ولي العهد السعودي is the office of the person
// named after it, not a name of his: no person mention, the role and the
// title as written among the person's aliases, as the team's
// annotations give it; الأمير محمد further on is still the prince.
func TestCrownPrinceIsATitle(t *testing.T) {
	for _, tt := range []struct {
		why, in string
		short   int // the mentions of الأمير محمد alone
	}{
		{"before the styled name",
			"وجرى اتصال هاتفي بين ولي العهد السعودي الأمير محمد بن سلمان وجاريد كوشنر بشأن الأزمة.", 0},
		{"another محمد named first",
			"وكتب وزير خارجية قطر محمد بن عبد الرحمن آل ثاني تغريدة. وصدرت تصريحات عن ولي العهد السعودي الأمير محمد بن سلمان هذا الشهر. واعتبر الأمير محمد أن إسرائيل اقتصاد كبير.", 1},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			for _, m := range res.Mentions {
				assert.False(t, m.Label == PER && m.Form == "ولي العهد السعودي", "%s: the title is no person: %v", tt.why, mentions(res))
			}
			var prince *Entity
			for e := range res.Entities {
				if res.Entities[e].Name == "محمد بن سلمان" {
					prince = &res.Entities[e]
				}
			}
			require.NotNil(t, prince, "%s: %v", tt.why, res.Entities)
			assert.Contains(t, prince.Aliases, "ولي العهد السعودي", tt.why)
			assert.True(t, slices.ContainsFunc(prince.Roles, func(r Role) bool { return r.Title == "ولي العهد" }), "%s: %v", tt.why, prince.Roles)
			short := 0
			for _, m := range res.Mentions {
				if m.Label == PER && m.Form == "محمد" {
					short++
					assert.Equal(t, prince.ID, res.Entities[m.Entity].ID, "%s: الأمير محمد", tt.why)
				}
			}
			assert.Equal(t, tt.short, short, "%s: the mentions of الأمير محمد alone: %v", tt.why, mentions(res))
		}
	}
}

// TestStyledShortNameAlias: a one-word name joined to a longer one by its
// style keeps the style as written in its alias, as the annotations
// write it (الأمير محمد, الملك عبد الله).
func TestStyledShortNameAlias(t *testing.T) {
	for _, tt := range []struct{ why, in, name, alias string }{
		{"a prince", "وصدرت تصريحات عن ولي العهد السعودي الأمير محمد بن سلمان هذا الشهر. واعتبر الأمير محمد أن إسرائيل اقتصاد كبير.",
			"محمد بن سلمان", "الأمير محمد"},
		{"a king", "حذر الملك الأردني عبد الله الثاني من دخول البلاد في المجهول. وعزا الملك عبد الله ما تعيشه بلاده إلى الظرف الاقتصادي.",
			"عبد الله الثاني", "الملك عبد الله"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
			if assert.GreaterOrEqual(t, k, 0, "%s: %v", tt.why, res.Entities) {
				assert.Contains(t, res.Entities[k].Aliases, tt.alias, tt.why)
			}
		}
	}
}
