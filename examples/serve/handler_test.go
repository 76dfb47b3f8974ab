package main

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/nabanlp/naba"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const article = "وفد حكومي يزور ميناء طرطوس\n\n" +
	"طرطوس (سانا) - زار وفد حكومي ميناء طرطوس صباح اليوم <b>للاطلاع</b> على سير العمل.\n\n" +
	"اترك تعليقاً\n"

var testHandler = sync.OnceValue(func() http.Handler {
	x, err := naba.New(naba.Options{})
	if err != nil {
		panic(err)
	}
	return newHandler(x, 4096)
})

func do(t *testing.T, req *http.Request) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	testHandler().ServeHTTP(rec, req)
	res := rec.Result()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(b)
}

func TestFormPage(t *testing.T) {
	res, body := do(t, httptest.NewRequest("GET", "/", nil))
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
	assert.Contains(t, body, `<html dir="rtl" lang="ar">`)
	assert.Contains(t, body, `<details class="naba-form" open>`)
	assert.Contains(t, body, `<textarea id="text" name="text"`)
	assert.Contains(t, body, `type="date" name="ref_date"`)
	assert.NotContains(t, body, "<article")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "script-src 'sha256-")
	assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
}

func TestFormPost(t *testing.T) {
	form := url.Values{"text": {article}, "ref_date": {"2019-03-14"}}
	req := httptest.NewRequest("POST", "/", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, body := do(t, req)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	assert.Contains(t, body, `<article class="doc">`)
	assert.Contains(t, body, `<details class="naba-form">`, "the form is folded once there is a view")
	assert.Contains(t, body, `data-section="dateline"`)
	assert.Contains(t, body, "<bdi>2019-03-14</bdi> <small>(ref-date)")
	assert.Contains(t, body, `value="2019-03-14"`, "the form keeps the date")
	assert.NotContains(t, body, "<b>للاطلاع</b>", "the article never becomes markup")
	assert.Equal(t, 2, strings.Count(body, "&lt;b&gt;للاطلاع&lt;/b&gt;"), "once in the form, once in the view")
}

func TestFormUpload(t *testing.T) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile("file", "page.txt")
	require.NoError(t, err)
	_, _ = fw.Write([]byte(article))
	require.NoError(t, mw.WriteField("text", ""))
	require.NoError(t, mw.WriteField("ref_date", ""))
	require.NoError(t, mw.Close())
	req := httptest.NewRequest("POST", "/", &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, body := do(t, req)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	assert.Contains(t, body, `<h2 class="doc-path" dir="auto">page.txt</h2>`)
	assert.Contains(t, body, `data-section="title"`)
}

func TestFormErrors(t *testing.T) {
	for _, tt := range []struct {
		name   string
		form   url.Values
		status int
		msg    string
	}{
		{"empty", url.Values{"text": {"  "}}, 400, "the article is empty"},
		{"bad date", url.Values{"text": {article}, "ref_date": {"14/03/2019"}}, 400, "want YYYY-MM-DD"},
		{"too large", url.Values{"text": {strings.Repeat("ب", 4096)}}, 413, "at most 4096 bytes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/", strings.NewReader(tt.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			res, body := do(t, req)
			assert.Equal(t, tt.status, res.StatusCode)
			assert.Contains(t, body, `<details class="naba-form" open>`)
			assert.Contains(t, body, `<p class="err" role="alert">`)
			assert.Contains(t, body, tt.msg)
		})
	}
	// A multipart upload over the limit is refused the same way.
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", "big.txt")
	_, _ = fw.Write(bytes.Repeat([]byte("ب"), 4096))
	require.NoError(t, mw.Close())
	req := httptest.NewRequest("POST", "/", &b)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, body := do(t, req)
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	assert.Contains(t, body, "at most 4096 bytes")
}

func TestAPI(t *testing.T) {
	// The article as text/plain, the date in the query.
	req := httptest.NewRequest("POST", "/api/extract?ref_date=2019-03-14&path=a.txt", strings.NewReader(article))
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	res, body := do(t, req)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	assert.Equal(t, "application/json; charset=utf-8", res.Header.Get("Content-Type"))
	var doc struct {
		Doc struct {
			Path    string `json:"path"`
			RefDate string `json:"ref_date"`
		} `json:"doc"`
		Sections []struct {
			Kind string `json:"kind"`
		} `json:"sections"`
		Mentions []any `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &doc))
	assert.Equal(t, "a.txt", doc.Doc.Path)
	assert.Equal(t, "2019-03-14", doc.Doc.RefDate)
	require.NotEmpty(t, doc.Sections)
	assert.Equal(t, "title", doc.Sections[0].Kind)
	assert.NotNil(t, doc.Mentions)

	// The same as JSON gives the same document.
	in, _ := json.Marshal(map[string]string{"text": article, "ref_date": "2019-03-14", "path": "a.txt"})
	req = httptest.NewRequest("POST", "/api/extract", bytes.NewReader(in))
	req.Header.Set("Content-Type", "application/json")
	res, body2 := do(t, req)
	require.Equal(t, http.StatusOK, res.StatusCode, body2)
	assert.JSONEq(t, body, body2)
}

func TestAPIErrors(t *testing.T) {
	for _, tt := range []struct {
		name, ct, body, query string
		status                int
		msg                   string
	}{
		{"too large", "text/plain", strings.Repeat("ب", 3000), "", 413, "at most 4096 bytes"},
		{"invalid UTF-8", "text/plain", "نص \xff", "", 400, "not valid UTF-8"},
		{"empty", "text/plain", "", "", 400, "the article is empty"},
		{"bad date", "text/plain", article, "?ref_date=2019-3-4", 400, "want YYYY-MM-DD"},
		{"year 0", "text/plain", article, "?ref_date=0000-01-01", 400, "from 0001-01-02 on"},
		{"zero time", "application/json", `{"text": "نص", "ref_date": "0001-01-01"}`, "", 400, "from 0001-01-02 on"},
		{"bad JSON", "application/json", `{"txt": "x"}`, "", 400, "unknown field"},
		{"invalid UTF-8 in JSON", "application/json", "{\"text\": \"نص \xff\"}", "", 400, "not valid UTF-8"},
		{"two JSON values", "application/json", `{"text": "نص"} {"text": "آخر"}`, "", 400, "more than one JSON value"},
		{"JSON and garbage", "application/json", `{"text": "نص"} x`, "", 400, "the JSON body"},
		{"form", "application/x-www-form-urlencoded", "text=x", "", 415, "send text/plain"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/api/extract"+tt.query, strings.NewReader(tt.body))
			req.Header.Set("Content-Type", tt.ct)
			res, body := do(t, req)
			assert.Equal(t, tt.status, res.StatusCode)
			var e struct{ Error string }
			require.NoError(t, json.Unmarshal([]byte(body), &e), body)
			assert.Contains(t, e.Error, tt.msg)
		})
	}
	res, _ := do(t, httptest.NewRequest("GET", "/api/extract", nil))
	assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode)
	res, _ = do(t, httptest.NewRequest("GET", "/elsewhere", nil))
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
}

func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler())
	assert.NotZero(t, srv.ReadHeaderTimeout)
	assert.NotZero(t, srv.ReadTimeout)
	assert.NotZero(t, srv.WriteTimeout)
	assert.NotZero(t, srv.IdleTimeout)
}
