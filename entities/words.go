package entities

import (
	"embed"
	"iter"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// wordLists are the recognizer's own small lexicons, Search-folded.
type wordLists struct {
	stop   map[string]bool // never part of a name
	common map[string]bool // never a person's name part
}

var defaultWordLists = sync.OnceValue(func() *wordLists {
	return &wordLists{
		stop:   readWordSet("data/stop.txt"),
		common: readWordSet("data/common.txt"),
	}
})

// dataLines yields the lines of the embedded data file name with their
// comments (from # on) cut off. The files are part of the package, so a
// missing one is a build mistake: it panics, naming the file.
func dataLines(name string) iter.Seq[string] {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("entities: embedded " + name + ": " + err.Error())
	}
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(string(b), "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if !yield(line) {
				return
			}
		}
	}
}

func readWordSet(name string) map[string]bool {
	m := map[string]bool{}
	for line := range dataLines(name) {
		for _, w := range strings.Fields(line) {
			m[searchNorm.String(w)] = true
		}
	}
	return m
}

// Head words of the rules, Search-folded.

// orgHead describes a word that begins an organization name.
type orgHead struct {
	// media heads name their organization in quotes or by a following
	// name (صحيفة “تركيا”, قناة الجزيرة).
	media bool
	// misc heads begin the name of an event (مؤتمر “…”), only quoted.
	misc bool
	// strict heads are also common nouns (حركة "movement", شركة
	// "company"): their name must hold a word that is not a common noun.
	strict bool
	// rare heads are strict heads that are more often common nouns
	// (مجموعة "a set of"): the word that names them must also be a rare
	// word (مجموعة الحبتور, not مجموعة شبكات الهواتف).
	rare bool
	// general heads are definite words of any administration (الإدارة
	// "the administration, the management") that name a body only as a
	// general or central directorate: an adjective of rank right after
	// the head (الإدارة العامة للمرور، الإدارة المركزية للإحصاء), not
	// the administration of a country (الإدارة الأمريكية).
	general bool
	// field heads name a body only with the ل-genitive of its task
	// (بعثة الاتحاد الأوروبي لمراقبة الانتخابات): بعثة صندوق النقد
	// الدولي is the fund's mission, the fund named.
	field bool
	// pair heads are strict heads whose name may be two common nouns
	// joined with و after the indefinite head (جهاز الأمن والمخابرات،
	// مؤسسة الكهرباء والماء): the pair names the body, as a word no list
	// holds would.
	pair bool
}

// nameAdjectives may follow a listed name inside an organization's name:
// مصرف سوريا المركزي، مجلس الأمن الدولي.
var nameAdjectives = foldedSet("المركزي", "المركزية", "الوطني", "الوطنية", "الدولي", "الدولية", "العربي",
	"العربية", "الإسلامي", "الإسلامية", "الأعلى", "العليا", "العام", "العامة", "الموحد", "الموحدة", "الحر",
	"الحرة", "الديمقراطي", "الديمقراطية", "الشعبي", "الشعبية", "الاتحادي", "الاتحادية", "الفيدرالي",
	"الفيدرالية", "المستقل", "المستقلة", "الكبرى", "الأهلية", "الأهلي", "الخاصة", "الخاص", "الرسمي",
	"الرسمية", "القومي", "القومية",
	// A monarchy's adjectives: شرطة عمان السلطانية، القوات الجوية
	// الملكية، الحرس الأميري.
	"السلطاني", "السلطانية", "الملكي", "الملكية", "الأميري", "الأميرية",
	// A dynasty's, as a monarchy's: المملكة الأردنية الهاشمية، الديوان
	// الملكي الهاشمي.
	"الهاشمي", "الهاشمية")

// rulerEpithets follow a ruler's office or name, no part of either:
// عاهل البلاد المعظم، السلطان قابوس المعظم، محمد السادس المفدى.
var rulerEpithets = foldedSet("المعظم", "المعظمة", "المفدى", "المفداة")

// courtHeads name a court or its chamber by its rank and number, the
// ordinal ending its adjectives: المحكمة الكبرى الجنائية الرابعة،
// الدائرة الجنائية الأولى، المحكمة الابتدائية الثانية.
var courtHeads = foldedSet("المحكمة", "الدائرة")

// courtNames are the heads of a court's name, which may end with the
// city it sits in after ب (محكمة الجنح بوهران).
var courtNames = foldedSet("محكمة", "المحكمة")

// generalAdjectives make a general head (orgHead.general) a body's name:
// الإدارة العامة، الإدارة المركزية.
var generalAdjectives = foldedSet("العامة", "المركزية")

// governedWholes (folded) are what a government administers as a whole:
// الإدارة العامة للدولة، الإدارة المركزية للبلاد is how it is run, no
// directorate, which is named by its field (الإدارة العامة للمرور).
var governedWholes = foldedSet("الدولة", "البلاد", "الحكومة", "المدينة", "المحافظة", "الولاية", "الإقليم", "المنطقة", "الشؤون")

// teenWord and teenWordFem (folded عشر، عشرة) follow an ordinal of the
// teens: الثامن عشر، الثالثة عشرة.
var teenWord, teenWordFem = searchNorm.String("عشر"), searchNorm.String("عشرة")

// teenOrdinals are the ordinals that stand only before عشر (الحادي عشر،
// الحادية عشرة), the eleventh, which ordinals does not hold.
var teenOrdinals = foldedSet("الحادي", "الحادية")

// affairsWord (folded شؤون) heads a portfolio in construct after a
// minister's title: وزيرة شؤون المرأة.
var affairsWord = searchNorm.String("شؤون")

// abroadWord (folded بالخارج, "abroad") and communityWords: a ministry
// of a community abroad is named with both (وزارة الشؤون الخارجية
// والجالية الوطنية بالخارج).
var (
	abroadWord     = searchNorm.String("بالخارج")
	communityWords = foldedSet("الجالية", "الجاليات", "المغتربين", "المقيمين", "المقيمة", "المهاجرين")
)

// generationWords after a family name written alone tell which of the
// family it is (الجميل الابن، بوش الأب), another than the one named in
// full.
var generationWords = foldedSet("الابن", "الأب", "الحفيد", "الجد")

// councilWord (folded مجلس) and boardWords: مجلس إدارة، مجلس أمناء،
// مجلس مفوضي، مجلس محافظي name the board of the body after them.
var (
	councilWord = searchNorm.String("مجلس")
	boardWords  = foldedSet("إدارة", "أمناء", "مفوضي", "محافظي")
)

// natDirections follow a nationality adjective as part of it: الكوري
// الجنوبي، السودانية الجنوبية.
var natDirections = foldedSet("الجنوبي", "الجنوبية", "الشمالي", "الشمالية")

// firmHeads are the heads of a bank's or a company's name, and
// firmAdjectives the adjectives of trade that end such a name after a
// listed place or name in it (مصرف الخليج التجاري، بنك الكويت الصناعي،
// شركة المملكة القابضة), as the adjectives of names end any body's.
var firmHeads = foldedSet("مصرف", "المصرف", "بنك", "البنك", "شركة", "الشركة", "مجموعة", "المجموعة")

var firmAdjectives = foldedSet("التجاري", "التجارية", "الصناعي", "الصناعية", "الزراعي", "الزراعية", "العقاري",
	"العقارية", "الاستثماري", "الاستثمارية", "القابضة", "المتحد", "المتحدة")

