package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsResignationUnnamedHolder (refac3): a resignation told after a
// bare إن/أن whose holder the clause names by a title alone is kept with
// no participant (the gold keeps such a one with none), with its time; the
// reporter takes no part. A holder the title introduced before is the one.
func TestEventsResignationUnnamedHolder(t *testing.T) {
	for _, tt := range []struct{ name, text, time string }{
		{"a light verb and a day",
			"عنوان\n\nوأفاد مصدر برلماني أن الوزيرة قدمت استقالتها إلى رئيس الجمهورية الأحد.", "2018-06-03"},
		{"تقدم ب",
			"عنوان\n\nوصرح النائب كريم صالح بأن المحافظ تقدم باستقالته احتجاجا على تأخر الموازنة.", ""},
		{"the verb itself",
			"عنوان\n\nوذكر بيان للبرلمان أن السفير استقال من منصبه.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "dismiss")
			for _, e := range evs {
				assert.Empty(t, e.Participants, "%+v", e)
				assert.Equal(t, tt.time, e.Time, "%+v", e)
			}
		})
	}
	evt18Has(t, "عنوان\n\nاستقبل وزير التجارة رامي سعد وفدا من المستثمرين صباح الاثنين.\n\nوقال المتحدث باسم الحكومة إن الوزير قدم استقالته مساء الاثنين.",
		"dismiss", "رامي سعد")
	// No title, no resignation told: nothing to keep.
	checkNotEvents(t, "عنوان\n\nوقال المتحدث إن الحكومة ناقشت استقالته.", "2018-06-05", "dismiss")
}

// TestEventsPronounNounOwnClause (refac3): the owner of the pronoun on a
// meeting, visit or resignation noun (خلال لقائه، زيارته، استقالته) told in
// a clause after a bare إن/أن with a subject of its own is that subject,
// not the one who reports it; a noun right after إن is the reporter's own.
func TestEventsPronounNounOwnClause(t *testing.T) {
	for _, tt := range []struct{ name, text, typ, owner, reporter string }{
		{"a meeting told by a spokesman",
			"عنوان\n\nوقال الناطق باسم الرئاسة حسن مراد إن الرئيس يوسف كامل بحث خلال لقائه رئيس الوزراء الإيطالي ماريو دراغي ملف الهجرة.",
			"meet", "يوسف كامل", "حسن مراد"},
		{"a visit told by an aide",
			"عنوان\n\nوأوضح المستشار سالم عبيد أن وزير الدفاع نبيل حمدان تفقد خلال زيارته إلى بنزرت القاعدة البحرية.",
			"visit", "نبيل حمدان", "سالم عبيد"},
		{"the reporter's own meeting",
			"عنوان\n\nوقال وزير الزراعة منير داود إن لقاءه مع نظيره المغربي عزيز أخنوش كان مثمرا.",
			"meet", "منير داود", ""},
		{"وذلك goes back to the speaker's clause",
			"عنوان\n\nوأكد وزير الخارجية البرازيلي ماورو فييرا أن بلاده ستدعم المبادرة، وذلك خلال لقائه نظيره المصري بدر عبد العاطي في القاهرة.",
			"meet", "ماورو فييرا", ""},
		{"the reporter's own resignation",
			"عنوان\n\nوقال وزير الإسكان فارس الخطيب إن استقالته نهائية.",
			"dismiss", "فارس الخطيب", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsWhere(t, eventsOfType(t, tt.text, "2018-06-05", tt.typ), "no event of "+tt.owner,
				func(e ev) bool { return contains(e.Participants, tt.owner) })
			if tt.reporter != "" {
				for _, e := range evs {
					assert.NotContains(t, e.Participants, tt.reporter, "%+v", e)
				}
			}
		})
	}
	// The subject unnamed, or a body: never the reporter.
	for _, text := range []string{
		"عنوان\n\nوقال الناطق باسم الرئاسة حسن مراد إن الرئيس أكد خلال لقائه السفير الصيني أهمية الاستثمار.",
		"عنوان\n\nوقال وزير المالية خالد يوسف إن البعثة أنهت اجتماعاتها في العاصمة بتقييم إيجابي.",
	} {
		for _, e := range eventsOf(t, text, "2018-06-05") {
			if e.Type == "meet" {
				assert.NotContains(t, e.Participants, "حسن مراد", "%+v", e)
				assert.NotContains(t, e.Participants, "خالد يوسف", "%+v", e)
			}
		}
	}
}

// TestEventsGovernmentAfterJoinedVerb (refac3): a government or its
// authorities named right after a verb joined by و (ووقعت الحكومة اتفاقا)
// is the verb's subject: the person who led the clause before does not
// sign or meet. With nothing between the verb and its object, he does.
func TestEventsGovernmentAfterJoinedVerb(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"the government signs",
			"عنوان\n\nاستقبل الرئيس الكيني وليام روتو بعثة صندوق النقد الدولي في نيروبي، ووقعت الحكومة اتفاقا مع الصندوق."},
		{"the authorities sign",
			"عنوان\n\nاستقبل الرئيس الكيني وليام روتو بعثة صندوق النقد الدولي في نيروبي، ووقعت السلطات مذكرة تفاهم مع الصندوق."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-06-05", "agreement") {
				assert.NotContains(t, e.Participants, "وليام روتو", "%+v", e)
			}
		})
	}
	evt18Has(t, "عنوان\n\nاستقبل الرئيس الكيني وليام روتو بعثة صندوق النقد الدولي في نيروبي، ووقع اتفاقا مع الصندوق.",
		"agreement", "وليام روتو")
}
