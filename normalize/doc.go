// Package normalize cleans and folds Arabic text while keeping a map from
// every output byte back to the input, splits text into tokens and
// sentences, and splits words into clitics and stems.
//
// (The table of operations is maintained with the implementation.)
package normalize
