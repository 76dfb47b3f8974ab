package hijri_test

import (
	"fmt"
	"time"

	"github.com/nabanlp/naba/dates/hijri"
)

func ExampleDate_Gregorian() {
	// 26 Shawwal 1436 AH.
	g, err := hijri.Date{Year: 1436, Month: 10, Day: 26}.Gregorian()
	fmt.Println(g.Format(time.DateOnly), err)
	// Output: 2015-08-11 <nil>
}

func ExampleFromGregorian() {
	d := hijri.FromGregorian(time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC))
	fmt.Println(d, hijri.MonthNames[d.Month-1])
	// Output: 1438-10-16 شوال
}
