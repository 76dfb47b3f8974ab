package naba

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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
		"isJudgingVerb": true, "attackKind": true, "foldWord": true, "inflect": true, "isMoneyLemma": true, "isSendLemma": true, "isClosureNoun": true, // events
		"givenMatch":      true, // entities: ى in the source
		"hamzaLam":        true, // entities: the hamza in the source
		"prepositionAmam": true, // events: the hamza in the source
		"possessedPlace":  true, // entities: ة in the list's written name
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

// TestTrimConjLists: trimConj takes و or ف off any word of three letters
// or more, though either may be the word's own first letter (فخامته،
// والد، فندق، فيما، وسط). A list word that begins with one of them, read
// only after trimConj, matches only behind a second و/ف: والد read الد,
// فندق ندق. Such a word must be looked up whole too (isX(w) ||
// isX(trimConj(w)), as the callers here do) or handled by its case.
func TestTrimConjLists(t *testing.T) {
	handled := map[string]bool{ // a case of its own reads the word whole
		"فصايل": true, // unnamedForce: case صايل checks the word
		"وان":   true, // isBareComplementizer: و + ان, and ان is listed
	}
	fs := token.NewFileSet()
	parsed := parseSources(t, fs, "events*.go")
	lists := map[string][]string{} // func f(w string) bool { switch w { … } }: its words
	for _, af := range parsed {
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || len(fd.Body.List) == 0 || len(fd.Type.Params.List) != 1 {
				continue
			}
			sw, ok := fd.Body.List[0].(*ast.SwitchStmt)
			if !ok || len(fd.Type.Params.List[0].Names) == 0 {
				continue
			}
			if !isParam(sw.Tag, fd.Type.Params.List[0].Names[0].Name) {
				continue
			}
			for _, c := range sw.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					lists[fd.Name.Name] = append(lists[fd.Name.Name], stringLits(e)...)
				}
			}
		}
	}
	require.NotEmpty(t, lists)
	ownLetter := func(s string) bool {
		return (strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف")) && utf8.RuneCountInString(s) >= 3 && !handled[s]
	}
	for _, af := range parsed {
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			trimmed := map[string]bool{} // variables that hold a trimConj result
			var isTrimmed func(e ast.Expr) bool
			isTrimmed = func(e ast.Expr) bool {
				switch e := e.(type) {
				case *ast.CallExpr:
					if id, ok := e.Fun.(*ast.Ident); ok && (id.Name == "trimConj" || id.Name == "trimPrep") {
						return true
					}
					if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "TrimPrefix" && len(e.Args) > 0 {
						return isTrimmed(e.Args[0])
					}
				case *ast.Ident:
					return trimmed[e.Name]
				}
				return false
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for i, r := range as.Rhs {
						if id, ok := as.Lhs[min(i, len(as.Lhs)-1)].(*ast.Ident); ok && isTrimmed(r) {
							trimmed[id.Name] = true
						}
					}
				}
				return true
			})
			whole := map[string]bool{} // list functions this function also calls on an untrimmed word
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok && len(c.Args) > 0 && !isTrimmed(c.Args[0]) {
					if id, ok := c.Fun.(*ast.Ident); ok {
						whole[id.Name] = true
					}
				}
				return true
			})
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SwitchStmt:
					if n.Tag == nil || !isTrimmed(n.Tag) {
						return true
					}
					for _, c := range n.Body.List {
						for _, e := range c.(*ast.CaseClause).List {
							for _, s := range stringLits(e) {
								assert.False(t, ownLetter(s), "%s: case %q of a switch on a word without its conjunction", fs.Position(e.Pos()), s)
							}
						}
					}
				case *ast.CallExpr:
					id, ok := n.Fun.(*ast.Ident)
					if !ok || len(n.Args) == 0 || !isTrimmed(n.Args[0]) || whole[id.Name] {
						return true
					}
					words := lists[id.Name]
					if id.Name == "isAnyWord" || id.Name == "isAny" {
						words = nil
						for _, a := range n.Args[1:] {
							words = append(words, stringLits(a)...)
						}
					}
					for _, s := range words {
						assert.False(t, ownLetter(s), "%s: %s(a word without its conjunction) lists %q", fs.Position(n.Pos()), id.Name, s)
					}
				}
				return true
			})
		}
	}
}

// parseSources parses the Go files, tests left out, that the patterns
// match.
func parseSources(t *testing.T, fs *token.FileSet, patterns ...string) []*ast.File {
	t.Helper()
	var out []*ast.File
	for _, pat := range patterns {
		files, err := filepath.Glob(pat)
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(fs, f, nil, 0)
			require.NoError(t, err)
			out = append(out, af)
		}
	}
	require.NotEmpty(t, out, "no Go files match %q", patterns)
	return out
}

// stringLits returns the string literals in n.
func stringLits(n ast.Node) []string {
	var out []string
	ast.Inspect(n, func(x ast.Node) bool {
		if bl, ok := x.(*ast.BasicLit); ok && bl.Kind == token.STRING {
			if s, err := strconv.Unquote(bl.Value); err == nil {
				out = append(out, s)
			}
		}
		return true
	})
	return out
}

