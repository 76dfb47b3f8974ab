package naba

import (
	"bytes"
	"slices"
	"strings"

	"github.com/nabanlp/naba/entities"
	"github.com/nabanlp/naba/events"
	"github.com/nabanlp/naba/normalize"
)

// The events stage. It reads the document's one normalized text (tokens
// and sentences per section), its sections, mentions, entities and
// dates, and never re-normalizes or re-tokenizes.
//
// For each sentence of the article's title, body, ticker headlines and
// related-story lines, the trigger lexicon (package events) finds the
// words that name events; each becomes a draft event with its status and
// arguments: participants (the named entities after the verb, Arabic
// being verb-subject-object, or before it in a headline; a title such as
// الأمين العام resolved to its person), the place (في/ب/إلى + a place),
// the time (a date of the same clause or sentence) and casualty counts.
// Drafts that report the same event within one story are merged, and a
// draft with nothing to say (no participant, place, time or casualty) is
// dropped: no event is invented from missing information.

// findEvents finds the events the document reports.
func findEvents(doc *Document) []Event {
	return findEventsWith(doc, nil)
}

// findEventsWith is findEvents reusing the memory of es, a Session's
// events stage (nil: a fresh builder, and the lexicon reads every word
// afresh).
func findEventsWith(doc *Document, es *eventSession) []Event {
	if doc == nil || doc.text == nil || len(doc.text.Tokens) == 0 {
		return nil
	}
	b := newEventBuilder(doc, es)
	b.run()
	return b.result()
}

// An eventSession is the events stage of a Session: the trigger Finder,
// which remembers the lexicon's readings of the words of earlier
// documents, and the builder whose per-token tables, maps and drafts are
// reused from one document to the next. Like a Session it is one
// goroutine's.
type eventSession struct {
	finder *events.Finder
	b      eventBuilder
}

func newEventSession() *eventSession {
	return &eventSession{finder: events.Default().NewFinder()}
}

// Merge units: a headline or a related-story line is its own story (unit
// = its section index); the title and the body are one unit each.
const (
	unitTitle = -2
	unitBody  = -3
)

// A draft is an event being built. Its flags stand together, in runs of
// eight and seven bytes after a pointer or an int (440 bytes a draft on
// 64 bits; scattered between words, each run padded to one, 456).
type draft struct {
	ev    Event
	tr    events.Trigger
	unit  int
	sent  int // index in tx.Sentences
	parts []participant
	place *Argument
	// area is the larger place named right after place that says where
	// place lies (باب المندب بمحافظة تعز: تعز), when place was read back
	// from the trigger past it (locatedBefore).
	area     *Argument
	time     *Argument
	position *Argument
	killed   int
	injured  int
	// agentEnd is the token after the agent read after a verb, and
	// joined the names joined to the agent by و before it (تقول دمشق
	// وموسكو، ووقعت "سوناطراك" و"إيني"): with the agent, the subject.
	agentEnd int
	joined   []participant
	// sidesFrom is the event told before whose participants a dual noun
	// of sides (الجانبان) named (lastSides).
	sidesFrom *draft
	// into is the draft that absorbed this one (absorb), for the rules
	// that read the merged event a dropped mention was part of.
	into *draft
	// agent is the subject of a verb or a participle, when hasAgent: the
	// subject a circumstantial participle after it shares.
	agent    participant
	hasAgent bool
	// remerge marks a draft whose group result merges again (see
	// mergeRepeats).
	remerge    bool
	casualties bool
	// moreVictims marks a toll told of the same incident as the toll
	// before it (وقتل مدنيان في الهجوم نفسه): other victims, which add
	// up when the two merge.
	moreVictims bool
	// ofThose marks a toll of victims told before (٣ من هؤلاء الضحايا
	// قتلوا): a detail of the toll before it, never another incident.
	ofThose    bool
	dropped    bool
	relativeOK bool // ticker/related: relative dates are not this story's
	toldTime   bool // the time is the day the event was told, for want of its own
	// appointees are the mentions of further persons an appointment's
	// list names, each with an office of his own, to be split off as
	// appointments of their own (splitAppointees).
	appointees []int32
	// toVictims marks a visit to the wounded or the victims (زار الوزير
	// الجرحى): made where they lie, seldom a place's name.
	toVictims bool
	// toSite marks a visit to the site of an incident told (زار الوزير
	// موقع الانفجار): an inspection, whose site is seldom a place's name.
	toSite bool
	// unnamed marks an event told by people the text tells of but does
	// not name, which is news as it stands: kept with no participant or
	// place (empty). A dismissal whose holder is stated by a title alone
	// (قال المتحدث إن الوزيرة قدمت استقالتها), a protest verb whose
	// subject is a crowd counted (تظاهر العشرات من ذوي الضحايا، احتشد
	// المئات), the first arrest the text tells, its object a count of
	// people (أوقفت الشرطة 12 شخصا، اعتقلت ثلاثة منهم).
	unnamed bool
	// heldHere marks a definite event noun whose relative clause tells it
	// took place (الانتخابات البلدية التي جرت يوم الأحد) and no event of
	// its type told before: introduced here, not referring back (أن المؤتمر
	// الذي عقد على مدى ثلاثة أيام), so a time alone is enough to keep it.
	heldHere bool
	// signsTold marks a verb of signing whose object is a definite
	// agreement noun (وقّع الاتفاقية عن الجانب العماني فلان): the agreement
	// told before, signed by those it names, as a definite noun is.
	signsTold bool
	// received marks a verb of arrival told with the visitor's reception
	// (وصل الوفد إلى جوبا، وكان في استقباله فلان): a visit, told by where
	// it arrived even with no visitor named (receivedAt).
	received bool
	// onVisit marks a verb of arrival told with the visit it came on
	// (وصل الوزير إلى البلاد في زيارة رسمية): a visit, its visitor enough.
	onVisit bool
}

// A participant is an entity (by ID) or, for an unnamed actor, a text.
type participant struct {
	entity string
	text   string
}

// same reports whether p and q are the same participant: the same
// entity, or for unnamed actors the same folded text.
func (p participant) same(q participant) bool {
	if p.entity != "" || q.entity != "" {
		return p.entity == q.entity
	}
	return p.text == q.text || fold.String(p.text) == fold.String(q.text)
}

// fold is the Search normalizer, for comparing texts the way the
// pipeline's Norm does.
var fold = normalize.MustNew(normalize.Search)

type eventBuilder struct {
	doc *Document
	tx  *normalize.Text
	// spans maps the mentions' and the dates' source spans to Norm
	// (tokenRange), then the sentences' and the triggers' to Source:
	// they come in the text's order, so it walks the offset map forward
	// instead of searching it for every span.
	spans normalize.SpanCursor
	lex   *events.Lexicon
	// foldBuf is the buffer of folded; textBuf, keyBuf and orgKeyBuf
	// those of the titles' folded texts and keys.
	foldBuf, textBuf, keyBuf, orgKeyBuf []byte
	// addressBuf holds the others an appeal calls on that addressee
	// read after the first (فلانا وفلانا إلى).
	addressBuf []participant
	// roleTitles holds, per entity, the folded titles of its roles (see
	// roleTitle; nil until read).
	roleTitles [][]string
	// titledRoles are the roles of every entity by folded title, once
	// rolesRead, and aliasHeads each person's aliases' beginnings of
	// whole words that more words follow, once aliasHeadsRead; each
	// sorted by its key (see rolesTitled and qualifiedAliasOf).
	titledRoles    []titledRole
	aliasHeads     []titledRole
	rolesRead      bool
	aliasHeadsRead bool
	// Buffers of shareSide.
	sideA, sideB []participant
	// leadSent is the sentence of the body's first draft, -1 when none,
	// -2 until leadAndBackground first needs it (drafts are complete
	// by then: it is asked only while merging).
	leadSent int

	// Per token: the mention and date covering it, or -1; the folded word.
	tokMention []int32
	tokDate    []int32
	// nameQuote marks the quotation marks around exactly one name
	// (وقعت شركة "إيني" اتفاقا، قال القيادي لـ«الشرق الأوسط»): they set
	// the name off and end no clause, so punct reads them as words.
	nameQuote []bool
	// Per mention: its tokens [first, last) and whether it is part of a
	// person's role (الأمين العام للائتلاف … نذير الحكيم).
	menFirst, menLast []int32
	rolePart          []bool
	// Per mention, read from its form and its first token once: whether
	// its first word names a region (شمال، ريف), and whether a preposition
	// ب or ل is written on it (see prepOn; 0 until read).
	menRegion []bool
	menPrep   []int8
	// Per date: its first token, and its text folded ("" until dateText
	// reads it: timeOf reads a date again for each trigger near it).
	dateFirst  []int32
	dateFolded []string
	// stmtEnds are the ends of the statements of sentence stmtSent (-1:
	// none read yet), in order: see toldBefore.
	stmtEnds []int32
	stmtSent int
	// entityByID indexes doc.Entities by ID once entityIndexed (see
	// entityIndex); entityMedia says, per entity, whether it is a
	// news medium (1), not (-1) or not yet read (0).
	entityByID    map[string]int
	entityIndexed bool
	entitySeq     bool // IDs e1 e2 … in order: no entityByID
	entityMedia   []int8
	// textMedia remembers whether the text of an unnamed participant
	// names a news medium (see isMedia).
	textMedia map[string]bool
	// entityNames holds, per entity, its folded name and aliases (see
	// entityFolded), slices of foldedNames; nameBuf and nameEnds are
	// the buffer they are folded in and the end of each.
	entityNames [][]string
	foldedNames []string
	nameBuf     []byte
	nameEnds    []int
	// personNamed maps each folded name and alias of a person entity to
	// the first such entity, once personNamedRead (see personNamedAs).
	personNamed     map[string]int
	personNamedRead bool
	// orgHeadOf maps the head noun (folded, without the article) of the
	// organizations' names to the index in orgHeadLists of the mentions
	// of the organizations it may call back, in text order, once
	// orgHeadsRead (see orgOfHead, orgHeadIntros); the lists keep their
	// memory from one document to the next, as titleLists do.
	orgHeadOf    map[string]int32
	orgHeadLists [][]orgHead
	orgHeadsRead bool
	// orgHeadFirsts holds, per head noun of orgHeadOf, the first mention
	// of each of its first three organizations, in text order: all that
	// institutionPair needs, read once a head (see headFirsts).
	orgHeadFirsts map[string][]orgHead
	// titleOf maps a folded title phrase (and title + org entity) to the
	// index in titleLists of the persons it introduced, in text order
	// (see titleAt): a title introduced again appends to its list with
	// no new key, and the lists keep their memory from one document to
	// the next.
	titleOf    map[string]int32
	titleLists [][]titleIntro
	// titleKeys holds titleOf's keys of the documents before, each its
	// own value (titleKey), kept from one document to the next.
	titleKeys map[string]string
	// ministerTitles[h] are the introductions by a title with a portfolio
	// of head h (0: وزير، 1: وزيرة), in text order, once ministersRead;
	// ministersSeen[h] the ministers introduced among the first of them
	// (ministerAt).
	ministerTitles [2][]ministerIntro
	ministersRead  bool
	ministersSeen  [2]ministersSeen
	// inQuote marks tokens inside quotation marks; apposed the first
	// token of a title that describes the person named just before it.
	inQuote []bool
	apposed []bool
	// words are the folded words of the tokens ("" for other tokens),
	// tails what they may begin (see events.Lexicon.AppendTails);
	// titleEnd[i] is the end of the title beginning at token i within its
	// sentence (or 0), titlePrep whether a preposition is written on it;
	// trigAt marks the tokens where a trigger begins, except in a date
	// (فجر اليوم is dawn, not the verb فجّر). nextComp[k] is the first
	// token from k on whose word is a complementizer (أن، إن، بأن), or
	// noComp: complementBetween reads it instead of the words between.
	words     []string
	tails     []events.Tail
	titleEnd  []int32
	titlePrep []bool
	trigAt    []bool
	nextComp  []int32
	// sentTrs[si] are the triggers of sentence si, slices of allTrs.
	sentTrs [][]events.Trigger
	allTrs  []events.Trigger
	sentTrN []int32 // the number of sentTrs[si], as allTrs grows
	// runTrs is run's copy of a sentence's triggers, the ones it keeps.
	runTrs []events.Trigger
	// headBuf holds the first words (folded, without article) of the
	// mentioned names one after another, each ending at an element of
	// headEnd (a name written again as at its entity's mention before
	// adds none): المؤتمر after مؤتمر نزع السلاح names the conference, not
	// a new meeting (see isHead). entityLastMention holds, per entity,
	// its latest mention read so far (or -1).
	headBuf           []byte
	headEnd           []int32
	entityLastMention []int32
	// heads is the set of the heads when there are more than
	// headScanMax (a page of names), made on isHead's first call.
	heads     map[string]struct{}
	headsRead bool
	// decisionVerbs are the indices in drafts, in order, of the verbs of
	// deciding or voting with their subject read among
	// drafts[:decisionsUpTo], less those found dropped since (see
	// decidedPastAside).
	decisionVerbs []int32
	decisionsUpTo int
	// entityFirstTok holds, per entity, the first token whose mention
	// is of it, or -1, once firstNamedRead (see firstNamed).
	entityFirstTok []int32
	firstNamedRead bool

	drafts []*draft
	// toldTypes are the types of the title's and the body's drafts among
	// drafts[:toldUpTo], each once, and runTypes those of the last run of
	// drafts of one unit there, runUnit (typeToldBefore): drafts are only
	// appended and keep their type and unit.
	toldTypes, runTypes []string
	toldUpTo, runUnit   int
	// elections and visits are the indices of the elections and the
	// visits among drafts[:typedUpTo] (lastDraftOf).
	elections, visits []int32
	typedUpTo         int
	// Buffers of mergeRepeats: the group of each draft, the groups'
	// runs in grouped, and the group of each key.
	groupOf, groupEnd []int32
	grouped           []*draft
	groupIdx          map[groupKey]int32
	// live holds the drafts result merges; remergeAll (for tests) has
	// it merge every group again after mergeDefinite and mergePossessed.
	live       []*draft
	remergeAll bool
	// arena holds the drafts, reused from one document to the next.
	arena draftArena
	// nextDeals[k] is the first token from k on where an agreement's
	// trigger begins (nextDeal), once dealsRead; mediated is mediatorsOf's
	// last answer.
	nextDeals []int32
	dealsRead bool
	mediated  mediated
	// lemmas maps a trigger's lemma to its folded form (foldedLemma),
	// kept from one document to the next: a pure function of the
	// lexicon's few thousand words.
	lemmas map[string]string
	// partBlock holds the participants onePart has not handed out yet,
	// of a block of partBlockN; argBlock and argBlockN are newArg's.
	partBlock  []participant
	partBlockN int
	argBlock   []Argument
	argBlockN  int
	// agentEnd is the token after the agent of the trigger being read
	// (see draft.agentEnd), or -1.
	agentEnd int
	// disease says whether the text tells of a disease (see
	// diseaseStory): 0 until read, 1 no, 2 yes.
	disease int8
	// chaired says whether a word of chairing (isChairWord) is in the
	// text, as disease: chairs reads none in a text without one.
	chaired int8
	// worksTowns holds, per works noun (مصفي، محطه), the first place the
	// text names the works by (مصفى بيجي: worksBefore), read once a
	// document when worksTownsRead (see worksNamedBefore).
	worksTowns     map[string]worksTown
	worksTownsRead bool
}

func newEventBuilder(doc *Document, es *eventSession) *eventBuilder {
	b := &eventBuilder{}
	var finder *events.Finder
	if es != nil {
		b, finder = &es.b, es.finder
	}
	b.reset(doc)
	tx := b.tx
	n := len(tx.Tokens)
	for i, m := range doc.Mentions {
		// A name is mostly written as it was at its entity's mention
		// before: then its head is in headBuf already and it is a
		// region's if that one was, without folding it again.
		e, named := b.entityIndex(m.Entity)
		if named {
			if j := b.entityLastMention[e]; j >= 0 && doc.Mentions[j].Form == m.Form {
				b.menRegion[i] = b.menRegion[j]
				b.entityLastMention[e] = int32(i)
				continue
			}
			b.entityLastMention[e] = int32(i)
		}
		// The first word of the folded form: the heads, and whether the
		// name is a region's (see isPlace), folded in b's buffer.
		w := b.folded(m.Form)
		if j := bytes.IndexByte(w, ' '); j >= 0 {
			w = w[:j]
		}
		b.menRegion[i] = entities.IsRegionWord(string(w))
		w, _ = bytes.CutPrefix(w, []byte("ال"))
		b.headBuf = append(b.headBuf, w...)
		b.headEnd = append(b.headEnd, int32(len(b.headBuf)))
	}
	f := 0
	for i, m := range doc.Mentions {
		var l int
		f, l = b.tokenRange(m.Start, m.End, f)
		b.menFirst[i], b.menLast[i] = int32(f), int32(l)
		for k := f; k < l; k++ {
			if b.tokMention[k] < 0 {
				b.tokMention[k] = int32(i)
			}
		}
		if f > 0 && l < len(tx.Tokens) && b.mark(f-1) == "\"" && b.mark(l) == "\"" {
			// Norm folds « » “ ” to ".
			b.nameQuote[f-1], b.nameQuote[l] = true, true
		}
	}
	// The dates come in the text's order too, from its beginning again.
	f, b.spans = 0, tx.Cursor()
	for i, d := range doc.Dates {
		var l int
		f, l = b.tokenRange(d.Start, d.End, f)
		b.dateFirst[i] = int32(f)
		for k := f; k < l; k++ {
			if b.tokDate[k] < 0 {
				b.tokDate[k] = int32(i)
			}
		}
	}
	// The pipeline's text is Search-normalized (Extractor.norm): its
	// words are folded already.
	b.words = events.AppendSearchWords(b.words, tx)
	b.nextComp = slices.Grow(b.nextComp[:0], len(b.words))[:len(b.words)]
	next := int32(noComp)
	for k := len(b.words) - 1; k >= 0; k-- {
		if isComplementizer(b.words[k]) {
			next = int32(k)
		}
		b.nextComp[k] = next
	}
	// Where a title or a trigger may begin, from one hash of each word.
	b.tails = b.lex.AppendTails(b.tails[:0], b.words)
	all := b.allTrs
	if n > longText {
		// A trigger every 10 to 30 tokens in news: room for one every
		// 8, made at once (a long text's triggers grew a quarter at a
		// time, four times their size in garbage).
		all = slices.Grow(all, n/8)
	}
	for si, s := range tx.Sentences {
		for k := s.First; k < s.Last && k < n; k++ {
			if b.tails[k]&events.TitleTail == 0 {
				continue // no title
			}
			if e, pro, ok := events.TitleProcliticWords(tx, b.words, k, s.Last); ok {
				b.titleEnd[k] = int32(e)
				b.titlePrep[k] = strings.ContainsAny(pro, "بل")
			}
		}
		from := len(all)
		if finder != nil {
			all = finder.AppendTriggersTails(all, tx, b.words, b.tails, s.First, s.Last)
		} else {
			all = b.lex.AppendTriggersWords(all, tx, b.words, s.First, s.Last)
		}
		all = b.dropNonEvents(all, from)
		trs := all[from:]
		b.sentTrN[si] = int32(len(trs))
		if len(trs) == 0 {
			// Only a trigger's own token is asked whether it is
			// quoted (irrealis, arguments): in a sentence without
			// one, inQuote stays false.
			continue
		}
		for _, tr := range trs {
			// A trigger word inside a date (عيد الاستقلال، يوم الانتخابات)
			// or a name (دان of دان براون, after the title of قال الكاتب
			// دان براون) names the date or the person, not an event: run
			// drops it, and no rule reads it as an event word either.
			b.trigAt[tr.First] = b.tokDate[tr.First] < 0 && b.tokMention[tr.First] < 0
		}
		if !hasQuoteMark(tx, s.First, min(s.Last, n)) {
			continue // inQuote stays false: most sentences
		}
		q := false
		for k := s.First; k < s.Last && k < n; k++ {
			tok := &tx.Tokens[k]
			if tok.Kind == normalize.Punct && strings.ContainsRune(tx.Norm[tok.Start:tok.End], '"') {
				q = !q
				continue
			}
			b.inQuote[k] = q
		}
	}
	// Each sentence's triggers are a slice of all once all is whole:
	// slices taken as it grew kept each array it outgrew alive, the
	// triggers of a long text twice over.
	from := 0
	for si, c := range b.sentTrN {
		to := from + int(c)
		b.sentTrs[si] = all[from:to:to]
		from = to
	}
	b.allTrs = all
	b.findRoles()
	return b
}

// hasQuoteMark reports whether a quotation mark may lie in the tokens
// [first, last) of tx: false when the text they span (tokens in order)
// has no '"', one search instead of a test per token.
func hasQuoteMark(tx *normalize.Text, first, last int) bool {
	if first >= last {
		return false
	}
	lo, hi := tx.Tokens[first].Start, tx.Tokens[last-1].End
	if lo > hi || hi > len(tx.Norm) {
		return true // out of order: let the tokens tell
	}
	return strings.IndexByte(tx.Norm[lo:hi], '"') >= 0
}

// longText is the number of tokens (some 150 KB of text) from which
// the builder makes room for its triggers at once, before reading them.
const longText = 1 << 14

