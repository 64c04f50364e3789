//go:build unix

package jslib

import (
	"crypto/rand"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

var randReader = rand.Reader

func futimens(fd int, ts []unix.Timespec) error {
	tv := []unix.Timeval{
		unix.NsecToTimeval(unix.TimespecToNsec(ts[0])),
		unix.NsecToTimeval(unix.TimespecToNsec(ts[1])),
	}
	return unix.Futimes(fd, tv)
}

// fsConstants is fs.constants as Node defines it on Linux (the flag values are the
// platform's).
func fsConstants(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	kv := []struct {
		k string
		v int
	}{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
		{"UV_DIRENT_UNKNOWN", direntUnknown}, {"UV_DIRENT_FILE", direntFile}, {"UV_DIRENT_DIR", direntDir},
		{"UV_DIRENT_LINK", direntLink}, {"UV_DIRENT_FIFO", direntFIFO}, {"UV_DIRENT_SOCKET", direntSocket},
		{"UV_DIRENT_CHAR", direntChar}, {"UV_DIRENT_BLOCK", direntBlock},
		{"S_IFMT", unix.S_IFMT}, {"S_IFREG", unix.S_IFREG}, {"S_IFDIR", unix.S_IFDIR}, {"S_IFCHR", unix.S_IFCHR},
		{"S_IFBLK", unix.S_IFBLK}, {"S_IFIFO", unix.S_IFIFO}, {"S_IFLNK", unix.S_IFLNK}, {"S_IFSOCK", unix.S_IFSOCK},
		{"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL},
		{"UV_FS_O_FILEMAP", 0}, {"UV_FS_O_TEMPORARY", 0}, {"UV_FS_O_SHORT_LIVED", 0}, {"UV_FS_O_SEQUENTIAL", 0}, {"UV_FS_O_RANDOM", 0},
		{"O_NOCTTY", unix.O_NOCTTY}, {"O_TRUNC", unix.O_TRUNC}, {"O_APPEND", unix.O_APPEND},
		{"O_DIRECTORY", unix.O_DIRECTORY},
	}
	kv = append(kv, platformOpenFlags()...)
	kv = append(kv, []struct {
		k string
		v int
	}{
		{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
		{"S_IRWXG", 0o70}, {"S_IRGRP", 0o40}, {"S_IWGRP", 0o20}, {"S_IXGRP", 0o10},
		{"S_IRWXO", 0o7}, {"S_IROTH", 0o4}, {"S_IWOTH", 0o2}, {"S_IXOTH", 0o1},
		{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
		{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
		{"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
		{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
	}...)
	for _, e := range kv {
		_ = o.Set(e.k, e.v)
	}
	return o
}
