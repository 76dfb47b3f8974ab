package entities

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	gz "github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	rulesOnce = sync.OnceValue(func() *Recognizer {
		r, err := New(Options{NoTagger: true})
		if err != nil {
			panic(err)
		}
		return r
	})
	fullOnce = sync.OnceValue(func() *Recognizer {
		r, err := New(Options{})
		if err != nil {
			panic(err)
		}
		return r
	})
)

// mentions renders the mentions as "LABEL form".
func mentions(res *Result) []string {
	var out []string
	for _, m := range res.Mentions {
		out = append(out, string(m.Label)+" "+m.Form)
	}
	return out
}

func TestMentions(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"اتصال هاتفي لتعزيز التعاون بين سوريا وسلطنة عمان", []string{"LOC سوريا", "LOC سلطنة عمان"}},
		{"تعيين محسنة المحيثاوي محافظاً للسويداء", []string{"PER محسنة المحيثاوي", "LOC السويداء"}},
		{"أهالي قريتي بلقسة وخربة الحمام بريف حمص", []string{"LOC بلقسة", "LOC خربة الحمام", "LOC ريف حمص"}},
		{"نقابة أطباء سوريا تصدر قرارًا", []string{"ORG نقابة أطباء سوريا"}},
		{"أول امرأة تعين حاكماً لمصرف سوريا المركزي", []string{"ORG مصرف سوريا المركزي"}},
		{"صحيفة “تركيا”: دخول السوريين إلى تركيا", []string{"ORG تركيا", "LOC تركيا"}},
		{"وأعلنت الخارجية الروسية في بيان", []string{"ORG الخارجية الروسية"}},
		{"قال المتحدث باسم وزارة الخارجية الأمريكية", []string{"ORG وزارة الخارجية الأمريكية"}},
		{"التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة", []string{"PER فلاديمير بوتين", "PER رجب طيب أردوغان", "LOC أنقرة"}},
		{"وقال القيادي أبو عمر الكردي", []string{"PER أبو عمر الكردي"}},
		{"في مدينة دوما بالغوطة الشرقية", []string{"LOC دوما", "LOC الغوطة الشرقية"}},
		{"وصلت قافلة إلى ريف حلب الغربي", []string{"LOC ريف حلب الغربي"}},
		// Nationality adjectives and generic nouns are not mentions.
		{"قال مسؤول سوري إن الحكومة قررت", nil},
		// على is a preposition; علي is a name.
		{"أكد علي حسن على ضرورة الحوار", []string{"PER علي حسن"}},
		// A common word that is also a place needs context.
		{"صور من الاحتفال", nil},
		{"غارة على مدينة صور", []string{"LOC صور"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, mentions(rulesOnce().RecognizeString(tt.in)))
		})
	}
}

func TestSpansAndForms(t *testing.T) {
	src := "وسوريا وَلِلائْتِلافِ الوطنيِّ بحمص"
	res := rulesOnce().RecognizeString(src)
	require.Len(t, res.Mentions, 3)
	for _, m := range res.Mentions {
		assert.Equal(t, m.Text, src[m.Start:m.End])
	}
	assert.Equal(t, "سوريا", res.Mentions[0].Text)
	assert.Equal(t, "لائْتِلافِ الوطنيِّ", res.Mentions[1].Text)
	assert.Equal(t, "الائْتِلافِ الوطنيِّ", res.Mentions[1].Form)
	assert.Equal(t, "حمص", res.Mentions[2].Form)
}

const seedArticle = `الحكيم يدعو إلى تشكيل فريق عمل لتسهيل مهمات الدفاع المدني السوري

التقى الأمين العام للائتلاف الوطني لقوى الثورة والمعارضة السورية نذير الحكيم، مدير الدفاع المدني السوري رائد الصالح، صباح اليوم، في مقر الائتلاف الوطني في اسطنبول.

وبحث الحكيم والصالح آلية للتواصل والتنسيق بهدف تسهيل عمل عناصر الدفاع المدني المعروفون باسم أصحاب “الخوذ البيضاء”.

وأكد الحكيم في لقائه مع مدير الدفاع المدني على ضرورة التعاون والتنسيق مع الائتلاف.

وشدَّد الأمين العام على ضرورة تحضير عدد من الملفات، في سورية.`

func TestEntitiesAndRoles(t *testing.T) {
	res := rulesOnce().RecognizeString(seedArticle)
	byName := map[string]Entity{}
	for _, e := range res.Entities {
		byName[e.Name] = e
	}
	hakim, ok := byName["نذير الحكيم"]
	require.True(t, ok, "entities: %+v", res.Entities)
	assert.Equal(t, PER, hakim.Label)
	assert.Contains(t, hakim.Aliases, "الحكيم")
	assert.Contains(t, hakim.Aliases, "الأمين العام", "a title used alone refers back")
	require.Len(t, hakim.Roles, 1)
	assert.Equal(t, "الأمين العام", hakim.Roles[0].Title)
	require.GreaterOrEqual(t, hakim.Roles[0].Org, 0)
	coalition := res.Entities[hakim.Roles[0].Org]
	assert.Equal(t, "الائتلاف الوطني لقوى الثورة والمعارضة السورية", coalition.Name)
	assert.Contains(t, coalition.Aliases, "الائتلاف الوطني")
	assert.Contains(t, coalition.Aliases, "الائتلاف")

	saleh := byName["رائد الصالح"]
	assert.Contains(t, saleh.Aliases, "الصالح")
	assert.Contains(t, saleh.Aliases, "مدير الدفاع المدني")
	require.Len(t, saleh.Roles, 1)
	assert.Equal(t, "مدير", saleh.Roles[0].Title)
	assert.Equal(t, "الدفاع المدني السوري", res.Entities[saleh.Roles[0].Org].Name)

	civil := res.Entities[saleh.Roles[0].Org]
	assert.Contains(t, civil.Aliases, "الخوذ البيضاء", "a known alias")
	assert.Contains(t, civil.Aliases, "الدفاع المدني")

	// Every mention belongs to the entity that lists it.
	for e, ent := range res.Entities {
		assert.Equal(t, "e"+strconv.Itoa(e+1), ent.ID)
		for _, i := range ent.Mentions {
			assert.Equal(t, e, res.Mentions[i].Entity)
		}
	}
}

func TestSharedSurnames(t *testing.T) {
	// Three people named الأحمد: the surname alone is ambiguous and stays
	// unlinked, without failing.
	src := "التقى نذير الأحمد ورائد الأحمد وسمير الأحمد. وقال الأحمد إن الاجتماع مهم."
	res := rulesOnce().RecognizeString(src)
	checkInvariants(t, src, res)
	assert.Equal(t, []string{"PER نذير الأحمد", "PER رائد الأحمد", "PER سمير الأحمد"}, mentions(res))
}

func TestKnownAliasSyria(t *testing.T) {
	res := rulesOnce().RecognizeString("زار سوريا ثم عاد إلى سورية")
	require.Len(t, res.Entities, 1)
	assert.Equal(t, "سوريا", res.Entities[0].Name)
	assert.Equal(t, []string{"سورية"}, res.Entities[0].Aliases)
}

func TestRecognizeNeverRenormalizes(t *testing.T) {
	// The Text the caller built is used as it is: a Display-normalized
	// text works, and its tokens are not changed.
	src := "التقى وزيرُ الخارجيةِ الروسيُّ سيرغي لافروف في موسكو"
	tx := normalize.MustNew(normalize.Display).Analyze(src)
	before := append([]normalize.Token(nil), tx.Tokens...)
	res := rulesOnce().Recognize(tx)
	assert.Equal(t, before, tx.Tokens)
	assert.Equal(t, []string{"PER سيرغي لافروف", "LOC موسكو"}, mentions(res))
}

func TestEmptyAndNil(t *testing.T) {
	r := rulesOnce()
	assert.Empty(t, r.Recognize(nil).Mentions)
	assert.Empty(t, r.RecognizeString("").Mentions)
	assert.Empty(t, r.RecognizeString("ًٌٍَُِّ").Mentions)
	assert.Empty(t, r.RecognizeString("\xff\xfe\xfd").Mentions)
}

func TestConcurrent(t *testing.T) {
	r := fullOnce()
	want := mentions(r.RecognizeString(seedArticle))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				assert.Equal(t, want, mentions(r.RecognizeString(seedArticle)))
			}
		})
	}
	wg.Wait()
}

