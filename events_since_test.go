package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSinceIsEarlier: an event noun after منذ (since) is earlier
// than its sentence; the sentence's date is not its time.
func TestEventsSinceIsEarlier(t *testing.T) {
	tests := []struct{ name, text, typ, notTime string }{
		{"first visit since the formation",
			"عنوان\n\nويزور وزير الخارجية الإيراني بغداد يوم الأحد 11 تشرين الثاني، في أول زيارة له منذ تشكيل الحكومة العراقية.",
			"establish", "2018-11-11"},
		{"first since the elections",
			"عنوان\n\nويصل الرئيس الفرنسي إلى بيروت الاثنين 12 تشرين الثاني، في أول زيارة منذ الانتخابات النيابية في لبنان.",
			"election", "2018-11-12"},
		{"since the attack",
			"عنوان\n\nوأعيد فتح السوق الأربعاء 14 تشرين الثاني للمرة الأولى منذ الهجوم الانتحاري في كابول.",
			"attack", "2018-11-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-11-08", tt.typ) {
				assert.NotEqual(t, tt.notTime, e.Time, "%s in %q", tt.typ, tt.text)
			}
		})
	}
}

// TestEventsNounAfterItsDay: an event noun whose own date comes after the
// article's day is planned, whatever the tense of the clause around it.
func TestEventsNounAfterItsDay(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"hosts a meeting on a Hijri date",
			"عنوان\n\nوأعلنت وزارة الخارجية السعودية أن الرياض تستضيف يوم الجمعة ١٥/٣/١٤٤٠هـ اجتماعا لوزراء خارجية دول التحالف.", "meet"},
		{"a conference next month",
			"عنوان\n\nوتنظم الأمم المتحدة مؤتمرا للمانحين في جنيف في 12 كانون الأول 2018 لدعم اليمن.", "meet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Equal(t, "planned", e.Status, "%q: %+v", tt.text, e)
			}
		})
	}
}

// TestEventsHostBeforeVerb: the city that hosts talks is their place, also
// as the subject before its verb (وكانت الدوحة احتضنت مفاوضات), and not a
// side of them.
func TestEventsHostBeforeVerb(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"Doha had hosted",
			"عنوان\n\nوكانت الدوحة احتضنت العام الماضي مفاوضات بين الحركة والحكومة الأفغانية.", "الدوحة"},
		{"Amman hosts next week",
			"عنوان\n\nوقالت الوزارة إن العاصمة الأردنية عمان تستضيف الأسبوع المقبل محادثات بين الحكومة والمعارضة.", "عمّان"}, // the entity's canonical name
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "meet", "")
			if assert.True(t, ok, "no meeting in %q", tt.text) {
				assert.Equal(t, tt.place, e.Place, "%q: %+v", tt.text, e)
				assert.NotContains(t, e.Participants, tt.place)
			}
		})
	}
}

// TestEventsCallerOfSentence: a call told after في at the end of a
// sentence whose verb is no event word, or is set off by a comma, has
// that verb's subject as its caller.
func TestEventsCallerOfSentence(t *testing.T) {
	tests := []struct{ name, text, caller, callee string }{
		{"congratulated in a call",
			"عنوان\n\nوهنأ الرئيس عبد الفتاح السيسي المنتخب الوطني بالفوز، في اتصال هاتفي مع رئيس الاتحاد هاني أبو ريدة.",
			"عبد الفتاح السيسي", "هاني أبو ريدة"},
		{"what he affirmed, then a comma",
			"عنوان\n\nوأكد السيسي أن مصر تدعم السودان، في اتصال هاتفي مع الرئيس عمر البشير.",
			"السيسي", "عمر البشير"},
		{"affirmed, then a comma",
			"عنوان\n\nوأكد العاهل الأردني الملك عبد الله الثاني دعم بلاده للعراق، في اتصال هاتفي مع الرئيس برهم صالح.",
			"عبد الله الثاني", "برهم صالح"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "contact", "")
			if assert.True(t, ok, "no call in %q", tt.text) {
				assert.Equal(t, []string{tt.caller, tt.callee}, e.Participants, "%q", tt.text)
			}
		})
	}
	// An agency that reports what a person did in a call is no side of
	// it: the person named after أن is the subject of the call's clause.
	t.Run("reported by an agency", func(t *testing.T) {
		text := "عنوان\n\nوذكرت وكالة الأنباء السورية سانا أن الرئيس بشار الأسد أكد دعم سوريا لروسيا، في اتصال هاتفي مع الرئيس فلاديمير بوتين."
		e, ok := eventOf(t, text, "contact", "")
		if assert.True(t, ok, "no call in %q", text) {
			assert.Contains(t, e.Participants, "فلاديمير بوتين")
			assert.NotContains(t, e.Participants, "وكالة الأنباء السورية")
		}
	})
}

// TestEventsDecisionOfVerb: what a verb of deciding decided (قرر البنك
// رفع سعر الفائدة) is that one decision, with the date it gives.
func TestEventsDecisionOfVerb(t *testing.T) {
	tests := []struct{ name, text, part, time string }{
		{"raised the rate",
			"عنوان\n\nوقرر مجلس إدارة البنك المركزي الأردني رفع سعر الفائدة الرئيسي بمقدار 25 نقطة أساس اعتبارا من الأحد 16 كانون الأول 2018.",
			"البنك المركزي الأردني", "2018-12-16"}, // the board is no name: the bank decides (ents19, boardOf)
		{"cut the rate",
			"عنوان\n\nوقرر البنك المركزي التركي خفض سعر الفائدة إلى 16 في المئة اعتبارا من 1 آب 2019.",
			"البنك المركزي التركي", "2019-08-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []ev
			for _, e := range eventsOf(t, tt.text, "2018-12-08") {
				if e.Type == "decision" {
					got = append(got, e)
				}
			}
			if assert.Len(t, got, 1, "%q: %+v", tt.text, got) {
				assert.Contains(t, got[0].Participants, tt.part)
				assert.Equal(t, tt.time, got[0].Time)
			}
		})
	}
}
