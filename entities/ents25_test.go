package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBodiesByShape: bodies no list holds, found by their shape: a court
// by its rank and number (its adjectives end in an ordinal), an
// authority by its field (سلطة + a definite noun), a general directorate
// (الإدارة العامة + its field), a general company named by the ports or
// the works it runs (a ل-genitive of a rarer plural), and the armed
// forces of a monarchy or a country; a body's second task joined with
// و, and a zone's adjectives after the zone in a body's name. A black
// box is no fund. A court counted in a list, the
// occupying power, the administration of a country and the armed forces
// of no one are not.
func TestBodiesByShape(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وأصدرت المحكمة الكبرى الجنائية الثانية حكمها في القضية أمس.", "المحكمة الكبرى الجنائية الثانية"},
		{"ونظرت الدائرة المدنية الثالثة في الطعن المقدم من الشركة.", "الدائرة المدنية الثالثة"},
		{"وأوقفت سلطة الموانئ البحرية حركة السفن بسبب الضباب.", "سلطة الموانئ البحرية"},
		{"وحذرت سلطة المياه الفلسطينية من أزمة عطش في الصيف.", "سلطة المياه الفلسطينية"},
		{"وضبطت الإدارة العامة لمكافحة المخدرات شحنة كبيرة في الميناء.", "الإدارة العامة لمكافحة المخدرات"},
		{"وقالت الإدارة المركزية للإحصاء إن الأسعار ارتفعت.", "الإدارة المركزية للإحصاء"},
		{"وأعلنت الشركة العامة لمصانع الإسمنت زيادة إنتاجها.", "الشركة العامة لمصانع الإسمنت"},
		{"وفتحت الهيئة العامة لمنافذ الحدود معبرا جديدا.", "الهيئة العامة لمنافذ الحدود"},
		{"وشاركت القوات المسلحة السلطانية في عمليات الإنقاذ.", "القوات المسلحة السلطانية"},
		{"ونفذت القوات المسلحة السودانية غارات على مواقع المتمردين.", "القوات المسلحة السودانية"},
		{"ووقعت الهيئة العامة لتشجيع الصناعة وتنمية الحرف اتفاقا مع البنك.", "الهيئة العامة لتشجيع الصناعة وتنمية الحرف"},
		{"ومنحت سلطة منطقة الدقم الاقتصادية الخاصة ترخيصا لمصنع جديد.", "سلطة منطقة الدقم الاقتصادية الخاصة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
		}
	}
	for _, tt := range []struct{ in, not string }{
		{"ونقلت القضية إلى المحكمة الرابعة في القائمة.", "المحكمة الرابعة"},
		{"وقالت سلطة الاحتلال إنها ستهدم المنازل.", "سلطة الاحتلال"},
		{"وانتقدت الإدارة الأمريكية للقرار الجديد.", "الإدارة الأمريكية للقرار"},
		{"وانتشرت القوات المسلحة في الشوارع.", "القوات المسلحة"},
		{"وعثر المحققون على الصندوق الأسود للطائرة المنكوبة.", "الصندوق الأسود للطائرة"},
	} {
		res := rulesOnce().RecognizeString(tt.in)
		assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
	}
}

// TestTitleAliasesPastQualifiers: the title a person is named with
// becomes an alias when what stands between the title and the name is a
// state's body named by its nationality (وزير … في الحكومة السودانية), a
// body qualified by who appointed it (المكلفة من المجلس الرئاسي), a ruler's
// epithet before his style (المعظم الملك), a style after a rank (الفريق
// الشيخ), or when the title is one no list holds that heads a body
// named after it (عميد بلدية …، عميد كلية …).
func TestTitleAliasesPastQualifiers(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"وقال وزير المالية في الحكومة السودانية جبريل إبراهيم إن العجز كبير.", "جبريل إبراهيم", "وزير المالية"},
		{"وصرح وزير النقل في الحكومة المؤقتة المكلفة من المجلس الرئاسي سالم بوحجر بأن الطرق مغلقة.", "سالم بوحجر", "وزير النقل"},
		{"وافتتح ملك البلاد المفدى الملك محمد السادس المستشفى الجديد.", "محمد السادس", "ملك البلاد"},
		{"وأكد وزير الدفاع الفريق الشيخ جابر العلي أن الجيش جاهز.", "جابر العلي", "وزير الدفاع"},
		{"وقال عميد بلدية سرت مختار المعداني إن المياه انقطعت.", "مختار المعداني", "عميد بلدية سرت"},
		{"وأعلن عميد كلية الهندسة ماجد الحسن تأجيل الامتحانات.", "ماجد الحسن", "عميد كلية الهندسة"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		var got []string
		found := false
		for _, e := range res.Entities {
			if e.Name == tt.name {
				got, found = e.Aliases, true
			}
		}
		assert.True(t, found, "%s: %v", tt.in, mentions(res))
		assert.Contains(t, got, tt.alias, "%s: %v", tt.in, mentions(res))
	}
	// عميد alone is a rank (عميد ركن) or a doyen, no title of a body.
	res := rulesOnce().RecognizeString("وقال عميد الصحفيين العرب إن المهنة تمر بأزمة.")
	for _, e := range res.Entities {
		assert.NotContains(t, e.Aliases, "عميد الصحفيين", e.Name)
	}
}

// TestNamesNotCut: a family name compound with الله whose first word is
// a common noun (كلام، جاب، كرم) and a kunya after a one-word name the lists
// hold as another person's family name (شكري) end the name, not the
// word before them.
func TestNamesNotCut(t *testing.T) {
	tests := []struct{ in, person string }{
		{"واستقبل الرئيس وزير الخارجية محمد كلام الله في القصر.", "محمد كلام الله"},
		{"وقال النائب سمير جاب الله إن الجلسة تأجلت.", "سمير جاب الله"},
		{"وقال المدرب حسن كرم الله إن الفريق جاهز.", "حسن كرم الله"},
		{"وأوضح العقيد شكري أبو زيد أن الدورية عادت.", "شكري أبو زيد"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestBareFoundationAndCourt: المؤسسة and المحكمة written alone refer
// back to the one foundation or court the document named with that head.
func TestBareFoundationAndCourt(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"وأعلنت المؤسسة العامة للكهرباء انقطاع التيار. وقالت المؤسسة إن الصيانة تستغرق يومين.", "المؤسسة العامة للكهرباء", "المؤسسة"},
		{"وأجلت المحكمة الابتدائية الثانية النظر في القضية. وطلبت المحكمة حضور الشهود.", "المحكمة الابتدائية الثانية", "المحكمة"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		var got []string
		for _, e := range res.Entities {
			if e.Name == tt.name {
				got = e.Aliases
			}
		}
		assert.Contains(t, got, tt.alias, "%s: %v", tt.in, mentions(res))
	}
}

// TestCourtByCity: a court is named by the city it sits in, written after
// ب; a sentence after ب (بالإعدام) is no city.
func TestCourtByCity(t *testing.T) {
	for _, tt := range []struct{ in, org string }{
		{"وأدانت محكمة الجنايات بقسنطينة ثلاثة متهمين أمس.", "محكمة الجنايات بقسنطينة"},
		{"ونظرت محكمة الاستئناف بتونس في الطعن.", "محكمة الاستئناف بتونس"},
	} {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
	}
	res := rulesOnce().RecognizeString("وقضت محكمة الجنايات بالإعدام على المتهم.")
	assert.Nil(t, ents21Has(res, ORG, "محكمة الجنايات بالإعدام"), "%v", mentions(res))
}