// checkInvariants asserts what every result must satisfy.
func checkInvariants(t *testing.T, src string, res *Result) {
	t.Helper()
	end := 0
	for _, m := range res.Mentions {
		if m.Start < end || m.Start >= m.End || m.End > len(src) {
			t.Fatalf("bad span %d:%d after %d in %q", m.Start, m.End, end, src)
		}
		if src[m.Start:m.End] != m.Text {
			t.Fatalf("text %q is not input[%d:%d] %q", m.Text, m.Start, m.End, src[m.Start:m.End])
		}
		if m.Entity < 0 || m.Entity >= len(res.Entities) || res.Entities[m.Entity].Label != m.Label {
			t.Fatalf("mention %+v has a bad entity", m)
		}
		end = m.End
	}
	for _, e := range res.Entities {
		for _, r := range e.Roles {
			if r.Org < -1 || r.Org >= len(res.Entities) {
				t.Fatalf("bad role %+v", r)
			}
		}
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{seedArticle, "", "\xff", "وسوريا", "للائتلاف", "ً", "الرئيس", "أبو", "مدينة", "قريتي أ وب", "صحيفة “", "\"\"\"", "علي على",
		// rules of this session: homographs read by marks and cues, first names after a style,
		// listed surnames, facilities, names split in two, the newspaper told
		"عمّان", "عُمان", "عمانْ", "الأردن وعمان", "عمان والأردن. عمان", "سلطنة عمان وعمّان ثم عمان",
		"الأمير محمد بن سلمان. الأمير محمد", "الملك عبد الله", "رفيق الحريري وسعد الحريري. الحريري",
		"مطار الحريري", "جسر", "أفيخاي أدرعي. أفيخاي أدرعي", "لـ«الشرق الأوسط»", "ل \"الرياض\"",
		"قتل أربعة مدنين", "القوة القاهرة", "بالقوة القاهرة.", "علي الزعتري", "العقيد الركن تركي المالكي", "حزب الله إسرائيل", "تجمع عشرات المحتجين",
		"مصطفى بدر الدين. بدر الدين",
		// titles in construct (resolveConstructs), their fields and qualifiers, at the text's ends
		"الرئيس الأمريكي دونالد ترامب. مستشار الرئيس الأمريكي جون بولتون", "مستشار الرئيس", "ممثل الأمين العام",
		"ممثل الأمين العام للأمم المتحدة لدى ليبيا غسان سلامة", "المتحدث باسم الرئيس الروسي", "مستشار الملك سلمان",
		"مساعدة وزير الخارجية الأمريكية لشؤون السكان واللاجئين، كارول", "للأمن القومي", "لشؤون", "مستشار الرئيس لشؤون",
		"بمساعدة الرئيس", "ممثل", "المتحدث باسم الرئيس الفلسطيني محمود عباس، نبيل أبو ردينة", "مستشار الرئيس دونالد ترامب،",
		"مستشار الرئيس دونالد ترامب، جون",
		// names, heads and readings of stop 13 (the lead's)
		"شركة أرامكو السعودية", "شركة أرامكو", "الشيخ تميم بن حمد آل ثاني", "الشيخ", "الشاب محمد أبو عمرو", "محمد أبو",
		"محمد العبدالله المبارك الصباح", "محمد الأحمد الجمعة", "ولاية البعثة", "ولاية", "منطقة العمليات",
		"توج ليفربول بلقب", "في برشلونة فاز", "ليفربول", "جهاز الأمن والمخابرات الوطني", "جهاز", "اللواء السابع",
		"اللواء", "مجموعة الحبتور", "لمجموعة شبكات الهواتف", "داو جونز", "ﺍﻟﺴﻴﺴﻲ", "وزيـــر الخارجية عادل",
		"مدير مكتب الرئيس الفلسطيني انتصار", "مكتب الرئيس", "مدير مكتب", "رئيس المكتب السياسي لحركة حماس إسماعيل هنية",
		"نائب رئيس المكتب السياسي", "عضو", "وزارة الخارجية الأردنية الاعتقال", "للصحفيين",
		// titles after a name (apposition), ranks after a title phrase, باسم and a state body
		"خليفة حفتر قائد الجيش الوطني الليبي السيطرة", "بشار الأسد، رئيس النظام", "حفتر قائد", "حفتر، قائد",
		"استقبل بشار الأسد وزير الخارجية", "نجل بشير الجميل النائب", "المتحدث باسم التحالف العقيد الركن تركي المالكي",
		"المتحدث باسم التحالف العقيد", "المتحدث العقيد الركن الركن", "الناطقة باسم الخارجية الروسية ماريا زاخاروفا",
		"الناطقة باسم الخارجية", "باسم الداخلية العراقية",
		// an organization's genitive, في and عن after a title, a tagger's name after one
		"رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج", "رئيس المجلس الرئاسي لحكومة", "القيادي في حزب الله",
		"النائب في البرلمان العراقي عن تحالف الفتح أحمد الأسدي", "النائب عن", "النائب عن محافظة", "مستشار الأمن القومي",
		"الرئيس التنفيذي لطيران الإمارات تيم كلارك", "وزير الإعلام عبده",
		// a title with the pronoun ها, an appointment's title, a listed name with its title
		"شركة أرامكو السعودية أن رئيسها التنفيذي أمين الناصر", "رئيسها", "رئيسها التنفيذي", "رئيسهاً أمين",
		"عين الملك محمد السادس عزيز أخنوش رئيسا للحكومة", "بتعيين عامر العشي محافظاً للسويداء", "عين عزيز أخنوش رئيسا",
		"الملك محمد السادس", "الملك الأردني عبد الله الثاني. الملك عبد الله الثاني",
		"عين العاهل المغربي سعد الدين العثماني رئيسا للحكومة", "عين الرئيس السيسي اللواء خالد فودة محافظا",
		"الناطق باسم الجيش اليمني العميد الركن عبده مجلي", "الناطق باسم الجيش العميد عبده",
		"وأوفد الرئيس السيسي وزير الخارجية", "ونعى ميشال عون رئيس الوزراء الأسبق",
		// word classes of stop 60dd340..: epithets and nicknames, possessed nouns, عين and رأس,
		// places extending another, ranks, portfolios, سمو, governed places, a title's genitive
		"فلان الشهير بـ\"", "الملقب بـ«", "الملقب ب", "المكنى بأبي", "علي حسن استقالته", "رئيسها",
		"في عين", "عين", "سجن رأس", "بئر", "الخرطوم بحري والخرطوم", "طرابلس اللبنانية وطرابلس",
		"الفريق المباراة", "اللواء", "المنظمة جنوب", "استعادة تدمر الأثرية", "وزير التربية والتعليم",
		"وزير التعليم العالي والبحث", "بين رئيس الحكومة والمدير", "استقبل الملك سمو", "سمو",
		"محافظ البحيرة", "محافظة", "لاعب الوسط عبد", "النادي الأهلي المصري. الأهلي", "الرئيس الغيني ألفا"} {
		f.Add(s)
	}
	r := fullOnce()
	seed := searchNorm.Analyze(seedArticle)
	f.Fuzz(func(t *testing.T, src string) {
		res := r.RecognizeString(src)
		checkInvariants(t, src, res)
		// The same result again after the pooled state has read another
		// text, and from a Session that has read another text first.
		tx := searchNorm.Analyze(src)
		r.Recognize(seed)
		if again := r.Recognize(tx); !reflect.DeepEqual(res, again) {
			t.Fatalf("Recognize not deterministic on %q:\n%+v\n%+v", src, res, again)
		}
		sess := r.NewSession()
		sess.Recognize(seed)
		if got := sess.Recognize(tx); !reflect.DeepEqual(res, got) {
			t.Fatalf("a Session differs from Recognize on %q:\n%+v\n%+v", src, res, got)
		}
		if !utf8.ValidString(src) {
			return
		}
		for _, m := range res.Mentions {
			if m.Form == "" {
				t.Fatalf("empty form in %+v", m)
			}
		}
	})
}

// BenchmarkRecognizeNews runs over the 38 articles of ../shared/corpus/news,
// normalized beforehand (the pipeline's normalize stage is not timed).
func BenchmarkRecognizeNews(b *testing.B) {
	norm := normalize.MustNew(normalize.Search)
	var texts []*normalize.Text
	tokens, size := 0, 0
	for _, d := range shared.News(b) {
		tx := norm.Analyze(d.Text)
		texts = append(texts, tx)
		tokens += len(tx.Tokens)
		size += len(d.Text)
	}
	for _, cfg := range []struct {
		name string
		r    interface{ Recognize(*normalize.Text) *Result }
	}{{"rules", rulesOnce()}, {"rules+tagger", fullOnce()}, {"rules+tagger+session", fullOnce().NewSession()}} {
		b.Run(cfg.name, func(b *testing.B) {
			for _, tx := range texts {
				cfg.r.Recognize(tx) // a session's words are known
			}
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, tx := range texts {
					cfg.r.Recognize(tx)
				}
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(tokens)*float64(b.N)/sec, "tokens/s")
			b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
				for _, tx := range texts {
					cfg.r.Recognize(tx)
				}
			}))/float64(tokens), "allocs/token")
		})
	}
}

// BenchmarkRecognizeRepeated runs over texts of about 200 KB made of one
// pattern written again and again, each read by a rule that compares
// mentions with one another: the cost must grow with the text, not with
// its square (a document naming عمان or الأمير محمد in each of its
// thousands of sentences).
func BenchmarkRecognizeRepeated(b *testing.B) {
	for _, p := range []struct{ name, pattern string }{
		{"homograph-untold", "وصل الوفد إلى عمان صباحا. "},
		{"homograph-told", "توجه الوفد إلى سلطنة عمان. وصل الوفد إلى عمان صباحا. ووصل الوفد إلى عمّان مساء. "},
		{"styled-first-name", "وصدرت تصريحات عن الأمير محمد بن سلمان. واعتبر الأمير محمد أن إسرائيل اقتصاد كبير. "},
		{"listed-surname", "قال سعد الحريري إن الحريري "},
		{"common-word-names", "عن عدم رضا موسكو. مشروع ضريبة \"عادل\". بجانب مطار الحريري. أفيخاي أدرعي يطرح أسئلة. "},
		{"counterparts", "التقى الرئيس روحاني بنظيره في طهران، ويلتقي الرئيس الروسي نظيره في إيران. "},
		{"qualified-places", "الخرطوم بحري والخرطوم "},
		// boardOf reads the body after a board by orgPattern again:
		// a second read per board, no more (refac6).
		{"board-of-body", "قرر مجلس إدارة شركة المملكة القابضة تعيين خالد العمري، ومجلس إدارة الصندوق "},
	} {
		text := strings.Repeat(p.pattern, 200<<10/len(p.pattern))
		tx := normalize.MustNew(normalize.Search).Analyze(text)
		b.Run(p.name, func(b *testing.B) {
			r := fullOnce().NewSession()
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				r.Recognize(tx)
			}
		})
	}
}