var orgHeads = foldedMap(map[string]orgHead{
	"وزارة": {}, "الوزارة": {}, "هيئة": {}, "الهيئة": {}, "منظمة": {}, "المنظمة": {}, "نقابة": {}, "النقابة": {},
	"اتحاد": {}, "الاتحاد": {}, "مصرف": {}, "المصرف": {}, "بنك": {}, "البنك": {}, "جامعة": {}, "الجامعة": {},
	"كلية": {}, "معهد": {}, "أكاديمية": {}, "مجلس": {}, "المجلس": {}, "حزب": {}, "الحزب": {}, "جبهة": {strict: true},
	"حركة": {strict: true}, "الحركة": {strict: true}, "تيار": {strict: true}, "لواء": {}, "ألوية": {}, "فرقة": {}, "الفرقة": {}, "فيلق": {}, "كتيبة": {}, "كتائب": {},
	"سرايا": {}, "جيش": {}, "شرطة": {}, "شركة": {strict: true, pair: true}, "الشركة": {strict: true}, "مؤسسة": {strict: true, pair: true}, "المؤسسة": {strict: true}, "وكالة": {strict: true}, "الوكالة": {strict: true},
	"جمعية": {strict: true}, "الجمعية": {strict: true}, "رابطة": {}, "الرابطة": {}, "عصبة": {}, "العصبة": {}, "تجمع": {strict: true}, "تحالف": {}, "التحالف": {strict: true, field: true}, "ائتلاف": {}, "مركز": {strict: true, field: true}, "لجنة": {},
	"اللجنة": {}, "مفوضية": {}, "المفوضية": {}, "دائرة": {strict: true}, "الدائرة": {strict: true}, "مديرية": {strict: true}, "المديرية": {strict: true},
	"محكمة": {}, "المحكمة": {}, "بعثة": {strict: true, field: true}, "أمانة": {strict: true}, "الأمانة": {strict: true}, "بلدية": {}, "نادي": {}, "منتدى": {}, "برلمان": {}, "جهاز": {strict: true, pair: true}, "مجموعة": {strict: true, rare: true},
	"صندوق": {strict: true, field: true}, "الصندوق": {strict: true, field: true},
	// An authority named by its field (سلطة الطيران المدني، سلطة
	// المياه، سلطة النقد الفلسطينية) and a general directorate (الإدارة
	// العامة للمباحث والأدلة الجنائية).
	"سلطة": {strict: true}, "الإدارة": {strict: true, general: true},
	"صحيفة": {media: true}, "جريدة": {media: true}, "مجلة": {media: true}, "قناة": {media: true},
	"تلفزيون": {media: true}, "إذاعة": {media: true}, "راديو": {media: true}, "موقع": {media: true},
	"شبكة":  {media: true},
	"مؤتمر": {misc: true}, "قمة": {misc: true}, "مهرجان": {misc: true}, "معرض": {misc: true}, "بطولة": {misc: true},
	"عملية": {misc: true}, "اتفاقية": {misc: true},
})

// qualified describes a head of qualifiedBodies: the qualifiers that
// make a name of it, the adjectives that may follow the qualifier, and
// whether one of them must.
type qualified struct {
	quals, adjectives *wordSet
	needAdjective     bool
	// natSuffices: a nationality after the qualifier stands for the
	// adjective needed (القوات المسلحة الأردنية).
	natSuffices bool
	// place: a listed place right after the head is the qualifier (a
	// movement named by its region: حراك فزان، حراك الريف).
	place bool
	// forces: a ل-genitive after the name must be the forces it
	// commands (القيادة العامة للقوات المسلحة), or there is no body.
	forces bool
	// trade: a chamber named by its trades (see chamberEnd).
	trade bool
}

// qualifiedBodies are heads that name a body only with a qualifier of
// their kind, which no list needs to hold: a government by what it was
// formed for (حكومة الوحدة الوطنية، حكومة الوفاق، حكومة الإنقاذ الوطني،
// حكومة الاستقرار), a security force by its branch (قوى الأمن الداخلي،
// قوات الأمن العام; قوات الأمن alone is any country's police).
var qualifiedBodies = foldedMap(map[string]qualified{
	"حكومة": govQualified,
	"قوى":   securityQualified,
	"قوات":  securityQualified,
	// The armed forces of a monarchy or a country: القوات المسلحة
	// الملكية، القوات المسلحة السودانية (القوات المسلحة alone is any
	// country's).
	"القوات": armedQualified,
	// A movement named by its region (حراك فزان، حراك الريف), a
	// government's media cell (خلية الإعلام الأمني، خلية الإعلام
	// الحربي) and an army's general command (القيادة العامة, also of
	// the armed forces after it), which no list holds.
	"حراك":    {quals: foldedSet(), adjectives: foldedSet(), place: true},
	"خلية":    {quals: foldedSet("الإعلام"), adjectives: foldedSet("الأمني", "الحربي", "الحكومي", "العسكري"), needAdjective: true},
	"القيادة": {quals: foldedSet("العامة"), adjectives: foldedSet(), forces: true},
	// A chamber of commerce (غرفة تجارة وصناعة الشارقة، غرفة التجارة
	// والصناعة العربية الألمانية): غرفة alone is a room (غرفة العمليات).
	"غرفة": {quals: foldedSet("تجارة", "التجارة"), adjectives: foldedSet(), trade: true},
})

// tradeFields (folded, after و) are the fields a chamber of commerce
// joins to its commerce: غرفة تجارة وصناعة، غرفة التجارة والصناعة والزراعة.
var tradeFields = foldedSet("صناعة", "الصناعة", "زراعة", "الزراعة", "ملاحة", "الملاحة")

// forceWords (folded, without the proclitic ل) are the forces a general
// command commands: القيادة العامة للقوات المسلحة، للجيش، للشرطة.
var forceWords = foldedSet("القوات", "الجيش", "الشرطة")

var (
	govQualified = qualified{quals: foldedSet("الوحدة", "الوفاق", "الإنقاذ", "الاستقرار", "التوافق", "الوئام"),
		adjectives: foldedSet("الوطني", "الوطنية")}
	armedQualified = qualified{quals: foldedSet("المسلحة"), adjectives: foldedSet("الملكية", "السلطانية", "الأميرية"),
		needAdjective: true, natSuffices: true}
	securityQualified = qualified{quals: foldedSet("الأمن"), adjectives: foldedSet("الداخلي", "العام"), needAdjective: true}
)

// townBodies are the heads of a body named by the town it serves: a
// weak listed place right after one is that town (بلدية صور).
var townBodies = foldedSet("بلدية")

// placeHead describes a word that introduces a place name.
type placeHead struct {
	// listedOnly heads name a place only before a listed place, and
	// are an organization's head otherwise: دائرة الرشيدية is an
	// electoral or administrative district, دائرة الأراضي and دائرة
	// المخابرات are bodies (see orgPattern).
	listedOnly bool
	// region heads are part of the name (ريف حمص).
	region bool
	// dual heads name two places, the second after و: حيي هودن
	// ودركينلي.
	dual bool
	// list heads (dual, plural) introduce several names: قريتي بلقسة
	// وخربة الحمام.
	list bool
	// definite heads take only a definite or listed name (منطقة
	// الشيخ مقصود, not منطقة آمنة).
	definite bool
	// strict heads are also common nouns (ولاية "mandate, term",
	// منطقة "zone"): a title or an organization head after them is
	// whose mandate or zone it is (ولاية البعثة، ولاية الرئيس، منطقة
	// الجيش), not a name. Frequency cannot tell: الضباب and البركة
	// are frequent words and places.
	strict bool
}

