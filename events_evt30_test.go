package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsContrabandSeized: drugs, arms or a shipment seized by the
// customs or the police (حجزت، ضبطت، صادرت) are a discovery of theirs,
// dated by a time set off by commas (، أول أمس الأحد،) between the
// seizers and the goods.
func TestEventsContrabandSeized(t *testing.T) {
	for _, c := range []struct {
		text, place, time string
	}{
		{"وحجزت مصالح الجمارك بميناء طنجة المتوسط، أول أمس الأحد، ثلاثة أطنان من الحشيش مخبأة في حاوية.", "طنجة", "2025-03-02"},
		{"وضبطت قوات حرس الحدود في محافظة الأنبار أمس شحنة من الأسلحة الخفيفة قادمة من الصحراء.", "الأنبار", "2025-03-03"},
		{"وصادرت الشرطة في مدينة صفاقس يوم السبت كمية كبيرة من الأقراص المخدرة.", "صفاقس", "2025-03-01"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "discovery")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs[0])
		}
	}
	// Not goods seized: restraint, a network whose trade is named (an
	// arrest), a seizure told as part of an arrest before it, a booking.
	for _, text := range []string{
		"ودعا الوزير جميع الأطراف إلى ضبط النفس وتجنب التصعيد في المنطقة.",
		"وضبطت الشرطة في مدينة وهران شبكة لتهريب المخدرات عبر الحدود.",
		"وأعلنت قوات الأمن في مدينة الموصل اعتقال أربعة مطلوبين فجر اليوم، وضبط أسلحة وذخائر بحوزتهم.",
		"وحجزت الوزارة مقاعد على متن الطائرة للحجاج القادمين من تونس.",
	} {
		checkNotEvents(t, "عنوان\n\n"+text, "2025-03-04", "discovery")
	}
}

// TestEventsNetworkSeized: a network, a cell or a gang seized (ضبطت
// الشرطة شبكة، ضبط خلية), the verb or its noun opening a headline, is
// an arrest of its members where it was seized.
func TestEventsNetworkSeized(t *testing.T) {
	for _, c := range []struct {
		text, place string
	}{
		{"الأمن الوطني يضبط شبكة لتهريب المهاجرين في وجدة\n\nالرباط - أعلنت المديرية العامة للأمن الوطني أن التحقيقات جارية.", "وجدة"},
		{"عنوان\n\nوضبطت الشرطة العراقية خلية إرهابية في قضاء سامراء بعد عملية أمنية.", "سامراء"},
		{"الأردن: ضبط عصابة لسرقة السيارات في الزرقاء\n\nعمان - قالت مديرية الأمن العام إن التحقيقات جارية.", "الزرقاء"},
	} {
		evs := eventsOfType(t, c.text, "2025-03-04", "arrest")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsMoneyAllocatedForRelief: money allocated or funding given for
// relief, reconstruction or refugees (تخصيص، خصص، تمويل), or deposited in
// a state's bank (أودع), is aid of who gives it; an allocation to a
// budget's projects is not. The aid noun after ل that tells what the
// money is for (للمساعدات الإنسانية) is the same aid.
func TestEventsMoneyAllocatedForRelief(t *testing.T) {
	for _, c := range []struct {
		text, giver string
	}{
		{"وخصصت الحكومة الكويتية 20 مليون دولار لإغاثة المتضررين من الزلزال في تركيا.", "الحكومة الكويتية"},
		{"وأعلن الاتحاد الأوروبي تخصيص 50 مليون يورو لمساعدة اللاجئين السوريين في لبنان.", "الاتحاد الأوروبي"},
		{"وأودعت قطر مليار دولار في البنك المركزي المصري لدعم احتياطي النقد الأجنبي.", "قطر"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2023-03-04", "aid")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.giver, "%s: %+v", c.text, evs[0])
		}
	}
	checkNotEvents(t, "عنوان\n\nوأكد الوزير أن الحكومة خصصت 300 مليار دينار لمشاريع الطرق والجسور في المحافظة هذا العام.", "2023-03-04", "aid")
}

// TestEventsAnnouncerSeatAndHead: the seat of a body that announces an
// act (في طرابلس، بعدن) and its head after برئاسة stand between the
// announcer and the act: the body still does what it announces.
func TestEventsAnnouncerSeatAndHead(t *testing.T) {
	for _, c := range []struct {
		text, typ, body string
	}{
		{"وأعلنت الحكومة اللبنانية في بيروت برئاسة نجيب ميقاتي تعليق الدراسة في المدارس الرسمية.", "suspend", "الحكومة اللبنانية"},
		{"وأعلنت هيئة الطيران المدني في بيروت إلغاء الرحلات الليلية إلى مطار دبي.", "decision", "هيئة الطيران المدني"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2023-03-04", c.typ)
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.True(t, containsPart(evs[0].Participants, c.body), "%s: %+v", c.text, evs[0])
		}
	}
}

// TestEventsPrisonersEscape: prisoners or detainees who flee, or anyone
// fleeing from a prison (فرّ عشرات السجناء من سجن، هروب معتقلين), are
// freed from it: a release, where the prison stands, and the prison is no
// party of it; people fleeing a war stay displaced.
func TestEventsPrisonersEscape(t *testing.T) {
	for _, c := range []struct {
		text, place string
	}{
		{"فرار عشرات السجناء من سجن في مدينة سبها\n\nسبها - قالت مصادر أمنية إن البحث جار.", "سبها"},
		{"عنوان\n\nوفر نحو 200 سجين من سجن الحلة المركزي في مدينة الحلة فجر الأحد إثر أعمال شغب.", "الحلة"},
		{"عنوان\n\nوهرب ثلاثة معتقلين من مركز للشرطة في مدينة طبرق مساء أمس.", "طبرق"},
	} {
		evs := eventsOfType(t, c.text, "2025-03-04", "release")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
			assert.Empty(t, evs[0].Participants, "%s: %+v", c.text, evs[0])
		}
		checkNotEvents(t, c.text, "2025-03-04", "displacement")
	}
	text := "عنوان\n\nوفر آلاف المدنيين من مدينة الفاشر هربا من القصف المدفعي."
	eventsOfType(t, text, "2025-03-04", "displacement")
	checkNotEvents(t, text, "2025-03-04", "release")
}

// TestEventsAnnouncedOnDate: a date after في between the announcer and
// the act it announces (أعلنت الوزارة في 12 حزيران الماضي اعتقال) is an
// aside like a bare date: the announcer does the act, on that day, and
// the telling is no statement of its own.
func TestEventsAnnouncedOnDate(t *testing.T) {
	for _, c := range []struct {
		text, typ, who, time string
	}{
		{"وأعلنت وزارة الداخلية في 12 حزيران الماضي اعتقال خمسة مشتبه بهم في مدينة الموصل.", "arrest", "وزارة الداخلية", "2017-06-12"},
		{"وأعلنت الحكومة الأردنية في الثالث من أيار إغلاق معبر جابر الحدودي مع سوريا.", "suspend", "الحكومة الأردنية", "2017-05-03"},
	} {
		text := "عنوان\n\n" + c.text
		evs := eventsOfType(t, text, "2017-10-15", c.typ)
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.True(t, containsPart(evs[0].Participants, c.who), "%s: %+v", c.text, evs[0])
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs[0])
		}
		checkNotEvents(t, text, "2017-10-15", "statement")
	}
}

