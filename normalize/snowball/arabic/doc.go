// Package arabic implements the Snowball Arabic stemmer (algorithms/arabic.sbl
// of the Snowball project, by Assem Chelli and Abdelkrim Aries; BSD-3-Clause)
// in the style of github.com/kljensen/snowball: one exported Stem function,
// and one unexported function per Snowball routine, named after it.
//
//	Snowball routine          Go function
//	Checks1                   checks1
//	Normalize_pre             normalizePre
//	Suffix_Verb_Step1         suffixVerbStep1
//	Suffix_Verb_Step2a/2b/2c  suffixVerbStep2a, suffixVerbStep2b, suffixVerbStep2c
//	Suffix_Noun_Step1a/1b     suffixNounStep1a, suffixNounStep1b
//	Suffix_Noun_Step2a/2b     suffixNounStep2a, suffixNounStep2b
//	Suffix_Noun_Step2c1/2c2   suffixNounStep2c1, suffixNounStep2c2
//	Suffix_Noun_Step3         suffixNounStep3
//	Suffix_All_alef_maqsura   suffixAllAlefMaqsura
//	Prefix_Step1, Prefix_Step2                   prefixStep1, prefixStep2
//	Prefix_Step3a_Noun, Prefix_Step3b_Noun       prefixStep3aNoun, prefixStep3bNoun
//	Prefix_Step3_Verb, Prefix_Step4_Verb         prefixStep3Verb, prefixStep4Verb
//	Normalize_post            appendPost
//	stem                      Stem (the control flow of the Snowball "stem" routine)
//
// The implementation reproduces the Snowball semantics exactly, including
// the details that decide the output on real words:
//
//   - an among list matches its longest string; if that string's condition
//     (such as $word_len > 4) then fails, the routine fails: a shorter
//     string of the list is not tried;
//   - word_len is the length in characters of the whole current word when
//     the routine starts;
//   - a step that fails inside an "or" leaves the deletions of the steps
//     before it in place (Snowball restores the cursor, not the string);
//   - the cursor moves: after Suffix_Noun_Step1a with no step 2, "next"
//     moves it back one character, so Suffix_Noun_Step3 then looks at the
//     second-to-last letter; after a Prefix_Step1 replacement, Prefix_Step2
//     looks at the second letter.
//
// The words are stemmed as the Snowball program sees them: the whole string
// is one word (nothing is trimmed or lower-cased), and characters other
// than Arabic letters, marks and digits are kept as they are. Invalid UTF-8
// bytes become U+FFFD, one per byte, as in package normalize, so the output
// is always valid UTF-8.
//
// Stem agrees with the program the Snowball compiler generates on every line
// of the 50,000-word test list (see the conformance test) and allocates
// nothing when the stem is a substring of the word; AppendStem never
// allocates for words of up to 64 bytes (32 Arabic letters) when dst has
// room.
//
// Speed: a word made of ASCII and characters of U+0600–U+067F (almost
// every Arabic word), of up to 64 bytes, is stemmed by a copy of the
// routines that holds it one byte per character (bytes.go); other words go
// through the routines above on runes, which stay the reference. Tests
// and the fuzz target check that both give the same stems.
//
// A Folder (NewFolder) appends stems folded by a function, such as a
// normalizer's: the fast path writes each character of the stem folded,
// through a table made by calling the function once per character, which
// spares the caller a second pass over every stem.
//
// All functions are safe for concurrent use.
package arabic
