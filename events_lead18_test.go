package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsHeadingTakesPlannedStatus: a verbless heading names an event
// with no tense of its own; when the report it heads tells the event to
// come with its date, the one event is planned.
func TestEventsHeadingTakesPlannedStatus(t *testing.T) {
	tests := []struct{ name, text, typ, when string }{
		{"a meeting announced for a coming day",
			"وزيرا خارجية مصر والسودان يبحثان ملف المياه\n\nقال مصدر دبلوماسي إن الوفود وصلت إلى العاصمة المصرية.\nلقاء مصري - سوداني\nوأعلن المتحدث باسم الخارجية أنه سيتم عقد لقاء بين وزير الخارجية المصري سامح شكري ونظيره السوداني إبراهيم غندور في القاهرة يوم الأحد المقبل.",
			"meet", "2017-03-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsWhere(t, eventsOf(t, tt.text, "2017-03-15"), "no dated "+tt.typ, func(e ev) bool { return e.Type == tt.typ && e.Time == tt.when })
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, "planned", evs[0].Status)
		})
	}
}

// TestEventsAboutToHappen: بصدد and على وشك before an event say it is
// about to happen, not done.
func TestEventsAboutToHappen(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"aid about to be sent", "عنوان\n\nوأعلنت وزارة الصحة الكويتية أنها بصدد إرسال مساعدات طبية إلى قطاع غزة.", "aid"},
		{"a storming about to begin", "عنوان\n\nوقال مسؤول إن الجيش العراقي على وشك اقتحام مدينة الموصل.", "attack"},
		{"a quoted phrase", "عنوان\n\nوقالت وزارة الخارجية المصرية إنها بصدد \"إرسال مساعدات عاجلة إلى ليبيا\".", "aid"},
		{"a deal about to be signed", "عنوان\n\nوأكدت الحكومة الأردنية أنها على وشك توقيع اتفاق مع صندوق النقد الدولي.", "agreement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-06-02", tt.typ) {
				assert.Equal(t, "planned", e.Status, "%+v", e)
			}
		})
	}
	// شك after و is doubt, not the و of على وشك.
	for _, e := range eventsOfType(t, "عنوان\n\nووقعت الحكومة الأردنية اتفاقا مع صندوق النقد الدولي.", "2018-06-02", "agreement") {
		assert.Equal(t, "past", e.Status)
	}
}

// TestEventsInSomeDays: بعد أيام (أسابيع، أشهر) right after an event noun
// or a present verb's event, with no من after it, puts it some days from
// now: planned. After a past verb it is days later, and with من days
// after something else.
func TestEventsInSomeDays(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتعقد القمة العربية في الجزائر بعد أسابيع.",
		"عنوان\n\nوتجري الانتخابات البلدية في تونس بعد أشهر.",
	} {
		for _, e := range eventsOfType(t, text, "2018-04-30", "meet", "election") {
			assert.Equal(t, "planned", e.Status, "%s: %+v", text, e)
		}
	}
	for _, text := range []string{
		"عنوان\n\nواعتقلت الشرطة الناشط عمر الحسن في عمان ثم أفرجت عنه بعد أيام.",
		"عنوان\n\nوعقدت القمة العربية في الجزائر بعد أيام من الاحتجاجات.",
	} {
		for _, e := range eventsOfType(t, text, "2018-04-30", "release", "meet") {
			assert.Equal(t, "past", e.Status, "%s: %+v", text, e)
		}
	}
}

// TestEventsToComeTakeNoPastDate: an event to come does not take the date
// that opens its sentence when that date is not to come (it dates the
// sentence's verb: the words stir today, the vote is to come).
func TestEventsToComeTakeNoPastDate(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nواليوم يثير التصريح جدلا واسعا في العراق قبيل الانتخابات البرلمانية بعد أسابيع.",
		"عنوان\n\nوأمس، بدأت في تونس الاستعدادات للانتخابات البلدية المقبلة.",
	} {
		evs := eventsOfType(t, text, "2018-04-30", "election")
		require.Len(t, evs, 1, "%+v", evs)
		assert.Equal(t, "planned", evs[0].Status)
		assert.Empty(t, evs[0].Time, text)
	}
}

// TestEventsUntilIsAwaited: إلى حين before an event makes it awaited, as
// لحين does: no appointment is told by "until a new minister is named".
func TestEventsUntilIsAwaited(t *testing.T) {
	text := "عنوان\n\nوبعد ساعات من الاستجواب، أعلن الوزير نايف الحجرف استقالته من منصبه، وقبلها رئيس الوزراء مساء اليوم نفسه.\nوكلف مجلس الوزراء وزير النفط خالد الفاضل بتولي حقيبة المالية بالوكالة إلى حين تعيين وزير جديد."
	evs := eventsOfType(t, text, "2019-12-10", "appoint")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "خالد الفاضل")
}

// TestEventsTitleNotJoinedByAnd: a title joined by و after another is the
// subject of the next clause, not a rank of the first title.
func TestEventsTitleNotJoinedByAnd(t *testing.T) {
	text := "البرلمان يستجوب وزير التربية والوزير يستقيل\n\nوقال النائب إن الاستجواب سيقدم الأسبوع المقبل."
	for _, e := range eventsOfType(t, text, "2019-12-10", "dismiss") {
		for _, p := range e.Participants {
			assert.NotContains(t, p, "والوزير", "%+v", e)
		}
	}
}

// TestEventsCourtConvicts: أدان and برأ with a court as their subject are
// a trial (a conviction, an acquittal) of the one named after; with any
// other subject أدان is a statement of condemnation.
func TestEventsCourtConvicts(t *testing.T) {
	tests := []struct{ name, text, typ, who string }{
		{"a conviction", "عنوان\n\nوأدانت المحكمة الجنائية في الرباط، أمس، الصحفي حميد المهدوي بتهمة التحريض.", "trial", "حميد المهدوي"},
		{"an acquittal", "عنوان\n\nوبرأت محكمة الجنايات في الكويت النائب السابق مسلم البراك من تهمة الإساءة.", "trial", "مسلم البراك"},
		{"a condemnation", "عنوان\n\nوأدانت وزارة الخارجية المغربية الاعتداء على السفارة في دمشق.", "statement", "وزارة الخارجية المغربية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-12-10", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.who)
		})
	}
	// A body condemning a court's ruling makes no trial of its verb.
	for _, e := range eventsOf(t, "عنوان\n\nوأدانت منظمة هيومن رايتس ووتش الحكم بسجن الناشطة لجين الهذلول.", "2019-12-10") {
		if e.Type == "trial" {
			assert.NotEqual(t, "أدانت", e.Trigger)
		}
	}
}
