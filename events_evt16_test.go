package naba

import "testing"

// TestEventsWrongSenses (evt16): words of an event type that tell none
// in their sentence. An injury word of a disease is the sick (حالات
// الإصابة بالحمى، معدلات الإصابة، المصابين in a text about an epidemic),
// a press conference one speaker holds is the setting of a statement, a
// negated act did not take place (عدم دعوته، لم يوقع، نفى أن يكون
// التقى), an act under any or if (أي اتفاق، في حال التوصل إلى، إذا تم) is
// none told, and an event noun inside a body's name (اللجنة العليا
// للانتخابات، هيئة الإغاثة) names the body.
func TestEventsWrongSenses(t *testing.T) {
	for _, tt := range []struct{ name, text, not string }{
		{"fever cases", "عنوان\n\nوسجلت وزارة الصحة في حمص عشرين حالة إصابة بالحمى خلال أسبوع.", "injury"},
		{"infected by a virus", "عنوان\n\nوأصيب ثلاثة ممرضين بالفيروس في مستشفى بمدينة الموصل أمس.", "injury"},
		{"rates of infection", "عنوان\n\nوقالت المنظمة إن قرى ريف إدلب تسجل أعلى معدلات الإصابة منذ الشهر الماضي.", "injury"},
		{"the sick in an epidemic", "عنوان\n\nوتفشى وباء الكوليرا في مدينة البصرة الشهر الماضي. وأعلنت السلطات في البصرة نقل المصابين إلى مستشفى ميداني، بعد انتشار الكوليرا في الأحياء الفقيرة.", "injury"},
		{"a press conference, a comma before it", "عنوان\n\nوقال وزير الداخلية اللبناني نهاد المشنوق، في مؤتمر صحفي عقده في بيروت أمس، إن الانتخابات ستجري في موعدها.", "meet"},
		{"a press conference held", "عنوان\n\nوعقد رئيس الوزراء العراقي حيدر العبادي مؤتمرا صحفيا في بغداد الثلاثاء تحدث فيه عن الموازنة.", "meet"},
		{"not invited", "عنوان\n\nوانتقد حزب الوفد عدم دعوته إلى الحوار الوطني في القاهرة.", "appeal"},
		{"not signed", "عنوان\n\nوقال الوزير إن الحكومة الأردنية لم توقع الاتفاقية مع شركة توتال في عمان.", "agreement:توقع"},
		{"denied meeting", "عنوان\n\nونفى المتحدث باسم الحكومة أن يكون الوزير التقى السفير الإيراني في بغداد.", "meet"},
		{"any agreement", "عنوان\n\nوقال زعيم الحزب سمير جعجع إن أي اتفاق لا يشمل الجميع سيفشل في لبنان.", "agreement"},
		{"in case of an agreement", "عنوان\n\nوأكد سعد الحريري أن الحكومة ستتشكل في حال التوصل إلى اتفاق بين الكتل في بيروت.", "agreement"},
		{"the election body", "عنوان\n\nوقال رئيس الهيئة العليا المستقلة للانتخابات محمد التليلي المنصري في تونس إن النتائج جاهزة.", "election"},
		{"the relief body", "عنوان\n\nوزار وفد من هيئة الإغاثة الإنسانية التركية مخيم أطمة في ريف إدلب أمس.", "aid"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2018-06-05", tt.not)
		})
	}
	// The same words where an event is told stay events.
	for _, tt := range []struct{ name, text, typ string }{
		{"wounded in a blast", "عنوان\n\nوأصيب خمسة مدنيين بجروح في انفجار عبوة ناسفة في مدينة الموصل أمس.", "injury"},
		{"wounded in an epidemic's city", "عنوان\n\nوانتشر وباء الكوليرا في مدينة الحديدة ووصل إلى صنعاء. وأصيب أربعة أطفال بشظايا قذيفة سقطت على سوق في مدينة الحديدة أمس.", "injury"},
		{"a joint press conference", "عنوان\n\nوعقد وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود تشاوش أوغلو مؤتمرا صحفيا مشتركا في موسكو أمس.", "meet"},
		{"an agreement signed", "عنوان\n\nووقعت الحكومة الأردنية اتفاقا مع شركة توتال في عمان أمس.", "agreement"},
		{"elections held", "عنوان\n\nوأجرت الهيئة العليا المستقلة للانتخابات الانتخابات البلدية في تونس أمس.", "election"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			eventsOfType(t, tt.text, "2018-06-05", tt.typ)
		})
	}
}

