package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBarePlaceHeadAlias: المطار and القطاع written alone refer back to
// the document's one airport or strip; القطاع before an adjective is
// another sector (القطاع الصحي).
func TestBarePlaceHeadAlias(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"أعيد فتح مطار حلب الدولي أمس. وقال مدير المطار إن الرحلات ستزيد.", "مطار حلب الدولي", "المطار"},
		{"دخلت قوافل الإغاثة إلى قطاع غزة صباحا. ووزعت المساعدات في شمال القطاع.", "قطاع غزة", "القطاع"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		e := entityNamed(res, tt.name)
		if assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, e.Aliases, tt.alias, "%s", tt.in)
		}
	}
	for _, in := range []string{
		"دخلت المساعدات إلى قطاع غزة. ويعاني القطاع الصحي من نقص الأدوية.",
	} {
		res := fullOnce().RecognizeString(in)
		for _, e := range res.Entities {
			assert.NotContains(t, e.Aliases, "المطار", "%s", in)
			assert.NotContains(t, e.Aliases, "القطاع", "%s", in)
		}
	}
}

// TestHamzaWordNoArticle: a verbal noun written with a hamza on its
// alif (إلغاء، إلزام) only looks definite once folded: it ends a body's
// name as the verb's object, and a bare head before it still refers back.
func TestHamzaWordNoArticle(t *testing.T) {
	for _, tt := range []struct{ in, org, not string }{
		{"وقررت الهيئة الوطنية للإعلام إلغاء ترخيص القناة.", "الهيئة الوطنية للإعلام", "الهيئة الوطنية للإعلام إلغاء"},
		{"وطلبت اللجنة العليا للحج إلزام الشركات بالعقود.", "اللجنة العليا للحج", "اللجنة العليا للحج إلزام"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
			assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
	in := "أصدرت الهيئة المستقلة للانتخابات بيانا أمس. وأعلنت الهيئة إلغاء الأصوات في دائرتين."
	res := fullOnce().RecognizeString(in)
	e := entityNamed(res, "الهيئة المستقلة للانتخابات")
	if assert.NotNil(t, e, "%v", mentions(res)) {
		assert.Contains(t, e.Aliases, "الهيئة")
	}
}

func entityNamed(res *Result, name string) *Entity {
	for i := range res.Entities {
		if res.Entities[i].Name == name {
			return &res.Entities[i]
		}
	}
	return nil
}

// TestForeignGSpellings: a foreign family name written alone with
// another letter for its g (ج، غ، ك) is the person named in full; Arabic
// names that differ in ج and ك (جمال، كمال) stay apart.
func TestForeignGSpellings(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"استقبل الوزير أندريه بورغانوف أمس. وأكد بورجانوف أن التعاون مستمر.", "أندريه بورغانوف", "بورجانوف"},
		{"وصل المبعوث ستيفان كرينبرغ إلى العاصمة. وقال كرينبرج إن المحادثات بناءة.", "ستيفان كرينبرغ", "كرينبرج"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		e := entityNamed(res, tt.name)
		if assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, e.Aliases, tt.alias, "%s", tt.in)
		}
	}
	res := fullOnce().RecognizeString("التقى الوزير سامي جمال بالسفير. وقال الوزير حسن كمال إن الحل قريب.")
	for _, e := range res.Entities {
		if e.Name == "سامي جمال" {
			assert.NotContains(t, e.Aliases, "حسن كمال")
		}
	}
}

// TestPortfolioConstructPart: a minister's portfolio goes on over a
// noun joined by و in construct with its field (وتقنية المعلومات، وشؤون
// المغتربين), and the whole title becomes the person's alias.
func TestPortfolioConstructPart(t *testing.T) {
	tests := []struct{ in, name, alias string }{
		{"وقال وزير الزراعة والثروة السمكية وموارد المياه خليل المزروعي إن الموسم جيد.", "خليل المزروعي", "وزير الزراعة والثروة السمكية وموارد المياه"},
		{"وأكد وزير الخارجية وشؤون المغتربين ناصر القدوري، أن الحوار مستمر.", "ناصر القدوري", "وزير الخارجية وشؤون المغتربين"},
	}
	for _, tt := range tests {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		e := entityNamed(res, tt.name)
		if assert.NotNil(t, e, "%s: %v", tt.in, mentions(res)) {
			assert.Contains(t, e.Aliases, tt.alias, "%s", tt.in)
		}
	}
}
