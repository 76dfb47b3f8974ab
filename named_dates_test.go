package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNamedDatesDropped: a day word inside the name of an organization
// (a party, a newspaper) is a word of the name, no date of the text, and
// no event takes it for its time; dates next to a name stay. Sentences
// written for this test.
func TestNamedDatesDropped(t *testing.T) {
	tests := []struct {
		name, text string
		dates      []string
	}{
		{"a party named tomorrow",
			"عنوان\n\nوقال المتحدث باسم حزب الغد إن الحزب سيقدم مرشحا للانتخابات.", nil},
		{"a newspaper ending in today",
			"عنوان\n\nونشرت صحيفة المصري اليوم تقريرا عن أسعار الوقود.", nil},
		{"a channel named tomorrow, beside a true date",
			"عنوان\n\nوذكرت قناة الغد العربي مساء الأحد أن الوفد وصل إلى العاصمة.", []string{"مساء الأحد"}},
		{"a date right after an organization stays",
			"عنوان\n\nواجتمع مجلس الوزراء أمس لبحث الموازنة.", []string{"أمس"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.text, ExtractOptions{RefDate: mustDate(t, "2019-03-12")})
			require.NoError(t, err)
			var got []string
			for _, d := range doc.Dates {
				got = append(got, d.Text)
			}
			assert.Equal(t, tt.dates, got)
			for _, e := range doc.Events {
				for _, a := range e.Arguments {
					if a.Role == "time" {
						assert.NotEqual(t, "2019-03-13", a.Value, "%s takes its time from a name", e.Type)
					}
				}
			}
		})
	}
}