// reset readies b for doc: its per-token and per-mention tables sized
// and cleared, its maps emptied, keeping the memory of the document
// before (see eventSession).
func (b *eventBuilder) reset(doc *Document) {
	tx := doc.text
	n := len(tx.Tokens)
	b.doc, b.tx, b.lex = doc, tx, events.Default()
	b.spans = tx.Cursor()
	b.tokMention = filled(b.tokMention, n, -1)
	b.tokDate = filled(b.tokDate, n, -1)
	b.nameQuote = zeroed(b.nameQuote, n)
	b.leadSent = -2
	b.menFirst = zeroed(b.menFirst, len(doc.Mentions))
	b.menLast = zeroed(b.menLast, len(doc.Mentions))
	b.rolePart = zeroed(b.rolePart, len(doc.Mentions))
	b.menRegion = zeroed(b.menRegion, len(doc.Mentions))
	b.menPrep = zeroed(b.menPrep, len(doc.Mentions))
	clear(b.textMedia)
	b.dateFirst = zeroed(b.dateFirst, len(doc.Dates))
	b.dateFolded = zeroed(b.dateFolded, len(doc.Dates))
	b.stmtEnds, b.stmtSent = b.stmtEnds[:0], -1
	clear(b.entityByID)
	b.entityIndexed = false
	b.firstNamedRead = false
	b.entityMedia = nil
	b.entityNames = zeroed(b.entityNames, len(doc.Entities))
	clear(b.foldedNames) // the names of the document before: let them go
	b.foldedNames = b.foldedNames[:0]
	clear(b.personNamed)
	b.personNamedRead = false
	clear(b.orgHeadOf)
	b.orgHeadLists = emptiedLists(b.orgHeadLists)
	clear(b.orgHeadFirsts)
	b.orgHeadsRead = false
	b.roleTitles = nil
	b.rolesRead, b.aliasHeadsRead = false, false
	b.titleOf = emptied(b.titleOf)
	b.titleLists = emptiedLists(b.titleLists)
	b.ministersRead = false
	b.headBuf = b.headBuf[:0]
	b.headEnd = b.headEnd[:0]
	clear(b.heads)
	b.headsRead = false
	b.decisionVerbs, b.decisionsUpTo = b.decisionVerbs[:0], 0
	b.entityLastMention = filled(b.entityLastMention, len(doc.Entities), -1)
	b.inQuote = zeroed(b.inQuote, n)
	b.apposed = zeroed(b.apposed, n)
	// The words of the document before refer to its text: let it go.
	clear(b.words[:cap(b.words)])
	b.words = b.words[:0]
	b.titleEnd = zeroed(b.titleEnd, n)
	b.titlePrep = zeroed(b.titlePrep, n)
	b.trigAt = zeroed(b.trigAt, n)
	b.sentTrs = zeroed(b.sentTrs, len(tx.Sentences))
	b.sentTrN = zeroed(b.sentTrN, len(tx.Sentences))
	clear(b.allTrs[:cap(b.allTrs)])
	b.allTrs = b.allTrs[:0]
	clear(b.runTrs[:cap(b.runTrs)])
	b.runTrs = b.runTrs[:0]
	clear(b.grouped[:cap(b.grouped)])
	clear(b.live[:cap(b.live)])
	clear(b.drafts[:cap(b.drafts)])
	b.drafts = b.drafts[:0]
	b.toldTypes, b.runTypes, b.toldUpTo = b.toldTypes[:0], b.runTypes[:0], 0
	b.elections, b.visits, b.typedUpTo = b.elections[:0], b.visits[:0], 0
	b.arena.reset()
	b.dealsRead = false
	b.partBlock, b.partBlockN, b.argBlock, b.argBlockN = nil, 0, nil, 0
	b.mediated.read = false
	b.agentEnd = 0
	b.disease = 0
	b.chaired = 0
	clear(b.worksTowns)
	b.worksTownsRead = false
}

// onePart returns a slice of p alone whose capacity is one (an append
// to it copies), cut from a block that no other call shares: a few
// allocations for the actors of a document (actorPrep reads most words
// after a trigger), where a slice each cost one. A document's blocks
// grow from 4 to 64 participants, and a new document starts a new one,
// so no block keeps an earlier document's text beyond the slices that
// hold it.
func (b *eventBuilder) onePart(p participant) []participant {
	if len(b.partBlock) == 0 {
		b.partBlockN = min(max(2*b.partBlockN, 4), 64)
		b.partBlock = make([]participant, b.partBlockN)
	}
	s := b.partBlock[:1:1]
	s[0] = p
	b.partBlock = b.partBlock[1:]
	return s
}

// newArg returns a pointer to a copy of a, cut from a block that no
// other call shares (placeArg makes one for each place mention an event
// looks at), grown and renewed as onePart's are (4 to 32 arguments).
func (b *eventBuilder) newArg(a Argument) *Argument {
	if len(b.argBlock) == 0 {
		b.argBlockN = min(max(2*b.argBlockN, 4), 32)
		b.argBlock = make([]Argument, b.argBlockN)
	}
	p := &b.argBlock[0]
	*p = a
	b.argBlock = b.argBlock[1:]
	return p
}

// foldedLemma returns fold.String(l) for a trigger's lemma l, folded
// once per builder: the lexicon writes its lemmas with hamzas (أطلق،
// التقى), which folding a copy of at each call cost an allocation.
func (b *eventBuilder) foldedLemma(l string) string {
	if f, ok := b.lemmas[l]; ok {
		return f
	}
	if b.lemmas == nil {
		b.lemmas = map[string]string{}
	}
	f := fold.String(l)
	b.lemmas[l] = f
	return f
}

// filled returns s resized to n elements, each v, reusing its memory.
func filled[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	if n == 0 {
		return s
	}
	// Doubling copies (memmove) fill a table of thousands of tokens in a
	// few calls instead of a store per element.
	s[0] = v
	for i := 1; i < n; i *= 2 {
		copy(s[i:], s[:i])
	}
	return s
}

// zeroed returns s resized to n zero elements, reusing its memory.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// emptied returns m emptied of its entries for the next document, or a
// new map when m is nil.
func emptied[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return map[K]V{}
	}
	clear(m)
	return m
}

// emptiedLists returns lists emptied for the next document, each list
// emptied too and kept past the new length, for withList to hand out
// again with its memory.
func emptiedLists[T any](lists [][]T) [][]T {
	for i := range lists {
		lists[i] = lists[i][:0]
	}
	return lists[:0]
}

// withList returns lists with one more list, empty: one a document
// before emptied (emptiedLists) when there is one, with its memory.
func withList[T any](lists [][]T) [][]T {
	if len(lists) < cap(lists) {
		return lists[:len(lists)+1]
	}
	return append(lists, nil)
}

// A draftArena allocates drafts in chunks that are reused from one
// document to the next.
type draftArena struct {
	chunks [][]draft
	chunk  int // the chunk in use
	used   int // drafts used in it
}

const draftChunk = 64

func (a *draftArena) reset() { a.chunk, a.used = 0, 0 }

// new returns a zero draft, whose participants slice keeps its memory.
func (a *draftArena) new() *draft {
	if a.used == draftChunk {
		a.chunk, a.used = a.chunk+1, 0
	}
	if a.chunk == len(a.chunks) {
		a.chunks = append(a.chunks, make([]draft, draftChunk))
	}
	d := &a.chunks[a.chunk][a.used]
	a.used++
	// The participants of a draft of an earlier document refer to its
	// text: let it go.
	parts := d.parts[:cap(d.parts)]
	clear(parts)
	*d = draft{parts: parts[:0]}
	return d
}

// folded returns s folded (Search), in a buffer of b's that the next
// call overwrites.
func (b *eventBuilder) folded(s string) []byte {
	b.foldBuf = fold.AppendString(b.foldBuf[:0], s)
	return b.foldBuf
}

// headScanMax is the most heads isHead scans: more, and it asks a set.
const headScanMax = 128

// isHead reports whether w is the first word (folded, without article)
// of a mentioned name. It is asked of a few definite event nouns per
// document: a scan of the heads costs less than a set of them, but for
// a long page of names, where the nouns are as many and the scan's cost
// grows with the square of the page (a 2 MB line of news).
func (b *eventBuilder) isHead(w string) bool {
	if len(b.headEnd) > headScanMax {
		if !b.headsRead {
			b.headsRead = true
			if b.heads == nil {
				b.heads = make(map[string]struct{}, len(b.headEnd))
			}
			all := string(b.headBuf) // the keys are its slices: one copy
			start := int32(0)
			for _, end := range b.headEnd {
				b.heads[all[start:end]] = struct{}{}
				start = end
			}
		}
		_, ok := b.heads[w]
		return ok
	}
	start := int32(0)
	for _, end := range b.headEnd {
		if int(end-start) == len(w) && string(b.headBuf[start:end]) == w {
			return true
		}
		start = end
	}
	return false
}

// entityIndex returns the index in doc.Entities of the entity of ID id,
// from an index by ID built on first need in each document: IDs are
// names, whatever their form. When the IDs are the recognizer's, e1 e2 …
// in order (entitiesSequential), the index is read from the ID itself,
// without the map.
func (b *eventBuilder) entityIndex(id string) (int, bool) {
	if id == "" {
		return 0, false // an unnamed participant
	}
	if !b.entityIndexed {
		b.entitySeq = entitiesSequential(b.doc.Entities)
		if !b.entitySeq {
			if b.entityByID == nil {
				b.entityByID = make(map[string]int, len(b.doc.Entities))
			}
			for i, e := range b.doc.Entities {
				if _, dup := b.entityByID[e.ID]; !dup {
					b.entityByID[e.ID] = i
				}
			}
		}
		b.entityIndexed = true
	}
	if b.entitySeq {
		if i, ok := sequentialID(id); ok && i < len(b.doc.Entities) {
			return i, true
		}
		return 0, false
	}
	i, ok := b.entityByID[id]
	return i, ok
}

// entitiesSequential reports whether the ID of each entity es[i] is
// e(i+1), written without leading zeros: then the IDs differ, and an ID
// names the entity whose index it reads (see sequentialID).
func entitiesSequential(es []Entity) bool {
	for i, e := range es {
		if n, ok := sequentialID(e.ID); !ok || n != i {
			return false
		}
	}
	return true
}

// sequentialID returns n-1 for an ID "en" with n >= 1 in decimal without
// leading zeros, and false for any other ID.
func sequentialID(id string) (int, bool) {
	if len(id) < 2 || len(id) > 10 || id[0] != 'e' || id[1] == '0' {
		return 0, false
	}
	n := 0
	for i := 1; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n - 1, true
}

// tokenRange returns the tokens [first, last) that the source span
// [start, end) covers (first == last when it covers none). from is a
// token where the search may begin (0 if unknown): newEventBuilder
// passes the first token of the span before, as the mentions and the
// dates come in the text's order and most lie a few tokens apart. A
// from past the span's first token only costs the full search.
func (b *eventBuilder) tokenRange(start, end, from int) (int, int) {
	ns, ne := b.spans.NormSpan(start, end)
	toks := b.tx.Tokens
	// The first token ending after ns (sort.Search written out): the
	// tokens before lo end at or before it, the one at hi (if any)
	// after it. From a usable from, steps of 1, 2, 4 … bound it.
	lo, hi := 0, len(toks)
	if from > 0 && from <= len(toks) && toks[from-1].End <= ns {
		lo = from
		for step := 1; ; step *= 2 {
			p := lo + step - 1
			if p >= len(toks) {
				break
			}
			if toks[p].End > ns {
				hi = p
				break
			}
			lo = p + 1
		}
	}
	for lo < hi {
		k := int(uint(lo+hi) >> 1)
		if toks[k].End > ns {
			hi = k
		} else {
			lo = k + 1
		}
	}
	f := lo
	l := f
	for l < len(toks) && toks[l].Start < ne {
		l++
	}
	return f, l
}

// word returns the folded text of token k ("" for other tokens than
// Arabic words).
func (b *eventBuilder) word(k int) string {
	// words has a word per token: one unsigned comparison tells both
	// k < 0 and k past the last token.
	if uint(k) >= uint(len(b.words)) {
		return ""
	}
	return b.words[k]
}

// title returns the end of the title beginning at token k and ending at
// or before end, and whether a preposition is written on it.
func (b *eventBuilder) title(k, end int) (int, bool, bool) {
	if k < 0 || k >= len(b.titleEnd) || b.titleEnd[k] == 0 {
		return k, false, false
	}
	if b.sportsTeam(k) || b.prepositionAmam(k) {
		return k, false, false
	}
	if e := int(b.titleEnd[k]); e <= end {
		return e, b.titlePrep[k], b.titleNotUnit(e)
	}
	e, pro, ok := events.TitleProcliticWords(b.tx, b.words, k, end)
	return e, strings.ContainsAny(pro, "بل"), ok && b.titleNotUnit(e)
}

// prepositionAmam reports the preposition أمام "before, in front of" at
// token k, which folds as the title إمام "imam" does: written with the
// hamza above its alef it is the preposition (مؤتمر صحفي عقده أمام
// المقبرة was a meeting of "the imam of the tomb"); bare (امام) it stays
// either.
func (b *eventBuilder) prepositionAmam(k int) bool {
	if w := b.word(k); w != "امام" && w != "وامام" && w != "فامام" {
		return false
	}
	s, e := b.tx.TokenSource(k)
	return strings.Contains(b.tx.Source[s:e], "أمام")
}

// sportsTeam reports the rank word الفريق at token k naming a team: the
// first team (الفريق الأول, the article on الأول; the rank is الفريق أول)
// or a team of a sport (الفريق لكرة القدم).
func (b *eventBuilder) sportsTeam(k int) bool {
	w := b.word(k)
	if !strings.HasSuffix(w, "الفريق") && !strings.HasSuffix(w, "للفريق") {
		return false // the common case, without a trim
	}
	if t := trimConj(w); t != "الفريق" && t != "للفريق" && t != "بالفريق" {
		return false
	}
	next := b.word(k + 1)
	return next == "الاول" || next == "الثاني" || strings.HasPrefix(next, "لكره")
}

// titleNotUnit reports that the title ending before token e is not the
// name of a unit: a number after it (معسكر اللواء 55، الفرقة 17) makes a
// rank word a brigade or a division, no person.
func (b *eventBuilder) titleNotUnit(e int) bool {
	toks := b.tx.Tokens
	return e >= len(toks) || toks[e].Kind != normalize.Number
}

// punct returns the text of token k if it is punctuation, else "". The
// quotation marks around exactly one name (nameQuote: شركة "إيني") are
// read as words, "": they end no clause; mark returns them.
func (b *eventBuilder) punct(k int) string {
	if uint(k) < uint(len(b.nameQuote)) && b.nameQuote[k] {
		return ""
	}
	return b.mark(k)
}

// mark returns the punctuation of token k as punct does, and also the
// quotation marks around a name: for the rules that step over a quote
// themselves (نقلت الوكالة عن "المرصد السوري").
func (b *eventBuilder) mark(k int) string {
	toks := b.tx.Tokens
	if uint(k) >= uint(len(toks)) {
		return ""
	}
	tok := &toks[k]
	if tok.Kind != normalize.Punct {
		return ""
	}
	return b.tx.Norm[tok.Start:tok.End]
}

// unitOf returns the merge unit of section i and whether events are read
// in it at all.
func (b *eventBuilder) unitOf(i int) (int, bool) {
	if i < 0 || i >= len(b.doc.Sections) {
		return 0, false
	}
	s := b.doc.Sections[i]
	switch s.Kind {
	case Headline:
		return i, true
	case Title:
		return unitTitle, true
	case Paragraph, Dateline:
		return unitBody, true
	case Boilerplate:
		if s.Role == RoleRelated {
			return i, true
		}
	case Ticker:
		// A ticker without headline sections: one story.
		return i, true
	}
	return 0, false
}

// verbal reports an attack trigger that names an attack in words: a
// speech noun next to it (تصريحات هاجمتها دمشق، هتافات استهدفت الصندوق،
// حملة إعلامية) or an adjective that only words take (هجوما حادا، لاذعا،
// كلاميا).
func (b *eventBuilder) verbal(tr events.Trigger, first, last int) bool {
	// The words before reach back to a complementizer: قال في بيان إن
	// الاشتباكات أسفرت — the statement tells of arms.
	from := max(first, tr.First-3)
	for k := tr.First - 1; k >= from; k-- {
		if isBareComplementizer(b.word(k)) {
			from = k + 1
			break
		}
	}
	for k := from; k < min(last, tr.Last+3); k++ {
		if k >= tr.First && k < tr.Last {
			continue
		}
		w := strings.TrimPrefix(trimConj(b.word(k)), "ال")
		if isVerbalWord(w) {
			return true
		}
	}
	return false
}

// titleNationals gives the events of a title that name no actor the
// countries of the nationality adjectives the title uses (خلاف تركي روسي
// يهيمن على القمة الثلاثية: Turkey and Russia at the summit). A title is
// short and about one story; an adjective after a title (الرئيس التركي)
// belongs to its person.
func (b *eventBuilder) titleNationals(ds []*draft, s normalize.Sentence) {
	var ps []participant
	for k := s.First; k < s.Last; k++ {
		if b.tokMention[k] >= 0 || b.afterTitle(k, s.First) || b.vehicleNational(ds, k, s.First) || b.afterCurrency(k, s.First) {
			continue
		}
		if got := b.nationalActors(k, min(k+1, s.Last)); len(got) > 0 {
			ps = append(ps, got...)
		}
	}
	if len(ps) == 0 {
		return
	}
	for _, d := range ds {
		if len(d.parts) > 0 || sufferedBy(d.ev.Type) {
			continue
		}
		for _, p := range ps {
			if !containsParticipant(d.parts, p) {
				d.parts = append(d.parts, p)
			}
		}
	}
}

// afterCurrency reports whether token k directly follows a currency's
// name (الريال اليمني، الليرة اللبنانية، الجنيه المصري): the nationality
// says whose money it is, no party to an event.
func (b *eventBuilder) afterCurrency(k, first int) bool {
	if k <= first {
		return false
	}
	w := strings.TrimPrefix(trimConj(b.word(k-1)), "ال")
	return events.IsCurrency(w)
}

// tollOfCause gives a toll with no place of its own the place of the
// attack its sentence names right after it as its cause (أصيب 14 شخصا
// بمواجهات اندلعت … وسط مدينة الناصرية، قتل جنديان جراء قصف على بلدة X):
// the toll was taken where the fighting was; and a toll with no day of
// its own the attack's day, when it was taken.
func (b *eventBuilder) tollOfCause(ds []*draft) {
	for i, d := range ds {
		if d.dropped || d.ev.Type != events.Death && d.ev.Type != events.Injury {
			continue
		}
		needPlace, needTime := d.place == nil || b.frontedScene(d), d.time == nil
		if !needPlace && !needTime {
			continue
		}
		for _, p := range ds[i+1:] {
			if p.sent != d.sent {
				break
			}
			if p.dropped || p.ev.Type == events.Death || p.ev.Type == events.Injury {
				continue
			}
			if p.ev.Type != events.Attack {
				break
			}
			// The cause's own word (جراء، إثر، بسبب) opens no other
			// clause: clauseWord holds it, so the clause is read up to it.
			causeAt := p.tr.First
			if !strings.HasSuffix(p.tr.Proclitic, "ب") && isAnyConj(b.word(p.tr.First-1), "جراء", "اثر", "بسبب", "خلال", "في") {
				causeAt--
			}
			if p.tr.POS == events.Noun && p.tr.First-d.tr.Last <= 20 && (causeAt < p.tr.First || strings.HasSuffix(p.tr.Proclitic, "ب")) &&
				!b.clauseBetween(d.tr.Last, causeAt) {
				if needPlace && p.place != nil {
					pl := *p.place
					d.place = &pl
				}
				if needTime && p.time != nil {
					// أصيب ثلاثة مدنيين بانفجار لغم قرب قرية البغيلية يوم
					// الأحد الماضي: and then.
					t := *p.time
					d.time = &t
				}
			}
			break
		}
	}
}

// frontedScene reports a draft whose place is the one its sentence opens
// with, set off by a comma (وفي إدلب، قتل سبعة مدنيين في غارات على بلدة
// معرة النعمان): the region the sentence is set in, which a place the
// toll's cause names inside it makes more precise.
func (b *eventBuilder) frontedScene(d *draft) bool {
	x := b.openingPlace(b.tx.Sentences[d.sent])
	return x >= 0 && int(b.menLast[x]) < d.tr.First && d.place.Entity != "" && d.place.Entity == b.doc.Mentions[x].Entity
}

// clauseBetween reports a word that opens another clause (إن، أن، الذي،
// حيث، فيما), a mark that ends one, or another event word among tokens
// [from, to): what follows is no more the cause of what came before.
func (b *eventBuilder) clauseBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if p := b.punct(k); p != "" && endsClause(p) || b.trigAt[k] || clauseWord(b.word(k)) != 0 {
			return true
		}
	}
	return false
}

// vehicleNational reports whether token k follows an aid vehicle of ds
// right after its noun (طائرة إغاثة سعودية): the nationality of the
// vehicle, which names no giver.
func (b *eventBuilder) vehicleNational(ds []*draft, k, sentFirst int) bool {
	for _, d := range ds {
		if d.tr.Last == k && b.aidVehicle(d.tr, sentFirst) >= 0 {
			return true
		}
	}
	return false
}

// afterTitle reports whether token k directly follows a title (الرئيس
// التركي، وزير الخارجية الإيراني).
func (b *eventBuilder) afterTitle(k, first int) bool {
	for j := max(first, k-3); j < k; j++ {
		if e := int(b.titleEnd[j]); e != 0 && e >= k-1 && e <= k {
			return true
		}
	}
	return false
}

// sharePlaces gives an event without a place the place of the event of
// its type joined to it by و a little later in the sentence (ضربات
// صاروخية نفذها التحالف وغارات لطائراته على مقرات في ريف حلب), and an
// attack done by protesters the place of their protest.
func sharePlaces(ds []*draft) {
	for i, d := range ds {
		if d.place != nil {
			continue
		}
		for _, e := range ds[i+1:] {
			if e.tr.First-d.tr.Last > 10 {
				break
			}
			if e.ev.Type == d.ev.Type && e.place != nil && strings.HasPrefix(e.tr.Proclitic, "و") {
				d.place = e.place
				break
			}
			if d.ev.Type == events.Attack && d.tr.POS != events.Noun && e.ev.Type == events.Protest && e.tr.First == d.tr.Last && e.place != nil {
				// أحرق محتجون مقر القنصلية في البصرة: the protesters who
				// did it are where the protest is.
				d.place = e.place
				break
			}
		}
	}
}

