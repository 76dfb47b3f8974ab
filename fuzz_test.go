package naba

import "testing"

// FuzzExtract: no panic on any input, and every promise checkExtract
// states: spans in bounds, in order and selecting their text (in bytes
// and, in the JSON, in code points), indices that point at something,
// the same output from a Session that read another document first, and
// ErrInvalidUTF8 for bad UTF-8 without the repair; with and without the
// glued-word repair.
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
	noGlue, err := New(Options{NoGlueRepair: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkExtract(t, x, s)
		checkExtract(t, noGlue, s)
	})
}
