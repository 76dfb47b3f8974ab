package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// titleOrgCase is a sentence with a title, a body and a name: the person,
// his role's title and the role's organization by name.
type titleOrgCase struct{ why, in, person, title, org string }

// checkTitleOrgCases asserts each case with the rules alone and with the
// tagger: the person is an entity whose first role has the title and the
// organization.
func checkTitleOrgCases(t *testing.T, cases []titleOrgCase) {
	t.Helper()
	for _, tt := range cases {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			p := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.person })
			if !assert.GreaterOrEqual(t, p, 0, "%s: %v", tt.why, res.Entities) {
				continue
			}
			roles := res.Entities[p].Roles
			if assert.NotEmpty(t, roles, tt.why) {
				assert.Equal(t, tt.title, roles[0].Title, tt.why)
				if assert.GreaterOrEqual(t, roles[0].Org, 0, tt.why) {
					assert.Equal(t, tt.org, res.Entities[roles[0].Org].Name, tt.why)
				}
			}
		}
	}
}

// TestTitleInBody: a title, then في and a body named by its head noun (not
// listed), then a name: the name is the person's, the body his role's
// organization; the adjectives after the body are passed over, not made
// part of its name (قناة "الأفق" الفضائية: the channel is الأفق).
func TestTitleInBody(t *testing.T) {
	checkTitleOrgCases(t, []titleOrgCase{
		{"a member of a council", "وقال النائب في مجلس المحافظة كريم الساعدي إن الطريق مغلق منذ أيام.",
			"كريم الساعدي", "النائب", "مجلس المحافظة"},
		{"a director in a ministry", "وأكد المدير العام في وزارة النقل عادل الشمري أن العمل مستمر.",
			"عادل الشمري", "المدير العام", "وزارة النقل"},
		{"a journalist of a channel with its adjective", "وأصيب الصحفي في قناة \"الأفق\" الفضائية سمير داود بجروح.",
			"سمير داود", "الصحفي", "الأفق"},
	})
}

// TestForcesByNationality: a navy, a coast guard or a border guard named
// by its nationality is an organization (as الجيش السوري is), also as the
// body of a spokesman's title; البحرية after a definite noun is that
// noun's adjective (الحدود البحرية اللبنانية).
func TestForcesByNationality(t *testing.T) {
	for _, tt := range []struct{ why, in, org string }{
		{"a navy", "وأعلنت البحرية المصرية إحباط محاولة تهريب قرب السواحل.", "البحرية المصرية"},
		{"a coast guard", "وانتشل خفر السواحل اليوناني جثث ثلاثة مهاجرين قبالة جزيرة ليسبوس.", "خفر السواحل اليوناني"},
		{"a border guard", "وأطلق حرس الحدود الإيراني النار على سيارة مهربين.", "حرس الحدود الإيراني"},
		{"a spokesman's body", "وقال المتحدث باسم البحرية التونسية العقيد سامي بن علي إن الزورق أنقذ عشرين شخصا.", "البحرية التونسية"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.GreaterOrEqual(t, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG && m.Text == tt.org }), 0, "%s: %v", tt.why, mentions(res))
		}
	}
	in := "ووقع البلدان اتفاقا لترسيم الحدود البحرية اللبنانية القبرصية."
	res := rulesOnce().RecognizeString(in)
	assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG }), "%v", mentions(res))
}

// TestSpokesmanWithQualifier: a spokesman's title with الرسمي or الإعلامي
// before باسم (الناطق الإعلامي باسم …) is one title: باسم ("in the name
// of") is no given name there.
func TestSpokesmanWithQualifier(t *testing.T) {
	for _, tt := range []struct{ why, in, person string }{
		{"a media spokesman of a directorate", "وقال الناطق الإعلامي باسم مديرية الدفاع المدني الرائد زياد حسن إن الحريق أخمد.", "زياد حسن"},
		{"an official spokeswoman", "وقالت الناطقة الرسمية باسم الحكومة سلمى يوسف إن الاجتماع تأجل.", "سلمى يوسف"},
		{"no name after it", "وأكد الناطق الرسمي باسم الحكومة أن القرار نهائي.", ""},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == "باسم" }), "%s: %v", tt.why, mentions(res))
			if tt.person != "" {
				assert.GreaterOrEqual(t, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == PER && m.Text == tt.person }), 0, "%s: %v", tt.why, mentions(res))
			}
		}
	}
}
