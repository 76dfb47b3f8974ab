// Package normalize cleans and folds Arabic text while keeping a map from
// every output byte back to the input, splits text into tokens and
// sentences, and splits words into clitics and stems.
//
// # Operations
//
// A Normalizer always cleans; each fold is an option (see Options). The
// zero Options value only cleans: it is the Display preset. Search turns
// every fold on.
//
//	operation                 characters                                   result                    option       Display  Search
//	presentation forms        U+FB50–U+FDFF, U+FE70–U+FEFE (ﻻ ﺃ ﷲ ﷺ …)     NFKC (لا أ الله …)        always       yes      yes
//	  except the rial sign    ﷼ U+FDFC                                     kept (NFKC spells ریال)   always       yes      yes
//	  and isolated harakat    U+FE70–U+FE7F, U+FC5E–U+FC63, U+FCF2–U+FCF4  the bare mark(s)          always       yes      yes
//	combining hamza, madda    ا و ي ە ہ ے + U+0653–U+0655                   أ آ إ ؤ ئ ۀ ۂ ۓ (NFC)     always       yes      yes
//	tatweel                   ـ U+0640                                     removed                   always       yes      yes
//	bidi and format controls  LRM RLM ALM U+061C, LRE…RLO, LRI…PDI, ZWJ,   removed                   always       yes      yes
//	                          BOM U+FEFF, WJ U+2060, soft hyphen, U+206A–F
//	exotic spaces             NBSP, U+2000–U+200A, U+202F, U+205F, U+3000  " "                       always       yes      yes
//	zero-width separators     ZWSP U+200B, ZWNJ U+200C                     " " between two non-       always       yes      yes
//	                                                                       spaces, else removed
//	invalid UTF-8             each invalid byte                            U+FFFD                    always       yes      yes
//	diacritics                U+064B–U+065F, U+0670, U+0610–U+061A,        removed                   Diacritics   no       yes
//	                          U+06D6–U+06ED (not ۞ ۩), U+08D3–U+08FF
//	alef variants             أ إ آ ٱ ٲ ٳ                                  ا                         Alef         no       yes
//	alef maksura              ى                                            ي                         AlefMaksura  no       yes
//	teh marbuta               ة                                            ه                         TehMarbuta   no       yes
//	hamza carriers            ؤ ئ                                          و ي                       Hamza        no       yes
//	Persian, Urdu, Maghrebi   ک گ ڭ / ی ې ے / ۓ / ۀ ۂ ہ ھ ە / ۃ / ڤ ڨ پ چ ژ  ك / ي / ئ / ه / ة / ف ق ب ج ز  Persian  no   yes
//	digits                    ٠–٩ U+0660–U+0669, ۰–۹ U+06F0–U+06F9         0–9                       Digits       no       yes
//	Arabic punctuation        ، ؛ ؟ ٪ ٫ ٬ ٭ ۔                              , ; ? % . , * .           Punctuation  no       yes
//	quotes and dashes         “ ” „ ‟ « » ‹ › ″ / ‘ ’ ‚ ‛ ′ / ‐ ‑ ‒ – — ― −  " / ' / -                 Quotes       no       yes
//
// Everything else, line breaks and tabs included, is kept as it is, so
// normalization keeps the line structure of the text.
//
// Hamza is never lost by accident: the marks are not removed by
// decomposing (NFD), dropping marks and recomposing, which turns أ into ا;
// a combining hamza or madda is first combined with the letter before it,
// and only the Alef and Hamza folds, when asked for, remove hamza.
//
// Normalization never glues two words together: a zero-width space or
// non-joiner between two letters becomes a space (کتاب‌خانه → کتاب خانه),
// and a ligature of several words (ﷺ, ﷻ) glued to a word is set apart from
// it by spaces (محمدﷺ → محمد صلى الله عليه وسلم).
// It is idempotent: normalizing normalized text changes nothing.
//
// # Offsets
//
// Map and Analyze return a Text, which maps every byte of the normalized
// text back to the source. The convention: a byte copied unchanged maps to
// itself, and so does a byte of a replacement of the same length (ة → ه
// maps byte for byte); every byte of a replacement of another length maps
// to the start of the source character it replaces (all of ﷺ's "صلى الله
// عليه وسلم" maps to ﷺ, the ASCII 2 to ٢); a removed character (a
// diacritic, tatweel, a control) produces no byte and belongs to the
// output character before it. So a span of the normalized text that ends
// after a word maps to source text that also covers the marks and
// controls after that word, but never the space after it, and a span
// inside the expansion of one source character maps to that whole
// character. An invalid byte becomes U+FFFD, whose three bytes map to the
// invalid byte. A Text keeps the map as runs, a few bytes per change;
// AppendMap gives the same map as a slice of offsets, one per output byte,
// in buffers the caller reuses.
//
// # Speed
//
// Characters of the Arabic block are handled by a table indexed by their
// two UTF-8 bytes. On longer texts the loops read seven bytes at a time,
// through a table of every pair of adjacent bytes, without a branch: the
// unchanged bytes and the letters replaced by letters of the same length
// (ة → ه, أ → ا) are written in one step, and only the rarer changes
// (digits, punctuation, removed marks) are handled one character at a
// time. The pair table (128 KiB) is built for each Normalizer the first
// time it normalizes a text of 64 bytes or more. String and Bytes return
// their input when nothing changes, without allocating; AppendString,
// Append and AppendMap allocate nothing when the caller's buffers are
// large enough. A Transformer normalizes streams
// (golang.org/x/text/transform) with the same output as String.
//
// # Concurrency
//
// Normalizers and Texts are immutable and safe for concurrent use. A
// Transformer holds the state of one stream.
package normalize
