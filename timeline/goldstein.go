package timeline

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed goldstein.tsv
var goldsteinTSV string

var (
	goldsteinOnce  sync.Once
	goldsteinTable map[string]float64
)

// Goldstein returns the Goldstein score of a CAMEO event code, from -10
// (most conflictual) to +10 (most cooperative), and whether the code has
// one. The table is GDELT's CAMEO.goldsteinscale.txt (see goldstein.tsv for
// the source). A code the table lacks takes the score of its nearest
// parent ("0431" that of "043", then "04"), since CAMEO codes refine
// their prefix; an empty or unknown code has none: events without a CAMEO
// code get no score rather than a guessed one.
func Goldstein(cameo string) (float64, bool) {
	goldsteinOnce.Do(func() {
		goldsteinTable = map[string]float64{}
		for _, line := range strings.Split(goldsteinTSV, "\n") {
			f := strings.Fields(line)
			if len(f) != 2 || strings.HasPrefix(f[0], "#") {
				continue
			}
			if v, err := strconv.ParseFloat(f[1], 64); err == nil {
				goldsteinTable[f[0]] = v
			}
		}
	})
	code := strings.TrimSpace(cameo)
	for len(code) >= 2 {
		if v, ok := goldsteinTable[code]; ok {
			return v, true
		}
		code = code[:len(code)-1]
	}
	return 0, false
}
