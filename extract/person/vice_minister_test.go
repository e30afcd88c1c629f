package person_test

import "testing"

// "Vice-Minister", hyphenated as Chinese and Vietnamese agencies write it,
// is a title: the name before it in apposition is a person. The title
// alone names no one.
func TestViceMinisterHyphen(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"In his address, Wang Dehua, Vice-Minister of Commerce, praised the ties.", "Wang Dehua"},
		{"Vice-Minister Tran Van Minh opened the fair in Hanoi on Monday.", "Tran Van Minh"},
		{"The vice-minister of commerce opened the fair on Monday.", ""},
	}, personName)
}
