package naba

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of layouts and phrasings met in real news pages, written in the
// team's own sentences.

func entityNamed(doc *Document, name string) (Entity, bool) {
	for _, e := range doc.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}

func TestTickerTitleNotAnAlias(t *testing.T) {
	page := "الوزير السوري يفتتح معرضا في حلبأمطار غزيرة في دمشقتعيين محافظ جديد لحمص\n\n" +
		"وفد حكومي يزور ميناء طرطوس\n\n" +
		"طرطوس (سانا) - زار وزير الاقتصاد السوري فادي النجار ميناء طرطوس صباح اليوم.\n\n" +
		"وقال النجار إن الحكومة تعمل على زيادة الصادرات.\n"
	doc, err := Extract(context.Background(), page, ExtractOptions{})
	require.NoError(t, err)
	e, ok := entityNamed(doc, "فادي النجار")
	require.True(t, ok, "%+v", doc.Entities)
	assert.Contains(t, e.Aliases, "وزير الاقتصاد السوري")
	assert.NotContains(t, e.Aliases, "الوزير السوري", "a ticker headline is another story")
}

func TestWeekAsDays(t *testing.T) {
	doc, err := Extract(context.Background(), "عنوان الخبر\n\nوكانت الوزارة قد أعلنت الأسبوع الماضي خطة جديدة.", ExtractOptions{RefDate: mustDate(t, "2018-05-29")})
	require.NoError(t, err)
	require.Len(t, doc.Dates, 1)
	assert.Equal(t, "2018-05-21/2018-05-27", doc.Dates[0].Value)
}

// eventsOf extracts text with ref and summarizes its events.
func eventsOf(t *testing.T, text, ref string) []ev {
	t.Helper()
	opts := ExtractOptions{}
	if ref != "" {
		opts.RefDate = mustDate(t, ref)
	}
	doc, err := Extract(context.Background(), text, opts)
	require.NoError(t, err)
	out := summarize(doc)
	// Participants by name, for readable tests.
	names := map[string]string{}
	for _, e := range doc.Entities {
		names[e.ID] = e.Name
	}
	for i := range out {
		for j, p := range out[i].Participants {
			if n, ok := names[p]; ok {
				out[i].Participants[j] = n
			}
		}
		if n, ok := names[out[i].Place]; ok {
			out[i].Place = n
		}
	}
	return out
}

// eventsOfType returns the events of the types typs found in text, and
// fails the test when there is none: a loop that checks each event's
// arguments over what it returns cannot pass on no event.
func eventsOfType(t *testing.T, text, ref string, typs ...string) []ev {
	t.Helper()
	return eventsWhere(t, eventsOf(t, text, ref), "no "+strings.Join(typs, " or ")+" event in "+strconv.Quote(text), func(e ev) bool {
		return slices.Contains(typs, e.Type)
	})
}

// eventsWhere returns the events of evs that match, and fails the test
// with msg when there is none (eventsOfType for a type).
func eventsWhere(t *testing.T, evs []ev, msg string, match func(ev) bool) []ev {
	t.Helper()
	var out []ev
	for _, e := range evs {
		if match(e) {
			out = append(out, e)
		}
	}
	assert.NotEmpty(t, out, "%s: %+v", msg, evs)
	return out
}

// checkNotEvents fails the test when text, extracted with ref, tells an
// event of one of the kinds not: a type (attack) or a type and its
// trigger (attack:هاجمتها).
func checkNotEvents(t *testing.T, text, ref string, not ...string) {
	t.Helper()
	for _, e := range eventsOf(t, text, ref) {
		if slices.Contains(not, e.Type) || slices.Contains(not, e.Type+":"+e.Trigger) {
			t.Errorf("a %s event in %q: %+v", e.Type, text, e)
		}
	}
}

func triggers(evs []ev) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+":"+e.Trigger)
	}
	return out
}

