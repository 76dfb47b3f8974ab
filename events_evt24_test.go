package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsTwoAppointeesTwoActs: one sentence that appoints two persons,
// each to an office of his own (عيّن المجلس فلانا مديرا لـ…، وفلانا مديرا
// لـ…), tells two appointments, each of one appointee with the body that
// made them, its time, and the place named with his own office; a list
// that a decree or a reshuffle includes (شمل التعديل تعيين …) stays one
// act of all its appointees.
func TestEventsTwoAppointeesTwoActs(t *testing.T) {
	for _, c := range []struct {
		text        string
		first, next string
		place2      string
	}{
		{"عنوان\n\nوعيّن مجلس الإدارة أمس المهندس سمير الخطيب مديراً للمشاريع، والدكتور هشام حداد مديراً للشؤون المالية.", "سمير الخطيب", "هشام حداد", ""},
		{"عنوان\n\nوقررت الحكومة في جلستها الأسبوعية تعيين اللواء ماهر سليم محافظاً لحمص، واللواء عادل زيدان محافظاً لحماة.", "ماهر سليم", "عادل زيدان", "حماة"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "appoint")
		require.Len(t, evs, 2, "%s: %+v", c.text, evs)
		assert.Contains(t, evs[0].Participants, c.first, "%+v", evs)
		assert.NotContains(t, evs[0].Participants, c.next, "%+v", evs)
		assert.Contains(t, evs[1].Participants, c.next, "%+v", evs)
		assert.NotContains(t, evs[1].Participants, c.first, "%+v", evs)
		assert.Equal(t, evs[0].Time, evs[1].Time, "%+v", evs)
		assert.Equal(t, c.place2, evs[1].Place, "%+v", evs)
	}
	evs := eventsOfType(t, "عنوان\n\nوشمل التعديل الوزاري تعيين سامر حمدان وزيرا للمالية، وفادي نصار وزيرا للتجارة.", "2020-03-04", "appoint")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Subset(t, evs[0].Participants, []string{"سامر حمدان", "فادي نصار"})
}

// TestEventsSignedAgreementToldAgain: a verb of signing whose object is
// the agreement named just before (وقّع الاتفاقية عن الجانب الأول فلان،
// وعن الجانب الثاني فلان) tells that agreement again: one event, which
// its signatories join.
func TestEventsSignedAgreementToldAgain(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"عنوان\n\nوقعت الأردن والعراق اليوم في بغداد اتفاقية للتعاون في مجال النقل البري.\n\nووقع الاتفاقية عن الجانب الأردني الوزير خالد المومني، وعن الجانب العراقي الوزير حسين الربيعي.", "خالد المومني", "حسين الربيعي"},
		{"عنوان\n\nوقعت تونس والجزائر أمس اتفاقا لتنظيم الصيد البحري.\n\nووقّع الاتفاق عن تونس الوزير منير الشابي، وعن الجزائر الوزير سمير العيادي.", "منير الشابي", "سمير العيادي"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "agreement")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Subset(t, evs[0].Participants, []string{c.a, c.b}, "%+v", evs)
		assert.NotEmpty(t, evs[0].Time, "%+v", evs)
	}
}

// TestEventsAgreementAtMeeting: an agreement reached or signed during a
// meeting (خلال اجتماعهما المنعقد يوم …، خلال الاجتماع) takes the
// meeting's time and place, told with the meeting noun or with the
// meeting the definite noun names again.
func TestEventsAgreementAtMeeting(t *testing.T) {
	for _, c := range []struct{ text, time, place string }{
		{"عنوان\n\nوتأتي الخطوة تنفيذا للاتفاق الذي توصل إليه وزير الداخلية سمير العلي ونظيره الأردني فادي نصار خلال اجتماعهما المنعقد يوم 12 شباط في عمّان.", "2020-02-12", "عمّان"},
		{"عنوان\n\nوعقد وزيرا الخارجية اجتماعا يوم الأحد في الرباط لبحث العلاقات الثنائية.\n\nووقّع الجانبان خلال الاجتماع اتفاقية للتعاون الثقافي.", "2020-03-01", "الرباط"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "agreement")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
}

// TestEventsOriginNoPlace: a place told as where a person or an armed
// group comes from (الأسير فلان (٣٥ عاماً) من بلدة عزون شرق قلقيلية،
// الصحفي فلان من نابلس، مجموعات مسلحة من مدينة الزاوية) is not where the
// event took place; an arrest made "from" a town keeps it.
func TestEventsOriginNoPlace(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nأفرجت سلطات الاحتلال فجر اليوم عن الأسير سامر حمدان (٣٥ عاماً) من بلدة عزون شرق قلقيلية بعد انتهاء محكوميته.", "release"},
		{"عنوان\n\nومددت المحكمة العسكرية اعتقال الصحفي سامر حمدان من نابلس أسبوعا.", "trial"},
		{"عنوان\n\nواندلعت اشتباكات أمس بين قوات الأمن ومجموعات مسلحة من مدينة الزاوية قرب المعبر.", "attack"},
	} {
		for _, e := range eventsOfType(t, c.text, "2020-03-04", c.typ) {
			assert.Empty(t, e.Place, "%s: %+v", c.text, e)
		}
	}
	evs := eventsOfType(t, "عنوان\n\nواعتقلت قوات الاحتلال الشاب سامر حمدان من بلدة عزون.", "2020-03-04", "arrest")
	assert.Equal(t, "عزون", evs[0].Place, "%+v", evs)
}

