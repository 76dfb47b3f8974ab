package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nabanlp/naba"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/view"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var screenshotOut = flag.String("screenshot", "", "also save the browser test's screenshot of the seed page's view to `FILE` (the README's image: docs/view-seed.png)")

// TestBrowser serves pages on a loopback port and loads them in headless
// Chromium: the seed page (a real scraped page, from the shared data
// folder) extracted by the server, and a page the team wrote with
// mentions, dates and triggers set by hand so that they overlap in every
// way. From the DOM the browser built it checks that every mention of the
// JSON is exactly one element with its label, entity and text, that every
// date carries its value, and that the page is right-to-left; and that a
// screenshot of the seed page is not blank.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium found (apt-get install -y chromium); skipping the browser test")
	}
	x, err := naba.New(naba.Options{})
	require.NoError(t, err)
	h := newHandler(x, defaultMaxBytes)
	sample := overlapDoc(t)

	mux := http.NewServeMux()
	// The browser can only GET: /seed answers with what the server's
	// form gives for the text and date of the query (the same handler, a
	// POST made here).
	mux.HandleFunc("GET /seed", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		form := url.Values{"text": {q.Get("text")}, "ref_date": {q.Get("ref_date")}}
		req := httptest.NewRequestWithContext(r.Context(), "POST", "/", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		h.ServeHTTP(w, req)
	})
	mux.HandleFunc("GET /sample", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := view.Page(w, view.Options{}, sample); err != nil {
			t.Error(err)
		}
	})
	mux.Handle("/", h)
	srv := httptest.NewServer(mux) // listens on 127.0.0.1
	t.Cleanup(srv.Close)           // after the parallel subtests

	// The seed page: its JSON from the API, its DOM and, from the same
	// browser run, a screenshot.
	t.Run("seed", func(t *testing.T) {
		t.Parallel()
		seed := shared.Path(t, "seeds", "000_d71596f88f27592e.txt")
		seedText, err := os.ReadFile(seed)
		require.NoError(t, err)
		refDate := seedRefDate(t)
		req, err := http.NewRequest("POST", srv.URL+"/api/extract?ref_date="+refDate, bytes.NewReader(seedText))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		res, err := srv.Client().Do(req)
		require.NoError(t, err)
		seedJSON, err := io.ReadAll(res.Body)
		res.Body.Close()
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, res.StatusCode, string(seedJSON))

		shot := filepath.Join(t.TempDir(), "seed.png")
		page := srv.URL + "/seed?" + url.Values{"text": {string(seedText)}, "ref_date": {refDate}}.Encode()
		dom := runBrowser(t, browser, "--dump-dom", "--screenshot="+shot, "--window-size=1280,1500", "--hide-scrollbars", page)
		checkDOM(t, dom, seedJSON)
		b, err := os.ReadFile(shot)
		require.NoError(t, err)
		img, err := png.Decode(bytes.NewReader(b))
		require.NoError(t, err)
		colours, inked := pixelVariety(img)
		t.Logf("screenshot: %v, %d colours, %.1f%% of pixels inked", img.Bounds().Size(), colours, 100*inked)
		assert.Greater(t, colours, 100, "a page of text in several colours has many distinct pixel colours")
		assert.Greater(t, inked, 0.02, "share of pixels that are not the background")
		assert.Less(t, inked, 0.9, "share of pixels that are not the background")
		if *screenshotOut != "" {
			require.NoError(t, os.WriteFile(*screenshotOut, b, 0o644))
		}
	})
	sampleJSON, err := json.Marshal(sample)
	require.NoError(t, err)
	t.Run("overlaps", func(t *testing.T) {
		t.Parallel()
		checkDOM(t, runBrowser(t, browser, "--dump-dom", srv.URL+"/sample"), sampleJSON)
	})
}

func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// runBrowser runs headless Chromium with a fresh profile, nothing
// fetched but the page, and returns its standard output.
func runBrowser(t *testing.T, browser string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(),
	}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", browser, err, stderr.String())
	}
	return stdout.String()
}

