package entities

import "testing"

// TestPlaceHeadBeforeFutureVerb: قصر is the verb قصّر too (fell short);
// a future verb after it (كل من قصر سيحاسب، ستتم محاسبته) names no palace,
// while a name after it still does (قصر عابدين).
func TestPlaceHeadBeforeFutureVerb(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"whoever fell short will be held to account", "وتعهد المحافظ بأن كل من قصر سيحاسب أمام القضاء.",
			nil, []string{"قصر سيحاسب"}},
		{"a passive future", "وقال الوزير إن كل من قصر ستتم محاسبته بلا استثناء.",
			nil, []string{"قصر ستتم"}},
		{"a future verb with ن", "وقال المتحدث: من قصر سننشر اسمه على الملأ.",
			nil, []string{"قصر سننشر"}},
		{"a palace still", "واستقبل الرئيس ضيفه في قصر عابدين مساء الأحد.",
			map[string]Label{"قصر عابدين": LOC}, nil},
	})
}

// TestFloodsNoSeoul: سيول is floods as often as Seoul; it is a place only
// in a place's context (إلى سيول، العاصمة سيول), not as floods (سيول جارفة،
// ضحايا سيول البحر الميت، سيول وفيضانات).
func TestFloodsNoSeoul(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"sweeping floods", "وقطعت سيول جارفة الطريق الدولي بين المدينتين.", nil, []string{"سيول"}},
		{"floods of a place", "وارتفع عدد ضحايا سيول وادي حضرموت إلى تسعة.", nil, []string{"سيول"}},
		{"floods and rains", "وشهدت المحافظة سيول وأمطار غزيرة طوال الليل.", nil, []string{"سيول"}},
		{"Seoul after a preposition", "ووصل رئيس الوزراء الياباني إلى سيول صباح اليوم.", map[string]Label{"سيول": LOC}, nil},
	})
}