// arrivedAndMet gives a meeting verb joined by و to the visit right
// before it (وصل الوزير إلى الرباط أمس، والتقى رئيس الحكومة; زار الرئيس
// بيروت والتقى فلانا), whose visitor takes part in it, the visit's place
// when it names none: the visitor met where he went.
func arrivedAndMet(ds []*draft) {
	for i, d := range ds {
		if i == 0 || d.place != nil || d.dropped || d.ev.Type != events.Meet || d.tr.POS == events.Noun || !strings.HasPrefix(d.tr.Proclitic, "و") {
			continue
		}
		v := ds[i-1]
		if v.dropped || v.ev.Type != events.Visit || v.place == nil || v.tr.Last > d.tr.First || d.tr.First-v.tr.Last > 25 || len(v.parts) == 0 {
			continue
		}
		if slices.ContainsFunc(d.parts, v.parts[0].same) {
			pl := *v.place
			d.place = &pl
		}
	}
}

// framingMeeting gives a meeting noun told as the frame of the event
// before it in its sentence (وقع الوزيران الاتفاقيات في نيامي، وذلك في
// ختام أشغال الدورة الثالثة للجنة المشتركة، على هامش الاجتماع) that
// event's place: what was done at the meeting was done where it met.
func (b *eventBuilder) framingMeeting(ds []*draft) {
	for i, d := range ds {
		if i > 0 && d.place != nil && d.ev.Type == events.Meet && d.tr.POS == events.Noun && !d.dropped {
			b.framedByMeeting(ds[:i], d)
			continue
		}
		if i == 0 || d.place != nil || d.ev.Type != events.Meet || d.tr.POS != events.Noun || d.dropped {
			continue
		}
		var p *draft // the nearest event before it with a place
		for j := i - 1; j >= 0 && p == nil; j-- {
			if ds[j].place != nil && !ds[j].dropped && ds[j].tr.Last <= d.tr.First {
				p = ds[j]
			}
		}
		if p == nil {
			continue
		}
		k := d.tr.First - 1
		for k > p.tr.Last && isAnyWord(trimConj(b.word(k)), "اشغال", "اعمال", "فعاليات") {
			k-- // ختام أشغال الدورة، خلال أعمال المؤتمر
		}
		if k-1 <= p.tr.Last || !isAnyWord(b.word(k), "ختام", "هامش", "خلال", "اثناء", "افتتاح") {
			continue
		}
		k--
		if b.word(k) == "في" || b.word(k) == "علي" {
			k--
		}
		if k > p.tr.Last && b.word(k) == "وذلك" {
			d.place = p.place
		}
	}
}

// framedByMeeting gives the event right before the meeting noun d, told
// as done at it (وقع البلدان اتفاقية، وذلك في ختام اجتماع اللجنة الذي عقد
// في أنقرة؛ وقع الوزيران مذكرة تفاهم على هامش المنتدى المنعقد في دبي),
// the meeting's place when it names none itself.
func (b *eventBuilder) framedByMeeting(before []*draft, d *draft) {
	p := before[len(before)-1]
	if p.place != nil || p.dropped || p.sent != d.sent || p.tr.Last > d.tr.First {
		return
	}
	switch p.ev.Type {
	case events.Agreement, events.Statement, events.Appeal, events.Decision, events.Establish:
	default:
		return // an attack or a death told before a meeting happened elsewhere
	}
	k := d.tr.First - 1
	for k > p.tr.Last && isAnyWord(b.word(k), "اشغال", "اعمال", "فعاليات") {
		k-- // في ختام أشغال الدورة
	}
	if k-1 <= p.tr.Last || !isAnyWord(trimConj(b.word(k)), "ختام", "هامش", "خلال", "اثناء") {
		return
	}
	p.place = d.place
}

// frontedOwner gives a meeting, call or visit noun with a possessive
// pronoun that opens its sentence (وفي لقائه وجهاء المحافظة، أكد الملك …؛
// وخلال زيارتها المدينة، دعت الوزيرة …) and names no one before it the
// subject of the verb its clause leads to: the owner of the pronoun is
// told after it, by the sentence's main verb.
func (b *eventBuilder) frontedOwner(ds []*draft, s normalize.Sentence) {
	for i, d := range ds {
		switch d.ev.Type {
		case events.Meet, events.Contact, events.Visit:
		default:
			continue
		}
		if d.dropped || len(d.parts) > 0 || !d.tr.Pronoun || d.tr.POS != events.Noun || b.inQuote[d.tr.First] {
			continue
		}
		lead := true // only في/خلال/أثناء before the noun
		for k := s.First; k < d.tr.First; k++ {
			if !isAnyWord(trimConj(b.word(k)), "في", "خلال", "اثناء") {
				lead = false
			}
		}
		if !lead {
			continue
		}
		comma := -1
		for k := d.tr.Last; k < s.Last; k++ {
			if p := b.punct(k); p == "," {
				comma = k
				break
			} else if p != "" {
				break
			}
		}
		if comma < 0 {
			continue
		}
		for _, e := range ds[i+1:] {
			if e.tr.First <= comma || e.tr.First > comma+2 {
				continue
			}
			if e.hasAgent && !e.dropped {
				d.parts = append(d.parts, e.agent)
			}
			break
		}
	}
}

// meetingOfAgreement gives an agreement without a time, of the drafts
// from first on (one sentence), the time of the meeting that the clause
// after it tells it was reached or signed at (للاتفاق الذي توصل إليه
// الوزيران خلال اجتماعهما المنعقد يوم 12 جوان؛ ووقّع الجانبان خلال
// الاجتماع اتفاقية), and its place if it has none: what was agreed at a
// meeting was agreed when and where it met. A definite meeting noun with
// no time of its own is the meeting told in the sentences just before
// (as mergeDefinite reads it), whose time it lends.
func (b *eventBuilder) meetingOfAgreement(first int) {
	ds := b.drafts[first:]
	for i, d := range ds {
		if d.ev.Type != events.Agreement || d.time != nil || d.dropped {
			continue
		}
		for _, m := range ds[i+1:] {
			if m.tr.First-d.tr.Last > 16 {
				break
			}
			if m.dropped || m.ev.Type != events.Meet && m.ev.Type != events.Agreement {
				break // another act between them: its setting is its own
			}
			if m.ev.Type != events.Meet || m.tr.POS != events.Noun || !isAnyWord(trimConj(b.word(m.tr.First-1)), "خلال", "اثناء") {
				continue
			}
			src := m
			if m.time == nil && m.definite() {
				src = nil
				for j := first - 1; j >= 0; j-- {
					e := b.drafts[j]
					if m.sent-e.sent > 3 || e.unit != m.unit {
						break
					}
					if !e.dropped && e.ev.Type == events.Meet && e.time != nil {
						src = e
						break
					}
				}
			}
			if src == nil || src.time == nil {
				break
			}
			t := *src.time
			d.time = &t
			if d.place == nil && src.place != nil {
				pl := *src.place
				d.place = &pl
			}
			break
		}
	}
}

// arrivedOnVisit reports a verb of arrival (وصل، يصل) followed in its
// clause, within twelve words, by في زيارة (في زيارة رسمية، في زيارة
// عمل): the arrival is the visit, whether or not where it went is a name
// (إلى البلاد، إلى العاصمة).
func (b *eventBuilder) arrivedOnVisit(tr events.Trigger, sentLast int) bool {
	if !isAnyConj(b.word(tr.First), "وصل", "وصلت", "يصل", "تصل", "وصلا", "وصلوا") {
		return false
	}
	for k := tr.Last; k+1 < sentLast && k < tr.Last+12; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return false
		}
		if b.word(k) == "في" && isAnyWord(b.word(k+1), "زياره", "جوله") {
			return true
		}
	}
	return false
}

// countrySubject reads a country or a capital named right after a verb
// of attack, with what it fired or struck after it with no preposition
// (أطلقت كوريا الشمالية صاروخا باليستيا، قصفت إسرائيل مواقع في غزة), as
// the verb's subject: the one who attacks, not where the attack fell.
func (b *eventBuilder) countrySubject(d *draft, sentLast int) {
	tr := d.tr
	if tr.Type != events.Attack || tr.POS == events.Noun || d.place == nil || tr.Last >= sentLast {
		return
	}
	x := b.tokMention[tr.Last]
	if x < 0 || int(b.menFirst[x]) != tr.Last || b.doc.Mentions[x].Label != LOC || b.doc.Mentions[x].Entity != d.place.Entity {
		return
	}
	e := int(b.menLast[x])
	if e >= sentLast || b.tokMention[e] >= 0 || b.tokDate[e] >= 0 || b.punct(e) != "" {
		return
	}
	w := b.word(e)
	if w == "" || strings.HasPrefix(w, "ال") || isNounPrep(w) || isAnyWord(w, "الي", "علي", "في", "من", "عن", "مع", "امس", "اليوم") ||
		strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "و") {
		return // قصفت الطائرات حلب بالصواريخ: no object of its own after it
	}
	for _, o := range b.sentTrs[d.sent] {
		if o.First == e && o.POS == events.Noun {
			// استهدف دمشق قصف صاروخي، استهدفت موسكو هجمات بمسيرات: an
			// event noun after the place is the verb's subject, and the
			// place its object, where the attack fell.
			return
		}
	}
	// A capital stands for its government; another city or a province
	// the data lists is where, not who.
	f := fold.String(b.doc.Mentions[x].Form)
	if _, ok := entities.CapitalCountry(f); !ok {
		if _, ok := entities.PlaceCountry(f); ok {
			return
		}
	}
	d.place = nil
	p := b.mentionParticipant(int(x))
	if !slices.ContainsFunc(d.parts, p.same) {
		d.parts = append(d.parts, p)
	}
	// قصفت إسرائيل مواقع في غزة: the place named after what it struck
	// (في، بـ) is where the attack fell.
	for k := e + 1; k < sentLast && k <= e+6; k++ {
		if pu := b.punct(k); pu != "" || b.trigAt[k] || isComplementizer(b.word(k)) {
			break
		}
		y := b.tokMention[k]
		if y < 0 {
			continue
		}
		if int(b.menFirst[y]) == k && b.doc.Mentions[y].Label == LOC && !b.rolePart[y] && y != x &&
			(b.word(k-1) == "في" || strings.HasPrefix(b.word(k), "ب") || isPlaceWord(b.word(k-1))) {
			d.place = b.placeArg(int(y), b.sentenceFirst(k))
			return
		}
		k = int(b.menLast[y]) - 1
	}
}

// receivedAt returns the token after في استقباله (استقبالها،
// استقبالهم) in a clause after a verb of arrival whose subject is a
// delegation (وصل الوفد إلى جوبا مساء أمس، وكان في استقباله بالمطار
// فلان), or -1: a delegation's arrival with a reception is a visit, told
// by where it arrived though the visitor is not named.
func (b *eventBuilder) receivedAt(tr events.Trigger, sentLast int) int {
	if !isAnyConj(b.word(tr.First), "وصل", "وصلت", "وصلا", "وصلوا") || !b.delegationAt(tr) {
		return -1
	}
	for k := tr.Last; k+1 < sentLast && k < tr.Last+30; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return -1
		}
		if b.word(k) == "في" && isAnyWord(b.word(k+1), "استقباله", "استقبالها", "استقبالهم", "استقبالهما") {
			return k + 2
		}
	}
	return -1
}

// delegationAt reports a delegation (وفد) as the subject of the verb of
// arrival tr: right after it (وصل وفد الحكومة) or before it, within four
// words (وكان وفد الحكومة الانتقالية قد وصل). Persons coming home (حيث
// وصل العمال، وكان في استقبالهم) make no visit.
func (b *eventBuilder) delegationAt(tr events.Trigger) bool {
	isDelegation := func(k int) bool {
		w := b.word(k) // وفد: its و is the word's, which trimConj takes off
		return isAnyWord(w, "وفد", "الوفد", "وفود", "الوفود") || isAnyWord(trimConj(w), "وفد", "الوفد", "وفود", "الوفود")
	}
	if isDelegation(tr.Last) {
		return true
	}
	for k := tr.First - 1; k >= 0 && k >= tr.First-5; k-- {
		if b.punct(k) != "" {
			return false
		}
		if isDelegation(k) {
			return true
		}
	}
	return false
}

// receivers gives a visit told by an arrival whose visitor is not named
// the persons who received it (وكان في استقباله بمطار جوبا وزير الدولة
// فلان وفلان): the persons named from token from to the sentence's end.
func (b *eventBuilder) receivers(d *draft, from, sentLast int) {
	for k := from; k < sentLast; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return
		}
		if x := b.tokMention[k]; x >= 0 && b.doc.Mentions[x].Label == PER {
			if p := b.mentionParticipant(int(x)); !slices.ContainsFunc(d.parts, p.same) {
				d.parts = append(d.parts, p)
			}
		}
	}
}

// welcomedBy adds to a visit the person who welcomed the visitor, told
// after it in its sentence (ووصل الوزير إلى الرياض، وكان في استقباله
// بالمطار نائب وزير الخارجية فلان): the first person named after في
// استقباله, within twelve words (the place of the welcome, a title) and
// with no mark but a comma between.
func (b *eventBuilder) welcomedBy(d *draft, sentLast int) {
	if d.ev.Type != events.Visit || d.dropped || len(d.parts) == 0 {
		return
	}
	for k := d.tr.Last; k+1 < sentLast; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return
		}
		if b.word(k) != "في" || !isAnyWord(b.word(k+1), "استقباله", "استقبالها", "استقبالهم", "استقبالهما") {
			continue
		}
		for j := k + 2; j < sentLast && j < k+14; j++ {
			if p := b.punct(j); p != "" && p != "," {
				return
			}
			if x := b.tokMention[j]; x >= 0 && b.doc.Mentions[x].Label == PER {
				if p := b.mentionParticipant(int(x)); !slices.ContainsFunc(d.parts, p.same) {
					d.parts = append(d.parts, p)
				}
				return
			}
		}
		return
	}
}

// isTeaser reports whether a related-story section is the lede of
// another story of the same day (the teasers that end CNN pages: "أعلن
// الجيش، الأحد، …"), read like body text and dated like the article,
// rather than a headline after a read-more cue (اقرأ أيضا: …).
func isTeaser(tx *normalize.Text, sec Section) bool {
	ns, ne := tx.NormSpan(sec.Start, sec.End)
	f := asciiLower(tx.Norm[ns:min(ne, ns+runeBoundary(tx.Norm[ns:ne], 200))])
	return hasAnyPrefix(f, pagePhrases()["related"]) == "" && countFields(f, 12) >= 12
}

// habitual reports an imperfect verb told as what is done as a rule:
// after عادة ما، غالبا ما، كثيرا ما، دائما ما (a word may stand between
// them and the verb: عادة ما كان يعلن) or right after عادة, or with عادة
// among the five words after it, past its subject (يعلن البنك المركزي
// المصري عادة قراراته). Such a verb
// tells no event of the story.
func (b *eventBuilder) habitual(tr events.Trigger, sentFirst, sentLast int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-3 && b.punct(k) == ""; k-- {
		w := trimConj(b.word(k))
		if w == "عاده" && k == tr.First-1 {
			return true
		}
		if w == "ما" && k > sentFirst && isAnyWord(trimConj(b.word(k-1)), "عاده", "غالبا", "كثيرا", "دايما") {
			return true
		}
	}
	for k := tr.Last; k < sentLast && k < tr.Last+5 && b.punct(k) == ""; k++ {
		if b.word(k) == "عاده" {
			return true
		}
	}
	return false
}

