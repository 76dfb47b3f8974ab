package recognizers

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseEntity(t *testing.T) {
	for _, tt := range []struct {
		part string
		want Entity
		ok   bool
	}{
		{"«15» type=date", Entity{Span: "15", Type: "date"}, true},
		{`«يوم 22/04» type=datetimeV2.date values=[{"timex": "XXXX-04-22", "type": "date", "value": "2016-04-22"}, {"timex": "XXXX-04-22", "type": "date", "value": "2017-04-22"}]`,
			Entity{Span: "يوم 22/04", Type: "datetimeV2.date", Reads: [][2]string{{"2016-04-22", "2016-04-22"}, {"2017-04-22", "2017-04-22"}}}, true},
		{`«الشهر القادم» type=daterange future={"startDate": "2016-12-01", "endDate": "2017-01-01"} past={"startDate": "2016-12-01", "endDate": "2017-01-01"}`,
			Entity{Span: "الشهر القادم", Type: "daterange", Reads: [][2]string{
				{"2016-12-01", "2017-01-01"}, {"2016-12-01", "2016-12-31"},
				{"2016-12-01", "2017-01-01"}, {"2016-12-01", "2016-12-31"},
			}}, true},
		{`«غدا» type=date values=[{"timex": "P1D"}]`, Entity{Span: "غدا", Type: "date"}, true},
		{"NONE", Entity{}, false},
		{"15 type=date", Entity{}, false},
	} {
		got, ok := ParseEntity(tt.part)
		assert.Equal(t, tt.ok, ok, tt.part)
		assert.Equal(t, tt.want, got, tt.part)
	}
}

func TestSpanFold(t *testing.T) {
	in := "إلى أبريل القادمة"
	out := SpanFold.Replace(in)
	assert.Equal(t, "الي ابريل القادمه", out)
	assert.Equal(t, len(in), len(out))
}

func TestReadSpecs(t *testing.T) {
	in := "text\tentities\tspec\treference\tx\ty\n" +
		"سأعود في 15\t«15» type=date\tSpecs/DateTime/Arabic/DateExtractor.json\t\tyes\tyes\n" +
		"a short line\tNONE\n" +
		"سأعود الآن\tNONE\tSpecs/DateTime/Arabic/DateParser.json\t2016-11-07T00:00:00\n"
	specs, err := ReadSpecs(strings.NewReader(in))
	assert.NoError(t, err)
	assert.Equal(t, []Spec{
		{Text: "سأعود في 15", Entities: "«15» type=date", File: "Specs/DateTime/Arabic/DateExtractor.json"},
		{Text: "سأعود الآن", Entities: "NONE", File: "Specs/DateTime/Arabic/DateParser.json", Ref: "2016-11-07T00:00:00"},
	}, specs)
}
