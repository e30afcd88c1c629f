package extract_test

import "testing"

// TestKnownAcronymDefinition checks that a name defined by an acronym the
// gazetteer knows is a mention of that one organisation, not a second
// organisation named by its first word ("UN"), and that an acronym the
// gazetteer knows is found alone.
func TestKnownAcronymDefinition(t *testing.T) {
	checkOrgMentions(t, []orgCase{
		{"MONROVIA, May 4, 2022 - The UN Mission in Liberia (UNMIL) handed over its bases on Wednesday.", "United Nations Mission in Liberia", "UN Mission in Liberia", "United Nations"},
		{"TRIPOLI, May 4, 2022 - Staff of the UN Support Mission in Libya (UNSMIL) left on Wednesday.", "United Nations Support Mission in Libya", "UNSMIL", "United Nations"},
		{"BEIRUT, May 4, 2022 - Unifil said on Wednesday that its patrols had resumed.", "United Nations Interim Force in Lebanon", "Unifil", ""},
		// near miss: the name before the bracket does not spell the acronym.
		{"JUBA, May 4, 2022 - The UN said on Wednesday (UNMISS) that aid had arrived.", "United Nations Mission in South Sudan", "UNMISS", ""},
	})
}
