package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGenericBody: a body every state has (الدفاع المدني) is one
// country's only where the text names that country's: alone it carries no
// alias of the Syrian civil defence, and after the name with its nisba it
// is that body's short form.
func TestGenericBody(t *testing.T) {
	for _, tt := range []struct{ why, in string }{
		{"an Iraqi town", "هرعت فرق الدفاع المدني إلى قضاء خانقين بعد انهيار مبنى سكني."},
		{"a Lebanese fire", "أخمد عناصر الدفاع المدني حريقا في أحراج بلدة القبيات، وقالت منظمة الدفاع المدني إن النيران أتت على عشرات الهكتارات."},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := slices.IndexFunc(res.Entities, func(e Entity) bool {
				return e.Name == "الدفاع المدني" || e.Name == "منظمة الدفاع المدني"
			})
			if assert.GreaterOrEqual(t, e, 0, "%s: %v", tt.why, res.Entities) {
				assert.NotContains(t, res.Entities[e].Aliases, "الدفاع المدني السوري", tt.why)
				assert.NotContains(t, res.Entities[e].Aliases, "الخوذ البيضاء", tt.why)
			}
		}
	}
	for _, tt := range []struct{ why, in, short, full string }{
		{"the Syrian body, then its short name", "انتشل الدفاع المدني السوري جثث ضحايا القصف. وأكد الدفاع المدني أن بين القتلى أطفالا.",
			"الدفاع المدني", "الدفاع المدني السوري"},
	} {
		assertShortOrg(t, tt.why, tt.in, tt.short, tt.full)
	}
}

// TestShortNameOfAnotherBody: a short name listed for one body is not the
// short form of another body that extends it with a nisba.
func TestShortNameOfAnotherBody(t *testing.T) {
	in := "شنت طائرات التحالف العربي غارات على مواقع الحوثيين، وقال التحالف في بيان إن الغارات أصابت أهدافها. وفي سوريا قصف التحالف الدولي مواقع التنظيم."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		arab := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == "التحالف العربي" })
		intl := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == "التحالف الدولي" })
		assert.GreaterOrEqual(t, arab, 0, "%v", res.Entities)
		assert.GreaterOrEqual(t, intl, 0, "%v", res.Entities)
	}
}

// TestNasabShortForms: a name with a nasab (بن + the father's name) is the
// same person as its first names (سعد بن خالد for سعد بن خالد بن فهد) and
// as its given and family names with the nasab left out (سامي قعوار for
// سامي بن خالد قعوار), as headlines write them.
func TestNasabShortForms(t *testing.T) {
	in := "إعفاء سعد بن خالد وسامي قعوار من منصبيهما\n\n" +
		"وقضى الأمر بإعفاء الأمير سعد بن خالد بن فهد من منصبه، كما أعفي المهندس سامي بن خالد قعوار من منصبه."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		for _, tt := range [][2]string{{"سعد بن خالد بن فهد", "سعد بن خالد"}, {"سامي بن خالد قعوار", "سامي قعوار"}} {
			e := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt[0] })
			if assert.GreaterOrEqual(t, e, 0, "%v", res.Entities) {
				assert.Contains(t, res.Entities[e].Aliases, tt[1])
			}
		}
	}
}
