package dates

// parseNumberWords reads a number written in words starting at token i
// (واحد وعشرين، ألفين وسبعة عشر، الحادي والعشرين، ثلاثمائة وخمسين) and
// returns its value, the token after it, and whether it is an ordinal.
// Conjunctions may be attached (وعشرين) or stand alone (و عشرون).
func parseNumberWords(ts []token, i int) (val int, j int, ordinal bool, ok bool) {
	total, cur := 0, 0
	last := nkNone
	n := 0
	j = i
	for k := i; k < len(ts); {
		t := &ts[k]
		wa := t.flags&fWa != 0
		next := k + 1
		if n > 0 && t.kind == tWord && t.e.roles&rPrep != 0 && t.e.prep == pWa {
			// A stand-alone و: the number goes on only if a number word follows.
			if k+1 >= len(ts) || !ts[k+1].is(rCard|rOrd) || ts[k+1].flags&fWa != 0 {
				break
			}
			wa = true
			k++
			t = &ts[k]
			next = k + 1
		}
		if t.kind != tWord || t.e.roles&(rCard|rOrd) == 0 {
			break
		}
		e := t.e
		if n == 0 {
			if wa {
				return 0, i, false, false
			}
			ordinal = e.roles&rOrd != 0 && e.roles&rCard == 0
		}
		v, kind := int(e.num), e.nk
		if n > 0 && ordinal && e.roles&rOrd == 0 && kind != nkTeenBase && kind != nkTens {
			break // an ordinal continues with عشر or tens only
		}
		accepted := true
		switch kind {
		case nkZero:
			accepted = n == 0
		case nkTeenBase, nkUnit, nkTeen:
			switch {
			case kind == nkTeenBase && n > 0 && last == nkUnit && !wa && cur%100 >= 1 && cur%100 <= 9:
				cur += 10 // ثلاثة عشر
			case n > 0 && !wa && last != nkHundred:
				accepted = false
			case cur%100 != 0:
				accepted = false
			default:
				if kind == nkTeenBase {
					v = 10
				}
				cur += v
				if kind == nkTeenBase {
					kind = nkUnit
				}
			}
		case nkTens:
			if (n > 0 && !wa && last != nkHundred) || cur%100 >= 20 {
				accepted = false
			} else {
				cur += v
			}
		case nkHundred:
			switch {
			case n > 0 && last == nkUnit && !wa && v == 100 && cur >= 1 && cur <= 9:
				cur *= 100 // ثلاث مئة
			case (n > 0 && !wa) || cur%1000 != 0:
				accepted = false
			default:
				cur += v
			}
		case nkThousand, nkMillion:
			switch {
			case n > 0 && !wa && cur > 0 && last != nkThousand && last != nkMillion:
				total += cur * unitOf(kind) // ثلاثة آلاف، خمسمائة ألف
				cur = 0
			case n == 0 || wa:
				if cur != 0 {
					accepted = false
				} else {
					total += v
				}
			default:
				accepted = false
			}
		default:
			accepted = false
		}
		if !accepted {
			break
		}
		last = kind
		n++
		k = next
		j = next
	}
	if n == 0 {
		return 0, i, false, false
	}
	return total + cur, j, ordinal, true
}

func unitOf(k numKind) int {
	if k == nkMillion {
		return 1000000
	}
	return 1000
}
