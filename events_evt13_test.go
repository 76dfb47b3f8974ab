package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsInstitutionByHeadNoun: an institution named in full and then
// called back by the noun that heads its name, with the article (المنظمة،
// الهيئة، الحزب), is that institution: the one that speaks, the side of
// a meeting, the one that calls on someone. The one named nearest before
// counts; a plural or an indefinite noun (منظمات حقوقية، وزارات عدة) calls
// back nobody, nor does a noun in construct with another qualifier
// (وزارة الداخلية after وزارة الخارجية).
func TestEventsInstitutionByHeadNoun(t *testing.T) {
	tests := []struct{ name, text, typ, side string }{
		{"the subject of a statement verb",
			"عنوان\n\nونشرت منظمة العفو الدولية تقريرها السنوي عن السجون. وقالت المنظمة إن آلاف الموقوفين ينتظرون محاكمتهم منذ سنوات.", "statement", "منظمة العفو الدولية"},
		{"the subject of a statement verb, after a time",
			"عنوان\n\nوتسلمت الهيئة الوطنية للإعلام شكاوى من الأحزاب. وأوضحت الهيئة، مساء الثلاثاء، أنها ستنظر فيها خلال أسبوع.", "statement", "الهيئة الوطنية للإعلام"},
		{"the side of a meeting",
			"عنوان\n\nوأعلنت المفوضية السامية لشؤون اللاجئين عن خطة جديدة. والتقى وزير الداخلية اللبناني نهاد المشنوق وفدا من المفوضية في بيروت.", "meet", "المفوضية السامية لشؤون اللاجئين"},
		{"the one called on, after a subject before قد",
			"عنوان\n\nوتستعد منظمة التجارة العالمية لجولة جديدة. وكان الرئيس البرازيلي قد دعا المنظمة الشهر الماضي إلى مراجعة قواعدها.", "appeal", "منظمة التجارة العالمية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.side)
			}
		})
	}
	t.Run("the speaker before قد stays", func(t *testing.T) {
		text := "عنوان\n\nوكان وزير الخارجية البريطاني جيريمي هانت قد دعا إيران الأسبوع الماضي إلى الإفراج عن الناقلة."
		e, ok := eventOf(t, text, "appeal", "")
		if assert.True(t, ok) {
			assert.Contains(t, e.Participants, "جيريمي هانت")
			assert.Contains(t, e.Participants, "إيران")
		}
	})
	t.Run("nearest before", func(t *testing.T) {
		text := "عنوان\n\nوأعلنت حركة فتح رفضها للخطة. وفي غزة، أصدرت حركة حماس بيانا مماثلا. وطالبت الحركة الدول العربية بالتحرك."
		e, ok := eventOf(t, text, "appeal", "")
		if assert.True(t, ok) {
			assert.Contains(t, e.Participants, "حركة حماس")
			assert.NotContains(t, e.Participants, "حركة فتح")
		}
	})
	t.Run("nearest before, the side of a meeting", func(t *testing.T) {
		// Before 021e599 a second movement named made الحركة nobody's.
		text := "عنوان\n\nوأصدرت حركة فتح بيانا. وردت حركة حماس ببيان مضاد. واستقبل رئيس المخابرات المصرية عباس كامل وفدا من الحركة في القاهرة."
		e, ok := eventOf(t, text, "meet", "")
		if assert.True(t, ok) {
			assert.Contains(t, e.Participants, "حركة حماس")
			assert.NotContains(t, e.Participants, "حركة فتح")
		}
	})
	t.Run("two of one head in the nearest one's sentence", func(t *testing.T) {
		text := "عنوان\n\nواتهمت حركة فتح حركة حماس بعرقلة المصالحة. والتقى وزير الخارجية المصري سامح شكري وفدا من الحركة في القاهرة."
		e, ok := eventOf(t, text, "meet", "")
		if assert.True(t, ok) {
			assert.NotContains(t, e.Participants, "حركة حماس")
			assert.NotContains(t, e.Participants, "حركة فتح")
		}
	})
	for _, tt := range []struct{ name, text, typ, trig, other string }{
		{"a generic plural",
			"عنوان\n\nوأصدرت منظمة الصحة العالمية تحذيرا جديدا. وطالبت منظمات حقوقية بالإفراج عن المعتقلين.", "appeal", "طالبت", "منظمة الصحة العالمية"},
		{"another ministry",
			"عنوان\n\nوأعلنت وزارة الخارجية المغربية استدعاء السفير. وقالت وزارة الداخلية إن الحدود مغلقة.", "statement", "قالت", "وزارة الخارجية المغربية"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, tt.trig)
			if ok {
				assert.NotContains(t, e.Participants, tt.other)
			}
		})
	}
}

