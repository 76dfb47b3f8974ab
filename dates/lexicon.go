package dates

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"
)

// role is a bit set of the parts a word can play in a date expression.
type role uint64

const (
	rGMonth          role = 1 << iota // Gregorian month name (month)
	rHMonth                           // Hijri month name (hmonth)
	rMonthHead                        // كانون تشرين ربيع جمادى ذو: needs a qualifier (head)
	rMonthQual                        // الأول الثاني الآخر القعدة الحجة … (qual)
	rWeekday                          // weekday (weekday)
	rRelDay                           // اليوم أمس غدا … (rel)
	rPartOfDay                        // صباح مساء ليلة …
	rUnit                             // يوم أسبوع شهر عام … (unit, count, def)
	rDir                              // الماضي المقبل الجاري … (dir)
	rCard                             // cardinal number word (num, nk)
	rOrd                              // ordinal number word (num, nk)
	rPrep                             // في من منذ حتى إلى بين قبل بعد … (prep)
	rYearWord                         // عام سنة
	rMonthWord                        // شهر
	rEra                              // م ميلادي هـ هجري (era)
	rEdge                             // مطلع منتصف أواخر … (edge)
	rHoliday                          // first word of a holiday name
	rDualMark                         // الموافق
	rFuture                           // a future-tense cue (سوف، من المقرر، يستعد …)
	rVagueQ                           // القليلة العديدة الأخيرة بضعة عدة
	rNow                              // الآن
	rLaterWord                        // التالي السابق (after اليوم)
	rDayAdj                           // العالمي الوطني …: اليوم before them is a named day, not today
	rHolPart                          // second word of a holiday name (hol)
	rApprox                           // نحو حوالي قرابة: before a count
	rRest                             // بقية باقي: the rest of a unit
	rDecade                           // السبعينيات (num: 70)
	rQuarter                          // الربع (num 3) النصف (num 6): months in the part
	rSeason                           // الصيف … (num: first month; def)
	rLast                             // آخر: آخر 3 سنوات
	rNameBeforeToday                  // عين، أخبار، رأي، روسيا: with اليوم, a newspaper or channel
	rWeekend                          // عطلة نهاية الأسبوع، نهاية هذا الأسبوع: the weekend
	rCentury                          // القرن
	rFirstLast                        // الأولى الأوائل (edge eEarly), الأخيرة الأواخر (eLate): the first or last units of a period
	rSame                             // نفسه ذاته: اليوم نفسه is the day told before
	rPast                             // a past-tense cue (عقد، جرى، أقيم): the clause tells what happened
	rCueOnly                          // a tense cue and nothing else (يعقد، عقد): it stays in a gap, flagging it
	rPostpone                         // a postponement (أجلت، تأجيل، إرجاء): a future cue for a date after إلى
	rDayAhead                         // يبدأ، تمضي: a planned act; a bare weekday after it is to come
	rForecast                         // توقعت، رجحت: a forecast; the clause after its أن is to come
)

type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uHour // hours and minutes only count back to a day
	uMinute
	uDecade  // only with a count or a direction: عقد alone is also a contract
	uQuarter // الربع المقبل: a quarter counted from the reference's
)

// grain returns the grain of one unit counted: Week, Month (a month or a
// quarter), Year (a year or a decade), else Day.
func (u unit) grain() Grain {
	switch u {
	case uWeek:
		return Week
	case uMonth, uQuarter:
		return Month
	case uYear, uDecade:
		return Year
	}
	return Day
}

type prep uint8

const (
	pNone    prep = iota
	pFi           // في
	pMin          // من
	pMundh        // منذ
	pHatta        // حتى
	pIla          // إلى
	pBayn         // بين
	pQabl         // قبل
	pBaad         // بعد
	pKhilal       // خلال
	pWa           // و
	pLighaya      // لغاية
	pMa           // ما (ما بين)
	pTarikh       // بتاريخ
	pAla          // على
	pTiwal        // طوال
	pOr           // أو
	pYawmay       // يومي: يومي 21 و22 آب، يومي السبت والأحد (two days in a row)
)

type edge uint8

const (
	eNone edge = iota
	eEarly
	eMid
	eLate
)

// numKind classifies number words for composing them.
type numKind uint8

const (
	nkNone numKind = iota
	nkZero
	nkUnit     // 1–9 (and 10 itself)
	nkTeenBase // عشر عشرة: makes a teen after a unit
	nkTeen     // a teen in one word (Egyptian حداشر)
	nkTens     // 20–90
	nkHundred  // 100–900
	nkThousand // ألف ألفين آلاف
	nkMillion
)

// month heads
const (
	hdKanun = iota + 1
	hdTishrin
	hdRabi
	hdJumada
	hdDhu
)

// holidays
const (
	holNone = iota
	holFitr
	holAdha
	holHijriNewYear
	holNewYear
	holMawlid
	holAshura
	holArafa
	holChristmas
	holLabour
	holRamadan
	holThanksgiving
	holFather
	holMother
	holValentine
	holLandDay
	holEaster
	holOrthodoxEaster
	holNational // a country's national or independence day (cand.md)
	holHajj
	holNewYearEve
	holWomen // International Women's Day, 8 March
	holIsra  // al-Isra' wal-Mi'raj, 27 Rajab
)

// An entry is what the lexicon knows about one folded word form.
type entry struct {
	roles   role
	month   int8 // rGMonth: 1–12
	hmonth  int8 // rHMonth: 1–12
	head    int8 // rMonthHead
	qual    int8 // rMonthQual: 1 first, 2 second/last, 11 القعدة, 12 الحجة
	weekday int8 // rWeekday: 0 Sunday … 6 Saturday
	rel     int8 // rRelDay: days from the reference
	unit    unit // rUnit
	count   int8 // rUnit: 1 singular, 2 dual, 0 plural
	def     bool // rUnit, rWeekday: carries the article
	dir     Direction
	num     int32 // rCard, rOrd
	nk      numKind
	prep    prep
	era     Calendar // rEra
	edge    edge
	hol     int8 // rHoliday
	amb     bool // month name that is also a common word: needs context
	fem     bool
	// monthDir marks a masculine singular direction word that can stand
	// for the month after a day (في 8 الجاري، 28 الماضي).
	monthDir bool
}

