/*
 * A long note in the reader's own editor: $VISUAL, else $EDITOR, else vi,
 * run on a private temporary file (mkstemp: mode 0600, in $TMPDIR or
 * /tmp) that holds the note so far. The variable is split on spaces only
 * and run with execvp, never through a shell, so nothing in it is
 * interpreted ("code -w" works, "$(…)" is just a strange name). The
 * terminal is given to the editor (endwin) and taken back after; SIGINT
 * and SIGQUIT are ignored meanwhile so that a C-c meant for the editor
 * does not also end the reader.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"
#include "tui-int.h"

#define TUI_EDITOR_ARGS		32
#define TUI_EDITOR_MAX		(1 << 20)	/* bytes of note read back */

/* Writes text to a new private file; its path (caller frees) or NULL. */
static char *
tui_editor_file(const char *text, char **cause)
{
	const char	*dir = getenv("TMPDIR");
	char		*path;
	size_t		 len = strlen(text);
	int		 fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	path = xasprintf("%s/marginalia-note-XXXXXX", dir);
	if ((fd = mkstemp(path)) == -1) {
		util_cause_set(cause, "cannot make a file in %s: %s", dir,
		    strerror(errno));
		free(path);
		return NULL;
	}
	if (write(fd, text, len) != (ssize_t)len || (len > 0 &&
	    write(fd, "\n", 1) != 1) || close(fd) != 0) {
		util_cause_set(cause, "cannot write %s: %s", path,
		    strerror(errno));
		unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

/* The editor's words and the file as argv; the words live in *words. */
static void
tui_editor_argv(char **words, const char *path, char *argv[])
{
	const char	*e = getenv("VISUAL");
	char		*w, *save = NULL;
	int		 n = 0;

	if (e == NULL || strspn(e, " ") == strlen(e))
		e = getenv("EDITOR");
	if (e == NULL || strspn(e, " ") == strlen(e))
		e = "vi";
	*words = xstrdup(e);
	for (w = strtok_r(*words, " ", &save); w != NULL &&
	    n < TUI_EDITOR_ARGS - 2; w = strtok_r(NULL, " ", &save))
		argv[n++] = w;
	argv[n++] = (char *)path;
	argv[n] = NULL;
}

int
tui_editor_spawn(char *argv[])
{
	struct sigaction	ign, oint, oquit;
	pid_t			pid;
	int			status = -1;

	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	if ((pid = fork()) == 0) {
		/* Ignored signals survive exec: give the editor defaults. */
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (pid > 0) {
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
	}
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	return pid > 0 ? status : -1;
}

/* The file's text, valid UTF-8, trailing newlines dropped. */
static char *
tui_editor_read(const char *path, char **cause)
{
	struct util_buf	 b;
	char		 chunk[4096], *raw, *out;
	size_t		 n, len;
	FILE		*f = fopen(path, "rb");

	if (f == NULL) {
		util_cause_set(cause, "cannot read %s: %s", path,
		    strerror(errno));
		return NULL;
	}
	util_buf_init(&b);
	util_buf_add(&b, "", 0);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 &&
	    b.len < TUI_EDITOR_MAX)
		util_buf_add(&b, chunk, n);
	fclose(f);
	raw = util_buf_steal(&b, &len);
	while (len > 0 && (raw[len - 1] == '\n' || raw[len - 1] == '\r'))
		len--;
	out = util_utf8_repair(raw, len, NULL, NULL);
	free(raw);
	raw = util_text_strip_controls(out, strlen(out), 1);
	free(out);
	return raw;
}

int
tui_editor_edit(const char *text, char **out, char **cause)
{
	char	*path, *words = NULL, *argv[TUI_EDITOR_ARGS];
	int	 status;

	*out = NULL;
	if ((path = tui_editor_file(text, cause)) == NULL)
		return -1;
	tui_editor_argv(&words, path, argv);
	tui_screen_suspend();
	status = tui_editor_spawn(argv);
	tui_screen_resume();
	if (status == -1)
		util_cause_set(cause, "cannot start %s", argv[0]);
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		util_cause_set(cause, "%s failed (status %d); the note is as "
		    "it was", argv[0], WIFEXITED(status) ?
		    WEXITSTATUS(status) : 128 + WTERMSIG(status));
	else
		*out = tui_editor_read(path, cause);
	unlink(path);
	free(path);
	free(words);
	return *out != NULL ? 0 : -1;
}