func BenchmarkRecognize(b *testing.B) {
	text := strings.Repeat(seedArticle+"\n\n", 10)
	tx := normalize.MustNew(normalize.Search).Analyze(text)
	for _, cfg := range []struct {
		name string
		r    *Recognizer
	}{{"rules", rulesOnce()}, {"rules+tagger", fullOnce()}} {
		b.Run(cfg.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				cfg.r.Recognize(tx)
			}
			b.ReportMetric(float64(len(tx.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// TestRandomPhrases builds many texts from the words the rules react to
// (titles, names, particles, head words, places, quotes, punctuation,
// clitics) and checks the result invariants on each: a property test
// that reaches rule paths random bytes rarely do.
func TestRandomPhrases(t *testing.T) {
	vocab := strings.Fields(`الرئيس السوري وزير الخارجية الأمين العام للائتلاف الوطني مدير الدفاع المدني نذير الحكيم
		رائد الصالح محسنة علي على عبد الله بن أبو أم آل صالح هادي حسن سعيد صباح جون هنري بوتين لافروف
		مدينة بلدة قريتي ريف حمص حلب بلقسة وخربة الحمام دوما صور الخبر في من إلى لدى ، . : « » " ( ) “ ”
		صحيفة وكالة منظمة هيئة نقابة أطباء سوريا سورية وسوريا للائتلاف بحمص الجيش الخارجية الروسية
		مؤتمر NCT 2017 الحوثيين سانا الأمم المتحدة مجلس الأمن والمعارضة لقوى الثورة الحكومة التابعة
		الأحمد الأحمد والصالح وبحث قال أكد يستعد المخلوع السابق الدائم فصيل جيش الإسلام ١٩ حتى`)
	r := rulesOnce()
	full := fullOnce()
	seed := uint64(1)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(n))
	}
	for k := range 1500 {
		var b strings.Builder
		for k := range 3 + next(25) {
			if k > 0 {
				switch next(10) {
				case 0:
					b.WriteString("\n")
				case 1:
					// glued: no space
				default:
					b.WriteString(" ")
				}
			}
			b.WriteString(vocab[next(len(vocab))])
		}
		src := b.String()
		checkInvariants(t, src, r.RecognizeString(src))
		if k%4 == 0 {
			checkInvariants(t, src, full.RecognizeString(src))
		}
	}
}

// TestConstructTitles: a title in construct with another (مستشار
// الرئيس، ممثل الأمين العام، المتحدث باسم الرئيس) before a name gives the
// name the compound title, with the inner office's country or
// organization, when the document says the name is not the inner
// title's; otherwise the inner title keeps it (see resolveConstructs).
func TestConstructTitles(t *testing.T) {
	const bolton = "وقال مستشار الرئيس الأمريكي جون بولتون إن العقوبات ستستمر."
	for _, tt := range []struct {
		why, src, name string
		titles         []string // the person's roles' titles
		alias          string   // an alias the person has, or ""
		org            string   // the entity of the first role's Org, or ""
	}{
		{"no cue: the inner title's", bolton, "جون بولتون", []string{"الرئيس"}, "الرئيس الأمريكي", ""},
		{"no cue: the president's name, as news write it", "والتقى جاريد كوشنر صهر ومستشار الرئيس الأمريكي دونالد ترامب وفدا.",
			"دونالد ترامب", []string{"الرئيس"}, "الرئيس الأمريكي", ""},
		{"the inner office has another holder", "وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة لن تتراجع. " + bolton,
			"جون بولتون", []string{"مستشار الرئيس"}, "مستشار الرئيس الأمريكي", "الولايات المتحدة"},
		{"a holder written without nationality", bolton + " وأضاف بولتون أن الرئيس دونالد ترامب يريد ذلك.",
			"جون بولتون", []string{"مستشار الرئيس"}, "مستشار الرئيس الأمريكي", ""},
		{"the holder of another country's office", "وقال الرئيس السوري بشار الأسد إن الحوار مستمر. " + bolton,
			"جون بولتون", []string{"الرئيس"}, "", ""},
		{"a former holder holds no office", "وقال الرئيس الأمريكي السابق باراك أوباما إن الحوار مستمر. " + bolton,
			"جون بولتون", []string{"الرئيس"}, "", ""},
		{"the name elsewhere with the outer title's head", "وقال المستشار جون بولتون إن الحوار مستمر. " + bolton,
			"جون بولتون", []string{"المستشار", "مستشار الرئيس"}, "مستشار الرئيس الأمريكي", ""},
		{"the name elsewhere with the inner title's head", "وقال الرئيس ترامب إن الحوار مستمر. وقال مستشار الرئيس الأمريكي دونالد ترامب إن العقوبات ستستمر.",
			"دونالد ترامب", []string{"الرئيس"}, "الرئيس الأمريكي", ""},
		{"both: the inner title's own name wins", "وقال الرئيس الأمريكي دونالد ترامب إن الحوار مستمر. وقال مستشار الرئيس الأمريكي دونالد ترامب إن العقوبات ستستمر.",
			"دونالد ترامب", []string{"الرئيس"}, "الرئيس الأمريكي", ""},
		{"where he is sent, right after the inner title", "وقال ممثل الأمين العام لدى ليبيا غسان سلامة إن الحوار مستمر.",
			"غسان سلامة", []string{"ممثل الأمين العام"}, "ممثل الأمين العام", ""},
		{"where he is sent, after the inner office's organization", "وقال ممثل الأمين العام للأمم المتحدة لدى ليبيا غسان سلامة إن الحوار مستمر.",
			"غسان سلامة", []string{"ممثل الأمين العام"}, "ممثل الأمين العام", "الأمم المتحدة"},
		{"an unlisted outer title, the inner office held", "وقال الأمين العام أنطونيو غوتيريش إن الحوار مستمر. وقال ممثل الأمين العام غسان سلامة إن الحوار مستمر.",
			"غسان سلامة", []string{"ممثل الأمين العام"}, "ممثل الأمين العام", ""},
		{"an unlisted outer title, no cue", "وقال ممثل الأمين العام غسان سلامة إن الحوار مستمر.",
			"غسان سلامة", []string{"الأمين العام"}, "الأمين العام", ""},
		{"a spokesman in the name of a held office", "وقال الرئيس الروسي فلاديمير بوتين إن الحوار مستمر. وقال المتحدث باسم الرئيس الروسي ديمتري بيسكوف إن الحوار مستمر.",
			"ديمتري بيسكوف", []string{"المتحدث باسم الرئيس"}, "المتحدث باسم الرئيس الروسي", ""},
		{"a spokesman named elsewhere as one", "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الحوار مستمر. وقال المتحدث باسم الرئيس الروسي ديمتري بيسكوف إن الحوار مستمر.",
			"ديمتري بيسكوف", []string{"المتحدث باسم", "المتحدث باسم الرئيس"}, "المتحدث باسم الرئيس الروسي", "الكرملين"},
		{"a listed compound title is one title", "وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن الحوار مستمر.",
			"سيرغي ريابكوف", []string{"نائب وزير الخارجية"}, "نائب وزير الخارجية الروسي", ""},
		{"a listed compound title is one title", "وقال مساعد وزير الدفاع الأمريكي جون روود إن الحوار مستمر.",
			"جون روود", []string{"مساعد وزير الدفاع"}, "مساعد وزير الدفاع الأمريكي", ""},
		{"and so is its feminine", "وقالت نائبة وزير الخارجية الروسي ماريا زاخاروفا إن الحوار مستمر.",
			"ماريا زاخاروفا", []string{"نائبة وزير الخارجية"}, "نائبة وزير الخارجية الروسي", ""},
		{"the outer title's field", "وقال مستشار الرئيس الأمريكي للأمن القومي جون بولتون إن العقوبات ستستمر.",
			"جون بولتون", []string{"مستشار الرئيس"}, "مستشار الرئيس الأمريكي", ""},
		{"a field of several words, then a comma", "والتقت مع مساعدة وزير الخارجية الأمريكية لشؤون السكان واللاجئين والهجرة، كارول أوكونيل، في عمان.",
			"كارول أوكونيل", []string{"مساعدة وزير الخارجية"}, "مساعدة وزير الخارجية الأمريكية", ""},
		{"a field with an organization before it", "وقال مساعد الأمين العام للأمم المتحدة للشؤون الإنسانية مارك لوكوك إن الحوار مستمر.",
			"مارك لوكوك", []string{"مساعد الأمين العام"}, "مساعد الأمين العام", "الأمم المتحدة"},
		{"a field with a place in it", "وقال وزير الدولة لشؤون الخليج العربي ثامر السبهان إن الحوار مستمر.",
			"ثامر السبهان", []string{"وزير الدولة"}, "وزير الدولة", ""},
		{"two names: the inner title's, then the compound's set off by commas", "وقال المتحدث باسم الرئيس الفلسطيني محمود عباس، نبيل أبو ردينة، إن الحوار مستمر.",
			"نبيل أبو ردينة", []string{"المتحدث باسم الرئيس"}, "المتحدث باسم الرئيس الفلسطيني", ""},
		{"two names: the first is the inner title's", "وقال المتحدث باسم الرئيس الفلسطيني محمود عباس، نبيل أبو ردينة، إن الحوار مستمر.",
			"محمود عباس", []string{"الرئيس"}, "الرئيس الفلسطيني", ""},
		{"no name after the comma", "والتقى جاريد كوشنر صهر ومستشار الرئيس الأمريكي دونالد ترامب، بشأن الإعلامي السعودي جمال خاشقجي.",
			"دونالد ترامب", []string{"الرئيس"}, "الرئيس الأمريكي", ""},
		{"an envoy's في and place, after the inner office's organization", "وقال ممثل الأمين العام للأمم المتحدة في ليبيا غسان سلامة إن الحوار مستمر.",
			"غسان سلامة", []string{"ممثل الأمين العام"}, "ممثل الأمين العام", "الأمم المتحدة"},
		{"an ambassador of a listed title", "وقال سفير خادم الحرمين الشريفين لدى الأردن الأمير خالد بن فيصل إن الحوار مستمر.",
			"خالد بن فيصل", []string{"سفير خادم الحرمين الشريفين"}, "سفير خادم الحرمين الشريفين", ""},
	} {
		res := fullOnce().RecognizeString(tt.src)
		checkInvariants(t, tt.src, res)
		i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == tt.name })
		require.GreaterOrEqual(t, i, 0, "%s: %s", tt.why, tt.src)
		e := res.Entities[i]
		var titles []string
		for _, r := range e.Roles {
			titles = append(titles, r.Title)
		}
		assert.Equal(t, tt.titles, titles, "%s: %s", tt.why, tt.src)
		if tt.alias != "" {
			assert.Contains(t, e.Aliases, tt.alias, "%s: %s", tt.why, tt.src)
		}
		if tt.org != "" {
			require.GreaterOrEqual(t, e.Roles[0].Org, 0, "%s: %s", tt.why, tt.src)
			assert.Equal(t, tt.org, res.Entities[e.Roles[0].Org].Name, "%s: %s", tt.why, tt.src)
		}
	}
	// The place named in a field stays a place.
	res := fullOnce().RecognizeString("وقال وزير الدولة لشؤون الخليج العربي ثامر السبهان إن الحوار مستمر.")
	assert.True(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Label == LOC && m.Text == "الخليج العربي" }), "%v", res.Mentions)
	// مستشار الملك سلمان: the style and the name are the king's; the
	// adviser is not named.
	res = fullOnce().RecognizeString("وقال مستشار الملك سلمان إن الحوار مستمر.")
	require.NotEmpty(t, res.Entities, "the king is named")
	for _, e := range res.Entities {
		for _, r := range e.Roles {
			assert.NotEqual(t, "مستشار", r.Title, e.Name)
		}
	}
	// Help, not an assistant: بمساعدة الرئيس is no title; the president
	// keeps his.
	res = fullOnce().RecognizeString("وتمكن من الفرار بمساعدة الرئيس الأمريكي دونالد ترامب.")
	i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == "دونالد ترامب" })
	require.GreaterOrEqual(t, i, 0, "%+v", res.Entities)
	var titles []string
	for _, r := range res.Entities[i].Roles {
		titles = append(titles, r.Title)
	}
	assert.Equal(t, []string{"الرئيس"}, titles)
}

