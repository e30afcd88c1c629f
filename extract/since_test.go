package extract_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestStatesBeforeIndependence checks the rule of gazetteer.Entry.Since:
// a state is listed only in an article written on or after its first day;
// before it its name and capital are places of no state and its adjective
// names none.
func TestStatesBeforeIndependence(t *testing.T) {
	tests := []struct {
		in, published, countries, places string
	}{
		{"Police in Kosovo detained Kosovar students, Serbian officials said.", "1998-05-04", "SRB", "Kosovo"},
		{"Police in Kosovo detained Kosovar students, Serbian officials said.", "2012-05-04", "XKX SRB", ""},
		{"Police in Kosovo detained Kosovar students, Serbian officials said.", "", "XKX SRB", ""},
		{"Rebels in South Sudan clashed with troops near Juba, Kenyan mediators said.", "2005-01-10", "KEN", "South Sudan Juba"},
		{"Rebels in South Sudan clashed with troops near Juba, Kenyan mediators said.", "2013-12-20", "SSD KEN", "Juba"},
		{"East Timor held its first cabinet meeting, Portuguese diplomats said.", "2002-05-20", "TLS PRT", ""},
		{"East Timor held its first cabinet meeting, Portuguese diplomats said.", "2002-05-19", "PRT", "East Timor"},
		{"Eritrean rebels fought Ethiopian troops near Asmara.", "1990-02-12", "ETH", "Asmara"},
	}
	for _, tt := range tests {
		var opts extract.Options
		if tt.published != "" {
			opts.Published = annals.MustParseDate(tt.published)
		}
		doc, err := extract.Document(tt.in, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := countryString(doc.Countries); got != tt.countries {
			t.Errorf("Document(%q, %s).Countries = %q, want %q", tt.in, tt.published, got, tt.countries)
		}
		var ps []string
		for _, p := range doc.Places {
			ps = append(ps, p.Name)
		}
		if got := strings.Join(ps, " "); got != tt.places {
			t.Errorf("Document(%q, %s).Places = %q, want %q", tt.in, tt.published, got, tt.places)
		}
	}
}
