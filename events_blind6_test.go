package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSubjectBeforeQad: the pluperfect of a story's background
// (وكان X قد فعل) puts the subject before the particle قد; when a name
// follows the verb too, the name before قد is still the subject and the
// one after it the other side (or the object).
func TestEventsSubjectBeforeQad(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string // participants, in any order
	}{
		{"a reception in the pluperfect",
			"عنوان\n\nوكان رئيس الوزراء الإيطالي جوزيبي كونتي قد استقبل الرئيس التونسي الباجي قائد السبسي في روما.",
			"meet", []string{"جوزيبي كونتي", "الباجي قائد السبسي"}},
		{"a meeting, feminine subject",
			"عنوان\n\nوكانت المستشارة الألمانية أنغيلا ميركل قد التقت العاهل المغربي الملك محمد السادس في برلين.",
			"meet", []string{"أنغيلا ميركل", "محمد السادس"}},
		{"a phone call made with a light verb",
			"عنوان\n\nوكان أمير الكويت الشيخ صباح الأحمد قد أجرى اتصالا هاتفيا مع الرئيس اللبناني ميشال عون.",
			"contact", []string{"صباح الأحمد", "ميشال عون"}},
		{"قد without كان",
			"عنوان\n\nوالرئيس الفرنسي إيمانويل ماكرون قد استقبل نظيره اللبناني ميشال عون في باريس.",
			"meet", []string{"إيمانويل ماكرون", "ميشال عون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if len(evs) == 0 {
				return
			}
			assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
		})
	}
	// قد before an imperfect is "may": still the verb's own subject
	// after it, and nothing before it to take.
	evs := eventsOfType(t, "عنوان\n\nقد يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في هلسنكي.", "2018-06-05", "meet")
	if len(evs) > 0 {
		assert.Contains(t, evs[0].Participants, "سيرغي لافروف", "%+v", evs)
	}
}

// TestEventsDeniedToll: a toll the text denies (لم يسفر عن وقوع أي
// إصابات، دون أن يسفر عن إصابات، من دون تسجيل إصابات، عدم وقوع إصابات) is
// no death or injury; a toll the text only does not count (لم يعرف عدد
// القتلى) still is.
func TestEventsDeniedToll(t *testing.T) {
	tests := []struct {
		name, text string
		toll       bool
	}{
		{"no injuries, after a comma",
			"عنوان\n\nوسقط صاروخ أطلق من قطاع غزة على بلدة سديروت مساء الثلاثاء، دون أن يسفر عن إصابات.", false},
		{"did not cause any injuries",
			"عنوان\n\nوأخمدت فرق الدفاع المدني حريقا شب في مصنع للبلاستيك بمدينة العاشر من رمضان، ولم يسفر الحريق عن إصابات. وقال المتحدث إن النيران لم تسفر عن وقوع أي إصابات بشرية.", false},
		{"without recording injuries",
			"عنوان\n\nوانفجرت عبوة ناسفة قرب دورية للشرطة في مدينة العريش صباح الأحد، من دون تسجيل أي إصابات.", false},
		// (ضحايا is no trigger: عدم وقوع ضحايا could not fail.)
		{"no injuries, عدم",
			"عنوان\n\nوأكدت وزارة الداخلية عدم وقوع إصابات في الانفجار الذي هز مدينة طنطا.", false},
		{"a toll not counted is still a toll",
			"عنوان\n\nوقتل خمسة مدنيين في قصف على مدينة إدلب، ولم يعرف عدد الجرحى.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tolls []string
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == "death" && e.Trigger != "قتل" || e.Type == "injury" {
					tolls = append(tolls, e.Type+":"+e.Trigger)
				}
			}
			if tt.toll {
				assert.NotEmpty(t, tolls)
			} else {
				assert.Empty(t, tolls)
			}
		})
	}
}

// TestEventsTollAndArrestForms: the accusative singular after a number
// (و11 مصابا) is an injury, as قتيلا is a death; an arrest whose object
// is a pronoun (ألقت الشرطة القبض عليهما، قبضت عليه) is an arrest.
func TestEventsTollAndArrestForms(t *testing.T) {
	tests := []struct {
		name, text, want string // want: type:trigger, or "" for none of that type
		typ              string
	}{
		{"injured after a number", "عنوان\n\nوارتفعت حصيلة انهيار المبنى في مدينة أسيوط إلى تسعة قتلى و23 مصابا.", "injury:مصابا", "injury"},
		{"arrested, a dual pronoun", "عنوان\n\nوألقت قوات الأمن القبض عليهما مساء الخميس في مدينة طنطا.", "arrest:القبض عليهما", "arrest"},
		{"arrested, a masculine pronoun", "عنوان\n\nوقالت الشرطة إنها قبضت عليه في منزله بمدينة المنصورة.", "arrest:قبضت عليه", "arrest"},
		{"no arrest without القبض", "عنوان\n\nوقالت الشرطة إن الحادث وقع عليه في منزله بمدينة المنصورة.", "", "arrest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range eventsOf(t, tt.text, "2018-06-05") {
				if e.Type == tt.typ {
					got = append(got, e.Type+":"+e.Trigger)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
		})
	}
}
