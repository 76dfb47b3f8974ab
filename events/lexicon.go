package events

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/wordtab"
	"github.com/nabanlp/naba/normalize"
)

//go:embed data/triggers.txt
var triggersTxt string

// POS is the part of speech of a trigger form.
type POS uint8

// Parts of speech.
const (
	// Noun is a verbal noun or an event noun (لقاء، زيارة، انفجار).
	Noun POS = 1 + iota
	// Perfect is a verb in the perfect (past) tense (التقى، قالت).
	Perfect
	// Imperfect is a verb in the imperfect (present or future) tense
	// (يلتقي، سيزور).
	Imperfect
	// Participle is an active participle in the accusative that opens a
	// circumstantial clause (حال) after a comma: …، داعيا إلى وقف القتال.
	// Its subject is the subject of the verb it follows.
	Participle
)

func (p POS) String() string {
	switch p {
	case Noun:
		return "noun"
	case Perfect:
		return "perfect"
	case Imperfect:
		return "imperfect"
	case Participle:
		return "participle"
	}
	return "?"
}

// A check is a context test for an ambiguous trigger word.
type check uint8

const (
	checkNone       check = iota
	checkDiscuss          // بحث: discussed, not research or search
	checkToward           // توجه، عاد: went to a place
	checkReturn           // عودة: a person's return, not of refugees or calm
	checkAppoint          // عيّن: appointed, not the noun eye/spring
	checkEstablish        // تشكيل: forming a body
	checkDissolve         // حل: dissolving a body, not a solution
	checkSuspend          // علق، تعليق: suspending, not commenting
	checkVerdict          // حكم: a verdict, not rule
	checkSign             // وقّع: signed, not happened or fell
	checkDecision         // قرار: a decision issued
	checkExpress          // عبّر عن: expressed, not the preposition عبر
	checkQuote            // نقل عن: quoted someone, not transported
	checkPhone            // اتصل ب: called someone, not connected
	checkArrive           // وصل إلى دمشق: arrived, not reached power or a result
	checkPosition         // تولى منصباً: took office, not took charge of a task
	checkClause           // …، داعيا إلى: a participle that opens a clause after a comma (masculine: or none)
	checkMotive           // احتجاجا على: a protest, not the motive of a resignation or a state's withdrawal
	checkMade             // أجرى … اتصالات: calls made, not telecoms (وزارة الاتصالات)
	checkCourt            // قضت المحكمة: a court ruled, not spent or ended
	checkDetain           // أوقف، ضبط: detained persons, not stopped work
	checkRate             // رفع، خفض: a change of the interest rate
	checkFire             // أطلق مسلح النار: fire opened by a subject named between
	checkCall             // هاتف: phoned someone, not the device (هاتف آيفون، الهاتف الذكي)
	checkWound            // إصابة، أصيب: wounded, not infected (إصابة بفيروس كورونا)
	checkReceive          // استقبل: received a guest, not refugees, goods or calls
	checkBurn             // أحرق: set fire to a building or a vehicle, not to oneself or a flag
	checkSummit           // قمة: a summit, not the top of a league, a mountain or a feeling
	checkOath             // أدى اليمين: took the oath, not led to (أدى إلى صعود اليمين)
	checkFlight           // فرار: people fleeing, not desertion as a crime (جرائم الفرار الداخلي)
	checkAdded            // أضاف: said more, not added a goal (أضاف صلاح الهدف الثالث)
	checkClosed           // أغلق: closed a crossing or an office, not a market's session (أغلقت البورصة على ارتفاع)
	checkDestroy          // دمر: destroyed by a strike or a force, not an economy by a war
	checkToll             // خلف: left a number of people dead, not succeeded or behind
	checkHurt             // أصاب: wounded a number of people, not hit a target or a building
	checkInspect          // تفقد: an inspection visit, not the verb "loses" (تفقد الليرة قيمتها)
	checkOrdered          // حبس: detention ordered (أمرت النيابة بحبس), not holding one's breath
	checkEvacuate         // إخلاء: evacuating people or buildings, not a release (إخلاء سبيل) or a disclaimer
	checkFamilies         // نقل: moving families or residents, not the wounded or goods
	checkForced           // أجبر … على مغادرة: people forced from their homes, not a player from the pitch
	checkEvacuated        // أجلى: moved people out, not أجّل "postponed" (أجلت المحكمة النظر في القضية), which folds alike
	checkSession          // جلسة: a session of a council or of talks, not a court's hearing
	checkHearing          // جلسة: a court's hearing, a step of a trial (the other side of checkSession)
	checkExecuted         // إعدام: an execution, not a death sentence (أحكام الإعدام، رأيه في إعدامهم)
	checkMatch            // التقى: met, not played a match (يلتقي الأهلي مع الزمالك في الجولة التاسعة)
	checkBlast            // فجر: blew up, not the dawn (الساعة 3:40 فجر يوم الأربعاء)
	checkApproval         // وافق، موافقة: a body approved, not a person agreed (وافق مبدئيا على قيمة الصفقة)
	checkDirective        // وجّه بـ: directed that something be done, not the noun face (في وجه) nor وجّه رسالة
	checkHeld             // اعتقال، توقيف: an arrest, not the detention a court extends (مددت المحكمة اعتقاله)
	checkClaim            // تبنى الهجوم: a claim made, not one a speaker reports (قال إن مجموعة تبنت الهجوم)
	checkVote             // صوّت: a body voted on a text, not voters at the polls nor the noun صوت (a vote, a voice)
	checkMarch            // مسيرة، موكب: a march of protesters, not a drone, a career or an official's motorcade
	checkPledge           // تعهد، تبرع، منح: money promised or given (an amount in a currency), not a promise to act
	checkGave             // قدم، تقديم: an amount of money given right after the giver, not a resignation or a draft budget
	checkPardon           // عفو، عفا عن: a pardon granted, not عفوا (sorry), منظمة العفو الدولية nor عفا الله عنه
	checkChosen           // اختير، تسمية، وقع الاختيار على: chosen for an office named in the accusative, not a choice of things
	checkOpened           // افتتح، افتتاح: a centre, a hospital or a road opened, not a session, a forum or a season
	checkShipment         // شحنة: a shipment of aid, medicine or vaccines (شحنة من اللقاحات), not of arms or goods
	checkDeclared         // حالة الطوارئ: a state of emergency declared, imposed or extended, not one in force
	checkHeldOff          // تريث، تراجع عن: a resignation held off or taken back, not waiting in general nor a fall (تراجع الأسعار)
	checkResigned         // استقالة: a resignation, not one suspended, held off or taken back (علق استقالته، تريثه في تقديم استقالته)
	checkAnnulled         // إلغاء: a cancelling announced (أعلنت الهيئة إلغاء النتائج), not one called for or discussed
	checkCalled           // دعا، دعوة: a call on someone, not a body convened to a session (دعوة البرلمان إلى دورة استثنائية)
	checkStudent          // طالب: called for, not the noun "a student" (القبض على طالب في كلية، طالب جامعي)
	checkAssault          // اعتداء، اعتدى: an assault on people or places, not on land, money, rights or laws, nor a sexual or verbal one
	checkCarried          // طائرة، سفينة، شاحنة تحمل … أدوية: a vehicle carrying aid goods, not a warplane or a ship of goods
	checkConvoy           // قافلة من الهلال الأحمر: a convoy of a relief body, not a military convoy
	checkReturnees        // عاد، يعود: refugees or displaced people the subject (عاد نحو 700 لاجئ), not an official of their affairs (وزير شؤون اللاجئين)
	checkCell             // فكك: broke up a cell, a network or a gang named before it (خلية … فككتها الشرطة), not took apart a device or a camp
	checkPeople           // شرد، ترحيل: people made homeless or deported (شردت السيول آلاف الأسر، ترحيل المهاجرين), not a mind wandering or a file deferred
	checkForce            // القوة القاهرة: force majeure declared on a field, a port or a plant, not one lifted
	checkBail             // أخلت النيابة سبيل فلان: سبيل after the subject, not في سبيل (for the sake of)
	checkCeremony         // احتفال، حفل: a ceremony attended or held (حضر الاحتفال، في احتفال أقيم), not a celebration in general
	checkSitting          // دورة: a body's session (أشغال الدورة، الدورة الثالثة للجنة المشتركة), not a course, a tournament nor a cycle
	checkSeized           // إيقاف: people held (إيقاف ثلاثة أشخاص، إيقاف المشتبه به), not a match, a player or work stopped
	checkDeferred         // تأجيل، إرجاء: something put off, not a court case's hearing (تأجيل النظر في القضية: a step of the trial)
	checkTaking           // تسلم، استلم، باشر: an office taken up (تسلم مهامه، تسلم قيادة الجيش), not what an office receives nor duties named in another phrase
	checkConvict          // أدانت المحكمة، برأت محكمة: a court convicted or acquitted
	checkCondemn          // أدان، دان: condemned, when no court is the subject
	checkCamp             // نازحين: people displaced, not a camp or shelter named by them (مخيم النازحين، مراكز إيواء النازحين)
	checkSentenced        // السجن: a verbless heading of a sentence (السجن 10 سنوات لأعضاء خلية), not the prison
	checkShell            // بقذيفة، بصاروخ: the shell or missile that killed or wounded (مقتل طفلين بقذيفة), not one named otherwise
	checkLifted           // رفع القوة، رفع حالة: a measure lifted (رفع القوة القاهرة، رفع حالة الطوارئ), not a power or a state raised (رفع القوة الشرائية، رفع حالة التأهب)
	checkStone            // وضع … حجر: the first stone laid (وضع حجر الأساس), not a quarantine (في حجر صحي) nor a cornerstone (حجر الزاوية)
	checkTour             // جال، يجول: touring a place, not صال وجال (strutted) nor what came to mind (جال في خاطره)
	checkFreed            // حرر: hostages or a crew freed, the verb's object, not a report written about them (حرر تقريرا عن الرهائن)
	checkCrossers         // عبر، يعبر، عبور: refugees crossing a border (عبر آلاف اللاجئين الحدود), not the preposition عبر (via)
	checkRaid             // داهم، مداهمة: a raid that is an assault (داهمت القوات وكر الخلية), not a search for people (checkSearchRaid)
	checkSearchRaid       // داهم، مداهمة: a raid searching for people (داهمت الشرطة منازل، حملة مداهمات واعتقالات): an arrest's
	checkPromise          // وعد، تعهد: promised to act (وعد الرئيس بسحب القانون), not money pledged nor the noun (وعد بلفور)
	checkAlighted         // حل بـ: arrived in a place (وحل الوزير، مساء أمس، بمدينة وجدة), not dissolved nor replaced or ranked
	checkHospital         // أقام، أنشأ: a field hospital set up (أقام الجيش مستشفى ميدانيا), not a checkpoint nor a camp
	checkToldThat         // أبلغ، يبلغ: told someone that (أبلغ الوزير المجلس أنه), not يبلغ "amounts to, is aged"
	checkHanded           // سلّم، تسليم: aid goods handed over (سلّم المركز 20 طنا من الأدوية), not a suspect, a letter or power
	checkFund             // خصص، تمويل: money allocated or funding given for relief or reconstruction, not a budget's projects
	checkEscape           // فر، هرب، فرار: prisoners escaping (فر عشرات السجناء من سجن), not people fleeing a war
	checkDescribed        // وصف … بـ: described something as, not a patient's state nor a relative clause (لما وصفته بـ)
	checkGoods            // ضبط، حجز، صادر: goods seized (حجزت الجمارك طنا من الشيرا), not persons, a network or restraint (ضبط النفس)
	checkRound            // جولة: a person's tour of places (قام بجولة شملت الرياض), not a round of talks, of a league or of a campaign
	checkSent             // أرسل، إرسال: relief sent (rescue or firefighting teams and aircraft, aid goods), not troops, a letter or a delegation
	checkBlockade         // أغلق: protesters closing a road or a railway (شبان أغلقوا الطريق بالعجلات المشتعلة), not the authorities' closure
	checkCampaign         // حملة التطعيم: a vaccination campaign run or launched, not one told to come (حملة التطعيم ستنطلق السبت)
	checkTender           // طلب: asked for, not the noun of a call for tenders (ستطلق الوكالة طلب عروض جديدا)
	checkCoach            // التعاقد مع: a coach hired (التعاقد مع المدرب التونسي فلان), not a contract with a firm
	checkKidnap           // اختطف، خطف: people kidnapped, not a title or the limelight snatched nor a ship or a plane hijacked
	checkCharged          // كلف: charged with an office (كلف فلانا بتشكيل الحكومة), not tasked with a job (كلف الوحدة برفع الأنقاض)
)

