//go:build unix

package main

import (
	"io/fs"
	"syscall"
)

// dirID returns the device and inode of the file st describes, as
// os.SameFile compares them, and whether st carries them.
func dirID(st fs.FileInfo) (fileID, bool) {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return fileID{dev: uint64(s.Dev), ino: uint64(s.Ino)}, true
	}
	return fileID{}, false
}
