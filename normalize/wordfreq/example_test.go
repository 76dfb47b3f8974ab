package wordfreq_test

import (
	"fmt"

	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/wordfreq"
)

func ExampleCentibels() {
	// Keys are Search-folded: fold a word before looking it up.
	search := normalize.MustNew(normalize.Search)
	for _, w := range []string{"في", "سورية", "وسوريا", "بالطاقة", "كككك"} {
		cb, ok := wordfreq.Centibels(search.String(w))
		fmt.Println(w, cb, ok)
	}
	// Output:
	// في -144 true
	// سورية -404 true
	// وسوريا -468 true
	// بالطاقة -500 true
	// كككك 0 false
}

func ExampleCentibelsBytes() {
	// A key built in a buffer: the article stripped off, without
	// allocating.
	var key []byte
	for _, w := range []string{"الحكومه", "الوزاره"} {
		key = append(key[:0], w[len("ال"):]...)
		cb, ok := wordfreq.CentibelsBytes(key)
		fmt.Println(string(key), cb, ok)
	}
	// Output:
	// حكومه -380 true
	// وزاره -348 true
}

func ExampleKnown() {
	// Unfolded text is not a key: الحكومة with ة is unknown, الحكومه known.
	fmt.Println(wordfreq.Known("الحكومه"), wordfreq.Known("الحكومة"), wordfreq.Known("government"))
	// Output: true false false
}
