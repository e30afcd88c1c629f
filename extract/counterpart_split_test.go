package extract_test

import "testing"

// TestCounterpartSplit covers a clause that tells one meeting per
// counterpart (issue 4): counterparts closed by "respectively", and named
// persons of two or more states or bodies after a meeting verb, one
// meeting per state or body. Persons of one state, a singular meeting
// noun, "talks" and a meeting held together stay one meeting. Meetings
// "had held" are undated (see TestPastPerfectUndated). Article date
// Wednesday 2021-03-03.
func TestCounterpartSplit(t *testing.T) {
	checkEvents(t, []eventCase{
		{"meetings closed by respectively are one per counterpart",
			"Kenyan President Daniel Moi said he had held fruitful meetings with Ghanaian President Kwame Osei and Vice President Ama Boateng respectively.",
			"meet occurred  [Daniel Moi Kwame Osei] [KEN GHA]\nmeet occurred  [Daniel Moi Ama Boateng] [KEN GHA]"},
		{"talks closed by respectively after a comma are one per counterpart",
			"On Monday, Kenyan President Daniel Moi held talks with Ghanaian President Kwame Osei and Nigerian President Tunde Bello, respectively.",
			"meet occurred 2021-03-01 [Daniel Moi Kwame Osei] [KEN GHA]\nmeet occurred 2021-03-01 [Daniel Moi Tunde Bello] [KEN NGA]"},
		{"meetings with two persons of one state stay one meeting",
			"Kenyan President Daniel Moi said he had held fruitful meetings with Ghanaian President Kwame Osei and Vice President Ama Boateng.",
			"meet occurred  [Daniel Moi Kwame Osei Ama Boateng] [KEN GHA]"},
		{"meeting persons of three states is one meeting per state",
			"At the forum on Friday, Kenyan Foreign Minister Raychelle Omamo will meet with Ghanaian Foreign Minister Shirley Botchwey, Ghanaian Trade Minister Alan Kyerematen, Nigerian Foreign Minister Tunde Bello and Senegalese Foreign Minister Aissata Sall.",
			"meet planned 2021-03-05 [Alan Kyerematen Raychelle Omamo Shirley Botchwey] [KEN GHA]\nmeet planned 2021-03-05 [Raychelle Omamo Tunde Bello] [KEN NGA]\nmeet planned 2021-03-05 [Raychelle Omamo Aissata Sall] [KEN SEN]"},
		{"a meeting verb with persons of one state is one meeting",
			"On Friday, Kenyan Foreign Minister Raychelle Omamo will meet President Kwame Osei of Ghana and Foreign Minister Shirley Botchwey.",
			"meet planned 2021-03-05 [Raychelle Omamo Kwame Osei Shirley Botchwey] [KEN GHA]"},
		{"a singular meeting with persons of two states is one meeting",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo held a meeting with Ghanaian Foreign Minister Shirley Botchwey and Nigerian Foreign Minister Tunde Bello.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey Tunde Bello] [KEN GHA NGA]"},
		{"a trilateral meeting with persons of two states is one meeting",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo met jointly with Ghanaian Foreign Minister Shirley Botchwey and Nigerian Foreign Minister Tunde Bello.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey Tunde Bello] [KEN GHA NGA]"},
		{"talks with persons of two states stay one meeting",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo held talks with Ghanaian Foreign Minister Shirley Botchwey and Nigerian Foreign Minister Tunde Bello.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey Tunde Bello] [KEN GHA NGA]"},
	})
}

// TestCounterpartSplitDated covers the date of planned meetings told apart
// in a sentence with no time of its own: that of the dated meeting told
// before, which the list spells out. Article date Wednesday 2021-03-03.
func TestCounterpartSplitDated(t *testing.T) {
	checkEvents(t, []eventCase{
		{"planned meetings told apart take the date of the meeting told before",
			"Kenyan Foreign Minister Raychelle Omamo will meet on Friday with foreign ministers from the region. On the sidelines she will meet with Ghanaian Foreign Minister Shirley Botchwey, Nigerian Foreign Minister Tunde Bello and a delegation of lawmakers.",
			"meet planned 2021-03-05 [Raychelle Omamo] [KEN]\nmeet planned 2021-03-05 [Raychelle Omamo Shirley Botchwey] [KEN GHA]\nmeet planned 2021-03-05 [Tunde Bello Raychelle Omamo] [NGA KEN]"},
		{"meetings held apart are undated when no meeting was told before",
			"On the sidelines Kenyan Foreign Minister Raychelle Omamo will meet with Ghanaian Foreign Minister Shirley Botchwey and Nigerian Foreign Minister Tunde Bello.",
			"meet planned  [Raychelle Omamo Shirley Botchwey] [KEN GHA]\nmeet planned  [Raychelle Omamo Tunde Bello] [KEN NGA]"},
	})
}
