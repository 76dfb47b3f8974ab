package naba

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

func TestInferDocDate(t *testing.T) {
	tests := []struct {
		name, text       string
		value, method    string // "" when nothing is inferred
		evidence         string
		dateText, dateIs string // a date of the text and its value
	}{
		{
			name:     "dual date in a dateline",
			text:     "عنوان الخبر\n\nجدة 3 شعبان 1440 هـ الموافق 8 أبريل 2019 م واس\nافتتح الأمير اليوم معرضاً للكتاب.",
			value:    "2019-04-08",
			method:   "dateline",
			evidence: "3 شعبان 1440 هـ الموافق 8 أبريل 2019 م",
			dateText: "اليوم", dateIs: "2019-04-08",
		},
		{
			name:     "a date line in both calendars joined by a dash, above the title",
			text:     "الأربعاء 12 سبتمبر 2018 - 02 محرم 1440 هـ\n\nدمشق (رويترز) - قال مسؤولون إن اجتماعا عقد أمس في دمشق.",
			value:    "2018-09-12",
			method:   "dual-date",
			evidence: "الأربعاء 12 سبتمبر 2018 - 02 محرم 1440 هـ",
			dateText: "أمس", dateIs: "2018-09-11",
		},
		{
			name:     "a numeric date line with a time, under the title",
			text:     "عنوان الخبر هنا\nنشر في: 12/09/2018 - 10:30\n\nقال الوزير أمس إن الخطة جاهزة.",
			value:    "2018-09-12",
			method:   "dateline",
			evidence: "12/09/2018",
			dateText: "أمس", dateIs: "2018-09-11",
		},
		{
			name:     "a numeric date line, year first, with a weekday",
			text:     "عنوان الخبر هنا\nالسبت 2018/9/15\n\nقال الوزير أمس إن الخطة جاهزة.",
			value:    "2018-09-15",
			method:   "dateline",
			evidence: "السبت 2018/9/15",
			dateText: "أمس", dateIs: "2018-09-14",
		},
		{
			name:     "a numeric date line with a bar",
			text:     "عنوان الخبر هنا\n12-09-2018 | 10:30 ص\n\nقال الوزير أمس إن الخطة جاهزة.",
			value:    "2018-09-12",
			method:   "dateline",
			evidence: "12-09-2018",
			dateText: "أمس", dateIs: "2018-09-11",
		},
		{
			name:     "a dateline with a place, a dash and a date opening the first paragraph",
			text:     "عنوان الخبر هنا\n\nبيروت - 12 أيلول 2018 - قال الوزير أمس إن الخطة جاهزة.\n\nوأضاف أن العمل يبدأ.",
			value:    "2018-09-12",
			method:   "dateline",
			evidence: "12 أيلول 2018",
			dateText: "أمس", dateIs: "2018-09-11",
		},
		{
			name:     "dateline line under the title",
			text:     "عنوان الخبر\n\nنشر في 12 مارس 2020\n\nقال الوزير أمس إن الخطة جاهزة.\n\nوأضاف أن العمل يبدأ قريباً.",
			value:    "2020-03-12",
			method:   "dateline",
			evidence: "12 مارس 2020",
			dateText: "أمس", dateIs: "2020-03-11",
		},
		{
			name: "year with past and coming dates",
			text: "عنوان الخبر\n\nأعلنت اللجنة أن مؤتمر \"Gulf Expo 2021\" سيعقد في ١٠ تشرين الأول المقبل.\n\n" +
				"وكانت اللجنة قد اجتمعت في ٥ آذار الماضي.",
			value:    "2021-03-06/2021-10-09",
			method:   "year-constraints",
			evidence: "2021",
			dateText: "٥ آذار الماضي", dateIs: "2021-03-05",
		},
		{
			name:     "year without constraints",
			text:     "عنوان الخبر\n\nقال الوزير إن عام 2021 كان صعباً، وإن الاجتماع عقد في ٥ آذار.",
			dateText: "٥ آذار", dateIs: "XXXX-03-05",
		},
		{
			name:     "a year of the past in another sentence",
			text:     "عنوان الخبر\n\nوتشن القوات هجمات منذ 18 فبراير/ شباط الماضي.\n\nوتدخلت روسيا في الحرب عام 2015.",
			dateText: "منذ 18 فبراير/ شباط الماضي", dateIs: "XXXX-02-18",
		},
		{
			name:     "two years that both fit",
			text:     "عنوان الخبر\n\nوقعت الحكومة في ٥ آذار الماضي اتفاقاً.\n\nوتتوقع نمواً في 2021 وفي 2022.",
			dateText: "٥ آذار الماضي", dateIs: "XXXX-03-05",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.text, ExtractOptions{})
			require.NoError(t, err)
			if tt.value == "" {
				assert.Nil(t, doc.Doc.InferredDate)
			} else {
				require.NotNil(t, doc.Doc.InferredDate)
				assert.Equal(t, tt.value, doc.Doc.InferredDate.Value)
				assert.Equal(t, tt.method, doc.Doc.InferredDate.Method)
				assert.Equal(t, tt.evidence, doc.Doc.InferredDate.Evidence.Text)
			}
			found := false
			for _, d := range doc.Dates {
				if d.Text == tt.dateText {
					found = true
					assert.Equal(t, tt.dateIs, d.Value, d.Text)
				}
			}
			assert.True(t, found, "date %q not found in %+v", tt.dateText, doc.Dates)
		})
	}
}