// lexicon maps Search-folded word forms to entries; it is built once.
type lexicon struct {
	words map[string]*entry
	// keepWhole lists words that must not lose a clitic-like first letter.
	keepWhole map[string]bool
	// table is the lookup table built from words (see buildTable).
	table []slot
	mask  uint64
	// bloom has two bits set per form of the table: most words of a
	// text are rejected by it without touching the table.
	bloom [1 << 10]uint64
	// quick has the bit of quickKey set for every form of the table (with
	// its clitics): most words that fold to themselves are rejected by it
	// before they are hashed.
	quick [1 << 11]uint64
	fold  *normalize.Normalizer
	// Folded words checked on the text around a match (see matcher.wordIn).
	ageWords  []string    // عمره، العمر: a decade before them is an age (في العشرينات من عمره)
	nameHeads []string    // شارع، ميدان، تيار: a day and month after them name a place or group
	thatWords []string    // أن، إن، أنه: a clause begins (a future verb after it is not the date's)
	nations   []nationDay // country adjectives and their national days
	// eventHeads name an event by its date (ثورة 25 يناير، أحداث 11
	// سبتمبر): the year of the well-known ones is in namedEventYear.
	eventHeads []string
	// generalHeads are titles that take العام as an adjective (general):
	// المدير العام السابق is the former director general, not last year.
	// Nouns of events are none (عقد المؤتمر العام الماضي: last year).
	generalHeads []string
	birthWords   []string // مواليد: a bare year after it is a birth year (من مواليد 1990)
	// durationWords before a counted span make it a duration (على مدى
	// العامين الماضيين), like خلال and طوال.
	durationWords []string
	// spentWords after بعد and a count of years or months tell where the
	// span was spent (بعد 18 عاما في السجن، بعد عشرين عاما خلف القضبان،
	// بعد ثلاثين عاما قضاها في المنفى): a duration, not a date to come.
	spentWords []string
	// stayWords after في there (بعد 18 عاما في السجن، في المنفى، في منصبه)
	stayWords     []string
	relativeWords []string
	withPronouns  []string // ب with a pronoun: به، بها، بهم، بهما
	comingAdjs    []string // المقبل، القادمة …: a noun's adjective, its act to come (see toComeBefore)
	anWords       []string // أن (with no pronoun): before a verb, a clause of what is done (see dependentClause)
	performVerbs  []string // يقوم، تقوم: an act performed (زيارة يقوم بها)
	// femOrdinals are the feminine ordinals without ة (الأولى، الإحدى);
	// femEnd is ة folded: the others end with it (feminineOrdinal).
	femOrdinals   []string
	femEnd        rune
	itPronouns    []string // به، بها
	observances   []string // الحداد، عطلة، إضراب: a day declared
	declareVerbs  []string // أعلن، قرر، دعا: a declaration or a call // الذي، التي: اليوم الذي is "the day that"
	frameWords    []string // خلال، أثناء، عقب: خلال الإضراب يوم الأحد frames another fact in the observance
	timesWords    []string // مرة، مرتين: مرتين في اليوم is a rate
	sameWords     []string // نفس، ذات: في نفس اليوم is the day told before
	bcWords       []string // ق (ق.م): before Christ
	percentWords  []string // المئة، بالمائة: a number before them is a percentage
	eveWords      []string // عشية: the day before
	arrivalWords  []string // حلول، اقتراب: the holiday or month after them is the coming (or current) one
	amountWords   []string // دولار، شخص: a number range before them is an amount
	quantityWords []string // بواقع، بمعدل: a number after them is an amount
	// dayNameHeads are nouns whose construct with a weekday names a
	// thing, not a day: a market or a quarter named after its day (سوق
	// الأحد، حي الأربعاء), the preacher of the Friday prayer (خطيب الجمعة).
	// The prayer itself (صلاة الجمعة) is held on a day: a date.
	dayNameHeads []string
	byWords      []string // بحلول: a year-less day after it is a deadline to come
	scoreWords   []string // مباراة، فاز، الشوط: two one-digit numbers joined by a dash near them are a score
	// A forecast's clause that supposes what has been (أن يكون المسلحون قد
	// هاجموا، أن الهجوم كان) tells no time to come (forecastBefore).
	beWords  []string // يكون، تكون
	wasWords []string // كان، كانت
	qadWords []string // قد

	// The words a few rare checks compare a token with (wordIs): أول
	// and ثان after كانون/تشرين, شهري before two months, منه after a
	// day, الدراسي after a year, والمعراج after الإسراء, العالمي after
	// يوم المرأة, الجديدة after السنة, الأرثوذكسي after عيد الفصح,
	// المجيد after عيد الميلاد.
	firstWords, firstSecondWords, monthsWords, ofItWords, academicAdjs []string
	mirajWords, worldAdjs, newAdjs, easternAdjs, gloryAdjs, lamWords   []string
}

// namedEventYear gives the year of events named by their day and month
// (month*100 + day) after an event word: ثورة 25 يناير (2011)، ثورة 23
// يوليو (1952)، أحداث 11 سبتمبر (2001)، حرب 6 أكتوبر (1973).
var namedEventYear = map[int]int{
	125: 2011, 630: 2013, 723: 1952, 714: 1958, 926: 1962, 1014: 1963, 217: 2011, 114: 2011,
	911: 2001, 1006: 1973, 605: 1967, 1101: 1954, 222: 2019, 1017: 2019,
}

// nationDay is a country adjective (folded) and the month*100+day of the
// country's national or independence day.
type nationDay struct {
	form string
	md   int16
}

// foldAll folds each space-separated word of forms.
func (lx *lexicon) foldAll(forms string) []string {
	var out []string
	for _, f := range strings.Fields(forms) {
		out = append(out, lx.fold.String(f))
	}
	return out
}

var theLexicon = sync.OnceValue(buildLexicon)

func (lx *lexicon) add(forms string, e entry) {
	for _, f := range strings.Fields(forms) {
		f = lx.fold.String(f)
		old := lx.words[f]
		if old == nil {
			ne := e
			lx.words[f] = &ne
			continue
		}
		merge(old, &e)
	}
}

