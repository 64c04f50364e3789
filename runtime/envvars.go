package runtime

import (
	"os"
	"sort"
	"strings"
	"sync"
)

// EnvVars is the store behind process.env. One store may be shared by several envs
// (worker_threads SHARE_ENV); it is safe for concurrent use from any goroutine.
type EnvVars struct {
	mu   sync.RWMutex
	vars map[string]string
}

// NewEnvVars returns a store holding a copy of vars.
func NewEnvVars(vars map[string]string) *EnvVars {
	m := make(map[string]string, len(vars))
	for k, v := range vars {
		m[k] = v
	}
	return &EnvVars{vars: m}
}

// EnvVarsFromOS returns a store holding a copy of the host process environment.
func EnvVarsFromOS() *EnvVars {
	m := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return &EnvVars{vars: m}
}

// Get returns the value of key.
func (v *EnvVars) Get(key string) (string, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	s, ok := v.vars[key]
	return s, ok
}

// Set sets key to value.
func (v *EnvVars) Set(key, value string) {
	v.mu.Lock()
	v.vars[key] = value
	v.mu.Unlock()
}

// Delete removes key.
func (v *EnvVars) Delete(key string) {
	v.mu.Lock()
	delete(v.vars, key)
	v.mu.Unlock()
}

// Keys returns the keys in sorted order.
func (v *EnvVars) Keys() []string {
	v.mu.RLock()
	keys := make([]string, 0, len(v.vars))
	for k := range v.vars {
		keys = append(keys, k)
	}
	v.mu.RUnlock()
	sort.Strings(keys)
	return keys
}

// Snapshot returns a copy of all variables.
func (v *EnvVars) Snapshot() map[string]string {
	v.mu.RLock()
	defer v.mu.RUnlock()
	m := make(map[string]string, len(v.vars))
	for k, s := range v.vars {
		m[k] = s
	}
	return m
}
