package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOperationsCommands: an operations command or room named by the
// place or front it runs, or by its kind, is an organization whole; the
// place inside it is no mention of its own, and قيادة alone heads nothing.
func TestOperationsCommands(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a command named by a province", "وذكرت قيادة عمليات صلاح الدين أن قواتها فككت عبوتين.",
			map[string]Label{"قيادة عمليات صلاح الدين": ORG}, []string{"صلاح الدين"}},
		{"a command named by a direction and a province", "وأكدت قيادة عمليات شرق الأنبار مقتل ثلاثة مسلحين.",
			map[string]Label{"قيادة عمليات شرق الأنبار": ORG}, []string{"الأنبار"}},
		{"a room named after its campaign", "وتحدث بيان غرفة عمليات درع الجزيرة عن تقدم بطيء.",
			map[string]Label{"غرفة عمليات درع الجزيرة": ORG}, nil},
		{"the joint command", "وأشرفت قيادة العمليات المشتركة على نقل الصناديق.",
			map[string]Label{"قيادة العمليات المشتركة": ORG}, nil},
		{"driving is no body", "وتعلم الشاب قيادة الشاحنات في سن مبكرة.",
			nil, []string{"قيادة الشاحنات"}},
	})
}

// TestBodiesNamedByAdjectivesOrTown: a body named by a definite head and
// a chain of adjectives ending with an adjective of names, one named by
// the town it serves (the name ends with the town), a mission named by
// the body that sends it, and a council named with a ل-genitive after a
// title (the role's organization, not a portfolio).
func TestBodiesNamedByAdjectivesOrTown(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a movement of two adjectives", "وأصدرت الحركة الشبابية الديمقراطية بيانا مساء السبت.",
			map[string]Label{"الحركة الشبابية الديمقراطية": ORG}, nil},
		{"a court of two adjectives", "ونظرت المحكمة الإدارية العليا في الطعن صباح الاثنين.",
			map[string]Label{"المحكمة الإدارية العليا": ORG}, nil},
		{"one adjective stays generic", "ورفضت الحركة الطلابية المشاركة في الحوار.",
			nil, []string{"الحركة الطلابية"}},
		{"a town council before its object", "ورفض المجلس البلدي لمدينة الخمس الخطة الجديدة.",
			map[string]Label{"المجلس البلدي لمدينة الخمس": ORG}, []string{"المجلس البلدي لمدينة الخمس الخطة"}},
		{"a local council of a town no list holds", "وناشد المجلس المحلي لبلدة كفرزيتون المنظمات الإغاثية.",
			map[string]Label{"المجلس المحلي لبلدة كفرزيتون": ORG}, nil},
		{"an observer mission", "وأوصت بعثة الاتحاد الأوروبي لمراقبة الانتخابات بتعديل القانون.",
			map[string]Label{"بعثة الاتحاد الأوروبي لمراقبة الانتخابات": ORG}, nil},
		{"a medical mission is none", "وأرسلت الجمعية بعثة طبية إلى القرى النائية.",
			nil, []string{"بعثة طبية"}},
	})
	checkTitleOrgCases(t, []titleOrgCase{
		{"a council after a title", "وقال رئيس المجلس الأعلى للقضاء سامي الفارس إن المحاكم ستعمل.",
			"سامي الفارس", "رئيس", "المجلس الأعلى للقضاء"},
		{"a national council after a title", "وأعلن رئيس المجلس الوطني للإعلام كمال الدباغ قرارا جديدا.",
			"كمال الدباغ", "رئيس", "المجلس الوطني للإعلام"},
	})
}

// TestPlaceHeadsWithNames: a head that begins a town's, a border post's
// or a palace's name (كوم، كفر، عزبة، نزلة، منفذ، معبر، قصر) makes a place
// of the given or family name after it, head and all, never a person.
func TestPlaceHeadsWithNames(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a town named by a family name", "وتوقف القطار في محطة كوم حمادة نصف ساعة.",
			map[string]Label{"كوم حمادة": LOC}, nil},
		{"a border post named by a woman's name", "وعبرت الحافلات منفذ سلوى باتجاه الدوحة.",
			map[string]Label{"منفذ سلوى": LOC}, []string{"سلوى"}},
		{"a hamlet named by a given name", "ووصلت سيارات الإطفاء إلى عزبة حسن قبل الفجر.",
			map[string]Label{"عزبة حسن": LOC}, []string{"حسن"}},
		{"a palace named by a given name", "وأقيم العشاء الرسمي في قصر عابدين وسط القاهرة.",
			map[string]Label{"قصر عابدين": LOC}, nil},
		{"the Elysee", "واجتمع الوزراء في قصر الإليزيه ظهر الخميس.",
			map[string]Label{"قصر الإليزيه": LOC}, nil},
	})
}

