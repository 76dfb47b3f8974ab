package naba

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The events stage on documents whose mentions, entities and dates are
// given by hand, as the entities and dates stages would find them: the
// tests check the events alone. The articles are the team's own.

// A name is a mention to place in a test document: every occurrence of
// Text (after a proclitic or alone) becomes a mention of entity ID.
type name struct {
	Label Label
	Text  string
	ID    string
}

// A when is a date to place: its first occurrence, with its value.
type when struct {
	Text, Value string
}

// eventDoc extracts text (reference date ref, "" for none), replaces the
// mentions, entities and dates by the given ones and runs findEvents.
func eventDoc(t *testing.T, text, ref string, names []name, entities []Entity, dates []when) *Document {
	t.Helper()
	opts := ExtractOptions{}
	if ref != "" {
		opts.RefDate = mustDate(t, ref)
	}
	doc, err := Extract(context.Background(), text, opts)
	require.NoError(t, err)
	doc.Mentions, doc.Entities, doc.Dates = nil, entities, nil
	known := map[string]bool{}
	for _, e := range entities {
		known[e.ID] = true
	}
	tx := doc.Text()
	for _, n := range names {
		if !known[n.ID] {
			doc.Entities = append(doc.Entities, Entity{ID: n.ID, Label: n.Label, Name: n.Text})
			known[n.ID] = true
		}
		words := strings.Fields(fold.String(n.Text))
		for i := range tx.Tokens {
			if i+len(words) > len(tx.Tokens) {
				break
			}
			first := fold.String(tx.TokenText(i))
			pro, ok := strings.CutSuffix(first, words[0])
			if !ok || len([]rune(pro)) > 2 || strings.Trim(pro, "وفبلك") != "" {
				continue
			}
			match := true
			for k := 1; k < len(words); k++ {
				if fold.String(tx.TokenText(i+k)) != words[k] {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			s, _ := tx.TokenSource(i)
			s += len(pro) // proclitics are one-to-one in these texts
			_, e := tx.TokenSource(i + len(words) - 1)
			doc.Mentions = append(doc.Mentions, Mention{Label: n.Label, Text: text[s:e], Form: n.Text, Start: s, End: e, Entity: n.ID, Section: doc.SectionAt(s, e)})
		}
	}
	sortMentions(doc.Mentions)
	for _, d := range dates {
		s := strings.Index(text, d.Text)
		require.GreaterOrEqual(t, s, 0, d.Text)
		e := s + len(d.Text)
		doc.Dates = append(doc.Dates, Date{Text: d.Text, Start: s, End: e, Value: d.Value, Grain: "day", Section: doc.SectionAt(s, e)})
	}
	sortDates(doc.Dates)
	doc.Events = findEvents(doc)
	return doc
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// ev is an event as a test states it.
type ev struct {
	Type, Status, Trigger string
	Participants          []string // entity IDs or texts
	Place, Time, Position string
	Killed, Injured       int
}

func summarize(doc *Document) []ev {
	var out []ev
	for _, e := range doc.Events {
		s := ev{Type: e.Type, Status: e.Status, Trigger: e.Trigger.Text}
		for _, a := range e.Arguments {
			v := a.Entity
			if v == "" {
				v = a.Text
			}
			switch a.Role {
			case "participant":
				s.Participants = append(s.Participants, v)
			case "place":
				s.Place = v
			case "time":
				s.Time = a.Value
			case "position":
				s.Position = a.Text
			}
		}
		if e.Casualties != nil {
			s.Killed, s.Injured = e.Casualties.Killed, e.Casualties.Injured
		}
		out = append(out, s)
	}
	return out
}

func TestEventsMeeting(t *testing.T) {
	text := "الشبكة: سالم يدعو إلى حوار وطني\n\n" +
		"التقى الأمين العام لمنظمة الإغاثة الدولية خالد سالم، رئيس بلدية صيدا سامي فؤاد، صباح اليوم، في مقر المنظمة في بيروت.\n" +
		"وبحث سالم وفؤاد سبل إيصال المساعدات إلى المخيمات.\n" +
		"وأكد سالم في لقائه مع رئيس البلدية أن المنظمة مستعدة للتعاون.\n" +
		"وشدد الأمين العام على ضرورة وقف إطلاق النار.\n"
	names := []name{
		{ORG, "منظمة الإغاثة الدولية", "e1"}, {PER, "خالد سالم", "e2"}, {PER, "سالم", "e2"},
		{LOC, "صيدا", "e3"}, {PER, "سامي فؤاد", "e4"}, {PER, "فؤاد", "e4"}, {LOC, "بيروت", "e5"},
	}
	doc := eventDoc(t, text, "2019-05-02", names, nil, []when{{"صباح اليوم", "2019-05-02"}})
	got := summarize(doc)
	require.Len(t, got, 3, "%+v", got)
	// The title's appeal stands apart from the body's events.
	assert.Equal(t, ev{Type: "appeal", Status: "past", Trigger: "يدعو", Participants: []string{"e2"}}, got[0])
	// One meeting, reported three times (التقى، بحث، لقائه).
	meet := got[1]
	assert.Equal(t, "meet", meet.Type)
	assert.Equal(t, "التقى", meet.Trigger)
	assert.ElementsMatch(t, []string{"e2", "e4"}, meet.Participants)
	assert.Equal(t, "e5", meet.Place)
	assert.Equal(t, "2019-05-02", meet.Time)
	// One statement per speaker: أكد and شدد (by his title) merge; the
	// ceasefire he calls for and the aid they discussed are no events.
	assert.Equal(t, "statement", got[2].Type)
	assert.Equal(t, []string{"e2"}, got[2].Participants)
	for _, e := range doc.Events {
		assert.Equal(t, e.Trigger.Text, text[e.Trigger.Start:e.Trigger.End])
		assert.NotEqual(t, "agreement", e.Type)
	}
}

func TestEventsTicker(t *testing.T) {
	// A ticker of glued headlines: each is its own story; relative dates
	// are not theirs.
	text := "تعيين ليلى حداد محافظةً لحماةانفجار في مستودع ببانياس يؤدي لإصابة سبعة عمالوزير الداخلية التونسي يستعد لزيارة الجزائر اليومأمطار غزيرة في الساحلصور | افتتاح معرض للكتاب في المدينة\n\n" +
		"عنوان الخبر الرئيسي عن الطقس\n\nنص الخبر عن الطقس في المنطقة.\n"
	names := []name{{PER, "ليلى حداد", "e1"}, {LOC, "حماة", "e2"}, {LOC, "بانياس", "e3"}, {LOC, "الجزائر", "e4"}}
	doc := eventDoc(t, text, "2020-01-15", names, nil, []when{{"اليوم", "2020-01-15"}})
	got := summarize(doc)
	require.Len(t, got, 3, "%+v", got)
	assert.Equal(t, ev{Type: "appoint", Status: "past", Trigger: "تعيين", Participants: []string{"e1"}, Place: "e2", Position: "محافظةً"}, got[0])
	assert.Equal(t, ev{Type: "attack", Status: "past", Trigger: "انفجار", Place: "e3", Injured: 7}, got[1])
	assert.Equal(t, ev{Type: "visit", Status: "planned", Trigger: "زيارة", Participants: []string{"وزير الداخلية التونسي"}, Place: "e4"}, got[2])
	for _, e := range doc.Events {
		assert.Equal(t, "ticker", doc.area(e.Section))
	}
}

func TestEventsCasualties(t *testing.T) {
	text := "عنوان\n\nوقتل ثلاثة وعشرون شخصاً في قصف على بلدة كفرنبل، فيما أصيب أكثر من 40 آخرين.\n" +
		"واعتقلت الشرطة خمسة مشتبه بهم في مدينة إدلب.\n"
	names := []name{{LOC, "كفرنبل", "e1"}, {LOC, "إدلب", "e2"}}
	got := summarize(eventDoc(t, text, "", names, nil, nil))
	require.Len(t, got, 4, "%+v", got)
	assert.Equal(t, ev{Type: "death", Status: "past", Trigger: "قتل", Place: "e1", Killed: 23}, got[0])
	assert.Equal(t, ev{Type: "attack", Status: "past", Trigger: "قصف", Place: "e1"}, got[1])
	assert.Equal(t, "injury", got[2].Type)
	assert.Equal(t, 40, got[2].Injured)
	assert.Equal(t, ev{Type: "arrest", Status: "past", Trigger: "اعتقلت", Place: "e2"}, got[3])
}

func TestEventsStatusAndSpeech(t *testing.T) {
	text := "عنوان\n\nلم يلتق الرئيس نبيل عمر بنظيره.\n" +
		"ومن المقرر أن يزور نبيل عمر مدينة وهران الأسبوع المقبل.\n" +
		"وقالت الناطقة باسم الحزب هدى كمال إن \"الحكومة تقمع المتظاهرين\".\n" +
		"وذكرت وكالة الأنباء الرسمية أن الاجتماع انتهى.\n" +
		"ونقلت الوكالة عن هدى كمال قولها إن الحزب سيقاطع الانتخابات.\n"
	names := []name{{PER, "نبيل عمر", "e1"}, {LOC, "وهران", "e2"}, {PER, "هدى كمال", "e3"}, {ORG, "وكالة الأنباء الرسمية", "e4"}}
	got := summarize(eventDoc(t, text, "", names, nil, nil))
	// The meeting that did not take place (لم يلتق) is none (evt16).
	require.Len(t, got, 2, "%+v", got)
	assert.Equal(t, ev{Type: "visit", Status: "planned", Trigger: "يزور", Participants: []string{"e1"}, Place: "e2"}, got[0])
	// One statement for هدى كمال (قالت, and قولها quoted by the agency);
	// the agency's report is no statement; the present-tense verb inside
	// the quote is no event.
	assert.Equal(t, "statement", got[1].Type)
	assert.Equal(t, []string{"e3"}, got[1].Participants)
}

func TestEventsNothingInvented(t *testing.T) {
	// Event words with nothing said about them: no event.
	text := "عنوان\n\nوتحدث الناس عن القصف والاجتماع.\nوكانت الزيارة مهمة.\n"
	doc := eventDoc(t, text, "", nil, nil, nil)
	assert.Empty(t, doc.Events)
	// Empty and odd documents.
	assert.Nil(t, findEvents(&Document{}))
	assert.Nil(t, findEvents(nil))
}

func TestEventsRoles(t *testing.T) {
	// A bare title resolves to its person through the entity's roles and
	// aliases, and the organization in a role is not a participant.
	text := "عنوان\n\nواستقبل وزير الخارجية المغربي ضيفه في الرباط.\nوأعلن المدير العام للوكالة الوطنية للطاقة فريد ناصر افتتاح المحطة.\nوأضاف المدير العام أن العمل بدأ.\n"
	names := []name{{LOC, "الرباط", "e1"}, {ORG, "الوكالة الوطنية للطاقة", "e2"}, {PER, "فريد ناصر", "e3"}}
	ents := []Entity{{ID: "e3", Label: PER, Name: "فريد ناصر", Roles: []Role{{Title: "المدير العام", Org: "e2"}}}}
	got := summarize(eventDoc(t, text, "", names, ents, nil))
	// The opening announced is the news (evt16: افتتاح a facility
	// establishes it), its announcer its agent; the statement after
	// names him by his title alone.
	require.Len(t, got, 3, "%+v", got)
	assert.Equal(t, ev{Type: "meet", Status: "past", Trigger: "استقبل", Participants: []string{"وزير الخارجية المغربي"}, Place: "e1"}, got[0])
	assert.Equal(t, ev{Type: "establish", Status: "past", Trigger: "افتتاح", Participants: []string{"e3"}}, got[1])
	assert.Equal(t, ev{Type: "statement", Status: "past", Trigger: "أضاف", Participants: []string{"e3"}}, got[2])
}

func TestEventsEndToEnd(t *testing.T) {
	// The whole pipeline: whatever the earlier stages find, every event
	// is well formed.
	x, err := New(Options{})
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), shortPage, ExtractOptions{RefDate: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	for _, e := range doc.Events {
		assert.Contains(t, []string{"past", "ongoing", "planned", "negated"}, e.Status)
		assert.Equal(t, e.Trigger.Text, doc.Source()[e.Trigger.Start:e.Trigger.End])
		assert.NotEmpty(t, e.Arguments)
		for _, a := range e.Arguments {
			if a.Role == "time" {
				require.True(t, a.Date >= 0 && a.Date < len(doc.Dates))
				assert.Equal(t, doc.Dates[a.Date].Value, a.Value)
			}
		}
	}
}

func TestEventsObjectsAndSources(t *testing.T) {
	text := "عنوان\n\nوذكرت الوزارة أن كمال يوسف اتصل بوزير الخارجية الفرنسي سامر نبيل.\n" +
		"وقضت المحكمة بإعدام المتهم رامي سعيد.\n" +
		"وأعلن الناطق باسم الحزب عن اللقاء المرتقب مع رئيس الوزراء.\n" +
		"وقتل أربعة أشخاص في حلب بحسب المرصد السوري.\n"
	names := []name{{PER, "كمال يوسف", "e1"}, {PER, "سامر نبيل", "e2"}, {LOC, "حلب", "e3"}, {ORG, "المرصد السوري", "e4"}, {PER, "رامي سعيد", "e5"}}
	got := summarize(eventDoc(t, text, "", names, nil, nil))
	byType := map[string]ev{}
	for _, e := range got {
		byType[e.Type] = e
	}
	// The caller before the verb, the called after ب.
	assert.Equal(t, []string{"e1", "e2"}, byType["contact"].Participants)
	// بإعدام after a court: a sentence, not a death.
	assert.Equal(t, "trial", byType["trial"].Type)
	// The planned meeting does not make the announcement planned.
	assert.Equal(t, "past", byType["statement"].Status)
	assert.Equal(t, "planned", byType["meet"].Status)
	// The source of a report takes no part in the event.
	assert.Equal(t, ev{Type: "death", Status: "past", Trigger: "قتل", Place: "e3", Killed: 4}, byType["death"])
}

func TestEventsAimsAndTitles(t *testing.T) {
	text := "عنوان\n\nووقعت الهيئة في عمّان أمس اتفاقية مع شركة لإنشاء مصنع جديد.\n" +
		"وقال الناطق باسم الهيئة إن العمل يبدأ قريبا.\n" +
		"وأغلق الجيش المعبر، بحسب مدير المعبر وليد حسن.\n"
	names := []name{{LOC, "عمّان", "e1"}, {PER, "وليد حسن", "e2"}}
	got := summarize(eventDoc(t, text, "2021-03-02", names, nil, []when{{"أمس", "2021-03-01"}}))
	require.Len(t, got, 2, "%+v", got)
	// The signing is the event; the factory it is for is an aim.
	assert.Equal(t, ev{Type: "agreement", Status: "past", Trigger: "وقعت", Place: "e1", Time: "2021-03-01"}, got[0])
	// An unnamed spokesman is given with his organization.
	assert.Equal(t, ev{Type: "statement", Status: "past", Trigger: "قال", Participants: []string{"الناطق باسم الهيئة"}}, got[1])
	// The closure has no actor named but its source, who takes no part:
	// nothing is left to tell.
}

func TestEventsSubjectVerb(t *testing.T) {
	// A headline's subject before its verb; the commission's task is no
	// event; reaching an office is no visit.
	text := "الرئيس سمير عادل يكلف هادي منصور بتشكيل حكومة جديدة\n\n" +
		"ورفض الحزب وصول سمير عادل إلى رئاسة الجمهورية.\n"
	names := []name{{PER, "سمير عادل", "e1"}, {PER, "هادي منصور", "e2"}}
	got := summarize(eventDoc(t, text, "", names, nil, nil))
	require.Len(t, got, 1, "%+v", got)
	assert.Equal(t, ev{Type: "appoint", Status: "past", Trigger: "يكلف", Participants: []string{"e1", "e2"}}, got[0])
}

// TestEntityIndex checks the builder's index of entities by ID: the
// recognizer's numbering (e1, e2, …) read directly, and any other IDs
// found all the same.
func TestEntityIndex(t *testing.T) {
	doc := &Document{Entities: []Entity{{ID: "e1"}, {ID: "e2"}, {ID: "x"}, {ID: "e9"}, {ID: "e3"}}}
	b := &eventBuilder{doc: doc}
	for id, want := range map[string]int{"e1": 0, "e2": 1, "x": 2, "e9": 3, "e3": 4, "": -1, "e": -1, "e0": -1, "e6": -1, "e4": -1, "e02": -1, "y": -1} {
		i, ok := b.entityIndex(id)
		if want < 0 {
			assert.False(t, ok, id)
			continue
		}
		assert.True(t, ok, id)
		assert.Equal(t, want, i, id)
	}
}

// TestEventsEntityIDs checks that the events stage finds entities by
// their IDs as names, not by the number in them: the documents of
// testdata with their entities renamed (e1 → ent-e1) give the same
// events, renamed.
func TestEventsEntityIDs(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	rename := func(id string) string {
		if id == "" {
			return ""
		}
		return "ent-" + id
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		doc, err := Extract(t.Context(), string(src), ExtractOptions{})
		require.NoError(t, err)
		want := findEvents(doc)
		for i := range doc.Mentions {
			doc.Mentions[i].Entity = rename(doc.Mentions[i].Entity)
		}
		ents := slices.Clone(doc.Entities)
		for i := range ents {
			ents[i].ID = rename(ents[i].ID)
			roles := slices.Clone(ents[i].Roles)
			for k := range roles {
				roles[k].Org = rename(roles[k].Org)
			}
			ents[i].Roles = roles
		}
		doc.Entities = ents
		for i := range want {
			args := slices.Clone(want[i].Arguments)
			for k := range args {
				args[k].Entity = rename(args[k].Entity)
			}
			want[i].Arguments = args
		}
		assert.Equal(t, want, findEvents(doc), f)
	}
}

// TestRemergeChanged checks that merging again only the groups that
// mergeDefinite or mergePossessed changed (or that merge in runs) gives
// the events of merging every group again: on the testdata articles,
// and on the shared news corpus twice over in one text, whose groups
// merge in runs.
func TestRemergeChanged(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	var texts []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(src))
	}
	if shared.Root() != "" {
		var all strings.Builder
		for range 2 {
			for _, a := range shared.News(t) {
				all.WriteString(a.Text)
				all.WriteString("\n\n")
			}
		}
		texts = append(texts, all.String())
	}
	runs := false
	for _, text := range texts {
		doc, err := Extract(t.Context(), text, ExtractOptions{})
		require.NoError(t, err)
		b := newEventBuilder(doc, nil)
		b.run()
		got := b.result()
		b = newEventBuilder(doc, nil)
		b.remergeAll = true
		b.run()
		size := map[groupKey]int{}
		for _, d := range b.drafts {
			if !d.dropped {
				size[groupKey{d.unit, d.ev.Type}]++
			}
		}
		for _, n := range size {
			runs = runs || n > maxMergeGroup
		}
		assert.Equal(t, b.result(), got)
	}
	if shared.Root() != "" {
		assert.True(t, runs, "no group merged in runs")
	}
}

// TestTokenRangeFrom checks that tokenRange finds the same tokens from
// any token it is told to begin at as with a search of every token, for
// the spans of every mention and date of the testdata articles (and the
// empty span and one past the end).
func TestTokenRangeFrom(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		text, err := os.ReadFile(file)
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), string(text), ExtractOptions{})
		require.NoError(t, err)
		b := newEventBuilder(doc, nil)
		toks := b.tx.Tokens
		spans := [][2]int{{0, 0}, {len(text), len(text)}}
		for _, m := range doc.Mentions {
			spans = append(spans, [2]int{m.Start, m.End})
		}
		for _, d := range doc.Dates {
			spans = append(spans, [2]int{d.Start, d.End})
		}
		for _, sp := range spans {
			ns, ne := b.tx.NormSpan(sp[0], sp[1])
			wf := 0
			for wf < len(toks) && toks[wf].End <= ns {
				wf++
			}
			wl := wf
			for wl < len(toks) && toks[wl].Start < ne {
				wl++
			}
			for from := 0; from <= len(toks)+1; from++ {
				f, l := b.tokenRange(sp[0], sp[1], from)
				if f != wf || l != wl {
					t.Fatalf("%s: span %v from %d: tokens [%d, %d), want [%d, %d)", file, sp, from, f, l, wf, wl)
				}
			}
		}
	}
}

