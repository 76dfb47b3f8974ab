package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDependentClauseInItsSentence (refac4): the tense a weekday in a
// clause of before/after (قبل أن + a verb in the present) takes from the
// clause it depends on is read in its own sentence: a future cue or a
// date to come in the sentence before, past its end (. ! ؟ ؛ …), is no
// cue of it, and the bare weekday is the last one, as with no cue at all;
// a comma does not end the sentence. Sentences written for this test;
// the article is of Wednesday 2019-06-19.
func TestDependentClauseInItsSentence(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-19")})
	const before = "وستنطلق أعمال المنتدى الاقتصادي في العاصمة يوم الخميس المقبل"
	const after = " والوفد الوزاري في جولة خليجية قبل أن يعود إلى بلاده الأحد"
	for _, c := range []struct{ name, sep, iso string }{
		{"a full stop", ".", "2019-06-16"},
		{"a question mark", "؟", "2019-06-16"},
		{"an exclamation mark", "!", "2019-06-16"},
		{"a semicolon", "؛", "2019-06-16"},
		{"an ellipsis", "…", "2019-06-16"},
		{"a line break", "\n", "2019-06-16"},
		{"a comma goes on", "،", "2019-06-23"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := before + c.sep + after
			got := p.Find(in)
			if assert.Len(t, got, 2, in) {
				assert.Equal(t, "2019-06-20", got[0].ISO(), in)
				assert.Equal(t, "الأحد", got[1].Text, in)
				assert.Equal(t, c.iso, got[1].ISO(), in)
			}
		})
	}
}

// TestYearlessInDependentClause (refac4): a day or a month written
// without its year in a clause of before/after (قبل أن/بعد أن + a verb in
// the present) takes its year from the clause it depends on, as a bare
// weekday does: a visit to come makes it the coming one, an act told in
// the past the last one; بعد أن + a verb in the past its own past. A
// relative day to come (غدا، بعد غد) or a later day of the reference's
// month (في 27 الشهر الجاري) is a date to come that governs the clause
// after it, as الأسبوع المقبل is. Sentences written for this test; the
// article is of Wednesday 2019-06-19.
func TestYearlessInDependentClause(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-19")})
	for _, c := range []struct{ name, in, text, iso string }{
		{"a past act: the last month",
			"واختتم الفريق معسكره التدريبي في الجبال، قبل أن ينتقل إلى الساحل في أغسطس",
			"أغسطس", "2018-08"},
		{"a visit to come: the coming June 12",
			"ومن المنتظر أن تزور اللجنة مخيمات اللاجئين في محافظات الشمال والشرق خلال جولتها الطويلة، قبل أن ترفع توصياتها في 12 يونيو",
			"12 يونيو", "2020-06-12"},
		{"a visit to come: the coming April",
			"وسيشارك المنتخب في دورة ودية بالخارج، على أن يستأنف تدريباته المحلية، قبل أن يخوض التصفيات في أبريل",
			"أبريل", "2020-04"},
		{"بعد أن and a past verb",
			"ومن المنتظر أن تزور اللجنة مخيمات اللاجئين في محافظات الشمال والشرق خلال جولتها الطويلة، بعد أن رفعت توصياتها في 2 يوليو",
			"2 يوليو", "2018-07-02"},
		{"tomorrow governs",
			"وبعثة صندوق النقد الدولي في العاصمة غدا، للقاء محافظ البنك المركزي، قبل أن تغادر السبت",
			"السبت", "2019-06-22"},
		{"the day after tomorrow governs",
			"والرئيس أمام البرلمان بعد غد، في جلسة استثنائية، قبل أن يتوجه إلى القاهرة الأحد",
			"الأحد", "2019-06-23"},
		{"a later day of this month governs",
			"والوزيرة في جولتها الأوروبية في 27 الشهر الجاري، ثم في برلين، قبل أن تعود في 3 مايو",
			"3 مايو", "2020-05-03"},
		{"an earlier day of this month does not",
			"والوزيرة في جولتها الأوروبية في 4 الشهر الجاري، ثم في برلين، قبل أن تعود السبت",
			"السبت", "2019-06-15"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := p.Find(c.in)
			if assert.NotEmpty(t, got, c.in) {
				last := got[len(got)-1]
				assert.Equal(t, c.text, last.Text, c.in)
				assert.Equal(t, c.iso, last.ISO(), c.in)
			}
		})
	}
}

// TestYearlessAfterPastAct (review14): a day written without its year
// in a clause of what one does before (قبل أن + a verb in the present)
// after an act told in the past is not pushed back a year: what comes
// after the act may still be to come, and the last one would put it
// before the act, dated or not. It keeps its own reading (a day up to two
// weeks ahead is the coming one). A weekday still takes the past.
// Sentences written for this test; the article is of Wednesday
// 2019-06-19.
func TestYearlessAfterPastAct(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-19")})
	for _, c := range []struct{ name, in, text, iso string }{
		{"an undated past act",
			"وعقد المراقبون الدوليون لقاءاتهم مع رؤساء مراكز الاقتراع في الأرياف، قبل أن يرفعوا تقريرهم في 2 يوليو",
			"2 يوليو", "2019-07-02"},
		{"an act of yesterday",
			"وعقد مجلس إدارة الشركة اجتماعه أمس مع ممثلي العمال، قبل أن يصدر قراره النهائي في 25 يونيو",
			"25 يونيو", "2019-06-25"},
		{"an act dated earlier this month",
			"وعقدت اللجنة أولى جلسات الاستماع في 10 يونيو الجاري، قبل أن تعلن نتائجها في 20 يونيو",
			"20 يونيو", "2019-06-20"},
		{"a day long past stays past",
			"وعقد المراقبون الدوليون لقاءاتهم مع رؤساء مراكز الاقتراع في الأرياف، قبل أن يرفعوا تقريرهم في 2 مايو",
			"2 مايو", "2019-05-02"},
		{"a weekday still the last",
			"وعقد المراقبون الدوليون لقاءاتهم مع رؤساء مراكز الاقتراع في الأرياف، قبل أن يغادروا البلاد السبت",
			"السبت", "2019-06-15"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := p.Find(c.in)
			if assert.NotEmpty(t, got, c.in) {
				last := got[len(got)-1]
				assert.Equal(t, c.text, last.Text, c.in)
				assert.Equal(t, c.iso, last.ISO(), c.in)
			}
		})
	}
}
