package driver

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The gate admits at most n at a time.
func TestGateBound(t *testing.T) {
	g := newGate(2)
	var in, most atomic.Int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.enter(i%2 == 0)
			n := in.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			in.Add(-1)
			g.leave()
		}()
	}
	wg.Wait()
	if got := most.Load(); got > 2 {
		t.Errorf("%d ran at once, want at most 2", got)
	}
	if g.free != 2 {
		t.Errorf("%d free places after all left, want 2", g.free)
	}
}

// A waiting consumer goes before producers that waited longer.
func TestGateConsumersFirst(t *testing.T) {
	g := newGate(1)
	g.enter(false) // the one place is taken

	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	wait := func(name string, consumer bool) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.enter(consumer)
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			g.leave()
		}()
	}
	queued := func(producers, consumers int) {
		for {
			g.mu.Lock()
			p, c := len(g.producers), len(g.consumers)
			g.mu.Unlock()
			if p == producers && c == consumers {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}
	wait("producer", false)
	queued(1, 0)
	wait("consumer", true)
	queued(1, 1)
	g.leave()
	wg.Wait()
	if len(order) != 2 || order[0] != "consumer" {
		t.Errorf("admitted %v, want the consumer first", order)
	}
}
