//go:build unix && !linux

package jslib

import "golang.org/x/sys/unix"

func fdatasync(fd int) error { return unix.Fsync(fd) }

func platformOpenFlags() []struct {
	k string
	v int
} {
	return []struct {
		k string
		v int
	}{
		{"O_NOFOLLOW", unix.O_NOFOLLOW}, {"O_SYNC", unix.O_SYNC}, {"O_DSYNC", unix.O_DSYNC}, {"O_NONBLOCK", unix.O_NONBLOCK},
	}
}

func fromStat(st *unix.Stat_t) *statInfo {
	return &statInfo{
		int64(st.Dev), int64(st.Mode), int64(st.Nlink), int64(st.Uid), int64(st.Gid),
		int64(st.Rdev), int64(st.Blksize), int64(st.Ino), int64(st.Size), int64(st.Blocks),
		int64(st.Atim.Sec), int64(st.Atim.Nsec), int64(st.Mtim.Sec), int64(st.Mtim.Nsec),
		int64(st.Ctim.Sec), int64(st.Ctim.Nsec), int64(st.Ctim.Sec), int64(st.Ctim.Nsec),
	}
}

func statPath(abs string, follow bool) (*statInfo, error) {
	var st unix.Stat_t
	var err error
	if follow {
		err = unix.Stat(abs, &st)
	} else {
		err = unix.Lstat(abs, &st)
	}
	if err != nil {
		return nil, err
	}
	return fromStat(&st), nil
}

func statFd(fd int) (*statInfo, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, err
	}
	return fromStat(&st), nil
}

func statfsValues(sf *unix.Statfs_t) []int64 {
	return []int64{0, int64(sf.Bsize), int64(sf.Bsize), int64(sf.Blocks), int64(sf.Bfree),
		int64(sf.Bavail), int64(sf.Files), int64(sf.Ffree)}
}
