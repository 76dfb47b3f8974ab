package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of layouts and phrasings met in real news pages, written in the
// team's own sentences.

func entityNamed(doc *Document, name string) (Entity, bool) {
	for _, e := range doc.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}

func TestTickerTitleNotAnAlias(t *testing.T) {
	page := "الوزير السوري يفتتح معرضا في حلبأمطار غزيرة في دمشقتعيين محافظ جديد لحمص\n\n" +
		"وفد حكومي يزور ميناء طرطوس\n\n" +
		"طرطوس (سانا) - زار وزير الاقتصاد السوري فادي النجار ميناء طرطوس صباح اليوم.\n\n" +
		"وقال النجار إن الحكومة تعمل على زيادة الصادرات.\n"
	doc, err := Extract(context.Background(), page, ExtractOptions{})
	require.NoError(t, err)
	e, ok := entityNamed(doc, "فادي النجار")
	require.True(t, ok, "%+v", doc.Entities)
	assert.Contains(t, e.Aliases, "وزير الاقتصاد السوري")
	assert.NotContains(t, e.Aliases, "الوزير السوري", "a ticker headline is another story")
}

func TestWeekAsDays(t *testing.T) {
	doc, err := Extract(context.Background(), "عنوان الخبر\n\nوكانت الوزارة قد أعلنت الأسبوع الماضي خطة جديدة.", ExtractOptions{RefDate: mustDate(t, "2018-05-29")})
	require.NoError(t, err)
	require.Len(t, doc.Dates, 1)
	assert.Equal(t, "2018-05-21/2018-05-27", doc.Dates[0].Value)
}
