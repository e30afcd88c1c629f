package annals

import (
	"errors"
	"fmt"
)

// Error kinds. Callers test for them with errors.Is; packages wrap them with
// the operation that failed.
var (
	// ErrNotFound reports that a requested record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid reports input that breaks a rule of the domain model.
	ErrInvalid = errors.New("invalid")
	// ErrConflict reports a write that clashes with stored data.
	ErrConflict = errors.New("conflict")
	// ErrAmbiguous reports a name that matches more than one record.
	ErrAmbiguous = errors.New("ambiguous")
)

// ParseError describes a value that could not be parsed. It unwraps to
// ErrInvalid.
type ParseError struct {
	Input  string // the text being parsed
	Offset int    // byte offset of the problem within Input
	Msg    string // what is wrong there
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("parse %q: at byte %d: %s", e.Input, e.Offset, e.Msg)
}

// Unwrap returns ErrInvalid, so errors.Is(err, ErrInvalid) holds.
func (e *ParseError) Unwrap() error { return ErrInvalid }

// AmbiguousError reports a name that matches several records; Candidates
// lists them so a user can choose. It unwraps to ErrAmbiguous.
type AmbiguousError struct {
	Name       string
	Candidates []string
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q is ambiguous: it matches %d names (%v)", e.Name, len(e.Candidates), e.Candidates)
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)
}
