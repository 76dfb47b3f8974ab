package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSeasonQuarterMarked: a season and a quarter say what they name, and
// keep their months; a half is neither. Phrases written for this test.
func TestSeasonQuarterMarked(t *testing.T) {
	for _, tt := range []struct {
		in              string
		season, quarter bool
		iso             string
	}{
		{"سافر في ربيع عام 2011", true, false, "2011-03/2011-05"},
		{"عاد في الخريف الماضي", true, false, "2016-09/2016-11"},
		{"تراجعت في الربع الثالث من 2015", false, true, "2015-07/2015-09"},
		{"تنتعش في الربع المقبل", false, true, "2017-10/2017-12"},
		{"نمت في النصف الثاني من 2014", false, false, "2014-07/2014-12"},
	} {
		got := ref2017.Find(tt.in)
		if assert.Len(t, got, 1, tt.in) {
			assert.Equal(t, tt.season, got[0].Season, tt.in)
			assert.Equal(t, tt.quarter, got[0].Quarter, tt.in)
			assert.Equal(t, tt.iso, got[0].ISO(), tt.in)
		}
	}
}
