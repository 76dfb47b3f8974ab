package seqmodel

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString hashes s (FNV-1a) under seed.
func hashString(seed uint64, s string) uint64 {
	h := uint64(fnvOffset) ^ (seed * 0x9E3779B97F4A7C15)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower hashes s with ASCII letters folded to lower case.
func hashLower(seed uint64, s string) uint64 {
	h := uint64(fnvOffset) ^ (seed * 0x9E3779B97F4A7C15)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix is the splitmix64 finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// feat returns the feature id of template t over the atom a.
func feat(t uint64, a uint64) uint32 {
	return uint32(mix(a^(t*0xD6E8FEB86659FD93)) >> 32)
}

// feat2 returns the feature id of template t over the atoms a and b.
func feat2(t uint64, a, b uint64) uint32 {
	return uint32(mix(mix(a^(t*0xD6E8FEB86659FD93))+b) >> 32)
}

// hashBytes is hashString over a byte slice.
func hashBytes(seed uint64, s []byte) uint64 {
	h := uint64(fnvOffset) ^ (seed * 0x9E3779B97F4A7C15)
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}