// TestEventsTriggersEvt16 (evt16): triggers no rule read. Opening a
// facility (افتتح مركزا، افتتاح ثلاثة مستشفيات) establishes it, a
// shipment of aid goods (شحنة من الأدوية) is aid, a state of emergency
// declared or imposed (أعلنت حالة الطوارئ) is a decision, a detention a
// prosecutor decides (قررت النيابة حبس) is ordered, and a cable sent
// (بعث ببرقية تهنئة) is a contact of its sender. The named facility
// right after the opening noun is the event's place.
func TestEventsTriggersEvt16(t *testing.T) {
	tests := []eventCase{
		{"a clinic opened",
			"عنوان\n\nوافتتحت منظمة الصحة العالمية مركزا صحيا في مدينة الرقة أمس.", "establish", "منظمة الصحة العالمية", "الرقة", "2018-06-04"},
		{"hospitals opened, counted",
			"عنوان\n\nوأعلن وزير الصحة العراقي علاء الدين العلوان افتتاح ثلاثة مستشفيات في محافظة نينوى.", "establish", "علاء الدين العلوان", "", ""},
		{"a named bridge opened: the place",
			"عنوان\n\nوشهد والي الخرطوم أمس افتتاح جسر المنشية الجديد.", "establish", "", "جسر المنشية", "2018-06-04"},
		{"a road opened",
			"عنوان\n\nويفتتح رئيس الحكومة سعد الحريري طريقا جديدا في صيدا الأسبوع المقبل.", "establish", "سعد الحريري", "صيدا", ""},
		{"a shipment of medicine, with من",
			"عنوان\n\nووصلت إلى مطار عدن أمس أول شحنة من الأدوية المقدمة من منظمة اليونيسف.", "aid", "", "عدن", ""},
		{"a state of emergency declared",
			"عنوان\n\nوأعلنت الحكومة الإثيوبية حالة الطوارئ في إقليم أوروميا أمس.", "decision", "", "", "2018-06-04"},
		{"a state of emergency extended",
			"عنوان\n\nوقرر البرلمان التركي تمديد حالة الطوارئ في البلاد ثلاثة أشهر الأربعاء.", "decision", "", "", ""},
		{"a detention decided",
			"عنوان\n\nوقررت النيابة العامة المصرية حبس المتهمين أربعة أيام في الإسكندرية أمس.", "arrest", "", "الإسكندرية", ""},
		{"a cable of congratulation",
			"عنوان\n\nوبعث العاهل المغربي الملك محمد السادس ببرقية تهنئة إلى الرئيس التونسي الباجي قائد السبسي.", "contact", "محمد السادس", "", ""},
	}
	checkEventCases(t, tests)
	for _, tt := range []struct{ name, text, not string }{
		{"a session opened", "عنوان\n\nوافتتح رئيس البرلمان نبيه بري الجلسة في بيروت أمس.", "establish"},
		{"a forum opened", "عنوان\n\nوشهد افتتاح المنتدى الاقتصادي في الدوحة حضور الوزراء.", "establish"},
		{"a shipment of arms", "عنوان\n\nوضبطت البحرية اليمنية شحنة أسلحة قبالة سواحل المهرة.", "aid"},
		{"an emergency in force", "عنوان\n\nوتعيش البلاد في ظل حالة الطوارئ منذ عامين في مصر.", "decision"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2018-06-05", tt.not)
		})
	}
}
