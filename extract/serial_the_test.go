package extract_test

import "testing"

// TestSerialCommaThe covers a list of states whose last item, after a
// serial comma, has an article ("Uganda, Tanzania, and the United
// Kingdom"): the list stays in the clause of its verb, one meeting with
// every state. A ", and the" opening a clause of its own still splits.
// Article date Wednesday 2021-03-03.
func TestSerialCommaThe(t *testing.T) {
	checkEvents(t, []eventCase{
		{"serial comma before the last state",
			"Kenyan Foreign Minister Raychelle Omamo spoke on Monday with ministers from Uganda, Tanzania, and the United Kingdom to discuss the border.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN UGA TZA GBR]"},
		{"a clause of its own",
			"Kenyan Foreign Minister Raychelle Omamo met Ugandan officials on Monday, and the talks went well.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN UGA]"},
	})
}
