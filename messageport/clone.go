// Package messageport implements the structured clone that carries every worker_threads message (postMessage,
// workerData, environment data, structuredClone, BroadcastChannel) from one goja runtime to another, and,
// later, MessagePort/MessageChannel.
//
// # Clone API
//
// Serialize walks a JS value in the sender's runtime and returns a *Message: plain Go data, immutable, safe to
// hand to another goroutine. Message.Deserialize materialises it in the receiving runtime (at most once;
// Message.Copy for several receivers, Message.Discard for one that is never delivered). Failures are
// *DataCloneError with Node's exact message (the caller throws it as a DOMException named DataCloneError,
// code 25), or the *goja.Exception a getter threw. Rules: shared/docs/worker-threads-semantics.md §5 (C1–C13)
// and §6 (R1–R3), checked against Node v26 (clone_test.go has one test per rule).
//
// # Representation (why it is shaped like this)
//
// A Message is a pre-order "tape" of 16-byte, pointer-free slots plus a few side tables, written in one walk
// of the value graph and read in one walk when deserialising:
//
//   - slots: one per value: kind, counts, indexes into the side tables. An object's children follow it on
//     the tape. Slots hold no pointers, so the tape costs the GC nothing to scan and grows by plain memmove.
//   - vals: the primitives themselves, as goja values (numbers, booleans, null, undefined, and strings in
//     goja's own ASCII / UTF-16 form): goja documents primitives as immutable and goroutine-safe, so they
//     cross without any conversion or allocation, and lone surrogates survive. Only goja's lazily-scanned
//     imported strings (they cache a scan result) are carried as Go strings, and BigInts as copied *big.Int.
//   - names: property names in goja's own key type (unistring.String), in the order the receiver needs
//     them; the receiver writes them straight into the new objects' property tables.
//   - buffers: ArrayBuffer bytes: a copy for a cloned buffer, the sender's very slice for a transferred one
//     (the sender's buffer is detached, so the bytes move without copying).
//   - identity: the first visit of an object writes it in full, a later visit writes a ref slot, and the
//     referenced object's slot is then given a ref number, so the receiver only remembers the objects that
//     are referenced again (cycles, shared sub-objects, several views on one buffer).
//
// The slices are recycled once a message has been deserialized, so in steady state the sender allocates
// almost nothing. Compared to serialising to bytes (V8's format) this skips encoding and decoding every
// number and string, and the second copy of every string; compared to a tree of Go nodes it allocates a few
// growing slices instead of one node per value. What remains is goja's own cost of reading properties and
// creating objects. To keep that low the package reads goja internals directly, and writes them for objects it
// has just created (see clone_goja.go: what is touched, how a goja upgrade is caught).
//
// # Transfer and host objects
//
// SharedArrayBuffers of runtime/sharedmem are shared natively (the message carries the *sharedmem.Memory).
// ArrayBuffers in the transfer list are detached after the whole value was walked successfully, so a failed
// clone detaches nothing (C13). Other host objects take part through Options: TransferHooks for
// transferables (MessagePort), HostObjects for cloneable host objects (DOMException, Blob...). Hooks are
// consulted for ordinary objects whose prototype is not %Object.prototype%, for Error objects (DOMException
// is an Error underneath) and for ArrayBuffer objects; never for arrays, object literals or other built-ins,
// so they cost nothing on the common path.
//
// # Marks
//
// markAsUntransferable / markAsUncloneable marks are kept outside the objects, invisible to JS and without
// keeping anything alive (see clone_marks.go).
package messageport

