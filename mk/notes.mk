# The reader's notes end to end, included from the Makefile (mk/*.mk):
#
#	make notes-e2e	select, annotate, restart, export, re-anchor,
#			orphan, library screen, in tmux (plain and sanitized)

.PHONY: notes-e2e

TEST_SUITES  += notes-e2e
CHECK_SUITES += notes-e2e

notes-e2e: $(BIN)
	@./tests/e2e/notes.sh $(BIN)
