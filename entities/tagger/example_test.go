package tagger_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/entities/tagger"
	"github.com/nabanlp/naba/normalize"
)

func ExampleModel_Tag() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	text := normalize.MustNew(normalize.Search).Analyze("وصل الرئيس بشار الأسد إلى دمشق")
	tags := m.Tag(text, 0, len(text.Tokens), nil)
	for i, tag := range tags {
		start, end := text.TokenSource(i)
		fmt.Println(text.Source[start:end], tag)
	}
	// Output:
	// وصل O
	// الرئيس O
	// بشار B-PER
	// الأسد I-PER
	// إلى O
	// دمشق B-LOC
}

func ExampleModel_TagWords() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	words := []string{"أعلن", "اتحاد", "صناعة", "السيارات", "في", "ألمانيا"}
	fmt.Println(m.TagWords(words, nil))
	// Output: [O B-ORG I-ORG I-ORG O B-LOC]
}

// TagSentences tags the sentences of one document and carries the names
// it found to the sentences where they recur untagged.
func ExampleModel_TagSentences() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	sents := [][]string{
		{"وسجل", "لاعب", "نادي", "بنفيكا", "هدفا"},
		{"وكان", "وبنفيكا", "الافضل"},
	}
	for _, tags := range m.TagSentences(sents) {
		fmt.Println(tags)
	}
	// Output:
	// [O O O B-ORG O]
	// [O B-ORG O]
}

func ExampleModel_TagMarked() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	text := normalize.MustNew(normalize.Search).Analyze("التقى وزير الخارجية سيرغي لافروف في موسكو")
	// A recognizer that has matched the name lists already passes their
	// tags on instead of letting the tagger match them again.
	gaz := gazetteer.Default().Scan(text).AppendTags(nil)
	tags := m.TagMarked(text, 0, len(text.Tokens), gaz, nil)
	fmt.Println(tags)
	// Output: [O O O B-PER I-PER O B-LOC]
}

// A worker reading a stream of documents tags them through its own
// Session, which keeps what the model computed for the words it has read.
func ExampleModel_NewSession() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	search := normalize.MustNew(normalize.Search)
	sess := m.NewSession() // one per goroutine
	for _, doc := range []string{"وصل الرئيس بشار الأسد إلى دمشق", "غادر الأسد دمشق إلى موسكو"} {
		text := search.Analyze(doc)
		fmt.Println(sess.Tag(text, 0, len(text.Tokens), nil))
	}
	// Output:
	// [O O B-PER I-PER O B-LOC]
	// [O B-PER B-LOC O B-LOC]
}

func ExampleDefault() {
	// The embedded model is read once, on first use, and shared.
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	m2, _ := tagger.Default()
	fmt.Println(m == m2)
	fmt.Println(m.TagWords([]string{"التقى", "بوتين", "أردوغان", "في", "أنقرة"}, nil))
	// Output:
	// true
	// [O B-PER B-PER O B-LOC]
}

func ExampleLoad() {
	// A model file written by the training program (go run
	// ./entities/tagger/internal/train -out model.bin); here, the file
	// the package embeds.
	f, err := os.Open("model.bin")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	m, err := tagger.Load(f)
	if err != nil {
		panic(err)
	}
	fmt.Println(m.TagWords([]string{"وصل", "الرئيس", "بشار", "الأسد", "إلى", "دمشق"}, nil))
	_, err = tagger.Load(strings.NewReader("not a model"))
	fmt.Println(err != nil)
	// Output:
	// [O O B-PER I-PER O B-LOC]
	// true
}

func ExampleModel_TagScan() {
	// A recognizer that keys the text for the name lists once lets the
	// tagger read them from its Scan.
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	text := normalize.MustNew(normalize.Search).Analyze("التقى وزير الخارجية سيرغي لافروف في موسكو. وعاد لافروف إلى روسيا.")
	scan := gazetteer.Default().Scan(text)
	tags := m.TagScan(text, 0, len(text.Tokens), scan, nil)
	for _, s := range text.Sentences {
		fmt.Println(tags[s.First:s.Last])
	}
	// Output:
	// [O O O B-PER I-PER O B-LOC O]
	// [O B-PER O B-LOC O]
}

func ExampleSession_Tag() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	search := normalize.MustNew(normalize.Search)
	sess := m.NewSession() // one per goroutine
	var text normalize.Text
	var tags []tagger.Tag // reused for text after text
	for _, src := range []string{"وصل وفد الأمم المتحدة إلى حلب", "ثم توجه الوفد إلى دمشق"} {
		search.AnalyzeInto(&text, src)
		tags = sess.Tag(&text, 0, len(text.Tokens), tags[:0])
		var named []string
		for i, tag := range tags {
			if tag != tagger.O {
				start, end := text.TokenSource(i)
				named = append(named, src[start:end]+"/"+tag.String())
			}
		}
		fmt.Println(strings.Join(named, " "))
	}
	// Output:
	// الأمم/B-ORG المتحدة/I-ORG حلب/B-LOC
	// دمشق/B-LOC
}

func ExampleSession_TagScan() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	search := normalize.MustNew(normalize.Search)
	sess := m.NewSession()
	var scan gazetteer.Scan // reset for each text
	scan.Remember()
	for _, src := range []string{"استقبل الرئيس المصري عبد الفتاح السيسي وفدا", "وأكد السيسي دعم مصر"} {
		text := search.Analyze(src)
		scan.Reset(gazetteer.Default(), text)
		fmt.Println(sess.TagScan(text, 0, len(text.Tokens), &scan, nil))
	}
	// Output:
	// [O O O B-PER I-PER I-PER O]
	// [O B-PER O B-LOC]
}

func ExampleParseTag() {
	// Tags as CoNLL files write them.
	for _, s := range []string{"B-PER", "I-LOC", "O", "B-PERS", "b-org"} {
		t, ok := tagger.ParseTag(s)
		fmt.Printf("%s: %v %v %q %v %v\n", s, t, ok, t.Type(), t.Begins(), t.Continues())
	}
	// Output:
	// B-PER: B-PER true "PER" true false
	// I-LOC: I-LOC true "LOC" false true
	// O: O true "" false false
	// B-PERS: O false "" false false
	// b-org: O false "" false false
}

func ExampleTag_Type() {
	// Read the mentions off a tag sequence.
	words := []string{"زار", "الأمين", "العام", "للأمم", "المتحدة", "أنطونيو", "غوتيريش", "بيروت"}
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	tags := m.TagWords(words, nil)
	for i := 0; i < len(tags); i++ {
		if !tags[i].Begins() {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j].Continues() {
			j++
		}
		fmt.Println(tags[i].Type(), strings.Join(words[i:j], " "))
		i = j - 1
	}
	// Output:
	// ORG للأمم المتحدة
	// PER أنطونيو غوتيريش
	// LOC بيروت
}
