namespace Multiprocessing;

/// <summary>How <see cref="Manager.Start(ManagerOptions?)"/> starts a manager's server (Python's <c>BaseManager(address, authkey)</c>).</summary>
public sealed class ManagerOptions
{
    /// <summary>
    /// Where the server listens: <c>unix:/path</c>, or <c>tcp://host:port</c> to serve other machines (port 0 picks a
    /// free port; <see cref="Manager.Address"/> then tells which). By default, a new Unix domain socket in a directory
    /// only this user can enter.
    /// </summary>
    public string? Address { get; set; }

    /// <summary>
    /// The key clients must prove they know before any request is read. By default
    /// <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>, the key this program's processes share; give one
    /// for a manager that programs on other machines connect to.
    /// </summary>
    public byte[]? AuthKey { get; set; }

    /// <summary>How long to wait for the server process to listen before giving up. 30 seconds by default.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
