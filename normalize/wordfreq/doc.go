// Package wordfreq tells how frequent an Arabic word form is in general
// text, from an embedded table derived from wordfreq (Robyn Speer,
// https://github.com/rspeer/wordfreq, data CC BY-SA 4.0: Wikipedia,
// subtitles, news, web text and Twitter).
//
// Keys are word forms folded with the normalize.Search preset (no
// diacritics; أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), letters only, with
// any clitics as written: the table holds وسوريا and بالطاقه as well as
// سوريا and الطاقه. The table is loaded once, on first use, and is safe
// for concurrent use.
//
// The table is built by gen.go (go generate) from the list in the shared
// data folder; see the project README for provenance and licence.
package wordfreq

//go:generate go run gen.go
