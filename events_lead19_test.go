package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsTollAfterAdverbial: a phrase of time or cause between the
// verb and the count of its victims (وقتل خلال المعارك عشرون شخصا) does
// not hide the count; a verb of another event in between does.
func TestEventsTollAfterAdverbial(t *testing.T) {
	tests := []struct {
		name, text, typ string
		n               int
	}{
		{"during the fighting", "عنوان\n\nوقتل خلال المواجهات خمسون مسلحا.", "death", 50},
		{"since the war began, about", "عنوان\n\nوقتل منذ هذا النزاع نحو ستة آلاف مدني.", "death", 6000},
		{"wounded yesterday", "عنوان\n\nوأصيب أمس تسعة عمال.", "injury", 9},
		{"by the shelling", "عنوان\n\nوأصيب جراء القصف 14 مدنيا.", "injury", 14},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-02", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			n := evs[0].Killed
			if tt.typ == "injury" {
				n = evs[0].Injured
			}
			assert.Equal(t, tt.n, n, "%+v", evs)
		})
	}
	// The number of another clause's object is no toll.
	for _, e := range eventsOf(t, "عنوان\n\nوقتل في هجوم استهدف أربعة مراكز للشرطة.", "2018-06-02") {
		assert.NotEqual(t, 4, e.Killed, "%+v", e)
	}
}

// TestEventsPossible: an event noun told as possible (هجوم محتمل، الضربة
// المحتملة) is one that may come, not one that took place.
func TestEventsPossible(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"a possible offensive", "عنوان\n\nوبحث الوزيران هجوما عسكريا محتملا على مدينة الرقة.", "attack"},
		{"the possible strike", "عنوان\n\nوحذرت منظمات الإغاثة من نتائج الضربة المحتملة على مدينة درعا.", "attack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-06-02", tt.typ) {
				assert.Equal(t, "planned", e.Status, "%+v", e)
			}
		})
	}
	// An adjective of the victims is not the event's.
	for _, e := range eventsOfType(t, "عنوان\n\nوقتل في الهجوم خمسة جنود في مدينة الرقة.", "2018-06-02", "attack", "death") {
		assert.Equal(t, "past", e.Status, "%+v", e)
	}
}

// TestEventsHeldByVerb: a definite event noun right after a verb of its
// beginning or taking place, with only a time, is news told here (no
// event of its type before it), not a reference back to one told.
func TestEventsHeldByVerb(t *testing.T) {
	tests := []struct{ name, text, typ, when string }{
		{"a strike began", "عنوان\n\nوبدأ الإضراب الشامل صباح الاثنين.", "protest", "2018-05-28"},
		{"clashes broke out", "عنوان\n\nواندلعت المواجهات مساء السبت.", "attack", "2018-06-02"},
		{"the vote took place", "عنوان\n\nوأجريت الانتخابات يوم 12 أيار.", "election", "2018-05-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-03", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.when, evs[0].Time)
		})
	}
	// Told before, the noun refers back: one event.
	evs := eventsOfType(t, "عنوان\n\nوأعلنت النقابة إضرابا عاما في مدينة صفاقس.\nوبدأ الإضراب صباح الاثنين.", "2018-06-03", "protest")
	assert.Len(t, evs, 1, "%+v", evs)
}

// TestEventsToldAtOtherTime: في وقت سابق (earlier) between a telling verb
// and the act it announces is an aside like a date: the announcer still
// does the act, and the act takes no date carried from the clause before.
func TestEventsToldAtOtherTime(t *testing.T) {
	text := "عنوان\n\nوواصل سائقو الشاحنات اعتصامهم في ميناء العقبة يوم الاثنين، فيما أعلنت وزارة النقل في وقت سابق تجميد القرار."
	evs := eventsOfType(t, text, "2018-06-07", "suspend")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "وزارة النقل")
	assert.Empty(t, evs[0].Time, "%+v", evs)
	// Without the aside, the act still takes its announcer.
	evs = eventsOfType(t, "عنوان\n\nوأعلنت وزارة النقل في وقت لاحق تجميد القرار.", "2018-06-07", "suspend")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "وزارة النقل")
}

// TestEventsAnnouncedActsJoined: the announcer of an act does the acts
// joined to it by و (أعلن الأمن الوطني ضبط مخزن أسلحة وتوقيف أربعة), also
// after an object that is no event (إحباط مخطط … والقبض على).
func TestEventsAnnouncedActsJoined(t *testing.T) {
	tests := []struct{ name, text, typ, who string }{
		{"after a foiled plot", "عنوان\n\nوأعلنت مديرية الأمن العام الأردنية إحباط عملية تهريب في محافظة المفرق والقبض على ثلاثة مهربين.", "arrest", "مديرية الأمن العام الأردنية"},
		{"after a raid", "عنوان\n\nوأعلن الجيش العراقي، الأحد، دهم وكر للمسلحين قرب مدينة الفلوجة واعتقال سبعة منهم.", "arrest", "الجيش العراقي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-12", tt.typ)
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.who)
		})
	}
	// A clause of its own after a comma: not the announcer's act.
	for _, e := range eventsOf(t, "عنوان\n\nوأعلن الجيش العراقي دهم وكر للمسلحين قرب الفلوجة، واعتقلت الشرطة سبعة منهم.", "2018-06-12") {
		if e.Type == "arrest" {
			assert.NotContains(t, e.Participants, "الجيش العراقي", "%+v", e)
		}
	}
}

// TestEventsCampIsNoDisplacement: a camp or shelter named by the people
// it holds (مخيم النازحين، مراكز إيواء النازحين) tells no displacement.
func TestEventsCampIsNoDisplacement(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوتفقد المحافظ مخيم النازحين في بلدة بزيبز الخميس.",
		"عنوان\n\nووزعت الجمعية بطانيات على مراكز إيواء النازحين في مدينة الموصل.",
	} {
		for _, e := range eventsOf(t, text, "2018-06-12") {
			assert.NotEqual(t, "displacement", e.Type, "%s: %+v", text, e)
		}
	}
	evs := eventsOfType(t, "عنوان\n\nووصل مئات النازحين إلى مدينة الرمادي الخميس.", "2018-06-12", "displacement")
	assert.Len(t, evs, 1)
}

// TestEventsMeetDuringVisit: a meeting told by a verb with خلالها after a
// visit (في زيارة يلتقي خلالها فلانا) is the visitor's, where the visit is.
func TestEventsMeetDuringVisit(t *testing.T) {
	text := "عنوان\n\nووصل وزير الخارجية المصري سامح شكري إلى الخرطوم صباح الاثنين في زيارة تستمر يومين يلتقي خلالها الرئيس السوداني عمر البشير."
	evs := eventsOfType(t, text, "2018-06-12", "meet")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Contains(t, evs[0].Participants, "سامح شكري")
	assert.Contains(t, evs[0].Participants, "عمر البشير")
	assert.Equal(t, "الخرطوم", evs[0].Place)
}
