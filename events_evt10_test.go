package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// evt10Case is a text and the type:trigger an event of it must have
// (want) or must not have (not), with the participant or place the
// wanted event must hold when one is given.
type evt10Case struct {
	name, text string
	want, not  string
	part       string
	place      string
}

func checkEvt10Cases(t *testing.T, tests []evt10Case) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, "عنوان\n\n"+tt.text, "2019-04-10")
			trs := triggers(evs)
			if tt.not != "" {
				assert.NotContains(t, trs, tt.not, "%+v", evs)
			}
			if tt.want == "" {
				return
			}
			if !assert.Contains(t, trs, tt.want, "%+v", evs) {
				return
			}
			for _, e := range evs {
				if e.Type+":"+e.Trigger != tt.want {
					continue
				}
				if tt.part != "" {
					assert.Contains(t, e.Participants, tt.part, "%+v", e)
				}
				if tt.place != "" {
					assert.Equal(t, tt.place, e.Place, "%+v", e)
				}
			}
		})
	}
}

// TestEventsOrderedDetention: a detention an order gives (أمرت النيابة
// بحبس) is an arrest; a sentence a court hands down stays the trial's
// (قضت المحكمة بحبس), and حبس with no order before it is no event.
func TestEventsOrderedDetention(t *testing.T) {
	checkEvt10Cases(t, []evt10Case{
		{name: "the prosecution orders a suspect held",
			text: "وأمرت النيابة العامة في تونس، بعد استجواب طويل، بحبس رجل الأعمال شفيق الجراية خمسة عشر يوما.",
			want: "arrest:حبس", part: "شفيق الجراية"},
		{name: "an order in the present tense",
			text: "النيابة المصرية تأمر بحبس الصحفي هشام جعفر على ذمة التحقيق في القاهرة.",
			want: "arrest:حبس"},
		{name: "a court's sentence is no arrest",
			text: "وقضت محكمة جنايات الجيزة بحبس الناشط أحمد دومة ثلاث سنوات.",
			not:  "arrest:حبس"},
		{name: "no order",
			text: "وتابع الجمهور المباراة بحبس الأنفاس حتى صافرة الحكم في ملعب القاهرة.",
			not:  "arrest:حبس"},
	})
}

// TestEventsInspection: an official's inspection (تفقد) is a visit; the
// same letters are also the feminine imperfect of فقد (loses).
func TestEventsInspection(t *testing.T) {
	checkEvt10Cases(t, []evt10Case{
		{name: "the verb with a title after it",
			text: "وتفقد وزير الصحة التونسي عبد الرؤوف الشريف مستشفى الرابطة في تونس العاصمة أمس.",
			want: "visit:تفقد", part: "عبد الرؤوف الشريف"},
		{name: "the noun after خلال, a site and a time",
			text: "وقال رئيس الوزراء العراقي حيدر العبادي، خلال تفقده مقر الفرقة الذهبية صباح اليوم، إن المعركة قريبة.",
			want: "visit:تفقده", part: "حيدر العبادي"},
		{name: "loses, not inspects",
			text: "وتفقد الليرة التركية مزيدا من قيمتها أمام الدولار في أسواق إسطنبول.",
			not:  "visit:تفقد"},
	})
}

// TestEventsEvacuation: an evacuation (إخلاء), families moved (نقل
// أسر) and people forced to leave (أجبر … على مغادرة) are displacements;
// إخلاء سبيل is a release, نقل المصابين and a player forced off the
// pitch are none; and an evacuation decided by an unnamed authority
// (قررت السلطات إخلاء) is told as the evacuation, not a decision.
func TestEventsEvacuation(t *testing.T) {
	checkEvt10Cases(t, []evt10Case{
		{name: "evacuation of buildings",
			text: "وبدأت فرق الدفاع المدني إخلاء المنازل القريبة من السد في مدينة الموصل.",
			want: "displacement:إخلاء", place: "الموصل"},
		{name: "a release, not an evacuation",
			text: "وأمر قاضي التحقيق بإخلاء سبيل الناشط محمد بن سالم بكفالة في تونس.",
			want: "release:إخلاء سبيل", not: "displacement:إخلاء"},
		{name: "families moved",
			text: "وتولت البلدية نقل 120 عائلة إلى مدارس حكومية في مدينة صيدا.",
			want: "displacement:نقل", place: "صيدا"},
		{name: "the wounded moved are no displacement",
			text: "وجرى نقل الجرحى إلى مستشفى الرازي في مدينة صيدا.",
			not:  "displacement:نقل"},
		{name: "people forced from their homes",
			text: "وأجبر الجيش الإسرائيلي عشرات العائلات على مغادرة منازلها في قرية الخان الأحمر.",
			want: "displacement:أجبر"},
		{name: "a player forced off the pitch",
			text: "وأجبرت الإصابة لاعب الوسط على مغادرة الملعب في الدقيقة العشرين بملعب رادس.",
			not:  "displacement:أجبرت"},
		{name: "an evacuation decided",
			text: "وقررت السلطات المحلية إخلاء ثلاثة أبراج سكنية في حي الكرادة ببغداد.",
			want: "displacement:إخلاء", not: "decision:قررت"},
	})
}