func TestEventsNotEvents(t *testing.T) {
	tests := []struct {
		name, text string
		not        string // a type:trigger that must not be found
	}{
		{"verbal attack", "عنوان\n\nوشن رئيس الحزب هجوما حادا على الحكومة في مؤتمر صحفي عقده في بيروت.", "attack:هجوما"},
		{"speech attacked", "عنوان\n\nوقال المفوض في تصريحات هاجمتها دمشق إن الحصار غير قانوني.", "attack:هاجمتها"},
		{"chants", "عنوان\n\nوردد المتظاهرون هتافات غاضبة استهدفت صندوق النقد الدولي أمام مبنى الحكومة.", "attack:استهدفت"},
		{"dawn", "عنوان\n\nتجمع نحو ألف شخص في وسط عمان حتى فجر الثلاثاء وسط إجراءات أمنية.", "attack:فجر"},
		{"a cost", "عنوان\n\nوتقول الحكومة إن كلفة استضافة اللاجئين تجاوزت عشرة مليارات دولار.", "appoint:كلفة"},
		{"a task taken on", "عنوان\n\nأفضت الوساطة التي تولاها رئيس البرلمان سمير الخطيب إلى اتفاق بين النقابات والحكومة.", "appoint:تولاها"},
		// Aims: the object of a verbal noun of purpose.
		{"to lodge a protest", "عنوان\n\nوقالت وزارة الخارجية التركية إنها استدعت مبعوث الجامعة العربية في انقرة لتسجيل احتجاج.", "protest:احتجاج"},
		{"to hand out aid", "عنوان\n\nوكان الشبان يستعدون للدخول إلى كوباني لتوزيع المساعدات على السكان.", "aid:المساعدات"},
		{"to launch strikes", "عنوان\n\nوأصبح من الممكن أن تنطلق المقاتلات الأمريكية من قواعد في تركيا لشن ضربات.", "attack:ضربات"},
		{"to look into the blast", "عنوان\n\nوأجرى الرئيس اتصالات مع والي الولاية للوقوف على التفجير الذي ضرب البلدة.", "attack:التفجير"},
		// Background: what the people described took part in.
		{"took part in attacks", "عنوان\n\nوطلبت الوزيرة تأكيدات بأن التمويل لم يذهب لفلسطينيين شاركوا في هجمات ضد إسرائيل.", "attack:هجمات"},
		// Threats, possibilities and permissions.
		{"vowed to find", "عنوان\n\nوتوعدت الوزارة بالعثور على المدبرين في أسرع وقت ممكن.", "discovery:العثور على"},
		{"could call", "عنوان\n\nوفي حال فشلت المفاوضات يمكن لرئيس الجمهورية ان يدعو الى انتخابات جديدة.", "appeal:يدعو"},
		{"allows protests", "عنوان\n\nوقال إن الحركة مسؤولة لأنها تجيز تنظيم التظاهرات على الحدود.", "protest:التظاهرات"},
		// What an appeal asks for, however far from its verb.
		{"called for a session", "عنوان\n\nدعا رجل الدين الشيعي العراقي، مقتدى الصدر، الخميس، إلى عقد \"جلسة علنية استثنائية\" بالبرلمان، في موعد لا يتجاوز الأحد المقبل.", "meet:جلسة"},
		{"allowed to launch attacks", "عنوان\n\nواعلنت انقرة في تموز/يوليو انها سمحت للطائرات العسكرية الاميركية بشن هجمات على تنظيم داعش انطلاقا من قاعدة انجرليك.", "attack:هجمات"},
		{"demanded elections", "عنوان\n\nوطالب رئيس الحزب المعارض في مؤتمر صحفي عقده في العاصمة الخميس بإجراء انتخابات مبكرة.", "election:انتخابات"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotContains(t, triggers(eventsOf(t, tt.text, "2018-06-05")), tt.not)
		})
	}
}

func TestEventsOffice(t *testing.T) {
	evs := eventsOf(t, "عنوان\n\nوتولى سعد الحريري رئاسة الحكومة للمرة الثالثة.", "2018-05-24")
	assert.Contains(t, triggers(evs), "appoint:تولى")
}

func TestEventsActorsEnd(t *testing.T) {
	// The names that describe the target (المتحالف مع إيران وروسيا) and
	// the topic (لمناقشة ملفات سوريا واليمن) take no part.
	evs := eventsOf(t, "عنوان\n\nوجاءت القمة بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لنظام الرئيس السوري بشار الأسد المتحالف مع إيران وروسيا.", "2018-04-15")
	for _, e := range eventsWhere(t, evs, "no attack", func(e ev) bool { return e.Type == "attack" }) {
		assert.NotContains(t, e.Participants, "إيران")
		assert.NotContains(t, e.Participants, "روسيا")
		assert.Contains(t, e.Participants, "الولايات المتحدة")
	}
	evs = eventsOf(t, "عنوان\n\nافتتحت القمة العربية أعمالها في مدينة الظهران الأحد لمناقشة الوضع في سوريا واليمن.", "2018-04-15")
	require.NotEmpty(t, evs)
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "سوريا")
		assert.NotContains(t, e.Participants, "اليمن")
	}
}

