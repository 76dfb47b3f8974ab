package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Table tests for the constructions of the fourth round, in sentences
// written for these tests. ref2017 is Monday 10 July 2017.

func TestSeasonNamedLikeHijriMonth(t *testing.T) {
	// ربيع is also the head of ربيع الأول/الآخر: alone it is spring.
	runCases(t, ref2017, []findCase{
		{"أزهرت الحقول في ربيع هذا العام", "ربيع هذا العام", "2017-03/2017-05"},
		{"ربيع 2016", "", "2016-03/2016-05"},
		{"ولد في ربيع الأول 1400", "ربيع الأول 1400", "1980-01-19/1980-02-16"},
	})
}

func TestWeekdayBeforeLast(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"اجتمعت اللجنة الخميس قبل الماضي", "الخميس قبل الماضي", "2017-06-29"},
		{"تعقد الجلسة يوم الجمعة بعد المقبل", "الجمعة بعد المقبل", "2017-07-21"},
		{"وقع الهجوم الأحد قبل الماضي", "الأحد قبل الماضي", "2017-07-02"},
	})
}

func TestDayOfBareRelativeMonth(t *testing.T) {
	// في 8 الجاري: the 8th of this month (الشهر left out), as Gulf news writes.
	runCases(t, ref2017, []findCase{
		{"افتتح المعرض في 8 الجاري", "8 الجاري", "2017-07-08"},
		{"وصل الوزير الاثنين 3 الجاري", "الاثنين 3 الجاري", "2017-07-03"},
		{"صدر الحكم يوم 28 الماضي", "28 الماضي", "2017-06-28"},
		{"تبدأ الدورة في 5 المقبل", "5 المقبل", "2017-08-05"},
		{"يستمر المعرض من 12 إلى 15 الجاري", "من 12 إلى 15 الجاري", "2017-07-12/2017-07-15"},
		// feminine forms follow counts, not days
		{"سجلت 24 الماضية", "", "-"},
	})
}

func TestDaysInsideMonth(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"ستجري الانتخابات في شهر نوفمبر بين 15 و19 منه", "شهر نوفمبر بين 15 و19 منه", "2017-11-15/2017-11-19"},
		{"أقيم المعرض في أيلول الماضي من 10 إلى 15", "أيلول الماضي من 10 إلى 15", "2016-09-10/2016-09-15"},
		{"بلغت البطالة في مايو بين 3 و5 في المئة", "مايو", "2017-05"},
		{"زار في مارس من 5 إلى 7 مدن", "مارس", "2017-03"},
	})
}

func TestListedDays(t *testing.T) {
	runCases(t, ref2017, []findCase{
		// two days in a row: one interval, like يومي 16 و17 أيار
		{"تعقد القمة في 16 و17 أيار المقبل", "16 و17 أيار المقبل", "2018-05-16/2018-05-17"},
		{"جرت الجولتان في الخامس والسادس من آذار", "الخامس والسادس من آذار", "2017-03-05/2017-03-06"},
		{"قتل 3 و17 آخرون", "", "-"},
	})
	// days apart: each its own date, the first taking the month of the next
	got := ref2017.Find("جرت الجولتان في 3 و10 أيار 2016")
	if assert.Len(t, got, 2) {
		assert.Equal(t, "3", got[0].Text)
		assert.Equal(t, "2016-05-03", got[0].ISO())
		assert.Equal(t, "10 أيار 2016", got[1].Text)
		assert.Equal(t, "2016-05-10", got[1].ISO())
	}
}

