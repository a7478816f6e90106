using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Multiprocessing.Connections;

/// <summary>
/// The address strings <see cref="Listener"/> and <see cref="Client"/> take: <c>"host:port"</c> (<c>"[::1]:port"</c>
/// for IPv6) for TCP, or a path (anything containing '/') for a Unix domain socket.
/// </summary>
internal static class ConnectionAddress
{
    public static EndPoint Parse(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (address.Contains('/'))
        {
            return new UnixDomainSocketEndPoint(address);
        }

        int colon = address.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > IPEndPoint.MaxPort)
        {
            throw new ArgumentException(
                $"'{address}' is not a connection address: use \"host:port\" (for example \"127.0.0.1:6000\" or \"[::1]:6000\") for TCP, "
                + "or a path such as \"/tmp/app/listener.sock\" for a Unix domain socket.",
                nameof(address));
        }

        string host = address[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out var ip))
        {
            return new IPEndPoint(ip, port);
        }

        var addresses = Dns.GetHostAddresses(host);
        var chosen = addresses.FirstOrDefault(candidate => candidate.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new ArgumentException($"The host '{host}' of address '{address}' has no IP address.", nameof(address));
        return new IPEndPoint(chosen, port);
    }

    public static string Format(EndPoint endPoint) => endPoint switch
    {
        IPEndPoint { AddressFamily: AddressFamily.InterNetworkV6 } ip => $"[{ip.Address}]:{ip.Port}",
        IPEndPoint ip => $"{ip.Address}:{ip.Port}",
        UnixDomainSocketEndPoint unix => unix.ToString(),
        _ => endPoint.ToString() ?? string.Empty,
    };

    public static Socket CreateSocket(EndPoint endPoint) => endPoint.AddressFamily == AddressFamily.Unix
        ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
        : new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);

    /// <summary>
    /// Makes a connection of a connected socket: the connection takes its own copy of the descriptor, blocking, and the
    /// socket is disposed (which leaves that copy alone). TCP gets no Nagle delay: our frames are whole messages.
    /// </summary>
    public static Connection Adopt(Socket socket)
    {
        using (socket)
        {
            if (socket.ProtocolType == ProtocolType.Tcp)
            {
                socket.NoDelay = true;
            }

            return Duplicate(socket);
        }
    }

    /// <summary>A connection on a copy of <paramref name="socket"/>'s descriptor, blocking; the socket stays open and the caller's.</summary>
    public static Connection Duplicate(Socket socket)
    {
        int fd = Interop.Unix.LibC.fcntl((int)socket.SafeHandle.DangerousGetHandle(), Interop.Unix.LibC.F_DUPFD_CLOEXEC, 0);
        if (fd < 0)
        {
            throw new IOException($"Could not take over the connected socket: {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(System.Runtime.InteropServices.Marshal.GetLastPInvokeError())}.");
        }

        DescriptorIo.MakeBlocking(fd);
        return new Connection(new DescriptorHandle(fd), readable: true, writable: true);
    }
}
