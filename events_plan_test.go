package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsPlanOwner: the name after a plan, a proposal or an initiative
// that a meeting discusses (ناقشا خطة الأمم المتحدة، بحث مبادرة الجامعة
// العربية) owns the plan; it takes no part in the meeting, nor is it the
// name of a title before the plan (مع السفير الفرنسي مبادرة ماكرون).
func TestEventsPlanOwner(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the plan of an organization",
			"عنوان\n\nالتقى رئيس المجلس الرئاسي فائز السراج المبعوث الأممي غسان سلامة في العاصمة طرابلس، حيث ناقشا خطة الأمم المتحدة لإجراء انتخابات.",
			[]string{"فائز السراج", "غسان سلامة"}, []string{"الأمم المتحدة"}},
		{"an initiative after the place",
			"عنوان\n\nوبحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في القاهرة مبادرة الجامعة العربية للسلام.",
			[]string{"سامح شكري", "أيمن الصفدي"}, []string{"الجامعة العربية للسلام", "الجامعة العربية"}},
		{"a person's initiative after an unnamed title",
			"عنوان\n\nوبحث الرئيس اللبناني ميشال عون مع السفير الفرنسي مبادرة الرئيس الفرنسي إيمانويل ماكرون.",
			[]string{"ميشال عون"}, []string{"إيمانويل ماكرون"}},
		{"a person's paper after an unnamed title (ورقة: its و is the word's)",
			"عنوان\n\nوبحث الرئيس اللبناني ميشال عون مع السفير الفرنسي ورقة الرئيس الفرنسي إيمانويل ماكرون.",
			[]string{"ميشال عون"}, []string{"إيمانويل ماكرون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
			if len(evs) == 0 {
				return
			}
			for _, p := range tt.want {
				assert.Contains(t, evs[0].Participants, p, "%+v", evs)
			}
			for _, e := range evs {
				for _, p := range tt.not {
					assert.NotContains(t, e.Participants, p, "%+v", evs)
				}
			}
		})
	}
	// The organization itself met stays a side.
	evs := eventsOfType(t, "عنوان\n\nوالتقى وزير الخارجية الفرنسي جان إيف لودريان ممثلي الأمم المتحدة في باريس.", "2018-06-05", "meet")
	if len(evs) > 0 {
		assert.Contains(t, evs[0].Participants, "الأمم المتحدة", "%+v", evs)
	}
}

// TestEventsPurposeOfVerb: a meeting told by a noun of purpose after the
// verb of a trip (يزور … للقاء، يتوجه … لحضور مؤتمر، زار … للقاء) is part of
// the trip: it takes the verb's status, its subject, and its place and
// time.
func TestEventsPurposeOfVerb(t *testing.T) {
	tests := []struct {
		name, text, trigger, status, place, time string
		parts                                    []string
	}{
		{"a planned visit to meet",
			"عنوان\n\nومن المقرر أن يزور المبعوث الأممي غسان سلامة مدينة بنغازي الأسبوع المقبل للقاء المشير خليفة حفتر.",
			"لقاء", "planned", "بنغازي", "2018-06-11/2018-06-17", []string{"غسان سلامة", "خليفة حفتر"}},
		{"going to attend a conference",
			"عنوان\n\nوسيتوجه وزير الخارجية القطري إلى موسكو الأحد المقبل لحضور مؤتمر الأمن الدولي.",
			"مؤتمر", "planned", "موسكو", "2018-06-10", []string{"وزير الخارجية القطري"}},
		{"a visit made to meet",
			"عنوان\n\nوزار الرئيس الفرنسي إيمانويل ماكرون بيروت أمس للقاء الرئيس ميشال عون.",
			"لقاء", "past", "بيروت", "2018-06-04", []string{"إيمانويل ماكرون", "ميشال عون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
			for _, e := range evs {
				if e.Trigger != tt.trigger {
					continue
				}
				assert.Equal(t, tt.status, e.Status, "%+v", e)
				assert.Equal(t, tt.place, e.Place, "%+v", e)
				assert.Equal(t, tt.time, e.Time, "%+v", e)
				assert.Equal(t, tt.parts, e.Participants, "%+v", e)
				return
			}
			t.Errorf("no meeting %q: %+v", tt.trigger, evs)
		})
	}
}