// seedRefDate reads the seed's reference date from its gold file, or
// returns "" without it.
func seedRefDate(t *testing.T) string {
	root := shared.Root()
	b, err := os.ReadFile(filepath.Join(root, "gold", "seed.json"))
	if err != nil {
		t.Logf("no gold/seed.json (%v): no reference date", err)
		return ""
	}
	var g struct {
		RefDate string `json:"ref_date"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return ""
	}
	return g.RefDate
}

// checkDOM checks the DOM the browser built against the JSON contract.
func checkDOM(t *testing.T, dom string, docJSON []byte) {
	t.Helper()
	var doc struct {
		Mentions []struct {
			Label, Text, Entity string
			Start, End          int
		}
		Dates []struct {
			Text       string
			Value      *string
			Start, End int
		}
		Events []struct {
			Type    string
			Trigger struct {
				Text       string
				Start, End int
			}
		}
	}
	require.NoError(t, json.Unmarshal(docJSON, &doc))
	els := domElements(t, dom)
	require.NotEmpty(t, els)
	assert.Equal(t, "html", els[0].name)
	assert.Equal(t, "rtl", els[0].attrs["dir"], "the page is right-to-left")
	assert.Equal(t, "ar", els[0].attrs["lang"])
	at := func(attr string, start, end int) []domElement {
		var out []domElement
		for _, e := range els {
			if _, ok := e.attrs[attr]; ok && e.attrs["data-start"] == strconv.Itoa(start) && e.attrs["data-end"] == strconv.Itoa(end) {
				out = append(out, e)
			}
		}
		return out
	}
	count := func(attr string) int {
		n := 0
		for _, e := range els {
			if _, ok := e.attrs[attr]; ok {
				n++
			}
		}
		return n
	}

	assert.Equal(t, len(doc.Mentions), count("data-label"), "one element per mention")
	for _, m := range doc.Mentions {
		got := at("data-label", m.Start, m.End)
		if !assert.Len(t, got, 1, "mention %q [%d,%d)", m.Text, m.Start, m.End) {
			continue
		}
		assert.Equal(t, m.Label, got[0].attrs["data-label"], m.Text)
		assert.Equal(t, m.Entity, got[0].attrs["data-entity"], m.Text)
		assert.Equal(t, m.Text, got[0].text)
	}
	for _, d := range doc.Dates {
		want := ""
		if d.Value != nil {
			want = *d.Value
		}
		got := at("data-value", d.Start, d.End)
		if assert.NotEmpty(t, got, "date %q [%d,%d)", d.Text, d.Start, d.End) {
			var text strings.Builder
			for _, e := range got {
				assert.Equal(t, want, e.attrs["data-value"], d.Text)
				text.WriteString(e.text)
			}
			assert.Equal(t, d.Text, text.String(), "the date's pieces spell it")
		}
	}
	for _, ev := range doc.Events {
		got := at("data-event", ev.Trigger.Start, ev.Trigger.End)
		if assert.NotEmpty(t, got, "trigger %q", ev.Trigger.Text) {
			assert.Equal(t, ev.Type, got[0].attrs["data-event"])
		}
	}
	t.Logf("%d mentions, %d dates, %d events checked in the DOM", len(doc.Mentions), len(doc.Dates), len(doc.Events))
}

type domElement struct {
	name  string
	attrs map[string]string
	text  string
}

// domElements reads the HTML the browser serialized (scripts and styles
// dropped) into its elements, each with its text content.
func domElements(t *testing.T, dom string) []domElement {
	t.Helper()
	for _, tag := range []string{"script", "style"} {
		for {
			i := strings.Index(dom, "<"+tag+">")
			j := strings.Index(dom, "</"+tag+">")
			if i < 0 || j < i {
				break
			}
			dom = dom[:i] + dom[j+len(tag)+3:]
		}
	}
	dec := xml.NewDecoder(strings.NewReader(dom))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var out []domElement
	var open []int
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			e := domElement{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
			open = append(open, len(out)-1)
		case xml.EndElement:
			// Close up to the matching element (void elements were
			// auto-closed).
			for k := len(open) - 1; k >= 0; k-- {
				if out[open[k]].name == tok.Name.Local {
					open = open[:k]
					break
				}
			}
		case xml.CharData:
			for _, i := range open {
				out[i].text += string(tok)
			}
		}
	}
	return out
}

// pixelVariety returns the number of distinct colours of img and the
// share of its pixels that differ from the top-left (background) one.
func pixelVariety(img image.Image) (int, float64) {
	b := img.Bounds()
	r, g, bl, a := img.At(b.Min.X, b.Min.Y).RGBA()
	bg := [4]uint32{r, g, bl, a}
	seen := map[[4]uint32]bool{}
	inked, total := 0, 0
	// Every other pixel of every other row is plenty.
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			c := [4]uint32{r, g, bl, a}
			seen[c] = true
			if c != bg {
				inked++
			}
			total++
		}
	}
	return len(seen), float64(inked) / float64(total)
}

// overlapDoc is a page the team wrote, extracted, with mentions, dates
// and triggers set by hand: a date inside a mention, a trigger crossing a
// mention, a mention in a glued ticker headline, markup-like text.
func overlapDoc(t *testing.T) *naba.Document {
	t.Helper()
	const text = "وزير الخارجية يزور دمشقانفجار في حمص يؤدي لإصابة 9 مدنيينأمطار غزيرة في حلب\n\n" +
		"الرئيس يلتقي وفداً في دمشق\n\n" +
		"دمشق (سانا) - التقى الرئيس أحمد سالم وفد مؤتمر 12 آذار 2019 في دمشق، وبحث الجانبان <b>التعاون</b> & التنسيق.\n\n" +
		"المصدر: وكالة الأنباء\n"
	doc, err := naba.Extract(context.Background(), text, naba.ExtractOptions{Path: "overlap.txt"})
	require.NoError(t, err)
	span := func(s string, n int) (int, int) {
		off := 0
		for range n {
			i := strings.Index(text[off:], s)
			require.GreaterOrEqual(t, i, 0, s)
			off += i + len(s)
		}
		return off - len(s), off
	}
	mention := func(l naba.Label, s string, n int, e string) naba.Mention {
		a, b := span(s, n)
		return naba.Mention{Label: l, Text: s, Form: s, Start: a, End: b, Entity: e, Section: doc.SectionAt(a, b)}
	}
	doc.Mentions = []naba.Mention{
		mention(naba.LOC, "دمشق", 1, "e1"),
		mention(naba.LOC, "حمص", 1, "e2"),
		mention(naba.LOC, "دمشق", 2, "e1"),
		mention(naba.LOC, "دمشق", 3, "e1"),
		mention(naba.PER, "الرئيس أحمد سالم", 1, "e3"),
		mention(naba.MISC, "مؤتمر 12 آذار", 1, "e4"), // holds the start of the date
		mention(naba.LOC, "دمشق", 4, "e1"),
		mention(naba.ORG, "وكالة الأنباء", 1, "e5"),
	}
	doc.Entities = []naba.Entity{
		{ID: "e1", Label: naba.LOC, Name: "دمشق"},
		{ID: "e2", Label: naba.LOC, Name: "حمص"},
		{ID: "e3", Label: naba.PER, Name: "أحمد سالم", Aliases: []string{"الرئيس أحمد سالم"}},
		{ID: "e4", Label: naba.MISC, Name: "مؤتمر 12 آذار"},
		{ID: "e5", Label: naba.ORG, Name: "وكالة الأنباء"},
	}
	da, db := span("12 آذار 2019", 1)
	doc.Dates = []naba.Date{{Text: "12 آذار 2019", Start: da, End: db, Value: "2019-03-12", Grain: "day", Section: doc.SectionAt(da, db)}}
	ta, tb := span("التقى الرئيس", 1) // a trigger running into a mention
	xa, xb := span("انفجار", 1)
	doc.Events = []naba.Event{
		{Type: "attack", Status: "past", Trigger: naba.Span{Text: "انفجار", Start: xa, End: xb}, Section: doc.SectionAt(xa, xb)},
		{Type: "meet", Status: "past", Trigger: naba.Span{Text: "التقى الرئيس", Start: ta, End: tb}, Section: doc.SectionAt(ta, tb),
			Arguments: []naba.Argument{{Role: "participant", Entity: "e3", Date: -1}, {Role: "time", Date: 0, Value: "2019-03-12"}}},
	}
	return doc
}
