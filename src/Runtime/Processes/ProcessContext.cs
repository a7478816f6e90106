using System.Security.Cryptography;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>What the running process knows about itself: its name, whether it is a child, its parent.</summary>
internal sealed class ProcessContext
{
    /// <summary>The size of the key the main process makes for itself, as Python's <c>os.urandom(32)</c>.</summary>
    private const int AuthKeySize = 32;

    private int _childCounter;
    private byte[]? _authKey;

    private ProcessContext(string name, int[] identity, bool daemon, ProcessInfo? parent, byte[]? authKey)
    {
        Name = name;
        Identity = identity;
        IsDaemon = daemon;
        Parent = parent;
        _authKey = authKey;
    }

    public static ProcessContext Current { get; private set; } = new("MainProcess", [], daemon: false, parent: null, authKey: null);

    /// <summary>
    /// The key this process and its children use by default to authenticate connections, inherited from the parent.
    /// The main process draws its key on first use, so a program that never needs one does not load the cryptography library.
    /// </summary>
    public byte[] AuthKey
    {
        get
        {
            if (_authKey is null)
            {
                Interlocked.CompareExchange(ref _authKey, RandomNumberGenerator.GetBytes(AuthKeySize), null);
            }

            return _authKey;
        }
    }

    public string Name { get; }

    /// <summary>The path of child counters from the main process down, as Python keeps it: <c>[2, 1]</c> is "Process-2:1".</summary>
    public int[] Identity { get; }

    public bool IsDaemon { get; }

    public ProcessInfo? Parent { get; }

    public ProcessInfo Info => new(Name, Environment.ProcessId, IsDaemon) { AuthKey = AuthKey };

    public static void BecomeChild(StartRequest request) =>
        Current = new ProcessContext(
            request.ProcessName,
            request.Identity,
            request.Daemon,
            new ProcessInfo(request.ParentName, request.ParentPid, IsDaemon: false) { AuthKey = request.AuthKey },
            request.AuthKey);

    public int[] NextChildIdentity() => [.. Identity, Interlocked.Increment(ref _childCounter)];
}
