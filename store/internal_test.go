package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sergei Lavrov", "sergei lavrov"},
		{"  Sergei\t\nLAVROV  ", "sergei lavrov"},
		{"François Hollande", "francois hollande"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"Lech Wałęsa", "lech walesa"},
		{"Straße", "strasse"},
		{"O'Neill", "oneill"},
		{"O’Neill", "oneill"},
		{"Jean-Marc Ayrault", "jean marc ayrault"},
		{"U.N.", "un"},
		{"Sergei V. Lavrov", "sergei v lavrov"},
		{"Cafe\u0301", "cafe"}, // decomposed accent
		{"Сергей Лавров", "сергей лавров"},
		{"-- ", ""},
		{"\xff\xfeabc", "abc"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountryShort(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"Congo, The Democratic Republic of the", "congo"},
		{"Falkland Islands (Malvinas)", "falkland islands"},
		{"Japan", nil},
		{", odd", nil},
	}
	for _, tt := range tests {
		if got := countryShort(tt.in); got != tt.want {
			t.Errorf("countryShort(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestInitials(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"european union", "eu"},
		{"international monetary fund", "imf"},
		{"organization of the petroleum exporting countries", "opec"},
		{"banque de france", "bf"},
		{"itar tass", "it"},
		{"gazprom", nil},
		{"the union", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := initials(tt.in); got != tt.want {
			t.Errorf("initials(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDateKey(t *testing.T) {
	d := annals.MustParseDate
	tests := []struct {
		v   annals.TimeValue
		iv  annals.Interval
		key string
		ok  bool
	}{
		{"2013-11-01", annals.Interval{Start: d("2013-11-01"), End: d("2013-11-01")}, "date:2013-11-01", true},
		{"2014-SP", annals.Interval{Start: d("2014-03-01"), End: d("2014-05-31")}, "date:2014-SP", true},
		{"PRESENT_REF", annals.Interval{}, "date:PRESENT_REF", true},
		{"2014", annals.Interval{Start: d("2014-01-01"), End: d("2014-04-30")}, "date:2014@2014-01-01..2014-04-30", true},
		{"", annals.Interval{Start: d("2014-01-21"), End: d("2014-02-28")}, "date:2014-01-21..2014-02-28", true},
		{"", annals.Interval{}, "", false},
	}
	for _, tt := range tests {
		key, _, ok := dateKey(tt.v, tt.iv)
		if key != tt.key || ok != tt.ok {
			t.Errorf("dateKey(%q, %v) = %q, %v, want %q, %v", tt.v, tt.iv, key, ok, tt.key, tt.ok)
		}
	}
}

func TestFormatError_constraintIsConflict(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		name  string
		query string
	}{
		{"unique key", `INSERT INTO nodes (key, kind, label) VALUES ('person:x', 'person', 'X'), ('person:x', 'person', 'X')`},
		{"check", `INSERT INTO nodes (key, kind, label) VALUES ('thing:x', 'thing', 'X')`},
		{"foreign key", `INSERT INTO links (from_id, to_id, kind) VALUES (998, 999, 'time')`},
	}
	for _, tt := range tests {
		_, err := db.db.ExecContext(ctx, tt.query)
		if err == nil {
			t.Fatalf("%s: insert succeeded, want a constraint failure", tt.name)
		}
		if got := formatError(err); !errors.Is(got, annals.ErrConflict) {
			t.Errorf("formatError(%s: %v) = %v, want an error wrapping ErrConflict", tt.name, err, got)
		}
	}
	other := errors.New("disk on fire")
	if got := formatError(other); got != other {
		t.Errorf("formatError(%v) = %v, want it unchanged", other, got)
	}
}

// FuzzFold checks fold's properties on any input: it is idempotent, and
// its output has no leading, trailing or doubled spaces and no upper case.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Sergei Lavrov", "François", "Straße", "O'Neill", "ẞ", "İstanbul", "ǅ", "\xff", "  a  b  ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := fold(s)
		if again := fold(got); again != got {
			t.Errorf("fold(fold(%q)) = %q, want %q", s, again, got)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Errorf("fold(%q) = %q has stray spaces", s, got)
		}
		if strings.ToLower(got) != got {
			t.Errorf("fold(%q) = %q has upper case", s, got)
		}
	})
}
