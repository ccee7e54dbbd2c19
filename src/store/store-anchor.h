/*
 * What store-anchor.c (selectors, steps 1, 2 and 4) shares with
 * store-anchor-fuzzy.c (step 3): texts as code points, what is looked for,
 * and a found place. Not part of the public API.
 */
#ifndef MARGINALIA_STORE_ANCHOR_H
#define MARGINALIA_STORE_ANCHOR_H

#include <stddef.h>
#include <stdint.h>

#define STORE_FUZZY_MAX		1500	/* longest quote matched whole */
#define STORE_FUZZY_PART	200	/* head/tail of a longer one */
#define STORE_CANDIDATES_MAX	32
#define STORE_RARE_WORDS	3
#define STORE_RARE_MAX		8	/* more often is not rare */
#define STORE_FUZZY_SELF	64	/* a quote this long needs no context */

struct store_cps {
	int32_t	*cp;
	size_t	 n;
};

/* What is looked for: the quote, its context and where it was. */
struct store_target {
	struct store_cps	 exact;
	struct store_cps	 prefix;
	struct store_cps	 suffix;
	size_t			 start;
};

struct store_match {
	size_t	 start;
	size_t	 end;
	double	 score;
	double	 similarity;
	double	 context;
};

/* Does t hold p at code point at? */
int	 store_anchor_equal_at(const struct store_cps *t, size_t at,
	    const struct store_cps *p);
/* Next occurrence of p in t at or after from, or (size_t)-1. */
size_t	 store_anchor_search(const struct store_cps *t,
	    const struct store_cps *p, size_t from);
/* 1 for the old place, falling to 0 across the whole text. */
double	 store_anchor_closeness(const struct store_cps *t, size_t old,
	    size_t s);
/* Step 3: a close match of g in t; 1 and *m when found. */
int	 store_anchor_fuzzy(const struct store_cps *t,
	    const struct store_target *g, struct store_match *m);

#endif
