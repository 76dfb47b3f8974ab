package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMeetingActsAsBody: a definite meeting noun right after the
// verb of a body's act (وانتخب المؤتمر فلانا، وعين الاجتماع) is the verb's
// subject, no meeting of its own: the act is read with its object, and
// the organization of the meeting of that noun told before takes part.
// Sentences written for this test.
func TestEventsMeetingActsAsBody(t *testing.T) {
	for _, c := range []struct{ text, typ, who, body string }{
		{"عنوان\n\nوانتخب المؤتمر وزير الزراعة الموريتاني سيدي ولد التاه رئيسا للمنظمة خلفا لنظيره السوداني.", "election", "سيدي ولد التاه", ""},
		{"عنوان\n\nعقد حزب جبهة التحرير الوطني مؤتمره العاشر في الجزائر العاصمة.\n\nوانتخب المؤتمر أبو الفضل بعجي أمينا عاما للحزب.", "election", "أبو الفضل بعجي", "حزب جبهة التحرير الوطني"},
		{"عنوان\n\nاختتم المؤتمر السنوي لحزب الأصالة والمعاصرة أشغاله في مراكش.\n\nوانتخب المؤتمر عبد اللطيف وهبي أمينا عاما جديدا.", "election", "عبد اللطيف وهبي", "حزب الأصالة والمعاصرة"},
	} {
		evs := eventsOfType(t, c.text, "2020-02-09", c.typ)
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
		if c.body != "" {
			assert.True(t, hasType(evs, c.typ, c.body), "%s: %+v", c.text, evs)
		}
	}
}

// TestEventsInstitutionPair: the dual of an institution's head noun
// (البنكان، الشركتان، الحزبان) as a subject is the two institutions of
// that head the text named before, a bank's بنك and مصرف one kind; a
// third one named leaves it unread.
func TestEventsInstitutionPair(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"عنوان\n\nأعلن بنك مسقط ومصرف ظفار عن خطة للاندماج.\n\nوكان البنكان قد وقعا مذكرة تفاهم في مارس الماضي.", "agreement"},
		{"عنوان\n\nبحث مدير شركة أرامكو مع مدير شركة سابك في الظهران سبل التعاون.\n\nووقعت الشركتان اتفاقية لتوريد الغاز.", "agreement"},
		{"عنوان\n\nوافق البنك المركزي على اندماج بنك الخرطوم مع مصرف السلام، بحسب ما أعلنه البنكان في بيان مشترك.", "statement"},
	} {
		evs := eventsOfType(t, c.text, "2020-05-04", c.typ)
		if len(evs) == 0 {
			continue
		}
		assert.Len(t, evs[len(evs)-1].Participants, 2, "%s: %+v", c.text, evs)
	}
	text := "عنوان\n\nأعلنت شركة أرامكو وشركة سابك وشركة الاتصالات السعودية عن مشروع مشترك.\n\nووقعت الشركتان اتفاقية لتوريد الغاز."
	for _, e := range eventsOf(t, text, "2020-05-04") {
		if e.Type == "agreement" {
			assert.NotEqual(t, 2, len(e.Participants), "%+v", e)
		}
	}
}

// TestEventsBodyHeadSubject: the head noun of an institution named before,
// opening its clause right before a verb (أن الهيئة قررت، والمجلس أصدر
// قراره), is that institution; after a construct (رئيس الهيئة) it is not.
func TestEventsBodyHeadSubject(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nاجتمعت لجنة الانتخابات المركزية في رام الله أمس.\n\nوذكر البيان أن اللجنة قررت تأجيل الاقتراع إلى الشهر المقبل.", "decision", "لجنة الانتخابات المركزية"},
		{"عنوان\n\nعقدت محكمة النقض جلستها في القاهرة أمس.\n\nوالمحكمة أصدرت قرارها بعد مداولة قصيرة.", "decision", "محكمة النقض"},
		{"عنوان\n\nأعلنت النقابة الوطنية للصحفيين رفضها للقانون.\n\nوكانت النقابة قد قررت مقاطعة أنشطة الوزارة.", "decision", "النقابة الوطنية للصحفيين"},
	} {
		evs := eventsOfType(t, c.text, "2020-05-04", c.typ)
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nاجتمعت لجنة الانتخابات المركزية في رام الله أمس.\n\nوقال الناطق إن رئيس اللجنة قرر تأجيل الاقتراع.", "2020-05-04")
	assert.False(t, hasType(evs, "decision", "لجنة الانتخابات المركزية"), "%+v", evs)
}

