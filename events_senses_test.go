package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An eventCase is a text with the event of type typ it must hold and,
// where given, a participant, the place and the time of its first one.
type eventCase struct {
	name, text, typ, part, place, time string
}

// checkEventCases asserts each case's event (reference date 2018-06-05).
func checkEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if len(evs) == 0 {
				return
			}
			if tt.part != "" {
				assert.Contains(t, evs[0].Participants, tt.part, "%+v", evs)
			}
			if tt.place != "" {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
			if tt.time != "" {
				assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
			}
		})
	}
}

// TestEventsTriggerSenses: trigger words whose event depends on what
// follows them. Handing out medicine or food (وزع، توزيع، شحنة أدوية) is
// aid; breaking up a cell (تفكيك خلية) and detaining persons (أوقف
// مشتبها، ضبط ثلاثة أشخاص) is an arrest, while أوقف العمل is no arrest;
// a central bank's change of its interest rate (رفع، خفض، تثبيت سعر
// الفائدة) is a decision.
func TestEventsTriggerSenses(t *testing.T) {
	tests := []eventCase{
		{"food baskets handed out",
			"عنوان\n\nووزع الهلال الأحمر السوري سلالا غذائية على الأهالي في مدينة دوما.", "aid", "الهلال الأحمر السوري", "دوما", ""},
		{"vaccines handed out",
			"عنوان\n\nوتوزع منظمة اليونيسف لقاحات على الأطفال في مخيمات عرسال.", "aid", "منظمة اليونيسف", "عرسال", ""},
		{"a shipment of medicine",
			"عنوان\n\nووصلت شحنة أدوية إلى مطار صنعاء الدولي أمس.", "aid", "", "", "2018-06-04"},
		{"a network broken up",
			"عنوان\n\nوأعلنت المديرية العامة للأمن الوطني تفكيك شبكة لتهريب المخدرات تنشط في مدينة فاس.", "arrest", "المديرية العامة للأمن الوطني", "فاس", ""},
		{"persons detained",
			"عنوان\n\nوأوقفت الشرطة الفرنسية ثلاثة أشخاص يشتبه في انتمائهم إلى تنظيم داعش في مدينة ليون مساء الأحد.", "arrest", "الشرطة الفرنسية", "ليون", "2018-06-03"},
		{"a suspect detained",
			"عنوان\n\nوأوقف الأمن التونسي مشتبها به في العاصمة تونس أمس.", "arrest", "", "تونس", "2018-06-04"},
		{"the rate cut",
			"عنوان\n\nوخفض البنك المركزي التركي أسعار الفائدة إلى 17 في المئة.", "decision", "البنك المركزي التركي", "", ""},
		{"the rate kept",
			"عنوان\n\nوأعلن بنك إنجلترا تثبيت سعر الفائدة عند 0.75 في المئة الخميس.", "decision", "بنك إنجلترا", "", "2018-05-31"},
	}
	checkEventCases(t, tests)
	// The same words with other objects are other events, or none.
	for _, tt := range []struct{ name, text, not string }{
		{"work stopped", "عنوان\n\nوأوقفت الشركة العمل في مصنعها بمدينة حلب.", "arrest"},
		{"restraint", "عنوان\n\nودعا الأمين العام الطرفين إلى ضبط النفس في اليمن.", "arrest"},
		{"posts shared out", "عنوان\n\nووزع الرئيس الحقائب الوزارية على الأحزاب في بغداد.", "aid"},
		{"flags raised", "عنوان\n\nورفع المتظاهرون الأعلام في ساحة التحرير ببغداد.", "decision"},
		{"aid to hand out", "عنوان\n\nوتوجهت القافلة إلى حلب لتوزيع الأدوية على المستشفيات.", "aid:لتوزيع"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2018-06-05", tt.not)
		})
	}
}