var checkNames = map[string]check{
	"discuss": checkDiscuss, "toward": checkToward, "return": checkReturn, "appoint": checkAppoint,
	"establish": checkEstablish, "dissolve": checkDissolve, "suspend": checkSuspend,
	"verdict": checkVerdict, "sign": checkSign, "decision": checkDecision, "express": checkExpress,
	"quote": checkQuote, "phone": checkPhone, "arrive": checkArrive, "position": checkPosition,
	"clause": checkClause, "court": checkCourt, "detain": checkDetain, "rate": checkRate,
	"fire": checkFire, "call": checkCall, "wound": checkWound, "receive": checkReceive,
	"burn": checkBurn, "summit": checkSummit, "oath": checkOath, "flight": checkFlight, "added": checkAdded, "closed": checkClosed, "destroy": checkDestroy, "toll": checkToll, "hurt": checkHurt,
	"motive": checkMotive, "made": checkMade,
	"inspect": checkInspect, "ordered": checkOrdered, "evacuate": checkEvacuate, "families": checkFamilies, "forced": checkForced,
	"evacuated": checkEvacuated, "session": checkSession, "hearing": checkHearing, "executed": checkExecuted,
	"match": checkMatch, "blast": checkBlast, "approval": checkApproval, "directive": checkDirective,
	"held": checkHeld, "claim": checkClaim, "vote": checkVote, "march": checkMarch,
	"pledge": checkPledge, "gave": checkGave, "pardon": checkPardon, "chosen": checkChosen,
	"opened": checkOpened, "shipment": checkShipment, "declared": checkDeclared,
	"heldoff": checkHeldOff, "resigned": checkResigned, "annulled": checkAnnulled,
	"called": checkCalled, "student": checkStudent, "assault": checkAssault, "carried": checkCarried, "convoy": checkConvoy, "returnees": checkReturnees,
	"cell": checkCell, "people": checkPeople, "force": checkForce,
	"bail": checkBail, "ceremony": checkCeremony, "sitting": checkSitting, "seized": checkSeized, "deferred": checkDeferred, "taking": checkTaking,
	"convict": checkConvict, "condemn": checkCondemn, "camp": checkCamp, "sentenced": checkSentenced,
	"shell": checkShell, "lifted": checkLifted, "stone": checkStone, "tour": checkTour, "freed": checkFreed, "crossers": checkCrossers,
	"raid": checkRaid, "searchraid": checkSearchRaid, "promise": checkPromise, "alighted": checkAlighted,
	"fieldhospital": checkHospital, "toldthat": checkToldThat, "handed": checkHanded, "goods": checkGoods, "described": checkDescribed, "escape": checkEscape, "fund": checkFund,
	"round": checkRound, "sent": checkSent, "campaign": checkCampaign, "blockade": checkBlockade, "tender": checkTender,
	"coach": checkCoach, "kidnap": checkKidnap, "charged": checkCharged,
}

