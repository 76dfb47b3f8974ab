package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsOrganizationByHeadNoun: an organization named once in full
// and then by its head noun alone, after a noun of its forces or
// aircraft (طيران التحالف) or in construct with a strike noun (غارات
// التحالف), is the actor of the strike; the argument keeps the word as
// written, unless the recognizer read the word as a mention of the
// organization (a weak listed name after the full one: التحالف after
// التحالف العربي), which then names it like any mention. Two
// organizations of one head noun, or an adjective after it (التحالف
// الدولي), leave the word alone.
func TestEventsOrganizationByHeadNoun(t *testing.T) {
	tests := []struct{ name, text, actor, written string }{
		{"aircraft, subject before a light verb",
			"عنوان\n\nوأعلن التحالف العربي بدء عملية جديدة. وأفاد سكان أن طيران التحالف شن عشر غارات على مواقع المتمردين في مأرب.", "التحالف العربي", "التحالف العربي"},
		{"aircraft, pluperfect",
			"عنوان\n\nوأكد التحالف العربي استمرار العمليات. وكانت طائرات التحالف قد شنت غارات على مخازن الأسلحة في شبوة.", "التحالف العربي", "التحالف العربي"},
		{"its members, subject-verb order",
			"عنوان\n\nواتهمت السلطة الفلسطينية حركة حماس بعرقلة المصالحة. وأفاد سكان أن عناصر الحركة هاجموا حاجزا للشرطة في غزة.", "حركة حماس", "الحركة"},
		{"a strike noun in construct",
			"عنوان\n\nوعقد الحلف الأطلسي اجتماعا طارئا. وتواصلت غارات الحلف على مواقع الجماعة في الجبل.", "الحلف الأطلسي", "الحلف"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.text, ExtractOptions{RefDate: mustDate(t, "2018-10-15")})
			require.NoError(t, err)
			names := map[string]string{}
			for _, e := range doc.Entities {
				names[e.ID] = e.Name
			}
			found := false
			for _, e := range doc.Events {
				if e.Type != "attack" {
					continue
				}
				for _, a := range e.Arguments {
					if a.Role != "participant" || a.Entity == "" {
						continue
					}
					if names[a.Entity] == tt.actor {
						found = true
						assert.Equal(t, tt.written, a.Text, "the argument as written")
					}
				}
			}
			assert.True(t, found, "no attack by %s in %q", tt.actor, tt.text)
		})
	}
	t.Run("two movements: which, the text does not say", func(t *testing.T) {
		text := "عنوان\n\nواتهمت حركة فتح حركة حماس بعرقلة المصالحة. وأفاد سكان أن عناصر الحركة هاجموا حاجزا للشرطة في غزة."
		e, ok := eventOf(t, text, "attack", "")
		if assert.True(t, ok) {
			assert.Empty(t, e.Participants)
		}
	})
}

// TestEventsDelegationByHeadNoun: the mission or the delegation of an
// organization named before by its head noun (بعثة الصندوق، وفد الحركة)
// is that organization, the visitor or a side of the meeting.
func TestEventsDelegationByHeadNoun(t *testing.T) {
	tests := []struct{ name, text, typ, side string }{
		{"a mission arrives",
			"عنوان\n\nوأعلن صندوق النقد الدولي موافقته على القرض. ومن المقرر أن تصل بعثة الصندوق إلى القاهرة في أكتوبر المقبل.", "visit", "صندوق النقد الدولي"},
		{"a delegation arrived",
			"عنوان\n\nوأعلنت حركة حماس قبولها المبادرة المصرية. ووصل وفد الحركة إلى القاهرة أمس.", "visit", "حركة حماس"},
		{"a delegation met",
			"عنوان\n\nوأعلنت حركة حماس قبولها المبادرة المصرية. والتقى وفد الحركة مدير المخابرات المصرية عباس كامل في القاهرة.", "meet", "حركة حماس"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.side)
			}
		})
	}
}

// TestEventsSideAfterWith: a signing or a meeting told as verb,
// subject, مع and the other side, then the event noun (وقعت الوزيرة مع
// البنك اتفاقا، عقد الوزير مع نظيره اجتماعا) has both sides, a date or a
// comma between them or not; توقع (expect) signs nothing.
func TestEventsSideAfterWith(t *testing.T) {
	tests := []struct{ name, text, typ, first, second string }{
		{"signed, a date between commas",
			"عنوان\n\nووقعت وزيرة التخطيط هالة السعيد، الثلاثاء، مع البنك الدولي اتفاقا لتمويل مشروعات المياه.", "agreement", "هالة السعيد", "البنك الدولي"},
		{"signed with a counterpart",
			"عنوان\n\nووقع وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي مذكرة تفاهم للتعاون.", "agreement", "سامح شكري", "أيمن الصفدي"},
		{"held a meeting with",
			"عنوان\n\nوعقد رئيس الوزراء الليبي فايز السراج مع المبعوث الأممي غسان سلامة اجتماعا في طرابلس.", "meet", "فايز السراج", "غسان سلامة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, tt.typ, "")
			if assert.True(t, ok, "no %s in %q", tt.typ, tt.text) {
				assert.Contains(t, e.Participants, tt.first)
				assert.Contains(t, e.Participants, tt.second)
			}
		})
	}
	t.Run("expected, not signed", func(t *testing.T) {
		_, ok := eventOf(t, "عنوان\n\nوتوقع الخبراء اتفاقا بين الطرفين قريبا.", "agreement", "")
		assert.False(t, ok)
	})
}

// TestEventsAccusedOf: the one a verb of accusing names as the doer of
// the event noun with ب after it did the deed (اتهم … إسرائيل باستهداف);
// the accuser only speaks. A noun with ب after any other verb (نفى قيامه
// بقصف) takes no name from before it this way.
func TestEventsAccusedOf(t *testing.T) {
	tests := []struct{ name, text, doer, accuser string }{
		{"a movement accused of firing",
			"عنوان\n\nواتهم الجيش الإسرائيلي حركة حماس بإطلاق صواريخ على عسقلان.", "حركة حماس", "الجيش الإسرائيلي"},
		{"an alliance accused of shelling",
			"عنوان\n\nمن جهتها، اتهمت جماعة الحوثي التحالف العربي بقصف سوق شعبي في مديرية زبيد.", "التحالف العربي", "جماعة الحوثي"},
		{"named by its head noun",
			"عنوان\n\nوأعلن التحالف العربي بدء العملية. واتهمت جماعة الحوثي التحالف بقصف سوق في زبيد.", "التحالف العربي", "جماعة الحوثي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := eventOf(t, tt.text, "attack", "")
			if assert.True(t, ok, "no attack in %q", tt.text) {
				assert.Contains(t, e.Participants, tt.doer)
				assert.NotContains(t, e.Participants, tt.accuser)
			}
		})
	}
	t.Run("denied, not accused", func(t *testing.T) {
		e, ok := eventOf(t, "عنوان\n\nونفى الجيش السوري قيامه بقصف الغوطة.", "attack", "")
		if assert.True(t, ok, "the shelling denied is still told") {
			assert.NotContains(t, e.Participants, "الجيش السوري")
		}
	})
}
