package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roleOf returns the titles of the roles of the person named name, and
// the name of each role's organization ("" for none).
func roleOf(t *testing.T, res *Result, name string) (titles, orgs []string) {
	t.Helper()
	for _, e := range res.Entities {
		if e.Label != PER || e.Name != name {
			continue
		}
		for _, r := range e.Roles {
			titles = append(titles, r.Title)
			org := ""
			if r.Org >= 0 {
				org = res.Entities[r.Org].Name
			}
			orgs = append(orgs, org)
		}
		return titles, orgs
	}
	require.Failf(t, "no person", "%s in %+v", name, res.Entities)
	return nil, nil
}

// TestTeamNotRank: الفريق after ل or in construct with a one-word title
// is the team (المدير الفني للفريق، قائد الفريق), one role and no rank;
// الفريق أول after a minister's title is still the rank.
func TestTeamNotRank(t *testing.T) {
	tests := []struct{ text, name, title string }{
		{"وأكد المدير الفني للفريق طارق العشري أن الفوز مستحق.", "طارق العشري", "المدير الفني"},
		{"وقال المدرب المساعد للمنتخب أحمد حسن إن الإعداد جيد.", "أحمد حسن", "المدرب المساعد"},
		{"وأقال النادي المدير الفني للفريق الأول لكرة السلة عادل سامي بعد الهزيمة.", "عادل سامي", "المدير الفني"},
		{"ورفع قائد الفريق عماد متعب الكأس أمام الجماهير.", "عماد متعب", "قائد"},
		{"وحضر التمرين قائد المنتخب أحمد فتحي وعدد من اللاعبين.", "أحمد فتحي", "قائد المنتخب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			titles, _ := roleOf(t, fullOnce().RecognizeString(tt.text), tt.name)
			assert.Equal(t, []string{tt.title}, titles, tt.text)
		})
	}
	titles, _ := roleOf(t, fullOnce().RecognizeString("وحضر الاجتماع وزير الدفاع الفريق أول صدقي صبحي."), "صدقي صبحي")
	assert.Contains(t, titles, "الفريق أول")
}

// TestPortfolioWithWaw: a ministry's portfolio of a broken plural, its
// feminine adjective and a second field after و is one title (وزير
// الموارد المائية والري); its adjective is no person.
func TestPortfolioWithWaw(t *testing.T) {
	tests := []struct{ text, name, title string }{
		{"وصرح وزير الموارد المائية والري هاني سويلم بأن المخزون كاف.", "هاني سويلم", "وزير الموارد المائية والري"},
		{"والتقى وزير الموارد المائية والري حسن علام نظيره.", "حسن علام", "وزير الموارد المائية والري"},
		{"وأعلن وزير الموارد الطبيعية والبيئة خالد يوسف خطة جديدة.", "خالد يوسف", "وزير الموارد الطبيعية والبيئة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := fullOnce().RecognizeString(tt.text)
			titles, _ := roleOf(t, res, tt.name)
			assert.Equal(t, []string{tt.title}, titles, tt.text)
			for _, m := range res.Mentions {
				assert.NotEqual(t, "المائية", m.Text)
				assert.NotEqual(t, "الطبيعية", m.Text)
			}
		})
	}
}

// TestSpokesmanOfPronoun: المتحدث باسمه / الناطقة باسمها + a name gives
// the name the spokesman's title, of the body named before it in the
// sentence, with a place where he speaks between them too.
func TestSpokesmanOfPronoun(t *testing.T) {
	tests := []struct{ text, name, title, org string }{
		{"ونددت منظمة العفو الدولية بالحكم، وقالت المتحدثة باسمها سارة حشاش إن القضاء مسيس.",
			"سارة حشاش", "المتحدثة باسم", "منظمة العفو الدولية"},
		{"ورحبت منظمة الصحة العالمية بالقرار، وقال المتحدث باسمها في جنيف طارق ياساريفيتش إن الوباء يتراجع.",
			"طارق ياساريفيتش", "المتحدث باسم", "منظمة الصحة العالمية"},
		{"وأصدر حزب الله بيانا، وقال الناطق باسمه محمد عفيف إن الحزب لن يرد.",
			"محمد عفيف", "الناطق باسم", "حزب الله"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			titles, orgs := roleOf(t, fullOnce().RecognizeString(tt.text), tt.name)
			assert.Equal(t, []string{tt.title}, titles, tt.text)
			assert.Equal(t, []string{tt.org}, orgs, tt.text)
		})
	}
}

// TestDeputyOfPresident probes lamInnerTitle with no adjective: النائب
// للرئيس + a name is one title, the person's.
func TestDeputyOfPresident(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"وقدم النائب للرئيس حسن الخطيب مذكرة إلى المجلس.", "حسن الخطيب"},
		{"وقال النائب الأول للرئيس سامي عادل إن المشاورات مستمرة.", "سامي عادل"},
	} {
		titles, _ := roleOf(t, fullOnce().RecognizeString(tt.text), tt.name)
		assert.Len(t, titles, 1, tt.text)
	}
}
