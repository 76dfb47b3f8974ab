package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsPlaceChain: a village placed in its district and the district
// in its province (قرية X التابعة لمركز Y في محافظة Z) is where the event
// happened, whichever of the three an event's search meets first; the
// toll of an attack told after it takes the same place, so the attack and
// its toll are not split between the village and the district.
func TestEventsPlaceChain(t *testing.T) {
	tests := []struct{ name, text, typ, place string }{
		{"a village in a district in a province",
			"عنوان\n\nقتل أربعة مدنيين الأحد في قرية البوبالي التابعة لقضاء الرمادي في محافظة الأنبار بانفجار عبوة ناسفة.", "attack", "البوبالي"},
		{"a town in an area in a countryside",
			"عنوان\n\nلقي ثلاثة أطفال حتفهم الثلاثاء في بلدة الأتارب التابعة لمنطقة جبل سمعان في ريف حلب الغربي جراء قصف مدفعي.", "attack", "الأتارب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.NotEmpty(t, evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
		})
	}
	// The host verb's place and a relative verb of the same attack (تفجيرا
	// استهدف) and its toll: one attack, one place.
	text := "عنوان\n\nشهدت بلدة الأتارب التابعة لمنطقة جبل سمعان في ريف حلب، الجمعة، تفجيرا استهدف سوقا شعبيا، ما أسفر عن مقتل 12 شخصا."
	attacks := eventsOfType(t, text, "2018-06-05", "attack")
	require.Len(t, attacks, 1, "%+v", attacks)
	assert.Equal(t, "الأتارب", attacks[0].Place)
	deaths := eventsOfType(t, text, "2018-06-05", "death")
	require.NotEmpty(t, deaths)
	assert.Equal(t, "الأتارب", deaths[0].Place)
}

// TestEventsThreatIsStatement: توعد/يتوعد (vowed, threatened) said by a
// named speaker is a public statement of his; the act he threatens is no
// event of its own.
func TestEventsThreatIsStatement(t *testing.T) {
	tests := []struct{ name, text, speaker string }{
		{"a president in a televised speech",
			"عنوان\n\nوتوعد الرئيس اليمني عبد ربه منصور هادي في كلمة متلفزة بملاحقة المسؤولين عن التفجير.", "عبد ربه منصور هادي"},
		{"the imperfect",
			"عنوان\n\nويتوعد رئيس الوزراء الإسرائيلي بنيامين نتنياهو برد قاس على أي هجوم جديد.", "بنيامين نتنياهو"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "statement")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.speaker)
		})
	}
	checkNotEvents(t, "عنوان\n\nوتوعد قائد الفصيل باقتحام المدينة خلال أيام.", "2018-06-05", "attack")
}

// TestEventsSpeechAtGathering: a speech given before or during a
// gathering (ألقى كلمة أمام القمة الثلاثاء، خطابا خلال المؤتمر الأحد) is
// dated by the day told with the gathering, whose noun ends the speech
// verb's window.
func TestEventsSpeechAtGathering(t *testing.T) {
	tests := []struct{ name, text, time string }{
		{"a speech before a summit, a comma after the day",
			"عنوان\n\nوألقى رئيس الوزراء العراقي حيدر العبادي خطابا أمام القمة العربية الأحد، قال فيه إن بلاده انتصرت على الإرهاب.", "2018-06-03"},
		{"a word at a ministers' meeting",
			"عنوان\n\nوألقى وزير الخارجية الأردني أيمن الصفدي كلمة أمام الاجتماع الوزاري الاثنين طالب فيها بحماية المدنيين.", "2018-06-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "statement")
			require.NotEmpty(t, evs)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
}

// TestEventsDeclaredThingNoStatement: a speech verb with an object
// pronoun opening a relative clause (الهدنة التي أعلنتها، الإجراءات التي
// أعلنها، الاتهامات التي نفاها) names a thing by the act that made it
// known; it is no statement of the article. Without the pronoun the noun
// before is the speaker (الوزارة التي أعلنت أن).
func TestEventsDeclaredThingNoStatement(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nواستمرت حالة الطوارئ التي أعلنها الرئيس التونسي الباجي قائد السبسي منذ تفجير الحافلة.",
		"عنوان\n\nوعادت إلى الواجهة الاتهامات التي نفتها وزارة الدفاع البريطانية بشأن صفقة الأسلحة.",
	} {
		checkNotEvents(t, text, "2018-06-05", "statement")
	}
	evs := eventsOfType(t, "عنوان\n\nوقال وزير الداخلية المصري مجدي عبد الغفار الذي أعلن أمس إحباط مخطط إرهابي إن الأمن مستتب.", "2018-06-05", "statement")
	require.NotEmpty(t, evs)
	assert.Contains(t, evs[0].Participants, "مجدي عبد الغفار")
}

// TestEventsHeldAtAfterComma: where a gathering is held, told in a
// participle set off by commas after its noun (القمة، المنعقدة في X،),
// is its place.
func TestEventsHeldAtAfterComma(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"a summit held in a capital",
			"عنوان\n\nوأقرت قمة مجموعة العشرين، المنعقدة في مدينة هامبورغ الألمانية، بيانا ختاميا حول التجارة.", "هامبورغ"},
		{"talks under way",
			"عنوان\n\nوتعثرت المحادثات بين الحكومة اليمنية والحوثيين، الجارية في الكويت منذ أسابيع، بسبب خلافات حول الانسحاب.", "الكويت"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
			require.NotEmpty(t, evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
		})
	}
}

