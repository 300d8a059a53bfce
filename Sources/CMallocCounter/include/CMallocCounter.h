#ifndef CMALLOCCOUNTER_H
#define CMALLOCCOUNTER_H

/// The number of heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc,
/// memalign) this process has made since it started. Linked only into the engine benchmark,
/// whose executable then owns these symbols and counts every allocation, the Swift runtime's
/// included.
unsigned long long xp_malloc_count(void);

#endif
