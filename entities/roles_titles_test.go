package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roleCase is a sentence, a person in it and the roles a reader gives
// that person: their titles in order, and the first role's organization
// (an entity's name, "" for none to check).
type roleCase struct {
	why, src, name string
	titles         []string
	org            string
	notPersons     []string // mentions that must not be persons
}

func checkRoleCases(t *testing.T, cases []roleCase) {
	t.Helper()
	r := fullOnce()
	for _, tt := range cases {
		res := r.RecognizeString(tt.src)
		checkInvariants(t, tt.src, res)
		for _, m := range res.Mentions {
			assert.False(t, m.Label == PER && slices.Contains(tt.notPersons, m.Text), "%s: %q is no person: %s", tt.why, m.Text, tt.src)
		}
		i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
		require.GreaterOrEqual(t, i, 0, "%s: no entity %q: %s", tt.why, tt.name, tt.src)
		e := res.Entities[i]
		var titles []string
		for _, r := range e.Roles {
			titles = append(titles, r.Title)
		}
		assert.Equal(t, tt.titles, titles, "%s: %s", tt.why, tt.src)
		if tt.org != "" && assert.NotEmpty(t, e.Roles, "%s: %s", tt.why, tt.src) {
			require.GreaterOrEqual(t, e.Roles[0].Org, 0, "%s: no organization: %s", tt.why, tt.src)
			assert.Equal(t, tt.org, res.Entities[e.Roles[0].Org].Name, "%s: %s", tt.why, tt.src)
		}
	}
}

// TestApposedTitles: a title phrase right after a person's name is that
// person's, and a definite noun after it is no name.
func TestApposedTitles(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a leader's title after his name, a masdar after it", "وأعلن عبد الملك الحوثي زعيم جماعة أنصار الله الانسحاب من الحديدة.",
			"عبد الملك الحوثي", []string{"زعيم"}, "جماعة أنصار الله", []string{"الانسحاب"}},
		{"after a rank and the name", "وأعلن العقيد أحمد المسماري قائد الجيش الوطني الليبي السيطرة على المطار.",
			"أحمد المسماري", []string{"العقيد", "قائد"}, "", []string{"السيطرة"}},
		{"set off by commas", "وأعلنت أنغيلا ميركل، المستشارة الألمانية، التوصل إلى اتفاق مع اليونان.",
			"أنغيلا ميركل", []string{"المستشارة"}, "", []string{"التوصل"}},
		{"a title in construct after the name is the compound", "وقال جون بولتون مستشار الرئيس الأمريكي إن العقوبات مستمرة.",
			"جون بولتون", []string{"مستشار الرئيس"}, "", nil},
		{"the object of a verb of meeting is another person", "واستقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني في دمشق.",
			"بشار الأسد", []string{"الرئيس"}, "", nil},
		{"sent: the title is the object", "وأوفد الرئيس عبد الفتاح السيسي وزير الخارجية إلى الخرطوم.",
			"عبد الفتاح السيسي", []string{"الرئيس"}, "", nil},
		{"mourned: the title is the object", "ونعى الرئيس اللبناني ميشال عون رئيس الوزراء الأسبق في بيان.",
			"ميشال عون", []string{"الرئيس"}, "", nil},
		{"a name after the title keeps it", "والتقى الرئيس فلاديمير بوتين رئيس الوزراء الإسرائيلي بنيامين نتنياهو في موسكو.",
			"فلاديمير بوتين", []string{"الرئيس"}, "", nil},
		{"a name after the title keeps it: that name's role", "والتقى الرئيس فلاديمير بوتين رئيس الوزراء الإسرائيلي بنيامين نتنياهو في موسكو.",
			"بنيامين نتنياهو", []string{"رئيس الوزراء"}, "", nil},
		{"a name after the title, no verb of meeting", "وشارك الأمير محمد بن سلمان وزير الدفاع الأمريكي جيمس ماتيس في الاجتماع.",
			"جيمس ماتيس", []string{"وزير الدفاع"}, "", nil},
		{"a relative's name: the title may be the relative's", "وقال شقيق ياسر عرفات النائب في المجلس التشريعي إن الحوار مستمر.",
			"ياسر عرفات", nil, "", nil},
	})
}

