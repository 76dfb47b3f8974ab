package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// spanCase is a sentence, the mentions it must give (text and label)
// and the texts no mention of any label may have.
type spanCase struct {
	why, in string
	want    map[string]Label
	none    []string
}

// checkSpanCases checks each case with the rules alone and with the
// tagger.
func checkSpanCases(t *testing.T, tests []spanCase) {
	t.Helper()
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			for text, label := range tt.want {
				k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == text })
				if assert.GreaterOrEqual(t, k, 0, "%s: no %q: %s: %v", tt.why, text, tt.in, mentions(res)) {
					assert.Equal(t, label, res.Mentions[k].Label, "%s: %s", tt.why, tt.in)
				}
			}
			for _, m := range res.Mentions {
				assert.NotContains(t, tt.none, m.Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestNameStopsAtCommonWord: a person's name ends before a word no name
// has: an epithet after the full name (الشهير، المعروف، الملقب) or a
// noun in ة with a possessive pronoun (استقالته، عودتها، رئيسها).
func TestNameStopsAtCommonWord(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a resignation after a four-part name", "وقدم العضو البارز في الحزب ياسر حسن علي إبراهيم استقالته للمكتب السياسي.",
			map[string]Label{"ياسر حسن علي إبراهيم": PER}, []string{"ياسر حسن علي إبراهيم استقالته"}},
		{"a return after a woman's name", "وأعلنت اللاعبة سعاد محمود عثمان عودتها إلى المنتخب.",
			map[string]Label{"سعاد محمود عثمان": PER}, []string{"سعاد محمود عثمان عودتها"}},
		{"an epithet and his nickname", "وظهر قائد الكتيبة العقيد منصور علي عمر حامد الملقب بالثعلب في التسجيل.",
			map[string]Label{"منصور علي عمر حامد": PER}, []string{"منصور علي عمر حامد الملقب"}},
		{"famous for", "وحضر الأمسية الشاعر سالم عيسى يوسف الشهير بقصائده الوطنية.",
			map[string]Label{"سالم عيسى يوسف": PER}, []string{"سالم عيسى يوسف الشهير"}},
	})
}

// TestVerbHeadPlaces: عين "spring" and رأس "cape", written as the verbs
// عيّن "appointed" and رأس "chaired", begin a place's name (with a rare
// word after them) only where a noun stands: after a preposition, in a
// genitive, after a place or facility head. At a clause's start they
// stay verbs.
func TestVerbHeadPlaces(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"after في", "وتبادل المسلحون إطلاق النار في عين قطيفة طوال الليل.",
			map[string]Label{"عين قطيفة": LOC}, nil},
		{"a quarter's name in ة after its head", "وانقطعت الكهرباء عن حي عين كرارة منذ الصباح.",
			map[string]Label{"عين كرارة": LOC}, nil},
		{"a prison named after the quarter", "ونقل المعتقلون إلى سجن عين كرارة الأسبوع الماضي.",
			map[string]Label{"عين كرارة": LOC}, nil},
		{"a cape after نحو", "وأبحرت السفينة نحو رأس قنطور قبل العاصفة.",
			map[string]Label{"رأس قنطور": LOC}, nil},
		{"the verb appointed", "وعين المجلس كرارة مستشارا للشؤون المالية.",
			nil, []string{"عين كرارة"}},
		{"the verb chaired", "ورأس قنطور جلسة اللجنة المالية أمس.",
			nil, []string{"رأس قنطور"}},
		{"an eye, not a place", "ونظر الحكم إلى اللقطة بعين فاحصة.",
			nil, []string{"عين فاحصة"}},
	})
}