func (b *eventBuilder) run() {
	tx := b.tx
	trs := b.runTrs[:0]
	// The sentences and their triggers come in the text's order: one
	// cursor maps them all.
	b.spans = tx.Cursor()
	for si, s := range tx.Sentences {
		if s.First >= s.Last {
			continue
		}
		src, _ := b.spans.TokenSource(s.First)
		sec := b.doc.SectionAt(src, src)
		unit, ok := b.unitOf(sec)
		if !ok {
			continue
		}
		trs = append(trs[:0], b.sentTrs[si]...)
		b.runTrs = trs // its memory, for the next sentence and document
		kept := trs[:0]
		chargeEnd := -1
		for ti, tr := range trs {
			if tr.Type == events.Meet && (b.pressFrame(trs, ti) || b.soloPress(tr, s.First)) {
				continue // قال الوزير في مؤتمر صحفي بالقاهرة إن: where the statement was made
			}
			if b.tokMention[tr.First] >= 0 {
				continue // a word of a name: عين in عين العرب
			}
			if b.tokDate[tr.First] >= 0 {
				continue // a word of a date: فجر الثلاثاء (at dawn)
			}
			if tr.POS == events.Imperfect && b.habitual(tr, s.First, s.Last) {
				continue // تنظيم داعش عادة ما يتبنى مثل هذه الهجمات: what is done as a rule, no event
			}
			if tr.Type == events.Attack && b.firedInAir(tr, s.Last) {
				continue // أطلقت الشرطة النار في الهواء: warning shots, no one attacked
			}
			if (tr.Type == events.Death || tr.Type == events.Injury) && tr.POS == events.Noun && b.deniedToll(tr, s.First) {
				continue // دون أن يسفر عن إصابات، لم يسفر عن وقوع أي إصابات: no one was hurt
			}
			if tr.Type == events.Injury && tr.POS == events.Noun && len(kept) > 0 && b.visitsVictims(kept[len(kept)-1]) == tr.First {
				continue // زار الوزير الجرحى: the wounded told before, visited
			}
			if tr.Type == events.Injury && tr.POS == events.Noun && b.carriedWounded(tr, s.First) && b.typeToldBefore(events.Injury, unit) {
				continue // ونقل 23 مصابا إلى المستشفى: the wounded told before, taken to hospital
			}
			if tr.Type == events.Injury && b.sickness(tr, si) {
				continue // حالات الإصابة بالكوليرا، ارتفاع أعداد المصابين in an epidemic: the sick
			}
			if tr.Type == events.Statement && b.declaredThing(tr, s.First) {
				continue // الهدنة التي أعلنتها روسيا، الإجراءات التي أعلنها الوزير: a thing named by what declared it
			}
			if tr.Type == events.Statement && b.claimedOfThing(tr, s.First) {
				continue // طائرة مسيرة قالت إسرائيل إنها اخترقت أجواءها، وهو ما تنفيه قطر: a thing described by who claims it
			}
			if tr.POS == events.Noun && b.inOrgName(tr, s.First) {
				continue // الهيئة الوطنية للانتخابات، لجنة الإغاثة: a body's name
			}
			if tr.POS == events.Noun && tr.Article && b.isHead(strings.TrimPrefix(b.tx.Norm[tr.Start:b.tx.Tokens[tr.First].End], "ال")) {
				continue // المؤتمر: the conference named before
			}
			if tr.POS == events.Noun && (b.chargeOf(tr) || tr.First == chargeEnd) {
				// بإعدام 17 متهما في وقائع "تفجير كنائس"، بتهمة الاغتيال:
				// what a trial is about, and the noun right after it
				// (استهداف كمين أمني).
				chargeEnd = tr.Last
				continue
			}
			if tr.POS == events.Perfect && tr.First > s.First && isChargeWord(b.word(tr.First-1)) {
				// محكومون في قضايا قتل، بتهمة قتل: the masdar spelled like
				// the past verb (قتل) right after a noun of charges or cases
				// is a crime charged, no verb can stand there.
				continue
			}
			if tr.POS == events.Noun && isTopicNoun(strings.TrimPrefix(trimConj(b.word(tr.First-1)), "ب")) {
				continue // أزمة اللجوء، ملف التعيينات، طاولة المفاوضات: a topic, not an event
			}
			if tr.Type == events.Attack && b.verbal(tr, s.First, s.Last) {
				continue // شن هجوما حادا على الحكومة، تصريحات هاجمتها دمشق: words, not arms
			}
			if tr.Type == events.Arrest && tr.Lemma == "التحفظ" && !b.personAfter(tr.Last) {
				continue // التحفظ على الأموال، التحفظ على المستندات: assets held, no one arrested
			}
			if tr.Type == events.Attack && b.planAims(tr, s.First) {
				continue // حملة تطعيم تستهدف مليوني شخص، برنامج يستهدف الشباب: what a plan aims at
			}
			if tr.Type == events.Attack && b.figurative(tr, s.Last) {
				continue // معارك انتخابية، انفجار الأوضاع، اقتحام الأسواق: no arms
			}
			if tr.Lemma == "إعدام" && strings.HasSuffix(tr.Proclitic, "ب") {
				tr.Type, tr.CAMEO = events.Trial, "" // حكم عليه بالإعدام: a sentence
			}
			if tr.Type == events.Attack && tr.Lemma == "إطلاق" && b.after(tr.First, 3, isStopWord) {
				tr.Type, tr.CAMEO = events.Agreement, events.CAMEO(events.Agreement) // وقف دائم لإطلاق النار
			}
			if tr.Type == events.Aid && len(kept) > 0 {
				// وصول مساعدات، وصلت قافلة مساعدات: the aid's arrival.
				if p := kept[len(kept)-1]; p.Type == events.Visit && tr.First-p.Last <= 2 && (p.Lemma == "وصل" || p.Lemma == "يصل" || p.Lemma == "وصول") {
					kept = kept[:len(kept)-1]
				}
			}
			if tr.Type == events.Aid && tr.POS == events.Noun && strings.HasSuffix(tr.Proclitic, "ل") && len(kept) > 0 {
				// وخصصت أستراليا مبلغ 43 مليون دولار للمساعدات الإنسانية،
				// تبرعت بمليون دولار للإغاثة: what the money given just
				// before is for, the same aid.
				if p := kept[len(kept)-1]; p.Type == events.Aid && p.POS != events.Noun && tr.First-p.Last <= 8 && !b.punctBetween(p.Last, tr.First) {
					continue
				}
			}
			if len(kept) > 0 && tr.Type != events.Suspend {
				// وقف مساعداتها، تعليق المحادثات: what is stopped is no event.
				if p := kept[len(kept)-1]; p.Type == events.Suspend && tr.First-p.Last <= 1 {
					continue
				}
			}
			if tr.Type == events.Meet && tr.POS == events.Noun && tr.Article && tr.Proclitic == "" && !tr.Pronoun && len(kept) > 0 {
				// وانتخب المؤتمر فلانا رئيسا له، وقرر الاجتماع تشكيل لجنة:
				// the meeting named right after a verb of a body's act is
				// its subject, the body that met, no meeting of its own;
				// the verb reads its object past it.
				if p := kept[len(kept)-1]; p.Last == tr.First && (p.POS == events.Perfect || p.POS == events.Imperfect) && bodyAct(p.Type) {
					continue
				}
			}
			if tr.Type == events.Meet && tr.POS == events.Noun && len(kept) > 0 {
				// يلتئم في جلسة، اجتمع مجلس الوزراء في جلسة طارئة: the form
				// of the meeting the verb tells, not another one.
				if p := kept[len(kept)-1]; p.Type == events.Meet && p.POS != events.Noun &&
					tr.First-p.Last <= 6 && b.word(tr.First-1) == "في" && !b.punctBetween(p.Last, tr.First) {
					continue
				}
			}
			if tr.Type == events.Agreement && tr.POS == events.Noun && len(kept) > 0 {
				// وقعت الشركة اتفاقا مع توتال، توقيع اتفاق لوقف إطلاق
				// النار: what is signed, or the kind of the agreement, is
				// the same agreement, and its words go on with its sides
				// and place.
				if p := kept[len(kept)-1]; p.Type == events.Agreement &&
					(tr.First == p.Last || tr.First-p.Last <= 12 && isSignLemma(p.Lemma)) && !b.punctBetween(p.Last, tr.First) {
					continue
				}
			}
			if tr.Type == events.Election && tr.POS == events.Noun && len(kept) > 0 && pollingPlace(b.word(tr.First-1)) {
				// جال الوزير على أقلام الاقتراع في المدينة: the polling
				// stations are what the visit saw, and the place after
				// them the visit's.
				if p := kept[len(kept)-1]; p.Type == events.Visit && tr.First-p.Last <= 8 && !b.punctBetween(p.Last, tr.First) {
					continue
				}
			}
			if tr.Type == events.Visit && len(kept) > 0 {
				// طائرة مساعدات تصل دمشق: the aid's arrival, not a visit.
				if p := kept[len(kept)-1]; p.Type == events.Aid && tr.First-p.Last <= 3 {
					continue
				}
			}
			kept = append(kept, tr)
		}
		trs = kept
		area := b.doc.Sections[sec].Area()
		teaser := area == "related" && isTeaser(tx, b.doc.Sections[sec])
		headline := area == "ticker" || area == "title" || area == "related" && !teaser
		first := len(b.drafts)
		for ti, tr := range trs {
			if tr.Type == events.Appeal && tr.POS == events.Perfect && tr.Lemma == "طلب" && tr.Proclitic == "" && tr.First > s.First && isNounPrep(trimConj(b.word(tr.First-1))) {
				// وافقت الهيئة على طلب اندماج، بناء على طلب الحكومة: the
				// noun, an application, no appeal; what is applied for is
				// no party of the word before it either (the trigger still
				// ends that word's window).
				continue
			}
			if b.irrealis(tr, trs[:ti], s.First) {
				continue
			}
			// Status cues after a trigger stop at the next one (أعلن عن
			// اللقاء المرتقب: the meeting is planned, the statement made).
			statusEnd := s.Last
			if ti+1 < len(trs) {
				statusEnd = trs[ti+1].First
			}
			status := events.StatusWords(tx, b.words, tr, s.First, statusEnd)
			if b.deniedAct(tr, s.First) {
				continue // عدم دعوته، لم يوقع: no act took place
			}
			d := b.arena.new()
			d.tr, d.unit, d.sent = tr, unit, si
			d.ev = Event{
				Type: tr.Type, CAMEO: tr.CAMEO, Section: sec, Status: status,
			}
			ts, te := b.spans.SourceSpan(tr.Start, tr.End)
			d.ev.Trigger = Span{Text: tx.Source[ts:te], Start: ts, End: te}
			if headline && d.ev.Status == events.Ongoing {
				d.ev.Status = events.Past
			}
			if d.ev.Status == events.Past && tr.POS == events.Noun && b.futureLight(tr, s.First) {
				d.ev.Status = events.Planned // ستفرض عقوبات، سيترأس الملك القمة
			}
			d.relativeOK = !(area == "ticker" || area == "related" && !teaser)
			d.toVictims = tr.Type == events.Visit && b.visitsVictims(tr) >= 0
			d.toSite = tr.Type == events.Visit && b.visitsSite(tr)
			d.onVisit = tr.Type == events.Visit && tr.POS != events.Noun && b.arrivedOnVisit(tr, s.Last)
			recv := -1
			if tr.Type == events.Visit && tr.POS != events.Noun {
				recv = b.receivedAt(tr, s.Last)
			}
			d.received = recv >= 0
			d.signsTold = b.signsTold(tr, si)
			d.heldHere = tr.POS == events.Noun && tr.Article && (b.heldClauseAfter(tr) || b.heldVerbBefore(tr, s.First)) && !b.typeToldBefore(tr.Type, unit) ||
				tr.Type == events.Decision && tr.POS == events.Noun && tr.Article && b.declaredBy(tr, s.First)
			d.unnamed = tr.Type == events.Protest && tr.POS != events.Noun && events.IsPeopleNoun(trimConj(b.word(tr.Last)), events.PeopleCrowd) ||
				tr.Type == events.Arrest && (tr.POS != events.Noun || !tr.Article) && b.countedHeld(tr, s.Last) && !b.typeToldBefore(events.Arrest, unit)
			b.arguments(d, trs, ti, s, headline)
			b.sidesSetting(d)
			b.protestersClosing(d, s)
			b.mediators(d, s)
			if x := b.tokMention[max(tr.Near, 0)]; tr.Near > 0 && x >= 0 {
				// لقي فيه بحاران حتفهما read as a name: the word the
				// verb needs (حتفهما) is no one's name.
				d.parts = slices.DeleteFunc(d.parts, func(p participant) bool { return p.same(b.mentionParticipant(int(x))) })
			}
			if d.received && len(d.parts) == 0 {
				b.receivers(d, recv, s.Last)
			}
			if d.toSite && d.place == nil && tr.POS != events.Noun {
				if x := b.visitedWorks(tr); x >= 0 {
					d.place = b.placeArg(x, s.First) // وصل الوزير إلى المصفى: the works' town
				}
			}
			b.countrySubject(d, s.Last)
			b.meetingBody(d, si)
			b.welcomedBy(d, s.Last)
			b.openedPlace(d)
			b.escapedFrom(d)
			b.cargoPlace(d, s.First)
			b.electedCouncil(d)
			b.duringVisit(d)
			b.celebrated(d)
			b.occasionTime(d, s)
			b.requestOfOthers(d)
			if (tr.POS == events.Imperfect && d.ev.Status != events.Planned && d.ev.Status != events.Negated ||
				tr.POS == events.Noun && d.ev.Status == events.Past) && b.futureTime(d) {
				// ويزور الرئيس … بيروت الأسبوع المقبل; تستضيف الرياض يوم
				// الأحد 15/3/1440هـ اجتماعا: what its own date puts after
				// the article's day is yet to be.
				d.ev.Status = events.Planned
			}
			b.purposeOfVerb(d, s.First)
			b.callOfVerb(d)
			b.decisionOfVerb(d)
			b.verbalAttack(d)
			b.releaseOfPardon(d)
			b.heldAtIncident(d)
			if d.place == nil && tr.POS == events.Noun {
				b.similarEvent(d)
			}
			b.drafts = append(b.drafts, d)
			b.splitAppointees(d, s.First, s.Last)
			b.splitCalls(d, s.Last)
		}
		b.headlineStatement(si, s, sec, unit, headline)
		if area == "title" {
			b.titleNationals(b.drafts[first:], s)
		}
		b.announced(b.drafts[first:])
		b.outcomeFight(b.drafts[first:], s.First)
		sharePlaces(b.drafts[first:])
		arrivedAndMet(b.drafts[first:])
		b.framingMeeting(b.drafts[first:])
		b.frontedOwner(b.drafts[first:], s)
		b.meetingOfAgreement(first)
		b.foldConsequences(b.drafts[first:])
		b.raidOfArrest(b.drafts[first:])
		b.tollOfCause(b.drafts[first:])
		b.visitInFrame(b.drafts[first:], s)
		b.companions(b.drafts[first:], s)
		b.partners(b.drafts[first:], s)
		b.sidelines(b.drafts[first:], s, unit, first)
		if !headline {
			b.electionResults(s, unit, first)
		}
		if !headline {
			// After the causes gave their places (قتلوا جراء الغارات على
			// ريف حلب), what is left takes the incident's before it.
			for _, d := range b.drafts[first:] {
				b.placeBefore(d)
			}
		}
	}
}

// requestOfOthers takes from a request told by طلب the subject of a verb
// that receives, refers, weighs or answers it (أحال مجلس الأمة طلب
// استجواب الوزير إلى اللجنة، تلقى المجلس طلبا من الحكومة، ناقش المجلس طلب
// الشركة): that body handles someone else's request and asks nothing
// itself. طلب right after such a verb's subject is that verb's object,
// a noun, though it reads as the perfect "he asked" too. A verb that
// makes the request (قدم النائب طلب استجواب) is a light verb, its
// subject the one who asks.
func (b *eventBuilder) requestOfOthers(d *draft) {
	tr := d.tr
	if d.ev.Type != events.Appeal || tr.POS != events.Noun && tr.POS != events.Perfect || tr.Lemma != "طلب" || tr.First == 0 {
		return
	}
	x := b.tokMention[tr.First-1]
	if x < 0 || b.menFirst[x] == 0 {
		return
	}
	// وافق begins with و of its root: matched as written, with or
	// without a conjunction before it.
	if v := b.word(int(b.menFirst[x]) - 1); !isHandlingVerb(trimConj(v)) && !isAnyWord(v, "وافق", "وافقت", "ووافق", "ووافقت") {
		return
	}
	subject := b.mentionParticipant(int(x))
	d.parts = slices.DeleteFunc(d.parts, func(p participant) bool { return p.same(subject) })
	if d.hasAgent && d.agent.same(subject) {
		d.hasAgent = false
	}
}

// isHandlingVerb reports the folded verbs of a body that handles a
// request made by others: receives it (تلقى، تسلم، استلم), refers it
// (أحال), weighs it (ناقش، درس، بحث) or answers it (قبل، رفض، وافق).
func isHandlingVerb(w string) bool {
	switch w {
	case "احال", "احالت", "يحيل", "تحيل", "تلقي", "تلقت", "يتلقي", "تتلقي", "تسلم", "تسلمت", "يتسلم", "استلم", "استلمت", "يستلم", "تستلم",
		"ناقش", "ناقشت", "يناقش", "تناقش", "درس", "درست", "يدرس", "تدرس", "بحث", "بحثت", "يبحث", "تبحث",
		"قبل", "قبلت", "يقبل", "تقبل", "رفض", "رفضت", "يرفض", "ترفض", "يوافق", "توافق":
		return true
	}
	return false
}

// occasionTime dates a statement or a call with no day of its own made at
// an occasion the text told before it (وقال الوزير في كلمة خلال حفل
// الافتتاح، وأوضح المدير في كلمة بالمناسبة، وأكد في تصريح صحفي عقب
// الجولة، وخلال التدشين، دعا المحافظ): the words were said there and
// then, so the occasion's day is theirs. The occasion is the latest event
// dated by one day before it in its story, in its sentence or the three
// before, of the kind its noun names (occasionKinds), any kind but words
// said for المناسبة and الحفل.
func (b *eventBuilder) occasionTime(d *draft, s normalize.Sentence) {
	if d.time != nil || d.ev.Type != events.Statement && d.ev.Type != events.Appeal {
		return
	}
	kinds, ok := b.occasionAt(d.tr, s)
	if !ok {
		return
	}
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.sent < d.sent-3 || p.unit != d.unit {
			break
		}
		if p.time == nil || p.toldTime || p.ev.Type == events.Statement || p.ev.Type == events.Appeal || strings.Contains(p.time.Value, "/") {
			// A span of days (اجتماعات اللجنة التي التأمت من 17 إلى 19
			// يوليو، حملة تستمر ستة أيام) is no one day's occasion.
			continue
		}
		if kinds != nil && !slices.Contains(kinds, p.ev.Type) {
			continue
		}
		t := *p.time
		d.time = &t
		return
	}
}

// occasionAt reports the occasion the clause of the statement trigger tr
// names, after it and before what was said (في كلمة بالمناسبة، في كلمة
// خلال حفل الافتتاح، في تصريح عقب الجولة) or opening the clause before it
// (وخلال التدشين، دعا), and the kinds of event it can be (nil: any).
func (b *eventBuilder) occasionAt(tr events.Trigger, s normalize.Sentence) ([]string, bool) {
	from := max(s.First, tr.First-4)
	for k := tr.First - 1; k >= from; k-- {
		if p := b.punct(k); p != "" && p != "," {
			from = k + 1
			break
		}
	}
	for k := from; k < min(s.Last, tr.Last+15); k++ {
		if k > tr.Last && (isComplementizer(b.word(k)) || b.punct(k) != "" && b.punct(k) != ",") {
			break
		}
		w := trimConj(b.word(k))
		if w == "بالمناسبه" || w == "المناسبه" && isAnyWord(b.word(k-1), "في", "بهذه") {
			return nil, true
		}
		if !isAnyWord(w, "خلال", "عقب", "بعد", "اثناء", "في") || k+1 >= s.Last {
			continue
		}
		n := b.word(k + 1)
		if n == "حفل" && k+2 < s.Last {
			if kinds := occasionKinds(b.word(k + 2)); kinds != nil {
				return kinds, true
			}
			return nil, true
		}
		if n == "الحفل" {
			return nil, true
		}
		if kinds := occasionKinds(n); kinds != nil {
			return kinds, true
		}
	}
	return nil, false
}

// occasionKinds gives the kinds of event a definite occasion noun (folded)
// refers back to: an opening or a launch (الافتتاح، التدشين: a body,
// a facility or a campaign, told as established or as aid), a signing
// (التوقيع), a visit or a tour (الزيارة، الجولة), a meeting (الاجتماع،
// اللقاء); nil for any other word.
func occasionKinds(w string) []string {
	switch w {
	case "الافتتاح", "التدشين":
		return []string{events.Establish, events.Aid}
	case "التوقيع":
		return []string{events.Agreement}
	case "الزياره", "الجوله":
		return []string{events.Visit}
	case "الاجتماع", "اللقاء":
		return []string{events.Meet}
	}
	return nil
}

// celebrated takes the place from an event noun that people celebrate or
// welcome (خرج الآلاف في الخرطوم احتفالا بالتوقيع، ابتهاجا بالإفراج عن
// الأسرى): the place is where they celebrate, not where the event
// happened, which the text tells elsewhere or not at all. A place the
// event's own words name after it, in its clause and within twelve
// tokens, stays (ابتهاجا بالإفراج عن الأسرى من سجن عوفر).
func (b *eventBuilder) celebrated(d *draft) {
	tr := d.tr
	if d.place == nil || tr.POS != events.Noun || !strings.HasSuffix(tr.Proclitic, "ب") || tr.First == 0 {
		return
	}
	if !isAnyConj(b.word(tr.First-1), "احتفالا", "احتفاء", "ابتهاجا", "فرحا", "ترحيبا") {
		return
	}
	for k := tr.Last; k < b.tx.Sentences[d.sent].Last && k < tr.Last+12 && b.punct(k) == ""; k++ {
		if x := b.tokMention[k]; x >= 0 && b.doc.Mentions[x].Label == LOC && int(b.menFirst[x]) == k &&
			(d.place.Entity != "" && b.doc.Mentions[x].Entity == d.place.Entity || d.place.Text == b.doc.Mentions[x].Text) {
			return
		}
	}
	d.place = nil
}

// carriedWounded reports an injury noun right after a verb of carrying
// or first aid and the count of the wounded (ونقل 23 مصابا إلى، أسعفت
// الجرحى، نقل المصابون): those taken to hospital are the wounded the
// text told before, no second injury.
func (b *eventBuilder) carriedWounded(tr events.Trigger, sentFirst int) bool {
	k := tr.First - 1
	if k > sentFirst && (b.tx.Tokens[k].Kind == normalize.Number || isApprox(b.word(k))) {
		k--
	}
	if k < sentFirst {
		return false
	}
	return isCarryVerb(trimConj(b.word(k)))
}

// isCarryVerb reports a verb (folded, without its conjunction) of carrying
// the wounded or the dead, or of first aid (نقل، نقلت، أسعفت).
func isCarryVerb(w string) bool {
	switch w {
	case "نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "اسعف", "اسعفت", "يسعف", "نقله":
		return true
	}
	return false
}

// carriedTo reports the place mention m named after إلى as where a verb
// of carrying in its clause, at most six words before, took someone
// (نقلت سيارات الإسعاف المصابين إلى مستشفى أسوان): where they were taken
// after an incident, not where a later act of the sentence was done.
func (b *eventBuilder) carriedTo(m int) bool {
	k := int(b.menFirst[m]) - 1
	if k < 1 || b.word(k) != "الي" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if b.punct(j) != "" {
			return false
		}
		if isCarryVerb(trimConj(b.word(j))) {
			return true
		}
	}
	return false
}

// countedHeld reports an arrest verb, or an indefinite verbal noun,
// whose object, within six words in its clause, is a count of people
// (أوقفت وحدات الأمن 12 شخصا، اعتقلت الشرطة ثلاثة أشخاص، القبض على ثلاثة
// منهم، اعتقال عدد من المشتبه بهم): a count, then a noun of persons or
// منهم, or عدد من before one (the noun may take the article there).
func (b *eventBuilder) countedHeld(tr events.Trigger, sentLast int) bool {
	lim := tr.Last + 6
	for k := tr.Last; k < sentLast && k < lim; k++ {
		if b.punct(k) != "" {
			// أوقفت الشرطة، يوم الاقتراع، خمسة أشخاص: a time set off by
			// commas, which the trigger's check read past too.
			if e := events.TimeAside(b.tx, b.words, k); e > k {
				lim += e - k + 1
				k = e
				continue
			}
			return false
		}
		if w := trimConj(b.word(k)); (w == "عدد" || w == "عددا") && k+2 < sentLast && b.word(k+1) == "من" {
			return events.IsPeopleNoun(strings.TrimPrefix(b.word(k+2), "ال"), events.PeopleHeld)
		}
		if _, next, ok := events.Number(b.tx, k, sentLast); ok {
			return next < sentLast && events.IsPeopleNoun(trimConj(b.word(next)), events.PeopleHeld)
		}
	}
	return false
}

// isNounPrep reports the prepositions (folded) that a noun follows and a
// verb never does: طلب after one is the noun (على طلب، بعد طلب).
func isNounPrep(w string) bool {
	switch w {
	case "علي", "في", "الي", "عن", "من", "بعد", "قبل", "حول", "بشان", "رغم", "دون", "عقب":
		return true
	}
	return false
}

// bodyAct reports the types of event a meeting may do as a body, its
// subject right after the verb (انتخب المؤتمر، قرر الاجتماع، عين
// المجلس): an election, a decision, an appointment, a dismissal or a body
// set up. Not words (أكد المؤتمر: a statement's speaker is read from
// names) nor acts a meeting suffers.
func bodyAct(typ string) bool {
	switch typ {
	case events.Election, events.Decision, events.Appoint, events.Dismiss, events.Establish:
		return true
	}
	return false
}

// meetingBodyBack is how many drafts back meetingBody looks for the
// meeting its act's subject names (a unit's events are far fewer).
const meetingBodyBack = 64

// meetingBody gives the act of a body whose subject is a meeting named
// right after its verb (وانتخب المؤتمر فلانا رئيسا له: the meeting
// noun is left out, see bodyAct) the organization of the meeting of that
// noun told before in the unit (اختتم المؤتمر العام لحزب العدالة
// والتنمية أعماله): the body that met acts. Only when that meeting names
// exactly one organization.
func (b *eventBuilder) meetingBody(d *draft, si int) {
	tr := d.tr
	if tr.POS == events.Noun || tr.POS == events.Participle || !bodyAct(tr.Type) {
		return
	}
	var noun *events.Trigger
	for i := range b.sentTrs[si] {
		if o := &b.sentTrs[si][i]; o.First == tr.Last && o.Type == events.Meet && o.POS == events.Noun && o.Article && o.Proclitic == "" && !o.Pronoun {
			noun = o
			break
		}
	}
	if noun == nil {
		return
	}
	// At most meetingBodyBack drafts back: a line of such acts with no
	// meeting told before them costs no more than one.
	for i := len(b.drafts) - 1; i >= 0 && i >= len(b.drafts)-meetingBodyBack; i-- {
		p := b.drafts[i]
		if p.unit != d.unit {
			break
		}
		if p.ev.Type != events.Meet || p.tr.Lemma != noun.Lemma {
			continue
		}
		var org participant
		n := 0
		for _, q := range p.parts {
			if j, ok := b.entityIndex(q.entity); ok && b.doc.Entities[j].Label == ORG {
				org = q
				n++
			}
		}
		if n == 1 && !containsParticipant(d.parts, org) && len(d.parts) < 6 {
			d.parts = append([]participant{org}, d.parts...)
		}
		return
	}
}

