namespace Multiprocessing.Managers;

/// <summary>What a request asks the server to do; the first byte of every request.</summary>
internal enum RequestKind : byte
{
    /// <summary>Call a member (target: object id, member: method id).</summary>
    Call = 1,

    /// <summary>Create an object (target: type id, member: constructor id); the reply is the new object's id.</summary>
    Create = 2,

    /// <summary>Find a named object (target and member unused; argument: the name); the reply is its id and type id.</summary>
    Find = 3,

    /// <summary>Give an object a name (target: object id; argument: the name).</summary>
    Publish = 4,

    /// <summary>Stop the server (target and member unused).</summary>
    Shutdown = 5,

    /// <summary>
    /// Serve this connection through a shared-memory channel from now on (target and member unused; argument: the
    /// block's name, see <see cref="ManagerChannel"/>). Refused on a connection that is not local.
    /// </summary>
    OpenChannel = 6,
}

/// <summary>The first byte of every reply.</summary>
internal enum ReplyStatus : byte
{
    /// <summary>The call returned; the rest is its serialized result, empty for none.</summary>
    Returned = 0,

    /// <summary>The call returned a shared object; the rest is its object id and type id.</summary>
    ReturnedShared = 1,

    /// <summary>The object threw; the rest is its type name, message and stack trace.</summary>
    Threw = 2,

    /// <summary>The request itself was refused (unknown object or member, malformed arguments); the rest is why.</summary>
    Refused = 3,
}

/// <summary>
/// The manager's wire format. Every message is a frame: a 4-byte little-endian length and that many bytes. A request
/// is a <see cref="RequestKind"/>, two 8-byte little-endian numbers (target and member) and the MemoryPack-serialized
/// arguments; a reply is a <see cref="ReplyStatus"/> and its payload. Before any frame, each side proves it knows the
/// authentication key (the handshake of <see cref="Listener"/> and <see cref="Client"/>).
/// </summary>
internal static class ManagerProtocol
{
    public const int RequestHeaderSize = 1 + 8 + 8;

    /// <summary>The largest frame either side accepts: a bigger length is refused without reading the body.</summary>
    public const int MaximumFrameSize = 64 * 1024 * 1024;
}
