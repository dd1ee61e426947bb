package driver

import (
	"runtime"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// The checker starts one goroutine per action and runs every action whose
// prerequisites are done at once, so on a large module dozens of
// provenance passes are in progress together, each holding the SSA form
// of its package, while the Go scheduler time-slices them over a few
// CPUs. Peak memory then grows with the number of packages, not with the
// number of CPUs. The gate admits GOMAXPROCS Run functions at a time,
// which keeps the CPUs as busy as before, and it admits the analyzers the
// user asked for before the passes they require: a consumer of a
// package's SSA form lets that form be released (see releasing), a new
// provenance pass builds another one.
//
// A Run never waits for another action (the checker runs prerequisites
// before it calls Run), so holding a place in the gate cannot deadlock.
type gate struct {
	mu        sync.Mutex
	free      int
	consumers []chan struct{} // waiting root analyzers, in arrival order
	producers []chan struct{} // waiting prerequisites, in arrival order
}

func newGate(n int) *gate {
	if n < 1 {
		n = 1
	}
	return &gate{free: n}
}

// enter waits for a place; consumer says which queue to wait in.
func (g *gate) enter(consumer bool) {
	g.mu.Lock()
	if g.free > 0 {
		g.free--
		g.mu.Unlock()
		return
	}
	ch := make(chan struct{})
	if consumer {
		g.consumers = append(g.consumers, ch)
	} else {
		g.producers = append(g.producers, ch)
	}
	g.mu.Unlock()
	<-ch
}

// leave gives the place to the first waiting consumer, else to the first
// waiting producer.
func (g *gate) leave() {
	g.mu.Lock()
	defer g.mu.Unlock()
	var next chan struct{}
	switch {
	case len(g.consumers) > 0:
		next, g.consumers = g.consumers[0], g.consumers[1:]
	case len(g.producers) > 0:
		next, g.producers = g.producers[0], g.producers[1:]
	default:
		g.free++
		return
	}
	close(next)
}

// run calls f inside the gate.
func (g *gate) run(consumer bool, f func(*analysis.Pass) (any, error), pass *analysis.Pass) (any, error) {
	g.enter(consumer)
	defer g.leave()
	return f(pass)
}

// runGate is the gate of the standalone driver. Prerequisites are shared
// analyzer values (provenance.Analyzer, inspect.Analyzer) whose Run is
// wrapped in place, once, so the gate is one for the process.
var (
	runGate = newGate(runtime.GOMAXPROCS(0))
	gated   sync.Map // *analysis.Analyzer -> struct{}: prerequisites already wrapped
)

// gatePrerequisites wraps, in place and once each, the Run of every
// analyzer that as require, directly or not, to pass through the gate as
// a producer.
func gatePrerequisites(as []*analysis.Analyzer) {
	for _, a := range as {
		for _, req := range a.Requires {
			if _, done := gated.LoadOrStore(req, struct{}{}); !done {
				run := req.Run
				req.Run = func(pass *analysis.Pass) (any, error) { return runGate.run(false, run, pass) }
			}
		}
		gatePrerequisites(a.Requires)
	}
}
