//go:build ignore

// convert_model.go rewrites a model file in the current file format
// (seqmodel WriteTo), keeping every weight: for a model.bin written by an
// older training program (format version 1, varints).
//
// Usage (in entities/tagger): go run convert_model.go [-in model.bin] [-out model.bin]
package main

import (
	"bytes"
	"flag"
	"log"
	"os"

	"github.com/nabanlp/naba/entities/tagger/internal/seqmodel"
)

func main() {
	in := flag.String("in", "model.bin", "model file to read")
	out := flag.String("out", "model.bin", "model file to write")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	m, err := seqmodel.ReadBytes(data)
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		log.Fatal(err)
	}
	// The file written reads back to the same model: written again, the
	// same bytes.
	m2, err := seqmodel.ReadBytes(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	var b2 bytes.Buffer
	if _, err := m2.WriteTo(&b2); err != nil {
		log.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		log.Fatal("the converted model does not read back the same")
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s (%d bytes) -> %s (%d bytes), %d features", *in, len(data), *out, b.Len(), m.NumFeatures())
}
