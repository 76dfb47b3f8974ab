package entities

import "testing"

// TestTitleCompletedByLam: a definite title of the construct kind (an
// envoy, an adviser, a deputy) with its adjective, then ل and another
// title, is one title, and the name after it is the envoy's, the
// adviser's or the deputy's, not the inner office holder's.
func TestTitleCompletedByLam(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a special envoy of a minister", "وأكد المبعوث الخاص لوزير الخارجية الصيني تشاي جيون أن بلاده تدعم الحل السياسي.",
			"تشاي جيون", []string{"المبعوث الخاص لوزير الخارجية"}, "", nil},
		{"a first deputy of a president", "واستقبل النائب الأول للرئيس السوداني بكري حسن صالح الوفد في الخرطوم.",
			"بكري حسن صالح", []string{"النائب الأول للرئيس"}, "", nil},
		{"a media adviser of a prime minister", "وأوضح المستشار الإعلامي لرئيس الحكومة اللبنانية فادي كرم أن الجلسة تأجلت.",
			"فادي كرم", []string{"المستشار الإعلامي لرئيس الحكومة"}, "", nil},
		// ل after a title that takes no complement is the indirect
		// object: the name is the inner title's.
		{"a minister hands a letter to a president", "وسلم الوزير للرئيس الموريتاني محمد ولد عبد العزيز رسالة خطية.",
			"محمد ولد عبد العزيز", []string{"الرئيس"}, "", nil},
	})
}
