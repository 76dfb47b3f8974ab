package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameEndsBeforeObjectAfterChain: a person named with a definite
// given name as the family's (خالد العلي، سعد الناصر) does not take the
// verb's object after it, a common word no list holds as a name; a
// forebear's name before the family's still goes on (المبارك الصباح).
func TestNameEndsBeforeObjectAfterChain(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وانتقد وزير الثقافة فهد الحسين الصحف الرسمية بسبب التغطية.", "فهد الحسين", "فهد الحسين الصحف"},
		{"وودع الوزير ماجد الناصر السفراء المغادرين.", "ماجد الناصر", "ماجد الناصر السفراء"},
		{"وقابل المحافظ سالم العلي الوفد الزائر صباحا.", "سالم العلي", "سالم العلي الوفد"},
		{"وافتتح الشيخ ناصر العبدالله المبارك الصباح المعرض.", "ناصر العبدالله المبارك الصباح", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
			if tt.not != "" {
				assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}

// TestHeldItVerbBeforeBen: a verb with its object pronoun in a relative
// clause on a meeting, a speech or a call (اجتماع عقده، لقاء جمعه، كلمة
// ألقاها) before بن is no given name: the name begins at بن. A given
// name before بن with no such noun before it stays the name's.
func TestHeldItVerbBeforeBen(t *testing.T) {
	tests := []struct{ in, person, not string }{
		{"وناقش اجتماع عقده بن حليم مع النواب قضية المياه.", "بن حليم", "عقده بن حليم"},
		{"وتناول لقاء جمعه بن عمر بالسفير ملف الحدود.", "بن عمر", "جمعه بن عمر"},
		{"وجاء في خطاب ألقاه بن زايد أمس أن البلاد تتقدم.", "بن زايد", "ألقاه بن زايد"},
		{"وقال جمعه بن عمر إن الاتفاق قريب.", "جمعه بن عمر", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			if tt.not != "" {
				assert.Nil(t, ents21Has(res, PER, tt.not), "%s: %v", tt.in, mentions(res))
			}
			if r == fullOnce() || tt.not == "" {
				assert.NotNil(t, ents21Has(res, PER, tt.person), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}

// TestBodiesByHeadAndKind: a movement named by its region (حراك + a
// listed place), a government's media cell (خلية الإعلام + its kind) and
// an army's general command (القيادة العامة, with the forces it commands)
// are bodies no list holds; the traffic of ships or passengers (حركة
// السفن), a state's administration at large (الإدارة العامة للدولة) and a
// party's general leadership are not.
func TestBodiesByHeadAndKind(t *testing.T) {
	tests := []struct{ in, org string }{
		{"وأغلق أنصار حراك السويداء الطريق الدولي أمس.", "حراك السويداء"},
		{"ونظم ناشطون من حراك درعا وقفة أمام المحكمة.", "حراك درعا"},
		{"ونشرت خلية الإعلام الحربي صورا للعملية.", "خلية الإعلام الحربي"},
		{"ونفت القيادة العامة وجود قوات لها في المدينة.", "القيادة العامة"},
		{"وأمرت القيادة العامة للقوات المسلحة برفع الجاهزية.", "القيادة العامة للقوات المسلحة"},
		{"وقال الناطق باسم القيادة العامة إن الهدنة صامدة.", "القيادة العامة"},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
		}
	}
	for _, tt := range []struct{ in, not string }{
		{"وتأثرت حركة السفن في الخليج بسبب العاصفة.", "حركة السفن"},
		{"واستؤنفت حركة المسافرين عبر المعبر صباحا.", "حركة المسافرين"},
		{"وتحتاج الإدارة العامة للدولة إلى إصلاح شامل.", "الإدارة العامة للدولة"},
		{"وانتخب المؤتمر القيادة العامة للحزب.", "القيادة العامة"},
		{"وتشكلت خلية الإعلام في المكتب.", "خلية الإعلام"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
		}
	}
}

// TestBodyEndsBeforePublic: the public a body calls on or warns
// (المواطنين، السكان، الطلاب) after a definite word of its name is the
// verb's object; a body of such people names them right after its head.
func TestBodyEndsBeforePublic(t *testing.T) {
	tests := []struct{ in, org, not string }{
		{"وطالبت وزارة البيئة السكان بعدم حرق النفايات.", "وزارة البيئة", "وزارة البيئة السكان"},
		{"ونصحت وزارة الصحة المواطنين بشرب الماء.", "وزارة الصحة", "وزارة الصحة المواطنين"},
		{"وحثت هيئة الطرق العامة السائقين على الحذر.", "هيئة الطرق العامة", "هيئة الطرق العامة السائقين"},
		{"ودعت نقابة المزارعين إلى إضراب عام.", "نقابة المزارعين", ""},
	}
	for _, tt := range tests {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.NotNil(t, ents21Has(res, ORG, tt.org), "%s: %v", tt.in, mentions(res))
			if tt.not != "" {
				assert.Nil(t, ents21Has(res, ORG, tt.not), "%s: %v", tt.in, mentions(res))
			}
		}
	}
}