import (
	"errors"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// DataCloneErrorCode is DOMException.DATA_CLONE_ERR, the `code` of the DOMException a DataCloneError becomes.
const DataCloneErrorCode = 25

// DataCloneError is a clone failure. Message is Node's exact message; the caller turns it into a JS
// DOMException with name 'DataCloneError' and code 25 (DataCloneErrorCode).
type DataCloneError struct{ Message string }

// Error returns Node's message. Any goroutine.
func (e *DataCloneError) Error() string { return e.Message }

// Node's messages.
const (
	msgUnsupportedClone    = "Cannot clone object of unsupported type."
	msgUnsupportedTransfer = "Cannot transfer object of unsupported type."
	msgDetached            = "An ArrayBuffer is detached and could not be cloned."
	msgInvalidTransfer     = "Found invalid value in transferList."
	msgDuplicateBuffer     = "Transfer list contains duplicate ArrayBuffer"
	msgNotListed           = "Object that needs transfer was found in message but not listed in transferList"
	msgOutOfMemory         = "Data cannot be cloned, out of memory."
)

// TransferHooks lets host transferables (MessagePort) be moved by a message. Methods are called on the
// loop goroutine of the runtime passed in.
type TransferHooks interface {
	// Transferable reports whether obj is a host transferable of this hook. It is asked for transfer-list
	// entries that are not ArrayBuffers and for the objects met in the value that hooks are consulted for
	// (see the package doc); it must be cheap and side-effect free.
	Transferable(vm *goja.Runtime, obj *goja.Object) bool
	// CheckTransfer validates one transfer-list entry before anything is detached. accepted are the
	// transferables of this list accepted so far (in order), for the duplicate check. It returns a
	// *DataCloneError such as "Transfer list contains duplicate MessagePort", "MessagePort in transfer list
	// is already detached" or "Transfer list contains source port" (a hook bound to a port knows its source).
	CheckTransfer(vm *goja.Runtime, obj *goja.Object, accepted []*goja.Object) error
	// Detach is called once per listed transferable after the message was built successfully: it makes
	// obj inert in the sender and returns the goroutine-safe Go value that carries it to the receiver.
	Detach(vm *goja.Runtime, obj *goja.Object) any
	// Attach re-creates a transferred object in the receiving runtime from Detach's payload.
	Attach(vm *goja.Runtime, payload any) (*goja.Object, error)
}

// TransferDiscarder is optionally implemented by TransferHooks: Message.Discard calls it for each payload of
// a message that will never be deserialized (e.g. posted to a closed port), so the moved object can be closed.
type TransferDiscarder interface {
	Discard(payload any)
}

// HostObjects lets host objects be cloned (copied, or shared): DOMException, Blob... (SharedArrayBuffers of
// runtime/sharedmem need no hook.) An object claimed by CloneHost in a transfer list is "Found invalid value in
// transferList." (as a SharedArrayBuffer is in Node).
type HostObjects interface {
	// CloneHost is asked for the objects met in the value that hooks are consulted for (ordinary objects
	// whose prototype is not %Object.prototype%, Errors, ArrayBuffers; see the package doc) and for
	// ArrayBuffer transfer-list entries. ok=false: not this hook's. Otherwise it returns a goroutine-safe Go
	// payload, or an error (a *DataCloneError, or the *goja.Exception a getter threw). It must not modify obj.
	CloneHost(vm *goja.Runtime, obj *goja.Object) (payload any, ok bool, err error)
	// ReviveHost creates the object in the receiving runtime. The same payload may be revived in several
	// runtimes (Message.Copy), so it must not be consumed.
	ReviveHost(vm *goja.Runtime, payload any) (*goja.Object, error)
}

// Options configures a clone. A nil *Options means no host objects.
type Options struct {
	// Transferables are host objects (MessagePort) that may appear in values and transfer lists; nil when none.
	Transferables TransferHooks
	// Hosts are cloneable host object kinds (DOMException, Blob...), tried in order.
	Hosts []HostObjects
}

// Message is a structured clone of one JS value as Go data; immutable once built; safe to hand to another
// goroutine. It is deserialized at most once (transferred memory moves); use Copy for several receivers.
type Message struct {
	slots   []slot
	vals    []goja.Value // primitives, referenced by slots
	names   []unistring.String
	strs    []string
	bigs    []*big.Int
	buffers [][]byte
	hosts   []hostPayload
	xfer    []any
	xhooks  TransferHooks
	nrefs   uint32
	nXferAB int   // transferred ArrayBuffers (their bytes are in buffers and move)
	tp      *tape // where slots, vals and names go back to when the message is consumed

	consumed atomic.Bool
}

type hostPayload struct {
	hook    HostObjects
	payload any
}

// tag is the kind of a slot.
type tag uint8

const (
	tPrim        tag = iota // n: index in vals (an immutable goja primitive)
	tGoString               // n: index in strs; a string goja imported from Go, re-imported with ToValue
	tBigInt                 // n: index in bigs
	tHole                   // an array hole
	tSkip                   // the property vanished while the value was walked (a getter deleted it)
	tRef                    // n: ref number of an object written earlier
	tObject                 // n: property count; n names, then n values (each may be tSkip)
	tArray                  // n: length; n elements; then m names and m values (named properties)
	tSparseArray            // n: length; m: index-property count; m names, m values; then a tObject slot with the named properties
	tMap                    // n: entries; then key, value, key, value...
	tSet                    // n: entries; then the values
	tDate                   // n|m<<32: float64 bits of the time value
	tRegExp                 // n: index of the flags in strs; m: source, index in vals (sub 0) or strs (sub 1)
	tBoxed                  // sub boxedPrim: vals[n]; boxedString: strs[n]; boxedBigInt: bigs[n]
	tError                  // sub: prototype; m: errHas* flags; then message, stack slots if present, then cause
	tArrayBuffer            // n: index in buffers
	tTypedArray             // sub: element kind; n: byteOffset; m: length; then the buffer value
	tDataView               // n: byteOffset; m: byteLength; then the buffer value
	tHost                   // n: index in hosts
	tTransferred            // n: index in xfer
)

// slot is one value on the tape: 16 bytes, no pointers (the GC never scans the tape).
type slot struct {
	n   uint32
	m   uint32
	id  uint32 // ref number + 1 if a later tRef points to this object, else 0
	t   tag
	sub uint8
}

// Boxed sub-kinds.
const (
	boxedPrim   uint8 = iota // vals[n]
	boxedString              // strs[n]
	boxedBigInt              // bigs[n]
)

// Error prototypes (slot.sub) and flags (slot.m).
var errorNames = [...]string{"Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
	"URIError"}

const (
	errHasMessage = 1 << iota
	errHasStack
	errHasCause
)

// maxDepth bounds the nesting of a message; deeper values throw RangeError like Node (whose limit is lower).
const maxDepth = 10000

var errConsumed = errors.New("messageport: message already deserialized")

// Copy returns an independent message with the same content (buffers copied), for delivering one message to
// several receivers (BroadcastChannel). A message with transferred objects cannot be copied.
func (m *Message) Copy() (*Message, error) {
	if len(m.xfer) > 0 || m.nXferAB > 0 {
		return nil, errors.New("messageport: a message with transferred objects cannot be copied")
	}
	if m.consumed.Load() {
		return nil, errConsumed
	}
	c := &Message{slots: slices.Clone(m.slots), vals: slices.Clone(m.vals), names: slices.Clone(m.names),
		strs: m.strs, bigs: m.bigs, hosts: m.hosts, nrefs: m.nrefs, tp: &tape{}}
	if len(m.buffers) > 0 {
		c.buffers = make([][]byte, len(m.buffers))
		for i, b := range m.buffers {
			c.buffers[i] = append([]byte(nil), b...)
		}
	}
	return c, nil
}

// Discard releases a message that will never be deserialized: transferred host objects are handed to the
// TransferHooks' Discard (if it implements TransferDiscarder). Discarding a deserialized message is a no-op.
func (m *Message) Discard() {
	if m.consumed.Swap(true) {
		return
	}
	if d, ok := m.xhooks.(TransferDiscarder); ok {
		for _, p := range m.xfer {
			d.Discard(p)
		}
	}
	m.buffers = nil
	m.recycle()
}

// The tape slices of a consumed message are recycled for the next Serialize: in steady state a clone
// allocates nothing but the objects it creates.
type tape struct {
	slots []slot
	vals  []goja.Value
	names []unistring.String
}

var tapePool sync.Pool

func newMessage() *Message {
	m := &Message{}
	if t, ok := tapePool.Get().(*tape); ok {
		m.tp = t
		m.slots, m.vals, m.names = t.slots[:0], t.vals[:0], t.names[:0]
	} else {
		m.tp = &tape{}
	}
	return m
}

func putTape(t *tape, slots []slot, vals []goja.Value, names []unistring.String) {
	clear(vals)
	clear(names)
	t.slots, t.vals, t.names = slots[:0], vals[:0], names[:0]
	tapePool.Put(t)
}

// trim gives a small message its own right-sized tape if it got a large recycled one, so that queued
// small messages do not each pin a large tape.
func (m *Message) trim() {
	if cap(m.slots) <= 4096 || cap(m.slots) <= 4*len(m.slots) {
		return
	}
	slots, vals, names := m.slots, m.vals, m.names
	m.slots, m.vals, m.names = slices.Clone(slots), slices.Clone(vals), slices.Clone(names)
	putTape(m.tp, slots, vals, names)
	m.tp = &tape{}
}

func (m *Message) recycle() {
	if m.tp != nil && m.slots != nil {
		putTape(m.tp, m.slots, m.vals, m.names)
	}
	m.slots, m.vals, m.names, m.tp = nil, nil, nil, nil
}

// Transferred returns the number of host objects (ports) the message moves; Deserialize re-creates all of them.
func (m *Message) Transferred() int { return len(m.xfer) }
