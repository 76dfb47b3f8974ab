package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// datesOf returns the text and value of each date of text read against
// ref, in text order.
func datesOf(t *testing.T, text, ref string) [][2]string {
	t.Helper()
	doc, err := Extract(context.Background(), text, ExtractOptions{RefDate: mustDate(t, ref)})
	require.NoError(t, err)
	var out [][2]string
	for _, d := range doc.Dates {
		out = append(out, [2]string{d.Text, d.Value})
	}
	return out
}

// TestDateValueSeasonQuarter: a season's value is the year that holds it,
// as the annotations write it; a quarter and a half stay their months. Sentences written for this test; 2017-07-10 is a Monday.
func TestDateValueSeasonQuarter(t *testing.T) {
	for _, tt := range []struct{ text, date, value string }{
		{"عنوان\n\nوغادر الكاتب بلاده صيف عام 2009 إلى كندا.", "صيف عام 2009", "2009"},
		{"عنوان\n\nوتجري الانتخابات البلدية في خريف 2019 بحسب الهيئة.", "خريف 2019", "2019"},
		{"عنوان\n\nوتراجعت صادرات القمح خلال الصيف الماضي بسبب الجفاف.", "الصيف الماضي", "2016"},
		{"عنوان\n\nوتساقطت الثلوج بغزارة في شتاء 2012 على الجبال.", "شتاء 2012", "2012"},
		{"عنوان\n\nونما الناتج المحلي بنسبة 3 بالمئة في الربع الأخير من العام.", "الربع الأخير من العام", "2017-10/2017-12"},
		{"عنوان\n\nوارتفعت أرباح الشركة في الربع الأول من 2016 وحده.", "الربع الأول من 2016", "2016-01/2016-03"},
		{"عنوان\n\nوتراجع العجز في النصف الأول من العام الماضي.", "النصف الأول من العام الماضي", "2016-01/2016-06"},
	} {
		assert.Contains(t, datesOf(t, tt.text, "2017-07-10"), [2]string{tt.date, tt.value}, tt.text)
	}
}

// TestTickerYearlessDates: a ticker's date with a day or a month and no
// year takes the article's year as the year policy reads it; relative
// ones (الخميس المقبل) are read against the article's day too, as the
// annotations read a ticker (datex3; they stayed unresolved before). A
// page written for this test.
func TestTickerYearlessDates(t *testing.T) {
	page := "افتتاح معرض الكتاب في بيروت 19 نوفمبرانقطاع الكهرباء عن أحياء في صيدا الخميس المقبلصور | ثلوج كثيفة تغطي جبال الأرزتعيين مدير جديد لمرفأ طرابلسالبرلمان يناقش قانون الإيجارات في 3 ديسمبر\n\n" +
		"وزير الطاقة يزور محطة الزهراني لبحث خطط الصيانة\n\n" +
		"صيدا (وكالات) - زار وزير الطاقة محطة الزهراني صباح اليوم، واطلع على سير أعمال الصيانة فيها.\n\n" +
		"وقال الوزير إن الأعمال ستنتهي في ١٥ كانون الثاني المقبل.\n"
	got := datesOf(t, page, "2017-11-22")
	assert.Equal(t, [][2]string{
		{"19 نوفمبر", "2017-11-19"},
		{"الخميس المقبل", "2017-11-23"},
		{"3 ديسمبر", "2017-12-03"},
		{"صباح اليوم", "2017-11-22"},
		{"١٥ كانون الثاني المقبل", "2018-01-15"},
	}, got)
}
