package timex_test

import "testing"

// TestForDeliveryBy checks that a month after "for delivery by" (in,
// between) or "for shipment in" lies ahead of the order or sale, whatever
// the tense of the report; delivered goods counted in a month stay past.
func TestForDeliveryBy(t *testing.T) {
	day := d("2015-03-19")
	checkTags(t, day, []tagCase{
		{"orders for delivery by a month", "The toolmaker said orders for delivery by August climbed 9 percent.",
			[]want{{"August", "DATE", "2015-08", "", "2015-08-01..2015-08-31"}}},
		{"a sale for shipment in a month", "Mills sold flour for shipment in June.",
			[]want{{"June", "DATE", "2015-06", "", "2015-06-01..2015-06-30"}}},
		{"near miss: deliveries counted in a month", "Deliveries in June fell 3 percent.",
			[]want{{"June", "DATE", "2014-06", "", "2014-06-01..2014-06-30"}}},
	})
}
