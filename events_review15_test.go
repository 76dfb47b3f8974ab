package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsReturneesAreTheSubject: refugees or displaced people going
// home is a displacement when they are the subject of عاد/يعود, behind a
// count at most (يعود اللاجئون، عاد الآلاف من النازحين); a refugee word
// further on in the clause (وزير شؤون اللاجئين، زار مخيم الزعتري للاجئين) makes
// no displacement of an official's return.
func TestEventsReturneesAreTheSubject(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"the refugees with the article, plural in ون",
			"عنوان\n\nويعود اللاجئون السوريون إلى قراهم في ريف حمص.", "ريف حمص"},
		{"thousands of the displaced",
			"عنوان\n\nوعاد الآلاف من النازحين إلى منازلهم في مدينة الرمادي.", "الرمادي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-03-04", "displacement")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place)
		})
	}
	for _, text := range []string{
		"عنوان\n\nوعاد وزير شؤون اللاجئين الفلسطيني إلى رام الله مساء الخميس.",
		"عنوان\n\nوعاد المفوض السامي لشؤون اللاجئين إلى جنيف بعد جولة في المنطقة.",
		"عنوان\n\nوعاد الملك إلى عمان بعد أن زار مخيم الزعتري للاجئين السوريين.",
	} {
		checkNotEvents(t, text, "2018-03-04", "displacement")
	}
}

// TestEventsUntilWithPastDate: an event after لحين or ريثما told with a
// past date of its own (بقي في منصبه لحين وفاته عام 2009) came: it is
// told, not awaited; with a date to come or none it stays awaited.
func TestEventsUntilWithPastDate(t *testing.T) {
	tests := []struct{ name, text, typ, time string }{
		{"a death in a year",
			"عنوان\n\nوبقي الشاعر في منفاه لحين وفاته عام 2009.", "death", "2009"},
		{"a death on a day",
			"عنوان\n\nوظل النائب في منصبه لحين وفاته في 4 آذار الماضي.", "death", "2018-03-04"},
		{"إلى حين, a death in a year",
			"عنوان\n\nوبقي المعارض في السجن إلى حين وفاته عام 2011.", "death", "2011"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-20", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.time, evs[0].Time)
		})
	}
	checkNotEvents(t, "عنوان\n\nوتتولى لجنة مؤقتة إدارة الاتحاد لحين انتخاب مجلس جديد في الشهر المقبل.", "2018-06-20", "election")
}

// TestEventsDaysLaterAfterPastVerb: بعد أيام (أسابيع، أشهر) after an event
// noun that a past verb of its happening governs (وجرت محاكمته بعد
// أسابيع، وتلتها انتخابات بعد أشهر) is days later: the event was, it is
// not planned; with no such verb the noun's span is still to come.
func TestEventsDaysLaterAfterPastVerb(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"a trial weeks after an arrest",
			"عنوان\n\nوفي عام 2016 اعتقلت السلطات الصحفي، وجرت محاكمته بعد أسابيع.", "trial"},
		{"an election months after protests",
			"عنوان\n\nوشهدت البلاد احتجاجات واسعة في يناير 2012، وتلتها انتخابات برلمانية بعد أشهر.", "election"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-05-01", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, "past", evs[0].Status)
		})
	}
	for _, e := range eventsOfType(t, "عنوان\n\nوتجري الانتخابات البرلمانية في العراق بعد أشهر.", "2019-05-01", "election") {
		assert.Equal(t, "planned", e.Status)
	}
}

// TestEventsCondemnedByAChamber: a panel, a department or a chamber that
// is no court's (هيئة علماء المسلمين، دائرة شؤون المفاوضات، غرفة التجارة)
// condemns with أدان, a statement; one followed by a word of the court
// (هيئة المحكمة، الدائرة الجنائية) convicts, a trial.
func TestEventsCondemnedByAChamber(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأدانت هيئة علماء المسلمين في العراق التفجير الذي استهدف السوق.",
		"عنوان\n\nوأدانت دائرة شؤون المفاوضات في منظمة التحرير الفلسطينية قرار الاستيطان.",
		"عنوان\n\nوأدانت غرفة تجارة وصناعة الكويت الاعتداء على الناقلات.",
	} {
		checkNotEvents(t, text, "2019-05-01", "trial")
	}
	evs := eventsOfType(t, "عنوان\n\nوأدانت الدائرة الجنائية في محكمة النقض الوزير السابق أحمد علي بتهمة الرشوة.", "2019-05-01", "trial")
	require.Len(t, evs, 1, "%+v", evs)
}

// TestEventsCourseNoSession: a training course for a body (دورة تدريبية
// للشرطة، دورة تكوينية لفائدة أطر الوزارة) is no session of that body; a
// body's ordinary session still is a meeting.
func TestEventsCourseNoSession(t *testing.T) {
	checkNotEvents(t, "عنوان\n\nونظمت وزارة الداخلية دورة تدريبية للشرطة في مدينة الزرقاء استمرت أسبوعا.", "2019-05-01", "meet")
	evs := eventsOfType(t, "عنوان\n\nوانطلقت في القاهرة أشغال الدورة العادية لمجلس الجامعة العربية.", "2019-05-01", "meet")
	require.Len(t, evs, 1, "%+v", evs)
}
