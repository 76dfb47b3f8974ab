package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNationalityRoleOrg: a title with a nationality (الرئيس السوري)
// takes as its organization the entity of that country where the text
// names it, under any of its names, and none where it does not; in a long
// text of many such titles and places, every title still finds it.
func TestNationalityRoleOrg(t *testing.T) {
	tests := []struct {
		text, person, org string // org "" for no organization
	}{
		{"قال الرئيس السوري بشار الأسد إن سوريا ستنتصر.", "بشار الأسد", "سوريا"},
		{"قال الرئيس السوري بشار الأسد في دمشق.", "بشار الأسد", ""},
		{"زار وزير الخارجية الأردني أيمن الصفدي لبنان، والتقى الرئيس اللبناني ميشال عون. وقال الصفدي إن الأردن يدعم لبنان.", "أيمن الصفدي", "الأردن"},
		{"زار وزير الخارجية الأردني أيمن الصفدي لبنان، والتقى الرئيس اللبناني ميشال عون. وقال الصفدي إن الأردن يدعم لبنان.", "ميشال عون", "لبنان"},
		{"قال وزير الخارجية الأردني أيمن الصفدي إن المملكة الأردنية الهاشمية والأردن.", "أيمن الصفدي", "المملكة الأردنية الهاشمية"},
		{strings.Repeat("قال الرئيس السوري بشار الأسد في دمشق وحلب وحمص. ", 300) + "وسوريا.", "بشار الأسد", "سوريا"},
	}
	for _, tc := range tests {
		res := fullOnce().RecognizeString(tc.text)
		var found bool
		for _, e := range res.Entities {
			if e.Name != tc.person {
				continue
			}
			found = true
			require.NotEmpty(t, e.Roles, "%.80s", tc.text)
			for _, r := range e.Roles {
				org := ""
				if r.Org >= 0 {
					org = res.Entities[r.Org].Name
				}
				assert.Equal(t, tc.org, org, "%s in %.80s", tc.person, tc.text)
			}
		}
		assert.True(t, found, "no %s in %.80s", tc.person, tc.text)
	}
}
