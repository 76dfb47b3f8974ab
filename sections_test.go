package naba

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/internal/shared"
)

// goldSections is the informative "sections" object of a gold file.
type goldSections struct {
	Ticker      []string `json:"ticker"`
	Title       string   `json:"title"`
	Paragraphs  int      `json:"paragraphs"`
	Source      string   `json:"source"`
	Boilerplate []string `json:"boilerplate"`
	Subheadings []string `json:"subheadings"`
}

type goldFile struct {
	Doc      string       `json:"doc"`
	RefDate  string       `json:"ref_date"`
	Sections goldSections `json:"sections"`
}

func readGold(t *testing.T, path string) goldFile {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var g goldFile
	require.NoError(t, json.Unmarshal(b, &g))
	return g
}

// sectionTexts returns the texts of the sections of a kind (and role, if
// role is not "*").
func sectionTexts(doc *Document, kind SectionKind, role string) []string {
	var out []string
	for _, s := range doc.Sections {
		if s.Kind == kind && (role == "*" || s.Role == role) {
			out = append(out, doc.Source()[s.Start:s.End])
		}
	}
	return out
}

// TestGoldSections checks the page structure against the layout the gold
// files record for the seed page and the annotated news articles.
func TestGoldSections(t *testing.T) {
	root := shared.Dir(t)
	files, _ := filepath.Glob(filepath.Join(root, "gold", "news", "*.json"))
	files = append(files, filepath.Join(root, "gold", "seed.json"))
	for _, gf := range files {
		g := readGold(t, gf)
		t.Run(filepath.Base(gf), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(root, g.Doc))
			require.NoError(t, err)
			doc, err := Extract(context.Background(), string(src), ExtractOptions{Path: g.Doc})
			require.NoError(t, err)
			gs := g.Sections
			assert.Equal(t, []string{gs.Title}, sectionTexts(doc, Title, "*"))
			if gs.Ticker != nil {
				assert.Equal(t, gs.Ticker, sectionTexts(doc, Headline, "*"))
			} else {
				assert.Empty(t, sectionTexts(doc, Headline, "*"))
			}
			assert.Len(t, sectionTexts(doc, Paragraph, ""), gs.Paragraphs)
			if gs.Subheadings != nil {
				assert.Equal(t, gs.Subheadings, sectionTexts(doc, Paragraph, RoleSubheading))
			}
			if gs.Source != "" {
				srcs := sectionTexts(doc, Source, "*")
				require.Len(t, srcs, 1)
				assert.Contains(t, srcs[0], gs.Source)
			}
			bp := sectionTexts(doc, Boilerplate, "*")
			for _, want := range gs.Boilerplate {
				if strings.Contains(want, "(") && !strings.HasPrefix(want, "لن") {
					// A described tag list: its first word stands for it.
					want = strings.Fields(want)[0]
				}
				found := false
				for _, got := range bp {
					if strings.HasPrefix(got, want) || strings.HasPrefix(want, got) {
						found = true
					}
				}
				assert.True(t, found, "boilerplate %q not found in %q", want, bp)
			}
		})
	}
}

func TestSeedSectionsInOrder(t *testing.T) {
	path := shared.Path(t, "seeds", "000_d71596f88f27592e.txt")
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := Extract(context.Background(), string(src), ExtractOptions{})
	require.NoError(t, err)
	var kinds []string
	for _, s := range doc.Sections {
		if s.Kind != Headline {
			kinds = append(kinds, string(s.Kind)+"/"+s.Role)
		}
	}
	assert.Equal(t, []string{"ticker/", "title/", "paragraph/", "paragraph/", "paragraph/", "paragraph/", "paragraph/",
		"source/", "boilerplate/comment", "boilerplate/comment", "boilerplate/button"}, kinds)
	for i, s := range doc.Sections {
		if s.Kind == Headline {
			assert.Equal(t, 0, s.Parent, "headline %d", i)
		}
	}
}

