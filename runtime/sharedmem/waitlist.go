package sharedmem

import (
	"math"
	"sync"
	"time"
)

// waitKey identifies a waiter list: one per (Memory, byte offset), process-wide.
type waitKey struct {
	m   *Memory
	off uintptr
}

// waiter is one Atomics.wait (ch != nil) or Atomics.waitAsync (async != nil) agent in a
// waiter list. Its list fields are guarded by the shard lock; q == nil means "not in a
// list" (notified, timed out or cancelled).
type waiter struct {
	key        waitKey
	q          *waitQueue
	prev, next *waiter

	ch    chan struct{} // sync: receives one value when notified
	async *asyncWaiter
}

type waitQueue struct{ head, tail *waiter }

type waitShard struct {
	mu     sync.Mutex
	queues map[waitKey]*waitQueue
	_      [64 - 16]byte // keep shards on separate cache lines
}

const nShards = 64

var shards [nShards]waitShard

func init() {
	for i := range shards {
		shards[i].queues = make(map[waitKey]*waitQueue)
	}
}

func shardFor(k waitKey) *waitShard {
	h := uint64(k.off) ^ uint64(uintptrOf(k.m))>>4
	h ^= h >> 17
	h *= 0x9E3779B97F4A7C15
	return &shards[h>>58] // 64 shards
}

// enqueue appends w to the FIFO list of its key. Shard lock held.
func (s *waitShard) enqueue(w *waiter) {
	q := s.queues[w.key]
	if q == nil {
		q = &waitQueue{}
		s.queues[w.key] = q
	}
	w.q, w.prev, w.next = q, q.tail, nil
	if q.tail != nil {
		q.tail.next = w
	} else {
		q.head = w
	}
	q.tail = w
}

// remove takes w out of its list; it reports false if w was not in one. Shard lock held.
func (s *waitShard) remove(w *waiter) bool {
	q := w.q
	if q == nil {
		return false
	}
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		q.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		q.tail = w.prev
	}
	w.q, w.prev, w.next = nil, nil, nil
	if q.head == nil {
		delete(s.queues, w.key)
	}
	return true
}

var syncWaiterPool = sync.Pool{New: func() any { return &waiter{ch: make(chan struct{}, 1)} }}

type waitResult uint8

const (
	resultOK waitResult = iota
	resultNotEqual
	resultTimedOut
)

func (r waitResult) String() string {
	switch r {
	case resultOK:
		return "ok"
	case resultNotEqual:
		return "not-equal"
	}
	return "timed-out"
}

// infiniteWait is the timeout (ms) beyond which a wait never times out.
const infiniteWait = float64(math.MaxInt64 / int64(time.Millisecond))

func msToDuration(ms float64) (time.Duration, bool) {
	if ms >= infiniteWait {
		return 0, false
	}
	return time.Duration(ms * float64(time.Millisecond)), true
}

// waitSync blocks the calling goroutine until the cell is notified, the timeout (ms, >= 0,
// +Inf for none) elapses or done is closed. The value comparison and the enqueueing happen
// under the list lock, so a notify that follows a store can never be missed.
func waitSync(c cell, key waitKey, expected uint64, timeoutMs float64, done <-chan struct{}) waitResult {
	s := shardFor(key)
	s.mu.Lock()
	if c.load() != expected {
		s.mu.Unlock()
		return resultNotEqual
	}
	d, finite := msToDuration(timeoutMs)
	if finite && d <= 0 {
		s.mu.Unlock()
		return resultTimedOut
	}
	w := syncWaiterPool.Get().(*waiter)
	w.key = key
	s.enqueue(w)
	s.mu.Unlock()

	var timeout <-chan time.Time
	if finite {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case <-w.ch:
		w.key = waitKey{}
		syncWaiterPool.Put(w)
		return resultOK
	case <-timeout:
	case <-done:
	}
	s.mu.Lock()
	removed := s.remove(w)
	s.mu.Unlock()
	if !removed {
		// notify took it out first: it counted us, so we were woken ("ok").
		<-w.ch
		w.key = waitKey{}
		syncWaiterPool.Put(w)
		return resultOK
	}
	w.key = waitKey{}
	syncWaiterPool.Put(w)
	return resultTimedOut
}

// notify wakes up to count waiters of key in FIFO order and returns how many it woke.
func notify(key waitKey, count float64) int {
	s := shardFor(key)
	n := 0
	var asyncs []*waiter
	s.mu.Lock()
	if q := s.queues[key]; q != nil {
		for float64(n) < count && q.head != nil {
			w := q.head
			s.remove(w)
			n++
			if w.async != nil {
				asyncs = append(asyncs, w)
			} else {
				w.ch <- struct{}{}
			}
		}
	}
	s.mu.Unlock()
	for _, w := range asyncs {
		w.async.settle(resultOK)
	}
	return n
}
