package extract_test

import "testing"

// TestTalksAwaited covers talks named in a clause of time as still to
// come ("before talks can resume", "until negotiations resume"): a
// condition, no meeting. Talks a past verb tells were held. Article date
// Wednesday 2021-03-03.
func TestTalksAwaited(t *testing.T) {
	checkEvents(t, []eventCase{
		{"before talks resume",
			"Kenya said Somalia must withdraw its troops before talks resume.", ""},
		{"before talks can resume",
			"Somalia must withdraw its troops before talks can resume, Kenya said.", ""},
		{"until negotiations resume",
			"Kenya will keep its embassy in Mogadishu closed until negotiations with Somalia resume.", ""},
		{"before the talks began, held",
			"Kenyan and Somali officials met in Nairobi on Monday before the talks began.",
			"meet occurred 2021-03-01 [] [KEN SOM] @Nairobi"},
	})
}

// TestSpeakingAtMeal covers a meal where someone speaks: the setting of
// a speech, no meeting. A meal two leaders share is one. Article date
// Wednesday 2021-03-03.
func TestSpeakingAtMeal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"speaking at a lunch",
			"Speaking at a business lunch in Nairobi on Monday, Kenyan Foreign Minister Raychelle Omamo said trade with Uganda was growing.", ""},
		{"a lunch shared",
			"Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud at a lunch in Nairobi on Monday.",
			"meet occurred 2021-03-01 [William Ruto Hassan Sheikh Mohamud] [KEN SOM] @Nairobi\nvisit occurred 2021-03-01 [William Ruto Hassan Sheikh Mohamud] [KEN SOM] @Nairobi"},
	})
}
