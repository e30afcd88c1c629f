package annals

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// Country is an ISO 3166-1 alpha-3 code such as "RUS" or "JPN", the
// convention CAMEO and GDELT use for states. Withdrawn codes still used for
// historical states (SUN for the Soviet Union, YUG, DDR, CSK) and the
// user-assigned XKX for Kosovo are also known.
type Country string

//go:embed countries.tsv
var countriesTSV string

var (
	countriesOnce sync.Once
	countryNames  map[Country]string
)

func loadCountries() {
	countryNames = make(map[Country]string, 260)
	for _, line := range strings.Split(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		code, name, _ := strings.Cut(line, "\t")
		countryNames[Country(code)] = name
	}
}

// Valid reports whether c is a known alpha-3 code.
func (c Country) Valid() bool {
	countriesOnce.Do(loadCountries)
	_, ok := countryNames[c]
	return ok
}

// Name returns the English short name of c, or the code itself when c is
// not a known code.
func (c Country) Name() string {
	countriesOnce.Do(loadCountries)
	if n, ok := countryNames[c]; ok {
		return n
	}
	return string(c)
}

// Countries returns every known code in ascending order.
func Countries() []Country {
	countriesOnce.Do(loadCountries)
	out := make([]Country, 0, len(countryNames))
	for c := range countryNames {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
