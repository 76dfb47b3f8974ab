package naba

import (
	"strings"

	"github.com/nabanlp/naba/events"
)

// decreeTimes gives the orders a decree lists their decree's day: a
// royal order, a decree or a resolution is issued on a day told once
// (أصدر الملك مساء السبت 4 نوفمبر حزمة من الأوامر الملكية), and the
// orders it holds are told after it without one (وقضت الأوامر بإعفاء …
// وتعيين …؛ وشملت الأوامر إحالة … إلى التقاعد؛ كما أعفي … وعيّن …).
func (b *eventBuilder) decreeTimes(live []*draft) {
	orderSent := -2 // the last sentence that told a decree's orders
	var idx decreeIndex
	for _, d := range live {
		if d.dropped || !decreeOrder(d.ev.Type) || d.sent >= len(b.tx.Sentences) {
			continue
		}
		s := b.tx.Sentences[d.sent]
		held := b.heldByDecree(d.tr.First, s.First)
		if !held && (d.sent == orderSent || d.sent == orderSent+1 && isAnyConj(b.word(s.First), "كما")) {
			// كما أعفي وزير الاقتصاد … وعيّن …: the list goes on.
			held = true
		}
		if !held {
			continue
		}
		orderSent = d.sent
		// An order with no one named (وتعيينه قائدا) stays without the
		// day: with it, it would merge into another order of that day.
		if (d.time == nil || d.toldTime) && len(d.parts) > 0 {
			if idx.noun == nil {
				idx = b.readDecrees()
			}
			if t := b.decreeDay(idx, d.sent, d.tr.First); t != nil {
				d.time, d.toldTime = t, false
			}
		}
	}
}

// decreeIndex holds, per sentence, its first token that names a decree
// and its first date with a value (-1: none), read in one pass over the
// document's tokens and one over its dates, so that each order a decree
// holds looks its decree's day up in the six sentences up to its own
// without reading them again.
type decreeIndex struct {
	noun, date []int32
}

// readDecrees reads the decreeIndex of the document.
func (b *eventBuilder) readDecrees() decreeIndex {
	sents := b.tx.Sentences
	idx := decreeIndex{noun: make([]int32, len(sents)), date: make([]int32, len(sents))}
	for si, s := range sents {
		idx.noun[si], idx.date[si] = -1, -1
		for j := s.First; j < s.Last; j++ {
			if isDecreeNoun(trimConj(b.word(j))) {
				idx.noun[si] = int32(j)
				break
			}
		}
	}
	// The dates come in the text's order, as the sentences do.
	si := 0
	for i := range b.doc.Dates {
		f := int(b.dateFirst[i])
		for si < len(sents) && sents[si].Last <= f {
			si++
		}
		if si == len(sents) {
			break
		}
		if f >= sents[si].First && idx.date[si] < 0 && b.doc.Dates[i].Value != "" {
			idx.date[si] = int32(i)
		}
	}
	return idx
}

// decreeOrder reports the types of event a decree orders.
func decreeOrder(typ string) bool {
	switch typ {
	case events.Appoint, events.Dismiss, events.Establish, events.Decision, events.Suspend:
		return true
	}
	return false
}

// heldByDecree reports whether a verb of content with a decree for its
// subject (قضت الأوامر، شملت القرارات، تضمن المرسوم، نص القرار) stands
// before token k in its sentence, within twenty-five tokens.
func (b *eventBuilder) heldByDecree(k, sentFirst int) bool {
	for j := k - 1; j > sentFirst && j >= k-25; j-- {
		if isAnyConj(b.word(j-1), "قضت", "قضي", "شملت", "شمل", "تضمنت", "تضمن", "نصت", "نص") &&
			strings.HasPrefix(b.word(j), "ال") && isDecreeNoun(b.word(j)) {
			return true
		}
	}
	return false
}

// isDecreeNoun reports a folded noun of a decree, with or without the
// article.
func isDecreeNoun(w string) bool {
	return isAnyWord(w, "اوامر", "الاوامر", "امر", "الامر", "امرا", "مرسوم", "المرسوم", "مرسوما", "مراسيم", "المراسيم",
		"قرار", "القرار", "قرارا", "قرارات", "القرارات")
}

// decreeDay returns the day of the decree whose orders are told in
// sentence si before token k: the first date of the nearest sentence
// (si itself, before k, or one of the five before it) that names a
// decree and a date; nil when none does.
func (b *eventBuilder) decreeDay(idx decreeIndex, si, k int) *Argument {
	for sj := si; sj >= 0 && sj >= si-5; sj-- {
		n, i := int(idx.noun[sj]), int(idx.date[sj])
		if n < 0 || i < 0 || sj == si && (n >= k || int(b.dateFirst[i]) >= k) {
			continue
		}
		return &Argument{Role: "time", Date: i, Value: b.doc.Dates[i].Value}
	}
	return nil
}
