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
