package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCasualtyCountsAreNoNames: a count of the dead or wounded opening a
// headline after its dateline (البصرة - قتيلان في مواجهات …) is never a
// name, whatever the tagger makes of a headline's first word.
func TestCasualtyCountsAreNoNames(t *testing.T) {
	for _, text := range []string{
		"الناصرية - قتيلان في مواجهات بين محتجين وقوات الأمن في الناصرية\n\nوقعت المواجهات مساء الأحد.",
		"العريش - جريحان في هجوم على دورية للجيش\n\nوقع الهجوم فجر اليوم.",
		"حلب - قتلى وجرحى في قصف على حي الشعار\n\nتواصل القصف لليوم الثالث.",
	} {
		doc, err := Extract(context.Background(), text, ExtractOptions{})
		require.NoError(t, err)
		for _, m := range doc.Mentions {
			assert.NotContains(t, []string{"قتيلان", "جريحان", "قتلى", "جرحى"}, text[m.Start:m.End], "%q: %+v", text, m)
		}
	}
}