func TestTitlesAndNames(t *testing.T) {
	byName := func(src string) map[string]Entity {
		res := fullOnce().RecognizeString(src)
		checkInvariants(t, src, res)
		out := map[string]Entity{}
		for _, e := range res.Entities {
			out[e.Name] = e
		}
		return out
	}
	// A title with another portfolio is another person.
	ents := byName("قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق قائم. وكان وزير الدفاع الإيراني قد زار دمشق، ثم عاد وزير الخارجية الإيراني إلى طهران.")
	zarif, ok := ents["محمد جواد ظريف"]
	require.True(t, ok, "%v", ents)
	assert.Contains(t, zarif.Aliases, "وزير الخارجية الإيراني")
	assert.NotContains(t, zarif.Aliases, "وزير الدفاع الإيراني")

	// An envoy in construct with the office that sends him is the envoy,
	// when الخاص or where he is sent says so; without them the name
	// stays the inner title's (the president's adviser and the president).
	for _, tt := range []struct{ src, name, title string }{
		{"وصل مبعوث الرئيس الروسي الخاص ألكسندر لافرنتييف إلى دمشق.", "ألكسندر لافرنتييف", "مبعوث الرئيس الروسي الخاص"},
		{"وصل مبعوث الرئيس الروسي إلى سوريا ألكسندر لافرنتييف إلى دمشق.", "ألكسندر لافرنتييف", "مبعوث الرئيس"},
		{"والتقى جاريد كوشنر صهر ومستشار الرئيس الأمريكي دونالد ترامب وفدا.", "دونالد ترامب", "الرئيس"},
	} {
		e, ok := byName(tt.src)[tt.name]
		require.True(t, ok, tt.src)
		var titles []string
		for _, r := range e.Roles {
			titles = append(titles, r.Title)
		}
		assert.Equal(t, []string{tt.title}, titles, tt.src)
	}

	// A portfolio with its adjective (المكتب السياسي) and the movement
	// after it: the head and a member of a political bureau.
	for _, tt := range []struct{ src, name, title string }{
		{"وقال رئيس المكتب السياسي لحركة حماس إسماعيل هنية إن التهدئة قائمة.", "إسماعيل هنية", "رئيس المكتب السياسي"},
		{"وقال عضو المكتب السياسي لحركة حماس موسى أبو مرزوق إن الوفد وصل.", "موسى أبو مرزوق", "عضو المكتب السياسي"},
		{"وقال عضو اللجنة المركزية لحركة فتح جبريل الرجوب إن الحوار مستمر.", "جبريل الرجوب", "عضو اللجنة المركزية"},
		{"وقال نائب رئيس المكتب السياسي لحركة حماس صالح العاروري إن الوفد عاد.", "صالح العاروري", "نائب رئيس المكتب السياسي"},
	} {
		e, ok := byName(tt.src)[tt.name]
		require.True(t, ok, tt.src)
		require.NotEmpty(t, e.Roles, tt.src)
		assert.Equal(t, tt.title, e.Roles[0].Title, tt.src)
		assert.GreaterOrEqual(t, e.Roles[0].Org, 0, "the movement is the organization: %s", tt.src)
	}

	// The place a governor or mayor governs is the role's organization.
	for _, tt := range []struct{ src, name, place string }{
		{"وقال محافظ حلب حسين دياب إن الأسواق فتحت.", "حسين دياب", "حلب"},
		{"وقال محافظ البصرة أسعد العيداني إن الماء شحيح.", "أسعد العيداني", "البصرة"},
	} {
		res := fullOnce().RecognizeString(tt.src)
		checkInvariants(t, tt.src, res)
		found := false
		for _, e := range res.Entities {
			if e.Name != tt.name {
				continue
			}
			found = true
			require.NotEmpty(t, e.Roles, tt.src)
			require.GreaterOrEqual(t, e.Roles[0].Org, 0, tt.src)
			assert.Equal(t, tt.place, res.Entities[e.Roles[0].Org].Name, tt.src)
		}
		assert.True(t, found, tt.src)
	}

	// A title in the genitive of an office after another title names
	// whose office it is: the name after it is not its holder.
	for _, src := range []string{
		"وقال مدير مكتب الرئيس الفلسطيني انتصار أبو عمارة إن الوفد وصل.",
		"وقال رئيس ديوان الملك الأردني فايز الطراونة إن الحكومة مستقرة.",
	} {
		for _, e := range byName(src) {
			for _, r := range e.Roles {
				assert.NotContains(t, []string{"الرئيس", "الملك"}, r.Title, "%s: %v", src, e)
			}
		}
	}
	// Without a title before the office, the name is the office's owner.
	abbas, ok := byName("وزار الوفد مكتب الرئيس محمود عباس في رام الله.")["محمود عباس"]
	require.True(t, ok)
	require.NotEmpty(t, abbas.Roles)
	assert.Equal(t, "الرئيس", abbas.Roles[0].Title)

	// رئيس الحكومة and رئيس الوزراء are one title; رئيس مجلس النواب is another.
	ents = byName("وقال رئيس الحكومة هاني الملقي إن الحوار مستمر. وأكد رئيس مجلس النواب أن المجلس سيد نفسه. ونوه رئيس الوزراء الأردني إلى جولات لاحقة.")
	mulki := ents["هاني الملقي"]
	assert.Contains(t, mulki.Aliases, "رئيس الوزراء الأردني")
	assert.NotContains(t, mulki.Aliases, "رئيس مجلس النواب")

	// A counterpart takes the title of the person before with their own
	// nationality; a spokeswoman is named with her organization.
	ents = byName("ورفض الرئيس الروسي فلاديمير بوتين مقترح نظيره التركي رجب طيب أردوغان إعلان هدنة. وقالت الناطقة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن بلادها ترفض الهدنة. وأضافت الناطقة الروسية أن الحوار مستمر.")
	assert.Contains(t, ents["رجب طيب أردوغان"].Aliases, "الرئيس التركي")
	assert.Contains(t, ents["ماريا زاخاروفا"].Aliases, "الناطقة باسم وزارة الخارجية الروسية")
	assert.Contains(t, ents["ماريا زاخاروفا"].Aliases, "الناطقة الروسية")
	assert.NotContains(t, ents["ماريا زاخاروفا"].Aliases, "الناطقة باسم")

	// The same, many times over, with a list of counterparts (the roles
	// and persons are looked up by token, not scanned for each
	// counterpart): each takes the title of the person just before.
	ents = byName(strings.Repeat("ورفض الرئيس الروسي فلاديمير بوتين مقترح نظيره التركي رجب طيب أردوغان إعلان هدنة. "+
		"والتقى الرئيس الإيراني حسن روحاني بنظيريه الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان. ", 300))
	assert.Contains(t, ents["رجب طيب أردوغان"].Aliases, "الرئيس التركي")
	assert.Contains(t, ents["فلاديمير بوتين"].Aliases, "الرئيس الروسي")
	assert.NotContains(t, ents["رجب طيب أردوغان"].Aliases, "الرئيس الإيراني")

	// A portfolio of two nouns and a style before the name; an elative
	// after a title is no name.
	ents = byName("قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار إن الأردن ملتزم. ويعود الحريري رئيسا بعد انتخابات كرسته الزعيم الأبرز بين السنة.")
	require.Contains(t, ents, "ماري قعوار")
	require.NotEmpty(t, ents["ماري قعوار"].Roles)
	assert.Equal(t, "وزيرة التخطيط والتعاون الدولي", ents["ماري قعوار"].Roles[0].Title)
	assert.NotContains(t, ents, "الأبرز")

	// A lineage after a listed name is part of it; styles (خادم الحرمين
	// الشريفين، صاحب السمو الملكي) are titles, not names.
	ents = byName("وبناء على توجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى الأردن.")
	assert.Contains(t, ents, "سلمان بن عبدالعزيز آل سعود")
	assert.Contains(t, ents, "محمد بن سلمان بن عبدالعزيز آل سعود")
	assert.NotContains(t, ents, "خادم الحرمين الشريفين")

	// One adjective can make another body.
	ents = byName("شن الجيش السوري هجوما على المدينة. وقال قائد في الجيش السوري الحر إن المعركة مستمرة. وأكد حزب الله اللبناني أن حزب الله لن يتدخل.")
	assert.Contains(t, ents, "الجيش السوري")
	assert.Contains(t, ents, "الجيش السوري الحر")
	assert.Contains(t, ents["حزب الله اللبناني"].Aliases, "حزب الله")

	// Honorifics are no part of the name; spellings that differ only in
	// spaces keep the first one written.
	ents = byName("استقبل الملك عبدالله الثاني وفدا. وأكد الملك عبد الله الثاني دعمه.")
	king, ok := ents["عبدالله الثاني"]
	require.True(t, ok, "%v", ents)
	assert.Contains(t, king.Aliases, "عبد الله الثاني")
}

