package events

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/normalize"
)

var search = normalize.MustNew(normalize.Search)

// found is a trigger as a test states it: its type and its text in Norm.
type found struct{ typ, text string }

func triggers(t *testing.T, s string) []found {
	t.Helper()
	tx := search.Analyze(s)
	var out []found
	for _, tr := range Default().Find(tx, 0, len(tx.Tokens)) {
		require.True(t, 0 <= tr.Start && tr.Start <= tr.End && tr.End <= len(tx.Norm))
		out = append(out, found{tr.Type, tx.Norm[tr.Start:tr.End]})
	}
	return out
}

func TestTypes(t *testing.T) {
	// One sentence per type, in the team's own words; the trigger text is
	// the folded (Search) form, without proclitics.
	cases := []struct {
		name, text string
		want       found
	}{
		{"meet verb", "التقى الرئيس الفرنسي نظيره الألماني في برلين", found{Meet, "التقي"}},
		{"meet noun", "وعقد الوزيران اجتماعاً مطولاً", found{Meet, "اجتماعا"}},
		{"meet discussed", "وبحث الجانبان سبل التعاون", found{Meet, "بحث"}},
		{"meet workshop", "اختتمت ورشة العمل أعمالها", found{Meet, "ورشه العمل"}},
		{"contact", "أجرى وزير الخارجية اتصالاً هاتفياً مع نظيره القطري", found{Contact, "اتصالا هاتفيا"}},
		{"contact verb", "اتصل الملك برئيس الوزراء", found{Contact, "اتصل"}},
		{"visit", "يزور رئيس الوزراء الهند الأسبوع المقبل", found{Visit, "يزور"}},
		{"visit noun", "بدأ الوفد زيارته الرسمية", found{Visit, "زيارته"}},
		{"statement", "وقالت المتحدثة إن الوفد سيغادر غدا", found{Statement, "قالت"}},
		{"statement noun", "وجاء في بيان للوزارة", found{Statement, "بيان"}},
		{"statement praise", "وأشاد الوزير بدعم المانحين", found{Statement, "اشاد"}},
		{"statement long subject", "عبّر العاهل الأردني الملك عبد الله الثاني، عن تعازيه", found{Statement, "عبر"}},
		{"suspend stop", "أعلنت الحكومة وقف المساعدات", found{Suspend, "وقف"}},
		{"decision law", "وأقرت واشنطن قانونا جديدا", found{Decision, "اقرت"}},
		{"appeal", "وطالبت المنظمة بفتح تحقيق مستقل", found{Appeal, "طالبت"}},
		{"appeal imperfect", "تدعو النقابة إلى الإضراب", found{Appeal, "تدعو"}},
		{"appoint", "عيّن الملك سفيراً جديداً لدى فرنسا", found{Appoint, "عين"}},
		{"appoint noun", "تعيين مديرة جديدة للمستشفى", found{Appoint, "تعيين"}},
		{"dismiss", "أقال الرئيس قائد الشرطة من منصبه", found{Dismiss, "اقال"}},
		{"resign", "استقالة وزير المالية", found{Dismiss, "استقاله"}},
		{"establish", "أعلنت الحكومة تأسيس هيئة وطنية للمياه", found{Establish, "تاسيس"}},
		{"suspend freeze", "تجميد أصول الشركة", found{Suspend, "تجميد"}},
		{"suspend dissolve", "قررت المحكمة حل الحزب الحاكم", found{Suspend, "حل"}},
		{"attack shelling", "قصفت الطائرات مواقع المسلحين شمال المدينة", found{Attack, "قصفت"}},
		{"attack explosion", "انفجار سيارة مفخخة قرب السوق", found{Attack, "انفجار"}},
		{"attack clashes", "اندلعت اشتباكات عنيفة في الحي", found{Attack, "اشتباكات"}},
		{"attack confrontations", "مواجهات بين الفصيلين قرب الحدود", found{Attack, "مواجهات"}},
		{"meet session", "وكان مجلس الوزراء عقد جلسة عادية في السرايا", found{Meet, "جلسه"}},
		{"contact received", "وأبلغ الوزير المجلس أنه تلقى اتصالا من نظيره", found{Contact, "تلقي اتصالا"}},
		{"statement hinted", "ولمح وزير الداخلية إلى قرار قريب", found{Statement, "لمح"}},
		{"statement doubted", "وشككت الوزارة في التقرير", found{Statement, "شككت"}},
		{"dismiss retired", "يشغر المنصب غدا بإحالة اللواء على التقاعد", found{Dismiss, "احاله"}},
		{"dismiss retired passive", "خلفا للقائد الذي أحيل على التقاعد", found{Dismiss, "احيل"}},
		{"agreement allowed", "وأعلن مسؤول أن تركيا سمحت للولايات المتحدة باستخدام قواعدها", found{Agreement, "سمحت للولايات"}},
		{"contact conversation", "غداة محادثة هاتفية بين الرئيسين", found{Contact, "محادثه هاتفيه"}},
		{"statement questions", "وطرحت النائبة عدة أسئلة على وزير الصحة", found{Statement, "طرحت"}},
		{"statement admitted", "واعترف المدير بأن المشروع تأخر عاما", found{Statement, "اعترف"}},
		{"statement described as", "ووصف الوزير الاتفاق بأنه خطوة تاريخية", found{Statement, "وصف"}},
		{"attack raided", "وأغارت الطائرات على مواقع المسلحين", found{Attack, "اغارت"}},
		{"fire opened by a gunman", "وأطلق مسلح النار على المصلين", found{Attack, "اطلق"}},
		{"fire opened by the police", "وفتحت قوات الأمن النار على المحتجين", found{Attack, "فتحت"}},
		{"fire opened", "ويطلق القناصة النار على المارة", found{Attack, "يطلق"}},
		{"stones thrown", "ورشق شبان الجنود بالحجارة", found{Attack, "رشق"}},
		{"aid arming", "وتواصل الدول الغربية تسليح الفصائل", found{Aid, "تسليح"}},
		{"aid", "وصلت قافلة مساعدات إنسانية إلى المخيم", found{Aid, "قافله مساعدات"}},
		{"arrest", "اعتقلت الشرطة ثلاثة أشخاص", found{Arrest, "اعتقلت"}},
		{"arrest phrase", "وتم القبض على المشتبه به", found{Arrest, "القبض علي"}},
		{"release", "أفرجت السلطات عن الصحفي", found{Release, "افرجت"}},
		{"release phrase", "إطلاق سراح الرهائن", found{Release, "اطلاق سراح"}},
		{"trial", "بدأت محاكمة المتهمين", found{Trial, "محاكمه"}},
		{"trial verdict", "حكمت المحكمة على المتهم بالسجن خمس سنوات", found{Trial, "حكمت"}},
		{"protest", "تظاهر آلاف الطلاب أمام البرلمان", found{Protest, "تظاهر"}},
		{"protest vigil", "نظم العمال وقفة احتجاجية", found{Protest, "وقفه احتجاجيه"}},
		{"agreement", "وقّع البلدان على اتفاقية للتعاون التجاري", found{Agreement, "وقع"}},
		{"agreement truce", "دخلت الهدنة حيز التنفيذ", found{Agreement, "الهدنه"}},
		{"ceasefire", "أعلن الطرفان وقف إطلاق النار", found{Agreement, "وقف اطلاق"}},
		{"discovery", "أعلنت الشرطة العثور على سيارة مفخخة", found{Discovery, "العثور علي"}},
		{"discovery verb", "عثرت فرق الإنقاذ على ناجين", found{Discovery, "عثرت"}},
		{"decision", "أصدر الرئيس مرسوماً بتعيين محافظ جديد", found{Decision, "مرسوما"}},
		{"decision issued", "اتخذت الحكومة قراراً بإغلاق المعبر", found{Decision, "قرارا"}},
		{"death", "لقي ثلاثة أشخاص حتفهم في حادث سير", found{Death, "لقي"}},
		{"death noun", "مقتل جنديين في كمين", found{Death, "مقتل"}},
		{"injury", "أصيب خمسة جنود بجروح", found{Injury, "اصيب"}},
		{"injury noun", "أسفر الحادث عن إصابة عشرة ركاب", found{Injury, "اصابه"}},
		{"election", "تجري الانتخابات البرلمانية في أيار", found{Election, "الانتخابات"}},
		{"displacement", "نزحت مئات العائلات من القرى الحدودية", found{Displacement, "نزحت"}},
		{"evacuation", "بدأ إجلاء الجرحى من المدينة", found{Displacement, "اجلاء"}},
		{"protests called off", "أعلنت النقابات تعليق الاحتجاجات", found{Suspend, "تعليق"}},
		{"a strike called off", "قررت النقابة تعليق الإضراب عن العمل", found{Suspend, "تعليق"}},
		{"a sit-in suspended", "أعلنت اللجنة تعليق الاعتصام المفتوح", found{Suspend, "تعليق"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Contains(t, triggers(t, c.text), c.want)
		})
	}
}

