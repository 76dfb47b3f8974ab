package entities_test

import (
	"fmt"
	"strings"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/normalize"
)

func Example() {
	r, err := entities.New(entities.Options{})
	if err != nil {
		panic(err)
	}
	src := "التقى الأمين العام للائتلاف الوطني لقوى الثورة والمعارضة السورية نذير الحكيم، " +
		"مدير الدفاع المدني السوري رائد الصالح، في اسطنبول. وبحث الحكيم والصالح عمل الخوذ البيضاء."
	res := r.RecognizeString(src)
	for _, m := range res.Mentions {
		fmt.Printf("%s %q → %s\n", m.Label, src[m.Start:m.End], res.Entities[m.Entity].ID)
	}
	for _, e := range res.Entities {
		fmt.Printf("%s %s %s %q", e.ID, e.Label, e.Name, e.Aliases)
		for _, role := range e.Roles {
			fmt.Printf(" role: %s of %s", role.Title, res.Entities[role.Org].Name)
		}
		fmt.Println()
	}
	// Output:
	// ORG "لائتلاف الوطني لقوى الثورة والمعارضة السورية" → e1
	// PER "نذير الحكيم" → e2
	// ORG "الدفاع المدني السوري" → e3
	// PER "رائد الصالح" → e4
	// LOC "اسطنبول" → e5
	// PER "الحكيم" → e2
	// PER "الصالح" → e4
	// ORG "الخوذ البيضاء" → e3
	// e1 ORG الائتلاف الوطني لقوى الثورة والمعارضة السورية []
	// e2 PER نذير الحكيم ["الحكيم" "الأمين العام" "الأمين العام للائتلاف الوطني لقوى الثورة والمعارضة السورية"] role: الأمين العام of الائتلاف الوطني لقوى الثورة والمعارضة السورية
	// e3 ORG الدفاع المدني السوري ["الخوذ البيضاء"]
	// e4 PER رائد الصالح ["الصالح" "مدير الدفاع المدني السوري"] role: مدير of الدفاع المدني السوري
	// e5 LOC اسطنبول []
}

// The pipeline's call: the Text the normalize stage produced, used as it is.
func ExampleRecognizer_Recognize() {
	r, _ := entities.New(entities.Options{NoTagger: true})
	src := "وصل وزير الخارجية المصري إلى دمشق، وبحث مع نظيره السوري الوضع في ريف حمص."
	t := normalize.MustNew(normalize.Search).Analyze(src)
	for _, m := range r.Recognize(t).Mentions {
		fmt.Println(m.Label, m.Form, m.Start, m.End)
	}
	// Output:
	// LOC دمشق 53 61
	// LOC ريف حمص 118 131
}

func ExampleRecognizer_RecognizeString() {
	r, _ := entities.New(entities.Options{NoTagger: true})
	res := r.RecognizeString("وصل الرئيس السوري إلى سوريا وللائتلاف الوطني مكتب في بحمص")
	var forms []string
	for _, m := range res.Mentions {
		forms = append(forms, string(m.Label)+":"+m.Form)
	}
	fmt.Println(strings.Join(forms, " "))
	// Output:
	// LOC:سوريا ORG:الائتلاف الوطني LOC:حمص
}

// A worker reading a stream of documents gives each its own Session.
func ExampleRecognizer_NewSession() {
	r, err := entities.New(entities.Options{})
	if err != nil {
		panic(err)
	}
	search := normalize.MustNew(normalize.Search)
	sess := r.NewSession() // one per goroutine
	for _, doc := range []string{"وصل وزير الخارجية المصري إلى دمشق.", "غادر الوفد دمشق إلى القاهرة."} {
		for _, m := range sess.Recognize(search.Analyze(doc)).Mentions {
			fmt.Println(m.Label, m.Form)
		}
	}
	// Output:
	// LOC دمشق
	// LOC دمشق
	// LOC القاهرة
}

func ExampleSingularTitles() {
	// The argument is Search-folded, its words without the article.
	fmt.Println(entities.SingularTitles("وزراء خارجيه"))
	fmt.Println(entities.SingularTitles("زعماء"))
	fmt.Println(entities.SingularTitles("رييس") == nil) // not a plural title
	// Output:
	// [وزير خارجيه]
	// [رييس ملك امير زعيم]
	// true
}

func ExampleIsPlaceHead() {
	for _, w := range []string{"محافظه", "ريف", "وزاره"} { // Search-folded words
		fmt.Println(w, entities.IsPlaceHead(w))
	}
	// Output:
	// محافظه true
	// ريف true
	// وزاره false
}

