package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBodiesWithTails: a ministry whose name joins a second field in
// construct with و (وشؤون المغتربين) or closes with the community it
// serves abroad (… المقيمين بالخارج), and a police or forces command
// named by the force it commands (قيادة شرطة …), are read whole, not
// cut before the tail.
func TestBodiesWithTails(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وقالت وزارة العمل وشؤون المرأة في بيان إن الرواتب ستصرف.", "وزارة العمل وشؤون المرأة"},
		{"وأكدت وزارة الخارجية وشؤون المهاجرين أن القنصلية مفتوحة.", "وزارة الخارجية وشؤون المهاجرين"},
		{"وأصدرت وزارة الشؤون الخارجية والمغاربة المقيمين بالخارج بيانا مساء السبت.", "وزارة الشؤون الخارجية والمغاربة المقيمين بالخارج"},
		{"ونظمت الوزارة المكلفة بالجالية المقيمة بالخارج لقاء مع الطلبة.", ""},
		{"وأعلنت قيادة شرطة البصرة القبض على مطلوب.", "قيادة شرطة البصرة"},
		{"وقالت قيادة شرطة محافظة ميسان إن الطريق أغلق.", "قيادة شرطة محافظة ميسان"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.org != "" {
				assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}

// TestIndefiniteBodyNoName: an indefinite head with an indefinite
// adjective of its own and a ل of its task (لجنة خاصة للتحقيق، شركة
// تركية للمقاولات) is "a committee", "a company": no name (the
// guidelines take name-like phrases only); a head in construct (لجنة
// الإغاثة للطوارئ) or a definite one (الهيئة العامة للاستثمار) still
// names a body.
func TestIndefiniteBodyNoName(t *testing.T) {
	tests := []struct{ in, not string }{
		{"وشكلت الحكومة لجنة خاصة للتحقيق في الحريق.", "لجنة خاصة للتحقيق"},
		{"وفازت شركة تركية للمقاولات بعقد بناء الجسر.", "شركة تركية للمقاولات"},
		{"وتكفلت جمعية محلية للإغاثة بإيواء الأسر.", "جمعية محلية للإغاثة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
	for _, tt := range []struct{ in, org string }{
		{"وقالت الهيئة العامة للاستثمار إن الطلبات زادت.", "الهيئة العامة للاستثمار"},
		{"ووزعت جمعية الهلال الأحمر للإغاثة الطرود.", ""},
	} {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		if tt.org != "" {
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestPortfolioAdjectiveBeforeNationality: a definite adjective of a
// minister's second portfolio (والطاقة المتجددة، والطرق السريعة) before
// the title's nationality is the portfolio's, no name: the name comes
// after the nationality.
func TestPortfolioAdjectiveBeforeNationality(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وزار وزير النقل والطرق السريعة الكويتي سالم الهاجري الموقع.", "سالم الهاجري", "السريعة"},
		{"وقال وزير المياه والطاقة المتجددة الأردني رائد أبو السعود إن السد امتلأ.", "رائد أبو السعود", "المتجددة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
			assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestPlaceAfterBodyNationality: a listed place after the nationality
// of a body in a title (رئيسة مجلس الوزراء الإيطالي جورجيا ميلوني)
// begins the person's name, no part of the body's.
func TestPlaceAfterBodyNationality(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وهنأت رئيسة مجلس الوزراء الإيطالي جورجيا ميلوني الفائزين بالجائزة.", "جورجيا ميلوني", "مجلس الوزراء الإيطالي جورجيا"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
			assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestCapitalAdjective: a definite adjective of a place head before a
// listed place (العاصمة المؤقتة عدن، العاصمة الاقتصادية …) qualifies the
// head: the place is the name, and the whole phrase its alias.
func TestCapitalAdjective(t *testing.T) {
	tests := []struct{ in, place, alias, not string }{
		{"وعاد رئيس الحكومة إلى العاصمة المؤقتة عدن صباح الخميس.", "عدن", "العاصمة المؤقتة عدن", "المؤقتة"},
		{"وارتفعت الأسعار في العاصمة الاقتصادية الدار البيضاء هذا الأسبوع.", "الدار البيضاء", "العاصمة الاقتصادية الدار البيضاء", "الاقتصادية"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents21Has(res, LOC, tt.place)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Contains(t, res.Entities[m.Entity].Aliases, tt.alias, tt.in)
			}
			assert.Nil(t, ents21Has(res, LOC, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestNationalsNoName: the words for a state's nationals (رعية،
// رعيتان، رعايا) are common words, never a person the tagger reads
// alone.
func TestNationalsNoName(t *testing.T) {
	tests := []struct{ in, not string }{
		{"وأفرج المسلحون عن رعيتين فرنسيتين بعد شهرين من الاحتجاز.", "رعيتين"},
		{"وكان بين المخطوفين رعيتان يابانيتان يعملان في شركة نفط.", "رعيتان"},
		{"والمخطوفون رعيتان كنديتان ورعية بريطاني.", "رعيتان"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		for _, l := range []Label{PER, LOC, ORG, MISC} {
			assert.Nil(t, ents21Has(res, l, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
}
