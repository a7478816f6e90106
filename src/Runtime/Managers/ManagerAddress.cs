using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Multiprocessing.Managers;

/// <summary>
/// Where a manager's server listens: <c>unix:/path</c> (a Unix domain socket, the default for a local manager) or
/// <c>tcp://host:port</c> (a remote manager, Python's <c>address=(host, port)</c>).
/// </summary>
internal static class ManagerAddress
{
    private const string UnixScheme = "unix:";
    private const string TcpScheme = "tcp://";

    public static EndPoint Parse(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (address.StartsWith(UnixScheme, StringComparison.Ordinal))
        {
            return new UnixDomainSocketEndPoint(address[UnixScheme.Length..]);
        }

        if (address.StartsWith(TcpScheme, StringComparison.Ordinal))
        {
            string hostAndPort = address[TcpScheme.Length..];
            int colon = hostAndPort.LastIndexOf(':');
            if (colon > 0 && int.TryParse(hostAndPort[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= IPEndPoint.MaxPort)
            {
                string host = hostAndPort[..colon].Trim('[', ']');
                return IPAddress.TryParse(host, out var ip) ? new IPEndPoint(ip, port) : new DnsEndPoint(host, port);
            }
        }

        throw new ArgumentException($"'{address}' is not a manager address: use unix:/path/to/socket or tcp://host:port (for example tcp://127.0.0.1:50000).", nameof(address));
    }

    public static string Format(EndPoint endPoint) => endPoint switch
    {
        UnixDomainSocketEndPoint unix => UnixScheme + unix,
        IPEndPoint { AddressFamily: AddressFamily.InterNetworkV6 } ip => $"{TcpScheme}[{ip.Address}]:{ip.Port}",
        IPEndPoint ip => $"{TcpScheme}{ip.Address}:{ip.Port}",
        DnsEndPoint dns => $"{TcpScheme}{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? string.Empty,
    };

    /// <summary>A new socket path in a directory only this user can enter (an abstract name would have no permissions).</summary>
    public static string NewLocal()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Managers are not available on Windows yet.");
        }

        string directory = Path.Combine(Path.GetTempPath(), "mp-managers-" + Environment.UserName);
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return UnixScheme + Path.Combine(directory, $"{Environment.ProcessId}-{Guid.NewGuid():N}.sock");
    }

    public static Socket NewSocket(EndPoint endPoint) => endPoint is UnixDomainSocketEndPoint
        ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
        : new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
}