// TestEventsTriggersUnread: words of events no rule read. A release
// ordered with a pronoun on سراح (وأمرت بإطلاق سراحه), a retirement
// announced (أعلن تقاعده: a dismissal, as a resignation), a gathering
// with chants or slogans (تجمع، احتشد … هتافات: a protest), a trading
// halt (علقت السوق التداول) with its subject in quotation marks, a
// release on bail with the subject before سبيل (أخلت النيابة سبيل فلان;
// not في سبيل).
// Sentences written for this test.
func TestEventsTriggersUnread(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوبرأت محكمة الجنايات الصحفي خالد درارني وأمرت بإطلاق سراحه.", "release", "خالد درارني"},
		{"عنوان\n\nوأمر النائب العام المصري حمادة الصاوي بإطلاق سراحهم بكفالة.", "release", "حمادة الصاوي"},
		{"عنوان\n\nوقالت الشركة إن مديرها التنفيذي خالد الفالح أعلن تقاعده بعد ثلاثين عاما من العمل.", "dismiss", "خالد الفالح"},
		{"عنوان\n\nواحتشد مئات الموظفين أمام مقر الحكومة في الرباط مرددين هتافات تطالب برفع الأجور.", "protest", ""},
		{"عنوان\n\nوتجمع العشرات من سكان الحي في ساحة الشهداء ببيروت رافعين شعارات ضد الغلاء.", "protest", ""},
		{"عنوان\n\nوعلقت «البورصة» التداول على أسهم شركة الاتصالات المغربية حتى إشعار آخر.", "suspend", ""},
		{"عنوان\n\nوأخلت نيابة أمن الدولة في القاهرة سبيل المحامي زياد العليمي بكفالة مالية.", "release", "زياد العليمي"},
	} {
		evs := eventsOfType(t, c.text, "2020-05-04", c.typ)
		assert.True(t, hasType(evs, c.typ, c.who), "%s: %+v", c.text, evs)
	}
	checkNotEvents(t, "عنوان\n\nوأخلت قوات الدفاع المدني المبنى في سبيل حماية السكان.", "2020-05-04", "release")
}

// TestEventsCrowdProtest: a protest verb whose subject is a crowd counted
// and not named (تظاهر العشرات من، احتشد المئات) is kept with nothing else
// to tell; a protest verb of a group named by a common noun alone, with no
// place nor day, is still dropped.
func TestEventsCrowdProtest(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتظاهر العشرات من أهالي المفقودين أمام المستشفى مطالبين بكشف الحقيقة.",
		"عنوان\n\nواعتصم المئات من عمال المصنع أمام البوابة الرئيسية.",
	} {
		eventsOfType(t, text, "2020-05-04", "protest")
	}
	checkNotEvents(t, "عنوان\n\nويتظاهر الطلاب أمام الجامعة.", "2020-05-04", "protest")
}

// TestEventsApplicationNoAppeal: طلب after a preposition is the noun, an
// application (وافقت الهيئة على طلب اندماج، بناء على طلب), no appeal, and
// what is applied for is no party of the approval.
func TestEventsApplicationNoAppeal(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nووافق مجلس الوزراء المصري على طلب استحواذ بنك أبوظبي الأول على بنك عودة.",
		"عنوان\n\nوجاءت الزيارة بناء على طلب الحكومة الليبية وبعد طلب من وزارة الخارجية.",
	} {
		checkNotEvents(t, text, "2020-05-04", "appeal")
	}
	evs := eventsOfType(t, "عنوان\n\nووافق مجلس الوزراء المصري على طلب استحواذ بنك أبوظبي الأول على بنك عودة.", "2020-05-04", "decision")
	assert.False(t, hasType(evs, "decision", "بنك عودة"), "%+v", evs)
}