func TestTeaserDated(t *testing.T) {
	page := "عنوان الخبر\n\nعمان، الأردن (CNN)-- أعلنت الحكومة الأردنية، الأحد، خطة جديدة لدعم المزارعين في وادي الأردن والأغوار الشمالية.\n" +
		"وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة للمزارعين الصغار في جميع المحافظات خلال العام المقبل.\n" +
		"وأضاف أن الحكومة ستعرض الخطة على البرلمان في دورته المقبلة لإقرارها بشكل نهائي.\n" +
		"وأشار إلى أن الحكومة تعمل مع المانحين لتأمين التمويل اللازم لتنفيذ الخطة في موعدها.\n" +
		"قالت وزارة الخارجية الروسية، الخميس، إن بلادها ستواصل دعم الحكومة السورية في حربها على الإرهاب في كل المناطق.\n" +
		"دعا مجلس الأمن الدولي، الجمعة، إلى إجراء تحقيق في الهجوم الذي استهدف حافلة مدرسية في مدينة صعدة اليمنية.\n"
	doc, err := Extract(context.Background(), page, ExtractOptions{RefDate: mustDate(t, "2018-08-12")})
	require.NoError(t, err)
	found := false
	for _, e := range doc.Events {
		if e.Trigger.Text == "دعا" {
			found = true
			assert.Equal(t, "related", doc.area(e.Section))
			var times []string
			for _, a := range e.Arguments {
				if a.Role == "time" {
					times = append(times, a.Value)
				}
			}
			assert.Equal(t, []string{"2018-08-10"}, times, "a CNN teaser is dated like the article")
		}
	}
	assert.True(t, found, "%+v", summarize(doc))
}

func TestEventsMerging(t *testing.T) {
	count := func(evs []ev, typ string) (n int, parts [][]string) {
		for _, e := range evs {
			if e.Type == typ {
				n++
				parts = append(parts, e.Participants)
			}
		}
		return n, parts
	}
	// A definite event noun refers back to the event told before it.
	evs := eventsOf(t, "عنوان\n\nومن المقرر أن يلتقي الرئيس الإيراني، حسن روحاني، بنظيريه الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان، في إيران. ويقول الكرملين إن الاجتماع سيعقد في طهران في السابع من أيلول المقبل.", "2018-09-03")
	n, parts := count(evs, "meet")
	require.Equal(t, 1, n, "%+v", evs)
	assert.ElementsMatch(t, []string{"حسن روحاني", "فلاديمير بوتين", "رجب طيب أردوغان"}, parts[0])

	// One visitor meeting two people the same day: two meetings.
	evs = eventsOf(t, "عنوان\n\nالتقى وزير الخارجية الإيراني محمد جواد ظريف نظيره السوري وليد المعلم في دمشق الاثنين. كما التقى رئيس الوزراء السوري عماد خميس ظريف الاثنين.", "2018-09-03")
	n, _ = count(evs, "meet")
	assert.Equal(t, 2, n, "%+v", evs)

	// The owner of a pronoun on an event noun is the sentence's subject.
	evs = eventsOf(t, "عنوان\n\nقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تدعم الحل السياسي. ومن المقرر أن يلتقي ظريف بالأسد خلال زيارته لسوريا التي تستغرق يوما واحدا.", "2018-09-03")
	visits := 0
	for _, e := range evs {
		if e.Type == "visit" {
			visits++
			assert.Equal(t, []string{"محمد جواد ظريف"}, e.Participants)
		}
	}
	assert.Equal(t, 1, visits, "%+v", evs)
}

func TestEventsCarriedSubject(t *testing.T) {
	for _, e := range eventsOfType(t, "عنوان\n\nوكان وزير الداخلية الأردني سمير مبيضين قد زار مسقط الشهر الماضي، ووقع مع نظيره العماني مذكرة تفاهم في المجال الأمني.", "2021-03-15", "agreement") {
		assert.Contains(t, e.Participants, "سمير مبيضين", "the subject of the clause before signs")
	}

	// وحضر اللقاء: the meeting told just before, with one more side.
	evs := eventsOf(t, "عنوان\n\nاستقبل الملك عبدالله الثاني يوم الأحد وزير الخارجية العماني بدر البوسعيدي.\nوحضر اللقاء وزير الخارجية الأردني أيمن الصفدي.", "2021-03-15")
	var meets [][]string
	for _, e := range evs {
		if e.Type == "meet" {
			meets = append(meets, e.Participants)
		}
	}
	require.Len(t, meets, 1, "%+v", evs)
	assert.ElementsMatch(t, []string{"عبدالله الثاني", "بدر البوسعيدي", "أيمن الصفدي"}, meets[0])
}

func TestEventsPlaceBefore(t *testing.T) {
	for _, e := range eventsOfType(t, "عنوان\n\nقصفت الطائرات الحربية مواقع للمسلحين في مدينة حلب صباح الأحد. وقتل خمسة مدنيين على الأقل.", "2018-03-05", "death") {
		assert.Equal(t, "حلب", e.Place, "the place of the incident told just before")
	}
	// A speaker in a headline before the place he speaks from.
	evs := eventsOf(t, "جواد ظريف من دمشق: يجب تطهير إدلب\n\nقال وزير الخارجية الإيراني محمد جواد ظريف إن إدلب يجب تطهيرها.", "2018-09-03")
	assert.Contains(t, triggers(evs), "statement::")
}

