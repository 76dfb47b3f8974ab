package events

import "strings"

// PeopleSense is what a noun of people stands for in the rules that read
// one (a bit set: a noun may serve several).
type PeopleSense uint8

const (
	// PeopleDisplaced: refugees and displaced people (لاجئين، نازحين،
	// مهجرين): who return home after عاد is no visitor (checkVisit).
	PeopleDisplaced PeopleSense = 1 << iota
	// PeopleUprooted: people counted or named as a group that a disaster
	// can make homeless or a state deport (آلاف، الأسر، السكان، المهاجرين،
	// العمال, and the displaced themselves: النازحين، 300 نازح،
	// المهجرين): شرد/ترحيل before them is a displacement (checkPeople).
	PeopleUprooted
	// PeopleHeld: persons counted as the object of an arrest (12 شخصا،
	// ثلاثة أشخاص، مشتبه/مشتبها بهم، منهم: the root package's countedHeld).
	PeopleHeld
	// PeopleCrowd: a crowd with no name counted (عشرات، الآلاف، حشود):
	// the subject of a protest verb (the root package's crowd).
	PeopleCrowd
	// PeopleDwellers: the people of a place before its name (أعيان،
	// أهالي، سكان): the place is where (the root package's isPlace).
	PeopleDwellers
	// PeopleAccountable: one a prosecutor holds after an accident or a
	// fraud, by what he was there (السائق، المالك، المدير، الموظف، المسؤول،
	// صاحب، المقاول، المتهم): with PeopleHeld, the object of a verbal noun
	// of holding (the root package's personAfter: التحفظ على السائق).
	PeopleAccountable
)

// peopleNouns holds the folded nouns of people with their senses, each
// as the callers meet it: checks' bare words (no و, no article) for
// PeopleDisplaced and PeopleUprooted, words without their و for the rest
// (so PeopleCrowd lists the article forms too).
var peopleNouns = map[string]PeopleSense{
	"لاجي":     PeopleDisplaced,
	"لاجيا":    PeopleDisplaced | PeopleUprooted,
	"لاجيين":   PeopleDisplaced | PeopleUprooted,
	"لاجيون":   PeopleDisplaced,
	"نازح":     PeopleDisplaced | PeopleUprooted,
	"نازحا":    PeopleDisplaced | PeopleUprooted,
	"نازحين":   PeopleDisplaced | PeopleUprooted,
	"نازحون":   PeopleDisplaced | PeopleUprooted,
	"مهجر":     PeopleDisplaced | PeopleUprooted,
	"مهجرين":   PeopleDisplaced | PeopleUprooted,
	"مهجرون":   PeopleDisplaced | PeopleUprooted,
	"مهاجر":    PeopleUprooted,
	"مهاجرا":   PeopleUprooted | PeopleHeld,
	"مهاجرين":  PeopleUprooted | PeopleHeld,
	"الف":      PeopleUprooted,
	"الاف":     PeopleUprooted | PeopleCrowd,
	"ميات":     PeopleUprooted | PeopleCrowd,
	"عشرات":    PeopleUprooted | PeopleCrowd,
	"ملايين":   PeopleUprooted,
	"مليون":    PeopleUprooted,
	"اسره":     PeopleUprooted,
	"اسر":      PeopleUprooted,
	"عايله":    PeopleUprooted,
	"عايلات":   PeopleUprooted,
	"عوايل":    PeopleUprooted,
	"سكان":     PeopleUprooted | PeopleDwellers,
	"اهالي":    PeopleUprooted | PeopleDwellers,
	"مواطنا":   PeopleUprooted | PeopleHeld,
	"مواطنين":  PeopleUprooted | PeopleHeld,
	"شخص":      PeopleUprooted | PeopleHeld,
	"اشخاص":    PeopleUprooted | PeopleHeld,
	"عمال":     PeopleUprooted,
	"عمالا":    PeopleUprooted,
	"رعايا":    PeopleUprooted,
	"اطفال":    PeopleUprooted,
	"شخصا":     PeopleHeld,
	"مشتبه":    PeopleHeld,
	"مشتبها":   PeopleHeld,
	"مشتبهين":  PeopleHeld,
	"متهما":    PeopleHeld,
	"متهمين":   PeopleHeld,
	"مطلوبا":   PeopleHeld,
	"مطلوبين":  PeopleHeld,
	"عنصرا":    PeopleHeld,
	"عناصر":    PeopleHeld,
	"شابا":     PeopleHeld,
	"شبان":     PeopleHeld,
	"متظاهرا":  PeopleHeld,
	"متظاهرين": PeopleHeld,
	"منهم":     PeopleHeld,
	"العشرات":  PeopleCrowd,
	"الميات":   PeopleCrowd,
	"الالاف":   PeopleCrowd,
	"الوف":     PeopleCrowd,
	"الالوف":   PeopleCrowd,
	"حشود":     PeopleCrowd,
	"جموع":     PeopleCrowd,
	"اعيان":    PeopleDwellers,
	"وجهاء":    PeopleDwellers,
	"مشايخ":    PeopleDwellers,
	"اهل":      PeopleDwellers,
	"قاطني":    PeopleDwellers,
	"سايق":     PeopleAccountable,
	"ساييق":    PeopleAccountable,
	"سايقي":    PeopleAccountable,
	"مالك":     PeopleAccountable,
	"مدير":     PeopleAccountable,
	"موظف":     PeopleAccountable,
	"موظفين":   PeopleAccountable,
	"مسوول":    PeopleAccountable,
	"مسوولين":  PeopleAccountable,
	"صاحب":     PeopleAccountable,
	"مقاول":    PeopleAccountable,
	"متهم":     PeopleAccountable,
	"متهمه":    PeopleAccountable,
}

// isSeizedWord reports the bare words of people held (checkSeized: إيقاف
// 12 شخصا، إيقاف المشتبه بهم): a person, a suspect, an accused, a member
// of a group, a smuggler, one wanted. It reads stems, every form of
// each (عنصرين، مهربي، مطلوبون), where peopleNouns lists the forms its
// callers read.
func isSeizedWord(b string) bool {
	return hasAnyPrefix(b, "شخص", "اشخاص", "متهم", "مشتبه", "مشبوه", "عنصر", "عناصر", "مهرب", "مطلوب", "مروج", "مجرم", "ارهابي", "تكفيري", "افراد", "شبان")
}

// uprootedStems are the stems whose every form is PeopleUprooted (a
// migrant, a refugee, thousands with a pronoun or case ending:
// مهاجرون، لاجئو، آلافهم).
var uprootedStems = [...]string{"مهاجر", "لاجي", "الاف"}

// IsPeopleNoun reports whether the folded word w is a noun of people in
// one of the senses s.
func IsPeopleNoun(w string, s PeopleSense) bool {
	if peopleNouns[w]&s != 0 {
		return true
	}
	if s&PeopleUprooted != 0 {
		for _, p := range uprootedStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}
