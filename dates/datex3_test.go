package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Sentences written for these tests (datex3). The reference is Monday
// 2017-07-10 (ref2017) unless said.

// TestActToComeMonth: a bare month in a clause about an act to come is the
// coming one, not the one a year back.
func TestActToComeMonth(t *testing.T) {
	runCases(t, ref2017, []findCase{
		// a noun with المقبل/القادم as its adjective
		{"وحدد الوسطاء الجولة القادمة من الحوار في أكتوبر", "أكتوبر", "2017-10"},
		{"واتفق الطرفان على أن تكون القمة المقبلة في أيار بالمنامة", "أيار", "2018-05"},
		{"ودعت الوزيرة إلى المشاركة في الدورة المقبلة للمعرض في مارس", "مارس", "2018-03"},
		// an act يقوم بها describes after a noun without the article
		{"واتفقا على زيارة يقوم بها الوزير إلى عمان في أغسطس", "أغسطس", "2017-08"},
		{"وأعلن القصر عن جولة تقوم بها الملكة في دول الخليج في آذار", "آذار", "2018-03"},
		// an act under way (التي يقوم بها) is no cue: the policy stays past
		{"وأشاد بالجهود التي يقوم بها الهلال الأحمر منذ مارس", "منذ مارس", "2017-03"},
		{"وانتقد العمليات التي تقوم بها القوات في الريف في أغسطس", "أغسطس", "2016-08"},
		// the past round (الماضية) and no adjective: past, as before
		{"وكانت الجولة الماضية من الحوار في أكتوبر", "أكتوبر", "2016-10"},
		{"وتوقفت المحادثات في أكتوبر", "أكتوبر", "2016-10"},
	})
}

// TestActToComeWeekday: a weekday after a noun with المقبل/القادم, or a
// day a body declares (mourning, a holiday, a strike), is the coming one;
// a weekday of an act under way, or the day of the declaring, has passed.
func TestActToComeWeekday(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وأعلنت الرئاسة الحداد العام يوم الأربعاء على أرواح الضحايا", "يوم الأربعاء", "2017-07-12"},
		{"وقررت الحكومة عطلة رسمية الخميس بمناسبة الذكرى", "الخميس", "2017-07-13"},
		{"ودعت النقابات إلى إضراب شامل يوم السبت", "يوم السبت", "2017-07-15"},
		{"ويلتئم البرلمان في جلسته القادمة الأربعاء", "الأربعاء", "2017-07-12"},
		// the weekday before the observance dates the declaring
		{"وأعلنت الرئاسة يوم الأربعاء الحداد العام", "يوم الأربعاء", "2017-07-05"},
		// an observance with no declaring verb: told of the past
		{"وشارك آلاف العمال في الإضراب يوم السبت", "يوم السبت", "2017-07-08"},
		// an act under way: the weekday has passed
		{"وقال إن الغارات التي يقوم بها الطيران أصابت مستودعا الخميس", "الخميس", "2017-07-06"},
		{"وفي إطار جولة يقوم بها في المنطقة التقى الرئيس الخميس نظيره", "الخميس", "2017-07-06"},
	})
}

// TestBareSeason: a season with neither year nor direction is a date only
// in a clause about what is to come; told of the past it is vague, as the
// annotations have it (they write a season only with its year).
func TestBareSeason(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وارتفعت أسعار الخضار خلال الصيف بسبب الحر", "", "-"},
		{"وكان المصنع قد توقف في الشتاء", "", "-"},
		{"وستفتتح المدرسة أبوابها في الخريف", "الخريف", "2017-09/2017-11"},
		{"ومن المقرر أن تجري الانتخابات في الشتاء", "الشتاء", "2017-12/2018-02"},
		{"وتراجع الإنتاج في صيف 2015", "صيف 2015", "2015-06/2015-08"},
		{"وتراجع الإنتاج في الصيف الماضي", "الصيف الماضي", "2016-06/2016-08"},
	})
}

// TestSameDayTwice: a day and month written without year or direction
// (a headline's) is the same day and month the text writes with a
// direction or a year; a month alone is not carried.
func TestSameDayTwice(t *testing.T) {
	p := MustNew(Options{Reference: day("2017-10-25")})
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"النقابات تقر إضرابا عاما في 20 نوفمبر\nوقررت النقابات تنفيذ الإضراب يوم 20 نوفمبر المقبل.",
			[]string{"2017-11-20", "2017-11-20"}},
		{"افتتاح المعرض الدولي في 12 نيسان\nويفتتح المعرض أبوابه في 12 نيسان القادم في العاصمة.",
			[]string{"2018-04-12", "2018-04-12"}},
		{"وقعت الحادثة في 3 ديسمبر\nوكانت الحادثة قد وقعت في 3 ديسمبر 2015.",
			[]string{"2015-12-03", "2015-12-03"}},
		// no twin: the policy
		{"افتتاح المعرض الدولي في 12 نيسان\nويفتتح المعرض أبوابه قريبا.", []string{"2017-04-12"}},
		// a month alone keeps its own reading
		{"تراجعت الصادرات في مارس\nويتوقع أن ترتفع في مارس المقبل.", []string{"2017-03", "2018-03"}},
	} {
		var got []string
		for _, d := range p.Find(tt.in) {
			got = append(got, d.ISO())
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}
