using System.Net;
using System.Net.Sockets;
using Multiprocessing.Connections;

namespace Multiprocessing;

/// <summary>
/// Connects to a <see cref="Listener"/>: Python's <c>multiprocessing.connection.Client</c>. Authenticates by default
/// with <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>, as the listener does.
/// </summary>
public static class Client
{
    /// <summary>Connects to <paramref name="address"/> (<c>"host:port"</c> or a Unix socket path) and authenticates (Python's <c>Client(address, authkey=key)</c>).</summary>
    /// <param name="address">The listener's <see cref="Listener.Address"/>.</param>
    /// <param name="authenticate">Whether to run the handshake; must match the listener's choice.</param>
    /// <param name="authKey">The key; by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>.</param>
    /// <exception cref="AuthenticationFailedException">The two ends hold different keys, or only one of them authenticates.</exception>
    /// <exception cref="IOException">Nothing listens at the address; the message says what the system answered.</exception>
    public static Connection Connect(string address, bool authenticate = true, ReadOnlyMemory<byte>? authKey = null) =>
        Connect(ConnectionAddress.Parse(address), authenticate, authKey);

    /// <summary>Connects to <paramref name="endPoint"/> and authenticates.</summary>
    /// <param name="endPoint">The listener's <see cref="Listener.EndPoint"/>.</param>
    /// <param name="authenticate">Whether to run the handshake; must match the listener's choice.</param>
    /// <param name="authKey">The key; by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>.</param>
    public static Connection Connect(EndPoint endPoint, bool authenticate = true, ReadOnlyMemory<byte>? authKey = null)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var key = Handshake.KeyFor(authenticate, authKey);
        var socket = ConnectionAddress.CreateSocket(endPoint);
        try
        {
            socket.Connect(endPoint);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new IOException($"Could not connect to {ConnectionAddress.Format(endPoint)}: {exception.Message}.", exception);
        }

        return Handshake.Secure(ConnectionAddress.Adopt(socket), key, asListener: false, CancellationToken.None);
    }

    /// <summary>Connects to <paramref name="address"/> and authenticates without blocking the calling thread.</summary>
    /// <param name="address">The listener's <see cref="Listener.Address"/>.</param>
    /// <param name="authenticate">Whether to run the handshake; must match the listener's choice.</param>
    /// <param name="authKey">The key; by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>.</param>
    /// <param name="cancellationToken">Cancels the connect or the handshake.</param>
    public static Task<Connection> ConnectAsync(string address, bool authenticate = true, ReadOnlyMemory<byte>? authKey = null, CancellationToken cancellationToken = default) =>
        ConnectAsync(ConnectionAddress.Parse(address), authenticate, authKey, cancellationToken);

    /// <summary>Connects to <paramref name="endPoint"/> and authenticates without blocking the calling thread.</summary>
    /// <param name="endPoint">The listener's <see cref="Listener.EndPoint"/>.</param>
    /// <param name="authenticate">Whether to run the handshake; must match the listener's choice.</param>
    /// <param name="authKey">The key; by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>.</param>
    /// <param name="cancellationToken">Cancels the connect or the handshake.</param>
    public static async Task<Connection> ConnectAsync(EndPoint endPoint, bool authenticate = true, ReadOnlyMemory<byte>? authKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var key = Handshake.KeyFor(authenticate, authKey);
        var socket = ConnectionAddress.CreateSocket(endPoint);
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new IOException($"Could not connect to {ConnectionAddress.Format(endPoint)}: {exception.Message}.", exception);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = ConnectionAddress.Adopt(socket);
        return key is null ? connection : await Task.Run(() => Handshake.Secure(connection, key, asListener: false, cancellationToken), CancellationToken.None).ConfigureAwait(false);
    }
}