var placeHeads = foldedMap(map[string]placeHead{
	"مدينة": {}, "بلدة": {}, "قرية": {}, "مخيم": {}, "معسكر": {}, "ناحية": {}, "قضاء": {}, "جزيرة": {},
	"محافظة": {definite: true}, "ولاية": {definite: true, strict: true}, "منطقة": {definite: true, strict: true}, "حي": {definite: true},
	"إقليم": {definite: true}, "مقاطعة": {definite: true}, "العاصمة": {definite: true},
	"دائرة": {listedOnly: true}, "مشعر": {listedOnly: true}, // مشعر منى: a site of the Hajj
	"مدينتي": {list: true, dual: true}, "بلدتي": {list: true, dual: true}, "قريتي": {list: true, dual: true}, "مدن": {list: true}, "بلدات": {list: true},
	"قرى": {list: true}, "محافظتي": {list: true, dual: true, definite: true}, "محافظات": {list: true, definite: true},
	"حيي": {list: true, dual: true, definite: true}, "ولايتي": {list: true, dual: true, definite: true, strict: true},
	"ولايات": {list: true, strict: true}, // على ولايات كسلا والقضارف وسنار: Sudan's states
	"مخيمي":  {list: true, dual: true}, "ناحيتي": {list: true, dual: true}, "منطقتي": {list: true, dual: true, definite: true, strict: true},
	"مناطق": {list: true, definite: true}, "أحياء": {list: true, definite: true}, "مخيمات": {list: true},
	// Yemen's districts, listed (في مديريات العدين والمشنة والظهار):
	// only as a list of names (placeList); مديرية alone is a district
	// head, a directorate's too (districtPattern).
	"مديريات": {list: true, listedOnly: true},
	// A Tunisian delegation, the district of a governorate (معتمدية
	// الرقاب، معتمدية عقارب).
	"معتمدية": {}, "معتمديات": {list: true},
	// A Sudanese locality, the district of a state (بمحلية الفاو، معتمد
	// محلية بحري); محلية is also "local": see localityAt.
	"محلية": {definite: true},
	"ريف":   {region: true}, "ريفي": {region: true, list: true},
	// The barren uplands of a Lebanese or Syrian town (جرود عرسال، جرود
	// رأس بعلبك، جرود القلمون): a region as a countryside is.
	"جرود": {region: true},
})

// directions extend a region: ريف حلب الغربي, ريف إدلب الشمالي الغربي.
var directions = foldedSet("الشمالي", "الجنوبي", "الشرقي", "الغربي", "الأوسط")

// titleModifiers follow a title without being part of a name: الرئيس
// السابق، الأمين العام الجديد; and the broken plurals of peoples, which
// qualify a plural title as its nationality does (وزراء الخارجية العرب،
// القادة الأفارقة، وزراء الداخلية الأكراد), no family name.
var titleModifiers = foldedSet(append(withFeminines(
	"السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الجديد", "الجديدة",
	"الراحل", "الراحلة", "المخلوع", "المكلف", "المكلفة", "المؤقت", "المنتخب", "المنتخبة", "بالوكالة",
	"الأعلى", "التنفيذي", "التنفيذية", "العام", "العامة", "الخاص", "الخاصة", "الأممي", "الدولي", "الرسمي",
	"الأول", "المساعد", "المساعدة", "الإقليمي", "الجهوي", "المحلي", "الولائي", "الدائم", "الدائمة", "المقيم", "الركن", "المتقاعد", "السياسي", "السياسية", "المركزي", "المركزية"),
	"العرب", "الأفارقة", "الأكراد", "الأتراك", "الأجانب", "الروس", "الألمان", "الأمريكان", "الإنجليز", "الفرس", "الأقباط")...)

// withFeminines returns the words with the feminine in ة of each
// definite adjective that ends in neither ة nor a long vowel: a modifier
// agrees with the title's noun (رئيس الحكومة المؤقتة، الأمينة العامة
// المساعدة), and the list need not write both.
func withFeminines(words ...string) []string {
	out := append([]string(nil), words...)
	for _, w := range words {
		switch r, _ := utf8.DecodeLastRuneInString(w); {
		case !strings.HasPrefix(w, "ال"), r == 'ة', r == 'ى', r == 'ا':
		default:
			out = append(out, w+string('ة'))
		}
	}
	return out
}

// styleTitles are styles of address that stand before an office or a
// name (صاحب السمو الملكي أمير المنطقة الشرقية).
var styleTitles = foldedSet("صاحب السمو الملكي", "صاحب السمو", "سمو الأمير", "جلالة الملك", "جلالة", "خادم الحرمين الشريفين",
	"فخامة الرئيس", "فخامة", "معالي")

// portfolioTitles take a definite noun that names their portfolio:
// وزير النقل، نائب وزير الدفاع.
// constructTitles are the titles that, indefinite, stand in construct
// with another title: مستشار الرئيس، مبعوث الأمين العام، ممثل الرئيس.
var constructTitles = foldedSet("مستشار", "مستشارة", "مبعوث", "مبعوثة", "مساعد", "مساعدة", "ممثل", "ممثلة",
	"نائب", "نائبة", "سكرتير", "سكرتيرة", "معاون", "معاونة", "سفير", "سفيرة", "مندوب", "مندوبة")

// envoyTitles are sent somewhere: في and a place after the title they
// stand in construct with says where (ممثل الأمين العام للأمم المتحدة
// في ليبيا), as لدى and إلى do after any.
var envoyTitles = foldedSet("مبعوث", "مبعوثة", "ممثل", "ممثلة", "سفير", "سفيرة", "مندوب", "مندوبة")

// compoundTitles are the construct titles that are one title (the
// outer title, masculine, and the inner one's first word): مساعدة وزير
// الخارجية is an assistant secretary, not a secretary.
var compoundTitles = foldedSet("مساعد وزير", "نائب وزير", "معاون وزير", "نائب رئيس", "نائب الرئيس", "مساعد رئيس",
	"مساعد الرئيس", "نائب الأمين", "مساعد الأمين", "وكيل وزارة")

// specialQualifiers qualify an envoy, adviser or representative (مبعوث …
// الخاص), never the office he serves.
var specialQualifiers = foldedSet("الخاص", "الخاصة")

// envoyPrepositions say where an envoy or representative is sent (مبعوث
// الرئيس الروسي إلى سوريا، ممثل الأمين العام لدى ليبيا).
var envoyPrepositions = foldedSet("إلى", "الى", "لدى")

var portfolioTitles = foldedSet("وزير", "وزيرة", "الوزير", "الوزيرة", "نائب وزير", "مساعد وزير", "معاون وزير",
	"وكيل وزارة", "مدير", "مديرة", "المدير", "رئيس", "رئيسة", "قائد", "أمين", "أمين عام", "الأمين العام",
	"رئيس هيئة", "رئيس أركان", "المتحدث باسم", "الناطق باسم", "المتحدثة باسم", "الناطقة باسم", "متحدث باسم", "ناطق باسم",
	"متحدثة باسم", "ناطقة باسم", "المتحدث الرسمي باسم", "الناطق الرسمي باسم", "المتحدثة الرسمية باسم", "الناطقة الرسمية باسم", "عضو", "عضوة", "العضو",
	"نائب رئيس", "نائبة رئيس")

// SingularTitles returns the singular titles that the plural title
// title stands for, so that a plural phrase over several countries finds
// each country's holder (رؤساء إيران وروسيا: the president of each;
// وزراء خارجية روسيا وتركيا: each foreign minister). title is
// Search-folded with the article removed from its words (روساء، وزراء
// خارجيه); the words after the plural head are kept after each singular.
// رؤساء alone is also head of the republic or of the state; زعماء,
// leaders, are presidents, kings, emirs or leaders. It returns nil when
// the first word is not a plural title. The result is the caller's to
// change.
func SingularTitles(title string) []string {
	head, rest, _ := strings.Cut(title, " ")
	var singular []string
	switch head {
	case "روساء":
		singular = []string{"رييس"}
		if rest == "" {
			singular = append(singular, "رييس جمهوريه", "رييس دوله")
		}
	case "زعماء":
		singular = []string{"رييس", "ملك", "امير", "زعيم"}
	case "وزراء":
		singular = []string{"وزير"}
	default:
		return nil
	}
	if rest != "" {
		for i := range singular {
			singular[i] += " " + rest
		}
	}
	return singular
}

