package store_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

func TestFindActor(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, talksDoc(), summitDoc())
	ukraine := annals.Country("UKR").Name()
	tests := []struct {
		name string
		want string // node key
	}{
		{"Sergei Lavrov", "person:sergei lavrov"},
		{"  sergei   LAVROV ", "person:sergei lavrov"},
		{"Lavrov", "person:sergei lavrov"},
		{"Francois Hollande", "person:françois hollande"},
		{"hollande", "person:françois hollande"},
		{"Itar Tass", "organization:itar-tass"},
		{"itar-tass", "organization:itar-tass"},
		{"the European Union", "organization:european union"},
		{"EU", "organization:european union"}, // initials
		{"JPN", "country:JPN"},
		{"rus", "country:RUS"},
		{annals.Country("JPN").Name(), "country:JPN"},
		{strings.ToUpper(annals.Country("RUS").Name()), "country:RUS"},
		// The start of a country's name ("Russia" for an ISO name
		// "Russian Federation").
		{ukraine[:len(ukraine)-2], "country:UKR"},
	}
	for _, tt := range tests {
		n, err := db.FindActor(ctx, tt.name)
		if err != nil || n.Key != tt.want {
			t.Errorf("FindActor(%q) = %q, %v, want %q", tt.name, n.Key, err, tt.want)
		}
	}
	n, err := db.FindActor(ctx, "Kishida")
	if err != nil || n.Kind != annals.KindPerson || n.Label != "Fumio Kishida" || n.Country != "JPN" || n.Role != "Foreign Minister" {
		t.Errorf("FindActor(Kishida) = %+v, %v, want the person with country and role", n, err)
	}

	// Places are not actors; "Lav" is neither a name nor a code.
	for _, name := range []string{"", "   ", "Tokyo", "Berlin", "Nobody", "Lav"} {
		if _, err := db.FindActor(ctx, name); !errors.Is(err, annals.ErrNotFound) {
			t.Errorf("FindActor(%q) = %v, want an error wrapping ErrNotFound", name, err)
		}
	}
	if _, err := db.FindActor(ctx, "BRA"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("FindActor(BRA) = %v, want ErrNotFound: Brazil is a code but not stored", err)
	}

	_, err = db.FindActor(ctx, "abe")
	var amb *annals.AmbiguousError
	if !errors.As(err, &amb) || !errors.Is(err, annals.ErrAmbiguous) {
		t.Fatalf("FindActor(abe) = %v, want an *AmbiguousError", err)
	}
	if want := []string{"Akie Abe", "Shinzo Abe"}; !reflect.DeepEqual(amb.Candidates, want) {
		t.Errorf("FindActor(abe) candidates = %q, want %q", amb.Candidates, want)
	}
	// A full name settles what a surname leaves open.
	if n, err := db.FindActor(ctx, "Shinzo Abe"); err != nil || n.Key != "person:shinzo abe" {
		t.Errorf("FindActor(Shinzo Abe) = %q, %v, want person:shinzo abe", n.Key, err)
	}
}