// TestSpokespersonTitles: المتحدث/الناطق باسم and an organization, with
// a rank between the phrase and the name.
func TestSpokespersonTitles(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a rank between: the spokesman's and the rank", "وأوضح المتحدث باسم الجيش الوطني الليبي اللواء أحمد المسماري أن القوات تقدمت.",
			"أحمد المسماري", []string{"المتحدث باسم", "اللواء"}, "الجيش الوطني الليبي", nil},
		{"a rank with its modifier between", "وقال الناطق باسم الجيش اليمني العميد الركن خالد الحربي إن الهجوم فشل.",
			"خالد الحربي", []string{"الناطق باسم", "العميد الركن"}, "", nil},
		{"a common noun after باسم, then a rank", "وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الهجوم فشل.",
			"تركي المالكي", []string{"المتحدث باسم التحالف", "العقيد الركن"}, "", nil},
		{"the rank's person received by a minister is another", "واستقبل وزير الدفاع اللواء أحمد المسماري في القاهرة.",
			"أحمد المسماري", []string{"اللواء"}, "", nil},
		{"a woman spokesperson of a ministry named by its nationality", "وقالت الناطقة باسم الخارجية الأمريكية هيذر ناورت إن واشنطن قلقة.",
			"هيذر ناورت", []string{"الناطقة باسم"}, "الخارجية الأمريكية", nil},
		{"a spokesman of a ministry named by its nationality", "وصرح المتحدث باسم الداخلية العراقية سعد معن بأن التحقيق مستمر.",
			"سعد معن", []string{"المتحدث باسم"}, "الداخلية العراقية", nil},
		{"a spokesman of a listed organization", "وأكد المتحدث باسم الأمم المتحدة ستيفان دوجاريك أن المساعدات وصلت.",
			"ستيفان دوجاريك", []string{"المتحدث باسم"}, "الأمم المتحدة", nil},
	})
}

// TestTitleOrganizations: the organization of a title read over what
// stands between it and the name: a ل-genitive after the organization,
// في before it, عن and whom a deputy represents.
func TestTitleOrganizations(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"the organization's own ل-genitive, a government's organ named with it", "وأكد رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج أن الانتخابات ستجرى.",
			"فائز السراج", []string{"رئيس"}, "المجلس الرئاسي لحكومة الوفاق الوطني", nil},
		{"a compound title, the organization's genitive", "وقال نائب رئيس المجلس الرئاسي لحكومة الوفاق أحمد معيتيق إن الاتفاق انهار.",
			"أحمد معيتيق", []string{"نائب رئيس"}, "المجلس الرئاسي لحكومة الوفاق", nil},
		{"في and the organization one serves in", "وقال القيادي في حزب الله محمد رعد إن الحكومة ستتشكل.",
			"محمد رعد", []string{"القيادي"}, "حزب الله", nil},
		{"a deputy in a parliament for a party", "وقالت النائبة في البرلمان العراقي عن ائتلاف دولة القانون عالية نصيف إن الجلسة تأجلت.",
			"عالية نصيف", []string{"النائبة"}, "البرلمان العراقي", nil},
		{"a deputy for a governorate", "وقال النائب عن محافظة نينوى أحمد الجبوري إن المياه ملوثة.",
			"أحمد الجبوري", []string{"النائب"}, "", nil},
		{"في and a place is no organization", "وقال القيادي في دمشق محمد رعد إن الحكومة ستتشكل.",
			"محمد رعد", []string{"القيادي"}, "", nil},
		{"a listed title of a field without ل", "وحذر مستشار الأمن القومي الأمريكي جون بولتون من أي هجوم.",
			"جون بولتون", []string{"مستشار الأمن القومي"}, "", nil},
		{"and in the feminine", "وقالت مستشارة الأمن القومي سوزان رايس إن الاتفاق جيد.",
			"سوزان رايس", []string{"مستشارة الأمن القومي"}, "", nil},
	})
}

// TestTaggedNamesAfterTitles: a name that no list or rule reads after a
// title but the tagger finds right there is the title's.
func TestTaggedNamesAfterTitles(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a company's chief executive", "وأعلن الرئيس التنفيذي لشركة طيران الإمارات تيم كلارك أن الطلبيات زادت.",
			"تيم كلارك", []string{"الرئيس التنفيذي"}, "شركة طيران الإمارات", nil},
		{"a minister of a portfolio", "وقال وزير الإعلام عبده مجلي إن الحرب مستمرة.",
			"عبده مجلي", []string{"وزير الإعلام"}, "", nil},
		{"after a rank", "وقال الناطق باسم الجيش اليمني العميد الركن عبده مجلي إن الهجوم فشل.",
			"عبده مجلي", []string{"الناطق باسم", "العميد الركن"}, "الجيش اليمني", nil},
		{"words between: another's name", "وقال وزير الإعلام إن عبده مجلي سيزور عدن.",
			"عبده مجلي", nil, "", nil},
	})
}

