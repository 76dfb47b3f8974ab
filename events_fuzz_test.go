package naba

import (
	"context"
	"errors"
	"testing"
)

// FuzzEvents runs the events stage on any text with mentions and dates
// laid over its tokens in odd ways (overlapping, nested, covering
// triggers, every label): no panic, every trigger span in bounds and
// pointing at its text, every time argument naming a date.
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"التقى الأمين العام نذير الحكيم، صباح اليوم، في اسطنبول.",
		"عنوان\n\nوقتل ثلاثة وعشرون شخصاً في قصف على كفرنبل",
		"تعيين ليلى حداد محافظةً لحماةانفجار في مستودع ببانياس",
		"لقي ما لا يقل عن 115 مسلحا حتفهم", "أحمد: قال", "", "\x00", "وبحث بحث",
		"وقتل عشرة، بينهم", "القمة في أنقرة عندما", "ويوم الأحد، قال", "قال، الخميس", "إلى دمشق، حيث وقع",
		"اجتماع رؤساء", "شن سلاح الجو", "محافظة",
		// rules of this session: a capital in its country, aims, أما … ف, border words, permissions
		"اجتمع روحاني في طهران. وعقد الاجتماع في إيران مع بوتين.", "أما الرئيس فالتقى", "وصل لإجراء محادثات",
		"للوقوف على التفجير", "اشتباكات على الحدود مع تركيا", "سمحت بشن هجمات", "طالب بإجراء انتخابات",
		"وشهدت مدن إربد احتجاجات", "تستضيف طهران قمة",
		// an institution by its head noun, a speaker before قد (021e599)
		"منظمة العفو الدولية. وقالت المنظمة", "حركة فتح حركة حماس. وفدا من الحركة", "في مقر المنظمة",
		"وكان ترامب قد دعا المنظمة إلى", "قد دعا",
	} {
		f.Add(s, uint64(0x9e3779b97f4a7c15))
	}
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	labels := []Label{PER, ORG, LOC, MISC}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		doc, err := x.Extract(context.Background(), s, ExtractOptions{ReplaceInvalidUTF8: true})
		if errors.Is(err, ErrInternal) {
			t.Fatalf("%v on %q", err, s) // a stage's panic, recovered
		}
		if err != nil {
			return
		}
		tx := doc.Text()
		src := doc.Source()
		rnd := seed | 1
		next := func(n int) int {
			rnd ^= rnd << 13
			rnd ^= rnd >> 7
			rnd ^= rnd << 17
			return int(rnd % uint64(n))
		}
		doc.Mentions, doc.Dates, doc.Entities = nil, nil, nil
		for i := 0; i < len(tx.Tokens) && len(doc.Mentions) < 64; i++ {
			if next(3) != 0 {
				continue
			}
			j := min(len(tx.Tokens)-1, i+next(3))
			st, _ := tx.TokenSource(i)
			_, en := tx.TokenSource(j)
			id := "e" + itoa(next(5)+1)
			doc.Mentions = append(doc.Mentions, Mention{Label: labels[next(4)], Text: src[st:en], Form: src[st:en], Start: st, End: en, Entity: id, Section: doc.SectionAt(st, en)})
			if next(4) == 0 {
				doc.Dates = append(doc.Dates, Date{Text: src[st:en], Start: st, End: en, Value: "2020-01-0" + itoa(next(9)+1), Section: -1})
			}
		}
		for k := 1; k <= 5; k++ {
			doc.Entities = append(doc.Entities, Entity{ID: "e" + itoa(k), Label: labels[next(4)], Name: "x", Roles: []Role{{Title: "الأمين العام", Org: "e1"}}})
		}
		evs := findEvents(doc)
		for _, e := range evs {
			if e.Trigger.Start < 0 || e.Trigger.Start > e.Trigger.End || e.Trigger.End > len(src) || src[e.Trigger.Start:e.Trigger.End] != e.Trigger.Text {
				t.Fatalf("bad trigger %+v", e.Trigger)
			}
			for _, a := range e.Arguments {
				if a.Role == "time" && (a.Date < 0 || a.Date >= len(doc.Dates)) {
					t.Fatalf("time argument names no date: %+v", a)
				}
			}
		}
	})
}
