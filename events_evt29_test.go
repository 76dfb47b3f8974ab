package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSidesHoldTalks: talks held as a noun phrase by the two sides
// (وعقد الجانبان جلسة مباحثات، وأجرى الطرفان محادثات) are a meeting of
// the two told just before, a visitor and the host who received him
// too, held where and when the visit was.
func TestEventsSidesHoldTalks(t *testing.T) {
	for _, c := range []struct {
		text, place, time string
	}{
		{"وصل رئيس الوزراء الأردني بشر الخصاونة إلى بغداد صباح الأحد، حيث كان في استقباله رئيس الوزراء العراقي مصطفى الكاظمي. وعقد الجانبان جلسة مباحثات تناولت ملفات الطاقة والتجارة.", "بغداد", "2021-02-28"},
		{"وصل وزير الخارجية التونسي عثمان الجرندي إلى الجزائر أمس، وكان في استقباله نظيره الجزائري صبري بوقادوم. وأجرى الطرفان جولة محادثات حول الحدود.", "الجزائر", "2021-03-03"},
		{"وتلقى العاهل المغربي محمد السادس اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون. وعقد الجانبان بعد ذلك جلسة مشاورات في الرباط يوم الثلاثاء.", "الرباط", "2021-03-02"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2021-03-04", "meet")
		var found bool
		for _, e := range evs {
			if len(e.Participants) == 2 {
				found = true
				assert.Equal(t, c.place, e.Place, "%s: %+v", c.text, e)
				assert.Equal(t, c.time, e.Time, "%s: %+v", c.text, e)
			}
		}
		assert.True(t, found, "%s: %+v", c.text, evs)
	}
	// The two leaders after a leader received by a deputy: not the
	// visitor and the deputy, nor the ministers who signed before.
	text := "عنوان\n\nووقع وزير الدفاع القطري خالد العطية ونظيره التركي يشار غولر اتفاقية للتعاون العسكري. وكان الأمير تميم بن حمد قد وصل إلى أنقرة أمس، وكان في استقباله نائب الرئيس التركي جودت يلماز. وعقد الزعيمان جلسة مباحثات ثنائية."
	for _, e := range eventsOf(t, text, "2021-03-04") {
		if e.Type == "meet" {
			assert.NotContains(t, e.Participants, "جودت يلماز", "%+v", e)
			assert.NotContains(t, e.Participants, "يشار غولر", "%+v", e)
		}
	}
}

// TestEventsAgreedDestination: where the goods of an agreement go
// (اتفاقية لتوريد الغاز إلى X وY) is no party of it; a party joined
// alongside (إلى جانب) still is.
func TestEventsAgreedDestination(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"ووقعت وزارة البترول المصرية اتفاقية لتصدير الغاز إلى الأردن ولبنان لمدة عشر سنوات.", []string{"وزارة البترول المصرية"}},
		{"وأبرمت شركة سوناطراك اتفاقا مع شركة إيني لمد خط أنابيب إلى إيطاليا.", []string{"سوناطراك", "إيني"}},
		{"ووقع العراق إلى جانب الأردن اتفاقا للربط الكهربائي.", []string{"العراق", "الأردن"}},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2021-03-04", "agreement")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			for _, w := range c.want {
				assert.True(t, containsPart(evs[0].Participants, w), "%s: want %s in %+v", c.text, w, evs[0])
			}
			assert.Len(t, evs[0].Participants, len(c.want), "%s: %+v", c.text, evs[0])
		}
	}
}

func containsPart(ps []string, w string) bool {
	for _, p := range ps {
		if p == w || len(p) > len(w) && (p[len(p)-len(w):] == w || p[:len(w)] == w) {
			return true
		}
	}
	return false
}

// TestEventsStackedTitles: a second title set off by commas after the
// first (وزير الدولة، وزير الخارجية، فلان) is the same person's: the name
// after it acts, and the first title is no participant of its own.
func TestEventsStackedTitles(t *testing.T) {
	for _, c := range []struct {
		text, typ, who string
	}{
		{"وقال وزير الدولة، وزير شؤون مجلس الوزراء، خالد الحربي، إن الحكومة ستعقد جلسة طارئة.", "statement", "خالد الحربي"},
		{"واستقبل نائب رئيس الوزراء، وزير الداخلية، سامي العتيبي، سفير فرنسا في مكتبه أمس.", "meet", "سامي العتيبي"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2021-03-04", c.typ)
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs[0])
			for _, p := range evs[0].Participants {
				assert.NotContains(t, []string{"وزير الدولة", "نائب رئيس الوزراء"}, p, "%s: %+v", c.text, evs[0])
			}
		}
	}
}

