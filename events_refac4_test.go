package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsBareMinisterOfTwo (refac4): a bare الوزير after two ministers
// named with their portfolios is the one whose ministry its sentence
// names (وزارة الصحة، ملف الدفاع); when the sentence names neither's, the
// nearest when he was introduced in the sentence before, else neither
// of them (further back, the nearest is as often the other). After one
// minister only, he is the one, ministry or not. Texts written for
// this test.
func TestEventsBareMinisterOfTwo(t *testing.T) {
	const intro = "عنوان\n\nاستقبل وزير الصحة محمد الهاشمي وفدا من المنظمة الدولية في مكتبه. والتقى وزير الدفاع خالد العمري قائد القوات الجوية في القاعدة.\n\n"
	for _, tt := range []struct{ name, text, typ, want, not string }{
		{"his ministry named: health, the first named",
			intro + "والتقى الوزير صباح الثلاثاء بالسفير الياباني لبحث دعم برامج وزارة الصحة في المدن.",
			"meet", "محمد الهاشمي", "خالد العمري"},
		{"his ministry named: defence, the nearest",
			intro + "والتقى الوزير صباح الثلاثاء بالسفير الياباني لبحث التعاون في مجال الدفاع الجوي.",
			"meet", "خالد العمري", "محمد الهاشمي"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsWhere(t, eventsOfType(t, tt.text, "2018-06-05", tt.typ), "no meeting on Tuesday",
				func(e ev) bool { return e.Time == "2018-06-05" })
			for _, e := range evs {
				assert.Contains(t, e.Participants, tt.want, "%+v", e)
				assert.NotContains(t, e.Participants, tt.not, "%+v", e)
			}
		})
	}
	// Neither ministry named, and the nearest introduced two sentences
	// back or more: neither minister.
	for _, e := range eventsWhere(t, eventsOfType(t, intro+"وتتواصل الاستعدادات للموسم السياحي في المدن الساحلية. والتقى الوزير صباح الثلاثاء بالسفير الياباني.", "2018-06-05", "meet"),
		"no meeting on Tuesday", func(e ev) bool { return e.Time == "2018-06-05" }) {
		assert.NotContains(t, e.Participants, "محمد الهاشمي", "%+v", e)
		assert.NotContains(t, e.Participants, "خالد العمري", "%+v", e)
	}
	// Neither named, the nearest in the sentence before: the nearest.
	for _, e := range eventsWhere(t, eventsOfType(t, intro+"والتقى الوزير صباح الثلاثاء بالسفير الياباني.", "2018-06-05", "meet"),
		"no meeting on Tuesday", func(e ev) bool { return e.Time == "2018-06-05" }) {
		assert.Contains(t, e.Participants, "خالد العمري", "%+v", e)
	}
	// One minister before: he is the one.
	evt18Has(t, "عنوان\n\nاستقبل وزير الصحة محمد الهاشمي وفدا من المنظمة الدولية في مكتبه.\n\nوالتقى الوزير صباح الثلاثاء بالسفير الياباني.",
		"meet", "محمد الهاشمي")
}