// regionWords begin the name of a region, a part of a place named after
// it: a direction (شمال سوريا) or an outskirts noun (أطراف دمشق). With
// the region heads of placeHeads (ريف حلب) they are IsRegionWord.
var regionWords = []string{"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أطراف", "ضواحي"}

// constructGivenNames are given names that are also nouns in construct
// with what they own or amount to (مالك العقار "the owner of the
// building", كامل الأراضي "all of the land"): before a definite word
// that is not rare (above districtCB: العقار is at -496) they name no
// one.
var constructGivenNames = foldedSet("مالك", "كامل")

// regionCompass and worldRegions (folded) name a world region:
// شرق أفريقيا، جنوب شرق آسيا (see worldRegionAt).
var (
	regionCompass = foldedSet("شمال", "جنوب", "شرق", "غرب", "وسط")
	worldRegions  = foldedSet("أفريقيا", "إفريقيا", "آسيا", "أوروبا", "أوربا", "أمريكا", "أميركا", "أوقيانوسيا")
	nearEast      = foldedSet("الأوسط", "الأدنى") // after الشرق
)

// compoundFirst and compoundSecond (folded) make the Levant's compound
// given names: محمد خير، محمد نور، أحمد أمين (see personAt).
var (
	compoundFirst  = foldedSet("محمد", "أحمد", "محمود")
	compoundSecond = foldedSet("خير", "نور", "أمين", "فضل")
)

// aitWords (folded) begin an Amazigh name, "the sons of": آيت، أيت.
var aitWords = foldedSet("آيت", "أيت", "ايت")

// compassWords place what comes before them (X جنوبي المدينة).
var compassWords = foldedSet("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي")

// placePrepositions before a weak place name make it a place: في صور,
// and so do the region words: شمال صور.
var placePrepositions = foldedSet(append([]string{"في", "من", "إلى", "الى", "قرب", "بين", "نحو", "داخل", "محيط"},
	regionWords...)...)

// inPlacePrepositions are the prepositions of where something is (في،
// قرب، داخل): after them أبو in the nominative begins a place's name
// (see kunyaPattern); من and إلى take persons too (رسالة إلى أبو مازن,
// as the press often writes it).
var inPlacePrepositions = foldedSet("في", "قرب", "داخل", "بمحيط")

// abuWord is the kunya أبو, folded.
var abuWord = searchNorm.String("أبو")

// motionPrepositions are the prepositions of where from and where to
// that a participle of coming or going governs (قادمة من، متجهة إلى).
var motionPrepositions = foldedSet("من", "إلى", "الى", "نحو")

// verbPlaces are listed places whose one-word name is, as written
// without vowels, also a common verb form: سيرت (سيّرت "dispatched"; Siirt),
// تدمر (تدمّر "destroys"; Palmyra), دمر (دمّر "destroyed"; Dummar), كسب
// ("won"; Kessab), حرض (حرّض "incited"; Haradh), ينبع ("springs";
// Yanbu), تسيل ("flows"; Tasil), نجد ("we find"; Najd), حضر ("attended";
// Hadar), يزد (لم يزد "did not exceed"; Yazd). They are places only where
// a noun stands (see placeContext). (Found by looking up, for every
// listed place of one word, the other persons and numbers of the verb it
// would be in wordfreq's list: يدمر، تنبع، سيروا، يحضر …)
var verbPlaces = foldedSet("سيرت", "تدمر", "دمر", "كسب", "حرض", "ينبع", "تسيل", "نجد", "حضر", "يزد")

// nounPrepositions before a word make it a noun, never a verb: على
// تدمر، عن سيرت (with placePrepositions).
var nounPrepositions = foldedSet("على", "عن", "عبر", "حول", "باتجاه", "تجاه", "ضد", "لدى", "مع")

// regionFirst is the folded set of regionWords and the region heads.
var regionFirst = func() *wordSet {
	set := foldedSet(regionWords...)
	for w, h := range placeHeads {
		if h.region && !h.list {
			set.m[w] = true
			set.f.add(w)
		}
	}
	return set
}()

// IsPlaceHead reports whether w, Search-folded, is a noun that
// introduces a place name (مدينه، محافظه، مناطق، ريف): the heads after
// which the recognizer reads a place.
func IsPlaceHead(w string) bool {
	if !placeHeadKeys.may(w) {
		return false // most words: the events stage asks of many
	}
	_, ok := placeHeads[w]
	return ok
}

// placeHeadKeys filters the keys of placeHeads.
var placeHeadKeys = func() (f keyFilter) {
	for w := range placeHeads {
		f.add(w)
	}
	return f
}()

// IsRegionWord reports whether w, Search-folded, is the first word of a
// region's name, which names where something is and never who: a
// direction or outskirts noun (شمال سوريا، أطراف دمشق) or a region head
// (ريف حلب).
func IsRegionWord(w string) bool { return regionFirst.has(w) }

// IsPlacePreposition reports whether w, Search-folded, is a preposition
// or direction that makes a weak name after it a place (في، الي، قرب،
// شمال).
func IsPlacePreposition(w string) bool { return placePrepositions.has(w) }

// nounAdjectives are adjectives of a common noun that no place takes:
// الدورة الرئيسية "the main session", الدورة المقبلة "the next
// session" (see commonNounBefore; ordinals and titleModifiers too).
var nounAdjectives = foldedSet("الرئيسي", "الرئيسية", "المقبل", "المقبلة", "الماضي", "الماضية", "العادية",
	"الاستثنائية", "الطارئة")

// IsOfficeQualifier reports whether w, Search-folded and without a case
// ending, is an adjective that makes one office with the title before
// it: عام of أمين عام and مدير عام, تنفيذي of رئيس تنفيذي, خاص of مبعوث
// خاص, دائم of مندوب دائم. An appointment's position in the accusative
// takes it (أمينا عاما لجامعة الدول العربية).
func IsOfficeQualifier(w string) bool { return officeQualifiers.has(w) }

// titlePrepositions join a title to where it serves: السفير لدى …،
// المبعوث إلى …
var titlePrepositions = foldedSet("لدى", "إلى", "الى", "في")

// orgAliasHeads before a listed organization make a longer alias of it:
// فصيل جيش الإسلام، تنظيم داعش.
var orgAliasHeads = foldedSet("فصيل", "تنظيم", "جماعة", "حركة", "ميليشيا", "ميليشيات", "مليشيا", "حزب",
	"جبهة", "شركة", "وكالة", "صحيفة", "قناة", "منظمة", "مجموعة")