// TestEventsClosedBefore: a closing's crossing, port or airport, its
// object, is where the closure is (أغلقت السلطات معبر رفح: place, no
// participant), and what it is closed before (امام المسافرين, with or
// without the hamza) is no participant.
func TestEventsClosedBefore(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوأغلقت الأردن أمس معبر جابر امام الشاحنات السورية.", "معبر جابر"},
		{"عنوان\n\nوأغلقت السلطات أمس ميناء الحديدة أمام السفن.", "ميناء الحديدة"},
		{"عنوان\n\nوأغلقت السلطات أمس المعبر الحدودي برأس جدير امام المسافرين.", "رأس جدير"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "suspend")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		assert.NotContains(t, evs[0].Participants, c.place, "%s: %+v", c.text, evs)
		for _, p := range evs[0].Participants {
			assert.NotContains(t, p, "امام", "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsArrivedOnVisit: an arrival told with the visit it came on
// (وصل الوزير إلى البلاد في زيارة رسمية) is a visit by its visitor, though
// where he arrived is no name; an arrival told alone still needs one.
func TestEventsArrivedOnVisit(t *testing.T) {
	for _, c := range []struct{ text, who, time string }{
		{"عنوان\n\nوكان الوزير سامر حمدان قد وصل إلى البلاد مساء الأحد الماضي في زيارة رسمية تستغرق ثلاثة أيام.", "سامر حمدان", "2020-03-01"},
		{"عنوان\n\nووصل رئيس الوزراء فادي نصار أمس إلى العاصمة في زيارة عمل.", "فادي نصار", "2020-03-03"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "visit")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Contains(t, evs[0].Participants, c.who, "%+v", evs)
		assert.Equal(t, c.time, evs[0].Time, "%+v", evs)
	}
	checkNotEvents(t, "عنوان\n\nووصل الوزير سامر حمدان إلى البلاد مساء الأحد.", "2020-03-04", "visit")
}

// TestEventsDualMetDeath: a singular verb of meeting one's death before a
// dual subject (لقي فيه صيادان حتفهما، لقي شابان مصرعهما) is a death; the
// word the verb needs is no one's name.
func TestEventsDualMetDeath(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوغرق قارب صيد قبالة سواحل اللاذقية الشهر الماضي، لقي فيه صيادان حتفهما.",
		"عنوان\n\nولقي شابان مصرعهما في حادث سير على طريق المطار أمس.",
		"عنوان\n\nوانقلبت شاحنة على الطريق الدولي أمس، لقي فيه بحاران حتفهما.",
	} {
		for _, e := range eventsOfType(t, text, "2020-03-04", "death") {
			for _, p := range e.Participants {
				assert.NotContains(t, p, "حتف", "%s: %+v", text, e)
			}
		}
	}
}

// TestEventsNumberedPlaceNoToll: a number that tells which floor, room or
// article (في الطابق 3، في القاعة رقم 5) counts no victims; the person or
// two told after the phrase do (عامل: one; شخصان: two).
func TestEventsNumberedPlaceNoToll(t *testing.T) {
	for _, c := range []struct {
		text, typ string
		n         int
	}{
		{"عنوان\n\nوأصيب في الطابق 3 من المبنى عامل بجروح طفيفة.", "injury", 1},
		{"عنوان\n\nوقتل في الطابق 12 شخصان.", "death", 2},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", c.typ)
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		if c.typ == "injury" {
			assert.Equal(t, c.n, evs[0].Injured, "%s: %+v", c.text, evs)
		} else {
			assert.Equal(t, c.n, evs[0].Killed, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsPresidencyTermNoSession: the presidency of a body's session
// held in turn (تتولى الكويت رئاسة الدورة الحالية لمجلس الأمن، تسلمت مصر
// رئاسة الدورة العادية) is a term, no meeting; the session's works
// (أعمال الدورة العادية لمجلس الجامعة) still are.
func TestEventsPresidencyTermNoSession(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتتولى الكويت رئاسة الدورة الحالية لمجلس الأمن.",
		"عنوان\n\nوتسلمت مصر رئاسة الدورة العادية لمجلس الجامعة العربية.",
	} {
		checkNotEvents(t, text, "2020-03-04", "meet")
	}
	eventsOfType(t, "عنوان\n\nوانطلقت أعمال الدورة العادية لمجلس الجامعة العربية.", "2020-03-04", "meet")
}

// TestEventsKilledByShell: the shell or missile that killed or wounded,
// told with ب after the death or injury (مقتل طفلين بقذيفة على قرية،
// أصيب ثلاثة جنود بصاروخ), is the attack that caused them, with its place
// or time.
func TestEventsKilledByShell(t *testing.T) {
	for _, c := range []struct{ text, place, time string }{
		{"عنوان\n\nمقتل طفلين بقذيفة على قرية في ريف حماة", "ريف حماة", ""},
		{"عنوان\n\nوأصيب ثلاثة جنود بصاروخ أطلق على قاعدتهم أمس.", "", "2020-03-03"},
	} {
		evs := eventsOfType(t, c.text, "2020-03-04", "attack")
		require.Len(t, evs, 1, "%s: %+v", c.text, evs)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
	}
}
