package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountryAfterStateWord: دولة before the name of a country is the
// style in which the Gulf press writes it, not part of the name: the
// entity is the country named without it, and the styled form is an
// alias of that entity. (A republic or a sultanate is named with its
// head: جمهورية السنغال.)
func TestCountryAfterStateWord(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"ووقع الوزير مذكرة تفاهم مع دولة الكويت في مجال الطاقة.", "الكويت", "دولة الكويت"},
		{"وأكد السفير أن دولة قطر تدعم الحوار، وأن قطر لن تتخلى عن دورها.", "قطر", "دولة قطر"},
		{"وأعلنت دولة الإمارات العربية المتحدة عن منحة جديدة للمدارس.", "الإمارات العربية المتحدة", "دولة الإمارات العربية المتحدة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			e := entityNamed(res, tt.name)
			require.NotNil(t, e, "%s: %v", tt.in, res.Entities)
			assert.Equal(t, LOC, e.Label)
			assert.Contains(t, e.Aliases, tt.alias)
			assert.NotContains(t, e.Aliases, tt.name)
		}
	}
}

// TestRepresentativeOfBody: ممثل، ممثلة (and منسقة), written without the
// article, are a title in construct with the body represented; the
// name after the body and where it serves is the representative's, read
// whole. Before a noun no list or head names a body (ممثل النقابات) they
// are no title.
func TestRepresentativeOfBody(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وقال ممثل منظمة الصحة العالمية في السودان ألطاف كوريمي إن الوباء انحسر.", "ألطاف كوريمي"},
		{"وأكدت ممثلة منظمة الأمم المتحدة للطفولة في ليبيا سيتارا مونتيرو أن المدارس ستفتح.", "سيتارا مونتيرو"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
	in := "وأعلن ممثل النقابات المهنية رفض القانون."
	for _, m := range rulesOnce().RecognizeString(in).Mentions {
		assert.NotEqual(t, PER, m.Label, "%s: %v", in, m)
	}
}

// TestListedSurnameAsGivenName: after a title, a word the lists hold
// only as the family name of another person, before a rare word no list
// holds, begins this person's name (a country before it stays a place).
func TestListedSurnameAsGivenName(t *testing.T) {
	in := "وقالت ممثلة المفوضية في تشاد ماغات سيبوني إن اللاجئين يتدفقون."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, PER, "ماغات سيبوني"), "%v", mentions(res))
		assert.NotNil(t, ents21Has(res, LOC, "تشاد"), "%v", mentions(res))
	}
}

// TestFeminineNisbaOfCountry: السعودية after a definite feminine noun
// (السلطات السعودية، الدفاعات الجوية السعودية) is the adjective, not the
// country, and so after a place head before the place (العاصمة السعودية
// الرياض); after an indefinite noun it is the country in the genitive.
func TestFeminineNisbaOfCountry(t *testing.T) {
	for _, in := range []string{
		"وأعلنت السلطات السعودية إغلاق المعبر أمام الشاحنات.",
		"وقالت إن الدفاعات الجوية السعودية اعترضت صاروخا.",
	} {
		res := fullOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		assert.Nil(t, ents21Has(res, LOC, "السعودية"), "%s: %v", in, mentions(res))
	}
	in := "ووصل الوفد إلى العاصمة السعودية الرياض أمس."
	res := fullOnce().RecognizeString(in)
	assert.Nil(t, ents21Has(res, LOC, "السعودية"), "%v", mentions(res))
	assert.NotNil(t, ents21Has(res, LOC, "الرياض"), "%v", mentions(res))
	in = "وشدد الوزير على أهمية السعودية في المنطقة."
	assert.NotNil(t, ents21Has(fullOnce().RecognizeString(in), LOC, "السعودية"), in)
}

// TestCourtBySeat: a court is named by the place it sits in after ب,
// whether the tokens split the preposition off (بالقيروان) or not, a
// listed place or a place head with its place and quarter; a definite
// court with its adjective is a name then. A punishment after ب is no
// seat (قضت المحكمة الابتدائية بالسجن).
func TestCourtBySeat(t *testing.T) {
	tests := []struct{ in, org, notLoc string }{
		{"وقضت المحكمة الابتدائية بسوسة بسجن المتهم عامين.", "المحكمة الابتدائية بسوسة", "سوسة"},
		{"وأيدت محكمة الاستئناف بالدار البيضاء الحكم الابتدائي.", "محكمة الاستئناف بالدار البيضاء", "الدار البيضاء"},
		{"وأصدرت المحكمة الجنائية بولاية نواكشوط الشمالية حكمها أمس.", "المحكمة الجنائية بولاية نواكشوط الشمالية", "نواكشوط"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
			assert.Nil(t, ents21Has(res, LOC, tt.notLoc), "%s: %v", tt.in, mentions(res))
		}
	}
	in := "وقضت المحكمة الابتدائية بالسجن عامين على المتهم."
	for _, m := range rulesOnce().RecognizeString(in).Mentions {
		assert.NotEqual(t, "المحكمة الابتدائية بالسجن", m.Form, in)
	}
}

