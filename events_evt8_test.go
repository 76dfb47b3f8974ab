package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// eventOf returns the first event of type typ with trigger trig in text
// (trig "" for any), and whether there is one.
func eventOf(t *testing.T, text, typ, trig string) (ev, bool) {
	t.Helper()
	for _, e := range eventsOf(t, text, "2018-10-15") {
		if e.Type == typ && (trig == "" || e.Trigger == trig) {
			return e, true
		}
	}
	return ev{}, false
}

// TestEventsStreetsArePlaces: the streets and squares of a city that a
// crowd takes to are where it protests, never who protests.
func TestEventsStreetsArePlaces(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"took to the streets of",
			"عنوان\n\nوخرج آلاف المتظاهرين إلى شوارع البصرة للمطالبة بتحسين الخدمات.", "البصرة"},
		{"gathered in the squares of",
			"عنوان\n\nواحتشد مئات المحتجين في ساحات بغداد رفضا لنتائج الانتخابات.", "بغداد"},
		{"a city's protests",
			"عنوان\n\nوتواصلت احتجاجات البصرة لليوم الخامس على التوالي.", "البصرة"},
		{"a town's demonstrations",
			"عنوان\n\nوتجددت تظاهرات الناصرية احتجاجا على انقطاع الكهرباء.", "الناصرية"},
		{"demonstrated in the streets of",
			"عنوان\n\nوتظاهر الآلاف في شوارع الخرطوم احتجاجا على غلاء الخبز.", "الخرطوم"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "protest", "")
			if assert.True(t, ok, "no protest in %q", tt.text) {
				assert.Equal(t, tt.place, e.Place)
				assert.NotContains(t, e.Participants, tt.place)
			}
		})
	}
}

// TestEventsGovernmentProtest: a capital or a country in construct after
// a protest noun stands for its government, which protests.
func TestEventsGovernmentProtest(t *testing.T) {
	for _, tt := range []struct{ text, government string }{
		{"عنوان\n\nوأثار احتجاج إيران على اعتقال دبلوماسييها أزمة جديدة.", "إيران"},
		{"عنوان\n\nوسلم احتجاج طهران إلى السفير البريطاني أمس.", "طهران"},
	} {
		e, ok := eventOf(t, tt.text, "protest", "")
		if assert.True(t, ok, "no protest in %q", tt.text) {
			assert.Empty(t, e.Place)
			assert.Contains(t, e.Participants, tt.government)
		}
	}
}

// TestEventsElectionSweptOrLed: the party that sweeps seats or leads the
// count in an election is its participant, like one that wins it (فاز).
func TestEventsElectionSweptOrLed(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the election's participants
	}{
		{"won most seats in the elections",
			"عنوان\n\nوفاز حزب العدالة والتنمية بأغلبية المقاعد في الانتخابات البلدية التي جرت الأحد.", []string{"حزب العدالة والتنمية"}},
		{"led in the elections",
			"عنوان\n\nوتصدر حزب الشعب الجمهوري النتائج في الانتخابات المحلية في أنقرة.", []string{"حزب الشعب الجمهوري"}},
		{"swept seats in the elections",
			"عنوان\n\nوحصد حزب الله 13 مقعدا في الانتخابات النيابية اللبنانية.", []string{"حزب الله"}},
		{"a clause between: no winner",
			"عنوان\n\nوحصد حزب العدالة والتنمية الجائزة، فيما تستعد البلاد للانتخابات البلدية في أنقرة.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "election", "")
			if !ok {
				assert.Nil(t, tt.want, "no election in %q", tt.text)
				return
			}
			assert.Equal(t, tt.want, e.Participants)
		})
	}
}

