package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsByAgentNoClause: من قبل before the doer (by armed men, by
// the police) is no time word opening another clause: the place and day
// after it are still the event's. قبل alone (before the vote) still ends
// the window. Sentences written for this test.
func TestEventsByAgentNoClause(t *testing.T) {
	for _, c := range []struct {
		text, typ, place string
	}{
		{"عنوان\n\nوتعرضت قافلة الإغاثة لهجوم من قبل مسلحين ملثمين في بلدة الحصن صباح الاثنين.", "attack", "الحصن"},
		{"عنوان\n\nوجرى اعتقال الناشطين من قبل عناصر الأمن في مدينة السويداء مساء أمس.", "arrest", "السويداء"},
		{"عنوان\n\nوتعرضت الدورية لهجوم من قبل عناصر مجهولة قرب قرية المزرعة فجر الأحد.", "attack", "المزرعة"},
	} {
		evs := eventsOfType(t, c.text, "2019-03-12", c.typ)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
}

// TestEventsAssault: اعتداء (plural اعتداءات) and اعتدى are an attack on
// people or places; encroaching on land, money, rights or a constitution
// (اعتداء على الأراضي، على المال العام) and a sexual or verbal assault are
// none. Sentences written for this test.
func TestEventsAssault(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوتعرض مقر البلدية في مدينة الزرقاء لاعتداء بالحجارة مساء الجمعة.", true},
		{"عنوان\n\nواعتدى مجهولون على حافلة تقل عمالا قرب بلدة الرمثا.", true},
		{"عنوان\n\nوأدان المجلس الاعتداءات المتكررة على مراكز الشرطة في محافظة ديالى.", true},
		{"عنوان\n\nوشنت البلدية حملة لإزالة الاعتداء على الأراضي الزراعية في قرى المحافظة.", false},
		{"عنوان\n\nووصف النائب مشروع القانون بأنه اعتداء على الدستور.", false},
		{"عنوان\n\nوأحيل المتهم إلى المحكمة بتهمة الاعتداء على المال العام.", false},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.Equal(t, c.want, hasType(evs, "attack", ""), "%s: %+v", c.text, evs)
	}
}