func TestAmbiguous(t *testing.T) {
	// Words that name events in one sense only.
	cases := []struct {
		name, text string
		not        string // no trigger of this type
	}{
		{"research", "نشر الباحث بحثاً في مجلة علمية", Meet},
		{"search for", "يبحث الأطفال عن مأوى", Meet},
		{"the discussion", "وتطرق البحث إلى الميزانية", Meet},
		{"solution", "لا بد من إيجاد حل سياسي للأزمة", Suspend},
		{"rule", "حكم الملك البلاد عشرين عاما", Trial},
		{"happened", "وقع انفجار في السوق", Agreement},
		{"comment", "اترك تعليقاً", Suspend},
		{"commented", "وعلق الوزير على القرار", Suspend},
		{"commented on the protests", "وعلق الوزير على الاحتجاجات", Suspend},
		{"hung banners", "جاء تعليق اللافتات بعد الاحتجاجات", Suspend},
		{"a protest vigil", "نظم العمال وقفة احتجاجية أمام الوزارة", Suspend},
		{"eye", "في عين العرب", Appoint},
		{"across", "عبر الحدود", Statement},
		{"turn", "الذي توجه فيه الانتقادات إلى الحكومة", Visit},
		{"going back on", "لا عودة عنها", Visit},
		{"a decision mentioned", "هذا القرار غير مفهوم", Decision},
		{"a cost", "وتقول الحكومة إن كلفة استضافة اللاجئين تجاوزت عشرة مليارات", Appoint},
		{"a task taken on", "أفضت الوساطة التي تولاها رئيس البرلمان إلى اتفاق", Appoint},
		{"took charge", "تولى الجيش حماية المنشآت", Appoint},
		{"recognized a state", "واعترفت الحكومة بالدولة الجديدة", Statement},
		{"a proposal put forward", "وطرح الوزير مبادرة لحل الأزمة", Statement},
		{"described a place", "ووصف الرحالة المدينة في كتابه", Statement},
		{"opened a road", "وفتح الجيش الطريق أمام النار", Attack},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, f := range triggers(t, c.text) {
				assert.NotEqual(t, c.not, f.typ, "trigger %q", f.text)
			}
		})
	}
}

