package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBodiesByQualifier: a government named by what it was formed for
// (الوحدة الوطنية، الإنقاذ، الاستقرار), a security force by its branch
// (قوى الأمن الداخلي، قوات الأمن العام) and a municipality by a town that
// is also a common word (بلدية صور) are organizations no list holds; a
// government named by its leader or its occupier, and security forces
// without a branch, are not.
func TestBodiesByQualifier(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وقررت حكومة الوحدة الوطنية صرف تعويضات للمتضررين من الفيضانات.", "حكومة الوحدة الوطنية"},
		{"ونفت حكومة الإنقاذ الوطني في صنعاء صحة التقارير.", "حكومة الإنقاذ الوطني"},
		{"وتعهد وزير المالية في حكومة الاستقرار أسامة حماد بدفع الرواتب.", "حكومة الاستقرار"},
		{"ودعا رئيس حكومة التوافق الوطني الأطراف إلى الحوار.", "حكومة التوافق الوطني"},
		{"وضبطت قوى الأمن الداخلي شبكة لتهريب الأدوية في طرابلس.", "قوى الأمن الداخلي"},
		{"وانتشرت قوات الأمن العام في أحياء المدينة بعد الاشتباكات.", "قوات الأمن العام"},
		{"وأعلنت بلدية صور عن خطة لتنظيف الشاطئ.", "بلدية صور"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
		}
	}
	for _, tt := range []struct{ in, not string }{
		{"وانتقدت المعارضة حكومة نتنياهو بسبب الميزانية.", "حكومة نتنياهو"},
		{"وقالت حكومة الاحتلال إنها سترد على الهجوم.", "حكومة الاحتلال"},
		{"وانتشرت قوات الأمن في الشوارع بعد المظاهرات.", "قوات الأمن"},
		{"وتعرضت قوى الأمن لهجوم في المدينة.", "قوى الأمن"},
	} {
		res := rulesOnce().RecognizeString(tt.in)
		assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
	}
}

// TestNameEndsBeforeCommonNoun: after a name that has its family or its
// father's part already, a frequent definite common noun is the verb's
// object, no further part of the name; a nisba, a given name with the
// article and a rare word still end the name.
func TestNameEndsBeforeCommonNoun(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وافتتح الأمير فيصل بن الحسين المعرض الدولي للكتاب.", "فيصل بن الحسين", "فيصل بن الحسين المعرض"},
		{"وقدمت الوزيرة هالة زواتي الدعم اللازم للبلديات.", "هالة زواتي", "هالة زواتي الدعم"},
		{"ورعى الشيخ سالم بن حمد الحفل الختامي للمهرجان.", "سالم بن حمد", "سالم بن حمد الحفل"},
		{"وقال الأمير تركي بن محمد الفيصل إن الرياض تدعم الحل.", "تركي بن محمد الفيصل", ""},
		{"وأكد سعود بن عبدالله القحطاني أن العمل مستمر.", "سعود بن عبدالله القحطاني", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
			if tt.not != "" {
				assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}

// TestAbuPlaceAfterIn: أبو in the nominative right after في or قرب
// begins a place's name (a person there would be أبي), while a person
// named with أبو after إلى or من stays a person.
func TestAbuPlaceAfterIn(t *testing.T) {
	for _, in := range []string{
		"واندلعت اشتباكات عنيفة في أبو دالي بريف المدينة.",
		"وسقطت قذيفة قرب أبو دالي صباح اليوم.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			assert.NotNil(t, ents21Has(res, LOC, "أبو دالي"), "%s: %v", in, mentions(res))
			assert.Nil(t, ents21Has(res, PER, "أبو دالي"), "%s: %v", in, mentions(res))
		}
	}
	res := rulesOnce().RecognizeString("ووجه الرئيس رسالة إلى أبو حسن العامري أمس.")
	assert.Nil(t, ents21Has(res, LOC, "أبو حسن"), "%v", mentions(res))
}

// TestTitleOfHeadedPlace: a title in construct with a place named with
// its head (ولاية، إقليم) before a person's name gives the person the
// whole title phrase as an alias, as a listed place alone does (محافظ
// حلب فلان).
func TestTitleOfHeadedPlace(t *testing.T) {
	tests := []struct{ in, person, alias string }{
		{"واستقبل رئيس ولاية جوبالاند أحمد مادوبي وفدا من الحكومة.", "أحمد مادوبي", "رئيس ولاية جوبالاند"},
		{"وقال حاكم إقليم النيل الأزرق أحمد العمدة إن الوضع هادئ.", "أحمد العمدة", "حاكم إقليم النيل الأزرق"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents21Has(res, PER, tt.person)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Contains(t, res.Entities[m.Entity].Aliases, tt.alias, "%s", tt.in)
			}
		}
	}
}

