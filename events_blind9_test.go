package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// hasType reports an event of type typ among evs, and whether one of them
// names participant p (p == "": any).
func hasType(evs []ev, typ, p string) bool {
	for _, e := range evs {
		if e.Type != typ {
			continue
		}
		if p == "" {
			return true
		}
		for _, q := range e.Participants {
			if q == p {
				return true
			}
		}
	}
	return false
}

// TestEventsClaimOfAttack: تبنى (claimed) an attack is a statement of the
// group that claims it, and the group is the attack's actor; تبنى a plan
// (adopted) is neither.
func TestEventsClaimOfAttack(t *testing.T) {
	tests := []struct {
		name, text, who string
	}{
		{"a claim through an agency",
			"عنوان\n\nوتبنى تنظيم داعش الهجوم على الحاجز عبر وكالة أعماق.", "تنظيم داعش"},
		{"a claim of a bombing in a video",
			"عنوان\n\nوتبنت حركة الشباب المجاهدين تفجير الحافلة في تسجيل مصور.", "حركة الشباب المجاهدين"},
		{"a claim after a statement set first",
			"عنوان\n\nوفي بيان نشر على الإنترنت، تبنت جماعة بوكو حرام الهجوم الانتحاري على السوق.", "جماعة بوكو حرام"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-06")
			assert.True(t, hasType(evs, "statement", tt.who), "%+v", evs)
			assert.True(t, hasType(evs, "attack", tt.who), "%+v", evs)
		})
	}
	evs := eventsOf(t, "عنوان\n\nوتبنى المجلس البلدي خطة لإعادة تأهيل الطرق.", "2018-06-06")
	assert.False(t, hasType(evs, "statement", ""), "%+v", evs)
	// A claim a speaker reports is the speaker's words: he neither
	// claims nor strikes.
	evs = eventsOf(t, "عنوان\n\nوقال الناطق باسم الشرطة يوسف الرفاعي إن خلية مجهولة تبنت التفجير الذي وقع قرب السوق.", "2018-06-06")
	assert.False(t, hasType(evs, "attack", "يوسف الرفاعي"), "%+v", evs)
}

// TestEventsRatified: صادق على (ratified, approved) by a body is a
// decision, in either tense; the adjective صادق (truthful) is none.
func TestEventsRatified(t *testing.T) {
	tests := []struct {
		name, text, who string
	}{
		{"a parliament approved a budget",
			"عنوان\n\nوصادق مجلس النواب الأردني، أمس، على مشروع قانون الموازنة العامة.", "مجلس النواب الأردني"},
		{"a council will ratify",
			"عنوان\n\nويصادق مجلس الشورى على اتفاقية الحدود البحرية الأسبوع المقبل.", "مجلس الشورى"},
		{"the verbal noun",
			"عنوان\n\nوجاءت مصادقة المجلس الوطني الاتحادي على التعديلات بعد نقاش طويل.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-06")
			assert.True(t, hasType(evs, "decision", tt.who), "%+v", evs)
		})
	}
	evs := eventsOf(t, "عنوان\n\nوقال المدرب إن لاعبه كان صادقا في كلامه على الدوام.", "2018-06-06")
	assert.False(t, hasType(evs, "decision", ""), "%+v", evs)
}

// TestEventsDirective: وجّه بـ (directed that something be done), the
// verbal noun with ب after the verb or its subject, is a decision of the
// one who directs; وجّه رسالة (sent), بدوره (in turn), في وجه (face) are
// none.
func TestEventsDirective(t *testing.T) {
	tests := []struct {
		name, text, who string
		want            bool
	}{
		{"a king directs aid",
			"عنوان\n\nووجه الملك سلمان بن عبد العزيز بصرف مساعدات عاجلة لأهالي القرى المنكوبة.", "سلمان بن عبد العزيز", true},
		{"a president, a day set off by commas",
			"عنوان\n\nووجه الرئيس عبد الفتاح السيسي، الأحد، بسرعة الانتهاء من توسعة الطريق.", "عبد الفتاح السيسي", true},
		{"a minister directs that nothing be tolerated",
			"عنوان\n\nووجه وزير الداخلية فراس الحمدان بعدم التهاون مع المخالفين في المنافذ.", "فراس الحمدان", true},
		{"a governor directs that no fees be taken",
			"عنوان\n\nووجهت المحافظة سلمى العبيدي بعدم تحصيل أي رسوم من الطلاب.", "سلمى العبيدي", true},
		{"a letter sent",
			"عنوان\n\nووجه الوزير سامح شكري رسالة إلى نظيره بشأن الأزمة.", "", false},
		{"criticism in turn",
			"عنوان\n\nووجهت الحكومة بدورها انتقادات حادة إلى المعارضة.", "", false},
		{"strikes others sent, in a relative clause",
			"عنوان\n\nوأدت الضربات التي وجهتها بريطانيا وفرنسا إلى تدمير ثلاثة مواقع.", "", false},
		{"the noun face",
			"عنوان\n\nوقال إن الجيش يقف في وجه بعض الجماعات المسلحة.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-06")
			assert.Equal(t, tt.want, hasType(evs, "decision", tt.who), "%+v", evs)
		})
	}
}

// TestEventsDetentionExtended: a detention a court or a prosecutor
// extends (مدد اعتقال، تمديد توقيف) is a step of the trial, not a new
// arrest; an arrest told plainly stays one.
func TestEventsDetentionExtended(t *testing.T) {
	tests := []struct {
		name, text, who string
	}{
		{"a military court extends a detention",
			"عنوان\n\nومددت محكمة سالم العسكرية اعتقال الناشط باسم التميمي أسبوعاً آخر.", "محكمة سالم العسكرية"},
		{"a criminal court extends a custody",
			"عنوان\n\nومددت محكمة جنايات القاهرة حبس المتهمين في قضية الفساد خمسة وأربعين يوما.", "محكمة جنايات القاهرة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-06")
			assert.True(t, hasType(evs, "trial", tt.who), "%+v", evs)
			assert.False(t, hasType(evs, "arrest", ""), "%+v", evs)
		})
	}
	evs := eventsOf(t, "عنوان\n\nواعتقلت الشرطة ثلاثة مشتبه بهم في حي الزهور.", "2018-06-06")
	assert.True(t, hasType(evs, "arrest", ""), "%+v", evs)
}

// TestEventsNewEventNouns: nouns of an event that no rule read: وفيات
// (deaths), تشريد (families made homeless), جسر جوي (an air bridge of
// aid), حداد رسمي / وطني (mourning declared, a decision).
func TestEventsNewEventNouns(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"deaths counted",
			"عنوان\n\nوسجلت المستشفيات أربع وفيات في مدينة الموصل جراء موجة الحر.", "death"},
		{"homes lost",
			"عنوان\n\nوتسببت السيول في تشريد مئات الأسر في مدينة الحديدة.", "displacement"},
		{"an air bridge",
			"عنوان\n\nوأقامت الإمارات جسراً جوياً إلى عدن لنقل الأدوية.", "aid"},
		{"mourning declared",
			"عنوان\n\nوأعلن الرئيس التونسي الباجي قائد السبسي الحداد الوطني ثلاثة أيام.", "decision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2018-06-06")
			assert.True(t, hasType(evs, tt.typ, ""), "%+v", evs)
		})
	}
}
