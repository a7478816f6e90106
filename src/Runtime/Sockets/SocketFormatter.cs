using System.Net.Sockets;
using MemoryPack;

namespace Multiprocessing.Sockets;

/// <summary>
/// Sends a <see cref="Socket"/> to a child as its descriptor: the child gets a socket on the same connection (or the
/// same listening port), as Python's <c>Process(target=handle, args=(conn,))</c> does. The parent's copy stays its
/// own: closing it after <c>Start</c> leaves the child's connection open.
/// </summary>
internal sealed class SocketFormatter : MemoryPackFormatter<Socket>
{
    private const string What = nameof(Socket);

    /// <inheritdoc/>
    public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref Socket? value) =>
        HandleSlot.Write(ref writer, value?.SafeHandle, What);

    /// <inheritdoc/>
    public override void Deserialize(ref MemoryPackReader reader, scoped ref Socket? value) =>
        value = HandleSlot.TryRead(ref reader, What, out int descriptor)
            ? new Socket(new SafeSocketHandle(descriptor, ownsHandle: true))
            : null;
}
