package entities

import "testing"

// TestWeakPlaceBeforePlace: a weak place (سيول floods/Seoul, صور
// pictures/Tyre) right after في with a listed place after it is the common
// noun in construct with that place (in the floods of, in the pictures
// of); before a verb or after إلى it is still the place.
func TestWeakPlaceBeforePlace(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"floods of a governorate", "وغرق ثلاثة أطفال في سيول الأنبار مساء الجمعة.",
			map[string]Label{"الأنبار": LOC}, []string{"سيول"}},
		{"floods of a city", "ونشرت البلدية حصيلة الخسائر في سيول إربد وجرش.",
			map[string]Label{"إربد": LOC}, []string{"سيول"}},
		{"pictures of a city", "وظهر المتظاهرون في صور بيروت التي نشرتها الوكالة.",
			map[string]Label{"بيروت": LOC}, []string{"صور"}},
		{"Seoul still", "وعقد الوزيران مؤتمرا صحفيا في سيول بعد المحادثات.",
			map[string]Label{"سيول": LOC}, nil},
	})
}

// TestPlaceOverPersonPhrase: a name of several words that the lists hold
// both as a person and as a place (صلاح الدين) is the place after في or
// joined by و to a listed place; elsewhere the person stays.
func TestPlaceOverPersonPhrase(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"after في", "وقتل جنديان في صلاح الدين مساء الخميس.",
			map[string]Label{"صلاح الدين": LOC}, nil},
		{"joined to a place", "وتضررت مئات المنازل في ديالى وصلاح الدين ونينوى.",
			map[string]Label{"صلاح الدين": LOC}, nil},
		{"joined by و to a place after it", "وأرسلت الوزارة فرقا إلى صلاح الدين والأنبار.",
			map[string]Label{"صلاح الدين": LOC}, nil},
		{"the person", "ويروي الكتاب سيرة صلاح الدين الأيوبي وحروبه.",
			map[string]Label{"صلاح الدين الأيوبي": PER}, nil},
	})
}

// TestChargeDAffairesTitle: القائم بالأعمال is a diplomat's title (the
// chargé d'affaires), not the Iraqi town القائم; the town stays a place.
func TestChargeDAffairesTitle(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a title before a name", "والتقى الوزير القائم بالأعمال الفرنسي في عمان جان مارتان.",
			nil, []string{"القائم"}},
		{"after إلى", "وسلمت الوزارة مذكرة احتجاج إلى القائم بالأعمال الإيراني.",
			nil, []string{"القائم"}},
		{"a woman", "واستقبلت الوزيرة القائمة بالأعمال الكندية لديها.",
			nil, []string{"القائمة"}},
		{"the town", "ودخلت القوات مدينة القائم على الحدود مع سوريا.",
			map[string]Label{"القائم": LOC}, nil},
	})
}
