package naba

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/events"
)

// TestEventsComplementizerPronouns: أنّ with the pronoun of its subject
// reads the same whatever the pronoun, the dual's (أنهما) and بأنهم as
// أنهم and بأنها: it opens another clause, which ends the window of the
// event before it (what the two killed are thought to be is no party of
// their death), and after a relative pronoun and a verb of saying it
// tells what is claimed of the thing described, no statement. Sentences
// written for this test.
func TestEventsComplementizerPronouns(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nقتل جنود يرجح أنهم من الحرس الجمهوري في هجوم على حاجز في سيناء.",
		"عنوان\n\nقتل جنديان يرجح أنهما من الحرس الجمهوري في هجوم على حاجز في سيناء.",
	} {
		for _, e := range eventsOfType(t, text, "2025-11-25", "death") {
			assert.NotContains(t, e.Participants, "الحرس الجمهوري", text)
		}
	}
	for _, text := range []string{
		"عنوان\n\nواعتقلت الشرطة المسلحين الذين قالت وزارة الداخلية المصرية إنهم ينتمون إلى تنظيم داعش.",
		"عنوان\n\nواعتقلت الشرطة المسلحين الذين قالت وزارة الداخلية المصرية بأنهم ينتمون إلى تنظيم داعش.",
	} {
		checkNotEvents(t, text, "2025-11-25", "statement")
	}
}

// decidedPastAsideRef is decidedPastAside as first written: a scan back
// over the sentence's drafts at every call.
func decidedPastAsideRef(b *eventBuilder, d *draft) *draft {
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.sent != d.sent || p.tr.Last > d.tr.First {
			return nil
		}
		if p.dropped || p.ev.Type != events.Decision || p.tr.POS == events.Noun || !p.hasAgent ||
			p.tr.Lemma != "قرر" && p.tr.Lemma != "صوت" {
			continue
		}
		k := p.agentEnd
		if k < p.tr.Last || d.tr.First-k > 20 {
			return nil
		}
		if b.punct(k) == "," {
			j := k + 1
			for ; j < d.tr.First && b.punct(j) == ""; j++ {
				if isComplementizer(b.word(j)) {
					return nil
				}
			}
			if j >= d.tr.First || b.punct(j) != "," || j-k < 3 {
				return nil
			}
			k = j + 1
		}
		if p.tr.Lemma == "صوت" && k < d.tr.First && b.word(k) == "علي" {
			k++
		}
		if k != d.tr.First {
			return nil
		}
		return p
	}
	return nil
}

// TestDecidedPastAsideRuns: decidedPastAside, which reads each draft
// once, answers as the scan back over the sentence's drafts did, after
// every draft appended or dropped, over drafts of decisions and votes
// (verbs and nouns, with and without their subject), of other events,
// of two sentences, some reaching past the next one's trigger; and a
// builder reset for the next document forgets them.
func TestDecidedPastAsideRuns(t *testing.T) {
	text := "عنوان\n\n" + strings.Repeat("صوت مجلس المحافظة، في جلسة استثنائية عقدها أمس، على إقالة المحافظ وقررت الوزارة، في بيان أصدرته أن اليوم، إغلاق الطريق ", 4)
	doc, err := Extract(t.Context(), text, ExtractOptions{})
	require.NoError(t, err)
	lemmas := []string{"قرر", "صوت", "اعلن"}
	types := []string{events.Decision, events.Decision, events.Meet}
	rng := rand.New(rand.NewPCG(14, 14))
	for round := range 200 {
		b := newEventBuilder(doc, nil)
		n := len(b.tx.Tokens)
		first, sent := 0, 0
		for range 40 {
			first += rng.IntN(4)
			if first >= n-2 {
				break
			}
			if rng.IntN(10) == 0 {
				sent++
			}
			d := &draft{sent: sent, ev: Event{Type: types[rng.IntN(len(types))]}}
			d.tr = events.Trigger{Lemma: lemmas[rng.IntN(len(lemmas))], First: first, Last: first + 1 + rng.IntN(2)*rng.IntN(3)}
			if rng.IntN(4) == 0 {
				d.tr.POS = events.Noun
			}
			require.Equal(t, decidedPastAsideRef(b, d), b.decidedPastAside(d), "round %d, %d drafts, trigger at %d", round, len(b.drafts), first)
			d.hasAgent = rng.IntN(3) > 0
			d.agentEnd = d.tr.Last + rng.IntN(5)
			b.drafts = append(b.drafts, d)
			if rng.IntN(3) == 0 {
				b.drafts[rng.IntN(len(b.drafts))].dropped = true
			}
		}
	}
	b := newEventBuilder(doc, nil)
	p := &draft{ev: Event{Type: events.Decision}, tr: events.Trigger{Lemma: "صوت", First: 0, Last: 1}, hasAgent: true, agentEnd: 3}
	b.drafts = append(b.drafts, p)
	d := &draft{ev: Event{Type: events.Dismiss}, tr: events.Trigger{First: 3, Last: 4}}
	assert.Same(t, p, b.decidedPastAside(d))
	b.reset(doc)
	assert.Nil(t, b.decidedPastAside(d))
}

// TestIsHeadPage: past headScanMax heads, isHead asks a set of them,
// and answers as the scan does, for every head and for words that are
// none (a head's beginning, a head with more after it); a builder reset
// for a short document scans again.
func TestIsHeadPage(t *testing.T) {
	var names []string
	for i := range headScanMax + 40 {
		names = append(names, fmt.Sprintf("اسم%d", i))
	}
	doc, err := Extract(t.Context(), "عنوان\n\nواعتقلت الشرطة سبعة أشخاص في المدينة.", ExtractOptions{})
	require.NoError(t, err)
	b := newEventBuilder(doc, nil)
	for _, count := range []int{len(names), headScanMax + 1, 3, headScanMax, len(names)} {
		b.reset(doc)
		for _, w := range names[:count] {
			b.headBuf = append(b.headBuf, w...)
			b.headEnd = append(b.headEnd, int32(len(b.headBuf)))
		}
		for i, w := range names {
			assert.Equal(t, i < count, b.isHead(w), "%d heads, %s", count, w)
			assert.False(t, b.isHead(w+"ا"), "%d heads, %s", count, w)
		}
		assert.False(t, b.isHead("اسم"), "%d heads", count)
		assert.False(t, b.isHead(""), "%d heads", count)
	}
}

// TestDraftSize: a draft's flags stand together (see draft): on 64 bits
// it takes 440 bytes, where the same fields scattered took 456.
func TestDraftSize(t *testing.T) {
	if unsafe.Sizeof(0) != 8 {
		t.Skip("sizes are of 64-bit words")
	}
	assert.LessOrEqual(t, unsafe.Sizeof(draft{}), uintptr(440))
}