// TestPronounTitles: a title word with the pronoun ها before a name is
// that person's title in the organization named before it.
func TestPronounTitles(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a company's chief executive", "وأكدت شركة أرامكو السعودية أن رئيسها التنفيذي أمين الناصر سيزور طوكيو الأسبوع المقبل.",
			"أمين الناصر", []string{"الرئيس التنفيذي"}, "شركة أرامكو السعودية", nil},
		{"an organization's director general", "وقالت منظمة الصحة العالمية إن مديرها العام تيدروس أدهانوم غيبريسوس سيزور الكونغو.",
			"تيدروس أدهانوم غيبريسوس", []string{"المدير العام"}, "منظمة الصحة العالمية", nil},
		{"a government's head, after برئاسة", "وعقدت الحكومة اللبنانية جلستها برئاسة رئيسها تمام سلام.",
			"تمام سلام", []string{"رئيس"}, "الحكومة اللبنانية", nil},
		{"a country is no organization", "وأعلنت فرنسا أن رئيسها إيمانويل ماكرون سيزور لبنان.",
			"إيمانويل ماكرون", []string{"رئيس"}, "", nil},
	})
	res := fullOnce().RecognizeString("وقالت شركة أرامكو إن رئيسها التنفيذي سيزور طوكيو.")
	require.NotEmpty(t, res.Entities, "the company is named")
	for _, e := range res.Entities {
		assert.Empty(t, e.Roles, "no name after the title: %+v", e)
	}
}

// TestAppointedTitles: the office a person is appointed or elected to
// (the title in the accusative after the name) is that person's title.
func TestAppointedTitles(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"appointed head of government", "وعين الملك محمد السادس سعد الدين العثماني رئيسا للحكومة بعد الانتخابات.",
			"سعد الدين العثماني", []string{"رئيس الحكومة"}, "", nil},
		{"appointed minister, a verbal noun", "وأعلن البيت الأبيض تعيين مايك بومبيو وزيرا للخارجية خلفا لريكس تيلرسون.",
			"مايك بومبيو", []string{"وزير الخارجية"}, "", nil},
		{"elected head of a named organization", "وانتخب المؤتمر العام نبيه بري رئيسا لحركة أمل.",
			"نبيه بري", []string{"رئيس"}, "حركة أمل", nil},
		{"a governor of a place", "وصدر مرسوم بتعيين عامر العشي محافظاً للسويداء.",
			"عامر العشي", []string{"محافظ"}, "السويداء", nil},
		{"the office before the appointee's name is the appointer's", "وعين العاهل المغربي سعد الدين العثماني رئيسا للحكومة بعد الانتخابات.",
			"سعد الدين العثماني", []string{"رئيس الحكومة"}, "", nil},
		{"a rank before the appointee's name is his", "وعين الرئيس عبد الفتاح السيسي اللواء خالد فودة محافظا لجنوب سيناء.",
			"خالد فودة", []string{"اللواء", "محافظ"}, "", nil},
		{"no verb of appointment: no title", "وقال سعد الدين العثماني رئيسا للحكومة إن الإصلاح مستمر.",
			"سعد الدين العثماني", nil, "", nil},
		// An office of two words stays whole in the accusative.
		{"a secretary-general of a named organization", "وعين مجلس الجامعة أحمد أبو الغيط أمينا عاما لجامعة الدول العربية.",
			"أحمد أبو الغيط", []string{"أمين عام"}, "جامعة الدول العربية", nil},
		{"a chief executive", "وعين مجلس الإدارة خالد الفالح رئيسا تنفيذيا للشركة العام الماضي.",
			"خالد الفالح", []string{"رئيس تنفيذي الشركة"}, "", nil},
		{"a special envoy sent to a country", "وعين الأمين العام للأمم المتحدة غسان سلامة مبعوثا خاصا إلى ليبيا.",
			"غسان سلامة", []string{"مبعوث خاص"}, "", nil},
		{"a director-general with the article's genitive", "وكلفت الحكومة سامي الجميل مديرا عاما للأمن الوطني.",
			"سامي الجميل", []string{"مدير عام الأمن"}, "", nil},
		{"a deputy of another office", "وعين البرلمان محمد الحلبوسي نائبا لرئيس الوزراء.",
			"محمد الحلبوسي", []string{"نائب رئيس الوزراء"}, "", nil},
	})
}

