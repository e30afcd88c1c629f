package extract_test

import (
	"fmt"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

func ExampleDocument() {
	text := "Merkel meets Macron\n\n" +
		"German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday. " +
		"The two leaders agreed to hold talks with Polish officials in Warsaw next month.\n" +
		"Show more\n"
	doc, err := extract.Document(text, extract.Options{Published: annals.MustParseDate("2021-03-03")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	for _, p := range doc.Persons {
		fmt.Println(p.Name, p.Country, p.Role)
	}
	fmt.Println(doc.Countries)
	for _, e := range doc.Events {
		fmt.Println(e.Type, e.Status, e.Interval(), e.Actors, e.Place)
	}
	// Output:
	// Merkel meets Macron
	// Angela Merkel DEU Chancellor
	// Emmanuel Macron FRA President
	// [DEU FRA POL]
	// meet occurred 2021-03-02 [Angela Merkel Emmanuel Macron] Paris
	// meet planned 2021-04-01..2021-04-30 [Angela Merkel Emmanuel Macron] Warsaw
}