func ExampleIsRegionWord() {
	for _, w := range []string{"شمال", "ريف", "اطراف", "مدينه"} { // Search-folded words
		fmt.Println(w, entities.IsRegionWord(w))
	}
	// Output:
	// شمال true
	// ريف true
	// اطراف true
	// مدينه false
}

func ExampleIsOfficeQualifier() {
	// Search-folded words, without the accusative ending (عاما → عام).
	for _, w := range []string{"عام", "تنفيذي", "خاص", "جديد"} {
		fmt.Println(w, entities.IsOfficeQualifier(w))
	}
	// Output:
	// عام true
	// تنفيذي true
	// خاص true
	// جديد false
}

func ExampleIsPlacePreposition() {
	for _, w := range []string{"قرب", "شمال", "مع"} { // Search-folded words
		fmt.Println(w, entities.IsPlacePreposition(w))
	}
	// Output:
	// قرب true
	// شمال true
	// مع false
}

func ExampleNew() {
	// The zero Options use the embedded gazetteer and tagger model;
	// NoTagger keeps to the lists and the rules over their cues.
	src := "وصرح عمر الخطيب لوكالة رويترز بأن الهجوم فشل."
	for _, opts := range []entities.Options{{}, {NoTagger: true}} {
		r, err := entities.New(opts)
		if err != nil {
			panic(err)
		}
		var found []string
		for _, m := range r.RecognizeString(src).Mentions {
			found = append(found, fmt.Sprintf("%s %s (%s)", m.Label, src[m.Start:m.End], m.Source))
		}
		fmt.Println(strings.Join(found, ", "))
	}
	// Output:
	// PER عمر الخطيب (tagger), ORG وكالة رويترز (gazetteer)
	// ORG وكالة رويترز (gazetteer)
}

func ExampleSession_Recognize() {
	r, err := entities.New(entities.Options{})
	if err != nil {
		panic(err)
	}
	search := normalize.MustNew(normalize.Search)
	sess := r.NewSession() // for one goroutine
	var t normalize.Text   // reused for text after text
	for _, src := range []string{
		"استقبل الملك عبدالله الثاني رئيس الوزراء العراقي حيدر العبادي في عمان.",
		"وأكد العبادي أن العراق يقف مع الأردن.",
	} {
		// Each text is a document of its own: its Result holds its
		// mentions and entities only.
		res := sess.Recognize(search.AnalyzeInto(&t, src))
		var found []string
		for _, m := range res.Mentions {
			found = append(found, fmt.Sprintf("%s %s → %s", m.Label, src[m.Start:m.End], res.Entities[m.Entity].Name))
		}
		fmt.Println(strings.Join(found, ", "))
	}
	// Output:
	// PER عبدالله الثاني → عبدالله الثاني, PER حيدر العبادي → حيدر العبادي, LOC عمان → عمان
	// PER العبادي → العبادي, LOC العراق → العراق, LOC الأردن → الأردن
}

func ExampleInCountry() {
	fmt.Println(entities.InCountry("طهران", "إيران"))
	fmt.Println(entities.InCountry("انقرة", "الجمهورية التركية"))
	fmt.Println(entities.InCountry("حلب", "سوريا")) // a main city
	fmt.Println(entities.InCountry("حلب", "تركيا"))
	fmt.Println(entities.InCountry("دمشق", "دمشق")) // a place and itself
	// Output:
	// true
	// true
	// true
	// false
	// false
}

func ExamplePlaceCountry() {
	// Names are folded (normalize.Search), as the events stage keeps them.
	fmt.Println(entities.PlaceCountry("حلب"))
	fmt.Println(entities.PlaceCountry("جنيف"))
	fmt.Println(entities.PlaceCountry("طرابلس")) // Lebanon's or Libya's
	// Output:
	// سوريا true
	// سويسرا true
	//  false
}

func ExampleCapitalCountry() {
	// Names are folded (normalize.Search), as the events stage keeps them.
	fmt.Println(entities.CapitalCountry("دمشق"))
	fmt.Println(entities.CapitalCountry("حلب"))
	// Output:
	// سوريا true
	//  false
}

func ExampleCountryNamed() {
	country, _ := entities.CapitalCountry("طهران")
	for _, name := range []string{"إيران", "ايران", "الجمهورية الإسلامية الإيرانية", "العراق"} {
		fmt.Println(name, entities.CountryNamed(name, country))
	}
	// Output:
	// إيران true
	// ايران true
	// الجمهورية الإسلامية الإيرانية true
	// العراق false
}

func ExampleCountryOfNationality() {
	for _, w := range []string{"السعودي", "الأردنيين", "المصرية", "الوطني"} {
		fmt.Println(entities.CountryOfNationality(w))
	}
	// Output:
	// السعودية true
	// الأردن true
	// مصر true
	//  false
}
