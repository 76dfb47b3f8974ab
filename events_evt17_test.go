package naba

import "testing"

// TestEventsHeldOffResignation (evt17): a resignation suspended, held off
// or taken back (علّق استقالته، تريّث في تقديم استقالته، التراجع عن
// الاستقالة) is a suspension of its owner, not a resignation; the noun
// with its possessive (تريثه) belongs to the sentence's subject. A
// resignation handed in stays one, and waiting or a fall with no
// resignation after them (التريث في الرد، تراجع الأسعار) is no event.
func TestEventsHeldOffResignation(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"suspends his resignation, verb",
			"عنوان\n\nوعلق رئيس الوزراء الأردني هاني الملقي استقالته في عمان أمس.", "suspend", "هاني الملقي", "عمّان", ""},
		{"holds off handing it in, noun with owner",
			"عنوان\n\nوأعلن رئيس الوزراء الأردني هاني الملقي، اليوم الأحد، تريثه في تقديم استقالته إلى الملك.", "suspend", "هاني الملقي", "", "2018-06-03"},
		{"takes it back, noun",
			"عنوان\n\nوأعلن الوزير رضا شلغوم أمس التراجع عن الاستقالة.", "suspend", "رضا شلغوم", "", "2018-06-04"},
		{"takes it back, verb",
			"عنوان\n\nوتراجع وزير المالية التونسي رضا شلغوم عن استقالته أمس.", "suspend", "رضا شلغوم", "", "2018-06-04"},
		{"imperfect in a headline", "الملقي يتريث في تقديم استقالته\n\nنص.", "suspend", "الملقي", "", ""},
	})
	for _, tt := range []struct{ name, text, not string }{
		{"suspended: no resignation", "عنوان\n\nوعلق رئيس الوزراء الأردني هاني الملقي استقالته في عمان أمس.", "dismiss"},
		{"held off: no resignation", "عنوان\n\nوأعلن رئيس الوزراء الأردني هاني الملقي، اليوم الأحد، تريثه في تقديم استقالته إلى الملك.", "dismiss"},
		{"taken back: no resignation", "عنوان\n\nوتراجع وزير المالية التونسي رضا شلغوم عن استقالته أمس.", "dismiss"},
		{"waiting for a reply", "عنوان\n\nوطلب رئيس الوزراء الأردني هاني الملقي من النواب التريث في الرد على المذكرة.", "suspend"},
		{"prices fell", "عنوان\n\nوتراجعت أسعار النفط في الأسواق العالمية أمس بعد إعلان الرياض زيادة الإنتاج.", "suspend"},
		{"a fall after a resignation", "عنوان\n\nوتراجعت الليرة التركية بعد استقالة محافظ البنك المركزي مراد جتين قايا.", "suspend"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2018-06-05", tt.not)
		})
	}
	// A resignation handed in, or one after a suspension of something
	// else, stays a resignation.
	for _, tt := range []struct{ name, text string }{
		{"handed in", "عنوان\n\nوقدم وزير المالية التونسي رضا شلغوم استقالته إلى رئيس الحكومة في تونس أمس."},
		{"talks suspended after it", "عنوان\n\nوعلقت الأحزاب المفاوضات بعد استقالة رئيس الحكومة التونسي يوسف الشاهد في تونس أمس."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			eventsOfType(t, tt.text, "2018-06-05", "dismiss")
		})
	}
}

// TestEventsVotesVetoesDirectives (evt17): a body's vote on a text with
// its session and majority set off by commas before what it voted for is
// a decision of the body; a veto used (استخدمت حق النقض، يستخدم الفيتو) is
// a decision of its user; an order to start or send something (أوعز
// ببدء، يوعز بإرسال) is a decision like وجّه بـ. Voting against a
// resolution (صوتت ضد القرار) issues no decision.
func TestEventsVotesVetoesDirectives(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"a vote with its session between",
			"عنوان\n\nوصوت مجلس النواب العراقي، في جلسة استثنائية عقدها مساء الاثنين، بأغلبية 170 نائبا لصالح قانون الموازنة.", "decision", "مجلس النواب العراقي", "", ""},
		{"a vote by a large majority",
			"عنوان\n\nوصوت البرلمان الأوروبي، في جلسته العامة في ستراسبورغ يوم الخميس، بأغلبية كبيرة على تعديل اتفاقية الصيد.", "decision", "البرلمان الأوروبي", "", ""},
		{"a veto in the council",
			"عنوان\n\nواستخدمت موسكو أمس حق النقض في مجلس الأمن ضد مشروع قرار بشأن إدلب.", "decision", "موسكو", "", ""},
		{"a veto to come",
			"عنوان\n\nوقالت المصادر إن الصين ستستخدم الفيتو في مجلس الأمن.", "decision", "الصين", "", ""},
		{"an order to start",
			"عنوان\n\nوأوعز رئيس الحكومة العراقية حيدر العبادي ببدء إعمار مدينة الموصل.", "decision", "حيدر العبادي", "", ""},
		{"an order to send",
			"عنوان\n\nوسيوعز الملك سلمان بإرسال طائرات إغاثة إلى اليمن.", "decision", "", "", ""},
	})
	// An order whose ب-object is an event word of another type (أوعز
	// بتجميد، وجّه بإغلاق) is that event, done by the one who ordered it:
	// no second event for the order.
	checkEventCases(t, []eventCase{
		{"ordered a freeze",
			"عنوان\n\nوأوعز رئيس الحكومة العراقية حيدر العبادي بتجميد عقود الوزارة أمس.", "suspend", "حيدر العبادي", "", "2018-06-04"},
		{"ordered a closure",
			"عنوان\n\nووجه وزير الداخلية الأردني سمير مبيضين بإغلاق المعبر الحدودي.", "suspend", "سمير مبيضين", "", ""},
	})
	for _, text := range []string{
		"عنوان\n\nوأوعز رئيس الحكومة العراقية حيدر العبادي بتجميد عقود الوزارة أمس.",
		"عنوان\n\nووجه وزير الداخلية الأردني سمير مبيضين بإغلاق المعبر الحدودي.",
	} {
		checkNotEvents(t, text, "2018-06-05", "decision")
	}
	for _, tt := range []struct{ name, text, not string }{
		{"voted against", "عنوان\n\nومن الدول التي صوتت ضد القرار المجر وبولندا والتشيك.", "decision"},
		{"used weapons", "عنوان\n\nواستخدمت القوات الحكومية الأسلحة الثقيلة في ريف حماة.", "decision"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2018-06-05", tt.not)
		})
	}
}

// TestEventsReachDeniedVerb (evt17): an agreement "reached" by a verb
// after دون أن (دون أن يتوصل الطرفان إلى اتفاق، من دون أن تتوصل اللجنتان
// إلى تفاهم) was not reached, as دون التوصل says; one reached stays.
func TestEventsReachDeniedVerb(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوانتهت المحادثات في جنيف أمس دون أن يتوصل الطرفان إلى اتفاق.",
		"عنوان\n\nواختتمت اللجنتان اجتماعهما في الكويت من دون أن تتوصلا إلى اتفاق بشأن الحدود.",
	} {
		checkNotEvents(t, text, "2018-06-05", "agreement")
	}
	eventsOfType(t, "عنوان\n\nوانتهت المحادثات في جنيف أمس بعد أن توصل الطرفان إلى اتفاق لتبادل الأسرى.", "2018-06-05", "agreement")
}
