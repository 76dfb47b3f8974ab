package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDuringToldEvent: an act told "during" a meeting or a visit
// told before it in its sentence (…، قرر خلالها، وقعا خلاله، جرى خلاله
// الاتفاق) takes what that event tells and the act does not: the meeting's
// parties as its own when it names none, the place, and the day, even past
// a date of an aside between them (هي الثانية هذا الشهر).
func TestEventsDuringToldEvent(t *testing.T) {
	for _, c := range []struct{ text, typ, who, place, time string }{
		{"عنوان\n\nوعقد وزير النقل مراد الهاشمي اجتماعا في صفاقس يوم الاثنين مع ممثلي النقابة، تم خلاله الاتفاق على إنهاء الإضراب.", "agreement", "مراد الهاشمي", "صفاقس", "2021-05-03"},
		{"عنوان\n\nوترأست الوزيرة نادية العمري في سوسة أمس جلسة للمجلس الجهوي، هي الثانية هذا الشهر، قررت خلالها تخصيص اعتمادات للطرقات.", "decision", "نادية العمري", "سوسة", "2021-05-05"},
		{"عنوان\n\nوأجرى الوزير حاتم السالمي زيارة إلى بنزرت يوم السبت التقى خلالها الوالي سمير بن سالم.", "meet", "حاتم السالمي", "بنزرت", "2021-05-01"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", c.typ)
		if len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsSignedPastLongAside: a signing verb whose time and place are
// set off by commas in an aside of up to six words (وقعت الدولتان، صباح
// يوم الأحد الماضي في مدينة الحمامات، اتفاقية) is still a signing: its
// agreement is read past the aside, with the sides, the place and the day.
func TestEventsSignedPastLongAside(t *testing.T) {
	for _, c := range []struct{ text, place, time string }{
		{"عنوان\n\nووقعت تونس والجزائر، صباح يوم الأحد الماضي بمدينة طبرقة، مذكرة تفاهم في مجال الطاقة.", "طبرقة", "2021-05-02"},
		{"عنوان\n\nووقعت الأردن ومصر، مساء اليوم الخميس في مدينة العقبة، بروتوكولا للربط الكهربائي.", "العقبة", "2021-05-06"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", "agreement")
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsDualCasualtyNouns: the dual of the nouns of the dead and the
// wounded (قتيلان، قتيلين، جريحان، جريحين) counts a death or an injury as
// their plural does (قتلى، جرحى): سقوط قتيلين، يوقع جريحين.
func TestEventsDualCasualtyNouns(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nسقوط قتيلين في حادث سير على مدخل مدينة المنستير.", "death", "المنستير"},
		{"عنوان\n\nوأسفر الحريق عن جريحين في سوق مدينة القيروان.", "injury", "القيروان"},
		{"عنوان\n\nهجوم مسلح على حاجز أمني في بلدة دوما يوقع جريحين.", "injury", "دوما"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", c.typ)
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsOpeningPlaceStopsAtWhereas: the place that opens a sentence
// (وفي بنغازي، …) frames its first clause, not a clause of another fact
// after في حين، فيما or بينما, which takes the place it names itself.
func TestEventsOpeningPlaceStopsAtWhereas(t *testing.T) {
	for _, c := range []struct{ text, typ, place string }{
		{"عنوان\n\nوفي صفاقس، نظم المعلمون وقفة أمام مقر الولاية، في حين أعلنت مصادر طبية مقتل شخصين في حادث بمدينة قابس.", "death", "قابس"},
		{"عنوان\n\nوفي حلب، افتتحت المحافظة سوقا جديدة، بينما أصيب ثلاثة أطفال بانفجار لغم في ريف إدلب.", "injury", "ريف إدلب"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", c.typ)
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsCelebratedEventNoPlace: an event people celebrate or welcome
// in a place (خرج الآلاف في مدينة X احتفالا بالتوقيع) did not happen
// there: the place of the celebration is not given to the event, nor,
// through it, to the same event told before.
func TestEventsCelebratedEventNoPlace(t *testing.T) {
	text := "عنوان\n\nووقع الطرفان الاتفاق النهائي يوم الأحد بعد مفاوضات طويلة.\n\nوفي نيالا، خرج آلاف المواطنين إلى الشوارع احتفالا بالتوقيع."
	evs := eventsOfType(t, text, "2021-05-06", "agreement")
	for _, e := range evs {
		assert.NotEqual(t, "نيالا", e.Place, "%+v", evs)
	}
}

// TestEventsSignedProtocolToldAgain: signing "the protocol", "the
// memorandum" or "the charter" (ووقع البروتوكول عن الجانب الأول فلان) after
// an agreement told before is that agreement, as signing "the agreement"
// is: one event, its signatories added to its sides, place and day.
func TestEventsSignedProtocolToldAgain(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nووقعت تونس وليبيا أمس في مدينة جربة بروتوكولا للتعاون الصحي.\n\nووقع البروتوكول عن الجانب التونسي وزير الصحة سامي الزواري، وعن الجانب الليبي وزير الصحة خالد المبروك.", "سامي الزواري"},
		{"عنوان\n\nووقعت الأردن والعراق أمس في مدينة العقبة مذكرة تفاهم للربط الكهربائي.\n\nووقع المذكرة عن الجانب الأردني وزير الطاقة ماهر الخطيب، وعن الجانب العراقي وزير الكهرباء سليم القاسم.", "ماهر الخطيب"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", "agreement")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
			assert.Equal(t, "2021-05-05", evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsMeasureLifted: lifting a measure (رفع القوة القاهرة، رفع حالة
// الطوارئ، رفع الحظر) is a decision, its place what it is
// lifted from; not رفع of other things (رفع المحتجون لافتات).
func TestEventsMeasureLifted(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوأعلنت شركة الموانئ اليوم رفع حالة القوة القاهرة عن ميناء طبرق.", "طبرق"},
		{"الحكومة تعلن رفع حالة الطوارئ في ولاية سوسة\n\nنص الخبر.", "سوسة"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", "decision")
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
	checkNotEvents(t, "عنوان\n\nورفع المحتجون لافتات تطالب بالإصلاح أمام مقر البلدية.", "2021-05-06", "decision")
}
