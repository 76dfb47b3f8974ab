package naba

import (
	"context"
	"fmt"
	"strings"
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

// TestDatedPersonsLeaveNoGap: the entities after a person dropped for a
// date keep the IDs e1 e2 … in order, and every mention, role and event
// argument names an entity of the document.
func TestDatedPersonsLeaveNoGap(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوفي 5 جوان الماضي أعلن الوزير رشيد حمدي خطة جديدة في وهران.",
		"عنوان\n\nوانخفضت الودائع إلى 40 مليار دينار نهاية جوان بحسب بنك الجزائر. وقال مدير البنك سمير عياد إن الوضع مستقر.",
	} {
		doc, err := Extract(context.Background(), text, ExtractOptions{RefDate: mustDate(t, "2019-09-01")})
		require.NoError(t, err)
		ids := map[string]bool{}
		for i, e := range doc.Entities {
			assert.Equal(t, fmt.Sprintf("e%d", i+1), e.ID, text)
			ids[e.ID] = true
		}
		for _, m := range doc.Mentions {
			assert.True(t, m.Entity == "" || ids[m.Entity], "%s: %+v", text, m)
			assert.False(t, m.Label == PER && strings.Contains(m.Text, "جو"), "%s: %+v", text, m)
		}
		for _, e := range doc.Entities {
			for _, r := range e.Roles {
				assert.True(t, r.Org == "" || ids[r.Org], "%s: %+v", text, r)
			}
		}
		for _, ev := range doc.Events {
			for _, a := range ev.Arguments {
				assert.True(t, a.Entity == "" || ids[a.Entity], "%s: %+v", text, a)
			}
		}
	}
}
