package extract_test

import "testing"

// A dateline is a place opening the story's first paragraph, with an
// optional date and agency, before a dash, a colon or the story's words;
// its state then goes to an office holder the story names no state for.
// A page's time stamp is no dateline: neither a masthead line that ends
// in a clock nor a bare city on the line under a "Published" stamp, and a
// city in a weather widget or a menu opens no story.
func TestFalseDatelines(t *testing.T) {
	const lead = "Foreign Minister Ana Ruiz said on Monday the border talks would resume."
	for _, tt := range []struct{ name, in, want string }{
		{"wire dateline with agency", "MONTEVIDEO, Nov 23 (Reuters) - " + lead, "Ana Ruiz/URY/Foreign Minister"},
		{"dateline with a full date", "Montevideo, 23 November 2024 – " + lead, "Ana Ruiz/URY/Foreign Minister"},
		{"bare dateline and dash", "MONTEVIDEO — " + lead, "Ana Ruiz/URY/Foreign Minister"},
		{"dateline line before the story", "Border talks to resume\n\nMontevideo, 23 November 2024\n\n" + lead, "Ana Ruiz/URY/Foreign Minister"},
		{"clock told in the lead", "MONTEVIDEO, Nov 23 - At 10:30 GMT Foreign Minister Ana Ruiz said the border talks would resume.", "Ana Ruiz/URY/Foreign Minister"},
		{"masthead clock", "The Southern Courier\n\nMontevideo, March 2nd 2025 - 09:14 UTC\n\nBorder talks to resume\n\n" + lead, "Ana Ruiz//Foreign Minister"},
		{"masthead clock without a zone", "Montevideo, 2 March 2025, 9:14 am\n\nBorder talks to resume\n\n" + lead, "Ana Ruiz//Foreign Minister"},
		{"city under a publication stamp", "Border talks to resume\nPublished on 10/04/2019 - 15:11\nMontevideo\n" + lead, "Ana Ruiz//Foreign Minister"},
		{"city under a bare clock stamp", "Border talks to resume\n02/03/2025 - 09:14\nMontevideo\n" + lead, "Ana Ruiz//Foreign Minister"},
		{"weather widget", "Weather: Montevideo 21°C\n\nBorder talks to resume\n\n" + lead, "Ana Ruiz//Foreign Minister"},
		{"menu", "Montevideo | Buenos Aires | Santiago\n\nBorder talks to resume\n\n" + lead, "Ana Ruiz//Foreign Minister"},
	} {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("%s: persons of %q = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
