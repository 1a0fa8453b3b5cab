using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Byline.Language;

/// <summary>Reads the values <see cref="BinaryWriter"/> wrote (little-endian, strings with a 7-bit length) from decompressed bytes.</summary>
internal ref struct ModelBytes(ReadOnlySpan<byte> bytes)
{
    /// <summary>A Brotli-compressed model's bytes, decompressed.</summary>
    public static byte[] Decompress(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        var bytes = new MemoryStream();
        brotli.CopyTo(bytes);
        return bytes.ToArray();
    }

    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public byte Byte() => Take(1)[0];

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public T[] Array<T>(int count) where T : unmanaged
    {
        if (count < 0) throw new InvalidDataException("A negative count in the model.");
        // The bytes are little-endian, as is every platform .NET ships for.
        return MemoryMarshal.Cast<byte, T>(Take(checked(count * Unsafe.SizeOf<T>()))).ToArray();
    }

    public delegate T ValueReader<T>(ref ModelBytes reader);

    /// <summary>A count, then that many (key, value) pairs, into arrays (Write wrote them in key order, each key once).</summary>
    public SortedPairs<T> Pairs<T>(ValueReader<T> value)
    {
        var count = Int32();
        if (count < 0) throw new InvalidDataException("A negative count in the model.");
        var keys = new ulong[count];
        var values = new T[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = UInt64();
            if (i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException("The model's keys are out of order.");
            values[i] = value(ref this);
        }
        return new SortedPairs<T>(keys, values);
    }

    public int SevenBitInt()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("A malformed number in the model.");
    }

    public string String() => Encoding.UTF8.GetString(Take(SevenBitInt()));

    /// <summary>Passes over <paramref name="count"/> bytes, read in place by the caller.</summary>
    public void Skip(int count) => Take(count);

    /// <summary>Passes over the padding up to the next multiple of <paramref name="alignment"/> bytes; returns that position.</summary>
    public int Align(int alignment)
    {
        Take((alignment - _at % alignment) % alignment);
        return _at;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _at + count > _bytes.Length) throw new InvalidDataException("The model ends early.");
        var taken = _bytes.Slice(_at, count);
        _at += count;
        return taken;
    }
}