// TestListedWithTitle: a person listed with the title of an office
// (الملك محمد السادس) holds it, as one listed without it does after the
// title; a style is no office; and a title told with its country and
// without it is one role.
func TestListedWithTitle(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a king listed with his title", "وأكد الملك محمد السادس في خطابه أن الإصلاحات ستستمر.",
			"محمد السادس", []string{"الملك"}, "", nil},
		{"and in a headline", "الملك عبدالله الثاني يستقبل وزير الخارجية العماني",
			"عبدالله الثاني", []string{"الملك"}, "", nil},
		{"the title with the country and without: one role", "ويزور الملك عبد الله الثاني واشنطن غدا. وقال الملك الأردني عبد الله الثاني إن الأردن يدعم الحل.",
			"عبد الله الثاني", []string{"الملك"}, "الأردن", nil},
		{"a style listed with the name is no office", "وقال الشيخ محمد بن زايد إن الإمارات ستشارك.",
			"محمد بن زايد", nil, "", nil},
		{"the appointee's title, the king's own", "عين الملك محمد السادس عزيز أخنوش رئيسا للحكومة.",
			"عزيز أخنوش", []string{"رئيس الحكومة"}, "", nil},
	})
}

// TestGovernedPlaces: a place right after a governor's title is the
// place he governs, also one listed weak (a common word as well), and
// the governorate's name alone refers to no governor.
func TestGovernedPlaces(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a weak place after محافظ", "وافتتح محافظ البحيرة سامي الدمنهوري مدرسة جديدة أمس.",
			"سامي الدمنهوري", []string{"محافظ"}, "البحيرة", []string{"البحيرة"}},
		{"another, before a speech verb's complement", "وصرح محافظ الغربية طارق الجزار بأن الطرق ستفتح غدا.",
			"طارق الجزار", []string{"محافظ"}, "الغربية", []string{"الغربية"}},
		{"a woman governor", "وتفقدت محافظة الشرقية منى الحلواني المستشفى العام.",
			"منى الحلواني", []string{"محافظة"}, "الشرقية", []string{"الشرقية"}},
	})
	r := fullOnce()
	for _, src := range []string{
		"تجمع المعلمون أمام مبنى محافظة البصرة صباحا. وقال محافظ البصرة ماجد الزيدي إن مطالبهم مشروعة.",
		"ووصلت المساعدات إلى محافظة البحيرة أمس، وقال محافظ البحيرة كريم عبده إن توزيعها بدأ.",
	} {
		res := r.RecognizeString(src)
		checkInvariants(t, src, res)
		for _, e := range res.Entities {
			if e.Label == PER {
				assert.NotContains(t, e.Aliases, "محافظة البصرة", src)
				assert.NotContains(t, e.Aliases, "محافظة البحيرة", src)
			}
		}
	}
}

// TestAfricanAndOtherNationalities: the nationality adjectives of more
// countries (Guinea, Niger, Gabon, Rwanda, Senegal, Colombia …) after a
// title qualify it; they are no names, and the name after them is the
// title's person, whole even where the rules alone would stop at a word
// the word lists know (كوندي، نغيسو) and the tagger reads as the name's.
func TestAfricanAndOtherNationalities(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"Guinea", "وقال الرئيس الغيني ألفا كوندي إن بلاده تدعم الاتفاق.",
			"ألفا كوندي", []string{"الرئيس"}, "", []string{"الغيني"}},
		{"Niger", "واستقبل وزير الدفاع النيجري كالا موتاري وفدا فرنسيا.",
			"كالا موتاري", []string{"وزير الدفاع"}, "", []string{"النيجري"}},
		{"Gabon", "وقال الرئيس الغابوني علي بونغو إن بلاده ستشارك في القمة.",
			"علي بونغو", []string{"الرئيس"}, "", []string{"الغابوني"}},
		{"Congo, a name of three words", "وحضر الرئيس الكونغولي دينيس ساسو نغيسو حفل التنصيب.",
			"دينيس ساسو نغيسو", []string{"الرئيس"}, "", []string{"الكونغولي"}},
	})
	r := fullOnce()
	src := "وأشاد رئيس الوزراء السنغالي بالاتفاق، فيما انتقده نظيره الكولومبي."
	res := r.RecognizeString(src)
	checkInvariants(t, src, res)
	for _, m := range res.Mentions {
		assert.NotEqual(t, PER, m.Label, "%q is no person: %s", m.Text, src)
	}
}

// TestTitleGenitiveBeforeName: a frequent definite word right after a
// title of one word, before a name, is the title's genitive (لاعب الوسط
// "midfielder", مدرب الحراس "goalkeepers' coach"): the person is the name after
// it, the title the two words.
func TestTitleGenitiveBeforeName(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a midfielder", "وغاب لاعب الوسط محمد مجدي عن التدريبات بسبب الإصابة.",
			"محمد مجدي", []string{"لاعب الوسط"}, "", []string{"الوسط"}},
		{"a goalkeepers' coach", "وأشاد مدرب الحراس أحمد ناجي بمستوى الحارس الشاب.",
			"أحمد ناجي", []string{"مدرب الحراس"}, "", []string{"الحراس"}},
	})
}