// TestEventsSummitOrTop: قمة is a summit of leaders; a league's top match
// (قمة الدوري، مباراة القمة), the top of a mountain or a feeling's height
// (في قمة السعادة) is no meeting.
func TestEventsSummitOrTop(t *testing.T) {
	tests := []struct {
		name, text string
		meet       bool
	}{
		{"Arab summit",
			"عنوان\n\nوتنطلق أعمال القمة العربية في الظهران الأحد المقبل بمشاركة القادة العرب.", true},
		{"summit of the two leaders",
			"عنوان\n\nوعقدت قمة بين الرئيسين الروسي والتركي في أنقرة.", true},
		{"league's top match",
			"عنوان\n\nوفاز الوداد على الرجاء في قمة الدوري المغربي مساء الأحد بالدار البيضاء.", false},
		{"the top match",
			"عنوان\n\nوحسم الهلال مباراة القمة أمام النصر بهدف نظيف في الرياض.", false},
		{"top of the mountain",
			"عنوان\n\nووصل المتسلقون إلى قمة جبل إيفرست في نيبال.", false},
		{"height of joy",
			"عنوان\n\nوكان اللاعبون في قمة السعادة بعد التتويج في القاهرة.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "meet", "")
			assert.Equal(t, tt.meet, ok, "meet in %q: %+v", tt.text, eventsOf(t, tt.text, "2018-10-15"))
		})
	}
}

// TestEventsOathAndConfidence: taking the oath of office (أدى اليمين)
// appoints; a vote of confidence (منح الثقة) does not: it is the
// parliament's decision (TestEventsParliamentVote); أدى إلى (led to) the
// rise of the right (اليمين) appoints nobody; a counted noun (مع 14
// وزيرا) is no office.
func TestEventsOathAndConfidence(t *testing.T) {
	tests := []struct {
		name, text, part, position string
		appoint                    bool
	}{
		{"sworn in",
			"عنوان\n\nوأدى رئيس الوزراء الإسباني بيدرو سانشيز اليمين الدستورية أمام الملك فيليبي السادس في مدريد.", "بيدرو سانشيز", "", true},
		{"sworn in with ministers",
			"عنوان\n\nوكان عبد المهدي قد أدى اليمين الدستورية مع 14 وزيرا في حكومته.", "عبد المهدي", "", true},
		{"confidence vote",
			"عنوان\n\nوصوت البرلمان التونسي على منح الثقة لحكومة يوسف الشاهد بأغلبية 167 صوتا.", "", "", false},
		{"led to the rise of the right",
			"عنوان\n\nوأدى ذلك إلى صعود اليمين المتطرف في إيطاليا.", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "appoint", "")
			if assert.Equal(t, tt.appoint, ok, "appoint in %q", tt.text) && ok {
				if tt.part != "" {
					assert.Contains(t, e.Participants, tt.part)
				}
				assert.Equal(t, tt.position, e.Position)
			}
		})
	}
}

// TestEventsTimeAsideInClause: a time set off by commas (، أمس الأحد،)
// does not end the clause in which a trigger's object is looked for; a
// nisba with the article is the subject's adjective (الحكومة الجزائرية),
// without it a person detained (مغربيا).
func TestEventsTimeAsideInClause(t *testing.T) {
	tests := []struct {
		name, text string
		arrest     bool
	}{
		{"yesterday Sunday",
			"عنوان\n\nوأوقفت الشرطة المغربية، أمس الأحد، شخصين يشتبه في تورطهما في سرقة بالدار البيضاء.", true},
		{"on Thursday",
			"عنوان\n\nوأوقفت قوات الأمن الجزائرية، الخميس، ثلاثة أشخاص في ولاية وهران.", true},
		{"stopped the work",
			"عنوان\n\nوأوقفت الحكومة الجزائرية، الخميس، العمل بالقرار في ولاية وهران.", false},
		{"a nisba as a noun",
			"عنوان\n\nوأوقفت الشرطة الإسبانية، الجمعة، مغربيا يشتبه في انتمائه إلى خلية متطرفة في برشلونة.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "arrest", "")
			assert.Equal(t, tt.arrest, ok, "arrest in %q: %+v", tt.text, eventsOf(t, tt.text, "2018-11-11"))
		})
	}
}

