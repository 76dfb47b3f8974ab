// Package jsonword tests eight bytes of a JSON string at a time: whether
// they can be copied as they are, by an encoder (no byte to escape) or a
// decoder (no quote, backslash or control byte), and are well-formed
// UTF-8. Arabic text is two-byte characters between ASCII spaces and
// punctuation, so the test takes ASCII bytes and well-formed two-byte
// sequences; anything else (three- and four-byte characters, bytes that
// are not UTF-8, bytes to escape) makes it answer 0 and the caller reads
// those bytes one character at a time.
//
// A word is eight bytes read little-endian: byte k of the string is lane
// k, bits 8k..8k+7. Every test works on bit 7 of each lane.
package jsonword

import "encoding/binary"

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7F7F7F7F7F7F7F7F
)

// Load returns s[:8] as a word; s holds at least eight bytes.
func Load(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// notEqual has bit 7 of a lane set where the ASCII lane m (bit 7 clear)
// differs from c: m^c is below 0x80, and adding 0x7F carries into bit 7
// exactly when it is not zero (never into the next lane).
func notEqual(m uint64, c byte) uint64 {
	return (m ^ ones*uint64(c)) + lows
}

// Encodable returns the length of the longest prefix of s that a JSON
// encoder escaping as encoding/json with HTML escaping copies as it is:
// no '"', '\\', control byte, '<', '>' or '&', only ASCII and well-formed
// two-byte characters. It reads words of eight bytes while they are
// plain, then the rest a character at a time up to the first that is not.
func Encodable(s string) int {
	i := 0
	for i+8 <= len(s) {
		// encoder(w), written out: the compiler does not inline it.
		w := Load(s[i : i+8])
		m := w & lows
		ok := (m + ones*0x60) & // m >= 0x20
			notEqual(m|ones*0x04, '&') & // '"' (0x22) or '&' (0x26)
			notEqual(m|ones*0x02, '>') & // '<' (0x3C) or '>' (0x3E)
			notEqual(m, '\\')
		lead, bad := twoByteLeads(w)
		if (^ok&^w|bad)&highs != 0 || w&highs&^lead != lead<<8 {
			break
		}
		i += 8 - int(lead>>63)
	}
	for i < len(s) {
		if c := encoderClass[s[i]]; c == plainASCII {
			i++
		} else if c == twoByteLead && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
		} else {
			break
		}
	}
	return i
}

// The classes of encoderClass.
const (
	other       = iota // a byte to escape, or not ASCII nor a two-byte lead
	plainASCII         // an ASCII byte copied as it is
	twoByteLead        // C2..DF
)

// encoderClass is the class of every byte for Encodable.
var encoderClass = func() (t [256]uint8) {
	for c := ' '; c < 0x80; c++ {
		if c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
			t[c] = plainASCII
		}
	}
	for c := 0xC2; c < 0xE0; c++ {
		t[c] = twoByteLead
	}
	return t
}()

// Decodable is Encodable for a JSON decoder, which copies all but '"',
// '\\' and control bytes (of the bytes Encodable looks at).
func Decodable(b []byte) int {
	i := 0
	for i+8 <= len(b) {
		// decoder(w), written out: the compiler does not inline it.
		w := binary.LittleEndian.Uint64(b[i : i+8])
		m := w & lows
		ok := (m + ones*0x60) & // m >= 0x20
			notEqual(m, '"') & notEqual(m, '\\')
		lead, bad := twoByteLeads(w)
		if (^ok&^w|bad)&highs != 0 || w&highs&^lead != lead<<8 {
			return i
		}
		i += 8 - int(lead>>63)
	}
	return i
}

// CodePoints counts the bytes of s that do not continue a character (not
// of the form 10xxxxxx): the code points of s when it is valid UTF-8.
func CodePoints(s string) int {
	n, i := 0, 0
	for len(s)-i >= 8 {
		// Each lane counts one byte of every word: add them up every
		// 31 words, before the lanes' total could pass 255.
		end := i + min(31*8, (len(s)-i)&^7)
		var lanes uint64
		for ; i < end; i += 8 {
			lanes += NotContinuation(Load(s[i : i+8]))
		}
		n += Sum(lanes)
	}
	if tail := len(s) - i; tail > 0 {
		if len(s) >= 8 {
			// The last eight bytes, those counted already shifted out.
			n += Sum(NotContinuation(Load(s[len(s)-8:])) >> (8 * uint(8-tail)))
		} else {
			for ; i < len(s); i++ {
				if s[i]&0xC0 != 0x80 {
					n++
				}
			}
		}
	}
	return n
}

// decoder returns how many of the eight bytes of w a JSON decoder copies
// as they are, starting at a character boundary: 8, or 7 when the last
// byte begins a two-byte character, or 0 when a byte needs a closer look
// (a quote, a backslash, a control byte, a byte that is not part of an
// ASCII character or a well-formed two-byte one).
func decoder(w uint64) int {
	m := w & lows
	ok := (m + ones*0x60) & // m >= 0x20
		notEqual(m, '"') & notEqual(m, '\\')
	if ^ok&^w&highs != 0 {
		return 0
	}
	return twoByteRun(w)
}

// encoder is decoder for an encoder that escapes as encoding/json with
// HTML escaping: it also stops at '<', '>' and '&'.
func encoder(w uint64) int {
	m := w & lows
	ok := (m + ones*0x60) & // m >= 0x20
		notEqual(m|ones*0x04, '&') & // '"' (0x22) or '&' (0x26)
		notEqual(m|ones*0x02, '>') & // '<' (0x3C) or '>' (0x3E)
		notEqual(m, '\\')
	if ^ok&^w&highs != 0 {
		return 0
	}
	return twoByteRun(w)
}

// twoByteRun checks that the bytes of w at or above 0x80 are well-formed
// two-byte characters (a lead byte C2..DF followed by a continuation byte
// 80..BF) starting at lane 0; a lead byte in lane 7 is left for the next
// word. It returns 8, 7 or 0 as decoder does.
func twoByteRun(w uint64) int {
	lead, bad := twoByteLeads(w)
	if bad&highs != 0 || w&highs&^lead != lead<<8 {
		return 0
	}
	return 8 - int(lead>>63)
}

// twoByteLeads marks in bit 7 the lanes of w of the form 11xxxxxx (lead)
// and those of them that do not begin a two-byte character, C0, C1 or
// E0..FF (bad, to be masked with highs). The continuation bytes are then
// w&highs&^lead, and each must follow a lead byte: they equal lead<<8.
func twoByteLeads(w uint64) (lead, bad uint64) {
	lead = w & (w << 1) & highs
	// A lead byte's low seven bits m must be 0x42..0x5F (C2..DF): m+0x3E
	// reaches bit 7 from 0x42 on, m+0x20 from 0x60 on.
	m := w & lows
	return lead, lead & (^(m + ones*0x3E) | (m + ones*0x20))
}

// NotContinuation marks the bytes of w that are not continuation bytes
// (10xxxxxx), each lane 0 or 1; lanes of several words add up without
// carrying, and Sum adds the lanes.
func NotContinuation(w uint64) uint64 {
	return (^w | w<<1) >> 7 & ones
}

// Sum adds the eight lanes of x, whose total is at most 255 (so that no
// partial sum carries out of its lane).
func Sum(x uint64) int {
	return int(x * ones >> 56)
}