// deniedToll reports a toll noun the text denies: a negation (لم، لن،
// لا، دون، بدون، عدم، بعدم) opens its clause at most six tokens before
// it, and only the words of a toll's report stand between (أن، a result,
// record or existence verb — يسفر، يودي، يسجل، يقع، يوجد — and one
// definite word after a result verb, عن، إلى، وقوع، سقوط، تسجيل، حدوث،
// أي): لم يسفر عن وقوع أي
// إصابات، دون أن يسفر عن إصابات، دون تسجيل إصابات، عدم وقوع إصابات. Any
// other word, or a punctuation mark, ends the search (لم يعرف عدد
// القتلى).
func (b *eventBuilder) deniedToll(tr events.Trigger, sentFirst int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-6; k-- {
		if b.punct(k) != "" {
			return false
		}
		w := b.word(k)
		if isAnyConj(w, "لم", "لن", "لا", "دون", "بدون", "عدم", "بعدم") {
			return true
		}
		if isAnyConj(w, "ان", "عن", "الي", "اي", "وقوع", "سقوط", "تسجيل", "حدوث",
			"يسفر", "تسفر", "يودي", "تودي", "يسجل", "تسجل", "يقع", "تقع", "توجد", "يوجد") {
			continue
		}
		// ولم يسفر الحريق عن إصابات: the cause, one definite word after
		// the result verb.
		if k-1 < sentFirst || !strings.HasPrefix(w, "ال") || !isAnyConj(b.word(k-1), "يسفر", "تسفر", "يودي", "تودي") {
			return false
		}
	}
	return false
}

// dropNonEvents removes from all[from:] (one sentence's triggers) the
// event words that tell no event of their own:
//   - an event noun with ب that names the charge a title holder is given
//     (رئيس الوزراء المكلف بتشكيل الحكومة، المبعوث المكلف بملف المفاوضات):
//     what the office is for, and no end to the title phrase before the
//     name;
//   - a promise (تعهد، وعد) whose ب-word (checkPromise) is only a name's
//     first letter (تعهد الرئيس فلاديمير بوتين ونظيراه التعاون: no act
//     promised after ب), or one told in the words of a speaker before it
//     (وأوضح الحسناوي أن المجموعة تعهدت بعدم التعرض: the speaker's
//     statement holds it).
func (b *eventBuilder) dropNonEvents(all []events.Trigger, from int) []events.Trigger {
	kept := all[:from]
	for _, tr := range all[from:] {
		if tr.POS == events.Noun && tr.Proclitic == "ب" && tr.First > 0 &&
			isAnyWord(trimConj(b.words[tr.First-1]), "المكلف", "المكلفه", "المكلفين", "مكلف", "مكلفا", "مكلفه") {
			continue
		}
		if isPromise(tr) && (b.reportedIn(kept[from:], tr) || !b.actPromised(tr)) {
			continue
		}
		kept = append(kept, tr)
	}
	return kept
}

// isPromise reports a verb of promising read as a statement (تعهد، وعد).
func isPromise(tr events.Trigger) bool {
	return tr.Type == events.Statement && isAnyWord(tr.Lemma, "تعهد", "وعد", "يتعهد")
}

// reportedIn reports whether tr is told in the complement (أن، إن) of a
// statement among before, its sentence's triggers before it.
func (b *eventBuilder) reportedIn(before []events.Trigger, tr events.Trigger) bool {
	for _, o := range before {
		if o.Type == events.Statement && o.Last <= tr.First && b.complementBetween(o.Last, tr.First) {
			return true
		}
	}
	return false
}

// actPromised reports what the promise tr is to do, told after it
// (events.PromisedAfter, the reader of its trigger's check), past the
// names its check could not tell: a ب-word no name begins (تعهد الرئيس
// فلاديمير بوتين بالعمل) or a complementizer (بأن، أن).
func (b *eventBuilder) actPromised(tr events.Trigger) bool {
	return events.PromisedAfter(b.tx, b.words, tr.First, func(j int) bool {
		// A name's word, or a quote around a name.
		return b.punct(j) == "" && (b.tokMention[j] >= 0 || b.mark(j) != "")
	})
}

// afterDocDay reports whether the date value v (a range: its start)
// begins after the article's day, by its written grain.
func (b *eventBuilder) afterDocDay(v string) bool {
	if b.doc.Doc.InferredDate == nil {
		return false
	}
	ref := b.doc.Doc.InferredDate.Value
	v, _, _ = strings.Cut(v, "/")
	return len(v) >= len("2006") && len(v) <= len(ref) && v > ref[:len(v)]
}

// futureTime reports whether the time of d, a verb's event, is a date
// after the document's date told in the verb's clause (ويزور الرئيس
// الفرنسي إيمانويل ماكرون بيروت الأسبوع المقبل، يلتقي الوزير، الاثنين،
// نظيره): a plain imperfect then tells a planned event. Only commas
// set off the date between the two; any other punctuation, or a comma
// elsewhere, ends the clause.
func (b *eventBuilder) futureTime(d *draft) bool {
	if d.time == nil || d.toldTime || b.doc.Doc.InferredDate == nil {
		return false
	}
	if !b.afterDocDay(d.time.Value) {
		return false
	}
	k := int(b.dateFirst[d.time.Date])
	e := k
	for e < len(b.tokDate) && b.tokDate[e] == b.tokDate[k] {
		e++
	}
	from, to := d.tr.Last, k
	if k < d.tr.First {
		from, to = e, d.tr.First
	}
	for j := from; j < to; j++ {
		if p := b.punct(j); p != "" && !(p == "," && (j == k-1 || j == e)) {
			return false
		}
	}
	return true
}

// callOfVerb reads a phone call told after في، خلال، عبر or with ب right
// after the verb of its clause (وبحث الرئيس التونسي في اتصال هاتفي مع
// العاهل المغربي الأوضاع، أكد السيسي خلال اتصال هاتفي مع ماكرون أن،
// ناقش الجبير هاتفيا … باتصال) as the call the verb tells: its subject is
// the caller, and the talks the verb tells (بحث، ناقش) are that call,
// no meeting of their own. A statement made in the call stays one. The
// verb is the draft told right before the call, at most twelve tokens
// back, with no punctuation nor other event word between. Without such a
// verb (none, or one of another type) the caller may be the subject of
// the sentence's opening verb (callerOfSentence).
func (b *eventBuilder) callOfVerb(d *draft) {
	tr := d.tr
	if tr.Type != events.Contact || tr.POS != events.Noun || tr.Pronoun {
		return
	}
	k := tr.First // the preposition before the call, or the call with ب
	if !strings.HasSuffix(tr.Proclitic, "ب") {
		if !isAnyConj(b.word(k-1), "في", "خلال", "عبر", "اثناء") {
			return
		}
		k--
	}
	p := b.verbRightBefore(d, k)
	if p == nil {
		b.callerOfSentence(d, k)
		return
	}
	switch p.ev.Type {
	case events.Meet, events.Statement, events.Appeal:
	default:
		b.callerOfSentence(d, k)
		return
	}
	d.partOfVerb(p)
	if p.ev.Type == events.Meet {
		for _, q := range p.parts {
			if len(d.parts) < 6 && !containsParticipant(d.parts, q) {
				d.parts = append(d.parts, q)
			}
		}
		d.takeWhereWhen(p)
		p.dropped = true
	}
}

// callerOfSentence gives a call told after في or خلال (token k), whose
// sentence opens with a verb that is no event word or is set off from the
// call by a comma (وهنأ ولي العهد محمد بن سلمان اللاعبين، في اتصال هاتفي
// مع رئيس النادي; وأكد السيسي دعم مصر للسودان، في اتصال هاتفي مع البشير),
// that verb's subject as the caller: the name right after the sentence's
// first word, which must begin with و or ف (وأكد، فهنأ; the word itself
// is not checked to be a verb). A person named after a complementizer
// between that name and the call (وذكرت وكالة سانا أن الأسد أكد …، في
// اتصال هاتفي مع بوتين) is the subject of the call's clause, not the
// name (see reportedPerson); nor is a name more than callerReach tokens
// before the call: then no caller is given.
func (b *eventBuilder) callerOfSentence(d *draft, k int) {
	s := b.tx.Sentences[d.sent]
	first := s.First
	if w := b.word(first); first+1 >= k || !strings.HasPrefix(w, "و") && !strings.HasPrefix(w, "ف") {
		return // the sentence must open with و or ف and a verb
	}
	for j := first + 1; j < k && j <= first+4; j++ {
		if b.punct(j) != "" {
			return
		}
		x := b.tokMention[j]
		if x < 0 {
			continue // a title before the name: ولي العهد السعودي الأمير
		}
		m := b.doc.Mentions[x]
		if m.Label == MISC || b.prepOn(int(x)) || b.rolePart[x] || m.Label == LOC && b.isPlace(int(x), d.tr) {
			return
		}
		if last := int(b.menLast[x]); last > k || k-last > callerReach || b.reportedPerson(last, k) {
			return // وذكرت وكالة سانا أن الأسد …: the agency only reports the call
		}
		caller := b.mentionParticipant(int(x))
		if !containsParticipant(d.parts, caller) && len(d.parts) < 6 {
			d.parts = append([]participant{caller}, d.parts...)
		}
		return
	}
}

// callerReach is the most tokens callerOfSentence reads between the
// name that opens a sentence and the call told at its end.
const callerReach = 40

// reportedPerson reports a complementizer (أن، إن) in the tokens [from,
// to) with a person's name after it: the subject of a reported clause
// (وذكرت وكالة سانا أن الرئيس الأسد أكد). Without a person after it the
// clause is what the subject before it said (وأكد السيسي أن مصر تدعم
// السودان).
func (b *eventBuilder) reportedPerson(from, to int) bool {
	for j := from; j < to; j++ {
		if clauseWord(b.word(j)) != complementizerWord {
			continue
		}
		for k := j + 1; k < to; k++ {
			if x := b.tokMention[k]; x >= 0 && b.doc.Mentions[x].Label == PER {
				return true
			}
		}
		return false
	}
	return false
}

// similarEvent gives an event noun told as similar to one before it in
// its sentence (بعد أسبوع من زيارة مماثلة قام بها كونتي، هجوم مشابه) the
// place of that event when it names none: a similar visit went where the
// first one did. Its parties and its time are its own.
func (b *eventBuilder) similarEvent(d *draft) {
	w := b.word(d.tr.Last)
	if d.place != nil || d.tr.POS != events.Noun || !strings.HasPrefix(w, "م") || !isAnyWord(w, "مماثله", "مماثل", "مماثلا", "مشابهه", "مشابه", "مشابها") {
		return
	}
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent; i-- {
		if p := b.drafts[i]; p.ev.Type == d.ev.Type && !p.dropped {
			d.place = p.place
			return
		}
	}
}

// purposeOfVerb gives a meeting, a call or a visit told by a noun of
// purpose after a verb of such an event in its clause (ومن المقرر أن يزور
// سلامة بنغازي للقاء حفتر، توجه الوزير إلى موسكو لحضور مؤتمر، وصل إلى
// دمشق لإجراء محادثات) the verb's status and subject, and its place and
// time when it tells none: it is a part of the trip the verb tells. The
// verb is the draft told right before it, at most twelve tokens back,
// with no punctuation nor other event word between.
func (b *eventBuilder) purposeOfVerb(d *draft, sentFirst int) {
	tr := d.tr
	if tr.POS != events.Noun || tr.Article || len(b.drafts) == 0 {
		return
	}
	switch tr.Type {
	case events.Meet, events.Contact, events.Visit:
	default:
		return
	}
	k := tr.First // the first word of the purpose
	switch {
	case tr.Proclitic == "ل":
	case tr.Proclitic != "" || k-1 < sentFirst:
		return
	case isPurposeVerbalNoun(b.word(k - 1)):
		k-- // لحضور مؤتمر، لإجراء محادثات
	case b.word(k-1) == "في" && k-2 >= sentFirst && b.word(k-2) == "للمشاركه":
		k -= 2 // للمشاركة في اجتماع
	default:
		return
	}
	p := b.verbRightBefore(d, k)
	if p == nil {
		return
	}
	switch p.ev.Type {
	case events.Meet, events.Contact, events.Visit:
	default:
		return
	}
	d.partOfVerb(p)
	d.takeWhereWhen(p)
}

// verbRightBefore returns the draft told last, when it is a verb of d's
// sentence that read its subject and ends at most twelve tokens before
// token k, with no punctuation nor other event word between: the verb
// of the clause whose event d, told from token k on, is part of
// (callOfVerb, purposeOfVerb). Else nil.
func (b *eventBuilder) verbRightBefore(d *draft, k int) *draft {
	if len(b.drafts) == 0 {
		return nil
	}
	p := b.drafts[len(b.drafts)-1]
	if p.sent != d.sent || p.dropped || !p.hasAgent || p.tr.POS == events.Noun || p.tr.Last > k || k-p.tr.Last > 12 {
		return nil
	}
	for j := p.tr.Last; j < k; j++ {
		if b.punct(j) != "" || b.trigAt[j] {
			return nil
		}
	}
	return p
}

// otherMatterOpens reports a sentence that opens, within its first five
// tokens, by turning to another matter (وفي سياق آخر، في سياق منفصل، من
// جهة أخرى، على صعيد آخر، في شأن آخر): what it tells is no part of the
// incident told before it.
func (b *eventBuilder) otherMatterOpens(si int) bool {
	s := b.tx.Sentences[si]
	for k := s.First; k+1 < s.Last && k < s.First+5; k++ {
		if isAnyConj(b.word(k), "سياق", "جهه", "صعيد", "شان", "موضوع", "ناحيه") &&
			isAnyWord(b.word(k+1), "اخر", "اخري", "منفصل", "ثانيه", "مختلف") {
			return true
		}
	}
	return false
}

// heldAtIncident gives a counted arrest with no place of its own (told
// by the count of people held, d.unnamed) the place of the casualties
// or the attack told in the sentence before it, in its unit (ما حدث في
// مدينة السلط … ليعلن استشهاد 4 …. وأعلن الوزير "مقتل 3 إرهابيين،
// واعتقال عدد من الأشخاص"): the arrests of the incident just told. A
// counted toll with neither a place nor a victim named (مقتل 3
// إرهابيين) is one of that incident too.
func (b *eventBuilder) heldAtIncident(d *draft) {
	if d.dropped || d.place != nil || b.otherMatterOpens(d.sent) {
		return
	}
	held := d.unnamed && d.ev.Type == events.Arrest
	toll := len(d.parts) == 0 && !d.ofThose && (d.ev.Type == events.Death && d.killed > 0 || d.ev.Type == events.Injury && d.injured > 0)
	if !held && !toll {
		return
	}
	if toll && !b.tollOfIncidentBefore(d) {
		return
	}
	for i := len(b.drafts) - 1; i >= 0; i-- {
		p := b.drafts[i]
		if p.unit != d.unit || p.sent < d.sent-1 {
			return
		}
		if p.dropped || p.place == nil {
			continue
		}
		switch p.ev.Type {
		case events.Death, events.Injury, events.Attack:
			d.place = p.place
			return
		}
	}
}

// tollOfIncidentBefore reports whether a counted toll d may be one of
// the incident told before it: not when its sentence tells its own
// incident, before it (أسفر القتال عن مقتل 13) or after it as its cause
// (قتل أربعة في قصف على الأحياء، جراء غارة، بانفجار); not when it has a
// place of its own without a name (قرب الحدود، قبالة السواحل); nor when
// it is a total (حصيلة القتال ارتفعت إلى 61 قتيلا، قتل 22 شخصا منذ بدء
// الاحتجاجات), of more than one incident.
func (b *eventBuilder) tollOfIncidentBefore(d *draft) bool {
	for _, o := range b.sentTrs[d.sent] {
		if o.Type != events.Attack {
			continue
		}
		if o.Last <= d.tr.First {
			return false
		}
		if o.First > 0 && isAnyConj(b.word(o.First-1), "في", "جراء", "اثر", "بسبب", "نتيجه") || strings.Contains(o.Proclitic, "ب") {
			return false
		}
	}
	if b.tollTotal(d) || b.tollOwnCause(d) {
		return false
	}
	return !b.ownPlacePhrase(d) && !b.ownPlaceName(d)
}

// tollTotal reports a toll d told as a total, of more than one incident
// (حصيلة القتال ارتفعت إلى 61 قتيلا، قتل 22 شخصا منذ بدء الاحتجاجات).
func (b *eventBuilder) tollTotal(d *draft) bool {
	s := b.tx.Sentences[d.sent]
	for k := s.First; k < min(s.Last, d.tr.Last+6); k++ {
		w := trimConj(b.word(k))
		if isAnyWord(w, "حصيله", "منذ", "اجمالي", "مجموع") || strings.HasPrefix(w, "ارتفع") || strings.HasPrefix(w, "بلغ") {
			return true
		}
	}
	return false
}

// tollOwnCause reports a toll d told with a cause of its own that is no
// attack, in its clause after it (توفي خمسة أشخاص بسبب موجة الحر، مقتل
// خمسة في حادث سير، وفاة 12 شخصا بفيروس كورونا): no toll of an incident
// told before.
func (b *eventBuilder) tollOwnCause(d *draft) bool {
	s := b.tx.Sentences[d.sent]
	for k := d.tr.Last; k+1 < s.Last && k < d.tr.Last+8; k++ {
		if b.punct(k) != "" {
			return false
		}
		w := trimConj(b.word(k))
		if isAnyWord(w, "بسبب", "جراء", "اثر", "نتيجه", "بفعل") && !b.causeIsIncident(k+1, s.Last) {
			return true
		}
		if isAnyWord(w, "حادث", "حوادث", "بحادث", "بحوادث") && (strings.HasPrefix(w, "ب") || b.word(k-1) == "في") ||
			isAnyWord(w, "بفيروس", "بمرض", "بوباء") {
			return true
		}
	}
	return false
}

// causeIsIncident reports a cause told from token j (before end), after
// بسبب، جراء، إثر، نتيجة or بفعل (tollOwnCause), that is an incident: a
// trigger within its first three words, in its clause (بسبب القصف، بسبب
// شدة القصف، جراء قوة الانفجار), or the shrapnel or the rubble an attack
// leaves (جراء تطاير الشظايا، بسبب سقوط الركام).
func (b *eventBuilder) causeIsIncident(j, end int) bool {
	for k := j; k < end && k < j+3; k++ {
		if b.punct(k) != "" {
			return false
		}
		if b.trigAt[k] {
			return true
		}
		w := strings.TrimPrefix(trimConj(b.word(k)), "ال")
		if isAnyWord(w, "شظايا", "شظيه", "ركام", "انقاض", "حطام") {
			return true
		}
	}
	return false
}

// verbalAttack tells a person's attack on another person named right
// after him (هاجم الرئيس السابق فلان الرئيسَ فلانا في خطاب متلفز) as his
// statement: persons attack each other in words, forces and gunmen in
// arms (هاجم مسلحون موكب الوزير). A place or a toll told with it keeps
// the attack, but a person's words against the press (هاجم الرئيس فلان
// وسائل الإعلام في تونس) are a statement wherever told.
func (b *eventBuilder) verbalAttack(d *draft) {
	if d.dropped || d.ev.Type != events.Attack || d.tr.POS == events.Noun || d.casualties || len(d.parts) == 0 || len(d.parts) > 2 {
		return
	}
	if !isAnyConj(d.tr.Lemma, "هاجم", "يهاجم") {
		return
	}
	k := d.tr.Last // the word after the subject: past a title before its name (هاجم الرئيس فلان)
	for j := k; j < len(b.tokMention) && j < d.tr.Last+4 && b.punct(j) == ""; j++ {
		if x := b.tokMention[j]; x >= 0 {
			k = int(b.menLast[x])
			break
		}
	}
	if w := b.word(k); len(d.parts) == 1 && (isPressTarget(trimConj(w)) || w == "وسايل") && (d.place == nil || b.hasPerson(d.parts)) {
		// هاجمت القاهرة صحف المعارضة، هاجم الرئيس فلان وسائل الإعلام
		// في تونس: words against the press, no attack (a place told
		// keeps a force's: هاجمت القوات الصحفيين في جنين).
		d.ev.Type, d.ev.CAMEO = events.Statement, "01"
		return
	}
	if d.place != nil || len(d.parts) != 2 {
		return
	}
	for _, p := range d.parts {
		if !b.hasPerson([]participant{p}) {
			return
		}
	}
	d.ev.Type, d.ev.CAMEO = events.Statement, "01"
	d.parts = d.parts[:1]
}

// releaseOfPardon drops a release told after على أن in the sentence of a
// release before it (أصدر الملك عفوا عن 300 محكوم، على أن يفرج عنهم خلال
// الأسبوع): the pardon's terms, no second release.
func (b *eventBuilder) releaseOfPardon(d *draft) {
	k := d.tr.First
	if d.dropped || d.ev.Type != events.Release || k < 2 || b.word(k-1) != "ان" || trimConj(b.word(k-2)) != "علي" {
		return
	}
	for i := len(b.drafts) - 1; i >= 0 && b.drafts[i].sent == d.sent; i-- {
		if p := b.drafts[i]; !p.dropped && p.ev.Type == events.Release {
			d.dropped = true // its date is the release's, not the pardon's
			return
		}
	}
}