func TestPageLayouts(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string // kind/role: text
	}{
		{
			name: "related block, share bar, footer",
			page: "عنوان المقال\n\nالفقرة الأولى من النص.\n\nمواضيع ذات صلة\n\nالحكومة تعلن خطة جديدة للنقل العام\n\n" +
				"شارك | فيسبوك | تويتر\n\nجميع الحقوق محفوظة © 2020",
			want: []string{"title/: عنوان المقال", "paragraph/: الفقرة الأولى من النص.", "boilerplate/related: مواضيع ذات صلة",
				"boilerplate/related: الحكومة تعلن خطة جديدة للنقل العام", "boilerplate/button: شارك | فيسبوك | تويتر",
				"boilerplate/footer: جميع الحقوق محفوظة © 2020"},
		},
		{
			name: "repeated article, byline, tag list",
			page: "عنوان المقال هنا\n\nالرياض – متابعات\n\nقال الوزير إن الخطة جاهزة للتنفيذ في الشهر المقبل.\n\n" +
				"عنوان المقال هنا\n\nقال الوزير إن الخطة جاهزة للتنفيذ في الشهر المقبل. سمات الرياض الخطة",
			want: []string{"title/: عنوان المقال هنا", "source/: الرياض – متابعات",
				"paragraph/: قال الوزير إن الخطة جاهزة للتنفيذ في الشهر المقبل.", "boilerplate/duplicate: عنوان المقال هنا",
				"paragraph/: قال الوزير إن الخطة جاهزة للتنفيذ في الشهر المقبل.", "boilerplate/tags: سمات الرياض الخطة"},
		},
		{
			name: "menu and breadcrumbs before the title",
			page: "أخبار | رياضة | اقتصاد | ثقافة\nالرئيسية » أخبار » سوريا\n\nعنوان المقال\n\nقال الوزير إن الخطة جاهزة.",
			want: []string{"boilerplate/button: أخبار | رياضة | اقتصاد | ثقافة", "boilerplate/button: الرئيسية » أخبار » سوريا",
				"title/: عنوان المقال", "paragraph/: قال الوزير إن الخطة جاهزة."},
		},
		{
			name: "a ticker of one headline per line, an agency dateline line",
			page: "انفجار في دمشق يوقع قتلى\nمقتل ثلاثة جنود في هجوم على حاجز في درعا\nوزير الخارجية يصل إلى موسكو في زيارة رسمية\n\n" +
				"الجيش يعلن السيطرة على بلدة جديدة\n\nدمشق - سانا\nأعلن الجيش اليوم السيطرة على بلدة جديدة في ريف حماة.\nوقال مصدر عسكري إن التقدم مستمر.",
			want: []string{"ticker/: انفجار في دمشق يوقع قتلى\nمقتل ثلاثة جنود في هجوم على حاجز في درعا\nوزير الخارجية يصل إلى موسكو في زيارة رسمية",
				"headline/: انفجار في دمشق يوقع قتلى", "headline/: مقتل ثلاثة جنود في هجوم على حاجز في درعا",
				"headline/: وزير الخارجية يصل إلى موسكو في زيارة رسمية", "title/: الجيش يعلن السيطرة على بلدة جديدة",
				"dateline/: دمشق - سانا", "paragraph/: أعلن الجيش اليوم السيطرة على بلدة جديدة في ريف حماة.",
				"paragraph/: وقال مصدر عسكري إن التقدم مستمر."},
		},
		{
			name: "place and reporter, place and paper",
			page: "الحكومة تؤجل البت في التعيينات\n\nبيروت: ثائر عباس\nأجّل مجلس الوزراء أمس البت في التعيينات.\nوقال الوزير إن المجلس سيعود إلى الملف.",
			want: []string{"title/: الحكومة تؤجل البت في التعيينات", "dateline/: بيروت: ثائر عباس",
				"paragraph/: أجّل مجلس الوزراء أمس البت في التعيينات.", "paragraph/: وقال الوزير إن المجلس سيعود إلى الملف."},
		},
		{
			name: "an outlet in quotes after a tatweel dash, an agency in brackets",
			page: "محادثات للتهدئة\n\nالقاهرة ـ «الحياة» بدأت في القاهرة أمس محادثات غير مباشرة.\n\nواشنطن - (أ ف ب) - فرضت الولايات المتحدة عقوبات.",
			want: []string{"title/: محادثات للتهدئة", "dateline/: القاهرة ـ «الحياة»", "paragraph/: بدأت في القاهرة أمس محادثات غير مباشرة.",
				"paragraph/: واشنطن - (أ ف ب) - فرضت الولايات المتحدة عقوبات."},
		},
		{
			name: "a subheading that ends on a quoted word",
			page: "عنوان المقال\n\nقال الوزير إن الخطة جاهزة.\nعودة \"ضعيفة\"\nوأضاف أن التنفيذ يبدأ قريبا.\nوقال: \"لن نتراجع\"\nوختم بالشكر.",
			want: []string{"title/: عنوان المقال", "paragraph/: قال الوزير إن الخطة جاهزة.", "paragraph/subheading: عودة \"ضعيفة\"",
				"paragraph/: وأضاف أن التنفيذ يبدأ قريبا.", "paragraph/: وقال: \"لن نتراجع\"", "paragraph/: وختم بالشكر."},
		},
		{
			name: "single paragraph, no title",
			page: "قال الوزير إن الخطة جاهزة.",
			want: []string{"paragraph/: قال الوزير إن الخطة جاهزة."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.page, ExtractOptions{})
			require.NoError(t, err)
			var got []string
			for _, s := range doc.Sections {
				got = append(got, string(s.Kind)+"/"+s.Role+": "+tt.page[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestFirstCapital checks the eight-bytes-at-a-time search for an ASCII
// capital against a byte loop, on bytes around the capitals' range and
// the lead and continuation bytes of UTF-8, at every position.
func TestFirstCapital(t *testing.T) {
	plain := func(s string) int {
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				return i
			}
		}
		return -1
	}
	edge := []byte{'@', 'A', 'M', 'Z', '[', '`', 'a', 'z', ' ', 0x00, 0x7F, 0x80, 0xC1, 0xC2, 0xD8, 0xD9, 0xDA, 0xDB, 0xE2, 0xFF}
	for n := 0; n <= 20; n++ {
		for _, c := range edge {
			for at := 0; at < n; at++ {
				b := []byte(strings.Repeat("ب", n)[:n])
				b[at] = c
				s := string(b)
				assert.Equal(t, plain(s), firstCapital(s), "%q", s)
				lower := []byte(s)
				for k := range lower {
					if 'A' <= lower[k] && lower[k] <= 'Z' {
						lower[k] += 'a' - 'A'
					}
				}
				assert.Equal(t, string(lower), asciiLower(s), "%q", s)
			}
		}
	}
}

func TestHasBullet(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "خبر عاجل": false, "• خبر": true, "خبر ·": true, "a–b": false, "x ► y": true,
		"\u00a0مسافة": false, "\u2014 شرطة": false, "نص ★": true, "\xc2": false, "\xe2\x80": false,
	} {
		assert.Equal(t, want, hasBullet(s), "%q", s)
	}
}

// isMenuSplit is isMenu as it was written first, with strings.Split and
// strings.Fields: the oracle of TestIsMenuSameAsSplit.
func isMenuSplit(line string) bool {
	for _, sep := range []string{"|", "»", "›", ">", "/"} {
		parts := strings.Split(line, sep)
		if len(parts) < 3 {
			continue
		}
		short := true
		for _, p := range parts {
			if n := len(strings.Fields(p)); n == 0 || n > 3 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

// TestIsMenuSameAsSplit checks that isMenu, which allocates nothing,
// decides as the Split and Fields version does, on menus, breadcrumbs and
// random lines of separators, spaces and words.
func TestIsMenuSameAsSplit(t *testing.T) {
	lines := []string{
		"أخبار | رياضة | اقتصاد", "الرئيسية » أخبار » سوريا", "a / b / c", "أ|ب", "|||", " | | ",
		"أخبار | رياضة اليوم في العالم العربي | اقتصاد", "a › b › c ›", "x>y>z", "",
		"كلمة\u00a0كلمة | ب | ج", "أ\u2003ب | ج | د",
	}
	alphabet := []string{"|", "»", "›", ">", "/", " ", "\u00a0", "\t", "أخبار", "ب", "x", "\u2003"}
	r := rand.New(rand.NewPCG(5, 5))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		lines = append(lines, b.String())
	}
	for _, line := range lines {
		assert.Equal(t, isMenuSplit(line), isMenu(line), "%q", line)
	}
}

// TestHasAnyPrefix checks hasAnyPrefix against strings.HasPrefix phrase by
// phrase: the first phrase s starts with, or "".
func TestHasAnyPrefix(t *testing.T) {
	list := []string{"اقرأ أيضا", "اقرأ", "ab", "b"}
	first := func(s string, list []string) string {
		for _, p := range list {
			if strings.HasPrefix(s, p) {
				return p
			}
		}
		return ""
	}
	for _, s := range []string{"", "a", "ab", "abc", "b", "ba", "اقرأ", "اقرأ أيضا: خبر", "اقر", "cab"} {
		assert.Equal(t, first(s, list), hasAnyPrefix(s, list), "%q", s)
		assert.Equal(t, first(s, []string{"", "a"}), hasAnyPrefix(s, []string{"", "a"}), "%q", s)
	}
}

// TestIsInvisibleSpace checks isInvisibleSpace, which answers the Arabic
// block without unicode.IsSpace, against the full test on every rune.
func TestIsInvisibleSpace(t *testing.T) {
	full := func(r rune) bool {
		return unicode.IsSpace(r) || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F ||
			r == 0xFEFF || r == 0x061C || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x2060 || r == 0xAD
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isInvisibleSpace(r) != full(r) {
			t.Fatalf("isInvisibleSpace(%U) = %v", r, isInvisibleSpace(r))
		}
	}
}

// TestIsSpace checks isSpace against unicode.IsSpace on every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// TestBulletsStartC2E2 checks what headlineSeams relies on to decode only
// at C2 and E2 bytes: every bullet's UTF-8 begins with one of them.
func TestBulletsStartC2E2(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isBullet(r) {
			b := string(r)[0]
			assert.True(t, b == 0xC2 || b == 0xE2, "%U", r)
		}
	}
}

// TestWordFilter checks that a wordFilter passes every word of its set
// (and the empty word, which it cannot hash), and turns most others away.
func TestWordFilter(t *testing.T) {
	f := newWordFilter(furnitureWords)
	for w := range furnitureWords {
		assert.True(t, f.may(w), w)
	}
	assert.True(t, f.may(""))
	others := strings.Fields("قال الرئيس إن الحكومة ستعقد اجتماعا يوم الخميس في العاصمة لبحث الأوضاع الاقتصادية والأمنية")
	passed := 0
	for _, w := range others {
		if f.may(w) {
			passed++
		}
	}
	assert.Less(t, passed, len(others)/2)
}

func TestHasNumericDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"نشر في: 12/09/2018 - 10:30", true},
		{"12-09-2018 | 10:30 ص", true},
		{"السبت 2018/9/15", true},
		{"١٢/٠٩/٢٠١٨", true},
		{"12.9.2018", true},
		{"الرئيسية / أخبار / سياسة", false},
		{"10:30 ص", false},
		{"12 09 2018", false},
		{"123/09/2018", false},
		{"2018/2019", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, hasNumericDate(tt.in), tt.in)
	}
}
