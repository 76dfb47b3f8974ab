package arabic_test

import (
	"fmt"
	"strings"

	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/snowball/arabic"
)

func ExampleStem() {
	for _, w := range []string{"الكتاب", "بالمدرسة", "يستخدمون", "المعلمون", "في"} {
		fmt.Println(w, "→", arabic.Stem(w, false))
	}
	// Output:
	// الكتاب → كتاب
	// بالمدرسة → مدرس
	// يستخدمون → استخدم
	// المعلمون → معلم
	// في → في
}

func ExampleAppendStem() {
	var buf []byte
	for _, w := range []string{"وللحكومة", "وزارة"} {
		buf = arabic.AppendStem(buf[:0], w)
		fmt.Println(string(buf))
	}
	// Output:
	// حكوم
	// زار
}

func ExampleIsStopWord() {
	fmt.Println(arabic.IsStopWord("على"), arabic.IsStopWord("الحكومة"))
	// Output: true false
}

func ExampleNewFolder() {
	// Stems folded as the Search preset folds text (أ → ا, ة → ه, ى → ي),
	// most of them while they are written out.
	f := arabic.NewFolder(normalize.MustNew(normalize.Search).Append)
	var buf []byte
	for _, w := range []string{"أخرى", "بالمدرسة"} {
		buf = f.AppendStem(buf[:0], w)
		fmt.Println(string(buf))
	}
	// Output:
	// اخري
	// مدرس
}

func ExampleFolder_AppendStem() {
	// The folded stems of a sentence, one after the other in one buffer.
	// AppendStem may write in the spare capacity of buf past the stem:
	// buf must not share its memory with anything kept.
	f := arabic.NewFolder(normalize.MustNew(normalize.Search).Append)
	var buf []byte
	for i, w := range strings.Fields("أعلنت الحكومة إلغاء الرسوم الجمركية") {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = f.AppendStem(buf, w)
	}
	fmt.Println(string(buf))
	// Output: اعلن حكوم الغاء رسوم جمرك
}