// TestFireVerbs: أطلق، فتح، رشق with a subject between the verb and its
// fixed object (النار، بالحجارة) are attacks; the same verbs before
// سراح or a preposition are another act, and the shooting told after
// them is the noun's (إطلاق النار).
func TestFireVerbs(t *testing.T) {
	cases := []struct {
		name, text, verb string
	}{
		{"released after the shooting", "وأطلقت الشرطة سراح المعتقلين بعد إطلاق النار", "اطلقت"},
		{"an inquiry into the shooting", "وفتحت النيابة تحقيقا في إطلاق النار", "فتحت"},
		{"a fire far after", "وفتح الرئيس المعرض الدولي للكتاب وأشعل النار", "فتح"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.NotContains(t, triggers(t, c.text), found{Attack, c.verb})
		})
	}
}

func TestParticiples(t *testing.T) {
	// An appeal told by a participle that opens a clause after a comma
	// (حال); the participles that only go on with a statement, and the
	// same letters elsewhere, are no triggers.
	cases := []struct {
		name, text string
		want       []string // the appeal triggers
	}{
		{"appeal", "وقال الوزير إن الوضع خطير، داعيا إلى وقف القتال", []string{"داعيا"}},
		{"appeal feminine", "وقالت الوزيرة إن الوضع خطير، مطالبة روسيا بوقف الغارات", []string{"مطالبه"}},
		{"appeal plural", "وأكد المحتجون رفضهم، مطالبين بحقوقهم", []string{"مطالبين"}},
		{"after a quote", "وقال الرئيس إن الحرب «خطأ»، مناشدا الجميع وقفها", []string{"مناشدا"}},
		{"going on", "وقال الوزير إن الوضع خطير، مؤكدا أن الحل سياسي، مضيفا أن الوقت يضيق", nil},
		{"the noun", "أكد أن المطالبة بالإصلاح مشروعة", []string{"المطالبه"}},
		{"the noun with و", "أكد رفضه، ومطالبة الحكومة بالإصلاح", []string{"مطالبه"}},
		{"a preacher", "التقى الداعية عمرو خالد بالطلاب", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range triggers(t, c.text) {
				if f.typ == Appeal {
					got = append(got, f.text)
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
	// The participle reads as one, the noun as a noun.
	tx := search.Analyze("قال الوزير ذلك، مطالبة الحكومة بالإصلاح")
	trs := Default().Find(tx, 0, len(tx.Tokens))
	require.Len(t, trs, 2)
	assert.Equal(t, Participle, trs[1].POS)
	assert.Equal(t, "participle", trs[1].POS.String())
	tx = search.Analyze("قال الوزير ذلك، ومطالبة الحكومة بالإصلاح")
	trs = Default().Find(tx, 0, len(tx.Tokens))
	require.Len(t, trs, 2)
	assert.Equal(t, Noun, trs[1].POS)
}

func TestInflections(t *testing.T) {
	// Forms of one verb and one noun, with clitics.
	for _, w := range []string{"التقى", "التقت", "التقوا", "التقيا", "يلتقي", "تلتقي", "يلتقون", "سيلتقي", "وسيلتقي", "والتقى", "فالتقى", "ليلتقي"} {
		got := triggers(t, w)
		require.Len(t, got, 1, w)
		assert.Equal(t, Meet, got[0].typ, w)
	}
	for _, w := range []string{"لقاء", "اللقاء", "للقاء", "بلقاء", "واللقاء", "لقاءات", "لقائه", "لقاؤهما", "زيارة", "زيارته", "الزيارات", "بزيارتها", "زيارتين"} {
		got := triggers(t, w)
		require.Len(t, got, 1, w)
	}
	// Nouns take no future prefix, verbs no article.
	assert.Empty(t, triggers(t, "سلقاء"))
	assert.Empty(t, triggers(t, "الالتقى"))
}

func status(t *testing.T, s string, typ string) string {
	t.Helper()
	tx := search.Analyze(s)
	for _, tr := range Default().Find(tx, 0, len(tx.Tokens)) {
		if tr.Type == typ {
			return Status(tx, tr, 0, len(tx.Tokens))
		}
	}
	t.Fatalf("no %s trigger in %q", typ, s)
	return ""
}

func TestStatus(t *testing.T) {
	cases := []struct {
		text, typ, want string
	}{
		{"التقى الوزير نظيره", Meet, Past},
		{"زيارة الرئيس إلى باريس", Visit, Past},
		{"سيلتقي الوزير نظيره غدا", Meet, Planned},
		{"وسيزور الرئيس القاهرة", Visit, Planned},
		{"من المقرر أن يزور الرئيس القاهرة", Visit, Planned},
		{"يستعد الوزير لزيارة عمّان", Visit, Planned},
		{"تعقد القمة المقبلة في الرباط", Meet, Planned},
		{"المؤتمر الذي سينعقد في جنيف", Meet, Planned},
		{"سوف تجري الانتخابات في الخريف", Election, Planned},
		{"وقال الكرملين إن الاجتماع سيعقد في طهران", Meet, Planned},
		{"أعلنت تركيا أنها ستطلق قريبا هجوما واسعا", Attack, Planned},
		{"لم يلتق الوزيران", Meet, Negated},
		{"لن يزور الرئيس المنطقة", Visit, Negated},
		{"لم تعقد القمة", Meet, Negated},
		{"نفى الجيش وقوع اشتباكات", Attack, Negated},
		{"عدم توقيع الاتفاق", Agreement, Negated},
		{"تتواصل الاشتباكات في المدينة", Attack, Ongoing},
		{"لا تزال المفاوضات جارية", Meet, Ongoing},
		{"الاحتجاجات مستمرة منذ أسبوع", Protest, Ongoing},
		{"يقول الخبراء إن الوضع صعب", Statement, Ongoing},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, status(t, c.text, c.typ))
		})
	}
}

func TestNumber(t *testing.T) {
	cases := []struct {
		text string
		want int
		n    int // tokens read
	}{
		{"9 مدنيين", 9, 1},
		{"٩ مدنيين", 9, 1},
		{"3,042 قتيلا", 3042, 1},
		{"2.5", 2, 1},
		{"350 ألف قتيل", 350000, 2},
		{"تسعة جرحى", 9, 1},
		{"ثلاث نساء", 3, 1},
		{"خمسة عشر جنديا", 15, 2},
		{"خمسة وعشرون شخصا", 25, 2},
		{"مئة وخمسون", 150, 2},
		{"ثلاثمئة", 300, 1},
		{"ثلاث مئة", 300, 2},
		{"مئتا", 0, 0},
		{"مائتين", 200, 1},
		{"ألف", 1000, 1},
		{"ثلاثة آلاف", 3000, 2},
		{"مليون لاجئ", 1000000, 1},
		{"عشرات", 0, 0},
		{"الجرحى", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			tx := search.Analyze(c.text)
			n, next, ok := Number(tx, 0, len(tx.Tokens))
			assert.Equal(t, c.want != 0, ok)
			assert.Equal(t, c.want, n)
			if ok {
				assert.Equal(t, c.n, next)
			}
		})
	}
}

