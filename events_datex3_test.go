package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Texts written for these tests (datex3).

// timeOfType returns the time of the first event of type typ in text.
func timeOfType(t *testing.T, text, ref, typ string) string {
	t.Helper()
	evs := eventsOfType(t, text, ref, typ)
	if len(evs) == 0 {
		return "(none)"
	}
	return evs[0].Time
}

// TestEventTimeYearQualifier: a year after ل that tells which of a series
// the event is (اجتماعه الثالث لعام 2019) yields to a date of that year in
// the event's clause; alone, it still dates the event.
func TestEventTimeYearQualifier(t *testing.T) {
	for _, tt := range []struct{ text, typ, want string }{
		{"عنوان\n\nوبحث مجلس الإدارة، في اجتماعه الدوري الثالث لعام 2019 المنعقد أمس الأحد بعمان، خطة التوسع.", "meet", "2019-03-10"},
		{"عنوان\n\nوعقدت اللجنة اجتماعها الأول لسنة 2019 صباح اليوم في مقر الوزارة.", "meet", "2019-03-11"},
		{"عنوان\n\nوعقدت اللجنة اجتماعها الأول لسنة 2019 في مقر الوزارة.", "meet", "2019"},
	} {
		assert.Equal(t, tt.want, timeOfType(t, tt.text, "2019-03-11", tt.typ), tt.text)
	}
}

// TestTickerWeekdayTime: a ticker's headline that names a weekday is
// dated by it, read against the page's day; its اليوم is not.
func TestTickerWeekdayTime(t *testing.T) {
	page := "الوزير الأول يترأس اجتماع الحكومة الخميس المقبلحريق يلتهم مستودعا في الميناءالمنتخب يفوز وديا على ضيفه\n\n" +
		"ارتفاع أسعار الخضار في الأسواق\n\n" +
		"ارتفعت أسعار الخضار في أسواق العاصمة صباح اليوم بسبب الأمطار.\n"
	var meet *ev
	evs := eventsOf(t, page, "2019-03-11")
	for i := range evs {
		if evs[i].Type == "meet" {
			meet = &evs[i]
		}
	}
	if assert.NotNil(t, meet, "%+v", evs) {
		assert.Equal(t, "2019-03-14", meet.Time)
	}
	assert.Contains(t, datesOf(t, page, "2019-03-11"), [2]string{"الخميس المقبل", "2019-03-14"})
}

// TestEventTimeNotSinceClause: a date inside a منذ clause (منذ تشكيلها في
// أيار 2015) dates what the span began with, not an event told after it.
func TestEventTimeNotSinceClause(t *testing.T) {
	for _, tt := range []struct{ text, typ, want string }{
		{"عنوان\n\nوأجرى رئيس الوزراء الكويتي، الخميس، تعديلا وزاريا على حكومته هو الرابع منذ تشكيلها في أيار 2015، وأدى الوزراء الجدد اليمين الدستورية أمام أمير الكويت الشيخ صباح الأحمد في قصر بيان.", "appoint", "2019-03-07"},
		{"عنوان\n\nوأعلن الديوان، السبت، تغييرا في الحكومة هو الثاني منذ توليها المسؤولية عام 2016، وأدى الوزيران الجديدان اليمين أمام الملك محمد السادس في القصر الملكي بالرباط.", "appoint", "2019-03-09"},
		{"عنوان\n\nوشهدت المدينة هدوءا منذ انسحاب المسلحين منها في يناير 2018، واعتقلت الشرطة العراقية ثلاثة مطلوبين في الموصل.", "arrest", ""},
	} {
		assert.Equal(t, tt.want, timeOfType(t, tt.text, "2019-03-11", tt.typ), tt.text)
	}
}

// TestEventTimeSinceClauseOwn: the event told inside the منذ clause, or
// in a clause that goes on from it, takes its date; so does an event
// whose date to come stands after منذ and a noun.
func TestEventTimeSinceClauseOwn(t *testing.T) {
	for _, tt := range []struct{ text, typ, want string }{
		{"عنوان\n\nووصل الوزير إلى بغداد في أول زيارة منذ تشكيل الحكومة العراقية الجديدة الشهر الماضي.", "establish", "2019-02"},
		{"عنوان\n\nوهو الفيضان الأشد منذ فيضان عام 1988 الذي ضرب ولاية سنار وأودى بحياة أكثر من مئة شخص.", "death", "1988"},
		{"عنوان\n\nومن المرتقب أن يعقد مجلس النواب جلسته الأولى منذ الأزمة مطلع الأسبوع المقبل في مقر البرلمان.", "meet", "2019-03-18/2019-03-24"},
		{"عنوان\n\nومن المنتظر أن تعقد الحكومة اجتماعها الأول منذ الأزمة مطلع الشهر المقبل في القصر الحكومي.", "meet", "2019-04"},
	} {
		assert.Equal(t, tt.want, timeOfType(t, tt.text, "2019-03-11", tt.typ), tt.text)
	}
}
