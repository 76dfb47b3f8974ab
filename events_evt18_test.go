package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// evt18Has reports whether an event of type typ in text has all of the
// participants parts, and fails the test when none does.
func evt18Has(t *testing.T, text, typ string, parts ...string) {
	t.Helper()
	evs := eventsOfType(t, text, "2018-06-05", typ)
	for _, e := range evs {
		ok := true
		for _, p := range parts {
			if !assert.ObjectsAreEqual(true, contains(e.Participants, p)) {
				ok = false
			}
		}
		if ok {
			return
		}
	}
	t.Errorf("no %s event with %v in %q: %+v", typ, parts, text, evs)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestEventsJoinedVerbObject (evt18): a verb of appointing, dismissing or
// accusing joined by و to the clause before, with no subject of its own:
// the name after it is its object (a ب-complement or an office in the
// accusative follows), and the subject of the clause before does the act.
func TestEventsJoinedVerbObject(t *testing.T) {
	for _, tt := range []struct{ name, text, typ, doer, object string }{
		{"appoints after a dismissal, office in the accusative",
			"عنوان\n\nأقال الرئيس التونسي قيس سعيد، مساء أمس، رئيس الحكومة هشام المشيشي، وعين نجلاء بودن رئيسة للحكومة.",
			"appoint", "قيس سعيد", "نجلاء بودن"},
		{"charges with a portfolio, ب-complement",
			"عنوان\n\nأعفى الملك المغربي محمد السادس وزير الصحة الحسين الوردي من مهامه، وكلف الوزير عبد القادر عمارة بتسيير الوزارة.",
			"appoint", "محمد السادس", "عبد القادر عمارة"},
		{"accuses after a light verb, كان opens the sentence",
			"عنوان\n\nوكان الرئيس الفلسطيني محمود عباس قد رفض الخطة، وعقد اجتماعا للقيادة في رام الله، واتهم واشنطن أمس بالانحياز.",
			"statement", "محمود عباس", "واشنطن"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evt18Has(t, tt.text, tt.typ, tt.doer, tt.object)
		})
	}
	// The light verb joined by و has the subject of the clause before.
	evt18Has(t, "عنوان\n\nوكان الرئيس الفلسطيني محمود عباس قد رفض الخطة، وعقد اجتماعا للقيادة في رام الله، واتهم واشنطن أمس بالانحياز.",
		"meet", "محمود عباس")
	// A name after a verb with no complement that marks it an object is
	// the verb's own subject; a name right before a verb joined by و is
	// no subject of it.
	for _, tt := range []struct{ name, text, typ, not string }{
		{"a second appointer after و",
			"عنوان\n\nوعين الرئيس اللبناني ميشال عون سفيرا جديدا، وعين رئيس الحكومة سعد الحريري مستشارا له.",
			"appoint", "ميشال عون"},
		{"the name before the verb ends the clause before",
			"عنوان\n\nالرئيس الجزائري ينهي مهام الوزير الأول عبد المجيد تبون ويعين أحمد أويحيى وزيرا أول",
			"appoint", "عبد المجيد تبون"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == tt.typ && contains(e.Participants, "سعد الحريري") {
					assert.NotContains(t, e.Participants, tt.not, "%+v", e)
				}
				if e.Type == tt.typ && contains(e.Participants, "أحمد أويحيى") {
					assert.NotContains(t, e.Participants, tt.not, "%+v", e)
				}
			}
		})
	}
}

// TestEventsAcceptedResignation (evt18): who accepts a resignation (قبل،
// وافق على) takes part in it, with the one who resigns; قبل right before
// the noun is "before".
func TestEventsAcceptedResignation(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"قبل with a time between",
			"عنوان\n\nقبل الرئيس التونسي قيس سعيد مساء أمس استقالة وزير الصحة فوزي المهدي."},
		{"وافق على",
			"عنوان\n\nووافق الرئيس التونسي قيس سعيد على استقالة وزير الصحة فوزي المهدي أمس."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evt18Has(t, tt.text, "dismiss", "قيس سعيد", "فوزي المهدي")
		})
	}
	for _, e := range eventsOf(t, "عنوان\n\nوزار الرئيس التونسي قيس سعيد المستشفى قبل استقالة وزير الصحة فوزي المهدي بيومين.", "2018-06-05") {
		if e.Type == "dismiss" {
			assert.NotContains(t, e.Participants, "قيس سعيد", "%+v", e)
		}
	}
}