// TestSeedDatesWithoutRefDate: the seed page dates itself from NCT USA
// 2017 and its past and coming dates.
func TestSeedDatesWithoutRefDate(t *testing.T) {
	src, err := os.ReadFile(shared.Path(t, "seeds", "000_d71596f88f27592e.txt"))
	require.NoError(t, err)
	doc, err := Extract(context.Background(), string(src), ExtractOptions{})
	require.NoError(t, err)
	require.NotNil(t, doc.Doc.InferredDate)
	assert.Equal(t, "2017-06-29/2017-09-18", doc.Doc.InferredDate.Value)
	assert.Equal(t, "year-constraints", doc.Doc.InferredDate.Method)
	got := map[string]string{}
	for _, d := range doc.Dates {
		got[d.Text] = d.Value
	}
	assert.Equal(t, map[string]string{
		"صباح اليوم":                "",
		"٢٨ حزيران الماضي":          "2017-06-28",
		"من ١٩ حتى ٢١ أيلول القادم": "2017-09-19/2017-09-21",
	}, got)

	doc, err = Extract(context.Background(), string(src), ExtractOptions{RefDate: mustDate(t, "2017-07-10")})
	require.NoError(t, err)
	for _, d := range doc.Dates {
		if d.Text == "صباح اليوم" {
			assert.Equal(t, "2017-07-10", d.Value)
		}
	}
}

// TestTickerDatesReadAgainstRefDate: the ticker's relative dates are read
// against the article's day, as the annotations read a ticker (datex3;
// they stayed unresolved before), while the body's are too.
func TestTickerDatesReadAgainstRefDate(t *testing.T) {
	page := "وزير يزور حلب الخميس المقبلأمطار في دمشقتعيين محافظ جديد لحمص\n\nعنوان الخبر\n\nزار الوزير المدينة الخميس الماضي."
	doc, err := Extract(context.Background(), page, ExtractOptions{RefDate: mustDate(t, "2019-03-14")})
	require.NoError(t, err)
	got := map[string]string{}
	for _, d := range doc.Dates {
		got[d.Text+"/"+doc.area(d.Section)] = d.Value
	}
	assert.Equal(t, map[string]string{"الخميس المقبل/ticker": "2019-03-21", "الخميس الماضي/body": "2019-03-07"}, got)
}
