package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVariantKey(t *testing.T) {
	// Spellings of one name share a key (the keys are Search-folded: ة is ه).
	for _, tc := range [][2]string{
		{"استانه", "استانا"},
		{"علي عبد الله صالح", "علي عبدالله صالح"},
		{"عبد ربه منصور هادي", "عبدربه منصور هادي"},
		{"عبد ربه هادي", "عبدربه هادي"},
		{"سوريه", "سوريا"},
	} {
		assert.Equal(t, variantKey(tc[0]), variantKey(tc[1]), tc[0])
	}
	// Other names do not.
	for _, tc := range [][2]string{
		{"طه", "طا"}, // too short to tell
		{"عبد", "عبدا"},
		{"علي عبدالله صالح", "علي عبدالله"},
		{"حماه", "حمص"},
	} {
		assert.NotEqual(t, variantKey(tc[0]), variantKey(tc[1]), tc[0])
	}
	assert.Equal(t, "عبدالله", variantKey("عبد الله"), "الله keeps its ه")
	assert.Equal(t, "دمشق", variantKey("دمشق"))
}

// TestAliases checks the ways a text refers back to an entity that group
// collects: spelling variants, a generic head left out, a bare head noun
// or title referring back, a place head, a gloss in brackets, and that
// nothing is guessed when two entities fit.
func TestAliases(t *testing.T) {
	for _, tc := range []struct {
		name, src, entity string
		has, hasNot       []string
		others            []string // other entities that must stay apart
	}{
		{name: "spelling inside a longer name",
			src:    "وقال لافروف إن الحوار في أستانا حقق نتائج، وإن محادثات أستانة تقف بثبات.",
			entity: "أستانا", has: []string{"أستانة"}},
		{name: "spaces of a compound given name and the first names alone",
			src:    "وحكم علي عبد الله صالح اليمن حتى 2012. وأفقدت المعارك الرئيس المخلوع علي عبدالله صوابه.",
			entity: "علي عبد الله صالح", has: []string{"علي عبدالله", "الرئيس المخلوع"}},
		{name: "first names shared by two people stay apart",
			src:    "والتقى علي عبدالله صالح وعلي عبدالله الأحمر في صنعاء. وقال علي عبدالله إن اللقاء مهم.",
			entity: "علي عبدالله صالح", hasNot: []string{"علي عبدالله"}, others: []string{"علي عبدالله الأحمر"}},
		{name: "generic head left out: a listed short name",
			src:    "وتنتشر في المنطقة فصائل مرتبطة بتنظيم القاعدة.",
			entity: "تنظيم القاعدة", has: []string{"القاعدة"}},
		{name: "generic head left out: the short name written",
			src:    "وقال مصدر لوكالة فرانس برس للأنباء إن القصف استمر. وأضاف لفرانس برس أن الطائرات حلقت فوق المدينة.",
			entity: "وكالة فرانس برس للأنباء", has: []string{"فرانس برس"}},
		{name: "حزب is no generic head",
			src:    "وأكد حزب الله أن المعركة مستمرة.",
			entity: "حزب الله", hasNot: []string{"الله"}},
		{name: "a bare head noun refers back to the one army",
			src:    "وشن الجيش السوري غارات على البلدة. وقالت وسائل الإعلام إن الجيش يتقدم على عدة جبهات.",
			entity: "الجيش السوري", has: []string{"الجيش"}},
		{name: "two armies: no guess",
			src:    "وشن الجيش السوري غارات على البلدة وقصف الجيش الإسرائيلي مواقع. وقالت وسائل الإعلام إن الجيش يتقدم.",
			entity: "الجيش السوري", hasNot: []string{"الجيش"}},
		{name: "a bare head before the name refers to nothing",
			src:    "وقالت وسائل الإعلام إن الجيش يتقدم. ثم شن الجيش السوري غارات على البلدة.",
			entity: "الجيش السوري", hasNot: []string{"الجيش"}},
		{name: "a ministry by its portfolio alone",
			src:    "وفي بيان رسمي صدر عن وزارة الداخلية الأردنية، أكدت الوزارة الحادث. وأضافت الداخلية في بيانها أن التحقيقات مستمرة.",
			entity: "وزارة الداخلية الأردنية", has: []string{"الداخلية"}},
		{name: "a place head before a place whatever rule found it",
			src:    "وقال ظريف إن محافظة إدلب يجب تطهيرها من المسلحين.",
			entity: "إدلب", has: []string{"محافظة إدلب"}},
		{name: "an organization glossed in brackets",
			src:    "وقتل 115 مسلحا من جبهة النصرة (تنظيم القاعدة في بلاد الشام) في الغارات. وقتل القيادي في تنظيم القاعدة محسن الفضلي.",
			entity: "جبهة النصرة", has: []string{"تنظيم القاعدة في بلاد الشام"}, others: []string{"تنظيم القاعدة"}},
		{name: "a bare title names its one holder",
			src:    "وأحكمت القوات الموالية للرئيس عبد ربه منصور هادي سيطرتها على عدن. وهاجم الرئيس المخلوع علي عبدالله صالح الحكومة.",
			entity: "عبد ربه منصور هادي", has: []string{"الرئيس"}},
		{name: "a former holder called by the bare title gets no bare alias",
			src:    "وقصفت قوات الرئيس المخلوع علي عبدالله صالح الأحياء. وقال الرئيس علي عبدالله صالح إنه باق.",
			entity: "علي عبدالله صالح", hasNot: []string{"الرئيس"}},
		{name: "two presidents: no guess",
			src:    "والتقى الرئيس بشار الأسد الرئيس الإيراني حسن روحاني في دمشق.",
			entity: "بشار الأسد", hasNot: []string{"الرئيس"}},
		{name: "a title with its organization written before the name",
			src:    "وصل المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا إلى دمشق.",
			entity: "ستافان دي ميستورا", has: []string{"المبعوث الخاص", "المبعوث الخاص للأمم المتحدة إلى سورية"}},
		{name: "first names join no name run on by a word",
			src:    "واستقبل خوان كارلوس ملك اسبانيا الوفد. وقال خوان كارلوس إن الزيارة مهمة.",
			entity: "خوان كارلوس", hasNot: []string{"خوان كارلوس ملك"}},
		{name: "the last two names of the one full name",
			src:    "جواد ظريف من دمشق: يجب تطهير إدلب\nوقال وزير الخارجية الإيراني، محمد جواد ظريف، إن الاتفاق قائم.",
			entity: "محمد جواد ظريف", has: []string{"جواد ظريف"}},
		{name: "a bare minister when another minister is named",
			src:    "وزار الوزير فادي النجار الميناء. وقال وزير الخارجية وليد المعلم إن الزيارة مهمة.",
			entity: "فادي النجار", hasNot: []string{"الوزير"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := rulesOnce().RecognizeString(tc.src)
			checkInvariants(t, tc.src, res)
			byName := map[string]Entity{}
			for _, e := range res.Entities {
				byName[e.Name] = e
			}
			ent, ok := byName[tc.entity]
			require.True(t, ok, "no entity %q in %v", tc.entity, res.Entities)
			for _, a := range tc.has {
				assert.Contains(t, ent.Aliases, a)
			}
			for _, a := range tc.hasNot {
				assert.NotContains(t, ent.Aliases, a)
			}
			for _, o := range tc.others {
				assert.Contains(t, byName, o, "a separate entity")
			}
		})
	}
}