// TestEventsJoinedInThatClause: a verb joined by و inside a clause after
// أن whose subject is a noun that names no one (أن مواطنها بخير وسيعود
// إلى مدريد) is that subject's, not the subject of an event told before
// the clause: no return of the one who called.
func TestEventsJoinedInThatClause(t *testing.T) {
	text := "عنوان\n\nأجرى رئيس الوزراء البريطاني بوريس جونسون اتصالا هاتفيا بالرئيس الجزائري، فيما أكدت الخارجية الفرنسية أن الرهينة بخير وسيعود إلى باريس غدا الأحد."
	for _, e := range eventsOf(t, text, "2021-03-04") {
		if e.Type == "visit" {
			assert.NotContains(t, e.Participants, "بوريس جونسون", "%+v", e)
		}
	}
}

// TestEventsCurrencyNationality: the nationality of a currency in a
// title (الريال اليمني، الليرة اللبنانية) says whose money falls; it makes
// no country a party of the protest the title tells beside it.
func TestEventsCurrencyNationality(t *testing.T) {
	for _, title := range []string{
		"الجنيه السوداني يتراجع أمام الدولار ومظاهرات في أم درمان",
		"انهيار الليرة اللبنانية يشعل احتجاجات في طرابلس",
	} {
		evs := eventsOfType(t, title+"\n\nأم درمان - خاص - تراجعت العملة المحلية اليوم.", "2021-03-04", "protest")
		for _, e := range evs {
			assert.NotContains(t, e.Participants, "السودان", "%s: %+v", title, e)
			assert.NotContains(t, e.Participants, "لبنان", "%s: %+v", title, e)
		}
	}
}

// TestEventsOfficialsSeatInBrackets: an official's seat after the
// acronym of his organization in brackets (ممثل منظمة الصحة العالمية
// (WHO) في سوريا فلان) belongs to his title: the meeting he attends keeps
// the city told for it, and his organization takes no part of its own.
func TestEventsOfficialsSeatInBrackets(t *testing.T) {
	text := "عنوان\n\nوعقد محافظ درعا خالد الهنوس أمس في مدينة إزرع اجتماعا للجنة الصحية، بحضور ممثل منظمة الأمم المتحدة للطفولة (اليونيسف) في سوريا بو فيكتور نيلوند."
	evs := eventsOfType(t, text, "2021-03-04", "meet")
	if assert.Len(t, evs, 1, "%+v", evs) {
		assert.Equal(t, "إزرع", evs[0].Place, "%+v", evs[0])
		assert.Contains(t, evs[0].Participants, "خالد الهنوس", "%+v", evs[0])
	}
}

// TestEventsTollOfItsClashes: a toll told with its cause right after it
// (أصيب 12 شخصا، بينهم ثلاثة من عناصر الأمن، بمواجهات اندلعت … وسط مدينة
// X) was taken where the clashes were; an office named by its governorate
// (قرب مبنى ديوان محافظة Y وسط مدينة X) gives the city, not the
// governorate; and a count of a group told after the total (فيما أصيب
// اثنان من المتظاهرين) is part of the same toll, no second one.
func TestEventsTollOfItsClashes(t *testing.T) {
	text := "عنوان\n\nأصيب 12 شخصا، بينهم ثلاثة من عناصر الأمن، مساء الأحد، بمواجهات اندلعت بين عشرات الشبان وقوات الشرطة قرب مبنى ديوان محافظة البصرة وسط مدينة الزبير. وقال مصدر طبي إن المصابين نقلوا إلى المستشفى، فيما أصيب اثنان من المتظاهرين بجروح خطيرة."
	evs := eventsOf(t, text, "2021-03-04")
	var injuries []ev
	for _, e := range evs {
		switch e.Type {
		case "injury":
			injuries = append(injuries, e)
		case "attack":
			assert.Equal(t, "الزبير", e.Place, "%+v", e)
		}
	}
	if assert.Len(t, injuries, 1, "%+v", evs) {
		assert.Equal(t, "الزبير", injuries[0].Place, "%+v", injuries[0])
	}
}