// A sense is one meaning of a trigger form.
type sense struct {
	typ, cameo string
	pos        POS
	lemma      string
	// next lists the folded words one of which must follow; a word
	// ending in * is a prefix. With near, one of them must come within
	// the next twenty words of the sentence.
	next  []string
	near  bool
	check check
}

// A Lexicon is a compiled set of event triggers. It is immutable and safe
// for concurrent use. The zero value matches nothing; Default returns the
// lexicon built from naba's embedded trigger list.
type Lexicon struct {
	senses []sense
	// forms maps a folded surface form, without proclitics and article,
	// to the senses it has; pronounBit marks a form that ends in a
	// pronoun (لقائه، استقبله).
	forms map[string][]uint16
	// shape is a bitset of the hashes of the forms' first two and last
	// bytes and length: a cheap test before a map lookup.
	shape [1 << 10]uint64
	// tails is a bitset of the hashes of the forms' last four letters
	// (see tailSet): proclitics never change them, so one test rejects a
	// word before its readings are tried.
	tails tailSet
}

// A tailSet holds the hashes of the last four letters (eight bytes) of a
// set of words; words of fewer letters are also entered behind each
// string of proclitics and article that eachSplit splits off (tailPrefixes),
// whose last letters then take the missing places.
type tailSet [1 << 10]uint64