// merge adds the roles and values of e to old (a word with several roles).
func merge(old, e *entry) {
	old.roles |= e.roles
	if e.month != 0 {
		old.month = e.month
	}
	if e.hmonth != 0 {
		old.hmonth = e.hmonth
	}
	if e.head != 0 {
		old.head = e.head
	}
	if e.qual != 0 {
		old.qual = e.qual
	}
	if e.roles&rWeekday != 0 {
		old.weekday = e.weekday
	}
	if e.roles&rRelDay != 0 {
		old.rel = e.rel
	}
	if e.unit != 0 {
		old.unit, old.count = e.unit, e.count
	}
	if e.def {
		old.def = true
	}
	if e.dir != 0 {
		old.dir = e.dir
	}
	if e.roles&(rCard|rOrd) != 0 {
		old.num, old.nk = e.num, e.nk
	}
	if e.roles&rSeason != 0 {
		old.num = e.num // ربيع is also a Hijri month head: keep the season's first month
	}
	if e.prep != 0 {
		old.prep = e.prep
	}
	if e.era != 0 {
		old.era = e.era
	}
	if e.edge != 0 {
		old.edge = e.edge
	}
	if e.hol != 0 {
		old.hol = e.hol
	}
	old.amb = old.amb || e.amb
	old.monthDir = old.monthDir || e.monthDir
	old.fem = old.fem || e.fem
}

