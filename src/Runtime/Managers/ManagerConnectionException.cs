namespace Multiprocessing;

/// <summary>
/// A proxy or manager could not reach its server: it is not running, it shut down, or its process died during the
/// call (Python raises <c>EOFError</c> or <c>ConnectionRefusedError</c>). The object's state in the server is gone
/// with the server; a call never hangs on a dead server.
/// </summary>
public sealed class ManagerConnectionException : IOException
{
    /// <summary>Creates the exception with a message that names the manager's address and the call.</summary>
    public ManagerConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