func TestEarlierLaterInPeriod(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وقع الانفجار في وقت سابق من هذا الشهر", "في وقت سابق من هذا الشهر", "2017-07"},
		{"ستعقد القمة في وقت لاحق من هذا العام", "في وقت لاحق من هذا العام", "2017"},
		{"وأعلنت الوزارة في وقت سابق اليوم أنها", "في وقت سابق اليوم", "2017-07-10"},
		{"نلتقي لاحقا في هذا الأسبوع", "لاحقا في هذا الأسبوع", "2017-07-10/2017-07-16"},
		// without a date after it, في وقت سابق is nothing
		{"قال في وقت سابق إن الاتفاق صامد", "", "-"},
	})
	got := ref2017.Find("ستعقد القمة في وقت لاحق من هذا العام")
	if assert.Len(t, got, 1) {
		assert.Equal(t, Late, got[0].Part)
	}
	got = ref2017.Find("يصل الوفد في وقت مبكر من الشهر المقبل")
	if assert.Len(t, got, 1) {
		assert.Equal(t, Early, got[0].Part)
		assert.Equal(t, "2017-08", got[0].ISO())
	}
}

func TestNextDayWords(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وصل الوفد في اليوم الآتي", "اليوم الآتي", "2017-07-11"},
	})
	got := ref2017.Find("وصل الوفد في 3 آذار وغادر في اليوم الآتي")
	if assert.Len(t, got, 2) {
		assert.Equal(t, "2017-03-04", got[1].ISO())
	}
}

func TestThisDayAndAnniversaries(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وقعت الحادثة في هذا اليوم", "هذا اليوم", "2017-07-10"},
		{"في مثل هذا اليوم من عام 1948 أعلن", "مثل هذا اليوم من عام 1948", "1948-07-10"},
		{"في مثل هذا اليوم من العام الماضي", "مثل هذا اليوم من العام الماضي", "2016-07-10"},
		{"في مثل هذا اليوم قبل عامين", "مثل هذا اليوم قبل عامين", "2015-07-10"},
		// an anniversary without its year is no date
		{"نتذكر في مثل هذا اليوم", "", "-"},
	})
}

func TestDayOfHoliday(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"يحتفل المسلمون يوم عيد الفطر", "يوم عيد الفطر", "2017-06-25/2017-06-27"},
		{"زار الكنيسة يوم عيد الميلاد", "يوم عيد الميلاد", "2016-12-25"},
	})
}

func TestMoreHolidaysRound4(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"نظمت الجمعية احتفالا بيوم المرأة العالمي", "يوم المرأة العالمي", "2017-03-08"},
		{"في ذكرى الإسراء والمعراج", "الإسراء والمعراج", "2017-04-24"},
		{"قرأ سورة الإسراء", "", "-"},
	})
}

func TestNominativeDuals(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"شهد الأسبوعان الماضيان تصعيدا", "الأسبوعان الماضيان", "2017-06-26/2017-07-09"},
		{"سيكون الشهران المقبلان حاسمين", "الشهران المقبلان", "2017-07-11/2017-09-10"},
	})
}

func TestWeekdayWithParenthesizedDate(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وقال يوم الثلاثاء (4 يوليو/تموز) إن", "الثلاثاء (4 يوليو/تموز)", "2017-07-04"},
	})
}

func TestKanunWithoutArticle(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"انفجرت قنبلة في يناير / كانون ثان الماضي", "يناير / كانون ثان الماضي", "2017-01"},
		{"ولد في 5 تشرين أول 1990", "5 تشرين أول 1990", "1990-10-05"},
	})
}

func TestQuarterOfTheYear(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"تراجعت المبيعات في الربع الأخير من العام", "الربع الأخير من العام", "2017-10/2017-12"},
		{"النصف الأول من السنة", "", "2017-01/2017-06"},
		{"الربع الأول من العام نفسه", "", "-"},
	})
}

func TestCountedFromADate(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"عاد بعد يومين من عيد الفطر", "بعد يومين من عيد الفطر", "2017-06-27"},
		{"وصل قبل أسبوع من 5 تموز", "قبل أسبوع من 5 تموز", "2017-06-28"},
		{"اندلعت الاحتجاجات بعد شهر من 15 آذار 2011", "بعد شهر من 15 آذار 2011", "2011-04-15"},
		// counted from an event, not a date: no date
		{"استقال قبل أسبوع من الانتخابات", "", "-"},
	})
}
