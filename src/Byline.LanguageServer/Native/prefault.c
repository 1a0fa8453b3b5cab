/*
 * Linked into the native (NativeAOT) server on Linux: before the runtime starts, asks the kernel to back the
 * executable's zero-initialised data with memory at once. The runtime's first act is to write its type data
 * (~4.5 MB, the ".hydrated" section) there, which otherwise takes a page fault per 4 KB page: ~1,100 faults, on
 * a virtual machine ~10-20 microseconds each. Huge pages where the kernel has them, the rest populated in one call
 * (Linux 5.14 and later; older kernels refuse the advice and the pages fault in as before). Nothing else changes:
 * the same pages are written either way (docs/performance.md, Start-up and open, Session 31).
 *
 * The same for the collector's heap, as it grows: the collector reserves its address range once (tens of GB, no
 * access) and makes pieces of it writable as it hands them out (64 KB at a time while the preload allocates), and
 * each piece is written at once (cleared, then filled). The link wraps the runtime's calls to mmap64 and mprotect
 * (-Wl,--wrap, see the project file): a piece the collector makes writable in its reserved range is populated in the
 * same call, ~1 microsecond a page against ~13 for a fault on this kind of virtual machine (the open of a 50 KB
 * article faulted ~7,700 heap pages in). Only pages the collector has just committed, and is about to clear, are
 * populated, so the resident memory barely moves (docs/performance.md, Start-up and open, Session 32).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

static int populate_zero_initialised_data(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        /* The writable segment's memory beyond its file contents is the zero-initialised data. */
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz)
        {
            continue;
        }
        uintptr_t page = 4096;
        uintptr_t start = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + page - 1) & ~(page - 1);
        uintptr_t end = (info->dlpi_addr + segment->p_vaddr + segment->p_memsz + page - 1) & ~(page - 1);
        if (end > start)
        {
            madvise((void *)start, end - start, MADV_HUGEPAGE);
            madvise((void *)start, end - start, MADV_POPULATE_WRITE);
        }
    }
    return 1; /* the first object listed is the executable itself: stop there */
}

/* The collector's reserved range: the first anonymous mapping of at least 1 GB made with no access. */
static uintptr_t heap_start, heap_end;

void *__real_mmap64(void *address, size_t length, int protection, int flags, int fd, off_t offset);
int __real_mprotect(void *address, size_t length, int protection);

void *__wrap_mmap64(void *address, size_t length, int protection, int flags, int fd, off_t offset)
{
    void *mapped = __real_mmap64(address, length, protection, flags, fd, offset);
    if (mapped != MAP_FAILED && address == 0 && protection == PROT_NONE && (flags & MAP_ANONYMOUS) &&
        length >= ((size_t)1 << 30) && __atomic_load_n(&heap_end, __ATOMIC_ACQUIRE) == 0)
    {
        __atomic_store_n(&heap_start, (uintptr_t)mapped, __ATOMIC_RELAXED);
        __atomic_store_n(&heap_end, (uintptr_t)mapped + length, __ATOMIC_RELEASE);
    }
    return mapped;
}

int __wrap_mprotect(void *address, size_t length, int protection)
{
    int result = __real_mprotect(address, length, protection);
    uintptr_t start = (uintptr_t)address;
    uintptr_t end = __atomic_load_n(&heap_end, __ATOMIC_ACQUIRE);
    if (result == 0 && (protection & PROT_WRITE) && start >= __atomic_load_n(&heap_start, __ATOMIC_RELAXED) &&
        start < end && length <= end - start)
    {
        /* Advice only: refused, the pages fault in as before, and the caller sees mprotect's errno, not madvise's. */
        int saved = errno;
        madvise(address, length, MADV_POPULATE_WRITE);
        errno = saved;
    }
    return result;
}

__attribute__((constructor)) static void populate_before_the_runtime_starts(void)
{
    dl_iterate_phdr(populate_zero_initialised_data, 0);
}
