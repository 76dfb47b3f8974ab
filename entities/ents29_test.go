package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamePartsThatAreCommonWords: a person's name whose later part is
// also a common word stays whole where the construction says it is a
// name: صباح "morning" between a given name and another name word is
// the father's name; a one-word title with the article right after a
// given name read after a title, before a comma, is the family name; a
// rare word after a given name that is also an adjective, ending the
// speaker's phrase, is the family name. The morning of a day (صباح
// الخميس), a title after أن (the object of a verb of telling) and a
// common word after the adjective stay out of the name.
func TestNamePartsThatAreCommonWords(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وصرح مدير الشرطة المحلية العقيد فراس صباح جاسم بأن التحقيقات متواصلة.", "فراس صباح جاسم"},
		{"وأوضح خالد صباح ناصر أن الطريق أعيد فتحه.", "خالد صباح ناصر"},
		{"وحضر الافتتاح اللواء منير الأمير، محافظ المنطقة، وعدد من المسؤولين.", "منير الأمير"},
		{"وقال المستشار أيمن القاضي: إن الجلسة أرجئت إلى الشهر المقبل.", "أيمن القاضي"},
		{"وقال مسؤول الملف هادي قرطوش، في حديث للإذاعة، إن المفاوضات مستمرة.", "هادي قرطوش"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
	notNames := []struct{ in, form string }{
		{"ووصل الوزير خالد صباح الخميس إلى المدينة.", "خالد صباح"},
		{"وأبلغ الرئيس أيمن الوزير أن الحكومة ستستقيل.", "أيمن الوزير"},
		{"وبقي الوضع هادي نسبيا، قبل أن يتجدد القصف.", "هادي نسبيا"},
	}
	for _, tt := range notNames {
		res := rulesOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.Nil(t, ents21Has(res, PER, tt.form), "%s: %v", tt.in, mentions(res))
	}
}

// TestPlacePlacedInLargerOne: a frequent word after a place head is a
// place's name when the text places it at once in a larger place (ب, a
// place head and a place), and the document's later mentions of the
// same word after a place head or a preposition of place are that
// place. A common noun or an adjective after the head, or the word with
// no place word before it, stays out.
func TestPlacePlacedInLargerOne(t *testing.T) {
	in := "وسقطت قذائف على منطقة عزم بمحافظة ذمار، وأصيب ثلاثة في منطقة عزم المطلة على الوادي. ونزحت أسر من منطقة عزم إلى المدينة. وأكد أن عزم الجيش قوي."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		n := 0
		for _, m := range res.Mentions {
			if m.Form == "عزم" {
				assert.Equal(t, LOC, m.Label, "%v", mentions(res))
				n++
			}
		}
		assert.Equal(t, 3, n, "%v", mentions(res))
	}
	for _, in := range []string{
		"وتقع المخازن في منطقة عمليات بمحافظة لحج.",
		"وأنشئت منطقة صناعية بمحافظة لحج.",
	} {
		res := rulesOnce().RecognizeString(in)
		checkInvariants(t, in, res)
		for _, m := range res.Mentions {
			assert.NotContains(t, []string{"عمليات", "صناعية"}, m.Form, "%s: %v", in, mentions(res))
		}
	}
}

// TestNamesAndBodiesOfTheRegions: names and bodies whose words the rules
// read as common words: the Amazigh آيت takes the word after it with the
// article too (a title word among them), a Sudanese family name is
// compounded with الله after دفع, and العصبة ("the league") heads a body
// as الرابطة does.
func TestNamesAndBodiesOfTheRegions(t *testing.T) {
	tests := []struct {
		in    string
		label Label
		form  string
	}{
		{"وأعلن رئيس الجمعية يوسف أيت الحاج استقالته من منصبه.", PER, "يوسف أيت الحاج"},
		{"وترأس الاجتماع المدير التنفيذي صلاح آدم دفع الله، على أن تقدم اللجنة تقريرها.", PER, "صلاح آدم دفع الله"},
		{"وقررت العصبة الوطنية لكرة السلة تأجيل المباراة.", ORG, "العصبة الوطنية لكرة السلة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, tt.label, tt.form), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestListedStatesAndTheTeam: a list of states after ولايات is a list
// of places, its rare last one too (a quarter of the country after it is
// none: ولايات الشمال), and a place the tagger reads with the
// و that joins it to the place before it loses the و; after الفريق, the
// team as well as the rank, a nisba no list holds with no name after it
// is the team's adjective, no person.
func TestListedStatesAndTheTeam(t *testing.T) {
	in := "وتضررت المحاصيل في ولايات كسلا والنيل الأبيض وسنار بعد الأمطار."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, LOC, "سنار"), "%s: %v", in, mentions(res))
		assert.Nil(t, ents21Has(res, LOC, "وسنار"), "%s: %v", in, mentions(res))
	}
	// The country's quarter after ولايات is where the states lie, no name.
	in = "وسيستفيد من المشروع آلاف السكان في ولايات الشمال قبل نهاية العام."
	for _, m := range rulesOnce().RecognizeString(in).Mentions {
		assert.NotEqual(t, "الشمال", m.Form, "%s: %v", in, m)
	}
	// The tagger's place after و, no list holding it: the و comes off.
	in = "وتوقعت الأرصاد أمطارا غزيرة في القضارف وكسلا وسنار خلال الفترة المقبلة."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.NotNil(t, ents21Has(res, LOC, "سنار"), "%s: %v", in, mentions(res))
	for _, in := range []string{
		"وتعهد المدرب بإصلاح أخطاء الفريق الدفاعي قبل المباراة المقبلة.",
		"وتحدث عن مستقبل الفريق الوجدي في البطولة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				assert.NotEqual(t, PER, m.Label, "%s: %v", in, mentions(res))
			}
		}
	}
}

