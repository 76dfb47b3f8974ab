package entities

import "testing"

// TestBodiesNamedByKind: the public prosecution (النيابة العامة, with its
// nationality too), a state's national office named by its field
// (المكتب الوطني للكهرباء، المكتب الشريف للفوسفاط), a regional group of
// states (المجموعة العربية) and a listed body with its country's
// adjective (الهلال الأحمر الليبي) are organizations whole.
func TestBodiesNamedByKind(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"the prosecution with its nationality", "وأمرت النيابة العامة المصرية بحبس المشتبه بهما على ذمة التحقيق.",
			map[string]Label{"النيابة العامة المصرية": ORG}, nil},
		{"the prosecution alone", "وأحالت الشرطة المتهم إلى النيابة العامة صباح الخميس.",
			map[string]Label{"النيابة العامة": ORG}, nil},
		{"on behalf of, no body", "وألقى الكلمة بالنيابة عن الوزير أحد مساعديه.",
			nil, []string{"النيابة"}},
		{"a national office and its field", "وأعلن المكتب الوطني للماء الصالح للشرب خطة للتوسع.",
			map[string]Label{"المكتب الوطني للماء": ORG}, nil},
		{"a sharifian office", "وارتفعت مبيعات المكتب الشريف للفوسفاط خلال العام الماضي.",
			map[string]Label{"المكتب الشريف للفوسفاط": ORG}, nil},
		{"a field with its adjective", "وقرر المكتب الوطني للسكك الحديدية رفع الأسعار.",
			map[string]Label{"المكتب الوطني للسكك الحديدية": ORG}, nil},
		{"a party's organ is no national office", "واجتمع المكتب السياسي للحزب مساء أمس.",
			nil, []string{"المكتب السياسي للحزب"}},
		{"a group of states at the UN", "وطلبت المجموعة العربية عقد جلسة طارئة لمجلس الأمن.",
			map[string]Label{"المجموعة العربية": ORG}, nil},
		{"another region's group", "وأيدت المجموعة الأفريقية مشروع القرار في الجمعية العامة.",
			map[string]Label{"المجموعة الأفريقية": ORG}, nil},
		{"a listed body with its country", "ووزع الهلال الأحمر الليبي البطانيات على الأسر.",
			map[string]Label{"الهلال الأحمر الليبي": ORG}, nil},
		{"another listed body with its country", "وانتشل عناصر الدفاع المدني الليبي جثث الضحايا.",
			map[string]Label{"الدفاع المدني الليبي": ORG}, nil},
	})
}