// headComplements make one organization head a common noun phrase: the
// movement of traffic, ships or goods (حركة السير، حركة الملاحة) is no
// movement of people, and a device (جهاز التكييف، جهاز الهاتف) no agency.
var headComplements = map[string]*wordSet{
	// الصندوق الأسود "the black box", صندوق الاقتراع "the ballot box".
	searchNorm.String("الصندوق"): foldedSet("الأسود"),
	searchNorm.String("صندوق"):   foldedSet("الاقتراع", "البريد"),
	// سلطة الاحتلال "the occupying power", سلطة الأمر الواقع "the de
	// facto power": a power, no body's name.
	searchNorm.String("سلطة"): foldedSet("الاحتلال", "الأمر", "الانتداب", "القانون", "الدولة", "الرئيس", "الشعب",
		"الحكومة", "النظام", "القرار", "القضاء", "الدين", "المال", "السلاح"),
	searchNorm.String("حركة"): foldedSet("السير", "المرور", "الملاحة", "الطيران", "النقل", "التجارة", "البيع", "الشراء",
		"الأسواق", "البورصة", "الأسهم", "الرياح", "العبور", "الشاحنات", "السيارات", "القطارات", "السفن", "البواخر",
		"الناقلات", "الطائرات", "الرحلات", "الحافلات", "المركبات", "البضائع", "السلع", "الركاب", "المسافرين", "الأموال"),
	searchNorm.String("جهاز"): foldedSet("التكييف", "التبريد", "التدفئة", "الكمبيوتر", "الحاسوب", "الهاتف", "التلفاز",
		"التلفزيون", "التحكم", "الاستقبال", "الإرسال", "التنفس", "القلب"),
}

// genericComplements make an organization head a common noun phrase:
// مجلس الإدارة "the board", مجلس الأمناء.
// clauseOpeners are the complementizers (folded, with their proclitics)
// that open a clause whose subject comes right after them: a definite
// head there is that subject, and quotes after it hold what is said of
// it, no name (إن المجلس "ملتزم بالأطر الدستورية").
var clauseOpeners = foldedSet("إن", "أن", "بأن", "لأن", "وأن", "فإن", "وإن")

var genericComplements = foldedSet("الإدارة", "الأمناء", "الآباء", "العزاء", "الأمة", "الأعمال", "الحرب")

// facilityHeads name a building or work after a person's family name
// (مطار الحريري، جسر الحسيني، شارع الحمرا): the facility is a place,
// the name no person mentioned.
var facilityHeads = foldedSet("مطار", "جسر", "شارع", "ميدان", "مستشفى", "مسجد", "جامع", "مدرسة", "ملعب", "ضريح",
	"نفق", "سد", "استاد", "ستاد", "ساحة", "ميناء",
	// A sports or cultural complex and a hall (مركب محمد بنجلون، قاعة ابن
	// خلدون، مجمع الشيخ زايد).
	"مركب", "مجمع", "قاعة",
	// A base named after a king (قاعدة الملك خالد الجوية).
	"قاعدة")

// A featureHead heads the name of a geographic feature or a facility
// and is part of it (see featurePattern).
type featureHead struct {
	// definite heads take a definite name: معبر الوافدين، سوق الحميدية.
	definite bool
	// bare heads take a name without the article: جبل عريش، قاعدة
	// انجرليك (شارع مقفر is a deserted street; قاعدة المقرضين a base of
	// lenders: a base takes a foreign name only).
	bare bool
	// verb heads are written as verbs too (عين "appointed", رأس
	// "chaired"): they name a place only where a noun stands (see
	// featureContext), and take a bare name in ة there (في عين زارة).
	verb bool
	// facility heads (فندق، تقاطع، سجن، مستشفى) take a bare name in ي
	// that the frequency list knows as a rare word (تقاطع زوبي): a
	// building is seldom qualified by a rare nisba, as a feature is by
	// a known one (معبر حدودي).
	facility bool
	// square heads (ساحة، ميدان) take a definite name the frequency
	// list knows well after a preposition of place (في ميدان الشهداء،
	// بساحة الحرية): see featureName.
	square bool
	// named heads begin the name of a town, a crossing or a palace that
	// may be a person's given name (كوم حمادة، منفذ سلوى، قصر عابدين):
	// a listed given name after them is the place's, no person.
	named bool
}

var featureHeads = foldedMap(map[string]featureHead{
	"جبل": {definite: true, bare: true}, "جبال": {definite: true, bare: true}, "تل": {definite: true, bare: true},
	"تلة": {definite: true, bare: true}, "وادي": {definite: true, bare: true}, "سهل": {definite: true, bare: true},
	"هضبة": {definite: true, bare: true}, "قاعدة": {bare: true}, "معسكر": {bare: true},
	"معبر": {definite: true, bare: true, named: true}, "جسر": {definite: true}, "سوق": {definite: true}, "شارع": {definite: true},
	"ساحة": {definite: true, bare: true, square: true}, "ميدان": {definite: true, bare: true, square: true}, "دوار": {definite: true}, "ميناء": {definite: true},
	"مطار": {definite: true}, "مزارع": {definite: true}, "مزرعة": {definite: true}, "سد": {definite: true},
	"نفق": {definite: true},
	// An oil or gas field named by a rare word (حقل الشرارة، حقل
	// الفيل، حقل الرميلة): a frequent word makes a field of work or a
	// minefield (حقل التعليم، حقل الألغام).
	"حقل": {definite: true},
	// A military checkpoint named by its place (حاجز الظاهرية، حاجز
	// زعترة); حاجز is also a barrier (حاجز حديدي، حاجز الصوت), named by
	// a frequent word.
	"حاجز": {definite: true, bare: true, facility: true},
	// Facilities a place is named by (فندق صحفي، تقاطع زوبي، سجن
	// النقب): a rare word after the head; سجن is the verb "jailed" too.
	"فندق": {definite: true, bare: true, facility: true}, "تقاطع": {definite: true, bare: true, facility: true},
	"سجن": {definite: true, bare: true, verb: true, facility: true}, "مستشفى": {definite: true, bare: true, facility: true},
	// Springs, capes and wells name many towns and quarters (عين
	// الحلوة، رأس العين، بئر السبع، عين زارة).
	"عين": {definite: true, bare: true, verb: true}, "رأس": {definite: true, bare: true, verb: true},
	"بئر": {definite: true, bare: true},
	// Heads that begin the names of Egypt's towns and hamlets (كوم
	// حمادة، كفر الدوار، عزبة النخل، نزلة السمان), of land border posts
	// (منفذ سلوى، منفذ الوديعة) and of palaces (قصر عابدين، قصر
	// الإليزيه): the head is the name's first word.
	"كوم": {definite: true, bare: true, named: true}, "كفر": {definite: true, bare: true, named: true},
	"عزبة": {definite: true, bare: true, named: true}, "نزلة": {definite: true, bare: true, named: true},
	"منفذ": {definite: true, bare: true, named: true}, "قصر": {definite: true, bare: true, named: true},
})

// featureContextHeads before a feature head of a verb's spelling make it
// a noun: a place or a facility whose name it begins (منطقة عين زارة،
// سجن عين زارة, with placeHeads and facilityHeads).
var featureContextHeads = foldedSet("سجن", "معتقل", "محطة", "بلدية")

