namespace Multiprocessing;

/// <summary>
/// The other end of a <see cref="Connection"/> is closed (its process closed it or exited): Python's <c>EOFError</c>
/// from <c>recv()</c> and <c>BrokenPipeError</c> from <c>send()</c>. Messages sent before it closed have all been
/// received by the time this is thrown.
/// </summary>
public sealed class ConnectionClosedException : EndOfStreamException
{
    /// <summary>Creates the exception with the default message.</summary>
    public ConnectionClosedException()
        : base("The other end of the connection is closed; there is nothing more to receive.")
    {
    }

    /// <summary>Creates the exception with a message that says what was being done.</summary>
    public ConnectionClosedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public ConnectionClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
