package tagger_test

import (
	"fmt"

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