// isPressTarget reports the press a verbal attack is aimed at (folded,
// without its conjunction): صحف، الإعلام، الصحافة، قناة، تصريحات (وسائل
// is read whole by the caller: its و is its own).
func isPressTarget(w string) bool {
	switch w {
	case "صحف", "الصحف", "صحيفه", "الصحيفه", "الاعلام", "الصحافه", "الصحفيين", "قناه", "القناه", "قنوات", "تصريحات", "التصريحات", "مقالات":
		return true
	}
	return false
}

// decisionOfVerb folds a decision told as what a verb of deciding decided
// (قرر مجلس إدارة البنك المركزي رفع سعر الفائدة، قررت الحكومة تعليق
// الدراسة) into that verb's event, which takes its place and time: one
// decision, not two. d has no subject of its own and follows the verb in
// its clause (see verbRightBefore).
//
// An evacuation decided (قررت المحافظة إخلاء العقارين ونقل 36 أسرة) is
// told as the evacuation itself when the verb names no one: the
// displacement stays, and the decision with nothing else to tell goes. A
// detention or a release decided by a named body is told as itself, the
// body its actor (قررت النيابة العامة حبس المتهمين).
func (b *eventBuilder) decisionOfVerb(d *draft) {
	if d.ev.Type == events.Decision && d.tr.POS == events.Noun && strings.HasSuffix(d.tr.Proclitic, "ب") &&
		(d.tr.Lemma == "مرسوم" || d.tr.Lemma == "قرار") && len(b.drafts) > 0 {
		// بعد أسابيع من إقالته بمرسوم من الرئيس، عين في منصبه بقرار من
		// رئيس الوزراء: the decree is how the dismissal or the
		// appointment was made, no decision of its own; who issued it
		// takes part in it.
		p := b.drafts[len(b.drafts)-1]
		if p.sent == d.sent && !p.dropped && (p.ev.Type == events.Dismiss || p.ev.Type == events.Appoint) &&
			p.tr.Last <= d.tr.First && d.tr.First-p.tr.Last <= 6 && !b.punctBetween(p.tr.Last, d.tr.First) {
			for _, q := range d.parts {
				if !containsParticipant(p.parts, q) {
					p.parts = append(p.parts, q)
				}
			}
			p.takeWhereWhen(d)
			d.dropped = true
			return
		}
	}
	if d.ev.Type == events.Displacement && !d.dropped && len(b.drafts) > 0 {
		p := b.drafts[len(b.drafts)-1]
		if p.sent == d.sent && !p.dropped && p.ev.Type == events.Decision && p.tr.Lemma == "قرر" && len(p.parts) == 0 &&
			d.tr.First >= p.tr.Last && d.tr.First-p.tr.Last <= 3 && !b.punctBetween(p.tr.Last, d.tr.First) {
			d.takeWhereWhen(p)
			p.dropped = true
			return
		}
	}
	if !d.dropped && d.ev.Type != events.Decision && d.tr.POS == events.Noun && strings.HasSuffix(d.tr.Proclitic, "ب") && len(b.drafts) > 0 {
		// أمرت النيابة بحبس المتهم، أصدر أوامره بالإفراج عن: the act
		// ordered is the event told, and the one who orders its actor.
		p := b.drafts[len(b.drafts)-1]
		if p.sent == d.sent && !p.dropped && p.ev.Type == events.Decision && isOrderVerb(p.tr) && p.tr.POS != events.Noun &&
			p.tr.Last <= d.tr.First && d.tr.First-p.tr.Last <= 8 && !b.punctBetween(p.tr.Last, d.tr.First) {
			if p.hasAgent {
				d.partOfVerb(p)
			} else if q := b.joinedSubjectOf(p); q != nil {
				d.partOfVerbBy(p, q.agent)
			}
			d.takeWhereWhen(p)
			p.dropped = true
			return
		}
	}
	if d.hasAgent || d.dropped {
		return
	}
	if q := b.decidedListBefore(d); q != nil {
		// قرر المحافظ تعطيل الدوام يوم الثلاثاء، وتأجيل الامتحانات: the
		// next item of what was decided is part of the same decision.
		q.takeWhereWhen(d)
		d.dropped = true
		return
	}
	act := d.ev.Type == events.Arrest || d.ev.Type == events.Release || d.ev.Type == events.Establish || d.ev.Type == events.Protest ||
		d.ev.Type == events.Appoint || d.ev.Type == events.Dismiss || d.ev.Type == events.Suspend && isClosureNoun(d.tr) ||
		d.ev.Type == events.Aid
	p := b.verbRightBefore(d, d.tr.First)
	if p == nil {
		p = b.decidedBefore(d, act)
	}
	if p == nil {
		p = b.decidedPastAside(d)
	}
	if p == nil || p.ev.Type != events.Decision || p.tr.Lemma != "قرر" && p.tr.Lemma != "صوت" {
		return
	}
	if act {
		// قررت النيابة العامة حبس المتهمين: a detention or a release
		// decided is told as itself, as one ordered is (above), the
		// body that decides its actor; so is a body formed (قرر رئيس
		// الوزراء تشكيل لجنة: the committee is established), a strike a
		// union calls (قررت النقابة تنفيذ إضراب عام: the strike is the
		// news, the union its striker), and an appointment or a
		// dismissal (قرر مجلس إدارة البنك تعيين فلان رئيسا: the board
		// appoints); and aid or compensation granted (قرر رئيس الوزراء
		// صرف تعويضات لأسر الضحايا: the payment is the news, as when it
		// is ordered, وجه بصرف تعويضات).
		if p.hasAgent {
			d.partOfVerb(p)
		} else if len(p.parts) == 1 {
			// The body read as the verb's one participant (مجلس إدارة
			// بنك الواحة: the bank).
			d.partOfVerbBy(p, p.parts[0])
		}
		d.takeWhereWhen(p)
		p.dropped = true
		return
	}
	if p.tr.Lemma == "صوت" {
		// صوت البرلمان على اتفاق السلام: what was voted on keeps its own
		// event, and the vote its decision.
		return
	}
	p.takeWhereWhen(d)
	d.dropped = true
}

// decidedListBefore returns the decision (قرر) whose object list d's
// noun goes on, joined by و after the item folded into it right before
// (قرر المحافظ تعطيل الدوام، وتأجيل الامتحانات), or nil. An act told as
// itself (قررت النيابة حبس فلان: the decision went) opens no such list.
func (b *eventBuilder) decidedListBefore(d *draft) *draft {
	if d.tr.POS != events.Noun || !strings.Contains(d.tr.Proclitic, "و") || len(b.drafts) < 2 {
		return nil
	}
	p := b.drafts[len(b.drafts)-1]
	if p.sent != d.sent || !p.dropped || p.tr.POS != events.Noun || p.tr.Last > d.tr.First || d.tr.First-p.tr.Last > 15 {
		return nil
	}
	for j := p.tr.Last; j < d.tr.First; j++ {
		if pu := b.punct(j); pu != "" && pu != "," || b.trigAt[j] {
			return nil
		}
	}
	for i := len(b.drafts) - 2; i >= 0 && b.drafts[i].sent == d.sent; i-- {
		q := b.drafts[i]
		if q.dropped {
			continue
		}
		if q.ev.Type == events.Decision && q.tr.Lemma == "قرر" && q.tr.Last <= p.tr.First {
			return q
		}
		return nil
	}
	return nil
}

// isClosureNoun reports a suspension told by a noun of closing, banning,
// freezing, stopping or dissolving (إغلاق الطريق، حظر التجول، تعليق
// الدراسة، تجميد العضوية، وقف الرحلات، حل البرلمان): decided by a body
// (قررت الوزارة إغلاق الطريق) it is the news, the body its actor. A
// deferral (تأجيل الاقتراع، إرجاء الجلسة) decided stays the decision.
func isClosureNoun(tr events.Trigger) bool {
	switch tr.Lemma { // the lexicon's lemmas as written, hamza and all
	case "إغلاق", "إيقاف", "حظر", "تعليق", "تجميد", "وقف", "حل", "قطع":
		return true
	}
	return false
}

// decidedPastAside returns the verb of deciding or voting told before d
// in its sentence, with its subject read, when all that stands between
// the subject and d is an aside set off by commas and, after a vote, على
// (صوّت مجلس المحافظة، في جلسة استثنائية عقدها أمس، على إقالة المحافظ؛
// قررت الوزارة، في بيان أصدرته اليوم، إغلاق الطريق), or على alone
// (صوت المجلس على إقالة المحافظ). Else nil. The aside's own events (the
// session) are left as they are.
//
// It returns the last such verb not dropped (decisionVerbs), if no draft
// after it is of another sentence or reaches past d's trigger: a scan
// back over the drafts for it cost a line of event words the square of
// its length.
func (b *eventBuilder) decidedPastAside(d *draft) *draft {
	// A draft's type, trigger and subject are read before it joins
	// drafts, and one dropped is never taken back.
	for i := b.decisionsUpTo; i < len(b.drafts); i++ {
		p := b.drafts[i]
		if !p.dropped && p.ev.Type == events.Decision && p.tr.POS != events.Noun && p.hasAgent &&
			(p.tr.Lemma == "قرر" || p.tr.Lemma == "صوت") {
			b.decisionVerbs = append(b.decisionVerbs, int32(i))
		}
	}
	b.decisionsUpTo = len(b.drafts)
	n := len(b.decisionVerbs)
	for n > 0 && b.drafts[b.decisionVerbs[n-1]].dropped {
		n--
	}
	b.decisionVerbs = b.decisionVerbs[:n]
	if n == 0 {
		return nil
	}
	i := int(b.decisionVerbs[n-1])
	p := b.drafts[i]
	if p.sent != d.sent || p.tr.Last > d.tr.First {
		return nil
	}
	k := p.agentEnd
	if k < p.tr.Last || d.tr.First-k > 20 {
		return nil
	}
	for _, q := range b.drafts[i+1:] {
		if q.sent != d.sent || q.tr.Last > d.tr.First {
			return nil
		}
	}
	if b.punct(k) == "," {
		// The aside: no other mark, no complementizer, then its
		// closing comma.
		j := k + 1
		for ; j < d.tr.First && b.punct(j) == ""; j++ {
			if isComplementizer(b.word(j)) {
				return nil
			}
		}
		if j >= d.tr.First || b.punct(j) != "," || j-k < 3 {
			return nil
		}
		k = j + 1
	}
	if p.tr.Lemma == "صوت" && k < d.tr.First && b.word(k) == "علي" {
		k++
	}
	if k != d.tr.First {
		return nil
	}
	return p
}

// decidedBefore returns the verb of deciding told right before d whose
// subject is read as its agent or as its one participant (مجلس إدارة بنك
// الواحة: the bank, no agent), with the session it was taken at between
// them (في اجتماعه مساء أمس، خلال جلستها الأسبوعية: the meeting noun with
// its owner's pronoun, or نفسها: في الجلسة نفسها, after في or خلال), a date,
// and no mark; or nil.
// verbRightBefore stops at the meeting's trigger. With no session between
// (وقرر مجلس إدارة بنك الواحة أمس تعيين فلان), only for an act the
// decision is told as (act) and a verb verbRightBefore did not take, one
// with no agent: a meeting of its own right after such a verb (قرر مجلس
// الإدارة في اجتماعه) stays a meeting.
func (b *eventBuilder) decidedBefore(d *draft, act bool) *draft {
	n := len(b.drafts)
	if n == 0 {
		return nil
	}
	var m *draft // the session
	p := b.drafts[n-1]
	if p.ev.Type == events.Meet && n >= 2 {
		m, p = p, b.drafts[n-2]
		if m.sent != d.sent || m.tr.POS != events.Noun || !m.tr.Pronoun && !b.sameOne(m.tr.Last) || !isAnyWord(b.word(m.tr.First-1), "في", "خلال") || p.tr.Last > m.tr.First {
			return nil
		}
	}
	if p.sent != d.sent || p.dropped || !p.hasAgent && len(p.parts) != 1 || p.tr.POS == events.Noun ||
		p.tr.Last > d.tr.First || d.tr.First-p.tr.Last > 14 || m == nil && (p.hasAgent || !act) {
		return nil
	}
	for j := p.tr.Last; j < d.tr.First; j++ {
		if b.punct(j) != "" || b.trigAt[j] && (m == nil || j < m.tr.First || j >= m.tr.Last) {
			return nil
		}
	}
	return p
}

// sameOne reports نفسها or ذاتها at token k, after a meeting noun with
// its article (في الجلسة نفسها، خلال الاجتماع ذاته): the session just
// told, as its owner's pronoun tells it.
func (b *eventBuilder) sameOne(k int) bool {
	return k < len(b.tokMention) && isAnyWord(b.word(k), "نفسها", "ذاتها", "نفسه", "ذاته") && strings.HasPrefix(b.word(k-1), "ال")
}

// partOfVerb gives d, an event told as part of the verb p's (see
// verbRightBefore), p's status and p's subject as its first participant.
func (d *draft) partOfVerb(p *draft) { d.partOfVerbBy(p, p.agent) }

// partOfVerbBy is partOfVerb with who, read in p's subject, as the one
// who takes part.
func (d *draft) partOfVerbBy(p *draft, who participant) {
	d.ev.Status = p.ev.Status
	if !containsParticipant(d.parts, who) {
		d.parts = append([]participant{who}, d.parts...)
	}
}

// isPurposeVerbalNoun reports the verbal nouns with ل of purpose before a
// meeting one goes to (لحضور مؤتمر، لعقد اجتماع، لإجراء محادثات).
func isPurposeVerbalNoun(w string) bool {
	switch w {
	case "لحضور", "لعقد", "لاجراء":
		return true
	}
	return false
}

// pressFrame reports the trigger trs[ti], a press conference after في or
// خلال (في مؤتمر صحفي، خلال مؤتمر صحافي، بمؤتمر صحفي), that frames a
// statement of its clause: the statement verb before it (قال الوزير في
// مؤتمر صحفي بالقاهرة إن) or right after it (وخلال مؤتمر صحفي في عمان،
// أكد الوزير أن). The conference is where and when the words were said,
// the statement's setting (its place and time go to the statement), not
// a meeting of its own.
func (b *eventBuilder) pressFrame(trs []events.Trigger, ti int) bool {
	tr := trs[ti]
	if tr.Type != events.Meet || tr.POS != events.Noun || tr.Pronoun ||
		!isPressWord(b.word(tr.Last)) {
		return false
	}
	if !strings.HasSuffix(tr.Proclitic, "ب") && !isAnyConj(b.word(tr.First-1), "في", "خلال", "اثناء") {
		return false
	}
	// قال الوزير، في مؤتمر صحفي عقده أمس، إن: the conference set off by
	// a comma before its في is an aside of the statement's clause.
	end := tr.First
	if k := tr.First - 2; strings.HasSuffix(tr.Proclitic, "ب") {
		if b.punct(tr.First-1) == "," {
			end = tr.First - 1
		}
	} else if b.punct(k) == "," {
		end = k
	}
	for i := ti - 1; i >= 0; i-- {
		p := trs[i]
		if tr.First-p.Last > 15 || b.punctBetween(p.Last, end) || b.complementBetween(p.Last, tr.First) {
			break
		}
		if p.Type == events.Statement {
			return true
		}
	}
	for _, n := range trs[ti+1:] {
		if n.First-tr.Last > 15 || b.complementBetween(tr.Last, n.First) {
			break
		}
		if n.Type == events.Statement {
			return true
		}
		if n.POS != events.Noun {
			break // another verb: the statement is not this clause's
		}
	}
	return false
}

// futureLight reports a light verb with the future prefix س before an
// event noun, in its clause and at most eight tokens back (واشنطن ستفرض
// عقوبات، سيترأس الملك سلمان القمة): the event is planned.
func (b *eventBuilder) futureLight(tr events.Trigger, sentFirst int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-8; k-- {
		if b.punct(k) != "" || b.trigAt[k] {
			return false
		}
		if v := normalize.FutureStem(trimConj(b.word(k))); v != "" && (isLightVerb(v) || tr.Type == events.Aid && isAllotVerb(v) && b.sumBetween(k+1, tr.First)) {
			return true // (سيخصص الصندوق مليار دولار للمساعدات)
		}
	}
	return false
}

// isRiskWord reports the nouns of a risk or a fear (irrealis).
func isRiskWord(w string) bool {
	switch w {
	case "خطر", "لخطر", "مخاطر", "خشيه", "مخاوف", "المخاوف", "تخوفا":
		return true
	}
	return false
}

// isStopWord reports وقف (a halt).
func isStopWord(w string) bool { return w == "وقف" }

// signsTold reports a verb of signing (وقّع، يوقع) whose object right
// after it is a definite agreement noun (الاتفاقية، الاتفاق، المذكرة،
// البروتوكول), of sentence si: it tells again of the agreement named
// before.
func (b *eventBuilder) signsTold(tr events.Trigger, si int) bool {
	if tr.POS == events.Noun || !isSignLemma(tr.Lemma) {
		return false
	}
	for _, o := range b.sentTrs[si] {
		if o.First == tr.Last {
			return o.Type == events.Agreement && o.POS == events.Noun && o.Article && !o.Pronoun
		}
	}
	// What is signed but tells no agreement by itself (البروتوكول،
	// المذكرة، الوثيقة، الميثاق), definite: the one told before.
	w, ok := strings.CutPrefix(trimConj(b.word(tr.Last)), "ال")
	return ok && isAnyWord(w, "بروتوكول", "مذكره", "وثيقه", "ميثاق", "بروتوكولات", "مذكرات", "وثايق")
}

// isSignLemma reports the lemmas of signing (وقع، يوقع، توقيع), whose
// object is an agreement noun.
func isSignLemma(l string) bool {
	return l == "وقع" || l == "يوقع" || l == "توقيع"
}

// irrealis reports whether a trigger names no event that happened or is
// planned but the content of an appeal, a necessity or an aim (دعا إلى
// تشكيل، ضرورة وقف، بهدف إقامة), or a present-tense verb in quotes or in
// reported speech (قالت إن روسيا تقتل المدنيين).
func (b *eventBuilder) irrealis(tr events.Trigger, before []events.Trigger, sentFirst int) bool {
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-4; k-- {
		if p := b.punct(k); p != "" && p != "\"" {
			break
		}
		w := b.word(k)
		if k == tr.First-1 && tr.Type == events.Attack && tr.POS == events.Noun && tr.Proclitic == "" && !tr.Article &&
			trimConj(w) == "محاوله" {
			// نجا الوزير من محاولة اغتيال، أحبطت محاولة اقتحام: the
			// attempt on someone was made; only "in an attempt to" (في
			// محاولة لـ) tells an aim.
			continue
		}
		if isIrrealisWord(w) || isIrrealisWord(trimConj(w)) {
			if tr.POS == events.Perfect && events.IsPreventWord(trimConj(w)) {
				// ومنعت الشرطة المتظاهرين واعتقلت عشرة منهم: منع governs a
				// noun (منعت دخول القافلة) or what is to come (من أن
				// يدخلوا), never a past verb, which tells an act of its own.
				continue
			}
			if isAnyConj(w, "لحين", "ريثما") && b.pastDateAfter(tr) {
				// ظل في السجن لحين وفاته عام 2010: told with a past
				// date of its own, what was waited for came.
				break
			}
			if b.word(k+1) == "الا" && isAnyWord(w, "يمكن", "يمكنه", "يمكنها") && isAnyConj(b.word(k-1), "لا") {
				// في توقيت لا يمكن إلا ربطه بالانتخابات: "cannot but" says
				// what is so; the event is no possibility.
				break
			}
			return true
		}
		if (w == "حين" || w == "غايه") && k > sentFirst && b.word(k-1) == "الي" && !b.pastDateAfter(tr) {
			// إلى حين تعيين وزير جديد، the Maghrebi إلى غاية انعقاد جمع
			// عام استثنائي: awaited, as لحين (not إلى حين وفاته عام 2010)
			return true
		}
		if k == tr.First-1 && tr.POS == events.Noun && !tr.Article && isAnyConj(w, "اي", "ايه", "باي", "بايه", "لاي", "لايه") {
			return true // أي اتفاق يقصي القوى، بأي هجوم: any such, none told
		}
		if (isAnyConj(w, "اذا", "لو") || trimConj(w) == "حال" && isAnyConj(b.word(k-1), "في")) && b.onlyComing(k+1, tr.First) {
			return true // في حال التوصل إلى اتفاق، إذا تم توقيع: a condition
		}
		if trimConj(w) == "التوصل" && b.failedBefore(k, sentFirst) {
			return true // فشل الاجتماع في التوصل إلى اتفاق: none was reached
		}
		if isAnyConj(w, "التوصل", "بالتوصل", "الوصول", "بالوصول", "للوصول") && b.aimedBefore(k, sentFirst) {
			return true // تسعى إلى التوصل إلى اتفاق، أمله في التوصل: sought, not reached
		}
		if b.reachDenied(k, sentFirst) {
			return true // انتهت الجولة دون التوصل إلى اتفاق: none was reached
		}
		if (k == tr.First-1 || k == tr.First-2 && b.word(k+1) == "من") && conjIs(w, isRiskWord) {
			// خطر اعتقال، مخاوف من هجوم: a risk, a fear; not a word
			// further back (الأطفال في خطر بسبب القصف).
			return true
		}
	}
	if tr.POS == events.Noun && b.aimOrBackground(tr, sentFirst) {
		return true
	}
	if tr.POS == events.Noun && strings.HasSuffix(tr.Proclitic, "ل") && tr.First > sentFirst && conjIs(b.word(tr.First-1), isPlotWord) {
		// كانوا يخططون لاستهداف منشآت، خططت الخلية لتفجير: a plot, no
		// event that happened.
		return true
	}
	if tr.POS == events.Noun && tr.Proclitic == "ل" && !tr.Article {
		switch tr.Type {
		case events.Establish, events.Suspend, events.Decision, events.Appoint, events.Agreement, events.Aid, events.Election:
			return true // لإنشاء محطة، لتجميد الأصول: an aim, not an event
		}
	}
	if len(before) > 0 {
		p := before[len(before)-1]
		if p.Type == events.Appeal && tr.First-p.Last <= 2 {
			return true // يدعو إلى تشكيل، طالب بالإفراج
		}
		if tr.POS == events.Noun && b.calledFor(tr.First) && !(tr.Type == events.Protest && b.datedAfter(tr.Last, 12)) {
			// دعا الصدر، الخميس، إلى عقد جلسة علنية; طالب … في مؤتمر
			// صحفي … بإجراء انتخابات: what the appeal before asks for.
			// (Not a protest called for a day: دعت النقابة إلى اعتصام أمام
			// الوزارة يوم الأحد المقبل is one set, to be held then.)
			for i := len(before) - 1; i >= 0 && tr.First-before[i].Last <= 20; i-- {
				if before[i].Type == events.Appeal || before[i].Lemma == "سمح" {
					return true // سمحت للطائرات الأميركية بشن هجمات: what is allowed
				}
			}
		} else if tr.POS == events.Noun && strings.HasSuffix(tr.Proclitic, "ب") {
			// طالبت المنظمة، في بيان أصدرته اليوم، بإطلاق سراح المعتقلين:
			// the ب-object of an appeal past an aside (a statement noun
			// may stand in it), while no other verb comes between (دعا
			// إلى الحوار ورحب بإطلاق سراح الأسرى: the release is welcomed).
			for i := len(before) - 1; i >= 0 && tr.First-before[i].Last <= 20; i-- {
				if before[i].Type == events.Appeal && before[i].POS != events.Noun {
					return true
				}
				if before[i].POS != events.Noun {
					break
				}
			}
		}
		if (p.Lemma == "كلف" || p.Lemma == "يكلف" || p.Lemma == "تكليف") &&
			(tr.First-p.Last <= 8 || tr.POS == events.Noun && strings.HasPrefix(tr.Proclitic, "ب") && tr.First-p.Last <= 20) {
			// كلّف الحريري بتشكيل حكومة: the task, not yet done; the
			// ب-object stays the task however long the subject and the
			// one charged are (كلّف العاهل الأردني الملك …، يوم الثلاثاء،
			// وزير التربية والتعليم عمر الرزاز بتشكيل حكومة), since no other
			// trigger stands between.
			return true
		}
	}
	if tr.POS == events.Noun && strings.HasPrefix(tr.Proclitic, "ب") && b.threatened(tr.First, sentFirst) {
		// هدد الاتحاد بقطع المساعدات، توعد باقتحام المدينة: what one
		// threatens, not an event told.
		return true
	}
	if tr.POS == events.Noun && strings.HasPrefix(tr.Proclitic, "ب") && tr.First > sentFirst &&
		isAnyWord(b.word(tr.First-1), "المكلف", "المكلفه", "مكلف", "مكلفه", "المكلفين", "المكلفون") {
		// رئيس الوزراء الجديد المكلف بتشكيل حكومة جديدة: the task one
		// is given, as after كلّف, not a body formed.
		return true
	}
	if tr.POS == events.Imperfect && b.background(tr, sentFirst) {
		return true
	}
	if tr.POS != events.Noun {
		if b.inQuote[tr.First] {
			return true
		}
		if tr.POS == events.Imperfect && tr.Type != events.Statement && events.StatusWords(b.tx, b.words, tr, sentFirst, tr.Last) != events.Planned {
			// (قالت إن ترامب سيلتقي ماكرون، من المقرر أن يجتمع: a
			// planned event the speaker tells.)
			for _, p := range before {
				if p.Type == events.Statement && b.complementBetween(p.Last, tr.First) {
					return true
				}
			}
		}
	}
	return false
}