func tailHash(w string) uint32 {
	// The eight bytes in one word, or fewer with their count, and a
	// multiplicative hash of it: every token of a document is tested,
	// most of them once by the lexicon and once by the titles.
	var x uint64
	if n := len(w); n >= 8 {
		w = w[n-8:]
		x = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	} else {
		for i := 0; i < n; i++ {
			x = x<<8 | uint64(w[i])
		}
		x = x*0xFF51AFD7ED558CCD + uint64(n)
	}
	return uint32((x * 0x9E3779B97F4A7C15) >> 48)
}

func (ts *tailSet) set(w string) {
	h := tailHash(w)
	ts[h>>6] |= 1 << (h & 63)
}

// tailPrefixes are the strings eachSplit may split off before a stem: a
// conjunction, one of ب ل ك س, and the article (ال, or ل after ل).
var tailPrefixes = func() []string {
	var ps []string
	for _, c1 := range [...]string{"", "و", "ف"} {
		for _, c2 := range [...]string{"", "ب", "ل", "ك", "س"} {
			ps = append(ps, c1+c2, c1+c2+"ال")
			if c2 == "ل" {
				ps = append(ps, c1+c2+"ل")
			}
		}
	}
	return ps
}()

func (ts *tailSet) add(form string) {
	ts.set(form)
	if len(form) < 8 {
		for _, p := range tailPrefixes {
			ts.set(p + form)
		}
	}
}

func (ts *tailSet) has(w string) bool { return ts.hasHash(tailHash(w)) }

func (ts *tailSet) hasHash(h uint32) bool { return ts[h>>6]&(1<<(h&63)) != 0 }

// A Tail says what the last letters of a word may begin (AppendTails).
type Tail uint8

// Tails of a word.
const (
	// TriggerTail: the word may be a trigger form of the lexicon.
	TriggerTail Tail = 1 << iota
	// TitleTail: the word may be the first word of a title.
	TitleTail
)

// AppendTails appends to dst, for each of words (the folded words of a
// text's tokens, see AppendWords), whether its last letters are those of
// a trigger form of l or of a title's first word, and returns the
// extended slice: Finder.AppendTriggersTails finds no trigger at a word
// without TriggerTail, TitleProcliticWords no title at one without
// TitleTail. One hash of each word serves both tests.
func (l *Lexicon) AppendTails(dst []Tail, words []string) []Tail {
	ts := titles()
	tail := func(w string) Tail {
		h := tailHash(w)
		var t Tail
		if l.tails.hasHash(h) {
			t = TriggerTail
		}
		if ts.tails.hasHash(h) {
			t |= TitleTail
		}
		return t
	}
	// Tokens other than words (punctuation, numbers) have the empty
	// word: its tails are read once. dst is grown once and written in
	// place.
	empty := tail("")
	n := len(dst)
	dst = slices.Grow(dst, len(words))[:n+len(words)]
	out := dst[n:]
	for i, w := range words {
		if w == "" {
			out[i] = empty
		} else {
			out[i] = tail(w)
		}
	}
	return dst
}

func shapeHash(s string) uint32 {
	n := len(s)
	if n < 2 {
		return 0
	}
	h := uint32(s[0])*0x9E3779B1 ^ uint32(s[1])*0x85EBCA77 ^ uint32(s[n-1])*0xC2B2AE3D ^ uint32(n)*0x27D4EB2F
	return (h ^ h>>15) & (1<<16 - 1)
}

func (l *Lexicon) mayHave(stem string) bool {
	h := shapeHash(stem)
	return l.shape[h>>6]&(1<<(h&63)) != 0
}

const pronounBit = 1 << 15

// Default returns the lexicon built from the embedded trigger list. It is
// built on first use and shared.
func Default() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := Parse(triggersTxt)
	if err != nil {
		// The embedded list is part of the program: a parse error is a
		// bug caught by the package tests.
		panic("events: embedded trigger list: " + err.Error())
	}
	return l
})

// fold is the normalizer for lexicon keys: Search folding, which returns
// its input unchanged, without allocating, when it is already folded.
var fold = normalize.MustNew(normalize.Search)