func TestSameTitle(t *testing.T) {
	tests := []struct {
		ref, holder string
		want        bool
	}{
		{"الوزير", "وزير الخارجيه", true},
		{"وزير الخارجيه", "وزير الخارجيه والمغتربين", true},
		{"وزير الدفاع", "وزير الخارجيه", false},
		{"وزير الزراعه", "الوزير", false},
		{"رييس الوزراء", "رييس الحكومه", true},
		{"وزير الداخلييه", "وزير الداخليه", true},
		{"وزيره الاعلام", "وزير الداخليه", false},
		{"الامين العام", "الامين العام", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameTitle(titleCore(tt.ref), titleCore(tt.holder)), "%s / %s", tt.ref, tt.holder)
	}
}

// TestSession checks that a Session recognizes a stream of documents as
// Recognize does.
func TestSession(t *testing.T) {
	docs := shared.News(t)
	docs = docs[:min(len(docs), 12)]
	norm := normalize.MustNew(normalize.Search)
	r := fullOnce()
	sess := r.NewSession()
	for range 2 {
		for _, d := range docs {
			tx := norm.Analyze(d.Text)
			assert.Equal(t, r.Recognize(tx), sess.Recognize(tx), d.Name)
		}
	}
	assert.Equal(t, &Result{}, sess.Recognize(nil))
}

// TestSessionForgets checks that a Session recognizes as a fresh
// recognizer does over a stream of more distinct words than it
// remembers (the gazetteer Scan's and the recognizer's words start
// over when full).
func TestSessionForgets(t *testing.T) {
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	norm := normalize.MustNew(normalize.Search)
	r := rulesOnce() // the words remembered are the rules' (the tagger's are TestFactorizedScoresKept's)
	sess := r.NewSession()
	next := 0
	word := func() string {
		n := next
		next++
		w := []rune("ال")
		for range 4 {
			w = append(w, letters[n%len(letters)])
			n /= len(letters)
		}
		return string(w)
	}
	news := shared.News(t)
	for n := range 20 {
		var b strings.Builder
		for k := range 2000 {
			b.WriteString(word())
			if k%9 == 8 {
				b.WriteString(" وقال الرئيس السوري بشار الأسد في دمشق. ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString("\n\n")
		b.WriteString(news[n%len(news)].Text)
		tx := norm.Analyze(b.String())
		var fresh doc
		want := fresh.recognize(r, tx)
		require.Equal(t, want, sess.Recognize(tx), "document %d", n)
	}
	require.Greater(t, next, 2*16384)
}

// TestLineBreak checks the byte scanner of segment breaks against
// strings.ContainsAny, invalid UTF-8 included.
func TestLineBreak(t *testing.T) {
	for _, s := range []string{
		"", " ", "  ", "\n", " \r ", "\u2028", "\u2029", " \u2028", "\u2027", "\u202a", "\u00a0",
		"\xe2", "\xe2\x80", "\xe2\x80\xa8", "\xe2\xe2\x80\xa9", "\xe2\x80\xe2\x80\xa8", "\xff\n",
		"\xe2\x80\xa7", "\xf0\xe2\x80\xa8", "،", " ، ", "a\tb",
	} {
		assert.Equal(t, strings.ContainsAny(s, "\n\r\u2028\u2029"), lineBreak(s), strconv.Quote(s))
	}
}

// TestOddSpace checks foldKey's byte scanner against the string
// functions it replaces, invalid UTF-8 included.
func TestOddSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "  ", "a b", "a  b", "\t", "x\ny", "\r", "\u00a0", "a\u00a0b", "\xc2", "\xc2 ", "\xc2\xc2\xa0",
		"\xa0", "\xc3\xa0", "\xe2\x80\xa8", "عبد الله", "عبد  الله", "\xff ", " \xff",
	} {
		want := strings.ContainsAny(s, "\t\n\r\u00a0") || strings.Contains(s, "  ")
		assert.Equal(t, want, oddSpace(s), strconv.Quote(s))
	}
}

// TestKeyFilter: a keyFilter never says no to a string added to it.
func TestKeyFilter(t *testing.T) {
	var f keyFilter
	words := []string{"", "ا", "الحكيم", "الصالح", "عبد العاطي", "x"}
	for _, w := range words {
		f.add(w)
	}
	for _, w := range words {
		assert.True(t, f.may(w), w)
	}
	assert.False(t, new(keyFilter).may("الحكيم"))
}

// TestKindSets checks the constant kind sets against gz.SetOf.
func TestKindSets(t *testing.T) {
	assert.Equal(t, gz.SetOf(gz.GivenName), setGiven)
	assert.Equal(t, gz.SetOf(gz.GivenName, gz.NameParticle), setGivenOrParticle)
	assert.Equal(t, gz.SetOf(gz.Nationality), setNationality)
	assert.Equal(t, gz.SetOf(gz.Org), setOrg)
	assert.Equal(t, gz.SetOf(gz.Person), setPerson)
	assert.Equal(t, gz.SetOf(gz.Place), setPlace)
	assert.Equal(t, gz.SetOf(gz.Place, gz.Org), setPlaceOrOrg)
	assert.Equal(t, gz.SetOf(gz.Title), setTitle)
	assert.Equal(t, gz.SetOf(gz.Title, gz.OrgHead, gz.PlaceHead), setTitleOrHead)
}

// TestKeyFilterJoined checks mayJoined against may of the joined string.
func TestKeyFilterJoined(t *testing.T) {
	words := []string{"", "a", "عبد", "العاطي", "أبو الغيط", "بن", "لادن", "x y"}
	for _, a := range words {
		for _, b := range words {
			var f keyFilter
			f.add(a + " " + b)
			assert.True(t, f.mayJoined(a, b), "%q %q", a, b)
			for _, c := range words {
				for _, d := range words {
					var g keyFilter
					g.add(c + " " + d)
					assert.Equal(t, g.may(a+" "+b), g.mayJoined(a, b), "%q %q in %q %q", a, b, c, d)
				}
			}
		}
	}
}

func TestSingularTitles(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"روساء", []string{"رييس", "رييس جمهوريه", "رييس دوله"}},
		{"روساء حكومات", []string{"رييس حكومات"}},
		{"زعماء", []string{"رييس", "ملك", "امير", "زعيم"}},
		{"وزراء", []string{"وزير"}},
		{"وزراء خارجيه", []string{"وزير خارجيه"}},
		{"وزير خارجيه", nil},
		{"الوزراء", nil}, // the article is the caller's to remove
		{"", nil},
	} {
		assert.Equal(t, tc.want, SingularTitles(tc.title), tc.title)
	}
	// Each call returns its own slice.
	SingularTitles("وزراء")[0] = "x"
	assert.Equal(t, []string{"وزير"}, SingularTitles("وزراء"))
}

func TestPlaceCues(t *testing.T) {
	for _, w := range []string{"مدينة", "محافظة", "مناطق", "ريف", "العاصمة"} {
		assert.True(t, IsPlaceHead(searchNorm.String(w)), w)
	}
	for _, w := range []string{"في", "إلى", "قرب", "شمال", "ضواحي"} {
		assert.True(t, IsPlacePreposition(searchNorm.String(w)), w)
	}
	for _, w := range []string{"وزارة", "الرئيس", "بمدينة", ""} {
		assert.False(t, IsPlaceHead(searchNorm.String(w)), w)
		assert.False(t, IsPlacePreposition(searchNorm.String(w)), w)
	}
	// A region's first word names where, never who (شمال سوريا، ريف حلب،
	// أطراف دمشق); a place head that is no region (مدينة) and a
	// preposition (في) are not, nor a list head (ريفي حلب وإدلب).
	for _, w := range []string{"شمال", "غربي", "وسط", "ريف", "أطراف", "ضواحي"} {
		assert.True(t, IsRegionWord(searchNorm.String(w)), w)
		assert.True(t, IsPlacePreposition(searchNorm.String(w)) || IsPlaceHead(searchNorm.String(w)), w)
	}
	for _, w := range []string{"مدينة", "في", "ريفي", "محيط", "سوريا", ""} {
		assert.False(t, IsRegionWord(searchNorm.String(w)), w)
	}
}

