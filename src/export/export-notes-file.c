/*
 * Writing an export file so that a crash, a full disk or a kill never
 * leaves half a file: the data goes to a temporary file in the target's
 * directory (same file system, so the rename is atomic), is fsync'ed,
 * and only then takes the target's name; the directory is fsync'ed so the
 * name survives too. Without force, an existing file is refused up front
 * and the final step is link(2), which fails rather than replace a file
 * that appeared meanwhile.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export.h"
#include "util.h"

static int
export_file_write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t	 n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The directory part of path, for the temporary file and its fsync. */
static char *
export_file_dir(const char *path)
{
	char	*copy = xstrdup(path), *dir = xstrdup(dirname(copy));

	free(copy);
	return dir;
}

static void
export_file_dir_sync(const char *dir)
{
	int	 fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	/* Best effort: some file systems refuse fsync on directories, and
	 * the file itself is already safe. */
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

/* Gives the temporary file the mode a plain fopen() would have. */
static void
export_file_mode(int fd)
{
	mode_t	 mask = umask(0);

	umask(mask);
	(void)fchmod(fd, 0666 & ~mask);
}

/* Moves tmp to path: rename with force, else link (never replaces). */
static int
export_file_commit(const char *tmp, const char *path, int force,
    char **cause)
{
	if (force) {
		if (rename(tmp, path) == 0)
			return 0;
		return util_cause_set(cause, "%s: %s", path, strerror(errno));
	}
	if (link(tmp, path) == 0) {
		unlink(tmp);
		return 0;
	}
	if (errno == EEXIST)
		return util_cause_set(cause, "%s exists (use --force to "
		    "overwrite it)", path);
	return util_cause_set(cause, "%s: %s", path, strerror(errno));
}

int
export_notes_file_write(const char *path, const char *data, size_t len,
    int force, char **cause)
{
	struct stat	 st;
	char		*dir, *tmp;
	int		 fd, rc = -1;

	if (!force && lstat(path, &st) == 0)
		return util_cause_set(cause, "%s exists (use --force to "
		    "overwrite it)", path);
	dir = export_file_dir(path);
	tmp = xasprintf("%s/.marginalia-export-XXXXXX", dir);
	if ((fd = mkstemp(tmp)) < 0) {
		util_cause_set(cause, "cannot write in %s: %s", dir,
		    strerror(errno));
		goto out;
	}
	export_file_mode(fd);
	if (export_file_write_all(fd, data, len) != 0 || fsync(fd) != 0) {
		util_cause_set(cause, "%s: %s", path, strerror(errno));
		close(fd);
		unlink(tmp);
		goto out;
	}
	if (close(fd) != 0 || export_file_commit(tmp, path, force,
	    cause) != 0) {
		if (cause != NULL && *cause == NULL)
			util_cause_set(cause, "%s: %s", path, strerror(errno));
		unlink(tmp);
		goto out;
	}
	export_file_dir_sync(dir);
	rc = 0;
out:
	free(dir);
	free(tmp);
	return rc;
}