// militiaHeads are the spellings of militia, one or many, that a list
// may write before a group's name (see militiaName).
var militiaHeads = foldedSet("ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "ميلشيا", "ميلشيات")

// resistanceNames are the adjectives that make المقاومة the name of an
// armed group (see resistancePattern): الشعبية and الجنوبية in Yemen,
// الوطنية, التهامية, الإسلامية in Lebanon.
var resistanceNames = foldedSet("الشعبية", "الجنوبية", "الوطنية", "التهامية", "الإسلامية")

// verbGivenNames are given names written as a past verb with the
// feminine ت (رفعت "she raised", طلعت "she rose", حكمت "she ruled"):
// before a definite plural subject they are the verb (see fixedIdioms).
var verbGivenNames = foldedSet("رفعت", "طلعت", "حكمت", "عصمت", "نشأت", "مدحت", "عزت", "بهجت")

// verbParticles are the particles a verb, never a noun, follows: the
// relative pronouns, قد، لقد and the conjunctions of time. A verbGivenName
// right after one is the verb (see fixedIdioms).
var verbParticles = foldedSet("قد", "لقد", "التي", "الذي", "اللتان", "اللذان", "حين", "حينما", "عندما", "بعدما", "لما", "كلما", "ريثما", "طالما")

// commandHeads and operationsWords begin an operations command's name
// (see commandPattern): قيادة عمليات بغداد، غرفة عمليات حلب.
var (
	commandHeads = foldedSet("قيادة", "غرفة")
	// communeHeads introduce a Maghrebi village or commune (see
	// communePlace): دوار, a douar; جماعة, a rural commune; قيادة, a
	// caidat.
	communeHeads = foldedSet("دوار", "جماعة", "الجماعة", "قيادة")
	// communeQualifiers make الجماعة a commune: الجماعة القروية،
	// الجماعة الترابية.
	communeQualifiers = foldedSet("القروية", "الترابية")
	// maghrebiProvinces are the units a commune belongs to, read after
	// its name (جماعة أمزميز بإقليم الحوز، قيادة أسني دائرة أمزميز).
	maghrebiProvinces = foldedSet("إقليم", "عمالة", "دائرة", "ولاية", "جهة", "جماعة", "قيادة")
	operationsWords   = foldedSet("عمليات", "العمليات")
	// commandedForces: a force whose command (قيادة) is named with it
	// (قيادة شرطة البصرة).
	commandedForces = foldedSet("شرطة")
)

// tookLife are the forms of the verb أودى "took (a life)": before بحياة
// they are no name, though أودى folds as أودي, the car maker, does (see
// fixedIdioms).
var tookLife = foldedSet("أودى", "أودت", "أوديا", "أودتا", "أودوا")

// lifeWith begins the word after tookLife: بحياة، بحياته، بحياتهم.
var lifeWith = searchNorm.String("بحيا")

// idiomComplements follow حسن "goodness" or سوء "badness" in a fixed
// expression, where حسن is no name (see fixedIdioms): لحسن الحظ،
// لسوء الحظ، حسن النية، حسن الجوار.
var idiomComplements = foldedSet("الحظ", "حظ", "الطالع", "النية", "نية", "الجوار", "الظن", "السير", "السلوك",
	"التدبير", "التصرف", "الفهم", "المعاملة", "الخلق", "الإدارة", "الأداء", "التقدير", "الاستقبال", "الضيافة")

// affiliatedWords are participles of affiliation: the group after them
// is named (see affiliatedGroups).
var affiliatedWords = foldedSet("المرتبطة", "المرتبط", "المرتبطين", "المرتبطون", "مرتبطة", "مرتبط", "مرتبطين",
	"مرتبطون", "الموالية", "الموالي", "الموالين", "الموالون", "موالية", "موالين", "موالون")

// quantityWords after an organization head make it a verbal noun of a
// gathering or a union, not a name: تجمع عشرات المحتجين، اتحاد آلاف.
var quantityWords = foldedSet("عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألوف", "عدد", "العديد", "بضعة",
	"بضع", "حشود", "حشد")

// countWords are the cardinal numbers written as words before a counted
// noun: قتل أربعة مدنين (a typo of مدنيين) is no place after them.
var countWords = foldedSet("اثنان", "اثنين", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة",
	"سبع", "ثمانية", "ثماني", "ثمان", "تسعة", "تسع", "عشرة", "عشر", "عشرات", "مئات", "آلاف", "عشرين", "عشرون",
	"ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين", "خمسون", "مئة", "مائة", "ألف")

// durationDuals are the duals of the nouns of time (عامين، سنتين،
// شهرين، يومين): a term after a name (سجن فلان عامين), like a count word,
// is never a part of it.
var durationDuals = foldedSet("عامين", "عامان", "سنتين", "سنتان", "شهرين", "شهران", "يومين", "يومان", "أسبوعين",
	"أسبوعان", "ساعتين", "ساعتان", "عقدين", "عقدان")

// fixedPhrases are fixed expressions whose last word is written like a
// place (القوة القاهرة: force majeure, an adjective "compelling", not
// Cairo): the stem of the word before and the word, Search-folded and
// joined by a space.
var fixedPhrases = foldedSet("القوة القاهرة", "قوة قاهرة", "الظروف القاهرة", "ظروف قاهرة", "الأسباب القاهرة",
	"أسباب قاهرة")

// fixedLast holds the last words of fixedPhrases: a place name that is
// none of them needs no phrase built.
var fixedLast = func() map[string]bool {
	m := map[string]bool{}
	for p := range fixedPhrases.m {
		m[p[strings.LastIndexByte(p, ' ')+1:]] = true
	}
	return m
}()

// kunya particles begin a name: أبو محمد، أم أحمد.
var kunyas = foldedSet("أبو", "أبي", "أبا", "أم")

// addressStyles are the styles of address of the Gulf's and the Levant's
// press written before an official's name (سعادة السفير's سعادة, معالي
// الوزير's معالي, the cleric's سماحة): no part of the name, and no title.
var addressStyles = foldedSet("سعادة", "معالي", "فخامة", "سماحة", "سمو")

// patronymics join the next word to a name: بن، ابن، بنت، آل، عبد،
// mauritanianSon and amazighSon.
var patronymics = foldedSet("بن", "ابن", "بنت", "ابنة", "آل", "عبد", mauritanianSon, amazighSon)

// mauritanianSon is ولد, "son of" in Mauritanian names (محمد ولد عبد
// العزيز، سيدي محمد ولد الشيخ عبد الله), folded: the patronymic the
// lineage rules (lineageAt) read apart from the others.
const mauritanianSon = "ولد"

// amazighSon is the Amazigh آيت ("sons of", also written أيت), folded: a
// patronymic after which whatever word follows is the family's name, a
// common word too (هشام آيت منا، عزيز آيت بوسعيد: personAt).
const amazighSon = "ايت"

// demonyms maps a folded nationality adjective (masculine singular) to the
// folded canonical name of its country, read from data/demonyms.txt.
var demonyms = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for line := range dataLines("data/demonyms.txt") {
		adj, country, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		m[searchNorm.String(strings.TrimSpace(adj))] = searchNorm.String(strings.TrimSpace(country))
	}
	return m
})

func foldedMap[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[searchNorm.String(k)] = v
	}
	return out
}

// foldedSet returns the set of words, folded.
func foldedSet(words ...string) *wordSet {
	out := &wordSet{m: make(map[string]bool, len(words))}
	for _, w := range words {
		k := searchNorm.String(w)
		out.m[k] = true
		out.f.add(k)
	}
	return out
}

// A wordSet is a set of folded words with a keyFilter in front of its
// map: the rules ask the word lists about word after word, most of which
// are in none, and the filter tells most of those apart by their length
// and last byte, without the map's hashing. A wordSet is read-only once
// made, and so safe for concurrent use.
type wordSet struct {
	f keyFilter
	m map[string]bool
}

// has reports whether w is in s.
func (s *wordSet) has(w string) bool { return s.f.may(w) && s.m[w] }

// timeWords are definite words of time that are also given names with
// the article (الخميس، الجمعة): after a name they say when (قال محمد
// الأحمد الجمعة), so they do not go on a Gulf name. الصباح is left out:
// after such a name it is the family (the morning is صباح اليوم).
var timeWords = foldedSet("الأحد", "الخميس", "الجمعة", "الفجر", "الظهر", "العصر")

