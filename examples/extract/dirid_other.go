//go:build !unix

package main

import "io/fs"

// dirID reports false: the directories walked are compared one by one
// with os.SameFile where the system's file identity is not a device and
// an inode.
func dirID(fs.FileInfo) (fileID, bool) { return fileID{}, false }
