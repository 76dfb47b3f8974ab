package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ents20Org returns the ORG mention of res whose form is form, or nil.
func ents20Org(res *Result, form string) *Mention {
	for i := range res.Mentions {
		if res.Mentions[i].Form == form && res.Mentions[i].Label == ORG {
			return &res.Mentions[i]
		}
	}
	return nil
}

// TestBodiesNamedWhole: bodies whose names were missed or cut: a fund
// named by a country or a nationality and its task, two common nouns
// joined with و after جهاز or مؤسسة, a definite body's adjective of names
// and then its field on a word the clitic split keeps whole, the eleventh
// of a numbered body, a dynasty's adjective, and the body held inside a
// listed title (رئيس مجلس النواب).
func TestBodiesNamedWhole(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وموّل صندوق الكويت للتنمية بناء مدرستين في الإقليم.", "صندوق الكويت للتنمية"},
		{"وقدم الصندوق السعودي للتنمية قرضا ميسرا للحكومة.", "الصندوق السعودي للتنمية"},
		{"واعتقل جهاز الأمن والمخابرات ثلاثة صحفيين ليلة الأحد.", "جهاز الأمن والمخابرات"},
		{"وأعلنت مؤسسة الكهرباء والماء انقطاع التيار عن الأحياء الشرقية.", "مؤسسة الكهرباء والماء"},
		{"وأصدرت الهيئة العليا لشؤون الانتخابات جدولا جديدا.", "الهيئة العليا لشؤون الانتخابات"},
		{"وطعنت اللجنة الوطنية لمراقبة الانتخابات المحلية في النتائج.", "اللجنة الوطنية لمراقبة الانتخابات المحلية"},
		{"وعقد مجلس الطلاب الحادي عشر جلسته الأولى أمس.", "مجلس الطلاب الحادي عشر"},
		{"ونفى الديوان الملكي الهاشمي صحة الأنباء المتداولة.", "الديوان الملكي الهاشمي"},
		{"واستقبل رئيس مجلس النواب العراقي سليم الجبوري الوفد الزائر.", "مجلس النواب العراقي"},
		{"وقال عضو مجلس النواب خالد العبيدي إن الجلسة أرجئت.", "مجلس النواب"},
		{"وأعلن رئيس مجلس النواب المغربي الحبيب المالكي موعد الجلسة.", "مجلس النواب المغربي"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents20Org(res, tt.org), "%s: %v", tt.in, mentions(res))
		}
	}
	// A fund's head with a common noun alone is the common noun (a
	// ballot box); جهاز before one common noun is no name.
	for _, in := range []string{
		"وألقى الناخب ورقته في صندوق الاقتراع ظهرا.",
		"وقال إن جهاز الأمن يراقب الحدود.",
	} {
		res := rulesOnce().RecognizeString(in)
		for _, m := range res.Mentions {
			assert.NotEqual(t, ORG, m.Label, "%s: %v", in, mentions(res))
		}
	}
	// The title keeps its role, now with the body as its organization.
	in := "وقال رئيس مجلس النواب العراقي سليم الجبوري إن الجلسة أرجئت."
	res := rulesOnce().RecognizeString(in)
	var found bool
	for _, e := range res.Entities {
		if e.Label == PER && e.Name == "سليم الجبوري" {
			found = true
			if assert.Len(t, e.Roles, 1) && assert.GreaterOrEqual(t, e.Roles[0].Org, 0) {
				assert.Equal(t, "مجلس النواب العراقي", res.Entities[e.Roles[0].Org].Name)
			}
		}
	}
	assert.True(t, found, "%v", mentions(res))
}

// ents20Person returns the PER mention of res whose form is form, or nil.
func ents20Person(res *Result, form string) *Mention {
	for i := range res.Mentions {
		if res.Mentions[i].Form == form && res.Mentions[i].Label == PER {
			return &res.Mentions[i]
		}
	}
	return nil
}

// TestNameEndsBeforeObject: a person's name after a title ends before
// what the verb does to others: a frequent definite plural in ات (the
// organizations, the authorities), a verbal noun before the number it
// counts; a listed body ends before a verbal noun of purpose that takes
// its own preposition; after بن a rare word is the family name.
func TestNameEndsBeforeObject(t *testing.T) {
	tests := []struct{ in, name, label string }{
		{"وحث وزير الصحة الدكتور كمال حسين المنظمات الإنسانية على إرسال الأدوية.", "كمال حسين", "PER"},
		{"وطالب المحافظ سامي ناصر السلطات المركزية بإرسال التعزيزات.", "سامي ناصر", "PER"},
		{"وأمر وكيل النيابة المستشار هشام بركات حبس ثلاثة من الموظفين.", "هشام بركات", "PER"},
		{"وقرر القاضي عادل رشيد حجز خمسة من المتهمين.", "عادل رشيد", "PER"},
		{"ودعت الأمم المتحدة الاتحاد الأوروبي للمساهمة في تمويل المشروع.", "الاتحاد الأوروبي", "ORG"},
		{"وقال مدير المكتب عمر بن تاهية إن العمل استؤنف.", "عمر بن تاهية", "PER"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.label == "PER" {
				assert.NotNil(t, ents20Person(res, tt.name), "%s: %v", tt.in, mentions(res))
			} else {
				assert.NotNil(t, ents20Org(res, tt.name), "%s: %v", tt.in, mentions(res))
			}
		}
	}
	// A listed family name in ات stays the name's end.
	in := "وأحيا المصريون ذكرى الرئيس الراحل أنور السادات أمس."
	res := rulesOnce().RecognizeString(in)
	assert.NotNil(t, ents20Person(res, "أنور السادات"), "%v", mentions(res))
}

