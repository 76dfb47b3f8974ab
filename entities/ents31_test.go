package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAcronymAfterBody: a word alone in brackets or quotes right after a
// body's name is the body's acronym, also when it spells a given name
// (مازن, رامي) the tagger or the lists read as a person; the acronym
// written bare anywhere else in the text, a headline before the body is
// spelled out included, is the same body. A given name with no body's
// acronym in the text stays a person, and a common word quoted after a
// body is no acronym. Sentences written for this test.
func TestAcronymAfterBody(t *testing.T) {
	tests := []struct {
		in, body, acronym string
		times             int
	}{
		{"وقعت الهيئة الوطنية للطاقة (مازن) اتفاقا مع البنك. وقالت مازن في بيان إن المشروع يبدأ قريبا.",
			"الهيئة الوطنية للطاقة", "مازن", 2},
		{"\"رامي\" تطلق خدمة جديدة\nأطلقت الهيئة العامة للموانئ (رامي) خدمة جديدة للشحن. وأوضح مدير رامي أن الخدمة تشمل ثلاثة موانئ.",
			"الهيئة العامة للموانئ", "رامي", 3},
		{"أعلنت الشركة الوطنية للنقل البحري \"كوماناف\" عن رحلات جديدة. وقالت كوماناف إن الرحلات تبدأ الأسبوع المقبل.",
			"الشركة الوطنية للنقل البحري", "كوماناف", 2},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		n := 0
		for _, m := range res.Mentions {
			if m.Text == tt.acronym || m.Form == tt.acronym {
				assert.Equal(t, ORG, m.Label, "%s: %v", tt.in, mentions(res))
				n++
			}
		}
		assert.Equal(t, tt.times, n, "%s: %v", tt.in, mentions(res))
		if e := ents21Has(res, ORG, tt.body); assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, res.Entities[e.Entity].Aliases, tt.acronym, tt.in)
		}
	}
	in := "قال مازن الحمادة إن الحادث وقع أمس. وأضاف مازن أن التحقيق مستمر."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	for _, m := range res.Mentions {
		assert.Equal(t, PER, m.Label, "%s: %v", in, mentions(res))
	}
	in = "وصفت وزارة الخارجية \"الاعتداء\" بأنه جبان."
	res = fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	for _, m := range res.Mentions {
		assert.NotContains(t, m.Text, "الاعتداء", "%s: %v", in, mentions(res))
	}
}

// TestTitleAndFamilyCalledBack: a person named in full is called back by
// a bare title and the last word of the name (محافظ المدينة عبدالواحد
// صلاح … المحافظ صلاح); a definite common word right after it is the
// verb's object, not a family name of its own. A title and a given name
// with no such person before keep the definite family name. Sentences
// written for this test.
func TestTitleAndFamilyCalledBack(t *testing.T) {
	tests := []struct{ in, person, short string }{
		{"افتتح محافظ المدينة عبدالواحد صلاح، اليوم، المعرض. ودعا المحافظ صلاح الآباء إلى زيارة المعرض.", "عبدالواحد صلاح", "صلاح"},
		{"وصل وزير الخارجية أحمد يوسف إلى الرباط. وشكر الوزير يوسف المسؤولين على حسن الاستقبال.", "أحمد يوسف", "يوسف"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		if e := ents21Has(res, PER, tt.person); assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, res.Entities[e.Entity].Aliases, tt.short, "%s: %v", tt.in, mentions(res))
		}
		for _, m := range res.Mentions {
			assert.NotContains(t, m.Text, tt.short+" ال", "%s: %v", tt.in, mentions(res))
		}
	}
	in := "وقال المحافظ صلاح العبيدي إن المشروع اكتمل."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.NotNil(t, ents21Has(res, PER, "صلاح العبيدي"), "%v", mentions(res))
}

