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
