package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/normalize"
)

// TestClauseTense: a date written without its year takes the year its
// clause's tense asks for, under the default policy. The article is of
// Monday 2018-09-03 (23 Dhu al-Hijja 1439).
func TestClauseTense(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-09-03")})
	n := normalize.MustNew(normalize.Search)
	cases := []struct {
		in, text, iso string
	}{
		// present tense of an event being held: the coming occurrence
		{"وتحدث ظريف عن اجتماع يعقد في السابع والعشرين من سبتمبر/أيلول بين إيران وتركيا وروسيا", "السابع والعشرين من سبتمبر/أيلول", "2018-09-27"},
		{"تعقد القمة العربية في 27 أيلول في الظهران", "27 أيلول", "2018-09-27"},
		{"وتنعقد القمة في 15 كانون الأول في الكويت", "15 كانون الأول", "2018-12-15"},
		{"ويقام المهرجان في 12 جانفي بالعاصمة", "12 جانفي", "2019-01-12"},
		{"يعقد المؤتمر الوطني في 27 شتنبر بالرباط", "27 شتنبر", "2018-09-27"},
		// future verbs and cues
		{"ستعقد القمة في 27 سبتمبر", "27 سبتمبر", "2018-09-27"},
		{"سوف يزور الرئيس باريس في 20 أكتوبر", "20 أكتوبر", "2018-10-20"},
		{"ومن المنتظر أن يصل الوفد في 15 كانون الثاني", "15 كانون الثاني", "2019-01-15"},
		{"يتوقع أن تصدر النتائج في 2 فبراير", "2 فبراير", "2019-02-02"},
		{"وحددت اللجنة موعد الانتخابات في 20 آب", "20 آب", "2019-08-20"},
		{"قال أمس إن القمة ستعقد في 27 سبتمبر", "27 سبتمبر", "2018-09-27"},
		{"اللقاء في 27 سبتمبر المقبل", "27 سبتمبر المقبل", "2018-09-27"},
		// past verbs: the last occurrence, even one due in the coming days
		{"عقد الاجتماع في السابع من سبتمبر", "السابع من سبتمبر", "2017-09-07"},
		{"وجرت الانتخابات في 5 سبتمبر", "5 سبتمبر", "2017-09-05"},
		{"انعقدت القمة في 15 كانون الأول", "15 كانون الأول", "2017-12-15"},
		{"في 7 سبتمبر جرت الانتخابات", "7 سبتمبر", "2017-09-07"},
		// no cue: the news policy as before (the coming two weeks, else the past)
		{"عن اجتماع في السابع من سبتمبر", "السابع من سبتمبر", "2018-09-07"},
		{"عن اجتماع في العشرين من أكتوبر", "العشرين من أكتوبر", "2017-10-20"},
		// adverbs of time date the telling verb, not the date: no cue
		{"قال أمس إن الاجتماع في السابع من سبتمبر", "السابع من سبتمبر", "2018-09-07"},
		{"أعلنت الوزارة أمس عن مؤتمر في 10 سبتمبر", "10 سبتمبر", "2018-09-10"},
		{"وكشف الأسبوع الماضي عن خطة لقمة في 12 سبتمبر", "12 سبتمبر", "2018-09-12"},
		// a weekday fixes the year whatever the tense
		{"أقيمت المباراة يوم الأحد 9 سبتمبر", "يوم الأحد 9 سبتمبر", "2018-09-09"},
		// a postponement's date is the new one
		{"أجلت المحكمة النظر في القضية إلى جلسة 20 أكتوبر", "20 أكتوبر", "2018-10-20"},
		{"وقررت الهيئة إرجاء التصويت إلى 14 نوفمبر", "14 نوفمبر", "2018-11-14"},
		// أجلت is also "evacuated": a postponement cue only for a date after إلى
		{"وأجلت السلطات مئات العائلات من المنطقة يوم 20 أبريل", "يوم 20 أبريل", "2018-04-20"},
		{"وقال الدفاع المدني إن فرقه أجلت السكان في 6 مايو", "6 مايو", "2018-05-06"},
		{"وأرجأت اللجنة الاجتماع إلى يوم 20 أبريل", "يوم 20 أبريل", "2019-04-20"},
		// من أجل is "for the sake of", no postponement
		{"وتظاهر الآلاف من أجل الإفراج عن المعتقلين يوم 20 أبريل", "يوم 20 أبريل", "2018-04-20"},
		{"وعقد الوزراء اجتماعا طارئا من أجل بحث الأزمة في 12 أبريل", "12 أبريل", "2018-04-12"},
		// the days of one list resolve alike, though the cue is far from the second
		{"وأكد الوزير أن الانتخابات العامة ستجري في العاشر من تشرين الأول المقبل، على أن يصوت المغتربون في 20 و22 أيلول", "22 أيلول", "2018-09-22"},
		// a date soon after one to come, with no tense of its own, is to come
		{"وتبدأ الحملة مطلع الشهر المقبل وتستمر حتى 20 أكتوبر", "حتى 20 أكتوبر", "2018-10-20"},
		{"وبدأت الحملة مطلع الشهر الماضي واستمرت حتى 20 أكتوبر", "حتى 20 أكتوبر", "2017-10-20"},
		// Hijri months: 5 Rabi al-Awwal 1440 is 2018-11-13, of 1439 2017-11-23
		{"تعقد الندوة في 5 ربيع الأول", "5 ربيع الأول", "2018-11-13"},
		{"عقدت الندوة في 5 ربيع الأول", "5 ربيع الأول", "2017-11-23"},
		{"ندوة في 5 ربيع الأول", "5 ربيع الأول", "2017-11-23"},
	}
	for _, c := range cases {
		// Find reads the text; FindText an analyzed Text; AppendText with
		// folded set, as the pipeline calls it.
		tx := n.Analyze(c.in)
		for _, got := range [][]Date{p.Find(c.in), p.FindText(tx), p.AppendText(nil, tx, true)} {
			if !assert.NotEmpty(t, got, c.in) {
				continue
			}
			d := got[len(got)-1]
			assert.Equal(t, c.text, d.Text, c.in)
			assert.Equal(t, c.iso, d.ISO(), c.in)
			assert.True(t, d.YearInferred, c.in)
		}
	}
}

// TestClauseTensePolicies: the cues only steer the default policy.
func TestClauseTensePolicies(t *testing.T) {
	ref := day("2018-09-03")
	for _, c := range []struct {
		pol     YearPolicy
		in, iso string
	}{
		{AlwaysPast, "تعقد القمة في 27 أيلول", "2017-09-27"},
		{AlwaysFuture, "عقدت القمة في 27 أيلول", "2018-09-27"},
		{Nearest, "عقدت القمة في 7 أيلول", "2018-09-07"},
	} {
		got := MustNew(Options{Reference: ref, YearPolicy: c.pol}).Find(c.in)
		if assert.Len(t, got, 1, c.in) {
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
		}
	}
	// without a reference the year stays unknown
	got := MustNew(Options{}).Find("تعقد القمة في 27 أيلول")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "XXXX-09-27", got[0].ISO())
	}
}
