using Multiprocessing.Managers;

namespace Multiprocessing.Managers;

/// <summary>The manager's server process: listens, says where, and serves until a client asks it to shut down.</summary>
internal static class ManagerServerEntry
{
    /// <param name="address">Where to listen.</param>
    /// <param name="key">The authentication key; null for the family's own, which this process inherited.</param>
    /// <param name="port">Where the server writes the port it got, for a TCP address with port 0.</param>
    /// <param name="ready">Set once the server listens.</param>
    /// <param name="assemblies">The assemblies whose [Shared] types the parent knows, loaded here so that they register theirs.</param>
    [ProcessEntry]
    internal static async Task Serve(string address, byte[]? key, SharedValue<int> port, ProcessEvent ready, string[] assemblies)
    {
        foreach (string assembly in assemblies)
        {
            Hosting.EntryRegistry.EnsureLoaded(assembly);
        }

        using var server = ManagerServer.Listen(address, key ?? ProcessContext.Current.AuthKey);
        if (ManagerAddress.Parse(server.Address) is System.Net.IPEndPoint endPoint)
        {
            port.Value = endPoint.Port;
        }

        ready.Set();
        await server.Stopped.ConfigureAwait(false);
    }
}
