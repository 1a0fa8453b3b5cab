/*
 * Linked into the native (NativeAOT) server on Linux: before the runtime starts, asks the kernel to back the
 * executable's zero-initialised data with memory at once. The runtime's first act is to write its type data
 * (~4.5 MB, the ".hydrated" section) there, which otherwise takes a page fault per 4 KB page: ~1,100 faults, on
 * a virtual machine ~10-20 microseconds each. Huge pages where the kernel has them, the rest populated in one call
 * (Linux 5.14 and later; older kernels refuse the advice and the pages fault in as before). Nothing else changes:
 * the same pages are written either way (docs/performance.md, Start-up and open, Session 31).
 */
#define _GNU_SOURCE
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

__attribute__((constructor)) static void populate_before_the_runtime_starts(void)
{
    dl_iterate_phdr(populate_zero_initialised_data, 0);
}