// TestEventsSaidAtMeeting: a statement told with no date of its own is
// dated by the meeting it was made at, named between its verb and what
// was said (خلال اجتماع … عقد الثلاثاء، عقب الاجتماع told before); a
// meeting inside what was said dates nothing of the telling.
func TestEventsSaidAtMeeting(t *testing.T) {
	for _, c := range []struct {
		text, who, time string
	}{
		{"وقال وزير الخارجية الفرنسي جان إيف لودريان، خلال اجتماع وزراء الاتحاد الأوروبي الذي عقد في بروكسل الثلاثاء، إن الحل سياسي.", "جان إيف لودريان", "2019-03-05"},
		{"واجتمع وزير الخارجية الأردني أيمن الصفدي بنظيره العراقي محمد علي الحكيم في بغداد يوم الأحد. وقال الصفدي في مؤتمر صحفي عقب الاجتماع إن العلاقات متينة.", "أيمن الصفدي", "2019-03-03"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2019-03-07", "statement")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.True(t, containsPart(evs[0].Participants, c.who), "%s: %+v", c.text, evs[0])
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs[0])
		}
	}
	text := "عنوان\n\nوقال وزير الخارجية الأردني أيمن الصفدي إن الاجتماع الذي عقد في بغداد يوم الأحد كان مثمرا."
	for _, e := range eventsOfType(t, text, "2019-03-07", "statement") {
		assert.Empty(t, e.Time, "%+v", e)
	}
}

// TestEventsDescribedAs: describing something as (وصف … الأحكام بـ"القاسية"،
// وصفت الحادثة بالعمل الجبان) is a statement of who describes; a
// patient's state described (وصفت مصادر طبية حالة اثنين بالحرجة) and what
// a relative clause names (ما وصفته بـ"هدف معاد") are not.
func TestEventsDescribedAs(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"ووصف المحامي خالد الطاهري، عضو هيئة الدفاع، الأحكام بـ\"الجائرة\".", "خالد الطاهري"},
		{"ووصفت وزارة الخارجية الأردنية الهجوم بالعمل الإرهابي الجبان.", "وزارة الخارجية الأردنية"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2018-06-27", "statement")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.True(t, containsPart(evs[0].Participants, c.who), "%s: %+v", c.text, evs[0])
		}
	}
	for _, text := range []string{
		"ونقل الجرحى إلى مستشفى الأمير حمزة في عمان، ووصفت مصادر طبية حالة اثنين منهم بالحرجة.",
		"وأسقطت الدفاعات الجوية السورية فوق ريف حمص ما وصفته بـ\"هدف معاد\".",
	} {
		checkNotEvents(t, "عنوان\n\n"+text, "2018-06-27", "statement")
	}
}

// TestEventsDetentionCentre: a detention noun after a noun of the place
// where people are held (مراكز احتجاز، بمركز الاحتجاز) names that place,
// no arrest; the noun alone still is one.
func TestEventsDetentionCentre(t *testing.T) {
	for _, text := range []string{
		"وانتقدت المنظمة إعادة المهاجرين قسرا إلى مراكز احتجاز في مدينة الزاوية.",
		"ويقيم نحو 400 مهاجر في مركز الاحتجاز بمدينة مصراتة منذ أشهر.",
	} {
		checkNotEvents(t, "عنوان\n\n"+text, "2025-03-04", "arrest")
	}
	eventsOfType(t, "عنوان\n\nوأعلنت الشرطة احتجاز ثلاثة مهاجرين في مدينة الزاوية.", "2025-03-04", "arrest")
}
