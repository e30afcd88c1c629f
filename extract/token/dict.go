package token

// Dict is a read-only map from words to values for the lookups made for
// many tokens of a text: an open-addressed table, a quarter full, that
// keeps each key's hash beside it, so a lookup costs a short hash, mostly
// one probe and a string compare only when the hashes agree; a Go map
// lookup costs more. Build it once, from a map that is never changed
// afterwards.
type Dict[V any] struct {
	slots []dictSlot[V]
	shift uint32
	// empty and emptyVal hold the empty word, whose slot would look
	// unused.
	empty    bool
	emptyVal V
}

type dictSlot[V any] struct {
	hash uint32 // dictHash of key, compared before the key
	key  string // "" when the slot is unused
	val  V
}

// NewDict returns the Dict of m's entries.
func NewDict[V any](m map[string]V) *Dict[V] {
	bits := uint32(4)
	for 1<<bits < 4*len(m) { // a quarter full: most probes end at the first slot
		bits++
	}
	d := &Dict[V]{slots: make([]dictSlot[V], 1<<bits), shift: 32 - bits}
	mask := uint32(len(d.slots) - 1)
	for k, v := range m {
		if k == "" {
			d.empty, d.emptyVal = true, v
			continue
		}
		h := dictHash(k)
		i := h >> d.shift
		for d.slots[i].key != "" {
			i = (i + 1) & mask
		}
		d.slots[i] = dictSlot[V]{h, k, v}
	}
	return d
}

// Get returns the value of w and whether w is in the Dict.
func (d *Dict[V]) Get(w string) (V, bool) {
	if w == "" {
		return d.emptyVal, d.empty
	}
	mask := uint32(len(d.slots) - 1)
	h := dictHash(w)
	for i := h >> d.shift; ; i = (i + 1) & mask {
		s := &d.slots[i]
		if s.hash == h && s.key == w {
			return s.val, true
		}
		if s.key == "" {
			var zero V
			return zero, false
		}
	}
}

// At returns the value of w, the zero value when w is not in the Dict
// (as indexing a map does).
func (d *Dict[V]) At(w string) V {
	v, _ := d.Get(w)
	return v
}

// dictHash is FNV-1a over the bytes of w, the words of lexicons being
// short: hashing only some of their bytes (as Filter does) gives too many
// words of one length and first and last letters one hash.
func dictHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