// TestThreeLetterFamilyNameLikeVerb: an unknown family name of three
// letters that begins with ت or ي (تيت، يام) ends a person's name after
// a given name and a title; it is no imperfect verb, whose forms of
// three letters are frequent words. Sentences written for this test.
func TestThreeLetterFamilyNameLikeVerb(t *testing.T) {
	tests := []struct{ in, person string }{
		{"ووقع رئيس اتحاد الكرة فراس تيت مذكرة تفاهم مع المحافظة.", "فراس تيت"},
		{"وقال مدرب المنتخب سامي يام إن اللاعبين جاهزون.", "سامي يام"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestHeadlineFamilyName: a headline opens with the family name or the
// short form the lists hold for a known official, then what he does in
// the present tense (العثماني يترأس، هادي يستقبل، بن دغر يصل): a person
// named by it alone, also when the text never names him in full. A
// short form that is a common noun with the article (المعلم "the
// teacher") is no person there. Sentences written for this test.
func TestHeadlineFamilyName(t *testing.T) {
	tests := []struct{ in, person string }{
		{"العثماني يترأس اجتماعا مع النقابات\n\nترأس رئيس الحكومة اجتماعا للحوار الاجتماعي.", "العثماني"},
		{"هادي يستقبل وفدا من البرلمان\n\nاستقبل الرئيس اليمني في الرياض وفدا برلمانيا.", "هادي"},
		{"خبر أول\nبن دغر يصل إلى عدن في زيارة تفقدية", "بن دغر"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%q: %v", tt.in, mentions(res))
		}
	}
	in := "المعلم يطالب بزيادة الأجور\n\nطالب المعلمون بزيادة أجورهم."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	for _, m := range res.Mentions {
		assert.NotEqual(t, PER, m.Label, "%v", mentions(res))
	}
}

// TestPlacesListedAfterIn: after في, a list of three names or more joined
// by و that opens with a listed town names towns of its region, rare
// words no list holds and a name with أم among them (وأم العرائس is و
// and the town, not the agency وام). A listed place followed by common
// nouns (في دمشق والمناطق المجاورة) adds no place. Sentences written for
// this test.
func TestPlacesListedAfterIn(t *testing.T) {
	in := "وتوقف العمل في المتلوي والرديف وأم العرائس والمظيلة منذ الصباح."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		for _, place := range []string{"المتلوي", "الرديف", "أم العرائس", "المظيلة"} {
			assert.NotNil(t, ents21Has(res, LOC, place), "%s: %v", place, mentions(res))
		}
		for _, m := range res.Mentions {
			assert.NotEqual(t, ORG, m.Label, "%v", mentions(res))
		}
	}
	in = "وخرجت المظاهرات في دمشق والمناطق المجاورة والأرياف."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	assert.Len(t, res.Mentions, 1, "%v", mentions(res))
}

// TestStateOfficeFieldsJoined: a state office named by its field after
// ل (الديوان الوطني، المكتب الوطني، المركز الوطني) takes the fields joined
// to it by و (للامتحانات والمسابقات، للكهرباء والماء); people joined by و
// (والمواطنين) are whom the verb addresses with it, no field. Sentences
// written for this test.
func TestStateOfficeFieldsJoined(t *testing.T) {
	tests := []struct{ in, body string }{
		{"وأعلن الديوان الوطني للامتحانات والمسابقات تأجيل الدورة الاستدراكية.", "الديوان الوطني للامتحانات والمسابقات"},
		{"وأكد المكتب الوطني للكهرباء والماء عودة التيار إلى الأحياء.", "المكتب الوطني للكهرباء والماء"},
		{"ودعا المركز الوطني للأرصاد والمواطنين إلى الحذر.", "المركز الوطني للأرصاد"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.body), "%s: %v", tt.in, mentions(res))
		}
	}
	// The office called back by its bare head is an alias of it.
	in := "وأعلن الديوان الوطني للامتحانات والمسابقات تأجيل الدورة. وقال الديوان إن المواعيد الجديدة ستعلن لاحقا."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	if e := ents21Has(res, ORG, "الديوان الوطني للامتحانات والمسابقات"); assert.NotNil(t, e, "%v", mentions(res)) {
		assert.Contains(t, res.Entities[e.Entity].Aliases, "الديوان", "%v", mentions(res))
	}
}

// TestBodyForManaging: a body named by what it manages (اللجنة الوطنية
// لإدارة الحالات الطارئة، لإدارة مخاطر الكوارث) takes ل and إدارة,
// "managing", as its field, though إدارة heads bodies too; thanks to a
// department (الشكر لإدارة المرور) name no body of the words before.
// Sentences written for this test.
func TestBodyForManaging(t *testing.T) {
	tests := []struct{ in, body string }{
		{"وأعلنت اللجنة الوطنية لإدارة الحالات الطارئة رفع درجة التأهب.", "اللجنة الوطنية لإدارة الحالات الطارئة"},
		{"وقالت اللجنة الوطنية لإدارة مخاطر الكوارث إن الحرائق امتدت.", "اللجنة الوطنية لإدارة مخاطر الكوارث"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.body), "%s: %v", tt.in, mentions(res))
		}
	}
	in := "ووجه الوزير الشكر لإدارة المرور على جهودها."
	res := fullOnce().RecognizeString(in)
	checkInvariants(t, in, res)
	for _, m := range res.Mentions {
		assert.NotContains(t, m.Text, "الشكر", "%v", mentions(res))
	}
}

// TestFamilyAfterEuropeanParticle: after a given name and a European
// particle (دي، فون، فان) the next word is the family name, also one that
// ends in ا as an accusative does (ستيفان دي مستورا، the press's spelling
// beside the lists' ميستورا). Sentences written for this test.
func TestFamilyAfterEuropeanParticle(t *testing.T) {
	tests := []struct{ in, person string }{
		{"وقال المبعوث الدولي ستيفان دي مستورا إن المحادثات ستستأنف.", "ستيفان دي مستورا"},
		{"وأكد المدرب ماركو فان باستا أن الفريق جاهز.", "ماركو فان باستا"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
		}
	}
}