// TestFieldConstructAlias: a body named by a definite head, adjectives
// and its field after ل is named again by the head in construct with
// the field (مفوضية الانتخابات), which joins it.
func TestFieldConstructAlias(t *testing.T) {
	tests := []struct{ in, full, short string }{
		{"وأعلنت اللجنة العليا المستقلة للانتخابات موعد الاقتراع، وقالت لجنة الانتخابات إن التسجيل مفتوح.", "اللجنة العليا المستقلة للانتخابات", "لجنة الانتخابات"},
		{"وقال الاتحاد العام التونسي للشغل إن المفاوضات تعثرت، وهدد اتحاد الشغل بالإضراب.", "الاتحاد العام التونسي للشغل", "اتحاد الشغل"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := ents21Has(res, ORG, tt.full)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Contains(t, res.Entities[m.Entity].Aliases, tt.short, "%s", tt.in)
			}
		}
	}
}

// TestSpringBeforeSurname: عين before a surname the lists hold, after a
// base's head or a preposition, is a place's name (the spring's), no
// person.
func TestSpringBeforeSurname(t *testing.T) {
	for _, in := range []string{
		"وسقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية غرب العراق.",
		"وهبطت طائرة عسكرية في عين الأسد بعد الظهر.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			assert.NotNil(t, ents21Has(res, LOC, "عين الأسد"), "%s: %v", in, mentions(res))
			assert.Nil(t, ents21Has(res, PER, "الأسد"), "%s: %v", in, mentions(res))
		}
	}
}

// TestBodyEndsBeforeObject: a body's name closed by its field after ل
// or by an adjective ends before the verb's object, a noun that is no
// adjective or a plural noun (وزعت الجمعية … للتكافل البطانيات، دعت
// الوزارة … الوطنية السائقين); adjectives and participles after the field
// stay the name's.
func TestBodyEndsBeforeObject(t *testing.T) {
	tests := []struct{ in, org, not string }{
		{"ووزعت الجمعية الخيرية للتكافل البطانيات على الأسر المحتاجة.", "الجمعية الخيرية للتكافل", "الجمعية الخيرية للتكافل البطانيات"},
		{"ووزعت مؤسسة الحسن للتضامن الخيام على المتضررين.", "مؤسسة الحسن للتضامن", "مؤسسة الحسن للتضامن الخيام"},
		{"ودعت وزارة التجهيز والنقل الوطنية السائقين إلى الحذر.", "وزارة التجهيز والنقل الوطنية", "وزارة التجهيز والنقل الوطنية السائقين"},
		{"وقالت الهيئة الوطنية للتنمية المستدامة إن الخطة جاهزة.", "الهيئة الوطنية للتنمية المستدامة", ""},
		{"وقال الاتحاد الوطني للصحفيين المحترفين إن الرقابة تشتد.", "الاتحاد الوطني للصحفيين المحترفين", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
			if tt.not != "" {
				assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}

// TestGovernorOfQuarter: a governor's title before the quarter of the
// country his governorate is named by (الجنوب، الشمال) makes that a
// place and his title's, never a person, and the name after it gets
// the whole title as an alias.
func TestGovernorOfQuarter(t *testing.T) {
	in := "وتفقد محافظ الجنوب نادر ضو مراكز الإيواء في المدينة."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.Nil(t, ents21Has(res, PER, "الجنوب"), "%v", mentions(res))
		m := ents21Has(res, PER, "نادر ضو")
		if assert.NotNil(t, m, "%v", mentions(res)) {
			assert.Contains(t, res.Entities[m.Entity].Aliases, "محافظ الجنوب")
		}
	}
	for _, in := range []string{
		"وكان محافظ الجنوب قد زار المستشفى الميداني أمس.",
		"وتفقد محافظ الشمال مراكز الإيواء.",
	} {
		res := rulesOnce().RecognizeString(in)
		assert.Nil(t, ents21Has(res, PER, "الجنوب"), "%s: %v", in, mentions(res))
		assert.Nil(t, ents21Has(res, PER, "الشمال"), "%s: %v", in, mentions(res))
	}
}

// TestGivenBeforeListedSurname: after a title, a rare given name no list
// holds before a family name the lists hold alone names one person with
// both words (not the listed one), who takes the title; so too a given
// name shaped as ب and a word (بارام), which the other readers pass over.
func TestGivenBeforeListedSurname(t *testing.T) {
	in := "وأكد رئيس الحزب بارام طالباني أن الانتخابات ستجري في موعدها."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		m := ents21Has(res, PER, "بارام طالباني")
		if assert.NotNil(t, m, "%v", mentions(res)) {
			assert.Contains(t, res.Entities[m.Entity].Aliases, "رئيس الحزب")
		}
	}
	res := rulesOnce().RecognizeString("واستقبل الرئيس وفد بوتين في القصر.")
	assert.Nil(t, ents21Has(res, PER, "وفد بوتين"), "%v", mentions(res))
}
