package naba

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
