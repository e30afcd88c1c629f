package store_test

import (
	"fmt"

	"github.com/annals-project/annals"
)

// The documents below are written by hand, in the shape the extractor
// produces, from invented sentences; they exercise the store, not
// extraction.

func date(s string) annals.Date { return annals.MustParseDate(s) }

func amount(f float64) *float64 { return &f }

// talksDoc reports talks between two foreign ministers, a planned visit, a
// trade figure and an undated statement.
func talksDoc() *annals.Document {
	const (
		s1 = "Foreign ministers Sergei Lavrov and Fumio Kishida held talks in Tokyo on Friday."
		s2 = "President Vladimir Putin plans to visit Japan next year, Lavrov said."
		s3 = "Trade between the two countries reached 33 billion dollars last year."
		s4 = "Prime Minister Shinzo Abe has called for a peace treaty."
	)
	return &annals.Document{
		ID:            "a1",
		Source:        "test/talks.txt",
		Title:         "Russian and Japanese ministers meet",
		Published:     date("2013-11-01"),
		PublishedFrom: "dateline",
		Persons: []annals.Person{
			{Name: "Sergei Lavrov", Country: "RUS", Role: "Foreign Minister"},
			{Name: "Fumio Kishida", Country: "JPN", Role: "Foreign Minister"},
			{Name: "Vladimir Putin", Country: "RUS", Role: "President"},
			{Name: "Shinzo Abe", Country: "JPN", Role: "Prime Minister"},
		},
		Organizations: []annals.Organization{{Name: "Itar-Tass", Country: "RUS", Kind: "news agency"}},
		Countries:     []annals.Country{"RUS", "JPN"},
		Places:        []annals.Place{{Name: "Tokyo", Country: "JPN"}},
		Times: []annals.TimeExpr{
			{Text: "on Friday", Span: annals.Span{74, 83}, Type: annals.TimeDate, Value: "2013-11-01", Start: date("2013-11-01"), End: date("2013-11-01")},
			{Text: "next year", Span: annals.Span{120, 129}, Type: annals.TimeDate, Value: "2014", Start: date("2014-01-01"), End: date("2014-12-31")},
			{Text: "last year", Span: annals.Span{200, 209}, Type: annals.TimeDate, Value: "2012", Start: date("2012-01-01"), End: date("2012-12-31")},
		},
		Events: []annals.Event{
			{Type: annals.EventMeet, CAMEO: "043", Status: annals.StatusOccurred,
				Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Countries: []annals.Country{"RUS", "JPN"},
				Place: "Tokyo", Start: date("2013-11-01"), End: date("2013-11-01"), Time: "2013-11-01",
				Evidence: s1, Span: annals.Span{0, len(s1)}},
			{Type: annals.EventVisit, CAMEO: "042", Status: annals.StatusPlanned,
				Actors: []string{"Vladimir Putin"}, Countries: []annals.Country{"RUS", "JPN"},
				Place: "", Start: date("2014-01-01"), End: date("2014-12-31"), Time: "2014",
				Evidence: s2, Span: annals.Span{100, 100 + len(s2)}},
			{Type: annals.EventTrade, Status: annals.StatusOccurred,
				Countries: []annals.Country{"RUS", "JPN"},
				Start:     date("2012-01-01"), End: date("2012-12-31"), Time: "2012",
				Amount: amount(33e9), Currency: "USD", Measure: "trade volume",
				Evidence: s3, Span: annals.Span{180, 180 + len(s3)}},
			{Type: annals.EventStatement, CAMEO: "010", Status: annals.StatusOccurred,
				Actors: []string{"Shinzo Abe"}, Countries: []annals.Country{"JPN"},
				Evidence: s4, Span: annals.Span{260, 260 + len(s4)}},
		},
	}
}

// talksAgainDoc is another article reporting the same talks in its own
// words, with the names written differently.
func talksAgainDoc() *annals.Document {
	const s1 = "Russia's Lavrov met his Japanese counterpart Kishida in Tokyo."
	return &annals.Document{
		ID:        "a2",
		Source:    "test/talks-again.txt",
		Title:     "Lavrov in Tokyo",
		Published: date("2013-11-02"),
		Persons: []annals.Person{
			{Name: "sergei lavrov", Country: "RUS"},
			{Name: "Fumio Kishida", Country: "JPN", Role: "Foreign Minister"},
		},
		Countries: []annals.Country{"RUS", "JPN"},
		Places:    []annals.Place{{Name: "Tokyo"}},
		Events: []annals.Event{
			{Type: annals.EventMeet, CAMEO: "040", Status: annals.StatusOccurred,
				Actors: []string{"Fumio Kishida", "sergei lavrov"}, Countries: []annals.Country{"JPN", "RUS"},
				Place: "tokyo", Start: date("2013-11-01"), End: date("2013-11-01"), Time: "2013-11-01",
				Evidence: s1, Span: annals.Span{40, 40 + len(s1)}},
		},
	}
}