// Parse compiles a trigger list in the format of the embedded
// data/triggers.txt, whose header describes it in full:
//
//	# a comment
//	@TYPE CAMEO          starts the triggers of an event type (CAMEO "-" for none)
//	pv التقى اجتمع       perfect verbs (3rd person masculine singular)
//	iv يلتقي يجتمع       imperfect verbs, with their ي
//	n لقاء اجتماع        nouns
//	n= لقاءات            one exact form (also v= i=), nothing generated
//	n اتصال +هاتفي       the next word must be one of these
//	pv بحث !discuss      a context check for an ambiguous word
//
// The inflected forms are generated (التقت، التقوا، يلتقون، سيلتقي، لقائه).
// A malformed line (an unknown part of speech or check, a trigger before
// any @TYPE) gives an error naming its line number.
func Parse(src string) (*Lexicon, error) {
	l := &Lexicon{forms: make(map[string][]uint16, 16384)}
	typ, cameo := "", ""
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.HasPrefix(f[0], "@") {
			if len(f) != 2 {
				return nil, fmt.Errorf("line %d: want @TYPE CAMEO", n+1)
			}
			typ, cameo = f[0][1:], f[1]
			if cameo == "-" {
				cameo = ""
			}
			continue
		}
		if typ == "" {
			return nil, fmt.Errorf("line %d: trigger before any @TYPE", n+1)
		}
		var (
			pos   POS
			exact bool
		)
		switch f[0] {
		case "n":
			pos = Noun
		case "pv":
			pos = Perfect
		case "iv":
			pos = Imperfect
		case "n=":
			pos, exact = Noun, true
		case "v=":
			pos, exact = Perfect, true
		case "i=":
			pos, exact = Imperfect, true
		case "pt":
			pos, exact = Participle, true
		default:
			return nil, fmt.Errorf("line %d: unknown part of speech %q", n+1, f[0])
		}
		base := sense{typ: typ, cameo: cameo, pos: pos}
		var words []string
		for _, w := range f[1:] {
			switch w[0] {
			case '+':
				list := w[1:]
				if rest, ok := strings.CutPrefix(list, "~"); ok {
					list, base.near = rest, true
				}
				for _, nx := range strings.Split(list, ",") {
					if nx != "" {
						base.next = append(base.next, fold.String(nx))
					}
				}
			case '!':
				c, ok := checkNames[w[1:]]
				if !ok {
					return nil, fmt.Errorf("line %d: unknown check %q", n+1, w)
				}
				base.check = c
			case '^':
				base.cameo = w[1:]
			default:
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("line %d: no forms", n+1)
		}
		for _, w := range words {
			if pos == Imperfect && !exact && !strings.HasPrefix(w, "ي") {
				return nil, fmt.Errorf("line %d: imperfect %q does not begin with ي", n+1, w)
			}
			s := base
			s.lemma = w
			if len(l.senses) >= pronounBit {
				return nil, fmt.Errorf("line %d: too many senses", n+1)
			}
			id := uint16(len(l.senses))
			l.senses = append(l.senses, s)
			var forms []form
			if exact {
				forms = []form{{w, false}}
			} else {
				forms = inflect(w, pos)
			}
			for _, f := range forms {
				key := fold.String(f.text)
				v := id
				if f.pronoun {
					v |= pronounBit
				}
				if !containsID(l.forms[key], id) {
					l.forms[key] = append(l.forms[key], v)
				}
				h := shapeHash(key)
				l.shape[h>>6] |= 1 << (h & 63)
				l.tails.add(key)
			}
		}
	}
	// A sense that needs the next word is tried before one that does
	// not, whatever line of the file it came from: the longer phrase
	// tells more (محادثات هاتفية is a call, محادثات alone talks).
	for _, ids := range l.forms {
		slices.SortStableFunc(ids, func(x, y uint16) int {
			return cmp.Compare(l.nextRank(x), l.nextRank(y))
		})
	}
	return l, nil
}

// nextRank orders the senses of one form: 0 for a sense that needs the
// word right after it, 1 for the others.
func (l *Lexicon) nextRank(v uint16) int {
	if s := &l.senses[v&^pronounBit]; len(s.next) > 0 && !s.near {
		return 0
	}
	return 1
}

func containsID(ids []uint16, id uint16) bool {
	for _, x := range ids {
		if x&^pronounBit == id {
			return true
		}
	}
	return false
}

// Objects and possessives that follow verbs and nouns.
var pronouns = []string{"ه", "ها", "هم", "هما", "هن"}

// A form is a surface form of a lexicon word; pronoun marks one that ends
// in an object or possessive pronoun.
type form struct {
	text    string
	pronoun bool
}

