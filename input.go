package annals

// InputFormat says how an [Input]'s bytes are read.
type InputFormat string

// Input formats.
const (
	// InputText is article text, given to the extractor as it is.
	InputText InputFormat = "text"
	// InputHTML is a saved web page: the story and the date of its
	// metadata are taken out of the page before extraction.
	InputHTML InputFormat = "html"
)

// Input is what one stored extraction was made from, kept so that a newer
// extractor can be run on it again: the bytes the extraction read and the
// options it ran with.
type Input struct {
	Format InputFormat
	// Data is the article text (InputText) or the page as read (InputHTML).
	Data []byte
	// Source names where the input came from, as ingest reported it.
	Source string
	// Title and Published are what the input's metadata gave beside the
	// text (a JSON Lines record's "title" and "published", a feed item's);
	// empty and zero when it gave none. A page's are read from Data again.
	Title     string
	Published Date
	// Override is the article date the user gave for the extraction
	// (--published); zero when none was given.
	Override Date
	// Extractor is the version of the extractor that made the extraction.
	Extractor string
	// Gzip, when not nil, is Data compressed with gzip (RFC 1952), made
	// ahead of the save (the ingest workers make it in parallel) to spare
	// the single writer the work; the store compresses Data itself when
	// Gzip is nil.
	Gzip []byte
}
