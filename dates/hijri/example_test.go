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

func ExampleDayNumber() {
	// Day numbers count days from 1970-01-01; the location's calendar
	// day is counted, not the UTC one.
	riyadh := time.FixedZone("AST", 3*60*60)
	t := time.Date(2017, 6, 7, 1, 30, 0, 0, riyadh) // 2017-06-06 22:30 UTC
	n := hijri.DayNumber(t)
	fmt.Println(n, hijri.DayTime(n).Format(time.DateOnly), hijri.FromDayNumber(n))
	// Output: 17324 2017-06-07 1438-09-12
}

func ExampleDayTime() {
	fmt.Println(hijri.DayTime(0), hijri.DayTime(17324).Format(time.DateOnly))
	// Output: 1970-01-01 00:00:00 +0000 UTC 2017-06-07
}

func ExampleFromDayNumber() {
	// The first day of Ramadan 1438 and the day after its last.
	start := hijri.MonthStart(1438, 9)
	fmt.Println(hijri.FromDayNumber(start), hijri.FromDayNumber(start+hijri.MonthLength(1438, 9)))
	// Output: 1438-09-01 1438-10-01
}

func ExampleMonthStart() {
	// Ramadan 1438 began on 27 May 2017 and had 29 days. Month 13 of
	// 1438 is Muharram 1439.
	fmt.Println(hijri.DayTime(hijri.MonthStart(1438, 9)).Format(time.DateOnly), hijri.MonthLength(1438, 9))
	fmt.Println(hijri.MonthStart(1438, 13) == hijri.MonthStart(1439, 1))
	// Output:
	// 2017-05-27 29
	// true
}

func ExampleMonthLength() {
	for m := 1; m <= 12; m++ {
		fmt.Print(hijri.MonthLength(1438, m), " ")
	}
	fmt.Println()
	// Output: 30 29 30 30 30 29 29 30 29 29 30 29
}

func ExampleInTable() {
	// Years the Umm al-Qura table covers convert to the days observed;
	// others use the tabular calendar.
	fmt.Println(hijri.InTable(1342), hijri.InTable(1343), hijri.InTable(1500), hijri.InTable(1501))
	// Output: false true true false
}

func ExampleDate_Valid() {
	// Ramadan 1438 had 29 days.
	for _, d := range []hijri.Date{{1438, 9, 29}, {1438, 9, 30}, {1438, 13, 1}, {}} {
		fmt.Println(d, d.Valid())
	}
	// Output:
	// 1438-09-29 true
	// 1438-09-30 false
	// 1438-13-01 false
	// 0000-00-00 false
}

func ExampleDate_DayNumber() {
	// DayNumber does not validate: 30 Shawwal 1438, a day Shawwal did not
	// have, is 1 Dhu al-Qada. Use Valid or Gregorian to reject it.
	d := hijri.Date{Year: 1438, Month: 10, Day: 30}
	_, err := d.Gregorian()
	fmt.Println(hijri.FromDayNumber(d.DayNumber()), err != nil)
	// Output: 1438-11-01 true
}

func ExampleDate_String() {
	d := hijri.Date{Year: 1436, Month: 10, Day: 26}
	fmt.Printf("%v (%d %s %d هـ)\n", d, d.Day, hijri.MonthNames[d.Month-1], d.Year)
	// Output: 1436-10-26 (26 شوال 1436 هـ)
}
