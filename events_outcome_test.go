package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsOutcomeFight: fighting after بعد، إثر، عقب that led to an
// outcome the announcer claims for itself (أعلنت قوات الجيش سيطرتها على …
// بعد اشتباكات) was the announcer's: it takes part, with the side the
// fighting names (مجموعات موالية لفلان: the one they are loyal to), at the
// outcome's place and the announcement's time. Who tells of others'
// fighting takes no part.
func TestEventsOutcomeFight(t *testing.T) {
	tests := []struct {
		name, text  string
		parts       []string
		place, time string
	}{
		{"control after clashes with loyal groups",
			"عنوان\n\nأعلنت قوات الجيش الوطني الليبي، فجر اليوم الخميس، سيطرتها الكاملة على مدينة سرت، بعد اشتباكات عنيفة مع مجموعات مسلحة موالية لإبراهيم الجضران.",
			[]string{"الجيش الوطني الليبي", "إبراهيم الجضران"}, "سرت", "2018-06-07"},
		{"ground taken back after battles",
			"عنوان\n\nأعلن الجيش السوري، مساء الأحد، استعادته السيطرة على بلدة خان شيخون في ريف إدلب إثر معارك مع فصائل المعارضة.",
			[]string{"الجيش السوري"}, "", "2018-06-03"},
		{"a leader named between, a side affiliated",
			"عنوان\n\nأعلنت قوات سوريا الديمقراطية بقيادة القائد مظلوم عبدي، أمس، سيطرتها على بلدة هجين عقب اشتباكات مع عناصر تابعة لتنظيم داعش.",
			[]string{"قوات سوريا الديمقراطية", "تنظيم داعش"}, "هجين", "2018-06-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "attack")
			if len(evs) == 0 {
				return
			}
			for _, p := range tt.parts {
				assert.Contains(t, evs[0].Participants, p, "%+v", evs)
			}
			if tt.place != "" {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
	for _, e := range eventsOfType(t, "عنوان\n\nأعلن المرصد السوري لحقوق الإنسان مقتل عشرة مدنيين في إدلب بعد اشتباكات عنيفة.", "2018-06-05", "attack") {
		assert.NotContains(t, e.Participants, "المرصد السوري لحقوق الإنسان", "%+v", e)
	}
}

// TestEventsTollReferredBack: a toll caused by a definite attack noun
// (إن الاشتباكات أسفرت عن مقتل …، بأن القصف أدى إلى مقتل …) takes the place
// and time of the attack of that kind told before, and so does the toll's
// second part (وإصابة خمسة آخرين); a toll denied (لم يسفر عن سقوط جرحى)
// takes no time. The statement's بيان before إن does not make the
// clashes words.
func TestEventsTollReferredBack(t *testing.T) {
	tests := []struct {
		name, text, typ, place, time string
	}{
		{"deaths caused by the clashes",
			"عنوان\n\nاندلعت اشتباكات عنيفة بين الجيش اللبناني ومسلحين في بلدة عرسال فجر الثلاثاء. وقال مصدر عسكري في بيان إن الاشتباكات أسفرت عن مقتل جنديين وإصابة خمسة آخرين.",
			"death", "عرسال", "2018-06-05"},
		{"the injuries joined to them",
			"عنوان\n\nاندلعت اشتباكات عنيفة بين الجيش اللبناني ومسلحين في بلدة عرسال فجر الثلاثاء. وقال مصدر عسكري في بيان إن الاشتباكات أسفرت عن مقتل جنديين وإصابة خمسة آخرين.",
			"injury", "عرسال", "2018-06-05"},
		{"deaths caused by the shelling",
			"عنوان\n\nشنت طائرات التحالف غارات على مدينة الرقة مساء الأحد. وأفاد ناشطون بأن القصف أدى إلى مقتل سبعة مدنيين.",
			"death", "الرقة", "2018-06-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if len(evs) == 0 {
				return
			}
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
	// A toll denied is told as no event at all (deniedToll); the dead of
	// a fight told after a strike are, without the strike's time.
	for _, e := range eventsOf(t, "عنوان\n\nاستهدف هجوم انتحاري حاجزا للجيش في مدينة العريش صباح الاثنين. وأكدت المصادر أن الهجوم لم يسفر عن سقوط جرحى.", "2018-06-05") {
		assert.NotContains(t, []string{"death", "injury"}, e.Type, "a toll denied: %+v", e)
	}
	for _, e := range eventsOfType(t, "عنوان\n\nقصفت طائرات التحالف مواقع للجبهة قرب بلدة اعزاز الأحد. وقال المرصد إن القتال أسفر عن مقتل 13 شخصا.", "2018-06-05", "death", "injury") {
		assert.Empty(t, e.Time, "fighting is no strike: %+v", e)
	}
}

// TestEventsUnnamedSource: a statement verb whose subject is an unnamed
// source (وأفادت مصادر أمنية، وذكر مسؤولون أمريكيون) is not the words of
// the last speaker of the paragraph.
func TestEventsUnnamedSource(t *testing.T) {
	tests := []struct{ name, text, trigger, not string }{
		{"security sources", "عنوان\n\nأعلنت وزارة الداخلية المغربية تفكيك خلية إرهابية في مدينة طنجة. وأفادت مصادر أمنية جزائرية بأن السلطات أوقفت 20 مهاجرا.",
			"أفادت", "وزارة الداخلية المغربية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A statement whose speaker is unnamed has no participant and
			// is not told (draft.empty): the loop passes on none by design.
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Trigger == tt.trigger {
					assert.NotContains(t, e.Participants, tt.not, "%+v", e)
				}
			}
		})
	}
	// The officials' words of Sunday are not the minister's.
	evs := eventsOf(t, "عنوان\n\nوقال وزير الخارجية الفرنسي جان إيف لودريان إن الحل سياسي. وذكر، الأحد، مسؤولون أمريكيون أن المحادثات ستستأنف.", "2018-06-05")
	for _, e := range eventsWhere(t, evs, "no statement of the minister", func(e ev) bool {
		return e.Type == "statement" && len(e.Participants) > 0 && e.Participants[0] == "جان إيف لودريان"
	}) {
		assert.Empty(t, e.Time, "%+v", e)
	}
	// Without a subject of its own, the verb keeps the last speaker.
	evs = eventsOf(t, "عنوان\n\nوقال وزير الخارجية الفرنسي جان إيف لودريان إن الحل سياسي. وأضاف أن المحادثات ستستأنف.", "2018-06-05")
	assert.Contains(t, evs[0].Participants, "جان إيف لودريان", "%+v", evs)
}
