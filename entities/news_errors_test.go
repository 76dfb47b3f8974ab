package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// mentionAt returns the mention whose text is text and that starts at or
// after the byte offset from, or nil.
func mentionAt(res *Result, text string, from int) *Mention {
	for i := range res.Mentions {
		if m := &res.Mentions[i]; m.Text == text && m.Start >= from {
			return m
		}
	}
	return nil
}

// TestVerbFormPlaces: a listed place whose name is also a common verb
// form (سيرت "dispatched", تدمر "destroys", دمر "destroyed", كسب "won")
// is a place only where a noun stands: after a preposition, in a
// coordination with another place, before a nationality adjective, after
// a place head. At a clause's start, with its subject after it, it is the
// verb.
func TestVerbFormPlaces(t *testing.T) {
	tests := []struct {
		in, word string
		place    bool
	}{
		{"سيرت الشرطة دوريات ليلية في الأحياء المزدحمة.", "سيرت", false},
		{"وسيرت المنظمة قافلة طبية إلى القرى النائية.", "سيرت", false},
		{"وتدمر الحرائق مساحات واسعة من الغابات كل صيف.", "تدمر", false},
		{"ودمر الزلزال مئات المباني القديمة في الساحل.", "دمر", false},
		{"وكسب المرشح ثقة الناخبين في الجولة الثانية.", "كسب", false},
		{"ووصل الوفد التجاري إلى سيرت صباح اليوم.", "سيرت", true},
		{"وزار الوفد سيرت التركية لبحث مشاريع الطاقة.", "سيرت", true},
		{"وأعيد فتح المتحف في تدمر بعد ترميمه.", "تدمر", true},
		{"وانتقلت العائلات بين حمص وتدمر بحثا عن الأمان.", "تدمر", true},
		{"واستعادت القوات مدينة تدمر بعد أسابيع من المعارك.", "تدمر", true},
		{"وفر السكان من كسب نحو الساحل.", "كسب", true},
		{"وحضر الاجتماع ممثلون عن النقابات.", "حضر", false},
		{"ولم يزد عدد المشاركين على مئة شخص.", "يزد", false},
		{"وقال إننا لا نجد تفسيرا لهذا القرار.", "نجد", false},
		{"وسافر الوفد إلى يزد لزيارة المعبد.", "يزد", true},
		{"وأعلن الجيش استعادة تدمر بعد معارك طويلة.", "تدمر", true},
		{"وتواصلت معركة سيرت أسبوعا كاملا.", "سيرت", true},
		{"وكانت الطائرات تدمر الجسور واحدا تلو الآخر.", "تدمر", false},
		// A verb after an indefinite noun in ة, its object or subject
		// after it, describes the noun: no genitive place.
		{"وهي حملة تدمر البيوت والمزارع في طريقها.", "تدمر", false},
		{"ونفذت الطائرات غارة تدمر المخازن كل ليلة.", "تدمر", false},
		{"وكانت مفاجأة سيرت المنظمة بعدها قافلة.", "سيرت", false},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			m := mentionAt(res, tt.word, 0)
			if !tt.place {
				assert.Nil(t, m, "%s: %v", tt.in, mentions(res))
			} else if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, LOC, m.Label, tt.in)
			}
		}
	}
}

// TestCommonWordFamilyNames: a family name that is also a common word
// (الشاهد "the witness", الخطيب "the preacher", the nisba المصري) is one
// person with the given name before it; written alone after that full
// name it is the person again, but not the adjective of a definite noun
// (السفير المصري); in a text with no such full name it is the common
// word.
func TestCommonWordFamilyNames(t *testing.T) {
	tests := []struct {
		in, full, bare string
		from           int  // where the bare form is looked for (byte offset)
		alias          bool // the bare form is a mention of the full name's person
	}{
		{"خبر\n\nوقال رئيس الحكومة الأسبق يوسف الشاهد إن الإصلاح ضروري. وأضاف الشاهد أن الوقت يداهم الجميع.", "يوسف الشاهد", "الشاهد", 90, true},
		{"خبر\n\nوروى الشاهد الوحيد للحادث ما رآه تلك الليلة.", "", "الشاهد", 0, false},
		{"خبر\n\nوتحدث الخطيب عن فضل الصدقة أمام المصلين طويلا.", "", "الخطيب", 0, false},
		{"خبر\n\nوقال الخبير هشام المصري إن التضخم تراجع. وتوقع المصري أن تنخفض الأسعار قريبا.", "هشام المصري", "المصري", 70, true},
		{"خبر\n\nوقال الخبير هشام المصري إن التضخم تراجع. وأكد السفير المصري أن العلاقات متينة.", "هشام المصري", "المصري", 70, false},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			var full *Mention
			if tt.full != "" {
				full = mentionAt(res, tt.full, 0)
				if r == fullOnce() && assert.NotNil(t, full, "%s: %v", tt.in, mentions(res)) {
					assert.Equal(t, PER, full.Label, tt.in)
				}
			}
			bare := mentionAt(res, tt.bare, tt.from)
			if !tt.alias {
				assert.Nil(t, bare, "%s: %v", tt.in, mentions(res))
				continue
			}
			if full != nil && assert.NotNil(t, bare, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, full.Entity, bare.Entity, tt.in)
			}
		}
	}
}