// TestEventsVisitPlaceAfterNisba: a visit's place after a place head and
// a nationality adjective (إلى العاصمة العراقية بغداد), and a place right
// after a title with its nationality adjective, the object of the visit
// verb (يزور وزير الخارجية الإيراني بغداد), not a word of the title.
func TestEventsVisitPlaceAfterNisba(t *testing.T) {
	checkEvt10Cases(t, []evt10Case{
		{name: "the capital, its nisba, its name",
			text: "وصل رئيس الوزراء الأردني عمر الرزاز، مساء الأحد، إلى العاصمة العراقية بغداد في زيارة رسمية.",
			want: "visit:وصل", part: "عمر الرزاز", place: "بغداد"},
		{name: "the visited place after a title",
			text: "ويزور وزير الخارجية الفرنسي بيروت يوم الخميس المقبل للقاء المسؤولين.",
			want: "visit:يزور", part: "وزير الخارجية الفرنسي", place: "بيروت"},
		{name: "the visited place after a title, past",
			text: "وزار وزير الدفاع الأمريكي كابول أمس في زيارة لم يعلن عنها مسبقا.",
			want: "visit:زار", part: "وزير الدفاع الأمريكي", place: "كابول"},
	})
}

// TestEventsTwoOfOneTypeInSentence: two events of one type in one
// sentence that name one place stay two when the later one, joined by و,
// comes after the earlier one's place (the place is the earlier one's),
// or is told in a clause of what came before it (بعد أن); joined with
// no place between, or told twice of one incident, they stay one.
func TestEventsTwoOfOneTypeInSentence(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string // the triggers of typ, in text order
	}{
		{"a headline of clashes and strikes",
			"سوريا: اشتباكات عنيفة في ريف درعا الشرقي وقصف لطائرات النظام على مواقع المعارضة\n\nوقال مصدر محلي إن الوضع صعب.",
			"attack", []string{"اشتباكات", "قصف"}},
		{"the same in a body sentence",
			"عنوان\n\nوشهدت الليلة الماضية معارك ضارية في أحياء مدينة تعز الشرقية وغارات لطيران التحالف على تجمعات المسلحين.",
			"attack", []string{"معارك", "غارات"}},
		{"a detention ordered after an arrest",
			"عنوان\n\nوأمرت النيابة العامة بحبس المهندس سامي عبد الله أربعة أيام على ذمة التحقيق في القاهرة، بعد أن ألقت الشرطة القبض عليه مساء الأحد.",
			"arrest", []string{"حبس", "القبض عليه"}},
		{"a detention ordered after an arrest, بعدما in one word",
			"عنوان\n\nوأمرت النيابة العامة بحبس المهندس سامي عبد الله أربعة أيام على ذمة التحقيق في القاهرة، بعدما ألقت الشرطة القبض عليه مساء الأحد.",
			"arrest", []string{"حبس", "القبض عليه"}},
		{"joined with no place between: one incident",
			"عنوان\n\nوقتل عشرة مسلحين جراء ضربات صاروخية نفذها التحالف الدولي وغارات لطائراته على مقرات في ريف حلب الغربي.",
			"attack", []string{"ضربات"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range eventsOf(t, tt.text, "2019-04-10") {
				if e.Type == tt.typ {
					got = append(got, e.Trigger)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEventsPluperfectBackground: an event told in a later paragraph in
// the pluperfect with a date of its own (وكانت القوات قد أطلقت عملية
// عسكرية … في 13 يونيو) is the story's background, not the event of the
// same place told without a date before; told without a date of its own
// it still merges.
func TestEventsPluperfectBackground(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // attacks
	}{
		{"a dated background",
			"عنوان\n\nوتتواصل الاشتباكات العنيفة في محيط مدينة مأرب لليوم الرابع.\n\nوكان الجيش قد شن هجوما واسعا على مواقع المسلحين في مأرب في 3 فبراير الماضي.",
			2},
		{"an undated pluperfect merges",
			"عنوان\n\nوتتواصل الاشتباكات العنيفة في محيط مدينة مأرب لليوم الرابع.\n\nوكان الجيش قد شن هجوما واسعا على مواقع المسلحين في مأرب.",
			1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			evs := eventsOf(t, tt.text, "2019-04-10")
			for _, e := range evs {
				if e.Type == "attack" {
					n++
				}
			}
			assert.Equal(t, tt.want, n, "%+v", evs)
		})
	}
}

// TestEventsQuotedConjoinedSides: names in quotation marks joined by و
// (ووقعت "أرامكو" و"توتال"، وبحث "حزب الله" و"حركة أمل") are the sides,
// as they are without the marks; so is a company or a movement word
// before a quoted name (شركة "أرامكو").
func TestEventsQuotedConjoinedSides(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string
	}{
		{"a signing, quoted",
			`عنوان` + "\n\n" + `ووقعت "أرامكو" و"توتال" اتفاقا لبناء مصفاة جديدة في مدينة الجبيل.`,
			"agreement", []string{"أرامكو", "توتال"}},
		{"a signing, unquoted",
			"عنوان\n\nووقعت أرامكو وتوتال اتفاقا لبناء مصفاة جديدة في مدينة الجبيل.",
			"agreement", []string{"أرامكو", "توتال"}},
		{"a company word before the quoted name",
			`عنوان` + "\n\n" + `ووقعت شركة "أرامكو" السعودية و"توتال" الفرنسية اتفاقا لبناء مصفاة في مدينة الجبيل.`,
			"agreement", []string{"أرامكو", "توتال"}},
		{"talks, quoted",
			`عنوان` + "\n\n" + `وبحث "حزب الله" و"حركة أمل" الأوضاع السياسية في بيروت.`,
			"meet", []string{"حزب الله", "حركة أمل"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-04-10", tt.typ)
			if len(evs) > 0 {
				assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
			}
		})
	}
}

// TestEventsSensesOfWrittenTexts: senses of trigger words outside
// politics and war. فجر before a day or a date, or after a clock time,
// is the dawn; يلتقي with a round, a ground or a league in its clause is
// a match; بحث خلاله tells what was discussed during the event before;
// أحداث (events) folds like إحداث (creating) and creates nothing unless
// a body follows; signing a loan (توقع قرضا) is an agreement.
func TestEventsSensesOfWrittenTexts(t *testing.T) {
	checkEvt10Cases(t, []evt10Case{
		{name: "dawn before a day",
			text: "وتلقت غرفة العمليات بلاغا في تمام الساعة 2:30 فجر يوم 5-4-2019 بانهيار منزل في حي باب الشعرية بالقاهرة.",
			not:  "attack:فجر"},
		{name: "blew himself up",
			text: "وفجر انتحاري نفسه وسط سوق شعبي في مدينة كركوك صباح اليوم.",
			want: "attack:فجر", place: "كركوك"},
		{name: "a match, not a meeting",
			text: "ويلتقي الأهلي مع الزمالك في الجولة العاشرة من الدوري يوم الجمعة المقبل على ستاد القاهرة.",
			not:  "meet:يلتقي"},
		{name: "a meeting",
			text: "ويلتقي وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان يوم الأحد المقبل.",
			want: "meet:يلتقي", part: "سامح شكري"},
		{name: "discussed during a call",
			text: "وأجرى الرئيس التونسي الباجي قائد السبسي اتصالا هاتفيا مع العاهل المغربي الملك محمد السادس، مساء أمس الثلاثاء، بحث خلاله الجانبان العلاقات الثنائية.",
			want: "contact:اتصالا هاتفيا", not: "meet:بحث"},
		{name: "events, not creation",
			text: "وتضاعف عدد المباني المخالفة في مدينة طنطا بعد أحداث يناير 2011 في ظل غياب الرقابة.",
			not:  "establish:أحداث"},
		{name: "a loan signed in a headline",
			text: "وتونس توقع قرضا بقيمة 300 مليون دولار مع البنك الدولي",
			want: "agreement:توقع"},
	})
}

// TestEventsApproval: a body's approval (موافقة المجلس … على، وافق
// البرلمان على) is a decision; a person's consent is none.
func TestEventsApproval(t *testing.T) {
	checkEvt10Cases(t, []evt10Case{
		{name: "the approval of a board",
			text: "ويأتي القرض بعد موافقة مجلس إدارة البنك الدولي، في 12 مارس، على تمويل مشروعات الطاقة في المغرب.",
			want: "decision:موافقة"},
		{name: "a parliament approved",
			text: "ووافق مجلس النواب الأردني على مشروع قانون الضريبة في جلسة استثنائية.",
			want: "decision:وافق"},
		{name: "a person's consent",
			text: "وأكد المصدر أن رئيس النادي محمود الخطيب وافق مبدئيا على قيمة الصفقة.",
			not:  "decision:وافق"},
	})
}