func TestEventsSourcesAndPlaces(t *testing.T) {
	evs := eventsOf(t, "الأردن: عبوة ناسفة وراء مقتل ضابط بمحيط مهرجان الفحيص\n\nوفي بيان رسمي صدر عن وزارة الداخلية الأردنية وصل لموقع CNN بالعربية نسخة منه جاء أن انفجارا وقع الجمعة في مدينة الفحيص.", "2018-08-11")
	var deathPlace string
	speaker := false
	for _, e := range evs {
		switch e.Type {
		case "death":
			deathPlace = e.Place
			assert.Empty(t, e.Participants, "a place is where a death happens")
		case "statement":
			speaker = speaker || len(e.Participants) > 0 && e.Participants[0] == "وزارة الداخلية الأردنية"
		case "visit":
			t.Errorf("a statement reaching a website is no visit: %+v", e)
		}
	}
	assert.Equal(t, "الفحيص", deathPlace)
	assert.True(t, speaker, "بيان صدر عن: the source speaks; %+v", evs)
}

func TestEventsSpeakersAndTolls(t *testing.T) {
	has := func(evs []ev, typ, who string) bool {
		for _, e := range evs {
			if e.Type == typ {
				for _, p := range e.Participants {
					if p == who {
						return true
					}
				}
			}
		}
		return false
	}
	evs := eventsOf(t, "الأردن: لن نطبق الإعادة القسرية على اللاجئين\n\nقالت الوزيرة إن الأردن ملتزم بسياسته.", "2018-09-06")
	assert.True(t, has(evs, "statement", "الأردن"), "a country speaking in the first person: %+v", evs)

	evs = eventsOf(t, "عنوان\n\nدعا رجل الدين الشيعي العراقي، مقتدى الصدر، الخميس، إلى عقد جلسة استثنائية للبرلمان.", "2018-09-06")
	assert.True(t, has(evs, "appeal", "مقتدى الصدر"), "the name after a description: %+v", evs)

	evs = eventsOf(t, "عنوان\n\nوبحث الجانبان مستجدات أزمة اللجوء السوري في الأردن.", "2018-09-06")
	assert.NotContains(t, triggers(evs), "displacement:اللجوء", "a topic is no event")

	evs = eventsOf(t, "عنوان\n\nوفي وقت سابق السبت، جرح أربعة جنود إصابة اثنين منهم بالغة بتفجير عبوة ناسفة قرب الحدود.", "2018-02-17")
	n := 0
	for _, e := range evs {
		if e.Type == "injury" {
			n++
		}
	}
	assert.Equal(t, 1, n, "part of a toll is no event of its own: %+v", evs)

	evs = eventsOf(t, "عنوان\n\nكشفت السلطات الأردنية، السبت عن حيثيات مقتل ضابط في انفجار وقع مساء الجمعة في مدينة الفحيص.", "2018-08-11")
	for _, e := range eventsWhere(t, evs, "no death", func(e ev) bool { return e.Type == "death" }) {
		assert.NotEqual(t, "2018-08-11", e.Time, "the day of the telling is not the day of the death")
	}
}

func TestEventsCourtStyle(t *testing.T) {
	text := "بيان سعودي أردني يؤكد التعاون\n\n" +
		"فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد وزير الدفاع بزيارة إلى المملكة الأردنية الهاشمية يوم الثلاثاء.\n" +
		"وعقد جلالة الملك عبدالله الثاني اجتماعا مع سموه في عمان.\n" +
		"وأشاد جلالته بدعم المملكة العربية السعودية للاقتصاد الأردني.\n"
	evs := eventsOf(t, text, "2015-08-06")
	got := map[string][]string{}
	for _, e := range evs {
		got[e.Type] = append(got[e.Type], e.Participants...)
	}
	assert.Contains(t, got["visit"], "محمد بن سلمان بن عبدالعزيز آل سعود", "a long styled subject before a light verb")
	assert.ElementsMatch(t, []string{"عبدالله الثاني", "محمد بن سلمان بن عبدالعزيز آل سعود"}, got["meet"], "سموه is the prince")
	assert.Contains(t, got["statement"], "عبدالله الثاني", "أشاد جلالته")
	assert.Contains(t, got["statement"], "المملكة العربية السعودية", "بيان سعودي أردني")

	// فخامته begins with ف, which is not the conjunction there.
	evs = eventsOf(t, "عنوان\n\nوصل فخامة الرئيس ميشال عون إلى باريس.\nوأكد فخامته أن لبنان يرفض التوطين.\n", "2018-06-05")
	got = map[string][]string{}
	for _, e := range evs {
		got[e.Type] = append(got[e.Type], e.Participants...)
	}
	assert.Contains(t, got["statement"], "ميشال عون", "أكد فخامته")
}