// TestEventsCourtChamber: a chamber of a court (الدائرة الجنائية، الغرفة
// الجنائية) rules, and a sentence in the clause (قضت … بالسجن) makes قضى
// a ruling; a span spent in prison (قضى عشرين عاما بالسجن) does not.
func TestEventsCourtChamber(t *testing.T) {
	tests := []struct {
		name, text string
		trial      bool
	}{
		{"criminal chamber",
			"عنوان\n\nوفي تونس، قضت الدائرة الجنائية المختصة في قضايا الإرهاب بالسجن 20 عاما في حق متهم بالهجوم على متحف باردو.", true},
		{"criminal chamber of the appeal court",
			"عنوان\n\nوقضت الغرفة الجنائية بمحكمة الاستئناف في الرباط بإعدام المتهم الرئيسي.", true},
		{"sentence after a long subject",
			"عنوان\n\nوقضت هيئة المحكمة العسكرية في القاهرة، الأحد، بالسجن المؤبد على 12 متهما.", true},
		{"spent years in prison",
			"عنوان\n\nوقضى المعارض التونسي عشرين عاما بالسجن في تونس.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "trial", "")
			assert.Equal(t, tt.trial, ok, "trial in %q: %+v", tt.text, eventsOf(t, tt.text, "2018-11-11"))
		})
	}
}

// TestEventsFlightOrDesertion: فرار is people fleeing; desertion named as
// a crime (جرائم الفرار الداخلي، بتهمة الفرار من الخدمة) is no displacement.
func TestEventsFlightOrDesertion(t *testing.T) {
	tests := []struct {
		name, text string
		displaced  bool
	}{
		{"civilians fleeing",
			"عنوان\n\nوتواصل فرار المدنيين من ريف إدلب باتجاه الحدود التركية.", true},
		{"amnesty for desertion",
			"عنوان\n\nوأصدر الرئيس السوري مرسوما بعفو عام عن جرائم الفرار الداخلي والخارجي في سوريا.", false},
		{"charged with desertion",
			"عنوان\n\nواعتقل الجندي في حلب بتهمة الفرار من الخدمة العسكرية.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, "displacement", "")
			assert.Equal(t, tt.displaced, ok, "displacement in %q: %+v", tt.text, eventsOf(t, tt.text, "2018-10-15"))
		})
	}
}

// TestEventsSportAndMarketSenses: أضاف is a statement, not a goal added
// (أضاف صلاح الهدف الثالث); أغلق closes a crossing, not a market's session
// (أغلقت البورصة تعاملاتها على ارتفاع، ليغلق المؤشر عند 5200 نقطة).
func TestEventsSportAndMarketSenses(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            bool
	}{
		{"added a goal", "عنوان\n\nوأضاف المهاجم المصري محمد صلاح الهدف الثالث لليفربول في الدقيقة 80.", "statement", false},
		{"added a second goal", "عنوان\n\nوأضاف ساديو ماني هدفا ثانيا في الشوط الثاني.", "statement", false},
		{"added that the aim", "عنوان\n\nوأضاف الوزير محمد العرابي أن الهدف هو حماية الحدود.", "statement", true},
		{"the bourse closed", "عنوان\n\nوأغلقت البورصة المصرية تعاملاتها على ارتفاع بنسبة 1.2 في المئة.", "suspend", false},
		{"a crossing closed", "عنوان\n\nوأغلقت السلطات التركية معبر باب الهوى.", "suspend", true},
		{"an index closed at a level, its subject far back", "عنوان\n\nوصعد مؤشر بورصة الكويت الرئيسي في تعاملات الأحد ليغلق عند 5200 نقطة.", "suspend", false},
		{"closed at its highest level", "عنوان\n\nوتراجعت أسهم البنوك في السوق السعودية أمس لتغلق عند مستوى 80 ريالا.", "suspend", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := eventOf(t, tt.text, tt.typ, "")
			assert.Equal(t, tt.want, ok, "%s in %q: %+v", tt.typ, tt.text, eventsOf(t, tt.text, "2018-10-15"))
		})
	}
}