func TestSequentialID(t *testing.T) {
	for _, c := range []struct {
		id string
		n  int
		ok bool
	}{
		{"e1", 0, true}, {"e9", 8, true}, {"e10", 9, true}, {"e1234", 1233, true},
		{"", 0, false}, {"e", 0, false}, {"e0", 0, false}, {"e01", 0, false},
		{"E1", 0, false}, {"x1", 0, false}, {"e1a", 0, false}, {"e-1", 0, false},
		{"e12345678901", 0, false},
	} {
		n, ok := sequentialID(c.id)
		assert.Equal(t, c.ok, ok, c.id)
		if c.ok {
			assert.Equal(t, c.n, n, c.id)
		}
	}
	assert.True(t, entitiesSequential(nil))
	assert.True(t, entitiesSequential([]Entity{{ID: "e1"}, {ID: "e2"}}))
	assert.False(t, entitiesSequential([]Entity{{ID: "e2"}, {ID: "e1"}}))
	assert.False(t, entitiesSequential([]Entity{{ID: "e1"}, {ID: "e1"}}))
}

// TestEntityIndexSequential checks entityIndex against a search of doc.Entities
// (the first of an ID), with the recognizer's IDs and with others.
func TestEntityIndexSequential(t *testing.T) {
	x, err := New(Options{})
	require.NoError(t, err)
	text, err := os.ReadFile(filepath.Join("testdata", "article_ticker.txt"))
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), string(text), ExtractOptions{})
	require.NoError(t, err)
	require.NotEmpty(t, doc.Entities)
	check := func(doc *Document) {
		t.Helper()
		b := newEventBuilder(doc, newEventSession())
		ids := []string{"", "e0", "e01", "x", "e999999"}
		for _, e := range doc.Entities {
			ids = append(ids, e.ID)
		}
		for _, id := range ids {
			want, wantOK := 0, false
			if id != "" {
				for i, e := range doc.Entities {
					if e.ID == id {
						want, wantOK = i, true
						break
					}
				}
			}
			got, ok := b.entityIndex(id)
			assert.Equal(t, wantOK, ok, id)
			assert.Equal(t, want, got, id)
		}
	}
	check(doc)
	other := *doc
	other.Entities = slices.Clone(doc.Entities)
	other.Entities[0].ID = "p1"
	if len(other.Entities) > 1 {
		other.Entities[1].ID = "e1" // a duplicate: the first counts
		other.Entities = append(other.Entities, Entity{ID: "e1"})
	}
	check(&other)
}

// TestFilled checks filled on every length up to 70, over memory longer
// and shorter than asked and holding other values.
func TestFilled(t *testing.T) {
	for n := 0; n <= 70; n++ {
		for _, c := range []int{0, n / 2, n, n + 5} {
			s := make([]int32, c)
			for i := range s {
				s[i] = int32(i + 7)
			}
			got := filled(s, n, -1)
			require.Len(t, got, n)
			for i, v := range got {
				require.Equal(t, int32(-1), v, "n %d cap %d index %d", n, c, i)
			}
		}
	}
}
