package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDatedPersonsDropped: a word the dates stage reads as a month or a
// day is no person's name, however the recognizer typed it (the Maghrebi
// جوان "June" is also a given name); persons next to a date stay.
func TestDatedPersonsDropped(t *testing.T) {
	tests := []struct {
		name, text string
		persons    []string
	}{
		{"a Maghrebi month after a day",
			"عنوان\n\nوصادق نواب المجلس الشعبي الوطني على مخطط الحكومة في 22 جوان الماضي.", nil},
		{"the month at a year's half",
			"عنوان\n\nوتراجع احتياطي الصرف إلى 97 مليار دولار نهاية جوان بحسب بنك الجزائر.", nil},
		{"a person right before a date stays",
			"عنوان\n\nواستقبل الرئيس عبد العزيز بوتفليقة يوم 15 جويلية سفير فرنسا بالجزائر.", []string{"عبد العزيز بوتفليقة"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.text, ExtractOptions{RefDate: mustDate(t, "2017-08-15")})
			require.NoError(t, err)
			var got []string
			for _, m := range doc.Mentions {
				if m.Label == PER {
					got = append(got, m.Text)
				}
			}
			assert.Equal(t, tt.persons, got)
			for _, e := range doc.Entities {
				if e.Label == PER {
					assert.Contains(t, tt.persons, e.Name)
				}
			}
			assert.NotEmpty(t, doc.Dates)
		})
	}
}
