package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRoyalStylesAndFacilities: the king's style خادم الحرمين الشريفين
// names no one by itself, nor does the office written after it (أمير
// منطقة …); and an airport, a bridge or a hospital named after a king, a
// queen or a full name is a place, not the person (found by the seventh
// blind measure, a Saudi Press Agency style text).
func TestRoyalStylesAndFacilities(t *testing.T) {
	for _, tt := range []struct {
		why, in   string
		want, not []string
	}{
		{"an adviser of the king who governs a region",
			"وحضر الحفل الأمير فيصل بن سلمان مستشار خادم الحرمين الشريفين أمير منطقة المدينة المنورة.",
			[]string{"PER فيصل بن سلمان"}, []string{"PER خادم الحرمين الشريفين", "PER الحرمين الشريفين", "PER أمير"}},
		{"the style alone, as subject and after a preposition",
			"وأشاد خادم الحرمين الشريفين بجهود العاملين في الحج. ونقل الوزير تحيات خادم الحرمين الشريفين إلى المشاركين.",
			nil, []string{"PER خادم الحرمين الشريفين", "PER الحرمين الشريفين"}},
		{"an airport named after a king, behind a proclitic",
			"وغادر الضيف من مطار الملك خالد الدولي، وكان في وداعه بمطار الملك عبدالعزيز الدولي نائب أمير المنطقة.",
			[]string{"LOC مطار الملك خالد الدولي", "LOC مطار الملك عبدالعزيز الدولي"}, []string{"PER خالد", "PER عبدالعزيز"}},
		{"a bridge named after a king",
			"وعبرت الشاحنات جسر الملك فهد باتجاه البحرين.",
			[]string{"LOC جسر الملك فهد"}, []string{"PER فهد"}},
		{"an airport named after a queen",
			"وهبطت الطائرة في مطار الملكة علياء الدولي جنوب العاصمة.",
			[]string{"LOC مطار الملكة علياء الدولي"}, []string{"PER علياء"}},
		{"an airport named after a full name",
			"واستقبل الوزير ضيفه في مطار رفيق الحريري الدولي في بيروت.",
			[]string{"LOC مطار رفيق الحريري الدولي"}, []string{"PER رفيق الحريري"}},
		{"a king named without a facility stays a person",
			"واستقبل الملك عبدالله الثاني في عمان رئيس الوزراء العراقي.",
			[]string{"PER عبدالله الثاني"}, nil},
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
			for _, m := range res.Mentions {
				if m.Label == LOC && len(res.Entities[m.Entity].Roles) > 0 {
					t.Errorf("%s: the place %q has roles %v", tt.why, m.Form, res.Entities[m.Entity].Roles)
				}
			}
		}
	}
}

// TestSoleStyleAlias: the king's style written right before his name is
// his alias (the events stage then reads the style written alone as the
// king); a style after another person's name, or a style many bear,
// is no one's alias.
func TestSoleStyleAlias(t *testing.T) {
	for _, tt := range []struct {
		why, in, person string
		alias           bool
	}{
		{"the style, the office and the listed name",
			"وافتتح خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود المعرض. وأكد خادم الحرمين الشريفين دعم المملكة للمبادرة.",
			"سلمان بن عبدالعزيز آل سعود", true},
		{"the style behind a proclitic, the name without the office",
			"ونقل الوزير تحيات لخادم الحرمين الشريفين سلمان بن عبدالعزيز إلى الحضور.",
			"سلمان بن عبدالعزيز", true},
		{"an adviser of the king is not the king",
			"وحضر الأمير فيصل بن سلمان مستشار خادم الحرمين الشريفين الحفل.",
			"فيصل بن سلمان", false},
		{"a style many princes bear is no alias",
			"واستقبل صاحب السمو الملكي الأمير فيصل بن سلمان في المدينة المنورة وفدا من الجامعة.",
			"فيصل بن سلمان", false},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		found := false
		for _, e := range res.Entities {
			if e.Label != PER || e.Name != tt.person {
				continue
			}
			found = true
			has := false
			for _, a := range e.Aliases {
				has = has || a == "خادم الحرمين الشريفين"
			}
			assert.Equal(t, tt.alias, has, "%s: %q aliases %q", tt.why, e.Name, e.Aliases)
		}
		assert.True(t, found, "%s: no person %q in %v", tt.why, tt.person, res.Entities)
	}
}