func TestCAMEO(t *testing.T) {
	assert.Equal(t, "04", CAMEO(Meet))
	assert.Equal(t, "042", CAMEO(Visit))
	assert.Equal(t, "", CAMEO(Arrest))
	for _, typ := range Types {
		assert.NotEmpty(t, typ)
	}
	// Every type has triggers.
	seen := map[string]bool{}
	for _, s := range Default().senses {
		seen[s.typ] = true
	}
	for _, typ := range Types {
		assert.True(t, seen[typ], typ)
	}
	assert.Len(t, seen, len(Types))
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"n لقاء",                // no type
		"@meet\nn لقاء",         // no CAMEO
		"@meet 04\nx لقاء",      // bad part of speech
		"@meet 04\niv التقى",    // imperfect without ي
		"@meet 04\nn لقاء !foo", // unknown check
		"@meet 04\nn +عمل",      // no forms
	} {
		_, err := Parse(src)
		assert.Error(t, err, src)
	}
	l, err := Parse("@meet 04\nn لقاء\n")
	require.NoError(t, err)
	tx := search.Analyze("اللقاء")
	_, ok := l.Match(tx, 0)
	assert.True(t, ok)
	var zero Lexicon
	_, ok = zero.Match(tx, 0)
	assert.False(t, ok)
}