// TestPronounSuffixEndsName: a common noun with the pronoun ه (صوابه "his
// mind") is no part of the name before it; a name in ة is (سلامة).
func TestPronounSuffixEndsName(t *testing.T) {
	res := rulesOnce().RecognizeString("أفقدت المعارك الرئيس المخلوع علي عبدالله صوابه. وقال المبعوث غسان سلامة إن الحل قريب.")
	assert.Contains(t, mentions(res), "PER علي عبدالله")
	assert.Contains(t, mentions(res), "PER غسان سلامة")
}

func TestSameButSpaces(t *testing.T) {
	// betterName keeps the first of two spellings that differ only in
	// spaces; sameButSpaces must say what comparing them without their
	// spaces says.
	for _, tc := range [][2]string{
		{"عبد الله", "عبدالله"},
		{"عبدالله", "عبد الله"},
		{"عبد  الله ", " عبدالله"},
		{"", ""},
		{"", " "},
		{" ", "  "},
		{"علي عبد الله صالح", "علي عبدالله صالح"},
		{"علي عبدالله صالح", "علي عبدالله"},
		{"عبد", "عبدا"},
		{"عبدا", "عبد"},
		{"ab c", "abc d"},
		{"a\tb", "ab"},
		{"\xd8 \xa7", "\xd8\xa7"},
	} {
		want := strings.ReplaceAll(tc[0], " ", "") == strings.ReplaceAll(tc[1], " ", "")
		assert.Equal(t, want, sameButSpaces(tc[0], tc[1]), "%q %q", tc[0], tc[1])
	}
}