// TestEventsParliamentVote: a parliament or council that votes on a text
// (صوّت على، صوت لصالح), passes it by a majority (أقر بأغلبية), gives or
// withholds its confidence (منح الثقة، حجب الثقة، نالت الحكومة ثقة
// المجلس) decides: the body takes part. Voters at the polls and the noun
// صوت (a vote, a voice) decide nothing.
func TestEventsParliamentVote(t *testing.T) {
	tests := []struct{ name, text, body string }{
		{"voted on a bill",
			"عنوان\n\nوصوّت مجلس النواب المصري الأحد على تعديلات قانون الخدمة المدنية.", "مجلس النواب المصري"},
		{"will vote in favour",
			"عنوان\n\nومن المنتظر أن يصوت البرلمان الجزائري لصالح مشروع الموازنة الأسبوع المقبل.", "البرلمان الجزائري"},
		{"passed by a majority",
			"عنوان\n\nوأقر مجلس الأمة الكويتي بأغلبية 40 صوتا الاتفاقية الأمنية.", "مجلس الأمة الكويتي"},
		{"gave its confidence",
			"عنوان\n\nومنح البرلمان العراقي الثقة لثمانية وزراء جدد مساء الثلاثاء.", "البرلمان العراقي"},
		{"withheld its confidence",
			"عنوان\n\nوحجب البرلمان الإيطالي الثقة عن الحكومة بعد جلسة طويلة.", "البرلمان الإيطالي"},
		{"the government won the confidence",
			"عنوان\n\nونالت الحكومة الجديدة ثقة البرلمان الأردني بأغلبية ضئيلة.", "البرلمان الأردني"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "decision", "")
			if assert.True(t, ok, "no decision in %q", tt.text) {
				assert.Contains(t, e.Participants, tt.body)
			}
		})
	}
	for _, tt := range []struct{ name, text string }{
		{"voters", "عنوان\n\nوصوت الناخبون في الدائرة الثالثة لمرشح مستقل."},
		{"the noun", "عنوان\n\nوفاز المرشح بأغلبية 300 صوت على منافسه."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "decision", "")
			assert.False(t, ok)
		})
	}
}

// TestEventsMarch: a march or a procession of protesters (مسيرة احتجاجية،
// مسيرات، موكب الأحد، مواكب ليلية) is a protest, with its place and day;
// an arrest during it (خلال الموكب) keeps them too. A drone (طائرة
// مسيرة), a career (مسيرته) and an official's motorcade are no protest.
func TestEventsMarch(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"a peaceful march",
			"عنوان\n\nوانطلقت مسيرة سلمية في مدينة صفاقس للمطالبة بالتشغيل.", "صفاقس"},
		{"marches with protesters' slogans",
			"عنوان\n\nوجابت مسيرات شوارع مدينة سوسة رافعة شعارات تطالب بالتشغيل.", "سوسة"},
		{"a Sunday procession",
			"عنوان\n\nوشارك آلاف في موكب الجمعة بمدينة القضارف.", "القضارف"},
		{"night processions",
			"عنوان\n\nوخرجت مواكب ليلية في مدينة الأبيض.", "الأبيض"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "protest", "")
			if assert.True(t, ok, "no protest in %q", tt.text) {
				assert.Equal(t, tt.place, e.Place)
			}
		})
	}
	t.Run("arrested during a procession", func(t *testing.T) {
		text := "عنوان\n\nوقالت المحامية إن موكليها اعتقلوا خلال موكب الخميس في مدينة كسلا."
		e, ok := eventOf(t, text, "arrest", "")
		if assert.True(t, ok) {
			assert.Equal(t, "كسلا", e.Place)
		}
		_, ok = eventOf(t, text, "protest", "")
		assert.True(t, ok)
	})
	for _, tt := range []struct{ name, text string }{
		{"a drone", "عنوان\n\nوأسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة أبها."},
		{"a career", "عنوان\n\nوتحدث المدرب عن مسيرته الطويلة في مدينة الإسكندرية."},
		{"a motorcade", "عنوان\n\nومر موكب الرئيس في شوارع مدينة وهران."},
		{"a process, after a sentence of protesters", "عنوان\n\nوفرقت الشرطة جموع المتظاهرين. وتعثرت مسيرة السلام في اليمن منذ سنوات."},
		{"a career, after a sentence of protesters", "عنوان\n\nوهتف المحتجون طويلا. وبدأ مسيرته السياسية في مدينة طنجة."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "protest", "")
			assert.False(t, ok)
		})
	}
}
