package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ents19Mention returns the mention of res whose form is form, or nil.
func ents19Mention(res *Result, form string) *Mention {
	for i := range res.Mentions {
		if res.Mentions[i].Form == form {
			return &res.Mentions[i]
		}
	}
	return nil
}

// TestBodyNamedByAdjectives: a definite head and two adjectives ending
// with an adjective of names is a body's name, masculine nisbas and an
// Arab or Islamic last adjective included, also after لل (the mention
// begins after the preposition).
func TestBodyNamedByAdjectives(t *testing.T) {
	tests := []struct{ in, org string }{
		{"ووجه رئيس المجلس خطابا للاتحاد البرلماني العربي يدعوه إلى الانعقاد.", "الاتحاد البرلماني العربي"},
		{"وشارك الوفد في أعمال الاتحاد البرلماني الدولي بجنيف.", "الاتحاد البرلماني الدولي"},
		{"وأعلن المجلس الاقتصادي الأعلى خطته الجديدة.", "المجلس الاقتصادي الأعلى"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents19Mention(res, tt.org)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, m.Label, tt.in)
				if strings.Contains(tt.in, "لل"+strings.TrimPrefix(tt.org, "ال")) {
					assert.Equal(t, "ل"+strings.TrimPrefix(tt.org, "ال"), m.Text, "the mention begins after the preposition")
				}
			}
		}
	}
	// A word of time is no adjective of a name.
	in := "وقال المجلس البلدي الحالي العام إن الموازنة أقرت."
	res := rulesOnce().RecognizeString(in)
	assert.Nil(t, ents19Mention(res, "المجلس البلدي الحالي العام"), "%v", mentions(res))
}

// TestListedBodyPurpose: a listed body named whole takes no ل-genitive
// of purpose after it (what it is asked or offered for); a listed body of
// a body goes on with its field.
func TestListedBodyPurpose(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وأرسلت الحكومة طلبا للاتحاد الأوروبي لتمويل المشروعات الصغيرة.", "الاتحاد الأوروبي"},
		{"وتقدمت الوزارة بعرض للبنك الدولي لدراسة الخطة الجديدة.", "البنك الدولي"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents19Mention(res, tt.org)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, m.Label, tt.in)
			}
		}
	}
	in := "وأصدرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين تقريرها السنوي."
	res := rulesOnce().RecognizeString(in)
	assert.NotNil(t, ents19Mention(res, "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"), "%v", mentions(res))
}

// TestNationalFederations: a national body's field written with ل kept on
// the noun (لكرة القدم) after its nationality ends the name: the Maghrebi
// جامعة of a sport is a federation, named whole.
func TestNationalFederations(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وعاقبت الجامعة الجزائرية لكرة اليد المدرب بالإيقاف.", "الجامعة الجزائرية لكرة اليد"},
		{"وأكد رئيس الجامعة التونسية لكرة السلة أن البطولة ستستأنف.", "الجامعة التونسية لكرة السلة"},
		{"وأصدر الاتحاد الأردني لكرة الطائرة بيانا.", "الاتحاد الأردني لكرة الطائرة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents19Mention(res, tt.org)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, m.Label, tt.in)
			}
		}
	}
}

// TestFirmAdjectives: a bank's or a company's name goes on after a listed
// place or name with the adjective of its trade.
func TestFirmAdjectives(t *testing.T) {
	tests := []struct{ in, org string }{
		{"ورفع مصرف الخليج التجاري رأسماله هذا العام.", "مصرف الخليج التجاري"},
		{"ومنح بنك الكويت الصناعي قروضا للمصانع.", "بنك الكويت الصناعي"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents19Mention(res, tt.org)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, m.Label, tt.in)
			}
		}
	}
}

