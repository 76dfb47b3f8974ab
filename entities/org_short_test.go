package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrgShortForms: an organization named with a generic head and a
// nisba (البنك المركزي الأوروبي) is the same organization where the
// document writes it without the head (المركزي الأوروبي), as headlines
// do; without the full name in the document, or after a head with no
// nisba (مجلس الأمن الدولي, الأمن الدولي), no short form is read.
func TestOrgShortForms(t *testing.T) {
	for _, tt := range []struct{ why, in, short, full string }{
		{"a headline before the body", "المركزي الأوروبي يبقي الفائدة دون تغيير\n\nقرر البنك المركزي الأوروبي الإبقاء على أسعار الفائدة.",
			"المركزي الأوروبي", "البنك المركزي الأوروبي"},
		{"the short form after the full name", "خفض البنك المركزي التركي سعر الفائدة أمس. ويتوقع المحللون أن يواصل المركزي التركي خفضها.",
			"المركزي التركي", "البنك المركزي التركي"},
	} {
		assertShortOrg(t, tt.why, tt.in, tt.short, tt.full)
	}
	for _, tt := range []struct{ why, in, not string }{
		{"no full name in the document", "المركزي المصري يثبت أسعار الفائدة للمرة الثالثة.", "المركزي المصري"},
		{"no nisba after the head", "ناقش مجلس الأمن الدولي الأزمة، وقال إنها تهدد الأمن الدولي.", "الأمن الدولي"},
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(tt.in)
			checkInvariants(t, tt.in, res)
			assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == tt.not }), "%s: %v", tt.why, mentions(res))
		}
	}
}

// TestOrgHeadLeftOut: a company, bank, paper or channel named with its
// generic head (and a nisba) is the same organization where the text
// leaves the head out (شركة توتال الفرنسية … توتال), as with حركة and تنظيم.
func TestOrgHeadLeftOut(t *testing.T) {
	for _, tt := range []struct{ why, in, short, full string }{
		{"a company with its nisba", "أعلنت شركة إيني الإيطالية اكتشافا جديدا للغاز. وقالت إيني إن الحقل كبير.",
			"إيني", "شركة إيني الإيطالية"},
		{"a company, the nisba of two words", "طرحت شركة سامسونغ الكورية الجنوبية هاتفا جديدا. وتتوقع سامسونغ مبيعات كبيرة.",
			"سامسونغ", "شركة سامسونغ الكورية"},
		{"a paper", "نشرت صحيفة الغارديان البريطانية تحقيقا عن الشركة. وقالت الغارديان إن الوثائق مسربة.",
			"الغارديان", "صحيفة الغارديان البريطانية"},
	} {
		assertShortOrg(t, tt.why, tt.in, tt.short, tt.full)
	}
}

// assertShortOrg checks, with the rules alone and with the tagger, that
// the text names the organization both by its full name and by its short
// form, as one organization.
func assertShortOrg(t *testing.T, why, in, short, full string) {
	t.Helper()
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		s := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == short })
		f := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Text == full })
		if assert.GreaterOrEqual(t, s, 0, "%s: %v", why, mentions(res)) && assert.GreaterOrEqual(t, f, 0, "%s: %v", why, mentions(res)) {
			assert.Equal(t, ORG, res.Mentions[s].Label, why)
			assert.Equal(t, res.Mentions[f].Entity, res.Mentions[s].Entity, "%s: one organization", why)
		}
	}
}

// TestClubHeadWithArticle: a club introduced with its head written with
// the article (النادي الأهلي المصري، النادي الإسماعيلي) is the same club
// named later by its short name alone, which is also a common word.
func TestClubHeadWithArticle(t *testing.T) {
	for _, tt := range []struct{ why, in, short, full string }{
		{"الأهلي after النادي الأهلي المصري", "جدد النادي الأهلي المصري عقد حارسه لثلاثة مواسم. ويخوض الأهلي مباراته المقبلة في الإسكندرية.",
			"الأهلي", "النادي الأهلي المصري"},
		{"in the genitive", "أعلن النادي الأهلي المصري ضم لاعبين جديدين، ليرتفع عدد صفقات الأهلي إلى خمس.",
			"الأهلي", "النادي الأهلي المصري"},
	} {
		assertShortOrg(t, tt.why, tt.in, tt.short, tt.full)
	}
}
