package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRulerHonorific: an honorific adjective after a ruler's name
// (المعظم، المفدى) is no part of the name.
func TestRulerHonorific(t *testing.T) {
	for _, tt := range []struct{ why, in, name string }{
		{"a sultan, المعظم", "وأصدر السلطان قابوس بن سعيد المعظم مرسوما بإنشاء هيئة جديدة.", "قابوس بن سعيد"},
		{"a king, المفدى", "وترأس الملك محمد السادس المفدى مجلسا وزاريا في القصر.", "محمد السادس"},
		{"a king, المعظم before his object", "وكلف جلالة الملك عبد الله الثاني المعظم الحكومة بإعداد خطة للنقل.", "عبد الله الثاني"},
	} {
		res := fullOnce().RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.GreaterOrEqual(t, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.name && m.Label == PER }), 0, "%s: %v", tt.why, mentions(res))
	}
}