func TestEventsAnnouncedAndQuoted(t *testing.T) {
	evs := eventsOf(t, "عنوان\n\nأعلنت أستراليا، الاثنين، وقف مساعداتها المباشرة للسلطة الفلسطينية.\nوأقرت واشنطن في مارس الماضي قانونا أوقف بعض المساعدات.\nونقلت وكالة فرانس برس عن \"المرصد السوري لحقوق الإنسان\" قوله إن المطار ضرب.", "2018-07-02")
	var suspend, decision *ev
	speakers := []string{}
	for i := range evs {
		switch evs[i].Type {
		case "suspend":
			if suspend == nil {
				suspend = &evs[i]
			}
		case "decision":
			decision = &evs[i]
		case "statement":
			speakers = append(speakers, evs[i].Participants...)
		}
	}
	require.NotNil(t, suspend, "%+v", evs)
	assert.Equal(t, "أستراليا", suspend.Participants[0], "the announcer does what it announces")
	assert.Equal(t, "2018-07-02", suspend.Time)
	assert.NotContains(t, triggers(evs), "aid:مساعداتها", "what is stopped is no event")
	require.NotNil(t, decision, "أقرت قانونا: %+v", evs)
	assert.Equal(t, []string{"واشنطن"}, decision.Participants)
	assert.Contains(t, speakers, "المرصد السوري لحقوق الإنسان")
}

func TestEventsCarriedSpeakerAndSelfAnnounced(t *testing.T) {
	evs := eventsOf(t, "عنوان\n\nأعلنت تركيا الأربعاء أنها ستطلق قريبا هجوما واسع النطاق ضد تنظيم داعش في شمال سوريا.\n"+
		"وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية مشيرة إلى أنها تستهدف ناشطين من حزب العمال الكردستاني.\n"+
		"ندد الأمين العام لجامعة الدول العربية نبيل العربي الثلاثاء بالقصف التركي وطالب أنقرة باحترام سيادة العراق.", "2015-08-06")
	for _, e := range evs {
		switch e.Type {
		case "attack":
			assert.NotContains(t, e.Participants, "مشيرة إلى", "مشيرة is no title")
			if e.Trigger == "هجوما" || e.Trigger == "الغارات" {
				assert.Contains(t, e.Participants, "تركيا", "%+v", e)
			}
			if e.Trigger == "هجوما" {
				assert.Equal(t, "planned", e.Status)
			}
		case "appeal":
			assert.ElementsMatch(t, []string{"نبيل العربي", "أنقرة"}, e.Participants, "the speaker carried, the one called on")
		}
	}
}

func TestEventsDoerAndDescribedActors(t *testing.T) {
	for _, e := range eventsOfType(t, "عنوان\n\nوتزود تركيا مقاتلي المعارضة بالسلاح للتصدي لهجوم من المتوقع أن يشنه الجيش السوري وحلفاؤه المدعومون من روسيا وإيران على محافظة إدلب.\nوقال قائد في الجيش السوري الحر إن المعركة ستطول.", "2018-09-12", "attack") {
		assert.Equal(t, []string{"الجيش السوري"}, e.Participants, "the doer after أن يشنه, not those who back it")
		assert.Equal(t, "إدلب", e.Place)
	}
}

func TestEventsHeadlineSourceAndPlaceAnaphora(t *testing.T) {
	evs := eventsOf(t, "الصليب الأحمر: قافلة المساعدات تدخل الغوطة الشرقية\n\nوكانت اللجنة الدولية للصليب الأحمر أعلنت الخميس إرجاء قافلة المساعدات الإنسانية.\n"+
		"وسيطرت القوات على نصف الغوطة الشرقية، في وقت تسببت فيه غارات بمقتل أكثر من 62 مدنيا في هذه المنطقة.", "2018-03-09")
	types := map[string][]ev{}
	for _, e := range evs {
		types[e.Type] = append(types[e.Type], e)
	}
	assert.NotEmpty(t, types["statement"], "an organization before a headline's colon speaks: %+v", evs)
	assert.NotEmpty(t, types["suspend"], "a postponement: %+v", evs)
	for _, e := range types["aid"] {
		assert.NotEqual(t, "2018-03-08", e.Time, "the postponed convoy is no aid delivered")
	}
	require.NotEmpty(t, types["death"])
	assert.Equal(t, "الغوطة الشرقية", types["death"][0].Place, "في هذه المنطقة")
}

func TestEventsJoinedPlaces(t *testing.T) {
	evs := eventsOf(t, "عنوان\n\nكما لقي ما لا يقل عن 115 مسلحا من جبهة النصرة حتفهم جراء ضربات صاروخية نفذها التحالف الدولي وغارات لطائراته، على مقرات لجبهة النصرة في ريف حلب الغربي.", "2015-07-24")
	for _, e := range eventsWhere(t, evs, "no death or attack", func(e ev) bool { return e.Type == "death" || e.Type == "attack" }) {
		assert.Equal(t, "ريف حلب الغربي", e.Place, "%+v", e)
	}
}

