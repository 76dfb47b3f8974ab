package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSpeechDateInRelativeClause (refac2): a date right before إن
// dates the speech, but not when it stands in a relative clause about the
// speaker (his visit, his taking office): that clause tells its own time.
// A clause whose verb holds the gathering the speech was given at keeps
// the gathering's day for the speech.
func TestEventsSpeechDateInRelativeClause(t *testing.T) {
	tests := []struct{ name, text, time string }{
		{"the minister's visit in another month",
			"عنوان\n\nوقال وزير الزراعة الذي تفقد الحقول الشمالية في شباط الماضي إن المحصول سيتضاعف.", ""},
		{"the envoys who arrived on another day",
			"عنوان\n\nوقال رئيس الوفد السوداني الذي وصل إلى القاهرة الخميس إن المفاوضات ستستأنف.", ""},
		{"the conference he held that day",
			"عنوان\n\nوقال وزير الزراعة في المؤتمر الذي عقده الأحد إن المحصول سيتضاعف.", "2018-06-03"},
		{"no relative clause",
			"عنوان\n\nوقال وزير الزراعة في مؤتمر صحفي الأحد إن المحصول سيتضاعف.", "2018-06-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			said := eventsWhere(t, eventsOfType(t, tt.text, "2018-06-05", "statement"), "no قال", func(e ev) bool { return e.Trigger == "قال" })
			for _, e := range said {
				assert.Equal(t, tt.time, e.Time, "%+v", e)
			}
		})
	}
}

// TestEventsJoinedVerbMannerNotObject (refac2): a ب-phrase telling how or
// when an act was done (بحضور، باسم، بالإجماع، بعد) does not mark the name
// before it as the object of a verb joined by و: that name is the verb's
// own subject. An office, a task or a charge after ب still does.
func TestEventsJoinedVerbMannerNotObject(t *testing.T) {
	for _, tt := range []struct{ name, text, typ, subject, not string }{
		{"in the presence of",
			"عنوان\n\nاستقبل الرئيس الغاني جون ماهاما وفد المستثمرين، وعين وزير المالية سيث تيركبر بحضور الصحفيين مستشارا جديدا له.",
			"appoint", "سيث تيركبر", "جون ماهاما"},
		{"in the name of",
			"عنوان\n\nاستقبل الرئيس اللبناني ميشال عون وفدا من البرلمان، واتهم وزير الخارجية جبران باسيل باسم حزبه الحكومة بالتقصير.",
			"statement", "جبران باسيل", "ميشال عون"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsWhere(t, eventsOfType(t, tt.text, "2018-06-05", tt.typ), "no event of "+tt.subject,
				func(e ev) bool { return contains(e.Participants, tt.subject) })
			for _, e := range evs {
				assert.NotContains(t, e.Participants, tt.not, "%+v", e)
			}
		})
	}
	// A task or a charge after ب marks the object: the subject before.
	evt18Has(t, "عنوان\n\nأقال الرئيس التونسي قيس سعيد رئيس الحكومة هشام المشيشي، وكلف نجلاء بودن بتشكيل الحكومة.",
		"appoint", "قيس سعيد", "نجلاء بودن")
	evt18Has(t, "عنوان\n\nرفض الرئيس الفلسطيني محمود عباس الخطة، واتهم واشنطن بالانحياز الكامل.",
		"statement", "محمود عباس", "واشنطن")
}

// TestEventsResignationToldByAnother (refac2): a resignation with its
// pronoun told after a bare إن/أن is the clause's subject's, named or
// not; the one who reports it takes no part. After إنه it is the
// speaker's own.
func TestEventsResignationToldByAnother(t *testing.T) {
	for _, tt := range []struct{ name, text, reporter, resigner string }{
		{"a named minister after إن",
			"عنوان\n\nوقال رئيس الوزراء ماجد سالم إن وزيرة الصحة ليلى فريد تقدمت باستقالتها.", "ماجد سالم", "ليلى فريد"},
		{"an unnamed minister after أن",
			"عنوان\n\nوأوضح النائب طارق منصور أن الوزير رفع استقالته إلى البرلمان.", "طارق منصور", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "dismiss" {
					assert.NotContains(t, e.Participants, tt.reporter, "%+v", e)
				}
			}
			if tt.resigner != "" {
				evt18Has(t, tt.text, "dismiss", tt.resigner)
			}
		})
	}
	evt18Has(t, "عنوان\n\nوقال وزير النقل عادل الحسن إنه رفع استقالته إلى رئيس الحكومة.", "dismiss", "عادل الحسن")
}

// TestEventsBodyAfterJoinedVerb (refac2): a verb joined by و with a body
// named right after it (مجلس الإدارة، اللجنة، الهيئة) has that body for
// subject: the head of government who opened the clause before does not
// appoint or charge. With no body after it the verb keeps his subject.
func TestEventsBodyAfterJoinedVerb(t *testing.T) {
	for _, tt := range []struct{ name, text, typ, object string }{
		{"a board appoints",
			"عنوان\n\nوافتتح رئيس الحكومة عمر الرزاز المستشفى الجديد، وعين مجلس الأمناء الطبيب نادر عيسى مديرا له.",
			"appoint", "نادر عيسى"},
		{"an authority charges",
			"عنوان\n\nوافتتح رئيس الحكومة عمر الرزاز المستشفى الجديد، وكلفت الهيئة الطبيبة هالة نصار بإدارة قسم الطوارئ.",
			"appoint", "هالة نصار"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsWhere(t, eventsOfType(t, tt.text, "2018-06-05", tt.typ), "no event of "+tt.object,
				func(e ev) bool { return contains(e.Participants, tt.object) })
			for _, e := range evs {
				assert.NotContains(t, e.Participants, "عمر الرزاز", "%+v", e)
			}
		})
	}
	evt18Has(t, "عنوان\n\nوافتتح رئيس الحكومة عمر الرزاز المستشفى الجديد، وعين الطبيب نادر عيسى مديرا له.",
		"appoint", "عمر الرزاز", "نادر عيسى")
}
