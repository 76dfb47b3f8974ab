package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTownNamesNoListHolds: a rare word no list holds after the head of
// a village, a quarter or a district names the place, without the
// article too (حي، ولاية take a definite name otherwise), and a dual head
// names two joined by و; an adjective after the head (ولاية ثانية، حي
// سكني) or a nisba after the name (بلدة X الساحلية) is none.
func TestTownNamesNoListHolds(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a quarter without the article", "وتجمع المحتجون في حي قرنفيلو قبل أن تفرقهم الشرطة.",
			map[string]Label{"قرنفيلو": LOC}, []string{"حي قرنفيلو"}},
		{"an Omani wilaya", "وسجلت الأرصاد أعلى كمية أمطار في ولاية مسكوتان خلال اليومين.",
			map[string]Label{"مسكوتان": LOC}, nil},
		{"two quarters after a dual head", "وفتشت الدوريات بيوتا في حيي برنغيل وكاسوندي مساء الأحد.",
			map[string]Label{"برنغيل": LOC, "كاسوندي": LOC}, []string{"وكاسوندي"}},
		{"two wilayas after a dual head", "وانقطعت الطرق بين ولايتي مسكوتان ودلهوت بعد السيول.",
			map[string]Label{"مسكوتان": LOC, "دلهوت": LOC}, nil},
		{"a nisba after a village's name", "ووصلت القافلة إلى بلدة قرنفيلو الساحلية ظهرا.",
			map[string]Label{"قرنفيلو": LOC}, []string{"قرنفيلو الساحلية"}},
		{"a second term, no state", "وبدأ الرئيس ولاية ثانية بعد فوزه في الانتخابات.",
			nil, []string{"ثانية"}},
		{"a residential quarter, no name", "وشيدت الشركة حي سكني جديد في الضاحية.",
			nil, []string{"سكني"}},
	})
}

// TestFacilityNames: a rare word after a facility's head (فندق، تقاطع،
// سجن، مستشفى، معبر) names the place with its head, as a feature's does;
// a name in quotes after such a head is the place, the quotes and the
// head outside; سجن at a clause's start is the verb "jailed".
func TestFacilityNames(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a prison", "ونقلت السلطات الموقوفين إلى سجن بادروش شمال البلاد.",
			map[string]Label{"سجن بادروش": LOC}, nil},
		{"a crossing", "وعبرت شاحنات المساعدات معبر كفرتوسين صباح اليوم.",
			map[string]Label{"معبر كفرتوسين": LOC}, nil},
		{"a hotel named in quotes", "وهاجم مسلحون فندق \"النخيل الذهبي\" في وسط المدينة.",
			map[string]Label{"النخيل الذهبي": LOC}, nil},
		{"a junction in guillemets", "وانفجرت عبوة قرب تقاطع «سيفن ستار» مساء أمس.",
			map[string]Label{"سيفن ستار": LOC}, nil},
		{"a border post's adjective", "وأغلقت السلطات معبر حدودي مع الجارة الشمالية.",
			nil, []string{"معبر حدودي"}},
		{"jailed, the verb", "سجن برادوفيتش عامين بتهمة الاحتيال.",
			nil, []string{"سجن برادوفيتش"}},
	})
}

// TestStormNames: a name right after a storm's head (إعصار، العاصفة, an
// adjective of the storm and a quote between or not) is the storm's, no
// person or body: MISC, and so is the same name alone elsewhere; a listed
// person after the head stays a person (what the storm is said of). The
// storm's eye is no spring (عين).
func TestStormNames(t *testing.T) {
	for _, tt := range []struct {
		why, in string
		want    map[string]Label
	}{
		{"a cyclone in quotes", "وتسبب الإعصار المداري \"سانورا\" في أضرار كبيرة بالميناء.", map[string]Label{"سانورا": MISC}},
		{"a storm and its name alone later", "واجتاحت العاصفة بيلندا الساحل الغربي، وقال السكان إن بيلندا اقتلعت الأشجار.",
			map[string]Label{"بيلندا": MISC}},
		{"a hurricane in guillemets", "وما زال السكان يتذكرون إعصار «جونار» الذي ضرب الجزيرة.", map[string]Label{"جونار": MISC}},
		{"a listed person after the head", "وأثارت عاصفة ترامب الأخيرة قلق المستثمرين.", map[string]Label{"ترامب": PER}},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			for _, m := range res.Mentions {
				if label, ok := tt.want[m.Text]; ok {
					assert.Equal(t, label, m.Label, "%s: %s", tt.why, tt.in)
				} else {
					assert.NotContains(t, []Label{PER, ORG}, m.Label, "%s: %s: %v", tt.why, tt.in, mentions(res))
				}
			}
		}
	}
	checkSpanCases(t, []spanCase{
		{"the eye of a storm", "وتقع الجزيرة الآن في عين الإعصار بحسب الأرصاد.", nil, []string{"عين الإعصار"}},
		{"the eye of a storm after ب", "ومرت الطائرة بعين العاصفة دون أضرار.", nil, []string{"عين العاصفة"}},
	})
}
