package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSpeakerOfChamber: the speaker of a chamber named by its own
// name (مجلس الأمة، مجلس الشورى، مجلس الأعيان، مجلس المستشارين) is a
// speaker of a statement, as رئيس مجلس النواب is. Sentences written for
// this test.
func TestEventsSpeakerOfChamber(t *testing.T) {
	for _, tt := range []struct{ text, who string }{
		{"عنوان\n\nوقال رئيس مجلس الأمة في مؤتمر صحفي إن الجلسة تأجلت.", "رئيس مجلس الأمة"},
		{"عنوان\n\nوأكد رئيس مجلس الشورى أن المشروع سيعرض الأسبوع المقبل.", "رئيس مجلس الشورى"},
		{"عنوان\n\nوأعلن رئيس مجلس الأعيان رفع الجلسة إلى موعد لاحق.", "رئيس مجلس الأعيان"},
	} {
		evs := eventsOf(t, tt.text, "2019-02-11")
		assert.True(t, hasType(evs, "statement", tt.who), "%s: %+v", tt.text, evs)
	}
}

// TestEventsOrderedInquiry: ordering an act (أمر بفتح تحقيق، أعطى
// تعليماته، أصدر أوامره, a verbal noun with ب after the verb or its
// subject) is a decision of the one who orders; the noun أمر (a matter)
// and a relative clause (الهدنة التي أمرت بها) are none. Sentences
// written for this test.
func TestEventsOrderedInquiry(t *testing.T) {
	for _, tt := range []struct{ text, who string }{
		{"عنوان\n\nوأمر الرئيس عبد المجيد تبون بفتح تحقيق في أسباب الحريق.", "عبد المجيد تبون"},
		{"عنوان\n\nوأعطى الملك عبد الله الثاني تعليماته بتوفير السكن للأسر المتضررة.", "عبد الله الثاني"},
		{"عنوان\n\nوأصدر وزير الداخلية أوامره بصيانة الطريق الرئيسي قبل الشتاء.", "وزير الداخلية"},
	} {
		evs := eventsOf(t, tt.text, "2019-02-11")
		assert.True(t, hasType(evs, "decision", tt.who), "%s: %+v", tt.text, evs)
	}
	// The act ordered, when it is an event itself (بحبس، باعتقال), is the
	// event told, with the one who orders as its actor.
	evs := eventsOf(t, "عنوان\n\nوأصدر قائد الشرطة سامي الدباغ أوامره باعتقال المشتبه بهم في الحي.", "2019-02-11")
	assert.True(t, hasType(evs, "arrest", "سامي الدباغ"), "%+v", evs)
	assert.False(t, hasType(evs, "decision", ""), "%+v", evs)
	for _, text := range []string{
		"عنوان\n\nوقال الوزير إن هذا أمر بالغ الأهمية بالنسبة إلى الموظفين.",
		"عنوان\n\nوصمدت الهدنة التي أمرت بها الحكومة، بحسب ما أفاد السكان بوقف القصف.",
		"عنوان\n\nواعتبر المحلل أن الأمر يتعلق بتشكيل تحالف جديد.",
	} {
		evs := eventsOf(t, text, "2019-02-11")
		assert.False(t, hasType(evs, "decision", ""), "%s: %+v", text, evs)
	}
}

// TestEventsVisitToWounded: visiting the wounded or the victims (زار
// الجرحى، يزور المصابين، زار … الضحايا) is a visit of its visitor though no
// place is named, and the wounded it visits are no new injury. Sentences
// written for this test.
func TestEventsVisitToWounded(t *testing.T) {
	for _, tt := range []struct{ text, who string }{
		{"عنوان\n\nوزار محافظ المدينة خالد الشمري، برفقة مدير الصحة، الجرحى في قسم الطوارئ.", "خالد الشمري"},
		{"عنوان\n\nويزور وزير الصحة المصابين صباح الغد.", "وزير الصحة"},
		{"عنوان\n\nوزار الرئيس ميشال عون الضحايا الذين نقلوا إلى المستشفى.", "ميشال عون"},
	} {
		evs := eventsOf(t, tt.text, "2019-02-11")
		assert.True(t, hasType(evs, "visit", tt.who), "%s: %+v", tt.text, evs)
		assert.False(t, hasType(evs, "injury", ""), "%s: %+v", tt.text, evs)
	}
	// The wounded told as a toll stay an injury; a visit to a town wants
	// its place still.
	evs := eventsOf(t, "عنوان\n\nوأصيب سبعة أشخاص بجروح في الحادث، وزار الوزير المكان لاحقا.", "2019-02-11")
	assert.True(t, hasType(evs, "injury", ""), "%+v", evs)
	assert.False(t, hasType(evs, "visit", ""), "%+v", evs)
}