// TestEventsJoinedSubjectGuards (evt18): a passive written with its damma
// (أُعفي، عُيّن) names no doer, so the appointee after it takes none from
// the clause before; a light verb that does not agree with the subject
// before (وعقدت مشاورات after a man's verb: were held) takes none either.
func TestEventsJoinedSubjectGuards(t *testing.T) {
	for _, e := range eventsOf(t, "عنوان\n\nكما أُعفي وزير المالية سامي الحداد من منصبه، وعُيّن محمد بن سلمان التويجري وزيرا للمالية خلفا له.", "2018-06-05") {
		if e.Type == "appoint" {
			assert.NotContains(t, e.Participants, "سامي الحداد", "%+v", e)
		}
	}
	for _, e := range eventsOf(t, "عنوان\n\nوكان وزير الخارجية الروسي سيرغي لافروف أعلن الأسبوع الماضي عن اللقاء، وعقدت مشاورات بين خبراء البلدين في موسكو.", "2018-06-05") {
		if e.Type == "meet" && e.Trigger == "مشاورات" {
			assert.NotContains(t, e.Participants, "سيرغي لافروف", "%+v", e)
		}
	}
}

// TestEventsResignationRecipient (evt18): the one a resignation is handed
// to (قدم استقالته إلى، رفع استقالته إلى) takes no part in it; with no
// subject of its verb named, the resignation is its sentence's subject's.
func TestEventsResignationRecipient(t *testing.T) {
	for _, tt := range []struct{ name, text, owner, recipient string }{
		{"قدم with its subject",
			"عنوان\n\nوقدم وزير التربية الأردني وليد المعاني استقالته إلى رئيس الوزراء عمر الرزاز أمس.", "وليد المعاني", "عمر الرزاز"},
		{"رفع after إنه",
			"عنوان\n\nوقال وزير التربية الأردني وليد المعاني في بيان إنه رفع استقالته إلى الملك عبدالله الثاني.", "وليد المعاني", "عبدالله الثاني"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "dismiss")
			if len(evs) == 0 {
				return
			}
			assert.Contains(t, evs[0].Participants, tt.owner, "%+v", evs)
			assert.NotContains(t, evs[0].Participants, tt.recipient, "%+v", evs)
		})
	}
}

// TestEventsPluperfectMeetingApart (evt18): a meeting told in a later
// paragraph in the pluperfect with a time of its own is an earlier one,
// not the day's meeting of the same person told before with no time.
func TestEventsPluperfectMeetingApart(t *testing.T) {
	text := "عنوان\n\nوقال رئيس الوزراء العراقي حيدر العبادي، عقب لقاء مع الرئيس العراقي فؤاد معصوم، إن الأزمة انتهت.\n\n" +
		"وكان الرئيس فؤاد معصوم قد رفض الطلب، وأجرى بين 2 و4 حزيران مشاورات واسعة في بغداد مع قادة الكتل."
	evs := eventsOfType(t, text, "2018-06-05", "meet")
	assert.Len(t, evs, 2, "%+v", evs)
}

// TestEventsAcceptedInRelative (evt18): a resignation accepted in a
// relative clause (حكومة فلان التي قبل الملك استقالتها) is the described
// one's, accepted by the verb's subject; the one it was handed to takes
// part when the text says he accepted it (إلى الملك الذي وافق عليها).
func TestEventsAcceptedInRelative(t *testing.T) {
	evt18Has(t, "عنوان\n\nوكلف جلالة الملك عبدالله الثاني وزير المالية عمر الرزاز بتشكيل الحكومة، خلفا لحكومة رئيس الوزراء هاني الملقي التي قبل جلالته استقالتها أمس.",
		"dismiss", "عبدالله الثاني", "هاني الملقي")
	evt18Has(t, "عنوان\n\nوقدم وزير التربية الأردني وليد المعاني استقالته أمس إلى رئيس الوزراء عمر الرزاز الذي وافق عليها.",
		"dismiss", "وليد المعاني", "عمر الرزاز")
}
