package jslib

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

// internalBinding('os'): the system information behind the `os` module, computed the
// way libuv does on Linux (uv_cpu_info, uv_get_total_memory, uv_interface_addresses,
// uv_os_get_passwd, ...). Functions that can fail take a context object and return
// undefined after setting ctx.errno (a negative errno, libuv style) and ctx.syscall,
// as Node's C++ binding does; os.js turns that into ERR_SYSTEM_ERROR.
//
//	getCPUs()                 [model, speed, user, nice, sys, idle, irq, ...] (times in ms)
//	getFreeMem() getTotalMem() bytes
//	getHostname(ctx)          string
//	getOSInformation()        [sysname, version, release, machine]
//	getHomeDirectory(ctx)     the passwd entry's directory (os.js checks $HOME first)
//	getUptime(ctx)            seconds (float, from /proc/uptime)
//	getLoadAvg()              [1, 5, 15 minute load]
//	getInterfaceAddresses(ctx) [name, address, netmask, family, mac, internal, scopeid] * n
//	getUserInfo(ctx)          {uid, gid, username, homedir, shell}
//	getPriority(pid, ctx)     nice value
//	setPriority(pid, prio, ctx) 0
//	getAvailableParallelism() runtime.NumCPU()
func init() {
	Bindings["os"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		fail := func(ctx goja.Value, errno syscall.Errno, sc string) goja.Value {
			if o, ok := ctx.(*goja.Object); ok {
				_ = o.Set("errno", -int(errno))
				_ = o.Set("syscall", sc)
			}
			return goja.Undefined()
		}
		set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
		set("getCPUs", func(goja.FunctionCall) goja.Value {
			return vm.ToValue(osCPUs())
		})
		set("getFreeMem", func(goja.FunctionCall) goja.Value {
			return vm.ToValue(osMeminfo("MemAvailable:"))
		})
		set("getTotalMem", func(goja.FunctionCall) goja.Value {
			return vm.ToValue(osMeminfo("MemTotal:"))
		})
		set("getHostname", func(call goja.FunctionCall) goja.Value {
			h, err := os.Hostname()
			if err != nil {
				return fail(call.Argument(0), osErrno(err), "uv_os_gethostname")
			}
			return vm.ToValue(h)
		})
		set("getOSInformation", func(goja.FunctionCall) goja.Value {
			info := osUname()
			return vm.ToValue([]any{info[0], info[1], info[2], info[3]})
		})
		set("getHomeDirectory", func(call goja.FunctionCall) goja.Value {
			pw, errno := osPasswd(os.Geteuid())
			if errno != 0 {
				return fail(call.Argument(0), errno, "uv_os_homedir")
			}
			return vm.ToValue(pw.homedir)
		})
		set("getUptime", func(call goja.FunctionCall) goja.Value {
			up, errno := osUptime()
			if errno != 0 {
				return fail(call.Argument(0), errno, "uv_uptime")
			}
			return vm.ToValue(up)
		})
		set("getLoadAvg", func(goja.FunctionCall) goja.Value {
			l := osLoadavg()
			return vm.ToValue([]any{l[0], l[1], l[2]})
		})
		set("getInterfaceAddresses", func(call goja.FunctionCall) goja.Value {
			out, err := osInterfaceAddresses()
			if err != nil {
				return fail(call.Argument(0), osErrno(err), "uv_interface_addresses")
			}
			return vm.ToValue(out)
		})
		set("getUserInfo", func(call goja.FunctionCall) goja.Value {
			pw, errno := osPasswd(os.Geteuid())
			if errno != 0 {
				return fail(call.Argument(0), errno, "uv_os_get_passwd")
			}
			o := vm.NewObject()
			_ = o.Set("uid", pw.uid)
			_ = o.Set("gid", pw.gid)
			_ = o.Set("username", pw.username)
			_ = o.Set("homedir", pw.homedir)
			_ = o.Set("shell", pw.shell)
			return o
		})
		set("getPriority", func(call goja.FunctionCall) goja.Value {
			prio, errno := osGetPriority(int(call.Argument(0).ToInteger()))
			if errno != 0 {
				return fail(call.Argument(1), errno, "uv_os_getpriority")
			}
			return vm.ToValue(prio)
		})
		set("setPriority", func(call goja.FunctionCall) goja.Value {
			errno := osSetPriority(int(call.Argument(0).ToInteger()), int(call.Argument(1).ToInteger()))
			if errno != 0 {
				return fail(call.Argument(2), errno, "uv_os_setpriority")
			}
			return vm.ToValue(0)
		})
		set("getAvailableParallelism", func(goja.FunctionCall) goja.Value {
			return vm.ToValue(goruntime.NumCPU())
		})
		return b
	}
}

