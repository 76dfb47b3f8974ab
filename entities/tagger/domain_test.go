package tagger

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/entities/tagger/internal/seqmodel"
)

// Texts written for the test: an encyclopedic article opening and a news
// report.
const (
	encycText = "الزرافة هي حيوان ثديي من رتبة مزدوجات الأصابع يعيش في أفريقيا. " +
		"تعد الزرافة أطول الحيوانات البرية في العالم، ويبلغ طولها ستة أمتار. " +
		"وصفها العالم كارل لينيوس عام 1758 (1758) ونسبها إلى جنس الجمال. " +
		"يتكون القطيع من عشرة أفراد، ويقع موطنها في السافانا جنوب الصحراء الكبرى. " +
		"ولد أول صغير في الأسر في حديقة حيوان لندن عام 1839. " +
		"ويقدسها بعض الهندوس والبوذيين، وذكرها الرحالة ابن بطوطة والإدريسي في كتبهم، وعرضت في متحف التاريخ الطبيعي."
	newsText1 = "دمشق (رويترز) - قال وزير الخارجية السوري امس الاثنين إن الحكومة مستعدة للحوار. " +
		"وأضاف في بيان نقلته وكالة الأنباء الرسمية أن الوفد سيصل إلى جنيف الخميس المقبل. " +
		"وأكد المتحدث باسم الأمم المتحدة أن المبعوث الدولي سيلتقي الوفد."
)

func TestEmbeddedDomains(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	require.NotNil(t, m.det, "the embedded model reads domains")
	require.NotNil(t, encModel(), "the embedded encyclopedic weights read")
	enc := seqmodel.Folder.Analyze(encycText)
	news := seqmodel.Folder.Analyze(newsText1)
	assert.True(t, m.encyclopedic(enc), "P(encyclopedic) %.3f", m.det.Prob(enc))
	assert.False(t, m.encyclopedic(news), "P(encyclopedic) %.3f", m.det.Prob(news))
	assert.False(t, m.encyclopedic(seqmodel.Folder.Analyze("")), "an empty text is news")

	// Every path tags an encyclopedic text with the encyclopedic weights,
	// a Session too (it keeps a scratch per domain), and the news text
	// with the news weights, whichever came first.
	ref := func(sm *seqmodel.Model, txt string) []Tag {
		t := seqmodel.Folder.Analyze(txt)
		return tag(sm, t, 0, len(t.Tokens), new(seqmodel.Scratch), nil)
	}
	wantE, wantN := ref(encModel(), encycText), ref(m.m, newsText1)
	assert.NotEqual(t, ref(m.m, encycText), wantE, "the two weights tag the text apart (else this test says nothing)")
	ss := m.NewSession()
	for range 2 {
		assert.Equal(t, wantE, m.Tag(enc, 0, len(enc.Tokens), nil))
		assert.Equal(t, wantN, m.Tag(news, 0, len(news.Tokens), nil))
		assert.Equal(t, wantE, ss.Tag(enc, 0, len(enc.Tokens), nil))
		assert.Equal(t, wantN, ss.Tag(news, 0, len(news.Tokens), nil))
	}
}