// isParam reports whether e is the parameter name, alone or with a prefix
// trimmed (strings.TrimPrefix(w, "ال"): a switch on it lists the words
// the parameter is).
func isParam(e ast.Expr, name string) bool {
	if c, ok := e.(*ast.CallExpr); ok {
		if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "TrimPrefix" && len(c.Args) == 2 {
			e = c.Args[0]
		}
	}
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// TestLemmaListsInLexicon: a trigger's Lemma is a word of the lexicon
// (events/data/triggers.txt) as written there, not folded (أدان، غارة).
// Every word the code compares with a Lemma (tr.Lemma == "…", and the
// lists of the functions that take one) must be such a word, or it never
// matches: a folded spelling (غاره) or a verb the lexicon lacks.
func TestLemmaListsInLexicon(t *testing.T) {
	data, err := os.ReadFile("events/data/triggers.txt")
	require.NoError(t, err)
	lemmas := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") || strings.HasPrefix(f[0], "@") {
			continue
		}
		for _, w := range f[1:] {
			if strings.ContainsAny(w[:1], "+!^") {
				break
			}
			lemmas[w] = true
		}
	}
	require.Greater(t, len(lemmas), 300)
	lemmaFuncs := map[string]bool{"isJudgingVerb": true, "isSignLemma": true, "isSendLemma": true, "isDiscussLemma": true, "attackKind": true, "sameAttackKind": true}
	files, err := filepath.Glob("events*.go")
	require.NoError(t, err)
	fs := token.NewFileSet()
	checked := 0
	check := func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			bl, ok := x.(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(bl.Value)
			if err != nil || !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
				return true
			}
			checked++
			assert.True(t, lemmas[s], "%s: %q is compared with a lemma but is none of the lexicon's", fs.Position(bl.Pos()), s)
			return true
		})
	}
	isLemma := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Lemma"
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fs, f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(af, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if lemmaFuncs[n.Name.Name] && n.Body != nil {
					check(n.Body)
					return false
				}
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					if isLemma(n.X) {
						check(n.Y)
					} else if isLemma(n.Y) {
						check(n.X)
					}
				}
			}
			return true
		})
	}
	assert.Greater(t, checked, 30, "the lemma literals checked")
}

// TestBareLists: the events package's context checks take و off a word
// as a conjunction (bare, trimWaw) before they compare it, so a word of
// their lists that begins with و as its own letter (وزارة، وباء، وقت)
// never matches there. Such a word is compared whole too (bareOr), or
// the list holds it with a second و. Every literal compared with a word
// so trimmed — in isAny or hasAnyPrefix, a switch, or the body of a
// function called on it — must not begin with و.
func TestBareLists(t *testing.T) {
	fs := token.NewFileSet()
	parsed := parseSources(t, fs, "events/*.go")
	funcs := map[string]*ast.FuncDecl{}
	lists := map[string][]string{} // package-level []string vars
	for _, af := range parsed {
		for _, d := range af.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					funcs[d.Name.Name] = d
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok {
						for i, id := range vs.Names {
							if i < len(vs.Values) {
								lists[id.Name] = stringLits(vs.Values[i])
							}
						}
					}
				}
			}
		}
	}
	require.NotEmpty(t, funcs["bare"])
	ownWaw := func(s string, prefix bool) bool {
		return strings.HasPrefix(s, "و") && (prefix || utf8.RuneCountInString(s) >= 3)
	}
	checked := 0
	for _, af := range parsed {
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Name.Name == "bare" || fd.Name.Name == "trimWaw" {
				continue
			}
			trimmed := map[any]bool{} // the variables (their objects) that hold a trimmed word
			key := func(id *ast.Ident) any {
				if id.Obj != nil {
					return id.Obj
				}
				return id.Name
			}
			isTrimmed := func(e ast.Expr) bool {
				switch e := e.(type) {
				case *ast.CallExpr:
					id, ok := e.Fun.(*ast.Ident)
					return ok && (id.Name == "bare" || id.Name == "trimWaw")
				case *ast.Ident:
					return trimmed[key(e)]
				}
				return false
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for i, r := range as.Rhs {
						if id, ok := as.Lhs[min(i, len(as.Lhs)-1)].(*ast.Ident); ok && isTrimmed(r) {
							trimmed[key(id)] = true
						}
					}
				}
				return true
			})
			flag := func(pos token.Pos, what string, words []string, prefix bool) {
				for _, s := range words {
					checked++
					assert.False(t, ownWaw(s, prefix), "%s: %s compares %q with a word bare or trimWaw took و off", fs.Position(pos), what, s)
				}
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SwitchStmt:
					if n.Tag != nil && isTrimmed(n.Tag) {
						for _, c := range n.Body.List {
							for _, e := range c.(*ast.CaseClause).List {
								flag(e.Pos(), "a switch", stringLits(e), false)
							}
						}
					}
				case *ast.CallExpr:
					id, ok := n.Fun.(*ast.Ident)
					if !ok || len(n.Args) == 0 || !isTrimmed(n.Args[0]) {
						return true
					}
					switch {
					case id.Name == "isAny" || id.Name == "hasAnyPrefix":
						for _, a := range n.Args[1:] {
							words := stringLits(a)
							if v, ok := a.(*ast.Ident); ok {
								words = lists[v.Name]
							}
							flag(n.Pos(), id.Name, words, id.Name == "hasAnyPrefix")
						}
					case funcs[id.Name] != nil && id.Name != "bare" && id.Name != "trimWaw" && id.Name != "bareOr":
						flag(n.Pos(), id.Name, stringLits(funcs[id.Name].Body), true)
					}
				}
				return true
			})
		}
	}
	assert.Greater(t, checked, 300, "the literals checked")
}
