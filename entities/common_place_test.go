package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCommonNounPlaces: a listed place that is also a frequent common
// noun (خطاب "speech", معسكر "camp", مشهد "scene", صور "pictures", سيول
// "floods") is no place when an indefinite adjective or a genitive after
// it makes it the common noun, even after في: a nisba, a participle, an
// adjective shaped فاعلة/فعيلة (في سيول جارفة), a listed place in
// construct (في سيول الأنبار); with the article (الدورة، الباب،
// الميدان), an ordinal or an adjective no place takes (الحالية،
// الرئيسي) does. After a preposition of place and with nothing, a date
// or an adjective of its own after it, it stays a place.
func TestCommonNounPlaces(t *testing.T) {
	tests := []struct {
		why, in string
		place   string // the word
		want    bool   // a place mention
	}{
		{"an indefinite participle", "واستقال رئيس الوزراء اللبناني سعد الحريري من منصبه، في خطاب متلفز من الرياض.", "خطاب", false},
		{"a genitive title", "وجاء ذلك في خطاب الرئيس أمام البرلمان يوم الأحد.", "خطاب", false},
		{"an indefinite nisba", "وتدرب المقاتلون في معسكر تدريبي قرب الحدود التركية.", "معسكر", false},
		{"a genitive after the camp", "وقصفت المدفعية مواقع في معسكر اللواء الخامس.", "معسكر", false},
		{"a scene filmed", "وظهر الرهائن في مشهد مصور نشره التنظيم.", "مشهد", false},
		{"a genitive plural", "وظهرت آثار الدمار في صور الأقمار الصناعية.", "صور", false},
		{"a session by its ordinal", "وتحدث الرئيس في الدورة الثالثة والسبعين للجمعية العامة.", "الدورة", false},
		{"the current session", "وشارك الوفد في الدورة الحالية لمجلس حقوق الإنسان في جنيف.", "الدورة", false},
		{"a chapter by its ordinal", "وجاء ذلك في الباب الثاني من الدستور.", "الباب", false},
		{"the main square", "ووقعت اشتباكات في الميدان الرئيسي للمدينة.", "الميدان", false},
		{"the town with the article and a direction", "وقتل خمسة أشخاص في الباب شرقي حلب.", "الباب", true},
		{"the village after في", "ووصلت تعزيزات عسكرية إلى خطاب في ريف حماة الشمالي.", "خطاب", true},
		{"the town with its own adjective", "واستعادت القوات السيطرة على مواقع في حديثة الواقعة غرب الأنبار.", "حديثة", true},
		{"the city with its nationality", "وقتل ثلاثة أشخاص في مشهد الإيرانية.", "مشهد", true},
		// (the lead, b6bccfe: the fifteenth measure's floods)
		{"floods of a province", "وغرق ثلاثة أطفال في سيول الأنبار خلال الأيام الماضية.", "سيول", false},
		{"sweeping floods", "ولقي خمسة أشخاص حتفهم في سيول جارفة ضربت المنطقة.", "سيول", false},
		{"heavy floods", "وتضررت عشرات المنازل في سيول غزيرة شهدتها البلدة.", "سيول", false},
		{"the capital alone", "وعقد الوزيران اجتماعا في سيول لبحث التجارة.", "سيول", true},
		{"the capital and a day", "ووصل الوفد الياباني إلى سيول الثلاثاء.", "سيول", true},
		// (refac3) a participle of coming or going has the shape and من or
		// إلى after it: the one who came or went, the place a place.
		{"a plane arriving from", "وهبطت الطائرة الكورية في سيول قادمة من مانيلا.", "سيول", true},
		{"a team coming back from", "ووصلت البعثة الرياضية إلى سيول عائدة من طوكيو.", "سيول", true},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			got := slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Form == tt.place })
			assert.Equal(t, tt.want, got, "%s: %s: %v", tt.why, tt.in, mentions(res))
		}
	}
	// The province in construct after the floods is a place of its own.
	res := fullOnce().RecognizeString("وغرق ثلاثة أطفال في سيول الأنبار خلال الأيام الماضية.")
	assert.True(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Form == "الأنبار" }), "%v", mentions(res))
}

// TestShapeFaailaFaiila (refac3): the shape reads letters only: five of
// them, ة last, ا second or ي third; not the masculine, the plural, or a
// word of another length.
func TestShapeFaailaFaiila(t *testing.T) {
	for _, w := range []string{"جارفة", "عارمة", "غزيرة", "سريعة", "قادمة", "عاصمة"} {
		assert.True(t, shapeFaailaFaiila(searchNorm.String(w)), w)
	}
	for _, w := range []string{"جارف", "غزير", "جارفات", "مختلفة", "كبرى", "متلفزة", "حيوية", "عامة"} {
		assert.False(t, shapeFaailaFaiila(searchNorm.String(w)), w)
	}
}
