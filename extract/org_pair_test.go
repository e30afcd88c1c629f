package extract_test

import "testing"

// TestOrgPairPrefix checks that a body named after the pair of states or
// bodies it joins ("Peru-Chile Joint Commission") takes the pair into its
// name, while both states still count; a pair that stands apart from the
// body's name is none of it.
func TestOrgPairPrefix(t *testing.T) {
	text := "LIMA, June 2, 2021 - The Peru-Chile Joint Trade Commission met in Lima on Wednesday."
	doc := checkOrgs(t, text, "Peru-Chile Joint Trade Commission", "Joint Trade Commission")
	checkCountry(t, text, doc, "PER")
	checkCountry(t, text, doc, "CHL")
	checkOrgs(t, "OSLO, June 2, 2021 - The EU-AU Joint Steering Council will meet next month.", "EU-AU Joint Steering Council", "")
	checkOrgs(t, "LIMA, June 2, 2021 - After the Peru-Chile talks, the Joint Trade Commission met on Wednesday.", "Joint Trade Commission", "Peru-Chile Joint Trade Commission")
}
