package entities

import "testing"

// TestDistrictListedOrCoordinated: مديرية before a listed town, or before
// a rare word without the article, is a district, a place named by the
// town (the longer form an alias), where it read as a directorate; a
// second district after و is a place too; a directorate named by a
// frequent word before a city stays a body.
func TestDistrictListedOrCoordinated(t *testing.T) {
	checkLabelCases(t, []labelCase{
		{"a listed town after the head", "وفي مديرية حيس جنوب المحافظة قتل ثلاثة مدنيين بقذيفة.", LOC, "حيس", "مديرية حيس"},
		{"a listed town before a comma", "واتهمت الجماعة التحالف بقصف سوق شعبي في مديرية زبيد، وقال المتحدث إن الضحايا مدنيون.", LOC, "زبيد", "مديرية زبيد"},
		{"a rare word without the article", "وتقدمت القوات باتجاه مديرية باجل وإلى عدن خلال اليومين الماضيين.", LOC, "باجل", "مديرية باجل"},
		{"two districts, the first named", "كما شهدت مديرية الدريهمي والتحيتا اشتباكات متقطعة.", LOC, "الدريهمي", "مديرية الدريهمي"},
		{"two districts, the second named", "كما شهدت مديرية الدريهمي والتحيتا اشتباكات متقطعة.", LOC, "التحيتا", ""},
		{"a security directorate of a city", "وكانت مديرية أمن الإسكندرية قد أعلنت القبض على المتهم.", ORG, "مديرية أمن الإسكندرية", ""},
		{"an education directorate", "وقالت مديرية التربية في حلب إن المدارس ستفتح أبوابها.", ORG, "مديرية التربية", ""},
	})
}
