package naba

import "testing"

// TestEventsPressAsideAfterComma: a press conference set off by commas
// in the clause of a statement (قال الوزير، في مؤتمر صحفي مع نظيره، إن)
// is where the words were said, as it is with no commas: no meeting of
// its own. The comparison with the Arabic comma never matched the folded
// text, where every comma is ",".
func TestEventsPressAsideAfterComma(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوقال وزير الخارجية سامح شكري، خلال مؤتمر صحفي مع نظيره الأردني أيمن الصفدي في القاهرة، إن البلدين اتفقا.",
		"عنوان\n\nوأكد وزير الخارجية سامح شكري، في مؤتمر صحفي مشترك مع نظيره الأردني أيمن الصفدي في القاهرة، أن الحوار مستمر.",
	} {
		checkNotEvents(t, text, "2019-01-01", "meet")
	}
}