// summitDoc brings accented names, a spouse sharing a surname with a
// person of talksDoc, an organisation and a narrowed time ("late January").
func summitDoc() *annals.Document {
	const (
		s1 = "François Hollande and Angela Merkel met in Berlin in late January."
		s2 = "The European Union agreed on a new aid package with Ukraine in February 2014."
		s3 = "Akie Abe opened an exhibition in Paris."
	)
	return &annals.Document{
		ID:        "a3",
		Source:    "test/summit.txt",
		Title:     "",
		Published: date("2014-03-01"),
		Persons: []annals.Person{
			{Name: "François Hollande", Country: "FRA", Role: "President"},
			{Name: "Angela Merkel", Country: "DEU", Role: "Chancellor"},
			{Name: "Akie Abe", Country: "JPN"},
		},
		Organizations: []annals.Organization{{Name: "European Union", Kind: "international"}},
		Countries:     []annals.Country{"FRA", "DEU", "UKR", "COD"},
		Places:        []annals.Place{{Name: "Berlin", Country: "DEU"}, {Name: "Paris", Country: "FRA"}},
		Times: []annals.TimeExpr{
			{Text: "late January", Type: annals.TimeDate, Value: "2014-01", Mod: annals.ModEnd, Start: date("2014-01-21"), End: date("2014-01-31")},
			{Text: "February 2014", Type: annals.TimeDate, Value: "2014-02", Start: date("2014-02-01"), End: date("2014-02-28")},
			{Text: "three years", Type: annals.TimeDuration, Value: "P3Y"},
		},
		Events: []annals.Event{
			{Type: annals.EventMeet, CAMEO: "043", Status: annals.StatusOccurred,
				Actors: []string{"François Hollande", "Angela Merkel"}, Countries: []annals.Country{"FRA", "DEU"},
				Place: "Berlin", Start: date("2014-01-21"), End: date("2014-01-31"), Time: "2014-01",
				Evidence: s1, Span: annals.Span{0, len(s1)}},
			{Type: annals.EventAgree, CAMEO: "057", Status: annals.StatusOccurred,
				Actors: []string{"European Union"}, Countries: []annals.Country{"UKR"},
				Start: date("2014-02-01"), End: date("2014-02-28"), Time: "2014-02",
				Evidence: s2, Span: annals.Span{70, 70 + len(s2)}},
			{Type: annals.EventCooperate, Status: annals.StatusOccurred,
				Actors: []string{"Akie Abe"}, Place: "Paris",
				Evidence: s3, Span: annals.Span{150, 150 + len(s3)}},
		},
	}
}

// bulkDoc returns the i-th of a family of distinct articles with n events
// each, for benchmarks and the kill test. Actors and countries repeat
// across articles, as they do in a news corpus.
func bulkDoc(i, n int) *annals.Document {
	countries := annals.Countries()
	doc := &annals.Document{
		ID:        fmt.Sprintf("bulk-%06d", i),
		Source:    fmt.Sprintf("bulk/%06d.txt", i),
		Title:     fmt.Sprintf("Article %d", i),
		Published: annals.NewDate(2010, 1, 1+i%2000),
	}
	for j := range n {
		a := fmt.Sprintf("Person %d", (i*7+j)%500)
		b := fmt.Sprintf("Person %d", (i*13+j+1)%500)
		c1, c2 := countries[(i+j)%len(countries)], countries[(i+3*j+1)%len(countries)]
		doc.Persons = append(doc.Persons, annals.Person{Name: a, Country: c1, Role: "Minister"}, annals.Person{Name: b, Country: c2})
		doc.Countries = append(doc.Countries, c1, c2)
		place := fmt.Sprintf("City %d", (i+j)%300)
		doc.Places = append(doc.Places, annals.Place{Name: place, Country: c1})
		day := doc.Published.AddDays(-j)
		ev := fmt.Sprintf("%s met %s in %s (article %d, event %d).", a, b, place, i, j)
		doc.Times = append(doc.Times, annals.TimeExpr{Text: "that day", Type: annals.TimeDate,
			Value: annals.TimeValue(day.String()), Start: day, End: day})
		doc.Events = append(doc.Events, annals.Event{
			Type: annals.EventTypes[(i+j)%len(annals.EventTypes)], Status: annals.StatusOccurred,
			Actors: []string{a, b}, Countries: []annals.Country{c1, c2}, Place: place,
			Start: day, End: day, Time: annals.TimeValue(day.String()),
			Evidence: ev, Span: annals.Span{100 * j, 100*j + len(ev)},
		})
	}
	return doc
}
