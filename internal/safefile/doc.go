// Package safefile writes the files partnercoach keeps and reads them
// back within bounds. A file is written atomically and privately: to a
// temporary file beside it, flushed, then renamed over it, mode 0600 in a
// folder of mode 0700, so that a crash at any moment leaves the old file
// or the new one, never half of one. A file is read only when it is a
// regular file, never through a symbolic link, never blocking on a FIFO,
// and never more than MaxSize of it. The temporary files a kill leaves
// behind are found by their names and removed; a lock file guards a
// change against another process; a file is moved aside without ever
// replacing another.
package safefile