// TestStartFilter checks the test findCandidates skips tokens with: at
// every token it skips (but the skipHeads, whose patterns it tries
// itself), at finds nothing and changes nothing, on the
// news and on random phrases of the words the rules react to.
func TestStartFilter(t *testing.T) {
	norm := normalize.MustNew(normalize.Search)
	texts := []string{seedArticle}
	for _, d := range shared.News(t) {
		texts = append(texts, d.Text)
	}
	r := rulesOnce()
	skipped := 0
	for _, text := range texts {
		var d doc
		d.reset(r, norm.Analyze(text))
		for i := range d.n {
			if d.flags[i]&(startHeads|skipHeads) != 0 || d.scan.May(i, startKinds) {
				continue
			}
			skipped++
			flags, cands, roles, refs := d.flags[i], len(d.cands), len(d.roles), len(d.refs)
			require.Equal(t, i, d.at(i), "token %d of %q", i, text[:min(len(text), 80)])
			require.Equal(t, flags, d.flags[i])
			require.Equal(t, [3]int{cands, roles, refs}, [3]int{len(d.cands), len(d.roles), len(d.refs)})
		}
	}
	require.Greater(t, skipped, 1000)
}

// TestNisbaKeys checks what CountryOfNationality's quick test
// (mayBeNisba) relies on: every nationality it knows ends with ي once
// folded, so a word whose nisbaKey is one ends with ي or a suffix
// nisbaStem strips. The quick test agrees with the lookup alone on the
// forms of every nationality and on words of other endings.
func TestNisbaKeys(t *testing.T) {
	slow := func(w string) (string, bool) {
		c, ok := countryNames()[nisbaKey(searchNorm.String(w))]
		return c, ok
	}
	check := func(w string) {
		c, ok := CountryOfNationality(w)
		wc, wok := slow(w)
		assert.Equal(t, wok, ok, w)
		assert.Equal(t, wc, c, w)
	}
	found := 0
	for adj := range countryNames() {
		require.True(t, strings.HasSuffix(adj, "ي"), adj)
		for _, w := range []string{adj, "ال" + adj, adj + "ه", adj + "ة", adj + "ين", adj + "ون", "ال" + adj + "ات", adj + "ا", adj + "تين", adj + "تان", adj + "ان", adj + "ب"} {
			check(w)
			if _, ok := CountryOfNationality(w); ok {
				found++
			}
		}
	}
	require.Greater(t, found, len(countryNames()))
	for _, w := range []string{"", "ي", "ال", "سوريا", "السوريون", "سوريه", "السورية", "سورية", "الأردنيين", "قال", "مصر", "سوريب", "سورىة", "سوريً"} {
		check(w)
	}
}

// TestCountryOfNationality: the forms of a nationality adjective give
// its country, also for the nationalities whose first letters fold to
// the article (ألماني، ألباني), with and without an article of their own.
func TestCountryOfNationality(t *testing.T) {
	for _, tc := range []struct{ word, country string }{
		{"السوري", "سوريا"}, {"سورية", "سوريا"}, {"السوريون", "سوريا"}, {"الأردنيين", "الأردن"},
		{"ألماني", "ألمانيا"}, {"ألمانية", "ألمانيا"}, {"الألماني", "ألمانيا"}, {"الألمانية", "ألمانيا"},
		{"الألمان", ""}, {"ألباني", "ألبانيا"}, {"الألبانية", "ألبانيا"},
		{"قال", ""}, {"الحكومة", ""}, {"", ""},
	} {
		c, ok := CountryOfNationality(tc.word)
		assert.Equal(t, tc.country, c, tc.word)
		assert.Equal(t, tc.country != "", ok, tc.word)
	}
}

// TestTitleRemembered checks that doc.title answers titleCore and
// titleHead, the first time and from what it remembers, past the bound
// where it starts over.
func TestTitleRemembered(t *testing.T) {
	var d doc
	keys := []string{"الرييس", "الامين العام", "رييس الحكومه", "وزراء الخارجيه", "المتحدثه باسم", "العاهل", ""}
	for n := range maxTitles + 10 {
		keys = append(keys, "وزير "+strconv.Itoa(n))
	}
	for range 2 {
		for _, k := range keys {
			core, head := d.title(k)
			require.Equal(t, titleCore(k), core, k)
			require.Equal(t, titleHead(k), head, k)
		}
	}
	require.LessOrEqual(t, len(d.titles), maxTitles)
}

// TestNisbaStem checks nisbaStem's quick test against the loop alone.
func TestNisbaStem(t *testing.T) {
	ref := func(w string) string {
		for _, suf := range nisbaSuffixes {
			if b, ok := strings.CutSuffix(w, suf); ok && strings.HasSuffix(b, "ي") {
				return b
			}
		}
		return w
	}
	pieces := []string{"ي", "ه", "ا", "ت", "ن", "و", "س", "ر", "\xd9", "\x8a", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := b.String()
		require.Equal(t, ref(w), nisbaStem(w), "%q", w)
	}
	assert.Equal(t, "سوري", nisbaStem("سوريه"))
	assert.Equal(t, "مصري", nisbaStem("مصريين"))
}

func TestInCountry(t *testing.T) {
	tests := []struct {
		place, country string
		want           bool
	}{
		{"طهران", "إيران", true},
		{"طهران", "ايران", true},
		{"طهران", "الجمهورية الإسلامية الإيرانية", true},
		{"انقرة", "تركيا", true},
		{"أنقرة", "تركيا", true},
		{"واشنطن", "الولايات المتحدة الأمريكية", true},
		{"دمشق", "سورية", true},
		{"بكين", "الصين", true},
		{"طهران", "تركيا", false},
		{"إسطنبول", "تركيا", true}, // a main city (data/cities.txt)
		{"حلب", "سوريا", true},
		{"جنيف", "سويسرا", true},
		{"تعز", "اليمن", true},
		{"الإسكندرية", "جمهورية مصر العربية", true},
		{"حلب", "تركيا", false},
		{"طرابلس", "ليبيا", false}, // Lebanon's or Libya's: the name alone does not tell
		{"إيران", "طهران", false},
		{"إيران", "إيران", false},
		{"عمان", "الأردن", false}, // Amman or Oman: the name alone does not tell
		{"", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, InCountry(tt.place, tt.country), "%s in %s", tt.place, tt.country)
	}
}

// TestCapitalsCountries: every country of data/capitals.txt and
// data/cities.txt is a place
// the gazetteer names by that name, so InCountry finds it by any spelling.
func TestCapitalsCountries(t *testing.T) {
	g := gz.Default()
	countries := map[string]bool{}
	for _, c := range capitals() {
		countries[c] = true
	}
	for _, c := range cities() {
		countries[c] = true
	}
	require.NotEmpty(t, countries)
	for c := range countries {
		found := false
		for _, e := range g.Lookup(c) {
			if e.Kind == gz.Place && searchNorm.String(e.Name) == c {
				found = true
			}
		}
		assert.True(t, found, "%s is no canonical place name of the gazetteer", c)
	}
}

