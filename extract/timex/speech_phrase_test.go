package timex_test

import "testing"

// TestSpeechPhraseDay checks that a weekday dating an interview, a
// statement or a news conference ("in a television interview on Monday")
// after a past verb and its infinitive ("threatened to stoke tensions")
// dates the speaking, which lies in the past, while a plan told in the
// present or the future ("is to speak", "wants to explain", "will
// speak") and an infinitive with no such phrase still look ahead. The
// document date is Wednesday 19 March 2025.
func TestSpeechPhraseDay(t *testing.T) {
	checkTags(t, d("2025-03-19"), []tagCase{
		{"past threat in an interview", "The premier threatened to widen the row in a radio interview on Monday, when he seemed to blame the neighbours.",
			[]want{{"Monday", "DATE", "2025-03-17", "", "2025-03-17"}}},
		{"past vow at a news conference", "The envoy vowed to fight the ruling at a news conference Tuesday.",
			[]want{{"Tuesday", "DATE", "2025-03-18", "", "2025-03-18"}}},
		{"past promise in a statement", "The ministry pledged to reopen the crossing in a statement on Monday.",
			[]want{{"Monday", "DATE", "2025-03-17", "", "2025-03-17"}}},
		{"past threat in a letter", "The union threatened to strike in a letter on Monday.",
			[]want{{"Monday", "DATE", "2025-03-17", "", "2025-03-17"}}},
		// Near misses: the plan still lies ahead.
		{"a plan told with is to", "The premier is to speak in a radio interview on Monday.",
			[]want{{"Monday", "DATE", "2025-03-24", "", "2025-03-24"}}},
		{"a wish in the present", "The premier wants to explain the budget in a speech on Monday.",
			[]want{{"Monday", "DATE", "2025-03-24", "", "2025-03-24"}}},
		{"a future with will", "The premier will answer questions in a radio interview on Monday.",
			[]want{{"Monday", "DATE", "2025-03-24", "", "2025-03-24"}}},
		{"a past promise with no speech phrase", "The premier promised to give an interview on Monday.",
			[]want{{"Monday", "DATE", "2025-03-24", "", "2025-03-24"}}},
		{"a past agreement to meet", "The two sides agreed to meet in the capital on Monday.",
			[]want{{"Monday", "DATE", "2025-03-24", "", "2025-03-24"}}},
	})
}