// TestVerbGivenNames: a given name written as a feminine past verb
// (رفعت، طلعت، حكمت) before a definite plural subject is the verb.
func TestVerbGivenNames(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"cranes raised", "ورفعت الرافعات الحطام من الطريق السريع.",
			nil, []string{"رفعت الرافعات"}},
		{"the authorities raised", "ورفعت الجهات المختصة حالة التأهب.",
			nil, []string{"رفعت الجهات"}},
		{"the sun rose", "وطلعت الأصوات مطالبة بالتحقيق.",
			nil, []string{"طلعت الأصوات"}},
		{"a person keeps his name", "وقال رفعت الأسد في مقابلة إن الأمور تغيرت.",
			map[string]Label{"رفعت الأسد": PER}, nil},
	})
}

// TestMauritanianAndGulfNames: a Mauritanian nasab with ولد goes on after
// a definite given name and keeps a compound given name's سيدي; a Gulf
// name of five words reads whole, also when صباح ("morning", a stop word)
// is the father's name, and a listed one goes on over the family.
func TestMauritanianAndGulfNames(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a definite given name before ولد", "وأكد محمد المختار ولد الشيخ أن حزبه سيقاطع.",
			map[string]Label{"محمد المختار ولد الشيخ": PER}, []string{"ولد الشيخ"}},
		{"سيدي begins the given name", "وترشح سيدي عمر ولد بوخريص للانتخابات البلدية.",
			map[string]Label{"سيدي عمر ولد بوخريص": PER}, nil},
		{"born is no nasab", "ولد الكاتب في مدينة صغيرة عام 1950.",
			nil, []string{"ولد الكاتب"}},
		{"صباح as the father's name", "وافتتح الشيخ خالد صباح الناصر الحمود الصباح المعرض.",
			map[string]Label{"خالد صباح الناصر الحمود الصباح": PER}, []string{"خالد صباح الناصر الحمود الصباح المعرض"}},
		{"the morning is no name", "وصل محمد صباح الخميس إلى المطار.",
			nil, []string{"محمد صباح الخميس"}},
	})
}

// TestForeignNamesWhole: a foreign family name in ا is no accusative
// (نيفيو زاغاريا), a foreign family name written first goes on over the
// given name after it, and a title's adjective in ة agrees with it (رئيس
// الحكومة المؤقتة names no person المؤقتة).
func TestForeignNamesWhole(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a family name in ا", "وأوضح المهندس فابيو باربيريا أن الأعمال تأخرت.",
			map[string]Label{"فابيو باربيريا": PER}, nil},
		{"family name first", "وقالت الوزيرة السابقة كوليبالي فاطمة ديارا سيسوكو إن اللجنة مستقلة.",
			map[string]Label{"كوليبالي فاطمة ديارا سيسوكو": PER}, nil},
		{"an interim government's head", "وأعلن رئيس الحكومة المؤقتة أمس استقالته.",
			nil, []string{"المؤقتة"}},
		{"an interim authority's head", "ووصلت رئيسة السلطة المؤقتة إلى المطار.",
			nil, []string{"المؤقتة"}},
	})
}

// TestAcronymAfterUnlistedBody: a word alone in brackets after a body's
// name is its acronym, also when a lookup read a place in it through a
// letter taken for the future marker (سنيم: س + نيم) or the tagger read
// it as a name.
func TestAcronymAfterUnlistedBody(t *testing.T) {
	for _, tt := range []struct{ why, in, name, acronym string }{
		{"the future marker", "ووقعت الشركة الوطنية للمياه والكهرباء (سنيم) عقدا جديدا.",
			"الشركة الوطنية للمياه والكهرباء", "سنيم"},
		{"an unknown word", "وأعلنت الشركة العامة للموانئ (شعموا) عن مناقصة.",
			"الشركة العامة للموانئ", "شعموا"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
			if assert.GreaterOrEqual(t, k, 0, "%s: %v", tt.why, res.Entities) {
				assert.Equal(t, ORG, res.Entities[k].Label, tt.why)
				assert.Contains(t, res.Entities[k].Aliases, tt.acronym, tt.why)
			}
			assert.Len(t, res.Entities, 1, "%s: %v", tt.why, mentions(res))
		}
	}
}
