using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Byline.Text;

/// <summary>
/// Asks the processor to bring memory into its cache before a look-up needs it, so the misses of many look-ups
/// overlap instead of stalling one after another. A hint only: it changes no result, never faults, and on a
/// processor without the instruction it is skipped.
/// </summary>
public static class CacheHints
{
    /// <summary>Prefetches the cache line of <paramref name="element"/> (an array element or a field).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T element)
    {
        if (Sse.IsSupported)
        {
            // The address is read once, for the hint: if the collector moves the object meanwhile, the hint
            // is wasted, nothing else.
            Sse.Prefetch0(Unsafe.AsPointer(ref element));
        }
    }

    /// <summary>Prefetches the start of an object's fields (for a string, its length and first characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(object? instance)
    {
        if (instance is not null)
        {
            Prefetch(ref Unsafe.As<FirstField>(instance).Value);
        }
    }

    /// <summary>
    /// Prefetches every cache line of an object's first <paramref name="fieldBytes"/> bytes of fields, where
    /// <see cref="Prefetch(object?)"/> brings only the line of the first field and a read of a later field waits for
    /// memory again. A size too small or too large only wastes or misses a hint.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void PrefetchFields(object? instance, int fieldBytes)
    {
        if (instance is not null && Sse.IsSupported)
        {
            // An untracked address: a later line may lie past the object's end, where no reference may point.
            var first = (byte*)Unsafe.AsPointer(ref Unsafe.As<FirstField>(instance).Value);
            for (var offset = 0; offset < fieldBytes; offset += 64)
            {
                Sse.Prefetch0(first + offset);
            }
            // The line of the last byte, which the steps of 64 miss when the fields start late in a line.
            Sse.Prefetch0(first + fieldBytes - 1);
        }
    }

    // Any object's fields start where this class' one field is: the runtime's own RawData trick.
    private sealed class FirstField
    {
        public byte Value;
    }
}
