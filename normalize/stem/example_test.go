package stem_test

import (
	"fmt"
	"strings"

	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/stem"
)

func ExampleStem() {
	for _, w := range []string{"بالمدرسة", "يستخدمون", "elections", "2017"} {
		fmt.Println(stem.Stem(w))
	}
	// Output:
	// مدرس
	// استخدم
	// elect
	// 2017
}

func ExampleAppendStem() {
	var buf []byte
	for _, w := range []string{"الحكومة", "الوزراء"} {
		buf = stem.AppendStem(buf[:0], w)
		fmt.Println(string(buf))
	}
	// Output:
	// حكوم
	// وزراء
}

func ExampleCache() {
	var c stem.Cache // one per goroutine; the zero value is ready to use
	var buf []byte
	for _, w := range strings.Fields("قال الوزير إن الوزير قال") {
		buf = c.AppendStem(buf[:0], w) // the second قال and الوزير come from the cache
		fmt.Print(string(buf), " ")
	}
	fmt.Println()
	// Output: قال وزير ان وزير قال
}

func ExampleStemmer() {
	// One Stemmer for the whole program: it is safe for concurrent use.
	st := stem.NewStemmer(normalize.MustNew(normalize.Search))
	var buf []byte
	for _, w := range strings.Fields("أعلنت الحكومة إلغاء الرسوم على") {
		buf = st.AppendStem(buf[:0], w) // the stem, folded for search
		fmt.Print(string(buf), " ")
	}
	fmt.Println()
	// Output: اعلن حكوم الغاء رسوم علي
}

func ExampleLight() {
	fmt.Println(stem.Light("والمدرسة"), stem.Light("المعلمون"))
	// Output: مدرس معلم
}

func ExampleScriptOf() {
	fmt.Println(stem.ScriptOf("القاهرة") == stem.Arabic, stem.ScriptOf("Cairo") == stem.Latin)
	// Output: true true
}
