package extract_test

import "testing"

// TestIncidentRetold checks that an undated act of violence told after
// the story's dated incident retells that incident and takes its day,
// not a speaker's or the article's, while a sign of one more incident
// ("another", "also") or a day of its own makes a second act. Article
// date Wednesday 2021-03-03.
func TestIncidentRetold(t *testing.T) {
	const lead = "The Feb. 20 attack on a police convoy near Kandahar killed five officers"
	checkEvents(t, []eventCase{
		{"an ambush retold after a said day",
			lead + ", officials said on Monday.\n\nTaliban fighters ambushed the convoy near a bridge, the governor said.",
			"conflict occurred 2021-02-20 [Taliban] [AFG]"},
		{"an attack verb retold with a said day of its own sentence",
			lead + ".\n\nTaliban fighters attacked the convoy near a bridge, the governor said on Monday.",
			"conflict occurred 2021-02-20 [Taliban] [AFG]"},
		{"another convoy is another incident",
			lead + ", officials said on Monday.\n\nTaliban fighters ambushed another convoy near a bridge, the governor said.",
			"conflict occurred 2021-02-20 [] [AFG]\nconflict occurred 2021-03-01 [Taliban] [AFG]"},
		{"also attacked is one more incident",
			lead + ".\n\nTaliban fighters also attacked a police post near Herat, the governor said on Monday.",
			"conflict occurred 2021-02-20 [] [AFG]\nconflict occurred 2021-03-01 [Taliban] [AFG]"},
		{"an attack with a day of its own",
			lead + ".\n\nTaliban fighters attacked a police post near Herat on Monday.",
			"conflict occurred 2021-02-20 [] [AFG]\nconflict occurred 2021-03-01 [Taliban] [AFG]"},
	})
}