func buildLexicon() *lexicon {
	lx := &lexicon{
		words:     make(map[string]*entry, 1024),
		keepWhole: map[string]bool{},
		fold:      normalize.MustNew(normalize.Search),
	}
	// Gregorian months in every regional system, with spelling and hamza
	// variants. amb marks names that are also common words.
	gm := func(m int8, forms string) { lx.add(forms, entry{roles: rGMonth, month: m}) }
	gmAmb := func(m int8, forms string) { lx.add(forms, entry{roles: rGMonth, month: m, amb: true}) }
	gm(1, "يناير ينايِر جانفي جانفييه")
	gm(2, "فبراير فبرايِر فبرير شباط فيفري فبرائر")
	gm(3, "آذار اذار أذار")
	gmAmb(3, "مارس")
	gm(3, "المارس")
	gm(4, "أبريل إبريل ابريل أفريل افريل إفريل ابرايل")
	gmAmb(4, "نيسان")
	gm(5, "مايو أيار ايار مايس المايو")
	gmAmb(5, "ماي")
	gm(6, "يونيو يونيه يونية حزيران جوان")
	gm(7, "يوليو يوليه يولية تموز جويلية جويليه يوليوز")
	gm(8, "أغسطس اغسطس أغسطُس آغسطس اغسطوس غشت أغشت اغشت أوت اوت")
	gmAmb(8, "آب اب")
	gm(9, "سبتمبر سبتمير سيبتمبر أيلول ايلول شتنبر")
	gm(10, "أكتوبر اكتوبر أكتوبير")
	gm(11, "نوفمبر نونبر نوفمير")
	gm(12, "ديسمبر دجنبر دیسمبر")
	lx.add("كانون", entry{roles: rMonthHead, head: hdKanun})
	lx.add("تشرين", entry{roles: rMonthHead, head: hdTishrin})
	lx.add("ربيع", entry{roles: rMonthHead, head: hdRabi})
	lx.add("جمادى جمادي", entry{roles: rMonthHead, head: hdJumada})
	lx.add("ذو ذي ذى", entry{roles: rMonthHead, head: hdDhu})
	lx.add("الأول الاول الأولى الاولى الأوّل", entry{roles: rMonthQual, qual: 1})
	lx.add("الثاني الثانية الآخر الاخر الآخرة الاخرة الأخر الأخرة الثانى", entry{roles: rMonthQual, qual: 2})
	lx.add("القعدة القعده", entry{roles: rMonthQual, qual: 11})
	lx.add("الحجة الحجه", entry{roles: rMonthQual, qual: 12})
	// Hijri months.
	hm := func(m int8, amb bool, forms string) { lx.add(forms, entry{roles: rHMonth, hmonth: m, amb: amb}) }
	hm(1, true, "محرم المحرم محرّم")
	hm(2, true, "صفر")
	hm(7, true, "رجب")
	hm(8, true, "شعبان")
	hm(9, true, "رمضان")
	hm(10, false, "شوال")
	hm(11, false, "ذوالقعدة ذوالقعده ذيالقعدة")
	hm(12, false, "ذوالحجة ذوالحجه ذيالحجة")

	// Weekdays (with the article; without it only after يوم).
	wd := func(d int8, def, indef string) {
		lx.add(def, entry{roles: rWeekday, weekday: d, def: true})
		lx.add(indef, entry{roles: rWeekday, weekday: d})
	}
	// أحد and اثنين are also numbers: without the article they are read
	// as weekdays only before a week or after an ordinal (أحد الأسبوع
	// الماضي، آخر اثنين من آذار).
	wd(0, "الأحد الاحد", "أحد احد")
	wd(1, "الإثنين الاثنين الأثنين الاتنين", "اثنين إثنين")
	wd(2, "الثلاثاء الثلثاء الثلاثا", "ثلاثاء ثلاثا")
	wd(3, "الأربعاء الاربعاء الأربعا الاربعا", "أربعاء اربعاء أربعا اربعا")
	wd(4, "الخميس", "خميس")
	wd(5, "الجمعة", "جمعة")
	wd(6, "السبت", "سبت")

	// Days relative to the reference.
	rd := func(off int8, forms string) { lx.add(forms, entry{roles: rRelDay, rel: off}) }
	rd(0, "اليوم الليلة النهارده النهاردة انهارده")
	rd(-1, "أمس امس الأمس الامس البارحة امبارح إمبارح مبارح")
	rd(1, "غدا غداً غدًا الغد غد بكرة بكرا")

	lx.add("صباح صبيحة مساء ظهر ظهيرة عصر فجر ليلة ليل ضحى صباحا صباحاً مساءً مساء عشية", entry{roles: rPartOfDay})

	// Units of time.
	un := func(u unit, count int8, def bool, forms string) {
		lx.add(forms, entry{roles: rUnit, unit: u, count: count, def: def})
	}
	un(uDay, 1, false, "يوم يوما يوماً")
	un(uDay, 1, true, "اليوم")
	un(uDay, 2, false, "يومين يومان")
	un(uDay, 2, true, "اليومين اليومان")
	un(uDay, 0, false, "أيام ايام")
	un(uDay, 0, true, "الأيام الايام")
	un(uWeek, 1, false, "أسبوع اسبوع أسبوعا اسبوعا إسبوع")
	un(uWeek, 1, true, "الأسبوع الاسبوع الإسبوع")
	un(uWeek, 2, false, "أسبوعين اسبوعين أسبوعان")
	un(uWeek, 2, true, "الأسبوعين الاسبوعين الأسبوعان الاسبوعان")
	un(uWeek, 0, false, "أسابيع اسابيع")
	un(uWeek, 0, true, "الأسابيع الاسابيع")
	un(uMonth, 1, false, "شهر شهرا شهراً")
	un(uMonth, 1, true, "الشهر")
	un(uMonth, 2, false, "شهرين شهران")
	un(uMonth, 2, true, "الشهرين الشهران")
	un(uMonth, 0, false, "أشهر اشهر شهور")
	un(uMonth, 0, true, "الأشهر الاشهر الشهور")
	un(uYear, 1, false, "عام عاما عاماً سنة سنه")
	un(uYear, 1, true, "العام السنة")
	un(uYear, 2, false, "عامين عامان سنتين سنتان")
	un(uYear, 2, true, "العامين السنتين العامان السنتان")
	un(uYear, 0, false, "أعوام اعوام سنوات سنين")
	un(uYear, 0, true, "الأعوام الاعوام السنوات السنين")
	un(uDecade, 1, true, "العقد")
	un(uDecade, 2, false, "عقدين عقدان")
	un(uDecade, 2, true, "العقدين العقدان")
	un(uDecade, 0, false, "عقود")
	un(uDecade, 0, true, "العقود")
	un(uHour, 1, false, "ساعة")
	un(uHour, 2, false, "ساعتين ساعتان")
	un(uHour, 0, false, "ساعات")
	un(uHour, 0, true, "الساعات")
	un(uMinute, 1, false, "دقيقة")
	un(uMinute, 2, false, "دقيقتين دقيقتان")
	un(uMinute, 0, false, "دقائق")
	lx.add("عام سنة العام السنة عامي سنتي العامين السنتين", entry{roles: rYearWord})
	lx.add("شهر الشهر شهري", entry{roles: rMonthWord})

	// Direction cues.
	lx.add("الماضي الماضية الماضيين الماضيتين المنصرم المنصرمة الفائت الفائتة السابق السابقة المنقضي المنقضية الفارط المنصرمين الماض الماضيان الماضيتان", entry{roles: rDir, dir: Past})
	lx.add("القادم القادمة المقبل المقبلة التالي التالية الآتي الاتي القادمين المقبلين المقبلتين القادمتين المقبلان القادمان المقبلتان القادمتان الجاي الجاية", entry{roles: rDir, dir: Future})
	lx.add("الجاري الجارية الحالي الحالية هذا هذه", entry{roles: rDir, dir: Current})
	lx.add("الجاري الحالي", entry{roles: rDir, dir: Current, monthDir: true})
	lx.add("الماضي المنصرم الفائت", entry{roles: rDir, dir: Past, monthDir: true})
	lx.add("المقبل القادم", entry{roles: rDir, dir: Future, monthDir: true})
	lx.add("القليلة العديدة بضعة عدة بضع", entry{roles: rVagueQ})
	lx.add("الأخيرة الاخيرة الأخيرين الأخير", entry{roles: rVagueQ, dir: Past})
	lx.add("الآن", entry{roles: rNow})
	lx.add("التالي السابق التالية السابقة", entry{roles: rLaterWord})

	// Number words: cardinals (masculine and feminine, standard and
	// Egyptian spellings) and ordinals.
	card := func(n int32, k numKind, forms string) { lx.add(forms, entry{roles: rCard, num: n, nk: k}) }
	card(0, nkZero, "صفر")
	card(1, nkUnit, "واحد واحدة احد إحدى احدى")
	card(2, nkUnit, "اثنان اثنين اثنتان اثنتين إثنان إثنين اتنين إثنى اثنى إثنتى اثنتى اثنا اثنتا")
	card(3, nkUnit, "ثلاثة ثلاث ثلاثه تلاتة تلات")
	card(4, nkUnit, "أربعة أربع اربعة اربع اربعه")
	card(5, nkUnit, "خمسة خمس خمسه")
	card(6, nkUnit, "ستة ست سته")
	card(7, nkUnit, "سبعة سبع سبعه")
	card(8, nkUnit, "ثمانية ثماني ثمان ثمانيه تمانية تمن")
	card(9, nkUnit, "تسعة تسع تسعه")
	card(10, nkUnit, "عشرة عشره")
	card(10, nkTeenBase, "عشر عشرة")
	card(11, nkTeen, "حداشر احداشر")
	card(12, nkTeen, "اتناشر إتناشر اطناشر")
	card(13, nkTeen, "تلتاشر")
	card(14, nkTeen, "اربعتاشر أربعتاشر")
	card(15, nkTeen, "خمستاشر خمسطاشر")
	card(16, nkTeen, "ستاشر")
	card(17, nkTeen, "سبعتاشر سبعطاشر")
	card(18, nkTeen, "تمنتاشر")
	card(19, nkTeen, "تسعتاشر")
	for i, f := range []string{"عشرون عشرين", "ثلاثون ثلاثين تلاتين", "أربعون أربعين اربعون اربعين", "خمسون خمسين",
		"ستون ستين", "سبعون سبعين", "ثمانون ثمانين تمانين", "تسعون تسعين"} {
		card(int32(20+10*i), nkTens, f)
		// The article makes them ordinals too: العشرين = the twentieth.
		var def []string
		for _, w := range strings.Fields(f) {
			def = append(def, "ال"+w)
		}
		lx.add(strings.Join(def, " "), entry{roles: rOrd, num: int32(20 + 10*i), nk: nkTens})
	}
	card(100, nkHundred, "مائة مئة ميه مية")
	card(200, nkHundred, "مائتين مئتين مائتان مئتان متين")
	for i, f := range []string{"ثلاثمائة ثلاثمئة تلتمية", "أربعمائة أربعمئة اربعمائة اربعمية", "خمسمائة خمسمئة خمسمية", "ستمائة ستمئة ستمية",
		"سبعمائة سبعمئة سبعمية", "ثمانمائة ثمانمئة ثمانيمائة تمنمية", "تسعمائة تسعمئة تسعمية"} {
		card(int32(300+100*i), nkHundred, f)
	}
	card(1000, nkThousand, "ألف الف")
	card(2000, nkThousand, "ألفين ألفان الفين الفان")
	card(1000, nkThousand, "آلاف الاف")
	card(1000000, nkMillion, "مليون")
	card(2000000, nkMillion, "مليونين مليونان")

	// Cardinals with the article follow a plural noun: الأيام الثلاثة.
	for n, f := range map[int32]string{3: "الثلاثة الثلاث", 4: "الأربعة الاربعة الأربع", 5: "الخمسة الخمس", 6: "الستة الست",
		7: "السبعة السبع", 8: "الثمانية الثماني", 9: "التسعة التسع", 10: "العشرة العشر"} {
		lx.add(f, entry{roles: rCard, num: n, nk: nkUnit})
	}
	ord := func(n int32, forms string) { lx.add(forms, entry{roles: rOrd, num: n, nk: nkUnit}) }
	ord(1, "الأول الاول الأولى الاولى أول اول الحادي الحادية الواحد الواحدة الأحد الإحدى أولى")
	ord(2, "الثاني الثانية الثان ثاني ثان الاثنى الإثنى الاثنا")
	ord(3, "الثالث الثالثة ثالث")
	ord(4, "الرابع الرابعة رابع")
	ord(5, "الخامس الخامسة خامس")
	ord(6, "السادس السادسة سادس")
	ord(7, "السابع السابعة سابع")
	ord(8, "الثامن الثامنة ثامن")
	ord(9, "التاسع التاسعة تاسع")
	ord(10, "العاشر العاشرة عاشر")
	lx.add("فاتح غرة غره", entry{roles: rOrd, num: 1, nk: nkUnit})

	// Prepositions and connectors.
	pr := func(p prep, forms string) { lx.add(forms, entry{roles: rPrep, prep: p}) }
	pr(pFi, "في")
	pr(pMin, "من")
	pr(pMundh, "منذ مذ")
	pr(pHatta, "حتى")
	pr(pIla, "إلى الى الي")
	pr(pBayn, "بين")
	pr(pYawmay, "يومي")
	pr(pQabl, "قبل")
	pr(pBaad, "بعد")
	pr(pKhilal, "خلال")
	pr(pWa, "و")
	pr(pLighaya, "لغاية غاية")
	pr(pMa, "ما")
	pr(pTarikh, "بتاريخ تاريخ")
	pr(pAla, "على")
	pr(pTiwal, "طوال طيلة")
	pr(pOr, "أو")

	lx.add("م ميلادي ميلادية للميلاد ميلاديا", entry{roles: rEra, era: Gregorian})
	lx.add("ه هـ هجري هجرية للهجرة هجريا", entry{roles: rEra, era: Hijri})

	lx.add("مطلع أوائل اوائل بداية بدايات مستهل بدء مطلع", entry{roles: rEdge, edge: eEarly})
	lx.add("منتصف أواسط اواسط", entry{roles: rEdge, edge: eMid})
	// نص (colloquial) and نصف are the middle only before a month name:
	// نص الاتفاق is a text, نصف شهر half a month.
	lx.add("نص نصف", entry{roles: rEdge, edge: eMid, amb: true})
	lx.add("أواخر اواخر نهاية نهايات ختام أواخر", entry{roles: rEdge, edge: eLate})

	lx.add("عيد", entry{roles: rHoliday})
	lx.add("رأس راس", entry{roles: rHoliday})
	lx.add("المولد", entry{roles: rHoliday})
	lx.add("عاشوراء", entry{roles: rHoliday, hol: holAshura})
	lx.add("الإسراء الاسراء", entry{roles: rHoliday, hol: holIsra})
	lx.add("المرأة المراة", entry{roles: rHolPart, hol: holWomen})
	lx.add("الموافق الموافقة الموافقين", entry{roles: rDualMark})
	lx.add("الفطر", entry{roles: rHolPart, hol: holFitr})
	lx.add("الأضحى الاضحى الأضحي", entry{roles: rHolPart, hol: holAdha})
	lx.add("الميلاد", entry{roles: rHolPart, hol: holChristmas})
	lx.add("العمال", entry{roles: rHolPart, hol: holLabour})
	lx.add("الهجرية الهجري", entry{roles: rHolPart, hol: holHijriNewYear})
	lx.add("الميلادية", entry{roles: rHolPart, hol: holNewYear})
	lx.add("النبوي", entry{roles: rHolPart, hol: holMawlid})
	lx.add("عرفة عرفات", entry{roles: rHolPart, hol: holArafa})
	lx.add("الشكر", entry{roles: rHolPart, hol: holThanksgiving})
	lx.add("الأب", entry{roles: rHolPart, hol: holFather})
	lx.add("الأم", entry{roles: rHolPart, hol: holMother})
	lx.add("الحب", entry{roles: rHolPart, hol: holValentine})
	lx.add("الأرض", entry{roles: rHolPart, hol: holLandDay})
	lx.add("يواندان", entry{roles: rHoliday, hol: holNewYear})
	lx.add("الكريسماس كريسماس", entry{roles: rHoliday, hol: holChristmas})
	lx.add("العيد موسم وقفة", entry{roles: rHoliday})
	lx.add("الحج", entry{roles: rHoliday | rHolPart, hol: holHajj})
	lx.add("الفصح", entry{roles: rHolPart, hol: holEaster})
	lx.add("الاستقلال الجلاء", entry{roles: rHolPart, hol: holNational})
	lx.add("الوطني", entry{roles: rHolPart, hol: holNational})
	// National and independence days (month*100 + day), by the adjective
	// of the country: اليوم الوطني السعودي، عيد الاستقلال اللبناني.
	for md, forms := range map[int16]string{
		923:  "السعودي السعودية",
		1202: "الإماراتي الإماراتية الاماراتي الاماراتية",
		1218: "القطري القطرية",
		225:  "الكويتي الكويتية",
		1216: "البحريني البحرينية",
		1118: "العماني العمانية المغربي المغربية",
		704:  "الأمريكي الأمريكية الأميركي الأميركية",
		714:  "الفرنسي الفرنسية",
		1122: "اللبناني اللبنانية",
		417:  "السوري السورية",
		525:  "الأردني الأردنية",
		705:  "الجزائري الجزائرية",
		320:  "التونسي التونسية",
		1224: "الليبي الليبية",
		101:  "السوداني السودانية",
		1003: "العراقي العراقية",
		522:  "اليمني اليمنية",
		1115: "الفلسطيني الفلسطينية",
		723:  "المصري المصرية",
		1128: "الموريتاني الموريتانية",
	} {
		for _, f := range lx.foldAll(forms) {
			lx.nations = append(lx.nations, nationDay{f, md})
		}
	}
	sort.Slice(lx.nations, func(a, b int) bool { return lx.nations[a].form < lx.nations[b].form })
	lx.add("آخر", entry{roles: rLast})
	lx.add("العالمي الوطني الدولي العربي الأممي الموعود المشهود ذلك التاريخي", entry{roles: rDayAdj})
	lx.add("نفسه ذاته", entry{roles: rDayAdj | rSame})
	lx.add("نحو حوالي حوالى قرابة زهاء أكثر أقل", entry{roles: rApprox})
	lx.add("بقية باقي", entry{roles: rRest})
	lx.add("عطلة عطلات نهاية", entry{roles: rWeekend})
	for i, f := range []string{"العشرينيات العشرينات عشرينيات عشرينات", "الثلاثينيات الثلاثينات ثلاثينيات ثلاثينات",
		"الأربعينيات الأربعينات الاربعينيات الاربعينات أربعينيات أربعينات اربعينيات", "الخمسينيات الخمسينات خمسينيات خمسينات",
		"الستينيات الستينات ستينيات ستينات", "السبعينيات السبعينات سبعينيات سبعينات",
		"الثمانينيات الثمانينات ثمانينيات ثمانينات", "التسعينيات التسعينات تسعينيات تسعينات"} {
		lx.add(f, entry{roles: rDecade, num: int32(20 + 10*i)})
	}
	lx.add("الألفين الالفين الألفينات", entry{roles: rDecade, num: 0})
	lx.add("القرن", entry{roles: rCentury})
	lx.add("الأولى الأوائل", entry{roles: rFirstLast, edge: eEarly})
	lx.add("الأخيرة الأواخر", entry{roles: rFirstLast, edge: eLate})
	lx.add("الربع", entry{roles: rQuarter, num: 3})
	lx.add("النصف", entry{roles: rQuarter, num: 6})
	// الفصل is the Maghreb's quarter (الفصل الرابع من 2017) but also a
	// chapter, a school term or a season: amb, read only with an ordinal
	// and a year (quarter).
	lx.add("الفصل", entry{roles: rQuarter, num: 3, amb: true})
	// السداسي and الثلاثي are the Maghreb's half-year and quarter
	// (السداسي الثاني من سنة 2024، الثلاثي الأول من العام الجاري), but
	// also a university semester or a three-party meeting (الاجتماع
	// الثلاثي): amb, as الفصل.
	lx.add("السداسي", entry{roles: rQuarter, num: 6, amb: true})
	lx.add("الثلاثي", entry{roles: rQuarter, num: 3, amb: true})
	lx.add("الربيع", entry{roles: rSeason, num: 3, def: true})
	lx.add("الصيف", entry{roles: rSeason, num: 6, def: true})
	lx.add("الخريف", entry{roles: rSeason, num: 9, def: true})
	lx.add("الشتاء", entry{roles: rSeason, num: 12, def: true})
	lx.add("صيف", entry{roles: rSeason, num: 6})
	lx.add("ربيع", entry{roles: rSeason, num: 3})
	lx.add("خريف", entry{roles: rSeason, num: 9})
	lx.add("شتاء", entry{roles: rSeason, num: 12})

	// Future cues (the clause speaks of what is to come).
	lx.add(`سوف المقرر المقررة مقرر مقررة مقررا المزمع المرتقب المنتظر المتوقع يستعد تستعد نستعد يعتزم تعتزم نعتزم ينوي تنوي
		يتوقع ويتوقع يرتقب سيتم ستتم سيأتي ستأتي سنأتي سيأخذ ستأخذ سيؤدي ستؤدي`, entry{roles: rFuture})
	// Present-tense verbs of an event being held, and موعد, announce it
	// (اجتماع يعقد في السابع من سبتمبر، موعد الانتخابات 20 أكتوبر); past
	// verbs of the same tell of one that was (عقد الاجتماع في 7 سبتمبر).
	// They only mark the clause's tense (see matcher.clauseTense):
	// cue-only words stay in the gap around them. Adverbs of time (أمس،
	// الماضي) are no cues: in news they mostly date the telling verb
	// (أعلنت أمس عن مؤتمر في 10 سبتمبر announces a coming one) or
	// another time (الأسبوع الماضي).
	lx.add(`يعقد تعقد ينعقد تنعقد يقام تقام موعد موعدا بموعد الموعد`, entry{roles: rFuture | rCueOnly})
	// So do the present-tense verbs of a visit or a meeting a news
	// item announces (يزور ماكرون الجزائر في ديسمبر: the coming one).
	lx.add(`يزور تزور يلتقي تلتقي يجتمع تجتمع يتوجه تتوجه يستضيف تستضيف`, entry{roles: rFuture | rCueOnly})
	// Those of a planned act starting or going ahead announce the
	// weekday after them (النقابات تمضي في إضراب الأربعاء، تنطلق المحادثات
	// الأحد: the coming one; a started act is told in the past: بدأت،
	// انطلقت). Only a bare weekday reads them: before a day and month
	// they are as often a habit (العام المالي الذي يبدأ في الأول من يوليو).
	lx.add(`يبدأ تبدأ يبدأون يبدؤون ينطلق تنطلق يمضي تمضي يمضون يستأنف تستأنف يستأنفون`, entry{roles: rDayAhead | rCueOnly})
	// A postponement's date after إلى is the new one, to come (أجلت
	// المحكمة القضية إلى جلسة 12 أبريل); without إلى it may be the day
	// of the postponement, and أجلت is also أجلت (evacuated: أجلت
	// السلطات العائلات يوم 20 أبريل). Not أجل: mostly من أجل (for the
	// sake of: تظاهروا من أجل الإفراج عنهم يوم 20 أبريل).
	// A forecast told in the past (توقعت الهيئة أن تنحسر العاصفة يوم
	// الأربعاء) speaks of what is to come after its أن; the date right
	// after the verb is when it was made (توقعت الهيئة الأربعاء أن …).
	// Not a cue-only word: its own token, so the matcher sees where it
	// stands (see matcher.forecastBefore). The present forms (يتوقع) are
	// future cues above.
	lx.add(`توقع توقعت وتوقع وتوقعت توقعوا وتوقعوا رجح رجحت ورجح ورجحت رجحوا تنبأ تنبأت وتنبأ وتنبأت`, entry{roles: rForecast})
	lx.add(`تأجيل بتأجيل وتأجيل أجلت وأجلت يؤجل تؤجل إرجاء وإرجاء أرجأت وأرجأت أرجأ`, entry{roles: rPostpone | rCueOnly})
	lx.add(`عقد عقدت انعقد انعقدت جرى جرت أقيم أقيمت`, entry{roles: rPast | rCueOnly})
	lx.add("عين أخبار رأي روسيا", entry{roles: rNameBeforeToday})
	// Words checked on the text near a match only (kept out of the
	// lexicon: they are frequent, and every lexicon word costs a token).
	lx.nameHeads = lx.foldAll("شارع ميدان ساحة جسر حي مدرسة مستشفى جامعة مطار مخيم مدينة حركة تيار قوى كتلة ائتلاف")
	lx.byWords = lx.foldAll("بحلول")
	lx.beWords = lx.foldAll("يكون تكون يكونوا يكونا تكونا")
	lx.wasWords = lx.foldAll("كان كانت كانوا كانا")
	lx.qadWords = lx.foldAll("قد")
	lx.scoreWords = lx.foldAll("مباراة المباراة مباراته مباراتها فاز فازت فوز الفوز فوزا تغلب تغلبت خسر خسرت خسارة الخسارة هزم هزمت تعادل تعادلت الشوط شوط بنتيجة نتيجة النتيجة هدف هدفا هدفين أهداف")
	lx.dayNameHeads = append(lx.foldAll("سوق أسواق خطيب خطباء إمام أئمة"), lx.nameHeads...)
	lx.thatWords = lx.foldAll("أن إن أنه إنه أنها إنها أنهم إنهم أنهما لأن بأن وأن وإن فإن")
	lx.birthWords = lx.foldAll("مواليد ومواليد")
	lx.ageWords = lx.foldAll("عمره عمرها عمرهم عمرهما عمرهن العمر عمري عمرك")
	lx.relativeWords = lx.foldAll("الذي التي الذى اللي الذين اللذين اللتين اللواتي اللاتي")
	lx.withPronouns = lx.foldAll("به بها بهم بهما بهن")
	lx.comingAdjs = lx.foldAll("المقبل المقبلة القادم القادمة المقبلين المقبلتين القادمين القادمتين")
	lx.anWords = lx.foldAll("أن")
	lx.performVerbs = lx.foldAll("يقوم تقوم يقومان تقومان")
	lx.femOrdinals = lx.foldAll("الأولى أولى الإحدى")
	lx.femEnd, _ = utf8.DecodeRuneInString(lx.fold.String("ة"))
	lx.firstWords = lx.foldAll("أول")
	lx.firstSecondWords = lx.foldAll("أول ثان ثاني")
	lx.monthsWords = lx.foldAll("شهري")
	lx.ofItWords = lx.foldAll("منه")
	lx.academicAdjs = lx.foldAll("الدراسي الدراسية الجامعي الجامعية")
	lx.mirajWords = lx.foldAll("والمعراج")
	lx.worldAdjs = lx.foldAll("العالمي")
	lx.newAdjs = lx.foldAll("الجديدة")
	lx.easternAdjs = lx.foldAll("الأرثوذكسي الأرثوذكسية الارثوذكسي الارثوذكسية الشرقي الشرقية")
	lx.gloryAdjs = lx.foldAll("المجيد")
	// الموافق لـ 29 رجب: the preposition written apart, often with a
	// tatweel, between الموافق and the date it introduces.
	lx.lamWords = lx.foldAll("ل لـ")
	lx.itPronouns = lx.foldAll("به بها بهما بهم")
	lx.observances = lx.foldAll("الحداد حداد حدادا عطلة العطلة عطلة الإضراب إضراب إضرابا الدوام")
	lx.declareVerbs = lx.foldAll("أعلن أعلنت أعلنا أعلنوا يعلن تعلن قرر قررت قررا قرروا يقرر تقرر أقر أقرت دعا دعت دعوا")
	lx.frameWords = lx.foldAll("خلال وخلال أثناء وأثناء إبان عقب وعقب بعد وبعد قبل وقبل منذ طيلة طوال")
	lx.timesWords = lx.foldAll("مرة مرات مرتين واحدة")
	lx.sameWords = lx.foldAll("نفس ذات")
	lx.bcWords = lx.foldAll("ق")
	lx.percentWords = lx.foldAll("المئة المائة بالمئة بالمائة")
	lx.eveWords = lx.foldAll("عشية")
	lx.arrivalWords = lx.foldAll("حلول قدوم اقتراب استقبال قرب")
	lx.amountWords = lx.foldAll("دولار يورو درهم دينار ريال جنيه ليرة فرنك شخص طن متر كيلومتر برميل " +
		"دولارا دولارات درهما دينارا ريالا جنيها ليرات شخصا أشخاص طنا أطنان مترا برميلا براميل")
	lx.quantityWords = lx.foldAll("بواقع بمعدل بقيمة قيمة قدره قدرها مبلغ بمبلغ عدد بعدد")
	lx.durationWords = lx.foldAll("مدى مدار لمدة مدة طيلة غضون")
	lx.spentWords = lx.foldAll("خلف وراء قضاها أمضاها قضاهما أمضاهما قضاه أمضاه")
	lx.stayWords = lx.foldAll("السجن سجن السجون سجون المعتقل المعتقلات معتقلات الأسر الاعتقال المنفى الغربة المهجر الحكم السلطة منصبه منصبها الخدمة الغيبوبة")
	lx.generalHeads = lx.foldAll(`المدير المديرة الأمين الأمينة النائب المدعي المدعية المفتش المفتشة المراقب المراقبة المنسق المنسقة
		القائد المحامي المرشد المفوض المفوضة مدير مديرة أمين أمينة القنصل الحاكم السكرتير المشرف المقرر`)
	lx.eventHeads = lx.foldAll("ثورة لثورة وثورة بثورة انتفاضة حرب لحرب وحرب أحداث لأحداث وأحداث هجمات لهجمات وهجمات اعتداءات تفجيرات حراك")

	for _, w := range strings.Fields(`لامس بامس لامسا فاتح`) {
		lx.keepWhole[lx.fold.String(w)] = true
	}
	lx.buildTable()
	return lx
}

