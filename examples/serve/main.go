// Command serve is a local web page for naba: paste or upload an Arabic
// news article, pick its reference date, and see the same view as
// `extract -format html`; POST /api/extract returns the JSON contract.
//
//	go run ./examples/serve [-addr 127.0.0.1:8080] [-max-bytes 2097152]
//
// The server listens on the loopback interface unless told otherwise,
// limits the size of requests (a larger one gets 413 Request Entity Too
// Large), sets read, write and idle timeouts, and keeps no state between
// requests: every request is extracted and rendered on its own.
//
// The API:
//
//	POST /api/extract?ref_date=YYYY-MM-DD   (Content-Type: text/plain)
//	     the article as the body
//	POST /api/extract                       (Content-Type: application/json)
//	     {"text": "...", "ref_date": "YYYY-MM-DD", "path": "..."}
//
// answers 200 with the document as JSON (the contract of the extract
// command), or an error status with {"error": "..."}.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nabanlp/naba"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`host:port` to listen on (loopback by default; other hosts can reach the server only if you say so)")
	maxBytes := flag.Int64("max-bytes", defaultMaxBytes, "largest request body accepted, in bytes")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), `usage: serve [flags]

Serves a page where you paste or upload an Arabic article and see what
naba finds in it; POST /api/extract returns the JSON.

examples:
  serve                        (then open http://127.0.0.1:8080/)
  serve -addr 127.0.0.1:9000
  curl -s --data-binary @page.txt -H 'Content-Type: text/plain' \
       'http://127.0.0.1:8080/api/extract?ref_date=2017-07-10'

flags:
`)
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := serve(*addr, *maxBytes); err != nil {
		log.Fatalf("serve: %v", err)
	}
}

func serve(addr string, maxBytes int64) error {
	x, err := naba.New(naba.Options{})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		log.Printf("serve: warning: listening on %s, which other machines may reach", ln.Addr())
	}
	srv := newServer(newHandler(x, maxBytes))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	log.Printf("serve: open http://%s/", ln.Addr())
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newServer returns a server with timeouts, so that no client can hold a
// connection open for ever.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}
