package normalize

import (
	"io"
	"strings"

	"golang.org/x/text/transform"
)

var (
	errShortDst = transform.ErrShortDst
	errShortSrc = transform.ErrShortSrc
)

func readAll(n *Normalizer, s string) (string, error) {
	b, err := io.ReadAll(n.Reader(strings.NewReader(s)))
	return string(b), err
}
