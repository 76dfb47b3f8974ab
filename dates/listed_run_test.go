package dates

import "testing"

// Three or more days in a row listed before their month are one interval,
// as two are (TestListedDays). Sentences written for this test; ref2017 is
// Monday 10 July 2017.
func TestListedDaysRun(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"يصوت المغتربون أيام 8 و9 و10 آب المقبل", "8 و9 و10 آب المقبل", "2017-08-08/2017-08-10"},
		{"أقيم المهرجان في ٤ و٥ و٦ و٧ آذار الماضي", "٤ و٥ و٦ و٧ آذار الماضي", "2017-03-04/2017-03-07"},
		{"عقدت الجلسات في الثالث والرابع والخامس من أيار", "الثالث والرابع والخامس من أيار", "2017-05-03/2017-05-05"},
	})
	// a gap in the run: the days before it stay one interval, the last its own date
	got := ref2017.Find("جرت اللقاءات في 3 و4 و9 أيار 2016")
	if len(got) != 2 || got[0].Text != "3 و4" || got[0].ISO() != "2016-05-03/2016-05-04" || got[1].ISO() != "2016-05-09" {
		t.Errorf("got %v", got)
	}
}