// TestMinistryOfGovernment: a ministry named with the government it
// belongs to after ب (وزارة الداخلية بحكومة الوحدة الوطنية) is one name,
// unless a verb that takes ب makes the government its complement.
func TestMinistryOfGovernment(t *testing.T) {
	in := "وقالت وزارة الصحة بحكومة الوفاق الوطني إن المستشفيات جاهزة."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, ORG, "وزارة الصحة بحكومة الوفاق الوطني"), "%v", mentions(res))
	}
	in = "ورحبت وزارة الصحة بحكومة الوفاق الوطني الجديدة."
	assert.Nil(t, ents21Has(rulesOnce().RecognizeString(in), ORG, "وزارة الصحة بحكومة الوفاق الوطني"), in)
}

// TestOrganOfGovernment: a listed council or office followed by ل and a
// government named by its qualifier (المجلس الرئاسي لحكومة الوفاق الوطني)
// is one body, after a title too; the council alone later is its alias.
func TestOrganOfGovernment(t *testing.T) {
	for _, in := range []string{
		"وحضر الاجتماع ممثلون عن المجلس الرئاسي لحكومة الوحدة الوطنية. وقال المجلس الرئاسي إن الهدنة صامدة.",
		"واستقبل رئيس المجلس الرئاسي لحكومة الوحدة الوطنية الوفد. وقال المجلس الرئاسي إن الهدنة صامدة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			e := entityNamed(res, "المجلس الرئاسي لحكومة الوحدة الوطنية")
			if assert.NotNil(t, e, "%s: %v", in, mentions(res)) {
				assert.Contains(t, e.Aliases, "المجلس الرئاسي")
			}
		}
	}
}

// TestKunyaPlaceJoined: a kunya joined to a place before it by a dash
// (the two ends of a road) or by و is a place's name, not a person's.
func TestKunyaPlaceJoined(t *testing.T) {
	tests := []struct{ in, place string }{
		{"وانقلبت الحافلة على طريق أسوان – أبو سمبل الصحراوي مساء أمس.", "أبو سمبل"},
		{"وامتدت الأمطار إلى مدينتي جازان وأبو عريش أمس.", "أبو عريش"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, LOC, tt.place), "%s: %v", tt.in, mentions(res))
			assert.Nil(t, ents21Has(res, PER, tt.place), "%s: %v", tt.in, mentions(res))
		}
	}
	in := "وقال أحمد العلي وأبو محمد الشامي إن القصف توقف."
	assert.Nil(t, ents21Has(rulesOnce().RecognizeString(in), LOC, "أبو محمد"), in)
}

// TestNoBodyAfterHead: a head of a body's name before what is no
// name's complement: the noun of traffic in construct (حركة عبور
// الشاحنات, as حركة العبور is), or a masculine plural in the nominative,
// the subject of the verb the head is written like (وتجمع النازحون).
func TestNoBodyAfterHead(t *testing.T) {
	for _, in := range []string{
		"وعادت حركة عبور السيارات إلى طبيعتها صباح أمس.",
		"وتجمّع النازحون قرب المعبر منذ الصباح الباكر.",
	} {
		res := fullOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		for _, m := range res.Mentions {
			assert.NotEqual(t, ORG, m.Label, "%s: %v", in, mentions(res))
		}
	}
	in := "وقال تجمع المهنيين إن الإضراب مستمر."
	assert.NotNil(t, ents21Has(rulesOnce().RecognizeString(in), ORG, "تجمع المهنيين"), in)
}

// TestWeakPlaceInList: a name the lists hold as a place and that is also
// a common word (القاع "the bottom") is a place when و joins it to a
// place named right before it.
func TestWeakPlaceInList(t *testing.T) {
	in := "وانطلقت القوافل من الهرمل والقاع باتجاه الحدود."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, LOC, "القاع"), "%v", mentions(res))
	}
}

// TestShortNameOfBodyNamedBefore: a definite head and its adjective
// alone (المديرية الإقليمية) are the short name of a body named in full
// before them, whose first words they are: a mention, and its alias.
func TestShortNameOfBodyNamedBefore(t *testing.T) {
	in := "واحتج الفلاحون أمام مقر المديرية الجهوية للفلاحة. وأكدت المديرية الجهوية في بلاغ أن الدعم سيصل."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, ORG, "المديرية الجهوية"), "%v", mentions(res))
		e := entityNamed(res, "المديرية الجهوية للفلاحة")
		if assert.NotNil(t, e, "%v", res.Entities) {
			assert.Contains(t, e.Aliases, "المديرية الجهوية")
		}
	}
	for _, in := range []string{
		"وقالت اللجنة الوطنية إن الموعد قريب.",
		// a body named by the town it serves: its head and adjective
		// alone are any town's (the council before it, here).
		"وجرت انتخابات المجلس البلدي لمدينة زليتن أمس. ويخلف المجلس الجديد المجلس البلدي الذي انتخب قبل أعوام.",
	} {
		for _, m := range rulesOnce().RecognizeString(in).Mentions {
			assert.False(t, m.Label == ORG && (m.Form == "اللجنة الوطنية" || m.Form == "المجلس البلدي"), "%s: %v", in, m)
		}
	}
}

// TestOccupiedEpithet: المحتلة after a place's name says what the place
// is, not what it is called: the entity is named without it, and the
// form with it is an alias.
func TestOccupiedEpithet(t *testing.T) {
	in := "وجال الوفد البرلماني في قرى الجولان المحتل أمس."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		e := entityNamed(res, "الجولان")
		if assert.NotNil(t, e, "%v", res.Entities) {
			assert.Contains(t, e.Aliases, "الجولان المحتل")
		}
	}
}
