package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWeekdayInDependentClause (refac3): a bare weekday in a clause of
// what one does before or after (قبل أن/بعد أن + a verb in the present)
// has the time of the clause it depends on, however far back its cue is:
// a visit to come (a date to come or a future cue before) makes it the
// coming one; a past cue the past one. A verb in the past after بعد أن
// tells its own time. Sentences written for this test; the article is of
// Wednesday 2019-06-19.
func TestWeekdayInDependentClause(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-19")})
	for _, c := range []struct{ name, in, iso string }{
		{"a date to come before",
			"ومن المقرر أن يصل الوفد التجاري إلى الرباط يوم الخميس المقبل، حيث يجري محادثات مع رجال الأعمال حول مشروعات الطاقة والموانئ، قبل أن يغادر المغرب السبت",
			"2019-06-22"},
		{"a future verb far back",
			"وسيفتتح رئيس الحكومة المعرض الدولي للكتاب في دورته الجديدة بحضور عدد كبير من الناشرين العرب والأجانب، بعد أن يستقبل وزير الثقافة الاثنين",
			"2019-06-24"},
		{"a past cue far back",
			"وعقد المجلس جلسته الطارئة في مقره بالعاصمة بحضور جميع الأعضاء ومندوبين عن النقابات والجمعيات المهنية، قبل أن يصدر بيانه الختامي الاثنين",
			"2019-06-17"},
		{"a verb in the past after بعد أن",
			"ومن المقرر أن يصل الوفد التجاري إلى الرباط يوم الخميس المقبل، بعد أن غادر الجزائر السبت",
			"2019-06-15"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := p.Find(c.in)
			if assert.NotEmpty(t, got, c.in) {
				last := got[len(got)-1]
				assert.Equal(t, c.iso, last.ISO(), c.in[last.Start:last.End])
			}
		})
	}
}