// TestFieldAfterListedBody: a head noun, a listed body in the ل-genitive
// and the body's field (لشؤون اللاجئين، لحقوق الإنسان) are one
// organization; so is the secretariat of a listed body (الأمانة العامة
// لـ). A gathering for some purpose (تجمع الأهالي لتوزيع الخبز) and the
// press told after a name (لوسائل الإعلام) are no part of a name.
func TestFieldAfterListedBody(t *testing.T) {
	tests := []struct {
		in, org string // org "": no organization begins with the sentence's head
	}{
		{"وأصدرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين تقريرا عن النازحين.", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"},
		{"وانتقدت المفوضية السامية للأمم المتحدة لحقوق الإنسان الأحكام الأخيرة.", "المفوضية السامية للأمم المتحدة لحقوق الإنسان"},
		{"وشارك في الاجتماع وفد من الأمانة العامة لجامعة الدول العربية أمس.", "الأمانة العامة لجامعة الدول العربية"},
		{"وأصدرت الأمانة العامة لمجلس التعاون الخليجي بيانا مقتضبا.", "الأمانة العامة لمجلس التعاون الخليجي"},
		{"وتجمع الأهالي لتوزيع الخبز في الساحة.", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.org == "" {
				assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG }), "%s: %v", tt.in, mentions(res))
				continue
			}
			m := mentionAt(res, tt.org, 0)
			if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, m.Label, tt.in)
			}
		}
	}
	in := "وقالت منظمة الأمم المتحدة لوسائل الإعلام إن الوضع مقلق."
	res := fullOnce().RecognizeString(in)
	assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.End > len("وقالت منظمة الأمم المتحدة ") }), "%v", mentions(res))
}

// TestClubShortNameAfterFullName: a club named by a common word or a city
// (الهلال، العين) is the club when the document introduced it in full
// before (نادي الهلال السعودي); without that introduction the word is the
// common one.
func TestClubShortNameAfterFullName(t *testing.T) {
	tests := []struct {
		in, full, bare string
	}{
		{"خبر\n\nوتغلب نادي الهلال السعودي على ضيفه بثلاثة أهداف. ورفع الهلال رصيده إلى عشرين نقطة.", "نادي الهلال السعودي", "الهلال"},
		{"خبر\n\nوفاز نادي النصر على منافسه في الدوري. وبات النصر قريبا من اللقب.", "نادي النصر", "النصر"},
		{"خبر\n\nوأعلنت الجهات المختصة ثبوت رؤية الهلال مساء الأحد.", "", "الهلال"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.full == "" {
				assert.Nil(t, mentionAt(res, tt.bare, 0), "%s: %v", tt.in, mentions(res))
				continue
			}
			full := mentionAt(res, tt.full, 0)
			if !assert.NotNil(t, full, "%s: %v", tt.in, mentions(res)) {
				continue
			}
			bare := mentionAt(res, tt.bare, full.End)
			if assert.NotNil(t, bare, "%s: %v", tt.in, mentions(res)) {
				assert.Equal(t, ORG, bare.Label, tt.in)
				assert.Equal(t, full.Entity, bare.Entity, tt.in)
			}
		}
	}
}

