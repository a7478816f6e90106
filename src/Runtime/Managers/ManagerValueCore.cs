namespace Multiprocessing.Managers;

/// <summary>The server's side of <see cref="ValueProxy{T}"/>: one serialized value, which the server never deserializes.</summary>
[Shared]
internal sealed class ManagerValueCore
{
    public ManagerValueCore(byte[] value) => Value = value;

    public byte[] Value { get; set; }
}