func TestSpans(t *testing.T) {
	// The trigger starts after the proclitics and keeps the article.
	tx := search.Analyze("وللاجتماع وسيزور")
	trs := Default().Find(tx, 0, len(tx.Tokens))
	require.Len(t, trs, 2)
	assert.Equal(t, "لاجتماع", tx.Norm[trs[0].Start:trs[0].End])
	assert.True(t, trs[0].Article)
	assert.Equal(t, "يزور", tx.Norm[trs[1].Start:trs[1].End])
	assert.True(t, trs[1].Future())
}

// TestREADMEExamples checks the example of each type in the README's
// Events table.
func TestREADMEExamples(t *testing.T) {
	cases := []struct{ typ, text string }{
		{Meet, "التقى رئيس البلدية وفد الجمعية في مقرها في صيدا"},
		{Contact, "أجرى الوزير اتصالاً هاتفياً مع نظيره القطري"},
		{Visit, "يزور رئيس الحكومة تونس الأسبوع المقبل"},
		{Statement, "وقالت الناطقة باسم الحزب إن الحوار متوقف"},
		{Appeal, "وطالبت المنظمة بفتح تحقيق مستقل"},
		{Appoint, "تعيين ليلى حداد محافظةً لحماة"},
		{Dismiss, "أقال الرئيس قائد الشرطة من منصبه"},
		{Establish, "أعلنت الحكومة تأسيس هيئة وطنية للمياه"},
		{Suspend, "قررت المحكمة حل الحزب الحاكم"},
		{Attack, "قصفت الطائرات مستودعاً قرب بانياس"},
		{Aid, "وصلت قافلة مساعدات إنسانية إلى المخيم"},
		{Arrest, "اعتقلت الشرطة خمسة مشتبه بهم في إدلب"},
		{Release, "أفرجت السلطات عن الصحفي"},
		{Trial, "حكمت المحكمة على المتهم بالسجن خمس سنوات"},
		{Protest, "تظاهر آلاف الطلاب أمام البرلمان"},
		{Agreement, "وقّع البلدان على اتفاقية للتعاون التجاري"},
		{Discovery, "أعلنت الشرطة العثور على سيارة مفخخة"},
		{Decision, "أصدر الرئيس مرسوماً بتعيين محافظ جديد"},
		{Death, "لقي ثلاثة أشخاص حتفهم في حادث سير"},
		{Injury, "أصيب خمسة جنود بجروح"},
		{Election, "تجري الانتخابات البرلمانية في أيار"},
		{Displacement, "نزحت مئات العائلات من القرى الحدودية"},
	}
	require.Len(t, cases, len(Types))
	for _, c := range cases {
		var types []string
		for _, f := range triggers(t, c.text) {
			types = append(types, f.typ)
		}
		assert.Contains(t, types, c.typ, c.text)
	}
}