// TestNewsNameRules: errors read off the news articles no one annotated,
// each fixed by a general rule (the tagger is on, as in the pipeline).
// want lists mentions the sentence must give, not those it must not.
func TestNewsNameRules(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"given name before a nisba place is a person", "وقال منسق الأمم المتحدة بسوريا، علي الزعتري، في تصريحات صحفية إن الغارات عرضت القافلة للخطر.",
			[]string{"PER علي الزعتري"}, []string{"LOC الزعتري"}},
		{"given name before a nisba place, another place", "وقال الباحث محمد التكريتي إن الوضع صعب.",
			[]string{"PER محمد التكريتي"}, []string{"LOC التكريتي"}},
		{"the place itself stays a place", "وصل اللاجئون إلى مخيم الزعتري في الأردن.",
			[]string{"LOC الأردن"}, []string{"PER مخيم الزعتري"}},
		{"given name before a kunya", "ويقول بلال أبو صلاح، أحد سكان دوما، لرويترز، إن نقص المواد الأساسية ما زال حادا.",
			[]string{"PER بلال أبو صلاح"}, []string{"PER أبو صلاح"}},
		{"given name joined to و before a surname", "ومن القيادات محمد علي الحوثي، وعبدالخالق الحوثي شقيق زعيم جماعة الحوثي.",
			[]string{"PER محمد علي الحوثي", "PER عبدالخالق الحوثي"}, nil},
		{"indefinite nationality after a definite title is a given name", "نفى العقيد الركن تركي المالكي، المتحدث باسم التحالف العربي، الاتهامات.",
			[]string{"PER تركي المالكي"}, []string{"PER المالكي"}},
		{"definite nationality after a title stays one", "قال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع.",
			[]string{"PER رجب طيب أردوغان"}, []string{"PER التركي رجب طيب أردوغان"}},
		{"two-word full name before, given name and surname later", "وقال رئيس مجلس النقباء، علي العبوس، إن الحوار مستمر. وأعلن ممثل النقابات المهنية علي العبوس، ان المجلس وافق.",
			[]string{"PER علي العبوس", "PER علي العبوس"}, []string{"PER العبوس"}},
		{"a listed organization is not run on by the next word", "وشيع حزب الله والدة عماد مغنية، الإثنين الماضي.",
			[]string{"ORG حزب الله", "PER عماد مغنية"}, []string{"ORG حزب الله والدة"}},
		{"a listed organization after its head runs as far as the name listed without it", "أعلنت شركة أرامكو السعودية أرباحها الفصلية.",
			[]string{"ORG شركة أرامكو السعودية"}, []string{"LOC السعودية", "ORG شركة أرامكو"}},
		{"a title listed with a short form does not cut the longer listed name", "وصل الشيخ تميم بن حمد آل ثاني إلى مسقط.",
			[]string{"PER تميم بن حمد آل ثاني"}, []string{"PER الشيخ تميم بن حمد"}},
		{"a title listed with a short form, another name", "استقبل الشيخ صباح الأحمد الجابر الصباح الوفد.",
			[]string{"PER صباح الأحمد الجابر الصباح"}, []string{"PER الشيخ صباح الأحمد"}},
		{"a kunya with a frequent given name after a title", "وشيع الفلسطينيون جثمان الشاب محمد أبو عمرو الذي قتل برصاص الجيش.",
			[]string{"PER محمد أبو عمرو"}, []string{"PER محمد", "PER أبو عمرو"}},
		{"a Gulf name: definite given names before the family", "وقال وزير الخارجية الشيخ محمد العبدالله المبارك الصباح إن الوضع مستقر.",
			[]string{"PER محمد العبدالله المبارك الصباح"}, []string{"PER محمد العبدالله المبارك"}},
		{"a weekday after a name is no part of it", "وقال محمد الأحمد الجمعة إن الوضع مستقر.",
			[]string{"PER محمد الأحمد"}, []string{"PER محمد الأحمد الجمعة"}},
		{"a mandate is no state", "مدد مجلس الأمن الدولي ولاية البعثة في ليبيا عاما إضافيا.",
			[]string{"LOC ليبيا"}, []string{"LOC البعثة"}},
		{"a zone of operations is no place", "وقصفت الطائرات منطقة العمليات شمال المدينة.",
			nil, []string{"LOC العمليات"}},
		{"a state named by a rare word stays", "وفي ولاية كسلا شرق السودان أعلنت السلطات حالة الطوارئ.",
			[]string{"LOC كسلا"}, nil},
		{"a city listed as a club is the club in a sports report", "وتوج ليفربول بلقب دوري أبطال أوروبا بعد فوزه على توتنهام في مدريد بهدفين.",
			[]string{"ORG ليفربول", "ORG توتنهام", "LOC مدريد"}, []string{"LOC ليفربول"}},
		{"a city listed as a club after a coach", "وقال مدرب برشلونة إن الفريق جاهز للمباراة.",
			[]string{"ORG برشلونة"}, []string{"LOC برشلونة"}},
		{"a city listed as a club after a preposition of place stays the city", "وفاز برشلونة على إشبيلية في برشلونة.",
			[]string{"ORG برشلونة", "LOC برشلونة"}, nil},
		{"a city listed as a club without sport stays the city", "ووصل الوزير إلى ليفربول أمس، ثم زار ليفربول مرة أخرى.",
			[]string{"LOC ليفربول"}, []string{"ORG ليفربول"}},
		{"a city listed as a club after a defeat, the coach far before", "وأقال نادي مانشستر يونايتد مدربه جوزيه مورينيو، بعد الخسارة أمام ليفربول 3-1 يوم الأحد.",
			[]string{"ORG ليفربول"}, []string{"LOC ليفربول"}},
		{"a city listed as a club after a win", "وتصدر الفريق الترتيب، بعد الفوز على برشلونة أمس.",
			[]string{"ORG برشلونة"}, []string{"LOC برشلونة"}},
		{"a security agency named by its head جهاز", "وفي الخرطوم، أفرج جهاز الأمن والمخابرات الوطني عن عشرات المعتقلين.",
			[]string{"ORG جهاز الأمن والمخابرات الوطني"}, nil},
		{"an agency named by its head جهاز and a nationality", "وقال جهاز مكافحة الإرهاب العراقي إن العملية انتهت.",
			[]string{"ORG جهاز مكافحة الإرهاب العراقي"}, nil},
		{"جهاز as a device is no organization", "واشترى جهاز كمبيوتر جديدا من السوق.",
			nil, []string{"ORG جهاز كمبيوتر"}},
		{"a brigade named by its ordinal is no person", "اندلعت اشتباكات في طرابلس بين اللواء السابع وقوة الردع الخاصة.",
			[]string{"ORG اللواء السابع"}, []string{"PER السابع"}},
		{"a division named by its ordinal", "وهاجمت الفرقة الرابعة بلدة داريا.",
			[]string{"ORG الفرقة الرابعة", "LOC داريا"}, nil},
		{"the rank اللواء before a name stays a title", "وقال اللواء خليفة حفتر إن قواته تقدمت.",
			[]string{"PER خليفة حفتر"}, []string{"ORG اللواء خليفة"}},
		{"a stock index is no person", "وتراجع مؤشر داو جونز الصناعي في بورصة نيويورك.",
			[]string{"MISC داو جونز الصناعي", "ORG بورصة نيويورك"}, []string{"PER داو جونز"}},
		{"a group of companies named by a rare word", "وأعلنت مجموعة الحبتور الإماراتية عن استثمارات جديدة في دبي.",
			[]string{"ORG مجموعة الحبتور الإماراتية"}, nil},
		{"مجموعة before frequent words is a set", "وترتكز الأدلة على استخدام المتهمين لمجموعة شبكات الهواتف قبل العملية.",
			nil, []string{"ORG مجموعة شبكات الهواتف"}},
		{"an organization's name ends after its nationality before a definite noun", "وأعلنت وزارة الخارجية الأردنية الاعتقال أمس.",
			[]string{"ORG وزارة الخارجية الأردنية"}, []string{"ORG وزارة الخارجية الأردنية الاعتقال"}},
		{"an organization's name ends before the press it told", "وقالت وزارة الصحة الفلسطينية للصحفيين إن الحصيلة ارتفعت.",
			[]string{"ORG وزارة الصحة الفلسطينية"}, []string{"ORG وزارة الصحة الفلسطينية للصحفيين"}},
		{"a ل-genitive after the nationality stays in the name", "وقالت الهيئة العامة السورية للاستثمار إن المشاريع زادت.",
			[]string{"ORG الهيئة العامة السورية للاستثمار"}, nil},
		{"an adjective of names after the nationality stays in the name", "وذكرت وكالة الأنباء السعودية الرسمية أن الملك وصل.",
			[]string{"ORG وكالة الأنباء السعودية الرسمية"}, nil},
		{"a listed organization before a country", "واتهم حزب الله إسرائيل بالوقوف وراء اغتياله.",
			[]string{"ORG حزب الله", "LOC إسرائيل"}, []string{"ORG حزب الله إسرائيل"}},
		{"a listed organization before a participle", "المتهم فيها قادة من ميليشيات حزب الله المرتبطة بالنظام الإيراني.",
			[]string{"ORG حزب الله"}, []string{"ORG حزب الله المرتبطة"}},
		{"a listed organization before an adjective of another word", "أعلنت جماعة جيش الإسلام المعارضة نقل مقاتلي جبهة النصرة.",
			[]string{"ORG جيش الإسلام", "ORG جبهة النصرة"}, []string{"ORG جيش الإسلام المعارضة"}},
		{"a listed organization keeps its nationality", "قال الأمين العام لحزب الله اللبناني حسن نصر الله إن الحزب جاهز.",
			[]string{"ORG حزب الله اللبناني"}, nil},
		{"a listed organization keeps an adjective of names", "وذكرت وكالة الأنباء السورية الرسمية أن الجيش تقدم.",
			[]string{"ORG وكالة الأنباء السورية الرسمية"}, nil},
		{"an organization head before a quantity is a gathering", "وسط تجمع عشرات المحتجين أمام السفارة في عمان.",
			nil, []string{"ORG تجمع عشرات المحتجين", "ORG تجمع عشرات"}},
		{"تجمع before common people words is a gathering", "وسقطت القذيفة اثناء تجمع الضحايا لجلب الماء من احدى الناقلات.",
			nil, []string{"ORG تجمع الضحايا"}},
		{"a place after a number word is a counted noun", "هذا فيما قتل أربعة مدنين واصيب اكثر من ٢٠ اخرين في قصف عشوائي.",
			nil, []string{"LOC مدنين"}},
		{"the town itself stays", "وقعت اشتباكات في مدنين جنوب تونس.",
			[]string{"LOC مدنين"}, nil},
		{"force majeure is no city", "وأعلنت الشركة حالة القوة القاهرة في حقول الشرارة.",
			nil, []string{"LOC القاهرة"}},
		{"compelling circumstances are no city", "وتأجلت الانتخابات بسبب الظروف القاهرة التي تمر بها البلاد، وقال إن الأسباب القاهرة معروفة.",
			nil, []string{"LOC القاهرة"}},
		{"Cairo after a noun stays", "ووصلت القوة المصرية إلى القاهرة أمس.",
			[]string{"LOC القاهرة"}, nil},
		{"a quoted place told to after ل is a newspaper", "وقال مصدر عسكري لـ«الشرق الأوسط»، إن الهجوم فشل.",
			[]string{"ORG الشرق الأوسط"}, []string{"LOC الشرق الأوسط"}},
		{"a quoted place told to, written apart", "وذكر شهود عيان ل «الرياض» ان القصف استمر.",
			[]string{"ORG الرياض"}, []string{"LOC الرياض"}},
		{"a place after ل without quotes stays a place", "ووصل الوفد لالرياض أمس.",
			nil, []string{"ORG الرياض"}},
		{"a title before a common word", "وهو كان صهر القيادي القتيل البارز في الحزب عماد مغنية.",
			[]string{"PER عماد مغنية"}, []string{"PER القتيل"}},
		{"a common word the tagger takes for a name once", "وسارع إلى إطلاق حوار شامل لإنجاز مشروع ضريبة \"عادل\".",
			nil, []string{"PER عادل"}},
		{"a common word the tagger takes for a name once, another", "أما أبرز الإشارات الروسية عن عدم رضا موسكو المستجد حيال الوجود الإيراني.",
			[]string{"LOC موسكو"}, []string{"PER رضا"}},
		{"a frequent name written again stays", "وقال عباس إن الاقتراح جاء قبل أشهر. وذكر عباس أنه يمكن أن يدعم الاتحاد.",
			[]string{"PER عباس"}, nil},
		{"a company named by a common word needs its full name", "وتتوافق عليه جميع فئات المجتمع. وفي غزة تداول الكثيرون رسالة نصية تسخر من جيلي.",
			nil, []string{"ORG فئات", "ORG تداول", "ORG جيلي"}},
		{"the company named in full", "أعلنت السوق المالية السعودية (تداول) أن مؤشر تداول ارتفع. وقالت شركة فيات إن سيارات فيات جديدة.",
			[]string{"ORG تداول", "ORG شركة فيات", "ORG فيات"}, nil},
		{"a first name is no listed person's alias", "وقال ولي العهد في مقابلة أجراها معه رئيس تحرير مجلة \"ذي أتلانتيك\" الأمريكية جيفري غولدبرغ إنه ليس هناك اعتراض.",
			[]string{"PER جيفري غولدبرغ"}, []string{"PER جيفري"}},
		{"a nisba between a title and a given name qualifies the title", "مما أدى إلى مقتل نحو 29 من المتمردين، بينهم القيادي الحوثي محمد المداني.",
			[]string{"PER محمد المداني"}, []string{"PER الحوثي"}},
		{"a nationality there stays the nationality", "قال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع.",
			[]string{"PER رجب طيب أردوغان"}, nil},
		{"a facility named after a family name", "لماذا تخبئ مصانع الصواريخ بجانب مطار الحريري وبجانب بيوتهم؟ كما دمر التحالف جسر الحسيني الرابط بين عدن ولحج.",
			[]string{"LOC مطار الحريري", "LOC جسر الحسيني"}, []string{"PER الحريري", "PER الحسيني"}},
		{"a protest movement is no organization", "وحركة الاحتجاجات الحالية هي الأكبر منذ نهاية العام 2011.",
			nil, []string{"ORG حركة الاحتجاجات"}},
		{"a name split in a headline is the body's one person", "أفيخاي أدرعي يطرح أسئلة على نصرالله\n\nطرح المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، مجموعة من الأسئلة.",
			[]string{"PER أفيخاي أدرعي", "PER أفيخاي أدرعي"}, []string{"ORG أفيخاي", "PER أدرعي"}},
		{"a foreign given name and a surname", "لم يؤكد جايسون غرينبلات تفاصيل أو مناقشات مع عباس.",
			[]string{"PER جايسون غرينبلات"}, []string{"PER جايسون"}},
	}
	r := fullOnce()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentions(r.RecognizeString(tt.in))
			for _, w := range tt.want {
				assert.Contains(t, got, w, tt.in)
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, tt.in)
			}
			if len(tt.want) == 2 && tt.want[0] == tt.want[1] {
				n := 0
				for _, g := range got {
					if g == tt.want[0] {
						n++
					}
				}
				assert.Equal(t, 2, n, "%q in %v", tt.want[0], got)
			}
		})
	}
}

