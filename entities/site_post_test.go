package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSiteOrPost: موقع before anything but a listed site's name is a
// post (تولى موقع نائب القائد) or a site (موقع الانفجار), no website and
// no organization; before a listed name the name is the site.
func TestSiteOrPost(t *testing.T) {
	tests := []struct {
		why, in, org string // org "" means: no organization
	}{
		{"a post", "وشغل الرجل موقع نائب قائد الأركان حتى وفاته.", ""},
		{"a site", "ووصلت فرق الإسعاف إلى موقع الانفجار بعد دقائق.", ""},
		{"a listed website", "ونشر موقع الجزيرة نت تقريرا عن الحسابات المحذوفة.", "الجزيرة نت"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == ORG })
			if tt.org == "" {
				assert.Equal(t, -1, k, "%s: %s: %v", tt.why, tt.in, mentions(res))
			} else if assert.GreaterOrEqual(t, k, 0, "%s: %s: %v", tt.why, tt.in, mentions(res)) {
				assert.Equal(t, tt.org, res.Mentions[k].Text, "%s: %s", tt.why, tt.in)
			}
		}
	}
}