// TestFinder checks that a Finder, which remembers how the lexicon reads
// each word, finds what the lexicon finds, on first reading and again.
func TestFinder(t *testing.T) {
	texts := []string{
		"وسيلتقي الوزير نظيره غداً، بعد انفجار أدى إلى إصابة تسعة مدنيين.",
		"أجرى وزير الخارجية اتصالاً هاتفياً مع نظيره القطري، وبحث الجانبان سبل التعاون.",
		"للقاء الرئيس، وللاجتماع، كلفة، كلفه الرئيس بتشكيل الحكومة، واتصل الملك برئيس الوزراء",
	}
	for _, name := range []string{"sample.txt", "article_ticker.txt", "article_related.txt", "article_hijri.txt", "article_layouts.txt"} {
		b, err := os.ReadFile("../testdata/" + name)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	f := Default().NewFinder()
	for round := 0; round < 2; round++ {
		for _, s := range texts {
			tx := search.Analyze(s)
			want := Default().Find(tx, 0, len(tx.Tokens))
			words := AppendWords(nil, tx)
			var got []Trigger
			for _, sn := range tx.Sentences {
				got = f.AppendTriggers(got, tx, words, sn.First, sn.Last)
			}
			var wantBySentence []Trigger
			for _, sn := range tx.Sentences {
				wantBySentence = Default().AppendTriggers(wantBySentence, tx, sn.First, sn.Last)
			}
			assert.Equal(t, wantBySentence, got, "round %d", round)
			assert.Equal(t, want, f.AppendTriggers(nil, tx, words, 0, len(tx.Tokens)), "round %d", round)
			assert.Equal(t, want, Default().AppendTriggersWords(nil, tx, words, 0, len(tx.Tokens)))
		}
	}
}