// TestNoPersonInThings: a body named by a saint's quarter (محكمة سيدي
// بلعباس) is the body, a scale named after a man (مقياس ريختر) holds no
// person, and a dual office before two countries (سفيرا، سفيري) names two
// officials whom the tagger must not make a person; a given name written
// with the article after a title goes on to the family name.
func TestNoPersonInThings(t *testing.T) {
	r := fullOnce()
	for _, tt := range []struct{ in, org string }{
		{"وأجلت محكمة سيدي بلعباس النطق بالحكم إلى الأسبوع المقبل.", "محكمة سيدي بلعباس"},
		{"ونظرت محكمة سيدي امحمد في القضية صباح الأحد.", "محكمة سيدي امحمد"},
	} {
		res := r.RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.NotNil(t, ents20Org(res, tt.org), "%s: %v", tt.in, mentions(res))
		for _, m := range res.Mentions {
			assert.NotEqual(t, PER, m.Label, "%s: %v", tt.in, mentions(res))
		}
	}
	for _, in := range []string{
		"وسجلت الهزة 5.8 درجات على مقياس ريختر قرب الساحل.",
		"واستقبل الرئيس سفيري إيطاليا وإسبانيا في مكتبه.",
	} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		for _, m := range res.Mentions {
			assert.NotEqual(t, PER, m.Label, "%s: %v", in, mentions(res))
		}
	}
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		in := "وأعلن رئيس بلدية سبها المهدي بوزيد إغلاق المعبر."
		res := r.RecognizeString(in)
		assert.NotNil(t, ents20Person(res, "المهدي بوزيد"), "%v", mentions(res))
	}
}

// TestBareBodyHeads: the head of a body of the state or of the world,
// written alone after the one body of the document it fits, is that
// body's alias (الوزارة، الهيئة، اللجنة، المديرية، المرصد، البعثة، المنظمة);
// with two bodies of that head named before it it is no one's.
func TestBareBodyHeads(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"وأعلنت وزارة الزراعة والري خطة جديدة للموسم. وقالت الوزارة إن المياه تكفي.", "وزارة الزراعة والري", "الوزارة"},
		{"وأصدرت الهيئة المستقلة للانتخاب جدولها. وأوضحت الهيئة أن التسجيل يبدأ الأحد.", "الهيئة المستقلة للانتخاب", "الهيئة"},
		{"وقالت المفوضية العليا المستقلة للانتخابات إن الفرز انتهى. وأضافت المفوضية أن النتائج تعلن غدا.", "المفوضية العليا المستقلة للانتخابات", "المفوضية"},
		{"وأحصى المرصد السوري لحقوق الإنسان ثلاثة قتلى. وأضاف المرصد أن القصف توقف.", "المرصد السوري لحقوق الإنسان", "المرصد"},
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
	for _, in := range []string{
		// Two bodies of the head named before it (ents27: one named
		// before and another after is the one named before).
		"وقالت وزارة الخارجية إن السفير استدعي، وقالت وزارة الدفاع إنها لم ترد. وأضافت الوزارة أن التحقيق مستمر.",
		// The minister's own ministry, another than the one named.
		"وأعلنت وزارة الصحة حملة تطعيم. وقال وزير النقل إن الوزارة ستفتح طريقا جديدا.",
	} {
		res := fullOnce().RecognizeString(in)
		for _, e := range res.Entities {
			assert.NotContains(t, e.Aliases, "الوزارة", in)
		}
	}
}

// TestSourceNamed: the source a page credits after المصدر and a colon,
// or after the dash of a dateline whose place opens the line, is an
// organization when no list holds it; a weekday after the dash is none.
func TestSourceNamed(t *testing.T) {
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		in := "بنغازي - منصة الرصيف\nقال المجلس إن الطريق فتح.\nالمصدر: منصة الرصيف، وكالات"
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		n := 0
		for _, m := range res.Mentions {
			if m.Form == "منصة الرصيف" {
				assert.Equal(t, ORG, m.Label, "%v", mentions(res))
				n++
			}
		}
		assert.Equal(t, 2, n, "%v", mentions(res))
		in = "بنغازي - الأحد الماضي\nقال المجلس إن الطريق فتح."
		res = r.RecognizeString(in)
		for _, m := range res.Mentions {
			assert.NotEqual(t, ORG, m.Label, "%v", mentions(res))
		}
	}
}
