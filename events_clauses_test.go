package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Events of a clause after كما، ثم، و that names its own actors, in the
// team's own wordings.

// TestEventsOwnSigners: a signing after كما or ثم that names its signers
// right after its verb takes no party of the agreement before it; with
// no signer named (حيث وقع اتفاقا) the subject before still signs.
func TestEventsOwnSigners(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // participants of each agreement
	}{
		{"two pairs of countries",
			"عنوان\n\nووقعت مصر والسودان في الخرطوم اتفاقا للتعاون الزراعي، كما وقعت إثيوبيا وجيبوتي في أديس أبابا اتفاقا للربط الكهربائي.",
			[][]string{{"مصر", "السودان"}, {"إثيوبيا", "جيبوتي"}}},
		{"one country and the other side after مع",
			"عنوان\n\nووقع الأردن اتفاقا مع العراق في بغداد، كما وقعت الكويت اتفاقا مماثلا مع السعودية.",
			[][]string{{"الأردن", "العراق"}, {"الكويت", "السعودية"}}},
		{"after ثم",
			"عنوان\n\nووقعت تركيا وقطر اتفاقا دفاعيا في الدوحة، ثم وقعت روسيا وإيران مذكرة تفاهم في طهران.",
			[][]string{{"تركيا", "قطر"}, {"روسيا", "إيران"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-10-01", "agreement")
			var got [][]string
			for _, e := range evs {
				got = append(got, e.Participants)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	evs := eventsOfType(t, "عنوان\n\nووصل الوزير الأردني أيمن الصفدي إلى دمشق حيث وقع اتفاقا للتعاون.", "2018-10-01", "agreement")
	assert.Equal(t, []string{"أيمن الصفدي"}, evs[0].Participants, "the subject before signs")
}

// TestEventsFireOpened: fire opened (أطلق النار، فتح النار) with its
// shooter between the verb and النار, or a bomber who blew himself up
// (فجر نفسه), is an attack whose shooter, described but not named, is
// its participant even in the singular: the verb's object is fixed, so
// the noun before it is the subject.
func TestEventsFireOpened(t *testing.T) {
	tests := []struct {
		name, text, actor, place string
	}{
		{"a gunman", "عنوان\n\nوأطلق مسلح النار على مصلين في مسجد بمدينة الإسكندرية.", "مسلح", "الإسكندرية"},
		{"unknown gunmen", "عنوان\n\nوفتح مسلحون مجهولون النار على حافلة في مدينة العريش.", "مسلحون مجهولون", "العريش"},
		{"a suicide bomber", "عنوان\n\nوفجر انتحاري نفسه في سوق شعبي ببغداد.", "انتحاري", "بغداد"},
		{"a gunman from a car", "عنوان\n\nوأطلق مسلح النار من سيارة مسرعة في مدينة الموصل.", "مسلح", "الموصل"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-10-01", "attack")
			if assert.Len(t, evs, 1, "%+v", evs) {
				assert.Equal(t, []string{tt.actor}, evs[0].Participants)
				assert.Contains(t, evs[0].Place, tt.place) // with its facility: مسجد بمدينة الإسكندرية
			}
		})
	}
	// A singular after a verb whose object is not fixed may be the
	// object: no actor.
	for _, e := range eventsOfType(t, "عنوان\n\nواغتال الجيش مسلحا في مدينة الرمادي.", "2018-10-01", "attack") {
		assert.NotContains(t, e.Participants, "مسلحا")
	}
	// Where the fire came from (من) is the place only when nothing says
	// where it hit.
	evs := eventsOfType(t, "عنوان\n\nوفتح مسلحون النار من سوريا على مركز حدودي في كيليس.", "2018-10-01", "attack")
	assert.Equal(t, "كيليس", evs[0].Place)
}

// TestEventsOtherVictims: a toll told again of the same incident (في
// الهجوم نفسه، في الانفجار ذاته، في نفس القصف) counts other victims: one
// event, the tolls added up. A toll of another incident stays apart, and
// a noun of persons in the nominative dual counts two.
func TestEventsOtherVictims(t *testing.T) {
	tests := []struct {
		name, text, typ string
		killed, injured int
	}{
		{"soldiers then civilians in the same attack",
			"عنوان\n\nوقتل ثلاثة جنود في هجوم على نقطة تفتيش في سيناء، وقتل مدنيان في الهجوم نفسه.", "death", 5, 0},
		{"the blast itself",
			"عنوان\n\nوقتل خمسة جنود في انفجار عبوة ناسفة في درعا، كما قتل ثلاثة مدنيين في الانفجار ذاته.", "death", 8, 0},
		{"the same shelling",
			"عنوان\n\nوأصيب أربعة أشخاص في قصف على حي الوعر في حمص، وأصيب طفلان في نفس القصف.", "injury", 0, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-10-01", tt.typ)
			if assert.Len(t, evs, 1, "%+v", evs) {
				assert.Equal(t, tt.killed, evs[0].Killed)
				assert.Equal(t, tt.injured, evs[0].Injured)
			}
		})
	}
	evs := eventsOfType(t, "عنوان\n\nوقتل ثلاثة جنود في هجوم في سيناء، وقتل جنديان في هجوم آخر في العريش.", "2018-10-01", "death")
	var tolls []int
	for _, e := range evs {
		tolls = append(tolls, e.Killed)
	}
	assert.Equal(t, []int{3, 2}, tolls, "two incidents, two tolls")
}

// TestEventsSimilarVisit: an event noun told as similar to the one before
// it (زيارة مماثلة، هجوم مماثل) goes where that one went when it names
// no place of its own; قام بها/به X names its agent, across the words
// that describe it.
func TestEventsSimilarVisit(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            [][2]string // participant, place
	}{
		{"a similar visit",
			"عنوان\n\nوتأتي زيارة الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر بعد أسبوع من زيارة مماثلة قام بها رئيس الوزراء الإيطالي جوزيبي كونتي.",
			"visit", [][2]string{{"إيمانويل ماكرون", "الجزائر"}, {"جوزيبي كونتي", "الجزائر"}}},
		{"a similar visit described",
			"عنوان\n\nوجاءت زيارة وزير الخارجية الأمريكي مايك بومبيو إلى بغداد بعد أيام من زيارة مماثلة للعاصمة العراقية قام بها وزير الخارجية الإيراني محمد جواد ظريف.",
			"visit", [][2]string{{"مايك بومبيو", "بغداد"}, {"محمد جواد ظريف", "بغداد"}}},
		{"its own place",
			"عنوان\n\nوجاءت الزيارة بعد أيام من زيارة قام بها وزير الخارجية الروسي سيرغي لافروف إلى دمشق.",
			"visit", [][2]string{{"سيرغي لافروف", "دمشق"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][2]string
			for _, e := range eventsOfType(t, tt.text, "2018-10-01", tt.typ) {
				if assert.Len(t, e.Participants, 1, "%+v", e) {
					got = append(got, [2]string{e.Participants[0], e.Place})
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsTollOfTheAttack: a toll told as the outcome of the attack
// told last in its sentence (وأسفر عن مقتل، ما أدى إلى مقتل) is where the
// attack struck, not the place named last before the toll.
func TestEventsTollOfTheAttack(t *testing.T) {
	tests := []struct {
		name, text, place string
	}{
		{"where they were heading",
			"عنوان\n\nواستهدف انتحاري طلابا في مدينة سوروتش، وكانوا يستعدون للدخول إلى مدينة كوباني، وأسفر عن مقتل 30 شخصا.", "سوروتش"},
		{"a road to another city",
			"عنوان\n\nوقصفت الطائرات سوقا شعبيا في مدينة معرة النعمان، وهي على الطريق إلى حلب، ما أدى إلى مقتل عشرة مدنيين.", "معرة النعمان"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-10-01", "death") {
				assert.Equal(t, tt.place, e.Place, "%+v", e)
			}
		})
	}
}
