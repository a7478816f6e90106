namespace Multiprocessing;

/// <summary>
/// Thrown by <see cref="ProcessLock"/>'s acquire methods when the process that held the lock ended without releasing
/// it (killed, crashed, or exited while holding it). As with <see cref="AbandonedMutexException"/>, the lock
/// <b>is acquired</b> when this is thrown: the caller holds it and must release it, after checking or repairing the
/// state the lock protected, which the dead process may have left half-changed.
/// </summary>
public sealed class AbandonedLockException : Exception
{
    /// <summary>Creates the exception for a lock abandoned by process <paramref name="ownerPid"/>.</summary>
    public AbandonedLockException(int ownerPid)
        : base($"The process {ownerPid} that held this lock ended without releasing it. The lock now belongs to this process, which must release it; the state it protected may be inconsistent.")
    {
        OwnerPid = ownerPid;
    }

    /// <summary>The pid of the process that died holding the lock.</summary>
    public int OwnerPid { get; }
}
