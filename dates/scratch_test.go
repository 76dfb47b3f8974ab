package dates

import (
	"fmt"
	"testing"
	"time"
)

func TestScratch(t *testing.T) {
	p := MustNew(Options{Reference: time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)})
	for _, s := range []string{"سأخرج من 4-23 في الشهر المقبل", "من 4 إلى 23 في الشهر المقبل"} {
		fmt.Println(s, p.Find(s))
	}
}