// A slot of the lookup table: a folded word form, possibly with clitics.
type slot struct {
	h   uint64
	key string
	e   *entry
	wa  bool  // the form carries the conjunction و or ف
	pre uint8 // letters of clitics before the word proper
}

// hashBytes hashes b two bytes at a time (an Arabic letter is two bytes
// of UTF-8): FNV-1a over 16-bit units, and the odd last byte alone. The
// scanners compute it letter by letter as they fold (hashPair).
func hashBytes(b []byte) uint64 {
	h := uint64(hashSeed)
	i := 0
	for ; i+1 < len(b); i += 2 {
		h = hashPair(h, b[i], b[i+1])
	}
	if i < len(b) {
		h = (h ^ uint64(b[i])) * hashPrime
	}
	return h
}

const (
	hashSeed  = 14695981039346656037
	hashPrime = 1099511628211
)

// hashPair adds the two bytes of a letter to the hash h.
func hashPair(h uint64, b0, b1 byte) uint64 {
	return (h ^ (uint64(b0)<<8 | uint64(b1))) * hashPrime
}

// buildTable fills the open-addressing lookup table with every form and
// every form with its clitics: a conjunction (و ف), a preposition (ب ل ك;
// ل + ال is written لل), or both. Whole forms win over clitic readings,
// and stems shorter than two letters get no clitics.
func (lx *lexicon) buildTable() {
	keys := make([]string, 0, len(lx.words))
	for k := range lx.words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	type variant struct {
		key string
		e   *entry
		wa  bool
		pre uint8
	}
	var vs []variant
	for _, k := range keys {
		vs = append(vs, variant{k, lx.words[k], false, 0})
	}
	for _, k := range keys {
		e := lx.words[k]
		if utf8.RuneCountInString(k) < 2 {
			continue
		}
		var stems []variant
		stems = append(stems, variant{k, e, false, 0})
		if e.roles&rPrep == 0 {
			for _, p := range []string{"ب", "ل", "ك"} {
				stems = append(stems, variant{p + k, e, false, 1})
			}
			if strings.HasPrefix(k, "ال") {
				stems = append(stems, variant{"لل" + k[len("ال"):], e, false, 1})
			}
		}
		for _, st := range stems {
			if st.pre > 0 {
				vs = append(vs, st)
			}
			for _, c := range []string{"و", "ف"} {
				vs = append(vs, variant{c + st.key, e, true, st.pre + 1})
			}
		}
	}
	size := 1
	for size < 4*len(vs) {
		size <<= 1
	}
	lx.table = make([]slot, size)
	lx.mask = uint64(size - 1)
	for _, v := range vs {
		if v.pre > 0 && lx.keepWhole[v.key] {
			continue
		}
		h := hashBytes([]byte(v.key))
		t := quickKey(v.key)
		lx.quick[t>>6] |= 1 << (t & 63)
		b1, b2 := h&0xFFFF, (h>>16)&0xFFFF
		lx.bloom[b1>>6] |= 1 << (b1 & 63)
		lx.bloom[b2>>6] |= 1 << (b2 & 63)
		for i := h & lx.mask; ; i = (i + 1) & lx.mask {
			sl := &lx.table[i]
			if sl.e == nil {
				*sl = slot{h: h, key: v.key, e: v.e, wa: v.wa, pre: v.pre}
				break
			}
			if sl.h == h && sl.key == v.key {
				break // the first reading wins
			}
		}
	}
}