// background reports an imperfect verb after كان (a state that had
// lasted: كانت تحتجزه منذ ثلاث سنوات، الذي كان يقود الفصيل): the
// background of the story, no event of its own. كان must stand right
// before the verb (or before its subject's pronoun word), and either a
// relative pronoun opens the clause or منذ follows within four words.
func (b *eventBuilder) background(tr events.Trigger, sentFirst int) bool {
	k := tr.First - 1
	if k < sentFirst || !isAnyConj(b.word(k), "كان", "كانت", "كانوا", "كانا", "كانتا") {
		return false
	}
	if k > sentFirst && isRelativePronoun(b.word(k-1)) {
		return true
	}
	for j := tr.Last; j < tr.Last+4 && j < len(b.tx.Tokens); j++ {
		if b.punct(j) != "" {
			return false
		}
		if b.word(j) == "منذ" {
			return true
		}
	}
	return false
}

// declaredThing reports a speech verb with an object pronoun opening a
// relative clause (الجمهورية التي أعلنتها الجبهة، الهدنة التي أعلنتها
// روسيا، الإجراءات التي أعلنها الوزير، الاتهامات التي نفاها): the clause
// names a thing by the act that made it known, told before; the statement
// is not the article's. Without the pronoun the clause's subject is the
// noun before it (الوزارة التي أعلنت أن …), still a speaker.
func (b *eventBuilder) declaredThing(tr events.Trigger, sentFirst int) bool {
	if tr.POS == events.Noun || tr.First <= sentFirst || !isRelativePronoun(b.word(tr.First-1)) {
		return false
	}
	w := trimConj(b.word(tr.First))
	return trimObject(w) != w
}

// claimedOfThing reports a verb of saying or denying in a clause that
// describes the noun before it by who claims or denies something of it,
// no statement of the article's: قال / يقول after a relative pronoun
// whose complement is a pronoun within four words (حركة حسم التي تقول
// السلطات إنها الذراع المسلحة، الطائرة التي قالت إسرائيل إنها اخترقت
// أجواءها); or a denial (نفى) after وهو ما / وهي ما / الأمر الذي (وهو ما
// تنفيه قطر). A speech verb with و or ف opens a clause of its own
// (وقالت إسرائيل إنها) and tells a statement.
func (b *eventBuilder) claimedOfThing(tr events.Trigger, sentFirst int) bool {
	if tr.POS == events.Noun || tr.First <= sentFirst || tr.Proclitic != "" {
		return false
	}
	prev := b.word(tr.First - 1)
	if isAnyWord(b.foldedLemma(tr.Lemma), "نفي", "ينفي") { // (نفى folded)
		return tr.First-2 >= sentFirst && (prev == "ما" && isAnyWord(b.word(tr.First-2), "وهو", "وهي", "هو", "هي") ||
			prev == "الذي" && isAnyWord(b.word(tr.First-2), "الامر"))
	}
	if !isAnyWord(tr.Lemma, "قال", "يقول") {
		return false
	}
	if !isRelativePronoun(prev) {
		// (Right after an indefinite noun, طائرة قالت إسرائيل إنها, the
		// clause is as often a statement after a fronted phrase: في
		// تصريح خاص قال الوزير إنه.)
		return false
	}
	k := tr.First - 2
	for k > sentFirst && b.punct(k) != "" {
		k-- // القتال -الذي، الانفجار، الذي
	}
	if k >= sentFirst && b.trigAt[k] || isAnyWord(b.word(tr.Last), "فيه", "فيها", "خلاله", "خلالها") {
		// ويسلط القتال -الذي قال المرصد إنه أسفر عن مقتل 13- الضوء: an
		// event described by its toll, the teller's statement; في الوقت
		// الذي قال فيه الوزير إنه: when he said it.
		return false
	}
	// The subject, then the pronoun's complementizer within four words.
	// A time, an adverb or a phrase with a preposition right after the
	// verb is no subject (لودريان، الذي قال بعد اللقاء إنه متفائل، الذي
	// قال أمس إنه، الذي قال للصحفيين إنه): the verb's subject is the one
	// the clause describes, a person telling of himself, a statement.
	k = tr.Last
	for k < tr.Last+4 && k < len(b.tx.Tokens) && b.punct(k) == "" && b.skippable(k) {
		k++
	}
	if k >= len(b.tx.Tokens) || b.punct(k) != "" || !namesSpeaker(b.word(k)) {
		return false
	}
	for j := k + 1; j < k+5 && j < len(b.tx.Tokens); j++ {
		if b.punct(j) != "" {
			return false
		}
		if isClaimComplementizer(b.word(j)) {
			return true
		}
	}
	return false
}

// isClaimComplementizer reports أنّ with the pronoun of what is claimed
// (folded): إنه، إنها، بأنه.
func isClaimComplementizer(w string) bool {
	return events.Complementizer(w) == events.PronounComplementizer
}

// namesSpeaker reports whether the word right after a verb of saying
// may open its subject (السلطات، إسرائيل، محاموه): not the complementizer,
// a preposition (بعد، في، خلال) or a phrase with ل of whom it was said
// to (للصحفيين، لوكالة، له).
func namesSpeaker(w string) bool {
	if isClaimComplementizer(w) || events.IsPreposition(w) || strings.HasPrefix(w, "لل") || isAnyWord(w, "له", "لها", "لهم", "لنا") {
		return false
	}
	rest, ok := strings.CutPrefix(w, "ل")
	return !ok || !isAnyWord(rest, "وكاله", "قناه", "صحيفه", "موقع", "تلفزيون", "اذاعه", "شبكه", "مجله")
}

// threatened reports a verb or verbal noun of threatening (هدد، يهدد،
// تهديد، مهددا، توعد) among the twelve words before token k, in its
// clause: a ب-object after it is what is threatened, not done (هدد البنك
// بقطع التمويل، بعد تهديد الرئيس بقطع المساعدات). An accusation's object
// (اتهم … بقصف) stays an event told, with the accused as its doer, and
// so does an act told in a clause of its own after the threat (هدد
// بالرد بعد قيام الطائرات بقصف مواقعه: the strike happened).
func (b *eventBuilder) threatened(k, sentFirst int) bool {
	for j := k - 1; j >= sentFirst && j >= k-12; j-- {
		if p := b.punct(j); p != "" && p != "\"" {
			return false
		}
		if w := b.word(j); isClauseWord(w) || isWhenWord(trimConj(w)) || isAnyConj(w, "بعد", "قبل", "عقب", "اثر") {
			return false
		}
		if isAnyConj(b.word(j), "هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "تهديد", "تهديده", "تهديدها", "تهديدات", "مهددا",
			"توعد", "توعدت", "يتوعد", "تتوعد") {
			return true
		}
	}
	return false
}

// reachDenied reports a verbal noun of reaching or concluding (التوصل،
// الوصول، إبرام، توقيع) at token k that a negation governs: دون or بدون
// right before it (من دون التوصل، بدون إبرام), or لم، لن with تم or يتم
// between (لم يتم التوصل), or the verb after دون أن (دون أن يتوصل
// الطرفان، بدون أن تتوصل اللجنة): what follows it was not reached.
func (b *eventBuilder) reachDenied(k, sentFirst int) bool {
	if !isAnyConj(b.word(k), "التوصل", "الوصول", "ابرام", "توقيع", "يتوصل", "تتوصل", "يتوصلا", "تتوصلا", "يتوصلوا") || k-1 < sentFirst {
		return false
	}
	w := b.word(k - 1)
	if isAnyConj(w, "دون", "بدون") {
		return true
	}
	if isAnyWord(b.word(k), "يتوصل", "تتوصل", "يتوصلا", "تتوصلا", "يتوصلوا") {
		// دون أن يتوصل الطرفان، من دون أن تتوصل الحكومة: the verb after أن
		return w == "ان" && k-2 >= sentFirst && isAnyConj(b.word(k-2), "دون", "بدون")
	}
	return k-2 >= sentFirst && isAnyWord(w, "يتم", "تم") && isAnyConj(b.word(k-2), "لم", "لن", "دون", "بدون")
}

// failedBefore reports a word of failure (فشل، أخفق، عدم) among the
// twelve words before token k, in its clause (فشل اجتماع قمة عقدته مع
// إيران وروسيا الأسبوع الماضي في التوصل): what follows was not done.
func (b *eventBuilder) failedBefore(k, sentFirst int) bool {
	for j := k - 1; j >= sentFirst && j >= k-12; j-- {
		if p := b.punct(j); p != "" && p != "\"" {
			return false
		}
		if isAnyConj(b.word(j), "فشل", "فشلت", "فشلوا", "الفشل", "فشله", "فشلها", "اخفق", "اخفقت", "اخفقوا", "اخفاق", "عدم", "تعذر") {
			return true
		}
	}
	return false
}

// aimedBefore reports a word of aim, hope, effort, commitment or
// readiness among the four words before the verbal noun of reaching at
// k, in its clause (تسعى الحكومة إلى التوصل، أمله في التوصل، التزام بلاده
// بالتوصل، حرصه على الوصول): what is reached is sought, not told as
// reached (رحب بالتوصل، بعد التوصل: reached). Efforts told as having
// borne fruit (أثمرت الجهود عن التوصل، تكللت المساعي بالتوصل، نجحت
// الجهود في التوصل) reached it.
func (b *eventBuilder) aimedBefore(k, sentFirst int) bool {
	for j := k - 1; j >= sentFirst && j >= k-6; j-- {
		if p := b.punct(j); p != "" && p != "\"" {
			break
		}
		if isFruitWord(trimConj(b.word(j))) {
			return false
		}
	}
	for j := k - 1; j >= sentFirst && j >= k-4; j-- {
		if p := b.punct(j); p != "" && p != "\"" {
			return false
		}
		if conjIs(b.word(j), isSoughtWord) { // the irrealis words among them
			return true
		}
	}
	return false
}

// isFruitWord reports the past verbs (folded) of efforts that bore
// fruit or ended in something (أثمرت، تكللت، نجحت، أسفرت، أفضت): what
// they led to was reached.
func isFruitWord(w string) bool {
	switch w {
	case "اثمرت", "اثمر", "تكللت", "تكلل", "كللت", "توجت", "نجحت", "نجح", "نجحوا", "نجحا", "اسفرت", "اسفر",
		"افضت", "افضي", "تمخضت", "تمخض", "تمكنت", "تمكن", "تمكنوا":
		return true
	}
	return false
}

// aimOrBackground reports an event noun that is the object of a verbal
// noun of purpose (لتسجيل احتجاج، لتوزيع المساعدات، لشن ضربات، للوقوف على
// التفجير): an aim, not an event told; and an attack or a protest, without
// the article, that describes the people who took part in such (لفلسطينيين
// شاركوا في هجمات ضد إسرائيل): background, not an event of the story. A
// meeting, a contact, a visit or a statement one goes to hold (وصل إلى دمشق
// لإجراء محادثات) is a planned event and stays.
func (b *eventBuilder) aimOrBackground(tr events.Trigger, sentFirst int) bool {
	switch tr.Type {
	case events.Meet, events.Contact, events.Visit, events.Statement:
		return false
	}
	k := tr.First - 1
	if k < sentFirst {
		return false
	}
	w := b.word(k)
	if isAnyWord(w, "علي", "في", "الي") && k > sentFirst {
		k--
		if tr.Article || tr.Pronoun {
			// شاركوا في الهجوم: the attack told.
		} else if (tr.Type == events.Attack || tr.Type == events.Protest) && w == "في" && isParticipationWord(trimConj(b.word(k))) {
			return true
		}
		w = b.word(k)
	}
	return b.punct(k) == "" && isPurposeNoun(w)
}

// isPurposeNoun reports the verbal nouns with ل of purpose whose object
// names an aim (aimOrBackground).
func isPurposeNoun(w string) bool {
	switch w {
	case "لشن", "لتنفيذ", "لتسجيل", "لتوزيع", "لتقديم", "لايصال", "للوقوف", "لتنظيم", "لارسال", "لتوفير", "لتامين", "لاجراء":
		return true
	}
	return false
}

// isParticipationWord reports the words of taking part in something
// (شاركوا في هجمات): see aimOrBackground.
func isParticipationWord(w string) bool {
	switch w {
	case "شارك", "شاركوا", "شاركت", "يشارك", "يشاركون", "تشارك", "المشاركه", "مشاركه", "مشاركتهم", "مشاركته",
		"تورط", "تورطوا", "تورطه", "تورطهم", "متورطين", "المتورطين", "ضالعين", "الضالعين":
		return true
	}
	return false
}

// datedAfter reports a date among the n tokens from token k, in its
// sentence.
func (b *eventBuilder) datedAfter(k, n int) bool {
	for j := k; j < k+n && j < len(b.tx.Tokens); j++ {
		if p := b.punct(j); p != "" && endsClause(p) {
			return false
		}
		if b.tokDate[j] >= 0 {
			return true
		}
	}
	return false
}

// isPlotWord reports a verb or a noun of plotting before the ل of what
// was plotted (خطط، يخطط، يخططون، التخطيط).
func isPlotWord(w string) bool {
	switch w {
	case "خطط", "خططت", "خططوا", "خططا", "يخطط", "تخطط", "يخططون", "يخططان", "تخططان", "التخطيط", "تخطيط", "تخطيطه", "تخطيطها", "تخطيطهم":
		return true
	}
	return false
}

// calledFor reports an event noun at token k that is what an appeal asks
// for: after إلى, or after a verbal noun of holding with إلى or ب (إلى عقد
// جلسة، بإجراء انتخابات).
func (b *eventBuilder) calledFor(k int) bool {
	j := k - 1
	if p := b.mark(j); p == "\"" || p == "«" {
		j-- // إلى عقد "جلسة علنية استثنائية"
	}
	w := b.word(j)
	if w == "الي" {
		return true
	}
	switch w {
	case "بعقد", "باجراء", "بتنظيم", "باقامه", "بفتح", "بتشكيل", "بشن", "بتنفيذ":
		return true
	case "عقد", "اجراء", "تنظيم", "اقامه", "فتح", "تشكيل":
		return b.word(j-1) == "الي"
	}
	return false
}

// punctBetween reports whether a punctuation token lies among the tokens
// [from, to).
func (b *eventBuilder) punctBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if b.punct(k) != "" {
			return true
		}
	}
	return false
}

// complementBetween reports whether a complementizer (أن، إن، بأن) lies
// among the tokens [from, to): one look-up of nextComp, not a scan (it
// is asked of every earlier statement of a sentence, by irrealis among
// others, which on a long line was a scan per pair of triggers).
func (b *eventBuilder) complementBetween(from, to int) bool {
	from = max(from, 0)
	if from >= to || from >= len(b.nextComp) {
		return false
	}
	return int(b.nextComp[from]) < to
}

// noComp is nextComp's mark for no complementizer further on.
const noComp = 1<<31 - 1

// after reports whether a word for which is reports true (also without
// a conjunction, as isAnyConj) is among the n tokens before token k. is
// is a switch rather than a list: after runs for most triggers.
func (b *eventBuilder) after(k, n int, is func(string) bool) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if conjIs(b.word(j), is) {
			return true
		}
	}
	return false
}

// conjIs reports whether is(w), or is(w) without a conjunction و or ف
// (isAnyConj with the words in a switch).
func conjIs(w string, is func(string) bool) bool {
	if is(w) {
		return true
	}
	t := trimConj(w)
	return len(t) != len(w) && is(t)
}

// isBareComplementizer reports إن، أن، بأن without a pronoun: the
// subject of the clause it opens follows it.
func isBareComplementizer(w string) bool {
	f := events.Complementizer(w)
	return f == events.BareComplementizer || f == events.BecauseComplementizer
}

func isComplementizer(w string) bool { return events.Complementizer(w) != 0 }

// isActorPrep reports the prepositions after a trigger that go on with its
// actors (endsActors), with or without a conjunction (as isAnyConj).
func isActorPrep(w string) bool {
	return isActorPrepWord(w) || isActorPrepWord(trimConj(w))
}

func isActorPrepWord(w string) bool {
	switch w {
	case "علي", "في", "ضد", "من", "الي", "مع", "بين", "عن", "داخل", "قرب", "نحو", "خلال", "وفق", "بحق", "لصالح", "بمشاركه", "بحضور":
		return true
	}
	return false
}

// isSidePrep reports the prepositions that join another side to an event
// (arguments), with or without a conjunction (as isAnyConj).
func isSidePrep(w string) bool {
	return isSidePrepWord(w) || isSidePrepWord(trimConj(w))
}

func isSidePrepWord(w string) bool {
	switch w {
	case "مع", "بين", "من", "ضد", "علي", "و", "عن", "بحضور", "بمشاركه":
		return true
	}
	return false
}

// isAmongWord reports the words that list the victims among a count
// (namedVictims), with or without a conjunction (as isAnyConj).
func isAmongWord(w string) bool {
	return isAmongWordWord(w) || isAmongWordWord(trimConj(w))
}

func isAmongWordWord(w string) bool {
	switch w {
	case "بينهم", "بينهما", "بينهن", "ابرزهم", "ابرزهن", "ضمنهم", "ضمنهن":
		return true
	}
	return false
}

// isClauseWord reports the words that open another clause (namedVictims),
// with or without a conjunction (as isAnyConj).
func isClauseWord(w string) bool {
	return isClauseWordWord(w) || isClauseWordWord(trimConj(w))
}

func isClauseWordWord(w string) bool {
	switch w {
	case "كما", "فيما", "بينما", "حيث", "ثم", "فقد", "وقد", "لكن", "اذ":
		return true
	}
	return false
}

// isAttributionWord reports the words that attribute a report
// (attribution), with or without a conjunction (as isAnyConj).
func isAttributionWord(w string) bool {
	return isAttributionWordWord(w) || isAttributionWordWord(trimConj(w))
}

func isAttributionWordWord(w string) bool {
	switch w {
	case "بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "بحسبه":
		return true
	}
	return false
}

// isTopicNoun reports the nouns that make an event noun after them a topic
// (run), with or without a conjunction (as isAnyConj).
func isTopicNoun(w string) bool {
	return isTopicNounWord(w) || isTopicNounWord(trimConj(w))
}

