package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBodiesByStateAdjectives: a listed body named in full by its state's
// adjectives (الدرك الوطني، الجيش الوطني الشعبي), a state's office
// named by its adjective and field (الجهاز المركزي للإحصاء، الديوان
// الوطني للأرصاد الجوية), a broadcaster named by its country's adjective
// (الإذاعة الجزائرية، التلفزيون التونسي), and a body named by its field
// that goes on with the world region it serves are organizations whole.
func TestBodiesByStateAdjectives(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"the gendarmerie in full", "ونشرت قيادة الدرك الوطني دوريات على الطرق الجبلية.",
			map[string]Label{"الدرك الوطني": ORG}, []string{"الدرك"}},
		{"the gendarmerie after a noun", "وأوقف عناصر الدرك الوطني مشتبها به قرب السوق.",
			map[string]Label{"الدرك الوطني": ORG}, []string{"الدرك"}},
		{"the people's army", "وشارك الجيش الوطني الشعبي في إخماد النيران بالغابة.",
			map[string]Label{"الجيش الوطني الشعبي": ORG}, []string{"الجيش الوطني"}},
		{"the year after a body is no adjective", "وانسحب الجيش الوطني العام الماضي من البلدة.",
			map[string]Label{"الجيش الوطني": ORG}, []string{"الجيش الوطني العام"}},
		{"a central statistics body", "وقدر الجهاز المركزي للإحصاء نسبة البطالة بعشرة في المئة.",
			map[string]Label{"الجهاز المركزي للإحصاء": ORG}, nil},
		{"a national weather office", "وتوقع الديوان الوطني للأرصاد الجوية أمطارا غزيرة ليلا.",
			map[string]Label{"الديوان الوطني للأرصاد الجوية": ORG}, nil},
		{"a national institute of a field in construct", "ونشر المعهد الوطني لعلوم البحار دراسة عن الشعاب.",
			map[string]Label{"المعهد الوطني لعلوم البحار": ORG}, nil},
		{"an office of a party is no state office", "واجتمع المركز العام للحزب صباحا.",
			nil, []string{"المركز العام للحزب"}},
		{"a radio by its country", "وبثت الإذاعة الجزائرية نداء للمتطوعين.",
			map[string]Label{"الإذاعة الجزائرية": ORG}, nil},
		{"a television by its country", "وعرض التلفزيون التونسي صورا من موقع الحادث.",
			map[string]Label{"التلفزيون التونسي": ORG}, nil},
		{"a body with its world region", "ودعت الهيئة الحكومية للتنمية في شرق أفريقيا إلى هدنة.",
			map[string]Label{"الهيئة الحكومية للتنمية في شرق أفريقيا": ORG}, []string{"شرق أفريقيا"}},
		{"another region", "وموّلت المنظمة العربية للتنمية الزراعية في الشرق الأوسط مشاريع للري.",
			map[string]Label{"المنظمة العربية للتنمية الزراعية في الشرق الأوسط": ORG}, []string{"الشرق الأوسط"}},
		{"a country after في is where the body acts", "وقالت المنظمة الدولية للهجرة في العراق إن الأسر عادت.",
			map[string]Label{"المنظمة الدولية للهجرة": ORG, "العراق": LOC}, nil},
		{"a ring for smuggling is no body", "وفككت الشرطة شبكة لتهريب المهاجرين عبر البحر.",
			nil, []string{"شبكة لتهريب المهاجرين"}},
		{"a ring for financing is no body", "وكشف التحقيق شبكة لتمويل الجماعات المسلحة.",
			nil, []string{"شبكة لتمويل الجماعات المسلحة", "شبكة لتمويل الجماعات"}},
	})
}

