package dates

import (
	"testing"

	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
)

// Dates read where there is none, and counts read as days (branch
// datex1), in sentences written for these tests. ref2017 is Monday 10
// July 2017. Each case is run through Find and through FindText on the
// Search-folded analysis the pipeline gives it.

func runBothPaths(t *testing.T, p *Parser, cases []findCase) {
	t.Helper()
	runCases(t, p, cases)
	search := normalize.MustNew(normalize.Search)
	for _, c := range cases {
		a, b := p.Find(c.in), p.FindText(search.Analyze(c.in))
		if assert.Len(t, b, len(a), c.in) {
			for i := range a {
				assert.Equal(t, a[i].ISO(), b[i].ISO(), c.in)
			}
		}
	}
}

func TestWeekdayNamingAThing(t *testing.T) {
	runBothPaths(t, ref2017, []findCase{
		// a market, a quarter, a street named after a day
		{"التهمت النيران عشرات المحلات في سوق الخميس الشعبي", "", "-"},
		{"يتسوق الأهالي من سوق السبت كل أسبوع", "", "-"},
		{"يسكن في حي الأربعاء قرب المحطة", "", "-"},
		{"وأغلقت الشرطة شارع الجمعة أمام السيارات", "", "-"},
		// the preacher of the Friday prayer
		{"انتقد خطيب الجمعة ارتفاع الأسعار", "", "-"},
		{"ودعا إمام الجمعة إلى الصبر", "", "-"},
		// the prayer is held on a day: a date, as the annotations mark it
		{"تفرق المصلون بعد صلاة الجمعة بهدوء", "الجمعة", "2017-07-07"},
		// a direction after it makes it a day again
		{"يفتتح سوق الأحد المقبل معرضا للكتاب", "الأحد المقبل", "2017-07-16"},
		// a weekday after an ordinary noun is still a day
		{"عقد المجلس جلسته الأحد", "الأحد", "2017-07-09"},
	})
}

func TestDecimalsScoresCounts(t *testing.T) {
	runBothPaths(t, ref2017, []findCase{
		// a decimal with words after it, a percent sign glued to the next word
		{"استقرت نسبة التضخم في 4.3 في المائةوتراجعت الأسعار", "", "-"},
		{"ارتفع المؤشر في 2.7 خلال الربع الثاني", "", "-"},
		{"هبطت العملة في 1.8 نقطة", "", "-"},
		// a day and month with a dot still end their clause
		{"سأرجع في 5.20", "5.20", "2018-05-20"},
		// scores
		{"حسم الفريق المباراة في 2-1 بهدف متأخر", "", "-"},
		{"تغلب المنتخب على ضيفه في 3-0 أمس", "أمس", "2017-07-09"},
		{"خسر النادي 1-2 في ملعبه", "", "-"},
		// a range of people
		{"أصيب في 4-7 أشخاص بجروح", "", "-"},
		{"نقل ما بين 30-40 شخصا إلى المستشفى", "", "-"},
		// a day and month with a dash and no match near it is a date
		{"سيعود الوفد في 5-8", "5-8", "2017-08-05"},
	})
}

func TestHijriWithGregorianAfterRelativeDay(t *testing.T) {
	p := MustNew(Options{Reference: day("2017-11-05")})
	runBothPaths(t, p, []findCase{
		{"صدر المرسوم أمس 15 صفر 1439 هـ الموافق 4 نوفمبر 2017 م بتعيينه",
			"أمس 15 صفر 1439 هـ الموافق 4 نوفمبر 2017 م", "2017-11-04"},
		{"أعلنت الوزارة عصر أمس السبت 15 صفر 1439هـ الموافق 4 تشرين الثاني 2017م نتائج",
			"عصر أمس السبت 15 صفر 1439هـ الموافق 4 تشرين الثاني 2017م", "2017-11-04"},
		{"ويبدأ العمل بالقرار اليوم الأحد ١٦ صفر ١٤٣٩ هـ الموافق ٥ نوفمبر ٢٠١٧",
			"اليوم الأحد ١٦ صفر ١٤٣٩ هـ الموافق ٥ نوفمبر ٢٠١٧", "2017-11-05"},
	})
	ds := p.Find("صدر المرسوم أمس 15 صفر 1439 هـ الموافق 4 نوفمبر 2017 م")
	if assert.Len(t, ds, 1) {
		assert.True(t, ds[0].Dual)
	}
}

func TestSinceYearsIsTheYear(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-04-30")})
	runBothPaths(t, p, []findCase{
		// منذ + whole years or months: that year or month
		{"يلتئم البرلمان لأول مرة منذ 22 عاما", "منذ 22 عاما", "1996"},
		{"هاجر إلى كندا منذ خمس سنوات", "منذ خمس سنوات", "2013"},
		{"انقطع الاتصال بهم منذ عقدين", "منذ عقدين", "1998"},
		{"لم يتقاض راتبه منذ ثلاثة أشهر", "منذ ثلاثة أشهر", "2018-01"},
		// days, weeks, half units and mixed units keep the day
		{"وصل منذ أسبوعين", "منذ أسبوعين", "2018-04-16"},
		{"تعطل المصنع منذ عامين ونصف", "منذ عامين ونصف", "2015-10-30"},
		{"تراجعت المبيعات قبل ثلاث سنوات", "قبل ثلاث سنوات", "2015-04-30"},
		// a count after بعد from an event, or a duration: no date
		{"عاد السكان بعد 16 شهرا من الحصار", "", "-"},
		{"أمهل الجيش المسلحين خلال 48 ساعة", "", "-"},
	})
}

func TestWeekdayAfterPlannedAct(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-06-05")}) // a Tuesday
	runBothPaths(t, p, []findCase{
		// a planned act starting or going ahead: the coming day
		{"المعلمون يمضون في إضرابهم الخميس", "الخميس", "2018-06-07"},
		{"النقابات تمضي في الإضراب الأربعاء", "الأربعاء", "2018-06-06"},
		{"تنطلق جولة المفاوضات الجديدة السبت في عمان", "السبت", "2018-06-09"},
		{"وتستأنف المحكمة النظر في القضية الاثنين", "الاثنين", "2018-06-11"},
		// told in the past: the last one
		{"انطلقت جولة المفاوضات السبت في عمان", "السبت", "2018-06-02"},
		{"بدأ المعلمون إضرابهم الخميس", "الخميس", "2018-05-31"},
		// the announced visit and the reported meeting
		{"وزير الخارجية يزور بغداد الأحد", "الأحد", "2018-06-10"},
		{"التقى الرئيس السفير الأحد", "الأحد", "2018-06-03"},
		// a year-less day and month after يبدأ keeps its own reading
		{"العام الدراسي الذي يبدأ في الأول من أيلول", "الأول من أيلول", "2017-09-01"},
	})
}

func TestDeadlineIsToCome(t *testing.T) {
	p := MustNew(Options{Reference: day("2015-08-06")})
	runBothPaths(t, p, []findCase{
		// بحلول + a day and month without a year: a deadline to come
		{"على الأطراف تشكيل الحكومة بحلول 23 آب", "23 آب", "2015-08-23"},
		{"ينبغي سحب القوات بحلول الأول من أيار", "الأول من أيار", "2016-05-01"},
		{"وبحلول 15 تشرين الأول يجب أن تكتمل اللوائح", "15 تشرين الأول", "2015-10-15"},
		// a direction or a past cue decides
		{"بحلول 5 تموز الماضي تجاوز عدد النازحين الألف", "5 تموز الماضي", "2015-07-05"},
		{"عقد الاجتماع بحلول 3 آب", "3 آب", "2015-08-03"},
	})
}