// TestEventsPlaceFromSentenceBefore: the strikes and the toll told in the
// next sentence are one incident and share its place; an arrest, a
// flight or a find told next is another incident, and an event that says
// where it was with a nisba (قبالة السواحل الليبية) takes no place from
// another sentence.
func TestEventsPlaceFromSentenceBefore(t *testing.T) {
	tests := []struct {
		name, text, typ, trig, place string
	}{
		{"the toll takes the strikes' place",
			"عنوان\n\nوقصفت طائرات حربية بلدة كفرنبل في ريف إدلب. وقتل خمسة مدنيين بينهم طفلان.", "death", "", "كفرنبل"},
		{"an arrest after strikes is elsewhere",
			"عنوان\n\nوقصفت طائرات حربية بلدة كفرنبل في ريف إدلب. واعتقلت قوات الأمن السورية عشرات المحتجين.", "arrest", "", ""},
		{"a find after a flight is elsewhere",
			"عنوان\n\nونزح آلاف السكان من قرى ريف حماة الشمالي. وعثر الدفاع المدني على مقبرة جماعية تضم جثث عشرين شخصا أمس.", "discovery", "", ""},
		{"a death off the coast says where it was",
			"عنوان\n\nوقصفت طائرات حربية بلدة كفرنبل في ريف إدلب. وغرق 15 مهاجرا قبالة السواحل الليبية أمس.", "death", "", ""},
		{"a death near the border says where it was",
			"عنوان\n\nوقصفت طائرات حربية مدينة دوما في الغوطة الشرقية. وقتل ثلاثة مهربين قرب الحدود الأردنية أمس.", "death", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, tt.trig)
			if tt.place == "" && !ok {
				return // nothing else to tell: no event
			}
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Equal(t, tt.place, e.Place)
				for _, p := range e.Participants {
					assert.NotContains(t, []string{"ليبيا", "الأردن", "كفرنبل", "ريف إدلب", "ريف حماة"}, p, "a nisba or a place is no participant")
				}
			}
		})
	}
}

// TestEventsArson: setting fire to a building (أحرق، أضرم النار في) is an
// attack; burning oneself, a flag or tyres in protest is not.
func TestEventsArson(t *testing.T) {
	tests := []struct {
		name, text, trig string
		attack           bool
	}{
		{"burned the consulate",
			"عنوان\n\nوأحرق محتجون مقر القنصلية الإيرانية في البصرة.", "أحرق", true},
		{"set fire to the building",
			"عنوان\n\nوأضرم مسلحون النار في مبنى المحكمة بمدينة سبها.", "أضرم", true},
		{"will burn",
			"عنوان\n\nوهدد المسلحون بأن يحرقوا مقر الحزب في طرابلس.", "يحرقوا", true},
		{"burned himself",
			"عنوان\n\nوأحرق الشاب محمد البوعزيزي نفسه أمام مقر ولاية سيدي بوزيد.", "أحرق", false},
		{"burned a flag",
			"عنوان\n\nوأحرق متظاهرون العلم الإسرائيلي أمام السفارة في عمان.", "أحرق", false},
		{"burned tyres",
			"عنوان\n\nوأحرق محتجون الإطارات في شوارع البصرة.", "أحرق", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "attack", tt.trig)
			assert.Equal(t, tt.attack, ok, "attack in %q: %+v", tt.text, eventsOf(t, tt.text, "2018-10-15"))
		})
	}
}

// TestEventsCannotButIsReal: "cannot but" (لا يمكن إلا ربطه بـ) says what
// is so: the event it ties to is no possibility; a plain يمكن still makes
// one.
func TestEventsCannotButIsReal(t *testing.T) {
	tests := []struct{ name, text, typ, place string }{
		{"tied to the elections",
			"عنوان\n\nوجاءت التصريحات في توقيت لا يمكن إلا ربطه بالانتخابات النيابية في لبنان.", "election", "لبنان"},
		{"tied to the attack",
			"عنوان\n\nوهو تصعيد لا يمكن إلا ربطه بالهجوم على مدينة حلب.", "attack", "حلب"},
		{"tied to the visit",
			"عنوان\n\nوهذا القرار لا يمكنها إلا ربطه بزيارة الرئيس الفرنسي إلى بيروت.", "visit", "بيروت"},
		{"a possibility",
			"عنوان\n\nويمكن إجراء الانتخابات النيابية في لبنان.", "election", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if tt.place == "" {
				assert.False(t, ok, "a %s in %q", tt.typ, tt.text)
				return
			}
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Equal(t, tt.place, e.Place)
			}
		})
	}
}

