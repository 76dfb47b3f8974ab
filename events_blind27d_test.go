package naba

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsAttendedByClause: a meeting told with "، حضره X" (attended by)
// after a comma has X among its participants, as بحضور X gives. Sentences
// written for this test.
func TestEventsAttendedByClause(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوترأس محافظ البصرة أسعد العيداني أمس اجتماعا موسعا في مدينة الزبير، حضره قائد الشرطة اللواء عباس ناجي.", "عباس ناجي"},
		{"عنوان\n\nوعقد رئيس الحكومة عزيز أخنوش اجتماعا بمدينة الرباط، حضره وزير الداخلية عبد الوافي لفتيت.", "عبد الوافي لفتيت"},
	} {
		evs := eventsOfType(t, c.text, "2025-08-06", "meet")
		require.NotEmpty(t, evs)
		assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
	}
}

// TestEventsGeneralAssembly: the Maghrebi press's general assembly (جمع
// عام, الجمع العام) of a club, a party or an association is a meeting;
// collecting (جمع التبرعات) is none, and one awaited (إلى غاية انعقاد جمع
// عام) is none yet. Sentences written for this test.
func TestEventsGeneralAssembly(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوعقد حزب التقدم والاشتراكية جمعه العام الاستثنائي يوم السبت بمدينة سلا.", true},
		{"عنوان\n\nوصادق المنخرطون خلال الجمع العام العادي لنادي المغرب الفاسي على التقرير المالي.", true},
		{"عنوان\n\nوتواصل الجمعية جمع التبرعات العامة لفائدة الأسر بمدينة سلا.", false},
		// awaited after the Maghrebi إلى غاية (until), as after إلى حين
		{"عنوان\n\nوكلفت العصبة لجنة بتسيير شؤون نادي المغرب الفاسي يوم الأحد إلى غاية انعقاد جمع عام استثنائي.", false},
	} {
		evs := eventsOf(t, c.text, "2025-08-06")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "meet" }), "%s: %+v", c.text, evs)
	}
}
