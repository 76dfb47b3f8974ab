package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsReview21SensesOfC7f6312: حل is "arrived" only as a verb that
// opens its clause or follows a particle, not the verbal noun "solving"
// inside a clause (يريد فلان حل الأزمة، تعزيز التعاون وحل الخلافات، تعمل
// على حل); a field hospital, not ميدانيا anywhere in the sentence, makes
// أقام aid; a person's words against the press are a statement even with
// a place told, while a force's attack on journalists stays an attack.
func TestEventsReview21SensesOfC7f6312(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"عنوان\n\nويريد الرئيس الجزائري عبد المجيد تبون حل الأزمة في ليبيا بالحوار.", "visit"},
		{"عنوان\n\nوبحث الوزير سامر حمدان مع نظيره خالد العلي تعزيز التعاون وحل الخلافات في تونس بالطرق السلمية.", "visit"},
		{"عنوان\n\nوأكد الوزير سامر حمدان أن المغرب يعمل على حل الأزمة في مالي بالتفاوض.", "visit"},
		{"عنوان\n\nوأقامت قوات الاحتلال حواجز عسكرية في مدينة نابلس وانتشرت ميدانيا في أحيائها.", "aid"},
		{"عنوان\n\nوهاجم رئيس الوزراء سامر حمدان وسائل الإعلام المحلية في عمان.", "attack"},
	} {
		checkNotEvents(t, c.text, "2021-03-04", c.not)
	}
	for _, c := range []struct{ text, typ, who, place string }{
		{"عنوان\n\nوكان وزير الصحة سامر حمدان قد حل بمدينة أكادير مساء الأحد.", "visit", "سامر حمدان", "أكادير"},
		{"عنوان\n\nوبعد أن حل رئيس الحكومة خالد العلي بمدينة فاس، عقد اجتماعا مع المسؤولين.", "visit", "خالد العلي", "فاس"},
		{"عنوان\n\nوأقامت الهيئة الطبية الدولية مستشفيات ميدانية في مدينة المفرق.", "aid", "", "المفرق"},
		{"عنوان\n\nوأقامت الخدمات الطبية الملكية مستشفى جراحيا ميدانيا في مدينة الرمثا.", "aid", "", "الرمثا"},
		{"عنوان\n\nوهاجمت قوات الاحتلال الصحفيين في مدينة جنين.", "attack", "", "جنين"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", c.typ)
		if len(evs) == 0 {
			continue
		}
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		if c.who != "" {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsReview21StruckPlace: an attack that is the subject of a verb
// of striking takes the place before it (هز مدينة الموصل انفجار), but a
// meeting or a convoy in the accusative after a country is what the
// country struck, and the country no place of it.
func TestEventsReview21StruckPlace(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nواستهدفت إيران اجتماعا لقادة المعارضة الكردية.", "meet"},
		{"عنوان\n\nوضربت إسرائيل قافلة مساعدات صباح الأحد.", "aid"},
	} {
		for _, e := range eventsOf(t, c.text, "2021-03-04") {
			if e.Type == c.typ {
				assert.NotContains(t, []string{"إيران", "إسرائيل"}, e.Place, "%s: %+v", c.text, e)
			}
		}
	}
	evs := eventsOfType(t, "عنوان\n\nوهز مدينة الموصل انفجار عنيف مساء الأحد.", "2021-03-04", "attack")
	if len(evs) > 0 {
		assert.Equal(t, "الموصل", evs[0].Place, "%+v", evs[0])
	}
}

// TestEventsReview21ArrivedFrom: one who arrives "قادما من X إلى Y" visits
// Y, and people displaced "قادمين من X إلى Y" are displaced to Y: the
// route's end is the place of a visit or a displacement, though not of a
// vehicle's crash (TestEventsTollPlacePastRoute).
func TestEventsReview21ArrivedFrom(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nووصل رئيس الوزراء سامر حمدان قادما من عمان إلى بغداد مساء الأحد.", "visit", "بغداد"},
		{"عنوان\n\nووصلت وزيرة الخارجية ليلى حداد متجهة من تونس إلى الجزائر في زيارة رسمية.", "visit", "الجزائر"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", c.typ)
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsReview21AgedNotTold: يبلغ "is aged, amounts to" folds like
// يبلغ "informs": with no أن in its own clause it is no statement, while
// أبلغ with its أن clause right after its object stays one.
func TestEventsReview21AgedNotTold(t *testing.T) {
	checkNotEvents(t, "عنوان\n\nويبلغ الرئيس سامر حمدان من العمر 80 عاما، ويؤكد أطباؤه أن صحته جيدة.", "2021-03-04", "statement:يبلغ")
	evs := eventsOfType(t, "عنوان\n\nوأبلغ الوزير سامر حمدان أعضاء اللجنة أن الموازنة ستقدم الأسبوع المقبل.", "2021-03-04", "statement")
	if len(evs) > 0 {
		assert.Contains(t, evs[0].Participants, "سامر حمدان", "%+v", evs[0])
	}
}
