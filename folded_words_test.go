package naba

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nabanlp/naba/normalize"
)

// TestWordListsFolded: the entities and events stages compare words of
// the Search-folded text (أإآ→ا، ى→ي، ة→ه، ؤ→و، ئ→ي, no tatweel), so a word
// written in code with a letter folding removes never matches (الطائرات
// in a list of forces, هيئه among the bodies one dissolves). Every Arabic
// string literal in their code must be folded, except inside a call that
// folds it (foldedSet, fold.String …), in a table the code folds when it
// is built, or compared with a lemma, which the lexicon keeps as written.
func TestWordListsFolded(t *testing.T) {
	fold := normalize.MustNew(normalize.Search)
	foldingCalls := map[string]bool{"foldedSet": true, "foldedMap": true, "String": true, "foldWord": true}
	rawTables := map[string]bool{ // folded when the table is built
		"numberWords": true, "hundredWords": true, "scaleWords": true, // events
		"regionWords": true, "placeHomographs": true, // entities (placeHomographs also keeps the written names)
	}
	rawFuncs := map[string]bool{ // compare lemmas or the source text, or are the folding itself
		"isJudgingVerb": true, "foldWord": true, "inflect": true, // events
		"givenMatch": true, // entities: ى in the source
	}
	var files []string
	for _, pat := range []string{"events*.go", "extractor.go", "events/*.go", "entities/*.go"} {
		m, err := filepath.Glob(pat)
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.NotEmpty(t, files)
	fs := token.NewFileSet()
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fs, f, nil, 0)
		require.NoError(t, err)
		walk := func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if rawFuncs[n.Name.Name] {
					return false
				}
			case *ast.ValueSpec:
				for _, id := range n.Names {
					if rawTables[id.Name] {
						return false
					}
				}
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				}
				if foldingCalls[name] {
					return false
				}
			case *ast.BinaryExpr:
				for _, side := range []ast.Expr{n.X, n.Y} {
					if sel, ok := side.(*ast.SelectorExpr); ok && sel.Sel.Name == "Lemma" {
						return false
					}
				}
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(n.Value)
				if err != nil || !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
					return true
				}
				checked++
				assert.Equal(t, fold.String(s), s, "%s: %q is not in folded form", fs.Position(n.Pos()), s)
			}
			return true
		}
		ast.Inspect(af, walk)
	}
	assert.Greater(t, checked, 1000, "the literals checked")
}
