package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nabanlp/naba"
	"github.com/nabanlp/naba/view"
)

// defaultMaxBytes is the default limit on a request body: 2 MiB, far
// more than a news article.
const defaultMaxBytes = 2 << 20

// extractTimeout bounds the work one request may cause.
const extractTimeout = 20 * time.Second

// handler serves the page and the API. It holds only the Extractor and
// the limit, both read-only: requests share nothing else.
type handler struct {
	x        *naba.Extractor
	maxBytes int64
	csp      string
}

func newHandler(x *naba.Extractor, maxBytes int64) http.Handler {
	if maxBytes <= 0 {
		maxBytes = defaultMaxBytes
	}
	h := &handler{
		x:        x,
		maxBytes: maxBytes,
		csp: "default-src 'none'; style-src 'unsafe-inline'; script-src " + view.ScriptHash() +
			"; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.page)
	mux.HandleFunc("POST /{$}", h.page)
	mux.HandleFunc("POST /api/extract", h.api)
	return h.headers(mux)
}

// headers sets the security headers of every response.
func (h *handler) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", h.csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// A request error: the status to answer with and the message.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

// classify turns an error of reading or extracting into a status and a
// message a person can act on.
func (h *handler) classify(err error) *requestError {
	var re *requestError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &re):
		return re
	case errors.As(err, &mbe):
		return &requestError{http.StatusRequestEntityTooLarge,
			fmt.Sprintf("the request is too large: this server accepts at most %d bytes (serve -max-bytes)", mbe.Limit)}
	case errors.Is(err, naba.ErrInvalidUTF8):
		return &requestError{http.StatusBadRequest, "the article is not valid UTF-8 text: " + err.Error()}
	case errors.Is(err, naba.ErrEmpty):
		return &requestError{http.StatusBadRequest, "the article is empty"}
	case errors.Is(err, context.DeadlineExceeded):
		return &requestError{http.StatusServiceUnavailable, "extraction took too long"}
	}
	return &requestError{http.StatusBadRequest, err.Error()}
}

func parseRefDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1 || t.IsZero() {
		// 0001-01-01, Go's zero time, would be read as no date at all.
		return time.Time{}, &requestError{http.StatusBadRequest, fmt.Sprintf("reference date %q: want YYYY-MM-DD, from 0001-01-02 on", s)}
	}
	return t, nil
}

func (h *handler) extract(ctx context.Context, text, path string, ref time.Time) (*naba.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, extractTimeout)
	defer cancel()
	return h.x.Extract(ctx, text, naba.ExtractOptions{Path: path, RefDate: ref})
}

// api answers POST /api/extract with the document as JSON.
func (h *handler) api(w http.ResponseWriter, r *http.Request) {
	doc, err := h.apiDoc(w, r)
	if err != nil {
		re := h.classify(err)
		writeJSON(w, re.status, map[string]string{"error": re.msg})
		return
	}
	writeJSON(w, http.StatusOK, doc)
}

