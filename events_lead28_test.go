package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSignedPastPartnerAndAside: وقّع tells an agreement when what
// was signed comes late: after a partner told with مع (وقعت الوزارة مع
// الشركة عقدا، the object then indefinite, in the accusative) or right
// after a short aside set off by commas (، على هامش القمة، / ، أمس في
// برلين،), however long the names before it. A construct (توقيع اتفاقية
// السلام) or the verb of happening (وقع الانفجار) is no signing.
// Sentences written for this test.
func TestEventsSignedPastPartnerAndAside(t *testing.T) {
	for _, c := range []struct {
		text string
		who  []string
	}{
		{"عنوان\n\nووقعت وزارة الكهرباء العراقية مع شركة سيمنس الألمانية عقدا لتأهيل محطات التوليد في البصرة.", []string{"وزارة الكهرباء العراقية", "شركة سيمنس الألمانية"}},
		{"عنوان\n\nووقعت الهيئة العامة للاستثمار مع مجموعة موانئ دبي العالمية، أمس في القاهرة، مذكرة تفاهم لتطوير ميناء العين السخنة.", []string{"الهيئة العامة للاستثمار", "مجموعة موانئ دبي العالمية"}},
		{"عنوان\n\nووقعت مصر والأردن، على هامش القمة العربية، اتفاقية للربط الكهربائي.", []string{"مصر", "الأردن"}},
		{"عنوان\n\nووقع الانفجار مع بدء عقد الاجتماع في مقر الحزب الحاكم بالعاصمة.", nil},
		{"عنوان\n\nووقع الحادث قرب مبنى وزارة الداخلية مع انطلاق مراسم توقيع اتفاقية السلام.", nil},
	} {
		if c.who == nil {
			checkNotEvents(t, c.text, "2019-04-10", "agreement")
			continue
		}
		evs := eventsOfType(t, c.text, "2019-04-10", "agreement")
		if assert.Len(t, evs, 1, c.text) {
			assert.ElementsMatch(t, c.who, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}
