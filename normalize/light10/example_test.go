package light10_test

import (
	"fmt"

	"github.com/nabanlp/naba/normalize/light10"
)

func ExampleStem() {
	for _, w := range []string{"والحسن", "ساهدون", "للاخر", "زوجها"} {
		fmt.Println(light10.Stem(w))
	}
	// Output:
	// حسن
	// ساهد
	// اخر
	// زوج
}