func isTopicNounWord(w string) bool {
	switch w {
	case "ازمه", "الازمه", "ملف", "ملفات", "مساله", "مستجدات", "تداعيات", "اعباء", "طاوله", "ثقافه", "مبدا", "خيار", "مسار", "حل", "تلبيه", "بناء",
		// قانون الانتخاب، قانون التظاهر، مشروع قانون العفو: a law named by
		// what it rules, no event.
		"قانون", "القانون", "قوانين":
		return true
	}
	return false
}

// isAnyConj reports whether w, or w without a conjunction و or ف, is one
// of words (وسط stays وسط, وقال is قال).
func isAnyConj(w string, words ...string) bool {
	t := trimConj(w)
	if len(t) == len(w) {
		return isAnyWord(w, words...)
	}
	// One pass for both forms: they end alike, so the last byte rules
	// out most words for both at once.
	last := w[len(w)-1]
	for _, x := range words {
		if len(x) > 0 && x[len(x)-1] == last && (len(x) == len(w) && x == w || len(x) == len(t) && x == t) {
			return true
		}
	}
	return false
}

func isAnyWord(w string, words ...string) bool {
	if w == "" {
		return slices.Contains(words, "")
	}
	// The last byte first: it tells most words of one length apart
	// without a call to compare them.
	last := w[len(w)-1]
	for _, x := range words {
		if len(x) == len(w) && x[len(x)-1] == last && x == w {
			return true
		}
	}
	return false
}

// trimConj removes a conjunction و or ف from a word of three letters or
// more; the result is only compared with word lists.
func trimConj(w string) string {
	if len(w) >= len("ولم") && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[len("و"):]
	}
	return w
}

// chargeOf reports an event noun right after a noun of charges or cases
// (بتهمة، تهم، في قضية، وقائع; a quote may stand between): what someone
// is charged with or tried for, told as such, not an event of the story.
func (b *eventBuilder) chargeOf(tr events.Trigger) bool {
	k := tr.First - 1
	if p := b.mark(k); p == "\"" || p == "«" {
		k--
	}
	if isChargeWord(b.word(k)) {
		return true
	}
	if !strings.HasPrefix(tr.Proclitic, "و") {
		return false
	}
	// في وقائع "تفجير كنائس" واستهداف كمين أمني: a second charge joined
	// to the first.
	for j := tr.First - 1; j >= 0 && j >= tr.First-6; j-- {
		if p := b.punct(j); p != "" && p != "\"" && p != "«" && p != "»" {
			return false
		}
		if isChargeWord(b.word(j)) {
			return true
		}
	}
	return false
}

// isChargeWord reports a noun of charges or cases (isChargeNoun), with
// or without a conjunction (chargeOf).
func isChargeWord(w string) bool { return conjIs(w, isChargeNoun) }

// isChargeNoun reports the nouns of charges or cases, folded: بتهمة،
// التهم، قضية، وقائع.
func isChargeNoun(w string) bool {
	switch w {
	case "وقايع", "الوقايع", "واقعه", "تهمه", "بتهمه", "التهمه", "تهم", "بتهم", "التهم", "قضيه", "بقضيه", "قضايا", "بقضايا", "القضيه":
		return true
	}
	return false
}

// figurative reports an attack word used of something else than arms: an
// adjective of another field right after it (معارك انتخابية، انفجار
// سكاني، مواجهات قضائية), or after the subject of a verb (تستهدف الحملة
// الإعلانية الشباب), or a noun of a situation or a market after a noun
// (انفجار الأوضاع، اقتحام الأسواق). A political assassination is one
// (اغتيال سياسي), and so is a strike on a political office (قصف المكتب
// السياسي: the adjective is the office's).
func (b *eventBuilder) figurative(tr events.Trigger, last int) bool {
	k := tr.Last
	if k >= last || b.punct(k) != "" {
		return false
	}
	w := strings.TrimPrefix(b.word(k), "ال")
	if isFieldAdjective(w) {
		return !(tr.Lemma == "اغتيال" && strings.HasPrefix(w, "سياسي"))
	}
	if tr.POS == events.Noun {
		return isAnyWord(w, "اوضاع", "وضع", "ازمه", "اسعار", "اسواق", "غضب")
	}
	if k+1 >= last || b.tokMention[k] >= 0 || b.punct(k+1) != "" {
		return false
	}
	w = strings.TrimPrefix(b.word(k+1), "ال")
	return isFieldAdjective(w) && !strings.HasPrefix(w, "سياسي")
}

// isFieldAdjective reports the adjectives (without the article) of the
// fields where a battle or an attack is a figure of speech (figurative).
func isFieldAdjective(w string) bool {
	switch w {
	case "انتخابي", "انتخابيه", "قضايي", "قضاييه", "قانوني", "قانونيه", "سكاني", "سكانيه", "اقتصادي", "اقتصاديه",
		"تجاري", "تجاريه", "اعلاني", "اعلانيه", "رياضي", "رياضيه", "كروي", "كرويه", "ثقافي", "ثقافيه", "فكري", "فكريه",
		"سياسي", "سياسيه", "دبلوماسي", "دبلوماسيه", "نفسي", "نفسيه":
		return true
	}
	return false
}

// isVerbalWord reports the words that make an attack or a protest
// verbal (تصريحات، حملة إعلامية، لاذع): see eventBuilder.verbal.
func isVerbalWord(w string) bool {
	switch w {
	case "تصريحات", "تصريح", "تصريحاته", "تصريحاتها", "هتافات", "شعارات", "بيان", "خطاب", "مقال", "مقاله",
		"تغريده", "تغريدات", "انتقادات", "حمله اعلاميه", "كلام", "كلاميا", "كلامي", "حاد", "حادا", "حاده", "لاذع", "لاذعا", "لاذعه",
		"اعلاميه", "اعلامي", "اعلاميا", "عنيفا علي":
		return true
	}
	return false
}

// pastDateAfter reports a date in the clause of trigger tr, within six
// tokens after it, that does not begin after the article's day (لحين
// وفاته عام 2010، لحين استقالته في مارس 2015): an event told, not one
// awaited (لحين إجراء الانتخابات في مايو المقبل).
func (b *eventBuilder) pastDateAfter(tr events.Trigger) bool {
	for j := tr.Last; j < tr.Last+6 && j < len(b.tx.Tokens); j++ {
		if x := b.tokDate[j]; x >= 0 {
			return !b.afterDocDay(b.doc.Dates[x].Value)
		}
		if b.punct(j) != "" {
			return false
		}
	}
	return false
}

// isIrrealisWord reports the words before a trigger that make it an
// aim, a need or a plan rather than an event, or what is awaited (لحين
// تعيين وزير جديد، ريثما يتم انتخاب رئيس): see eventBuilder.irrealis.
func isIrrealisWord(w string) bool {
	return events.IsPreventWord(w) || soughtWords[w] == soughtAny
}

// isSoughtWord reports the words (folded) of aim, hope, effort,
// commitment or readiness that make a reaching sought, not told as
// reached (aimedBefore: أمله في التوصل، التزامه بالتوصل): the irrealis
// words and those that do so only before التوصل/الوصول.
func isSoughtWord(w string) bool {
	return soughtWords[w] != 0 || events.IsPreventWord(w)
}

// soughtScope is what a word of aim, need, hope or effort makes sought:
// any event after it (soughtAny: بهدف إنشاء، يسعون إلى إقامة) or only the
// reaching of an agreement (soughtReach: أمله في التوصل، حرصه على
// الوصول، جهود التوصل), since after such a word other events may be told
// as done (بعد جهود لإطلاق سراحه).
type soughtScope uint8

const (
	soughtAny soughtScope = 1 + iota
	soughtReach
)

// soughtWords holds the folded words of soughtScope.
var soughtWords = func() map[string]soughtScope {
	m := map[string]soughtScope{}
	for _, w := range strings.Fields(`ضروره بضروره وجوب اهميه باهميه بهدف بغيه سبل امكانيه التاكيد
		مقترح مقترحا يريد تريد تسعي يسعي يسعون نسعي تسعيان سعيا سعي سعيه سعيها يهدف تهدف محاوله لتسهيل شان
		يجب ينبغي اجل تدرس يدرس دراسه بدراسه توعد توعدت يتوعد تتوعد يمكن يمكنه يمكنها بامكان تجيز يجيز
		لتجنب تجنب بتجنب للتوصل لتفادي تفادي بتفادي لحين ريثما`) {
		m[w] = soughtAny
	}
	for _, w := range strings.Fields(`امل امله املها املهم الامل يامل تامل نامل املا التزام التزامه التزامها
		التزامهم حرص حرصه حرصها حرصهم حريص حريصه حريصون جهود الجهود جهوده جهودها مساعي المساعي محاولات
		رغبه رغبته رغبتها استعداد استعداده استعدادها مستعد مستعده مستعدون يتطلع تتطلع نتطلع تطلع هدف
		يعمل تعمل نعمل العمل يحاول تحاول يحاولون`) {
		m[w] = soughtReach
	}
	return m
}()

// visitsVictims returns the token of the word naming the wounded, the sick
// or the victims (الجرحى، المصابين، الضحايا، المرضى) that is the object of
// the visit verb tr (زار، يزور، تفقد), within twenty words of its clause
// after it and before a preposition, a relative or a clause of time or
// cause (وزار رئيس الحكومة، رفقة الوزير، الجرحى في المستشفى), or -1: a
// visit to people, not to a place.
func (b *eventBuilder) visitsVictims(tr events.Trigger) int {
	if tr.Type != events.Visit || tr.POS == events.Noun {
		return -1
	}
	switch tr.Lemma {
	case "زار", "يزور", "تفقد", "يتفقد":
	default:
		return -1
	}
	words := 0
	for k := tr.Last; k < len(b.words) && words < 20; k++ {
		if p := b.punct(k); p != "" {
			if p == "," {
				continue // an apposition, a companion or a time set off by commas
			}
			return -1
		}
		if k == tr.Last && b.titleEnd[k] > 0 {
			// تفقد وزير الصحة في الحكومة المؤقتة فلان الجرحى: the
			// visitor's title phrase, its في among them, is no place yet.
			if np := b.titlePhrase(k, int(b.titleEnd[k]), min(len(b.words), k+20)); np.person >= 0 {
				k = int(b.menLast[np.person]) - 1
				continue
			}
		}
		words++
		w := b.words[k]
		if isAnyWord(trimConj(w), "في", "الي", "علي", "حيث", "الذي", "التي", "الذين", "ثم", "كما",
			"بعد", "بعدما", "عقب", "اثر", "قبل", "منذ", "جراء", "بسبب", "رغم", "عندما") {
			// the object comes before the visit's place and what follows,
			// a clause of time or cause too (زار الوزير طرابلس بعد سقوط
			// عشرين جريحا: the wounded are no one visited)
			return -1
		}
		if k > tr.Last && trimConj(w) != w && b.verbTriggerAt(k) {
			// a clause of its own, و and a verb: the wounded counted in
			// it are no one visited (زار المستشفى وقال إن عدد المصابين
			// ارتفع)
			return -1
		}
		if hasAnyPrefix(strings.TrimPrefix(trimConj(w), "ال"), victimWords) != "" {
			return k
		}
	}
	return -1
}

// raidOfArrest folds a raid told after في or خلال right after an arrest
// of its sentence (اعتقال سبعة مشتبه بهم في مداهمات نفذتها قوات الأمن فجر
// اليوم في حيي هودن ودركينلي; events' arrestedInRaid types it an arrest)
// into that arrest: the raid is how the arrest was made, and its place
// and time are the arrest's.
func (b *eventBuilder) raidOfArrest(ds []*draft) {
	for i, d := range ds {
		if i == 0 || d.dropped || d.ev.Type != events.Arrest || d.tr.POS != events.Noun || !strings.HasPrefix(d.tr.Lemma, "مداهم") ||
			!isAnyConj(b.word(d.tr.First-1), "في", "خلال", "اثناء") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := ds[j]
			if p.dropped || p.ev.Type != events.Arrest {
				continue
			}
			if p.tr.Last <= d.tr.First && d.tr.First-p.tr.Last <= 8 && !b.punctBetween(p.tr.Last, d.tr.First) {
				p.takeWhereWhen(d)
				d.dropped = true
			}
			break
		}
	}
}

// visitsSite reports a visit whose object, within twelve words of its
// clause, is the site of an incident (موقع الانفجار، مكان الحادث) or the
// hospital the story named (المستشفى): زار رئيس السلطة فلان موقع الانفجار
// ظهر اليوم. Told by زار, the site is its object; told by a verb of
// going (وصل، انتقل), it follows إلى, and so may the works the story
// named before by its town (وصل الوزير، ظهر اليوم، إلى المصفى after مصفى
// بيجي; انتقل المحافظ إلى موقع الحادث, the Egyptian press's phrase).
func (b *eventBuilder) visitsSite(tr events.Trigger) bool {
	if tr.POS == events.Noun {
		return false
	}
	going := isAnyWord(tr.Lemma, "وصل", "يصل", "انتقل", "ينتقل")
	if !going && tr.Lemma != "زار" && tr.Lemma != "يزور" {
		return false
	}
	for k := tr.Last; k+1 < len(b.words) && k < tr.Last+12; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return false
		}
		w := trimConj(b.words[k])
		if going {
			if w == "الي" {
				return b.siteAt(k+1) || b.worksNamedBefore(k+1) >= 0
			}
			continue
		}
		if w == "موقع" || w == "مكان" || w == "المستشفي" {
			return b.siteAt(k)
		}
	}
	return false
}

// siteAt reports the site of an incident (موقع الانفجار، مكان الحادث) or
// the hospital (المستشفى) beginning at token k.
func (b *eventBuilder) siteAt(k int) bool {
	if k+1 >= len(b.words) {
		return false
	}
	switch b.words[k] {
	case "موقع", "مكان":
		return isIncidentWord(strings.TrimPrefix(b.words[k+1], "ال"))
	case "المستشفي":
		// وزار رئيس الوزراء المستشفى صباح اليوم: the hospital the
		// story told of, where its victims lie.
		return true
	}
	return false
}

// worksNamedBefore returns the town (a place mention) of the definite
// works noun at token k (المصفى، المحطة، المنجم) when the story named the
// works before by its town (مصفى بيجي، بمحطة قطار طنطا: worksBefore):
// the same works, told again. -1 when it did not. The first naming of
// each works noun is read once a document (worksTownsOf): a scan from
// the text's start at every verb of going to the works was quadratic on
// a long line (2 MB of "وصل الوزير … إلى المصفى": 0.3 s -> 4.3 s).
func (b *eventBuilder) worksNamedBefore(k int) int {
	w, ok := strings.CutPrefix(b.words[k], "ال")
	if !ok || !isWorksNoun(w) {
		return -1
	}
	if t, ok := b.worksTownsOf()[w]; ok && t.noun+2 < k {
		return t.town
	}
	return -1
}

// A worksTown is where the text first names works by their town: the
// token of the works noun and the town's mention.
type worksTown struct{ noun, town int }

// worksTownsOf returns, per works noun (folded, without و or ب), the
// first place the text names such works by (مصفى بيجي، بمحطة قطار طنطا:
// the town right after the noun or past the works' kind), read once a
// document.
func (b *eventBuilder) worksTownsOf() map[string]worksTown {
	if b.worksTownsRead {
		return b.worksTowns
	}
	b.worksTownsRead = true
	for j := range b.words {
		w := strings.TrimPrefix(trimConj(b.words[j]), "ب")
		if !isWorksNoun(w) {
			continue
		}
		if _, ok := b.worksTowns[w]; ok {
			continue
		}
		for m := j + 1; m <= j+2 && m < len(b.tokMention); m++ {
			if x := b.tokMention[m]; x >= 0 && int(b.menFirst[x]) == m && b.doc.Mentions[x].Label == LOC && b.worksBefore(m) {
				if b.worksTowns == nil {
					b.worksTowns = map[string]worksTown{}
				}
				b.worksTowns[w] = worksTown{j, int(x)}
				break
			}
		}
	}
	return b.worksTowns
}

// visitedWorks returns the town of the works a verb of going goes to,
// named before (وصل الوزير إلى المصفى: worksNamedBefore), or -1.
func (b *eventBuilder) visitedWorks(tr events.Trigger) int {
	for k := tr.Last; k+1 < len(b.words) && k < tr.Last+12; k++ {
		if p := b.punct(k); p != "" && p != "," {
			return -1
		}
		if trimConj(b.words[k]) == "الي" {
			return b.worksNamedBefore(k + 1)
		}
	}
	return -1
}

// isIncidentWord reports a bare noun of an incident whose site is
// visited (انفجار، حادث، حريق، هجوم، انهيار، تدافع).
func isIncidentWord(w string) bool {
	switch w {
	case "انفجار", "تفجير", "حادث", "حادثه", "حريق", "هجوم", "اعتداء", "انهيار", "تدافع", "كارثه", "فاجعه", "جريمه", "غرق", "انزلاق", "سقوط":
		return true
	}
	return false
}

// verbTriggerAt reports an event word told by a verb (perfect or
// imperfect, not a noun) beginning at token k.
func (b *eventBuilder) verbTriggerAt(k int) bool {
	return b.triggerAt(k, isVerbTrigger)
}

// isVerbTrigger reports an event word told by a verb, not a noun.
func isVerbTrigger(o events.Trigger) bool { return o.POS != events.Noun }

// triggerAt reports a trigger beginning at token k for which is reports
// true (verbTriggerAt, statementAt): not in a date or a name (trigAt).
func (b *eventBuilder) triggerAt(k int, is func(events.Trigger) bool) bool {
	if k < 0 || k >= len(b.trigAt) || !b.trigAt[k] {
		return false
	}
	return slices.ContainsFunc(b.trsAt(k), is)
}

// trsAt returns the document's triggers that begin at token k.
func (b *eventBuilder) trsAt(k int) []events.Trigger { return trsBeginningAt(b.allTrs, k) }

// trsBeginningAt returns the triggers of trs (in text order, as allTrs
// and each sentence's are) that begin at token k.
func trsBeginningAt(trs []events.Trigger, k int) []events.Trigger {
	i, _ := slices.BinarySearchFunc(trs, k, func(o events.Trigger, k int) int { return o.First - k })
	j := i
	for j < len(trs) && trs[j].First == k {
		j++
	}
	return trs[i:j]
}

// victimWords begin the folded words of the wounded, the sick and the
// victims (جرحى، جريح، مصابين، ضحايا، مرضى).
var victimWords = []string{"جرحي", "جريح", "مصاب", "ضحايا", "مرضي"}

// isOrderVerb reports a trigger of a verb of ordering (أمر، يأمر، أعطى
// or أصدر with تعليماته، أوامره; a directive وجّه، أوعز بـ).
func isOrderVerb(tr events.Trigger) bool {
	return tr.Lemma == "أمر" || tr.Lemma == "يأمر" || tr.Lemma == "أعطى" || tr.Lemma == "أصدر" || tr.Lemma == "يصدر" ||
		tr.Lemma == "وجه" || tr.Lemma == "يوجه" || tr.Lemma == "اوعز" || tr.Lemma == "يوعز" // وجّه، أوعز بـ (evt17)
}

// planAims reports a verb of targeting (استهدف، يستهدف) whose subject,
// in the four words before it in its clause, is a plan, a campaign or a
// measure (حملة تطعيم فموي تستهدف مليوني شخص، برنامج يستهدف الشباب،
// المبادرة التي تستهدف الأسر الفقيرة): what it aims at, no attack. A
// campaign told as armed (حملة عسكرية تستهدف، حملة جوية) still attacks.
func (b *eventBuilder) planAims(tr events.Trigger, sentFirst int) bool {
	if tr.POS == events.Noun || !isAnyWord(tr.Lemma, "استهدف", "يستهدف") {
		return false
	}
	for k := tr.First - 1; k >= sentFirst && k >= tr.First-4; k-- {
		if b.punct(k) != "" || b.tokMention[k] >= 0 {
			return false
		}
		w := trimConj(b.word(k))
		if isAnyWord(w, "عسكريه", "عسكري", "جويه", "امنيه", "امني", "مسلحه", "بريه") {
			return false
		}
		if w = strings.TrimPrefix(w, "ال"); isPlanWord(w) || strings.HasSuffix(w, "ا") && isPlanWord(strings.TrimSuffix(w, "ا")) {
			// (the indefinite accusative too: أطلقت برنامجا يستهدف)
			return true
		}
	}
	return false
}

// isPlanWord reports the nouns, without the article, of a plan, a
// campaign or a measure (folded): what a verb of targeting after them
// aims at.
func isPlanWord(w string) bool {
	switch w {
	case "حمله", "حملات", "برنامج", "برامج", "مشروع", "مشاريع", "خطه", "خطط", "مبادره", "مبادرات",
		"دوره", "ورشه", "اجراءات", "اجراء", "قرار", "سياسه", "قانون", "اصلاحات", "استراتيجيه", "منحه", "قافله":
		return true
	}
	return false
}

// personAfter reports a person at token k, the object of a verbal noun
// of holding (التحفظ على السائق، التحفظ على محمد علي): a name the
// recognizer tagged a person, or a noun of persons held, counted or not
// (المتهمين، ثلاثة أشخاص، السائق).
func (b *eventBuilder) personAfter(k int) bool {
	if k >= len(b.tx.Tokens) {
		return false
	}
	if x := b.tokMention[k]; x >= 0 {
		return b.doc.Mentions[x].Label == PER
	}
	if _, next, ok := events.Number(b.tx, k, len(b.tx.Tokens)); ok {
		k = next
		if k >= len(b.tx.Tokens) {
			return false
		}
	}
	return events.IsPeopleNoun(strings.TrimPrefix(b.word(k), "ال"), events.PeopleHeld|events.PeopleAccountable)
}