// inflect returns the surface forms of a lexicon word (in ordinary
// spelling, before folding), without proclitics.
func inflect(w string, pos POS) []form {
	var out []form
	add := func(s ...string) {
		for _, x := range s {
			out = append(out, form{x, false})
		}
	}
	withPronouns := func(stem string) {
		for _, p := range pronouns {
			out = append(out, form{stem + p, true})
		}
	}
	last, size := utf8.DecodeLastRuneInString(w)
	stem := w[:len(w)-size]
	switch pos {
	case Perfect:
		switch last {
		case 'ى': // التقى: التقت، التقوا، التقيا، التقاه
			add(w, stem+"ت", stem+"وا", stem+"يا", stem+"تا")
			withPronouns(stem + "ا")
		case 'ا': // دعا: دعت، دعوا
			add(w, stem+"ت", stem+"وا", stem+"تا")
			withPronouns(w)
		default: // قال: قالت، قالوا، قالا، قالتا؛ استقبله، استقبلته، اعتقلوه
			add(w, w+"ت", w+"وا", w+"ا", w+"تا")
			withPronouns(w)
			withPronouns(w + "ت")
			out = append(out, form{w + "وه", true})
		}
	case Imperfect:
		core := strings.TrimPrefix(w, "ي")
		coreStem := core[:len(core)-size]
		for _, p := range []string{"ي", "ت", "ن"} {
			switch last {
			case 'ي', 'ى': // يلتقي: يلتقون، يلتقيان، يلتقوا، (لم) يلتق
				add(p+core, p+coreStem+"ون", p+coreStem+"وا", p+core+"ان")
				if p != "ن" && utf8.RuneCountInString(coreStem) >= 3 {
					add(p + coreStem) // not نجل (son) from يجلي
				}
				withPronouns(p + core)
			case 'و': // يدعو: يدعون، يدعوان، يدعوا
				add(p+core, p+core+"ن", p+core+"ا", p+core+"ان")
				withPronouns(p + core)
			default: // يقول: يقولون، يقولان، يقولوا
				add(p+core, p+core+"ون", p+core+"وا", p+core+"ان", p+core+"ين")
				withPronouns(p + core)
			}
		}
	case Noun:
		switch {
		case last == 'ة': // زيارة: زيارات، زيارته، زيارتين، زيارتا
			add(w, stem+"ات", stem+"تان", stem+"تين", stem+"تا")
			withPronouns(stem + "ت")
			withPronouns(stem + "ات")
			// The dual's construct with a possessive: قدم الوزيران
			// استقالتيهما، زيارتاهما.
			withPronouns(stem + "تي")
			withPronouns(stem + "تا")
		case last == 'ء': // لقاء: لقاءات، لقاءه، لقائه، لقاؤه
			add(w, w+"ات", w+"ان", w+"ين")
			withPronouns(w)
			withPronouns(stem + "ئ")
			withPronouns(stem + "ؤ")
		case strings.HasSuffix(w, "ات"): // محادثات: محادثاتهم
			add(w)
			withPronouns(w)
		default: // اتفاق: اتفاقا، اتفاقات، اتفاقين، اتفاقه
			add(w, w+"ا", w+"ات", w+"ان", w+"ين")
			withPronouns(w)
		}
	}
	return out
}

// A Trigger is a word or phrase of a Text that names an event.
type Trigger struct {
	// Type is the event type (Meet, Visit, …) and CAMEO its CAMEO code
	// (or "").
	Type, CAMEO string
	// Lemma is the lexicon word the trigger is a form of.
	Lemma string
	// First and Last are the tokens [First, Last) of the Text that the
	// trigger covers (more than one for اتصال هاتفي).
	First, Last int
	// Start and End are the bytes of the Text's Norm that the trigger
	// covers: from after its proclitics to the end of its last token.
	Start, End int
	// Proclitic is the folded proclitics split off the first word ("و",
	// "وس", "ل", "ب"), without the article.
	Proclitic string
	// Near is the token of the word a trigger with a word to come found
	// (مصرعهم of لقي أربعة أشخاص، بينهم طفلان، مصرعهم), or 0: that word
	// tells the same event, not another.
	Near int
	// POS is the trigger word's part of speech. (It stands with the
	// two flags after it: apart, its byte took a word of padding, 120
	// bytes a trigger for 112.)
	POS POS
	// Article reports that the first word carries the article ال.
	Article bool
	// Pronoun reports that the first word ends in an object or
	// possessive pronoun (لقائه his meeting, استقبله received him).
	Pronoun bool
}

// Future reports whether the trigger verb carries the future prefix س.
func (tr Trigger) Future() bool {
	return tr.POS == Imperfect && strings.HasSuffix(tr.Proclitic, "س")
}

// Find returns the triggers among the tokens [first, last) of t, in
// text order, without overlap. t's Norm should be Search-normalized (the
// normalization the naba pipeline uses); tokens are folded again when it
// is not.
func (l *Lexicon) Find(t *normalize.Text, first, last int) []Trigger {
	return l.AppendTriggers(nil, t, first, last)
}

// AppendTriggers appends the triggers among the tokens [first, last) of t
// to dst, as Find does, and returns the extended slice.
func (l *Lexicon) AppendTriggers(dst []Trigger, t *normalize.Text, first, last int) []Trigger {
	return l.AppendTriggersWords(dst, t, nil, first, last)
}

// AppendTriggersWords is AppendTriggers reading the folded words of t's
// tokens from words (see AppendWords).
func (l *Lexicon) AppendTriggersWords(dst []Trigger, t *normalize.Text, words []string, first, last int) []Trigger {
	return l.appendTriggers(dst, t, words, nil, nil, first, last)
}