func osErrno(err error) syscall.Errno {
	for err != nil {
		if e, ok := err.(syscall.Errno); ok {
			return e
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return syscall.EIO
}

// osCPUs is uv_cpu_info on Linux: the models from /proc/cpuinfo, the speeds from
// cpufreq (0 when the kernel has none) and the times from /proc/stat in ms.
func osCPUs() []any {
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		return []any{}
	}
	type cpuTimes struct{ user, nice, sys, idle, irq int64 }
	var cpus []cpuTimes
	var ids []int
	const ticksToMs = 10 // 1000 / sysconf(_SC_CLK_TCK) on Linux (USER_HZ = 100)
	for _, line := range strings.Split(string(stat), "\n") {
		if !strings.HasPrefix(line, "cpu") || len(line) < 4 || line[3] < '0' || line[3] > '9' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 7 {
			continue
		}
		id, _ := strconv.Atoi(f[0][3:])
		n := func(i int) int64 { v, _ := strconv.ParseInt(f[i], 10, 64); return v * ticksToMs }
		cpus = append(cpus, cpuTimes{n(1), n(2), n(3), n(4), n(6)})
		ids = append(ids, id)
	}
	models := osCPUModels()
	out := make([]any, 0, 7*len(cpus))
	for i, c := range cpus {
		model := "unknown"
		if i < len(models) {
			model = models[i]
		} else if len(models) > 0 {
			model = models[len(models)-1]
		}
		out = append(out, model, osCPUSpeed(ids[i]), c.user, c.nice, c.sys, c.idle, c.irq)
	}
	return out
}

func osCPUModels() []string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return nil
	}
	var models []string
	for _, line := range strings.Split(string(data), "\n") {
		for _, key := range []string{"model name", "Processor", "cpu model"} {
			if strings.HasPrefix(line, key) {
				if i := strings.Index(line, ":"); i >= 0 && strings.TrimSpace(line[len(key):i]) == "" {
					models = append(models, strings.TrimSpace(line[i+1:]))
				}
			}
		}
	}
	return models
}

func osCPUSpeed(cpu int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/sys/devices/system/cpu/cpu%d/cpufreq/scaling_cur_freq", cpu))
	if err != nil {
		return 0
	}
	khz, _ := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	return khz / 1000
}

// osMeminfo reads a /proc/meminfo field (kB) in bytes.
func osMeminfo(field string) int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, field) {
			v := strings.Fields(line[len(field):])
			if len(v) > 0 {
				n, _ := strconv.ParseInt(v[0], 10, 64)
				return n * 1024
			}
		}
	}
	return 0
}

func osUptime() (float64, syscall.Errno) {
	data, err := os.ReadFile("/proc/uptime")
	if err == nil {
		if f := strings.Fields(string(data)); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				return v, 0
			}
		}
	}
	return osSysUptime()
}

func osLoadavg() [3]float64 {
	var l [3]float64
	data, err := os.ReadFile("/proc/loadavg")
	if err == nil {
		f := strings.Fields(string(data))
		for i := 0; i < 3 && i < len(f); i++ {
			l[i], _ = strconv.ParseFloat(f[i], 64)
		}
		return l
	}
	return osSysLoadavg()
}

// osInterfaceAddresses is uv_interface_addresses: addresses of the interfaces that are
// up and running, IPv4 ones first (getifaddrs order), flattened in groups of 7.
func osInterfaceAddresses() ([]any, error) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	type entry struct {
		iface net.Interface
		ipnet *net.IPNet
	}
	var v4, v6 []entry
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			if ipn.IP.To4() != nil {
				v4 = append(v4, entry{ifc, ipn})
			} else {
				v6 = append(v6, entry{ifc, ipn})
			}
		}
	}
	out := make([]any, 0, 7*(len(v4)+len(v6)))
	for _, e := range append(v4, v6...) {
		mac := e.iface.HardwareAddr.String()
		if len(e.iface.HardwareAddr) != 6 {
			mac = "00:00:00:00:00:00"
		}
		internal := e.iface.Flags&net.FlagLoopback != 0
		var family, address, netmask string
		scopeid := -1
		if ip4 := e.ipnet.IP.To4(); ip4 != nil {
			family, address = "IPv4", ip4.String()
			mask := e.ipnet.Mask
			if len(mask) == 16 {
				mask = mask[12:]
			}
			netmask = net.IP(mask).String()
		} else {
			family, address = "IPv6", e.ipnet.IP.String()
			netmask = net.IP(e.ipnet.Mask).String()
			scopeid = 0
			if e.ipnet.IP.IsLinkLocalUnicast() || e.ipnet.IP.IsLinkLocalMulticast() {
				scopeid = e.iface.Index
			}
		}
		out = append(out, e.iface.Name, address, netmask, family, mac, internal, scopeid)
	}
	return out, nil
}

type osPasswdEntry struct {
	username, homedir, shell string
	uid, gid                 int
}

// osPasswd looks uid up in /etc/passwd (uv_os_get_passwd uses getpwuid_r).
func osPasswd(uid int) (osPasswdEntry, syscall.Errno) {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return osPasswdEntry{}, osErrno(err)
	}
	for _, line := range bytes.Split(data, []byte("\n")) {
		f := strings.Split(string(line), ":")
		if len(f) < 7 || strings.HasPrefix(f[0], "#") {
			continue
		}
		u, err := strconv.Atoi(f[2])
		if err != nil || u != uid {
			continue
		}
		g, _ := strconv.Atoi(f[3])
		return osPasswdEntry{username: f[0], homedir: f[5], shell: f[6], uid: u, gid: g}, 0
	}
	return osPasswdEntry{}, syscall.ENOENT
}
