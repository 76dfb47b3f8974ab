package entities

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	gz "github.com/nabanlp/naba/entities/gazetteer"
	"github.com/nabanlp/naba/entities/tagger"
	"github.com/nabanlp/naba/internal/wordtab"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/wordfreq"
)

// Token flags.
const (
	fWord         uint64 = 1 << iota // an Arabic or Latin word
	fArabic                          // an Arabic word
	fPunct                           // punctuation
	fStop                            // a stop word (as written or without proclitics)
	fCommon                          // a common noun or adjective, not a person name part
	fNat                             // a nationality adjective
	fDef                             // its stem begins with the article ال
	fPro                             // it carries a proclitic that may be stripped
	fVerbLike                        // an unknown word shaped like an imperfect verb (يـ/تـ)
	fOpenQ                           // an opening quote
	fCloseQ                          // a closing quote
	fNumber                          // a number
	fLam                             // its (strippable) proclitic ends with ل
	fWaw                             // its (strippable) proclitic begins with و
	fAlef                            // ل + ال written لل: the stem's article lost its alef
	fAdj                             // a place name used as an adjective (معارضة سورية)
	fOrgHead                         // its stem is a key of orgHeads
	fPlaceHead                       // its stem is a key of placeHeads
	fKunya                           // its stem is one of kunyas
	fPeer                            // its stem is نظيره or a form of it (isPeer)
	fStateBody                       // its stem may begin a stateBodyPattern (isStateBody)
	fBareHead                        // its stem is a bare head or portfolio that may refer back (isBareHead)
	fParen                           // an opening bracket "(" (glosses)
	fHerTitle                        // its stem is a title word with the pronoun ها (رئيسها: see herTitle)
	fArticleTitle                    // its stem is a title the lists write with the article only (مدرب: see articleTitle)
	fWawPlace                        // it begins with و and the rest is a place of data/cities.txt or capitals.txt (see wawPlace)
	fFeatureHead                     // its stem is one of featureHeads (see featurePattern)
	fBelonging                       // its stem is التابعة or التابع (see subordinatePlaces)
	fMilitia                         // its stem, or the word without a proclitic, is one of militiaHeads (see militiaName)
	fResistance                      // its stem is المقاومة (see resistancePattern)
	fOfficial                        // its stem is المسؤول or المسؤولة, a stop word that may open a placed title (see officialTitle)
	fIdiom                           // its stem, or the word without a proclitic, is حسن or سوء, أودى or one of verbGivenNames (see fixedIdioms)
	fLamLam                          // ل + ال + a word that begins with ل, written لل (للجنة: ل + اللجنة; see lamArticle)
	fAffiliated                      // its stem is one of affiliatedWords (see affiliatedGroups)
	fStorm                           // its stem is one of stormHeads (see stormNames)
	fCommand                         // its stem is one of commandHeads (see commandPattern)
	fCommune                         // its stem is one of communeHeads (see communePlace)
	fStyle                           // the word is one of addressStyles (سعادة، معالي), with no proclitic
	fStateHead                       // its stem is one of stateHeads (جمهورية، مملكة: see stateNamed)
	fQualBody                        // its stem is a key of qualifiedBodies (حكومة، قوى: see qualifiedBody)
)

// The kind sets of the lookups, constants (gz.SetOf loops over its
// arguments at every call).
const (
	setGiven           = gz.KindSet(1) << gz.GivenName
	setGivenOrParticle = setGiven | gz.KindSet(1)<<gz.NameParticle
	setNationality     = gz.KindSet(1) << gz.Nationality
	setOrg             = gz.KindSet(1) << gz.Org
	setPerson          = gz.KindSet(1) << gz.Person
	setFamily          = gz.KindSet(1) << gz.FamilyName
	setPlace           = gz.KindSet(1) << gz.Place
	setPlaceOrOrg      = setPlace | setOrg
	setTitle           = gz.KindSet(1) << gz.Title
	setTitleOrHead     = setTitle | gz.KindSet(1)<<gz.OrgHead | gz.KindSet(1)<<gz.PlaceHead
)

// A cand is a candidate mention.
type cand struct {
	label       Label
	first, last int    // tokens [first, last)
	normStart   int    // offset in Norm where the mention starts (past proclitics)
	normEnd     int    // offset in Norm where it ends
	canon       string // gazetteer canonical name, or ""
	weak        bool   // a weak gazetteer entry: needs support to stay
	source      Source
	dropped     bool
	alias       string // a longer form of the same name (بلدة دوما), or ""
	nameEnd     int    // when > 0, the name ends here, before an acronym in brackets
	acronym     string // that acronym (سانا)
}

// A roleLink ties a person candidate to its title and organization.
type roleLink struct {
	title string // as written, without proclitics
	key   string // folded title
	qual  string // the title with its modifiers and nationality, as written: الرئيس السوري
	// phrase is the title with its organization and what follows up to
	// the name, as written (المبعوث الخاص للأمم المتحدة إلى سورية), or "".
	phrase string
	nat    string // the folded nationality adjective after the title, or ""
	person int    // cand index
	org    int    // cand index or -1
}

// A styledName is a person's name read after a style that no list
// writes it with (الأمير محمد بن سلمان, see styleBeforeListed).
type styledName struct {
	cand int    // the name's cand index
	head string // the style's head: امير (see titleHead)
}

// A nestedName is a listed organization inside a longer name (الائتلاف
// الوطني السوري in الدائرة الإعلامية للائتلاف الوطني السوري): an alias of
// that organization when the document names it.
type nestedName struct {
	normStart, normEnd int
	canon              string
}

// A titleRef is a title used without a name (الأمين العام alone): it may
// refer back to a person with that role.
type titleRef struct {
	text string // title (and nationality or organization) as written
	key  string // folded title
	nat  string // folded nationality adjective, or ""
	org  int    // cand index or -1
	gone bool   // part of a person's title after all (see resolveConstructs)
}

// A constructRole is a role read from a title in construct with another
// (مستشار الرئيس الأمريكي جون بولتون) that nothing after the inner
// title decides: d.roles[role] holds the inner title's reading, compound
// the outer's, and resolveConstructs picks one.
type constructRole struct {
	role     int      // index in d.roles
	ref      int      // index in d.refs of the outer title read alone, or -1
	compound roleLink // the role when the name is the outer title's
}

// An awaitingName is a title read without a name (no list or rule
// named one after it) right before token at: the role of the person the
// tagger finds starting there (الرئيس التنفيذي لطيران الإمارات تيم
// كلارك), and the reference the title stays otherwise.
type awaitingName struct {
	at, ref int
	role    roleLink
}

// doc is the working state of one Recognize call; docs are pooled.
type doc struct {
	r      *Recognizer
	t      *normalize.Text
	scan   gz.Scan
	n      int
	word   []string // Search-folded token
	stem   []string // Search-folded token without proclitics (== word when none)
	stemAt []int32  // offset in Norm where the stem begins (Norm is under 2 GiB: normalize.Map)
	flags  []uint64
	// allFlags is the flags of every token or'ed, as reset set them:
	// a rule whose word the text lacks need not look for it.
	allFlags uint64
	segEnd   []int32 // a phrase starting at token i ends at or before segEnd[i]
	cb       []int16 // token stem frequencies in centibels, 0 until computed
	cover    []int32
	cands    []cand
	// headCands indexes the first headCandsN cands by the stem of their
	// first word, on a long text (beginsBodyNamedBefore).
	headCands  map[string][]int32
	headCandsN int
	// fullNames is yieldListedSurnames' list, kept for its memory.
	fullNames []fullName
	roles     []roleLink
	refs      []titleRef
	// constructs are the roles whose name may be either title's.
	constructs []constructRole
	// awaiting are the title-only references right before a word the
	// tagger may read as a name (see linkTaggedNames).
	awaiting []awaitingName
	nested   []nestedName
	// extended are the listed persons' names extended over a family
	// name (see familyNameAfter and yieldListedPrefixes).
	extended []int
	// styled are the listed persons' names read after a style that is
	// no office (see styleBeforeListed).
	styled []styledName
	tags   []tagger.Tag
	// tagger, if set, is the session that tags the texts of this doc.
	tagger *tagger.Session
	// words[k] is what reset computed for the token text that scan
	// keeps as number k (gazetteer.Scan.Word), for the rest of the text
	// and the texts after it, while scan has forgotten its words
	// forgets times and the Recognizer is memoOf.
	words   []docWord
	forgets uint64
	memoOf  *Recognizer
	scratch docWord // a word not kept
	// folds holds what fold computed for the text; reset empties it,
	// so that it keeps no text alive after it. (wordtab Tables, not
	// maps: group asks fold and foldCanon some 6,000 times a pass over
	// the news corpus, and a map's lookup cost half as much again.)
	folds wordtab.Table[string]
	// variants holds what variant computed for the text, emptied by
	// reset like folds.
	variants map[string]string
	// lastNames and variantPlaces are extendSurnames' and
	// addVariantAliases' maps, emptied by reset like folds: made anew for
	// each text, they were a tenth of the entity rules' allocations.
	lastNames, variantPlaces map[string]int
	// canonFolds holds what foldCanon computed, for this text and the
	// next (gazetteer strings, never the text's).
	canonFolds wordtab.Table[string]
	// headRefs is addHeadRefs' scratch: the tokens that may refer back
	// to an organization.
	headRefs []int
	// strong is resolveWeak's: the labels of the strong names by
	// canonical name (gazetteer strings, never the text's).
	strong wordtab.Table[uint8]
	// intro is resolveWeak's index of the strong organizations,
	// emptied before it returns (its memory stays).
	intro orgIntros
	// stripKeys is stripTaggedClitics' scratch: the keys of the names
	// kept, emptied before it returns (its memory stays).
	stripKeys wordtab.Table[bool]
	// keyBuf and keyEnds are candKeys' scratch (and joinSplitNames'
	// for the key it looks up).
	keyBuf  []byte
	keyEnds []int
	// phraseA and phraseB are samePhrase's scratch.
	phraseA, phraseB []byte
	// titles holds what title computed, for this text and the next.
	titles map[string][2]string
	// textTeh says whether the text writes the letter ة anywhere: 0
	// not yet read, 1 it does, -1 it writes none (possessedPlace).
	textTeh int8
	grouping
}

func (d *doc) reset(r *Recognizer, t *normalize.Text) {
	d.r, d.t = r, t
	d.n = len(t.Tokens)
	d.scan.Remember()
	d.scan.Reset(r.g, t)
	d.word = resize(d.word, d.n)
	d.stem = resize(d.stem, d.n)
	d.stemAt = resize(d.stemAt, d.n)
	d.flags = resize(d.flags, d.n)
	d.segEnd = resize(d.segEnd, d.n)
	d.cover = resize(d.cover, d.n)
	clear(d.cover)
	d.cb = resize(d.cb, d.n)
	clear(d.cb)
	d.cands = d.cands[:0]
	clear(d.headCands)
	d.headCandsN = 0
	if d.n > 1<<14 {
		// A candidate every 10 to 30 tokens in news: room for one every
		// 8 in a long text (16,384 tokens, some 150 KB, and more), made
		// at once (its candidates grew a quarter at a time, four times
		// their size in garbage).
		d.cands = slices.Grow(d.cands, d.n/8)
	}
	d.roles = d.roles[:0]
	d.refs = d.refs[:0]
	d.constructs = d.constructs[:0]
	d.awaiting = d.awaiting[:0]
	d.nested = d.nested[:0]
	d.extended = d.extended[:0]
	d.styled = d.styled[:0]
	d.textTeh = 0
	d.folds.Clear()
	clear(d.variants)
	clear(d.lastNames)
	clear(d.variantPlaces)
	nums, forgets := d.scan.Words()
	if forgets != d.forgets || d.memoOf != r {
		clear(d.words) // drop the strings
		d.words = d.words[:0]
		d.forgets, d.memoOf = forgets, r
	}
	// Sliced to the tokens' length: the loop needs no bounds checks.
	toks := t.Tokens
	if len(nums) != len(toks) {
		nums = nil // a Scan that remembers nothing (never the doc's)
	}
	word, stem, stemAt, flags := d.word[:len(toks)], d.stem[:len(toks)], d.stemAt[:len(toks)], d.flags[:len(toks)]
	// Segments: a phrase never crosses a line break, a sentence end or
	// two words written together (a repaired glued headline). The loop
	// marks the tokens a segment ends after with -1, then segEnd is
	// filled from the end.
	segEnd := d.segEnd[:len(toks)]
	clear(segEnd)
	norm := t.Norm
	words := d.words
	prevEnd := 0
	var all uint64 // the flags of every token, or'ed
	// The tokens come in order: endsWithYeh maps their spans through a
	// cursor, without a search each.
	spans := t.Cursor()
	for i, tok := range toks {
		var w *docWord
		k := int32(-1)
		if nums != nil {
			k = nums[i]
		}
		if uint(k) < uint(len(words)) && words[k].kept && words[k].kind == tok.Kind {
			w = &words[k]
		} else {
			w = d.keyWord(i, tok, norm[tok.Start:tok.End], k)
			words = d.words // keyWord may have grown it
		}
		word[i], stem[i], stemAt[i] = w.word, w.stem, int32(tok.Start+w.stemOff)
		f := w.flags
		if w.yeh && !d.endsWithYeh(&spans, tok) {
			f |= fStop // علي folds from على "on"; written with ي it is the name
		}
		flags[i] = f
		all |= f
		// One space between, the usual gap, breaks nothing.
		if i > 0 && (tok.Start-prevEnd != 1 || norm[prevEnd] != ' ') && breakBetween(norm, toks[i-1], tok) {
			segEnd[i-1] = -1
		}
		prevEnd = tok.End
	}
	d.allFlags = all
	for _, s := range t.Sentences {
		if s.Last > 0 && s.Last <= len(segEnd) {
			segEnd[s.Last-1] = -1
		}
	}
	next := len(segEnd) // the segment of the last token ends with the text
	for i := len(segEnd) - 1; i >= 0; i-- {
		if segEnd[i] == -1 {
			next = i + 1
		}
		segEnd[i] = int32(next)
	}
}

// breakBetween reports whether a phrase may not go on from token prev to
// the next token cur of the text norm: a line break between them, or two
// Arabic words written together.
func breakBetween(norm string, prev, cur normalize.Token) bool {
	if prev.End == cur.Start && prev.Kind == normalize.ArabicWord && cur.Kind == normalize.ArabicWord {
		return true
	}
	return lineBreak(norm[prev.End:cur.Start])
}

// lineBreak reports whether s holds a line break: strings.ContainsAny(s,
// "\n\r\u2028\u2029") byte by byte, without decoding s (the bytes of
// these characters mean nothing else in UTF-8, valid or not).
func lineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r':
			return true
		case 0xE2: // U+2028, U+2029: E2 80 A8, E2 80 A9
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

// A docWord is what reset computes for one token text: a function of the
// text and the token's kind alone (see keyWord).
type docWord struct {
	kept       bool // an entry of doc.words
	kind       normalize.Kind
	word, stem string
	stemOff    int // stemAt - the token's start
	flags      uint64
	// yeh marks a stop word that is no stop word when its source ends
	// with ي (علي, the name, folds like على "on"); fStop is not set.
	yeh bool
}

// keyWord computes the docWord of token i, whose text (in Norm) is raw:
// kept in d.words[k] (with its strings copied) when k ≥ 0 is the number
// d.scan keeps the text under and that entry is free, else in a scratch
// entry. d.scan must be reset to the text.
func (d *doc) keyWord(i int, tok normalize.Token, raw string, k int32) *docWord {
	w := d.r.words
	word := searchNorm.String(raw)
	dw := docWord{kind: tok.Kind, word: word, stem: word}
	var f uint64
	if word == "(" {
		f |= fParen
	}
	switch tok.Kind {
	case normalize.ArabicWord:
		f |= fWord | fArabic
	case normalize.LatinWord:
		f |= fWord
	case normalize.Punct:
		f |= fPunct
		switch word {
		case `"`:
			f |= fOpenQ | fCloseQ // Search folds “ and ” to "
		case "«", "“", "„", "(", "[":
			f |= fOpenQ
		case "»", "”", ")", "]":
			f |= fCloseQ
		}
	case normalize.Number:
		f |= fNumber
	}
	if tok.Kind == normalize.ArabicWord {
		var sp normalize.Split
		if gz.MayHaveProclitic(word) {
			var ok bool
			if sp, ok = d.scan.Split(i); !ok {
				sp = normalize.SplitClitics(word)
			}
		}
		if rest, ok := strings.CutPrefix(sp.Stem, "ب"); ok && utf8.RuneCountInString(rest) == 2 {
			if _, head := placeHeads[rest]; head {
				// بحي الزمالك: the clitic split keeps stems of three
				// letters or more, so a place head of two letters (حي)
				// after ب is split here.
				sp.Proclitic += "ب"
				sp.Start += len("ب")
				sp.Stem = rest
			}
		}
		if sp.Start > 0 && sp.Start < len(word) && sp.Article && !strings.HasPrefix(word[sp.Start:], "ال") {
			f |= fAlef
			if rest := word[sp.Start:]; strings.HasPrefix(rest, "ل") && lamArticle(sp.Stem, "ال"+rest) {
				sp.Stem = "ال" + rest
				f |= fLamLam
			}
		}
		if militiaHeads.has(word) || sp.Start > 0 && militiaHeads.has(sp.Stem) {
			f |= fMilitia
		}
		if word == "حسن" || word == "سوء" || sp.Start > 0 && (sp.Stem == "حسن" || sp.Stem == "سوء" || tookLife.has(sp.Stem)) || tookLife.has(word) ||
			verbGivenNames.has(word) || sp.Start > 0 && verbGivenNames.has(sp.Stem) {
			f |= fIdiom
		}
		if sp.Start > 0 && sp.Start < len(word) && (strippable(sp) && !d.scan.Listed(i) || isHead(sp.Stem) || lamName(sp)) {
			dw.stem = sp.Stem + word[sp.End:]
			f |= fPro
			if strings.HasSuffix(sp.Proclitic, "ل") {
				f |= fLam
			}
			if strings.HasPrefix(sp.Proclitic, "و") {
				f |= fWaw
			}
			if raw == word {
				dw.stemOff = sp.Start
			} else {
				dw.stemOff = byteOfRune(raw, utf8.RuneCountInString(word[:sp.Start]))
			}
		}
		st := dw.stem
		if w.stop[word] || w.stop[st] {
			if st == "علي" {
				dw.yeh = true
			} else {
				f |= fStop
			}
		}
		if w.common[word] || w.common[st] {
			f |= fCommon
		}
		if strings.HasPrefix(st, "ال") && utf8.RuneCountInString(st) >= 4 && d.hamzaLam(tok.Start+dw.stemOff, tok.End) != 'أ' {
			f |= fDef
		}
		// A nationality adjective, from the gazetteer.
		if m, ok := d.scan.Longest(i, i+1, setNationality); ok && m.End == i+1 {
			if others, _ := d.scan.Longest(i, i+1, gz.NameKinds); others.End != i+1 || others.Entry.Weak {
				f |= fNat
			}
		}
		// An unknown word shaped like an imperfect verb: four letters
		// or more. The imperfects of three letters (يرد، تعد، يكن) are
		// of doubled and hollow roots, frequent words the lists know;
		// an unknown word of three is a foreign name (فراس تيت).
		if f&fPro == 0 && (strings.HasPrefix(st, "ي") || strings.HasPrefix(st, "ت")) && utf8.RuneCountInString(st) >= 4 && !d.known(i) {
			f |= fVerbLike
		}
	}
	// The head words of the patterns tried at every token, looked up
	// once per word.
	if _, ok := orgHeads[dw.stem]; ok {
		f |= fOrgHead
	}
	if _, ok := placeHeads[dw.stem]; ok {
		f |= fPlaceHead
	}
	if kunyas.has(dw.stem) {
		f |= fKunya
	}
	if stateHeads.has(dw.stem) {
		f |= fStateHead
	}
	if _, ok := qualifiedBodies[dw.stem]; ok {
		f |= fQualBody
	}
	if _, ok := featureHeads[dw.stem]; ok {
		f |= fFeatureHead
	}
	if dw.stem == "التابعه" || dw.stem == "التابع" {
		f |= fBelonging
	}
	if dw.stem == "المقاومه" {
		f |= fResistance
	}
	if addressStyles.has(word) {
		f |= fStyle
	}
	if communeHeads.has(dw.stem) {
		f |= fCommune
	}
	if commandHeads.has(dw.stem) {
		f |= fCommand
	}
	if affiliatedWords.has(dw.stem) {
		f |= fAffiliated
	}
	if stormHeads.has(dw.stem) {
		f |= fStorm
	}
	if dw.stem == "المسوول" || dw.stem == "المسووله" {
		f |= fOfficial
	}
	if isPeer(dw.stem) {
		f |= fPeer
	}
	if isStateBody(dw.stem) {
		f |= fStateBody
	}
	if isBareHead(dw.stem) {
		f |= fBareHead
	}
	if b, ok := strings.CutSuffix(dw.stem, "ها"); ok && herTitleWords.has(b) {
		f |= fHerTitle
	}
	if articleTitles.has(dw.stem) || bodyTitles.has(dw.stem) {
		f |= fArticleTitle
	}
	if rest, ok := strings.CutPrefix(word, "و"); ok && tok.Kind == normalize.ArabicWord {
		if _, ok := PlaceCountry(rest); ok {
			f |= fWawPlace
		}
	}
	dw.flags = f
	if k < 0 || int(k) < len(d.words) && d.words[k].kept {
		d.scratch = dw
		return &d.scratch
	}
	for int(k) >= len(d.words) {
		d.words = append(d.words, docWord{})
	}
	dw.kept = true
	dw.word = strings.Clone(dw.word)
	if dw.stem == word {
		dw.stem = dw.word
	} else {
		dw.stem = strings.Clone(dw.stem)
	}
	d.words[k] = dw
	return &d.words[k]
}

// isHead reports whether the folded stem is a head word of the rules, which
// may lose any proclitic: لولاية، بمدينة، لوزارة، بكوم حمادة (a named
// feature head).
func isHead(stem string) bool {
	_, org := orgHeads[stem]
	_, place := placeHeads[stem]
	return org || place || kunyas.has(stem) || featureHeads[stem].named || communeHeads.has(stem)
}

// endsWithYeh reports whether the token's source text ends with ي (and
// not ى).
func (d *doc) endsWithYeh(spans *normalize.SpanCursor, tok normalize.Token) bool {
	s, e := spans.SourceSpan(tok.Start, tok.End)
	return strings.HasSuffix(trimMarks(d.t.Source[s:e]), "ي")
}

// lamName reports whether the split is the preposition ل before a listed
// name that begins with ل (لليبيا: ل + ليبيا, as gz.Scan.Split gives it):
// the list vouches for the name, so the preposition comes off. The
// gazetteer match already starts after it; what lamName adds is the
// proclitic flag (fPro), which the rules that read a bare word differently
// need: a listed place right after a number word is a counted noun only
// without a proclitic (قتل أربعة مدنين), so أرسلت عشرين لليبيا keeps Libya.
func lamName(sp normalize.Split) bool {
	return !sp.Article && strings.HasSuffix(sp.Proclitic, "ل") && strings.HasPrefix(sp.Stem, "ل")
}

// strippable reports whether a proclitic split is safe to use for names:
// a conjunction (و، ف) may go before anything; a preposition (ب، ل، ك)
// only before the article, where it cannot be the first letter of a name.
func strippable(sp normalize.Split) bool {
	p := sp.Proclitic
	if p == "" {
		return false
	}
	if strings.HasPrefix(p, "و") || strings.HasPrefix(p, "ف") {
		if len(p) == len("و") {
			return true
		}
	}
	return sp.Article
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func byteOfRune(s string, r int) int {
	n := 0
	for i, c := range s {
		if c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 {
			continue
		}
		if n == r {
			return i
		}
		n++
	}
	return len(s)
}

// known reports whether token i starts any gazetteer phrase.
func (d *doc) known(i int) bool {
	_, ok := d.scan.Longest(i, i+1, gz.AllKinds)
	return ok
}

// start returns the Norm offset where a mention beginning at token i
// starts: past the proclitics when the token carries strippable ones.
func (d *doc) start(i int) int {
	if d.flags[i]&fPro != 0 {
		return int(d.stemAt[i])
	}
	return d.t.Tokens[i].Start
}

func (d *doc) has(i int, f uint64) bool {
	// len(d.flags) is d.n; one unsigned test checks both ends and
	// spares the bounds check.
	return uint(i) < uint(len(d.flags)) && d.flags[i]&f != 0
}

// lookup returns the longest gazetteer phrase of the kinds at token i.
func (d *doc) lookup(i, end int, kinds gz.KindSet) (gz.Match, bool) {
	if !d.scan.May(i, kinds) {
		return gz.Match{}, false // most tokens start no phrase of the kinds
	}
	return d.scan.Longest(i, min(end, int(d.segEnd[i])), kinds)
}

// givenName returns the end of the given name starting at token i, and
// whether it is strong. A name spelled with final ي does not match a
// word spelled with ى (علي is a name, على a preposition), and the other
// way round.
func (d *doc) givenName(i int) (end int, strong, ok bool) {
	m, ok := d.givenMatch(i)
	if !ok {
		return 0, false, false
	}
	return m.End, !m.Entry.Weak, true
}

// givenMatch is givenName's gazetteer match.
func (d *doc) givenMatch(i int) (gz.Match, bool) {
	if !d.has(i, fWord) || d.has(i, fStop) && !d.monthGiven(i) || d.flags[i]&(fIdiom|fCommon) == fIdiom|fCommon {
		return gz.Match{}, false // a stop word; حسن of لحسن الحظ (fixedIdioms)
	}
	if !d.scan.May(i, setGiven) {
		return gz.Match{}, false // the usual answer, without a call
	}
	m, ok := d.lookup(i, d.n, setGiven)
	if !ok {
		return gz.Match{}, false
	}
	last := d.t.Tokens[m.End-1]
	s, e := d.t.SourceSpan(last.Start, last.End)
	src := d.t.Source[s:e]
	if strings.HasSuffix(m.Entry.Name, "ى") != strings.HasSuffix(trimMarks(src), "ى") {
		return gz.Match{}, false
	}
	if m.End == i+1 && strings.ContainsAny(m.Entry.Name, "ؤئ") && !strings.ContainsAny(src, "ؤئ") && d.centibels(i) >= titleCB {
		// وروى عمر: the frequent word (روى "told") that the name
		// رؤى folds into, written without the name's hamza.
		return gz.Match{}, false
	}
	return m, true
}

// monthGiven reports whether token i, a month's name that is also a
// given name (رمضان، رجب، شعبان: stop words as months), is the given
// name: right after a title of one word and before a rare word no list
// holds, the family name (العميد رمضان زيراهي; not في شهر رمضان، رمضان
// الماضي، رمضان 1438).
//
// A word of the time of day that is also a given name (صباح "morning")
// is one the same way, and before a definite family name too (رئيس
// المجلس صباح البزوني; not صباح الخميس، صباح اليوم: the days and their
// parts are stop words), after a title that ends right before it, of
// one to three words, or a title and the definite head of a body (رئيس
// المجلس).
func (d *doc) monthGiven(i int) bool {
	if i == 0 || i+1 >= int(d.segEnd[i]) || d.has(i, fPro) {
		return false
	}
	day := dayGivenNames.has(d.word[i])
	if !day && !monthGivenNames.has(d.word[i]) {
		return false
	}
	k := i + 1
	def := fDef
	if day {
		def = 0
		if d.dayGivenInName(i, k) {
			return true
		}
	}
	if !d.has(k, fArabic) || d.has(k, fPro|def|fStop|fCommon|fNat|fVerbLike|fNumber) || timeWords.has(d.stem[k]) {
		return false
	}
	if day && d.known(k) && !d.startsName(k) {
		if _, ok := d.lookup(k, k+1, setFamily); !ok {
			return false
		}
	} else if d.known(k) || d.centibels(k) >= partCB {
		return false // (a listed family name after صباح: صباح الساعدي)
	}
	if _, ok := d.lookup(i-1, i, setTitle); ok {
		return true
	}
	if !day {
		return false
	}
	for f := i - 3; f < i-1; f++ {
		if f < 0 || int(d.segEnd[f]) <= i {
			continue
		}
		if m, ok := d.lookup(f, i, setTitle); ok && m.End == i {
			return true // نائب رئيس المجلس صباح …
		}
	}
	if i >= 2 && int(d.segEnd[i-2]) > i && d.has(i-1, fOrgHead) && d.has(i-1, fDef) {
		m, ok := d.lookup(i-2, i-1, setTitle)
		return ok && m.End == i-1 // رئيس المجلس صباح …
	}
	return false
}

// dayGivenInName reports whether the word of the time of day at token i
// (صباح "morning", a given name too) stands inside a person's name, the
// father's given name: right after a given name or a rare word no list
// holds, both without the article or a proclitic, and before a given
// name or a rare word, the next forebear's or the family's (العميد نؤاس
// صباح شاكر، محمد صباح الجبوري). The morning of a day is told by a stop
// word after it (وصل الوزير صباح الخميس، غادر نتنياهو صباح اليوم), and a
// name the lists hold, a place's or a body's, is no forebear (اشتباكات
// في حلب صباح …).
func (d *doc) dayGivenInName(i, k int) bool {
	p := i - 1
	if int(d.segEnd[p]) <= i || !d.has(p, fArabic) || d.has(p, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) ||
		!d.has(k, fArabic) || d.has(k, fPro|fStop|fCommon|fNat|fVerbLike|fNumber) || timeWords.has(d.stem[k]) {
		return false
	}
	if _, ok := d.givenMatch(p); !ok && (d.known(p) || d.centibels(p) >= titleCB || utf8.RuneCountInString(d.stem[p]) < 3) {
		return false
	}
	if _, ok := d.givenMatch(k); ok {
		return true
	}
	return !d.known(k) && d.centibels(k) < partCB && utf8.RuneCountInString(d.stem[k]) >= 3
}

// particleTagged extends a person the tagger read up to a European
// particle (لويجي دي، دي) over the word after it, which no candidate
// covers: the family name is the particle's and the word's (دي مايو,
// where مايو alone is a month).
func (d *doc) particleTagged() {
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.source != FromTagger || c.label != PER || !nameParticles.has(d.word[c.last-1]) {
			continue
		}
		j := c.last
		if j >= int(d.segEnd[c.last-1]) || d.cover[j] != 0 || !d.has(j, fWord) || d.has(j, fPro) || d.has(j, fStop) && !gregorianMonths.has(d.word[j]) {
			continue
		}
		c.last = j + 1
		c.normEnd = d.t.Tokens[j].End
		d.cover[j] = int32(k + 1)
	}
}

// hamzaLam returns the alef with a hamza, أ or إ, that the source of
// the Norm span [s, e), a word's stem, begins with before ل, else 0: the
// folded stem begins as the article does (ال), but the article's alef
// takes no hamza. أل begins a foreign name (ألباريس، ألفاريز) or a word of
// its own root (ألغام، ألعاب), which keyWord reads as no definite noun
// (fDef); إل or أل a verbal noun or a verb (إلغاء، إلزام، ألقى), which
// ends a body's name (orgPattern) and is no bare head's complement
// (addHeadRefs). keyWord asks it of a word's first token only: the flags
// are kept per folded word, so a name written once with أل and later
// with ال reads as its first spelling does.
func (d *doc) hamzaLam(s, e int) rune {
	a, b := d.t.SourceSpan(s, e)
	src := d.t.Source[a:b]
	r, n := utf8.DecodeRuneInString(src)
	if (r == 'أ' || r == 'إ') && strings.HasPrefix(src[n:], "ل") {
		return r
	}
	return 0
}

// nameParticles are the particles of European family names (دي ميستورا،
// فون دير لاين، فان خال), after which any word is the name's.
var nameParticles = foldedSet("دي", "دا", "دو", "ديل", "فون", "فان")

// gregorianMonths are the months' names of the Gregorian calendar as the
// Egyptian and Gulf press writes them, which foreign family names share.
var gregorianMonths = foldedSet("يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")

var monthGivenNames = foldedSet("رمضان", "رجب", "شعبان")

// dayGivenNames are words of the time of day that are given names too.
var dayGivenNames = foldedSet("صباح")

func trimMarks(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !(r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// nameWord reports whether token i can be part of a person's name by its
// shape: a word that is not a stop word, a common word, a nationality, a
// title or a verb-like unknown.
func (d *doc) nameWord(i int) bool { return d.nameWordUpTo(i, titleCB) }

func (d *doc) nameWordUpTo(i, maxCB int) bool {
	if uint(i) >= uint(len(d.word)) {
		// The word after the last one (a title and a definite adjective
		// ending the text, زيارة الرئيس التاريخية, ask it): none.
		return false
	}
	if i > 0 && d.has(i, fStop) && !d.has(i, fPro) && nameParticles.has(d.word[i-1]) && gregorianMonths.has(d.word[i]) {
		// لويجي دي مايو، خوسيه دي أبريل: after a European particle a
		// month's name is the family name, no date.
		return true
	}
	if nameParticles.has(d.word[i]) && i+1 < int(d.segEnd[i]) && d.has(i+1, fWord) && !d.has(i+1, fPro) && (!d.has(i+1, fStop) || gregorianMonths.has(d.word[i+1])) {
		return true // the particle itself, when a name's word follows it
	}
	if d.has(i, fStop) && !d.has(i, fPro) && dayGivenNames.has(d.word[i]) && i+1 < int(d.segEnd[i]) && d.dayGivenInName(i, i+1) {
		return true // نؤاس صباح شاكر: the father's given name
	}
	if !d.has(i, fWord) || d.has(i, fStop|fCommon|fNat|fVerbLike) {
		return false
	}
	if d.scan.May(i, setTitleOrHead) {
		if _, ok := d.lookup(i, i+1, setTitleOrHead); ok {
			return false
		}
	}
	if d.startsName(i) || kunyas.has(d.stem[i]) || patronymics.has(d.stem[i]) {
		return false
	}
	if d.termWord(i) {
		return false
	}
	if !d.has(i, fDef) && d.centibels(i) > maxCB {
		return false // قيمة، هامش، داخل: frequent words, not unknown names
	}
	if strings.HasPrefix(d.stem[i], "لل") {
		return false // لليبيين: ل + the article, no name's part
	}
	if !d.has(i, fDef) && accusativeParticiple(d.stem[i]) && !d.known(i) {
		return false // وعلق السفير محذرا من التصعيد: how he spoke, not his name
	}
	return utf8.RuneCountInString(d.stem[i]) >= 2
}

// termWord reports whether token i is a count word or the dual of a
// noun of time without the article (عشر، خمس، عامين، شهرين): after a
// name it is the term the person got or spent (حكم على فلان ولد فلان عشر
// سنوات، سجن فلانة عامين), never a part of the name.
func (d *doc) termWord(i int) bool {
	return !d.has(i, fDef) && (countWords.has(d.stem[i]) || durationDuals.has(d.stem[i]))
}

// accusativeParticiple reports the shape of a participle in the
// accusative (محذرا، مقترحا، مطالبا، مستنكرا): م, a consonant, at least
// three more letters, a final alef. Foreign given names of that length
// have a long vowel after the م (ماريا، ميلانيا، مونيكا).
func accusativeParticiple(w string) bool {
	if len(w) < 10 || !strings.HasPrefix(w, "م") || !strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "يا") {
		return false // fewer than five letters (two bytes each), or not م…ا
	}
	second, _ := utf8.DecodeRuneInString(w[len("م"):])
	return second != 'ا' && second != 'ي' && second != 'و'
}

// accusativeCommon reports whether token i is a frequent common noun
// with the alef of the indefinite accusative (بروتوكولا، مشروعا، ميثاقا),
// a word no list holds: the object of a verb, no name of one word.
func (d *doc) accusativeCommon(i int) bool {
	w := d.stem[i]
	if d.has(i, fDef) || !strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "اا") || utf8.RuneCountInString(w) < 5 || d.known(i) {
		return false
	}
	return frequent(strings.TrimSuffix(w, "ا"), titleCB)
}

// unlikelyPart reports whether an unknown word after a given name looks
// like a common word in disguise: a frequent word with the accusative
// alef (متضامنا، بيانا) or with a proclitic on a frequent stem (بلسان).
func (d *doc) unlikelyPart(i int) bool {
	w := d.stem[i]
	if strings.HasSuffix(w, "ا") && (frequent(w, titleCB) || utf8.RuneCountInString(w) >= 6 && !d.known(i) && !d.foreignInAlef(i)) {
		return true // بيانا، متضامنا: the accusative of a common noun
	}
	if gz.MayHaveProclitic(w) {
		if sp := normalize.SplitClitics(w); sp.Start > 0 && frequent(sp.Stem, titleCB) {
			return true
		}
	}
	if !d.known(i) && d.nounWithHeh(i) {
		return true // صوابه "his mind": a common noun and the pronoun ه, written ه and not ة
	}
	return !d.known(i) && possessedNoun(w, d.writtenHeh(i))
}

// prepNoun reports whether token i is the preposition ب and a frequent
// word that is no name (بفتح، بتسيير، بتشكيل): what a person named
// before it was ordered or tasked with (أمر القاضي فلان بفتح تحقيق، كلف
// فلانا بتسيير الأعمال), no part of the name. A listed name or given
// name written with ب (بدر، بشير) is whole and stays.
func (d *doc) prepNoun(i int) bool {
	w := d.word[i]
	if !strings.HasPrefix(w, "ب") || d.has(i, fWaw|fDef) || !gz.MayHaveProclitic(w) {
		return false
	}
	if m, ok := d.scan.Longest(i, i+1, gz.AllKinds); ok && !m.Stripped {
		return false // listed as written
	}
	sp := normalize.SplitClitics(w)
	return sp.Proclitic == "ب" && !sp.Article && frequent(sp.Stem, titleCB)
}

// possessedNoun reports whether the folded word w is a frequent noun
// with a possessive pronoun (ـه، ـها، ـهم، ـهما، ـهن): its ة written ت
// before the pronoun (استقالته، عودتها، حكومتهم: استقالة، عودة، حكومة),
// or, for ها and هم, any frequent noun before it (رئيسها، بلادهم). No
// name part ends so: a name that ends in ته (شحاته) has no frequent noun
// in ة before the ه. heh says the word's last letter is ه as written,
// not ة, which Search folds alike (حماته "his mother-in-law", حماة the
// city).
func possessedNoun(w string, heh bool) bool {
	for _, pro := range possessives {
		b, ok := strings.CutSuffix(w, pro)
		if !ok || pro == "ه" && !heh {
			continue
		}
		if t, ok := strings.CutSuffix(b, "ت"); ok && utf8.RuneCountInString(t) >= 3 && frequent(t+"ه", titleCB) {
			return true // استقالته: استقالة and ه
		}
		if pro != "ه" && utf8.RuneCountInString(b) >= 3 && frequent(b, titleCB) {
			return true // رئيسها، بلادهم
		}
	}
	return false
}

// possessives are the pronoun suffixes of a possessed noun, folded, the
// longer before the shorter.
var possessives = []string{"هما", "هن", "ها", "هم", "ه"}

// birthplace reports whether token i is مسقط before رأس with a pronoun
// or the article (مسقط رأسه، مسقط رأسها، مسقط الرأس): "the place where one
// was born", an idiom, not Muscat.
func (d *doc) birthplace(i int) bool {
	if d.stem[i] != muscatWord || i+1 >= int(d.segEnd[i]) || d.has(i+1, fPro) {
		return false
	}
	w := d.word[i+1]
	return w == headDefWord || strings.HasPrefix(w, headWord) && len(w) > len(headWord)
}

var (
	muscatWord  = searchNorm.String("مسقط")
	headWord    = searchNorm.String("رأس")
	headDefWord = searchNorm.String("الرأس")
)

// possessedPlace reports whether token i, matched to the listed place
// name, is a frequent noun and the pronoun ه instead: the list writes the
// place with ة (حديثة، بعقوبة), the text with ه, and the word without it
// is frequent (حديثه "his talk", from حديث). A text that writes no ة
// at all writes it as ه throughout and keeps its places (قصف في صعده:
// صعد is a word too); so does a place a compass word places (حديثه غرب
// الانبار).
func (d *doc) possessedPlace(i int, name gz.Match) bool {
	if !strings.HasSuffix(name.Entry.Name, "ة") || d.has(i, fDef) || !d.writesTehMarbuta() {
		return false
	}
	if j := i + 1; j < int(d.segEnd[i]) && compassWords.has(d.stem[j]) {
		return false // في حديثه غرب الانبار: a place is placed, a talk is not
	}
	if d.joinedPlace(i) {
		return false // في حديثه والقائم: a talk is not listed with a town
	}
	return d.nounWithHeh(i)
}

// joinedPlace reports whether و joins token i to a listed place right
// after it, in its segment (حديثه والقائم); a weak one too (القائم is
// also "the one in charge"): a talk is not listed with a town.
func (d *doc) joinedPlace(i int) bool {
	j := i + 1
	if j >= int(d.segEnd[i]) || !d.has(j, fWaw) {
		return false
	}
	_, ok := d.lookup(j, d.n, setPlace)
	return ok
}

// nounWithHeh reports whether token i is a frequent noun of three letters
// or more and the pronoun ه, the ه as written (not ة, which Search folds
// to ه): صوابه "his mind", حديثه "his talk".
func (d *doc) nounWithHeh(i int) bool {
	b, ok := strings.CutSuffix(d.stem[i], "ه")
	return ok && utf8.RuneCountInString(b) >= 3 && frequent(b, titleCB) && d.writtenHeh(i)
}

// writesTehMarbuta reports whether the text writes the letter ة
// anywhere, read once a text.
func (d *doc) writesTehMarbuta() bool {
	if d.textTeh == 0 {
		d.textTeh = -1
		if strings.ContainsRune(d.t.Source, 'ة') {
			d.textTeh = 1
		}
	}
	return d.textTeh > 0
}

// writtenHeh reports whether token i ends with the letter ه as written
// (not ة, which Search folds to ه), before any diacritics.
func (d *doc) writtenHeh(i int) bool {
	_, b := d.t.SourceSpan(d.t.Tokens[i].Start, d.t.Tokens[i].End)
	src := d.t.Source[:b]
	for len(src) > 0 {
		r, size := utf8.DecodeLastRuneInString(src)
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
			src = src[:len(src)-size] // a diacritic or tatweel after the letter
			continue
		}
		return r == 'ه'
	}
	return false
}

// namePart is nameWord after a given name or a kunya, where a less
// frequent word may still be a family name (روبرت وود، أبو قتادة).
func (d *doc) namePart(i int) bool { return d.nameWordUpTo(i, partCB) }

// Frequencies (centibels in normalize/wordfreq) above which a word
// without the article is taken for a common word: after a title alone
// about the 20,000 commonest forms are ruled out as names, after a given
// name only about the 3,000 commonest (جونز and رايس are frequent in
// subtitles, and family names).
const (
	titleCB = -555
	partCB  = -465
)

// centibels returns the frequency of token i's stem (see frequent),
// computed once per token; unknown words are rarer than any threshold.
func (d *doc) centibels(i int) int {
	if c := d.cb[i]; c != 0 {
		return int(c)
	}
	c, ok := wordfreq.Centibels(d.stem[i])
	if !ok {
		c = unknownCB
	}
	if c == 0 {
		c = -1 // 0 marks "not computed"
	}
	d.cb[i] = int16(c)
	return c
}

// unknownCB is what centibels returns for a word wordfreq does not know.
const unknownCB = -10000

// foreignCB is the frequency (centibels) below which a word shaped like
// an imperfect verb may be a foreign family name (see foreignSurname).
const foreignCB = -680

// frequent reports whether the folded word is more frequent than cb
// centibels in general text.
func frequent(w string, cb int) bool {
	c, ok := wordfreq.Centibels(w)
	return ok && c > cb
}

func (d *doc) add(c cand) int {
	if c.normStart == 0 && c.normEnd == 0 {
		c.normStart = d.start(c.first)
		c.normEnd = d.t.Tokens[c.last-1].End
	}
	d.cands = append(d.cands, c)
	k := len(d.cands)
	for j := c.first; j < c.last; j++ {
		d.cover[j] = int32(k)
	}
	return k - 1
}

func (d *doc) free(first, last int) bool {
	for j := first; j < last; j++ {
		if d.cover[j] != 0 {
			return false
		}
	}
	return true
}

// fixedIdioms marks the words of a fixed expression that begins with a
// given name (لحسن الحظ "fortunately", حسن النية "good faith") or its
// opposite (لسوء الحظ) as common words: neither the rules nor the tagger
// read a name there. The complements are idiomComplements. So too the
// verb أودى before بحياة "took the life of" (tookLife), which folds as the
// car maker أودي.
func (d *doc) fixedIdioms() {
	if d.allFlags&fIdiom == 0 {
		return
	}
	for i := 0; i+1 < d.n; i++ {
		if d.has(i, fIdiom) && i+1 < int(d.segEnd[i]) && !d.has(i+1, fPro) && idiomComplements.has(d.stem[i+1]) {
			d.flags[i] |= fCommon
			d.flags[i+1] |= fCommon
		}
		if d.has(i, fIdiom) && verbGivenNames.has(d.stem[i]) && i+1 < int(d.segEnd[i]) && d.pluralSubject(i+1) {
			// رفعت الأوناش العربات: the verb "raised" before its plural
			// subject, no given name Refaat.
			d.flags[i] |= fCommon
		}
		if d.has(i, fIdiom) && verbGivenNames.has(d.stem[i]) && d.word[i] == d.stem[i] && i > 0 && int(d.segEnd[i-1]) > i &&
			verbParticles.has(d.stem[i-1]) {
			// التي رفعت الحظر، حين رفعت السعر، قد عزت: after a particle
			// only a verb follows, the word is the verb, not Refaat.
			d.flags[i] |= fCommon
		}
		if d.has(i, fIdiom) && (tookLife.has(d.word[i]) || tookLife.has(d.stem[i])) {
			// أودى بحياة، أودى السيل بحياة: took the life of, no name
			// (أودي, the car maker, folds alike).
			for j := i + 1; j <= i+3 && j < int(d.segEnd[i]); j++ {
				if strings.HasPrefix(d.word[j], lifeWith) {
					d.flags[i] |= fCommon
					break
				}
			}
		}
	}
}

// dualHeadsBeforePlaces marks a dual place head (ولايتي، محافظتي،
// مدينتي) before a listed place as a common word: ولايتي تيزي وزو وبجاية
// names two wilayas, not a person (ولايتي is also a family name).
func (d *doc) dualHeadsBeforePlaces() {
	for i := 0; i+1 < d.n; i++ {
		if !d.has(i, fPlaceHead) || !placeHeads[d.stem[i]].dual || d.has(i+1, fPro) {
			continue
		}
		if _, ok := d.lookup(i+1, i+5, setPlace); ok {
			d.flags[i] |= fCommon
		}
	}
}

// pluralSubject reports whether token j is a definite plural common
// noun no list knows, the subject a feminine verb takes before it: a
// sound feminine plural (السلطات، الجرافات) or a broken plural of the
// pattern أفعال (الأوناش، الأطفال). A family name after a given name is
// seldom either (رفعت الأسد، طلعت السادات is listed).
func (d *doc) pluralSubject(j int) bool {
	if d.has(j, fPro) || !d.has(j, fDef) || !d.has(j, fArabic) || d.known(j) {
		return false
	}
	w := []rune(d.stem[j])
	if len(w) >= 6 && string(w[len(w)-2:]) == "ات" {
		return true
	}
	return len(w) == 7 && string(w[:3]) == "الا" && w[5] == 'ا'
}

// findCandidates scans the tokens left to right; at each token the rule
// or gazetteer phrase that covers the most tokens wins.
func (d *doc) findCandidates() {
	d.fixedIdioms()
	d.dualHeadsBeforePlaces()
	flags := d.flags[:d.n]
	for i := 0; i < len(flags); {
		f := flags[i]
		if f&(fWord|fOpenQ) == 0 || f&startHeads == 0 && !d.scan.May(i, startKinds) && !d.nasabNext(i) && !d.aitAfterPrep(i) {
			// Most tokens start nothing: at would try every rule to
			// return i (see startKinds). A feature head or المقاومة
			// that starts no listed name needs its own pattern alone.
			if f&skipHeads != 0 {
				if end, emit := d.featurePattern(i); end > i {
					emit()
					i = end
					continue
				}
				if end, emit := d.resistancePattern(i); end > i {
					emit()
					i = end
					continue
				}
				if end, emit := d.commandPattern(i); end > i {
					emit()
					i = end
					continue
				}
			}
			i++
			continue
		}
		next := d.at(i)
		if next <= i {
			next = i + 1
		}
		i = next
	}
}

// What at needs to find anything at a token: a gazetteer phrase of
// startKinds may start there (a name, a title, or the given name that
// personPattern begins with), or its flags hold one of startHeads (the
// heads of orgPattern, placePattern, kunyaPattern and stateBodyPattern).
// Without either, every branch of at returns i and changes nothing.
const (
	startKinds = gz.NameKinds | setTitle | setGiven
	startHeads = fOrgHead | fPlaceHead | fKunya | fStateBody | fHerTitle | fArticleTitle | fOfficial | fStyle | fStateHead | fQualBody
	// The heads of the patterns findCandidates tries itself at a token
	// at would skip: featurePattern, resistancePattern.
	skipHeads = fFeatureHead | fResistance | fCommand | fCommune
)

// at tries every rule at token i and returns the token after what it
// consumed, or i when nothing matched.
func (d *doc) at(i int) int {
	if d.flags[i]&(fIdiom|fCommon) == fIdiom|fCommon {
		return i + 1 // لحسن الحظ: no name (fixedIdioms)
	}
	// The lookups guarded by Scan.May: most tokens start no phrase,
	// and lookup is not inlined.
	var name gz.Match
	nameOK := false
	if d.scan.May(i, gz.NameKinds) {
		name, nameOK = d.lookup(i, d.n, gz.NameKinds)
	}
	if i > 0 && d.stem[i] == sidi && !d.has(i, fPro) && placePrepositions.has(d.word[i-1]) && (!nameOK || name.Entry.Kind != gz.Place) {
		if end := d.sidiPlace(i, int(d.segEnd[i]), false); end > i {
			d.add(cand{label: LOC, first: i, last: end, source: FromRule})
			return end
		}
	}
	if !nameOK && d.aitAfterPrep(i) {
		// في آيت منقلات، إلى أيت ورير: after a preposition of place آيت
		// begins an Amazigh place (no one is "in" a person).
		if end := d.aitPlace(i, int(d.segEnd[i])); end > i {
			d.add(cand{label: LOC, first: i, last: end, source: FromRule})
			return end
		}
	}
	if nameOK && name.End == i+1 && name.Entry.Kind == gz.Person && d.placeOverPerson(i) {
		place, _ := d.lookup(i, i+1, setPlace)
		d.add(cand{label: LOC, first: i, last: i + 1, normStart: place.NormStart, normEnd: place.NormEnd,
			canon: place.Entry.Name, source: FromGazetteer})
		return i + 1
	}
	if nameOK && name.End > i+1 && name.Entry.Kind == gz.Person && d.placeOverPersonPhrase(i, name.End) {
		place, _ := d.lookup(i, name.End, setPlace)
		d.add(cand{label: LOC, first: i, last: name.End, normStart: place.NormStart, normEnd: place.NormEnd,
			canon: place.Entry.Name, source: FromGazetteer})
		return name.End
	}
	if !nameOK && d.has(i, fStateHead) {
		if end, m, ok := d.stateNamed(i); ok {
			// وجمهورية السنغال، مملكة إسبانيا: a state written with the
			// word for its kind of state is that country, named in full.
			d.add(cand{label: LOC, first: i, last: end, normStart: d.start(i), normEnd: m.NormEnd, canon: m.Entry.Name, source: FromGazetteer})
			return end
		}
	}
	if d.has(i, fOfficial) && !nameOK {
		if end := d.officialTitle(i); end > i {
			return end
		}
	}
	if nameOK && d.has(i, fMilitia) {
		if end := d.militiaName(i); end > i {
			return end
		}
	}
	if nameOK && name.Entry.Kind == gz.Org && name.End > i+1 && d.stem[i] == "قوات" && d.stem[i+1] == "الجيش" {
		// قوات الجيش السوري, listed so: the forces of an army are the
		// army, named without the head as the guidelines and the
		// annotations write it, when the list has the name without it
		// too (الجيش السوري). Other forces keep it (قوات الدرك).
		if rest, ok := d.lookup(i+1, name.End, setOrg); ok && rest.End == name.End && rest.Entry.Name == name.Entry.Name {
			d.add(cand{label: ORG, first: i + 1, last: rest.End, normStart: rest.NormStart, normEnd: rest.NormEnd,
				canon: rest.Entry.Name, source: FromGazetteer, alias: d.sourceText(d.start(i), name.NormEnd)})
			return rest.End
		}
	}
	if d.has(i, fStop) && !d.has(i, fPro) {
		if !nameOK {
			return i
		}
		if name.End == i+1 {
			// A function word is no name of one word, whatever a
			// list's phrase it folds to: لصالح "in favour of" (ل +
			// صالح), ليل "night" (the French city).
			return i
		}
	}
	if nameOK && name.End == i+1 && name.Entry.Kind == gz.Place && verbPlaces.has(d.stem[i]) && !d.placeContext(i) {
		d.flags[i] |= fCommon // nor a name of the tagger's
		return i + 1          // سيرت الأمم المتحدة قافلة: the verb (سيّرت), not Siirt
	}
	if nameOK && name.End == i+1 && d.birthplace(i) {
		d.flags[i] |= fCommon // nor a name of the tagger's
		return i + 1          // مسقط رأسه: "his birthplace", not Muscat
	}
	if nameOK && name.End == i+1 && name.Entry.Kind == gz.Place && d.possessedPlace(i, name) {
		d.flags[i] |= fCommon // nor a name of the tagger's
		return i + 1          // في حديثه للصحفيين: "his talk", not Haditha
	}
	if nameOK && name.Entry.Weak {
		// A weak phrase may still be the head of a longer pattern.
		if end := d.patterns(i, name.End); end > i {
			return end
		}
		d.add(cand{label: Label(name.Entry.Kind.Label()), first: i, last: name.End, normStart: name.NormStart,
			normEnd: name.NormEnd, canon: name.Entry.Name, weak: true, source: FromGazetteer})
		return name.End
	}
	if end := d.unitByNumber(i); end > i {
		return end
	}
	if d.has(i, fArticleTitle) && !nameOK {
		if end := d.articleTitle(i); end > i {
			return end
		}
	}
	if d.has(i, fHerTitle) && !nameOK {
		if end := d.herTitle(i); end > i {
			return end
		}
	}
	if !nameOK && i+2 < d.n && spokesPronouns.has(d.word[i+1]) {
		if end := d.spokesTitle(i); end > i {
			return end
		}
	}
	if nameOK && name.Entry.Kind == gz.Person && honorifics.has(d.stem[i]) {
		if end, ok := d.styleBeforeListed(i, name); ok {
			return end
		}
	}
	if !nameOK && d.has(i, fStyle) && i+1 < int(d.segEnd[i]) && !d.has(i+1, fPro) {
		// سعادة علي نجفي، معالي فلان فلان: a style of address before a
		// name of two words or more, which begins with a given name.
		if end, ok := d.personAt(i+1, true); ok && end >= i+3 {
			d.add(cand{label: PER, first: i + 1, last: end, source: FromRule})
			return end
		}
	}
	if d.scan.May(i, setTitle) && !d.honorificSurname(i) {
		if title, ok := d.lookup(i, d.n, setTitle); ok && (!nameOK || title.End >= name.End || d.longerAfterTitle(title, name)) {
			if end := d.titleRule(i, title); end > i {
				return end
			}
		} else if !ok {
			if end := d.constructOffice(i); end > i {
				return end
			}
		}
	}
	minEnd := i
	if nameOK {
		minEnd = name.End
	}
	if end := d.patterns(i, minEnd); end > i {
		return end
	}
	if nameOK && name.Entry.Kind == gz.Org && i > 0 && !d.has(i, fPro) && d.cover[i-1] == 0 && orgAliasHeads.has(d.stem[i-1]) {
		// فصيل جيش الإسلام: the head word and the name are an alias.
		d.add(cand{label: ORG, first: i, last: name.End, normStart: name.NormStart, normEnd: name.NormEnd,
			canon: name.Entry.Name, source: FromGazetteer, alias: d.sourceText(d.start(i-1), name.NormEnd)})
		return name.End
	}
	if nameOK && name.Entry.Kind == gz.Place {
		if name.End == i+1 && i > 0 && d.cover[i-1] != 0 && d.has(i, fWawPlace) && d.wawPlace(i) {
			return i + 1
		}
		if d.toldToQuoted(i, name.End) {
			// قال لـ«الشرق الأوسط»، ذكروا ل"الرياض": the newspaper told.
			d.add(cand{label: ORG, first: i, last: name.End, normStart: name.NormStart, normEnd: name.NormEnd,
				source: FromRule})
			return name.End
		}
		if name.End == i+1 && i > 0 && d.flags[i]&fPro == 0 && d.flags[i-1]&(fArabic|fDef|fPro) == fArabic && countWords.has(d.word[i-1]) {
			d.flags[i] |= fCommon // nor a name of the tagger's
			return i + 1          // قتل أربعة مدنين: a counted noun (مدنيين), not the town
		}
		if name.End == i+1 && i > 0 && d.flags[i]&fPro == 0 && d.flags[i-1]&fArabic != 0 && fixedLast[d.word[i]] && fixedPhrases.has(d.stem[i-1]+" "+d.word[i]) {
			d.flags[i] |= fCommon // nor a name of the tagger's
			return i + 1          // حالة القوة القاهرة: force majeure, not the city
		}
		if name.End == i+1 && d.prepNounPlace(i) {
			d.flags[i] |= fCommon // nor a name of the tagger's
			return i + 1          // حكم عليه بعقوبة السجن: ب and the noun (a penalty), not Baquba
		}
		if name.End == i+1 && d.accusativeNisba(i) {
			d.flags[i] |= fAdj
			return i + 1 // عودة 850 نازحا سوريا: Syrian, not Syria
		}
		if name.Kinds.Has(gz.Org) && d.clubInSport(i, name.End) {
			// توج ليفربول بلقب دوري أبطال أوروبا: the club named by its city.
			d.add(cand{label: ORG, first: i, last: name.End, normStart: name.NormStart, normEnd: name.NormEnd,
				canon: name.Entry.Name, source: FromGazetteer})
			return name.End
		}
	}
	if nameOK {
		if name.Kinds.Has(gz.Nationality) && name.End == i+1 && (d.adjectival(i) || d.definiteAdjectival(i)) {
			d.flags[i] |= fAdj
			return i + 1 // فصائل معارضة سورية، السلطات السعودية: the adjective, not the country
		}
		if name.Entry.Kind == gz.Person {
			name = d.withGulfChain(i, name)
		}
		extend := name.Entry.Kind == gz.Person && name.End-i >= 2 && d.familyNameAfter(name.End)
		if extend {
			name = d.withFamilyName(name)
		}
		canon := name.Entry.Name
		if name.Entry.Kind == gz.Org && d.countryNisbaAfter(i, name.End) && !d.sportNear(i, name.End) {
			// الهلال الأحمر الليبي: the country's own body, no listed
			// one of another country.
			name.End, name.NormEnd, canon = name.End+1, d.t.Tokens[name.End].End, ""
		} else if e := d.organOfGovernment(i, name.End); name.Entry.Kind == gz.Org && e > name.End {
			// المجلس الرئاسي لحكومة الوفاق الوطني: a listed organ of a
			// government named with it is one body.
			name.End, name.NormEnd, canon = e, d.t.Tokens[e-1].End, ""
		} else if e := d.bodyAdjectivesAfter(i, name.End); name.Entry.Kind == gz.Org && e > name.End {
			// الدرك الوطني، الجيش الوطني الشعبي: the listed body named
			// in full by its state's adjectives.
			name.End, name.NormEnd, canon = e, d.t.Tokens[e-1].End, ""
		}
		label := Label(name.Entry.Kind.Label())
		if isHead, _ := d.facilityHeadAt(i); isHead && name.Entry.Kind == gz.Misc && name.End-i >= 2 {
			// سد النهضة، جسر البوسفور: a landmark the lists hold as a
			// thing, named by a facility's head, is a place where the
			// news puts it (the annotations' convention).
			label = LOC
		}
		p := d.add(cand{label: label, first: i, last: name.End, normStart: name.NormStart,
			normEnd: name.NormEnd, canon: canon, source: FromGazetteer})
		if extend {
			d.extended = append(d.extended, p)
		}
		if name.Entry.Kind == gz.Person && d.scan.May(i, setTitle) {
			d.listedWithTitle(i, p, name.End)
		}
		return name.End
	}
	return i
}

// countryNisbaAfter reports whether token e, right after a listed
// organization [i, e) that names no country itself, is the singular
// nationality adjective of its country, agreeing with its first word:
// الهلال الأحمر الليبي، المخابرات العامة المصرية. Gold forms write the
// adjective in the name. (A club's, in a sentence of sport, is left
// out: الرجاء البيضاوي المغربي, the annotations write the club alone.)
func (d *doc) countryNisbaAfter(i, e int) bool {
	if e >= int(d.segEnd[i]) || !d.has(e, fNat) || d.has(e, fPro) || !d.has(i, fDef) {
		return false
	}
	w := d.word[e]
	fem := strings.HasSuffix(d.stem[i], "ه") || strings.HasSuffix(d.stem[i], "ات")
	if fem && !strings.HasSuffix(w, "يه") || !fem && !strings.HasSuffix(w, "ي") {
		return false
	}
	for k := i; k < e; k++ {
		if d.has(k, fNat) {
			return false
		}
		if _, ok := d.lookup(k, e, setPlace); ok {
			return false
		}
	}
	return true
}

// allahWord (folded) ends compound family names: الحمد الله، فضل الله.
var allahWord = searchNorm.String("الله")

// bodyAdjectives (folded) name a state's body in full after its listed
// short name: الدرك الوطني، الجيش الوطني الشعبي، المؤتمر الشعبي العام;
// so do a dynasty's (الديوان الملكي الهاشمي).
var bodyAdjectives = foldedSet("الوطني", "الوطنية", "الشعبي", "الشعبية", "العام", "العامة", "المركزي", "المركزية",
	"الهاشمي", "الهاشمية")

// yearAdjectives (folded) after العام make it the year (العام الماضي),
// no adjective of a body before it.
var yearAdjectives = foldedSet("الماضي", "المقبل", "الجاري", "الحالي", "المنصرم", "القادم", "السابق", "نفسه", "ذاته")

// bodyAdjectivesAfter returns the end of the bodyAdjectives right after
// a listed organization [i, e) whose first word is definite, each one
// agreeing with that word (الدرك الوطني، القوات المسلحة الوطنية), or e
// when none follows: not العام of a year (الجيش العام الماضي), not an
// adjective with a proclitic.
func (d *doc) bodyAdjectivesAfter(i, e int) int {
	seg := int(d.segEnd[i])
	if e >= seg || !d.has(i, fDef) || d.has(i, fPro) && !d.proIsLam(i) && !d.proIsWaw(i) {
		return e
	}
	fem := strings.HasSuffix(d.stem[i], "ه") || strings.HasSuffix(d.stem[i], "ات")
	k := e
	for k < seg && k < e+2 && bodyAdjectives.has(d.word[k]) && !d.has(k, fPro) &&
		strings.HasSuffix(d.word[k], "ه") == fem && !(k+1 < seg && yearAdjectives.has(d.word[k+1])) {
		k++
	}
	return k
}

// fieldGenitive reports whether token j, after a listed body inside an
// organization's name, begins the field of that body: ل on an indefinite
// noun in construct with a definite one (المفوضية السامية للأمم المتحدة
// لشؤون اللاجئين، مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية). Not a
// body, a title or the press told (قالت وكالة الأمم المتحدة لوكالة
// الأنباء، … لوسائل الإعلام، … لمدير المكتب).
func (d *doc) fieldGenitive(j, seg int) bool {
	if d.managementField(j, seg) {
		return true
	}
	if j+1 >= seg || d.has(j, fDef|fStop|fOrgHead|fPlaceHead) || !d.has(j+1, fDef) || d.has(j+1, fPro|fStop) {
		return false
	}
	if !d.proIsLam(j) {
		// لشؤون, which the clitic split keeps whole: ل and a frequent
		// noun.
		rest, ok := strings.CutPrefix(d.word[j], "ل")
		if !ok || d.has(j, fPro) || utf8.RuneCountInString(rest) < 3 || !frequent(rest, titleCB) || addressees.has(rest) || purposeNouns.has(rest) {
			return false
		}
		if _, head := orgHeads[rest]; head {
			return false
		}
	}
	if addressees.has(d.stem[j]) || purposeNouns.has(d.stem[j]) {
		return false
	}
	if _, ok := d.lookup(j, seg, setTitleOrHead|setPlaceOrOrg|setPerson); ok {
		// لوزير الخارجية، لمصر: a title, a place or a name, no field
		// (a listed name that only begins with the word, موانئ دبي
		// العالمية, leaves لموانئ العراق a field).
		return false
	}
	return !d.has(j, fVerbLike)
}

// managementField reports whether token j is ل and إدارة "managing"
// before what is managed, definite (لإدارة الحالات الطارئة) or a noun in
// construct with a definite one (لإدارة مخاطر الكوارث): a body's field,
// though إدارة heads bodies too (إدارة المرور).
func (d *doc) managementField(j, seg int) bool {
	if j+1 >= seg || d.has(j+1, fPro|fStop|fNumber) || !d.has(j+1, fArabic) {
		return false
	}
	rest, ok := strings.CutPrefix(d.word[j], "ل")
	if d.proIsLam(j) {
		rest, ok = d.stem[j], d.word[j] == "ل"+d.stem[j]
	}
	if !ok || rest != managementWord {
		return false
	}
	if d.has(j+1, fDef) {
		return true
	}
	return j+2 < seg && d.has(j+2, fDef) && !d.has(j+2, fPro|fStop) && !d.startsName(j+1)
}

var managementWord = searchNorm.String("إدارة")

// fieldEnd returns the end of the field that begins at token j
// (fieldGenitive): the noun, its genitive, and the nationality
// adjectives and the definite nouns joined with و after them (لشؤون
// السكان واللاجئين، لشؤون اللاجئين الفلسطينيين).
func (d *doc) fieldEnd(j, seg int) int {
	k := j + 2
	if k < seg && !d.has(j+1, fDef) && d.managementField(j, seg) {
		k++ // لإدارة مخاطر الكوارث: a construct after the verbal noun
	}
	if k < seg && d.has(k, fDef) && !d.has(k, fPro|fStop|fNat) && nisbaShape(d.stem[k]) {
		k++ // لتنمية المجتمع المدني: the genitive's own adjective
	}
	for k < seg && (d.has(k, fNat) && !d.has(k, fPro) || d.proIsWaw(k) && d.has(k, fDef) && !d.has(k, fStop)) {
		k++
	}
	if k+1 < seg && k == j+2 && d.proIsWaw(k) && !d.has(k, fDef|fStop|fVerbLike) && d.tehMarbuta(k) && d.has(k+1, fDef) && !d.has(k+1, fPro|fStop|fNat) {
		// لترويج الاستثمار وتنمية الصادرات: a second task, a verbal
		// noun in construct, joined with و.
		k += 2
	}
	return k
}

// prepNounPlace reports whether token i, a listed place of one word
// that begins with ب where the rest is a frequent noun (بعقوبة: ب +
// عقوبة "a penalty"), is the preposition and the noun: the word after it
// goes on the noun's phrase as no town's name does, a definite genitive
// (بعقوبة السجن، بعقوبة الإعدام; not an adjective of the place, بعقوبة
// الجديدة), a count word or a number (بعقوبة عشرين عاما، بعقوبة 5
// سنوات), or an indefinite adjective (بعقوبة مخففة، بعقوبة قاسية). After a
// preposition of place (في بعقوبة) it stays the place.
func (d *doc) prepNounPlace(i int) bool {
	w := d.word[i]
	rest, ok := strings.CutPrefix(w, "ب")
	j := i + 1
	if !ok || d.has(i, fPro) || j >= int(d.segEnd[i]) || utf8.RuneCountInString(rest) < 3 || !frequent(rest, titleCB) {
		return false
	}
	if i > 0 && (placePrepositions.has(d.word[i-1]) || d.has(i-1, fPlaceHead)) {
		return false
	}
	if d.has(j, fNumber) || d.termWord(j) {
		return true
	}
	if !d.has(j, fArabic) || d.has(j, fPro|fStop|fNat|fPlaceHead|fOrgHead) {
		return false
	}
	n := d.stem[j]
	if d.has(j, fDef) {
		return !adjectiveEnding(n) && !strings.HasSuffix(n, "ه") && !strings.HasSuffix(n, "ي") && !elative(n) &&
			!timeWords.has(n) && !titleModifiers.has(n) && !ordinals.has(n) && !d.known(j)
	}
	if d.has(j, fCommon) || d.known(j) {
		return false
	}
	return strings.HasPrefix(n, "م") && utf8.RuneCountInString(n) >= 4 && strings.HasSuffix(n, "ه") || shapeFaailaFaiila(n)
}

// placeContext reports whether the listed place of one word at token i
// stands where only a noun stands, for a place whose name is also a
// common verb form (verbPlaces: سيرت "she dispatched", تدمر "destroys"):
// after a preposition, written on it (بتدمر) or before it (في، من، إلى،
// نحو، على، شمال …), in the genitive of an indefinite noun written with ة
// (استعادة تدمر) unless a definite noun follows, the verb's subject or
// object in a clause describing the noun (verbArgumentAfter: غارة تدمر
// المخازن), in a coordination with another place (حمص وتدمر،
// تدمر والسخنة), or before a definite nationality adjective (سيرت
// التركية). A place head before it (مدينة تدمر) is read by placePattern,
// before this. A verb begins its clause or follows a particle, and takes
// a subject or an object after it (سيرت الأمم المتحدة قافلة، تدمر
// الغارات المنازل).
func (d *doc) placeContext(i int) bool {
	if d.has(i, fPro) {
		if sp, ok := d.scan.Split(i); ok && strings.HasSuffix(sp.Proclitic, "ب") {
			return true
		}
		if d.proIsWaw(i) && i > 0 && d.cover[i-1] != 0 && d.cands[d.cover[i-1]-1].label == LOC {
			return true // حمص وتدمر
		}
	}
	if i > 0 && !d.has(i, fPro) && (placePrepositions.has(d.word[i-1]) || nounPrepositions.has(d.word[i-1])) {
		return true
	}
	if i > 0 && !d.has(i, fPro) && d.has(i-1, fArabic) && !d.has(i-1, fDef|fStop) && strings.HasSuffix(d.word[i-1], "ه") && !d.writtenHeh(i-1) &&
		(!d.verbArgumentAfter(i) || derivedMasdar(d.stem[i-1]) && d.nisbaAfter(i)) {
		// استعادة تدمر، معركة سيرت: the genitive of a noun in ة, which
		// no verb ends with; with a feminine nisba after it, the place's
		// adjective, when the noun is the verbal noun of a derived verb
		// (استعادة تدمر الأثرية، مهاجمة سيرت الجبلية).
		return true
	}
	if j := i + 1; j < int(d.segEnd[i]) {
		if d.has(j, fNat) && d.has(j, fDef) {
			return true // سيرت التركية
		}
		if d.proIsWaw(j) && d.scan.May(j, setPlace) {
			if m, ok := d.lookup(j, d.n, setPlace); ok && !m.Entry.Weak {
				return true // تدمر والسخنة
			}
		}
	}
	return false
}

// derivedMasdar reports whether the folded word w, ending in ة (folded
// ه), has the shape of the verbal noun of a derived verb: استفعالة of a
// hollow root (استعادة، استقالة), إفعالة (إعادة، إقامة) or مفاعلة
// (مهاجمة، محاصرة). Such a noun takes its object in the genitive
// (استعادة تدمر), where a noun like غارة or حملة may be followed by a
// verb that describes it (غارة تدمر المخازن).
func derivedMasdar(w string) bool {
	r := []rune(w)
	n := len(r)
	if n < 5 || r[n-1] != 'ه' {
		return false
	}
	switch {
	case strings.HasPrefix(w, "است") && n >= 7:
		return true
	case r[0] == 'ا' && r[2] == 'ا' && n == 5:
		return true
	case r[0] == 'م' && r[2] == 'ا' && n == 6:
		return true
	}
	return false
}

// nisbaAfter reports whether the word after token i is a definite
// feminine nisba (ـية, folded يه) of five letters or more, no
// nationality: an adjective of the place at i (تدمر الأثرية), not the
// object of a verb there.
func (d *doc) nisbaAfter(i int) bool {
	j := i + 1
	return j < int(d.segEnd[i]) && d.has(j, fDef) && d.has(j, fArabic) && !d.has(j, fPro|fStop|fNat) &&
		strings.HasSuffix(d.stem[j], "يه") && utf8.RuneCountInString(d.stem[j]) >= 7
}

// verbArgumentAfter reports whether the word after token i is a definite
// noun with no proclitic, not a stop word nor a nationality adjective:
// the subject or the object of a verb at i, which after an indefinite
// noun begins a clause describing it (غارة تدمر المنازل، قافلة سيرت
// الأمم المتحدة), not a place in its genitive.
func (d *doc) verbArgumentAfter(i int) bool {
	j := i + 1
	return j < int(d.segEnd[i]) && d.has(j, fArabic) && d.has(j, fDef) && !d.has(j, fPro|fStop|fNat)
}

// styleBeforeListed reads a listed person's name that a list writes
// with the style before it (الشيخ محمد بن زايد) and without it (محمد بن
// زايد) as the name without the style, as the title rule reads a style
// before a name (الشيخ صباح الأحمد الجابر الصباح): the style is no part
// of the name. A style that is an office (الملك) is the person's title,
// as the title rule reads it. It returns the token after what it read
// (the style and the name) and whether it applied.
func (d *doc) styleBeforeListed(i int, name gz.Match) (int, bool) {
	after, ok := d.lookup(i+1, d.n, setPerson)
	if !ok || after.Entry.Weak || after.End != name.End {
		if !ok {
			if end := d.listedAfterStyle(i, name); end > i {
				return end, true
			}
		}
		return 0, false
	}
	if title, ok := d.lookup(i, i+1, setTitle); ok && officeHeads.has(titleHead(d.stem[i])) {
		if end := d.titleRule(i, title); end > i {
			return end, true
		}
	}
	// A style is no office: no role, but الأمير محمد further on is
	// still the person named with the style (see styledFirstNames).
	n := len(d.cands)
	end := d.at(i + 1)
	for k := len(d.cands) - 1; k >= n; k-- {
		if c := d.cands[k]; c.first == i+1 && c.label == PER {
			d.styled = append(d.styled, styledName{cand: k, head: titleHead(d.stem[i])})
			break
		}
	}
	return max(end, i+1), true
}

// listedAfterStyle reads a person listed only with the style that opens
// the name (الملك سلمان، الشيخ تميم, listed so, where سلمان and تميم alone
// are no listed person) as styleBeforeListed reads one listed both ways:
// the name after the style is the listed person (its canonical name
// kept), the style no part of it, as the annotations write a style
// before a given name (الملك سلمان: سلمان); an office (الملك) is the
// person's title. Only a given name may follow the style. It returns
// the token after the name, or i.
func (d *doc) listedAfterStyle(i int, name gz.Match) int {
	if name.End <= i+1 || d.has(i+1, fPro) {
		return i
	}
	if _, ok := d.givenMatch(i + 1); !ok {
		return i
	}
	p := d.add(cand{label: PER, first: i + 1, last: name.End, normStart: d.t.Tokens[i+1].Start, normEnd: name.NormEnd,
		canon: name.Entry.Name, source: FromGazetteer})
	if officeHeads.has(titleHead(d.stem[i])) {
		d.listedWithTitle(i, p, name.End)
	} else {
		d.styled = append(d.styled, styledName{cand: p, head: titleHead(d.stem[i])})
	}
	return name.End
}

// articleTitle reads an indefinite title that the lists write with the
// article only (المدرب) in construct with what it is the title of
// (مدرب المنتخب المغربي هيرفي رونار، مدرب ريال مدريد زين الدين زيدان)
// as the title rule reads a listed title. It returns the token after
// what it read, or i.
func (d *doc) articleTitle(i int) int {
	if i+1 >= int(d.segEnd[i]) || d.has(i+1, fPro) {
		return i
	}
	if representativeTitles.has(d.stem[i]) {
		// ممثل منظمة الصحة العالمية في اليمن فلان، ممثلة المفوضية في
		// تشاد: a title only before the body one represents, a listed
		// one (a weak one too: المفوضية) or one named by its head and
		// more (ممثل النقابات المهنية is whoever speaks for the unions,
		// ممثل الادعاء the prosecution; ممثل المنظمة, a body named
		// before, is left as it was).
		seg := int(d.segEnd[i])
		if _, ok := d.lookup(i+1, seg, setOrg); !ok {
			if end, _ := d.orgPattern(i + 1); end <= i+2 {
				return i
			}
		}
	} else if bodyTitles.has(d.stem[i]) {
		// عميد بلدية درنة، عميد كلية الطب: a title only before the
		// body it heads, named by its head noun.
		if d.has(i, fPro) && !d.proIsWaw(i) && !d.proIsLam(i) || !d.has(i+1, fOrgHead) || d.has(i+1, fDef) {
			return i
		}
	} else if !d.has(i+1, fDef) {
		// A listed club after it (مدرب ريال مدريد); one that is also a
		// city (مدرب برشلونة) is read as at, by the words of sport.
		seg := int(d.segEnd[i])
		m, ok := d.lookup(i+1, seg, setOrg)
		if !ok || m.Entry.Weak {
			return i
		}
		if p, ok := d.lookup(i+1, seg, setPlace); ok && p.End >= m.End {
			return i
		}
	}
	roles, refs, awaiting := len(d.roles), len(d.refs), len(d.awaiting)
	end := d.titleRule(i, gz.Match{Start: i, End: i + 1, NormStart: d.start(i), NormEnd: d.t.Tokens[i].End})
	if d.writtenHeh(i) {
		d.hisTitle(i, roles, refs, awaiting)
	}
	return end
}

// hisTitle rewrites what the title rule read from an article title with
// the pronoun ه at token i (أقال نادي الزمالك مدربه البرتغالي جيسفالدو
// فيريرا: مدربه, "its coach", which folds as مدربة does): the roles,
// references and awaited names from index roles, refs and awaiting on
// take the title without the pronoun (مدرب), and the organization the
// pronoun refers to, the nearest named before it in the sentence, when
// they have none. What the text calls the person (مدربه البرتغالي) stays
// as written.
func (d *doc) hisTitle(i, roles, refs, awaiting int) {
	org := d.orgBefore(i)
	fix := func(rl *roleLink) {
		rl.title, rl.key = dropHisPronoun(rl.title), dropHisPronoun(rl.key)
		if rl.org < 0 {
			rl.org = org
		}
	}
	for k := roles; k < len(d.roles); k++ {
		fix(&d.roles[k])
	}
	for k := awaiting; k < len(d.awaiting); k++ {
		fix(&d.awaiting[k].role)
	}
	for k := refs; k < len(d.refs); k++ {
		r := &d.refs[k]
		r.key = dropHisPronoun(r.key)
		if r.org < 0 {
			r.org = org
		}
	}
}

// dropHisPronoun removes the pronoun ه from the first word of a title
// (مدربه البرتغالي → مدرب البرتغالي).
func dropHisPronoun(s string) string {
	first, rest, more := strings.Cut(s, " ")
	first = strings.TrimSuffix(first, "ه")
	if more {
		return first + " " + rest
	}
	return first
}

// constructOffice reads an office of two words in construct with a
// listed place (ولي عهد أبوظبي الشيخ محمد بن زايد: see constructOffices)
// as the title rule reads a listed title: the place is the role's
// organization, and the title the office as the lists write it (ولي
// العهد). It returns the token after what it read, or i.
func (d *doc) constructOffice(i int) int {
	seg := int(d.segEnd[i])
	if i+2 >= seg || d.has(i+1, fPro) || d.has(i+2, fPro) {
		return i
	}
	office, ok := constructOffices[[2]string{d.stem[i], d.word[i+1]}]
	if !ok {
		return i
	}
	if m, ok := d.lookup(i+2, seg, setPlace); !ok || m.Entry.Weak {
		return i
	}
	title := gz.Match{Start: i, End: i + 2, NormStart: d.start(i), NormEnd: d.t.Tokens[i+1].End}
	roles, awaiting := len(d.roles), len(d.awaiting)
	end := d.titleRule(i, title)
	key := d.phraseKey(i, i+2)
	set := func(rl *roleLink) {
		if rl.key == key {
			rl.title, rl.qual = office, "" // no alias of the bare title
		}
	}
	for k := roles; k < len(d.roles); k++ {
		set(&d.roles[k])
	}
	for k := awaiting; k < len(d.awaiting); k++ {
		set(&d.awaiting[k].role)
	}
	return end
}

// listedWithTitle gives person p, listed with the title of an office
// that opens its name at token i (الملك محمد السادس), that title as
// role, as the title rule does when the list names the person without
// it (الملك سلمان).
func (d *doc) listedWithTitle(i, p, end int) {
	title, ok := d.lookup(i, end, setTitle)
	if !ok || title.End >= end {
		return
	}
	if !officeHeads.has(titleHead(d.phraseKey(i, title.End))) {
		return // الشيخ، السيد: a style, no office
	}
	text := d.sourceText(title.NormStart, d.t.Tokens[title.End-1].End)
	d.roles = append(d.roles, roleLink{title: text, key: d.phraseKey(i, title.End), qual: text, org: -1, person: p})
}

// unitByNumber reads a military unit named by its ordinal (اللواء
// السابع، الفرقة الرابعة، الفيلق الخامس): an organization, where
// اللواء read as a rank made a person of السابع. It returns the token
// after the unit, or i.
func (d *doc) unitByNumber(i int) int {
	// (wordSet.has filters the words before the map: unitByNumber is
	// asked at most positions a candidate may start.)
	if !unitHeads.has(d.stem[i]) || i+1 >= int(d.segEnd[i]) || !ordinals.has(d.word[i+1]) || d.has(i, fLamLam) {
		return i // للواء الخامس (ل + اللواء) is read where a list starts, as TestLamBeforeLamName wants
	}
	end := i + 2
	d.add(cand{label: ORG, first: i, last: end, source: FromRule})
	return end
}

// longerAfterTitle reports whether name, a listed person's name that
// begins with the title (الشيخ تميم بن حمد, listed as الشيخ تميم), is
// cut short by that listing: a listed name starting after the title runs
// further (تميم بن حمد آل ثاني), or, after an office of two words, as far.
// The title rule then reads the title and the whole name.
func (d *doc) longerAfterTitle(title, name gz.Match) bool {
	if name.Entry.Kind != gz.Person || title.End >= name.End || !d.scan.May(title.End, setPerson) {
		return false
	}
	after, ok := d.lookup(title.End, d.n, setPerson)
	if !ok || after.Entry.Weak {
		return false
	}
	// المرشد الأعلى علي خامنئي, listed whole: an office of more than a
	// style before a listed name of two words or more ends where the
	// listing does; the office is the role, the name the mention.
	office := title.End-title.Start >= 2 && !honorifics.has(d.stem[title.Start]) && !styleTitles.has(d.phraseKey(title.Start, title.End))
	return after.End > name.End || office && after.End == name.End && after.End-title.End >= 2
}

// sportWindow is how many tokens on each side of a city name, within its
// segment, clubInSport looks at for words of sport.
const sportWindow = 8

// clubInSport reports whether the place name at tokens [i, end), also
// listed as a club (ليفربول، برشلونة), names the club: a word of sport
// stands near it in its sentence (فاز، مباراة، هدفين، لقب، الدوري) and
// no preposition of place before it (في برشلونة stays the city).
func (d *doc) clubInSport(i, end int) bool {
	if i > 0 && !d.has(i, fPro) && placePrepositions.has(d.word[i-1]) {
		return false
	}
	if d.has(i, fPro) && int(d.stemAt[i]) > d.t.Tokens[i].Start && placePrepositions.has(d.t.Norm[d.t.Tokens[i].Start:int(d.stemAt[i])]) {
		return false // بليفربول
	}
	return d.sportNear(i, end)
}

// sportNear reports whether a word of sport stands within sportWindow
// tokens of the phrase [i, end), in its segment: a match, a goal, a
// league. It reads a phrase of the pitch (رأس الحربة, the striker's
// place) as no place either, whatever preposition stands before it.
func (d *doc) sportNear(i, end int) bool {
	seg := int(d.segEnd[i])
	for k := max(0, i-sportWindow); k < min(seg, end+sportWindow); k++ {
		if k >= i && k < end || k < i && int(d.segEnd[k]) != seg {
			continue
		}
		if sportWords.has(d.stem[k]) {
			return true
		}
	}
	return false
}

// wawPlace reads a listed place of one word that begins with و (وجدة,
// Oujda) as و + the listed place written after it (جدة) in a
// coordination of places, when the place right before it is of the
// country of that other place (الرياض وجدة: Riyadh and Jeddah) and the
// whole word's place is of another (وجدة is Moroccan: الرباط وجدة and
// وجدة alone stay Oujda). The countries are those of data/capitals.txt
// and data/cities.txt. Token i is a place of one word flagged
// fWawPlace, after a mention. It reports whether it added that place.
func (d *doc) wawPlace(i int) bool {
	prev := d.cands[d.cover[i-1]-1]
	if prev.label != LOC || prev.last != i {
		return false
	}
	country, ok := PlaceCountry(d.word[i][len("و"):])
	if !ok {
		return false
	}
	if c, ok := PlaceCountry(d.word[i]); ok && c == country {
		return false
	}
	key := d.phraseKey(prev.first, prev.last)
	if prev.canon != "" {
		key = searchNorm.String(prev.canon)
	}
	if c, ok := PlaceCountry(key); !(ok && c == country || CountryNamed(key, country)) {
		return false
	}
	tok := d.t.Tokens[i]
	start := tok.Start + byteOfRune(d.t.Norm[tok.Start:tok.End], 1)
	canon := ""
	for _, e := range d.r.g.Lookup(d.t.Norm[start:tok.End]) {
		if e.Kind == gz.Place {
			canon = e.Name
			break
		}
	}
	if canon == "" {
		return false
	}
	d.add(cand{label: LOC, first: i, last: i + 1, normStart: start, normEnd: tok.End, canon: canon, source: FromGazetteer})
	return true
}

// toldToQuoted reports whether the place name at tokens [i, end) is
// quoted right after the preposition ل written apart (لـ«الشرق
// الأوسط»، ل "الرياض"): the newspaper a source spoke to, named after a
// place.
func (d *doc) toldToQuoted(i, end int) bool {
	return i >= 2 && end < d.n && d.has(i-1, fOpenQ) && d.has(end, fCloseQ) && d.word[i-2] == "ل" && !d.has(i, fPro)
}

// adjectival reports whether token i, a place name that is also a
// nationality adjective (سورية), is used as an adjective: after an
// indefinite noun (معارضة سورية), after غير, or before a coordinated
// adjective (سورية وعربية).
func (d *doc) adjectival(i int) bool {
	if d.has(i, fPro|fDef) || i == 0 || !strings.HasSuffix(d.word[i], "ه") {
		return false
	}
	prev := i - 1
	if d.word[prev] == "غير" {
		return true
	}
	if i+1 < int(d.segEnd[i]) && d.proIsWaw(i+1) {
		if m, ok := d.lookup(i+1, i+2, setNationality); ok && m.End == i+2 {
			return true
		}
	}
	return d.has(prev, fArabic) && !d.has(prev, fDef|fStop|fPro|fVerbLike) && !d.known(prev) && int(d.segEnd[prev]) > i
}

// definiteAdjectival reports whether token i, a country's name with the
// article that is also the feminine of its nationality adjective
// (السعودية), qualifies the definite noun before it: a feminine singular
// or plural (السلطات السعودية، العاصمة السعودية الرياض; after an
// indefinite noun it is the genitive, أهمية السعودية), no name, title
// or nationality, no masculine plural (اتهم الحوثيون السعودية: the
// object), with no proclitic on the name (والسعودية is the country).
func (d *doc) definiteAdjectival(i int) bool {
	if i == 0 || !d.has(i, fDef) || d.has(i, fPro) {
		return false
	}
	prev := i - 1
	p := d.stem[prev]
	if int(d.segEnd[prev]) <= i || d.flags[prev]&(fArabic|fDef) != fArabic|fDef || d.has(prev, fStop|fNat|fNumber) || d.cover[prev] != 0 ||
		!(strings.HasSuffix(p, "ه") || strings.HasSuffix(p, "ات")) || utf8.RuneCountInString(p) < 5 {
		return false
	}
	if d.scan.May(prev, setTitleOrHead|setPlaceOrOrg|setPerson) {
		if _, ok := d.lookup(prev, prev+1, setTitle|setPlaceOrOrg|setPerson); ok {
			return false
		}
	}
	return true
}

// accusativeNisba reports a country name ending in يا written alone
// right after an indefinite noun in the accusative (نازحا سوريا، مقترحا
// روسيا، مواطنا بريطانيا): the nisba in the accusative (سوريًّا "Syrian")
// is spelled as the country is. Pronoun endings (وقعتها سوريا), adverbs
// (أيضا روسيا) and words of the lists are no such noun.
func (d *doc) accusativeNisba(i int) bool {
	w := d.word[i]
	if i == 0 || d.has(i, fPro|fDef) || !strings.HasSuffix(w, "يا") || utf8.RuneCountInString(w) < 4 {
		return false
	}
	prev := i - 1
	p := d.word[prev]
	if int(d.segEnd[prev]) <= i || !d.has(prev, fArabic) || d.has(prev, fDef|fStop|fVerbLike|fNumber) || d.cover[prev] != 0 ||
		!strings.HasSuffix(p, "ا") || strings.HasSuffix(p, "ها") || utf8.RuneCountInString(p) < 4 || accusativeAdverbs.has(p) || d.known(prev) {
		return false
	}
	return true
}

// accusativeAdverbs are adverbs in the accusative, and particles ending
// in ا, that may stand before a country (وتشمل الجولة أيضا روسيا),
// folded. Only words ending in ا are asked about (see accusativeNisba).
var accusativeAdverbs = foldedSet("أيضا", "حاليا", "رسميا", "مجددا", "خصوصا", "تحديدا", "سابقا", "لاحقا", "أساسا",
	"غالبا", "دائما", "أخيرا", "مؤخرا", "فعليا", "تماما", "جزئيا", "كليا", "شمالا", "جنوبا", "شرقا", "غربا",
	"أولا", "ثانيا", "ثالثا", "عموما", "تقريبا", "بينما", "عندما", "كما", "إنما", "ربما", "طالما")

// patterns tries the organization, place and person patterns at token i
// and keeps the longest one that ends after minEnd.
func (d *doc) patterns(i, minEnd int) int {
	// Called in this order, the first of equal ends wins (written out:
	// a slice of method values cost more than the patterns that match
	// nothing).
	best, bestEmit := minEnd, func() {}
	if end, emit := d.districtPattern(i); end > best {
		best, bestEmit = end, emit
	}
	if end, emit := d.orgPattern(i); end > best {
		best, bestEmit = end, emit
	}
	if end, emit := d.placePattern(i); end > best {
		best, bestEmit = end, emit
	}
	if end, emit := d.featurePattern(i); end > best {
		best, bestEmit = end, emit
	}
	if end, emit := d.resistancePattern(i); end > best {
		best, bestEmit = end, emit
	}
	if end, emit := d.commandPattern(i); end > best {
		best, bestEmit = end, emit
	}
	// A listed person's name is not extended by guesses.
	if !d.scan.May(i, setPerson) || !d.listedPerson(i) {
		if end, emit := d.personPattern(i); end > best {
			best, bestEmit = end, emit
		}
		if end, emit := d.kunyaPattern(i); end > best {
			best, bestEmit = end, emit
		}
	}
	if end, emit := d.stateBodyPattern(i); end > best {
		best, bestEmit = end, emit
	}
	if best > minEnd {
		bestEmit()
		return best
	}
	return i
}

// familyNameAfter reports whether token end, right after a listed
// person's name of two words or more (a one-word listing is a surname
// already: ترامب، بوتين), is a family name that makes it another, longer name
// (محمد علي الحكيم, not محمد علي the listed pasha): the family name of a
// place (الزعتري, as after a given name), or a rare name word (see
// familyWord) that ends another listed person's name (الفرجاني), is a
// listed family name (الجبوري) or a nisba no list knows (الأسدي). A
// frequent word after a name is as often the verb's object (ألقى محمود
// عباس الخطاب): it extends the name only when the tagger reads it as the
// person's (see extendListedByTag).
func (d *doc) familyNameAfter(end int) bool {
	if end >= d.n || end == 0 || int(d.segEnd[end-1]) <= end {
		return false
	}
	if ordinals.has(d.stem[end-1]) {
		return false // الملك عبدالله الثاني الملقي: a monarch's number ends his name; the next is another's
	}
	if d.nisbaPlace(end) && !titleModifiers.has(d.stem[end]) {
		return true
	}
	if !d.familyWord(end) || d.centibels(end) > titleCB {
		return false
	}
	if d.r.g.Surname(d.stem[end]) {
		return true
	}
	if d.scan.May(end, setFamily) {
		if m, ok := d.lookup(end, end+1, setFamily); ok && m.End == end+1 {
			return true
		}
	}
	return strings.HasSuffix(d.stem[end], "ي") && !d.known(end)
}

// familyWord reports whether token j may be a family name after a
// listed person's name: a definite name word, neither an adjective, an
// ordinal, a time word nor a title that may follow a name (السابق،
// الثاني of عبد الله الثاني، الخميس، الرئيس).
func (d *doc) familyWord(j int) bool {
	if !d.has(j, fDef) || d.has(j, fPro) {
		return false
	}
	w := d.stem[j]
	return !titleModifiers.has(w) && !timeWords.has(w) && !ordinals.has(w) && d.nameWord(j)
}

// withFamilyName returns the listed person's match m extended over the
// family name after it: a name of its own, which the list's canonical
// name (and the aliases of its famous bearer) no longer names.
func (d *doc) withFamilyName(m gz.Match) gz.Match {
	m.NormEnd = d.t.Tokens[m.End].End
	m.End++
	m.Entry.Name = ""
	return m
}

// listedPerson reports whether a listed person's name (not weak) starts
// at token i.
func (d *doc) listedPerson(i int) bool {
	person, _ := d.lookup(i, d.n, setPerson)
	return person.End > i && !person.Entry.Weak
}

// coordinatedBody reports whether token j, a definite word after و
// inside an organization's name, is the head of another organization
// named in full after it (والمؤسسة الكورية للغاز، والشركة الوطنية): a
// head of organizations with a definite ل-genitive after it, or a
// nationality or an adjective of names of its gender. The field words of a name coordinated
// by و (وزارة النفط والغاز، جهاز الأمن والمخابرات) are no heads.
func (d *doc) coordinatedBody(j, seg int) bool {
	if j+1 >= seg || !definiteOrgHead(d.stem[j]) || d.has(j+1, fPro) && !(d.has(j+1, fLam) && d.has(j+1, fDef)) {
		return false
	}
	if d.has(j+1, fLam) && d.has(j+1, fDef) {
		return true
	}
	// The adjective agrees with the new head (والمؤسسة الكورية), not
	// with the first name's head (هيئة الإذاعة والتلفزيون الرسمية).
	return (d.has(j+1, fNat) || nameAdjectives.has(d.word[j+1])) && d.tehMarbuta(j) == d.tehMarbuta(j+1)
}

// tehMarbuta reports whether token j ends with ة as written (Search
// folds it to ه): a noun or an adjective, never a verb.
func (d *doc) tehMarbuta(j int) bool {
	return strings.HasSuffix(d.stem[j], "ه") && !d.writtenHeh(j)
}

// indefiniteAdjective reports whether the indefinite organization head
// at token i is followed by an indefinite adjective of its own (a
// nationality, a nisba, or a frequent word in ة agreeing with a head in
// ة) and then a ل-genitive: لجنة فنية للتحقيق، شركة إيطالية للأشغال،
// جمعية محلية للإغاثة: an indefinite noun phrase. A construct's
// genitive takes no ل right after it, so a name in construct (مديرية
// تربية نينوى) or with a listed name (مؤسسة قطر للتنمية) is not read so.
func (d *doc) indefiniteAdjective(i, seg int) bool {
	j := i + 1
	if j+1 >= seg || d.has(j, fDef|fPro|fStop) || !d.has(j, fArabic) || d.startsName(j) || !d.proIsLam(j+1) {
		return false
	}
	if d.has(j, fNat) || nisbaShape(d.stem[j]) && d.centibels(j) > partCB {
		return true
	}
	return d.tehMarbuta(i) && d.tehMarbuta(j) && d.centibels(j) > titleCB && !d.has(j, fVerbLike)
}

// communityIn reports whether tokens [first, end) of a body's name hold
// the community it serves (الجالية، المغتربين، المقيمين، المهاجرين):
// بالخارج after it is part of the name.
func (d *doc) communityIn(first, end int) bool {
	for k := first; k < end; k++ {
		if communityWords.has(d.stem[k]) {
			return true
		}
	}
	return false
}

// fieldPlace reports whether token j, right after an indefinite head and
// its field in construct (مديرية تربية، دائرة صحة، مديرية شرطة), begins a
// listed place that is also a person's name (صلاح الدين, the province
// and the sultan): a directorate is named by the province it serves, and
// a body's name in construct takes no person after its field.
func (d *doc) fieldPlace(i, j, seg int) bool {
	if j != i+2 || d.has(i, fDef) || d.has(i+1, fDef|fPro) || !d.has(i+1, fArabic) || d.has(j, fPro) {
		return false
	}
	m, ok := d.lookup(j, seg, setPlace)
	if !ok || m.End <= j+1 {
		return false // a place of two words or more: صلاح الدين (one word is as often a given name)
	}
	p, _ := d.lookup(j, seg, setPerson)
	return p.End <= m.End
}

// orgPattern: an organization head word and its name: وزارة الخارجية
// الأمريكية، نقابة أطباء سوريا، صحيفة “تركيا”، الدائرة الإعلامية
// للائتلاف الوطني السوري.
func (d *doc) orgPattern(i int) (int, func()) {
	if d.has(i, fQualBody) {
		if end := d.qualifiedBody(i); end > i {
			return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
		}
		return i, nil
	}
	if !d.has(i, fOrgHead) {
		return i, nil
	}
	head := orgHeads[d.stem[i]]
	seg := int(d.segEnd[i])
	if d.stem[i] == councilWord && i+2 < seg && boardWords.has(d.word[i+1]) && !d.has(i+1, fPro) {
		if end, emit := d.boardOf(i + 2); emit != nil {
			return end, emit
		}
	}
	// A quoted name: صحيفة “تركيا”، مؤتمر “NCT USA 2017”. (Not after
	// موقع, which is as often "the site of" a place.)
	if i+1 < seg && d.has(i+1, fOpenQ) && d.stem[i] != "موقع" && !(head.strict && strings.HasPrefix(d.stem[i], "ال")) &&
		!(strings.HasPrefix(d.stem[i], "ال") && i > 0 && clauseOpeners.has(d.word[i-1])) {
		// (Not after a definite head of a common noun: كتلة الحركة
		// "ستصوت …" quotes what the movement says; nor after a definite
		// head that is the subject of a clause opened by إن or أن: وقالت
		// إن الوزارة "ستتخذ الإجراءات اللازمة" quotes its predicate.)
		j := i + 2
		for j < seg && j < i+9 && !d.has(j, fCloseQ) {
			j++
		}
		if j < seg && j > i+2 && d.has(j, fCloseQ) {
			label := ORG
			if head.misc {
				label = MISC
			}
			first, last := i+2, j
			return j + 1, func() {
				d.add(cand{label: label, first: first, last: last, normStart: d.t.Tokens[first].Start,
					normEnd: d.t.Tokens[last-1].End, source: FromRule})
			}
		}
		return i, nil
	}
	if head.misc || head.general && (i+1 >= seg || d.has(i+1, fPro) || !generalAdjectives.has(d.stem[i+1])) {
		return i, nil
	}
	if head.general && i+2 < seg && d.lamBefore(i+2) && governedWholes.has(d.stem[i+2]) {
		return i, nil // الإدارة العامة للدولة: the state's administration at large, no directorate
	}
	if head.media && i+1 < seg && d.startsName(i+1) {
		// موقع تويتر، صحيفة نيويورك تايمز: the listed name alone.
		m, _ := d.lookup(i+1, seg, setOrg)
		if m.End > i+1 && !d.has(i+1, fPro) {
			return m.End, func() {
				d.add(cand{label: ORG, first: i + 1, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
					canon: m.Entry.Name, source: FromGazetteer})
			}
		}
	}
	if !strings.HasPrefix(d.stem[i], "ال") {
		if e := d.sidiPlace(i+1, seg, true); e > i+1 {
			// محكمة سيدي امحمد، بلدية سيدي بوزيد: a body named by the
			// quarter or the town of a saint, no person's name.
			return e, func() { d.add(cand{label: ORG, first: i, last: e, source: FromRule}) }
		}
	}
	if d.stem[i] == "موقع" {
		// تولى موقع قائد العمليات، موقع المهرجان: a post or a site,
		// not a website, unless a list names the site after it (above)
		// or quotes do (not read after موقع either).
		return i, nil
	}
	definiteHead := strings.HasPrefix(d.stem[i], "ال")
	if definiteHead && i > 0 && d.has(i-1, fOpenQ) {
		// ل"اللجنة الثورية"، رئاسة «الهيئة العليا»: quotes make a
		// name of a definite head and its definite adjectives, which
		// alone are a common noun phrase (اللجنة الوزارية).
		j := i + 1
		for j < seg && j < i+5 && d.has(j, fDef) && !d.has(j, fPro|fStop|fOpenQ) {
			j++
		}
		if j > i+1 && j < seg && d.has(j, fCloseQ) {
			return j, func() { d.add(cand{label: ORG, first: i, last: j, source: FromRule}) }
		}
	}
	var nested []gz.Match // listed organizations inside the name
	j := i + 1
	if j < seg && (genericComplements.has(d.word[j]) || quantityWords.has(d.word[j])) {
		return i, nil
	}
	if hc := headComplements[d.stem[i]]; hc != nil && j < seg && !d.has(j, fPro) && (hc.has(d.stem[j]) || !d.has(j, fDef) && hc.has("ال"+d.stem[j])) {
		// حركة السير "traffic", جهاز التكييف "the air conditioner";
		// the noun in construct too: حركة عبور الشاحنات.
		return i, nil
	}
	if j < seg && !d.has(j, fPro) && d.nominativePlural(j) {
		// وتجمع النازحون: a masculine plural in the nominative is the
		// subject of the verb the head is written like; a name's
		// complement is in the genitive (تجمع المهنيين).
		return i, nil
	}
	if !definiteHead && j < seg && (d.proIsLam(j) || d.keptLam(j)) && !d.scan.May(j, setOrg) {
		// أقوى تحالف للمسلحين، تحالف لجماعات المقاتلين: an indefinite
		// head with a ل-genitive right after it is "an alliance of",
		// a common noun; a name puts its complement in construct
		// (تحالف القوى الوطنية) or makes its head definite (الهيئة
		// العامة للاستثمار).
		return i, nil
	}
	if definiteHead && j < seg && !d.has(j, fDef|fNat|fLam) {
		// طالبت المنظمة جنوب السودان، قالت الهيئة شمال البلاد: a
		// definite head is in construct with nothing; an indefinite
		// word after it (a place, a direction in construct) begins
		// the verb's object or an adverb, no part of a name, which
		// goes on with adjectives (الهيئة العامة للاستثمار) or a
		// ل-genitive.
		return i, nil
	}
	if !definiteHead && d.indefiniteAdjective(i, seg) {
		// لجنة خاصة للتحقيق، شركة تركية للمقاولات: "a committee", "a
		// company", with an adjective of its own and the ل of its
		// task: a common noun phrase, no name (a name puts its
		// complement in construct or makes its head definite).
		return i, nil
	}
	fieldAt := -1     // the token after a ل-genitive of one definite word (للتضامن)
	named := false    // the complement holds a definite word, nationality, place or organization
	genitive := false // it holds a ل-genitive or a listed name (needed after a definite head)
	lastGood := i + 1
	placeEnd := -1 // the end of a listed place right after the head
	if m, ok := d.lookup(i, seg, setOrg); ok && !m.Entry.Weak && m.End > i+1 {
		// A listed name that begins with the head (حزب الله، جيش الإسلام)
		// goes on only as a listed name inside one does: with adjectives
		// of names and a ل-genitive (حزب الله اللبناني), not over the
		// next word (وشيع حزب الله والدة عماد مغنية، اتهم حزب الله
		// إسرائيل، ميليشيات حزب الله المرتبطة بالنظام).
		j = m.End
		if !d.has(i+1, fPro) {
			// شركة أرامكو السعودية: the name listed without the head
			// (أرامكو السعودية) may run further than the listed
			// form with it (شركة أرامكو).
			if m2, ok := d.lookup(i+1, seg, setOrg); ok && !m2.Entry.Weak && m2.End > j {
				j = m2.End
			}
		}
		for j < seg && (nameAdjectives.has(d.word[j]) || d.has(j, fNat)) && !d.has(j, fPro) {
			j++
		}
		if j < seg && d.fieldGenitive(j, seg) && d.taskGenitive(i+1, m.End) {
			// المفوضية السامية للأمم المتحدة لشؤون اللاجئين: a listed
			// body of a body (its own ل-genitive) goes on with its field.
			// A listed body named whole (الاتحاد الأوروبي، البنك الدولي)
			// takes none: دعوة للاتحاد الأوروبي لحضور القمة، عرضا للبنك
			// الدولي لتمويل المشروع are what it is asked or offered for.
			j, named, genitive, lastGood = seg, true, true, d.fieldEnd(j, seg)
		} else if j < seg && d.has(j, fLam) && d.has(j, fDef) && !d.purposeNoun(j, seg) {
			named, genitive, lastGood = true, true, j
		} else {
			// دعا الاتحاد الأفريقي للمشاركة في الوساطة: a ل-genitive
			// whose noun takes a preposition of its own is what the
			// listed body is asked or offered for, no field of it.
			j, named, genitive, lastGood = seg, true, true, j
		}
	}
	for j < seg && j < i+8 {
		f := d.flags[j]
		if f&fWord == 0 || f&fStop != 0 {
			break
		}
		if j > i+1 && f&(fDef|fPro) == fDef && d.hamzaLam(int(d.stemAt[j]), d.t.Tokens[j].End) != 0 && !d.known(j) {
			break // الهيئة الأردنية للإعلام إلغاء البث: a verbal noun, the verb's object, no definite word of the name
		}
		if strings.TrimPrefix(d.stem[i], "ال") == ministryHead && j > i+1 && f&(fDef|fPro) == fDef && d.has(j-1, fDef) && !d.has(j-1, fLam) &&
			!nisbaShape(d.stem[j]) && !nameAdjectives.has(d.word[j]) && !d.known(j) && !d.derivedAdjective(j) {
			// أعلنت وزارة الصحة الحداد، وزارة الموارد المائية الطوارئ: a
			// ministry is named by its portfolio, then adjectives (المائية،
			// العالي، العامة) or more portfolios after و; another definite
			// noun is the verb's object.
			break
		}
		if d.stem[i] == clubHead && j > i+2 && f&(fDef|fPro) == fDef && d.has(j-1, fDef) && !d.has(j-1, fLam) &&
			!nisbaShape(d.stem[j]) && !nameAdjectives.has(d.word[j]) && !d.known(j) {
			// أعلن نادي الفتح الرياضي الرباطي التعاقد مع: a club is named
			// by one word, then adjectives (الرياضي، الرباطي، الملكي);
			// another definite noun is the verb's object.
			break
		}
		if _, ok := d.lookup(j, j+1, setTitle); ok && j > i+1 {
			break // القيادي، مدير … after the name
		}
		if end, _, ok := d.givenName(j); ok && j > i+1 && end > j && f&fDef == 0 && !d.fieldPlace(i, j, seg) {
			break // a person's name after the organization: مدير الدفاع المدني رائد الصالح
		}
		if m, ok := d.lookup(j, seg, setPlaceOrOrg); ok && (!m.Entry.Weak || d.townOfBody(i, j, m)) && (!m.Stripped || d.lamBefore(j)) {
			if fieldAt == j && m.Entry.Kind == gz.Place && !d.has(j, fPro) && !nisbaShape(d.stem[j]) {
				// للتضامن الخيام: a place's name right after the field is
				// the verb's object (Khiam, also "the tents"); a country
				// also its nisba is the body's (للجوازات السعودية).
				break
			}
			if j > i+1 && m.Entry.Kind == gz.Place && !d.has(j, fPro) && d.has(j-1, fNat) && !d.has(j-1, fPro) && d.has(j-1, fDef) {
				// رئيسة مجلس الوزراء الإيطالي جورجيا ميلوني: after the
				// body's nationality a place begins what follows (a
				// given name that is also a country's, the verb's object),
				// as only adjectives of names and a ل-genitive go on.
				break
			}
			if j > i+1 && m.Entry.Kind == gz.Place && d.has(j, fFeatureHead) && !d.has(j, fPro) && d.has(j-1, fDef|fNat) {
				// أغلقت وزارة الداخلية الأردنية معبر جابر: a crossing, a
				// bridge or an airport after the body's definite words
				// is the verb's object, no part of the name.
				break
			}
			j = m.End
			named, genitive = true, true
			if m.Entry.Kind == gz.Org {
				nested = append(nested, m)
			} else if m.Start == i+1 {
				placeEnd = j
			}
			// After a listed name only adjectives of names follow:
			// مصرف سوريا المركزي, not منظمة الأمم المتحدة المسؤولة; a
			// bank's or a company's the adjectives of its trade too
			// (مصرف الخليج التجاري، شركة المملكة القابضة).
			for j < seg && (nameAdjectives.has(d.word[j]) || d.has(j, fNat) || firmHeads.has(d.stem[i]) && firmAdjectives.has(d.word[j]) ||
				d.stem[i] == clubHead && d.has(j, fDef) && nisbaShape(d.stem[j])) && !d.has(j, fPro) {
				// (A club's name goes on with any adjective of its kind or
				// its city: نادي الوداد الرياضي، نادي الرجاء البيضاوي.)
				j++
			}
			if m.Entry.Kind == gz.Place && j == m.End {
				// سلطة منطقة العقبة الاقتصادية الخاصة: a zone's own
				// adjectives, the last one of names, end the body's.
				e := j
				for e < seg && e < j+3 && d.has(e, fDef) && !d.has(e, fPro|fStop|fNat) && (nisbaShape(d.stem[e]) || nameAdjectives.has(d.word[e])) {
					e++
				}
				if e > j+1 && nameAdjectives.has(d.word[e-1]) {
					j = e
				}
			}
			lastGood = j
			if j < seg && d.fieldGenitive(j, seg) {
				// لشؤون اللاجئين: the body's field ends the name.
				lastGood = d.fieldEnd(j, seg)
				break
			}
			if j < seg && !(d.has(j, fLam) && d.has(j, fDef)) {
				break
			}
			continue
		}
		if j > i+1 && d.has(j-1, fNat) && !d.has(j, fNat) && !nameAdjectives.has(d.word[j]) && !d.jointAfterNations(i, j) &&
			(f&fPro == 0 && f&fDef != 0 || addressees.has(d.stem[j])) {
			// وزارة الخارجية الأردنية الاعتقال، قالت وزارة الخارجية
			// الأمريكية للصحفيين: after the nationality of the name only
			// a ل-genitive (الهيئة العامة السورية للاستثمار) or an
			// adjective of names goes on; a definite noun is the verb's
			// object, and the press is whom it told.
			break
		}
		if f&fPro != 0 && d.proIsLam(j) && d.has(j, fPlaceHead) {
			// المجلس البلدي لمدينة مصراتة، المجلس المحلي لبلدة دوما: a
			// body named by the town it serves ends with the town's name.
			if e, _ := d.placePattern(j); e > j+1 {
				if m, ok := d.lookup(j+1, seg, setPlace); !ok || m.End != e {
					e = j + 2 // لبلدة كفرزيتون المنظمات: one word no list holds, then the verb's object
				}
				lastGood = e
				named, genitive = true, true
				break
			}
		}
		switch {
		case f&fPro != 0 && d.proIsLam(j) && f&fDef != 0:
			// للائتلاف، لحقوق … a genitive with ل.
			genitive = true
			j++
			lastGood = j
			named = true
			fieldAt = j
		case f&fPro != 0 && d.proIsLam(j) && j+1 < seg && d.has(j+1, fDef) && !d.has(j+1, fStop):
			genitive = true
			j += 2
			lastGood = j
			named = true
		case f&fPro != 0 && d.proIsWaw(j) && f&fDef != 0 && d.coordinatedBody(j, seg):
			j = seg // وزارة النفط والغاز والمؤسسة الكورية للغاز: a second body begins
		case f&fPro != 0 && d.proIsWaw(j) && f&fDef == 0 && lastGood == j && j > i+1 && d.stem[j] == affairsWord &&
			j+1 < seg && d.has(j+1, fDef) && !d.has(j+1, fPro|fStop|fNat) && !d.startsName(j+1):
			// وزارة الخارجية وشؤون المغتربين: a second field in
			// construct with شؤون, joined with و, is the name's.
			j += 2
			lastGood = j
		case f&fPro != 0 && d.proIsWaw(j) && f&fDef == 0 && lastGood == j && head.pair && !definiteHead && j == i+3 &&
			!d.has(i+1, fDef|fPro) && d.has(i+2, fDef) && j+1 < seg && d.has(j+1, fDef) && !d.has(j+1, fPro|fStop|fNat) &&
			!d.has(j, fOrgHead|fQualBody|fPlaceHead) && !d.titleOrHead(j):
			// جهاز خفر السواحل وأمن الموانئ: a second construct joined
			// by و after a pair head's first, the body's two tasks.
			j += 2
			lastGood = j
		case f&fPro != 0 && d.proIsWaw(j) && f&fDef != 0 && lastGood == j:
			if head.pair && !definiteHead && j == i+2 && d.has(i+1, fDef) && !d.has(i+1, fPro|fNat) {
				named = true // جهاز الأمن والمخابرات: two nouns name the body
			}
			j++ // والمعارضة، والبحرية
			lastGood = j
		case f&fPro != 0:
			j = seg // any other proclitic ends the name
		case f&fDef != 0 && d.objectAfterBody(i, j, fieldAt):
			j = seg // وزعت مؤسسة … للتضامن الخيام، دعت وزارة الصحة والحماية الاجتماعية المواطنين: the verb's object
		case f&fDef != 0:
			if f&fCommon == 0 && (!head.rare || d.centibels(j) <= partCB) || !head.strict || j > i+1 && nameAdjectives.has(d.word[j]) {
				// An adjective of names after the head's complement
				// names it: جهاز الأمن والمخابرات الوطني، شركة النفط
				// الوطنية.
				named = true
			}
			j++
			if (ordinals.has(d.word[j-1]) || teenOrdinals.has(d.word[j-1])) && j < seg && (d.word[j] == teenWord || d.word[j] == teenWordFem) {
				j++ // مجلس النواب الثامن عشر، الحادي عشر: an ordinal of the teens is one
			}
			lastGood = j
		case f&fNat != 0 && j > i+1:
			j++ // an adjective after the name: وكالة الأنباء الفلسطينية
			lastGood = j
			named = true
		case j == i+1 && (f&fVerbLike == 0 || d.tehMarbuta(j)) && j+1 < seg && (d.has(j+1, fDef) || d.startsName(j+1)):
			// نقابة أطباء سوريا: a construct chain; مديرية تربية نينوى: a
			// verbal noun in ة (تربية، تنمية), no verb, shaped like one.
			j++
		case j > i+1 && (d.has(j-1, fNat) || d.has(j-1, fDef) && nameAdjectives.has(d.word[j-1])) && !d.has(j-1, fPro) && d.fieldGenitive(j, seg):
			// الجامعة التونسية لكرة القدم، الاتحاد الأردني لكرة السلة: a
			// national body's field (ل on an indefinite noun the clitic
			// split keeps whole, in construct with a definite one) after
			// its nationality ends the name.
			genitive, named = true, true
			lastGood = d.fieldEnd(j, seg)
			j = seg
		case head.field && j > i+1 && d.fieldGenitive(j, seg):
			// مركز الحياة لتنمية المجتمع المدني: a field head's task, ل
			// kept on an indefinite noun in construct, after its name.
			genitive, named = true, true
			lastGood = d.fieldEnd(j, seg)
			j = seg
		default:
			j = seg
		}
	}
	end := lastGood
	if courtNames.has(d.stem[i]) && end > i+1 {
		// محكمة الاستئناف بالدار البيضاء، المحكمة الابتدائية بالقيروان،
		// المحكمة الجنائية بولاية نواكشوط الغربية: a court is named by
		// the place it sits in after ب, which names a definite court
		// as a ل-genitive does.
		if e := d.courtSeat(end, seg); e > end {
			end, lastGood, genitive = e, e, true
		}
	}
	if e := d.governmentAfterBi(end, seg); e > end && end > i+1 && !(i > 0 && biVerbs.has(d.stem[i-1])) {
		// وزارة الداخلية بحكومة الوحدة الوطنية: a ministry of a
		// government named by its qualifier, after ب; not after a verb
		// that takes ب (رحبت وزارة الخارجية بحكومة الوحدة الوطنية).
		end, lastGood, genitive = e, e, true
	}
	if definiteHead && !genitive && courtHeads.has(d.stem[i]) {
		// المحكمة الابتدائية الثانية النظر في القضية: the ordinal ends
		// the court's name; the definite noun after it is the verb's
		// object.
		for k := i + 2; k < end; k++ {
			if ordinals.has(d.word[k]) && d.courtByNumber(i, k+1) {
				end = k + 1
				break
			}
		}
	}
	if definiteHead && named && end > i+1 && end-i < 3 && d.beginsBodyNamedBefore(i, end) {
		// أمام مقر المديرية الإقليمية للتربية الوطنية … أفادت المديرية
		// الإقليمية: the first words of a body named in full before
		// are its short name.
		short := end // not end itself, which would live on the heap (see emit below)
		return end, func() { d.add(cand{label: ORG, first: i, last: short, source: FromRule}) }
	}
	if end <= i+1 || !named || (definiteHead && (!genitive && !d.adjectiveName(i, end) && !d.courtByNumber(i, end) && !d.jointBody(i, end) || end-i < 3)) {
		return i, nil
	}
	if end == placeEnd && placeHeads[d.stem[i]].listedOnly {
		// بدائرة الرشيدية: a district named by its place alone, no body
		// (placePattern reads the place); دائرة أبوظبي للسياحة goes on.
		return i, nil
	}
	if head.media && end == i+1 {
		return i, nil
	}
	if head.field && !definiteHead && !d.has(i+1, fDef) && !d.startsName(i+1) {
		// مركز حدودي للجيش التركي: an indefinite adjective after the
		// head makes a common noun (a border post), whatever follows.
		return i, nil
	}
	if head.field && !d.taskGenitive(i+1, end) {
		// بعثة الأمم المتحدة في ليبيا، بعثة الاتحاد الأفريقي في الصومال:
		// a listed body's mission named by the country it serves is a
		// body of its own, written whole (بعثة صندوق النقد alone stays
		// the fund's, and the fund named).
		e := d.missionCountry(end, seg)
		if e == end || len(nested) == 0 || nested[len(nested)-1].End != end {
			return i, nil
		}
		end = e
	}
	if genitive && end < seg && d.word[end] == "في" {
		// الهيئة الحكومية للتنمية في شرق أفريقيا، المنظمة العربية
		// للتنمية في الشرق الأوسط: a body named by its field goes on
		// with the world region it serves, part of its name as the
		// annotations write it (بعثة الأمم المتحدة للدعم في ليبيا); a
		// country or a town after في is where it acts (قالت الهيئة
		// العامة للاستثمار في مصر), no part of the name.
		if e := d.worldRegionAt(end+1, seg); e > end+1 {
			end = e
		}
	}
	if end+1 < seg && d.word[end+1] == abroadWord && communityWords.has(d.word[end]) && !d.has(end-1, fStop) {
		end++ // … والمغاربة المقيمين بالخارج: the participle is the community's (read below)
	}
	if end < seg && d.word[end] == abroadWord && d.communityIn(i+1, end) {
		// وزارة الشؤون الخارجية والجالية الوطنية بالخارج، … والمغاربة
		// المقيمين بالخارج: the community a ministry serves abroad ends
		// its name with بالخارج.
		end++
	}
	if genitive && end < seg && strings.HasPrefix(d.word[end], "ب") && d.regionalBody(i, end) {
		// الاتحاد الجهوي للشغل بصفاقس، المندوبية الجهوية للصحة
		// بالقيروان: a regional body is named by the region it serves,
		// a listed place after ب.
		if m, ok := d.lookup(end, seg, setPlace); ok && !m.Entry.Weak && m.Stripped && m.NormStart > d.start(end) {
			end = m.End
		}
	}
	// What emit reads: end itself, changed after a closure took it,
	// would be moved to the heap at every call.
	last := end
	return end, func() {
		d.add(cand{label: ORG, first: i, last: last, source: FromRule})
		for _, m := range nested {
			d.nested = append(d.nested, nestedName{normStart: m.NormStart, normEnd: m.NormEnd, canon: m.Entry.Name})
		}
	}
}

// organOfGovernment returns the end of a government named by the
// qualifier of its kind after ل at token e, right after the listed
// organization [i, e) whose head is a council, an office, a committee or
// a commission (المجلس الرئاسي لحكومة الوفاق الوطني: the government's
// presidential council, one body), or e.
func (d *doc) organOfGovernment(i, e int) int {
	if e >= int(d.segEnd[i]) || d.has(i, fPro) || !organHeads.has(d.stem[i]) || !d.lamBefore(e) {
		return e
	}
	head := d.stem[e]
	if !d.has(e, fPro) {
		head = strings.TrimPrefix(head, "ل") // لحكومة, kept whole by the tokens
	}
	if head != governmentHead {
		return e
	}
	if end := d.qualifiedBodyAs(e, head); end > e+1 {
		return end
	}
	return e
}

// organHeads are the definite heads of a government's organs (folded).
var organHeads = foldedSet("المجلس", "المكتب", "اللجنة", "الهيئة", "الأمانة")

// governmentAfterBi returns the end of a government named by the
// qualifier of its kind (حكومة الوحدة الوطنية، حكومة الوفاق الوطني) after
// the preposition ب at token j, written on it whether the tokens split
// it or not (بحكومة), or j.
func (d *doc) governmentAfterBi(j, seg int) int {
	if j >= seg || !strings.HasPrefix(d.word[j], "ب") || d.has(j, fStop) || d.proIsLam(j) || d.proIsWaw(j) {
		return j
	}
	head := d.stem[j]
	if !d.has(j, fPro) {
		head = strings.TrimPrefix(head, "ب")
	}
	if head != governmentHead {
		return j
	}
	return d.qualifiedBodyAs(j, head)
}

var governmentHead = searchNorm.String("حكومة")

// beginsBodyNamedBefore reports whether the words [i, end), a definite
// head and its adjective, are the first words of an organization named
// longer before token i (its stems the same, past proclitics), and not
// of one named by a place after them. Past candScanMax candidates (a
// page of bodies) it reads only the candidates that begin with the
// head's stem, indexed as they come (headCands), not every one.
func (d *doc) beginsBodyNamedBefore(i, end int) bool {
	if len(d.cands) <= candScanMax {
		for k := range d.cands {
			if d.namesBodyBefore(k, i, end-i) {
				return true
			}
		}
		return false
	}
	if d.headCands == nil {
		d.headCands = map[string][]int32{}
	}
	for ; d.headCandsN < len(d.cands); d.headCandsN++ {
		// The rule pass moves no candidate's first word: the index holds.
		w := d.stem[d.cands[d.headCandsN].first]
		d.headCands[w] = append(d.headCands[w], int32(d.headCandsN))
	}
	for _, k := range d.headCands[d.stem[i]] {
		if d.namesBodyBefore(int(k), i, end-i) {
			return true
		}
	}
	return false
}

// candScanMax is the number of candidates up to which
// beginsBodyNamedBefore reads them all.
const candScanMax = 256

// namesBodyBefore reports whether candidate k is an organization that
// ends at or before token i, longer than n words, whose first n words
// are the n words from i (beginsBodyNamedBefore).
func (d *doc) namesBodyBefore(k, i, n int) bool {
	c := &d.cands[k]
	if c.label != ORG || c.dropped || c.last > i || c.last-c.first <= n {
		return false
	}
	if k := c.first + n; d.has(k, fPlaceHead) || d.scan.May(k, setPlace) && d.placeAt(k) {
		// المجلس البلدي لمدينة مصراتة: a body named by the town it
		// serves; its head and adjective alone are any town's.
		return false
	}
	for t := 0; t < n; t++ {
		if d.stem[c.first+t] != d.stem[i+t] || t > 0 && (d.has(c.first+t, fPro) || d.has(i+t, fPro)) {
			return false
		}
	}
	return true
}

// placeAt reports whether a listed place begins at token k.
func (d *doc) placeAt(k int) bool {
	_, ok := d.lookup(k, int(d.segEnd[k]), setPlace)
	return ok
}

// courtSeat returns the end of the place a court sits in, named after
// the preposition ب at token j (بوهران، بالدار البيضاء, a listed place;
// بولاية نواكشوط الغربية, a place head, its town and its quarter), or j.
func (d *doc) courtSeat(j, seg int) int {
	if j >= seg || !strings.HasPrefix(d.word[j], "ب") || d.has(j, fStop) || d.proIsLam(j) || d.proIsWaw(j) {
		return j
	}
	if !d.has(j, fPro) {
		// بوهران: ب written on a word the tokens keep whole.
		if m, ok := d.lookup(j, seg, setPlace); ok && !m.Entry.Weak && m.Stripped && m.NormStart > d.start(j) {
			return m.End
		}
		return j
	}
	if m, ok := d.lookup(j, seg, setPlace); ok && !m.Entry.Weak {
		return m.End
	}
	if d.has(j, fPlaceHead) {
		// ولاية نواكشوط الغربية: a division named by its town and its
		// quarter is the court's district, part of its name; a plain
		// governorate after ب (المحكمة العسكرية بمحافظة الإسكندرية) is
		// where the court sits, a place of its own.
		if e, _ := d.placePattern(j); e > j+1 && e < seg && d.has(e, fDef) && !d.has(e, fPro) &&
			compassWords.has(strings.TrimSuffix(strings.TrimPrefix(d.stem[e], "ال"), "ه")) {
			return e + 1
		}
	}
	return j
}

// nominativePlural reports whether token j is a definite sound
// masculine plural in the nominative (النازحون، المتظاهرون): a word in ون
// whose genitive in ين is a frequent word (not القانون، الشوون، الفنون,
// nouns that end so).
func (d *doc) nominativePlural(j int) bool {
	w := d.stem[j]
	if !d.has(j, fDef) || !strings.HasSuffix(w, "ون") || utf8.RuneCountInString(w) < 6 {
		return false
	}
	return frequent(strings.TrimSuffix(w, "ون")+"ين", foreignCB)
}

// qualifiedBody returns the end of a body named at token i by a head
// that is a common noun alone and a name with the qualifier of its kind
// (qualifiedBodies), or i: حكومة الوحدة الوطنية، حكومة الإنقاذ الوطني،
// قوى الأمن الداخلي، قوات الأمن العام; a nationality after it is the
// name's too (حكومة الوحدة الوطنية الليبية). حكومة نتنياهو, حكومة
// الاحتلال and قوات الأمن alone are no names.
func (d *doc) qualifiedBody(i int) int { return d.qualifiedBodyAs(i, d.stem[i]) }

// qualifiedBodyAs is qualifiedBody for the head noun head (folded) at
// token i, which may be written there after a proclitic the tokens keep
// (بحكومة).
func (d *doc) qualifiedBodyAs(i int, head string) int {
	q := qualifiedBodies[head]
	seg := int(d.segEnd[i])
	j := i + 1
	if q.place && j < seg && !d.has(j, fPro) {
		if m, ok := d.lookup(j, seg, setPlace); ok && m.Start == j {
			return m.End
		}
		return i
	}
	if j >= seg || d.has(j, fPro) || !q.quals.has(d.stem[j]) {
		return i
	}
	if q.trade {
		return d.chamberEnd(i)
	}
	j++
	if j < seg && !d.has(j, fPro) && q.adjectives.has(d.stem[j]) {
		j++
	} else if q.needAdjective && !(q.natSuffices && j < seg && d.has(j, fNat) && !d.has(j, fPro)) {
		return i
	}
	if j < seg && d.has(j, fNat) && !d.has(j, fPro) {
		j++
	}
	if q.forces && j < seg && d.lamBefore(j) {
		// القيادة العامة للقوات المسلحة: the command of an army goes on
		// with it; the general leadership of a party (القيادة العامة
		// للحزب) is no body.
		if !forceWords.has(d.stem[j]) {
			return i
		}
		j++
		if j < seg && !d.has(j, fPro) && (d.stem[j] == armedWord || d.has(j, fNat)) {
			j++
		}
	}
	return j
}

var armedWord = searchNorm.String("المسلحة")

// townOfBody reports whether the weak listed place m at token j, right
// after the head of a body at token i that is named by the town it
// serves (townBodies), is that town: بلدية صور، بلدية حماة, though صور
// is also "pictures".
func (d *doc) townOfBody(i, j int, m gz.Match) bool {
	return j == i+1 && m.Entry.Kind == gz.Place && !d.has(j, fPro) && townBodies.has(d.stem[i])
}

// objectAfterBody reports whether the definite token j, after a body's
// name at token i that its field after ل (fieldAt == j: الجمعية الخيرية
// للتكافل) or an adjective (وزارة الصحة والحماية الاجتماعية) has
// closed, begins the verb's object: a plural noun (البطانيات،
// المواطنين). Adjectives go on with the name (للصحفيين المحترفين،
// للحركة الأسيرة، للطاقة الذرية).
func (d *doc) objectAfterBody(i, j, fieldAt int) bool {
	if j <= i+1 || d.has(j, fPro|fNat) {
		return false
	}
	st := d.stem[j]
	if fieldAt != j {
		if publicNouns.has(st) && d.has(j-1, fDef) {
			return true // دعت وزارة الصحة المواطنين، حذرت هيئة الأرصاد السكان: the public addressed
		}
		return d.pluralObject(j) && !strings.HasSuffix(st, "يات") && d.has(j-1, fDef) && (nisbaShape(d.stem[j-1]) || nameAdjectives.has(d.word[j-1]))
	}
	// للصحفيين المحترفين: a participle, the field's adjective. A place's
	// name (للتضامن الخيام: Khiam, also "the tents") is the object too,
	// unless it is also a nisba (للجوازات السعودية).
	if m, ok := d.lookup(j, j+1, setPlace); ok && m.End == j+1 && !nisbaShape(st) {
		return true
	}
	return d.pluralObject(j) && !strings.HasPrefix(st, "الم")
}

// pluralObject reports whether the definite token j is a sound plural
// noun (المواطنين، السائقين، البطانيات) that no list holds and no nisba
// of a masculine plural makes an adjective (الفلسطينيين); a feminine
// plural in يات is one only right after the field (see objectAfterBody).
func (d *doc) pluralObject(j int) bool {
	st := d.stem[j]
	if !strings.HasSuffix(st, "ين") && !strings.HasSuffix(st, "ون") && !strings.HasSuffix(st, "ات") {
		return false
	}
	if strings.HasSuffix(st, "يين") || strings.HasSuffix(st, "يون") || utf8.RuneCountInString(st) < 6 {
		return false
	}
	return !d.known(j) && !d.givenNameWord(strings.TrimPrefix(st, "ال"))
}

// regionalBody reports whether the body named by tokens [i, end) is
// qualified as regional or local (الجهوي، الجهوية، المحلي، الإقليمية).
func (d *doc) regionalBody(i, end int) bool {
	for k := i + 1; k < end; k++ {
		if regionalWords.has(d.stem[k]) && !d.has(k, fPro) {
			return true
		}
	}
	return false
}

// regionalWords qualify a body as serving a region or a town.
var regionalWords = foldedSet("الجهوي", "الجهوية", "المحلي", "المحلية", "الإقليمي", "الإقليمية", "الولائي", "الولائية")

// boardOf reads the body whose board (مجلس إدارة، مجلس أمناء، مجلس
// مفوضي) is named at token k: the board is no name of its own, the
// body after it is the mention (رئيس مجلس إدارة شركة المملكة القابضة:
// the company; مجلس مفوضي الهيئة المستقلة للانتخاب: the commission). A
// board of a body no list or rule names (مجلس إدارة الصندوق) gets no
// emit: orgPattern reads it as before, the board whole.
func (d *doc) boardOf(k int) (int, func()) {
	if d.has(k, fPro) {
		return k - 2, nil
	}
	if m, ok := d.lookup(k, int(d.segEnd[k]), setOrg); ok && !m.Entry.Weak {
		if d.has(k, fOrgHead) {
			if end, emit := d.orgPattern(k); end > m.End {
				return end, emit
			}
		}
		return m.End, func() {
			d.add(cand{label: ORG, first: k, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
				canon: m.Entry.Name, source: FromGazetteer})
		}
	}
	if d.has(k, fOrgHead) {
		if end, emit := d.orgPattern(k); end > k {
			return end, emit
		}
	}
	return k - 2, nil
}

// bodyAt adds the organization that begins at token k of a title's
// phrase, a listed one (not weak) or one orgPattern reads by its shape,
// and returns the token after it, or k when none begins there.
func (d *doc) bodyAt(k, seg int) int {
	if m, ok := d.lookup(k, seg, setOrg); ok && !m.Entry.Weak {
		d.add(cand{label: ORG, first: k, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
			canon: m.Entry.Name, source: FromGazetteer})
		return m.End
	}
	if end, emit := d.orgPattern(k); end > k {
		emit()
		return end
	}
	return k
}

// missionCountry returns the end of في and a listed country's name at
// token k (في ليبيا، في الصومال), or k.
func (d *doc) missionCountry(k, seg int) int {
	if k+1 >= seg || d.word[k] != "في" || d.has(k+1, fPro) {
		return k
	}
	m, ok := d.lookup(k+1, seg, setPlace)
	if !ok || m.Entry.Weak || !countrySet()[searchNorm.String(m.Entry.Name)] {
		return k
	}
	return m.End
}

// worldRegionAt returns the end of the name of a world region starting
// at token k, or k: a continent (worldRegions) after one or two compass
// words (شرق أفريقيا، جنوب شرق آسيا), or الشرق الأوسط. None has a
// proclitic.
func (d *doc) worldRegionAt(k, seg int) int {
	j := k
	for j < seg && j < k+2 && regionCompass.has(d.word[j]) {
		j++
	}
	switch {
	case j > k && j < seg && worldRegions.has(d.word[j]):
		return j + 1
	case j == k && j+1 < seg && d.word[j] == "الشرق" && nearEast.has(d.word[j+1]):
		return j + 2
	}
	return k
}

func (d *doc) proIsLam(i int) bool { return d.has(i, fLam) }

// keptLam reports whether token j is the preposition ل on an indefinite
// noun that the clitic split left whole (لتهريب، لتمويل): the rest is a
// word of three letters or more, more frequent than the token itself
// (not لجنة, a word of its own, more frequent than جنة).
func (d *doc) keptLam(j int) bool {
	rest, ok := strings.CutPrefix(d.word[j], "ل")
	if !ok || d.has(j, fPro|fDef) || utf8.RuneCountInString(rest) < 3 || strings.HasPrefix(rest, "ل") {
		return false
	}
	c, ok := wordfreq.Centibels(rest)
	return ok && c > titleCB && c > d.centibels(j)
}

// lamBefore reports whether token i begins with the preposition ل (of a
// genitive: للائتلاف، لمصرف), whatever else its clitics are.
func (d *doc) lamBefore(i int) bool {
	if d.has(i, fLam) {
		return true
	}
	sp, ok := d.scan.Split(i)
	return ok && strings.HasSuffix(sp.Proclitic, "ل")
}

func (d *doc) proIsWaw(i int) bool { return d.has(i, fWaw) }

// startsName reports whether a listed place or organization starts at
// token i.
func (d *doc) startsName(i int) bool {
	if !d.scan.May(i, setPlaceOrOrg) {
		return false
	}
	m, ok := d.lookup(i, d.n, setPlaceOrOrg)
	return ok && !m.Entry.Weak
}

// placePattern: a place head word and its name: مدينة دوما، بلدة بيت
// سوا، ريف حمص، قريتي بلقسة وخربة الحمام.
func (d *doc) placePattern(i int) (int, func()) {
	if !d.has(i, fPlaceHead) {
		return i, nil
	}
	if d.stem[i] == localityWord && !d.localityAt(i) {
		return i, nil
	}
	head := placeHeads[d.stem[i]]
	seg := int(d.segEnd[i])
	type span struct {
		first, last int
		waw         bool   // the name begins after a و the tokens did not split off
		at          int    // when > 0, the name begins there, after a proclitic (مخيم بمنى)
		canon       string // a listed place's canonical name, or ""
	}
	var found []span
	j := i + 1
	if head.list && !head.dual {
		// محافظات صبيا وأبو عريش وصامطة، مديريات العدين والمشنة
		// والظهار: three rare names or more joined by و are the places
		// the plural head lists, though no list holds them and they end
		// as an accusative or a feminine does.
		for _, it := range d.placeList(i+1, seg) {
			found = append(found, span{it.first, it.last, it.waw, 0, it.canon})
			j = seg // the list is read
		}
	}
	for j < seg {
		if len(found) > 0 {
			// Only list heads take more names, joined with و.
			if !head.list || !d.proIsWaw(j) && !d.townName(j, true) {
				break
			}
		} else if d.has(j, fPro) {
			break
		}
		if len(found) == 0 && j == i+1 && d.nationalityBeforePlace(i, j, seg) {
			j++ // العاصمة السعودية الرياض: the head's nationality, though a country's name too
			continue
		}
		if m, ok := d.lookup(j, seg, setPlace); ok {
			sp := span{j, m.End, false, 0, m.Entry.Name}
			if m.Stripped && m.NormStart > d.start(j) {
				// مخيم بمنى، مستشفى بغزة: a place after a proclitic
				// the tokens did not split off, which the name leaves
				// out (the camp is in منى).
				sp.at = m.NormStart
			}
			found = append(found, sp)
			j = m.End
			continue
		}
		if head.listedOnly {
			break
		}
		if len(found) == 0 && j == i+1 && d.headAdjective(i, j, seg) {
			j++ // العاصمة المؤقتة عدن: the head's adjective, the listed place after it the name
			continue
		}
		if len(found) == 0 && d.benPlace(j, seg) {
			// منطقة قصر بن غشير: a place named X بن Y.
			found = append(found, span{j, j + 3, false, 0, ""})
			j += 3
			continue
		}
		if len(found) == 0 {
			if last := d.sidiPlace(j, seg, true); last > j {
				// منطقة سيدي بوقنادل، مدينة سيدي قاسم: a Maghrebi place
				// named after a saint.
				found = append(found, span{j, last, false, 0, ""})
				j = last
				continue
			}
			if last := d.aitPlace(j, seg); last > j {
				// قرية آيت يحيى موسى، بلدية أيت منقلات: an Amazigh
				// place named "the sons of" a forebear.
				found = append(found, span{j, last, false, 0, ""})
				j = last
				continue
			}
			if last := d.tribePlace(j, seg); last > j {
				// إقليم بني شنقول قماز: a place named by a tribe.
				found = append(found, span{j, last, false, 0, ""})
				j = last
				continue
			}
		}
		if !d.has(j, fArabic) || d.has(j, fStop|fCommon|fNat|fVerbLike|fNumber) {
			break
		}
		// A rare word no list holds names a village or a quarter by
		// itself, with or without the article after the head: حي
		// دركينلي، ولاية رخيوت as حي الزنوج.
		town := len(found) == 0 && (d.townName(j, false) || j == i+1 && d.placedTown(j, seg))
		// A list goes on with a rare word after و as with a definite
		// name: أحياء الجورة والقصور وهرابش.
		listTown := len(found) > 0 && d.townName(j, true)
		if head.definite && !d.has(j, fDef) && !town && !listTown {
			break
		}
		if head.strict && (d.titleOrHead(j) || mandateHolders.has(d.stem[j])) {
			break // ولاية البعثة، ولاية الرئيس: a mandate, not a state
		}
		if len(found) == 0 && head.list && d.has(j, fDef) && compassWords.has(strings.TrimPrefix(d.stem[j], "ال")) {
			break // ولايات الجنوب: the country's quarter, where the states lie, no name of theirs
		}
		if town && head.dual {
			// A dual head names two: حيي هودن ودركينلي، ولايتي رخيوت
			// وضلكوت (an adjective after the dual would be dual).
			if j+1 < seg && d.townName(j+1, true) {
				found = append(found, span{j, j + 1, false, 0, ""}, span{j + 1, j + 2, !d.has(j+1, fWaw), 0, ""})
				break
			}
			if j+1 >= seg || !d.proIsWaw(j+1) {
				break
			}
			// بلدتي موحسن والميادين: the second, after و, is a listed
			// or definite name, read as the list's next.
			found = append(found, span{j, j + 1, false, 0, ""})
			j++
			continue
		}
		if listTown {
			found = append(found, span{j, j + 1, !d.has(j, fWaw), 0, ""})
			j++
			continue
		}
		if !d.has(j, fDef) && !town && (head.list || strings.HasSuffix(d.word[j], "ه")) {
			break // مدن متفرقة، بلدة صغيرة: an adjective, not a name
		}
		if d.known(j) {
			if _, ok := d.lookup(j, j+1, setGivenOrParticle); !ok && !d.weakNisba(j) {
				break // حي الجمهوري: the Republican party's short name, weak, names the quarter
			}
		}
		last := j + 1
		// A two-word name: خربة الحمام، دير العصافير; not a name and the
		// nisba that describes it (بلدة هودن الجبلية).
		if !d.has(j, fDef) && last < seg && d.has(last, fDef) && !d.has(last, fStop|fCommon|fNat|fPro) &&
			!(town && nisbaShape(d.stem[last])) {
			last++
		} else if kunyas.has(d.stem[j]) && !d.has(j, fPro) && last < seg && d.has(last, fArabic) && !d.has(last, fPro|fStop|fNumber) {
			last++ // بلدة أبو دالي، قرية أبو حمام: a place named with a kunya is both words
		}
		found = append(found, span{j, last, false, 0, ""})
		j = last
	}
	if len(found) == 0 {
		return i, nil
	}
	if k := found[0].last; len(found) == 1 && !head.list && !head.region && !head.listedOnly && k+1 < seg &&
		d.word[k] == "و"+d.stem[k] && compassWords.has(d.stem[k+1]) && d.has(k, fDef) && d.has(k, fArabic) &&
		!d.has(k, fStop|fCommon|fNat|fVerbLike|fNumber) && !d.known(k) && d.centibels(k) < districtCB {
		// حي الجمهوري والمجلية جنوبي المدينة: a rare word after و that
		// a direction places is a second place of the same kind.
		found = append(found, span{k, k + 1, false, 0, ""})
	}
	end := found[len(found)-1].last
	if head.region && len(found) == 1 {
		// ريف حلب الغربي: the region with its head and direction.
		for end < seg && directions.has(d.stem[end]) && end < found[0].last+2 {
			end++
		}
		return end, func() {
			d.add(cand{label: LOC, first: i, last: end, source: FromRule})
		}
	}
	return end, func() {
		for k, s := range found {
			c := cand{label: LOC, first: s.first, last: s.last, canon: s.canon, source: FromRule}
			if s.waw {
				tok := d.t.Tokens[s.first]
				c.normStart, c.normEnd = tok.Start+byteOfRune(d.t.Norm[tok.Start:tok.End], 1), tok.End
			}
			if s.at > 0 {
				c.normStart, c.normEnd = s.at, d.t.Tokens[s.last-1].End
			}
			if k == 0 && !head.list && s.at == 0 {
				// The longer form is an alias: بلدة دوما for دوما.
				c.alias = d.sourceText(d.start(i), d.t.Tokens[s.last-1].End)
			}
			d.add(c)
		}
	}
}

// listedPlaceItem is a name of placeList: tokens [first, last), after a
// و the tokens did not split off when waw, with the canonical name of a
// listed place.
type listedPlaceItem struct {
	first, last int
	waw         bool
	canon       string
}

// placeList reads the names a plural place head lists from token j: each
// a listed place, a kunya and the word after it (أبو عريش، أم العرائس),
// or one Arabic word rarer than partCB that is no function word, common
// noun, nationality, verb, number, title or head; the second and later
// after و. Three names or more, or none: a name or two after a plural
// may be adjectives or the head's genitive (مدن عديدة، قرى المنطقة).
func (d *doc) placeList(j, seg int) []listedPlaceItem {
	// Read on the stack: most calls (after every في) find no list, and
	// a list found is copied out.
	var few [8]listedPlaceItem
	items := few[:0]
	for k := j; k < seg; {
		waw := false // the item's و is written on it, not split off
		if len(items) > 0 {
			switch {
			case d.has(k, fWaw) && d.word[k] == "و"+d.stem[k]:
			case !d.has(k, fPro) && strings.HasPrefix(d.word[k], "و"):
				waw = true
			default:
				k = seg
				continue
			}
		} else if d.has(k, fPro) {
			break
		}
		if m, ok := d.lookup(k, seg, setPlace); ok && !m.Entry.Weak && !waw {
			items = append(items, listedPlaceItem{k, m.End, false, m.Entry.Name})
			k = m.End
			continue
		}
		w := d.stem[k]
		if waw {
			w = strings.TrimPrefix(d.word[k], "و")
		}
		if kunyas.has(w) && k+1 < seg && d.has(k+1, fArabic) && !d.has(k+1, fPro|fStop|fNumber) {
			items = append(items, listedPlaceItem{k, k + 2, waw, ""})
			k += 2
			continue
		}
		c, ok := wordfreq.Centibels(w)
		if !d.has(k, fArabic) || d.has(k, fStop|fCommon|fNat|fVerbLike|fNumber) || d.titleOrHead(k) || utf8.RuneCountInString(w) < 3 ||
			ok && c >= partCB || !waw && d.known(k) {
			break
		}
		items = append(items, listedPlaceItem{k, k + 1, waw, ""})
		k++
	}
	if len(items) < 3 {
		return nil
	}
	return slices.Clone(items)
}

// placesListedAfterIn reads the places of a list after في that opens
// with a listed place (في المتلوي والرديف وأم العرائس والمظيلة): three
// names or more joined by و (see placeList) are the places of the one
// the lists know, towns of its region, though no list holds them. A
// shorter reading of one of them (وأم read as the agency وام) yields.
func (d *doc) placesListedAfterIn() {
	for i := 0; i+3 < d.n; i++ {
		if d.stem[i] != "في" {
			continue
		}
		items := d.placeList(i+1, int(d.segEnd[i]))
		if len(items) == 0 || items[0].canon == "" {
			continue
		}
		for _, it := range items {
			if !d.yieldsTo(it.first, it.last) {
				continue
			}
			c := cand{label: LOC, first: it.first, last: it.last, canon: it.canon, source: FromRule}
			if it.waw {
				tok := d.t.Tokens[it.first]
				c.normStart, c.normEnd = tok.Start+byteOfRune(d.t.Norm[tok.Start:tok.End], 1), d.t.Tokens[it.last-1].End
			}
			d.add(c)
		}
		i = items[len(items)-1].last - 1
	}
}

// yieldsTo reports whether tokens [first, last) may be read as a name of
// their own: no candidate covers them, or only candidates inside them of
// fewer tokens, which are dropped.
func (d *doc) yieldsTo(first, last int) bool {
	for j := first; j < last; j++ {
		if k := d.cover[j]; k != 0 {
			if c := d.cands[k-1]; c.first < first || c.last > last || c.last-c.first == last-first {
				return false
			}
		}
	}
	for j := first; j < last; j++ {
		if k := d.cover[j]; k != 0 {
			d.cands[k-1].dropped = true
			for m := d.cands[k-1].first; m < d.cands[k-1].last; m++ {
				d.cover[m] = 0
			}
		}
	}
	return true
}

// localityAt reports whether محلية at token i is the head of a Sudanese
// locality's name, not the adjective "local" (مصادر محلية، انتخابات
// محلية): a noun governed by ب or في, or in the genitive of a title or
// a head (بمحلية الفاو، في محلية الفاو، معتمد محلية بحري), as no
// adjective is.
func (d *doc) localityAt(i int) bool {
	if d.word[i] == "ب"+d.stem[i] {
		return true
	}
	if d.has(i, fPro) || i == 0 || int(d.segEnd[i-1]) <= i {
		return false
	}
	return d.word[i-1] == "في" || d.titleOrHead(i-1)
}

var localityWord = searchNorm.String("محلية")

// governorateHead is محافظة, folded: the head of a governorate's name and
// a woman governor's title (titleRule tells them apart).
var governorateHead = searchNorm.String("محافظة")

// clubHead heads a club's name (نادي الوداد الرياضي): one name word, then
// adjectives (orgPattern).
var clubHead = searchNorm.String("نادي")

// headAdjective reports whether token j, right after the place head at
// i, is a definite adjective agreeing with it before a listed place:
// العاصمة المؤقتة عدن، المدينة الساحلية اللاذقية. It qualifies the head
// (a temporary capital), no name: the place after it is.
func (d *doc) headAdjective(i, j, seg int) bool {
	if j+1 >= seg || !d.has(j, fDef|fArabic) || !d.has(j, fDef) || d.has(j, fPro|fStop|fNat|fNumber) || d.has(j+1, fPro) ||
		d.tehMarbuta(i) != d.tehMarbuta(j) || d.startsName(j) {
		return false
	}
	m, ok := d.lookup(j+1, seg, setPlace)
	return ok && !m.Entry.Weak
}

// nationalityBeforePlace reports whether token j, right after the place
// head at i, is a nationality adjective with the article agreeing with
// it, which the lists hold as a country's name too, before a listed place: العاصمة السعودية الرياض is Riyadh, the Saudi
// capital, though السعودية alone names the country.
func (d *doc) nationalityBeforePlace(i, j, seg int) bool {
	if j+1 >= seg || !d.has(j, fDef) || d.has(j, fPro) || d.has(j+1, fPro) || d.tehMarbuta(i) != d.tehMarbuta(j) {
		return false
	}
	if n, ok := d.lookup(j, j+1, setNationality); !ok || n.End != j+1 {
		return false
	}
	if p, ok := d.lookup(j, seg, setPlace); !ok || p.End != j+1 {
		return false // a nationality alone, which the pattern reads past as it is
	}
	m, ok := d.lookup(j+1, seg, setPlace)
	return ok && !m.Entry.Weak
}

// townName reports whether token j (after و when waw is set: a و the
// tokens split off or not, as in an unknown word) is a word that names
// a village, a quarter or a district by itself after a place head: an
// Arabic word without the article of three letters or more, no function
// word, common noun, nationality, title or verb, that no list knows, and
// rare: below titleCB and not ending as an adjective or an accusative
// does (ولاية ثانية، منطقة عازلة، بلدة صغيرة), or, ending in ي, a word the
// frequency list does not know at all (حي دركينلي; a nisba is known: حي
// سكني، معبر حدودي).
func (d *doc) townName(j int, waw bool) bool {
	w := d.stem[j]
	if d.has(j, fPro) != (waw && d.has(j, fWaw)) {
		return false // a proclitic that is not the و asked for
	}
	if waw && !d.has(j, fWaw) {
		rest, ok := strings.CutPrefix(d.word[j], "و")
		if !ok || strings.HasPrefix(rest, "ال") {
			return false
		}
		w = rest
	} else if waw && d.word[j] != "و"+w {
		return false // وب، ول: more than و
	}
	if d.has(j, fDef|fStop|fCommon|fNat|fVerbLike|fNumber) || !d.has(j, fArabic) ||
		utf8.RuneCountInString(w) < 3 || d.known(j) || d.titleOrHead(j) {
		return false
	}
	cb := d.centibels(j)
	if w != d.stem[j] {
		c, ok := wordfreq.Centibels(w)
		cb = unknownCB
		if ok {
			cb = c
		}
	}
	switch r, _ := utf8.DecodeLastRuneInString(w); r {
	case 'ه', 'ا', 'ى', 'ء':
		return false
	case 'ي':
		return cb == unknownCB
	}
	return cb < titleCB
}

// placedTown reports whether token j, right after a place head, is a
// place's name, though a frequent word, because the text places it in a
// larger one at once: ب, a place head and a place (منطقة صبر بمحافظة
// لحج، مدينة يريم بمحافظة إب، قرية كذا بمديرية كذا). A common noun after
// the head is not placed so (منطقة عمليات، منطقة نفوذ); an adjective of
// the head ends in ة (منطقة صناعية بمحافظة) and a plural in ات or ين.
func (d *doc) placedTown(j, seg int) bool {
	k := j + 1
	if k+1 >= seg || !d.has(j, fArabic) || d.has(j, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) || d.known(j) || d.titleOrHead(j) ||
		utf8.RuneCountInString(d.stem[j]) < 3 || d.tanween(j) {
		return false
	}
	w := d.stem[j]
	for _, end := range []string{"ه", "ا", "ء", "ات", "ين", "ون"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	if !d.has(k, fPlaceHead) || d.word[k] != "ب"+d.stem[k] || d.has(k+1, fPro) {
		return false
	}
	m, ok := d.lookup(k+1, seg, setPlace)
	return ok && !m.Entry.Weak || d.townName(k+1, false)
}

// chamberEnd returns where the name of the chamber of commerce whose
// head غرفة is token i ends, or i: its commerce, the trades joined to it
// by و in the same state (تجارة وصناعة، التجارة والصناعة), then, when
// indefinite, the place it serves, a listed place (غرفة تجارة وصناعة
// الشارقة، غرفة تجارة دبي), or, when definite, the nationalities that
// qualify it (غرفة التجارة العربية الألمانية). An indefinite commerce
// with no place after it names no chamber.
func (d *doc) chamberEnd(i int) int {
	seg := int(d.segEnd[i])
	j := i + 1
	def := d.has(j, fDef)
	j++
	for j < seg && d.has(j, fWaw) && d.word[j] == "و"+d.stem[j] && tradeFields.has(d.stem[j]) && d.has(j, fDef) == def {
		j++
	}
	if def {
		for n := 0; n < 2 && j < seg && d.has(j, fNat) && !d.has(j, fPro); n++ {
			j++
		}
		return j
	}
	if j >= seg || d.has(j, fPro) {
		return i
	}
	if m, ok := d.lookup(j, seg, setPlace); ok && m.Start == j && !m.Entry.Weak {
		return m.End
	}
	return i
}

// derivedAdjective reports a definite feminine participle of a derived
// verb (مت… or مست… ending in ة: المتجددة، المستدامة، المتوسطة، المتكاملة)
// after a feminine or plural definite noun it agrees with: an adjective
// of that noun (وزارة الكهرباء والطاقة المتجددة، وزارة البيئة والتنمية
// المستدامة), not another noun after it.
func (d *doc) derivedAdjective(j int) bool {
	s, ok := strings.CutPrefix(d.stem[j], "ال")
	if !ok || !d.tehMarbuta(j) || !strings.HasPrefix(s, "مت") && !strings.HasPrefix(s, "مست") {
		return false
	}
	return j > 0 && d.has(j-1, fDef) && (d.tehMarbuta(j-1) || strings.HasSuffix(d.stem[j-1], "ات"))
}

// nisbaShape reports whether a folded definite word ends as a nisba
// adjective: الجبلية، الشرقي.
func nisbaShape(w string) bool {
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه")
}

// featurePattern: a geographic feature or a facility named by its head
// and a rare word after it: جبل الثعالب، معبر الوافدين، مزارع الوهط،
// جبل عريش، قاعدة انجرليك. The head is part of the name (the annotations
// write جبل الثعالب whole). A listed place after the head is left to the
// lists (قاعدة العند reads العند, مطار عدن reads عدن), and a common word
// makes a common noun phrase (سوق العمل، قاعدة البيانات، جبل من الديون).
func (d *doc) featurePattern(i int) (int, func()) {
	if first, last, ok := d.quotedPlaceName(i); ok {
		return last + 1, func() {
			d.add(cand{label: LOC, first: first, last: last, source: FromRule})
		}
	}
	if d.has(i, fCommune) {
		if first, last := d.communePlace(i); last > first {
			return last, func() {
				d.add(cand{label: LOC, first: first, last: last, source: FromRule,
					alias: d.sourceText(d.start(i), d.t.Tokens[last-1].End)})
			}
		}
	}
	j := i + 1
	if !d.has(i, fFeatureHead) || j >= int(d.segEnd[i]) || !d.featureName(featureHeads[d.stem[i]], j) && !d.springOfSurname(i, j) {
		return i, nil
	}
	if d.stem[i] == "وادي" && strings.ContainsRune(d.sourceText(d.start(i), d.t.Tokens[i].End), 'أ') {
		return i, nil // وأدى "and he performed", folded like وادي
	}
	if featureHeads[d.stem[i]].verb && !d.featureContext(i) {
		return i, nil // عين المجلس سالم وزيرا: the verb (عيّن), no spring
	}
	if featureHeads[d.stem[i]].verb && d.has(j, fDef) && d.sportNear(i, j+1) {
		return i, nil // لعب في رأس الحربة: the striker's place on the pitch, no cape
	}
	end := j + 1
	if featureHeads[d.stem[i]].facility && !d.has(j, fDef) && end < int(d.segEnd[i]) && d.has(end, fArabic) &&
		!d.has(end, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber|fStorm) && !d.known(end) && d.centibels(end) < partCB &&
		utf8.RuneCountInString(d.stem[end]) >= 3 {
		end++ // فندق ريتز كارلتون: a foreign brand of two rare words
	}
	if featureHeads[d.stem[i]].square && d.has(j, fDef) && end < int(d.segEnd[i]) && d.has(end, fDef) &&
		!d.has(end, fPro|fStop|fNat|fNumber) && !d.known(end) && !timeWords.has(d.stem[end]) && !directions.has(d.stem[end]) && !adjectiveEnding(d.stem[end]) {
		end++ // ساحة الجندي المجهول: the name's adjective
	}
	return end, func() {
		d.add(cand{label: LOC, first: i, last: end, source: FromRule})
	}
}

// springOfSurname reports whether token j, a definite word the lists
// hold as a person's surname (الأسد), names the place after a feature
// head that is also a verb (عين) where only a noun stands: قاعدة عين
// الأسد، في عين الأسد, a spring's name, no appointment of al-Assad.
func (d *doc) springOfSurname(i, j int) bool {
	if !featureHeads[d.stem[i]].verb || !d.has(j, fDef) || d.has(j, fPro|fStop|fNat|fNumber) || !d.featureContext(i) {
		return false
	}
	m, ok := d.lookup(j, j+1, setPerson)
	return ok && m.End == j+1
}

// quotedPlaceName returns the tokens [first, last) of a name in quotes
// right after token i, a head of a feature, a facility or a place that
// names one (فندق "صحفي"، تقاطع «كيه فور»، مخيم "الأمل"): one to three
// words, Arabic or Latin, the closing quote right after them. The head,
// which a verb's spelling would make doubtful (عين), is no verb head
// and no head of several places.
func (d *doc) quotedPlaceName(i int) (first, last int, ok bool) {
	if !d.has(i, fFeatureHead|fPlaceHead) || i+2 >= int(d.segEnd[i]) || !d.has(i+1, fOpenQ) {
		return 0, 0, false // most tokens
	}
	if d.has(i, fPro) && !d.has(i, fWaw) {
		return 0, 0, false // بسجن "…": a proclitic is read by the patterns' callers
	}
	if h, feature := featureHeads[d.stem[i]]; feature && h.verb {
		return 0, 0, false
	}
	if h := placeHeads[d.stem[i]]; h.list || h.region || h.listedOnly {
		return 0, 0, false
	}
	seg := int(d.segEnd[i])
	first = i + 2
	for last = first; last < seg && last-first < 3 && d.has(last, fWord) && !d.has(last, fStop|fVerbLike); last++ {
	}
	if last == first || last >= seg || !d.has(last, fCloseQ) {
		return 0, 0, false
	}
	return first, last, true
}

// squareCommons (folded) are the definite nouns after ساحة or ميدان that
// make a field, a yard or an arena, no named square: ساحة المعركة،
// ميدان العمل، ساحة المدرسة.
var squareCommons = foldedSet("المعركة", "المعارك", "القتال", "الحرب", "المواجهة", "المواجهات", "الصراع", "العمل", "الشرف",
	"السباق", "الرماية", "التدريب", "المنافسة", "اللعب", "المدرسة", "المسجد", "المنزل", "الدار", "الجامعة", "المستشفى",
	"الاعتصام", "الجريمة", "الحادث", "المعرض", "الانتظار", "الفندق", "القصر", "الملعب", "السجن", "الإعدام")

// squarePrepositions are the words (folded, as written) a square one is
// in or goes to stands after.
var squarePrepositions = foldedSet("في", "إلى", "الى", "من", "داخل", "قرب", "وسط", "أمام", "امام")

// featureName reports whether token j, right after a feature head h,
// is a word that names the feature: an Arabic word of three letters or
// more, no function word, common noun, nationality, title, verb or
// storm (في عين الإعصار: the storm's eye, no spring), that
// no list knows, and rare. A definite word (where h takes one) is rare
// below featureCB (الوافدين, الثعالب; not العبور or الديون), a definite
// nisba below partCB, the bound of a family name; a word without the
// article (where h takes one) below titleCB (عريش، انجرليك), and never
// with the ending of an adjective or an accusative (قاعدة عسكرية، جبل
// شاهقا). After a named head a listed given or family name without the
// article is the place's (منفذ سلوى، كوم حمادة),
// and a bare word, in ة too, is a name below partCB (كوم حمادة).
func (d *doc) featureName(h featureHead, j int) bool {
	if h.named && normalize.IsFutureVerb(d.stem[j]) {
		return false // كل من قصر سيحاسب: the verb قصّر, a verb after it
	}
	if h.named && !d.has(j, fPro|fStop|fNat) {
		if m, ok := d.givenMatch(j); ok && m.End == j+1 {
			return true // منفذ سلوى، قصر عابدين: a given name names the place
		}
		if _, ok := d.lookup(j, j+1, setFamily); ok && !d.has(j, fDef) {
			return true // كوم حمادة: so does a family name
		}
	}
	if d.has(j, fPro|fStop|fCommon|fNat|fVerbLike|fNumber|fStorm) || !d.has(j, fArabic) ||
		utf8.RuneCountInString(d.stem[j]) < 3 || d.known(j) || d.titleOrHead(j) {
		return false
	}
	w := d.stem[j]
	if d.has(j, fDef) {
		if !h.definite {
			return false
		}
		if h.square && !d.has(j, fPro|fNat) && !squareCommons.has(w) && !adjectiveEnding(w) &&
			(j > 1 && !d.has(j-1, fPro) && squarePrepositions.has(d.word[j-2]) || d.has(j-1, fPro) && strings.HasPrefix(d.word[j-1], "ب")) {
			// في ميدان الشهداء، بساحة الحرية، إلى ساحة التحرير: a
			// square one is in, named by a frequent word too.
			return true
		}
		if strings.HasSuffix(w, "ي") {
			return d.centibels(j) < partCB
		}
		return d.centibels(j) < featureCB
	}
	if !h.bare {
		return false
	}
	switch r, _ := utf8.DecodeLastRuneInString(w); r {
	case 'ه':
		if !h.verb && !h.named || d.writtenHeh(j) {
			return false // a verb head is read in context only: عين زارة; كوم حمادة
		}
	case 'ي':
		// A nisba is known (معبر حدودي); a word the frequency list
		// does not know at all is a name (تقاطع زوبي).
		return d.centibels(j) == unknownCB || h.facility && d.centibels(j) < foreignCB
	case 'ا', 'ى', 'ء':
		return false
	}
	if h.named {
		return d.centibels(j) < partCB // كوم حمادة: a name word, as a family name is
	}
	return d.centibels(j) < titleCB
}

// featureContext reports whether the feature head at token i, written
// as a verb too (عين "appointed", رأس "chaired"), stands where only a
// noun stands: after a preposition or in a genitive (placeContext: في
// عين زارة، بعين زارة، منطقة عين زارة) or after the head of a place or
// a facility it names (حي عين زارة، سجن عين زارة).
func (d *doc) featureContext(i int) bool {
	if d.placeContext(i) {
		return true
	}
	if i == 0 || d.has(i, fPro) || !d.has(i-1, fArabic) {
		return false
	}
	_, place := placeHeads[d.stem[i-1]]
	return place || facilityHeads.has(d.stem[i-1]) || featureContextHeads.has(d.stem[i-1])
}

// commandPattern: an operations command or room named by the place or
// the front it runs (قيادة عمليات بغداد، قيادة عمليات غرب الأنبار، غرفة
// عمليات بركان الفرات) or by its kind (قيادة العمليات المشتركة) is an
// organization, head and all, as the annotations write it; the place
// inside it is no participant. قيادة alone is "leading" or "driving" and
// heads no name (قيادة السيارة، قيادة التحالف).
func (d *doc) commandPattern(i int) (int, func()) {
	seg := int(d.segEnd[i])
	j := i + 1
	if d.has(i, fCommand) && j+1 < seg && !d.has(j, fPro|fDef) && commandedForces.has(d.stem[j]) && !strings.HasPrefix(d.stem[i], "ال") {
		// قيادة شرطة ذي قار، قيادة شرطة محافظة البصرة: the command of
		// a force named by its place is the body, named with its head.
		if end, _ := d.orgPattern(j); end > j+1 {
			return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
		}
		return i, nil
	}
	if !d.has(i, fCommand) || j+1 >= seg || d.has(j, fPro) || !operationsWords.has(d.stem[j]) {
		return i, nil
	}
	k := j + 1
	end := i
	switch {
	case d.has(j, fDef):
		// قيادة العمليات المشتركة: the kind, an adjective.
		if !d.has(k, fPro|fStop|fNat) && d.has(k, fDef) && (nameAdjectives.has(d.word[k]) || adjectiveEnding(d.stem[k])) {
			end = k + 1
		}
	case d.has(k, fPro|fStop|fNumber) || !d.has(k, fArabic):
	default:
		if m, ok := d.lookup(k, seg, setPlace); ok && !m.Stripped {
			end = m.End // قيادة عمليات نينوى
			break
		}
		// قيادة عمليات غرب الأنبار، غرفة عمليات بركان الفرات: a word
		// in construct and a place or a definite word after it.
		if k+1 < seg && !d.has(k, fDef) && (!d.has(k, fCommon) || compassWords.has(d.stem[k])) && !d.has(k+1, fPro|fStop) {
			if m, ok := d.lookup(k+1, seg, setPlace); ok && !m.Stripped {
				end = m.End
			} else if d.has(k+1, fDef) {
				end = k + 2
			}
		}
	}
	if end <= i {
		return i, nil
	}
	return end, func() {
		d.add(cand{label: ORG, first: i, last: end, source: FromRule})
	}
}

// resistancePattern: المقاومة and an adjective of resistanceNames is an
// armed group (المقاومة الشعبية in Yemen, المقاومة الإسلامية in Lebanon),
// an organization as the guidelines want a name-like phrase; المقاومة
// alone or with another adjective (المقاومة المسلحة، المقاومة
// الفلسطينية) is none.
func (d *doc) resistancePattern(i int) (int, func()) {
	j := i + 1
	if !d.has(i, fResistance) || j >= int(d.segEnd[i]) || d.has(j, fPro) || !resistanceNames.has(d.stem[j]) {
		return i, nil
	}
	return j + 1, func() {
		d.add(cand{label: ORG, first: i, last: j + 1, source: FromRule})
	}
}

// militiaName reads a militia head written before the name of its group
// where a list has the two together as one of the group's names
// (ميليشيات الحوثي, listed for الحوثيون): the group is named by the
// name, without the head, as the annotations write it (the militia of
// the Houthis), and the head and the name are an alias. It is asked
// where a listed name starts at the head only: مليشيا الحوثي, a spelling
// no list has, stays unread (its new mentions, optional in the
// annotations, gave events participants the annotations do not have).
// It returns the token after the name, or i.
func (d *doc) militiaName(i int) int {
	j := i + 1
	if j >= int(d.segEnd[i]) || d.has(j, fPro) || !d.has(j, fArabic) {
		return i
	}
	for _, e := range d.r.g.Lookup("ميليشيات " + d.stem[j]) {
		if e.Kind != gz.Org {
			continue
		}
		c := cand{label: ORG, first: j, last: j + 1, canon: e.Name, source: FromGazetteer}
		start := d.start(i)
		if !militiaHeads.has(d.stem[i]) {
			// لميليشيات: the preposition stays out of the alias.
			sp := normalize.SplitClitics(d.word[i])
			tok := d.t.Tokens[i]
			start = tok.Start + byteOfRune(d.t.Norm[tok.Start:tok.End], utf8.RuneCountInString(d.word[i][:sp.Start]))
		}
		c.alias = d.sourceText(start, d.t.Tokens[j].End)
		d.add(c)
		return j + 1
	}
	return i
}

// weakNisba reports whether token j is a definite nisba (الجمهوري) that
// a list knows only as the weak short name of something that is no
// place (the Republican party): a place head before it makes a place's
// name (حي الجمهوري).
func (d *doc) weakNisba(j int) bool {
	if !d.has(j, fDef) || d.has(j, fNat) || !strings.HasSuffix(d.stem[j], "ي") {
		return false
	}
	m, ok := d.lookup(j, int(d.segEnd[j]), gz.NameKinds)
	return ok && m.Entry.Weak && m.End == j+1 && m.Entry.Kind != gz.Place
}

// benPlace reports whether tokens j, j+1 and j+2 (before seg) are a
// place's name of the form X بن Y (or بني) whose first word begins
// place names (benPlaceHeads): قصر بن غشير، بئر بن غنيمة. After a place
// head this is a place, not a person's name.
func (d *doc) benPlace(j, seg int) bool {
	if j+2 >= seg || d.has(j, fPro) || !benPlaceHeads.has(d.stem[j]) || d.word[j+1] != "بن" && d.word[j+1] != "بني" {
		return false
	}
	return d.has(j+2, fArabic) && !d.has(j+2, fPro|fStop|fNumber)
}

// tribePlace returns the end of a place's name that begins with بني or
// بنو "the sons of" at token j (before seg), after a place head: a rare
// word, the tribe (بني شنقول), and a second rare word without the
// article after it (بني شنقول قماز); or j.
func (d *doc) tribePlace(j, seg int) int {
	if j+1 >= seg || d.has(j, fPro) || d.word[j] != "بني" && d.word[j] != "بنو" || !d.tribeWord(j+1) || d.centibels(j+1) >= partCB {
		return j
	}
	if j+2 < seg && d.tribeWord(j+2) && !d.has(j+2, fDef) && d.centibels(j+2) < districtCB {
		return j + 3
	}
	return j + 2
}

// sidiPlace returns the end of a Maghrebi place's name that begins with
// سيدي "saint, my lord" at token j (before seg), or j: سيدي and a word that
// is no function word, common word, verb or number (a saint's given name
// or a rare word: سيدي قاسم، سيدي بوقنادل), and a rare definite word after
// it (سيدي علال البحراوي). After a place head (headed) any such word
// names the place; after a preposition of place only a rare word that no
// list holds (في سيدي بوقنادل: no person is "in" a man; إلى سيدي محمد may
// be addressed to one, and stays as it is).
func (d *doc) sidiPlace(j, seg int, headed bool) int {
	if j+1 >= seg || d.stem[j] != sidi && !(headed && d.stem[j] == sitti) || d.has(j, fPro) && !d.proIsWaw(j) {
		return j
	}
	k := j + 1
	if !d.has(k, fArabic) || d.has(k, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) {
		return j
	}
	if !headed && (d.known(k) || d.cover[k] != 0 || d.centibels(k) >= districtCB) {
		return j
	}
	if d.stem[k] == mauritanianSon || k+1 < seg && (d.stem[k+1] == mauritanianSon || d.stem[k+1] == "بن") {
		return j // سيدي محمد ولد بوبكر: a person's nasab
	}
	if k+1 < seg && d.has(k+1, fDef|fArabic) && d.has(k+1, fDef) && !d.has(k+1, fPro|fStop|fCommon|fNat) && !d.known(k+1) && d.centibels(k+1) < districtCB {
		return k + 2
	}
	return k + 1
}

// tribeWord reports whether token k may be a word of a tribe's or a
// place's name: an Arabic word no list holds, no function word, common
// word, nationality, verb or number, without a proclitic.
// aitPlace returns the end of an Amazigh place name at token j after a
// place head, or j: آيت (أيت، ايت: "the sons of") and one to three name
// words, given names (يحيى موسى، عبد الله) or words no list holds
// (منقلات، واعبان), none with a proclitic or the article. After a
// title or a given name آيت begins a family name (النائب آيت أحمد),
// read as a person's; only a place head makes it a place.
func (d *doc) aitPlace(j, seg int) int {
	if j+1 >= seg || d.has(j, fPro) || !aitWords.has(d.word[j]) {
		return j
	}
	// The first name word, then given names only: a rare word after
	// them is as often the next word of the sentence (لدفنه).
	k := j + 1
	for k < seg && k < j+4 && d.has(k, fArabic) && !d.has(k, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) {
		if m, ok := d.givenMatch(k); ok && m.End <= seg && m.End <= j+4 {
			k = m.End
			continue
		}
		if k > j+1 || d.known(k) || d.cover[k] != 0 || d.centibels(k) >= partCB {
			break
		}
		k++
	}
	if k == j+1 {
		return j
	}
	return k
}

func (d *doc) tribeWord(k int) bool {
	return d.has(k, fArabic) && !d.has(k, fPro|fStop|fCommon|fNat|fVerbLike|fNumber) && d.cover[k] == 0 && !d.known(k)
}

// featureCB is the frequency (centibels) below which a definite word
// after a feature head names it: الوافدين is at -508, العبور and الديون
// at -480.
const featureCB = -500

// titleOrHead reports whether token j is a title or the head word of an
// organization (الرئيس، البعثة، المجلس).
func (d *doc) titleOrHead(j int) bool {
	if d.has(j, fOrgHead) {
		return true
	}
	if d.scan.May(j, setTitleOrHead) {
		_, ok := d.lookup(j, j+1, setTitleOrHead)
		return ok
	}
	return false
}

// personPattern: a given name and the name parts after it: نذير الحكيم،
// محمد جواد ظريف، عبد ربه منصور هادي، فيصل بن فرحان.
func (d *doc) personPattern(i int) (int, func()) {
	if i > 0 && !d.has(i, fPro) && fathers.has(d.stem[i-1]) && !d.has(i-1, fPro) && int(d.segEnd[i-1]) > i {
		return i, nil // بن عبدالعزيز آل سعود goes on the name before بن (see extendNasab)
	}
	if d.heldItVerb(i) {
		return i, nil // لقاء جمعه بن فلان: the meeting he held, no given name جمعه
	}
	end, ok := d.personAt(i, false)
	if !ok {
		return i, nil
	}
	return end, func() {
		c := cand{label: PER, first: i, last: end, source: FromRule}
		if d.sidiBefore(i, end) {
			c.first = i - 1 // سيدي محمد ولد بوبكر: سيدي begins the given name
		}
		if gm, ok := d.givenMatch(i); ok && gm.Stripped && !d.has(i, fPro) {
			// خلفا لنجدت اوزيل: the given name is listed without the
			// proclitic that the word splitter left on it (نجدت).
			c.normStart, c.normEnd = gm.NormStart, d.t.Tokens[end-1].End
		}
		d.add(c)
	}
}

// personAt returns the end of a person name starting with a given name at
// token i. titled says a title stands before it: then a weak given name
// or a single given name is enough.
func (d *doc) personAt(i int, titled bool) (int, bool) {
	gm, ok := d.givenMatch(i)
	if !ok {
		if !d.definiteGivenNasab(i) && !(titled && (d.givenBeforeLineage(i) || d.definiteGivenBeforeLineage(i))) {
			return i, false
		}
		gm = gz.Match{End: i + 1} // المختار ولد الداه: a definite given name and ولد
	}
	gEnd, strong, foreign := gm.End, !gm.Entry.Weak, gm.Entry.Foreign
	seg := int(d.segEnd[i])
	if !strong && d.has(i, fDef) && gEnd < seg && d.listedPerson(gEnd) {
		// الرئيس الطيب أردوغان: a given name with the article (الطيب، weak)
		// before a listed person's name is that person's own, as the
		// press writes it, not another person.
		return i, false
	}
	j := gEnd
	prevGiven := true // the previous part was a given name (an unknown word may follow)
	afterNasab := false
	parts := 1
	for j < seg && parts < 9 {
		if d.has(j, fPro) {
			break
		}
		if end := d.lineageAt(j, seg); end > j {
			// بن ناصر، بنت فهد: a given name after بن is the father's,
			// a weak one too (ناصر "supporter", فهد "leopard", which
			// namePart takes for common words). آل الشيخ، آل ثاني: the
			// family ends the name.
			parts += end - j
			j = end
			prevGiven, afterNasab = true, true
			if familyParticle.has(d.stem[end-2]) {
				break
			}
			if j < seg && ordinals.has(d.stem[j]) && !d.has(j, fPro) {
				if m, ok := d.lookup(end-1, seg, setPerson); ok && m.End == j+1 {
					// الأمير هاشم بن عبدالله الثاني: the father is a
					// monarch named with his number, which the son's
					// name keeps.
					j++
					break
				}
			}
			if d.titledFamily(j, seg) {
				j++ // عبدالله بن سلطان السلطان إلى التقاعد: a family named by a title that is also a given name
				break
			}
			continue
		}
		if kunyas.has(d.word[j]) && j+1 < seg && d.placeVisited(i, j) {
			break // زار الوزير محمد أبو ظبي: the place he visited (أبو ظبي), no kunya
		}
		if (patronymics.has(d.word[j]) || kunyas.has(d.word[j])) && j+1 < seg && (d.namePart(j+1) || d.givenNameAt(j+1) ||
			parts >= 1 && fathers.has(d.word[j]) && !d.has(j+1, fPro|fDef) && d.rareNameWord(j+1, true) || d.kunyaFamilyAt(j, seg) > j ||
			parts >= 1 && d.word[j] == amazighSon && d.has(j+1, fArabic) && !d.has(j+1, fPro|fNumber) && !(d.has(j+1, fDef) && d.has(j+1, fStop))) {
			// (هشام آيت منا: after آيت, whatever word follows is the
			// family's name, a common word too; with the article as
			// well, a title word among them: إبراهيم أيت الحاج.)
			// (سالم بن تاهية: after بن a rare word shaped as a verb
			// is, the Maghreb's family name.)
			// بن فرحان، عبد ربه، أبو جبارة; a frequent given name too:
			// أبو عمرو (عمرو is too frequent a word for namePart).
			afterNasab = afterNasab || patronymics.has(d.word[j])
			j += 2
			prevGiven = true
			parts += 2
			continue
		}
		if d.gulfFather(j, seg) {
			// أحمد صباح السالم الحمود الصباح: صباح "morning" is the
			// father's given name before the Gulf chain of definite ones.
			j++
			prevGiven = true
			parts++
			continue
		}
		if m, ok := d.givenMatch(j); ok {
			if m.Stripped && d.prepNoun(j) {
				break // حسن فؤاد بفتح تحقيق: ب and a verbal noun, no given name فتح
			}
			j = m.End
			prevGiven = true
			foreign = m.Entry.Foreign
			parts++
			continue
		}
		if parts == 1 && j == i+1 && compoundFirst.has(d.stem[i]) && compoundSecond.has(d.word[j]) {
			// محمد خير، محمد نور، محمد أمين: the Levant's compound
			// given names, whose second word is also a common word.
			j++
			prevGiven = true
			parts++
			continue
		}
		if titled && parts >= 2 && !foreign && (d.townAsFamily(j) || d.townAsBareFamily(i, j)) {
			j++ // محافظ البنك محمد خير الزبير: a small town's name as the family name
			break
		}
		if parts == 1 && !foreign && d.nisbaPlace(j) {
			j++ // علي الزعتري: a family name after a place (الزعتري, the camp)
			break
		}
		if parts == 1 && !foreign && strong && d.nisbaFamily(j) {
			j++ // مصطفى العلوي، محمد المصري: a nisba right after one given name is the family name
			break
		}
		if prevGiven && (titled || parts >= 2) && d.monthFamily(j, seg) {
			j++ // اللواء إبراهيم رمضان: a month's name as the family name
			break
		}
		if !d.namePart(j) {
			if prevGiven && parts >= 2 && nameParticles.has(d.word[j-1]) && !d.has(j-1, fPro) && d.has(j, fArabic) && !d.has(j, fPro|fStop|fNumber) {
				j++ // ستيفان دي مستورا: after a European particle any word is the family's (one ending in ا too)
			} else if prevGiven && d.foreignSurname(j) {
				j++ // ميلوفان يانيتش: a foreign family name ends the name
			} else if prevGiven && foreign && d.bareNisbaSurname(j, seg) {
				j++ // جوليا روسي، ماركو لومباردي: Rossi, no adjective of a name
			} else if prevGiven && parts >= 2 && !foreign && d.familyBeforeOneOf(j, seg) {
				j++ // عبدالله يحيى الحاكم احد القادة: a frequent word as the family name
			}
			break
		}
		if d.has(j, fDef) && foreign {
			break // هنري التقدم: a foreign name takes no ال family name
		}
		if d.has(j, fDef) && d.pluralNoun(j) {
			break // زار الوزير فلان بن فلان المصابين: the verb's object, no family name
		}
		if d.has(j, fDef) && (!prevGiven || afterNasab) && d.commonAfterName(j) {
			break // حضر الأمير هاشم بن الحسين الحفل، أعلنت الوزيرة ماري قعوار الدعم: the verb's object
		}
		if d.has(j, fDef) {
			if !strong && !titled && parts == 1 && !d.untitledNisbaFamily(i, j) {
				break
			}
			if titled && parts == 1 && d.calledBackByFamily(i, j) {
				break // دعا المحافظ صلاح الآباء: the person called back, then the verb's object
			}
			j++ // the family name with ال ends the name
			if end := d.lineageAt(j, seg); end > j && d.stem[j] == mauritanianSon {
				// محمد الأمين ولد الشيخ: a Mauritanian nasab goes on
				// after a definite given name.
				parts += end - j
				j = end
				prevGiven = true
				continue
			}
			if j < seg && patronymics.has(d.word[j]) && j+1 < seg && d.namePart(j+1) {
				j += 2
			}
			// صباح الخالد الحمد الصباح: in the Gulf the father's and
			// grandfather's given names take the article before the
			// family name. A definite name word goes on after a definite
			// given name, and a definite given name after any definite
			// name word (محمد العبدالله المبارك الصباح; الصباح, also a
			// frequent word, is the given name صباح with the article).
			// Five words at most: the given name, three forebears' and
			// the family's (أحمد صباح السالم الحمود الصباح الوفد: the
			// delegation is the verb's object).
			for j < seg && parts < 6 && j-i < 5 && d.has(j, fDef) && !d.has(j, fPro) && !d.startsName(j) && !timeWords.has(d.stem[j]) {
				if !d.givenNameWord(strings.TrimPrefix(d.stem[j], "ال")) &&
					(!(d.namePart(j) && d.givenNameWord(strings.TrimPrefix(d.stem[j-1], "ال"))) || d.objectAfterChain(j)) {
					break // هاجم الوزير خالد العلي الصحف: a common word is the verb's object
				}
				j++
				parts++
			}
			break
		}
		if !strong && !titled && parts == 1 && d.rareFamilyBeforeSpeech(j, seg) {
			j++ // وقال رئيس اللجنة … هادي هيج، في تصريح: the family name ends the speaker's name
			break
		}
		if !prevGiven || (!strong && !titled && parts == 1) {
			break
		}
		if d.startsName(j) || d.unlikelyPart(j) || d.derivedVerb(j) || parts >= 2 && d.verbBeforeObject(j) {
			break
		}
		j++
		// خوسيه دي أبريل: a European particle takes the word after it
		// (namePart reads a month there as the family name).
		prevGiven = nameParticles.has(d.word[j-1])
		parts++
	}
	if j == gEnd && !titled {
		return i, false
	}
	return j, true
}

// headlineFamilyNames reads a person named by a listed family name or
// short form alone at the start of a line, right before an imperfect
// verb: a headline's
// subject (العثماني يترأس اجتماع مجلس الحكومة، هادي يستقبل سفير الاتحاد
// الأوروبي، بن دغر يصل المكلا). Headlines call the officials their readers
// know by the family name and tell what they do in the present tense; a
// line of the body opens with a verb, a particle or a full name.
func (d *doc) headlineFamilyNames() {
	for i := 0; i < d.n; i++ {
		if !d.lineStart(i) || d.cover[i] != 0 || !d.has(i, fArabic) || d.has(i, fPro|fStop|fNumber|fNat) {
			continue
		}
		m, ok := d.lookup(i, d.n, setFamily|setPerson)
		e := m.End
		if !ok || e-i > 2 || e >= int(d.segEnd[i]) || !d.free(i, e) || !d.presentVerb(e) {
			continue
		}
		if m.Entry.Kind == gz.Person && m.Entry.Weak && d.has(i, fDef) {
			continue // المعلم يطالب: a short form that is a common noun with the article
		}
		if _, other := d.lookup(i, e, gz.AllKinds&^(setFamily|setGiven|setPerson)); other {
			continue // a place's or a body's name too
		}
		d.add(cand{label: PER, first: i, last: e, source: FromRule})
	}
}

// lineStart reports whether token i opens a line of the text.
func (d *doc) lineStart(i int) bool {
	return i == 0 || strings.IndexByte(d.t.Norm[d.t.Tokens[i-1].End:d.t.Tokens[i].Start], '\n') >= 0
}

// presentVerb reports whether token i is shaped as an imperfect verb of
// the third person (يستقبل، تبحث، يصل) that no list holds as a name.
func (d *doc) presentVerb(i int) bool {
	st := d.stem[i]
	return d.has(i, fArabic) && !d.has(i, fPro|fDef|fNumber|fNat) && (strings.HasPrefix(st, "ي") || strings.HasPrefix(st, "ت")) &&
		utf8.RuneCountInString(st) >= 3 && !d.known(i)
}

// calledBackByFamily reports whether the word at token i, right after a
// title, is the last word of the name of a person of two words or more
// read before it, and the definite token j after it a common word (see
// commonAfterName): the press calls a person back by the title and the
// family name (محافظ إب عبدالواحد صلاح … دعا المحافظ صلاح), and the word
// after it is the verb's object (الآباء), not a family name of its own.
func (d *doc) calledBackByFamily(i, j int) bool {
	if j != i+1 || !d.commonAfterName(j) || nisbaShape(d.stem[j]) {
		return false
	}
	// The person named before is among the candidates read last (an
	// article holds fewer than calledBackReach): a scan of them all at
	// every such title was quadratic on a long line.
	for k := len(d.cands) - 1; k >= 0 && k >= len(d.cands)-calledBackReach; k-- {
		c := &d.cands[k]
		if !c.dropped && c.label == PER && c.last <= i && c.last-c.first >= 2 && !d.has(c.last-1, fPro) && d.stem[c.last-1] == d.stem[i] {
			return true
		}
	}
	return false
}

// calledBackReach is how many of the candidates read last
// calledBackByFamily looks among for the person a title calls back.
const calledBackReach = 512

// untitledNisbaFamily reports whether the definite token j, right after
// the weak given name at token i that no title precedes, is the person's
// family name: a nisba (سعيد الخالدي، كريم الحربي). An indefinite noun
// takes no definite adjective, so a word that is also a common noun
// (سعيد "happy", كريم "generous") before a definite nisba is the given
// name. Not a nationality, an ordinal or a stop word (رجب الماضي), no
// body, place or title the lists hold (نجم الأهلي: the club's star; a
// listed family name is welcome: سعيد البلوشي), and no proclitic
// on the given name but و (لصالح الأهلي، باسم: "in the name of").
func (d *doc) untitledNisbaFamily(i, j int) bool {
	if !nisbaShape(d.stem[j]) || d.has(j, fNat|fStop|fPro) || ordinals.has(d.stem[j]) || timeWords.has(d.stem[j]) {
		return false
	}
	if _, ok := d.lookup(j, j+1, gz.AllKinds&^(setFamily|setGiven|setPerson)); ok {
		return false // نجم الأهلي: a body's or a place's name, not a family's
	}
	if d.has(i, fPro) && strings.TrimSuffix(d.word[i], d.stem[i]) != "و" {
		return false
	}
	if _, ok := d.lookup(j, j+1, setFamily); ok {
		return true // سعيد البلوشي
	}
	// Not a noun that ends in ي: the shapes of الوادي، القاضي and of the
	// plurals الأراضي، المباني (كامل الأراضي "the whole territory", منى
	// الوادي a hospital's name, فتح الموانئ "opening the ports"), nor one
	// of the commonest words (الماضي، العسكري).
	return !yaNounShape(strings.TrimPrefix(d.stem[j], "ال")) && d.centibels(j) <= untitledFamilyCB
}

// untitledFamilyCB is the frequency (centibels) above which a nisba is
// too common a word to be the family name of an untitled person with a
// weak given name (الحالي، الفني; الحربي، a family name, is rarer).
const untitledFamilyCB = -440

// yaNounShape reports whether the folded word w, without the article, has
// the shape of a noun that ends in ي rather than of a nisba: four letters
// with ا second (وادي، قاضي، نادي) or five with ا third (أراضي، مباني،
// موانى).
func yaNounShape(w string) bool {
	if !strings.HasSuffix(w, "ي") {
		return false
	}
	n, alef := 0, 0
	for _, r := range w {
		n++
		if r == 'ا' && alef == 0 {
			alef = n
		}
	}
	return n == 4 && alef == 2 || n == 5 && alef == 3
}

// commonAfterName reports whether the definite token j, after a name
// that has its family or its father's part already (an unknown word
// after the given name, or a nasab), is a frequent common word that
// begins the verb's object rather than ends the name: not a nisba
// (الحمادي), a given name with the article (الحسن، الشريف) or a name the
// lists hold; the family names of a trade (النجار، الخطيب), frequent
// too, stand right after a given name, where this is not asked.
func (d *doc) commonAfterName(j int) bool {
	st := d.stem[j]
	return d.centibels(j) > partCB && !nisbaShape(st) && !d.givenNameWord(strings.TrimPrefix(st, "ال")) && !d.known(j)
}

// objectAfterChain reports whether the definite token j, after a
// definite given name that ends a person's name (خالد العلي، سعد الناصر),
// is a common word, the verb's object, rather than a forebear's name of
// a Gulf chain: one of the 20,000 commonest forms (الصحف، السفراء،
// الوفد) that is no nisba, no name the lists hold as a person's and no
// forebear before the family's name (المبارك الصباح).
func (d *doc) objectAfterChain(j int) bool {
	if d.centibels(j) <= titleCB || nisbaShape(d.stem[j]) || d.personWordAt(j) {
		return false
	}
	k := j + 1
	return k >= int(d.segEnd[j]) || !d.has(k, fDef) || d.has(k, fPro) ||
		!d.givenNameWord(strings.TrimPrefix(d.stem[k], "ال")) && !d.personWordAt(k)
}

// personWordAt reports whether the lists hold token i alone as a
// person's name.
func (d *doc) personWordAt(i int) bool {
	m, ok := d.lookup(i, i+1, setPerson)
	return ok && m.End == i+1
}

// kunyaFamilyAt returns the end of a kunya that ends a person's name as
// the family's name at token j (كريم محمود أبو صالح، قدري أبو بكر), or j:
// أبو، أبي or أبا with no proclitic, and a given name after it, a weak
// one too (صالح "fit", بكر, which namePart takes for common words), that
// no list holds as a place or a body with the kunya (أبو ظبي، أبو غريب).
// أم ("or", "mother") ends no name.
func (d *doc) kunyaFamilyAt(j, seg int) int {
	if j+1 >= seg || !d.has(j, fKunya) || d.has(j, fPro) || d.has(j+1, fPro|fDef|fStop) || d.word[j] == umm || d.startsName(j) {
		return j
	}
	if e, _, ok := d.givenName(j + 1); ok && e == j+2 {
		return e
	}
	return j
}

var umm = searchNorm.String("أم")

// monthFamily reports whether token j, a month's name that is also a
// family name (رمضان، رجب، شعبان), ends the name of a person whose given
// name is right before it: a word of time (الماضي، المقبل), a definite
// epithet (المبارك، الكريم) or a number after it makes it the month
// (قبل رمضان الماضي، في رمضان 1438).
func (d *doc) monthFamily(j, seg int) bool {
	if d.has(j, fPro) || !monthGivenNames.has(d.word[j]) {
		return false
	}
	if k := j + 1; k < seg && (d.has(k, fDef|fNumber) || timeWords.has(d.stem[k]) || !d.has(k, fArabic) && !d.has(k, fPunct)) {
		return false
	}
	return true
}

// aitAfterPrep reports whether token i is آيت (أيت) right after a
// preposition of place: an Amazigh place's name may begin there.
func (d *doc) aitAfterPrep(i int) bool {
	return i > 0 && !d.has(i, fPro) && aitWords.has(d.word[i]) && placePrepositions.has(d.word[i-1])
}

// nasabNext reports cheaply whether a definite word at token i may
// begin a name by definiteGivenNasab: ولد or بنت after it.
func (d *doc) nasabNext(i int) bool {
	return d.flags[i]&fDef != 0 && i+1 < d.n && (d.stem[i+1] == mauritanianSon || d.stem[i+1] == "بنت")
}

// definiteGivenNasab reports whether token i is a given name written
// with the article (المختار، المصطفى، الحسن) right before a Mauritanian
// nasab, ولد or بنت and a name (المختار ولد الداه، الحسن ولد محمد): the
// article is part of such a given name there, and ولد "was born" is
// never followed by a name (ولد في، ولد عام).
func (d *doc) definiteGivenNasab(i int) bool {
	seg := int(d.segEnd[i])
	if i+2 >= seg || !d.has(i, fDef) || !d.has(i, fArabic) || d.has(i, fPro|fStop|fNat) || d.cover[i] != 0 ||
		d.stem[i+1] != mauritanianSon && d.stem[i+1] != "بنت" {
		return false
	}
	if d.lineageAt(i+1, seg) <= i+1 {
		return false
	}
	return d.givenNameWord(strings.TrimPrefix(d.stem[i], "ال"))
}

// pluralNoun reports whether the definite token j is a frequent word in
// the sound plural (المصابين، المسؤولون، المنظمات) that is no given name with the
// article (الحسين، الأمين): after a name it is the verb's object or
// subject, never the family name.
func (d *doc) pluralNoun(j int) bool {
	w := d.stem[j]
	if !strings.HasSuffix(w, "ين") && !strings.HasSuffix(w, "ون") && !strings.HasSuffix(w, "ات") || d.known(j) || d.givenNameWord(strings.TrimPrefix(w, "ال")) {
		return false
	}
	return utf8.RuneCountInString(w) >= 6 && frequent(w, partCB)
}

// verbBeforeObject reports whether token j, after two parts of a name,
// is a verb of three letters or its verbal noun before its object, no
// forebear's name: a common word no list holds as a name (خفض، رفع،
// قطع), then a frequent definite word that is no nisba and no given
// name with the article (أعلن المحافظ فلان فلان خفض الفائدة: the
// lowering of the interest rate). A forebear's name before a family
// name is a listed given name (نجم، سعد) or a rarer word (جبر).
func (d *doc) verbBeforeObject(j int) bool {
	if j+1 >= int(d.segEnd[j]) || d.has(j, fDef|fPro) || d.known(j) || utf8.RuneCountInString(d.stem[j]) != 3 {
		return false
	}
	k := j + 1
	if countWords.has(d.word[k]) && !d.has(k, fPro) {
		// قرر النائب العام فلان فلان حبس أربعة متهمين: a verbal noun
		// before the number it counts; no forebear's name is followed
		// by a number word.
		return frequent(d.stem[j], titleCB)
	}
	if !frequent(d.stem[j], verbCB) {
		return false
	}
	if !d.has(k, fDef) || d.has(k, fPro|fStop|fNat) || d.known(k) || nisbaShape(d.stem[k]) {
		return false
	}
	return !d.givenNameWord(strings.TrimPrefix(d.stem[k], "ال")) && frequent(d.stem[k], partCB)
}

// verbCB is the frequency above which a word of three letters after a
// name is read as a verb (خفض -472) rather than an unlisted forebear's name.
const verbCB = -490

// unlistedFirstName returns the end of a person's name that begins at
// token j, right after a title, with a word no list holds as a given name
// (a Persian or a Kurdish بير، a compound's first word), before a name
// that begins with a strong given name and has two words or more (بير
// حسين كوليوند) or before a kunya that ends the name (اللواء قدري أبو
// بكر), or j. The word has no article, no proclitic and no
// other class, and is no accusative (مجددا) or common noun.
func (d *doc) unlistedFirstName(j, seg int) int {
	if j+2 >= seg || !d.has(j, fArabic) || d.has(j, fPro|fDef|fStop|fCommon|fNat|fNumber|fVerbLike) || d.known(j) ||
		utf8.RuneCountInString(d.stem[j]) < 3 || d.unlikelyPart(j) || d.tanween(j) || d.has(j+1, fPro) {
		return j
	}
	if e := d.kunyaFamilyAt(j+1, seg); e > j+1 {
		return e // اللواء قدري أبو بكر: the given name before a kunya that ends the name
	}
	if d.word[j+2] == allahWord && allahCompounds.has(d.word[j+1]) && !d.has(j+1, fPro|fDef|fStop|fNumber) && !d.has(j+2, fPro) {
		// والي الولاية الشمالية عابدين عوض الله: a family name
		// compounded with الله (عوض الله، فضل الله، خلف الله) after a
		// rare word ends the name; a prayer after a name (الشيخ فلان
		// حفظه الله، رحمه الله) is none.
		return j + 3
	}
	if _, strong, ok := d.givenName(j + 1); !ok || !strong {
		return j
	}
	if e, ok := d.personAt(j+1, false); ok && e >= j+3 {
		return e
	}
	return j
}

// givenBeforeSurname reports whether token j, right after a title, is a
// rare word no list holds before a person or family name the lists hold
// as one word (بافل طالباني، نيجيرفان بارزاني): a given name, the name's
// first. A frequent word there is the verb's object or a noun in
// construct (وفد، نظير).
func (d *doc) givenBeforeSurname(j, seg int) bool {
	if j+1 >= seg || !d.has(j, fArabic) || d.has(j, fDef|fStop|fCommon|fNat|fNumber|fVerbLike) || d.has(j+1, fPro) || d.known(j) ||
		utf8.RuneCountInString(d.stem[j]) < 3 || d.centibels(j) >= titleCB || d.tanween(j) {
		return false
	}
	m, ok := d.lookup(j+1, seg, setPerson|setFamily)
	return ok && m.End == j+2 && !m.Entry.Weak
}

// givenBeforeLineage reports whether token i, right after a title, is a
// given name no list holds because it is also a common word, before بن or
// بنت and a name (الوزيرة سنية بن عمار: سنية is also "Sunni", a
// nationality's shape; in the Maghreb بن begins the family name): a word
// with no article, no proclitic, not common.
func (d *doc) givenBeforeLineage(i int) bool {
	seg := int(d.segEnd[i])
	if i+2 >= seg || !d.has(i, fArabic) || d.has(i, fPro|fDef|fStop|fCommon|fVerbLike|fNumber) || d.known(i) && !d.has(i, fNat) ||
		!fathers.has(d.stem[i+1]) || utf8.RuneCountInString(d.stem[i]) < 3 || d.startsName(i) {
		return false
	}
	return d.lineageAt(i+1, seg) > i+1
}

// definiteGivenBeforeLineage reports whether token i is a given name
// written with the article (الحسين، الحسن) before بن or بنت and the
// father's name: after a title, the son's name (الأمير الحسين بن
// عبدالله الثاني), not the father, a listed person, alone.
func (d *doc) definiteGivenBeforeLineage(i int) bool {
	seg := int(d.segEnd[i])
	if i+2 >= seg || !d.has(i, fDef) || d.has(i, fPro|fStop|fNat) || !fathers.has(d.stem[i+1]) ||
		!d.givenNameWord(strings.TrimPrefix(d.stem[i], "ال")) {
		return false
	}
	return d.lineageAt(i+1, seg) > i+1
}

// lineageAt returns the end of a link of a Gulf name's lineage at token
// j, or j: بن، ابن، بنت or ابنة and a given name, a weak one too (بن
// ناصر، بن فهد, whose names are also common words), or آل and the family
// (آل ثاني، آل خليفة، آل الشيخ: the family's name may be a title or a
// common word). The given name after بن is read whole (بن عبد العزيز)
// and must not carry a proclitic.
func (d *doc) lineageAt(j, seg int) int {
	if j+1 >= seg || d.has(j, fPro) || d.has(j+1, fPro) {
		return j
	}
	switch {
	case fathers.has(d.stem[j]):
		if m, ok := d.givenMatch(j + 1); ok && m.End <= seg {
			return m.End
		}
	case d.stem[j] == mauritanianSon:
		// ولد الشيخ، ولد بوبكر: a Mauritanian nasab takes a given name,
		// a family name or a style (الشيخ); ولد "was born" takes none
		// of them (ولد في، ولد عام).
		if m, ok := d.givenMatch(j + 1); ok && m.End <= seg {
			return m.End
		}
		if honorifics.has(d.stem[j+1]) || d.namePart(j+1) && !d.has(j+1, fNumber) && d.centibels(j+1) < titleCB {
			return j + 2
		}
	case familyParticle.has(d.stem[j]):
		if d.has(j+1, fWord) && d.has(j+1, fArabic) && !d.has(j+1, fStop|fNumber) && utf8.RuneCountInString(d.stem[j+1]) >= 2 {
			return j + 2
		}
	}
	return j
}

// governmentBody returns the end of a government or an administration
// named at token k by what it governs or by its kind, or k: حكومة or
// إدارة in construct with a definite word (حكومة الإقليم، إدارة
// المنطقة، حكومة الوحدة); a nisba after it is the body's too (حكومة
// الإقليم الكردية). Read after a title and في only: by itself حكومة is no
// name's head. الحكومة or الإدارة with an adjective (الحكومة الشرعية،
// الإدارة المحلية) is a generic body, no mention, as the annotations
// leave it.
func (d *doc) governmentBody(k, seg int) int {
	if k+1 >= seg || d.has(k, fPro) || d.has(k+1, fPro) || !d.has(k+1, fDef) || !d.has(k+1, fArabic) ||
		d.has(k+1, fStop|fNumber|fNat) || timeWords.has(d.stem[k+1]) || d.cover[k] != 0 || d.cover[k+1] != 0 {
		return k
	}
	if !governments.has(d.stem[k]) {
		return k
	}
	end := k + 2
	for end < seg && d.cover[end] == 0 && d.has(end, fDef) && d.has(end, fArabic) && !d.has(end, fPro|fStop) && nisbaShape(d.stem[end]) {
		end++
	}
	return end
}

// governments are the heads of governmentBody, without the article.
var governments = foldedSet("حكومة", "إدارة")

// titledFamily reports whether token j, right after a nasab (بن سلطان),
// is a family name spelled as a title with the article that is also a
// given name (السلطان، الأمير، الملك): the name's last word when nothing
// that could follow a title comes after it (a name, a nationality, an
// organization, a qualifier), only a function word, a mark or the
// segment's end. الأمير خالد after a name is another person's title.
func (d *doc) titledFamily(j, seg int) bool {
	if j >= seg || !d.has(j, fDef) || d.has(j, fPro) || !d.givenNameWord(strings.TrimPrefix(d.stem[j], "ال")) {
		return false
	}
	if j+1 == seg {
		return true
	}
	return !d.has(j+1, fWord) || d.has(j+1, fStop) && !d.has(j+1, fPro)
}

// withGulfChain returns the listed person's match m at token i extended
// over the Gulf chain after it (see gulfChainEnd) when the listed name
// has three words or more and ends with a definite given name (السالم; not
// the second word of a compound, عبد العزيز): محمد صباح السالم + الصباح is
// the same person, the canonical name kept.
func (d *doc) withGulfChain(i int, m gz.Match) gz.Match {
	if m.End-i < 3 || patronymics.has(d.word[m.End-2]) || !d.has(m.End-1, fDef) {
		return m
	}
	end := d.gulfChainEnd(m.End)
	if end == m.End {
		return m // most listed names: no chain after them (the lookup below allocates)
	}
	if !d.givenNameWord(strings.TrimPrefix(d.stem[m.End-1], "ال")) {
		return m // خالد بن عبد العزيز + الفالح: another person's family name after a compound
	}
	if end > m.End {
		m.NormEnd = d.t.Tokens[end-1].End
		m.End = end
	}
	return m
}

// foreignInAlef reports whether token i, a word in ا no list holds, is a
// foreign name (زاغاريا، كايداما، باربوسا), not an Arabic accusative
// (متضامنا، مستنكرا): a word rarer than foreignCB with two long vowels
// or more before its final ا, which an accusative of a participle or a
// verbal noun seldom has.
func (d *doc) foreignInAlef(i int) bool {
	if d.centibels(i) >= foreignCB {
		return false
	}
	w := strings.TrimSuffix(d.stem[i], "ا")
	n := 0
	for _, r := range w {
		if r == 'ا' || r == 'و' || r == 'ي' {
			n++
		}
	}
	return n >= 2
}

// sidiBefore reports whether the word before a person's name [i, end)
// of a Mauritanian nasab (ولد or بنت inside it) is سيدي, the first word
// of a compound given name there (سيدي محمد، سيدي أحمد), not "my lord".
func (d *doc) sidiBefore(i, end int) bool {
	if i == 0 || d.stem[i-1] != sidi || d.cover[i-1] != 0 || int(d.segEnd[i-1]) <= i || d.has(i, fPro) ||
		d.has(i-1, fPro) && !d.proIsWaw(i-1) {
		return false
	}
	for k := i + 1; k < end-1; k++ {
		if d.stem[k] == mauritanianSon || d.stem[k] == "بنت" {
			return true
		}
	}
	return false
}

// sidi (folded) begins Maghrebi compound given names: سيدي محمد.
var sidi = searchNorm.String("سيدي")

// sitti (folded), "my lady", begins the name of a Maghrebi place named
// after a woman saint (جماعة ستي فاضمة), as سيدي does after a man; read
// after a place head only (ستي is also a colloquial word).
var sitti = searchNorm.String("ستي")

// amazighName reports whether token j, after a Maghrebi word of
// administration, is an Amazigh feminine name no list holds, framed by
// ت…ت (تامسولت، تيقزيرت، تمصلوحت): a rare word of five letters or more
// that begins and ends with ت, which the tokens flag as an imperfect
// verb's shape (a verb of that shape, تراجعت، تواصلت, is frequent).
func (d *doc) amazighName(j int) bool {
	w := d.stem[j]
	if !d.has(j, fArabic) || d.has(j, fPro|fDef|fStop|fCommon|fNat|fNumber) || d.known(j) ||
		utf8.RuneCountInString(w) < 5 || !strings.HasSuffix(w, "ت") || !strings.HasPrefix(w, "ت") {
		return false
	}
	return d.centibels(j) < titleCB
}

// communePlace reads the place a Maghrebi word of administration at
// token i introduces: a douar (دوار أغبالو، بدوار تامسولت), a rural
// commune (جماعة ستي فاضمة، الجماعة القروية إمليل) or a caidat (قيادة
// أسني). The name is a saint's or an Amazigh place (سيدي، ستي، آيت) or
// a rare word no list holds (townName) and one more such word. A
// commune or a caidat is also a group and a command (جماعة مسلحة،
// قيادة الجيش): a rare word after them names a place only where the
// Maghrebi frame says so, a province or a commune after the name
// (جماعة أمزميز بإقليم الحوز) or التابع/التابعة لـ before the head
// (دوار أغبالو التابع لجماعة ستي فاضمة). It returns the name's tokens
// [first, last), or i, i when there is none.
func (d *doc) communePlace(i int) (first, last int) {
	seg := int(d.segEnd[i])
	j := i + 1
	if strings.HasPrefix(d.stem[i], "ال") {
		// الجماعة القروية إمليل، الجماعة الترابية أسني.
		if j >= seg || !communeQualifiers.has(d.stem[j]) {
			return i, i
		}
		j++
	}
	if j >= seg {
		return i, i
	}
	if e := d.sidiPlace(j, seg, true); e > j {
		return j, e
	}
	if e := d.aitPlace(j, seg); e > j {
		return j, e
	}
	if !d.townName(j, false) && !d.amazighName(j) {
		return i, i
	}
	e := j + 1
	if e < seg && (d.townName(e, false) || d.amazighName(e)) {
		e++ // تيزي نتاست: two rare words
	}
	if d.stem[i] == "دوار" || j > i+1 {
		return j, e // a douar, or the commune its qualifier names
	}
	framed := i > 0 && d.has(i-1, fBelonging) && d.has(i, fLam)
	if !framed && e < seg && d.has(e, fPro) {
		if sp, ok := d.scan.Split(e); ok && strings.HasSuffix(sp.Proclitic, "ب") {
			framed = communeHeads.has(sp.Stem) || maghrebiProvinces.has(sp.Stem)
		}
	}
	if !framed && e < seg && maghrebiProvinces.has(d.stem[e]) {
		framed = true
	}
	if !framed {
		return i, i
	}
	return j, e
}

// gulfChainEnd returns the end of the definite given names of a Gulf
// name from token end, right after a name whose last word is definite
// (محمد صباح السالم + الحمود الصباح), or end: each a given name with the
// article, no word of time (الخميس) and without a proclitic.
func (d *doc) gulfChainEnd(end int) int {
	if end == 0 || !d.has(end-1, fDef) || end >= d.n {
		return end
	}
	seg := int(d.segEnd[end-1])
	j := end
	for j < seg && j < end+3 && d.has(j, fDef) && !d.has(j, fPro) && !timeWords.has(d.stem[j]) &&
		d.givenNameWord(strings.TrimPrefix(d.stem[j], "ال")) {
		j++
	}
	return j
}

// gulfFather reports whether token j, a given name that is also a word
// of time (صباح "morning", a stop word), is a father's name inside a
// Gulf name: a definite given name follows it and another definite word
// after that (أحمد صباح السالم الحمود الصباح), which a time phrase never
// has (صباح الخميس، صباح اليوم).
func (d *doc) gulfFather(j, seg int) bool {
	if j+2 >= seg || !d.has(j, fStop) || d.has(j, fPro|fDef) {
		return false
	}
	for k := j + 1; k <= j+2; k++ {
		if !d.has(k, fDef) || d.has(k, fPro) || timeWords.has(d.stem[k]) {
			return false
		}
	}
	// The list lookups last: givenNameWord analyzes its word (allocates).
	return d.nameWord(j+2) && d.givenNameWord(d.stem[j]) && d.givenNameWord(strings.TrimPrefix(d.stem[j+1], "ال"))
}

// fathers are the words of a nasab (son or daughter of); familyParticle
// is آل, "the house of", before a family's name.
var (
	fathers        = foldedSet("بن", "ابن", "بنت", "ابنة")
	familyParticle = foldedSet("آل")
)

// familyBeforeOneOf reports whether token j, a definite word after two
// names or more, is the family name because "one of" (أحد، إحدى) follows
// it: عبدالله يحيى الحاكم احد القادة الميدانيين describes the person
// named up to that word, and a common word or a title there (الحاكم "the
// ruler") would have nothing to qualify.
func (d *doc) familyBeforeOneOf(j, seg int) bool {
	return j+1 < seg && oneOf.has(d.word[j+1]) && d.has(j, fDef) && d.has(j, fArabic) &&
		!d.has(j, fPro|fStop|fNat|fNumber) && !d.startsName(j)
}

// oneOf are the words "one of" that open an apposition after a name.
var oneOf = foldedSet("أحد", "احد", "إحدى", "احدى")

// personsInList reads a person's name that no rule or tagger read
// between two persons of an enumeration (وهم مصطفى بدر الدين، وسليم
// عياش، وحسين حسن عنيسي، وأسد صبرا، وحسن مرعي): after a comma that ends
// a person's name, و, a given name (a weak one too: أسد "lion") and at
// most one name part, and then a comma before another person's name.
func (d *doc) personsInList() {
	for k := range d.cands {
		a := d.cands[k]
		i := a.last + 1
		if a.dropped || a.label != PER || i+2 >= d.n || !isComma(d.word[a.last]) || d.cover[i] != 0 ||
			!d.proIsWaw(i) || int(d.segEnd[i]) <= i+2 {
			continue
		}
		gm, ok := d.givenMatch(i)
		if !ok {
			continue
		}
		end := gm.End
		if end < d.n && d.cover[end] == 0 && !isComma(d.word[end]) && d.namePart(end) {
			end++
		}
		if end+1 >= d.n || !isComma(d.word[end]) || d.cover[end+1] == 0 {
			continue
		}
		if b := d.cands[d.cover[end+1]-1]; b.dropped || b.label != PER || b.first != end+1 {
			continue
		}
		c := cand{label: PER, first: i, last: end, source: FromRule}
		if gm.Stripped && !d.has(i, fPro) {
			c.normStart, c.normEnd = gm.NormStart, d.t.Tokens[end-1].End
		}
		d.add(c)
	}
}

// isComma reports whether the folded word is a comma.
func isComma(w string) bool { return w == "،" || w == "," }

// foreignSurname reports whether token j, after a name word, is a
// foreign family name that only looks like an imperfect verb because it
// begins with ي or ت (ميلوفان يانيتش، دوشان تاديتش): a word rarer than
// foreignCB (يانيتش is unknown to wordfreq, تاديتش at -724, while the
// rare verbs a headline puts after a name, يتعاقد، يقيل، يتزحزح, are at
// -640 or above), of five letters or more, without the endings a verb
// takes for its subject or object (يستقبلونه -740، يتسلمها -712). A
// foreign family name ends the name.
// bareNisbaSurname reports a nationality-shaped word with no article at
// token j after a foreign given name (جوليا روسي): a name is definite and
// its adjective would take ال (جوليا الروسية), so the bare word is the
// family name (Rossi), unless a noun of what it qualifies follows (روسي
// الجنسية، روسي الأصل).
func (d *doc) bareNisbaSurname(j, seg int) bool {
	if !d.has(j, fNat) || d.has(j, fPro|fDef|fStop|fNumber) {
		return false
	}
	return j+1 >= seg || !d.has(j+1, fDef) || d.has(j+1, fPro)
}

func (d *doc) foreignSurname(j int) bool {
	if !d.has(j, fVerbLike) || d.has(j, fPro|fStop|fCommon|fNat|fDef) || d.centibels(j) > foreignCB {
		return false
	}
	w := d.stem[j]
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, suf := range verbEndings {
		if strings.HasSuffix(w, suf) && !(suf == "ني" && strings.HasSuffix(w, "اني")) {
			// (-اني ends Italian and Persian family names, تاياني،
			// روحاني، far more often than a verb with "me" after its
			// long vowel, أعطاني.)
			return false
		}
	}
	return true
}

// verbEndings are the subject and object endings of a verb (folded):
// an unknown word with one is more likely a verb than a name.
var verbEndings = []string{"ون", "وا", "ين", "ان", "ها", "هم", "هما", "هن", "نا", "كم", "ه", "ني"}

// derivedVerb reports whether token j, a word no list knows and general
// text does (wordfreq), is shaped like the perfect of a derived verb:
// أفعل (أوقف، أعلن), افتعل (اعتقل، انتخب، اختطف) or استفعل (استهدف).
// Right after a name it is what the person did (محمد حسان أوقف), not a
// family name; the names of that shape are listed (أسعد، أكرم، أنور).
func (d *doc) derivedVerb(j int) bool {
	w := d.stem[j]
	if !strings.HasPrefix(w, "ا") || d.has(j, fPro|fDef) || d.known(j) {
		return false
	}
	if _, ok := wordfreq.Centibels(w); !ok {
		return false
	}
	switch n := utf8.RuneCountInString(w); {
	case n == 4:
		return true // أفعل
	case n == 5:
		_, a := utf8.DecodeRuneInString(w)
		_, b := utf8.DecodeRuneInString(w[a:])
		r, _ := utf8.DecodeRuneInString(w[a+b:])
		return r == 'ت' // افتعل
	case n == 6:
		return strings.HasPrefix(w, "است") // استفعل
	}
	return false
}

// honorificSurname reports whether the honorific at token i (السيد،
// الشيخ، الإمام …) is a family name: right after a given name that no
// name or title read, in its segment and with no proclitic (المدعو خالد
// السيد المتهم بـ…: خالد السيد, not a style before المتهم).
func (d *doc) honorificSurname(i int) bool {
	return i > 0 && honorifics.has(d.stem[i]) && !d.has(i, fPro) && d.cover[i-1] == 0 &&
		int(d.segEnd[i-1]) > i && d.givenNameAt(i-1)
}

// givenOneWord reports whether token j is a listed given name of one
// word, a weak one too (الطيب، الحبيب).
func (d *doc) givenOneWord(j int) bool {
	m, ok := d.givenMatch(j)
	return ok && m.End == j+1
}

// givenNameAt reports whether a given name of one word, not weak, is
// token j.
func (d *doc) givenNameAt(j int) bool {
	end, strong, ok := d.givenName(j)
	return ok && strong && end == j+1
}

// givenAfterTitle reports whether token j, a nationality adjective
// without the article after token prev of a definite title, is a given
// name: an adjective of a definite noun takes the article (العقيد
// التركي), so العقيد الركن تركي المالكي names تركي المالكي.
func (d *doc) givenAfterTitle(prev, j int) bool {
	if prev < 0 || !strings.HasPrefix(d.stem[prev], "ال") || strings.HasPrefix(d.stem[j], "ال") || j+1 >= int(d.segEnd[j]) {
		return false
	}
	if m, ok := d.givenMatch(j); !ok || m.End != j+1 {
		return false
	}
	return d.namePart(j+1) || d.scan.May(j+1, setPerson) && d.listedPerson(j+1)
}

// nameAfterBareTitle reports whether the two tokens after the title
// word at token i (ending at end), one word with the article, are a
// person's name written as two definite nisbas (الوزير الهلالي
// الشربيني): a title with the article is in construct with nothing, so
// the first is no portfolio; with a second rare nisba after it they are
// the given and the family name, not a nisba qualifying the title (the
// commoner words of titleModifiers and nationalities are read before).
func (d *doc) nameAfterBareTitle(i, end, seg int) bool {
	if end != i+1 || !d.has(i, fDef) || end+1 >= seg {
		return false
	}
	for k := end; k <= end+1; k++ {
		if !d.has(k, fDef) || d.has(k, fPro|fStop|fNat|fCommon) || !strings.HasSuffix(d.stem[k], "ي") || titleModifiers.has(d.stem[k]) ||
			d.centibels(k) > partCB || !d.namePart(k) {
			return false
		}
	}
	return true
}

// nisbaBeforeName reports whether token j is a definite nisba (the
// article and ي) that is not itself a person's name part here: a strong
// given name follows it. A given name the lists hold with the article
// (الهادي، المكي) is the person's first name there, not a nisba of the
// title (الدكتور الهادي إدريس).
func (d *doc) nisbaBeforeName(j int) bool {
	if !d.has(j, fDef) || d.has(j, fPro|fStop|fNat) || !strings.HasSuffix(d.stem[j], "ي") || j+1 >= int(d.segEnd[j]) || d.has(j+1, fPro) ||
		d.givenOneWord(j) {
		return false
	}
	m, ok := d.givenMatch(j + 1)
	return ok && !m.Entry.Weak
}

// nisbaPlace reports whether token i is a listed place of one word
// shaped like a family name: with the article and the nisba ending ي,
// without proclitics (الزعتري، التكريتي). After a given name it names
// the person from the place, not the place.
func (d *doc) nisbaPlace(i int) bool {
	if !d.has(i, fDef) || d.has(i, fPro|fNat|fStop) || !strings.HasSuffix(d.stem[i], "ي") {
		return false
	}
	m, ok := d.lookup(i, i+1, setPlace)
	return ok && m.End == i+1
}

// nisbaFamily reports whether token j is a nisba of a people, a place
// or a sect with the article, masculine singular and without proclitics
// (العلوي، المصري، الكردي، الحلبي): right after a single given name it is
// the family name the press names the person by (وقال مصطفى العلوي إن),
// as a nationality there would stand before the name (الوزير المصري
// فلان). Not the adjectives of scope (الدولي، الأممي، الإقليمي).
func (d *doc) nisbaFamily(j int) bool {
	if j >= int(d.segEnd[j]) || !d.has(j, fDef) || !d.has(j, fNat) || d.has(j, fPro|fStop) || !strings.HasSuffix(d.stem[j], "ي") {
		return false
	}
	return !scopeNisbas.has(d.stem[j])
}

// scopeNisbas are the nisbas the nationality list holds that tell a
// scope, not a people nor a place: no family name (nisbaFamily).
var scopeNisbas = foldedSet("الدولي", "الأممي", "الإقليمي")

// townAsFamily reports whether token j, after a titled person's given
// names, is a family name written as a small town is: one definite word
// without a proclitic that a list holds as a place but the lists of
// capitals and main cities do not (الزبير), nor a country. After a title
// and two given names the name goes on; a capital or a country there is
// as often the verb's object (وصل الوزير محمد سعيد الخرطوم).
func (d *doc) townAsFamily(j int) bool {
	if j >= int(d.segEnd[j]) || !d.has(j, fDef) || d.has(j, fPro|fNat|fStop|fCommon) {
		return false
	}
	return d.smallTown(j)
}

// townAsBareFamily reports whether token j, after the given names of a
// titled person that start at token i, is a family name written as a
// small town is without the article (وزير الزراعة محمد حسان قطنا): a
// listed town of one word that is no capital, main city or country,
// when no verb of going or visiting before the name makes the town its
// object (زار الوزير محمد حسان قطنا: the town he visited).
func (d *doc) townAsBareFamily(i, j int) bool {
	if j >= int(d.segEnd[j]) || d.has(j, fDef|fPro|fNat|fStop|fCommon) {
		return false
	}
	return d.smallTown(j) && !d.goingBefore(i)
}

// smallTown reports whether token j alone is a place the lists hold
// (not weakly) that is no capital, main city or country: the town a
// family name may be written as (townAsFamily, townAsBareFamily).
func (d *doc) smallTown(j int) bool {
	m, ok := d.lookup(j, j+1, setPlace)
	if !ok || m.End != j+1 || m.Entry.Weak {
		return false
	}
	w := d.stem[j]
	if _, ok := capitals()[w]; ok {
		return false
	}
	if _, ok := cities()[w]; ok {
		return false
	}
	return !countries()[w]
}

// goingBefore reports whether a verb of going or visiting stands in the
// clause before the name that starts at token i, up to eight tokens back.
func (d *doc) goingBefore(i int) bool {
	for b := i - 1; b >= 0 && b >= i-8 && int(d.segEnd[b]) > i; b-- {
		if d.has(b, fPunct) {
			return false
		}
		if goingWords.has(d.stem[b]) || visitingWords.has(d.stem[b]) {
			return true
		}
	}
	return false
}

// placeVisited reports whether the kunya at token j, in the name that
// starts at token i, begins a listed place (أبو ظبي، أبو كمال) after a verb
// of going or visiting: the verb's object, not the name's family.
func (d *doc) placeVisited(i, j int) bool {
	m, ok := d.lookup(j, int(d.segEnd[j]), setPlace)
	return ok && !m.Entry.Weak && m.End > j+1 && d.goingBefore(i)
}

// stateHeads are the indefinite words for a kind of state that stand
// in construct before a country's name in its full style (جمهورية
// السنغال، مملكة إسبانيا، دولة قطر، سلطنة عمان، إمارة موناكو).
var stateHeads = foldedSet("جمهورية", "مملكة", "دولة", "سلطنة", "إمارة", "دوقية", "اتحاد")

// headOfState are the words of an office before a state head (رئيس
// جمهورية، نائب رئيس دولة).
var headOfState = foldedSet("رئيس", "رئيسة", "نائب", "ملك", "أمير", "سلطان")

// stateNamed reports whether token i, a state head, stands before the
// name of a country the lists hold (not weak), and returns the end of
// the name and its match.
func (d *doc) stateNamed(i int) (int, gz.Match, bool) {
	seg := int(d.segEnd[i])
	if i+1 >= seg || d.has(i, fDef) || d.has(i+1, fPro) || i > 0 && !d.has(i, fPro) && headOfState.has(d.stem[i-1]) {
		// رئيس جمهورية النيجر: the office is the president's, the
		// country the place.
		return i, gz.Match{}, false
	}
	m, ok := d.lookup(i+1, seg, setPlace)
	if !ok || m.Entry.Weak || !countrySet()[searchNorm.String(m.Entry.Name)] {
		return i, gz.Match{}, false
	}
	if d.stem[i] == "اتحاد" && m.End < seg && strings.HasPrefix(d.word[m.End], "ل") && utf8.RuneCountInString(d.word[m.End]) >= 4 && !d.has(m.End, fStop) {
		if _, ok := d.lookup(m.End, seg, setPlace); !ok {
			// اتحاد الإمارات لكرة القدم، اتحاد مصر للتنس: a federation
			// named after the country with what it is for, a body, not
			// the state. Only a federation: after a republic or a
			// kingdom the ل is a purpose or a time (سافر إلى جمهورية
			// السنغال للمشاركة، زار مملكة إسبانيا لمدة يومين).
			return i, gz.Match{}, false
		}
	}
	return m.End, m, true
}

// visitingWords are the verbs of visiting or leaving a place (folded)
// whose object a town after a name may be.
var visitingWords = foldedSet("زار", "زارت", "يزور", "تزور", "سيزور", "تفقد", "تفقدت", "يتفقد", "دخل", "دخلت", "يدخل", "غادر",
	"غادرت", "يغادر", "قصد", "اقتحم", "اقتحمت", "حاصر", "قصف", "قصفت", "بلغ", "بلغت", "جال", "جالت", "افتتح", "افتتحت")

// stateBodyPattern: a state body named by its nationality: الجيش
// السوري، الخارجية الروسية، الحكومة الأردنية، القوات المسلحة الأردنية،
// البحرية الليبية، خفر السواحل اليوناني، حرس الحدود التركي.
func (d *doc) stateBodyPattern(i int) (int, func()) {
	if !d.has(i, fStateBody) || d.has(i, fPro) && !d.proIsLam(i) && !d.proIsWaw(i) {
		return i, nil
	}
	j := i + 1
	// fStateBody: a stem of isStateBody, the one list of them; these
	// want more than the nationality after them.
	switch d.stem[i] {
	case "القوات":
		if j < int(d.segEnd[i]) && d.word[j] == "المسلحه" {
			j++
			break
		}
		return i, nil
	case "البحريه":
		// قالت البحرية الليبية; not الحدود البحرية اللبنانية, where
		// البحرية is the adjective of the noun before it.
		if i > 0 && d.has(i-1, fDef) && !d.has(i-1, fPro) && int(d.segEnd[i-1]) == int(d.segEnd[i]) {
			return i, nil
		}
	case "خفر", "حرس":
		// خفر السواحل الليبي، حرس الحدود التركي
		if j < int(d.segEnd[i]) && (d.word[j] == "السواحل" || d.word[j] == "الحدود") {
			j++
			break
		}
		return i, nil
	case "المجموعه":
		// المجموعة العربية، المجموعة الأفريقية: the states of a region
		// that act together at the United Nations, a body.
		if j >= int(d.segEnd[i]) || !regionGroups.has(d.word[j]) || d.has(i, fPro) && !d.proIsWaw(i) && !d.proIsLam(i) {
			return i, nil
		}
		end := j + 1
		return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
	case "المكتب", "الديوان", "الجهاز", "المركز", "المعهد", "الصندوق":
		// المكتب الوطني للكهرباء، المكتب الشريف للفوسفاط، الديوان
		// الوطني للأرصاد الجوية، الجهاز المركزي للإحصاء: a state's
		// office named by its field (ل + the article, or ل + a noun in
		// construct: المعهد الوطني لعلوم البحار) is a body; its field
		// may take an adjective (للسكك الحديدية). Not المكتب السياسي
		// للحركة, an organ of the body named after it.
		seg := int(d.segEnd[i])
		if j+1 >= seg || !officeAdjectives.has(d.word[j]) || d.has(i, fPro) && !d.proIsWaw(i) && !d.proIsLam(i) {
			return i, nil
		}
		if d.fieldGenitive(j+1, seg) {
			end := d.fieldEnd(j+1, seg)
			return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
		}
		if !d.has(j+1, fLam) || !d.has(j+1, fDef) || d.has(j+1, fNat) || d.scan.May(j+1, setPlaceOrOrg) && d.known(j+1) {
			return i, nil
		}
		end := j + 2
		if end < seg && d.has(end, fDef) && !d.has(end, fPro|fNat|fStop) && nisbaShape(d.stem[end]) {
			end++
		}
		for end < seg && d.proIsWaw(end) && d.has(end, fDef) && !d.has(end, fStop|fNat) && !d.startsName(end) && !d.coordinatedBody(end, seg) &&
			!strings.HasSuffix(d.stem[end], "ين") && !strings.HasSuffix(d.stem[end], "ون") {
			// الديوان الوطني للامتحانات والمسابقات، المكتب الوطني
			// للكهرباء والماء: fields joined by و, as fieldEnd reads
			// them after a construct; not people (والمواطنين), whom
			// the verb addresses with the office.
			end++
		}
		return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
	case "النيابه":
		// النيابة العامة (المصرية): the public prosecution, a body
		// with its nationality or without it (the annotations write
		// both); not بالنيابة "on behalf of", not النيابة alone.
		if j >= int(d.segEnd[i]) || d.word[j] != "العامه" || d.has(i, fPro) && !d.proIsWaw(i) && !d.proIsLam(i) {
			return i, nil
		}
		end := j + 1
		if end < int(d.segEnd[i]) && d.has(end, fNat) && !d.has(end, fPro) && strings.HasSuffix(d.word[end], "ه") {
			end++
		}
		return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
	}
	if j >= int(d.segEnd[i]) || !d.has(j, fNat) || d.has(j, fPro) {
		return i, nil
	}
	// The adjective agrees: الخارجية الروسية, not وزراء الخارجية الروسي.
	if strings.HasSuffix(d.stem[i], "ه") != strings.HasSuffix(d.word[j], "ه") && d.stem[i] != "المخابرات" && d.stem[i] != "الاستخبارات" {
		return i, nil
	}
	end := j + 1
	return end, func() { d.add(cand{label: ORG, first: i, last: end, source: FromRule}) }
}

// isStateBody reports whether a folded stem is one that
// stateBodyPattern begins with; keyWord computes it once per word
// (fStateBody).
func isStateBody(stem string) bool {
	switch stem {
	case "الجيش", "الخارجيه", "الداخليه", "الحكومه", "الدفاع", "البرلمان", "الشرطه", "المخابرات", "الاستخبارات", "القوات",
		"البحريه", "خفر", "حرس", "النيابه", "المجموعه", "المكتب", "الديوان", "الجهاز", "المركز", "المعهد", "الصندوق",
		"الاذاعه", "التلفزيون", "التليفزيون":
		return true
	}
	return false
}

// officeAdjectives (folded) make المكتب (الديوان، الجهاز…) a state's
// office: the national (الوطني), central (المركزي), general (العام) or
// supreme (الأعلى) one or, in Morocco, the sharifian (الشريف) one.
var officeAdjectives = foldedSet("الوطني", "الشريف", "المركزي", "العام", "الأعلى")

// regionGroups (folded) name the groups of states of a region at the
// United Nations after المجموعة: المجموعة العربية، المجموعة الأفريقية.
var regionGroups = foldedSet("العربية", "الأفريقية", "الإفريقية", "الآسيوية", "الأوروبية", "اللاتينية", "الإسلامية")

// kunyaPattern: أبو محمد الجولاني، أبو أسامة العراقي، أم أحمد.
func (d *doc) kunyaPattern(i int) (int, func()) {
	if !d.has(i, fKunya) {
		return i, nil
	}
	seg := int(d.segEnd[i])
	j := i + 1
	if j >= seg || d.has(j, fPro) {
		return i, nil
	}
	if d.stem[i] == abuWord && !d.has(i, fPro) && i > 0 && int(d.segEnd[i-1]) > i && inPlacePrepositions.has(d.word[i-1]) &&
		(d.namePart(j) || d.givenMatchAt(j)) {
		// وقعت المواجهات في أبو دالي: after في a kunya would be أبي
		// (في أبي عمر); أبو kept in the nominative is a place's name
		// (أبو ظبي، أبو كمال), whatever case it stands in.
		end := j + 1 // not j, which would live on the heap at every call
		return end, func() { d.add(cand{label: LOC, first: i, last: end, source: FromRule}) }
	}
	if d.stem[i] == abuWord && d.placeBefore(i) && (d.namePart(j) || d.givenMatchAt(j)) {
		// طريق أسوان – أبو سمبل، جازان وأبو عريش: a kunya joined to a
		// place by a dash (a road between the two) or by و is a place's
		// name too.
		end := j + 1
		return end, func() { d.add(cand{label: LOC, first: i, last: end, source: FromRule}) }
	}
	if e, _, ok := d.givenName(j); ok {
		if e < seg && d.lineageAt(e, seg) > e {
			// أبو بكر ولد الشيخ سيديا، أبو بكر بن علي: a kunya used as
			// the given name, and the nasab after it: the whole chain.
			if end, ok := d.personAt(j, false); ok && end > e {
				return end, func() { d.add(cand{label: PER, first: i, last: end, source: FromRule}) }
			}
		}
		j = e
	} else if d.namePart(j) {
		j++
	} else {
		return i, nil
	}
	// The kunya before the full name it goes with: أبو أحمد خالد
	// العبيدي، أم علي فاطمة الزهراني. A given name without the article
	// and a family name or nisba with it follow the kunya's name, all of
	// one person (two persons named side by side are parted by و or a
	// comma).
	if j < seg && !d.has(j, fPro) && !d.has(j, fDef) {
		if e, _, ok := d.givenName(j); ok && e < seg && !d.has(e, fPro) && d.has(e, fDef) && (d.nameWord(e) || d.has(e, fNat)) {
			j = e
		} else if ok && e < seg && !d.has(e, fPro|fDef|fNumber) && d.givenMatchAt(e) {
			// أبو بكر عمر هادي: the kunya's name, then a given name and
			// the father's or family name with no article, one person's
			// chain (two persons are parted by و or a comma).
			j = e + 1
		}
	}
	// A family name or nisba after the kunya: أبو عمر الكردي.
	if j < seg && d.has(j, fDef) && !d.has(j, fPro) && (d.nameWord(j) || d.has(j, fNat)) {
		j++
	}
	end := j
	return end, func() { d.add(cand{label: PER, first: i, last: end, source: FromRule}) }
}

// placeBefore reports whether a place read before token i, in its
// segment, is joined to it by a dash between the words (أسوان – أبو
// سمبل) or by the و token i carries (جازان وأبو عريش).
func (d *doc) placeBefore(i int) bool {
	k := i - 1 // the token before the joined word
	if d.has(i, fPro) {
		if !d.proIsWaw(i) || d.proIsLam(i) {
			return false
		}
	} else {
		if i < 2 || !dashes.has(d.word[i-1]) {
			return false
		}
		k = i - 2
	}
	if k < 0 || int(d.segEnd[k]) <= i {
		return false
	}
	o := int(d.cover[k]) - 1
	return o >= 0 && d.cands[o].label == LOC && d.cands[o].last == k+1 && !d.cands[o].dropped
}

// dashes join the two ends of a road or a line (طريق دمشق – بيروت).
var dashes = foldedSet("-", "–", "—")

// givenMatchAt reports whether a given name begins at token j.
func (d *doc) givenMatchAt(j int) bool {
	_, ok := d.givenMatch(j)
	return ok
}

// titleRule reads a title, what qualifies it (portfolio, nationality,
// organization, place) and the name after it: الأمين العام للائتلاف
// الوطني … نذير الحكيم؛ مدير الدفاع المدني السوري رائد الصالح؛ وزير
// الخارجية الروسي سيرغي لافروف. A title without a name is kept as a
// reference that may point back to a person with that role.
func (d *doc) titleRule(i int, title gz.Match) int {
	seg := int(d.segEnd[i])
	if i > 1 && !d.has(i, fPro) && officeNouns.has(d.word[i-1]) && d.titleOrHead(i-2) {
		// مدير مكتب الرئيس الفلسطيني انتصار أبو عمارة: the title is
		// whose office it is; the name after it is the office's
		// director, not the president. No role rather than a wrong one.
		// (Without a title before the office, مكتب الرئيس محمود عباس,
		// the name is the president's.)
		for j := title.End; j < seg && j < title.End+2 && (d.has(j, fNat) || titleModifiers.has(d.stem[j])) && !d.has(j, fPro); j++ {
			title.End = j + 1
		}
		return title.End
	}
	// A title in construct with the title after it (مستشار الرئيس
	// الأمريكي، ممثل الأمين العام، مبعوث الرئيس الروسي) reads both: the
	// inner title and what qualifies it (nationality, organization) are
	// parsed once, and the name after them is either's (see
	// resolveConstructs). With الخاص or where he is sent after the inner
	// title (مبعوث الرئيس الروسي الخاص، ممثل الأمين العام لدى ليبيا) the
	// compound is the person's title at once.
	first, inner := i, i // the outer title's token, the inner's
	decided := false     // the compound is the person's title
	innerStart, outerEnd := title.NormStart, title.End
	if k, m, ok := d.lamInnerTitle(i, title.End, seg); ok {
		// المبعوث الخاص للأمين العام، المستشار الإعلامي للرئيس
		// الفلسطيني، النائب الأول لرئيس الوزراء: the name after the
		// inner title is the outer's, whose complement it is.
		decided = true
		inner, innerStart = k, m.NormStart
		m.NormStart = title.NormStart
		title = m
	} else if title.End < seg && !d.has(title.End, fPro) &&
		(title.End == i+1 && constructTitles.has(d.stem[i]) && !d.has(i, fDef) || d.word[title.End-1] == "باسم") {
		// مستشار، المتحدث باسم: a listed title before another.
		if m, ok := d.lookup(title.End, seg, setTitle); ok {
			if d.ownQualifierAfter(m.End, seg) {
				decided = true
			}
			if decided || d.titleStartsAt(title.End, m) {
				inner, innerStart = title.End, m.NormStart
				m.NormStart = title.NormStart
				title = m
			} else if honorifics.has(d.word[title.End]) {
				// مستشار الملك سلمان: the style and the name are the
				// inner title's (a listed person), not a style of the
				// adviser's name; the outer title is a reference.
				d.refs = append(d.refs, titleRef{text: d.sourceText(title.NormStart, d.t.Tokens[title.End-1].End), key: d.phraseKey(i, title.End), org: -1})
				return title.End
			}
		}
	} else if i > 0 && d.cover[i-1] == 0 && int(d.segEnd[i-1]) > i && constructTitles.has(d.stem[i-1]) && !d.has(i-1, fDef) && !d.has(i, fPro) &&
		!styleTitles.has(d.phraseKey(i, title.End)) && !d.helpNoun(i-1) {
		// ممثل، مساعد: a construct noun no list names a title (a
		// listed one read its construct above, or declined it).
		if _, listed := d.lookup(i-1, seg, setTitle); !listed {
			// مساعدة وزير، نائبة وزير، مساعد الأمين العام: one title.
			first, decided = i-1, d.ownQualifierAfter(title.End, seg) || compoundTitles.has(strings.TrimSuffix(d.stem[i-1], "ه")+" "+d.stem[i])
			title.NormStart = d.start(i - 1)
		}
	}
	if first == i && d.rankGenitive(i) {
		// طبيب الفريق إيهاب علي: the noun before the rank is the title,
		// the rank its genitive (الفريق "the team", not the rank).
		first, inner = i-1, i-1
		title.NormStart = d.start(i - 1)
		innerStart = title.NormStart
	}
	// A title right after a person's name (خليفة حفتر قائد الجيش
	// الوطني الليبي، or after a comma) is that person's when no other
	// name follows it: apposition, unless a verb that takes a person
	// before the name makes the title phrase its object (استقبل
	// السيسي وزير الخارجية الأمريكي).
	apposed := d.apposedPerson(first)
	if apposed >= 0 && inner > first {
		decided = true // جون بولتون مستشار الرئيس الأمريكي: the adviser
	}
	j := title.End
	key := d.phraseKey(first, title.End)
	pkey := key // the portfolio's own title: وزير in مستشار وزير الخارجية
	if inner > first {
		pkey = d.phraseKey(inner, title.End)
	}
	if (styleTitles.has(key) || styleTitles.has(pkey)) && j < seg {
		// صاحب السمو الملكي أمير المنطقة الشرقية: the office follows
		// the style; so too after a title in construct with a style
		// (مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة).
		if _, ok := d.lookup(j, seg, setTitle); ok {
			return j
		}
	}
	titleEnd := j
	// باسم is "in the name of": a state body named by its nationality
	// after it is the organization (الناطقة باسم الخارجية الروسية), not
	// a portfolio.
	inNameOf := d.word[title.End-1] == "باسم"
	// A title that ends with the article (الوزير، المدير) is in
	// construct with nothing: a given name with the article after it
	// is no portfolio (الوزير الطيب البكوش), the name's.
	if portfolioTitles.has(pkey) && j < seg && d.has(j, fDef) && !(d.has(title.End-1, fDef) && (d.givenOneWord(j) || d.nameAfterBareTitle(i, title.End, seg))) && !d.has(j, fPro|fStop|fNat) && !d.startsName(j) &&
		!(inNameOf && d.stateBody(j)) && !d.namedBodyAt(j) && !(d.has(j, fQualBody) && d.qualifiedBody(j) > j) {
		if _, ok := d.lookup(j, j+1, setTitle); !ok {
			j++ // وزير النقل
			j = d.portfolioRest(j, seg)
			titleEnd = j
		}
	} else if portfolioTitles.has(pkey) && j+1 < seg && d.word[j] == affairsWord && d.has(j+1, fDef) && !d.has(j+1, fPro|fStop|fNat) &&
		!d.startsName(j+1) {
		// وزيرة شؤون المرأة، وزير شؤون الشباب والرياضة: the portfolio
		// in construct with شؤون.
		j = d.portfolioRest(j+2, seg)
		titleEnd = j
	} else if title.End-inner >= 2 && d.has(title.End-1, fDef) && portfolioTitles.has(d.phraseKey(inner, title.End-1)) {
		// وزير التربية والتعليم، وزير التعليم العالي: a title the
		// lists write with its portfolio (وزير التربية) goes on as a
		// portfolio read after a bare title does.
		j = d.portfolioRest(j, seg)
		titleEnd = j
	}
	org := -1
	orgFirst := -1
	sentTo := false
	affairs := false             // the (outer) title's own field: للأمن القومي، لشؤون اللاجئين
	phraseEnd := -1              // after the organization and what qualifies it (إلى سورية)
	qualEnd, nat := titleEnd, "" // the title with its modifiers and nationality; the nationality
	sport := sportTitles.has(d.stem[first])
	guest := false // a style after the title begins another person's name
	if m, ok := d.bodyInTitle(i, title.End, seg); ok && j == title.End {
		// رئيس مجلس النواب العراقي محمد الحلبوسي، عضو مجلس الشعب: a
		// title the lists hold with the body it heads names that body,
		// the role's organization, as رئيس المجلس الرئاسي does.
		org = d.add(cand{label: ORG, first: m.Start, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
			canon: m.Entry.Name, source: FromGazetteer})
		orgFirst, j, phraseEnd = m.Start, m.End, m.End
	} else if k := d.headInTitle(i, title.End); k > 0 && j == title.End {
		if end, emit := d.orgPattern(k); end >= title.End {
			emit() // رئيس مجلس النواب نبيه بري: a body no list holds alone
			org, orgFirst, j, phraseEnd = len(d.cands)-1, k, end, end
		}
	}
	for steps := 0; steps < 4 && j < seg; steps++ {
		if orgFirst < 0 && j == titleEnd && j == title.End && placeTitles.has(d.stem[first]) && !d.has(first, fDef) && !d.has(j, fPro) &&
			d.has(j, fDef) && compassWords.has(strings.TrimPrefix(d.stem[j], "ال")) {
			// محافظ الجنوب منصور ضو، محافظ الشمال فلان: a governorate named
			// by its quarter of the country is the governor's, no name
			// (nor الشمال the club).
			orgFirst, org, phraseEnd = j, d.add(cand{label: LOC, first: j, last: j + 1, source: FromRule}), j+1
			j++
			continue
		}
		switch {
		case orgFirst < 0 && j == titleEnd && teamWords.has(d.stem[j]) && (sport && !d.has(j, fPro) || d.teamGenitive(first, j, seg)):
			// مدرب المنتخب المغربي: the team, not المنتخب "elected" (a
			// title modifier); with its nationality it qualifies the
			// title, no organization of the lists. So too الفريق "the
			// team", not the rank, after ل (المدير الفني للفريق) or in
			// construct with a title of one word (قائد الفريق), with
			// its rank and its game (للفريق الأول لكرة القدم).
			j++
			if j < seg && ordinals.has(d.stem[j]) && !d.has(j, fPro) {
				j++
			}
			if j+1 < seg && d.word[j] == gameLam && d.has(j+1, fDef) && !d.has(j+1, fPro|fNat) {
				j += 2
			}
			if j < seg && d.has(j, fNat) && !d.has(j, fPro) {
				j++
			}
			qualEnd = j
			continue
		case orgFirst < 0 && j == titleEnd && (descriptionNisbas.has(d.stem[j]) || d.placedNisba(j) || memberTitles.has(d.stem[first]) && d.groupNisba(j)) &&
			!d.has(j, fPro|fNat):
			// الناشط الإعلامي في دوما مازن الشامي، القيادي الحوثي في
			// صعدة محمد البخيتي: a description, or the nisba of a group
			// or a place before the place a name follows, qualifies the
			// title; it is neither the name nor a mention.
			j++
			titleEnd, qualEnd = j, j
			continue
		case orgFirst < 0 && j == titleEnd && d.nisbaBeforeName(j):
			// القيادي الحوثي محمد المداني: a nisba of a group or a place
			// between the title and a given name qualifies the title.
			j++
			titleEnd, qualEnd = j, j
			continue
		case orgFirst < 0 && j == titleEnd && rulerEpithets.has(d.stem[j]) && !d.has(j, fPro) && j+1 < seg && honorifics.has(d.word[j+1]):
			// عاهل البلاد المعظم الملك فلان: the ruler's epithet after
			// his office, before the style that opens his name, is no
			// part of the title as the text names him by it later.
			j++
			continue
		case (titleModifiers.has(d.stem[j]) || d.rankQualifier(first, j)) && !d.has(j, fPro):
			j++
			if orgFirst < 0 {
				titleEnd, qualEnd = j, j
			} else if phraseEnd == j-1 {
				phraseEnd = j
			}
			continue
		case d.has(j, fNat) && !d.has(j, fPro) && !d.givenAfterTitle(j-1, j) && !d.givenBeforeLineage(j):
			if orgFirst < 0 && nat == "" {
				nat, qualEnd = d.word[j], j+1
			} else if phraseEnd == j {
				phraseEnd = j + 1
			}
			j++
			if j < seg && natDirections.has(d.stem[j]) && !d.has(j, fPro) {
				// وزير الخارجية الكوري الجنوبي: the direction is the
				// nationality's (South Korean), before the name.
				if qualEnd == j {
					qualEnd = j + 1
				}
				if phraseEnd == j {
					phraseEnd = j + 1
				}
				j++
			}
			continue
		}
		if e := d.affairsAt(j, seg); e > j {
			// مستشار الرئيس الأمريكي للأمن القومي جون بولتون، مساعدة وزير
			// الخارجية الأمريكية لشؤون السكان واللاجئين والهجرة، كارول
			// أوكونيل: the field of the title (of the outer one in
			// construct), before the name.
			affairs = true
			j = e
			continue
		}
		if d.has(j, fPro) && !d.proIsLam(j) {
			break
		}
		if orgFirst >= 0 && d.word[j] == "من" && j-1 > orgFirst && titleModifiers.has(d.stem[j-1]) && j+1 < seg && !d.has(j+1, fPro) {
			// وزير الصحة في الحكومة المكلفة من البرلمان فلان: who
			// appointed the body one serves in qualifies it; the name
			// follows.
			if end := d.bodyAt(j+1, seg); end > j+1 {
				j = end
				continue
			}
		}
		if orgFirst >= 0 && phraseEnd == j && d.lamBefore(j) {
			// رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج: the
			// organization's own, a ل-genitive after it.
			if end := d.bodyAt(j, seg); end > j {
				j, phraseEnd = end, end
				continue
			}
		}
		if d.word[j] == "عن" && deputyTitles.has(d.stem[first]) && j+1 < seg && !d.has(j+1, fPro) {
			// النائب في البرلمان العراقي عن تحالف الفتح، النائب عن
			// محافظة البصرة: whom a deputy represents.
			if m, ok := d.lookup(j+1, seg, setPlaceOrOrg); ok && !m.Entry.Weak {
				d.add(cand{label: Label(m.Entry.Kind.Label()), first: j + 1, last: m.End, normStart: m.NormStart,
					normEnd: m.NormEnd, canon: m.Entry.Name, source: FromGazetteer})
				j = m.End
				continue
			}
			if end, emit := d.orgPattern(j + 1); end > j+1 {
				emit()
				j = end
				continue
			}
			if end, emit := d.placePattern(j + 1); end > j+1 {
				emit()
				j = end
				continue
			}
			break
		}
		if honorifics.has(d.word[j]) && j+1 < seg && !d.has(j+1, fPro) {
			if d.word[j] == highness && d.objectVerbBefore(first) {
				// استقبل الملك سمو الأمير فيصل، التقى ولي العهد سمو
				// الشيخ حمد: the title is the verb's subject, and سمو
				// "his highness", a style of address, opens its object,
				// another person (as a rank after the title does,
				// below). Other styles may be the subject's own
				// (استقبل خادم الحرمين الشريفين الملك سلمان).
				guest = true
				break
			}
			// وزيرة التخطيط الأردنية الدكتورة ماري قعوار: a style between
			// the title and the name.
			j++
			continue
		}
		if titlePrepositions.has(d.word[j]) && j+1 < seg && !d.has(j+1, fPro) {
			// السفير البريطاني لدى مؤتمر نزع السلاح، المبعوث الخاص إلى سورية
			if m, ok := d.lookup(j+1, seg, gz.NameKinds); ok && !m.Entry.Weak && m.Entry.Kind != gz.Person && !(m.End == j+2 && d.birthplace(j+1)) {
				// ممثل الأمين العام للأمم المتحدة لدى ليبيا: where he is
				// sent, after the inner title's organization too.
				sentTo = sentTo || envoyPrepositions.has(d.word[j]) || d.word[j] == "في" && envoyTitles.has(d.stem[first])
				c := d.add(cand{label: Label(m.Entry.Kind.Label()), first: j + 1, last: m.End, normStart: m.NormStart,
					normEnd: m.NormEnd, canon: m.Entry.Name, source: FromGazetteer})
				if phraseEnd == j || phraseEnd < 0 && orgFirst < 0 && j == qualEnd && j > titleEnd-1 && envoyPrepositions.has(d.word[j]) {
					// المبعوث الأممي إلى اليمن فلان: where an envoy
					// is sent qualifies his title as an organization
					// would: the phrase up to the name is an alias.
					phraseEnd = m.End
				}
				if d.word[j] == "في" && m.Entry.Kind == gz.Org && orgFirst < 0 && !sentTo {
					// النائب في البرلمان العراقي، القيادي في حزب الله:
					// the organization one serves in.
					orgFirst, org, phraseEnd = j+1, c, m.End
				}
				j = m.End
				continue
			}
			if d.word[j] != "في" || orgFirst >= 0 || sentTo {
				break
			}
			if end, emit := d.orgPattern(j + 1); end > j+1 {
				// وزير الصحة في حكومة الإقليم، العضو في مجلس المحافظة:
				// the body one serves in, named by its head noun; the
				// adjectives that follow it are passed over, no part of
				// the body's name nor of the person's (الصحفي في قناة
				// «الغد» التلفزيونية فلان: the channel is الغد).
				emit()
				for end < seg && d.has(end, fDef) && d.has(end, fArabic) && !d.has(end, fPro|fStop) &&
					(strings.HasSuffix(d.stem[end], "ي") || strings.HasSuffix(d.stem[end], "يه")) && utf8.RuneCountInString(d.stem[end]) >= 5 {
					end++
				}
				orgFirst, org = j+1, len(d.cands)-1
				if phraseEnd == j {
					phraseEnd = end
				}
				j = end
				continue
			}
			if end, emit := d.stateBodyPattern(j + 1); end > j+1 && !d.has(j+1, fPro) {
				// وزير الصحة في الحكومة الليبية: a state's body named by
				// its nationality, the body one serves in.
				emit()
				orgFirst, org = j+1, len(d.cands)-1
				if phraseEnd == j {
					phraseEnd = end
				}
				j = end
				continue
			}
			if end := d.governmentBody(j+1, seg); end > j+1 {
				// وزير الصحة في حكومة الإقليم، المدير في إدارة المنطقة:
				// a government or an administration named by what it
				// governs, which no list holds.
				org = d.add(cand{label: ORG, first: j + 1, last: end, source: FromRule})
				orgFirst = j + 1
				if phraseEnd == j {
					phraseEnd = end
				}
				j = end
				continue
			}
			break
		}
		// الداخلية العراقية: before a weak listing of الداخلية alone.
		if inNameOf && orgFirst < 0 && d.stateBody(j) {
			end, emit := d.stateBodyPattern(j)
			emit()
			org, orgFirst, j, phraseEnd = len(d.cands)-1, j, end, end
			continue
		}
		if m, ok := d.lookup(j, seg, setOrg); ok && orgFirst < 0 && !(m.Entry.Weak && !sport && d.placeOverClub(j, m)) {
			if d.has(j, fOrgHead) {
				if end, emit := d.orgPattern(j); end > m.End {
					// رئيس الاتحاد الجهوي للشغل: a body the rules name
					// longer than the head the lists hold alone; ممثل
					// منظمة الأغذية والزراعة للأمم المتحدة: or than the
					// listed name, as read after no title.
					emit()
					org, orgFirst, j, phraseEnd = len(d.cands)-1, j, end, end
					continue
				}
			}
			orgFirst = j
			canon := m.Entry.Name
			if e := d.organOfGovernment(j, m.End); e > m.End {
				m.End, m.NormEnd, canon = e, d.t.Tokens[e-1].End, "" // رئيس المجلس الرئاسي لحكومة الوفاق الوطني
			}
			org = d.add(cand{label: ORG, first: j, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
				canon: canon, weak: m.Entry.Weak, source: FromGazetteer})
			j = m.End
			phraseEnd = j
			continue
		}
		if end, emit := d.orgPattern(j); end > j && orgFirst < 0 {
			orgFirst = j
			emit()
			org = len(d.cands) - 1
			j = end
			phraseEnd = j
			continue
		}
		if m, ok := d.lookup(j, seg, setPlace); ok && (!m.Entry.Weak || d.governedPlace(i, j, titleEnd, orgFirst)) {
			if pm, ok := d.lookup(j, seg, setPerson); ok && !pm.Entry.Weak && pm.End > m.End {
				// زعيم حزب الشعب الديموقراطي صلاح الدين دمرتاش: a listed
				// person's name that begins with a place's is the name
				// after the title.
				break
			}
			c := d.add(cand{label: LOC, first: j, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
				canon: m.Entry.Name, source: FromGazetteer})
			if orgFirst < 0 && j == titleEnd && (placeTitles.has(d.stem[i]) || !d.has(j, fPro) && !d.has(titleEnd-1, fDef)) {
				// محافظ حلب حسين دياب: the place a governor governs is
				// his role's organization, as محافظا للسويداء is; so is
				// a place in the genitive of any title in construct
				// (رئيس إقليم كردستان العراق، أمير الكويت).
				orgFirst, org, phraseEnd = j, c, m.End
			}
			j = m.End
			continue
		}
		if orgFirst < 0 && j == titleEnd && !d.has(j, fPro) && !d.has(titleEnd-1, fDef) && d.has(j, fPlaceHead) && !placeHeads[d.stem[j]].list {
			// رئيس ولاية بونتلاند سعيد دني، حاكم إقليم دارفور: a place
			// named with its head in the genitive of a title in
			// construct is his role's, as a listed place alone is.
			if end, emit := d.placePattern(j); end > j+1 {
				emit()
				orgFirst, org, phraseEnd = j, len(d.cands)-1, end
				j = end
				continue
			}
		}
		break
	}
	// The role as read from the title starting at token from (Norm
	// offset start): the outer title's or, for a construct, the inner's.
	read := func(from, start int) roleLink {
		rl := roleLink{title: d.sourceText(start, d.t.Tokens[titleEnd-1].End), key: key,
			qual: d.sourceText(start, d.t.Tokens[qualEnd-1].End), nat: nat, org: org}
		if titleEnd != title.End || from != first {
			rl.key = d.phraseKey(from, titleEnd) // (key is the title's as found)
		}
		return rl
	}
	phraseAt := func(p, start int) string {
		if phraseEnd <= 0 {
			return ""
		}
		// المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا: the
		// title as written up to the name, without a comma or style;
		// not when anything else stands between (a place read
		// without a preposition: زعيم حزب الشعب صلاح الدين دمرتاش).
		end := d.cands[p].first - 1
		for end >= phraseEnd && (d.word[end] == "," || d.word[end] == "،" || honorifics.has(d.word[end])) {
			end--
		}
		if end == phraseEnd-1 && end >= qualEnd {
			return d.sourceText(start, d.t.Tokens[end].End)
		}
		return ""
	}
	// phraseAtEnd is phraseAt for a name that would start at token k.
	phraseAtEnd := func(k int) string {
		if phraseEnd <= 0 || k != phraseEnd || k <= qualEnd-1 {
			return ""
		}
		return d.sourceText(title.NormStart, d.t.Tokens[k-1].End)
	}
	// Undecided, the role is the inner title's, as when read alone,
	// unless resolveConstructs finds the document says otherwise.
	undecided := inner > first && !decided && !sentTo && !affairs
	from, outerStart := first, title.NormStart
	if undecided {
		from, title.NormStart = inner, innerStart
	}
	outerRef := -1
	if undecided && first == i {
		// The listed outer title alone is a title-only reference too, as
		// when each title was read alone: it may point back to a person
		// named with it (المستشار), unless the compound is the person's.
		outerRef = len(d.refs)
		d.refs = append(d.refs, titleRef{text: d.sourceText(outerStart, d.t.Tokens[outerEnd-1].End), key: d.phraseKey(i, outerEnd), org: -1})
	}
	// link gives person p, whose name ends at token end, the title, and
	// returns where the phrase ends.
	link := func(p, end int) int {
		rl := read(from, title.NormStart)
		rl.person, rl.phrase = p, phraseAt(p, title.NormStart)
		if undecided {
			c := read(first, outerStart)
			if q, qEnd := d.appositive(end, seg); q >= 0 {
				// المتحدث باسم الرئيس الفلسطيني محمود عباس، نبيل أبو
				// ردينة، قال: the inner title's name, then the
				// compound's, set off by commas.
				c.person = q
				d.roles = append(d.roles, rl, c)
				if outerRef >= 0 {
					d.refs[outerRef].gone = true
				}
				return qEnd
			}
			c.person, c.phrase = p, phraseAt(p, outerStart)
			d.constructs = append(d.constructs, constructRole{role: len(d.roles), ref: outerRef, compound: c})
		}
		d.roles = append(d.roles, rl)
		return end
	}
	// A military rank between the title phrase and the name (المتحدث
	// باسم التحالف العقيد الركن تركي المالكي) is the same person's
	// second title, unless a verb that takes a person stands before
	// the first title (استقبل وزير الدفاع اللواء …: another person).
	rank, rankEnd := -1, -1
	// A definite frequent word right after an indefinite title of one
	// word is in its genitive (لاعب الوسط "midfielder", مدرب الحراس
	// "goalkeepers' coach"): the title's, not the name, when a name
	// follows it.
	if orgFirst < 0 && j == titleEnd && j == title.End && j == first+1 && j+1 < seg && !d.has(first, fDef) && d.has(j, fDef) && !d.has(j, fPro|fNat) &&
		d.cover[j] == 0 && !militaryRanks.has(d.stem[j]) && (d.has(j, fCommon) || d.centibels(j) > titleCB) && d.personStartsAt(j+1) {
		j++
		titleEnd, qualEnd = j, j
	}
	if j+1 < seg && d.rankAfterTitle(j, first) && !d.has(j, fPro) && !d.objectVerbBefore(first) {
		if m, ok := d.lookup(j, seg, setTitle); ok && m.End < seg && (militaryRanks.has(d.stem[j]) || m.End == j+1) {
			rank, rankEnd = j, m.End
			for rankEnd < seg && rankEnd < m.End+2 && (titleModifiers.has(d.stem[rankEnd]) || d.rankQualifier(j, rankEnd)) && !d.has(rankEnd, fPro) {
				rankEnd++
			}
			j = rankEnd
			if j+1 < seg && honorifics.has(d.word[j]) && !d.has(j+1, fPro) {
				j++ // وزير الداخلية الفريق أول الشيخ فلان: a style after the rank
			}
		}
	}
	if rank >= 0 {
		inner := link
		link = func(p, end int) int {
			end = inner(p, end)
			d.roles = append(d.roles, roleLink{title: d.sourceText(d.start(rank), d.t.Tokens[rankEnd-1].End), key: d.phraseKey(rank, rankEnd),
				qual: d.sourceText(d.start(rank), d.t.Tokens[rankEnd-1].End), org: -1, person: p})
			return end
		}
	}
	// The name, maybe after a comma when it is a listed person or starts
	// with a given name: وزير الداخلية الأردني، سمير مبيضين.
	if j+1 < seg && !guest && (d.word[j] == "," || d.word[j] == "،") && !d.has(j+1, fPro) {
		if _, ok := d.lookup(j+1, seg, setPerson); ok {
			j++
		} else if _, strong, ok := d.givenName(j + 1); ok && strong {
			if end, ok := d.personAt(j+1, false); ok && end > j+2 {
				j++
			}
		}
	}
	if j+1 < seg && !guest && !d.has(j, fPro) && d.has(j, fDef) && !d.has(j+1, fPro) && d.listedPerson(j+1) {
		// (الرئيس السابق المنصف المرزوقي: listed with the given name.)
		pm, listed := d.lookup(j, seg, setPerson)
		if m, ok := d.givenMatch(j); ok && m.Entry.Weak && m.End == j+1 && !(listed && pm.End > j+1) {
			// الرئيس الطيب أردوغان: the given name with the article, as
			// the press writes it, before the listed person it belongs
			// to; the title is that person's, and no other's.
			j++
		}
	}
	if j == title.End && j == first+1 && j < seg && d.stem[first] == governorateHead && !d.has(first, fDef|fPro) && d.has(j, fDef) &&
		!d.has(j, fPro) && (j+1 >= seg || !d.nameWord(j+1)) {
		// وقع الحادث في محافظة الليث: محافظة with no article before one
		// definite word is the governorate, a place head, though the word
		// is a name too; a woman governor is named after her governorate
		// (محافظة البحيرة نادية عبده) or with the article (المحافظة فلانة).
		// No title here: the place rule reads the head.
		return i
	}
	if j < seg && !guest && !d.has(j, fPro) {
		if m, ok := d.lookup(j, seg, setPerson); ok && m.End == j+1 && d.kunyaFamilyAt(j+1, seg) > j+1 {
			// اللواء شكري أبو سالم: a one-word listed name (a family
			// name of another) before a kunya, the family name here.
			end := d.kunyaFamilyAt(j+1, seg)
			p := d.add(cand{label: PER, first: j, last: end, source: FromRule})
			return link(p, end)
		}
		if m, ok := d.lookup(j, seg, setPerson); ok && d.listedBeforeRare(j, m) {
			// ممثلة المفوضية في تشاد ماغات غيسي: a word the lists hold
			// as another person's family name alone, before a rare word
			// no list holds, is this person's given name.
			p := d.add(cand{label: PER, first: j, last: j + 2, source: FromRule})
			return link(p, j+2)
		}
		if m, ok := d.lookup(j, seg, setPerson); ok && !d.givenBeforeFamily(j, m) {
			if j == title.End && m.End == j+1 && sovereignTitles.has(d.stem[first]) && d.has(j, fDef) &&
				!d.givenNameWord(strings.TrimPrefix(d.stem[j], "ال")) {
				// وكلف الملك الملقي بتشكيل الحكومة: a sovereign is named by
				// his given name (الملك سلمان، الملك الحسين); a family name
				// alone after his title is another person, the verb's
				// object, who holds no title of his.
				return j
			}
			m = d.withGulfChain(j, m)
			extend := m.End-j >= 2 && d.familyNameAfter(m.End)
			if extend {
				m = d.withFamilyName(m)
			}
			p := d.add(cand{label: PER, first: j, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
				canon: m.Entry.Name, source: FromGazetteer})
			if extend {
				d.extended = append(d.extended, p)
			}
			return link(p, m.End)
		}
		if d.givenBeforeSurname(j, seg) {
			// رئيس الاتحاد الوطني بافل طالباني: a given name no list
			// holds before a family name the lists hold alone is one
			// person, another than the listed one (جلال طالباني).
			p := d.add(cand{label: PER, first: j, last: j + 2, source: FromRule})
			return link(p, j+2)
		}
		end, ok := d.personAt(j, true)
		if e := d.unlistedFirstName(j, seg); (!ok || end <= j) && e > j {
			end, ok = e, true // رئيس المنظمة بير حسين كوليوند
		}
		if ok && end > j && d.familyBeforeSpeech(end, seg) {
			if m, given := d.givenMatch(j); given && m.End == end {
				end++ // المتحدث العسكري في صنعاء يحيى سريع إن: سريع is his family name
			}
		}
		if !ok || end <= j {
			end, _ = d.kunyaPattern(j)
		}
		if end > j {
			p := d.add(cand{label: PER, first: j, last: end, source: FromRule})
			return link(p, end)
		}
		if apposed < 0 && (d.nameWord(j) || d.givenShapedAsVerb(j, seg)) && !d.startsName(j) && !d.tanween(j) && !ordinals.has(d.stem[j]) && !d.dualOffice(j, seg) && !(d.has(j, fDef) && adjectiveEnding(d.stem[j]) && !d.nameWord(j+1)) &&
			!(militaryRanks.has(d.stem[first]) && d.commonAfterRank(j)) && !d.teamNisba(j, seg) && !d.adjectiveNisba(j) && !d.participleBeforePreposition(j, seg) &&
			!(d.has(j, fDef) && elative(d.stem[j]) && !d.nameWord(j+1) && !d.givenNameWord(strings.TrimPrefix(d.stem[j], "ال"))) &&
			!(gz.MayHaveProclitic(d.word[j]) && normalize.SplitClitics(d.word[j]).Start > 0) {
			end := j + 1
			// المهدي كشلاف، المختار السالم: a given name written with
			// the article goes on to the family name after it.
			definiteGiven := d.has(j, fDef) && !d.has(j, fPro) && d.givenNameWord(strings.TrimPrefix(d.stem[j], "ال"))
			// الوزير الهلالي الشربيني: two rare nisbas after a bare
			// title are the given and the family name.
			twoNisbas := j == title.End && d.nameAfterBareTitle(i, j, seg)
			for end < seg && end < j+3 && !d.has(end, fPro) && (!d.has(end-1, fDef) || end == j+1 && (definiteGiven && !d.has(end, fDef) || twoNisbas)) {
				if end == j+1 && d.centibels(j) < titleCB && !d.has(j, fDef) && !d.known(j) {
					if pe, ok := d.personAt(end, false); ok && pe > end+1 {
						// سيسيه مريم كايداما سيديبي: a foreign family name
						// no list knows, written first, before the given
						// name and the rest of the name.
						end = pe
						break
					}
				}
				if d.foreignSurname(end) {
					end++ // a foreign family name ends the name
					break
				}
				if e := d.kunyaFamilyAt(end, seg); e > end && !d.has(j, fDef) {
					end = e // اللواء شكري أبو سالم: a kunya ends the name
					break
				}
				if !d.namePart(end) || d.unlikelyPart(end) {
					break
				}
				end++
			}
			p := d.add(cand{label: PER, first: j, last: end, source: FromRule})
			return link(p, end)
		}
	}
	nameAt := j // where a name the tagger finds gets the title
	if rank >= 0 {
		j = rank // no name after the rank: the rank is read on its own
	}
	if apposed >= 0 && (j > i+1 || !d.has(first, fDef) && title.End < seg && d.has(title.End, fWord) && !d.has(title.End, fStop|fPro)) {
		// No name after the title: the name before it is the title's
		// (a definite noun after it, السيطرة، الانسحاب, is the verb's
		// object, no name). A bare definite title word is as often the
		// family name that ends the name (عبدالله يحيى الحاكم); an
		// indefinite one is in construct (علي الجائفي قائد قوات
		// الاحتياط).
		rl := read(first, title.NormStart)
		rl.person = apposed
		if phraseEnd > 0 && phraseEnd == j {
			rl.phrase = d.sourceText(title.NormStart, d.t.Tokens[phraseEnd-1].End)
		}
		d.roles = append(d.roles, rl)
		if org >= 0 || j > title.End {
			return j
		}
		return title.End
	}
	// No name: a title-only reference, the inner title's when undecided.
	rl := read(from, title.NormStart)
	refText := rl.qual
	if orgFirst >= 0 {
		c := d.cands[org]
		refText = d.sourceText(title.NormStart, c.normEnd)
	}
	if !undecided && nameAt < seg && d.has(nameAt, fArabic) && !d.has(nameAt, fPro|fStop|fDef) && d.cover[nameAt] == 0 && d.r.tagger != nil {
		// (After a rank too: المتحدث باسم الجيش العقيد عبده مجلي.)
		rl.phrase = phraseAtEnd(nameAt)
		d.awaiting = append(d.awaiting, awaitingName{at: nameAt, ref: len(d.refs), role: rl})
	}
	// محافظة البصرة with no name after it is the governorate, a place
	// head, not a woman governor named nowhere: it refers to no one (a
	// governor named later would take it for his alias), but the role
	// is still a name's that the tagger finds right after it.
	placeHead := title.End == i+1 && d.has(i, fPlaceHead) && org >= 0 && d.cands[org].label == LOC && d.cands[org].first == title.End
	d.refs = append(d.refs, titleRef{text: refText, key: rl.key, nat: nat, org: org, gone: placeHead})
	if org >= 0 || j > title.End {
		return j
	}
	return title.End
}

// placeOverClub reports whether the weak organization m at token j, in
// a title's genitive, is a place the lists hold as a place, not weak, of
// the same words: محافظ ظفار، محافظة ظفار is the governorate, not the
// club named after it (a title of sport, مدرب ظفار, keeps the club).
func (d *doc) placeOverClub(j int, m gz.Match) bool {
	p, ok := d.lookup(j, int(d.segEnd[j]), setPlace)
	return ok && !p.Entry.Weak && p.End == m.End
}

// namedScales (folded) are the nouns of a scale or a unit named after
// its inventor (مقياس ريختر، درجة فهرنهايت): the name after them is the
// scale's, no person the news tells of. Not سلم, written alike with the
// verb "handed over" (سلم كريم بنعلي الوثائق: the man who handed them).
var namedScales = foldedSet("مقياس", "درجة", "درجات")

// purposePrepositions (folded) govern the complement of a verbal noun of
// purpose (للمشاركة في، للتوسط بين، للرد على), which a body's field, a
// noun named whole, does not take right after it.
var purposePrepositions = foldedSet("في", "على", "بين", "مع", "إلى")

// purposeNoun reports whether the definite token j, after ل, is a verbal
// noun of a derived verb (المشاركة، المساهمة، التوسط) before a preposition
// of its own (purposePrepositions): what a body is asked or offered for.
// A plural noun before عن is what an agency reports (وكالة فرانس برس
// للأنباء عن).
func (d *doc) purposeNoun(j, seg int) bool {
	if j+1 >= seg || !purposePrepositions.has(d.word[j+1]) {
		return false
	}
	w := strings.TrimPrefix(d.stem[j], "ال")
	return derivedMasdar(w) || strings.HasPrefix(w, "ت") && utf8.RuneCountInString(w) >= 5
}

// bodyInTitle returns the listed organization that begins inside the
// listed title [i, end) at an organization's head and runs to its end or
// past it (رئيس مجلس النواب، عضو مجلس الشعب السوري): the body the title
// is held in. A nationality right after a body that ends with the title
// is the body's (رئيس مجلس النواب اللبناني: the Lebanese parliament).
func (d *doc) bodyInTitle(i, end, seg int) (gz.Match, bool) {
	if k := d.headInTitle(i, end); k > 0 {
		m, ok := d.lookup(k, seg, setOrg)
		if !ok || m.Entry.Weak || m.End < end {
			return gz.Match{}, false
		}
		if m.End == end && end < seg && d.has(end, fNat) && !d.has(end, fPro) {
			m.End, m.NormEnd, m.Entry.Name = end+1, d.t.Tokens[end].End, ""
		}
		if e := d.organOfGovernment(k, m.End); e > m.End {
			m.End, m.NormEnd, m.Entry.Name = e, d.t.Tokens[e-1].End, "" // رئيس المجلس الرئاسي لحكومة الوفاق الوطني
		}
		return m, true
	}
	return gz.Match{}, false
}

// headInTitle returns the first organization's head inside the listed
// title [i, end) (مجلس in رئيس مجلس النواب), or 0. The council of
// ministers of رئيس مجلس الوزراء is the government, a generic body the
// annotations leave optional: the title is the prime minister's.
func (d *doc) headInTitle(i, end int) int {
	for k := i + 1; k < end; k++ {
		if d.has(k, fOrgHead) && !d.has(k, fPro) {
			if k+1 < end && d.stem[k+1] == ministersWord {
				return 0
			}
			return k
		}
	}
	return 0
}

var ministersWord = searchNorm.String("الوزراء")

// givenBeforeFamily reports whether the listed person m at token j, a
// single word after a title, is a given name that begins another name
// instead: the word is a listed given name and a family name follows it
// (النائب صالح العرموطي, not علي عبد الله صالح; الوزير صالح القلاب). Alone
// after the title (الرئيس صالح) it stays the listed person.
func (d *doc) givenBeforeFamily(j int, m gz.Match) bool {
	if m.End != j+1 {
		return false
	}
	if g, ok := d.givenMatch(j); !ok || g.End != j+1 {
		return false
	}
	end, ok := d.personAt(j, true)
	return ok && end > m.End
}

// listedBeforeRare reports whether m, a listed person's name matched at
// token j right after a title, is one word that the lists hold as the
// family name of a longer name (ماغات of فيليكس ماغات), before a word
// rarer than foreignCB that no list holds and that may be a name's part,
// with no proclitic or article: the first two words of another person's
// name, no reference to the listed one.
func (d *doc) listedBeforeRare(j int, m gz.Match) bool {
	if m.End != j+1 || j+2 > int(d.segEnd[j]) || !strings.Contains(m.Entry.Name, " ") || d.has(j, fDef|fPro) {
		return false
	}
	k := j + 1
	if !d.has(k, fArabic) || d.has(k, fPro|fDef|fStop|fCommon|fNat|fNumber|fVerbLike) || d.known(k) || d.centibels(k) > foreignCB {
		return false
	}
	return d.namePart(k) && !d.unlikelyPart(k)
}

// lamInnerTitle reports a title after ل that completes the definite
// title of the construct kind at token i (مبعوث، مستشار، نائب، ممثل …
// with the article), past the outer title's end and its adjectives
// (الخاص، الأول، الإعلامي): المبعوث الخاص للأمين العام، النائب الأول
// لرئيس الوزراء. It returns the inner title's token and match.
func (d *doc) lamInnerTitle(i, end, seg int) (int, gz.Match, bool) {
	if !d.has(i, fDef) || d.has(i, fPro) || !constructTitles.has(strings.TrimPrefix(d.stem[i], "ال")) {
		return 0, gz.Match{}, false
	}
	k := end
	for k < seg && k < end+2 && !d.has(k, fPro) && d.has(k, fDef) && (titleModifiers.has(d.stem[k]) || d.has(k, fNat) || strings.HasSuffix(d.stem[k], "ي")) {
		k++
	}
	if k >= seg || !d.lamBefore(k) {
		return 0, gz.Match{}, false
	}
	m, ok := d.lookup(k, seg, setTitle)
	return k, m, ok
}

// rankGenitive reports whether the rank at token i (الفريق، اللواء،
// العميد, also "team", "brigade", "dean") is the genitive of a noun in
// construct right before it, no title of a list: طبيب الفريق، معالج
// الفريق. The noun is a word of three letters or more without a
// proclitic or the article, no function word, common word, name, title
// or verb (no imperfect's prefix), no verbal noun in إ and no word that
// may carry a proclitic not split off (بإحالة اللواء), after a verb or a
// preposition of its sentence (أعلن طبيب الفريق، بحسب معالج الفريق),
// where a verb would not stand (قال الفريق: a verb and the rank).
func (d *doc) rankGenitive(i int) bool {
	k := i - 1
	if k < 1 || !militaryRanks.has(d.stem[i]) || d.has(i, fPro) || int(d.segEnd[k]) <= i || int(d.segEnd[k-1]) <= k ||
		d.cover[k] != 0 || !d.has(k, fArabic) || d.has(k, fPro|fDef|fStop|fCommon|fNat|fNumber|fVerbLike) ||
		d.known(k) || d.titleOrHead(k) || utf8.RuneCountInString(d.stem[k]) < 3 || !d.has(k-1, fStop) || afterParticles.has(d.stem[k-1]) {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(d.stem[k]); r {
	case 'ي', 'ت', 'ن', 'ا', 'أ', 'إ':
		return false // يقود، تدرب، أشاد: a verb; إحالة: a verbal noun, an act
	case 'ب', 'ل', 'ك', 'ف', 'و':
		return false // بإحالة: a proclitic the tokens did not split off
	}
	return !strings.HasSuffix(d.stem[k], "ا")
}

// gameLam (folded) is لكرة, "of ball", before the game a team plays:
// لكرة القدم، لكرة السلة.
var gameLam = searchNorm.String("لكرة")

// rankQualifier reports whether token j, after the title that starts at
// token first, is a qualifier of a military rank (الفريق أول ركن، العميد
// الركن، اللواء طيار): the rank's, never the name's first word.
func (d *doc) rankQualifier(first, j int) bool {
	return militaryRanks.has(d.stem[first]) && rankQualifiers.has(d.word[j]) && !d.has(j, fDef)
}

// teamGenitive reports whether the team word at token j (الفريق،
// المنتخب) is the genitive of the title [first, j): written with ل and
// no و (المدير الفني للفريق، المدرب المساعد للمنتخب), or in construct
// with an indefinite title of one word (قائد الفريق، قائد المنتخب). A
// rank that goes on (الفريق أول، الفريق الركن) is the rank.
func (d *doc) teamGenitive(first, j, seg int) bool {
	if m, ok := d.lookup(j, seg, setTitle); ok && m.End > j+1 {
		return false
	}
	if d.has(j, fPro) {
		return d.has(j, fLam) && !d.has(j, fWaw)
	}
	return j == first+1 && !d.has(first, fDef)
}

// afterParticles are the particles a verb follows (قد زار الفريق، لم
// يلتق، ثم استقبل).
var afterParticles = foldedSet("قد", "لقد", "لم", "لن", "ثم", "ما", "لا", "كما", "حيث", "بعدما", "عندما", "حين", "فقد", "وقد", "إذ")

// adjectiveNisbaCB is the frequency above which the feminine of a nisba
// without the article (حكومية، أسبوعية) marks an adjective: family names
// in ي rarely take the feminine (مالكية، حوثية, below -540).
const adjectiveNisbaCB = -520

// adjectiveNisba reports whether token j, a definite word in ي after a
// title, is an adjective (في الفريق الحكومي، مؤتمره الصحفي الأسبوعي), no
// family name: its feminine without the article is a frequent word.
func (d *doc) adjectiveNisba(j int) bool {
	if !d.has(j, fDef) || d.has(j, fPro|fNat) || !strings.HasSuffix(d.stem[j], "ي") || d.known(j) {
		return false
	}
	c, ok := wordfreq.Centibels(strings.TrimPrefix(d.stem[j], "ال") + "ه")
	return ok && c > adjectiveNisbaCB
}

// givenShapedAsVerb reports whether token j, right after a title, is a
// given name that begins as an imperfect verb does (تـ، يـ) but ends in
// alef, a woman's name (وزيرة البيئة تمارا الزين، تيانا): a rare
// word no list holds, before a definite name part, the family name. An
// imperfect verb there would end in و or ن, not alef (يعملوا، تعملان).
func (d *doc) givenShapedAsVerb(j, seg int) bool {
	w := d.stem[j]
	if !d.has(j, fVerbLike) || d.has(j, fPro|fDef|fStop|fCommon|fNat|fNumber) || d.known(j) || d.centibels(j) >= titleCB ||
		!strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "وا") || utf8.RuneCountInString(w) < 4 {
		return false
	}
	k := j + 1
	return k < seg && d.has(k, fDef) && !d.has(k, fPro|fStop|fCommon|fNat|fNumber) && d.namePart(k)
}

// participleBeforePreposition reports whether the definite token j, right
// after a title, is a feminine active participle (فاعلة: العاملة،
// المشاركة، القائمة) before a preposition: the participle of the body the
// title names, where it works or what it takes part in (قائد القوات
// الدولية العاملة في جنوب لبنان), no family name; a family name in ة
// has another shape (الطراونة، المعايطة) or no preposition after it.
func (d *doc) participleBeforePreposition(j, seg int) bool {
	w, ok := strings.CutPrefix(d.stem[j], "ال")
	if !ok || !d.has(j, fDef) || d.has(j, fPro) || j+1 >= seg || d.has(j+1, fPro) || !participlePrepositions.has(d.word[j+1]) {
		return false
	}
	r := []rune(w)
	return len(r) == 5 && r[1] == 'ا' && r[4] == 'ه'
}

// participlePrepositions (folded) follow a participle of a body: where it
// works, what it takes part in, what it is charged with.
var participlePrepositions = foldedSet("في", "على", "من", "إلى", "لدى", "ضمن", "داخل")

// sovereignTitles are the titles of a monarch, who is named after them
// by his given name, never by a family name alone.
var sovereignTitles = foldedSet("الملك", "الملكة", "السلطان")

// teamNisba reports whether token j, right after الفريق (the rank, and
// "the team"; alone or the genitive of a title before it), is a nisba no
// list holds with no name word after it: the team's adjective, of its
// region or its line (شؤون الفريق السوسي، مستقبل الفريق الوجدي، الفريق
// الدفاعي), no family name. A general named by his family name alone is
// a listed one (الفريق البرهان، اللواء المسماري).
func (d *doc) teamNisba(j, seg int) bool {
	if j == 0 || !teamWords.has(d.word[j-1]) || !d.has(j, fDef) || d.has(j, fPro) || !strings.HasSuffix(d.stem[j], "ي") || d.known(j) {
		return false
	}
	return j+1 >= seg || d.has(j+1, fPro|fStop|fPunct) || !d.nameWord(j+1)
}

// commonAfterRank reports whether token j, right after a military rank
// that is also a common noun (الفريق "the team", اللواء "the brigade",
// العميد "the dean"), is a frequent definite word that names no one: the
// verb's object or the noun's adjective (كسب الفريق المباراة، خسر الفريق
// اللقاء), not a family name. A family name after a rank is listed
// (البرهان), a nisba (المسماري، العسيري), or rare.
func (d *doc) commonAfterRank(j int) bool {
	w := d.stem[j]
	return d.has(j, fDef) && d.centibels(j) > titleCB && !strings.HasSuffix(w, "ي") && !d.r.g.Surname(w) && !d.known(j)
}

// highness (folded) is سمو, the style "his highness".
var highness = searchNorm.String("سمو")

// taskGenitive reports whether tokens [first, end) hold a ل-genitive,
// the task a field head's body is named by (لمراقبة الانتخابات، للدعم):
// ل split off, or written on a word no list knows.
func (d *doc) taskGenitive(first, end int) bool {
	for k := first; k < end; k++ {
		if d.has(k, fLam) || strings.HasPrefix(d.word[k], "ل") && !d.known(k) {
			return true
		}
	}
	return false
}

// adjectiveName reports whether tokens (i, end) after a definite
// organization head are two definite adjectives or more, the last an
// adjective of names (الحركة المدنية الديمقراطية، المحكمة الدستورية
// العليا، الجبهة الوطنية التقدمية… الديمقراطية): the name of a body
// without a ل-genitive. One adjective alone leaves a generic body
// (الحكومة المؤقتة، اللجنة الوزارية), and so does a last one of no name
// (اللجنة الفنية المشتركة).
//
// A masculine nisba counts as the feminine does (الاتحاد البرلماني
// العربي، المجلس الاقتصادي الأعلى), not a word of time (الحالي، الماضي);
// the last adjective of names may be the one of a nation that is also an
// adjective of names (العربي، الإسلامي), not any other nationality (a
// body of a country: الحكومة المؤقتة الليبية).
func (d *doc) adjectiveName(i, end int) bool {
	if end-i < 3 || !nameAdjectives.has(d.word[end-1]) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if !d.has(k, fDef) || d.has(k, fPro|fStop) || d.has(k, fNat) && k < end-1 {
			return false
		}
		if !adjectiveEnding(d.stem[k]) && !nameAdjectives.has(d.word[k]) && (!nisbaShape(d.stem[k]) || yearAdjectives.has(d.word[k])) {
			return false
		}
	}
	return true
}

// jointWord is المشتركة, folded: the joint body of two nations.
var jointWord = searchNorm.String("المشتركة")

// jointAfterNations reports المشتركة at token j after two nationality
// adjectives or more of the body whose head is at i (اللجنة العمانية
// الإيرانية المشتركة): the joint body's own adjective, part of its name.
func (d *doc) jointAfterNations(i, j int) bool {
	if d.word[j] != jointWord || d.has(j, fPro) {
		return false
	}
	n := 0
	for k := i + 1; k < j; k++ {
		if d.has(k, fNat) {
			n++
		}
	}
	return n >= 2
}

// jointBody reports whether tokens i to end are a joint body of two
// nations or more named by its head and definite adjectives alone, with
// المشتركة among them (اللجنة العمانية الإيرانية المشتركة، اللجنة
// الحكومية المشتركة الجزائرية النيجرية): the nations name it, as a
// ل-genitive names another body. Without them (اللجنة الفنية المشتركة)
// it stays a generic body.
func (d *doc) jointBody(i, end int) bool {
	joint, nations := false, 0
	for k := i + 1; k < end; k++ {
		if !d.has(k, fDef) || d.has(k, fPro|fStop) {
			return false
		}
		if d.word[k] == jointWord {
			joint = true
		} else if d.has(k, fNat) {
			nations++
		}
	}
	return joint && nations >= 2
}

// courtByNumber reports whether tokens i to end are a court named by
// its rank and number (courtHeads): definite adjectives after the head,
// the last an ordinal (المحكمة الكبرى الجنائية الرابعة، الدائرة
// المدنية الثالثة). المحكمة الرابعة alone is "the fourth court" of a
// list.
func (d *doc) courtByNumber(i, end int) bool {
	if end-i < 3 || !courtHeads.has(d.stem[i]) || !ordinals.has(d.word[end-1]) {
		return false
	}
	for k := i + 1; k < end-1; k++ {
		if !d.has(k, fDef) || d.has(k, fPro|fStop|fNat) {
			return false
		}
		if !adjectiveEnding(d.stem[k]) && !nameAdjectives.has(d.word[k]) && !nisbaShape(d.stem[k]) {
			return false
		}
	}
	return true
}

// namedBodyAt reports whether the definite organization head at token j,
// right after a title, begins the name of a body that orgPattern reads
// whole with a ل-genitive (رئيس المجلس الأعلى للدولة، رئيس المجلس الوطني
// للإعلام): the body is the role's organization, not a portfolio whose
// adjective would end the title (رئيس الحكومة المؤقتة has no genitive).
// A ل-genitive naming an organization leaves the body the title's
// portfolio (عضو اللجنة المركزية لحركة فتح: the role's organization is
// فتح).
func (d *doc) namedBodyAt(j int) bool {
	if !d.has(j, fOrgHead) {
		return false
	}
	end, _ := d.orgPattern(j)
	if end <= j+2 {
		return false
	}
	for k := j + 1; k < end; k++ {
		if !d.proIsLam(k) {
			continue
		}
		if d.has(k, fOrgHead) {
			return false // عضو اللجنة المركزية لحركة فتح: the body of an organization, which is the role's
		}
		if m, ok := d.lookup(k, end, setOrg); ok && !m.Entry.Weak {
			return false
		}
	}
	return true
}

// portfolioRest returns the end of a portfolio whose first noun ends
// before token j: an adjective of that noun (التعليم العالي, a frequent
// nisba: a family name after the portfolio is rare), then a second
// noun joined by و with its adjective (وزيرة التخطيط والتعاون الدولي،
// وزير التربية والتعليم، وزير التعليم العالي والبحث العلمي), when
// another word follows for the name (وقال وزير التعليم العلوي إن: the
// nisba is the name).
func (d *doc) portfolioRest(j, seg int) int {
	if j+1 < seg && d.portfolioAdjective(j) && (d.startsName(j+1) || d.nameWord(j+1) || strings.HasPrefix(d.word[j+1], "وال")) {
		j++ // العالي, before a name or a second portfolio
	}
	if j+1 < seg && strings.HasPrefix(d.word[j], "وال") && d.portfolioLength(j) && !d.has(j, fNat) && !d.startsName(j) &&
		!d.titleOrHead(j) && !d.titleAfterWaw(j) {
		// (Not a title: بين رئيس الحكومة والمدير التنفيذي, two persons.)
		if m, ok := d.lookup(j, j+1, gz.NameKinds); !ok || m.End != j+1 || m.Entry.Weak {
			j++
			if titleModifiers.has(d.stem[j]) || d.has(j, fDef) && !d.has(j, fNat|fPro) && (adjectiveEnding(d.stem[j]+"ه") || strings.HasSuffix(d.stem[j], "يه")) && !d.startsName(j) ||
				d.adjectiveBeforeNationality(j, seg) {
				j++ // الدولي، السمكية; المتجددة before المصري
			}
		}
	}
	if j+2 < seg && d.has(j, fWaw) && !d.has(j, fDef) && d.constructPortfolio(j) {
		// وزير النقل والاتصالات وتقنية المعلومات: a further noun joined
		// by و in construct with its field, before the name or a comma.
		j += 2
	}
	return j
}

// adjectiveBeforeNationality reports whether token j, a definite word
// after a portfolio (والطاقة المتجددة المصري، والطرق السريعة الكويتي),
// is followed by the title's nationality: it qualifies the portfolio,
// as a name never stands between a title and its nationality.
func (d *doc) adjectiveBeforeNationality(j, seg int) bool {
	return j+1 < seg && d.has(j, fDef|fArabic) && d.has(j, fDef) && !d.has(j, fPro|fNat|fStop) && d.has(j+1, fNat) && !d.has(j+1, fPro) &&
		!d.startsName(j) && !d.givenNameAt(j) && !d.r.g.Surname(d.stem[j])
}

// constructPortfolio reports whether token j, و and an indefinite
// frequent noun (وتقنية، وشؤون، وتنمية), and the definite word after it
// (المعلومات) are a portfolio's last part: no title, no name, no
// nationality, and a word after them that is no definite word (a name, a
// comma, إن).
func (d *doc) constructPortfolio(j int) bool {
	k := j + 1
	if d.centibels(j) <= titleCB && !frequent(strings.TrimPrefix(d.word[j], "و"), titleCB) || d.titleOrHead(j) || d.titleAfterWaw(j) || d.startsName(j) ||
		!d.has(k, fDef) || d.has(k, fNat|fPro) || d.startsName(k) || d.titleOrHead(k) {
		return false
	}
	return !d.has(k+1, fDef) || d.has(k+1, fPro)
}

// portfolioLength reports whether token j, وال + a word, is long enough
// to be a second portfolio: six letters or more (والتعليم), or five when
// the word without و is frequent (والري; not والي "governor", والده
// "his father").
func (d *doc) portfolioLength(j int) bool {
	n := utf8.RuneCountInString(d.word[j])
	return n >= 6 || n == 5 && d.centibels(j) > titleCB
}

// titleAfterWaw reports whether token j, a word with the proclitic و,
// is a listed title without it, alone or with the word after it
// (والمدير، والأمين العام): another person's title, no portfolio.
func (d *doc) titleAfterWaw(j int) bool {
	st := strings.TrimPrefix(d.word[j], "و")
	phrases := []string{st}
	if j+1 < d.n {
		phrases = append(phrases, st+" "+d.word[j+1])
	}
	for _, p := range phrases {
		for _, e := range d.r.g.Lookup(p) {
			if e.Kind == gz.Title {
				return true
			}
		}
	}
	return false
}

// portfolioAdjective reports whether token j is a definite nisba that
// qualifies the portfolio noun before it (العالي، العلمي، الأساسي,
// frequent words, agreeing with it), not a nationality, a given name
// nor a family name (rare or listed).
func (d *doc) portfolioAdjective(j int) bool {
	if !d.has(j, fDef) || !d.has(j, fArabic) || d.has(j, fPro|fNat|fStop) || d.startsName(j) {
		return false
	}
	// It agrees with the noun: feminine after a noun in ة (الصحة
	// العامة has no nisba; رئيس الجمهورية الباجي: الباجي is the name).
	suffix := "ي"
	if strings.HasSuffix(d.stem[j-1], "ه") && !d.writtenHeh(j-1) {
		suffix = "يه"
	}
	// A broken plural takes the feminine too (الموارد المائية).
	agrees := strings.HasSuffix(d.stem[j], suffix) || suffix == "ي" && strings.HasSuffix(d.stem[j], "يه")
	return agrees && d.centibels(j) > titleCB && !d.r.g.Surname(d.stem[j])
}

// officialTitle reads المسؤول (a stop word: الجهة المسؤولة) as a title
// when a nationality or a nisba qualifies it and a name follows, maybe
// after the place he serves in: قال المسؤول الكردي في عفرين ريزان حدو.
// It returns the token after what the title rule read, or i.
func (d *doc) officialTitle(i int) int {
	seg := int(d.segEnd[i])
	j := i + 1
	for n := 0; n < 2 && j < seg && !d.has(j, fPro) && (d.has(j, fNat) || descriptionNisbas.has(d.stem[j]) || d.placedNisba(j)); n++ {
		j++
	}
	if j == i+1 || j >= seg {
		return i
	}
	if d.word[j] == "في" && j+1 < seg {
		m, ok := d.lookup(j+1, seg, setPlace)
		if !ok || m.Entry.Weak {
			return i
		}
		j = m.End
	}
	if j >= seg || !d.nameAhead(j) {
		return i
	}
	return d.titleRule(i, gz.Match{Start: i, End: i + 1, NormStart: d.start(i), NormEnd: d.t.Tokens[i].End})
}

// placedNisba reports whether token j, right after a title, is a definite
// nisba (الحوثي، الكردي) followed by في, a listed place and a name:
// القيادي الحوثي في صعدة محمد البخيتي. The nisba qualifies the title (a
// family name after a title, الرئيس الحريري, has no place and name after
// it).
func (d *doc) placedNisba(j int) bool {
	seg := int(d.segEnd[j])
	if !d.has(j, fDef) || d.has(j, fPro|fStop) || !strings.HasSuffix(d.stem[j], "ي") || utf8.RuneCountInString(d.stem[j]) < 5 ||
		j+2 >= seg || d.word[j+1] != "في" {
		return false
	}
	m, ok := d.lookup(j+2, seg, setPlace)
	return ok && !m.Entry.Weak && m.End < seg && d.nameAhead(m.End)
}

// groupNisba reports whether token j is the nisba of a group the
// gazetteer lists as an organization in the plural (الحوثي: الحوثيين):
// after a member's title (القيادي الحوثي) it says whose member, and is
// no person (عبد الملك الحوثي, whom الحوثي alone names).
func (d *doc) groupNisba(j int) bool {
	if !d.has(j, fDef) || d.has(j, fPro|fStop|fNat) || !strings.HasSuffix(d.stem[j], "ي") || utf8.RuneCountInString(d.stem[j]) < 5 {
		return false
	}
	for _, e := range d.r.g.Lookup(d.stem[j] + "ين") {
		if e.Kind == gz.Org {
			return true
		}
	}
	return false
}

// nameAhead reports whether a person's name starts at token k: a listed
// person, a strong given name, or a name word and a name part after it
// (ريزان حدو).
func (d *doc) nameAhead(k int) bool {
	if d.personStartsAt(k) {
		return true
	}
	seg := int(d.segEnd[k])
	return !d.has(k, fPro) && d.nameWord(k) && k+1 < seg && !d.has(k+1, fPro) && (d.namePart(k+1) || d.foreignSurname(k+1))
}

// rankAfterTitle reports whether token j, after the title phrase that
// begins at token first, is a rank that stands between that phrase and
// the name as the same person's second title: a military rank (المتحدث
// باسم التحالف العقيد الركن تركي المالكي), or the style of a judge or a
// diplomat written as one (رئيس نيابة الجرائم الإرهابية المستشار أحمد
// الحمادي، مساعد وزير الخارجية السفير حسام زكي) before an indefinite word
// that is no nationality (المستشار الألماني، السفير الأمريكي: an office
// of its own). The office before it is the person's role, not the rank.
func (d *doc) rankAfterTitle(j, first int) bool {
	if militaryRanks.has(d.stem[j]) {
		return !militaryRanks.has(d.stem[first])
	}
	return officeStyles.has(d.stem[j]) && !officeStyles.has(d.stem[first]) && j+1 < int(d.segEnd[j]) &&
		!d.has(j+1, fDef|fPro|fStop|fNat|fNumber)
}

// personStartsAt reports whether a person's name starts at token k for
// sure: a listed person or a strong given name, without a proclitic
// (nameAhead also takes a name word and a name part after it).
func (d *doc) personStartsAt(k int) bool {
	if d.has(k, fPro) {
		return false
	}
	if d.scan.May(k, setPerson) {
		if m, ok := d.lookup(k, int(d.segEnd[k]), setPerson); ok && !m.Entry.Weak {
			return true
		}
	}
	_, strong, ok := d.givenName(k)
	return ok && strong
}

// familyBeforeSpeech reports whether token k, right after a given name
// read after a title, is the family name: the name ends a speaker's
// phrase there (إن/أن, لـ, a comma or colon, or the end of the segment
// seg after it), and k is a word that is no function word, verb,
// adjective of the title or ل + the article (لليبيين): a frequent word
// (سريع) or a nationality nisba (الشامي).
//
// A title of one word with the article is a family name too before a
// comma, a colon or the segment's end (الفريق كامل الوزير، نائب رئيس
// الوزراء): a title after a name is in apposition in the indefinite
// (محمد، وزير النقل) or after a comma. Not before أن: a verb of telling
// takes the title for its object (أبلغ الرئيس فلان الوزير أن).
func (d *doc) familyBeforeSpeech(k, seg int) bool {
	if k < seg && d.has(k, fArabic|fDef) && !d.has(k, fPro|fStop|fNat) && d.scan.May(k, setTitle) {
		if m, ok := d.lookup(k, k+1, setTitle); ok && m.End == k+1 {
			return k+1 >= seg || d.word[k+1] == "،" || d.word[k+1] == "," || d.word[k+1] == ":"
		}
	}
	if k >= seg || !d.has(k, fArabic) || d.has(k, fPro|fStop|fCommon|fVerbLike|fNumber|fAlef) || strings.HasPrefix(d.stem[k], "لل") {
		return false // لليبيين، للصحفيين: ل + the article, no name (as nameWord)
	}
	if d.has(k, fDef) {
		w := d.stem[k]
		if !d.has(k, fNat) || !strings.HasSuffix(w, "ي") {
			return false
		}
	} else if d.has(k, fNat) || utf8.RuneCountInString(d.stem[k]) < 3 || strings.HasSuffix(d.stem[k], "ا") || d.tanween(k) {
		return false
	}
	if d.startsName(k) {
		return false
	}
	return d.endsSpeakerPhrase(k, seg)
}

// rareFamilyBeforeSpeech reports whether token k, right after a given
// name that is also a common word (هادي "calm", سعيدة "happy"), read with
// no title, is its family name: a rare word no list holds that ends a
// speaker's phrase (سعيدة قراش إن، هادي هيج،). A common word after the
// given name's other sense is frequent, or goes on (هادي نسبيا).
func (d *doc) rareFamilyBeforeSpeech(k, seg int) bool {
	if !d.has(k, fArabic) || d.has(k, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) || d.known(k) || d.centibels(k) >= titleCB ||
		utf8.RuneCountInString(d.stem[k]) < 3 || strings.HasSuffix(d.stem[k], "ا") || d.tanween(k) || d.unlikelyPart(k) || d.derivedVerb(k) {
		return false
	}
	return d.endsSpeakerPhrase(k, seg)
}

// endsSpeakerPhrase reports whether a speaker's name may end at token k:
// the segment seg ends after it, or إن/أن, لـ, a comma or a colon follows.
func (d *doc) endsSpeakerPhrase(k, seg int) bool {
	if k+1 >= seg {
		return true
	}
	switch d.word[k+1] {
	case "ان", "ل", "،", ",", ":":
		return true
	}
	return false
}

// governedPlace reports whether a place listed weak at token j (also a
// common word: الشرقية "eastern", البحيرة "the lake", الغربية) is the
// place that the title at token i governs, written right after it:
// محافظ الشرقية، محافظة البحيرة، حاكم الشارقة. Read as the name after
// the title it made a person البحيرة of محافظ البحيرة هشام آمنة.
func (d *doc) governedPlace(i, j, titleEnd, orgFirst int) bool {
	return orgFirst < 0 && j == titleEnd && j == i+1 && placeTitles.has(d.stem[i]) && !d.has(j, fPro)
}

// linkTaggedNames gives the persons the tagger found right after a title
// read without a name (see awaitingName) that title's role: the title is
// theirs, no longer a reference.
func (d *doc) linkTaggedNames() {
	for _, a := range d.awaiting {
		k := int(d.cover[a.at]) - 1
		if k < 0 {
			continue
		}
		c := &d.cands[k]
		if c.dropped || c.label != PER || c.source != FromTagger || c.first != a.at {
			continue
		}
		rl := a.role
		rl.person = k
		d.roles = append(d.roles, rl)
		d.refs[a.ref].gone = true
	}
}

// herTitle reads a title word with the pronoun ها, its modifiers and the
// name after it (أعلنت شركة أرامكو السعودية أن رئيسها التنفيذي أمين
// الناصر سيزور طوكيو): the person's title is the word's with the
// article (الرئيس التنفيذي), and its organization the one the pronoun
// refers to, the nearest named before it in the sentence. It returns the
// token after the name, or i.
func (d *doc) herTitle(i int) int {
	seg := int(d.segEnd[i])
	j := i + 1
	for j < seg && j < i+3 && titleModifiers.has(d.stem[j]) && !d.has(j, fPro) {
		j++ // التنفيذي، العام
	}
	if j >= seg || d.has(j, fPro) {
		return i
	}
	p, end, ok := d.titledName(j, seg)
	if !ok {
		return i
	}
	base, ok := strings.CutSuffix(d.sourceText(d.start(i), d.t.Tokens[i].End), "ها")
	if !ok {
		return i // written with marks or another alef: left alone
	}
	title, key := base, strings.TrimSuffix(d.stem[i], "ها")
	if j > i+1 {
		// رئيسها التنفيذي: the title is the definite الرئيس التنفيذي.
		title = "ال" + base + " " + d.sourceText(d.t.Tokens[i+1].Start, d.t.Tokens[j-1].End)
		key = "ال" + key + " " + d.phraseKey(i+1, j)
	}
	d.roles = append(d.roles, roleLink{title: title, key: key, org: d.orgBefore(i), person: p})
	return end
}

// titledName adds the person named at token j after a title (herTitle,
// spokesTitle): a listed name, not a weak one, or a name the rules read.
// It returns the candidate's index and the token after the name.
func (d *doc) titledName(j, seg int) (p, end int, ok bool) {
	if m, ok := d.lookup(j, seg, setPerson); ok && !m.Entry.Weak {
		return d.add(cand{label: PER, first: j, last: m.End, normStart: m.NormStart, normEnd: m.NormEnd,
			canon: m.Entry.Name, source: FromGazetteer}), m.End, true
	}
	if e, ok := d.personAt(j, true); ok && e > j {
		return d.add(cand{label: PER, first: j, last: e, source: FromRule}), e, true
	}
	return 0, 0, false
}

// spokesTitle reads a spokesman's title whose باسم takes a pronoun
// (المتحدث باسمه، الناطقة باسمها), maybe a listed place where he speaks
// (في جنيف), and the name after it: the person's title is the spokesman
// of (المتحدث باسم), and its organization the one the pronoun refers to,
// the nearest named before it in the sentence. It returns the token
// after the name, or i.
func (d *doc) spokesTitle(i int) int {
	seg := int(d.segEnd[i])
	if !spokesWords.has(d.stem[i]) || d.has(i+1, fPro) || i+2 >= seg {
		return i
	}
	j := i + 2
	place, placeEnd := gz.Match{}, -1
	if d.word[j] == "في" && j+2 < seg {
		m, ok := d.lookup(j+1, seg, setPlace)
		if !ok || m.Entry.Weak || m.End >= seg {
			return i
		}
		place, placeEnd, j = m, m.End, m.End
	}
	p, end, ok := d.titledName(j, seg)
	if !ok {
		return i
	}
	if placeEnd > 0 {
		d.add(cand{label: LOC, first: place.Start, last: placeEnd, normStart: place.NormStart, normEnd: place.NormEnd,
			canon: place.Entry.Name, source: FromGazetteer})
	}
	title := d.sourceText(d.start(i), d.t.Tokens[i].End) + " باسم"
	d.roles = append(d.roles, roleLink{title: title, key: d.stem[i] + " " + searchNorm.String("باسم"), org: d.orgBefore(i), person: p})
	return end
}

// spokesWords (folded) are the spokesman's titles spokesTitle reads
// before باسم and a pronoun.
var spokesWords = foldedSet("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "متحدثة", "ناطق", "ناطقة")

// spokesPronouns (folded) are باسم with the pronoun of the body spoken
// for: باسمه، باسمها، باسمهم، باسمهما.
var spokesPronouns = foldedSet("باسمه", "باسمها", "باسمهم", "باسمهما")

// appointedTitles gives a person named right after a verb of
// appointment or election and before an indefinite title in the
// accusative that title (عين الملك محمد السادس عزيز أخنوش رئيسا
// للحكومة: رئيس الحكومة; انتخب البرلمان فلانا رئيسا له): the title
// without the case ending, with the definite noun of its ل-genitive
// (للحكومة), or the organization or place named there.
func (d *doc) appointedTitles() {
	var appointed []roleLink // in the order of the candidates
	for k := range d.cands {
		c := &d.cands[k]
		t := c.last
		if c.dropped || c.label != PER || t >= d.n || int(d.segEnd[c.first]) <= t || d.cover[t] != 0 {
			continue
		}
		base, ok := d.officeWithAlef(t)
		if !ok || !d.appointedBefore(c.first) {
			continue
		}
		src := d.sourceText(d.start(t), d.t.Tokens[t].End)
		src = strings.TrimRight(src, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
		title, ok := strings.CutSuffix(src, "ا")
		if !ok {
			continue
		}
		key, org := base, -1
		n := t + 1
		if n < int(d.segEnd[t]) && !d.has(n, fPro) && d.cover[n] == 0 {
			// أمينا عاما، رئيسا تنفيذيا، مبعوثا خاصا: an office of two
			// words, both in the accusative.
			if q, ok := strings.CutSuffix(d.word[n], "ا"); ok && officeQualifiers.has(q) {
				qsrc := strings.TrimRight(d.sourceText(d.start(n), d.t.Tokens[n].End), "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
				if qsrc, ok = strings.CutSuffix(qsrc, "ا"); ok {
					title += " " + qsrc
					key += " " + q
					n++
				}
			}
		}
		if n < int(d.segEnd[t]) {
			if o := int(d.cover[n]) - 1; o >= 0 && d.cands[o].first == n && (d.cands[o].label == ORG || d.cands[o].label == LOC) && !d.cands[o].dropped {
				org = o // رئيسا لحركة أمل، محافظا للسويداء
			} else if d.cover[n] == 0 && d.lamBefore(n) && d.has(n, fDef) && !d.has(n, fNat) {
				// رئيسا للحكومة، وزيرا للخارجية: رئيس الحكومة.
				title += " " + d.sourceText(int(d.stemAt[n]), d.t.Tokens[n].End)
				key += " " + d.stem[n]
			} else if head, at := d.lamTitle(n); head != "" {
				// نائبا لرئيس الوزراء: نائب رئيس الوزراء, an office of
				// two titles.
				title += " " + d.sourceText(at, d.t.Tokens[n+1].End)
				key += " " + head + " " + d.stem[n+1]
			}
		}
		appointed = append(appointed, roleLink{title: title, key: key, org: org, person: k})
	}
	if len(appointed) == 0 {
		return
	}
	// The office written before the appointee's name is the appointer's,
	// who is not named (عين العاهل المغربي سعد الدين العثماني رئيسا
	// للحكومة): a title-only reference. A style or a rank stays the
	// appointee's (عين الرئيس اللواء فلان محافظا). One pass over the
	// roles for all the appointees (a pass for each was quadratic in a
	// text of many), the references in the order of the appointees.
	at := make(map[int]int, len(appointed)) // candidate -> index in appointed
	for i, a := range appointed {
		at[a.person] = i
	}
	var moved [][]titleRef
	d.roles = slices.DeleteFunc(d.roles, func(rl roleLink) bool {
		i, ok := at[rl.person]
		if w, _, _ := strings.Cut(rl.key, " "); !ok || personalStyles.has(w) || militaryRanks.has(w) {
			return false
		}
		if moved == nil {
			moved = make([][]titleRef, len(appointed))
		}
		moved[i] = append(moved[i], titleRef{text: rl.qual, key: rl.key, nat: rl.nat, org: rl.org})
		return true
	})
	for _, refs := range moved {
		d.refs = append(d.refs, refs...)
	}
	d.roles = append(d.roles, appointed...)
}

// lamTitle returns the title word (folded) that token n writes after the
// preposition ل, in construct with the definite noun after it (لرئيس
// الوزراء), and the Norm offset where the title begins; or "".
func (d *doc) lamTitle(n int) (string, int) {
	if d.cover[n] != 0 || d.has(n, fDef|fPro) || n+1 >= int(d.segEnd[n]) || d.cover[n+1] != 0 ||
		!d.has(n+1, fDef) || d.has(n+1, fPro|fNat|fStop) {
		return "", 0
	}
	w := d.word[n]
	head, ok := strings.CutPrefix(w, "ل")
	if !ok || !appointedTitleWords.has(head) {
		return "", 0
	}
	tok := d.t.Tokens[n]
	raw := d.t.Norm[tok.Start:tok.End]
	off := len("ل")
	if raw != w {
		off = byteOfRune(raw, 1)
	}
	return head, tok.Start + off
}

// appointedBefore reports whether a verb or noun of appointment or
// election (appointVerbs) stands within eight words before token k in
// its clause (past the appointer's title and name).
func (d *doc) appointedBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-8 && int(d.segEnd[b]) > k; b-- {
		if d.has(b, fPunct) && d.word[b] != "،" && d.word[b] != "," {
			return false // a comma goes on with the clause: عين …، هم فلان
		}
		if appointVerbs.has(d.stem[b]) || appointVerbs.has(strings.TrimPrefix(strings.TrimPrefix(d.word[b], "و"), "ب")) {
			return true // وبتعيين
		}
	}
	return false
}

// orgBefore returns the organization candidate nearest before token i in
// its sentence, within 30 tokens, or -1.
func (d *doc) orgBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if sentenceEnd(d.word[k]) || lineBreak(d.t.Norm[d.t.Tokens[k].End:d.t.Tokens[k+1].Start]) {
			return -1
		}
		if c := int(d.cover[k]) - 1; c >= 0 && d.cands[c].label == ORG && !d.cands[c].dropped {
			return c
		}
	}
	return -1
}

// apposedPerson returns the person candidate whose name ends right
// before token i, where a title starts, maybe with a comma between
// (خليفة حفتر قائد الجيش الوطني الليبي، بشار الأسد، رئيس النظام), or
// -1: none, a proclitic on the title (و joins another), or a verb that
// takes a person as its object within four words before the name
// (استقبل الرئيس السيسي وزير الخارجية: the minister is received).
func (d *doc) apposedPerson(i int) int {
	if i == 0 || d.has(i, fPro) {
		return -1
	}
	k := i - 1
	if (d.word[k] == "،" || d.word[k] == ",") && k > 0 {
		k--
	}
	c := int(d.cover[k]) - 1
	if c < 0 || int(d.segEnd[k]) <= i {
		return -1
	}
	p := &d.cands[c]
	if p.label != PER || p.dropped || p.last != k+1 {
		return -1
	}
	if b := p.first - 1; b >= 0 && kinNouns.has(d.stem[b]) && (!strings.HasSuffix(d.stem[b], "ه") || strings.HasSuffix(d.stem[i], "ه")) {
		// نجل بشير الجميل النائب: the son is the deputy; not when the
		// relative is a woman and the title a man's (والدة عماد مغنية،
		// القيادي الراحل).
		return -1
	}
	if d.objectVerbBefore(p.first) {
		return -1
	}
	return c
}

// objectVerbBefore reports whether a verb that takes a person as its
// object (personObjectVerbs) stands within four words before token k in
// its clause.
func (d *doc) objectVerbBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-4 && int(d.segEnd[b]) > k; b-- {
		if d.has(b, fPunct) {
			return false
		}
		if personObjectVerbs.has(d.stem[b]) {
			return true
		}
	}
	return false
}

// stateBody reports whether a state body named by its nationality
// (stateBodyPattern) starts at token j.
func (d *doc) stateBody(j int) bool {
	end, _ := d.stateBodyPattern(j)
	return end > j
}

// affairsAt returns the end of the field of a title starting at token j
// (للأمن القومي; لشؤون or للشؤون and up to four definite words, the
// places and organizations among them read as such: لشؤون السكان
// واللاجئين والهجرة، لشؤون الخليج العربي), or j when none starts there.
func (d *doc) affairsAt(j, seg int) int {
	if j+1 >= seg {
		return j
	}
	w := d.word[j]
	if w == "للامن" && d.word[j+1] == "القومي" {
		return j + 2
	}
	if w != "لشوون" && w != "للشوون" {
		return j
	}
	k := j + 1
	for n := 0; n < 4 && k < seg; n++ {
		if m, ok := d.lookup(k, seg, gz.NameKinds); ok && !m.Entry.Weak && m.Entry.Kind != gz.Person && (!d.has(k, fPro) || strings.HasPrefix(d.word[k], "و")) {
			d.add(cand{label: Label(m.Entry.Kind.Label()), first: k, last: m.End, normStart: m.NormStart,
				normEnd: m.NormEnd, canon: m.Entry.Name, source: FromGazetteer})
			k = m.End
			continue
		}
		if d.has(k, fDef) && !d.startsName(k) && (!d.has(k, fPro) || strings.HasPrefix(d.word[k], "و")) || d.has(k, fNat) && !d.has(k, fPro) && k > j+1 {
			k++
			continue
		}
		break
	}
	if k == j+1 {
		return j
	}
	return k
}

// appositive returns the person named right after token k set off by
// commas (، نبيل أبو ردينة، or at the segment's end) and the token after
// the name, or -1 and k: a listed person, or a strong given name and
// another name.
func (d *doc) appositive(k, seg int) (int, int) {
	if k+2 >= seg || d.word[k] != "،" && d.word[k] != "," || d.has(k+1, fPro) {
		return -1, k
	}
	c := cand{label: PER, first: k + 1, source: FromRule}
	if m, ok := d.lookup(k+1, seg, setPerson); ok {
		c.last, c.normStart, c.normEnd, c.canon, c.source = m.End, m.NormStart, m.NormEnd, m.Entry.Name, FromGazetteer
	} else if _, strong, ok := d.givenName(k + 1); ok && strong {
		end, ok := d.personAt(k+1, false)
		if !ok || end <= k+2 {
			return -1, k
		}
		c.last = end
	} else {
		return -1, k
	}
	if c.last < seg && d.word[c.last] != "،" && d.word[c.last] != "," {
		return -1, k
	}
	return d.add(c), c.last
}

// titleStartsAt reports whether at, reaching token k, would read the
// title m there (see at): no stop word, no weak name and no longer
// name starts there.
func (d *doc) titleStartsAt(k int, m gz.Match) bool {
	if !d.scan.May(k, gz.NameKinds) {
		return !d.has(k, fStop) || d.has(k, fPro)
	}
	name, ok := d.lookup(k, d.n, gz.NameKinds)
	if !ok {
		return !d.has(k, fStop) || d.has(k, fPro)
	}
	return !name.Entry.Weak && m.End >= name.End
}

// helpNoun reports whether token i is مساعدة "help" after ب or ل
// (بمساعدة الرئيس، لمساعدة الحكومة), not an assistant.
func (d *doc) helpNoun(i int) bool {
	if d.stem[i] != "مساعده" || d.word[i] == d.stem[i] {
		return false
	}
	pro := strings.TrimSuffix(d.word[i], d.stem[i])
	return strings.ContainsAny(pro, "بل")
}

// ownQualifierAfter reports whether الخاص/الخاصة, or إلى/لدى and the
// place one is sent to, stands at token k or after one nationality there
// (الرئيس الروسي الخاص، الرئيس الروسي إلى سوريا): what qualifies the title
// in construct before, not the one it governs.
func (d *doc) ownQualifierAfter(k, seg int) bool {
	for n := 0; n < 2 && k < seg; n, k = n+1, k+1 {
		if specialQualifiers.has(d.word[k]) || envoyPrepositions.has(d.word[k]) {
			return true
		}
		if !d.has(k, fNat) || d.has(k, fPro) {
			return false
		}
	}
	return false
}

// tanween reports whether token i is written with a tanween (شرحًا،
// عددٌ): the case ending of a common noun, never written on a name in
// news.
func (d *doc) tanween(i int) bool {
	tok := d.t.Tokens[i]
	s, e := d.t.SourceSpan(tok.Start, tok.End)
	return strings.ContainsAny(d.t.Source[s:e], "\u064b\u064c\u064d")
}

// givenNameWord reports whether a folded word is a listed given name
// (أحمد in الأحمد, a family name).
func (d *doc) givenNameWord(w string) bool {
	for _, e := range d.r.g.Lookup(w) {
		if e.Kind == gz.GivenName {
			return true
		}
	}
	return false
}

// elative reports whether a folded word is an elative adjective with the
// article, أفعل (الأبرز، الأكبر، الأعلى): الزعيم الأبرز names no one.
func elative(w string) bool {
	r, ok := strings.CutPrefix(w, "ال")
	if !ok || !strings.HasPrefix(r, "ا") {
		return false
	}
	n := utf8.RuneCountInString(r)
	return n == 4 || n == 3 && strings.HasSuffix(r, "ي") // الأبرز، الأعلى
}

// adjectiveEnding reports whether a folded word ends like a feminine or
// plural adjective (الصيدلانية، الناشطين), which a family name rarely does.
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"يه", "ين", "ون", "ات"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// phraseKey is the folded text of tokens [first, last), the first
// without proclitics, words joined by one space.
func (d *doc) phraseKey(first, last int) string {
	if last-first == 1 {
		return d.stem[first]
	}
	n := len(d.stem[first]) + last - first - 1
	for j := first + 1; j < last; j++ {
		n += len(d.word[j])
	}
	var b strings.Builder
	b.Grow(n) // one allocation
	for j := first; j < last; j++ {
		if j > first {
			b.WriteByte(' ')
		}
		if j == first {
			b.WriteString(d.stem[j])
		} else {
			b.WriteString(d.word[j])
		}
	}
	return b.String()
}

// samePhrase reports phraseKey(f1, l1) == phraseKey(f2, l2), the keys
// built in d's scratch instead of two strings for each comparison.
func (d *doc) samePhrase(f1, l1, f2, l2 int) bool {
	d.phraseA = d.appendPhraseKey(d.phraseA[:0], f1, l1)
	d.phraseB = d.appendPhraseKey(d.phraseB[:0], f2, l2)
	return bytes.Equal(d.phraseA, d.phraseB)
}

// appendPhraseKey appends phraseKey(first, last) to dst.
func (d *doc) appendPhraseKey(dst []byte, first, last int) []byte {
	dst = append(dst, d.stem[first]...)
	for j := first + 1; j < last; j++ {
		dst = append(append(dst, ' '), d.word[j]...)
	}
	return dst
}

// candKeys calls put with the phraseKey of each candidate keep accepts,
// in order, the keys cut from one string: a string for each made the
// sets of names' keys (joinSplitNames, stripTaggedClitics) a tenth of
// the recognizer's allocations.
func (d *doc) candKeys(keep func(c *cand) bool, put func(key string)) {
	buf, ends := d.keyBuf[:0], d.keyEnds[:0]
	for k := range d.cands {
		if c := &d.cands[k]; keep(c) {
			buf = d.appendPhraseKey(buf, c.first, c.last)
			ends = append(ends, len(buf))
		}
	}
	d.keyBuf, d.keyEnds = buf, ends
	keys := string(buf)
	from := 0
	for _, end := range ends {
		put(keys[from:end])
		from = end
	}
}

// sourceText returns the source text of the Norm span [s, e) as a form:
// when s is the start of a stem after ل whose article lost its alef
// (للائتلاف), the alef is put back (الائتلاف).
func (d *doc) sourceText(s, e int) string {
	a, b := d.t.SourceSpan(s, e)
	return d.formText(s, a, b)
}

// formText is sourceText of the Norm span starting at s whose source
// span [a, b) the caller has mapped already.
func (d *doc) formText(s, a, b int) string {
	// Cleaned as for display (tatweel, presentation forms, bidi
	// controls): وزيـــر الخارجية and ﺍﻟﺴﻴﺴﻲ name what وزير الخارجية
	// and السيسي do, for whoever groups names across documents. Marks
	// and letters stay as written.
	text := displayNorm.String(d.t.Source[a:b])
	if p := d.droppedArticle(s); p != "" {
		return p + text
	}
	return text
}

// droppedArticle returns what the writing dropped of the article of
// the stem that the Norm offset s starts: "ا" after ل (للعراق: ل +
// العراق, the stem written لعراق), "ال" when the article's ل merged too
// (للجنة: ل + اللجنة, the stem written لجنة), or "".
func (d *doc) droppedArticle(s int) string {
	if s < 0 || s >= len(d.t.Norm) || !strings.HasPrefix(d.t.Norm[s:], "ل") {
		return "" // the cheap test first: most names start otherwise
	}
	toks := d.t.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > s })
	if i >= len(toks) || toks[i].Start >= s || !d.has(i, fAlef) {
		return ""
	}
	if d.has(i, fLamLam) {
		return "ال"
	}
	return "ا"
}

// lamArticle reports whether a word ل + لX… that SplitClitics reads as ل
// + the article + لX… (للجنة: ل + الجنة "paradise", stem a) is rather ل
// + the article + لX… with one ل dropped (ل + اللجنة "the committee",
// stem b): b is a head word of the rules or more frequent than a
// (اللاذقية، اللبنانيين، اللاجئين; not للعراق, للجيش: no اللعراق).
func lamArticle(a, b string) bool {
	if isHead(b) {
		return true
	}
	cb, ok := wordfreq.Centibels(b)
	if !ok {
		return false
	}
	ca, ok := wordfreq.Centibels(a)
	return !ok || cb > ca
}

// addTagged adds the tagger's names that no rule or list found.
func (d *doc) addTagged() {
	if d.tagger != nil {
		d.tags = d.tagger.TagScan(d.t, 0, d.n, &d.scan, d.tags[:0])
	} else {
		d.tags = d.r.tagger.TagScan(d.t, 0, d.n, &d.scan, d.tags[:0])
	}
	for i := 0; i < len(d.tags); {
		tg := d.tags[i]
		if !tg.Begins() {
			i++
			continue
		}
		j := i + 1
		for j < len(d.tags) && d.tags[j].Continues() && d.tags[j].Type() == tg.Type() {
			j++
		}

		first, last := i, j
		i = j
		// Trim what never belongs to a name.
		for first < last && (d.has(first, fStop|fPunct) && !d.has(first, fPro)) {
			first++
		}
		for last > first && d.has(last-1, fStop|fPunct|fNat) {
			last--
		}
		if tg.Type() == string(PER) && last-first >= 2 && strings.HasPrefix(d.stem[last-1], "لل") && !d.known(last-1) {
			last-- // محمد لليبيين: ل + the article ends a person's name
		}
		for tg.Type() == string(PER) && last-first >= 2 && d.has(last-1, fCommon) && d.has(last-1, fDef) && !d.has(last-1, fPro) && !d.known(last-1) {
			last-- // زارت الوزيرة فلانة بن فلان الجرحى: a common noun of the lists is the verb's object, no family name
		}
		for tg.Type() == string(PER) && last-first >= 2 && d.termWord(last-1) {
			last-- // فلان ولد فلان عشر سنوات: the term ends a person's name
		}
		if tg.Type() == string(PER) && last-first >= 3 && d.prepNoun(last-1) {
			last-- // كلف المهندس سيد سالم بتسيير الأعمال: ب and a verbal noun end the name
		}
		if first >= last {
			continue
		}
		if tg.Type() == string(PER) && (first == last-1 || !d.free(first, last)) && d.extendListedByTag(first, last) {
			continue
		}
		if tg.Type() == string(PER) && d.extendRuleByTag(first, last) {
			continue
		}
		if !d.free(first, last) {
			continue
		}
		if d.flags[first]&(fIdiom|fCommon) == fIdiom|fCommon {
			continue // ولحسن الحظ: no name (fixedIdioms)
		}
		if last-first == 1 && d.has(first, fNat|fCommon|fStop|fNumber|fAdj) {
			continue
		}
		if last-first == 2 && tg.Type() != string(PER) && d.has(first, fBareHead) && d.has(first, fDef) &&
			!d.has(first+1, fDef|fPro) && !d.known(first+1) {
			continue // وأعلنت المنظمة تفشي الكوليرا: a definite head and the verb's object, no name
		}
		if last-first == 1 && d.accusativeCommon(first) {
			continue // وقع الطرفان بروتوكولا: a common noun in the accusative, no name
		}
		if tg.Type() == string(MISC) && d.accusativeMasdar(first) {
			continue // تمسكا بتحفظاتهما: an adverbial verbal noun and its complement
		}
		if last-first == 1 && d.has(first, fDef) && (adjectiveEnding(d.stem[first]) || strings.HasSuffix(d.stem[first], "تان")) {
			continue // الداعمتان: an adjective
		}
		if _, ok := d.lookup(first, last, setTitleOrHead); ok && last-first == 1 {
			continue
		}
		if tg.Type() == string(PER) && last-first == 1 && d.dualOffice(first, int(d.segEnd[first])) {
			continue // التقى الوزير سفيري فرنسا وألمانيا: two officials, no person
		}
		if tg.Type() == string(PER) && first > 0 && namedScales.has(d.word[first-1]) && !d.has(first, fPro) {
			continue // على مقياس ريختر: a scale named after a man, no person in the text
		}
		if last-first == 1 && first > 0 && d.has(first-1, fPlaceHead) && !d.has(first, fDef|fPro) &&
			strings.HasSuffix(d.stem[first], "يه") && d.centibels(first) > districtCB {
			// بولاية رئاسية ثانية، منطقة صناعية، مدينة ساحلية: an indefinite
			// feminine adjective of a frequent word after a place head
			// describes the head (a term of office, a kind of area), as
			// placePattern reads it; no place is named.
			continue
		}
		if tg.Type() == string(PER) && last-first > 1 {
			if m, ok := d.lookup(first, last, setTitle); ok && m.End == last {
				continue // خادم الحرمين الشريفين alone: a style, no name
			}
		}
		if tg.Type() == string(PER) && last-first == 2 && constructGivenNames.has(d.stem[first]) && d.has(first+1, fDef) &&
			!d.has(first+1, fPro) && (d.has(first+1, fCommon) || d.centibels(first+1) > districtCB) {
			continue // بحبس مالك العقار: the owner of the building, no name
		}
		if tg.Type() == string(PER) && last-first >= 3 && d.heldItVerb(first) {
			first++ // اجتماع عقده بن قدارة: the verb of a relative clause, no given name
		}
		label := Label(tg.Type())
		if label != LOC && first > 0 && d.cover[first-1] == 0 && eventHeads.has(d.stem[first-1]) && !d.has(first, fPro|fDef) {
			label = MISC // معرض أيدكس للدفاع: the name of the exhibition, no organization
		}
		d.add(cand{label: label, first: first, last: last, source: FromTagger})
	}
}

// heldItVerb reports whether token i, before بن, is a perfect verb with
// the object pronoun ه in a relative clause on the indefinite noun of
// what one holds or gives before it (اجتماع عقده بن فلان، لقاء جمعه بن
// فلان، خطاب ألقاه بن فلان: the meeting he held), no given name, even
// one the lists hold (جمعة). The ه must be written so (a given name in
// ة, كلمة حمزة بن فلان، حوار أسامة بن فلان, is the speaker's), the verb
// three letters or more before it (not طه), and no name compound with
// الله (كلمة عبدالله بن زايد: his speech).
func (d *doc) heldItVerb(i int) bool {
	if i == 0 || i+1 >= int(d.segEnd[i]) || !patronymics.has(d.word[i+1]) || !strings.HasSuffix(d.word[i], "ه") || strings.HasPrefix(d.word[i], "و") ||
		utf8.RuneCountInString(d.word[i]) < 4 || strings.HasSuffix(d.word[i], allahWord) || !d.writtenHeh(i) {
		return false
	}
	p := i - 1
	return int(d.segEnd[p]) > i && !d.has(p, fPro|fDef) && heldNouns.has(d.stem[p])
}

// heldNouns (folded) are what one holds, gives or makes, which a
// relative clause without الذي follows: اجتماع عقده، خطاب ألقاه.
var heldNouns = foldedSet("اجتماع", "لقاء", "مؤتمر", "خطاب", "كلمة", "حوار", "مقابلة", "اتصال", "جلسة", "حفل", "زيارة", "تصريح", "بيان", "قرار", "اتفاق")

// extendRuleByTag extends a person's name that a rule read (after a
// title, or from a given name or a kunya: any unlisted rule name) over
// the words the tagger reads as the rest of the same name, tagged at
// tokens [first, last) from the name's first word: the rule stops at a
// word frequent in the lists of words (كوندي of الرئيس الغيني ألفا
// كوندي, ساسو نغيسو) that the tagger, seeing the name, reads as its
// part. Only words no rule took, of no other class (a common noun, a
// nationality, a stop word, a word with a proclitic, a definite one, an
// imperfect verb's shape, an accusative's tanween: مهندسا), at most two.
// It reports whether it did.
func (d *doc) extendRuleByTag(first, last int) bool {
	k := int(d.cover[first]) - 1
	if k < 0 {
		return false
	}
	c := &d.cands[k]
	if c.dropped || c.label != PER || c.source != FromRule || c.first != first || c.last >= last || last-c.last > 2 || c.canon != "" {
		return false
	}
	for j := c.last; j < last; j++ {
		if d.cover[j] != 0 || !d.has(j, fArabic) || d.has(j, fCommon|fNat|fStop|fPro|fDef|fPunct|fNumber|fVerbLike) || d.tanween(j) ||
			d.unlikelyPart(j) && !d.rareAfterGiven(c, j) || accusativeParticiple(d.stem[j]) || d.termWord(j) {
			return false
		}
	}
	for j := c.last; j < last; j++ {
		d.cover[j] = int32(k + 1)
	}
	c.last = last
	c.normEnd = d.t.Tokens[last-1].End
	return true
}

// rareAfterGiven reports whether token j, right after the rule's name c
// of one given name, is a word rare as written that only looks like a
// proclitic on a frequent word (محمود بابكر همد: بابكر, no ب and ابكر),
// which the tagger reads as the name's: the father's name.
func (d *doc) rareAfterGiven(c *cand, j int) bool {
	return c.last == c.first+1 && j == c.last && !frequent(d.word[j], titleCB) && !strings.HasSuffix(d.stem[j], "ا")
}

// extendListedByTag extends a listed person's name over the family name
// the tagger reads as the person's, tagged at tokens [first, last): the
// name's last word (محمد علي الحكيم tagged whole, where the lists name
// only محمد علي, the pasha) or a name of one word right after it (الحكيم
// tagged alone). As in familyNameAfter, the name then is another's: the
// list's canonical name no longer names it. It reports whether it did.
func (d *doc) extendListedByTag(first, last int) bool {
	j := last - 1
	if j == 0 || d.cover[j] != 0 || d.cover[j-1] == 0 || first < j-1 && d.cover[first] != d.cover[j-1] {
		return false
	}
	c := &d.cands[d.cover[j-1]-1]
	if c.dropped || c.label != PER || c.source != FromGazetteer || c.canon == "" || c.weak || c.last != j || c.last-c.first < 2 ||
		int(d.segEnd[c.first]) <= j {
		return false
	}
	if !d.familyWord(j) {
		return false
	}
	c.last, c.normEnd, c.canon = last, d.t.Tokens[j].End, ""
	d.cover[j] = d.cover[j-1]
	d.extended = append(d.extended, int(d.cover[j]-1))
	return true
}

// yieldListedPrefixes drops the gazetteer's link of a listed person's
// name that is the beginning of a longer name the document gives,
// extended over a family name (محمد علي after محمد علي الحكيم): it is
// that person's short name, and the list's famous bearer (محمد علي
// باشا) is another person.
func (d *doc) yieldListedPrefixes() {
	if len(d.extended) == 0 {
		return // nearly every document
	}
	short := make(map[string]bool, len(d.extended))
	for _, k := range d.extended {
		if c := d.cands[k]; !c.dropped && c.last-c.first >= 2 {
			short[d.phraseKey(c.first, c.last-1)] = true
		}
	}
	for k := range d.cands {
		c := &d.cands[k]
		if !c.dropped && c.label == PER && c.canon != "" && c.source == FromGazetteer && c.last-c.first >= 2 && short[d.phraseKey(c.first, c.last)] {
			c.canon = ""
		}
	}
}

// dropLoneCommonTagged drops a tagger's name of one word that is among
// the commonest words of general text (partCB: عادل "just", رضا
// "content", الشيعة "the Shia", الجدل "the debate") when no other
// mention of the document holds that word: a common word the tagger
// took for a name once, with nothing to support it (عباس or صالح
// written again, or in a full name, stay).
func (d *doc) dropLoneCommonTagged() {
	var lone []int // the candidates of such names
	for k := range d.cands {
		c := &d.cands[k]
		if !c.dropped && c.source == FromTagger && c.last-c.first == 1 && d.centibels(c.first) > partCB {
			lone = append(lone, k)
		}
	}
	if len(lone) == 0 {
		return
	}
	// held reports whether a candidate other than the one at k holds
	// the word: a scan for a few names, a count of the candidates'
	// words for many (a text of thousands would be read once per name).
	var count map[string]int
	if len(lone) > 8 {
		count = make(map[string]int, len(lone))
		for _, k := range lone {
			count[d.stem[d.cands[k].first]] = 0
		}
		for k := range d.cands {
			c := &d.cands[k]
			for j := c.first; j < c.last && !c.dropped; j++ {
				if n, ok := count[d.stem[j]]; ok {
					count[d.stem[j]] = n + 1
				}
			}
		}
	}
	held := func(k int) bool {
		w := d.stem[d.cands[k].first]
		if count != nil {
			return count[w] > 1 // itself and another
		}
		for k2 := range d.cands {
			o := &d.cands[k2]
			if k2 == k || o.dropped {
				continue
			}
			for j := o.first; j < o.last; j++ {
				if d.stem[j] == w {
					return true
				}
			}
		}
		return false
	}
	for _, k := range lone {
		if !held(k) {
			d.cands[k].dropped = true
			d.cover[d.cands[k].first] = 0
		}
	}
}

// accusativeMasdar reports whether token i is an indefinite verbal noun
// in the accusative that says why or how (تمسكا ب، حرصا على، سعيا إلى),
// or a verb of its shape with the dual's alef (تمسكا ب "both held to"):
// a word no list holds, written with a final alef after a frequent noun,
// without the article or a proclitic, its complement after it (a word
// with ب or ل, or a preposition). It names nothing.
func (d *doc) accusativeMasdar(i int) bool {
	if d.has(i, fDef|fPro) || !d.has(i, fArabic) || i+1 >= int(d.segEnd[i]) || d.known(i) {
		return false
	}
	noun, ok := strings.CutSuffix(d.stem[i], "ا")
	if !ok || utf8.RuneCountInString(noun) < 3 || !frequent(noun, titleCB) {
		return false
	}
	w := d.word[i+1]
	if (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) && utf8.RuneCountInString(w) >= 4 {
		return true // بتحفظاتهما، للحفاظ: ب or ل, split off or not
	}
	return masdarPrepositions.has(w)
}

// masdarPrepositions (folded) take a verbal noun's complement: سعيا إلى،
// حرصا على.
var masdarPrepositions = foldedSet("على", "إلى", "في", "من", "عن")

// dropCommonSurnamesAlone drops the tagger's person of one definite word
// that is also a common word (commonSurname: الشاهد "the witness",
// الخطيب "the preacher") unless the document writes a full name ending
// with it: قال الشاهد الوحيد is no person, وأضاف الشاهد in a text about
// يوسف الشاهد is.
func (d *doc) dropCommonSurnamesAlone() {
	var held map[string]bool // the last words of the full names, at the first need
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.source != FromTagger || c.label != PER || c.last-c.first != 1 || !d.has(c.first, fDef) || !d.commonSurname(c.first) {
			continue
		}
		if held == nil {
			// Only cands of one word are dropped below: the full names
			// stay as they are.
			held = map[string]bool{}
			for _, o := range d.cands {
				if !o.dropped && o.label == PER && o.last-o.first >= 2 {
					held[d.stem[o.last-1]] = true
				}
			}
		}
		i := c.first
		if !held[d.stem[i]] {
			c.dropped = true
			d.cover[i] = 0
			d.flags[i] |= fCommon // nor a family name found again (addSurnames)
		}
	}
}

// stripTaggedClitics removes a proclitic the tagger left on a name when
// the document has the name without it elsewhere: لموراغ → موراغ.
func (d *doc) stripTaggedClitics() {
	// The keys of the names only when some tagger's name may lose a
	// proclitic: most documents have none.
	if !slices.ContainsFunc(d.cands, d.mayStrip) {
		return
	}
	keys := &d.stripKeys
	keys.Clear()
	d.candKeys(func(c *cand) bool { return !c.dropped }, func(key string) { keys.Put(key, true) })
	for k := range d.cands {
		c := &d.cands[k]
		if !d.mayStrip(*c) {
			continue
		}
		if at := d.headAfterProclitic(*c); at > 0 {
			d.stripFirst(c, at)
			continue
		}
		if m, ok := d.placeAfterProclitic(*c); ok {
			c.normStart, c.canon = m.NormStart, m.Entry.Name
			continue
		}
		if d.nextPlaceOfList(*c) {
			d.stripFirst(c, len("و"))
			continue
		}
		sp := normalize.SplitClitics(d.word[c.first])
		if sp.Start == 0 || sp.Start >= len(d.word[c.first]) {
			continue
		}
		key := sp.Stem + d.word[c.first][sp.End:]
		if c.last-c.first > 1 {
			key += " " + d.phraseKey(c.first+1, c.last)
		}
		if _, ok := keys.Get(key); !ok && !d.givenAfterProclitic(*c, d.word[c.first], sp) {
			continue
		}
		d.stripFirst(c, sp.Start)
	}
	keys.Clear() // keep no text alive
}

// nextPlaceOfList reports whether the tagger's place c, one word that
// begins with و, is the next place of a list whose place before it ends
// right before it (على ولايات كسلا والقضارف وسنار): the و joins it to the
// list, no part of its name (SplitClitics reads وس, the future's و and
// س, in وسنار: the word is split here at its و alone).
func (d *doc) nextPlaceOfList(c cand) bool {
	rest, ok := strings.CutPrefix(d.word[c.first], "و")
	if c.label != LOC || c.last != c.first+1 || !ok || utf8.RuneCountInString(rest) < 3 || strings.HasPrefix(rest, "ال") {
		return false
	}
	k := c.first - 1
	if k < 0 || int(d.segEnd[k]) <= c.first {
		return false
	}
	o := int(d.cover[k]) - 1
	return o >= 0 && d.cands[o].label == LOC && d.cands[o].last == c.first && !d.cands[o].dropped
}

// stripFirst moves the start of c past the first at bytes of its first
// word as folded (its proclitics).
func (d *doc) stripFirst(c *cand, at int) {
	tok := d.t.Tokens[c.first]
	raw := d.t.Norm[tok.Start:tok.End]
	if raw == d.word[c.first] {
		c.normStart = tok.Start + at
	} else {
		c.normStart = tok.Start + byteOfRune(raw, utf8.RuneCountInString(d.word[c.first][:at]))
	}
}

// givenAfterProclitic reports whether a tagger's person name begins with a
// proclitic before a listed given name, the word as written being no
// given name itself: لبدر الدين is ل + بدر الدين (مصدر مقرب لبدر الدين),
// while بسام and كمال, listed whole, keep their first letter.
func (d *doc) givenAfterProclitic(c cand, w string, sp normalize.Split) bool {
	return c.label == PER && sp.End == len(w) && !d.scan.Listed(c.first) && d.givenNameWord(sp.Stem)
}

// headAfterProclitic returns the length in bytes of the proclitics
// before a place or feature head that begins a tagger's place name of two
// words or more, or 0: بحي المعاريف is ب + حي المعاريف (عملية سطو على
// وكالة بنكية بحي المعاريف), وبمدينة الرقة و + ب + مدينة الرقة. The head
// is part of the name, the proclitics never are; a word listed as a place
// keeps its letters.
func (d *doc) headAfterProclitic(c cand) int {
	if c.label != LOC || c.last-c.first < 2 || d.scan.Listed(c.first) {
		return 0
	}
	w := d.word[c.first]
	for at := len("و"); at <= 2*len("و") && at < len(w); at += len("و") {
		switch w[:at] {
		case "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك":
		default:
			return 0
		}
		h := w[at:]
		if _, feature := featureHeads[h]; feature || IsPlaceHead(h) || facilityHeads.has(h) {
			return at
		}
	}
	return 0
}

// placeAfterProclitic returns the listed place, a weak one too, that a
// tagger's place name of one word is after its proclitics: بمنى is ب +
// منى, وبقم و + ب + قم (a weak listing, which the rules read only after a
// preposition written apart). The tagger's reading of the word as a place
// is the context the weak listing needs.
func (d *doc) placeAfterProclitic(c cand) (gz.Match, bool) {
	if c.label != LOC || c.last-c.first != 1 || d.scan.Listed(c.first) {
		return gz.Match{}, false
	}
	m, ok := d.lookup(c.first, c.last, setPlace)
	return m, ok && m.Stripped && m.End == c.last && m.NormStart > c.normStart && m.NormStart < c.normEnd
}

// mayStrip reports whether stripTaggedClitics may strip a proclitic
// from the candidate: a tagger's name whose first word may carry one.
func (d *doc) mayStrip(c cand) bool {
	return !c.dropped && c.source == FromTagger && !d.has(c.first, fPro) && gz.MayHaveProclitic(d.word[c.first])
}

// mergeAcronyms reads the acronym in brackets right after an
// organization (وكالة الأنباء الرسمية (سانا)) as a mention of its own of
// the same organization: both take one canonical name, and the acronym is
// the organization's alias. The gold of the team's texts marks the two
// apart, as a reader does (the agency, then its short name). The acronym
// may stand in quotes instead of brackets (إدارة الكوارث "آفاد").
func (d *doc) mergeAcronyms() {
	// at maps a first token to its cand index, made when the first
	// organization before a bracket needs it (most documents have none),
	// from the cands as they are before any merge.
	var at map[int]int
	var given []acronymOrg // the organizations given an acronym as a cand of their own
	var added []cand       // the acronyms no cand held, added after the loop
	defer func() { d.acronymRecurrences(given) }()
	for k := range d.cands {
		c := &d.cands[k]
		if c.dropped || c.label != ORG || c.last+2 >= d.n || !d.acronymEnclosed(c.last, c.last+2) {
			continue
		}
		if at == nil {
			at = make(map[int]int, len(d.cands))
			for k, c := range d.cands {
				if !c.dropped {
					at[c.first] = k
				}
			}
		}
		k2, ok := at[c.last+1]
		if ok && d.strippedInBrackets(d.cands[k2], c.last+1) {
			// الشركة الوطنية للصناعة والمناجم (سنيم): a word alone in
			// brackets after an organization that names a place or a
			// person only without a proclitic (س + the place نيم) is
			// the organization's acronym, read whole below.
			d.cands[k2].dropped = true
			d.cover[c.last+1] = 0
			ok = false
		}
		if ok && d.cands[k2].source == FromTagger && d.cands[k2].last == c.last+2 &&
			(d.latinAcronym(c.last+1) || d.arabicAcronymWord(c.last+1)) {
			// The tagger's name of the acronym, which it types as it
			// will (WHO as MISC): the organization's, read below.
			d.cands[k2].dropped = true
			d.cover[c.last+1] = 0
			ok = false
		}
		givenName := false
		if ok && d.givenNameAcronym(d.cands[k2], c.last+1) {
			// الوكالة المغربية للطاقة المستدامة (مازن): an acronym that
			// spells a given name, read as a person by the tagger or the
			// lists; a body's name is not followed by a person's given
			// name alone in brackets.
			d.cands[k2].dropped = true
			d.cover[c.last+1] = 0
			ok, givenName = false, true
		}
		if !ok {
			// منظمة الصحة العالمية (WHO): a Latin acronym; حزب جبهة
			// التحرير الوطني (الأفلان)، وكالة الأنباء الجزائرية (واج):
			// one in Arabic letters.
			isLatin := d.latinAcronym(c.last + 1)
			if isLatin || givenName || d.arabicAcronym(c.last+1) {
				c.acronym = d.sourceText(d.t.Tokens[c.last+1].Start, d.t.Tokens[c.last+1].End)
				if c.canon == "" {
					// The name as the text writes it groups the
					// acronym's mentions with it.
					c.canon = d.sourceText(c.normStart, c.normEnd)
				}
				added = append(added, cand{label: ORG, first: c.last + 1, last: c.last + 2, canon: c.canon, source: FromDocument})
				given = append(given, acronymOrg{cand: k, at: c.last + 1, latin: isLatin})
			}
			continue
		}
		a := &d.cands[k2]
		if a.dropped || a.label != ORG || a.last >= d.n || d.word[a.last] != ")" || a.last-a.first > 3 {
			continue
		}
		c.acronym = d.sourceText(a.normStart, a.normEnd)
		if c.canon == "" {
			c.canon = a.canon
		}
		if c.canon == "" {
			c.canon = d.sourceText(c.normStart, c.normEnd)
		}
		a.canon = c.canon
	}
	for _, c := range added {
		d.add(c)
	}
}

// acronymEnclosed reports whether the tokens open and close enclose one
// word as an acronym is: brackets, or quotes (إدارة الكوارث "آفاد").
func (d *doc) acronymEnclosed(open, close int) bool {
	if d.word[open] == "(" {
		return d.word[close] == ")"
	}
	return d.has(open, fOpenQ) && d.has(close, fCloseQ) && d.word[open] != "[" && d.word[close] != ")" && d.word[close] != "]"
}

// An acronymOrg is an organization given its acronym right after its
// name (see mergeAcronyms).
type acronymOrg struct {
	cand  int  // the organization's cand index
	at    int  // the acronym's token
	latin bool // the acronym is in Latin letters
}

// givenNameAcronym reports whether c, the candidate at token i right
// after an organization and an opening bracket or quote, is a person's
// name of that one word alone before the closing one: a given name no
// proclitic, article or word class makes anything else, which the
// organization's acronym spells (مازن, the Moroccan agency MASEN).
func (d *doc) givenNameAcronym(c cand, i int) bool {
	return c.label == PER && c.first == i && c.last == i+1 && d.t.Tokens[i].Kind == normalize.ArabicWord &&
		!d.has(i, fCommon|fStop|fNat|fNumber|fPro|fDef) && !participleShape(d.stem[i])
}

// strippedInBrackets reports whether c, the candidate at token i right
// after an organization and "(", is a place's or a person's name of that
// one word read without a letter the lookup took for a proclitic (سنيم:
// the future marker س and the place نيم), alone before ")", the word a
// rare one as written: the organization's acronym (see mergeAcronyms).
func (d *doc) strippedInBrackets(c cand, i int) bool {
	return c.label != ORG && c.first == i && c.last == i+1 && i+1 < d.n && d.word[i+1] == ")" &&
		c.normStart > d.t.Tokens[i].Start && d.arabicAcronymWord(i)
}

// arabicAcronym reports whether token i, alone in brackets after an
// organization's name, is its acronym in Arabic letters (واج، حمس،
// الأفلان): a word no rule or list took, of no word class, rarer than
// the words a title may take for a name (an acronym is read as a word:
// أرشيف، يمين, a photo's credit or a note, are common).
func (d *doc) arabicAcronym(i int) bool {
	return d.cover[i] == 0 && d.arabicAcronymWord(i)
}

// arabicAcronymWord is arabicAcronym but for what covers token i: the
// tagger may have read the acronym as a name (كهرما as a place).
func (d *doc) arabicAcronymWord(i int) bool {
	return d.t.Tokens[i].Kind == normalize.ArabicWord && !d.has(i, fCommon|fStop|fNat|fNumber|fPunct|fPro) &&
		d.centibels(i) < titleCB && !participleShape(d.stem[i])
}

// participleShape reports the shape of a participle of a derived verb,
// with the article or without: م, a consonant, at least two more letters
// (المنحل، المحظورة، المنشق، المتشدد), what the text says of the
// organization in brackets (الحزب الوطني (المنحل)), no acronym.
// Acronyms and foreign words of that length have a long vowel after the
// م (الماك، المينورسو), as in accusativeParticiple.
func participleShape(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	if utf8.RuneCountInString(w) < 4 || !strings.HasPrefix(w, "م") {
		return false
	}
	second, _ := utf8.DecodeRuneInString(w[len("م"):])
	return second != 'ا' && second != 'ي' && second != 'و'
}

// latinAcronym reports whether token i is an acronym in Latin letters:
// two to eight capitals (WHO، OPCW، UNHCR), a digit or & among them
// after the first.
func (d *doc) latinAcronym(i int) bool {
	tok := d.t.Tokens[i]
	if tok.Kind != normalize.LatinWord {
		return false
	}
	w := d.t.Norm[tok.Start:tok.End]
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '&' {
			return false
		}
	}
	return true
}

// acronymRecurrences makes a mention of each bare acronym that an
// organization of the document took in brackets or quotes, elsewhere in
// the text (وقالت OPCW after منظمة حظر الأسلحة الكيميائية (OPCW); a
// headline "مازن" توقع عقد before الوكالة المغربية للطاقة المستدامة
// (مازن)), grouped with the organization under its name. A word the
// tagger read alone, or a person's given name, yields to the acronym the
// document defines.
func (d *doc) acronymRecurrences(orgs []acronymOrg) {
	if len(orgs) == 0 {
		return
	}
	for _, o := range orgs {
		c := &d.cands[o.cand]
		if c.canon == "" {
			// The name as the text writes it groups the acronym's
			// mentions with it.
			c.canon = d.sourceText(c.normStart, c.nameEnd)
		}
	}
	// The organizations by their acronym's stem and script, in order:
	// a word looks up its own, not every acronym the text defined (a
	// scan of them all at every word was quadratic on a long line).
	type acronymKey struct {
		stem  string
		latin bool
	}
	byKey := make(map[acronymKey][]acronymOrg, len(orgs))
	firstAt := make(map[acronymKey]int, len(orgs)) // the least token of a key's acronyms
	for _, o := range orgs {
		key := acronymKey{d.stem[o.at], o.latin}
		if at, ok := firstAt[key]; !ok || o.at < at {
			firstAt[key] = o.at
		}
		byKey[key] = append(byKey[key], o)
	}
	for i := 0; i < d.n; i++ {
		isLatin := d.latinAcronym(i)
		if !isLatin && (d.t.Tokens[i].Kind != normalize.ArabicWord || d.has(i, fDef)) {
			continue
		}
		key := acronymKey{d.stem[i], isLatin}
		same := byKey[key]
		if len(same) == 0 || isLatin && i <= firstAt[key] {
			continue // no acronym of this word, or a Latin one before its first definition
		}
		alone := -1 // the one-word candidate of the acronym alone
		if d.cover[i] != 0 {
			t := int(d.cover[i] - 1)
			if c := d.cands[t]; c.first != i || c.last != i+1 || c.label == ORG ||
				c.source != FromTagger && !(c.label == PER && d.givenNameWord(d.stem[i])) {
				continue
			}
			alone = t
		}
		for _, o := range same {
			if o.at == i || isLatin && i < o.at {
				continue
			}
			canon := d.cands[o.cand].canon
			if alone >= 0 {
				d.cands[alone].label, d.cands[alone].canon = ORG, canon
			} else {
				d.add(cand{label: ORG, first: i, last: i + 1, canon: canon, source: FromDocument})
			}
			break
		}
	}
}

// resolveWeak keeps a weak gazetteer name only when the document names
// the same thing in full, or, for a place, when a preposition or place
// word stands before it (في صور).
func (d *doc) resolveWeak() {
	if !slices.ContainsFunc(d.cands, func(c cand) bool { return c.weak }) {
		return
	}
	// The labels of the strong names by canonical name (one string to
	// hash, in a table kept for the next document).
	d.strong.Clear()
	for _, c := range d.cands {
		if !c.weak && c.canon != "" {
			l, _ := d.strong.Ref(c.canon)
			*l |= labelBit(c.label)
		}
	}
	intro := &d.intro
	defer intro.forget()
	var later []int     // weak places after a proclitic, decided last
	var placed []string // the canonical names of the weak places kept
	for k := range d.cands {
		c := &d.cands[k]
		if !c.weak {
			continue
		}
		l, _ := d.strong.Get(c.canon)
		keep := l&labelBit(c.label) != 0
		if !keep && c.label == LOC && c.first > 0 && !d.has(c.first, fPro) {
			keep = placePrepositions.has(d.word[c.first-1]) && !d.commonNounBefore(c.first, c.last) && !d.startsTitle(c.first, c.last)
		}
		if !keep && c.label == LOC && c.last == c.first+1 && d.proIsWaw(c.first) && d.placeBefore(c.first) {
			// في عرسال والقاع وزحلة: a weak place joined by و to a place
			// named right before it is the next place of the list.
			keep = true
		}
		if !keep && c.label == ORG && d.quotedSource(*c) {
			// وذكرت القبس أن، بحسب الحياة فإن، لـ«الحياة»: the paper
			// or channel named as the source of a report.
			keep = true
		}
		if !keep && c.label == ORG {
			if k2 := d.introducedBefore(k, intro); k2 >= 0 {
				// نادي الهلال السعودي … الهلال: the club introduced
				// in full, named again by its short name.
				keep = true
				o := &d.cands[k2]
				if o.canon == "" {
					o.canon = d.sourceText(o.normStart, o.normEnd)
				}
				c.canon = o.canon
			}
		}
		if !keep && c.label == LOC && c.normStart > d.start(c.first) {
			later = append(later, k) // بمنى: decided below
			continue
		}
		if keep && c.label == LOC {
			placed = append(placed, c.canon)
		}
		if !keep {
			d.dropWeak(c)
		}
	}
	// A weak place after its proclitic (بمنى، لمنى، وبقم) is the place
	// when the document names it as a place elsewhere (في منى): alone, ب +
	// the word is as often the common word (بصور "with pictures", بحجة
	// "on the pretext").
	for _, k := range later {
		if c := &d.cands[k]; !slices.Contains(placed, c.canon) {
			d.dropWeak(c)
		}
	}
}

// headedPlacesAgain finds again the places of one word that a place head
// named (منطقة صبر بمحافظة لحج), a frequent word no list holds, where the
// text writes the word once more after a place head (قرى في منطقة صبر
// المطلة على المدينة): the place the document has named, not the common
// word (صبر "patience"). After a preposition alone (في صبر) it may be the
// common noun ("in patience"): that is left to the tagger.
func (d *doc) headedPlacesAgain() {
	var towns []int // the candidates of the places named with their head
	for k, c := range d.cands {
		if !c.dropped && c.label == LOC && c.source == FromRule && c.last == c.first+1 && c.first > 0 && d.has(c.first-1, fPlaceHead) &&
			!d.has(c.first, fPro|fDef) && !d.known(c.first) && c.alias != "" {
			towns = append(towns, k)
		}
	}
	if len(towns) == 0 {
		return
	}
	// The towns by their word, in order: a page of places named with
	// their heads reads no list of them all at each head.
	byWord := make(map[string][]int, len(towns))
	for _, k := range towns {
		w := d.stem[d.cands[k].first]
		byWord[w] = append(byWord[w], k)
	}
	for i := 1; i < d.n; i++ {
		if d.has(i, fPro|fDef) || int(d.segEnd[i-1]) <= i || d.has(i-1, fPro) && !d.has(i-1, fPlaceHead) {
			continue
		}
		if c := d.cover[i]; c != 0 && !d.cands[c-1].dropped {
			continue
		}
		if !d.has(i-1, fPlaceHead) {
			continue
		}
		for _, k := range byWord[d.stem[i]] {
			if t := d.cands[k]; t.first != i {
				d.add(cand{label: LOC, first: i, last: i + 1, canon: t.canon, source: FromDocument})
				break
			}
		}
	}
}

// startsTitle reports whether a listed title longer than the weak name at
// tokens [i, end) starts at i: إلى القائم بالأعمال is the chargé
// d'affaires, not the town القائم.
func (d *doc) startsTitle(i, end int) bool {
	m, ok := d.lookup(i, int(d.segEnd[i]), setTitle)
	return ok && m.End > end
}

// dropWeak drops the weak cand c and frees its tokens.
func (d *doc) dropWeak(c *cand) {
	c.dropped = true
	for j := c.first; j < c.last; j++ {
		d.cover[j] = 0
	}
}

// placeOverPerson reports whether token i, one word that a list holds
// both as a person's name (ياسر عرفات's عرفات, the given name منى) and as a
// place, is the place: after a feature's head (صعيد عرفات، سهل عرفات), after
// في, or after إلى or من in a sentence of movement (توجه الحجاج إلى
// عرفات، نفروا من عرفات إلى مزدلفة: a verb or noun of going before it, or
// إلى/من and a listed place right after). A message sent إلى عرفات, a
// title before the word (الرئيس عرفات) or a proclitic on it keep the
// person.
func (d *doc) placeOverPerson(i int) bool {
	if i == 0 || d.has(i, fPro) || !d.has(i-1, fArabic) {
		return false
	}
	if _, ok := d.lookup(i, i+1, setPlace); !ok {
		return false
	}
	prev := d.word[i-1]
	if _, ok := featureHeads[d.stem[i-1]]; ok || prev == "صعيد" {
		return true
	}
	switch prev {
	case "في":
		return true
	case "الي", "من":
	default:
		return false
	}
	if i+2 < int(d.segEnd[i]) && (d.word[i+1] == "الي" || d.word[i+1] == "من") {
		if m, ok := d.lookup(i+2, int(d.segEnd[i]), setPlace); ok && !m.Entry.Weak {
			return true
		}
	}
	for j := i - 2; j >= 0 && j >= i-5 && int(d.segEnd[j]) > i; j-- {
		if goingWords.has(d.stem[j]) {
			return true
		}
	}
	return false
}

// placeOverPersonPhrase reports whether the name of several words at
// tokens [i, end), listed both as a person (صلاح الدين, Saladin) and, the
// same words, as a place (the Iraqi governorate), is the place: after في
// (في صلاح الدين، no person is "in"), or joined by و to a listed place
// right after it (صلاح الدين ونينوى). A proclitic other than و on its
// first word keeps the person.
func (d *doc) placeOverPersonPhrase(i, end int) bool {
	if d.has(i, fPro) && !strings.HasPrefix(d.word[i], "و") {
		return false
	}
	if place, ok := d.lookup(i, end, setPlace); !ok || place.End != end || place.Entry.Weak {
		return false
	}
	if i > 0 && d.word[i-1] == "في" && d.has(i-1, fArabic) {
		return true
	}
	if end < int(d.segEnd[i]) && d.has(end, fPro) && strings.HasPrefix(d.word[end], "و") {
		if next, ok := d.lookup(end, int(d.segEnd[i]), setPlace); ok && !next.Entry.Weak && next.Entry.Kind == gz.Place {
			if other, ok := d.lookup(end, int(d.segEnd[i]), setPerson); !ok || other.End < next.End {
				return true
			}
		}
	}
	return false
}

// goingWords are verbs and verbal nouns of going somewhere (folded):
// before إلى or من and a word that is a person's name or a place, the
// place.
var goingWords = foldedSet("صعد", "صعدوا", "توجه", "توجهوا", "يتوجه", "يتوجهون", "توجهت", "تصعيد", "صعود", "نفرة", "نفروا", "نفر",
	"وصل", "وصلوا", "وصلت", "عاد", "عادوا", "عودة", "انتقل", "انتقلوا", "نقل", "نقلوا", "تنقل", "أوصلت", "أوصل",
	"تفويج", "زحف", "توافد", "توافدوا", "قدموا", "خرجوا", "غادروا", "مغادرة", "طريق", "الطريق")

// quotedSource reports whether the weak organization c (a paper or a
// channel named by a common word: القبس، الحياة، الوطن) stands where a
// report names its source: the subject of a verb of reporting right
// before it with the report's أن/إن/عن right after (ذكرت القبس أن، نقلت
// الوطن عن), after بحسب or حسب (بحسب الحياة فإن), or in quotes after ل
// or a dateline's dash (قال مصدر لـ«الحياة»، بيروت – «الحياة»; one more
// word may stand in the quotes: «القبس الإلكتروني»). Without the
// report's words the noun is the common word: قالت الحياة كلمتها.
func (d *doc) quotedSource(c cand) bool {
	if c.first == 0 || d.has(c.first, fPro) {
		return false
	}
	before := c.first - 1
	if d.has(before, fOpenQ) && before > 0 {
		closes := c.last < d.n && d.has(c.last, fCloseQ) ||
			c.last+1 < d.n && d.has(c.last, fArabic) && d.has(c.last+1, fCloseQ)
		if !closes {
			return false
		}
		p := d.word[before-1]
		return p == "ل" || sourceDashes.has(p) || sourceVerbs.has(d.stem[before-1]) || accordingTo.has(p)
	}
	if c.last >= d.n {
		return false
	}
	next := d.word[c.last]
	if accordingTo.has(d.word[before]) || accordingTo.has(d.stem[before]) {
		return d.has(c.last, fPunct) || reportThat.has(next)
	}
	return sourceVerbs.has(d.stem[before]) && reportThat.has(next)
}

// sourceVerbs are verbs of reporting whose subject may be a paper, a
// channel or an agency (folded); reportThat are the words that open the
// report after the source; accordingTo the prepositions that name a
// source; sourceDashes the dashes between a dateline's place and its
// source.
var (
	sourceVerbs = foldedSet("قالت", "ذكرت", "نقلت", "أفادت", "أوردت", "نشرت", "كشفت", "أضافت", "تابعت",
		"قال", "ذكر", "نقل", "أفاد", "أورد", "نشر", "كشف", "أضاف")
	reportThat   = foldedSet("أن", "إن", "بأن", "فإن", "عن", "نقلا")
	accordingTo  = foldedSet("بحسب", "حسب", "وبحسب", "وحسب", "وفق", "ووفق", "وفقا")
	sourceDashes = foldedSet("-", "–", "—")
)

// introducedBefore returns the strong organization written before the
// weak one of cand k whose name begins with its words, after the head or
// without one (نادي الهلال السعودي for الهلال, التحالف العربي for
// التحالف), the one nearest before it, or -1. A nationality adjective
// after a definite noun is the adjective (الاقتصاد المصري). intro holds
// the strong organizations by their first words (orgIntros), built at the
// first call for a length: resolveWeak drops only weak cands, so it
// stays true.
func (d *doc) introducedBefore(k int, intro *orgIntros) int {
	c := d.cands[k]
	n := c.last - c.first
	if c.first > 0 && d.has(c.first-1, fDef) && d.has(c.first, fNat) {
		return -1 // الاقتصاد المصري: an adjective
	}
	// The nearest before it: the last in text order that ends before
	// it (of two that begin alike, the later cand, as a scan would).
	return intro.nearest(d, n, d.stemsKey(c.first, n), c.first)
}

// orgIntros indexes the strong organizations of a document by the n
// words that begin their name, for each n asked: the words right after
// the head (نادي الهلال السعودي) or beginning the name (التحالف
// العربي); not a word further in (العربية of جامعة الدول العربية). One
// flat list, a sorted run for each n, kept in the doc for the next
// document (a map of lists a document cost some 400 allocations a pass
// over the news corpus).
type orgIntros struct {
	runs    []introRun
	entries []introEntry
}

// introRun is the run of entries for the names' first n words, sorted
// by key, then by the cand's first token, cands that begin alike in
// cand order.
type introRun struct{ n, lo, hi int }

type introEntry struct {
	key   string // the stems of the n words (stemsKey)
	first int    // the cand's first token
	k     int    // the cand
}

// forget empties the index, dropping its strings (the text's).
func (in *orgIntros) forget() {
	clear(in.entries)
	in.entries = in.entries[:0]
	in.runs = in.runs[:0]
}

// nearest returns the cand whose name begins with key over n words and
// ends before token at, the last in text order, or -1; it builds the
// run for n at the first call for n.
func (in *orgIntros) nearest(d *doc, n int, key string, at int) int {
	r, ok := in.run(n)
	if !ok {
		r = in.build(d, n)
	}
	run := in.entries[r.lo:r.hi]
	x, _ := slices.BinarySearchFunc(run, introEntry{key: key, first: at}, func(e, t introEntry) int {
		if c := strings.Compare(e.key, t.key); c != 0 {
			return c
		}
		return e.first - t.first
	})
	for x--; x >= 0 && run[x].key == key; x-- {
		if d.cands[run[x].k].last <= at {
			return run[x].k
		}
	}
	return -1
}

func (in *orgIntros) run(n int) (introRun, bool) {
	for _, r := range in.runs {
		if r.n == n {
			return r, true
		}
	}
	return introRun{}, false
}

func (in *orgIntros) build(d *doc, n int) introRun {
	lo := len(in.entries)
	for k2, o := range d.cands {
		if o.dropped || o.weak || o.label != ORG || o.last-o.first <= n {
			continue
		}
		for _, j := range [2]int{o.first, o.first + 1} {
			if j == o.first+1 && !d.has(o.first, fOrgHead) && !definiteOrgHead(d.stem[o.first]) || j+n > o.last {
				continue
			}
			in.entries = append(in.entries, introEntry{key: d.stemsKey(j, n), first: o.first, k: k2})
		}
	}
	run := in.entries[lo:]
	slices.SortFunc(run, func(a, b introEntry) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		if a.first != b.first {
			return a.first - b.first
		}
		return a.k - b.k
	})
	// A cand listed twice under one key (its head and the word after
	// it alike) once.
	run = slices.CompactFunc(run, func(a, b introEntry) bool { return a.key == b.key && a.k == b.k })
	in.entries = in.entries[:lo+len(run)]
	r := introRun{n: n, lo: lo, hi: len(in.entries)}
	in.runs = append(in.runs, r)
	return r
}

// definiteOrgHead reports a head noun of organizations written with the
// article (النادي of النادي الأهلي المصري), which orgHeads lists only
// where the article's form also begins names by itself.
func definiteOrgHead(stem string) bool {
	w, ok := strings.CutPrefix(stem, "ال")
	_, head := orgHeads[w]
	return ok && head
}

// stemsKey joins the stems of the n tokens from j.
func (d *doc) stemsKey(j, n int) string {
	if n == 1 {
		return d.stem[j]
	}
	return strings.Join(d.stem[j:j+n], "\x00")
}

// commonNounBefore reports whether the weak place of one word at tokens
// [i, end), a frequent word (خطاب "speech", مشهد "scene", معسكر "camp",
// قنوات "channels"), is the common noun, even after a preposition of
// place: a name takes neither an indefinite adjective (في خطاب متلفز،
// في معسكر تدريبي) nor a genitive (في خطاب الرئيس، في صور الأقمار). An
// adjective of the place itself (في حديثة الواقعة، في مالي المجاورة، في
// سرت الليبية) agrees with it: with the article, shaped like an
// adjective. A name with the article (الباب، الميدان) takes adjectives
// with the article as the common noun does: only an ordinal or an
// adjective of an office, a session or a time, which no place takes,
// makes it the common noun (في الدورة الحالية، في الباب الثاني، في
// الميدان الرئيسي). A listed place right after it is a genitive too (في
// سيول صلاح الدين "in the floods of").
func (d *doc) commonNounBefore(i, end int) bool {
	if end != i+1 || end >= int(d.segEnd[i]) || d.centibels(i) <= titleCB || !d.has(end, fArabic) || d.has(end, fPro) {
		return false
	}
	if m, ok := d.lookup(end, int(d.segEnd[i]), setPlace); ok && !m.Entry.Weak {
		// في سيول صلاح الدين، في صور بيروت: a listed place right after
		// it is its genitive (the floods of, the pictures of); two places
		// are not written side by side.
		return true
	}
	if d.has(i, fDef) {
		w := d.stem[end]
		return ordinals.has(w) || titleModifiers.has(w) || nounAdjectives.has(w)
	}
	if d.has(end, fStop|fNat|fNumber|fPlaceHead|fOrgHead) {
		return false
	}
	w := d.stem[end]
	if d.has(end, fDef) {
		// الرئيس، الأقمار: a genitive; not an adjective (الواقعة،
		// الغربي، المجاورة، الأكبر), a time word or a title modifier.
		return !adjectiveEnding(w) && !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ي") && !elative(w) &&
			!timeWords.has(w) && !titleModifiers.has(w) && !ordinals.has(w)
	}
	// متلفز، تدريبي، شعبية: a nisba or a participle (م…) that no list
	// names, not a direction (شمالي, a common word); جارفة، عارمة، غزيرة:
	// a feminine adjective of the shapes فاعلة and فعيلة, which no place
	// name takes without the article. The shape is letters only: nouns
	// of it are listed or frequent (عاصمة، مدينة، حديقة: ruled out above),
	// and a participle with من or إلى after it tells how one came or went
	// (وصلت الطائرة إلى سيول قادمة من طوكيو، عادت البعثة إلى صور عائدة
	// من بيروت), the place staying the place.
	if d.has(end, fCommon) || d.known(end) {
		return false
	}
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") ||
		strings.HasPrefix(w, "م") && utf8.RuneCountInString(w) >= 4 ||
		shapeFaailaFaiila(w) && !(end+1 < int(d.segEnd[i]) && motionPrepositions.has(d.word[end+1]))
}

// shapeFaailaFaiila reports a folded word of five letters, ة last, with
// ا second (فاعلة: جارفه، عارمه) or ي third (فعيلة: غزيره): the shapes of
// many feminine adjectives, read on the letters alone. Nouns (عاصمه،
// مدينه، قاعده) and participles (قادمه، عايده) have them too: the caller
// tells them apart.
func shapeFaailaFaiila(w string) bool {
	if utf8.RuneCountInString(w) != 5 || !strings.HasSuffix(w, "ه") {
		return false
	}
	var r [5]rune
	k := 0
	for _, c := range w {
		r[k] = c
		k++
	}
	return r[1] == 'ا' || r[2] == 'ي'
}

// facilityNames makes a place of a facility head and the person's name
// after it: مطار الحريري، جسر الحسيني (a family name the airport or
// bridge is named after, not the person), a full name before الدولي
// (مطار رفيق الحريري الدولي) or in construct with an indefinite head
// (ملعب هزاع بن زايد، مستشفى رفيق الحريري), and a name with the style of
// a king or a prince between them (مطار الملك عبدالعزيز، جسر الملك فهد،
// مطار الملكة علياء: a full name, not the person either). The place takes
// الدولي after the name (مطار الملك خالد الدولي).
func (d *doc) facilityNames() {
	for k, n := 0, len(d.cands); k < n; k++ {
		c := d.cands[k]
		i := c.first
		if c.dropped || c.label != PER && (c.label != MISC || c.source != FromTagger) || i == 0 || d.has(i, fPro) ||
			d.cover[i-1] != 0 || int(d.segEnd[i-1]) <= i {
			continue
		}
		if d.givenBeforeTagged(c) {
			// ملعب حمادي العقربي: the tagger left out a given name no
			// list holds between the head and the family name.
			i--
		}
		head, at := i-1, 0
		// The head behind a proclitic too: بمطار حمد الدولي، بساحة محمد علي.
		isHead, headAt := d.facilityHeadAt(i - 1)
		switch {
		case c.last-i == 1 && isHead:
			at = headAt
		case c.last-i <= 3 && c.last < int(d.segEnd[i]) && d.word[c.last] == facilityInternational && isHead:
			// مطار رفيق الحريري الدولي: a full name before الدولي.
			at = headAt
		case c.last-i >= 2 && c.last-i <= 4 && isHead && !d.has(i-1, fDef):
			// ملعب هزاع بن زايد، مستشفى رفيق الحريري: a full name in
			// construct with an indefinite head names the facility.
			at = headAt
		case c.last-i >= 2 && c.last-i <= 4 && facilityStyles.has(d.word[i]):
			// جسر الملك فهد: the lists name the king with his style.
			var ok bool
			if ok, at = d.facilityHeadAt(i - 1); !ok {
				continue
			}
		case i >= 2 && c.last-i <= 3 && facilityStyles.has(d.word[i-1]) && d.cover[i-2] == 0 && int(d.segEnd[i-2]) > i:
			var ok bool
			if ok, at = d.facilityHeadAt(i - 2); !ok {
				continue
			}
			head = i - 2
		default:
			continue
		}
		last, normEnd := c.last, c.normEnd
		for last-i >= 2 && d.describesVehicle(last-1) {
			// أقلعت طائرة من مطار حمد متجهة إلى: the feminine
			// participle is the plane's, no family name.
			last--
			normEnd = d.t.Tokens[last-1].End
		}
		town := -1
		if last-i >= 3 && d.has(last-2, fDef) && !d.has(last-2, fPro) && d.townAfterName(last-1) {
			// ملعب حمادي العقربي برادس: after the family name with the
			// article that ends the name, a rare word written with ب is
			// the town the facility stands in.
			last--
			town = last
			normEnd = d.t.Tokens[last-1].End
		}
		if town < 0 && last-i >= 2 && last < int(d.segEnd[i]) && d.cover[last] == 0 && d.has(last-1, fDef) && !d.has(last-1, fPro) && d.townAfterName(last) {
			town = last // ملعب فلان الفلاني بقرمدة: the town, after the name
		}
		for town < 0 && last < int(d.segEnd[i]) && last < c.last+2 && d.rareUnlisted(last, last) {
			// فندق ريتز كارلتون: a foreign name of two rare words,
			// the tagger's first word alone.
			last++
			normEnd = d.t.Tokens[last-1].End
		}
		if last < int(d.segEnd[i]) && d.cover[last] == 0 && (d.word[last] == facilityInternational || facilityKinds.has(d.word[last])) {
			last, normEnd = last+1, d.t.Tokens[last].End // قاعدة الأمير سلطان الجوية
		}
		// A new candidate: the name's title read before it (الملك) is
		// no role of the place.
		d.cands[k].dropped = true
		for j := c.first; j < c.last; j++ {
			d.cover[j] = 0
		}
		place := cand{label: LOC, first: head, last: last, normStart: d.start(head), normEnd: normEnd, source: FromRule}
		if at > 0 {
			d.stripFirst(&place, at)
		}
		d.add(place)
		if town >= 0 && d.free(town, town+1) {
			tc := cand{label: LOC, first: town, last: town + 1, normEnd: d.t.Tokens[town].End, source: FromRule}
			d.stripFirst(&tc, len("ب"))
			d.add(tc)
		}
	}
}

// givenBeforeTagged reports whether the tagger's person c begins with a
// family name with the article after a word no list or rule took, right
// after an indefinite facility head (ملعب حمادي العقربي): that word is the
// given name, and the facility is named after the person.
func (d *doc) givenBeforeTagged(c cand) bool {
	i := c.first
	if c.source != FromTagger || c.last-i > 2 || i < 2 || !d.has(i, fDef) || d.cover[i-1] != 0 || d.cover[i-2] != 0 || int(d.segEnd[i-2]) <= i {
		return false
	}
	if !d.has(i-1, fArabic) || d.has(i-1, fDef|fPro|fStop|fCommon|fNat|fNumber|fVerbLike) || d.known(i-1) || d.has(i-2, fDef) {
		return false
	}
	isHead, _ := d.facilityHeadAt(i - 2)
	return isHead
}

// townAfterName reports whether token j is ب and a rare word no list
// holds (برادس): after a name ended by its family name with the article,
// the preposition and a town.
func (d *doc) townAfterName(j int) bool {
	rest, ok := strings.CutPrefix(d.word[j], "ب")
	if !ok || d.has(j, fPro|fDef|fStop|fNumber) || d.known(j) || utf8.RuneCountInString(rest) < 3 || strings.HasPrefix(rest, "ال") {
		return false
	}
	c, known := wordfreq.Centibels(rest)
	return (!known || c < partCB) && d.centibels(j) < partCB
}

// describesVehicle reports whether token j, after a facility's name, is
// an indefinite feminine participle a dictionary knows (متجهة، قادمة،
// محملة): what leaves or reaches the facility (a plane, a ship), not a
// family name.
func (d *doc) describesVehicle(j int) bool {
	return !d.has(j, fDef|fPro) && strings.HasSuffix(d.word[j], "ه") && participleShape(d.word[j]) &&
		d.centibels(j) != unknownCB && !d.known(j)
}

// facilityGivenNames makes a place of an indefinite facility head and a
// listed given name after it that no candidate took (ميناء زايد، مطار
// حمد الدولي، مسجد عمر): a port or a mosque named by one name, with الدولي
// after it. A word after the name that may go on a person's name (a
// given or a family name, a rare word: مستشفى خالد سعيد) leaves it.
func (d *doc) facilityGivenNames() {
	for j := 1; j+1 < d.n; j++ {
		if d.cover[j] != 0 || d.cover[j-1] != 0 || int(d.segEnd[j-1]) <= j || d.has(j, fPro|fDef) || d.has(j-1, fDef) {
			continue
		}
		if !d.scan.May(j, setGiven) {
			continue // most tokens
		}
		isHead, at := d.facilityHeadAt(j - 1)
		if !isHead {
			continue
		}
		if m, ok := d.givenMatch(j); !ok || m.End != j+1 || m.Entry.Weak && !d.rulerHeadAt(j-1, at) {
			continue
		}
		end, seg := j+1, int(d.segEnd[j])
		switch {
		case end >= seg || d.cover[end] != 0:
		case d.word[end] == facilityInternational:
			end++
		case d.has(end, fPunct|fStop|fPro|fNumber|fNat) || d.has(end, fWord) && d.has(end, fCommon):
		case d.accusativeAdverb(end):
			// ميناء خليفة فجرا، مسجد بلال ليلا: an adverb of time.
		case d.has(end, fWord) && !d.has(end, fDef) && d.centibels(end) < partCB:
			continue // مستشفى خالد سعيد: a person's name may go on
		case d.known(end):
			continue
		}
		place := cand{label: LOC, first: j - 1, last: end, normStart: d.start(j - 1), normEnd: d.t.Tokens[end-1].End, source: FromRule}
		if at > 0 {
			d.stripFirst(&place, at)
		}
		d.add(place)
	}
}

// accusativeAdverb reports whether token j is an indefinite noun in the
// accusative written with its alef (فجرا، ليلا، صباحا), the noun a
// frequent word no list holds as a given name: an adverb, no name.
func (d *doc) accusativeAdverb(j int) bool {
	rest, ok := strings.CutSuffix(d.word[j], "ا")
	if !ok || d.has(j, fDef|fPro) || utf8.RuneCountInString(rest) < 3 || d.givenNameWord(rest) {
		return false
	}
	return frequent(rest, titleCB)
}

// rulerHeadAt reports whether token j, a facility head after at bytes
// of proclitics, is a port or an airport: the news names them after a
// ruler by his given name alone, also a weak one that is a common word
// too (ميناء خليفة، مطار سلطان), where a street or a school takes such a
// word as a noun.
func (d *doc) rulerHeadAt(j, at int) bool {
	w := d.word[j][at:]
	return w == portHead || w == airportHead
}

var portHead, airportHead = searchNorm.String("ميناء"), searchNorm.String("مطار")

// facilityHeadAt reports whether token j is a facility head, also behind
// a proclitic the split left on it (بمطار، ولمطار), and how many bytes of
// the folded word such proclitics take.
func (d *doc) facilityHeadAt(j int) (bool, int) {
	if facilityHeads.has(d.stem[j]) {
		return true, 0
	}
	w := d.word[j]
	for n := 0; n < 2 && len(w) > 0; n++ {
		r, size := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("وفبلك", r) {
			return false, 0
		}
		if w = w[size:]; facilityHeads.has(w) {
			return true, len(d.word[j]) - len(w)
		}
	}
	return false, 0
}

// facilityStyles are the styles that stand between a facility head and
// the name of the king or the prince it is named after.
var facilityStyles = foldedSet("الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان")

// facilityKinds end a base's or a port's name after the person it is
// named after: قاعدة الأمير سلطان الجوية، قاعدة الملك عبدالعزيز البحرية.
var facilityKinds = foldedSet("الجوية", "الجوي", "البحرية", "البحري", "العسكرية", "العسكري")

// facilityInternational (folded) ends an airport's name: مطار الملك خالد الدولي.
var facilityInternational = searchNorm.String("الدولي")

// subordinatePlaces makes a place of an unknown word between a place
// preposition and التابعة ل + a place (في كرش، التابعة لمحافظة لحج;
// من قرية X is placePattern's): what belongs to a province or a district
// or to a district (districtHeads) is a place, when the word is rare and
// no list knows it.
func (d *doc) subordinatePlaces() {
	if d.allFlags&fBelonging == 0 {
		return
	}
	for k := 2; k+1 < d.n; k++ {
		if !d.has(k, fBelonging) || !strings.HasPrefix(d.word[k+1], "ل") || k+1 >= int(d.segEnd[k]) {
			continue
		}
		if !d.has(k+1, fPlaceHead) && !districtHeads.has(d.stem[k+1]) {
			if m, ok := d.lookup(k+1, int(d.segEnd[k+1]), setPlace); !ok || m.Entry.Weak {
				continue
			}
		}
		x := k - 1
		if w := d.word[x]; w == "،" || w == "," {
			x--
		}
		if x < 1 || d.cover[x] != 0 || int(d.segEnd[x]) <= k || !placePrepositions.has(d.word[x-1]) ||
			d.has(x, fPro|fStop|fCommon|fNat|fVerbLike|fNumber|fDef) || !d.has(x, fArabic) || d.known(x) ||
			utf8.RuneCountInString(d.stem[x]) < 3 || d.centibels(x) >= titleCB {
			continue
		}
		d.add(cand{label: LOC, first: x, last: x + 1, source: FromRule})
	}
}

// orgShortForms adds the short forms of the document's organizations
// named with a generic head and a nisba after it (البنك المركزي المصري،
// مجلس الاحتياطي الفيدرالي): the words after the head, written elsewhere
// in the document outside any name (a headline's المركزي المصري يثبت
// أسعار الفائدة), are the same organization. At most maxShortForms
// names a document give short forms, so the pass stays linear.
func (d *doc) orgShortForms() {
	var forms [maxShortForms]int // cand indexes
	n := 0
	for k := range d.cands {
		c := &d.cands[k]
		if c.label != ORG || c.dropped || c.last-c.first < 3 || !shortFormHeads.has(d.stem[c.first]) {
			continue
		}
		f := c.first + 1
		if !d.has(f, fDef) || !strings.HasSuffix(d.stem[f], "ي") || d.has(f, fNat) {
			continue
		}
		pro := false
		for j := f; j < c.last; j++ {
			pro = pro || d.has(j, fPro)
		}
		if pro {
			continue
		}
		dup := false
		for _, o := range forms[:n] {
			dup = dup || d.sameWords(o, k)
		}
		if !dup {
			forms[n] = k
			if n++; n == maxShortForms {
				break
			}
		}
	}
	for _, k := range forms[:n] {
		c := d.cands[k]
		first, size := c.first+1, c.last-c.first-1
		canon := c.canon
		if canon == "" {
			canon = d.sourceText(c.normStart, c.normEnd)
		}
		for i := 0; i+size <= d.n; i++ {
			if d.stem[i] != d.stem[first] || !d.weakOnly(i, i, i+size) || i+size > int(d.segEnd[i]) {
				continue
			}
			same := true
			for t := 1; t < size && same; t++ {
				same = d.word[i+t] == d.word[first+t] && d.weakOnly(i+t, i, i+size)
			}
			if same && (i == 0 || !shortFormHeads.has(d.stem[i-1])) {
				for t := i; t < i+size; t++ {
					if w := d.cover[t]; w != 0 {
						d.cands[w-1].dropped = true // المصري, a club's weak name, in المركزي المصري
					}
				}
				d.add(cand{label: ORG, first: i, last: i + size, canon: canon, source: FromRule})
				i += size - 1
			}
		}
	}
}

// weakOnly reports whether token j is outside any candidate or inside a
// weak gazetteer name that lies within tokens [first, last).
func (d *doc) weakOnly(j, first, last int) bool {
	w := d.cover[j]
	if w == 0 {
		return true
	}
	c := d.cands[w-1]
	return c.weak && c.first >= first && c.last <= last
}

// sameWords reports whether candidates a and b are written with the same
// words after their heads.
func (d *doc) sameWords(a, b int) bool {
	ca, cb := d.cands[a], d.cands[b]
	if ca.last-ca.first != cb.last-cb.first {
		return false
	}
	for t := 1; t < ca.last-ca.first; t++ {
		if d.word[ca.first+t] != d.word[cb.first+t] {
			return false
		}
	}
	return true
}

// maxShortForms bounds the organizations orgShortForms looks for.
const maxShortForms = 8

// affiliatedGroups reads the group a participle of affiliation points to
// (المرتبطة بالقاعدة، الموالين للقاعدة): a word that a list names only
// with its head (تنظيم القاعدة, also جماعة or حركة) is that group there,
// a mention without the head (as the annotations write القاعدة), and a
// weak listed name there is kept. With
// an adjective after it, it is the common noun (المرتبطة بالقاعدة
// الجوية: the air base).
func (d *doc) affiliatedGroups() {
	if d.allFlags&fAffiliated == 0 {
		return
	}
	for k := 0; k+1 < d.n; k++ {
		j := k + 1
		if !d.has(k, fAffiliated) || j >= int(d.segEnd[k]) || !d.has(j, fDef) ||
			d.has(j, fStop|fNat) || j+1 < int(d.segEnd[j]) && d.has(j+1, fDef) && !d.has(j+1, fPro) {
			continue
		}
		if c := d.cover[j]; c != 0 {
			// A weak listed name there (القاعدة): the affiliation
			// supports it.
			if w := &d.cands[c-1]; w.weak && w.label == ORG && w.first == j && w.last == j+1 {
				w.weak = false
			}
			continue
		}
		for _, head := range groupHeads {
			if e, ok := d.listedOrg(head + " " + d.stem[j]); ok {
				d.add(cand{label: ORG, first: j, last: j + 1, canon: e.Name, source: FromGazetteer})
				break
			}
		}
	}
}

// groupHeads are the heads a list writes before a group's name (تنظيم
// القاعدة), tried by affiliatedGroups.
var groupHeads = []string{"تنظيم", "جماعه", "حركه"} // folded

// listedOrg returns the organization a list names phrase, if any.
func (d *doc) listedOrg(phrase string) (gz.Entry, bool) {
	for _, e := range d.r.g.Lookup(phrase) {
		if e.Kind == gz.Org {
			return e, true
		}
	}
	return gz.Entry{}, false
}

// districtPattern: a district head (مديرية، عزلة) and a listed place or
// one rare word that ends the phrase is a district, a place named by the
// place or the word with the longer form an alias (مديرية الرضمة →
// الرضمة، مديرية حيس → حيس), where the organization pattern read a
// directorate; a frequent word or a longer phrase is the directorate
// (مديرية الجمارك، مديرية الأمن العام، مديرية الشؤون الصحية، مديرية أمن
// الإسكندرية). Rare is below districtCB: الرضمة is at -716, التموين at
// -548, الجمارك at -512. A second such name after و is a second district
// (مديرية الدريهمي والتحيتا), where the organization pattern read one
// body of both. A front (جبهة) named so is a battlefront, the place it
// is fought at (جبهة الجفينة بمأرب → الجفينة، جبهة نهم → نهم); fronts
// that are groups are named by frequent words (جبهة الإنقاذ، جبهة
// التحرير) or listed (جبهة النصرة).
func (d *doc) districtPattern(i int) (int, func()) {
	j := i + 1
	seg := int(d.segEnd[i])
	if !d.has(i, fOrgHead) || !districtHeads.has(d.stem[i]) && d.stem[i] != "جبهه" || j >= seg || d.has(j, fPro) {
		return i, nil
	}
	end, listed, ok := d.districtName(j, seg)
	if !ok {
		return i, nil
	}
	end2, listed2 := end, gz.Match{}
	if end < seg && d.word[end] == "و"+d.stem[end] {
		if e, m, ok := d.districtName(end, seg); ok {
			end2, listed2 = e, m
		}
	}
	return end2, func() {
		d.addDistrict(j, end, listed, d.sourceText(d.start(i), d.t.Tokens[end-1].End))
		if end2 > end {
			d.addDistrict(end, end2, listed2, "")
		}
	}
}

// districtName reports whether a district's name starts at token j (after
// a district head, or after و past one district) and where it ends: a
// listed place, or a rare Arabic word that no list names; no adjective
// or genitive follows either. listed is the place's match, if listed.
func (d *doc) districtName(j, seg int) (end int, listed gz.Match, ok bool) {
	if e := d.tribePlace(j, seg); e > j {
		// مديرية بني الحارث، مديرية بني مطر: a district named by the
		// tribe that lives there, as a place head's name may be.
		return e, listed, true
	}
	end = j + 1
	if d.scan.May(j, setPlace) {
		// A place listed as weak (a common word too: المنصورة، القائم)
		// counts here: the district head is the context it needs (مديرية
		// المنصورة بعدن).
		if m, ok := d.lookup(j, seg, setPlace); ok {
			listed, end = m, m.End
		}
	}
	if listed.End == 0 && (!d.has(j, fArabic) || d.has(j, fStop|fCommon|fNat) || d.known(j) || d.centibels(j) >= districtCB) {
		return 0, listed, false
	}
	if end < seg && d.has(end, fDef) && !d.has(end, fPro) {
		return 0, listed, false
	}
	return end, listed, true
}

// addDistrict adds the district named at tokens [j, end), listed or not,
// with alias its name with the head (مديرية حيس), if any.
func (d *doc) addDistrict(j, end int, listed gz.Match, alias string) {
	if listed.End == 0 {
		d.add(cand{label: LOC, first: j, last: end, source: FromRule, alias: alias})
		return
	}
	d.add(cand{label: LOC, first: j, last: end, normStart: listed.NormStart, normEnd: listed.NormEnd,
		canon: listed.Entry.Name, source: FromGazetteer, alias: alias})
}

// districtCB is the frequency (centibels) below which the definite word
// after a district head names a district (see districtPattern).
const districtCB = -600

// districtHeads are administrative units that are organizations' heads
// too (مديرية الأمن), so no place head: after التابعة ل they are the
// district a place belongs to (التابعة لمديرية صرواح).
var districtHeads = foldedSet("مديرية", "عزلة")

// joinSplitNames makes one person of two names side by side that the
// document writes elsewhere as one person's name: the headline's أفيخاي
// (read as an organization) أدرعي is أفيخاي أدرعي of the body.
func (d *doc) joinSplitNames() {
	var full map[string]bool // the keys of the persons' names of two words or more
	for k := range d.cands {
		a := &d.cands[k]
		if a.dropped || a.last >= d.n || d.cover[a.last] == 0 || a.last >= int(d.segEnd[a.first]) {
			continue
		}
		k2 := int(d.cover[a.last]) - 1
		b := &d.cands[k2]
		if k2 == k || b.dropped || b.first != a.last || (a.label != PER && b.label != PER) {
			continue
		}
		if d.kunyaSurname(a, b) {
			// هفال أبو بكر: a given name no list holds and the family
			// name of a kunya's shape after it are one person.
			*a = cand{label: PER, first: a.first, last: b.last, normStart: a.normStart, normEnd: b.normEnd, source: a.source}
			b.dropped = true
			for j := a.first; j < a.last; j++ {
				d.cover[j] = int32(k + 1)
			}
			continue
		}
		if full == nil {
			full = map[string]bool{}
			d.candKeys(func(c *cand) bool { return !c.dropped && c.label == PER && c.last-c.first >= 2 },
				func(key string) { full[key] = true })
		}
		d.keyBuf = d.appendPhraseKey(d.keyBuf[:0], a.first, b.last)
		if !full[string(d.keyBuf)] {
			continue
		}
		*a = cand{label: PER, first: a.first, last: b.last, normStart: a.normStart, normEnd: b.normEnd, source: FromDocument}
		b.dropped = true
		for j := a.first; j < a.last; j++ {
			d.cover[j] = int32(k + 1)
		}
	}
}

// hyphenatedNames extends a person's name over the syllable joined to
// its last word by a hyphen, with no space on either side: an East Asian
// given name of two syllables is written so (كيم جونغ-أون، مون جاي-إن،
// بايك أون-غيو), and the syllable after the hyphen, whatever word its
// letters spell (إن، وا), is the name's. A person the tagger or a rule
// read in that syllable alone is the same name's part and is dropped.
// Both sides are short (syllables of five letters at most), which a
// compound of two Arabic words joined by a hyphen seldom is.
func (d *doc) hyphenatedNames() {
	for k := range d.cands {
		c := &d.cands[k]
		h := c.last
		if c.dropped || c.label != PER || h+1 >= d.n || h == 0 {
			continue
		}
		if !d.hyphenJoins(h) {
			// روه مو-إن read as روه: the first syllable, a short word of
			// no other class that nothing else took, goes with it.
			if h+2 >= d.n || !d.hyphenJoins(h+1) || d.cover[h] != 0 || d.t.Tokens[h].Kind != normalize.ArabicWord ||
				d.has(h, fPro|fDef|fStop|fCommon|fNat) || c.last-c.first > 2 {
				continue
			}
			h++
		}
		if int(d.segEnd[c.first]) <= h+1 {
			continue
		}
		if d.t.Tokens[h+1].Kind != normalize.ArabicWord || utf8.RuneCountInString(d.word[h+1]) > 5 ||
			utf8.RuneCountInString(d.word[h-1]) > 5 || d.has(h+1, fDef) {
			continue
		}
		if h+2 < d.n && d.hyphenJoins(h+2) {
			continue // a chain of hyphenated words is no name of two syllables
		}
		if o := int(d.cover[h+1]) - 1; o >= 0 {
			other := &d.cands[o]
			if other.label != PER && other.source != FromTagger || other.first != h+1 || other.last != h+2 {
				continue
			}
			other.dropped = true
		}
		for j := c.last; j < h+2; j++ {
			d.cover[j] = int32(k + 1)
		}
		c.last = h + 2
		c.normEnd = d.t.Tokens[h+1].End
		c.canon = ""
	}
}

// hyphenJoins reports whether token h is a hyphen written between the
// words before and after it with no space on either side (جونغ-أون).
func (d *doc) hyphenJoins(h int) bool {
	if h == 0 || h+1 >= d.n {
		return false
	}
	switch d.word[h] {
	case "-", "\u2010", "\u2011":
	default:
		return false
	}
	toks := d.t.Tokens
	return toks[h-1].End == toks[h].Start && toks[h].End == toks[h+1].Start
}

// kunyaSurname reports whether the person b, right after the person a,
// is a family name of a kunya's shape (أبو بكر، أبو زيد) that ends a's
// name: a is one word no list holds as a person, b is أبو or أم and one
// word, read by the rules or the tagger (a listed kunya, أبو مازن, is
// its own person).
func (d *doc) kunyaSurname(a, b *cand) bool {
	if a.label != PER || b.label != PER || a.last-a.first != 1 || b.last-b.first != 2 || a.source == FromGazetteer ||
		b.source == FromGazetteer || !d.has(b.first, fKunya) || d.has(b.first, fPro) || d.has(a.first, fKunya) {
		return false
	}
	if m, ok := d.lookup(a.first, a.last, setPerson); ok && m.End == a.last {
		return false
	}
	return !d.has(b.first+1, fPro|fStop)
}

// labelBit returns a bit of its own for each label (PER, ORG, LOC, MISC,
// and "" for the cue kinds, which no cand has).
func labelBit(l Label) uint8 {
	switch l {
	case PER:
		return 1
	case ORG:
		return 2
	case LOC:
		return 4
	case MISC:
		return 8
	}
	return 16
}

// A keyFilter answers whether a string may be one of the strings added
// to it: never wrong when it says no. It hashes a string's length and
// last byte.
type keyFilter [4]uint64

func keyBit(s string) uint {
	if s == "" {
		return 0
	}
	return uint(len(s)*31+int(s[len(s)-1])) & 255
}

func (f *keyFilter) add(s string) { b := keyBit(s); f[b/64] |= 1 << (b % 64) }

func (f *keyFilter) may(s string) bool { b := keyBit(s); return f[b/64]&(1<<(b%64)) != 0 }

// mayJoined is may(a + " " + b), without building the string.
func (f *keyFilter) mayJoined(a, b string) bool {
	last := byte(' ')
	if b != "" {
		last = b[len(b)-1]
	}
	bit := uint((len(a)+1+len(b))*31+int(last)) & 255
	return f[bit/64]&(1<<(bit%64)) != 0
}

// addSurnames marks the family names of the document's persons where
// they stand alone: الحكيم and الصالح after نذير الحكيم and رائد الصالح.
func (d *doc) addSurnames() {
	surnames := map[string]int{} // folded surname (one or two words) → cand index of the full name
	finalOf := map[string]int{}  // the surname's last token in the full name, whose final letter sameFinal reads
	spaced := false              // some key of surnames has a space
	var seen keyFilter           // the keys of surnames, for a quick no
	for k, c := range d.cands {
		if c.dropped || c.label != PER || c.last-c.first < 2 {
			continue
		}
		first := c.last - 1
		// A compound family name: عبد العاطي، أبو الغيط، بن لادن، بدر الدين،
		// دي ميستورا.
		if c.last-c.first >= 3 && (patronymics.has(d.word[first-1]) || kunyas.has(d.word[first-1]) || d.word[first] == "الدين" || nameParticles.has(d.word[first-1])) {
			first--
		}
		particle := first < c.last-1 && nameParticles.has(d.word[first]) // دي مايو: a month after it is the name's
		if d.has(c.last-1, fStop) && !particle || utf8.RuneCountInString(d.word[c.last-1]) < 3 {
			continue
		}
		if d.has(c.last-1, fCommon|fNat) && (first < c.last-1 || !d.has(c.last-1, fDef) || d.has(c.last-1, fPro)) {
			continue // a common word after a given name: an adjective or a noun of its own, unless a family name (عمرو المصري)
		}
		if first == c.last-1 && ordinals.has(d.word[first]) {
			// A regnal number is no family name: السادس of محمد السادس
			// alone is an ordinal (في السادس من أيار).
			continue
		}
		w := d.stem[first] // phraseKey(first, c.last) of the one word
		if first < c.last-1 {
			w = d.word[first] + " " + d.word[c.last-1]
		}
		register := func(w string, last int) {
			if prev, ok := surnames[w]; ok {
				if prev >= 0 && (d.cands[prev].canon == c.canon && c.canon != "" || d.samePhrase(d.cands[prev].first, d.cands[prev].last, c.first, c.last)) {
					return // the same person again
				}
				surnames[w] = -1 // two people share it: ambiguous
				return
			}
			surnames[w] = k
			finalOf[w] = last
			spaced = spaced || strings.IndexByte(w, ' ') >= 0
			seen.add(w)
		}
		register(w, c.last-1)
		if f := c.last - 2; first == c.last-1 && f > c.first && d.has(f, fDef) && d.has(c.last-1, fDef) && !d.has(f, fPro|fStop|fCommon|fNat) &&
			d.word[c.last-1] != allahWord && d.givenNameWord(strings.TrimPrefix(d.stem[f], "ال")) && d.centibels(f) <= partCB {
			// سلمان الحمود الصباح: in a Gulf chain the forebear's given
			// name with the article before the family's names the
			// person alone too (وأضاف الحمود); not in a family name
			// compound with الله (رامي الحمد الله), nor a frequent
			// word that alone is a title or a noun as often (الأمين
			// of الأمين العام، النور "the light", الحسن).
			register(d.word[f], f)
		}
	}
	if len(surnames) == 0 {
		return
	}
	headEnd := d.headlineEnd()
	var firstOf func(k int) int // built at the first common surname
	var key []byte
	// Through slices of the tokens' length (add writes cover, never
	// resizes it): no bounds checks, nothing reloaded after a call.
	cover, flags, stem, word, segEnd := d.cover[:d.n], d.flags[:d.n], d.stem[:d.n], d.word[:d.n], d.segEnd[:d.n]
	for i := 0; i < len(cover); i++ {
		if cover[i] != 0 {
			if c := &d.cands[cover[i]-1]; c.source == FromTagger && c.first == i && c.last == i+1 && c.label == PER && seen.may(stem[i]) {
				// The tagger's person of one word that folds like a
				// surname spelled with the other final letter is
				// another word (the verb يحيي, not يحيى).
				if k, ok := surnames[stem[i]]; ok && k >= 0 && !d.sameFinal(i, finalOf[stem[i]]) {
					c.dropped = true
					cover[i] = 0
				}
			}
			if cover[i] == 0 {
				continue // the tagger's person just dropped
			}
			if c := &d.cands[cover[i]-1]; c.label == PER && c.first == i && c.last == i+1 && i+1 < int(segEnd[i]) && cover[i+1] == 0 &&
				flags[i+1]&fPro == 0 && generationWords.has(word[i+1]) && seen.may(stem[i]) {
				if k, ok := surnames[stem[i]]; ok && k >= 0 {
					// وقال شمعون الابن: another of the family (below).
					c.last, c.normEnd, c.canon = i+2, d.t.Tokens[i+1].End, ""
					cover[i+1] = cover[i]
					i++
					continue
				}
			}
			if c := &d.cands[cover[i]-1]; c.label == LOC && c.source == FromGazetteer && c.first == i && c.last == i+1 &&
				flags[i]&fDef != 0 && seen.may(stem[i]) && i > 0 && flags[i-1]&(fPlaceHead|fFeatureHead) == 0 && !d.placeContext(i) {
				// وبحث المعلم والزعتري: a listed place (the camp) that is
				// the family name of the document's person, where no
				// preposition or head makes it a place, is the person.
				if k, ok := surnames[stem[i]]; ok && k >= 0 && d.sameFinal(i, finalOf[stem[i]]) {
					c.dropped = true
					cover[i] = 0
					d.add(cand{label: PER, first: i, last: i + 1, normStart: c.normStart, normEnd: c.normEnd, canon: d.cands[k].canon, source: FromDocument})
				}
			}
			continue
		}
		// A function word is never a surname: على "on" folds to the
		// name علي (reset sets fStop only when it is written with ى).
		if flags[i]&fWord == 0 || flags[i]&fStop != 0 {
			continue
		}
		// The two-word form first (وقال عبد العاطي), then one word;
		// only a key with a space can be two words.
		if spaced && i+1 < int(segEnd[i]) && cover[i+1] == 0 && seen.mayJoined(stem[i], word[i+1]) {
			key = append(append(append(key[:0], stem[i]...), ' '), word[i+1]...)
			if k, ok := surnames[string(key)]; ok && k >= 0 && d.sameFinal(i+1, finalOf[string(key)]) {
				d.add(cand{label: PER, first: i, last: i + 2, canon: d.cands[k].canon, source: FromDocument})
				i++
				continue
			}
		}
		if !seen.may(stem[i]) {
			continue
		}
		k, ok := surnames[stem[i]]
		if !ok || k < 0 || !d.sameFinal(i, finalOf[stem[i]]) || d.startsTitle(i, i+1) {
			continue // not a listed title it starts: الأمين العام after محمد الأمين
		}
		if d.has(d.cands[k].last-1, fCommon|fNat) {
			if firstOf == nil {
				firstOf = d.firstMentions()
			}
			if !d.surnameAlone(i, firstOf(k), headEnd) {
				continue
			}
		}
		if i+1 < int(segEnd[i]) && cover[i+1] == 0 && flags[i+1]&fPro == 0 && generationWords.has(word[i+1]) {
			// وقال الجميل الابن: the family name with the son's (the
			// father's, the grandson's) word is another of the family
			// than the one named in full, a person of its own.
			d.add(cand{label: PER, first: i, last: i + 2, source: FromDocument})
			i++
			continue
		}
		d.add(cand{label: PER, first: i, last: i + 1, canon: d.cands[k].canon, source: FromDocument})
	}
}

// commonSurname reports whether the family name at token j is also a
// common word: a nisba (المصري، الشامي), a word of the common list or a
// frequent one (الشاهد "the witness", الخطيب "the preacher").
func (d *doc) commonSurname(j int) bool {
	return d.has(j, fCommon|fNat) || d.centibels(j) > titleCB
}

// surnameAlone reports whether token i, a nisba or a word of the common
// list written alone, is the person whose full name the document wrote
// first at token first (عمرو المصري … وتوقع المصري): after the full name,
// or in the headline, and not as an adjective of the definite noun
// before it (الجانب المصري، المسؤول المصري). Before the full name it is
// the adjective or the common word.
func (d *doc) surnameAlone(i, first, headEnd int) bool {
	if i < first && i >= headEnd {
		return false
	}
	if i > 0 && d.has(i-1, fDef) && d.has(i, fNat) {
		return false
	}
	return true
}

// firstMentions returns a function giving the first token of the first
// mention of the person of cand k, a full name: the cands of one full
// name written twice (ahead of the tagger's, which come after the rules'
// in d.cands) may be out of text order. One pass over the cands as they
// are now, so that asking for every surname of a long text is linear.
func (d *doc) firstMentions() func(k int) int {
	type sized struct {
		n   int
		key string
	}
	byCanon, byKey := map[sized]int{}, map[sized]int{}
	least := func(m map[sized]int, s sized, first int) {
		if f, ok := m[s]; !ok || first < f {
			m[s] = first
		}
	}
	for _, o := range d.cands {
		if o.dropped || o.label != PER {
			continue
		}
		n := o.last - o.first
		if o.canon != "" {
			least(byCanon, sized{n, o.canon}, o.first)
		}
		least(byKey, sized{n, d.phraseKey(o.first, o.last)}, o.first)
	}
	return func(k int) int {
		c := d.cands[k]
		n, first := c.last-c.first, c.first
		if f, ok := byKey[sized{n, d.phraseKey(c.first, c.last)}]; ok && f < first {
			first = f
		}
		if c.canon != "" {
			if f, ok := byCanon[sized{n, c.canon}]; ok && f < first {
				first = f
			}
		}
		return first
	}
}

// headlineEnd returns the token where the text's first line ends: a
// headline, when the text has more lines.
func (d *doc) headlineEnd() int {
	for i := 1; i < d.n; i++ {
		if lineBreak(d.t.Norm[d.t.Tokens[i-1].End:d.t.Tokens[i].Start]) {
			return i
		}
	}
	return 0
}

// sameFinal reports whether tokens i and j, which fold alike, end alike
// as written: both with ى or neither. A final ي and ى fold to one letter,
// but مني "from me" is not the name منى, nor the verb يحيي the name
// يحيى.
func (d *doc) sameFinal(i, j int) bool {
	wi, wj := d.word[i], d.word[j]
	if !strings.HasSuffix(wi, "ي") || !strings.HasSuffix(wj, "ي") {
		return true // no final ي or ى to tell apart (the usual answer)
	}
	return d.maqsuraEnd(i) == d.maqsuraEnd(j)
}

// maqsuraEnd reports whether token i ends with ى as written, before any
// diacritics.
func (d *doc) maqsuraEnd(i int) bool {
	tok := d.t.Tokens[i]
	s, e := d.t.SourceSpan(tok.Start, tok.End)
	r, _ := utf8.DecodeLastRuneInString(trimMarks(d.t.Source[s:e]))
	return r == 'ى'
}

// nicknames gives a person's name the nickname written after it with an
// epithet and ب as an alias: فلان الشهير بـ"أبو العز"، فلانة المعروفة
// بـ«الخالة»، and without quotes after an epithet of naming (الملقب
// بالثعلب، المكنى بأبي علي reads no kunya: one word only). Without quotes
// الشهير and المعروف say what the person is known for (الشهير بقصائده),
// no name.
func (d *doc) nicknames() {
	for k := range d.cands {
		c := &d.cands[k]
		e := c.last
		if c.dropped || c.label != PER || c.alias != "" || e+1 >= int(d.segEnd[c.first]) || d.has(e, fPro) ||
			!nicknameEpithets.has(d.stem[e]) {
			continue
		}
		_, from := d.t.SourceSpan(d.t.Tokens[e].Start, d.t.Tokens[e].End)
		// A bare nickname is the word ب is the proclitic of (بالنمر),
		// or the word after ب written apart (بـ النمر، ب النمر), not a
		// word that begins with ب as written (الملقب بينهم بالنمر:
		// بينهم is no ب and ينهم).
		j := e + 1
		bare := namingEpithets.has(d.stem[e]) && (d.has(j, fPro) && !d.has(j, fStop) &&
			strings.HasPrefix(d.word[j], "ب") && d.word[j][len("ب"):] == d.stem[j] ||
			j < len(d.word) && d.word[j] == "ب")
		if nick := nicknameAfter(d.t.Source[from:], bare); nick != "" {
			c.alias = nick
		}
	}
}

// nicknameAfter returns the nickname at the start of s, the source text
// after an epithet: ب (with a tatweel or a space after it), then a name in
// quotes of at most four words, or, when bare is set, one word that is no
// kunya, with the article if it has one. It returns "" for anything else.
func nicknameAfter(s string, bare bool) string {
	s, ok := strings.CutPrefix(strings.TrimLeft(s, " "), "ب")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, "ـ ")
	if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune(`"“«'`, r) {
		s = s[size:]
		end := strings.IndexAny(s, `"”»'`)
		if end <= 0 {
			return ""
		}
		name := strings.TrimSpace(s[:end])
		if name == "" || strings.ContainsAny(name, "،,.:\n") || strings.Count(name, " ") > 3 {
			return ""
		}
		return name
	}
	if !bare {
		return ""
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !normalize.IsArabicLetter(r) })
	if end < 0 {
		end = len(s)
	}
	word := s[:end]
	if utf8.RuneCountInString(word) < 3 || kunyas.has(searchNorm.String(word)) {
		return ""
	}
	return word
}

// stormNames reads the name of a storm right after its head
// (stormHeads), an adjective of the storm and an opening quote between or
// not: إعصار "جونو"، الإعصار المداري ميكونو، العاصفة بيلندا. A storm's name
// is no person and no body (the guidelines: a named event is MISC): a
// person or an organization no list holds read there becomes MISC, a
// rare word no mention covers is one, and the same name elsewhere in the
// text (أغرق "ميكونو" صلالة) is the storm's too. A listed name after the
// head is what the storm is said of (عاصفة ترامب).
func (d *doc) stormNames() {
	if d.allFlags&fStorm == 0 {
		return
	}
	var names []string
	for h := range d.n {
		if !d.has(h, fStorm) {
			continue
		}
		seg := int(d.segEnd[h])
		p := h + 1
		if p < seg && !d.has(p, fPro) && nisbaShape(d.stem[p]) && d.has(p, fDef) == d.has(h, fDef) {
			p++ // الإعصار المداري، إعصار مداري
		}
		quoted := p < seg && d.has(p, fOpenQ)
		if quoted {
			p++
		}
		if p >= seg {
			continue
		}
		if k := d.cover[p]; k != 0 && !d.cands[k-1].dropped {
			if c := &d.cands[k-1]; c.first == p && (c.label == PER || c.label == ORG) && c.canon == "" {
				c.label = MISC
				names = append(names, d.phraseKey(c.first, c.last))
			}
			continue
		}
		if d.stormName(p, quoted) {
			d.add(cand{label: MISC, first: p, last: p + 1, source: FromRule})
			names = append(names, d.stem[p])
		}
	}
	if len(names) == 0 {
		return
	}
	for k := range d.cands {
		c := &d.cands[k]
		if !c.dropped && (c.label == PER || c.label == ORG) && c.canon == "" && slices.Contains(names, d.phraseKey(c.first, c.last)) {
			c.label = MISC
		}
	}
}

// stormName reports whether token p, after a storm's head, is a name of
// one word: no function word, common noun, nationality, title, number or
// verb, no list's, without the article or a proclitic, and in quotes or
// rare (below titleCB) without the ending of an adjective (عاصفة قوية،
// إعصار مداري).
func (d *doc) stormName(p int, quoted bool) bool {
	if !d.has(p, fWord) || d.has(p, fPro|fDef|fStop|fCommon|fNat|fVerbLike|fNumber) || d.known(p) || d.titleOrHead(p) ||
		utf8.RuneCountInString(d.stem[p]) < 3 {
		return false
	}
	if quoted {
		return p+1 < int(d.segEnd[p]) && d.has(p+1, fCloseQ)
	}
	switch r, _ := utf8.DecodeLastRuneInString(d.stem[p]); r {
	case 'ه', 'ي', 'ء':
		return false
	}
	return d.centibels(p) < titleCB
}

// stormHeads name a storm before its name: إعصار، العاصفة.
var stormHeads = foldedSet("إعصار", "الإعصار", "عاصفة", "العاصفة")

// nicknameEpithets are the epithets a nickname follows (with ب);
// namingEpithets name it without quotes too.
var (
	nicknameEpithets = foldedSet("الشهير", "الشهيرة", "المعروف", "المعروفة", "الملقب", "الملقبة", "المكنى", "المكناة")
	namingEpithets   = foldedSet("الملقب", "الملقبة", "المكنى", "المكناة")
)

// dualOffice reports an office in the construct dual at token j before
// the definite noun of its portfolio or a place it serves (والتقى الرئيس
// وزيري الخارجية والدفاع، بسجن رئيسي الوزراء السابقين، سفيري فرنسا
// وألمانيا): two officials, no name after the title before it.
func (d *doc) dualOffice(j, seg int) bool {
	base, ok := strings.CutSuffix(d.stem[j], "ي")
	if !ok || j+1 >= seg || d.has(j, fDef|fPro) || !appointedTitleWords.has(base) {
		return false
	}
	if d.has(j+1, fDef) {
		return true
	}
	_, place := d.lookup(j+1, seg, setPlace) // سفيري فرنسا وألمانيا
	return place
}

// sourceNames reads the name of the source a page credits, which no list
// holds: after المصدر and a colon (المصدر: بوابة الوسط، وكالات) and after the
// dash of a dateline whose place opens the line (مصراتة - بوابة الوسط), two
// or three Arabic words no rule read that end the line or meet a comma are
// an organization (a site, a paper, an agency). A weekday or a listed name
// there is no source.
func (d *doc) sourceNames() {
	lineStart := func(k int) bool {
		return k == 0 || lineBreak(d.t.Norm[d.t.Tokens[k-1].End:d.t.Tokens[k].Start])
	}
	datelinePlace := func(i int) bool { // a place that opens the line ends at token i
		if i == 0 || d.cover[i-1] == 0 {
			return false
		}
		c := d.cands[d.cover[i-1]-1]
		return c.label == LOC && c.last == i && lineStart(c.first)
	}
	var agencies []int // the words of the agencies read in brackets or after a slash
	for i := 0; i+2 < d.n; i++ {
		start := -1
		alone := false // one word is enough: it ends the line, or a bracket closes it
		switch {
		case d.stem[i] == sourceWord && d.word[i+1] == ":" && lineStart(i):
			start = i + 2
		case sourceDashes.has(d.word[i]) && datelinePlace(i):
			start = i + 1
		case d.word[i] == "/" && datelinePlace(i):
			// البصرة/ المدى: the paper after a slash, alone on the line.
			start, alone = i+1, true
		case d.word[i] == "(" && i+3 < d.n && d.word[i+2] == ")" && sourceDashes.has(d.word[i+3]) &&
			d.has(i+1, fArabic) && !d.has(i+1, fNumber) && d.cover[i+1] == 0 && !timeWords.has(d.stem[i+1]) &&
			(datelinePlace(i) || i > 0 && lineStart(i-1) && d.cover[i-1] == 0 && d.has(i-1, fArabic)):
			// الحوز (ومع) - ، صفاقس (وات) - : the agency by its
			// initials in brackets between the place and the dash. The
			// word alone before it that opens the line and no rule read
			// (الحوز, also "possession") is the dateline's place.
			if !datelinePlace(i) {
				if d.has(i-1, fStop|fNumber|fPro) {
					continue
				}
				d.add(cand{label: LOC, first: i - 1, last: i, source: FromRule})
			}
			d.add(cand{label: ORG, first: i + 1, last: i + 2, source: FromRule})
			agencies = append(agencies, i+1)
			continue
		}
		if start < 0 || lineStart(start) {
			continue
		}
		// The tagger's name over the same words (a place, mostly) is
		// the source too.
		tagged := func(k int) bool { return d.cover[k] != 0 && d.cands[d.cover[k]-1].source == FromTagger }
		k := start
		for k < d.n && k < start+4 && d.has(k, fArabic) && (d.cover[k] == 0 || tagged(k)) && !d.has(k, fStop|fPunct|fNumber) &&
			!timeWords.has(d.stem[k]) && !d.known(k) && (k == start || !lineStart(k)) {
			k++
		}
		if k-start < 2 && !(alone && k-start == 1 && (k == d.n || lineStart(k))) || k-start > 3 {
			continue
		}
		if k < d.n && !lineStart(k) && !isComma(d.word[k]) {
			continue
		}
		if d.free(start, k) {
			d.add(cand{label: ORG, first: start, last: k, source: FromRule})
			if k-start == 1 {
				agencies = append(agencies, start)
			}
		} else if c := &d.cands[d.cover[start]-1]; c.first == start && c.last == k {
			c.label = ORG
		}
	}
	// The agency named again in quotes or brackets (في تصريح لـ"وات") is
	// the same organization. The quoted words are gathered once, and each
	// agency's word is read after its first dateline only (a later one
	// finds those quotes taken): linear on a page of many datelines.
	if len(agencies) == 0 {
		return
	}
	quoted := map[string][]int{}
	for k := 1; k+1 < d.n; k++ {
		if d.has(k-1, fOpenQ) && d.has(k+1, fCloseQ) {
			quoted[d.word[k]] = append(quoted[d.word[k]], k)
		}
	}
	read := map[string]bool{}
	for _, a := range agencies {
		if read[d.word[a]] {
			continue
		}
		read[d.word[a]] = true
		for _, k := range quoted[d.word[a]] {
			if k > a && d.cover[k] == 0 {
				d.add(cand{label: ORG, first: k, last: k + 1, source: FromRule})
			}
		}
	}
}

var sourceWord = searchNorm.String("المصدر")
