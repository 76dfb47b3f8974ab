package naba

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzExtract: no panic on any input; every span in bounds and in order;
// the JSON always valid.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		shortPage, "", "\n\n", "عمانتعيين", "للسويداءإحداث\n", "مُحَمَّد", "\xff", "ﻻ ﷲ", "٢٨ حزيران الماضي",
		"دبي، الإمارات العربية المتحدة (CNN)-- قال", "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس قال",
		"a\u200cb\u200fc", "هي؟وثائق• خبر| خبر", "\u064b\u064c\u064d",
	} {
		f.Add(s)
	}
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := x.Extract(context.Background(), s, ExtractOptions{ReplaceInvalidUTF8: true})
		if err != nil {
			if !errors.Is(err, ErrEmpty) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		src := doc.Source()
		if !utf8.ValidString(src) {
			t.Fatal("source not valid UTF-8")
		}
		in := func(what string, a, e int) {
			if a < 0 || a > e || e > len(src) {
				t.Fatalf("%s span [%d,%d) out of [0,%d]", what, a, e, len(src))
			}
		}
		prev := 0
		for _, sc := range doc.Sections {
			in("section", sc.Start, sc.End)
			if sc.Start < prev && sc.Parent < 0 {
				t.Fatalf("sections overlap at %d", sc.Start)
			}
			if sc.Parent < 0 {
				prev = sc.End
			}
		}
		for _, m := range doc.Mentions {
			in("mention", m.Start, m.End)
		}
		for _, d := range doc.Dates {
			in("date", d.Start, d.End)
		}
		for _, ev := range doc.Events {
			in("trigger", ev.Trigger.Start, ev.Trigger.End)
		}
		for _, sp := range doc.Splits {
			in("split", sp.At, sp.At)
		}
		tx := doc.Text()
		for i := range tx.Tokens {
			a, e := tx.TokenSource(i)
			in("token", a, e)
		}
		b, err := json.Marshal(doc)
		if err != nil || !json.Valid(b) {
			t.Fatalf("bad JSON: %v", err)
		}
	})
}