// TestNamesKeptWhole: a compound given name (محمد خير، محمد نور) and a
// small town's name as the family name after a title stay one person;
// آيت/أيت after a place head begins an Amazigh place, and after a title a
// person's name; rare unlisted words before a listed person's surname
// (زوما) are another person's given names; a foreign brand of two rare
// words after a facility head, a port or an airport named by a ruler's
// weak given name, and a facility's name without the participle after it
// are places.
func TestNamesKeptWhole(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a compound given name and a town as family name", "وأكد محافظ بنك السودان المركزي محمد خير الزبير استقرار العملة.",
			map[string]Label{"محمد خير الزبير": PER}, []string{"الزبير"}},
		{"a compound given name after a minister", "وصرح وزير المالية محمد نور الزبير بأن العجز تقلص.",
			map[string]Label{"محمد نور الزبير": PER}, []string{"الزبير"}},
		{"a capital after a titled name is the object", "ووصل الوزير محمد سعيد الخرطوم مساء أمس.",
			map[string]Label{"الخرطوم": LOC}, []string{"محمد سعيد الخرطوم"}},
		{"an Amazigh village", "ونقل جثمان الضحية إلى قرية آيت يحيى موسى لدفنه.",
			map[string]Label{"آيت يحيى موسى": LOC}, []string{"يحيى موسى", "آيت"}},
		{"an Amazigh town with a rare word", "واندلع حريق قرب بلدة أيت منقلات ليلا.",
			map[string]Label{"أيت منقلات": LOC}, nil},
		{"an Amazigh family name after a title", "وقال النائب آيت أحمد إن حزبه سيقاطع الجلسة.",
			nil, []string{"آيت"}},
		{"a long foreign name ending with a listed surname", "وانتخبت القمة الجنوب أفريقية نكوسازانا دلاميني زوما رئيسة للمفوضية.",
			map[string]Label{"نكوسازانا دلاميني زوما": PER}, []string{"زوما"}},
		{"a hotel of two rare words", "واحتجز عشرات الأمراء في فندق ريتز كارلتون بالرياض.",
			map[string]Label{"فندق ريتز كارلتون": LOC}, []string{"فندق ريتز"}},
		{"an airport and the plane leaving it", "وأقلعت رحلة من مطار حمد متجهة إلى باريس.",
			map[string]Label{"مطار حمد": LOC}, []string{"مطار حمد متجهة"}},
		{"a port named by a weak given name", "ورست ناقلة الغاز في ميناء خليفة فجرا.",
			map[string]Label{"ميناء خليفة": LOC}, nil},
	})
}

// TestMonthGivenNames: a month's name that is also a given name (رمضان،
// رجب) right after a title and before a rare word is the person's given
// name; the month stays no name elsewhere.
func TestMonthGivenNames(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a colonel named after the fasting month", "وأكد العقيد رمضان كوشانفر أن الدوريات مستمرة.",
			map[string]Label{"رمضان كوشانفر": PER}, []string{"كوشانفر"}},
		{"another month as a given name", "وصرح المهندس رجب قوربانوف بأن المشروع تأخر.",
			map[string]Label{"رجب قوربانوف": PER}, []string{"قوربانوف"}},
		{"the month after its noun", "وارتفعت الأسعار خلال شهر رمضان الماضي.",
			nil, []string{"رمضان", "رمضان الماضي"}},
	})
}

// TestSurnameAliases: a Gulf name's forebear with the article before the
// family's (سلمان الحمود الصباح) names the person alone, joined to him; a
// listed person's surname after another person's full name is that
// person's, not the listed one's.
func TestSurnameAliases(t *testing.T) {
	for _, tt := range []struct{ why, in, name, alias string }{
		{"a Kuwaiti minister by his father's name", "وقال وزير النفط الشيخ سلمان الحمود الصباح إن الإنتاج سيرتفع. وأوضح الحمود أن الخطة تمتد خمس سنوات.",
			"سلمان الحمود الصباح", "الحمود"},
		{"another forebear", "وأعلن الشيخ ناصر الصباح الأحمد الصباح إطلاق المشروع. وأكد الأحمد أن التمويل متوفر.",
			"ناصر الصباح الأحمد الصباح", "الأحمد"},
		{"the surname of the document's person", "وقالت السياسية نكوسازانا دلاميني زوما إن الحوار ضروري. وأضافت زوما أن الوقت مناسب.",
			"نكوسازانا دلاميني زوما", "زوما"},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		k := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
		if assert.GreaterOrEqual(t, k, 0, "%s: %v", tt.why, mentions(res)) {
			assert.Contains(t, res.Entities[k].Aliases, tt.alias, tt.why)
		}
		for _, e := range res.Entities {
			assert.False(t, e.Label == PER && e.Name != tt.name && strings.HasSuffix(e.Name, tt.alias), "%s: another person %q", tt.why, e.Name)
		}
	}
}
