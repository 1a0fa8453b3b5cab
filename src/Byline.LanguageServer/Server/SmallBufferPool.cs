using System.Buffers;

namespace Byline.LanguageServer.Server;

/// <summary>
/// The memory pool of the server's pipes: buffers up to 1 MB come from the shared pool; a larger one (a whole answer
/// for a long article, written at once) is a plain array that the collector takes back. From the shared pool it would
/// go back to the pool after the write and outlive the idle trim (see <see cref="LspMessageFormatter"/>): the answer
/// for a 10 MB article left a 32 MB array. (A pipe takes a buffer larger than its pool's <see cref="MaxBufferSize"/>
/// from the shared pool, so the limit is here, not there.)
/// </summary>
internal sealed class SmallBufferPool : MemoryPool<byte>
{
    private const int PooledBytes = 1024 * 1024;

    public static readonly SmallBufferPool Instance = new();

    private SmallBufferPool()
    {
    }

    public override int MaxBufferSize => Array.MaxLength;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1) =>
        minBufferSize <= PooledBytes ? Shared.Rent(minBufferSize) : new Unpooled(new byte[minBufferSize]);

    protected override void Dispose(bool disposing)
    {
    }

    private sealed class Unpooled(byte[] array) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory => array;

        public void Dispose()
        {
        }
    }
}
