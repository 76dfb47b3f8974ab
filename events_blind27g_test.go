package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsDiscussedProjectPlace: a meeting that discusses setting up or
// holding something (بحث إقامة معرض، ناقش إنشاء مصنع) is not where or
// when that project is to be: the place and the date told after the
// project's noun are the project's. Where the meeting is stays its own.
// Sentences written for this test.
func TestEventsDiscussedProjectPlace(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nوبحث وزير التجارة سمير عبيد مع نظيره يوسف الشامي إقامة معرض مشترك في وهران في أكتوبر المقبل.", "2025-08-06", "meet")
	require.NotEmpty(t, evs)
	assert.Empty(t, evs[0].Place, "%+v", evs)
	assert.Empty(t, evs[0].Time, "%+v", evs)
	evs = eventsOfType(t, "عنوان\n\nوبحث وزير التجارة سمير عبيد في وهران أمس إقامة معرض مشترك.", "2025-08-06", "meet")
	require.NotEmpty(t, evs)
	assert.Equal(t, "وهران", evs[0].Place, "%+v", evs)
}