// TestExtendedPlaceIsAnother: a listed place whose listed name extends
// another's (الخرطوم بحري، طرابلس الغرب) is another place, not the longer
// form of the shorter; a nisba after a place (طرابلس اللبنانية) still
// names the same place.
func TestExtendedPlaceIsAnother(t *testing.T) {
	tests := []struct {
		why, in, a, b string
		same          bool
	}{
		{"Khartoum North and Khartoum", "وانطلقت المسيرة من الخرطوم بحري وعبرت الجسر إلى الخرطوم.", "الخرطوم بحري", "الخرطوم", false},
		{"Tripoli of the West and Tripoli", "وغادرت البعثة طرابلس الغرب بعد زيارة قصيرة لطرابلس.", "طرابلس الغرب", "طرابلس", false},
		{"a nisba after the city", "وعاد الهدوء إلى طرابلس اللبنانية، وفتحت أسواق طرابلس أبوابها.", "طرابلس اللبنانية", "طرابلس", true},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			a := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.a })
			b := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.b })
			if assert.GreaterOrEqual(t, a, 0, "%s: %v", tt.why, mentions(res)) && assert.GreaterOrEqual(t, b, 0, "%s: %v", tt.why, mentions(res)) {
				assert.Equal(t, tt.same, res.Mentions[a].Entity == res.Mentions[b].Entity, "%s: %s", tt.why, tt.in)
			}
		}
	}
}

// TestQualifiedPlace: what group asks of two listed places, on
// folded names: the short name, a space and one definite nisba.
func TestQualifiedPlace(t *testing.T) {
	for _, tt := range []struct {
		long, short string
		want        bool
	}{
		{"حلب الشرقيه", "حلب", true},
		{"صيدا الجنوبي", "صيدا", true},
		{"حلب الشرقيه الجديده", "حلب", false}, // two words after it
		{"حلب بحري", "حلب", false},            // no article
		{"حلب الغرب", "حلب", false},           // no nisba
		{"حلبا الشرقيه", "حلب", false},        // another word, no space after the short one
		{"حلب ", "حلب", false},
		{"حلب", "حلب", false},
		{"حل", "حلب", false},
		{"", "", false},
	} {
		assert.Equal(t, tt.want, qualifiedName(tt.long, tt.short), "%q %q", tt.long, tt.short)
	}
}

// TestRankBeforeCommonWord: a rank that is also a common noun (الفريق
// "the team", اللواء "the brigade") before a frequent definite word that
// is no family name names no one: the word is the verb's object. A
// listed family name or a nisba after the rank is still a person.
func TestRankBeforeCommonWord(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"the team won the match", "وحسم الفريق المباراة في الدقائق الأخيرة.", nil, []string{"المباراة"}},
		{"the team kept the lead", "واستعاد الفريق الصدارة بعد غياب طويل.", nil, []string{"الصدارة"}},
		{"the team lifted the cup", "ورفع الفريق الكأس أمام جماهيره.", nil, []string{"الكأس"}},
	})
	checkRoleCases(t, []roleCase{
		{"a rank and a nisba family name", "وقال اللواء العتيبي إن الطرق آمنة.", "العتيبي", []string{"اللواء"}, "", nil},
	})
}

// TestDefiniteHeadTakesNoGenitive: a definite organization head (المنظمة،
// الهيئة) is in construct with nothing: an indefinite word after it (a
// direction, a place) is no part of a name. An indefinite head in
// construct, or a definite one with adjectives and a ل-genitive, still
// names a body.
func TestDefiniteHeadTakesNoGenitive(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a direction after the head", "وأرسلت الهيئة شرق البلاد فرقا لتوزيع المساعدات.",
			nil, []string{"الهيئة شرق البلاد"}},
		{"a country, the verb's object", "ودعت المنظمة جنوب السودان إلى حماية المدنيين.",
			map[string]Label{"جنوب السودان": LOC}, []string{"المنظمة جنوب السودان"}},
		{"an indefinite head in construct", "وقالت هيئة جنوب السودان للإغاثة إنها وزعت الخيام.",
			map[string]Label{"هيئة جنوب السودان للإغاثة": ORG}, nil},
	})
}