func TestTitleNationals(t *testing.T) {
	evs := eventsOf(t, "خلاف تركي روسي يهيمن على القمة الثلاثية بشأن إدلب\n\nهيمنت خلافات على اجتماع رؤساء إيران وروسيا وتركيا في طهران.", "2018-09-07")
	var title []ev
	for _, e := range evs {
		if e.Trigger == "القمة" {
			title = append(title, e)
		}
	}
	require.Len(t, title, 1, "%+v", evs)
	assert.ElementsMatch(t, []string{"تركيا", "روسيا"}, title[0].Participants)
	// An adjective after a title belongs to its person.
	evs = eventsOf(t, "الرئيس التركي يصل إلى طهران للمشاركة في القمة\n\nوصل الرئيس التركي رجب طيب أردوغان إلى طهران.", "2018-09-07")
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "تركيا", "%+v", e)
	}
}

// TestEventsCapitalInCountry: a meeting told in a capital and in its
// country is one meeting, and so is a meeting of countries and the
// meeting of their leaders; a city elsewhere, two persons of one country,
// or an attack in a country and another in its capital stay apart.
func TestEventsCapitalInCountry(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string
		n          int    // events of typ
		place      string // the place of the first, if any
		parts      []string
	}{
		{"countries then leaders",
			"عنوان\n\nوتحدث ظريف عن اجتماع يعقد في السابع من سبتمبر بين إيران وتركيا وروسيا بشأن إدلب. وقال الكرملين إن الاجتماع سيعقد في طهران.\nومن المقرر أن يلتقي الرئيس الإيراني، حسن روحاني، بنظيريه الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان، في إيران.",
			"meet", 1, "طهران", []string{"إيران", "تركيا", "روسيا", "حسن روحاني", "فلاديمير بوتين", "رجب طيب أردوغان"}},
		{"city then country",
			"عنوان\n\nالتقى وزير الخارجية الروسي سيرجي لافروف نظيره التركي مولود جاوش أوغلو في أنقرة.\nوبحث لافروف خلال لقائه مولود جاوش أوغلو في تركيا الوضع في سوريا.",
			"meet", 1, "أنقرة", nil},
		{"another city of the country",
			"عنوان\n\nالتقى وزير الخارجية الروسي سيرجي لافروف نظيره التركي مولود جاوش أوغلو في أنقرة.\nوالتقى لافروف مولود جاوش أوغلو في إسطنبول.",
			"meet", 2, "", nil},
		{"a capital not of that country",
			"عنوان\n\nالتقى وزير الخارجية الروسي سيرجي لافروف نظيره التركي مولود جاوش أوغلو في أنقرة.\nوالتقى لافروف مولود جاوش أوغلو في روسيا.",
			"meet", 2, "", nil},
		{"attacks in a country and its capital",
			"عنوان\n\nأفادت الأنباء بوقوع انفجارات في مطار عسكري قرب دمشق.\nوفي مايو، شنت إسرائيل ضربات على مواقع داخل سوريا.",
			"attack", 2, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-09-03")
			var got []ev
			for _, e := range evs {
				if e.Type == tt.typ {
					got = append(got, e)
				}
			}
			require.Len(t, got, tt.n, "%+v", evs)
			if tt.place != "" {
				assert.Equal(t, tt.place, got[0].Place)
			}
			if tt.parts != nil {
				assert.ElementsMatch(t, tt.parts, got[0].Participants)
			}
		})
	}
}

// TestEventsAimsKept: a meeting or a visit one goes to hold is planned and
// stays an event; an attack told with the article is the attack itself.
func TestEventsAimsKept(t *testing.T) {
	tests := []struct {
		name, text, want string // want: a type:trigger that must be found
	}{
		{"to hold talks", "عنوان\n\nووصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق لإجراء محادثات مع المسؤولين السوريين.", "meet:محادثات"},
		{"took part in the attack", "عنوان\n\nوقال الجيش إن مقاتلين من حزب الله شاركوا في الهجوم على مدينة القصير أمس.", "attack:الهجوم"},
		{"an attack, then a purpose", "عنوان\n\nوشنت طائرات التحالف غارات على مواقع التنظيم قرب الرقة لتدمير مخازن الأسلحة.", "attack:غارات"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, triggers(eventsOf(t, tt.text, "2018-06-05")), tt.want)
		})
	}
}

// TestEventsMeetingForm: a meeting noun after a meeting verb and في is the
// form of that meeting (يلتئم في جلسة عامة), not another one.
func TestEventsMeetingForm(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوالتأم مؤتمر نزع السلاح في جلسة عامة في جنيف الثلاثاء.",
		"عنوان\n\nواجتمع وزراء الخارجية العرب في جلسة طارئة في القاهرة.",
		"عنوان\n\nواجتمع مجلس الوزراء في قمة استثنائية في الرياض.",
	} {
		n := 0
		for _, e := range eventsOf(t, text, "2018-05-28") {
			if e.Type == "meet" {
				n++
			}
		}
		assert.Equal(t, 1, n, text)
	}
}

