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

// TestDatedPersonsKeepFirstMentionOrder: when the mention dropped for a
// date was the first of a person named again further on, the entities
// are still in the order of their first mentions (the reviewer's
// leftover of stop 19), with the IDs e1 e2 … in that order and the
// mentions and roles renamed with them.
func TestDatedPersonsKeepFirstMentionOrder(t *testing.T) {
	for _, tt := range []struct {
		why      string
		mentions []Mention // in text order; the first lies in the date [10, 20)
		entities []Entity
		want     []string // the entities' names in the order expected, IDs e1 e2 …
	}{
		{"the dropped name's person named again last",
			[]Mention{{Label: PER, Start: 12, End: 16, Entity: "e1"}, {Label: LOC, Start: 30, End: 35, Entity: "e2"},
				{Label: PER, Start: 40, End: 50, Entity: "e3"}, {Label: PER, Start: 60, End: 64, Entity: "e1"}},
			[]Entity{{ID: "e1", Label: PER, Name: "أ"}, {ID: "e2", Label: LOC, Name: "ب"}, {ID: "e3", Label: PER, Name: "ج", Roles: []Role{{Title: "ت", Org: "e2"}}}},
			[]string{"ب", "ج", "أ"}},
		{"named again between two others, one entity dropped whole before it",
			[]Mention{{Label: PER, Start: 11, End: 14, Entity: "e1"}, {Label: PER, Start: 15, End: 19, Entity: "e2"},
				{Label: LOC, Start: 30, End: 35, Entity: "e3"}, {Label: PER, Start: 40, End: 44, Entity: "e1"}, {Label: ORG, Start: 50, End: 55, Entity: "e4"}},
			[]Entity{{ID: "e1", Label: PER, Name: "أ"}, {ID: "e2", Label: PER, Name: "ب"}, {ID: "e3", Label: LOC, Name: "ج"}, {ID: "e4", Label: ORG, Name: "د"}},
			[]string{"ج", "أ", "د"}},
		{"nothing moves when the person's first mention stays",
			[]Mention{{Label: LOC, Start: 2, End: 6, Entity: "e1"}, {Label: PER, Start: 12, End: 16, Entity: "e2"}, {Label: PER, Start: 40, End: 44, Entity: "e2"}},
			[]Entity{{ID: "e1", Label: LOC, Name: "أ"}, {ID: "e2", Label: PER, Name: "ب"}},
			[]string{"أ", "ب"}},
	} {
		doc := &Document{Dates: []Date{{Start: 10, End: 20}}, Mentions: tt.mentions, Entities: tt.entities}
		names := map[string]string{}
		for _, e := range tt.entities {
			names[e.ID] = e.Name
		}
		var before []string // each kept mention's entity name
		for _, m := range tt.mentions {
			if !(m.Label == PER && m.Start >= 10 && m.End <= 20) {
				before = append(before, names[m.Entity])
			}
		}
		dropDatedPersons(doc)
		var got []string
		byID := map[string]Entity{}
		for i, e := range doc.Entities {
			got = append(got, e.Name)
			assert.Equal(t, fmt.Sprintf("e%d", i+1), e.ID, tt.why)
			byID[e.ID] = e
		}
		assert.Equal(t, tt.want, got, tt.why)
		var after []string
		for _, m := range doc.Mentions {
			after = append(after, byID[m.Entity].Name)
		}
		assert.Equal(t, before, after, tt.why)
		for _, e := range doc.Entities {
			for _, r := range e.Roles {
				assert.Equal(t, "ب", byID[r.Org].Name, tt.why)
			}
		}
	}
}