// TestEventsClubSummit: قمة مجموعة العشرين/السبع/بريكس is a summit of a
// club of states; قمة المجموعة (a group's top of the table) stays none.
func TestEventsClubSummit(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوانطلقت قمة مجموعة السبع في بلدة تاورمينا الإيطالية وسط خلافات حول المناخ.",
		"عنوان\n\nوتستضيف جوهانسبرغ قمة مجموعة بريكس الشهر المقبل.",
	} {
		eventsOfType(t, text, "2018-06-05", "meet")
	}
	checkNotEvents(t, "عنوان\n\nواعتلى الوداد قمة المجموعة الأولى بعد فوزه على الترجي.", "2018-06-05", "meet")
}

// TestEventsLightVerbCommaPhrases: between a light verb (وقع، عقد) and
// its event noun a long date with its own marks (5 آب/أغسطس 2018) and a
// place set off by commas (، في العاصمة X،) keep the signers and give the
// place.
func TestEventsLightVerbCommaPhrases(t *testing.T) {
	tests := []struct {
		name, text, typ, place string
		parts                  []string
	}{
		{"signers, a long date, a place",
			"عنوان\n\nووقع الرئيس الصومالي محمد عبد الله فرماجو ورئيس الوزراء الإثيوبي آبي أحمد، مساء الاثنين 4 حزيران/يونيو 2018، في العاصمة الصومالية مقديشو، اتفاقا لتطوير أربعة موانئ.",
			"agreement", "مقديشو", []string{"محمد عبد الله فرماجو", "آبي أحمد"}},
		{"talks held, a place between commas",
			"عنوان\n\nوعقد وزير الخارجية الفرنسي جان إيف لودريان، أمس، في باريس، محادثات مع نظيره الأردني أيمن الصفدي.",
			"meet", "باريس", []string{"جان إيف لودريان", "أيمن الصفدي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.NotEmpty(t, evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			for _, p := range tt.parts {
				assert.Contains(t, evs[0].Participants, p, "%+v", evs)
			}
		})
	}
}

// TestEventsPlannedAfterNounPhrase: an event noun whose phrase runs on
// (التوقيع النهائي على الاتفاق الشامل، الاجتماع الوزاري بين الجانبين)
// before its future verb (سيجري، سيعقد) is planned.
func TestEventsPlannedAfterNounPhrase(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"a signing to come",
			"عنوان\n\nوأكد وزير الخارجية الإثيوبي ورقنه جيبيو أن التوقيع النهائي على اتفاق السلام الشامل سيجري في أسمرة.", "agreement"},
		{"a meeting between the sides",
			"عنوان\n\nوأوضح وزير الخارجية الأردني أيمن الصفدي أن الاجتماع الوزاري بين الجانبين سيعقد في عمان.", "meet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			require.NotEmpty(t, evs)
			assert.Equal(t, "planned", evs[0].Status, "%+v", evs)
		})
	}
}

// TestEventsVictimsNamedAgainLater: the wounded or the dead named again
// with the article paragraphs after the toll (المصابون نقلوا إلى
// مستشفيات X) are the toll's victims, not a new injury at the hospital's
// city.
func TestEventsVictimsNamedAgainLater(t *testing.T) {
	text := "عنوان\n\nانفجرت عبوة ناسفة في سوق مدينة منبج صباح الخميس، ما أسفر عن مقتل سبعة أشخاص وإصابة 19 آخرين.\n\n" +
		"وقالت قوات الأمن إن المهاجم فجر العبوة وسط الزحام.\n\nوعقد مجلس المدينة اجتماعا طارئا مساء الخميس.\n\n" +
		"ودانت الحكومة السورية التفجير في بيان. وقال مسؤول في الصحة إن المصابين نقلوا إلى مستشفيات جرابلس."
	injuries := eventsOfType(t, text, "2018-06-05", "injury")
	require.Len(t, injuries, 1, "%+v", injuries)
	assert.Equal(t, "منبج", injuries[0].Place)
}