// TestVerbPlaceBeforeNisba: a listed place written as a verb (تدمر
// "destroys") after the verbal noun of a derived verb (استعادة، إعادة،
// محاصرة) is the place when a feminine nisba follows it, its adjective;
// after another noun a definite word is still the verb's object.
func TestVerbPlaceBeforeNisba(t *testing.T) {
	tests := []struct {
		in    string
		place bool
	}{
		{"وأكد القائد العسكري استعادة تدمر الأثرية خلال أيام.", true},
		{"واستمرت محاصرة تدمر التاريخية ثلاثة أسابيع.", true},
		{"وتسببت موجة تدمر المحاصيل الزراعية في خسائر.", false},
		{"وبدأت حملة تدمر الأحياء السكنية القديمة.", false},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == "تدمر" && m.Label == LOC })
			assert.Equal(t, tt.place, k >= 0, "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestPortfolioOfTwoListed: a title the lists write with its portfolio
// (وزير التربية، وزير التعليم) goes on over an adjective of the portfolio
// and a second portfolio joined by و, and is the person's title after
// it; a listed title after و is another person's.
func TestPortfolioOfTwoListed(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"education and instruction", "وأعلن وزير التربية والتعليم فؤاد الحسيني تأجيل الامتحانات.",
			"فؤاد الحسيني", []string{"وزير التربية والتعليم"}, "", nil},
		{"higher education and research", "وأكد وزير التعليم العالي والبحث العلمي ماهر يوسف أن المختبرات جاهزة.",
			"ماهر يوسف", []string{"وزير التعليم العالي والبحث العلمي"}, "", []string{"العالي"}},
		{"a title after و is another person's", "وجرى اتصال هاتفي بين وزير النقل والأمين العام للاتحاد رامي عيسى.",
			"رامي عيسى", []string{"الأمين العام"}, "", nil},
	})
}

// TestHighnessOpensTheGuest: after a verb of receiving or meeting, سمو
// "his highness" after the subject's title opens the object's name: the
// guest is no holder of the host's title.
func TestHighnessOpensTheGuest(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a king receives a prince", "واستقبل الملك سمو الأمير نواف بن فهد في قصره بالرياض.",
			"نواف بن فهد", []string{"سمو الأمير"}, "", nil},
		{"a crown prince meets a sheikh", "والتقى ولي العهد سمو الشيخ راشد بن عيسى على هامش القمة.",
			"راشد بن عيسى", []string{"الشيخ"}, "", nil},
	})
}

// TestNicknameAlias: a nickname written after a person's name with an
// epithet and ب is an alias of the person: in quotes after any epithet,
// bare after one of naming (الملقب), a word ب is the proclitic of or
// the word after ب written apart (بـ الصقر); a bare word after الشهير is
// what the person is known for, no name, and a word that begins with ب
// as written (بينهم، بيننا) is none either.
func TestNicknameAlias(t *testing.T) {
	tests := []struct {
		why, in, name, alias string
	}{
		{"a nickname in quotes", "وأكد رجل الأعمال عادل سعيد منصور الشهير بـ\"أبو الذهب\" أنه سيستثمر في المدينة.", "عادل سعيد منصور", "أبو الذهب"},
		{"in angle quotes after a woman's name", "وأحيت المطربة نادية حسين المعروفة بـ«عصفورة الشرق» حفلا في العاصمة.", "نادية حسين", "عصفورة الشرق"},
		{"a bare nickname after الملقب", "واعتقلت الشرطة المهرب سامر علي حسن الملقب بالنمر بعد مطاردة.", "سامر علي حسن", "النمر"},
		{"known for his books, no nickname", "وكرم الاتحاد الكاتب فؤاد سالم يوسف الشهير برواياته التاريخية.", "فؤاد سالم يوسف", ""},
		{"ب and a tatweel written apart from the nickname", "وأوقفت الدورية اللص ماهر سعيد الملقب بـ الصقر عند الحاجز.", "ماهر سعيد", "الصقر"},
		{"ب alone before the nickname", "وسلم التاجر نبيل منصور الملقب ب الذيب نفسه للشرطة.", "نبيل منصور", "الذيب"},
		{"among them: a word of its own", "واعتقلت الشرطة المهرب وليد كامل الملقب بينهم بالثعلب بعد مطاردة.", "وليد كامل", ""},
		{"among us, a woman: a word of its own", "وغنت الفنانة سلمى راشد الملقبة بيننا بالعندليبة في الحفل الأخير.", "سلمى راشد", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
			if !assert.GreaterOrEqual(t, i, 0, "%s: %v", tt.why, mentions(res)) {
				continue
			}
			if tt.alias == "" {
				assert.Empty(t, res.Entities[i].Aliases, "%s: %s", tt.why, tt.in)
				continue
			}
			assert.Contains(t, res.Entities[i].Aliases, tt.alias, "%s: %s", tt.why, tt.in)
		}
	}
}