// TestNewsGrouping: groupings read off the news articles no one
// annotated. same lists pairs of forms that must be one entity, apart
// pairs that must not.
func TestNewsGrouping(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		same, apart [][2]string
	}{
		{"a first name after the same style: king",
			"حذر الملك الأردني عبد الله الثاني من دخول البلاد في المجهول. وعزا الملك عبد الله ما تعيشه بلاده إلى الظرف الاقتصادي.",
			[][2]string{{"عبد الله الثاني", "عبد الله"}}, nil},
		{"a first name after the same style: prince",
			"وصدرت تصريحات عن ولي العهد السعودي الأمير محمد بن سلمان هذا الشهر. واعتبر الأمير محمد أن إسرائيل اقتصاد كبير.",
			[][2]string{{"محمد بن سلمان", "محمد"}}, nil},
		{"another person of that first name without the style",
			"وكتب وزير خارجية قطر محمد بن عبد الرحمن آل ثاني تغريدة. وصدرت تصريحات عن ولي العهد السعودي الأمير محمد بن سلمان. واعتبر الأمير محمد أن إسرائيل اقتصاد كبير.",
			[][2]string{{"محمد بن سلمان", "محمد"}}, [][2]string{{"محمد بن عبد الرحمن آل ثاني", "محمد"}}},
		{"two persons of that first name and style: none",
			"التقى الشيخ محمد بن زايد في دبي. وحضر الشيخ محمد بن راشد اللقاء. وقال الشيخ محمد إن اللقاء مثمر.",
			nil, [][2]string{{"محمد بن زايد", "محمد"}, {"محمد بن راشد", "محمد"}}},
		{"another style: none",
			"حذر الملك الأردني عبد الله الثاني من دخول البلاد في المجهول. وقال الشيخ عبد الله إن الخطبة ألقيت.",
			nil, [][2]string{{"عبد الله الثاني", "عبد الله"}}},
		{"a listed surname is not two persons' at once",
			"بدأ الادعاء مرافعاته في قضية اغتيال رئيس الوزراء الراحل رفيق الحريري، بحضور سعد الحريري، نجل الراحل. ويفند الإدعاء ارتباط الهواتف بأماكن كان يرتادها الحريري.",
			nil, [][2]string{{"رفيق الحريري", "سعد الحريري"}}},
		{"a listed surname of another person in the document",
			"ومن القيادات محمد علي الحوثي ويتولى رئاسة اللجنة. وقال الحوثي إن القرارات قانونية.",
			[][2]string{{"محمد علي الحوثي", "الحوثي"}}, nil},
		{"an organization and its name with a plural nationality",
			"وقال رئيس مجلس النقباء الأردنيين، علي العبوس، إن الحوار مستمر. ووافق مجلس النقباء على المشاركة.",
			[][2]string{{"مجلس النقباء الأردنيين", "مجلس النقباء"}}, nil},
		{"a compound family name in الدين",
			"وقال فريق الإدعاء إن مصطفى بدر الدين هو العقل المدبر. وأوضح الإدعاء إن خبرة بدر الدين العسكرية مكنته من ذلك.",
			[][2]string{{"مصطفى بدر الدين", "بدر الدين"}}, nil},
		{"a first name after the same style, many times over",
			strings.Repeat("وصدرت تصريحات عن ولي العهد السعودي الأمير محمد بن سلمان. واعتبر الأمير محمد أن إسرائيل اقتصاد كبير. ", 300),
			[][2]string{{"محمد بن سلمان", "محمد"}}, nil},
		{"two persons of that first name and style, many times over: none",
			strings.Repeat("التقى الشيخ محمد بن زايد في دبي. وحضر الشيخ محمد بن راشد اللقاء. وقال الشيخ محمد إن اللقاء مثمر. ", 300),
			nil, [][2]string{{"محمد بن زايد", "محمد"}, {"محمد بن راشد", "محمد"}}},
		{"a listed surname of another person in the document, many times over",
			strings.Repeat("ومن القيادات محمد علي الحوثي ويتولى رئاسة اللجنة. وقال الحوثي إن القرارات قانونية. ", 300),
			[][2]string{{"محمد علي الحوثي", "الحوثي"}}, nil},
		{"a listed surname with another spelling of the listed name",
			"قال وزير الخارجية الروسي سيرغيه لافروف إن الحكومة السورية تخلصت من ترسانتها. واتهم لافروف الولايات المتحدة.",
			[][2]string{{"سيرغيه لافروف", "لافروف"}}, nil},
	}
	r := fullOnce()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.RecognizeString(tt.in)
			ents := func(form string) []int {
				var out []int
				for _, m := range res.Mentions {
					if m.Form == form {
						out = append(out, m.Entity)
					}
				}
				require.NotEmpty(t, out, "no mention %q in %v", form, mentions(res))
				return out
			}
			for _, p := range tt.same {
				for _, e := range ents(p[1]) {
					assert.Contains(t, ents(p[0]), e, "%q and %q: %v", p[0], p[1], res.Entities)
				}
			}
			for _, p := range tt.apart {
				for _, e := range ents(p[1]) {
					assert.NotContains(t, ents(p[0]), e, "%q and %q: %v", p[0], p[1], res.Entities)
				}
			}
		})
	}
}

// TestGenericNamesNoCountry: a name many states give a body (مجلس الأمة،
// الجيش الوطني) is no one country's body by itself.
func TestGenericNamesNoCountry(t *testing.T) {
	r := fullOnce()
	for _, in := range []string{
		"وقال الرزاز في تصريحات نقلتها وكالة عمون أمام مجلس الأمة إن هناك توافقا.",
		"اشتباكات بين الحوثيين والجيش الوطني الشرعي المسنود بالمقاومة في تعز.",
	} {
		res := r.RecognizeString(in)
		require.NotEmpty(t, res.Entities, in)
		for _, e := range res.Entities {
			if e.Label != ORG {
				continue
			}
			assert.NotContains(t, e.Aliases, "مجلس الأمة الكويتي", in)
			assert.NotContains(t, e.Aliases, "الجيش الوطني السوري", in)
			assert.NotContains(t, []string{"مجلس الأمة الكويتي", "الجيش الوطني السوري"}, e.Name, in)
		}
		assert.Contains(t, mentions(res), "ORG "+map[bool]string{true: "مجلس الأمة", false: "الجيش الوطني"}[strings.Contains(in, "مجلس")], in)
	}
}

func TestFormsCleanedForDisplay(t *testing.T) {
	src := "قال وزيـــر الخارجيّة السعوديّ عادل الجُبير إن. ﻭﻗﺎﻝ ﺍﻟﺮﺋﻴﺲ ﺍﻟﻤﺼﺮﻱ ﻋﺒﺪ ﺍﻟﻔﺘﺎﺡ ﺍﻟﺴﻴﺴﻲ إن الوضع مستقر."
	res := fullOnce().RecognizeString(src)
	checkInvariants(t, src, res)
	names := map[string]Entity{}
	for _, e := range res.Entities {
		names[e.Name] = e
	}
	sisi, ok := names["عبد الفتاح السيسي"]
	require.True(t, ok, "%v", names)
	assert.Equal(t, "الرئيس", sisi.Roles[0].Title)
	jubeir, ok := names["عادل الجُبير"] // marks kept
	require.True(t, ok, "%v", names)
	assert.Equal(t, "وزير الخارجيّة", jubeir.Roles[0].Title)
	for _, m := range res.Mentions {
		assert.Equal(t, src[m.Start:m.End], m.Text) // the text stays as written
		assert.NotContains(t, m.Form, "ـ")
	}
}