// TestEventsCarriedWounded: the wounded carried to hospital or given
// first aid after an injury told before (ونقل 20 مصابا إلى، وأسعفت
// الجرحى) are that injury, no second one; told alone, they are one.
func TestEventsCarriedWounded(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nأصيب 31 شخصا في انهيار مدرج بملعب المنزه في تونس مساء السبت.\n\nونقل 20 مصابا إلى مستشفى الرابطة والباقون إلى مستشفى الحبيب ثامر.",
		"عنوان\n\nأصيب سبعة عمال في انفجار بمصنع للأسمدة في مدينة قابس.\n\nوأسعفت فرق الحماية المدنية الجرحى في مستشفى قابس الجامعي.",
	} {
		evs := eventsOfType(t, text, "2020-05-04", "injury")
		assert.Len(t, evs, 1, "%s: %+v", text, evs)
	}
	eventsOfType(t, "عنوان\n\nونقل 12 مصابا إلى مستشفى الرابطة في تونس إثر حادث سير.", "2020-05-04", "injury")
}

// TestEventsCountedArrest: an arrest verb whose object is a count of
// people with no name (أوقفت الشرطة 14 شخصا، اعتقلت ثلاثة أشخاص), told
// in the text's words or in reported speech, is kept with nothing else to
// tell; a count of things held is none, and a second counted arrest after
// one told is not kept alone.
func TestEventsCountedArrest(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأوقفت عناصر الدرك 14 شخصا بتهمة إثارة الشغب.",
		"عنوان\n\nوأوضح الناطق أن قوات الشرطة اعتقلت خمسة أشخاص للاشتباه بتورطهم.",
	} {
		eventsOfType(t, text, "2020-05-04", "arrest")
	}
	checkNotEvents(t, "عنوان\n\nوأوقفت دوريات الجمارك 3 شاحنات محملة بالوقود المهرب.", "2020-05-04", "arrest")
	evs := eventsOfType(t, "عنوان\n\nواعتقلت الشرطة الناشط خالد علي في الجزائر.\n\nوأوقفت الشرطة أيضا ثلاثة أشخاص آخرين.", "2020-05-04", "arrest")
	assert.Len(t, evs, 1, "%+v", evs)
}

// TestEventsCeremony: a ceremony attended, opened or held (وحضر الحفل
// فلان وفلان، في احتفال أقيم بالمناسبة) is a meeting of its guests;
// celebrations at large (احتفالات بعيد الاستقلال) are none. A place
// told after منذ past an event noun is no place of it (منذ الغزو العراقي
// للكويت: the place of what came before).
func TestEventsCeremony(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوحضر الحفل وزير الثقافة المغربي محمد المهدي بنسعيد وسفير فرنسا في الرباط كريستوف لوكورتييه.", "2022-05-04", "meet")
	assert.True(t, hasType(evs, "meet", "محمد المهدي بنسعيد"), "%+v", evs)
	checkNotEvents(t, "عنوان\n\nوعمت الاحتفالات شوارع الجزائر العاصمة بعيد الاستقلال.", "2022-05-04", "meet")
	// The place told after منذ is that of what came before, not the
	// ceremony's.
	evs = eventsOfType(t, "عنوان\n\nوشارك وزير النقل الأردني ماهر أبو السمن في احتفال أقيم بالمعبر المغلق منذ الغزو الأمريكي للعراق.", "2022-05-04", "meet")
	for _, e := range evs {
		assert.NotEqual(t, "العراق", e.Place, "%+v", e)
	}
}
