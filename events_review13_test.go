package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSidesNoViolence: the two sides of a meeting told before are
// no subject of an attack, an arrest or a killing written with a dual
// noun of sides (واشتبك الطرفان في نقاش: a heated talk; وتبادل الطرفان
// القصف: the warring sides); an agreement still takes them. Sentences
// written for this test.
func TestEventsSidesNoViolence(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nاجتمع وزير الخارجية الكويتي أحمد الناصر بنظيره العماني بدر البوسعيدي في الكويت.\n\nواشتبك الطرفان في جدال طويل حول الرسوم الجمركية.",
		"عنوان\n\nالتقى رئيس الوزراء الليبي عبد الحميد الدبيبة المبعوث الأممي يان كوبيش في طرابلس.\n\nوهاجم الجانبان في بيان مشترك المعرقلين للانتخابات.",
	} {
		for _, e := range eventsOf(t, text, "2021-05-04") {
			if e.Type == "attack" {
				assert.Empty(t, e.Participants, "%s: %+v", text, e)
			}
		}
	}
	evs := eventsOfType(t, "عنوان\n\nاجتمع وزير الخارجية الكويتي أحمد الناصر بنظيره العماني بدر البوسعيدي في الكويت.\n\nووقع الجانبان على مذكرة تفاهم في مجال الشحن.", "2021-05-04", "agreement")
	assert.Len(t, evs[len(evs)-1].Participants, 2, "%+v", evs)
}

// TestEventsBracketAtTextEnd: a title and its organization before a
// bracket that ends the text (a cut page) is no internal error: the
// bracket of an acronym opens nothing there.
func TestEventsBracketAtTextEnd(t *testing.T) {
	for _, text := range []string{
		"التقى الأمين العام لحركة حماس (",
		"وصل رئيس المكتب السياسي لحزب الأمة القومي (",
	} {
		_, err := Extract(context.Background(), text, ExtractOptions{})
		assert.NoError(t, err, text)
	}
}
