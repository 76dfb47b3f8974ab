package naba

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsPhoneTalksAreContacts: talks held by phone (محادثات هاتفية،
// مباحثات هاتفية) are a contact, not a meeting.
func TestEventsPhoneTalksAreContacts(t *testing.T) {
	tests := []struct {
		name, text string
		parts      []string
	}{
		{"talks by phone", "عنوان\n\nوأجرت رئيسة الوزراء جاسيندا أرديرن محادثات هاتفية مع نظيرها الأسترالي سكوت موريسون.", []string{"جاسيندا أرديرن", "سكوت موريسون"}},
		{"discussions by phone", "عنوان\n\nوأجرى العاهل المغربي الملك محمد السادس مباحثات هاتفية مع الرئيس السنغالي ماكي سال تناولت العلاقات.", []string{"محمد السادس", "ماكي سال"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNotEvents(t, tt.text, "2020-06-01", "meet")
			evs := eventsOfType(t, tt.text, "2020-06-01", "contact")
			require.Len(t, evs, 1, "%+v", evs)
			assert.ElementsMatch(t, tt.parts, evs[0].Participants, "%+v", evs[0])
		})
	}
}

// TestTalksAfterBareTitleNoName: after a title with no name (أجرى الوزير)
// the talks held (مباحثات، مشاورات) are the verb's object, not a person.
func TestTalksAfterBareTitleNoName(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوأجرى الوزير مباحثات مع نظيره القطري في الدوحة.",
		"عنوان\n\nوأجرى الرئيس مشاورات مع رؤساء الكتل النيابية.",
		"عنوان\n\nوعقد الأمير مفاوضات مطولة مع الوفد.",
	} {
		t.Run(text, func(t *testing.T) {
			doc, err := Extract(context.Background(), text, ExtractOptions{RefDate: mustDate(t, "2020-06-01")})
			require.NoError(t, err)
			for _, m := range doc.Mentions {
				assert.NotEqual(t, PER, m.Label, "%q read as a person", text[m.Start:m.End])
			}
		})
	}
}

// TestEventsCallsSplitPerCaller: calls told by one plural or dual noun
// (تلقى اتصالين هاتفيين من فلان وفلان) are one contact per other party,
// each with the one who took or made them; a single call among three
// (اتصالا ثلاثيا) stays one contact.
func TestEventsCallsSplitPerCaller(t *testing.T) {
	tests := []struct {
		name, text string
		pairs      [][]string
	}{
		{"two calls received", "عنوان\n\nوتلقى الرئيس التونسي قيس سعيد اتصالين هاتفيين من الرئيس الجزائري عبد المجيد تبون والرئيس الفرنسي إيمانويل ماكرون.",
			[][]string{{"قيس سعيد", "عبد المجيد تبون"}, {"قيس سعيد", "إيمانويل ماكرون"}}},
		{"calls made to three", "عنوان\n\nوأجرت وزيرة الخارجية نجلاء المنقوش اتصالات مع نظرائها التركي مولود جاويش أوغلو والإيطالي أنطونيو تاياني والمصري سامح شكري أمس.",
			[][]string{{"نجلاء المنقوش", "مولود جاويش أوغلو"}, {"نجلاء المنقوش", "أنطونيو تاياني"}, {"نجلاء المنقوش", "سامح شكري"}}},
		{"one call among three", "عنوان\n\nوأجرى الرئيس قيس سعيد اتصالا هاتفيا ثلاثيا مع عبد المجيد تبون وإيمانويل ماكرون.",
			[][]string{{"قيس سعيد", "عبد المجيد تبون", "إيمانويل ماكرون"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2021-03-01", "contact")
			require.Len(t, evs, len(tt.pairs), "%+v", evs)
			for i, want := range tt.pairs {
				assert.ElementsMatch(t, want, evs[i].Participants, "%+v", evs[i])
			}
		})
	}
}

// TestParticleFamilyNameNoDate: a European family name with a particle
// whose word is a month's name (دي مايو، دي أبريل) is the person's name,
// whole, and no date of the text; told again alone it is the same person.
func TestParticleFamilyNameNoDate(t *testing.T) {
	text := "عنوان\n\nوبحث وزير الخارجية الإيطالي لويجي دي مايو مع نظيره التونسي عثمان الجرندي في روما ملف الهجرة. وقال دي مايو إن بلاده ستدعم تونس."
	doc, err := Extract(context.Background(), text, ExtractOptions{RefDate: mustDate(t, "2021-03-01")})
	require.NoError(t, err)
	assert.Empty(t, doc.Dates, "%+v", doc.Dates)
	var names, ids []string
	for _, m := range doc.Mentions {
		if m.Label == PER {
			names = append(names, text[m.Start:m.End])
			ids = append(ids, m.Entity)
		}
	}
	require.Equal(t, []string{"لويجي دي مايو", "عثمان الجرندي", "دي مايو"}, names)
	assert.Equal(t, ids[0], ids[2], "دي مايو is لويجي دي مايو")
}

// TestEventsToldThatIsStatement: telling someone that (أبلغ الوزير المجلس
// أن …) is a statement, and an event in its أن clause whose subject is
// only the pronoun (أنه تلقى) is the teller's.
func TestEventsToldThatIsStatement(t *testing.T) {
	text := "عنوان\n\nوأبلغ وزير الخارجية ناصر بوريطة البرلمان أنه تلقى اتصالا من نظيره الموريتاني محمد سالم ولد مرزوك."
	st := eventsOfType(t, text, "2022-04-01", "statement")
	require.Len(t, st, 1, "%+v", st)
	assert.Equal(t, []string{"ناصر بوريطة"}, st[0].Participants)
	c := eventsOfType(t, text, "2022-04-01", "contact")
	require.Len(t, c, 1, "%+v", c)
	assert.ElementsMatch(t, []string{"ناصر بوريطة", "محمد سالم ولد مرزوك"}, c[0].Participants)
}

// TestHamzaAlefFamilyName: a family name written with أل (ألباريس،
// ألفاريز) is no definite noun (the article's alef takes no hamza): the
// name goes on over it, after a title or not.
func TestHamzaAlefFamilyName(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"عنوان\n\nوقال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن بلاده تدعم الحوار.", "خوسيه مانويل ألباريس"},
		{"عنوان\n\nوالتقى الوزير أليكس ألفاريز في مدريد وفدا من المستثمرين.", "أليكس ألفاريز"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.text, ExtractOptions{RefDate: mustDate(t, "2022-04-01")})
			require.NoError(t, err)
			var names []string
			for _, m := range doc.Mentions {
				if m.Label == PER {
					names = append(names, tt.text[m.Start:m.End])
				}
			}
			assert.Equal(t, []string{tt.name}, names)
		})
	}
}