// TestEventsBorderNoSide: the country across a border (الحدودية مع سوريا،
// قرب الحدود مع تركيا) is no side of the event told there.
func TestEventsBorderNoSide(t *testing.T) {
	tests := []struct{ text, typ, not string }{
		{"عنوان\n\nواستهدف انتحاري طلابا في مدينة سوروتش جنوب تركيا الحدودية مع سوريا.", "attack", "سوريا"},
		{"سوريا.. مواجهات بين جبهة النصرة والجيش الحر قرب الحدود مع تركيا\n\nنص الخبر.", "attack", "تركيا"},
		{"عنوان\n\nوهاجمت جبهة النصرة مقاتلي الجيش الحر على حدودها مع تركيا.", "attack", "تركيا"},
	}
	for _, tt := range tests {
		for _, e := range eventsOfType(t, tt.text, "2015-08-01", tt.typ) {
			assert.NotContains(t, e.Participants, tt.not, tt.text)
		}
	}
}

// TestEventsAmmaTopic: the person after أما is the subject of the verb
// with ف that answers it.
func TestEventsAmmaTopic(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"عنوان\n\nأما وزير الإعلام رمزي جريج وخلال تلاوته المقررات الرسمية للجلسة، فأعلن أن الوزراء طلبوا مهلة.", "statement", "رمزي جريج"},
		{"عنوان\n\nأما الرئيس ميشال عون فدعا إلى الإسراع في تشكيل الحكومة.", "appeal", "ميشال عون"},
	}
	for _, tt := range tests {
		for _, e := range eventsOfType(t, tt.text, "2015-08-06", tt.typ) {
			assert.Contains(t, e.Participants, tt.want, tt.text)
		}
	}
}

// TestEventsDescriptionDate: a date in a clause that describes a name
// (وهو تحالف تشكل هذا العام) is not the time of the event told.
func TestEventsDescriptionDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"عنوان\n\nوقال جيش الثوار -وهو تحالف لجماعات المقاتلين تشكل هذا العام- إن أربعة من أفراده قتلوا.", ""},
		{"عنوان\n\nوقال جيش الثوار، وهو تحالف لجماعات المقاتلين تشكل هذا العام، الجمعة إن أربعة من أفراده قتلوا.", "2015-07-31"},
	}
	for _, tt := range tests {
		for _, e := range eventsOfType(t, tt.text, "2015-08-01", "statement") {
			assert.Equal(t, tt.want, e.Time, tt.text)
		}
	}
}

// TestEventsQuotePlace: in the words of a speaker on a visit, the visit's
// place is not where the deaths told were; a quoted toll after the place
// it happened keeps it.
func TestEventsQuotePlace(t *testing.T) {
	evs := eventsOf(t, "عنوان\n\nوقال الرئيس التركي إردوغان خلال زيارة إلى قبرص: «نحن في حداد بسبب عمل إرهابي أوقع 30 قتيلا».", "2015-07-21")
	for _, e := range eventsWhere(t, evs, "no death", func(e ev) bool { return e.Type == "death" }) {
		assert.NotEqual(t, "قبرص", e.Place)
	}
	for _, e := range eventsOfType(t, "عنوان\n\nوشرح الوزير ملابسات ما حدث في مدينة السلط الأردنية، ليعلن \"استشهاد 4 من رجال القوات المسلحة الأردنية\".", "2018-08-13", "death") {
		assert.Equal(t, "السلط", e.Place)
	}
}

// TestEventsTopicVerb: what a call or a meeting dealt with (تناولت ملفي
// الحرب في سوريا) is its topic, not its place.
func TestEventsTopicVerb(t *testing.T) {
	for _, e := range eventsOfType(t, "عنوان\n\nوجاء ذلك غداة محادثة هاتفية بين الرئيس الأمريكي باراك اوباما ونظيره التركي رجب طيب اردوغان تناولت خصوصا ملفي الحرب في سوريا والعراق.", "2015-07-24", "contact") {
		assert.Empty(t, e.Place)
		assert.ElementsMatch(t, []string{"باراك اوباما", "رجب طيب اردوغان"}, e.Participants)
	}
}