// TestSovereignAndTheOneHeCharges: a monarch is named after his title by
// his given name (and his number); a family name alone after the title,
// or after the number that ends the monarch's name, is another person,
// the one he charges or receives, with no title of the monarch's.
func TestSovereignAndTheOneHeCharges(t *testing.T) {
	for _, in := range []string{
		"وكلف الملك الرزاز بتشكيل حكومة جديدة بعد استقالة سلفه.",
		"وكلف العاهل الأردني الملك عبدالله الثاني الرزاز بتشكيل حكومة جديدة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, e := range res.Entities {
				if e.Label != PER || !strings.Contains(e.Name, "الرزاز") {
					continue
				}
				assert.NotContains(t, e.Name, "الثاني", "%s: %v", in, res.Entities)
				assert.NotContains(t, e.Aliases, "الملك", "%s: %v", in, res.Entities)
				assert.Empty(t, e.Roles, "%s: %v", in, res.Entities)
			}
		}
	}
	in := "واستقبل الملك الحسين الوفد في عمان."
	res := rulesOnce().RecognizeString(in)
	e := entityNamed(res, "الحسين")
	if assert.NotNil(t, e, "%s: %v", in, res.Entities) {
		assert.NotEmpty(t, e.Roles, "%s: %v", in, res.Entities)
	}
}

// TestGivenNameShapedAsVerb: after a title, a woman's given name that
// begins as an imperfect verb does but ends in alef (تيانا، تمارا), rare
// and no list's, before a definite family name, is the name's first.
func TestGivenNameShapedAsVerb(t *testing.T) {
	for _, tt := range []struct{ in, person string }{
		{"وأكدت وزيرة الثقافة تيانا المعلوف أن المهرجان سيقام في موعده.", "تيانا المعلوف"},
		{"وحضرت الاجتماع مديرة المعهد تمارا السعدي وعدد من الأساتذة.", "تمارا السعدي"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestBodyOfTwoTasks: a body whose pair head (جهاز، مؤسسة، شركة) names
// two tasks, each a noun in construct, joined by و, is one body; a body
// or a title after the و is another's.
func TestBodyOfTwoTasks(t *testing.T) {
	in := "وأعلن جهاز مراقبة الأسواق وحماية المستهلك ضبط شحنة من الوقود."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.NotNil(t, ents21Has(res, ORG, "جهاز مراقبة الأسواق وحماية المستهلك"), "%s: %v", in, mentions(res))
	}
	in = "وأعلن جهاز مراقبة الأسواق ورئيس الوزراء أن الأسعار مستقرة."
	res := rulesOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.NotNil(t, ents21Has(res, ORG, "جهاز مراقبة الأسواق"), "%s: %v", in, mentions(res))
}

// TestSudaneseLocality: محلية governed by ب or في, or after a title,
// heads a Sudanese locality's name, a place (a name the lists hold as a
// body's too); the adjective "local" after a noun heads nothing.
func TestSudaneseLocality(t *testing.T) {
	in := "وغمرت المياه قرى عدة بمحلية الفاو، ووصلت فرق الإغاثة إلى الأسر المتضررة في محلية الفاو."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		n := 0
		for _, m := range res.Mentions {
			if m.Form == "الفاو" {
				assert.Equal(t, LOC, m.Label, "%v", mentions(res))
				n++
			}
		}
		assert.Equal(t, 2, n, "%v", mentions(res))
	}
	in = "وقالت مصادر محلية الأربعاء إن الطريق أغلق."
	for _, m := range rulesOnce().RecognizeString(in).Mentions {
		assert.NotEqual(t, LOC, m.Label, "%s: %v", in, m)
	}
}

// TestParticipleOfTheTitlesBody: after a title, a definite feminine
// active participle before a preposition (العاملة في، المشاركة في)
// qualifies the body the title names, no person; a family name in ة
// after a given name stays a name.
func TestParticipleOfTheTitlesBody(t *testing.T) {
	in := "والتقى الوزير قائد البعثة الأوروبية العاملة في ليبيا لبحث الأوضاع الأمنية."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.Nil(t, ents21Has(res, PER, "العاملة"), "%s: %v", in, mentions(res))
	}
	in = "وقال وزير الداخلية سمير الطراونة في بيان إن الوضع مستقر."
	res := rulesOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.NotNil(t, ents21Has(res, PER, "سمير الطراونة"), "%s: %v", in, mentions(res))
}
