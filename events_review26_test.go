package naba

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsRoadClosedByAuthority: the forces or the authorities that
// close roads with berms or barricades are no protesters, whether they are
// named after the verb or before it; residents who block a road with
// stones still protest. Sentences written for this test.
func TestEventsRoadClosedByAuthority(t *testing.T) {
	for _, c := range []struct {
		text    string
		protest bool
	}{
		{"عنوان الخبر\n\nوأغلقت قوات الجيش الطرق المؤدية إلى المدينة بالسواتر الترابية أمس.", false},
		{"عنوان الخبر\n\nوقوات الأمن أغلقت الشوارع المحيطة بالبرلمان بالمتاريس الحديدية أمس.", false},
		{"عنوان الخبر\n\nوأغلقت السلطات المحلية في الموصل الجسر القديم بالحواجز الإسمنتية والسواتر أمس.", false},
		{"عنوان الخبر\n\nوأغلق سكان قرية الزاوية الطريق المؤدي إلى صفاقس بالحجارة أمس احتجاجا على انقطاع المياه.", true},
	} {
		if c.protest {
			eventsOfType(t, c.text, "2019-03-12", "protest")
			continue
		}
		checkNotEvents(t, c.text, "2019-03-12", "protest")
	}
}

// TestEventsElectionWinnerOfSeatsOutOf: the winner of an election told
// before it keeps it when his seats are told out of the chamber's (بـ125
// مقعدا من أصل 395), as results are. Sentences written for this test.
func TestEventsElectionWinnerOfSeatsOutOf(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوفاز حزب العدالة والتنمية بـ125 مقعدا من أصل 395 في الانتخابات التشريعية.", "حزب العدالة والتنمية"},
		{"عنوان\n\nوفاز حزب جبهة التحرير الوطني بـ 164 مقعدا من أصل 462 في الانتخابات.", "حزب جبهة التحرير الوطني"},
	} {
		evs := eventsOfType(t, c.text, "2016-10-09", "election")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}

// worksNamedBeforeRef is worksNamedBefore as c918bd6 wrote it: a scan
// from the text's start at every call.
func worksNamedBeforeRef(b *eventBuilder, k int) int {
	w, ok := strings.CutPrefix(b.words[k], "ال")
	if !ok || !isWorksNoun(w) {
		return -1
	}
	for j := 0; j+2 < k; j++ {
		if strings.TrimPrefix(trimConj(b.words[j]), "ب") != w {
			continue
		}
		for _, m := range []int{j + 1, j + 2} {
			if x := b.tokMention[m]; x >= 0 && int(b.menFirst[x]) == m && b.doc.Mentions[x].Label == LOC && b.worksBefore(m) {
				return int(x)
			}
		}
	}
	return -1
}

// TestWorksNamedBeforeReadOnce: the works named by their town, read once
// a document, are found at every token as the scan from the text's start
// found them (works named twice, by two towns, after and before the verb,
// a works noun with و and ب, none named), and a builder reset for the next
// document forgets them. Sentences written for this test.
func TestWorksNamedBeforeReadOnce(t *testing.T) {
	texts := []string{
		"عنوان\n\nاندلع حريق في مصفى بيجي فجر اليوم. ووصل وزير النفط إلى المصفى ظهرا. وانفجرت عبوة في مصفى الدورة. ووصل المحافظ إلى المصفى.",
		"عنوان\n\nوصل الوزير إلى المحطة. ثم وقع انفجار بمحطة قطار طنطا، وانتقل المحافظ إلى المحطة، وزار ومنجم فوسفات خريبكة.",
		"عنوان\n\nوصل الوزير إلى المصفى ثم إلى الميناء دون أن يسمي أحد مكانهما.",
	}
	es := newEventSession() // one builder, reset for each document
	for _, text := range texts {
		doc, err := Extract(t.Context(), text, ExtractOptions{})
		require.NoError(t, err)
		b := newEventBuilder(doc, es)
		found := 0
		for k := range b.words {
			want := worksNamedBeforeRef(b, k)
			assert.Equal(t, want, b.worksNamedBefore(k), "%q at token %d", text, k)
			if want >= 0 {
				found++
			}
		}
		t.Logf("%d works told again in %q", found, text)
	}
}

// TestEventsSignedPastAcronym: the acronym in brackets after the signer's
// name (الوكالة اليابانية للتعاون الدولي (جايكا)، منظمة الصحة العالمية
// (WHO)) stands between وقّع and what was signed as the name does: one
// agreement, its sides the signer and the partner after مع. Sentences
// written for this test.
func TestEventsSignedPastAcronym(t *testing.T) {
	for _, c := range []struct{ text, signer string }{
		{"عنوان\n\nووقعت الوكالة اليابانية للتعاون الدولي (جايكا) اتفاقية مع وزارة الصحة المصرية لتمويل ثلاثة مستشفيات.", "الوكالة اليابانية للتعاون الدولي"},
		{"عنوان\n\nووقعت منظمة الصحة العالمية (WHO) مذكرة تفاهم مع وزارة الصحة العراقية أمس.", "منظمة الصحة العالمية"},
	} {
		evs := eventsOfType(t, c.text, "2019-02-11", "agreement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.signer, "%s: %+v", c.text, evs)
		}
	}
}