// TestEventsReachAgreement: who reaches an agreement (توصل … إلى اتفاق،
// إلى توافق على) are its sides; التوافق على is an agreement as الاتفاق
// على is.
func TestEventsReachAgreement(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // among the agreement's participants
	}{
		{"two movements reached a deal",
			"عنوان\n\nوتوصلت حركة فتح وحركة حماس إلى اتفاق على إجراء الانتخابات.", []string{"حركة فتح", "حركة حماس"}},
		{"two leaders reached a consensus",
			"عنوان\n\nوتوصل الرئيس محمود عباس ورئيس الوزراء إسماعيل هنية إلى توافق على تشكيل حكومة وحدة.", []string{"محمود عباس", "إسماعيل هنية"}},
		{"a consensus announced by its sides",
			"عنوان\n\nوأعلن حزب الله التوافق على ترشيح نبيه بري لرئاسة البرلمان.", []string{"حزب الله"}},
		{"the police reached no agreement",
			"عنوان\n\nوتوصلت الشرطة إلى هوية منفذي الهجوم على مدينة حلب.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "agreement", "")
			if tt.want == nil {
				assert.False(t, ok, "an agreement in %q", tt.text)
				return
			}
			if assert.True(t, ok, "no agreement in %q", tt.text) {
				assert.Subset(t, e.Participants, tt.want)
			}
		})
	}
}

// TestEventsStrikesToldTwice: the strikes of a story told once by where
// they struck (with the article) and once by who struck are one attack;
// attacks of other words stay apart.
func TestEventsStrikesToldTwice(t *testing.T) {
	tests := []struct {
		name, text string
		attacks    int
		place      string   // of the first attack
		sides      []string // among its participants
	}{
		{"western strikes, then who struck",
			"عنوان\n\nوافتتحت القمة أعمالها غداة الضربات الغربية على سوريا. وقال الأمين العام للجامعة أحمد أبو الغيط إن القمة ستناقش ملفات اليمن وليبيا. ورحب الرئيس المصري عبد الفتاح السيسي بالقادة العرب. وتأتي القمة بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا.",
			1, "سوريا", []string{"الولايات المتحدة", "بريطانيا", "فرنسا"}},
		{"the raids on a town, then who raided",
			"عنوان\n\nوتواصلت الغارات الجوية على مدينة إدلب لليوم الثالث. وقال مدير المرصد رامي عبد الرحمن إن الوضع صعب. ودعت منظمة الصحة العالمية إلى حماية المستشفيات. وقال المرصد إن غارات نفذتها روسيا استهدفت الأسواق.",
			1, "إدلب", []string{"روسيا"}},
		{"another word, another attack",
			"عنوان\n\nوتواصلت الغارات الجوية على مدينة إدلب لليوم الثالث. وقال مدير المرصد رامي عبد الرحمن إن الوضع صعب. ودعت منظمة الصحة العالمية إلى حماية المستشفيات. وقال المرصد إن هجمات نفذتها روسيا استهدفت الأسواق.",
			2, "إدلب", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var attacks []ev
			for _, e := range eventsOf(t, tt.text, "2018-04-15") {
				if e.Type == "attack" {
					attacks = append(attacks, e)
				}
			}
			if assert.Len(t, attacks, tt.attacks, "%+v", attacks) {
				assert.Equal(t, tt.place, attacks[0].Place)
				assert.Subset(t, attacks[0].Participants, tt.sides)
			}
		})
	}
}

// TestEventsStrikesTimeToldLater: strikes told again further on with a
// time in a relative clause and nothing else (للضربات التي تم شنها السبت)
// give the strikes told before their time; a time of the telling does not.
func TestEventsStrikesTimeToldLater(t *testing.T) {
	mid := " وقال الأمين العام للجامعة أحمد أبو الغيط إن القمة ستناقش ملفات اليمن وليبيا. ورحب الرئيس المصري عبد الفتاح السيسي بالقادة العرب." +
		" وشارك في القمة ممثلون عن 22 دولة. وتناولت الكلمات ملف القدس."
	tests := []struct{ name, text, time string }{
		{"support for the strikes launched on Saturday",
			"عنوان\n\nوتأتي القمة بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا على سوريا." + mid +
				" وكانت السعودية قد أعلنت دعمها الكامل للضربات التي تم شنها السبت.", "2018-04-14"},
		{"the raids carried out on Friday",
			"عنوان\n\nوشنت طائرات روسية غارات على مدينة إدلب." + mid +
				" وندد الائتلاف الوطني السوري بالغارات التي نفذت الجمعة.", "2018-04-13"},
		{"a time of the telling",
			"عنوان\n\nوشنت طائرات روسية غارات على مدينة إدلب." + mid +
				" وندد الائتلاف الوطني السوري الجمعة بالغارات.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var attacks []ev
			for _, e := range eventsOf(t, tt.text, "2018-04-15") {
				if e.Type == "attack" {
					attacks = append(attacks, e)
				}
			}
			if assert.Len(t, attacks, 1, "%+v", attacks) {
				assert.Equal(t, tt.time, attacks[0].Time)
			}
		})
	}
}