func (h *handler) apiDoc(w http.ResponseWriter, r *http.Request) (*naba.Document, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBytes))
	if err != nil {
		return nil, err
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var req struct {
		Text    string `json:"text"`
		RefDate string `json:"ref_date"`
		Path    string `json:"path"`
	}
	switch ct {
	case "application/json":
		if !utf8.Valid(body) {
			// encoding/json would replace each bad byte by U+FFFD: refuse
			// the body as a text/plain one is refused.
			return nil, fmt.Errorf("%w (a byte that is not UTF-8 in the JSON body)", naba.ErrInvalidUTF8)
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		err := dec.Decode(&req)
		if err == nil {
			if _, terr := dec.Token(); terr != io.EOF {
				err = errors.New("more than one JSON value") // never drop the rest silently
			}
		}
		if err != nil {
			return nil, &requestError{http.StatusBadRequest, "the JSON body: " + err.Error() + ` (want {"text": "...", "ref_date": "YYYY-MM-DD", "path": "..."})`}
		}
	case "text/plain", "":
		req.Text = string(body)
		req.RefDate = r.URL.Query().Get("ref_date")
		req.Path = r.URL.Query().Get("path")
	default:
		return nil, &requestError{http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %q: send text/plain (the article) or application/json", ct)}
	}
	ref, err := parseRefDate(req.RefDate)
	if err != nil {
		return nil, err
	}
	return h.extract(r.Context(), req.Text, req.Path, ref)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error": "encoding the answer failed"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// The page: the form, then the view of what was sent.
type pageData struct {
	// Shown is set when a document is shown: the form is folded away
	// then (one click opens it, with the text and date kept).
	Shown    bool
	Text     string
	RefDate  string
	MaxBytes int64
	Error    string
}

// formCSS styles the form; it is added to the view's stylesheet.
const formCSS = `.naba-form { border: 1px solid #e5e7eb; border-radius: .5em; padding: .8em 1em; margin-bottom: 1.5em; background: #f9fafb; }
.naba-form textarea { width: 100%; box-sizing: border-box; font: inherit; line-height: 1.7; }
.naba-form .row { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; margin-top: .5em; }
.naba-form .err { color: #b91c1c; font-weight: bold; }
.naba-form summary { cursor: pointer; }
.naba-form summary h1 { display: inline; font-size: 1.3em; margin: 0; }
.naba-form small { color: #6b7280; }
@media print { .naba-form { display: none; } }
`

var formTemplate = template.Must(template.New("form").Parse(`<details class="naba-form"{{if not .Shown}} open{{end}}>
<summary><h1>نبأ — من، ماذا، أين، متى</h1></summary>
<form method="post" action="/" enctype="multipart/form-data">
{{with .Error}}<p class="err" role="alert">{{.}}</p>{{end}}
<label for="text">نص المقال</label>
<textarea id="text" name="text" rows="10" dir="rtl" lang="ar" placeholder="الصق نص المقال هنا">{{.Text}}</textarea>
<div class="row">
<label>أو ملف نصي: <input type="file" name="file" accept=".txt,text/plain" /></label>
<label>التاريخ المرجعي: <input type="date" name="ref_date" value="{{.RefDate}}" /></label>
<button type="submit">حلّل</button>
</div>
<p><small>لا يُحفظ شيء على الخادم. الحد الأقصى للطلب {{.MaxBytes}} بايت. واجهة JSON: <code dir="ltr">POST /api/extract</code></small></p>
</form>
</details>
`))

// page answers GET / with the form and POST / with the form and the view
// of the article sent.
func (h *handler) page(w http.ResponseWriter, r *http.Request) {
	data := pageData{MaxBytes: h.maxBytes}
	status := http.StatusOK
	var doc *naba.Document
	if r.Method == http.MethodPost {
		var err error
		doc, err = h.formDoc(w, r, &data)
		if err != nil {
			re := h.classify(err)
			status, data.Error = re.status, re.msg
		}
	}
	data.Shown = doc != nil
	var b bytes.Buffer
	err := view.Head(&b, view.Options{Title: "naba", CSS: formCSS})
	if err == nil {
		err = formTemplate.Execute(&b, data)
	}
	if err == nil && doc != nil {
		err = view.Article(&b, doc)
	}
	if err == nil {
		err = view.Tail(&b)
	}
	if err != nil {
		http.Error(w, "rendering the page failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// formDoc reads the form (the text, or an uploaded file, and the
// reference date) and extracts the article.
func (h *handler) formDoc(w http.ResponseWriter, r *http.Request, data *pageData) (*naba.Document, error) {
	r.Body = http.MaxBytesReader(w, r.Body, h.maxBytes)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	if ct == "multipart/form-data" {
		err = r.ParseMultipartForm(h.maxBytes)
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		return nil, err
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	data.RefDate = r.PostFormValue("ref_date")
	text, path := r.PostFormValue("text"), ""
	if f, fh, err := r.FormFile("file"); err == nil {
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			return nil, err
		}
		if len(b) > 0 {
			text, path = string(b), fh.Filename
		}
	}
	data.Text = strings.ToValidUTF8(text, "\uFFFD") // shown back in the form
	ref, err := parseRefDate(data.RefDate)
	if err != nil {
		return nil, err
	}
	return h.extract(r.Context(), text, path, ref)
}
