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
		// events rules of this session: a capital in its country, aims and background,
		// أما … ف, border words, an appeal or a permission before the event
		"يلتقي روحاني بنظيريه في طهران. الاجتماع سيعقد في إيران.", "وصل إلى دمشق لإجراء محادثات",
		"لتسجيل احتجاج", "شاركوا في هجمات", "أما الوزير فقال", "أما فقال", "اشتباكات على الحدود مع",
		"سمحت للطائرات بشن هجمات", "دعا إلى عقد \"جلسة\"", "قال جيش الثوار -وهو تحالف تشكل في بيان امس-",
		"زار دمشق وقال «وصل إلى حلب»", "أعلنت أنها ستطلق قريبا هجوما",
		// date lines and datelines of stop 13
		"عنوان\nنشر في: 12/09/2018 - 10:30\n\nقال", "عنوان\nالسبت 2018/9/15\n\nقال", "12-09-2018 |", "1/2/",
		"الأربعاء 12 سبتمبر 2018 - 02 محرم 1440 هـ", "12 سبتمبر 2018 -", "بيروت - 12 أيلول 2018 - قال",
		"القاهرة في 12 سبتمبر /أ ش أ/ قال", "دمشق 12 سبتمبر (رويترز", "واشنطن، 12 سبتمبر 2018 (أ ف ب) -",
		"اغتال مسلحون مجهولون", "هاجم مستوطنون إسرائيليون قرية", "اغتال مسلحون",
		// a light verb opening the text before its event noun (blind3: ErrInternal)
		"وشهدت مدن إربد احتجاجات", "تستضيف طهران قمة", "قام بزيارة",
		// evt6: an outcome after fighting, a toll referring back, a purpose after a trip, senses
		"أعلنت قوات الجيش سيطرتها بعد اشتباكات مع مجموعات موالية لفلان", "أعلن الجيش، بقيادة", "سيطرتها", "أعلنت قوات الجيش الوطني الليبي", "أعلن الجيش السوري،", "وقال الوزير. وأفادت مصادر",
		"هجوم في حلب. إن الاشتباكات أسفرت عن مقتل أربعة وإصابة", "الهجوم لم يسفر عن سقوط جرحى",
		"يزور سلامة بنغازي للقاء", "للمشاركة في", "ناقشا خطة الأمم المتحدة", "أوقفت 20 مهاجرا", "رفع سعر الفائدة",
		"وزع أدوية", "تفكيك خلية", "القوة القاهرة",
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
