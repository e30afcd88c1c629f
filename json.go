package annals

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

func marshalJSON(v any) ([]byte, error)   { return json.Marshal(v) }
func unmarshalJSON(b []byte, v any) error { return json.Unmarshal(b, v) }
func formatAmount(f float64) string       { return strconv.FormatFloat(f, 'f', -1, 64) }

func sortedLower(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = strings.ToLower(s)
	}
	slices.Sort(out)
	return out
}
