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

func ExampleNewCache() {
	// A Cache sized for a worker's vocabulary, with its stems folded for
	// search as the Stemmer folds them.
	c := stem.NewCache(1 << 14)
	c.Fold = normalize.MustNew(normalize.Search) // set before the first call
	var buf []byte
	for _, w := range strings.Fields("أعلنت الحكومة في ٢٠١٧ إلغاء الرسوم") {
		buf = c.AppendStem(buf[:0], w)
		fmt.Print(string(buf), "|")
	}
	fmt.Println()
	// Output: اعلن|حكوم|في|2017|الغاء|رسوم|
}

func ExampleCache_AppendStem() {
	// The stems are those of AppendStem, found in the cache or not.
	var c stem.Cache
	var buf []byte
	for _, w := range strings.Fields("بالمدرسة يستخدمون elections بالمدرسة 2017") {
		buf = c.AppendStem(buf[:0], w)
		fmt.Println(w, string(buf), string(buf) == stem.Stem(w))
	}
	// Output:
	// بالمدرسة مدرس true
	// يستخدمون استخدم true
	// elections elect true
	// بالمدرسة مدرس true
	// 2017 2017 true
}

func ExampleCache_Reset() {
	// A worker that moves to another kind of text starts afresh without
	// giving back the cache's memory.
	c := stem.NewCache(64)
	buf := c.AppendStem(nil, "الوزراء")
	c.Reset()
	buf = c.AppendStem(buf[:0], "الوزراء")
	fmt.Println(string(buf))
	// Output: وزراء
}

func ExampleNewStemmer() {
	// A nil Normalizer folds nothing: the stems are Stem's. The Snowball
	// stemmer folds hamza and ى itself; a Search Stemmer also folds what
	// it leaves, such as the digits of a number.
	plain := stem.NewStemmer(nil)
	search := stem.NewStemmer(normalize.MustNew(normalize.Search))
	for _, w := range []string{"مصطفى", "المسؤولين", "٢٠١٧"} {
		fmt.Println(string(plain.AppendStem(nil, w)), string(search.AppendStem(nil, w)))
	}
	// Output:
	// مصطفي مصطفي
	// مسوول مسوول
	// ٢٠١٧ 2017
}

func ExampleStemmer_AppendStem() {
	// Stem the words of a Search-folded Text as written in the source,
	// then fold the stem: the package's advice for Search-folded text.
	st := stem.NewStemmer(normalize.MustNew(normalize.Search))
	t := normalize.MustNew(normalize.Search).Analyze("وأكدت الوزارة على الإجراءات")
	var buf []byte
	for i := range t.Tokens {
		s, e := t.TokenSource(i)
		buf = st.AppendStem(buf[:0], t.Source[s:e])
		fmt.Println(t.TokenText(i), string(buf))
	}
	// Output:
	// واكدت اكد
	// الوزاره وزار
	// علي علي
	// الاجراءات اجراء
}
