using System.Net;
using System.Net.Sockets;
using Multiprocessing.Connections;

namespace Multiprocessing;

/// <summary>
/// Accepts connections on an address: Python's <c>multiprocessing.connection.Listener</c>. The address is TCP
/// (<c>"127.0.0.1:6000"</c>, an <see cref="IPEndPoint"/>; port 0 picks a free one) or a Unix domain socket (a path,
/// or none at all for a fresh one in a private directory). Connect with <see cref="Client"/>.
/// </summary>
/// <remarks>
/// Unlike Python, where a listener authenticates only when given a key, a listener authenticates by default, with
/// <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>, which a program's processes share: anyone else who
/// reaches the address gets nothing accepted and nothing of theirs read. Pass <c>authenticate: false</c> for
/// Python's default (then every peer that connects is trusted with whatever it sends).
/// </remarks>
/// <example>
/// <code>
/// using var listener = new Listener("127.0.0.1:0");   // Listener(("127.0.0.1", 0), authkey=key)
/// using var connection = listener.Accept();           // conn = listener.accept()
/// Console.WriteLine(connection.Receive&lt;string&gt;());
/// </code>
/// </example>
public sealed class Listener : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[]? _key;
    private readonly string? _privateDirectory;
    private readonly string? _socketPath;
    private readonly bool _bound;

    /// <summary>Listens on <paramref name="address"/>: <c>"host:port"</c> for TCP, a path for a Unix domain socket, or <see langword="null"/> for a new Unix socket in a private directory.</summary>
    /// <param name="address">Where to listen.</param>
    /// <param name="backlog">How many connections may wait to be accepted.</param>
    /// <param name="authenticate">Whether each connection must prove it holds the key before it is accepted.</param>
    /// <param name="authKey">The key; by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>.</param>
    /// <exception cref="ArgumentException">The address is not a <c>"host:port"</c> or a path, or the key is empty.</exception>
    /// <exception cref="IOException">The address cannot be listened on (in use, no permission); the message says which.</exception>
    public Listener(string? address = null, int backlog = 16, bool authenticate = true, ReadOnlyMemory<byte>? authKey = null)
        : this(address is null ? null : ConnectionAddress.Parse(address), backlog, authenticate, authKey)
    {
    }

    /// <summary>Listens on <paramref name="endPoint"/>: an <see cref="IPEndPoint"/> or a <see cref="UnixDomainSocketEndPoint"/>.</summary>
    /// <param name="endPoint">Where to listen.</param>
    /// <param name="backlog">How many connections may wait to be accepted.</param>
    /// <param name="authenticate">Whether each connection must prove it holds the key before it is accepted.</param>
    /// <param name="authKey">The key; by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>.</param>
    public Listener(EndPoint? endPoint, int backlog = 16, bool authenticate = true, ReadOnlyMemory<byte>? authKey = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(backlog);
        _key = Handshake.KeyFor(authenticate, authKey);
        if (endPoint is null)
        {
            // Python's arbitrary_address: a socket in a directory only this user can enter, never an abstract name
            // (those have no permissions at all: CPython's CVE-2022-42919).
            _privateDirectory = Directory.CreateTempSubdirectory("mp-listener-").FullName;
            endPoint = new UnixDomainSocketEndPoint(Path.Combine(_privateDirectory, "listener.sock"));
        }

        _socketPath = endPoint is UnixDomainSocketEndPoint ? endPoint.ToString() : null;
        _socket = ConnectionAddress.CreateSocket(endPoint);
        try
        {
            // No ReuseAddress: on Linux .NET turns it into SO_REUSEPORT as well, which would let a second listener share the port.
            _socket.Bind(endPoint);
            _bound = true;
            _socket.Listen(backlog);
        }
        catch (SocketException exception)
        {
            Dispose();
            throw new IOException($"Cannot listen on {ConnectionAddress.Format(endPoint)}: {exception.Message}.", exception);
        }

        EndPoint = _socket.LocalEndPoint!;
        Address = _socketPath ?? ConnectionAddress.Format(EndPoint);
    }

    /// <summary>The address clients connect to (Python's <c>address</c>), with the port the system chose for port 0.</summary>
    public string Address { get; }

    /// <summary>The address as an endpoint.</summary>
    public EndPoint EndPoint { get; }

    /// <summary>The address of the peer accepted last (Python's <c>last_accepted</c>); <see langword="null"/> before the first, and for Unix sockets' unnamed clients.</summary>
    public EndPoint? LastAccepted { get; private set; }

    /// <summary>Waits for a connection and returns it once its peer is authenticated (Python's <c>accept()</c>).</summary>
    /// <exception cref="AuthenticationFailedException">The peer does not hold the key; its connection was closed without reading anything it sent.</exception>
    public Connection Accept()
    {
        ObjectDisposedException.ThrowIf(_socket.SafeHandle.IsClosed, this);
        var peer = _socket.Accept();
        return Authenticate(peer, CancellationToken.None);
    }

    /// <summary>Waits for a connection without blocking the calling thread and returns it once its peer is authenticated.</summary>
    /// <exception cref="AuthenticationFailedException">The peer does not hold the key; its connection was closed without reading anything it sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public async Task<Connection> AcceptAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_socket.SafeHandle.IsClosed, this);
        var peer = await _socket.AcceptAsync(cancellationToken).ConfigureAwait(false);
        return _key is null
            ? Authenticate(peer, cancellationToken)
            : await Task.Run(() => Authenticate(peer, cancellationToken), CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Stops listening (Python's <c>close()</c>) and removes the socket file of a Unix address. Accepted connections stay open.</summary>
    public void Close() => Dispose();

    /// <summary>Stops listening, as <see cref="Close"/> does.</summary>
    public void Dispose()
    {
        _socket.Dispose();
        // Only a socket file this listener created is removed; a failed bind leaves someone else's alone.
        if (_socketPath is not null && _bound)
        {
            File.Delete(_socketPath);
        }

        if (_privateDirectory is not null && Directory.Exists(_privateDirectory))
        {
            Directory.Delete(_privateDirectory, recursive: true);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"Listener({Address}{(_key is null ? ", no authentication" : string.Empty)})";

    private Connection Authenticate(Socket peer, CancellationToken cancellationToken)
    {
        LastAccepted = peer.RemoteEndPoint is UnixDomainSocketEndPoint { } unix && string.IsNullOrEmpty(unix.ToString()) ? null : peer.RemoteEndPoint;
        return Handshake.Secure(ConnectionAddress.Adopt(peer), _key, asListener: true, cancellationToken);
    }
}
