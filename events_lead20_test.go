package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsCountedArrestNoun: an arrest told by the count of people held and
// nothing else (no name, no place's name, no day) is news as it stands,
// whether a verb or an indefinite verbal noun tells it and whether the
// count is a number or عدد من.
func TestEventsCountedArrestNoun(t *testing.T) {
	tests := []struct{ name, text string }{
		{"announced noun, number", "عنوان\n\nوأعلنت الشرطة اعتقال سبعة أشخاص على خلفية الحادث."},
		{"announced noun, a number of", "عنوان\n\nوكشف المتحدث عن توقيف عدد من المشتبه بهم."},
		{"verb, suspects", "عنوان\n\nواعتقلت قوات الأمن ستة مشتبه بهم في الهجوم."},
		{"verb, a number of", "عنوان\n\nواعتقلت الشرطة عددا من الشبان بعد المواجهات."},
		{"noun, of them", "عنوان\n\nوقال الضابط إن القوات تمكنت من محاصرة المسلحين والقبض على 4 منهم."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-02", "arrest")
			require.Len(t, evs, 1, "%+v", eventsOf(t, tt.text, "2018-06-02"))
			assert.Equal(t, "past", evs[0].Status)
		})
	}
	// A count of things, or the definite noun that refers back, is none.
	for _, text := range []string{
		"عنوان\n\nوأعلنت الشرطة ضبط عدد من الأسلحة.",
		"عنوان\n\nوانتقدت المنظمة الاعتقال بحق ستة أشخاص.",
	} {
		checkNotEvents(t, text, "2018-06-02", "arrest")
	}
}

// TestEventsTrucksLetIn: vehicles let into a place laden with food (دخول
// 30 شاحنة محملة بالمواد الغذائية إلى البلدة) are a delivery of relief,
// as vehicles laden with medicine or tents are anywhere; food carried
// without being let in may be trade.
func TestEventsTrucksLetIn(t *testing.T) {
	tests := []struct{ name, text string }{
		{"entry noun and a count", "عنوان\n\nوأكدت المنظمة دخول 30 شاحنة محملة بالمواد الغذائية إلى بلدة مضايا."},
		{"letting in, food and medicine", "عنوان\n\nوتضمن الاتفاق إدخال شاحنات محملة بالمواد الغذائية والطبية إلى مدينة تعز."},
		{"entered, its count in words", "عنوان\n\nودخلت عشر شاحنات محملة بالمواد الغذائية إلى مدينة الزبداني أمس."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-02", "aid")
			require.Len(t, evs, 1, "%+v", evs)
		})
	}
	checkNotEvents(t, "عنوان\n\nووصلت إلى ميناء العقبة شاحنات محملة بالمواد الغذائية قادمة من مدينة جدة.", "2018-06-02", "aid")
}

// TestEventsReachSought: an agreement one seeks, hopes or commits to reach
// (تسعى إلى التوصل إلى اتفاق، أمله في التوصل، التزامه بالتوصل) is none
// reached; one welcomed or told after (رحب بالتوصل، بعد التوصل) is.
func TestEventsReachSought(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتسعى إثيوبيا إلى التوصل إلى اتفاق نهائي مع مصر بشأن سد النهضة.",
		"عنوان\n\nوعبر المبعوث مارتن غريفيث عن أمله في التوصل إلى اتفاق لوقف إطلاق النار في الحديدة.",
		"عنوان\n\nوجددت الحكومة السودانية التزامها بالتوصل إلى اتفاق سلام مع الحركة الشعبية.",
		"عنوان\n\nوأكد الرئيس التونسي حرصه على الوصول إلى اتفاق مع الاتحاد العام التونسي للشغل.",
	} {
		checkNotEvents(t, text, "2018-06-02", "agreement")
	}
	for _, text := range []string{
		"عنوان\n\nورحبت الأمم المتحدة بالتوصل إلى اتفاق لوقف إطلاق النار في اليمن.",
		"عنوان\n\nوبعد التوصل إلى اتفاق بين الحكومة والمعارضة في السودان، عاد الهدوء إلى الخرطوم.",
	} {
		eventsOfType(t, text, "2018-06-02", "agreement")
	}
}