// quickKey hashes the length, the first eight bytes (four letters) and
// the last four (two letters) of a word: a cheaper hash than hashBytes,
// for a filter.
func quickKey(w string) uint32 {
	n := len(w)
	var x uint64
	switch {
	case n >= 8:
		x = uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24 |
			(uint64(w[0])|uint64(w[1])<<8|uint64(w[2])<<16|uint64(w[3])<<24|
				uint64(w[4])<<32|uint64(w[5])<<40|uint64(w[6])<<48|uint64(w[7])<<56)*0xFF51AFD7ED558CCD
	case n >= 4:
		x = uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24 |
			(uint64(w[0])|uint64(w[1])<<8|uint64(w[2])<<16|uint64(w[3])<<24)*0xFF51AFD7ED558CCD
	default:
		for i := 0; i < n; i++ {
			x = x<<8 | uint64(w[i])
		}
	}
	x ^= uint64(n) << 56
	return uint32((x * 0x9E3779B97F4A7C15) >> 47) // 17 bits: quick's size
}

// mayHave reports whether the table may have the folded word w: false
// means it has not.
func (lx *lexicon) mayHave(w string) bool {
	t := quickKey(w)
	return lx.quick[t>>6]&(1<<(t&63)) != 0
}

// lookupHash returns the entry of the folded word w, whole or after
// clitics, given h = hashBytes(w). wa reports a conjunction (و ف) before
// it; pre is the number of clitic letters before the word proper.
func (lx *lexicon) lookupHash(w []byte, h uint64) (e *entry, wa bool, pre int) {
	b1, b2 := h&0xFFFF, (h>>16)&0xFFFF
	if lx.bloom[b1>>6]&(1<<(b1&63)) == 0 || lx.bloom[b2>>6]&(1<<(b2&63)) == 0 {
		return nil, false, 0
	}
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		sl := &lx.table[i]
		if sl.e == nil {
			return nil, false, 0
		}
		if sl.h == h && sl.key == string(w) {
			return sl.e, sl.wa, int(sl.pre)
		}
	}
}
