/*
 * analyze-ner-data.c: the entity model linked into the library, so the
 * installed program needs no file beside it. The assembler copies
 * data/ner/model.bin (committed; `make model` rebuilds it, see docs/ner.md)
 * into read-only data; the compiler runs from the top directory, which is
 * where the path is looked up. The image is parsed once, on first use.
 */
#include <stddef.h>

#include "analyze-ner.h"

__asm__(
	"\t.section .rodata\n"
	"\t.balign 16\n"
	"analyze_ner_blob:\n"
	"\t.incbin \"data/ner/model.bin\"\n"
	"analyze_ner_blob_end:\n"
	"\t.byte 0\n"
	"\t.previous\n");

extern const unsigned char analyze_ner_blob[] __asm__("analyze_ner_blob");
extern const unsigned char analyze_ner_blob_end[]
    __asm__("analyze_ner_blob_end");

const struct analyze_ner_model *
analyze_ner_model_builtin(void)
{
	static struct analyze_ner_model	*model;
	static int			 tried;

	if (!tried) {
		tried = 1;
		model = analyze_ner_model_parse(analyze_ner_blob,
		    (size_t)(analyze_ner_blob_end - analyze_ner_blob));
	}
	return model;
}