// A Finder finds the triggers of a lexicon in the sentences of a text,
// or of one text after another, and remembers how the lexicon reads each
// distinct word (its proclitics, article and stem, and the senses of the
// stem): a word read once is not split again. It remembers at most 16,384
// words, copied, so memory stays flat over a stream. A Finder is not safe for concurrent use: use one per goroutine
// (a document, or a stream of them).
type Finder struct {
	lex *Lexicon
	// readings holds the readings of up to finderWords words (those that
	// pass the lexicon's tail filter); it starts afresh when full. (A
	// wordtab.Table: a map's lookup cost half as much again, at some
	// 4,000 words a pass over the news corpus.)
	readings wordtab.Table[[]reading]
}

const finderWords = 1 << 14

// NewFinder returns a Finder of the triggers of l.
func (l *Lexicon) NewFinder() *Finder {
	return &Finder{lex: l}
}

// AppendTriggers appends the triggers among the tokens [first, last) of t
// to dst, as Lexicon.AppendTriggers does, reading the folded words of t's
// tokens from words (see AppendWords), and returns the extended slice.
func (f *Finder) AppendTriggers(dst []Trigger, t *normalize.Text, words []string, first, last int) []Trigger {
	return f.lex.appendTriggers(dst, t, words, nil, f, first, last)
}

// AppendTriggersTails is AppendTriggers reading the tails of the words
// from tails (see Lexicon.AppendTails, for f's lexicon).
func (f *Finder) AppendTriggersTails(dst []Trigger, t *normalize.Text, words []string, tails []Tail, first, last int) []Trigger {
	return f.lex.appendTriggers(dst, t, words, tails, f, first, last)
}

func (l *Lexicon) appendTriggers(dst []Trigger, t *normalize.Text, words []string, tails []Tail, f *Finder, first, last int) []Trigger {
	first = max(first, 0)
	last = min(last, len(t.Tokens))
	if l == nil || l.forms == nil {
		return dst
	}
	for i := first; i < last; {
		// match's first test, the tail filter, without the call: it
		// rejects most words.
		tailKnown := i < len(tails)
		if tailKnown && tails[i]&TriggerTail == 0 || !tailKnown && i < len(words) && !l.tails.has(words[i]) {
			i++
			continue
		}
		tr, ok := l.matchTail(context{t: t, i: i, words: words}, f, i < len(words))
		if !ok || tr.Last > last {
			i++
			continue
		}
		dst = append(dst, tr)
		i = tr.Last
	}
	return dst
}

// Match reports whether a trigger begins at token i of t, and returns it.
// Proclitics (و ف ب ل ك س and their combinations) and the article are
// split off the word; the rest is looked up among the inflected forms of
// the lexicon, and an ambiguous word must pass its context check.
func (l *Lexicon) Match(t *normalize.Text, i int) (Trigger, bool) {
	return l.match(context{t: t, i: i}, nil)
}

func (l *Lexicon) match(ctx context, f *Finder) (Trigger, bool) {
	return l.matchTail(ctx, f, false)
}

// matchTail is match, whose tail filter the caller has passed already
// when tailPassed.
func (l *Lexicon) matchTail(ctx context, f *Finder, tailPassed bool) (Trigger, bool) {
	t, i := ctx.t, ctx.i
	if l == nil || l.forms == nil || i < 0 || i >= len(t.Tokens) || t.Tokens[i].Kind != normalize.ArabicWord {
		return Trigger{}, false
	}
	word := ctx.word(i)
	if !tailPassed && !l.tails.has(word) {
		return Trigger{}, false
	}
	if f != nil {
		rs, ok := f.readings.Get(word)
		if !ok {
			if f.readings.Len() >= finderWords {
				f.readings.Clear()
			}
			word = strings.Clone(word) // the key must not hold the text
			rs = l.readings(word)
			f.readings.Put(word, rs)
		}
		for _, r := range rs {
			if tr, ok := l.sense(ctx, word, r.pro, r.article, r.ids, false); ok {
				return tr, true
			}
		}
		return Trigger{}, false
	}
	var best Trigger
	found := false
	eachSplit(word, func(pro string, article bool, stem string) bool {
		if !l.mayHave(stem) {
			return true
		}
		best, found = l.sense(ctx, word, pro, article, l.forms[stem], true)
		return !found
	})
	return best, found
}

// A reading is a way to read a word as proclitics + article + a stem of
// the lexicon, with the senses of the stem that may carry them.
type reading struct {
	pro     string
	article bool
	ids     []uint16
}

// readings returns the readings of word, in the order of eachSplit.
func (l *Lexicon) readings(word string) []reading {
	var rs []reading
	eachSplit(word, func(pro string, article bool, stem string) bool {
		if !l.mayHave(stem) {
			return true
		}
		var ids []uint16
		for _, v := range l.forms[stem] {
			if compatible(l.senses[v&^pronounBit].pos, pro, article) {
				ids = append(ids, v)
			}
		}
		if len(ids) > 0 {
			rs = append(rs, reading{pro: pro, article: article, ids: ids})
		}
		return true
	})
	return rs
}