// mandateHolders are common nouns whose mandate, term or zone a strict
// place head names (ولاية البعثة، ولاية الفقيه، منطقة العمليات) beyond
// the titles and organization heads.
var mandateHolders = foldedSet("البعثة", "القوة", "القوات", "المحكمة", "اللجنة", "الفقيه", "العهد", "الحكومة",
	"البرلمان", "الولايات", "العمليات", "الحظر", "النزاع", "التصعيد", "الاشتباكات", "الاشتباك", "العمل", "النفوذ",
	"الصراع", "القتال", "المعارك", "الحرب")

// sportWords are the words of a sports report that make a city listed
// as a club the club (clubInSport), folded and without proclitics.
var sportWords = foldedSet("فاز", "يفوز", "فوز", "فوزه", "فوزها", "تعادل", "خسر", "يخسر", "خسارة", "هزم", "هزيمة",
	"تغلب", "مباراة", "المباراة", "مباراته", "لقب", "اللقب", "الدوري", "دوري", "هدف", "هدفين", "أهداف", "الأهداف",
	"ملعب", "الملعب", "مدرب", "المدرب", "لاعب", "اللاعب", "لاعبي", "بطولة", "البطولة", "كأس", "توج", "تتويج",
	"الشوط", "ركلة", "ركلات", "مهاجم", "حارس", "نادي", "النادي", "الموسم", "صفقة", "التعاقد", "المتصدر", "صدارة",
	"الصدارة", "مرمى", "الفوز", "التعادل", "الخسارة", "الهزيمة", "مدربه", "مدربها", "لاعبه", "لاعبيه")

// unitHeads name a military unit when an ordinal follows (اللواء
// السابع); ordinals are those ordinals, masculine and feminine.
var (
	unitHeads = foldedSet("اللواء", "الفرقة", "الفيلق", "الكتيبة", "الفوج", "الجيش")
	ordinals  = foldedSet("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
		"العاشر", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
		"التاسعة", "العاشرة")
)

// personObjectVerbs take a person as their object: a title phrase right
// after the subject's name is the object (استقبل الرئيس السيسي وزير
// الخارجية الأمريكي), not the subject's title in apposition. Folded,
// past and imperfect, masculine and feminine.
var personObjectVerbs = foldedSet("استقبل", "استقبلت", "يستقبل", "تستقبل", "التقى", "التقت", "يلتقي", "تلتقي",
	"قابل", "قابلت", "يقابل", "هاتف", "هاتفت", "يهاتف", "أقال", "أقالت", "يقيل", "عين", "عينت", "يعين", "كلف",
	"كلفت", "يكلف", "اتهم", "اتهمت", "يتهم", "انتقد", "انتقدت", "ينتقد", "هاجم", "هاجمت", "يهاجم", "دعا", "دعت",
	"يدعو", "حث", "حثت", "يحث", "طالب", "طالبت", "يطالب", "أبلغ", "أبلغت", "يبلغ", "ودع", "ودعت", "استدعى",
	"استدعت", "يستدعي", "خلف", "يخلف", "هنأ", "هنأت", "يهنئ", "شكر", "شكرت", "يشكر", "عزى", "أطلع", "أطلعت",
	"رافق", "رافقت", "يرافق", "خاطب", "خاطبت", "ناشد", "ناشدت", "يناشد", "حذر", "حذرت", "وجه", "وجهت", "منح",
	"منحت", "قلد", "أمر", "أمرت", "يأمر", "زار", "زارت", "يزور", "أعفى", "أعفت", "عزل", "عزلت", "استبدل", "صافح", "صافحت",
	"أوفد", "أوفدت", "يوفد", "أرسل", "أرسلت", "يرسل", "بعث", "بعثت", "يبعث", "فوض", "فوضت", "كرم", "كرمت", "يكرم",
	"استضاف", "استضافت", "يستضيف", "اصطحب", "اصطحبت", "نعى", "نعت", "ينعى", "رثى", "سلم", "سلمت", "يسلم", "قلدت",
	"يقلد", "يمنح", "يودع", "يشكر")

// kinNouns name a relative in construct with a person's name (نجل بشير
// الجميل، والدة عماد مغنية): a title in apposition after the name may be
// the relative's.
var kinNouns = foldedSet("نجل", "نجلة", "ابن", "ابنة", "بنت", "شقيق", "شقيقة", "أخ", "أخو", "أخي", "أخت", "زوج",
	"زوجة", "أرملة", "والد", "والدة", "أب", "أبو", "أم", "حفيد", "حفيدة", "عم", "عمة", "خال", "خالة", "صهر", "نسيب")

// officeStyles (folded) are the styles of a judge or a diplomat that the
// Egyptian and Gulf press writes between an office and the name, as a
// rank (النائب العام المستشار فلان، مساعد الوزير السفير فلان): see
// rankAfterTitle.
var officeStyles = foldedSet("المستشار", "المستشارة", "السفير", "السفيرة")

// militaryRanks are the first words of the ranks (folded) that may stand
// between a title phrase and the name as a second title: المتحدث باسم
// التحالف العقيد الركن تركي المالكي.
var militaryRanks = foldedSet("المشير", "الفريق", "العماد", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب",
	"الملازم", "الجنرال", "الأدميرال")

// rankQualifiers follow a military rank, indefinite, as part of it: the
// staff officer's ركن and the airman's طيار (الفريق أول ركن، العميد ركن،
// اللواء طيار). After any other title they are words of their own.
var rankQualifiers = foldedSet("ركن", "طيار", "بحري")

// deputyTitles represent someone: عن and the place, list or party after
// them says whom (النائب عن محافظة البصرة، النائب عن تحالف الفتح).
var deputyTitles = foldedSet("نائب", "النائب", "نائبة", "النائبة", "عضو", "العضو", "السيناتور", "البرلماني",
	"البرلمانية")

// herTitleWords are the title words (folded) that, with the pronoun ها,
// name the holder of an office of the organization the pronoun refers
// to: رئيسها التنفيذي، مديرها العام، أمينها العام، سفيرها.
var herTitleWords = foldedSet("رئيس", "مدير", "وزير", "أمين", "قائد", "سفير", "مندوب", "ممثل", "زعيم", "مستشار",
	"نائب", "مؤسس", "رئيسة", "مديرة", "سفيرة", "مندوبة", "ممثلة", "زعيمة", "مؤسسة")

// appointedTitleWords are the titles (folded, masculine and feminine)
// that a verb of appointment or election gives in the accusative after
// the person's name: عين فلانا رئيسا للحكومة، انتخبت فلانة نائبة للرئيس.
var appointedTitleWords = foldedSet("رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "مدير", "مديرة", "قائد", "نائب",
	"نائبة", "أمين", "مستشار", "مستشارة", "مبعوث", "ممثل", "ممثلة", "محافظ", "متحدث", "ناطق", "مندوب", "منسق",
	"مفوض", "حاكم", "قاضي", "مدرب")

// officeQualifiers are the adjectives that make one office with the
// title before them (أمين عام، مدير عام، رئيس تنفيذي، مبعوث خاص، مندوب
// دائم، رئيس فخري), folded, as they are before the accusative ending.
var officeQualifiers = foldedSet("عام", "خاص", "تنفيذي", "دائم", "مساعد", "فخري")

// appointVerbs appoint, elect or name someone to an office (past,
// imperfect, passive and the verbal noun, folded without proclitics).
var appointVerbs = foldedSet("عين", "عينت", "يعين", "تعيين", "انتخب", "انتخبت", "ينتخب", "انتخاب", "كلف", "كلفت",
	"يكلف", "تكليف", "اختار", "اختارت", "يختار", "اختيار", "سمى", "سمت", "يسمي", "تسمية", "رشح", "رشحت", "يرشح",
	"ترشيح", "نصب", "نصبت", "تنصيب", "ثبت", "تثبيت")

