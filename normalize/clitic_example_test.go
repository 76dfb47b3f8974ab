package normalize_test

import (
	"fmt"

	"github.com/nabanlp/naba/normalize"
)

func ExampleSplitClitics() {
	for _, w := range []string{"للائتلاف", "وسوريا", "والصالح", "بيانهم", "لبنان", "فلسطين"} {
		sp := normalize.SplitClitics(w)
		fmt.Printf("%s: %q + %s + %q (stem bytes %s)\n", w, sp.Proclitic, sp.Stem, sp.Enclitic, w[sp.Start:sp.End])
	}
	// Output:
	// للائتلاف: "ل" + الائتلاف + "" (stem bytes لائتلاف)
	// وسوريا: "و" + سوريا + "" (stem bytes سوريا)
	// والصالح: "و" + الصالح + "" (stem bytes الصالح)
	// بيانهم: "" + بيان + "هم" (stem bytes بيان)
	// لبنان: "" + لبنان + "" (stem bytes لبنان)
	// فلسطين: "" + فلسطين + "" (stem bytes فلسطين)
}
