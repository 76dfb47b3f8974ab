package dates

import "testing"

// TestForecastOfThePast: 462c822 made the date in the clause after a
// forecast told in the past (توقعت، رجحت) one to come. رجح and توقع also
// guess at what has been: a clause that supposes a past (أن يكون … قد
// فعل، أن … كان) or a date in a relative clause told in the past (الحريق
// الذي اندلع الخميس) keeps its past day; a forecast with يكون and no قد
// (أن يكون الطقس حارا الخميس) is still to come. Sentences written for
// this test; the reference is Monday 2025-05-12.
func TestForecastOfThePast(t *testing.T) {
	p := MustNew(Options{Reference: day("2025-05-12")})
	runBothPaths(t, p, []findCase{
		{"ورجحت مصادر أمنية أن يكون المهاجمون قد تسللوا إلى البلدة السبت", "السبت", "2025-05-10"},
		{"وتوقع المحققون أن يكون الحريق الذي اندلع الخميس ناجما عن تماس كهربائي", "الخميس", "2025-05-08"},
		{"ورجح خفر السواحل أن القارب كان قد غرق يوم الأحد", "يوم الأحد", "2025-05-11"},
		// a forecast with يكون and no قد: to come
		{"وتوقعت الأرصاد أن يكون الطقس حارا الخميس", "الخميس", "2025-05-15"},
	})
}
