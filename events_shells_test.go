package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsFallingShells: shells, rockets or barrels falling on a place
// are an attack on it (جراء سقوط قذائف هاون على حي …), and the toll's
// clause then has its place and time; the fall of a man or a regime is
// no attack.
func TestEventsFallingShells(t *testing.T) {
	tests := []struct {
		name, text, place string
	}{
		{"mortar shells", "عنوان\n\nقتل مدنيان جراء سقوط قذائف هاون على حي القصاع في دمشق صباح اليوم.", "القصاع"},
		{"a rocket", "عنوان\n\nأصيب ثلاثة أشخاص إثر سقوط صاروخ على مدينة عسقلان مساء الأحد.", "عسقلان"},
		{"barrels", "عنوان\n\nوتسبب سقوط براميل متفجرة على بلدة داريا في دمار واسع.", "داريا"},
		{"the shells, with the article", "عنوان\n\nوأصيب طفلان جراء سقوط القذائف على حي الميدان في دمشق.", "الميدان"},
		{"two rockets", "عنوان\n\nوسقط جريح إثر سقوط صاروخين على مدينة سديروت.", "سديروت"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-03-24", "attack")
			if len(evs) > 0 {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
	// Who announces the fall is no attacker.
	evs := eventsOfType(t, "عنوان\n\nوأعلن الجيش الإسرائيلي سقوط صاروخين في منطقة مفتوحة قرب عسقلان.", "2018-03-24", "attack")
	assert.Empty(t, evs[0].Participants, "%+v", evs)
	for _, text := range []string{
		"عنوان\n\nوأدى سقوط النظام إلى فوضى في البلاد.",
		"عنوان\n\nوتوقع المحلل سقوط الحكومة خلال أسابيع.",
	} {
		checkNotEvents(t, text, "2018-03-24", "attack")
	}
}

// TestEventsTollOfThose: a toll of "those" victims (ثلاثة من هؤلاء
// الضحايا قتلوا) details the toll told before it: one death and one
// injury, not two of each; a toll of other victims stays apart.
func TestEventsTollOfThose(t *testing.T) {
	text := "عنوان\n\nقتل أربعة مدنيين وأصيب أكثر من عشرين آخرين في قصف على الأحياء السكنية في حلب. وذكرت مصادر طبية أن ثلاثة من هؤلاء الضحايا قتلوا وأصيب عشرة آخرون جراء سقوط قذيفة على حي الميدان."
	// One death of four and one injury of twenty: the three of those
	// are among the four, not three more.
	if d := eventsOfType(t, text, "2018-03-24", "death"); assert.Len(t, d, 1) {
		assert.Equal(t, 4, d[0].Killed, "%+v", d)
	}
	if d := eventsOfType(t, text, "2018-03-24", "injury"); assert.Len(t, d, 1) {
		assert.Equal(t, 20, d[0].Injured, "%+v", d)
	}
	other := "عنوان\n\nقتل أربعة مدنيين في قصف على حلب. وقتل خمسة آخرون في غارة على إدلب."
	assert.Len(t, eventsOfType(t, other, "2018-03-24", "death"), 2)
}

// TestEventsVerbAndItsNoun: a verb and the event noun of its type that is
// its object or subject (وزع البرنامج مساعدات، استهدفت ضربات) are one
// event, with the noun's place and time; the present tense dated to come
// is planned. A noun after another clause word stays apart.
func TestEventsVerbAndItsNoun(t *testing.T) {
	tests := []struct {
		name, text, typ, place, time, status string
	}{
		{"aid delivered", "عنوان\n\nوزع برنامج الأغذية العالمي مساعدات غذائية على آلاف الأسر في مدينة الحسكة أمس.", "aid", "الحسكة", "2018-03-23", "past"},
		{"aid to come", "عنوان\n\nوتقدم منظمة الصحة العالمية مساعدات طبية إلى مستشفيات مدينة الرقة في 10 نيسان المقبل.", "aid", "الرقة", "2018-04-10", "planned"},
		{"strikes as subject", "عنوان\n\nواستهدفت ضربات طيران التحالف مخازن سلاح في مدينة صعدة فجر اليوم.", "attack", "صعدة", "2018-03-24", "past"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-03-24", tt.typ)
			if assert.Len(t, evs, 1, "%+v", evs) {
				assert.Equal(t, tt.place, evs[0].Place)
				assert.Equal(t, tt.time, evs[0].Time)
				assert.Equal(t, tt.status, evs[0].Status)
			}
		})
	}
	apart := eventsOfType(t, "عنوان\n\nوقصفت الطائرات الروسية بلدة خان شيخون بعد غارات على إدلب.", "2018-03-24", "attack")
	assert.Len(t, apart, 2, "%+v", apart)
}

// TestEventsSuspendAfterSubject: علق suspends what comes after its subject
// (علقت الشركة رحلاتها); علق على and علق قائلا إن are comments.
func TestEventsSuspendAfterSubject(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوعلقت شركة الخطوط الجوية التونسية رحلاتها إلى بنغازي حتى إشعار آخر.",
		"عنوان\n\nوعلقت وزارة التربية الكويتية الدراسة في المدارس بسبب الأمطار.",
	} {
		evs := eventsOfType(t, text, "2018-03-24", "suspend")
		assert.Len(t, evs, 1, text)
	}
	for _, text := range []string{
		"عنوان\n\nوعلق وزير الخارجية الروسي سيرغي لافروف على تعليق المحادثات.",
		"عنوان\n\nوعلق المتحدث باسم الخارجية قائلا إن المحادثات مستمرة.",
		"عنوان\n\nوعلق المتحدث باسم الخارجية بأن المحادثات مستمرة.",
	} {
		checkNotEvents(t, text, "2018-03-24", "suspend")
	}
}

// TestEventsAnnouncedAfterAdjective: the announcer does what it announces
// also when an adjective of its name stands between (أعلنت الحكومة
// الليبية المؤقتة تأسيس هيئة), and a protest it announces holding (أعلنت
// النقابة تنظيم وقفة احتجاجية) is its own.
func TestEventsAnnouncedAfterAdjective(t *testing.T) {
	tests := []struct {
		name, text, typ, who string
	}{
		{"an interim government", "عنوان\n\nوأعلنت الحكومة العراقية الجديدة تأسيس هيئة لمكافحة الفساد في مدينة البصرة.", "establish", "الحكومة العراقية"},
		{"a union's vigil", "عنوان\n\nوأعلنت نقابة الصحفيين المصريين تنظيم وقفة احتجاجية أمام مقرها في القاهرة يوم الأحد المقبل.", "protest", "نقابة الصحفيين المصريين"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-03-24", tt.typ)
			if assert.Len(t, evs, 1, "%+v", evs) {
				assert.Contains(t, evs[0].Participants, tt.who)
			}
		})
	}
}

