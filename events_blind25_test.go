package naba

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDetainedCountedNisbaOrDriver: أوقف with persons counted by
// their nationality (12 مصريا، ثلاثة يمنيين) or a driver as its object
// is an arrest, even with a date between subject and object; the noun
// توقف after a preposition (بعد توقف دام يومين: a stoppage) and a count
// of cases (5 قضايا) are none. Sentences written for this test.
func TestEventsDetainedCountedNisbaOrDriver(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nأوقفت الشرطة التونسية أمس 12 مصريا قرب الحدود الليبية.", true},
		{"عنوان\n\nأوقف الجيش الأردني يوم الأحد 3 تشرين الأول 25 عراقيا خلال محاولتهم العبور.", true},
		{"عنوان\n\nوأوقفت الشرطة الإسبانية ثلاثة يمنيين في ميناء الجزيرة الخضراء.", true},
		{"عنوان\n\nضبطت دورية الجمارك شحنة من السجائر المهربة وأوقفت سائقها في ميناء طنجة.", true},
		{"عنوان\n\nعادت الحافلات إلى العمل بعد توقف دام يومين بسبب إضراب السائقين.", false},
		{"عنوان\n\nأوقفت المحكمة النظر في 5 قضايا مدنية.", false},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "arrest" }), "%s: %+v", c.text, evs)
	}
}

// TestEventsAidQuantityHanded: a shipment or a vehicle's load counted
// before its goods (شحنة من 300 ألف جرعة من لقاح، 15 طنا من الأدوية)
// and aid goods handed over (سلّم) are aid; handing over a letter or a
// suspect is not. Sentences written for this test.
func TestEventsAidQuantityHanded(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوصلت إلى بغداد أمس شحنة من 300 ألف جرعة من لقاح الحصبة.", true},
		{"عنوان\n\nوصلت إلى نيامي أمس طائرة تقل شحنة من 40 طنا من الأدوية.", true},
		{"عنوان\n\nوكان البنك الإسلامي للتنمية قد سلّم يوم الأحد 15 طنا من الأدوية لمستشفى عدن العام.", true},
		{"عنوان\n\nوسلّم الوزير رسالة خطية من الرئيس إلى نظيره التونسي في قرطاج.", false},
		{"عنوان\n\nوسلّمت الشرطة المتهم إلى النيابة العامة في عمان أمس.", false},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "aid" }), "%s: %+v", c.text, evs)
	}
}

// TestEventsPlaceLocatedByCapitalAside: a place located by a direction
// from the capital set off by commas (بمدينة غريان، جنوب العاصمة
// طرابلس،) names where the event told after it happened; the capital
// only says where that place lies. Sentences written for this test.
func TestEventsPlaceLocatedByCapitalAside(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nأغلق محتجون الطريق الرئيسي في مدينة غريان، جنوب العاصمة طرابلس، صباح أمس، إثر اشتباكات بين مجموعتين مسلحتين أسفرت عن مقتل طفل.", "death", "غريان"},
		{"عنوان\n\nانقطعت الكهرباء عن أحياء واسعة ببلدة الضمير، شمال شرق العاصمة دمشق، مساء أمس، إثر انفجار في محطة التحويل أدى إلى إصابة عاملين.", "injury", "الضمير"},
	} {
		evs := eventsOfType(t, c.text, "2024-05-14", c.typ)
		if assert.NotEmpty(t, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsMaghrebiSecretaryGeneral: الكاتب العام (the Maghrebi
// secretary general) is a title: the name after it and its body's long
// name is the speaker, and the appeal that follows is theirs. Sentences
// written for this test.
func TestEventsMaghrebiSecretaryGeneral(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nمن جهته، رحب الكاتب العام للجامعة الوطنية لمهنيي الصيد البحري عبد الرحيم الصافي بالقرار، مطالبا بدعم البحارة المتضررين.", "appeal", "عبد الرحيم الصافي"},
		{"عنوان\n\nوانتقد الكاتب العام للنقابة الوطنية للتعليم العالي محمد الزهراوي مشروع القانون الجديد.", "statement", "محمد الزهراوي"},
	} {
		evs := eventsOfType(t, c.text, "2024-05-14", c.typ)
		if assert.NotEmpty(t, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsReturnOfCountedRefugees: عودة with refugees or displaced
// people counted after it (عودة نحو 900 لاجئ، عودة آلاف النازحين) is a
// displacement told where they cross or go, not a visit. Sentences
// written for this test.
func TestEventsReturnOfCountedRefugees(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عودة نحو 900 لاجئ سوري من الأردن عبر معبر نصيب\n\nنص الخبر.", "معبر نصيب"},
		{"عودة آلاف النازحين إلى قراهم في ريف إدلب\n\nنص الخبر.", "ريف إدلب"},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.False(t, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "visit" }), "%s: %+v", c.text, evs)
		if d := eventsOfType(t, c.text, "2024-05-14", "displacement"); assert.NotEmpty(t, d) {
			assert.Equal(t, c.place, d[0].Place, "%s: %+v", c.text, d)
		}
	}
}

// TestEventsUntilDateIsNoTime: a date after إلى غاية / لغاية / إلى حين
// is when a suspension yet to run ends, not when it was decided; the
// decision's own date (مساء الأحد) dates it. Sentences written for this
// test; the reference day is Tuesday 14 May 2024.
func TestEventsUntilDateIsNoTime(t *testing.T) {
	for _, c := range []struct{ text, time string }{
		{"عنوان\n\nوقررت الحكومة الموريتانية، مساء الأحد، تعليق العمل بالرسم الجديد إلى غاية فاتح يناير 2026.", "2024-05-12"},
		{"عنوان\n\nوأعلنت وزارة التربية تعليق الدراسة في المدارس الحكومية إلى غاية 15 يونيو المقبل.", ""},
	} {
		if evs := eventsOfType(t, c.text, "2024-05-14", "suspend"); assert.NotEmpty(t, evs) {
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsCrimeChargedIsNoDeath: قتل right after a noun of charges or
// cases (في قضايا قتل، بتهمة قتل) is the crime charged, spelled like the
// past verb, not a death told; the verb itself stays one. Sentences
// written for this test.
func TestEventsCrimeChargedIsNoDeath(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوأفرج المسلحون عن نحو 60 نزيلا، بينهم محكومون في قضايا قتل وتهريب في مدينة مصراتة أمس.", false},
		{"عنوان\n\nواعتقلت الشرطة شابا بتهمة قتل جاره في مدينة الزرقاء أمس.", false},
		{"عنوان\n\nوقتل مسلحون ثلاثة جنود في مدينة العريش أمس.", true},
	} {
		evs := eventsOf(t, c.text, "2024-05-14")
		assert.Equal(t, c.want, slices.ContainsFunc(evs, func(e ev) bool { return e.Type == "death" }), "%s: %+v", c.text, evs)
	}
}
