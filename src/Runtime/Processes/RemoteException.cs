namespace Multiprocessing;

/// <summary>
/// An exception thrown by an entry in a child process, rethrown in the parent. The original exception cannot
/// cross the process boundary, so this carries what describes it: its type name, message and stack trace.
/// </summary>
public sealed class RemoteException : Exception
{
    /// <summary>Creates the exception with the remote exception's description.</summary>
    public RemoteException(string processName, string remoteTypeName, string remoteMessage, string? remoteStackTrace, string? remoteDetails)
        : base($"{remoteTypeName} in process {processName}: {remoteMessage}")
    {
        ProcessName = processName;
        RemoteTypeName = remoteTypeName;
        RemoteMessage = remoteMessage;
        RemoteStackTrace = remoteStackTrace;
        RemoteDetails = remoteDetails;
    }

    /// <summary>The name of the process the exception was thrown in.</summary>
    public string ProcessName { get; }

    /// <summary>The full name of the exception's type in the child, for example <c>System.InvalidOperationException</c>.</summary>
    public string RemoteTypeName { get; }

    /// <summary>The exception's message in the child.</summary>
    public string RemoteMessage { get; }

    /// <summary>The exception's stack trace in the child.</summary>
    public string? RemoteStackTrace { get; }

    /// <summary>The child's full description of the exception, inner exceptions included (its <c>ToString()</c>).</summary>
    public string? RemoteDetails { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        base.ToString() + Environment.NewLine + "--- Remote exception ---" + Environment.NewLine + (RemoteDetails ?? RemoteStackTrace);
}
