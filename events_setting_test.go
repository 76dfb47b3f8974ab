package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Who takes part in talks, and where a statement was made, in the team's
// own wordings.

// TestEventsTalksTopic: what talks are about (after ملف، قضية، مسألة, or
// the object of بحث، ناقش) is no party to them, be it a dam, a city or a
// camp; the parties stay.
func TestEventsTalksTopic(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // participants, in order
	}{
		{"file of the dam",
			"عنوان\n\nبحث وزير الخارجية المصري سامح شكري مع نظيره السوداني ملف سد النهضة في القاهرة.",
			[]string{"سامح شكري", "نظيره السوداني"}},
		{"question of a city",
			"عنوان\n\nناقش الرئيس الفلسطيني محمود عباس مع الملك عبد الله الثاني قضية القدس.",
			[]string{"محمود عباس", "عبد الله الثاني"}},
		{"matter of a camp after another topic",
			"عنوان\n\nوبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الروسي سيرغي لافروف الأزمة السورية ومسألة مخيم الركبان.",
			[]string{"أيمن الصفدي", "سيرغي لافروف"}},
		{"the dam as the object",
			"عنوان\n\nوناقش وزير الخارجية المصري مع نظيره الإثيوبي سد النهضة وقضايا المياه.",
			[]string{"وزير الخارجية المصري", "نظيره الإثيوبي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-10-01", "meet")
			if assert.Len(t, evs, 1, "%+v", evs) {
				assert.Equal(t, tt.want, evs[0].Participants)
			}
		})
	}
	// The place of the talks is still read after the topic.
	evs := eventsOfType(t, tests[0].text, "2018-10-01", "meet")
	assert.Equal(t, "القاهرة", evs[0].Place)
}

// TestEventsStatementSetting: a press conference that frames a statement
// is where the words were said, not a meeting; the statement takes the
// place its clause names before إن/أن (or, after a press conference, at
// the end of the sentence): in a press conference, on a visit.
func TestEventsStatementSetting(t *testing.T) {
	tests := []struct {
		name, text, place, time string
	}{
		{"press conference in the city",
			"عنوان\n\nقال وزير الخارجية المصري سامح شكري في مؤتمر صحفي بالقاهرة يوم الثلاثاء إن بلاده لن تقبل بالأمر الواقع.", "القاهرة", "2018-09-25"},
		{"press conference opening the sentence",
			"عنوان\n\nوخلال مؤتمر صحفي عقده في عمان، أكد وزير الخارجية الأردني أيمن الصفدي أن الحل سياسي.", "عمّان", ""},
		{"joint press conference",
			"عنوان\n\nوفي مؤتمر صحافي مشترك بالرياض، قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل.", "الرياض", ""},
		{"press conference ends the sentence",
			"عنوان\n\nكما قال الناطق باسم الخارجية الإيرانية بهرام قاسمي خلال مؤتمر صحفي في طهران يوم الاثنين.", "طهران", "2018-10-01"},
		{"during his visit to",
			"عنوان\n\nوصرح رئيس الوزراء العراقي حيدر العبادي خلال زيارته لطهران بأن العلاقات جيدة.", "طهران", ""},
		{"a speech in the city",
			"عنوان\n\nوقال الرئيس الفرنسي إيمانويل ماكرون في كلمة أمام البرلمان في باريس يوم الاثنين إن فرنسا لن تتراجع.", "باريس", "2018-10-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-10-01")
			var st []ev
			for _, e := range evs {
				assert.NotEqual(t, "meet", e.Type, "the conference is the statement's setting: %+v", evs)
				if e.Type == "statement" {
					st = append(st, e)
				}
			}
			if assert.Len(t, st, 1, "%+v", evs) {
				assert.Equal(t, tt.place, st[0].Place)
				assert.Equal(t, tt.time, st[0].Time)
				assert.NotEmpty(t, st[0].Participants)
			}
		})
	}
	// The visit stays a visit.
	assert.Contains(t, triggers(eventsOf(t, tests[4].text, "2018-10-01")), "visit:زيارته")
	// No place: what was spoken of, a place in the words said, a place
	// of another clause, an organization's branch.
	for _, text := range []string{
		"عنوان\n\nوقال وزير الخارجية الأردني أيمن الصفدي تعليقا على الهجوم في إدلب إن الوضع خطير.",
		"عنوان\n\nوقال وزير الخارجية الأردني أيمن الصفدي إن الوزير سيزور القاهرة.",
		"عنوان\n\nواعتبرت الناشطة الكندية ليلى حداد وتقيم في حيفا، أن المجلس لا يمثل أحدا.",
		"عنوان\n\nأعلن الصليب الأحمر في سوريا أن القافلة دخلت الغوطة.",
	} {
		for _, e := range eventsOfType(t, text, "2018-10-01", "statement") {
			assert.Empty(t, e.Place, "%s: %+v", text, e)
		}
	}
	// A press conference with no statement in its clause is none either
	// (one speaker speaks to the press, evt16); a joint one is a meeting.
	assert.NotContains(t, triggers(eventsOf(t, "عنوان\n\nوعقد الوزير مؤتمرا صحفيا في بيروت يوم الأحد.", "2018-10-01")), "meet:مؤتمرا")
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوعقد الوزيران مؤتمرا صحفيا مشتركا في بيروت يوم الأحد.", "2018-10-01")), "meet:مؤتمرا")
}

// TestEventsTalksByPhone: talks or words told with في، خلال اتصال هاتفي
// مع (or باتصال هاتفي) are the call: one contact with the caller and the
// one called; a statement made in the call stays a statement.
func TestEventsTalksByPhone(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		statement  bool
	}{
		{"discussed in a call",
			"عنوان\n\nوبحث الرئيس التونسي الباجي قائد السبسي في اتصال هاتفي مع العاهل المغربي الملك محمد السادس الأوضاع في ليبيا.",
			[]string{"الباجي قائد السبسي", "محمد السادس"}, false},
		{"debated by a call, a date after",
			"عنوان\n\nوناقش وزير الخارجية السعودي عادل الجبير في اتصال هاتفي مع نظيره الأمريكي مايك بومبيو يوم الأحد التطورات في اليمن.",
			[]string{"عادل الجبير", "مايك بومبيو"}, false},
		{"by a call",
			"عنوان\n\nوبحث الرئيس اللبناني ميشال عون باتصال هاتفي مع رئيس الحكومة سعد الحريري تشكيل الحكومة.",
			[]string{"ميشال عون", "سعد الحريري"}, false},
		{"said during a call",
			"عنوان\n\nوأكد الرئيس المصري عبد الفتاح السيسي خلال اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون أن الحل سياسي.",
			[]string{"عبد الفتاح السيسي", "إيمانويل ماكرون"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-10-01")
			var calls []ev
			statements := 0
			for _, e := range evs {
				assert.NotEqual(t, "meet", e.Type, "the talks are the call: %+v", evs)
				switch e.Type {
				case "contact":
					calls = append(calls, e)
				case "statement":
					statements++
				}
			}
			if assert.Len(t, calls, 1, "%+v", evs) {
				assert.Equal(t, tt.want, calls[0].Participants)
			}
			assert.Equal(t, tt.statement, statements == 1, "%+v", evs)
		})
	}
}