// TestAcronymsInBrackets: a Latin acronym in brackets after an
// organization is its alias, and a later bare acronym a mention of it; a
// listed organization's full name in brackets after its acronym names
// the entity, the acronym an alias.
func TestAcronymsInBrackets(t *testing.T) {
	tests := []struct {
		in, name, alias, again string
	}{
		{"وقالت منظمة الصحة العالمية (WHO) إن اللقاحات وصلت. وأضافت WHO أن الحملة مستمرة.", "منظمة الصحة العالمية", "WHO", "WHO"},
		{"وأكدت هيئة الطاقة الذرية السورية (AECS) أن المفاعل متوقف. وقالت AECS إن التفتيش انتهى.", "هيئة الطاقة الذرية السورية", "AECS", "AECS"},
		{"وحذرت يونيسف (منظمة الأمم المتحدة للطفولة) من سوء التغذية.", "منظمة الأمم المتحدة للطفولة", "يونيسف", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			e := entityWithAlias(t, tt.in, res, tt.name, tt.alias)
			if e >= 0 && tt.again != "" {
				m := mentionAt(res, tt.again, len(tt.in)/2)
				if assert.NotNil(t, m, "%s: %v", tt.in, mentions(res)) {
					assert.Equal(t, e, m.Entity, tt.in)
				}
			}
		}
	}
}

// TestArabicAcronymsInBrackets: an unlisted acronym in Arabic letters in
// brackets after an organization (a party's or an agency's) is its
// alias and a mention of its own of the same entity (the name's mention
// ends before the bracket). A common word in brackets (a photo's credit)
// is no acronym.
func TestArabicAcronymsInBrackets(t *testing.T) {
	for _, tt := range []struct{ in, name, alias, form string }{
		{"وفاز حزب التجديد الوطني (تاجنا) بأغلبية المقاعد في الانتخابات.", "حزب التجديد الوطني", "تاجنا", "حزب التجديد الوطني"},
		{"وذكرت وكالة الأنباء الموريتانية (وام) أن الرئيس عاد إلى نواكشوط.", "وكالة الأنباء الموريتانية", "وام", "وكالة الأنباء الموريتانية"},
		{"وقالت منظمة الصحة العالمية (WHO) إن اللقاحات وصلت.", "منظمة الصحة العالمية", "WHO", "منظمة الصحة العالمية"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			e := entityWithAlias(t, tt.in, res, tt.name, tt.alias)
			var forms []string
			for _, m := range res.Mentions {
				if e >= 0 && m.Entity == e {
					forms = append(forms, m.Form)
				}
			}
			assert.Equal(t, []string{tt.form, tt.alias}, forms, tt.in)
		}
	}
	// A participle in brackets says what the body is (dissolved,
	// banned), no acronym of it; an acronym with a long vowel after its
	// م stays one.
	for _, tt := range []struct{ in, name, word string }{
		{"وشارك أعضاء سابقون في التجمع الدستوري الديمقراطي (المنحل) في الاجتماع.", "التجمع الدستوري الديمقراطي", "المنحل"},
		{"وطالبت جمعية الوفاق الوطني (المنحلة) بالإفراج عن قادتها.", "جمعية الوفاق الوطني", "المنحلة"},
		{"ونشرت حركة الإصلاح الشعبي (المحظورة) بيانا على موقعها.", "حركة الإصلاح الشعبي", "المحظورة"},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		for _, e := range res.Entities {
			assert.NotContains(t, e.Aliases, tt.word, tt.in)
		}
	}
	in := "وتظاهر أنصار حركة استقلال القبائل (الماك) في باريس."
	entityWithAlias(t, in, fullOnce().RecognizeString(in), "حركة استقلال القبائل", "الماك")
	in = "وأعلنت حركة الشباب المجاهدين (أرشيف) مسؤوليتها عن الهجوم."
	res := fullOnce().RecognizeString(in)
	for _, e := range res.Entities {
		assert.NotContains(t, e.Aliases, "أرشيف", in)
	}
}

// entityWithAlias checks that the result of in (its spans sound) has an
// entity named name with the alias, and returns its index, or -1.
func entityWithAlias(t *testing.T, in string, res *Result, name, alias string) int {
	t.Helper()
	checkInvariants(t, in, res)
	e := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == name })
	if !assert.GreaterOrEqual(t, e, 0, "%s: %v", in, mentions(res)) {
		return -1
	}
	assert.Contains(t, res.Entities[e].Aliases, alias, in)
	return e
}