// TestEventsPlannedNotToldDay: a planned event without a date of its own
// is not dated by the day it was announced; a past one still is.
func TestEventsPlannedNotToldDay(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"عنوان\n\nوأعلنت تركيا الأربعاء أنها ستطلق قريبا هجوما واسع النطاق ضد تنظيم داعش في شمال سوريا.", "attack", ""},
		{"عنوان\n\nوكان وزير الخارجية الأمريكي جون كيري أعلن الاثنين عن اللقاء المرتقب مع سيرجي لافروف في الدوحة.", "meet", ""},
		{"عنوان\n\nوأعلنت أستراليا، الاثنين، وقف مساعداتها المباشرة للسلطة الفلسطينية.", "suspend", "2015-08-03"},
	}
	for _, tt := range tests {
		for _, e := range eventsOfType(t, tt.text, "2015-08-06", tt.typ) {
			assert.Equal(t, tt.want, e.Time, tt.text)
		}
	}
}

// TestEventsParticiples: a circumstantial participle of appeal after a
// comma (…، داعيا إلى) is an appeal of the subject of the verb it
// follows, never of a name after it; participles that go on with what is
// told (مؤكدا، مضيفا، محذرا) add no event of their own, and a participle
// with no verb event before it, or a noun of the same letters, none.
func TestEventsParticiples(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // the appeals' participants
	}{
		{"appeal after a statement",
			"عنوان\n\nوقال وزير الخارجية المصري سامح شكري إن الوضع خطير، داعيا إلى وقف القتال فورا.",
			[][]string{{"سامح شكري"}}},
		{"the one called on is no speaker",
			"عنوان\n\nوقالت وزيرة الخارجية السويدية مارغوت فالستروم إن الوضع خطير، مطالبة روسيا بوقف الغارات.",
			[][]string{{"مارغوت فالستروم", "روسيا"}}}, // the speaker first; the one called on takes part (blind26)
		{"after a quote",
			"عنوان\n\nوقال الرئيس الإيراني حسن روحاني إن العملية العسكرية \"أمر لا بد منه\"، مطالبا \"كل المسلحين بإلقاء السلاح\".",
			[][]string{{"حسن روحاني"}}},
		{"a quote over sentences",
			"عنوان\n\nوقال الرئيس التركي رجب طيب أردوغان: «نحن في حداد. أنا أندد بهذا العمل»، داعيا إلى حملة دولية لمكافحة الإرهاب.",
			[][]string{{"رجب طيب أردوغان"}}},
		{"after a meeting verb",
			"عنوان\n\nاستقبل الرئيس اللبناني ميشال عون وزير الخارجية الإيراني محمد جواد ظريف في بيروت، داعيا إلى الحوار.",
			[][]string{{"ميشال عون"}}},
		{"what the statement tells is not the clause's verb",
			"عنوان\n\nوقال المتحدث باسم الوزارة أحمد حافظ إن وفد حماس زار القاهرة، مطالبا بتهدئة فورية.",
			[][]string{{"أحمد حافظ"}}},
		{"going on with the statement",
			"عنوان\n\nوقال وزير الخارجية المصري سامح شكري إن الوضع خطير، مؤكدا أن الحل سياسي، ومحذرا من التصعيد.",
			nil},
		{"no verb before",
			"عنوان\n\nويبدو الوضع هادئا، داعيا إلى التفاؤل.",
			nil},
		{"a preacher",
			"عنوان\n\nوالتقى الداعية عمرو خالد بالطلاب في القاهرة.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, e := range eventsOf(t, tt.text, "2018-09-07") {
				if e.Type == "appeal" {
					got = append(got, e.Participants)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsDescribedActor: an actor the text describes but does not
// name, opening the clause of the verb (انتحاري يفجر نفسه), is the
// event's participant, as text; a description elsewhere in the clause, or
// a word that is no actor, is none.
func TestEventsDescribedActor(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the attack's participants
	}{
		{"a headline", "انتحاري يفجر نفسه بأكراد أتراك\n\nنص.", []string{"انتحاري"}},
		{"with a nationality", "عاجل: مستوطنون إسرائيليون يهاجمون قرية قرب نابلس\n\nنص.", []string{"مستوطنون إسرائيليون"}},
		{"and the target after", "مسلحون مجهولون يغتالون الصحفي أحمد حسن في درعا\n\nنص.", []string{"مسلحون مجهولون", "أحمد حسن"}},
		{"in the body", "عنوان\n\nمسلحون يقتحمون مقر البرلمان في طرابلس.", []string{"مسلحون"}},
		{"no actor", "عنوان\n\nالليلة الماضية قصفت مواقع في حلب.", nil},
		// verb-subject order: a plural in the nominative after the verb
		{"after the verb", "عنوان\n\nاغتال مسلحون مجهولون القيادي عبد الله الحوثري في عدن.", []string{"مسلحون مجهولون", "عبد الله الحوثري"}},
		{"after the verb, a nationality", "عنوان\n\nوهاجم مستوطنون إسرائيليون قرية بورين قرب نابلس.", []string{"مستوطنون إسرائيليون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2015-07-21", "attack")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.want, evs[0].Participants)
		})
	}
}