// TestEventsCallForComment: a newsroom calling someone for comment
// (اتصلت الوكالة بمكتب الوزير للتعليق) is how the story was gathered, no
// contact between its actors; a call for another purpose is one.
func TestEventsCallForComment(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nواتصلت وكالة فرانس برس بمكتب رئيس الوزراء العراقي حيدر العبادي للتعليق على التقرير.",
		"عنوان\n\nواتصلت الجزيرة بوزارة الداخلية المصرية للحصول على تعليق، دون رد.",
	} {
		checkNotEvents(t, text, "2018-06-02", "contact")
	}
	evs := eventsOfType(t, "عنوان\n\nواتصل الرئيس محمود عباس بالملك عبد الله الثاني للتهنئة بعيد الأضحى.", "2018-06-02", "contact")
	assert.True(t, hasType(evs, "contact", "عبد الله الثاني"), "%+v", evs)
}

// TestEventsHeadlineSequenceNoun: in a headline, an event noun after بعد
// or قبل with its own doer named right after it (بعد عودة فلان) is that
// doer's; the headline's subject before بعد is not.
func TestEventsHeadlineSequenceNoun(t *testing.T) {
	evs := eventsOfType(t, "البرلمان ينتقد رئيس الوزراء حيدر العبادي بعد زيارة وزير الخارجية الإيراني محمد جواد ظريف إلى بغداد\n\nنص الخبر.", "2018-06-02", "visit")
	require.Len(t, evs, 1, "%+v", evs)
	assert.NotContains(t, evs[0].Participants, "حيدر العبادي", "%+v", evs[0])
	assert.Contains(t, evs[0].Participants, "محمد جواد ظريف", "%+v", evs[0])
}

// TestEventsVerbalAttack: a person who attacks another person named
// right after him (هاجم الوزير فلان النائب فلانا) does so in words: his
// statement, not an attack; gunmen attacking a convoy do so in arms.
func TestEventsVerbalAttack(t *testing.T) {
	text := "عنوان\n\nوهاجم رئيس الوزراء العراقي حيدر العبادي رئيس البرلمان سليم الجبوري في مؤتمر صحفي."
	checkNotEvents(t, text, "2018-06-02", "attack")
	evs := eventsOfType(t, text, "2018-06-02", "statement")
	assert.True(t, hasType(evs, "statement", "حيدر العبادي"), "%+v", evs)
	evs = eventsOfType(t, "عنوان\n\nوهاجم مسلحون مجهولون موكب محافظ عدن عيدروس الزبيدي في مدينة عدن.", "2018-06-02", "attack")
	assert.Len(t, evs, 1, "%+v", evs)
}

// TestEventsBlocked: what one blocks (منعت السلطات دخول قافلة مساعدات،
// لمنعها دخول مساعدات) did not take place.
func TestEventsBlocked(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nومنعت القوات الإسرائيلية دخول قافلة مساعدات إلى مدينة رفح يوم الأحد.",
		"عنوان\n\nوانتقد الوزير الحكومة السودانية لمنعها دخول مساعدات أرسلها برنامج الأغذية العالمي إلى مدينة الفاشر.",
		"عنوان\n\nومنعت القوات الإسرائيلية صباح الأحد دخول 15 شاحنة محملة بالمواد الغذائية إلى مدينة رفح.",
		"عنوان\n\nورفضت السلطات السورية إدخال شاحنات محملة بالمواد الغذائية إلى مدينة دوما.",
	} {
		checkNotEvents(t, text, "2018-06-02", "aid")
	}
}

// TestEventsHeldAtIncident: a counted arrest with no place of its own,
// told right after the casualties of an incident with its place, is an
// arrest of that incident, where it happened.
func TestEventsHeldAtIncident(t *testing.T) {
	text := "عنوان\n\nوأوضح المتحدث ما جرى في مدينة الزرقاء، معلنا مقتل جنديين وإصابة خمسة آخرين.\nوأضاف أن قوات الأمن اعتقلت سبعة أشخاص."
	evs := eventsOfType(t, text, "2018-06-02", "arrest")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "الزرقاء", evs[0].Place, "%+v", evs[0])
	// Not from an earlier paragraph's incident two sentences back.
	evs = eventsOfType(t, "عنوان\n\nوقتل جنديان في هجوم على مدينة الزرقاء.\nوتوالت ردود الفعل الرسمية والشعبية.\nوأضاف أن قوات الأمن اعتقلت سبعة أشخاص.", "2018-06-02", "arrest")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Empty(t, evs[0].Place, "%+v", evs[0])
}
