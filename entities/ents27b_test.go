package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBareHeadNamedBefore: a bare head noun (المحكمة، المديرية) refers
// back to the one body of its kind named before it, though another of
// the kind is named later in the document; with two named before it,
// none.
func TestBareHeadNamedBefore(t *testing.T) {
	tests := []struct{ in, body, alias, other string }{
		{"قضت محكمة الجنايات الأولى في المنامة بسجن ثلاثة متهمين عشر سنوات. وقضت المحكمة كذلك بتغريمهم. ويجوز الطعن في الحكم أمام محكمة التمييز خلال شهر.",
			"محكمة الجنايات الأولى", "المحكمة", "محكمة التمييز"},
		{"أعلنت مديرية الدفاع المدني في الموصل انتشال جثتين. وقالت المديرية في بيان إن البحث مستمر. وقررت مديرية تربية نينوى تعطيل الدوام.",
			"مديرية الدفاع المدني", "المديرية", "مديرية تربية نينوى"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := entityNamed(res, tt.body)
			if assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
				assert.Contains(t, e.Aliases, tt.alias, tt.in)
			}
			if o := entityNamed(res, tt.other); o != nil {
				assert.NotContains(t, o.Aliases, tt.alias, tt.in)
			}
		}
	}
	in := "وأعلنت وزارة الصحة تسجيل إصابات جديدة، وقالت وزارة الداخلية إن الطرق مفتوحة. وأكدت الوزارة أن الوضع مستقر."
	res := rulesOnce().RecognizeString(in)
	for _, name := range []string{"وزارة الصحة", "وزارة الداخلية"} {
		if e := entityNamed(res, name); e != nil {
			assert.NotContains(t, e.Aliases, "الوزارة", in)
		}
	}
}

// TestEnvoySentToAlias: an envoy's or an ambassador's title with where
// he is sent (المبعوث الأممي إلى …، السفير … لدى …), no organization
// between, is an alias of the person named after it, as the title with
// an organization is.
func TestEnvoySentToAlias(t *testing.T) {
	tests := []struct{ in, person, alias string }{
		{"وحذر المبعوث الأممي إلى ليبيا غسان سلامة من عودة القتال.", "غسان سلامة", "المبعوث الأممي إلى ليبيا"},
		{"وأكدت المبعوثة الخاصة إلى سوريا ستيفاني وليامز أن الحوار مستمر.", "ستيفاني وليامز", "المبعوثة الخاصة إلى سوريا"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := entityNamed(res, tt.person)
			if assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
				assert.Contains(t, e.Aliases, tt.alias, tt.in)
			}
		}
	}
}

// TestParticleBeforeMonth: a European particle after a given name takes
// the word after it, a month's name too, with no title before the name
// as with one (خوسيه دي أبريل, not خوسيه دي and a month).
func TestParticleBeforeMonth(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وصرح فرناندو دي مايو للصحفيين بأن المفاوضات تعثرت.", "فرناندو دي مايو"},
		{"وأعلن أنطونيو دي أبريل استقالته من الحزب.", "أنطونيو دي أبريل"},
	}
	for _, tt := range tests {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
	}
}

// TestFamilyNameWithGeneration: a family name written alone with the
// word of a generation after it (الابن، الأب، الحفيد) is another of the
// family than the one the document names in full, not him.
func TestFamilyNameWithGeneration(t *testing.T) {
	tests := []struct{ in, father, son string }{
		{"وأسس كميل شمعون الحزب عام 1958. وقال شمعون الابن إن الحزب باق.", "كميل شمعون", "شمعون الابن"},
		{"وانتخب سليمان فرنجية رئيسا عام 1970. وقال فرنجية الحفيد إن العائلة متمسكة بالحوار.", "سليمان فرنجية", "فرنجية الحفيد"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			f := entityNamed(res, tt.father)
			if assert.NotNil(t, f, "%s: %v", tt.in, mentions(res)) {
				for _, mi := range f.Mentions {
					assert.NotEqual(t, tt.son, res.Mentions[mi].Form, tt.in)
					assert.NotContains(t, tt.son, res.Mentions[mi].Form+" ", tt.in)
				}
			}
			assert.NotNil(t, ents21Has(res, PER, tt.son), "%s: %v", tt.in, mentions(res))
		}
	}
}
