package events

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind: no panic on any text; trigger spans in bounds and in order;
// statuses and counts defined.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "التقى", "وللاجتماع", "لقي ما لا يقل عن 115 حتفهم", "حل البرلمان", "اتصال هاتفي",
		"خمسة وعشرون ألف مليون", "3,042.5", "\xff\xfe", "ـــ", "سس", "و", "لل", "ال",
		// triggers of this session: the next word required (+), at the text's end or not
		"تلقى اتصالا هاتفيا", "تلقى", "يتلقى مكالمة", "محادثة هاتفية", "محادثة", "أحيل إلى التقاعد", "أحيل",
		"إحالة على التقاعد", "سمحت للطائرات", "سمح", "مواجهات", "جلسة", "لمح", "يشكك",
	} {
		f.Add(s)
	}
	lex := Default()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the pipeline hands over valid UTF-8 only
		}
		tx := search.Analyze(s)
		prev := 0
		for _, tr := range lex.Find(tx, 0, len(tx.Tokens)) {
			if tr.Start < prev || tr.Start > tr.End || tr.End > len(tx.Norm) || tr.First >= tr.Last || tr.Last > len(tx.Tokens) {
				t.Fatalf("bad trigger %+v in %q", tr, tx.Norm)
			}
			prev = tr.End
			switch Status(tx, tr, 0, len(tx.Tokens)) {
			case Past, Ongoing, Planned, Negated:
			default:
				t.Fatal("bad status")
			}
		}
		for i := range tx.Tokens {
			if n, next, ok := Number(tx, i, len(tx.Tokens)); ok && (n < 0 || next <= i || next > len(tx.Tokens)) {
				t.Fatalf("bad number %d %d at %d", n, next, i)
			}
		}
	})
}