// sense returns the trigger of the first of the senses ids (of the word
// at ctx.i read with proclitics pro and the article) that its context
// accepts. With checkPOS, senses whose part of speech cannot carry pro
// and the article are skipped (readings has dropped them already).
func (l *Lexicon) sense(ctx context, word, pro string, article bool, ids []uint16, checkPOS bool) (Trigger, bool) {
	t, i := ctx.t, ctx.i
	tok := t.Tokens[i]
	for _, v := range ids {
		s := &l.senses[v&^pronounBit]
		if checkPOS && !compatible(s.pos, pro, article) || s.pos != Noun && s.pos != Participle && ctx.tehMarbuta() {
			continue // كلفة (a cost) is no كلفه (assigned him)
		}
		if s.pos == Noun && pro == "" && ctx.afterFacility() {
			continue // في قصر بيان، فندق الاتحاد: the building's name
		}
		lastTok, nearTok := i+1, 0
		if len(s.next) > 0 && s.near {
			for j := i + 1; j < len(t.Tokens) && j <= i+20; j++ {
				if endsSentence(t, j) {
					break
				}
				if nextMatches(ctx, j, s.next) {
					nearTok = j
					break
				}
			}
			if nearTok == 0 {
				continue
			}
		} else if len(s.next) > 0 {
			if i+1 >= len(t.Tokens) || !nextMatches(ctx, i+1, s.next) {
				continue
			}
			lastTok = i + 2
		}
		if s.check != checkNone && !ctx.pass(s.check, s.pos, pro, article) {
			continue
		}
		best := Trigger{
			Type: s.typ, CAMEO: s.cameo, POS: s.pos, Lemma: s.lemma,
			First: i, Last: lastTok,
			Start: tok.Start + len(pro),
			End:   t.Tokens[lastTok-1].End, Proclitic: pro, Article: article,
			Pronoun: v&pronounBit != 0, Near: nearTok,
		}
		// The offset arithmetic above is on the folded word; when the
		// token was not folded (another normalization), fall back to
		// the token's start.
		if len(word) != tok.End-tok.Start || best.Start < tok.Start || best.Start > tok.End {
			best.Start = tok.Start
		}
		return best, true
	}
	return Trigger{}, false
}

// compatible reports whether a form of part of speech pos may carry the
// proclitics pro and the article.
func compatible(pos POS, pro string, article bool) bool {
	if pos == Noun {
		return !strings.HasSuffix(pro, "س")
	}
	if article {
		return false
	}
	if pos == Participle {
		// The clause opens after a comma, with no proclitic, or with و
		// when a second participle goes on after the comma (، وداعيا:
		// checkClause asks for the comma then).
		return pro == "" || pro == "و"
	}
	p := strings.TrimLeft(pro, "وف")
	switch p {
	case "":
		return true
	case "س", "ل": // سيزور، ليعلن
		return pos == Imperfect
	}
	return false
}

// foldWord returns w Search-folded. The pipeline's text is folded
// already: a scan for the letters and marks folding changes avoids the
// normalizer in that case.
func foldWord(w string) string {
	for k := 0; k < len(w); {
		c := w[k]
		if i := uint(c) - 0xD8; i < 2 && k+1 < len(w) {
			if foldChanges[i<<8|uint(w[k+1])] {
				return fold.String(w) // آ أ ؤ إ ئ ة ى, tatweel, signs, marks, digits
			}
			k += 2
			continue
		}
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			return fold.String(w)
		}
		k++
	}
	return w
}

// foldChanges is set for the bytes d after a lead byte D8 (index d) or
// D9 (index 256+d) that make foldWord fold the word: آ أ ؤ إ ئ ة and
// the signs (D8), tatweel, ى, the marks and digits (D9).
var foldChanges = func() (t [512]bool) {
	for d := range 256 {
		t[d] = (0xA2 <= d && d <= 0xA6) || d == 0xA9 || d < 0xA1
		t[256+d] = d == 0x80 || d == 0x89 || d >= 0x8B
	}
	return t
}()

// nextMatches reports whether token j of t is one of the words (a word
// ending in * is a prefix). The conjunction و is allowed before it.
func nextMatches(c context, j int, words []string) bool {
	w := c.anyWord(j)
	for _, x := range words {
		if p, ok := strings.CutSuffix(x, "*"); ok {
			if strings.HasPrefix(w, p) && len(w) > len(p) {
				return true
			}
		} else if w == x {
			return true
		}
	}
	return false
}

// eachSplit calls f with the ways to read word as proclitics + article +
// stem, fewest letters split off first, until f returns false.
func eachSplit(word string, f func(pro string, article bool, stem string) bool) {
	// At most one conjunction, then at most one of ب ل ك س, then the
	// article. Every stem keeps at least two letters.
	for _, c1 := range [...]string{"", "و", "ف"} {
		w1, ok := strings.CutPrefix(word, c1)
		if !ok {
			continue
		}
		for _, c2 := range [...]string{"", "ب", "ل", "ك", "س"} {
			w2, ok := strings.CutPrefix(w1, c2)
			if !ok || (c1 == "" && c2 == "" && w2 != word) {
				continue
			}
			pro := word[:len(word)-len(w2)]
			if long(w2) && !f(pro, false, w2) {
				return
			}
			if rest, ok := strings.CutPrefix(w2, "ال"); ok && long(rest) {
				if !f(pro, true, rest) {
					return
				}
			}
			if c2 == "ل" {
				// للقاء: ل + (ا)ل + قاء
				if rest, ok := strings.CutPrefix(w2, "ل"); ok && long(rest) {
					if !f(pro, true, rest) {
						return
					}
				}
			}
		}
	}
}

// long reports whether s has at least two letters.
func long(s string) bool {
	if s == "" {
		return false
	}
	_, n := utf8.DecodeRuneInString(s)
	return len(s) > n
}
