//go:build linux

package jslib

import "golang.org/x/sys/unix"

func fdatasync(fd int) error { return unix.Fdatasync(fd) }

func platformOpenFlags() []struct {
	k string
	v int
} {
	return []struct {
		k string
		v int
	}{
		{"O_NOATIME", unix.O_NOATIME}, {"O_NOFOLLOW", unix.O_NOFOLLOW}, {"O_SYNC", unix.O_SYNC},
		{"O_DSYNC", unix.O_DSYNC}, {"O_DIRECT", unix.O_DIRECT}, {"O_NONBLOCK", unix.O_NONBLOCK},
	}
}

// statx as libuv calls it (birthtime included).
func statxAt(dirfd int, path string, flags int) (*statInfo, error) {
	var sx unix.Statx_t
	err := unix.Statx(dirfd, path, flags|unix.AT_STATX_SYNC_AS_STAT, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &sx)
	for err == unix.EINTR {
		err = unix.Statx(dirfd, path, flags|unix.AT_STATX_SYNC_AS_STAT, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &sx)
	}
	if err != nil {
		return nil, err
	}
	return &statInfo{
		int64(unix.Mkdev(sx.Dev_major, sx.Dev_minor)), int64(sx.Mode), int64(sx.Nlink), int64(sx.Uid), int64(sx.Gid),
		int64(unix.Mkdev(sx.Rdev_major, sx.Rdev_minor)), int64(sx.Blksize), int64(sx.Ino), int64(sx.Size), int64(sx.Blocks),
		sx.Atime.Sec, int64(sx.Atime.Nsec), sx.Mtime.Sec, int64(sx.Mtime.Nsec),
		sx.Ctime.Sec, int64(sx.Ctime.Nsec), sx.Btime.Sec, int64(sx.Btime.Nsec),
	}, nil
}

func statPath(abs string, follow bool) (*statInfo, error) {
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	return statxAt(unix.AT_FDCWD, abs, flags)
}

func statFd(fd int) (*statInfo, error) {
	return statxAt(fd, "", unix.AT_EMPTY_PATH)
}

func statfsValues(sf *unix.Statfs_t) []int64 {
	return []int64{int64(sf.Type), int64(sf.Bsize), int64(sf.Frsize), int64(sf.Blocks), int64(sf.Bfree),
		int64(sf.Bavail), int64(sf.Files), int64(sf.Ffree)}
}