// TestNamesNotRunOn: a person's name ends before the verb's object or the
// verb and its object: a common noun of the lists, a frequent sound
// plural, a verb of three letters before a frequent definite noun; a given
// name no list holds before بن and a name after a title begins the name.
func TestNamesNotRunOn(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وتفقدت الوزيرة سنية بن صالح الجرحى في المستشفى الجهوي.", "سنية بن صالح", "الجرحى"},
		{"وزار المحافظ كمال بن حسين المصابين في قسم الطوارئ.", "كمال بن حسين", "المصابين"},
		{"وأعلن رئيس البنك سامر نادر رفع الأسعار الأسبوع المقبل.", "سامر نادر", "رفع"},
		{"وقال المتحدث بير حسين كوليوند إن فرق الإنقاذ وصلت.", "بير حسين كوليوند", ""},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		m := ents19Mention(res, tt.person)
		if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
			assert.Equal(t, PER, m.Label, tt.in)
		}
		if tt.not != "" {
			assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == PER && strings.Contains(m.Form, tt.not) }), "%s: %v", tt.in, mentions(res))
		}
	}
	// A forebear's listed given name before the family name stays.
	in := "وقال الوزير أحمد كريم نجم الشريف إن الخطة جاهزة."
	res := fullOnce().RecognizeString(in)
	assert.NotNil(t, ents19Mention(res, "أحمد كريم نجم الشريف"), "%v", mentions(res))
}

// TestFacilityAfterUnlistedPerson: a stadium named after a person no list
// holds is a place whole, and ب and a rare word after the family name is
// the town it stands in.
func TestFacilityAfterUnlistedPerson(t *testing.T) {
	in := "وجرت المباراة على ملعب زويتن الشاذلي بقرمدة."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	m := ents19Mention(res, "ملعب زويتن الشاذلي")
	if assert.NotNil(t, m, "%v", mentions(res)) {
		assert.Equal(t, LOC, m.Label)
	}
	town := ents19Mention(res, "قرمدة")
	if assert.NotNil(t, town, "%v", mentions(res)) {
		assert.Equal(t, LOC, town.Label)
		assert.Equal(t, "قرمدة", town.Text)
	}
	in = "ونقل المصابون إلى مركز مصراتة الطبي لتلقي العلاج."
	res = fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.NotNil(t, ents19Mention(res, "مركز مصراتة الطبي"), "%v", mentions(res))
}

// TestAliasesAndLongTitles: a name after an epithet of naming and ب is
// another name of the person before it; a nationality's direction
// (الجنوبي) leaves the name after it the title's; a weak given name with
// the article before a listed person leaves the title to that person.
func TestAliasesAndLongTitles(t *testing.T) {
	in := "واعتقلت الشرطة مختار بلمختار المكنى بأبي العباس في الجنوب."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	a, b := ents19Mention(res, "مختار بلمختار"), ents19Mention(res, "أبي العباس")
	if assert.NotNil(t, a, "%v", mentions(res)) && assert.NotNil(t, b, "%v", mentions(res)) {
		assert.Equal(t, a.Entity, b.Entity, "the kunya names the same person")
	}

	in = "واستقبل وزير التجارة والصناعة الكوري الجنوبي كيم هيون-جونغ الوفد."
	res = fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	p := ents19Mention(res, "كيم هيون-جونغ")
	if assert.NotNil(t, p, "%v", mentions(res)) && assert.NotEmpty(t, res.Entities[p.Entity].Roles, "%v", res.Entities[p.Entity]) {
		assert.Equal(t, "وزير التجارة والصناعة", res.Entities[p.Entity].Roles[0].Title)
	}

	in = "وأكدت وزيرة شؤون الأسرة هالة الصفدي أن البرنامج سيتوسع."
	res = fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	p = ents19Mention(res, "هالة الصفدي")
	if assert.NotNil(t, p, "%v", mentions(res)) && assert.NotEmpty(t, res.Entities[p.Entity].Roles, "%v", res.Entities[p.Entity]) {
		assert.Equal(t, "وزيرة شؤون الأسرة", res.Entities[p.Entity].Roles[0].Title, "a portfolio in construct with شؤون")
	}

	in = "وهنأ الرئيس الطيب أردوغان الفريق الفائز."
	res = fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.Nil(t, ents19Mention(res, "الطيب"), "%v", mentions(res))
	e := ents19Mention(res, "أردوغان")
	if assert.NotNil(t, e, "%v", mentions(res)) {
		ent := res.Entities[e.Entity]
		assert.Contains(t, append([]string{ent.Name}, ent.Aliases...), "رجب طيب أردوغان")
		if assert.NotEmpty(t, ent.Roles) {
			assert.Equal(t, "الرئيس", ent.Roles[0].Title)
		}
	}
}
