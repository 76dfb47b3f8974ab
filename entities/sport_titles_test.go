package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSportTitlesInConstruct: a title the lists write with the article
// only (المدرب، اللاعب) is a title in construct too (مدرب المنتخب
// المغربي، مدرب ريال مدريد); المنتخب after it is the national team, not
// "elected", and no organization of the lists, so the title stands
// alone unless a listed club follows.
func TestSportTitlesInConstruct(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a national team's coach", "وأعلن الاتحاد إقالة مدرب المنتخب المغربي هيرفي رونار بعد الخسارة.",
			"هيرفي رونار", []string{"مدرب"}, "", nil},
		{"a club's coach", "وقال مدرب ريال مدريد زين الدين زيدان إن الفريق جاهز للمباراة.",
			"زين الدين زيدان", []string{"مدرب"}, "ريال مدريد", nil},
		{"a team's player, no nationality", "وأصيب لاعب الفريق محمد صلاح في التدريبات.",
			"محمد صلاح", []string{"لاعب"}, "", nil},
	})
}

// TestEventNameAfterHead: a name the tagger finds right after the
// indefinite noun of an event (معرض، مهرجان، منتدى، بطولة) is the
// event's name, MISC.
func TestEventNameAfterHead(t *testing.T) {
	r := fullOnce()
	for _, tt := range []struct{ why, in, text string }{
		{"a defence exhibition", "وشاركت شركة لوكهيد مارتن في معرض أيدكس للدفاع الذي يقام في أبوظبي.", "أيدكس"},
		{"an arms fair", "وافتتح الرئيس الفرنسي معرض يوروساتوري للأسلحة في باريس.", "يوروساتوري"},
		{"a technology fair", "وانطلق في دبي معرض جيتكس للتقنية بمشاركة واسعة.", "جيتكس"},
	} {
		res := r.RecognizeString(tt.in)
		checkInvariants(t, tt.in, res)
		assert.True(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.text && m.Label == MISC }),
			"%s: %s: %v", tt.why, tt.in, mentions(res))
		assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.text && m.Label == ORG }),
			"%s: %s: %v", tt.why, tt.in, mentions(res))
	}
}