// TestEventsSpanEndIsNoTime: a date after حتى that lies after the
// article's day ends a span yet to run (تمديد الاتفاق حتى نهاية العام
// المقبل) and dates no event, nor makes it planned; a date after حتى that
// is past may still date it.
func TestEventsSpanEndIsNoTime(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nواتفقت الدول المصدرة للنفط اليوم الخميس على تمديد اتفاق خفض الإنتاج حتى نهاية العام المقبل.", "2017-11-30", "agreement")
	for _, e := range evs {
		assert.NotEqual(t, "2018", e.Time, "%+v", evs)
		assert.NotEqual(t, "planned", e.Status, "%+v", evs)
	}
	evs = eventsOfType(t, "عنوان\n\nوقتل 300 مدني في غارات التحالف منذ مطلع الشهر وحتى فجر أمس.", "2017-11-30", "death")
	assert.Equal(t, "2017-11-29", evs[0].Time, "%+v", evs)
}

// TestEventsFirstTeamIsNoRank: الفريق is a rank before a name (الفريق
// أول عوض بن عوف) and a team in الفريق الأول or الفريق لكرة القدم: the
// team a coach is dismissed from is no participant.
func TestEventsFirstTeamIsNoRank(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوأعلن نادي الزمالك إقالة المدرب البرتغالي جيسفالدو فيريرا من تدريب الفريق الأول لكرة القدم.", "2018-03-24", "dismiss")
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "الفريق الأول", "%+v", evs)
	}
	evs = eventsOfType(t, "عنوان\n\nواستقبل الرئيس السوداني عمر البشير الفريق أول عوض بن عوف في القصر الجمهوري.", "2018-03-24", "meet")
	assert.Contains(t, evs[0].Participants, "عوض بن عوف", "%+v", evs)
}

// TestEventsEndOfDutiesAndReshuffle: ending an official's duties (أنهى
// الرئيس مهام الوزير، إنهاء مهام المحافظ) is a dismissal and a cabinet
// reshuffle (تحوير وزاري) an appointment; a mission ending its own tasks
// (أنهت البعثة مهامها) is neither.
func TestEventsEndOfDutiesAndReshuffle(t *testing.T) {
	tests := []struct{ text, typ string }{
		{"عنوان\n\nوأنهى الرئيس الجزائري عبد العزيز بوتفليقة مهام وزير السياحة.", "dismiss"},
		{"عنوان\n\nوقررت الحكومة إنهاء مهام محافظ البنك المركزي.", "dismiss"},
		{"عنوان\n\nوأعلن رئيس الحكومة التونسية يوسف الشاهد تحويرا وزاريا شمل عشرة وزراء.", "appoint"},
	}
	for _, tt := range tests {
		assert.NotEmpty(t, eventsOfType(t, tt.text, "2018-03-24", tt.typ), tt.text)
	}
	checkNotEvents(t, "عنوان\n\nوأنهت البعثة الأممية مهامها في البلاد.", "2018-03-24", "dismiss")
}

// TestEventsRefugeesReturn: the return of refugees or displaced people
// (عودة اللاجئين) is a displacement, refugees moving, as the guidelines
// have it; a minister's return is none.
func TestEventsRefugeesReturn(t *testing.T) {
	assert.NotEmpty(t, eventsOfType(t, "عنوان\n\nوبدأت عودة اللاجئين السوريين إلى بلداتهم في ريف القلمون.", "2018-03-24", "displacement"))
	checkNotEvents(t, "عنوان\n\nوتحدث الوزير عن عودة العلاقات إلى طبيعتها بعد عودة الرئيس إلى دمشق.", "2018-03-24", "displacement")
}
