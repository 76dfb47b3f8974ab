package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStatusDeniedBeing: an event told in a clause أن يكون / أن تكون … قد
// after a verb of denial has not happened by the teller's word, also when
// an aside set off by commas stands between the denial and أن; the same
// clause after another verb (رجح: deemed likely) is not denied. Sentences
// written for this test.
func TestStatusDeniedBeing(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		{"ونفت وزارة الدفاع الروسية، في بيان، أن تكون طائراتها قد قصفت مستشفى في إدلب.", Negated},
		{"ونفى الجيش، في تصريح مقتضب، أن يكون قد قصف المستشفى.", Negated},
		{"ورجح مسؤول أن تكون الطائرات قد قصفت المستشفى.", Past},
	} {
		assert.Equal(t, c.status, status(t, c.text, Attack), c.text)
	}
}

// TestStatusRejectedButTold: a definite event word after a rejection is
// what was rejected and has not happened (رفضهم تهجير الفلسطينيين), unless
// a relative clause right after it tells it took place (أعرب عن رفضه
// الهجوم الذي استهدف السفارة: a condemnation of a past attack). Sentences
// written for this test.
func TestStatusRejectedButTold(t *testing.T) {
	assert.Equal(t, Past, status(t, "وأعرب الوزير عن رفضه الهجوم الذي استهدف السفارة في بغداد.", Attack))
	assert.Equal(t, Negated, status(t, "وأكد المتظاهرون رفضهم القاطع التهجير القسري للسكان.", Displacement))
}
