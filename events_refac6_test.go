package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsOpenedWayIsNoRoad: طريقة "a way" folds to the letters of
// طريقه "his road"; only the word written with ه is a road opened, so an
// opening called a way to something opens no facility.
func TestEventsOpenedWayIsNoRoad(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوافتتحت الوزارة في عمان طريقة جديدة لتقديم الطلبات.",
		"عنوان\n\nوافتتحت الشركة في إربد طريقة أسرع لتحويل الأموال.",
	} {
		checkNotEvents(t, text, "2019-01-01", "establish")
	}
	for _, text := range []string{
		"عنوان\n\nوافتتح البنك مقره الجديد في وسط إربد.",
		"عنوان\n\nوافتتح المحافظ في إربد طريقه الجديد.",
		"عنوان\n\nوافتتحت البلدية في إربد مكتبة عامة للأطفال.",
	} {
		evs := eventsOfType(t, text, "2019-01-01", "establish")
		require.Len(t, evs, 1, "%+v", evs)
		assert.Equal(t, "إربد", evs[0].Place, text)
	}
}

// TestEventsDeportingTheDisplaced: the displaced are people a state
// deports in every form of the word (المهجرين، 300 نازح), as النازحين
// already were.
func TestEventsDeportingTheDisplaced(t *testing.T) {
	for _, tt := range []struct{ text, place string }{
		{"عنوان\n\nوبدأت السلطات في عرسال ترحيل المهجرين السوريين إلى بلادهم.", "عرسال"},
		{"عنوان\n\nوأعلنت السلطات في عرسال ترحيل 300 نازح سوري من المخيمات.", "عرسال"},
		{"عنوان\n\nوواصلت الشرطة في عرسال ترحيل مهجرين سوريين.", "عرسال"},
	} {
		evs := eventsOfType(t, tt.text, "2019-01-01", "displacement")
		for _, e := range evs {
			assert.Equal(t, tt.place, e.Place, tt.text)
		}
	}
}

// TestEventsSpanSpentOrWhenRuled: weeks or hours spent in prison (قضى
// أسابيع بالسجن) are spent there, no sentence, as years and days were; a
// span after بعد/قبل (بعد أيام من المداولة) tells when the ruling came,
// and the sentence after it stays a trial.
func TestEventsSpanSpentOrWhenRuled(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقضى الناشط في عمان ثلاثة أسابيع بالسجن قبل الإفراج عنه.",
		"عنوان\n\nوقضى الصحفي في عمان ساعات بالحبس قبل أن يطلق سراحه.",
		"عنوان\n\nوقضى الناشط في عمان عشرين عاما بالسجن.",
	} {
		checkNotEvents(t, text, "2019-01-01", "trial")
	}
	for _, text := range []string{
		"عنوان\n\nوقضى الحكم الصادر في عمان بعد أيام من المداولة بسجن المتهم.",
		"عنوان\n\nوقضى القرار الصادر في عمان قبل أشهر بحبس الموظفين الثلاثة.",
	} {
		evs := eventsOfType(t, text, "2019-01-01", "trial")
		for _, e := range evs {
			assert.Equal(t, "عمان", e.Place, text)
		}
	}
}

// TestEventsSinceComparisonKeepsToldDay: منذ after an elative (الأسوأ
// منذ، أكبر موجة نزوح منذ) compares the event with the years before it and
// tells no span of its own, so the clause keeps the day it was told; a
// span the clause does tell (منذ السبت الماضي) still takes that day away.
func TestEventsSinceComparisonKeepsToldDay(t *testing.T) {
	for _, c := range []struct{ text, time string }{
		{"عنوان\n\nأعلن محافظ نينوى، أمس الاثنين، أن السيول أدت إلى تشريد مئات العائلات في مدينة الموصل، وهي الأسوأ منذ عام 2010.", "2021-03-15"},
		{"عنوان\n\nذكر مسؤول محلي، أمس الاثنين، أن الفيضانات أدت إلى تشريد آلاف الأسر في مدينة الموصل، في أكبر موجة نزوح منذ 2014.", "2021-03-15"},
		{"عنوان\n\nأعلن محافظ نينوى، أمس الاثنين، أن السيول أدت إلى تشريد مئات العائلات في الموصل منذ السبت الماضي.", ""},
	} {
		evs := eventsOfType(t, c.text, "2021-03-16", "displacement")
		for _, e := range evs {
			assert.Equal(t, c.time, e.Time, c.text)
		}
	}
}

// TestEventsBoardDecidesActNoSession: a board's decision to appoint or
// dismiss (قرر مجلس إدارة الشركة تعيين/إقالة فلان) is the appointment or
// the dismissal with the body taking part whether or not the session it
// was taken at stands between (b18fa1b read it only with a session); a
// session told between stays a meeting of its own.
func TestEventsBoardDecidesActNoSession(t *testing.T) {
	for _, c := range []struct{ text, typ, person, body string }{
		{"عنوان\n\nوقرر مجلس إدارة بنك الواحة أمس إقالة خالد العمري من منصبه.", "dismiss", "خالد العمري", "بنك الواحة"},
		{"عنوان\n\nوقرر مجلس إدارة شركة الاتصالات القطرية تعيين المهندس خالد بن ناصر العطية رئيسا تنفيذيا للشركة.", "appoint", "خالد بن ناصر العطية", "شركة الاتصالات القطرية"},
	} {
		evs := eventsOf(t, c.text, "2021-06-10")
		assert.True(t, hasType(evs, c.typ, c.person), "%+v", evs)
		assert.True(t, hasType(evs, c.typ, c.body), "%+v", evs)
		assert.False(t, hasType(evs, "decision", ""), "%+v", evs)
	}
	evs := eventsOf(t, "عنوان\n\nوقرر مجلس إدارة شركة الاتصالات القطرية في اجتماعه صباح أمس تعيين المهندس خالد بن ناصر العطية رئيسا تنفيذيا للشركة.", "2021-06-10")
	assert.True(t, hasType(evs, "meet", ""), "%+v", evs)
	assert.True(t, hasType(evs, "appoint", "شركة الاتصالات القطرية"), "%+v", evs)
}

// TestEventsCouncilCityWithLam: a council's city whose name begins with ل
// (مجلس محافظة لحج، بلدية لندن) is the election's place as written;
// electedCouncil took that ل away as the preposition of لمصراتة, which
// stays read.
func TestEventsCouncilCityWithLam(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوجرت أمس انتخابات مجلس محافظة لحج وسط إجراءات أمنية. وتقع لحج شمال عدن.", "لحج"},
		{"عنوان\n\nوجرت أمس انتخابات بلدية لندن. وتشهد لندن حملة انتخابية.", "لندن"},
		{"عنوان\n\nوجرت أمس انتخابات بلدية لمصراتة. وشهدت مصراتة إقبالا.", "مصراتة"},
	} {
		evs := eventsOfType(t, c.text, "2021-06-10", "election")
		for _, e := range evs {
			assert.Equal(t, c.place, e.Place, c.text)
		}
	}
}