// personalStyles are styles of a person, no office (folded): before an
// appointee's name they are the appointee's (عين الرئيس الدكتور فلانا
// وزيرا).
var personalStyles = foldedSet("السيد", "السيدة", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الحاج", "الحاجة",
	"الشيخ", "الشيخة", "الأستاذ", "الأستاذة", "الأمير", "الأميرة")

// addressees are the press that a statement is told to (قالت الوزارة
// للصحفيين), folded and without the proclitic ل: no organization's
// ل-genitive.
var addressees = foldedSet("الصحفيين", "الصحافيين", "الصحافه", "الصحفيون", "المراسلين", "وسايل", "الاعلاميين")

// publicNouns (folded) are the public a body calls on, warns or serves
// (دعت الوزارة المواطنين، حذرت الهيئة السكان): after a definite word of
// a body's name, the verb's object, no genitive of it (a body of such
// people puts them right after its head: نقابة المزارعين، اتحاد الطلاب).
var publicNouns = foldedSet("المواطنين", "المواطنات", "السكان", "الأهالي", "المقيمين", "الوافدين", "المسافرين", "الزوار",
	"الطلاب", "الطلبة", "المزارعين", "التجار", "المستهلكين", "السائقين", "الحجاج", "المصلين", "الصيادين", "العمال",
	"الموظفين", "الأسر", "العائلات", "الجمهور", "الناس", "المرضى", "الركاب", "المستثمرين", "النازحين", "اللاجئين")

// purposeNouns are the verbal nouns of one act a body is asked, invited
// or offered to do, folded and without the proclitic ل: no field a body
// is named by (دعوة للنقابة المصرية لحضور الاجتماع، دعت الجمعية الوطنية
// لعقد جلسة طارئة).
var purposeNouns = foldedSet("حضور", "عقد", "اتخاذ", "تقديم", "توقيع", "مناقشة", "زيارة", "إجراء", "إبرام", "تسليم", "استلام")

// officeNouns are the indefinite nouns of an office that a title after
// them is in the genitive of (مدير مكتب الرئيس، رئيس ديوان الملك): after
// another title, that title names whose office it is, not the person
// after it.
var officeNouns = foldedSet("مكتب", "ديوان")

// placeTitles govern a place named right after them (محافظ حلب، عمدة
// لندن، والي الخرطوم): that place is the role's organization.
var placeTitles = foldedSet("محافظ", "محافظة", "المحافظ", "عمدة", "والي", "حاكم")

// constructOffices are offices of two words that the lists write with
// the article (ولي العهد) and the news puts in construct with the place
// they are of (ولي عهد أبوظبي): the folded indefinite words, and the
// office as the role's title.
var constructOffices = func() map[[2]string]string {
	m := map[[2]string]string{}
	for _, o := range []string{"ولي العهد"} {
		a, b, _ := strings.Cut(o, " ")
		m[[2]string{searchNorm.String(a), searchNorm.String(strings.TrimPrefix(b, "ال"))}] = o
	}
	return m
}()

// articleTitles are the titles (folded) that the lists write with the
// article only (المدرب، اللاعب، الممثل), in the indefinite form they
// take in construct with a team, a club or a body: مدرب المنتخب، لاعب
// نادي برشلونة، ممثل منظمة الصحة العالمية.
var articleTitles = foldedSet("مدرب", "مدربة", "لاعب", "لاعبة", "ممثل", "ممثلة", "منسقة")

// representativeTitles are the article titles of one who represents a
// body (ممثل منظمة الصحة العالمية، ممثلة المفوضية، منسقة الأمم المتحدة):
// titles only before the body's name.
var representativeTitles = foldedSet("ممثل", "ممثلة", "منسقة")

// bodyTitles are titles no list holds that head the body named after
// them (عميد بلدية درنة "the mayor of Derna", عميد كلية الطب "the dean
// of the medical school"): the lists hold العميد, a military rank, and
// عميد alone is a rank too, or the doyen of a group (عميد الدبلوماسيين).
var bodyTitles = foldedSet("عميد", "عميدة")

// descriptionNisbas are the nisbas that describe what a title's holder
// does (الناشط الإعلامي، المحلل العسكري، الخبير الاقتصادي): part of the
// title, never a family name after it.
var descriptionNisbas = foldedSet("الإعلامي", "الإعلامية", "الحقوقي", "الحقوقية", "الميداني", "الميدانية", "العسكري",
	"العسكرية", "الأمني", "الأمنية", "الاقتصادي", "الاقتصادية", "القانوني", "القانونية", "الإنساني", "الإنسانية",
	"الصحفي", "الصحفية", "الصحافي", "الصحافية", "الإغاثي", "الإغاثية", "الطبي", "الطبية", "المدني", "المدنية",
	"الاستراتيجي", "الإستراتيجي", "الرياضي", "الرياضية", "الفني", "الفنية", "الإداري", "الإدارية", "الديني", "الدينية",
	"النفطي", "النفطية")

// benPlaceHeads begin the names of places of the form X بن Y (قصر بن
// غشير، بئر بن غنيمة، سيدي بن نور) that a place head introduces.
var benPlaceHeads = foldedSet("قصر", "بئر", "عين", "برج", "رأس", "سيدي", "حاسي", "دار", "باب", "قلعة", "سوق", "وادي")

// shortFormHeads are the generic heads of organizations that the text
// may leave out before a nisba (البنك المركزي المصري → المركزي المصري;
// see orgShortForms).
var shortFormHeads = foldedSet("البنك", "بنك", "المصرف", "مصرف", "مجلس")

// memberTitles are the titles of a group's members, whose nisba after
// them says which group (القيادي الحوثي; see groupNisba), unlike an
// office's (الزعيم الحوثي is the Houthis' one leader).
var memberTitles = foldedSet("القيادي", "القيادية", "العضو", "الناشط", "الناشطة", "المقاتل", "القائد", "المتحدث", "الناطق")

// sportTitles are the titles (folded) whose المنتخب is the national team
// (see teamWords), not a title modifier ("elected").
var sportTitles = foldedSet("مدرب", "مدربة", "المدرب", "المدربة", "لاعب", "لاعبة", "اللاعب", "اللاعبة")

// teamWords are the teams (folded) that a sport title is of: مدرب
// المنتخب المغربي.
var teamWords = foldedSet("المنتخب", "الفريق")

// eventHeads are the indefinite nouns (folded) of an event named right
// after them: a name the tagger finds there is the event's (معرض أيدكس
// للدفاع، مهرجان …), MISC, whatever label it gives.
var eventHeads = foldedSet("معرض", "مهرجان", "منتدى", "بطولة")

// biVerbs are verbs whose complement takes ب (folded, past and present,
// masculine and feminine): after one, ب and a name begin the complement
// of the body that is their subject (رحبت وزارة الخارجية بحكومة الوحدة
// الوطنية), no part of its name.
var biVerbs = foldedSet("رحب", "رحبت", "يرحب", "ترحب", "أشاد", "أشادت", "يشيد", "تشيد", "ندد", "نددت", "يندد", "تندد",
	"اعترف", "اعترفت", "يعترف", "تعترف", "طالب", "طالبت", "يطالب", "تطالب", "نوه", "نوهت", "ينوه", "تنوه",
	"أهاب", "أهابت", "يهيب", "تهيب", "اتصل", "اتصلت", "يتصل", "تتصل", "التزم", "التزمت", "يلتزم", "تلتزم",
	"استعان", "استعانت", "يستعين", "تستعين", "احتفل", "احتفلت", "يحتفل", "تحتفل")
