package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsCourtWords: words a trial report shares with other events.
// أجّلت (postponed) is written as أجلت (evacuated): a court or a thing put
// off in the clause makes it no displacement. A court's hearing (جلسة)
// is a step of the trial, a council's session a meeting. إعدام is a death
// when carried out, not in أحكام الإعدام nor in the mufti's opinion on a
// sentence to come (seventh blind measure).
func TestEventsCourtWords(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ, trigger string
		want                     bool
	}{
		{"a court puts a case off",
			"عنوان\n\nوأجلت محكمة الجنايات النظر في قضية الاتجار بالبشر إلى جلسة 20 آذار.", "displacement", "أجلت", false},
		{"a parliament puts a vote off",
			"عنوان\n\nوأجلت اللجنة المالية التصويت على مشروع الموازنة إلى الأسبوع المقبل.", "displacement", "أجلت", false},
		{"families evacuated by the civil defence",
			"عنوان\n\nوأجلت فرق الدفاع المدني عشرات العائلات من الأحياء المهددة بالانهيار في الموصل.", "displacement", "أجلت", true},
		{"a court's hearing is the trial's",
			"عنوان\n\nواستمعت المحكمة العسكرية في جلسة مغلقة يوم الاثنين إلى شهود الادعاء.", "trial", "جلسة", true},
		{"a court's hearing is no meeting",
			"عنوان\n\nواستمعت المحكمة العسكرية في جلسة مغلقة يوم الاثنين إلى شهود الادعاء.", "meet", "جلسة", false},
		{"a judge's hearing, قاض with no ي",
			"عنوان\n\nوحدد قاض فيدرالي في نيويورك جلسة يوم 5 مايو.", "trial", "جلسة", true},
		{"a cabinet's session is a meeting",
			"عنوان\n\nوعقد مجلس الوزراء اللبناني جلسة مطولة في قصر بعبدا يوم الاثنين.", "meet", "جلسة", true},
		{"a cabinet's session is no trial",
			"عنوان\n\nوعقد مجلس الوزراء اللبناني جلسة مطولة في قصر بعبدا يوم الاثنين.", "trial", "جلسة", false},
		{"death sentences are no deaths",
			"عنوان\n\nوانتقدت منظمات حقوقية تزايد أحكام الإعدام في البلاد خلال العام الماضي.", "death", "الإعدام", false},
		{"an execution carried out is a death",
			"عنوان\n\nونفذت السلطات حكم الإعدام بحق أربعة مدانين في سجن برج العرب فجر الثلاثاء.", "death", "الإعدام", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, e := range eventsOf(t, tt.text, "2018-03-14") {
				found = found || e.Type == tt.typ && e.Trigger == tt.trigger
			}
			assert.Equal(t, tt.want, found, "%s %s in %q", tt.typ, tt.trigger, tt.text)
		})
	}
}
